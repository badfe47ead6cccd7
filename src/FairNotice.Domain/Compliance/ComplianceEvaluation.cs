namespace FairNotice.Domain.Compliance;

/// <summary>One evaluated fixture.</summary>
/// <param name="Id">Fixture id.</param>
/// <param name="Category">legitimate, abusive or borderline.</param>
/// <param name="Expected">What a careful reviewer wants.</param>
/// <param name="Actual">What the engine recommended.</param>
public sealed record EvaluatedCase(string Id, string Category, Recommendation Expected, Recommendation Actual);

/// <summary>How the engine did on a fixture set, against the targets of issue #3.</summary>
/// <param name="Cases">Every case.</param>
/// <param name="Confusion">Counts by (expected, actual).</param>
/// <param name="RefusePrecision">Of the cases refused, the share that should be.</param>
/// <param name="RefuseRecall">Of the cases that should be refused, the share refused.</param>
/// <param name="LegitimateRefused">Legitimate cases refused (target 0).</param>
/// <param name="LegitimateToReviewShare">Share of legitimate cases sent to review (target at most 10%).</param>
/// <param name="TargetsMet">True when every case expected to be refused is refused, no legitimate case is, and at most 10% of legitimate cases go to review.</param>
public sealed record EvaluationReport(
    IReadOnlyList<EvaluatedCase> Cases,
    IReadOnlyDictionary<(Recommendation Expected, Recommendation Actual), int> Confusion,
    double RefusePrecision,
    double RefuseRecall,
    int LegitimateRefused,
    double LegitimateToReviewShare,
    bool TargetsMet);

/// <summary>Scores the engine's recommendations against expected outcomes.</summary>
public static class ComplianceEvaluation
{
    /// <summary>Largest share of legitimate cases that may be sent to review.</summary>
    public const double MaxLegitimateReviewShare = 0.10;

    /// <summary>Builds the report.</summary>
    /// <param name="cases">The evaluated cases.</param>
    public static EvaluationReport Evaluate(IReadOnlyList<EvaluatedCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var confusion = new Dictionary<(Recommendation, Recommendation), int>();
        foreach (var e in Enum.GetValues<Recommendation>())
        {
            foreach (var a in Enum.GetValues<Recommendation>())
            {
                confusion[(e, a)] = cases.Count(c => c.Expected == e && c.Actual == a);
            }
        }

        var refused = cases.Count(c => c.Actual == Recommendation.Refuse);
        var shouldRefuse = cases.Count(c => c.Expected == Recommendation.Refuse);
        var rightlyRefused = cases.Count(c => c.Actual == Recommendation.Refuse && c.Expected == Recommendation.Refuse);
        var legitimate = cases.Where(c => c.Category == "legitimate").ToList();
        var legitimateRefused = legitimate.Count(c => c.Actual == Recommendation.Refuse);
        var legitimateReview = legitimate.Count == 0 ? 0 : (double)legitimate.Count(c => c.Actual == Recommendation.Review) / legitimate.Count;
        var precision = refused == 0 ? 1 : (double)rightlyRefused / refused;
        var recall = shouldRefuse == 0 ? 1 : (double)rightlyRefused / shouldRefuse;
        return new EvaluationReport(cases, confusion, precision, recall, legitimateRefused, legitimateReview,
            rightlyRefused == shouldRefuse && legitimateRefused == 0 && legitimateReview <= MaxLegitimateReviewShare);
    }
}
