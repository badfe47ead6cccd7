using FairNotice.Web.Platform.Budgets;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Screening;

/// <summary>
/// How many persons one account may screen per UTC day (single checks and batch rows together). A batch that would pass
/// the budget is refused whole, with the rows left. On PostgreSQL the day is counted in the database, so the budget holds
/// across every node (docs/adr/0032-nodes-on-one-database.md); on SQLite (one process) it is kept in memory, and a restart
/// gives everyone a fresh day (docs/budgets.md).
/// </summary>
internal sealed class ScreeningRowBudget(IOptions<BudgetOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);
    private DateOnly _day;

    public int PerDay => options.Value.ScreeningRowsPerAccountPerDay;

    /// <summary>Spends <paramref name="rows"/> of the account's day; null when allowed, otherwise the rows left and the time to midnight UTC.</summary>
    public async Task<(int Left, TimeSpan RetryAfter)?> TrySpendAsync(AppDbContext db, string account, int rows, DateTimeOffset now, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return TrySpend(account, rows, now);
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var (before, charged) = await SharedCounters.TryAddAsync(db, "screening-rows:" + account, start, rows, PerDay, ct);
        return charged ? null : (Math.Max(0, PerDay - before), start.AddDays(1) - now);
    }

    private (int Left, TimeSpan RetryAfter)? TrySpend(string account, int rows, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        lock (_gate)
        {
            if (today != _day)
            {
                _used.Clear();
                _day = today;
            }

            var used = _used.GetValueOrDefault(account);
            if (used + rows > PerDay)
            {
                var midnight = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return (Math.Max(0, PerDay - used), midnight - now);
            }

            _used[account] = used + rows;
            return null;
        }
    }
}
