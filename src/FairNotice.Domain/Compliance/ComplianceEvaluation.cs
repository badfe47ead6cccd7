namespace FairNotice.Domain.Compliance;

/// <summary>One evaluated fixture.</summary>
/// <param name="Id">Fixture id.</param>
/// <param name="Category">legitimate, abusive, or hard (also written borderline): a case a machine should leave to a human.</param>
/// <param name="Expected">What a careful reviewer wants.</param>
/// <param name="Actual">What the engine recommended.</param>
public sealed record EvaluatedCase(string Id, string Category, Recommendation Expected, Recommendation Actual);

/// <summary>How the engine did on a fixture set, against the targets of issue #13 (which keep issue #3's for legitimate cases).</summary>
/// <param name="Cases">Every case.</param>
/// <param name="Confusion">Counts by (expected, actual).</param>
/// <param name="RefusePrecision">Of the cases refused, the share that should be.</param>
/// <param name="RefuseRecall">Of the cases that should be refused, the share refused.</param>
/// <param name="LegitimateRefused">Legitimate cases refused (target 0).</param>
/// <param name="LegitimateToReviewShare">Share of legitimate cases sent to review (target at most 10%).</param>
/// <param name="AbusiveCleared">Abusive cases the engine cleared (target 0: each must be refused or sent to a human).</param>
/// <param name="HardRefused">Hard cases refused automatically (target 0: a human decides them).</param>
/// <param name="TargetsMet">True when no abusive case is cleared, at least 90% of the clearly abusive ones (expected refuse) are
/// refused, no legitimate case is refused, at most 10% of legitimate cases go to review and no hard case is refused.</param>
public sealed record EvaluationReport(
    IReadOnlyList<EvaluatedCase> Cases,
    IReadOnlyDictionary<(Recommendation Expected, Recommendation Actual), int> Confusion,
    double RefusePrecision,
    double RefuseRecall,
    int LegitimateRefused,
    double LegitimateToReviewShare,
    int AbusiveCleared,
    int HardRefused,
    bool TargetsMet);

/// <summary>Scores the engine's recommendations against expected outcomes.</summary>
public static class ComplianceEvaluation
{
    /// <summary>Largest share of legitimate cases that may be sent to review.</summary>
    public const double MaxLegitimateReviewShare = 0.10;

    /// <summary>Smallest share of the clearly abusive cases (expected refuse) that must be refused.</summary>
    public const double MinRefuseRecall = 0.90;

    /// <summary>True for a case a machine should leave to a human ("hard"; the first fixtures say "borderline").</summary>
    /// <param name="category">The case's category.</param>
    public static bool IsHard(string category) => category is "hard" or "borderline";

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
        var abusiveCleared = cases.Count(c => c.Category == "abusive" && c.Actual == Recommendation.Clear);
        var hardRefused = cases.Count(c => IsHard(c.Category) && c.Actual == Recommendation.Refuse);
        return new EvaluationReport(cases, confusion, precision, recall, legitimateRefused, legitimateReview, abusiveCleared, hardRefused,
            abusiveCleared == 0 && recall >= MinRefuseRecall && legitimateRefused == 0 && legitimateReview <= MaxLegitimateReviewShare && hardRefused == 0);
    }
}
