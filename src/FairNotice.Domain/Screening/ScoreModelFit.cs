using System.Collections.Frozen;
using System.Globalization;

namespace FairNotice.Domain.Screening;

/// <summary>One labelled candidate for fitting: the evidence it offered and whether it was the person sought.</summary>
/// <param name="Evidence">The evidence.</param>
/// <param name="IsPerson">True when the candidate is the person the query was for.</param>
public readonly record struct LabelledEvidence(Evidence Evidence, bool IsPerson);

/// <summary>
/// Fits <see cref="ScoreModel"/> to labelled candidates: a logistic regression of "is the person sought" on the name
/// score, the kind of date evidence, the namesake count of a near date, sex and nationality agreement, by Newton's
/// method with a Gaussian prior centred on the hand-set weights (<see cref="ScoreModelWeights.Prior"/>). The prior keeps
/// evidence the data cannot speak to where it was, and keeps a weight finite where the data separate perfectly (no
/// negative in a development set shares an exact date of birth, for instance). Pure: no I/O.
/// </summary>
public static class ScoreModelFit
{
    // Parameter layout: 0 name; 1..8 date kinds other than Unknown (reference); 9 near × log2(namesakes);
    // 10 sex agrees; 11 sex differs; 12 nationality agrees; 13 nationality differs; 14 intercept.
    private const int Parameters = 15;
    private static readonly DateEvidence[] Dates = [.. Enum.GetValues<DateEvidence>().Where(d => d != DateEvidence.Unknown)];

    /// <summary>A weight whose evidence appears on fewer than this many labelled candidates on either side (the person / not
    /// the person) keeps its prior (and is marked so): that includes evidence the data separate perfectly.</summary>
    public const int MinimumPerSide = 5;

    /// <summary>Fits the weights.</summary>
    /// <param name="data">Labelled candidates.</param>
    /// <param name="prior">The weights the fit starts from and is pulled towards.</param>
    /// <param name="priorSlope">Logistic slope (per unit of name score) used to express the prior in logit units.</param>
    /// <param name="priorSd">Prior standard deviation of each adjustment, in name-score units.</param>
    /// <param name="threshold">The score that is to mean "report" (the server's default threshold).</param>
    /// <param name="operatingPoint">The fitted score (before shifting) chosen as the operating point; null for the model's
    /// own half-probability point.</param>
    /// <param name="version">Version string to record.</param>
    /// <param name="fittedOn">What the data were, to record.</param>
    public static ScoreModelWeights Fit(IReadOnlyList<LabelledEvidence> data, ScoreModelWeights prior, double priorSlope, double priorSd,
        double threshold, Func<ScoreModel, double>? operatingPoint, string version, string fittedOn)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(prior);
        var rows = data.Select(d => (X: Features(d.Evidence), Y: d.IsPerson ? 1.0 : 0.0)).ToArray();

        // Which parameters the data can speak to: both outcomes seen often enough where the feature is on.
        var estimable = new bool[Parameters];
        estimable[0] = estimable[Parameters - 1] = true;
        for (var j = 1; j < Parameters - 1; j++)
        {
            var on = rows.Where(r => r.X[j] != 0).ToArray();
            // Both outcomes must be seen: where the data separate perfectly (no negative in the set shares an exact date
            // of birth) they say nothing about how often a coincidence happens in a list of 100,000, and the weight would
            // run to whatever the prior allows (+0.27 for an exact date, which the generated benchmark showed costs
            // 5 false hits per 1,000 clean queries).
            estimable[j] = on.Count(r => r.Y == 1) >= MinimumPerSide && on.Count(r => r.Y == 0) >= MinimumPerSide;
        }

        // Prior means in logit units (slope × name-unit weight, relative to the Unknown date kind, which the intercept holds).
        var mean = new double[Parameters];
        var precision = new double[Parameters];
        mean[0] = priorSlope;
        for (var k = 0; k < Dates.Length; k++)
        {
            mean[1 + k] = priorSlope * (prior.Date[Dates[k].ToString()] - prior.Date[nameof(DateEvidence.Unknown)]);
        }

        mean[9] = priorSlope * prior.NearDatePerNamesakeDoubling;
        mean[10] = priorSlope * prior.Sex[nameof(Agreement.Agrees)];
        mean[11] = priorSlope * prior.Sex[nameof(Agreement.Differs)];
        mean[12] = priorSlope * prior.Nationality[nameof(Agreement.Agrees)];
        mean[13] = priorSlope * prior.Nationality[nameof(Agreement.Differs)];
        mean[14] = -priorSlope * (prior.Threshold - prior.Date[nameof(DateEvidence.Unknown)] - prior.Offset);
        var sd = priorSlope * priorSd;
        for (var j = 1; j < Parameters - 1; j++)
        {
            // A weight the data cannot estimate is held at its prior (a very tight prior), the others are pulled gently.
            precision[j] = estimable[j] ? 1 / (sd * sd) : 1e6;
        }

