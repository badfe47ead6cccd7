using System.CommandLine;
using System.Globalization;
using System.Text;
using FairNotice.Domain.Screening;
using Spectre.Console;

namespace FairNotice.Cli.Screening;

/// <summary>
/// `fairnotice eval fit-screening datasets/screening-eval`: fits the screening score model (a logistic regression of
/// "is the person sought" on the name score, the date-of-birth evidence, sex and nationality) on the DEVELOPMENT half
/// only — the held-out half is never read into the fit — chooses the operating point on that half for a false-hit
/// target, and writes the weights (data/score-model.json) and their published table with the calibration.
/// </summary>
internal static class FitScreeningCommand
{
    public static Command Command(TextWriter output)
    {
        var folder = new Argument<DirectoryInfo>("set") { Description = "A folder with persons.csv, queries.csv and split.csv (see datasets/screening-eval/README.md)" };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the weights (JSON, the format of src/FairNotice.Domain/Screening/data/score-model.json) here" };
        var doc = new Option<FileInfo?>("--doc") { Description = "Write the published weights and calibration (Markdown) here" };
        var maxFalseHits = new Option<double>("--max-false-hits") { Description = "Operating point: the lowest score at which the development half has at most this many false hits per 1,000 negatives", DefaultValueFactory = _ => 8 };
        var margin = new Option<double?>("--name-only-margin") { Description = "Operating point instead: the one at which a name-only candidate needs this much more than the threshold (overrides --max-false-hits)" };
        var priorSd = new Option<double>("--prior-sd") { Description = "Prior standard deviation of each weight around the hand-set one, in name-score units", DefaultValueFactory = _ => 0.1 };
        var command = new Command("fit-screening", "Fit the screening score model on the development half of a labelled set; write its weights and calibration.")
        {
            folder, outFile, doc, maxFalseHits, margin, priorSd,
        };
        command.SetAction(async (p, ct) => await RunAsync(p.GetValue(folder)!, p.GetValue(outFile), p.GetValue(doc), p.GetValue(maxFalseHits), p.GetValue(priorSd), output, ct, p.GetValue(margin)));
        return command;
    }

    /// <summary>The candidates each development query met, with their evidence (the fit's data).</summary>
    internal sealed record QueryCandidates(EvalScreeningCommand.EvalQuery Query, List<LabelledEvidence> Candidates);

    public static async Task<int> RunAsync(DirectoryInfo folder, FileInfo? outFile, FileInfo? docFile, double maxFalseHits, double priorSd, TextWriter output, CancellationToken ct, double? nameOnlyMargin = null)
    {
        var console = CliConsole.For(output);
        var (persons, queries, index) = EvalScreeningCommand.Load(folder, new ScoreModel(ScoreModelWeights.Prior));
        var dev = queries.Where(q => q.Half == "dev").ToList();
        if (dev.Count == 0)
        {
            console.MarkupLine("[red]The set has no development half (split.csv, half = dev).[/]");
            return 2;
        }

        var perQuery = Collect(index, dev);
        var data = perQuery.SelectMany(q => q.Candidates).ToList();
        console.MarkupLine($"Fitting on {dev.Count:N0} development queries ({dev.Count(q => q.Query.DateOfBirth is null):N0} without a date of birth): {data.Count:N0} candidates with a name score ≥ {ScreeningIndex<string>.NearMissFloor}, {data.Count(d => d.IsPerson):N0} of them the person sought. The held-out half is not read.");
        var version = $"{DateTime.UtcNow:yyyy.MM.dd}-fit";
        var fittedOn = $"{folder.Name} development half: {dev.Count} queries, {data.Count} candidates (name score ≥ {ScreeningIndex<string>.NearMissFloor.ToString(CultureInfo.InvariantCulture)}), {persons.Count} persons";
        var weights = ScoreModelFit.Fit(data, ScoreModelWeights.Prior, ScoreModelWeights.Prior.Slope, priorSd, ScreeningIndex<string>.DefaultThreshold,
            model => nameOnlyMargin is { } m
                // The score a name-only candidate with a perfect name gets is 1 + Unknown; shift so that Unknown = −margin.
                ? ScreeningIndex<string>.DefaultThreshold + m + model.Weights.Date[nameof(DateEvidence.Unknown)]
                : OperatingPoint(model, perQuery, maxFalseHits), version, fittedOn);
        var model = new ScoreModel(weights);
        double[] edges = [0.6, 0.7, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95, 1.0, 1.5];
        weights = weights with { Calibration = ScoreModelFit.Calibrate(model, data, edges) };
        model = new ScoreModel(weights);
        var (recall, falseHits) = Rates(model, perQuery, ScreeningIndex<string>.DefaultThreshold);
        // The trade-off the operating point was chosen from: each target refitted (the weights are the same; only the
        // shift differs), on the development half.
        var curve = new List<(double Target, double Recall, double FalseHits, double Unknown)>();
        foreach (var target in new double[] { 5, 10, 15, 20, 30, 40, 60 })
        {
            var alt = new ScoreModel(ScoreModelFit.Fit(data, ScoreModelWeights.Prior, ScoreModelWeights.Prior.Slope, priorSd, ScreeningIndex<string>.DefaultThreshold,
                m => OperatingPoint(m, perQuery, target), version, fittedOn));
            var (r, f) = Rates(alt, perQuery, ScreeningIndex<string>.DefaultThreshold);
            curve.Add((target, r, f, alt.Weights.Date[nameof(DateEvidence.Unknown)]));
        }

        var table = ScoreModelFit.Table(weights);
        console.WriteLine(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"At the default threshold on the development half: recall {recall:0.000}, false hits {falseHits:0} per 1,000 negatives ({(nameOnlyMargin is { } nm ? $"operating point: name-only margin {nm}" : $"target ≤ {maxFalseHits}")})."));
        if (outFile is not null)
        {
            await File.WriteAllTextAsync(outFile.FullName, ScoreModel.ToJson(weights) + "\n", ct);
            console.MarkupLine($"Weights written to {Markup.Escape(outFile.FullName)}.");
        }

