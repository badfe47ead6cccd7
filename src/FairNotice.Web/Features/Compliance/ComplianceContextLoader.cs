using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Compliance;

/// <summary>Loads what the engine needs besides the request: the requester's refused or cancelled requests, and protected persons.</summary>
internal static class ComplianceContextLoader
{
    public static async Task<ComplianceContext> LoadAsync(AppDbContext db, string requester, Guid? exclude, CancellationToken ct)
    {
        var prior = await db.Notices.AsNoTracking()
            .Where(n => n.RequestingCountry == requester && (n.Status == NoticeStatus.Refused || n.Status == NoticeStatus.Cancelled) && n.Id != exclude)
            .Select(n => new
            {
                n.Reference, n.Status, n.ContentJson, n.UpdatedAt,
                Reason = n.Events.OrderByDescending(e => e.Seq).Select(e => e.Reason).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var protectedPersons = await db.Set<Registry.ProtectedPersonRecord>().AsNoTracking().Where(p => p.Active).ToListAsync(ct);
        return new ComplianceContext(
            [.. prior.Select(p => new PriorRequest(p.Reference ?? "?", p.Status, JsonSerializer.Deserialize<NoticeContent>(p.ContentJson, Json.Options)!.Person, p.UpdatedAt, p.Reason))],
            [.. protectedPersons.Select(p => p.ToStatus())]);
    }

    /// <summary>Assesses a stored request with a freshly loaded context.</summary>
    public static async Task<Assessment> AssessAsync(AppDbContext db, NoticeRecord record, CancellationToken ct) =>
        ComplianceEngine.Default.Assess(record.Content, record.RequestingCountry, await LoadAsync(db, record.RequestingCountry, record.Id, ct));
}
