using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FairNotice.Web.Features.Notices;

/// <summary>Requests in the chained save: numbered "YYYY/NNNNN" per year of creation, like the Organization's entity ids,
/// and their state recorded in the keyed chain after every change (<see cref="NoticeState"/>).</summary>
internal sealed class NoticeChainedRows : IChainedRows
{
    public string ObjectType => "notice";

    public bool HasUnnumbered(ChangeTracker tracker) => Unnumbered(tracker).Any();

    public async Task NumberAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var group in Unnumbered(db.ChangeTracker).ToList().GroupBy(r => r.CreatedAt.UtcDateTime.Year))
        {
            var prefix = $"{group.Key:D4}/";
            var last = await db.Notices.AsNoTracking().Where(n => n.Reference != null && n.Reference.StartsWith(prefix))
                .OrderByDescending(n => n.Reference).Select(n => n.Reference).FirstOrDefaultAsync(ct);
            var next = last is null ? 1 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) + 1;
            foreach (var r in group)
            {
                r.Reference = $"{prefix}{next++:D5}";
            }
        }
    }

    public HashSet<Guid> Touched(ChangeTracker tracker) => NoticeState.Touched(tracker);

    public Task<Dictionary<string, string>> DigestsAsync(AppDbContext db, IReadOnlyCollection<Guid> touched, CancellationToken ct) =>
        NoticeState.DigestsAsync(db, touched, ct);

    private static IEnumerable<NoticeRecord> Unnumbered(ChangeTracker tracker) =>
        tracker.Entries<NoticeRecord>().Where(e => e.State == EntityState.Added && e.Entity.Reference is null).Select(e => e.Entity);
}