        if (docFile is not null)
        {
            await File.WriteAllTextAsync(docFile.FullName, Document(weights, table, recall, falseHits, maxFalseHits, priorSd, curve, nameOnlyMargin), ct);
            console.MarkupLine($"Published table written to {Markup.Escape(docFile.FullName)}.");
        }

        return 0;
    }

    internal static List<QueryCandidates> Collect(ScreeningIndex<string> index, List<EvalScreeningCommand.EvalQuery> queries) =>
        [.. queries.Select(q => new QueryCandidates(q, [.. index.Search(q.Query, _ => true, -10, max: 200)
            .Where(h => h.Evidence.Name >= ScreeningIndex<string>.NearMissFloor)
            .Select(h => new LabelledEvidence(h.Evidence, q.Expected && h.Payload == q.PersonId))]))];

    // Recall and false hits per 1,000 negatives at a threshold, as `eval screening` counts them: a positive is found when
    // the person's score reaches the threshold; a negative is a false hit when any candidate's does.
    internal static (double Recall, double FalseHits) Rates(ScoreModel model, List<QueryCandidates> perQuery, double threshold)
    {
        var positives = perQuery.Where(q => q.Query.Expected).ToList();
        var negatives = perQuery.Where(q => !q.Query.Expected).ToList();
        var found = positives.Count(q => q.Candidates.Any(c => c.IsPerson && model.Score(c.Evidence) >= threshold));
        var falseHits = negatives.Count(q => q.Candidates.Any(c => model.Score(c.Evidence) >= threshold));
        return (positives.Count == 0 ? 0 : found / (double)positives.Count, negatives.Count == 0 ? 0 : 1000.0 * falseHits / negatives.Count);
    }

    // The lowest threshold meeting the false-hit target, placed halfway between the lowest score that meets it and the
    // next lower score seen (which does not), so that ties and rounding do not decide who is found.
    private static double OperatingPoint(ScoreModel model, List<QueryCandidates> perQuery, double maxFalseHits)
    {
        var scores = perQuery.SelectMany(q => q.Candidates).Select(c => Math.Round(model.Score(c.Evidence), 6)).Where(x => x is > 0.5 and < 1.5)
            .Distinct().Order().ToArray();
        for (var i = 0; i < scores.Length; i++)
        {
            if (Rates(model, perQuery, scores[i]).FalseHits <= maxFalseHits)
            {
                return i == 0 ? scores[0] : (scores[i - 1] + scores[i]) / 2;
            }
        }

        return 1.5;
    }

    private static string Document(ScoreModelWeights w, string table, double recall, double falseHits, double maxFalseHits, double priorSd,
        List<(double Target, double Recall, double FalseHits, double Unknown)> curve, double? nameOnlyMargin)
    {
        var md = new StringBuilder();
        md.AppendLine("# The screening score model: weights and calibration");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Generated by `fairnotice eval fit-screening datasets/screening-eval {(nameOnlyMargin is { } nm ? $"--name-only-margin {nm}" : $"--max-false-hits {maxFalseHits}")} --prior-sd {priorSd} --out src/FairNotice.Domain/Screening/data/score-model.json --doc docs/screening-model.md`; do not edit by hand.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Version `{w.Version}`, fitted on: {w.FittedOn}.");
        md.AppendLine();
        md.AppendLine("A candidate's score is its name score (0 to 1, `ScreeningIndex.CompareNames`: parts aligned one to one, the weakest part");
        md.AppendLine("weighing most, romanisations, skeletons, typos, different real names) plus the weights below for the other evidence;");
        md.AppendLine("a candidate is reported from the server's default threshold 0.90. The weights are a logistic regression of \"this is");
        md.AppendLine("the person sought\" on that evidence, fitted by Newton's method with a Gaussian prior centred on the earlier hand-set");
        md.AppendLine(CultureInfo.InvariantCulture, $"weights (standard deviation {priorSd} in score units). A weight whose evidence appears on fewer than {ScoreModelFit.MinimumPerSide} candidates on either side");
        md.AppendLine("(the person / not the person) keeps its prior relative to the intercept — including evidence the set separates perfectly:");
        md.AppendLine("no negative in it shares an exact date of birth, which says nothing about coincidences in a list of 100,000.");
        md.AppendLine(nameOnlyMargin is { } nom
            ? string.Create(CultureInfo.InvariantCulture, $"The operating point puts a name-only candidate {nom} above the threshold (a perfect name alone scores {1 - nom:0.00}); the weights are shifted so that it falls on 0.90. The held-out half was not read.")
            : string.Create(CultureInfo.InvariantCulture, $"The operating point was chosen on the development half as the lowest score with at most {maxFalseHits} false hits per 1,000 negatives, and the weights shifted so that it falls on 0.90. The held-out half was not read."));
        md.AppendLine();
        md.AppendLine(table);
        md.AppendLine(CultureInfo.InvariantCulture, $"Model probability that a candidate is the person sought: `1 / (1 + exp(−{w.Slope.ToString(CultureInfo.InvariantCulture)} × (score − {w.Threshold.ToString(CultureInfo.InvariantCulture)})))`.");
        md.AppendLine("It is calibrated on the development half's mix of candidates (most queries there are for a wanted person); at a");
        md.AppendLine("border, where almost nobody screened is wanted, the true probability for the same score is lower.");
        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"At 0.90 on the development half: recall {recall:0.000}, false hits {falseHits:0} per 1,000 negatives."));
        md.AppendLine();
        md.AppendLine("## The trade-off (development half)");
        md.AppendLine();
        md.AppendLine("Where the operating point could have been put: the false-hit target, what the development half then gives, and how much");
        md.AppendLine("a name-only candidate loses (the \"Unknown\" date weight: the name must score this much above 0.90).");
        md.AppendLine();
        md.AppendLine("| target false hits /1,000 | recall | false hits /1,000 | date Unknown |");
        md.AppendLine("|---|---|---|---|");
        foreach (var c in curve)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| ≤ {c.Target:0} | {c.Recall:0.000} | {c.FalseHits:0} | {ScoreModelWeights.Format(c.Unknown)} |"));
        }

        md.AppendLine();
        md.AppendLine("## Calibration (development half)");
        md.AppendLine();
        md.AppendLine("| score from | to | candidates | mean predicted | observed share that were the person |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var b in w.Calibration ?? [])
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {b.From:0.00} | {b.To:0.00} | {b.Candidates} | {b.Predicted:0.000} | {b.Observed:0.000} |"));
        }

        return md.ToString();
    }
}
