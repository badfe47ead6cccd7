using FairNotice.Web.Features.Elections;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Audit;

/// <summary>One audit entry as a person reads it: who by name, what object by its reference; the page words the action,
/// role and outcome in its language.</summary>
/// <param name="Who">The account's display name, or null for the applicant, the system or an account since removed.</param>
/// <param name="ObjectKind">The object's kind (<c>notice</c>, <c>redress</c>, <c>account</c>…).</param>
/// <param name="ObjectReference">What people call the object: a notice's reference, a request's number, an account's name, an
/// election's title; null when it has none yet (a draft) or the entry names no object.</param>
public sealed record AuditLine(long Sequence, DateTimeOffset At, string ActorId, string? Who, string? ActorCountry, IReadOnlyList<string> Roles,
    string Action, string ObjectKind, string? ObjectId, string? ObjectReference, string? Purpose, string Outcome);

/// <summary>Puts names and references on a page of audit entries: one query per kind of object, for the page's 100 entries
/// at most. The stored entries are untouched: the chain signs ids, the page shows words.</summary>
internal static class DescribeAuditEntries
{
    public static async Task<IReadOnlyList<AuditLine>> HandleAsync(AppDbContext db, IReadOnlyList<AuditEntryResponse> entries, CancellationToken ct)
    {
        var userIds = entries.Select(e => e.ActorId).Concat(ObjectIds(entries, "account")).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var noticeIds = ObjectIds(entries, "notice", "diffusion").Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var notices = await db.Notices.AsNoTracking().Where(n => noticeIds.Contains(n.Id)).Select(n => new { n.Id, n.Reference }).ToDictionaryAsync(n => n.Id.ToString(), n => n.Reference, ct);

        var redressIds = ObjectIds(entries, "redress").Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var requests = await db.RedressRequests.AsNoTracking().Where(r => redressIds.Contains(r.Id)).Select(r => new { r.Id, r.Number }).ToDictionaryAsync(r => r.Id.ToString(), r => (string?)r.Number, ct);

        var electionIds = ObjectIds(entries, "election").Distinct(StringComparer.Ordinal).ToList();
        var elections = await db.Elections.AsNoTracking().Where(e => electionIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (string?)e.Title, ct);

        return [.. entries.Select(e => new AuditLine(e.Sequence, e.At, e.ActorId, names.GetValueOrDefault(e.ActorId), e.ActorCountry,
            e.ActorRole is null ? [] : e.ActorRole.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            e.Action, e.ObjectType, e.ObjectId, e.ObjectId is null ? null : e.ObjectType switch
            {
                "notice" or "diffusion" => notices.GetValueOrDefault(e.ObjectId),
                "redress" => requests.GetValueOrDefault(e.ObjectId),
                "account" => names.GetValueOrDefault(e.ObjectId),
                "election" => elections.GetValueOrDefault(e.ObjectId),
                _ => null,
            }, e.Purpose, e.Outcome))];
    }

    private static IEnumerable<string> ObjectIds(IReadOnlyList<AuditEntryResponse> entries, params string[] kinds) =>
        entries.Where(e => e.ObjectId is not null && kinds.Contains(e.ObjectType)).Select(e => e.ObjectId!);
}
