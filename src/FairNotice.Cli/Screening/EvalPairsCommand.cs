using System.CommandLine;
using System.Globalization;
using System.Text;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;
using Spectre.Console;

namespace FairNotice.Cli.Screening;

/// <summary>
/// `fairnotice eval pairs pairs.json.gz`: the server's screening scorer over the person pairs of the OpenSanctions pairs
/// benchmark (https://www.opensanctions.org/docs/pairs/; format in <see cref="FtmPairs"/>): recall, precision, false
/// positives per 1,000 negatives and F1 at a threshold, and a threshold sweep.
/// </summary>
/// <remarks>
/// Each pair is scored as screening would score it: the left person is indexed alone as a record, the right person is the
/// query, and the pair's score is the best over the right side's names and dates of birth and over the left side's dates
/// of birth (the index holds one date per person). With one person indexed, the adjustments that depend on the indexed
/// population (a query part that is a name on record, namesakes born close by) cannot apply: a pair has no population.
/// </remarks>
internal static class EvalPairsCommand
{
    /// <summary>A scored pair: its best score (null when the two share no blocking key, so screening would never compare
    /// them), the right-side name that reached it, and why.</summary>
    internal sealed record PairScore(JudgedPair Pair, double? Score, string? QueryName, HitExplanation? Explanation);

    internal static readonly double[] Sweep = [0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.94, 0.96, 0.98];

    private const string Sources = "Format: https://www.opensanctions.org/docs/pairs/ (JSON lines {left, right, judgement}); judgements as in "
        + "opensanctions/nomenklatura nomenklatura/judgement.py; FollowTheMoney Person properties as in followthemoney/schema/Person.yaml and Thing.yaml (weakAlias is not matched on). See docs/eval-pairs.md.";

    public static Command Command(TextWriter output)
    {
        var file = new Argument<FileInfo>("file") { Description = "The OpenSanctions pairs file (pairs.json, or gzipped): one {\"left\", \"right\", \"judgement\"} per line" };
        var threshold = new Option<double>("--threshold") { Description = "Score from which a pair counts as a match (default: the server's)", DefaultValueFactory = _ => ScreeningIndex<string>.DefaultThreshold };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the tables as Markdown to this file" };
        var misses = new Option<FileInfo?>("--misses") { Description = "Write every missed positive and every false positive at the threshold to this CSV" };
        var skipMalformed = new Option<bool>("--skip-malformed") { Description = "Count malformed lines and go on (otherwise the first one stops the run, exit code 2)" };
        var command = new Command("pairs", "Score the Person pairs of the OpenSanctions pairs benchmark with the server's screening scorer: recall, precision, "
            + "false positives per 1,000 negatives, F1, and a threshold sweep. Other schemas, unsure pairs and pairs without a name are counted and skipped. " + Sources)
        {
            file, threshold, report, misses, skipMalformed,
        };
        command.SetAction(async (p, ct) => await RunAsync(p.GetValue(file)!, p.GetValue(threshold), p.GetValue(report), p.GetValue(misses), p.GetValue(skipMalformed), output, ct));
        return command;
    }

    public static async Task<int> RunAsync(FileInfo file, double threshold, FileInfo? reportFile, FileInfo? missesFile, bool skipMalformed, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        if (!file.Exists)
        {
            console.MarkupLine($"[red]No file {Markup.Escape(file.FullName)}.[/]");
            return 3;
        }

        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        var scored = new List<PairScore>();
        var skipped = Enum.GetValues<PairSkip>().ToDictionary(s => s, _ => 0);
        var malformed = new List<string>();
        var lines = 0;
        await console.WithProgressAsync(async progress =>
        {
            var task = progress.AddTask("Scoring pairs").IsIndeterminate();
            using var reader = FtmPairs.Open(file.FullName);
            while (await reader.ReadLineAsync(ct) is { } text)
            {
                lines++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var (pair, error) = FtmPairs.Parse(text, lines);
                if (error is not null)
                {
                    malformed.Add(error);
                    if (!skipMalformed)
                    {
                        return;
                    }
                }
                else if (pair!.Skip is { } skip)
                {
                    skipped[skip]++;
                }
                else
                {
                    scored.Add(Score(index, pair));
                }

                if (lines % 1000 == 0)
                {
                    task.Description = $"Scoring pairs: {lines:N0} lines read";
                }
            }
        });

        if (malformed.Count > 0 && !skipMalformed)
        {
            console.MarkupLine($"[red]{Markup.Escape(malformed[0])}[/]");
            console.MarkupLine("[red]Nothing was scored. Correct the line, or pass --skip-malformed to count such lines and go on.[/]");
            return 2;
        }

        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"# Pairs evaluation: {file.Name}, threshold {threshold:0.00}, normaliser {NameNormaliser.Default.Version}");
        markdown.AppendLine();
        markdown.AppendLine(Sources);
        markdown.AppendLine();
        var positives = scored.Count(s => s.Pair.Positive);
        Write(console, markdown, "Pairs", ["", "count"],
        [
            ["lines read", N(lines)],
            ["pairs scored", N(scored.Count)],
            ["positives", N(positives)],
            ["negatives", N(scored.Count - positives)],
            ["skipped: other schema", N(skipped[PairSkip.OtherSchema])],
            ["skipped: unsure or no judgement", N(skipped[PairSkip.UnsureOrNoJudgement])],
            ["skipped: no name", N(skipped[PairSkip.NoName])],
            ["skipped: malformed", N(malformed.Count)],
        ]);
        Write(console, markdown, $"At threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}", Header, [Row(scored, threshold)]);
        Write(console, markdown, "Threshold sweep", Header, [.. Sweep.Append(threshold).Distinct().Order().Select(t => Row(scored, t))]);
        foreach (var error in malformed.Take(10))
        {
            console.MarkupLine($"[yellow]skipped {Markup.Escape(error)}[/]");
        }

