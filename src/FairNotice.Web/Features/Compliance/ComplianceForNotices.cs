using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Compliance;

/// <summary>The compliance checks as the Notices use cases call them (<see cref="INoticeCompliance"/>, registered in
/// <c>AddCompliance</c>): the same loader, pre-check and precedents the Compliance endpoints use.</summary>
internal sealed class ComplianceForNotices : INoticeCompliance
{
    public Task<ComplianceContext> ContextAsync(AppDbContext db, string requester, Guid? exclude, DateTimeOffset now, CancellationToken ct) =>
        ComplianceContextLoader.LoadAsync(db, requester, exclude, now, ct);

    public Task<PreCheckOutcome> PreCheckAsync(AppDbContext db, Actor actor, DateTimeOffset now, string requester, NoticeContent content, Guid? exclude, CancellationToken ct) =>
        PreCheckRequest.HandleAsync(db, actor, now, requester, content, exclude, ct);

    public void RecordDecision(AppDbContext db, NoticeRecord record, DecisionOutcome outcome, DateTimeOffset now) =>
        Precedents.RecordPrecedent.FromReview(db, record, outcome, now);
}
