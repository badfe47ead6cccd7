using FairNotice.Domain.Compliance;

namespace FairNotice.Domain.Tests;

public class ComplianceEvaluationTests
{
    private static EvaluatedCase C(string cat, Recommendation expected, Recommendation actual) => new(Guid.NewGuid().ToString(), cat, expected, actual);

    [Fact]
    public void Evaluate_PerfectRun_MeetsTargets()
    {
        var r = ComplianceEvaluation.Evaluate([C("abusive", Recommendation.Refuse, Recommendation.Refuse), C("legitimate", Recommendation.Clear, Recommendation.Clear)]);
        Assert.True(r.TargetsMet);
        Assert.Equal(1.0, r.RefuseRecall);
        Assert.Equal(1, r.Confusion[(Recommendation.Refuse, Recommendation.Refuse)]);
    }

    [Fact]
    public void Evaluate_MissedRefusal_FailsTargets() =>
        Assert.False(ComplianceEvaluation.Evaluate([C("abusive", Recommendation.Refuse, Recommendation.Review)]).TargetsMet);

    [Fact]
    public void Evaluate_LegitimateRefused_FailsTargets()
    {
        var r = ComplianceEvaluation.Evaluate([C("legitimate", Recommendation.Clear, Recommendation.Refuse)]);
        Assert.False(r.TargetsMet);
        Assert.Equal(0.0, r.RefusePrecision);
    }

    [Fact]
    public void Evaluate_TooManyLegitimateToReview_FailsTargets()
    {
        // Issue #3: at most 10% of legitimate cases may be sent to review; 2 of 10 is 20%.
        var cases = Enumerable.Range(0, 8).Select(_ => C("legitimate", Recommendation.Clear, Recommendation.Clear))
            .Concat([C("legitimate", Recommendation.Clear, Recommendation.Review), C("legitimate", Recommendation.Clear, Recommendation.Review)]).ToList();
        var r = ComplianceEvaluation.Evaluate(cases);
        Assert.Equal(0.2, r.LegitimateToReviewShare, 3);
        Assert.False(r.TargetsMet);
    }

    [Fact]
    public void Evaluate_AbusiveCleared_FailsTargetsEvenWithNinetyPercentRefused()
    {
        // Issue #13: 9 of 10 clearly abusive cases refused meets the 90% bar, but the tenth was cleared, not sent to a human.
        var cases = Enumerable.Range(0, 9).Select(_ => C("abusive", Recommendation.Refuse, Recommendation.Refuse))
            .Append(C("abusive", Recommendation.Refuse, Recommendation.Clear)).ToList();
        var r = ComplianceEvaluation.Evaluate(cases);
        Assert.Equal(1, r.AbusiveCleared);
        Assert.False(r.TargetsMet);
    }

    [Fact]
    public void Evaluate_OneInTenSentToReview_MeetsTargets()
    {
        var cases = Enumerable.Range(0, 9).Select(_ => C("abusive", Recommendation.Refuse, Recommendation.Refuse))
            .Append(C("abusive", Recommendation.Refuse, Recommendation.Review)).ToList();
        var r = ComplianceEvaluation.Evaluate(cases);
        Assert.Equal(0.9, r.RefuseRecall, 3);
        Assert.True(r.TargetsMet);
    }

    [Theory]
    [InlineData("hard")]
    [InlineData("borderline")]
    public void Evaluate_HardCaseRefused_FailsTargets(string category)
    {
        var r = ComplianceEvaluation.Evaluate([C(category, Recommendation.Review, Recommendation.Refuse)]);
        Assert.Equal(1, r.HardRefused);
        Assert.False(r.TargetsMet);
    }
}