        // The slope and the intercept get a very weak prior: enough to stay finite if the data separate perfectly.
        precision[0] = precision[Parameters - 1] = 1e-4;
        var w = (double[])mean.Clone();
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[Parameters];
            var hessian = new double[Parameters, Parameters];
            foreach (var (x, y) in rows)
            {
                var p = Sigmoid(Dot(w, x));
                var r = p - y;
                var v = Math.Max(p * (1 - p), 1e-12);
                for (var a = 0; a < Parameters; a++)
                {
                    if (x[a] == 0)
                    {
                        continue;
                    }

                    gradient[a] += r * x[a];
                    for (var b = 0; b < Parameters; b++)
                    {
                        hessian[a, b] += v * x[a] * x[b];
                    }
                }
            }

            for (var j = 0; j < Parameters; j++)
            {
                gradient[j] += precision[j] * (w[j] - mean[j]);
                hessian[j, j] += precision[j] + 1e-9;
            }

            var step = Solve(hessian, gradient);
            var before = Objective(w, rows, mean, precision);
            var size = 0.0;
            for (var scale = 1.0; scale > 1e-6; scale /= 2)
            {
                var candidate = new double[Parameters];
                for (var j = 0; j < Parameters; j++)
                {
                    candidate[j] = w[j] - (scale * step[j]);
                }

                if (Objective(candidate, rows, mean, precision) <= before)
                {
                    size = step.Max(Math.Abs) * scale;
                    w = candidate;
                    break;
                }
            }

