using FairNotice.Domain.Compliance;

namespace FairNotice.Domain.Tests;

public class ReviewDecisionsTests
{
    private static readonly Assessment Clear = new("v", Recommendation.Clear, []);

    private static readonly Assessment Blocked = new("v", Recommendation.Refuse,
        [new Finding("ART3-POLITICAL", "Constitution Art. 3", Ground.Article3, Severity.Blocking, "x", [])]);

    private static readonly Assessment BelowThreshold = new("v", Recommendation.Refuse,
        [new Finding("ART83-PENALTY-PROSECUTION", "RPD Art. 83(1)(b)(i)", Ground.Article83, Severity.Blocking, "x", [])]);

    private static DecisionRequest D(ReviewDecision d, Ground? g = null, string? reason = "reason", string[]? restrictions = null, bool importance = false) =>
        new(d, g, reason, restrictions ?? [], importance);

    [Fact]
    public void Decide_PublishWithoutBlockingFindings_TakesEffectAtOnce()
    {
        var o = ReviewDecisions.Decide(null, D(ReviewDecision.Publish), "r1", Clear).Value;
        Assert.True(o.TakesEffect);
    }

    [Fact]
    public void Decide_Refusal_NeedsASecondReviewer()
    {
        // Issue #3, four eyes: a refusal needs a second reviewer.
        var first = ReviewDecisions.Decide(null, D(ReviewDecision.Refuse, Ground.Article3, "political"), "r1", Blocked).Value;
        Assert.False(first.TakesEffect);
        Assert.NotNull(first.Pending);
        Assert.IsType<ConflictError>(ReviewDecisions.Decide(first.Pending, D(ReviewDecision.Refuse, Ground.Article3), "r1", Blocked).Error);
        var second = ReviewDecisions.Decide(first.Pending, D(ReviewDecision.Refuse, null, "agreed"), "r2", Blocked).Value;
        Assert.True(second.TakesEffect);
        Assert.Equal(Ground.Article3, second.Ground);
        Assert.Contains("political", second.Reason, StringComparison.Ordinal);
        Assert.Contains("agreed", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_PublicationOverridingABlockingFinding_NeedsASecondReviewerAndAGround()
    {
        Assert.True(ReviewDecisions.Decide(null, D(ReviewDecision.Publish), "r1", Blocked).Error is InvalidError { Fields: var f } && f.ContainsKey("ground"));
        var first = ReviewDecisions.Decide(null, D(ReviewDecision.Publish, Ground.Article3, "ordinary crime predominates"), "r1", Blocked).Value;
        Assert.False(first.TakesEffect);
        Assert.True(ReviewDecisions.Decide(first.Pending, D(ReviewDecision.Publish, Ground.Article3, "agree"), "r2", Blocked).Value.TakesEffect);
    }

    [Fact]
    public void Decide_DifferentDecisionBySecondReviewer_ReplacesTheProposal()
    {
        var first = ReviewDecisions.Decide(null, D(ReviewDecision.Refuse, Ground.Article3), "r1", Clear).Value;
        var other = ReviewDecisions.Decide(first.Pending, D(ReviewDecision.RequestInformation), "r2", Clear).Value;
        Assert.True(other.TakesEffect);
        Assert.Equal(ReviewDecision.RequestInformation, other.Decision);
    }

    [Theory]
    [InlineData(ReviewDecision.Publish, null, "reason")]
    [InlineData(ReviewDecision.Refuse, null, "ground")]
    [InlineData(ReviewDecision.PublishWithRestrictions, "x", "restrictions")]
    [InlineData(ReviewDecision.Publish, "a reason far too long to keep ......................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................", "reason")]
    public void Decide_IncompleteDecision_NamesTheField(ReviewDecision decision, string? reason, string field)
    {
        var result = ReviewDecisions.Decide(null, D(decision, null, reason), "r1", Clear);
        Assert.True(result.Error is InvalidError { Fields: var f } && f.ContainsKey(field));
    }

    [Fact]
    public void Decide_PublishBelowThreshold_OnlyAsParticularImportance()
    {
        // RPD Art. 83(1)(b)(iii): the exception must be invoked explicitly, with a reason.
        var plain = ReviewDecisions.Decide(null, D(ReviewDecision.Publish, Ground.Article83, "useful"), "r1", BelowThreshold);
        Assert.True(plain.Error is InvalidError { Fields: var f } && f.ContainsKey("particularImportance"));
        var exception = ReviewDecisions.Decide(null, D(ReviewDecision.Publish, Ground.Article83, "serial offender across five countries", importance: true), "r1", BelowThreshold);
        Assert.True(exception.IsOk);
        Assert.False(exception.Value.TakesEffect);
    }

    [Fact]
    public void Risk_OrdersRefuseBeforeReviewBeforeClear() =>
        Assert.True(ReviewDecisions.Risk(Recommendation.Refuse) > ReviewDecisions.Risk(Recommendation.Review)
            && ReviewDecisions.Risk(Recommendation.Review) > ReviewDecisions.Risk(Recommendation.Clear));
}