        var wrong = scored.Where(s => s.Pair.Positive != Matches(s, threshold)).ToList();
        if (missesFile is not null)
        {
            await File.WriteAllTextAsync(missesFile.FullName, MissesCsv(wrong), new UTF8Encoding(false), ct);
            console.MarkupLine($"{wrong.Count} missed positives and false positives written to {Markup.Escape(missesFile.FullName)}.");
        }

        if (reportFile is not null)
        {
            await File.WriteAllTextAsync(reportFile.FullName, markdown.ToString(), ct);
        }

        return 0;
    }

    /// <summary>Scores one Person pair: the left person indexed alone, the right person as the query.</summary>
    internal static PairScore Score(ScreeningIndex<string> index, JudgedPair pair)
    {
        var (left, right) = (pair.Left!, pair.Right!);
        // Nationality only ever adds (+0.02 for one in common), so the right side's best is one it shares with the left.
        var nationality = right.Nationalities.FirstOrDefault(n => left.Nationalities.Contains(n, StringComparer.Ordinal)) ?? (right.Nationalities.Count > 0 ? right.Nationalities[0] : null);
        PartialDate?[] leftDates = left.BirthDates.Count == 0 ? [null] : [.. left.BirthDates];
        PartialDate?[] rightDates = right.BirthDates.Count == 0 ? [null] : [.. right.BirthDates];
        var id = Guid.Empty;
        var best = new PairScore(pair, null, null, null);
        foreach (var leftDate in leftDates)
        {
            index.Upsert(id, new Person(new PersonName(left.Names[0], null), null, [.. left.Names.Skip(1).Select(n => new PersonName(n, null))], left.Sex ?? "U",
                leftDate, null, null, left.Nationalities, [], null, []), left.Id);
            // The name's score does not depend on which (known) date is compared, nor the date's adjustment on which name
            // matched (one person indexed: no namesakes), so the best name is found with one date and then tried with each.
            ScreeningHit<string>? top = null;
            string? topName = null;
            foreach (var name in right.Names)
            {
                var hit = Search(index, new ScreeningQuery(name, rightDates[0], right.Sex, nationality));
                if (hit is not null && (top is null || hit.Score > top.Score))
                {
                    (top, topName) = (hit, name);
                }
            }

            foreach (var rightDate in rightDates)
            {
                var hit = rightDate == rightDates[0] ? top : topName is null ? null : Search(index, new ScreeningQuery(topName, rightDate, right.Sex, nationality));
                if (hit is not null && (best.Score is null || hit.Score > best.Score))
                {
                    best = new PairScore(pair, hit.Score, topName, hit.Explanation);
                }
            }
        }

        index.Remove(id);
        return best;
    }

    // Every candidate scored, whatever its score: the threshold is applied afterwards, once per row of the sweep.
    private static ScreeningHit<string>? Search(ScreeningIndex<string> index, ScreeningQuery query) =>
        index.Search(query, _ => true, threshold: double.MinValue / 2, max: 1) is [var hit, ..] ? hit : null;

    private static bool Matches(PairScore s, double threshold) => s.Score >= threshold;

    private static readonly string[] Header = ["threshold", "true positives", "missed positives", "false positives", "recall", "precision", "false positives /1,000 negatives", "F1"];

    private static string[] Row(List<PairScore> scored, double threshold)
    {
        var positives = scored.Count(s => s.Pair.Positive);
        var negatives = scored.Count - positives;
        var tp = scored.Count(s => s.Pair.Positive && Matches(s, threshold));
        var fp = scored.Count(s => !s.Pair.Positive && Matches(s, threshold));
        double? recall = positives == 0 ? null : tp / (double)positives;
        double? precision = tp + fp == 0 ? null : tp / (double)(tp + fp);
        double? f1 = recall is { } r && precision is { } p && r + p > 0 ? 2 * r * p / (r + p) : null;
        return [threshold.ToString("0.00", CultureInfo.InvariantCulture), N(tp), N(positives - tp), N(fp), F(recall), F(precision),
            negatives == 0 ? "-" : (1000.0 * fp / negatives).ToString("0.0", CultureInfo.InvariantCulture), F(f1)];
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static void Write(IAnsiConsole console, StringBuilder markdown, string title, string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns([.. header.Select(Markup.Escape)]);
        markdown.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
        markdown.AppendLine("| " + string.Join(" | ", header) + " |").AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
            markdown.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        markdown.AppendLine();
        console.Write(table);
    }

    private static string MissesCsv(IEnumerable<PairScore> wrong)
    {
        static string Q(string? v) => v is null ? "" : v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;
        var sb = new StringBuilder("line,judgement,left_id,right_id,left_name,right_name,score,matched_name,parts,date_of_birth\n");
        foreach (var s in wrong)
        {
            var e = s.Explanation;
            sb.AppendJoin(',', [N(s.Pair.Line), s.Pair.Judgement, Q(s.Pair.Left!.Id), Q(s.Pair.Right!.Id), Q(s.Pair.Left.Names[0]), Q(s.QueryName ?? s.Pair.Right.Names[0]),
                s.Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "", Q(e?.MatchedName), Q(e?.Parts), Q(e?.DateOfBirth)]).Append('\n');
        }

        return sb.ToString();
    }
}
