using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Compliance;

/// <summary>Loads what the engine needs besides the request: the requester's refused or cancelled requests, protected
/// persons, the requester's recent pre-checks, and earlier decisions kept as precedents.</summary>
internal static class ComplianceContextLoader
{
    // The most recent decisions are compared; older ones are still in the table for the Secretariat.
    private const int MaxPrecedents = 5000;

    // The most recent of the requester's own requests are compared for duplicates.
    private const int MaxEarlier = 5000;

    public static async Task<ComplianceContext> LoadAsync(AppDbContext db, string requester, Guid? exclude, DateTimeOffset now, CancellationToken ct)
    {
        var prior = await db.Notices.AsNoTracking()
            .Where(n => n.RequestingCountry == requester && (n.Status == NoticeStatus.Refused || n.Status == NoticeStatus.Cancelled) && n.Id != exclude)
            .Select(n => new
            {
                n.Reference, n.Status, n.ContentJson, n.UpdatedAt, n.RefusalGround,
                Reason = n.Events.OrderByDescending(e => e.Seq).Select(e => e.Reason).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // The requester's own earlier requests past the draft (their warrant references and facts), for the duplicate rule: a
        // published request filed again under another name. Erased requests have nothing left to compare.
        var earlier = await db.Notices.AsNoTracking()
            .Where(n => n.RequestingCountry == requester && n.Status != NoticeStatus.Draft && n.ErasedAt == null && n.Id != exclude)
            .OrderByDescending(n => n.UpdatedAt).Take(MaxEarlier)
            .Select(n => new { n.Reference, n.Status, n.ContentJson })
            .ToListAsync(ct);
        var protectedPersons = await db.Set<Registry.ProtectedPersonRecord>().AsNoTracking().Where(p => p.Active).ToListAsync(ct);
        var since = now - PreCheckBudget.FlagWindow;
        var preChecks = await db.Set<PreCheckRecord>().AsNoTracking().Where(p => p.Country == requester && p.At > since).ToListAsync(ct);
        var precedents = await db.Set<Precedents.PrecedentRecord>().AsNoTracking().Where(p => p.NoticeId == null || p.NoticeId != exclude)
            .OrderByDescending(p => p.DecidedAt).Take(MaxPrecedents).ToListAsync(ct);
        return new ComplianceContext(
            [.. prior.Select(p => new PriorRequest(p.Reference ?? "?", p.Status, JsonSerializer.Deserialize<NoticeContent>(p.ContentJson, Json.Options)!.Person, p.UpdatedAt, p.Reason, p.RefusalGround))],
            [.. protectedPersons.Select(p => p.ToStatus())],
            [.. preChecks.Where(p => p.At <= now).OrderBy(p => p.At).Select(p => p.ToPrior())],
            [.. precedents.Where(p => p.DecidedAt <= now).Select(p => p.ToPrecedent())],
            [.. earlier.Select(e => (e.Reference, e.Status, Content: JsonSerializer.Deserialize<NoticeContent>(e.ContentJson, Json.Options)))
                .Select(e => new EarlierRequest(e.Reference ?? "?", e.Status, e.Content?.Person, e.Content?.Case?.Warrant?.Reference, e.Content?.Case?.SummaryOfFacts))]);
    }
}
