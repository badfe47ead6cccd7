using FairNotice.Domain.Audit;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>Another feature that keeps a copy of a request's personal data (precedents) or a claim on them (an open
/// Commission file). Implemented by the features that hold them, registered as services, so Notices names none of them.</summary>
internal interface INoticeDataHolder
{
    /// <summary>Why the request's data must be kept for now (e.g. "open Commission file CCF-2026-00012"), or null.</summary>
    Task<string?> HoldAsync(AppDbContext db, Guid noticeId, CancellationToken ct);

    /// <summary>Erases this feature's copies of the request's personal data, staged in the caller's transaction.</summary>
    Task ForgetAsync(AppDbContext db, Guid noticeId, CancellationToken ct);
}

/// <summary>Every <see cref="INoticeDataHolder"/> the host registered.</summary>
internal sealed class NoticeDataHolders(IEnumerable<INoticeDataHolder> holders)
{
    public IReadOnlyList<INoticeDataHolder> All { get; } = [.. holders];

    /// <summary>The first reason to keep the request's data for now, or null.</summary>
    public async Task<string?> HoldAsync(AppDbContext db, Guid noticeId, CancellationToken ct)
    {
        foreach (var h in All)
        {
            if (await h.HoldAsync(db, noticeId, ct) is { } why)
            {
                return why;
            }
        }

        return null;
    }
}

/// <summary>Erases a request's personal data (issue #18): on the Commission's "not compliant" decision, on its source's
/// withdrawal, or at the end of its retention period. What stays is what the decision and the statistics need
/// (<see cref="NoticeErasure"/>); the request keeps its reference, colour, requester, dates, status, refusal ground and,
/// computed before the charges go, its offence classes. Photos are deleted, the history's reasons blanked, the compliance
/// findings dropped, and every other feature's copy forgotten; a tombstone says what, when and on what basis.</summary>
internal static class EraseNotice
{
    public const string Action = "Erasure";

    /// <summary>Stages the erasure in the caller's transaction (the caller saves; the chained save records the new state).</summary>
    /// <param name="basis">On whose decision or which rule, in words the tombstone shows (never personal data).</param>
    public static async Task StageAsync(AppDbContext db, NoticeDataHolders holders, NoticeRecord notice, AuditFacts by, string basis, DateTimeOffset now, CancellationToken ct)
    {
        if (notice.ErasedAt is not null)
        {
            return;
        }

        var content = notice.Content;
        notice.OffenceSections = string.Join(';', OffenceClassifier.Default.Classify(content.Case?.Charges).Select(c => c.Section).OfType<string>().Distinct(StringComparer.Ordinal));
        var erased = NoticeErasure.Erase(content);
        notice.ContentJson = System.Text.Json.JsonSerializer.Serialize(erased, Json.Options);
        notice.FamilyName = null;
        notice.Forenames = null;
        notice.PublicExtract = false;
        notice.AssessmentJson = null;
        notice.PendingDecisionJson = null;
        foreach (var e in notice.Events)
        {
            e.Reason = null;
        }

        db.RemoveRange(await db.Set<NoticePhoto>().Where(p => p.NoticeId == notice.Id).ToListAsync(ct));
        foreach (var holder in holders.All)
        {
            await holder.ForgetAsync(db, notice.Id, ct);
        }

        notice.ErasedAt = now;
        notice.ErasureBasis = basis.Length > 300 ? basis[..300] : basis;
        notice.UpdatedAt = now;
        notice.Version++;
        notice.AddEvent(new NoticeEvent
        {
            Id = Guid.CreateVersion7(now), At = now, ActorId = by.ActorId, ActorCountry = by.ActorCountry, Action = Action, FromStatus = notice.Status, ToStatus = notice.Status,
            Reason = $"Personal data erased: {notice.ErasureBasis}.",
        });
        db.Audit(by with { At = now, Action = "notice.erase", ObjectType = CreateRequest.Kind(notice.Kind), ObjectId = notice.Id.ToString(), Purpose = notice.ErasureBasis, Outcome = "ok" });
    }

    /// <summary>The tombstone a requester or the Secretariat sees on an erased request.</summary>
    public static ErasureTombstone? Tombstone(NoticeRecord n) =>
        n.ErasedAt is { } at ? new ErasureTombstone(at, n.ErasureBasis ?? "", NoticeErasure.ErasedParts) : null;
}

/// <summary>What was erased from a request, when, and on whose decision or which rule.</summary>
public sealed record ErasureTombstone(DateTimeOffset At, string Basis, IReadOnlyList<string> Erased);
