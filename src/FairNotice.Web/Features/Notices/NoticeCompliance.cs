using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Notices;

/// <summary>What the Notices use cases ask of the compliance checks. Defined here, on the side that uses it, so that Notices
/// names no Compliance type: the Compliance feature implements it (<c>ComplianceForNotices</c>) and registers it in
/// <c>AddCompliance</c>; Compliance depends on Notices' records, never the other way round.</summary>
internal interface INoticeCompliance
{
    /// <summary>What the engine needs besides the request: the requester's refused or cancelled requests (but
    /// <paramref name="exclude"/>), protected persons, the requester's recent pre-checks and the precedents.</summary>
    Task<ComplianceContext> ContextAsync(AppDbContext db, string requester, Guid? exclude, DateTimeOffset now, CancellationToken ct);

    /// <summary>A pre-check (API or page): budgeted per member and person, recorded for reviewers, answered in the caller's view.</summary>
    Task<PreCheckOutcome> PreCheckAsync(AppDbContext db, Actor actor, DateTimeOffset now, string requester, NoticeContent content, Guid? exclude, CancellationToken ct);

    /// <summary>Stages a reviewer's decision on <paramref name="record"/> as a precedent, in the caller's transaction.</summary>
    void RecordDecision(AppDbContext db, NoticeRecord record, DecisionOutcome outcome, DateTimeOffset now);
}

/// <summary>What a pre-check answers: the assessment as the caller may see it, or how long to wait.</summary>
internal sealed record PreCheckOutcome(Assessment? Assessment, TimeSpan RetryAfter)
{
    public bool RateLimited => Assessment is null;
}
