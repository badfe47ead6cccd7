using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>The Secretariat's case work on a request: how long it has waited, who took it, and a decision proposed by a
/// first reviewer that waits for a second (with who proposed it and when).</summary>
internal sealed record CaseWorkView(Guid NoticeId, DateTimeOffset? SubmittedAt, int Risk, string? AssigneeId, string? AssigneeName, DateTimeOffset? TakenAt,
    PendingDecision? Pending, string? ProposerName, DateTimeOffset? ProposedAt)
{
    /// <summary>True when a first reviewer's proposal waits for <paramref name="userId"/>, who did not propose it.</summary>
    public bool AwaitsConfirmationBy(string userId) => Pending is { } p && !string.Equals(p.ProposedBy, userId, StringComparison.Ordinal);

    public bool HeldBy(string userId) => string.Equals(AssigneeId, userId, StringComparison.Ordinal);

    /// <summary>How long the request has waited since it was submitted.</summary>
    public TimeSpan Waiting(DateTimeOffset now) => SubmittedAt is { } at && now > at ? now - at : TimeSpan.Zero;
}

/// <summary>Loads the case work of the requests a reviewer lists or opens; nothing for anyone else (it stays inside the Secretariat).</summary>
internal static class CaseWork
{
    public static async Task<Dictionary<Guid, CaseWorkView>> ForAsync(AppDbContext db, Actor actor, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (!actor.IsReviewer || ids.Count == 0)
        {
            return [];
        }

        var list = ids.ToList();
        var rows = await db.Notices.AsNoTracking().Where(n => list.Contains(n.Id)).Select(n => new { n.Id, n.SubmittedAt, n.Risk, n.PendingDecisionJson }).ToListAsync(ct);
        var held = await db.CaseAssignments.AsNoTracking().Where(a => list.Contains(a.NoticeId)).ToDictionaryAsync(a => a.NoticeId, ct);
        var proposed = (await db.NoticeEvents.AsNoTracking().Where(e => list.Contains(e.NoticeId) && e.Action.StartsWith("Propose"))
            .Select(e => new { e.NoticeId, e.At }).ToListAsync(ct)).GroupBy(e => e.NoticeId).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        var pending = rows.Where(r => r.PendingDecisionJson is not null)
            .ToDictionary(r => r.Id, r => System.Text.Json.JsonSerializer.Deserialize<PendingDecision>(r.PendingDecisionJson!, Json.Options)!);
        var people = held.Values.Select(a => a.ReviewerId).Concat(pending.Values.Select(p => p.ProposedBy)).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var a = held.GetValueOrDefault(r.Id);
            var p = pending.GetValueOrDefault(r.Id);
            return new CaseWorkView(r.Id, r.SubmittedAt, r.Risk, a?.ReviewerId, a is null ? null : names.GetValueOrDefault(a.ReviewerId), a?.TakenAt,
                p, p is null ? null : names.GetValueOrDefault(p.ProposedBy), p is null ? null : proposed.GetValueOrDefault(r.Id));
        });
    }
}
