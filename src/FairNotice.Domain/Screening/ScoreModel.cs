using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FairNotice.Domain.Screening;

/// <summary>How a query's date of birth relates to a candidate's (the evidence, before any weight is given to it).</summary>
public enum DateEvidence
{
    /// <summary>Unknown on one side: the name alone must carry the hit.</summary>
    Unknown,

    /// <summary>Both complete and equal.</summary>
    Exact,

    /// <summary>Both complete, day and month swapped.</summary>
    Transposed,

    /// <summary>Same year and month, a day missing on one side.</summary>
    SameYearMonth,

    /// <summary>Same year, one side gives the year only.</summary>
    SameYear,

    /// <summary>Both complete: same day and month a year apart, or the day one off or its digits swapped.</summary>
    NearDate,

    /// <summary>One year apart where a side gives only the year or the month.</summary>
    OneYearApart,

    /// <summary>Same year, different month.</summary>
    DifferentMonth,

    /// <summary>Incompatible dates: two people.</summary>
    Different,
}

/// <summary>How the query's sex or nationality relates to a candidate's.</summary>
public enum Agreement
{
    /// <summary>Unknown on one side.</summary>
    NotCompared,

    /// <summary>The same (sex) or one in common (nationality).</summary>
    Agrees,

    /// <summary>Different, or none in common.</summary>
    Differs,
}

/// <summary>The evidence one candidate offers for a query, as the score model weighs it.</summary>
/// <param name="Name">Name similarity, 0 to 1 (see <see cref="ScreeningIndex{T}.CompareNames"/>).</param>
/// <param name="Date">How the dates of birth relate.</param>
/// <param name="Namesakes">How many indexed persons bear the matched name (a near date speaks for a rare name only).</param>
/// <param name="Sex">How the sexes relate.</param>
/// <param name="Nationality">How the nationalities relate.</param>
/// <param name="WeakestPart">Score of the weakest part of the candidate's family name as aligned with the query (0 when
/// the query lacks one): below <see cref="ScoreModel.RescueFloor"/> the surnames disagree as different names do, not as
/// spellings do, and a date of birth cannot rescue the name. A given name may differ (a nickname, a cognate).</param>
public readonly record struct Evidence(double Name, DateEvidence Date, int Namesakes, Agreement Sex, Agreement Nationality, double WeakestPart = 1);

/// <summary>
/// The screening score as a fitted logistic regression (issue #11, item 3). The score is in name units —
/// <c>score = name + date[d] + nearDatePerNamesakeDoubling·log2(namesakes)·[d is near] + sex[s] + nationality[n] + offset</c>
/// — so that an explanation reads "name 0.87, exact date of birth +0.12", and the model's probability that the
/// candidate is the person sought is <c>1 / (1 + exp(−slope·(score − threshold)))</c>, i.e. the default threshold is
/// the operating point chosen on the development half. The weights are data (<c>data/score-model.json</c>), written by
/// <c>fairnotice eval fit-screening</c> and published in <c>docs/screening-model.md</c>.
/// </summary>
public sealed class ScoreModel
{
    // Declared before Default: static fields initialise in order.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly double[] _date;
    private readonly double[] _sex;
    private readonly double[] _nationality;

    /// <summary>Builds a model from its weights.</summary>
    /// <param name="weights">The weights as stored.</param>
    public ScoreModel(ScoreModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Weights = weights;
        _date = Enum.GetValues<DateEvidence>().Select(d => weights.Date.TryGetValue(d.ToString(), out var w) ? w : throw new InvalidDataException($"score model: no weight for date evidence {d}")).ToArray();
        _sex = Agreements(weights.Sex, "sex");
        _nationality = Agreements(weights.Nationality, "nationality");
    }

    /// <summary>The most the evidence other than the name can add: a candidate whose name scores below the threshold minus
    /// this cannot reach it (the search skips it early).</summary>
    /// <param name="hasDate">Whether the query gives a date of birth.</param>
    public double MaxAdjustment(bool hasDate) =>
        (hasDate ? _date.Max() : _date[(int)DateEvidence.Unknown]) + _sex.Max() + _nationality.Max() + Weights.Offset;

    /// <summary>The model the server uses (embedded <c>data/score-model.json</c>).</summary>
    public static ScoreModel Default { get; } = Load();

    /// <summary>The weights.</summary>
    public ScoreModelWeights Weights { get; }

    /// <summary>The score of a candidate, in name units (0 to about 1.1).</summary>
    /// <param name="e">The evidence.</param>
    public double Score(in Evidence e) => e.Name + Adjustment(e);

    /// <summary>What the evidence other than the name adds to the name score.</summary>
    /// <param name="e">The evidence.</param>
    public double Adjustment(in Evidence e)
    {
        var near = e.Date is DateEvidence.NearDate or DateEvidence.OneYearApart && e.Namesakes > 1
            ? Weights.NearDatePerNamesakeDoubling * Math.Log2(e.Namesakes)
            : 0;
        var date = _date[(int)e.Date];
        if (e.WeakestPart < RescueFloor && date > _date[(int)DateEvidence.Unknown])
        {
            // A date of birth rescues a weaker spelling or another form of a given name ("Kasia" for Katarzyna), not a
            // different surname: "Mohammed Khan" born the same day as "Mohammed al-Hassan" is another man. Agreeing dates
            // then count no more than the hand-set prior says.
            date = Math.Min(date, _date[(int)DateEvidence.Unknown] + Math.Max(0, Prior.Date[e.Date.ToString()] - Prior.Date[nameof(DateEvidence.Unknown)]));
        }

        return date + near + _sex[(int)e.Sex] + _nationality[(int)e.Nationality] + Weights.Offset;
    }

