using FairNotice.Web.Platform.Budgets;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Screening;

/// <summary>
/// How many persons one account may screen per UTC day (single checks and batch rows together). A batch that would pass
/// the budget is refused whole, with the rows left. Kept in memory: a restart gives everyone a fresh day, and several
/// instances each keep their own (documented in docs/budgets.md).
/// </summary>
internal sealed class ScreeningRowBudget(IOptions<BudgetOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);
    private DateOnly _day;

    public int PerDay => options.Value.ScreeningRowsPerAccountPerDay;

    /// <summary>Spends <paramref name="rows"/> of the account's day; null when allowed, otherwise the rows left and the time to midnight UTC.</summary>
    public (int Left, TimeSpan RetryAfter)? TrySpend(string account, int rows, DateTimeOffset now)
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
