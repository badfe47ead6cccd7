using System.Globalization;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FairNotice.Web.Features.Redress;

/// <summary>Redress requests are numbered "CCF-YYYY-NNNNN" in the chained save, serialised with every other numbered row:
/// numbered before the save from the highest number read, two filings at once (on one node or on two) took the same
/// number and the second failed with a 500 (found by bench/cluster/run.sh, ADR 0034). Their state is not chained.</summary>
internal sealed class RedressChainedRows : IChainedRows
{
    public string ObjectType => "redress";

    public bool HasUnnumbered(ChangeTracker tracker) => Unnumbered(tracker).Any();

    public async Task NumberAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var group in Unnumbered(db.ChangeTracker).ToList().GroupBy(r => r.ReceivedAt.UtcDateTime.Year))
        {
            var prefix = $"CCF-{group.Key:D4}-";
            var last = await db.RedressRequests.AsNoTracking().Where(r => r.Number.StartsWith(prefix))
                .OrderByDescending(r => r.Number).Select(r => r.Number).FirstOrDefaultAsync(ct);
            var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
            foreach (var r in group)
            {
                r.Number = $"{prefix}{next++:D5}";
            }
        }
    }

    public HashSet<Guid> Touched(ChangeTracker tracker) => [];

    public Task<Dictionary<string, string>> DigestsAsync(AppDbContext db, IReadOnlyCollection<Guid> touched, CancellationToken ct) =>
        Task.FromResult(new Dictionary<string, string>());

    private static IEnumerable<RedressRequest> Unnumbered(ChangeTracker tracker) =>
        tracker.Entries<RedressRequest>().Where(e => e.State == EntityState.Added && e.Entity.Number.Length == 0).Select(e => e.Entity);
}