            if (size < 1e-9)
            {
                break;
            }
        }

        // Back to name units: score = name + a·x + intercept/slope, and the probability is ½ where that is 0.
        var slope = w[0];
        if (slope <= 0)
        {
            throw new InvalidOperationException("the fitted name weight is not positive: the data do not support a screening model");
        }

        // A weight held at its prior keeps the prior's value in score units (relative to the name-only weight), whatever
        // slope the data gave; an estimated one is converted with the fitted slope.
        double Unit(int j, double priorValue) => estimable[j] ? w[j] / slope : priorValue;
        var date = new Dictionary<string, double> { [nameof(DateEvidence.Unknown)] = 0 };
        for (var k = 0; k < Dates.Length; k++)
        {
            date[Dates[k].ToString()] = Unit(1 + k, prior.Date[Dates[k].ToString()] - prior.Date[nameof(DateEvidence.Unknown)]);
        }

        w[9] = Unit(9, prior.NearDatePerNamesakeDoubling) * slope;
        w[10] = Unit(10, prior.Sex[nameof(Agreement.Agrees)]) * slope;
        w[11] = Unit(11, prior.Sex[nameof(Agreement.Differs)]) * slope;
        w[12] = Unit(12, prior.Nationality[nameof(Agreement.Agrees)]) * slope;
        w[13] = Unit(13, prior.Nationality[nameof(Agreement.Differs)]) * slope;

        var intercept = w[14] / slope;
        var fitted = new List<string> { "slope (name)", "intercept" };
        for (var k = 0; k < Dates.Length; k++)
        {
            if (estimable[1 + k])
            {
                fitted.Add($"date {Dates[k]}");
            }
        }

        string[] others = ["near date per namesake doubling", "sex Agrees", "sex Differs", "nationality Agrees", "nationality Differs"];
        for (var j = 9; j < 14; j++)
        {
            if (estimable[j])
            {
                fitted.Add(others[j - 9]);
            }
        }

        // The probability is ½ at score = threshold when the intercept is folded into the date weights (one date kind always
        // applies) together with the threshold.
        var raw = Build(date, intercept + threshold, w, slope, threshold, version, fittedOn, fitted);
        if (operatingPoint is null)
        {
            return raw;
        }

        // Shift so that the chosen operating point falls on the threshold; the probability keeps its fitted midpoint.
        var shift = threshold - operatingPoint(new ScoreModel(raw));
        return raw with
        {
            Date = raw.Date.ToFrozenDictionary(kv => kv.Key, kv => Math.Round(kv.Value + shift, 4)),
            Threshold = Math.Round(threshold + shift, 4),
        };
    }

    /// <summary>Predicted against observed rate of "is the person" per score band.</summary>
    /// <param name="model">The model.</param>
    /// <param name="data">Labelled candidates.</param>
    /// <param name="edges">Band edges, ascending.</param>
    public static IReadOnlyList<CalibrationBand> Calibrate(ScoreModel model, IReadOnlyList<LabelledEvidence> data, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(edges);
        var bands = new List<CalibrationBand>();
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var (from, to) = (edges[i], edges[i + 1]);
            var inBand = data.Select(d => (Score: model.Score(d.Evidence), d.IsPerson)).Where(s => s.Score >= from && s.Score < to).ToArray();
            if (inBand.Length == 0)
            {
                continue;
            }

            bands.Add(new CalibrationBand(from, to, inBand.Length,
                Math.Round(inBand.Average(s => model.Probability(s.Score)), 3), Math.Round(inBand.Average(s => s.IsPerson ? 1.0 : 0.0), 3)));
        }

        return bands;
    }

    private static ScoreModelWeights Build(Dictionary<string, double> date, double dateOffset, double[] w, double slope, double threshold,
        string version, string fittedOn, List<string> fitted) => new(
        version,
        fittedOn,
        date.ToFrozenDictionary(kv => kv.Key, kv => Math.Round(kv.Value + dateOffset, 4)),
        Math.Round(w[9] / slope, 4),
        new Dictionary<string, double> { [nameof(Agreement.NotCompared)] = 0, [nameof(Agreement.Agrees)] = Math.Round(w[10] / slope, 4), [nameof(Agreement.Differs)] = Math.Round(w[11] / slope, 4) }.ToFrozenDictionary(),
        new Dictionary<string, double> { [nameof(Agreement.NotCompared)] = 0, [nameof(Agreement.Agrees)] = Math.Round(w[12] / slope, 4), [nameof(Agreement.Differs)] = Math.Round(w[13] / slope, 4) }.ToFrozenDictionary(),
        0,
        Math.Round(slope, 3),
        threshold,
        fitted);

    private static double[] Features(in Evidence e)
    {
        var x = new double[Parameters];
        x[0] = e.Name;
        if (e.Date != DateEvidence.Unknown)
        {
            x[1 + Array.IndexOf(Dates, e.Date)] = 1;
        }

        x[9] = e.Date is DateEvidence.NearDate or DateEvidence.OneYearApart && e.Namesakes > 1 ? Math.Log2(e.Namesakes) : 0;
        x[10] = e.Sex == Agreement.Agrees ? 1 : 0;
        x[11] = e.Sex == Agreement.Differs ? 1 : 0;
        x[12] = e.Nationality == Agreement.Agrees ? 1 : 0;
        x[13] = e.Nationality == Agreement.Differs ? 1 : 0;
        x[14] = 1;
        return x;
    }

    // Negative log-posterior: the logistic loss plus the Gaussian prior.
    private static double Objective(double[] w, (double[] X, double Y)[] rows, double[] mean, double[] precision)
    {
        var loss = 0.0;
        foreach (var (x, y) in rows)
        {
            var z = Dot(w, x);
            // log(1 + e^z) − y·z, computed without overflow.
            loss += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (y * z);
        }

        for (var j = 0; j < w.Length; j++)
        {
            loss += 0.5 * precision[j] * (w[j] - mean[j]) * (w[j] - mean[j]);
        }

        return loss;
    }

    private static double Dot(double[] w, double[] x)
    {
        var s = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            s += w[i] * x[i];
        }

        return s;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    // Gaussian elimination with partial pivoting: the system is 15 × 15.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            if (pivot != c)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                }

                (v[c], v[pivot]) = (v[pivot], v[c]);
            }

            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                v[r] -= f * v[c];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var k = r + 1; k < n; k++)
            {
                s -= m[r, k] * x[k];
            }

            x[r] = s / m[r, r];
        }

        return x;
    }

    /// <summary>Formats the weights as the Markdown table published in docs/screening-model.md.</summary>
    /// <param name="w">The weights.</param>
    public static string Table(ScoreModelWeights w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var fitted = new HashSet<string>(w.Fitted ?? [], StringComparer.Ordinal);
        string Mark(string name) => fitted.Contains(name) ? "fitted" : "prior (too little evidence)";
        var lines = new List<string> { "| evidence | added to the name score | source |", "|---|---|---|" };
        foreach (var d in Enum.GetValues<DateEvidence>())
        {
            lines.Add($"| date of birth: {d} | {ScoreModelWeights.Format(w.Date[d.ToString()])} | {(d == DateEvidence.Unknown ? "fitted (intercept)" : Mark($"date {d}"))} |");
        }

        lines.Add($"| near date, per doubling of namesakes | {ScoreModelWeights.Format(w.NearDatePerNamesakeDoubling)} | {Mark("near date per namesake doubling")} |");
        foreach (var a in new[] { Agreement.Agrees, Agreement.Differs })
        {
            lines.Add($"| sex {a} | {ScoreModelWeights.Format(w.Sex[a.ToString()])} | {Mark($"sex {a}")} |");
        }

        foreach (var a in new[] { Agreement.Agrees, Agreement.Differs })
        {
            lines.Add($"| nationality {a} | {ScoreModelWeights.Format(w.Nationality[a.ToString()])} | {Mark($"nationality {a}")} |");
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"| logistic slope per unit of score | {w.Slope:0.###} | fitted |"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"| score at probability ½ | {w.Threshold:0.####} | fitted (then shifted to the operating point) |"));
        return string.Join("\n", lines) + "\n";
    }
}