    /// <summary>Family-name score below which agreeing dates of birth cannot rescue a name (see <see cref="Evidence.WeakestPart"/>).</summary>
    public const double RescueFloor = 0.8;

    private static readonly ScoreModelWeights Prior = ScoreModelWeights.Prior;

    /// <summary>The fitted probability that the candidate is the person sought, from a score.</summary>
    /// <param name="score">A score from <see cref="Score"/>.</param>
    public double Probability(double score) => 1 / (1 + Math.Exp(-Weights.Slope * (score - Weights.Threshold)));

    /// <summary>Serialises weights as stored in <c>data/score-model.json</c>.</summary>
    /// <param name="weights">The weights.</param>
    public static string ToJson(ScoreModelWeights weights) => JsonSerializer.Serialize(weights, Options);

    /// <summary>Reads weights as stored in <c>data/score-model.json</c>.</summary>
    /// <param name="json">The JSON.</param>
    public static ScoreModelWeights FromJson(string json) =>
        JsonSerializer.Deserialize<ScoreModelWeights>(json, Options) ?? throw new InvalidDataException("score model: empty");

    private static double[] Agreements(IReadOnlyDictionary<string, double> weights, string what) =>
        Enum.GetValues<Agreement>().Select(a => weights.TryGetValue(a.ToString(), out var w) ? w : throw new InvalidDataException($"score model: no {what} weight for {a}")).ToArray();

    private static ScoreModel Load()
    {
        using var stream = typeof(ScoreModel).Assembly.GetManifestResourceStream("FairNotice.Domain.Screening.data.score-model.json")
            ?? throw new InvalidOperationException("score-model.json is not embedded");
        using var reader = new StreamReader(stream);
        return new ScoreModel(FromJson(reader.ReadToEnd()));
    }
}

/// <summary>The weights of <see cref="ScoreModel"/>, as stored and published.</summary>
/// <param name="Version">Version of the weights (changes with every refit).</param>
/// <param name="FittedOn">What the weights were fitted on (set, half, candidates, date).</param>
/// <param name="Date">Added to the name score for each kind of date evidence (<see cref="DateEvidence"/> names).</param>
/// <param name="NearDatePerNamesakeDoubling">Added per doubling of the number of namesakes when the date is only near.</param>
/// <param name="Sex">Added for each sex agreement (<see cref="Agreement"/> names).</param>
/// <param name="Nationality">Added for each nationality agreement.</param>
/// <param name="Offset">Added to every score: places the chosen operating point at <paramref name="Threshold"/>.</param>
/// <param name="Slope">Logistic slope per unit of score.</param>
/// <param name="Threshold">The score at which the model's probability is one half (the server's default threshold).</param>
/// <param name="Fitted">Which weights the data estimated; the others keep their prior (no or too little evidence).</param>
/// <param name="Calibration">Predicted against observed rate per score band on the development half.</param>
public sealed record ScoreModelWeights(
    string Version,
    string FittedOn,
    IReadOnlyDictionary<string, double> Date,
    double NearDatePerNamesakeDoubling,
    IReadOnlyDictionary<string, double> Sex,
    IReadOnlyDictionary<string, double> Nationality,
    double Offset,
    double Slope,
    double Threshold,
    IReadOnlyList<string>? Fitted = null,
    IReadOnlyList<CalibrationBand>? Calibration = null)
{
    /// <summary>The weights the index used before any fit, written by hand (issue #4, refined in #11): the prior of the fit.</summary>
    public static ScoreModelWeights Prior { get; } = new(
        "prior",
        "hand-set (ADR 0006)",
        new Dictionary<string, double>
        {
            [nameof(DateEvidence.Unknown)] = -0.02,
            [nameof(DateEvidence.Exact)] = 0.05,
            [nameof(DateEvidence.Transposed)] = 0.03,
            [nameof(DateEvidence.SameYearMonth)] = 0.01,
            [nameof(DateEvidence.SameYear)] = 0.04,
            [nameof(DateEvidence.NearDate)] = -0.08,
            [nameof(DateEvidence.OneYearApart)] = -0.04,
            [nameof(DateEvidence.DifferentMonth)] = -0.1,
            [nameof(DateEvidence.Different)] = -0.3,
        }.ToFrozenDictionary(),
        -0.015,
        new Dictionary<string, double> { [nameof(Agreement.NotCompared)] = 0, [nameof(Agreement.Agrees)] = 0.01, [nameof(Agreement.Differs)] = -0.15 }.ToFrozenDictionary(),
        new Dictionary<string, double> { [nameof(Agreement.NotCompared)] = 0, [nameof(Agreement.Agrees)] = 0.02, [nameof(Agreement.Differs)] = 0 }.ToFrozenDictionary(),
        0,
        40,
        ScreeningIndex<object>.DefaultThreshold);

    /// <summary>Formats a weight for the published table.</summary>
    /// <param name="w">The weight.</param>
    public static string Format(double w) => w.ToString("+0.000;−0.000;0", CultureInfo.InvariantCulture);
}

/// <summary>One band of the calibration table.</summary>
/// <param name="From">Lowest score of the band.</param>
/// <param name="To">Score the band ends before.</param>
/// <param name="Candidates">Candidates in the band.</param>
/// <param name="Predicted">Mean predicted probability.</param>
/// <param name="Observed">Share that were the person sought.</param>
public sealed record CalibrationBand(double From, double To, int Candidates, double Predicted, double Observed);
