using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #15 item 4: reviewers take cases from the queue and give them back; the second reviewer confirms the
/// first one's proposal as it stands.</summary>
public class CaseAssignmentsTests
{
    private static Actor Reviewer(string id) => new(id, Affiliation.Secretariat, null, new HashSet<Role> { Role.SecretariatReviewer });

    private static readonly Actor Officer = new("fr1", Affiliation.Ncb, "FR", new HashSet<Role> { Role.NcbOfficer, Role.NcbSupervisor });

    private static readonly Actor Auditor = new("a1", Affiliation.Secretariat, null, new HashSet<Role> { Role.Auditor });

    // Expected: "r1" (taken by r1), or the error's type name.
    [Theory]
    [InlineData(NoticeStatus.UnderReview, null, "r1", "r1")]
    [InlineData(NoticeStatus.Submitted, null, "r1", "r1")]
    [InlineData(NoticeStatus.UnderReview, "r1", "r1", "r1")] // taking one's own case again changes nothing
    [InlineData(NoticeStatus.UnderReview, "r2", "r1", nameof(ConflictError))] // never taken over silently
    [InlineData(NoticeStatus.Published, null, "r1", nameof(ConflictError))]
    [InlineData(NoticeStatus.Draft, null, "r1", nameof(ConflictError))]
    [InlineData(NoticeStatus.Refused, null, "r1", nameof(ConflictError))]
    public void Take_ByStatusAndHolder_TakesOrRefuses(NoticeStatus status, string? holder, string who, string expected)
    {
        var result = CaseAssignments.Take(status, holder, Reviewer(who));
        Assert.Equal(expected, result.IsOk ? result.Value : result.Error!.GetType().Name);
    }

    [Fact]
    public void Take_NotAReviewer_Forbidden()
    {
        Assert.IsType<ForbiddenError>(CaseAssignments.Take(NoticeStatus.UnderReview, null, Officer).Error);
        Assert.IsType<ForbiddenError>(CaseAssignments.Take(NoticeStatus.UnderReview, null, Auditor).Error);
    }

    [Theory]
    [InlineData("r1", "r1", true)]
    [InlineData("r2", "r1", false)]
    [InlineData(null, "r1", false)]
    public void Release_OnlyByTheHolder(string? holder, string who, bool released)
    {
        var result = CaseAssignments.Release(holder, Reviewer(who));
        Assert.Equal(released, result.IsOk);
        if (!released)
        {
            Assert.Equal("case.not_yours", result.Error!.Code);
        }
    }

    [Fact]
    public void Release_NotAReviewer_Forbidden() => Assert.IsType<ForbiddenError>(CaseAssignments.Release("fr1", Officer).Error);

    private static readonly Assessment Blocked = new("v", Recommendation.Refuse,
        [new Finding("ART3-POLITICAL", "Constitution Art. 3", Ground.Article3, Severity.Blocking, "x", [])]);

    private static readonly Assessment BelowThreshold = new("v", Recommendation.Refuse,
        [new Finding("ART83-PENALTY-PROSECUTION", "RPD Art. 83(1)(b)(i)", Ground.Article83, Severity.Blocking, "x", [])]);

    [Fact]
    public void Decide_SecondReviewerConfirmsWithoutRetyping_TheFirstReasonAndGroundStand()
    {
        var first = ReviewDecisions.Decide(null, new DecisionRequest(ReviewDecision.Refuse, Ground.Article3, "political offence", []), "r1", Blocked).Value;
        var confirmed = ReviewDecisions.Decide(first.Pending, new DecisionRequest(ReviewDecision.Refuse, null, null, []), "r2", Blocked).Value;
        Assert.True(confirmed.TakesEffect);
        Assert.Equal(Ground.Article3, confirmed.Ground);
        Assert.Equal("political offence — confirmed", confirmed.Reason);
    }

    [Fact]
    public void Decide_FirstReviewerOrAnotherDecision_StillNeedsAReason()
    {
        var first = ReviewDecisions.Decide(null, new DecisionRequest(ReviewDecision.Refuse, Ground.Article3, "political offence", []), "r1", Blocked).Value;
        // The proposer cannot confirm it, with or without a reason.
        Assert.IsType<InvalidError>(ReviewDecisions.Decide(first.Pending, new DecisionRequest(ReviewDecision.Refuse, null, null, []), "r1", Blocked).Error);
        // Disagreeing is a decision of one's own: it needs its reason.
        var disagree = ReviewDecisions.Decide(first.Pending, new DecisionRequest(ReviewDecision.RequestInformation, null, " ", []), "r2", Blocked);
        Assert.Contains("reason", ((InvalidError)disagree.Error!).Fields.Keys);
        // Nothing pending: a reason is always needed.
        Assert.IsType<InvalidError>(ReviewDecisions.Decide(null, new DecisionRequest(ReviewDecision.Refuse, Ground.Article3, null, []), "r2", Blocked).Error);
    }

    [Fact]
    public void Decide_ConfirmingAPublicationWithRestrictions_KeepsTheProposedRestrictionsAndException()
    {
        var first = ReviewDecisions.Decide(null, new DecisionRequest(ReviewDecision.PublishWithRestrictions, Ground.Article83, "exceptional importance", ["US"], true), "r1", BelowThreshold).Value;
        Assert.False(first.TakesEffect);
        var confirmed = ReviewDecisions.Decide(first.Pending, new DecisionRequest(ReviewDecision.PublishWithRestrictions, null, null, []), "r2", BelowThreshold).Value;
        Assert.True(confirmed.TakesEffect);
        Assert.Equal(["US"], confirmed.Restrictions);
        Assert.Equal(Ground.Article83, confirmed.Ground);
    }
}
