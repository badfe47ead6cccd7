using System.CommandLine;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;
using Spectre.Console;

namespace FairNotice.Cli.Screening;

/// <summary>
/// `fairnotice eval screening datasets/screening-eval`: the screening matcher over a labelled set of persons and queries,
/// at the threshold the server uses; recall per tradition and per kind of variation, false hits per 1,000 negatives,
/// for the development and the held-out half side by side, and every miss with the score it fell short with.
/// </summary>
internal static class EvalScreeningCommand
{
    internal sealed record EvalPerson(string Id, string Tradition, Person Person);

    internal sealed record EvalQuery(string Id, string PersonId, bool Expected, string Tradition, string Variation, ScreeningQuery Query, string Half);

    /// <summary>One query's outcome: found (positives) or falsely hit (negatives), and the expected person's best score.</summary>
    internal sealed record Outcome(EvalQuery Query, bool Correct, double? ExpectedScore, string? TopHit, double? TopScore, string? Why = null);

    // Why a candidate scored as it did, for the misses file: the rendering met, the part pairs and the other evidence.
    private static string? Why<T>(ScreeningHit<T>? hit) => hit is null ? null
        : $"{hit.Explanation.MatchedName} [{hit.Explanation.NameKind}] name {hit.Explanation.NameScore:0.000}: {hit.Explanation.Parts}; dob {hit.Explanation.DateOfBirth}";

    public static Command Command(TextWriter output)
    {
        var folder = new Argument<DirectoryInfo>("set") { Description = "A folder with persons.csv, queries.csv and split.csv (see datasets/screening-eval/README.md)" };
        var threshold = new Option<double>("--threshold") { Description = "Score from which a hit is reported", DefaultValueFactory = _ => ScreeningIndex<string>.DefaultThreshold };
        var misses = new Option<FileInfo?>("--misses") { Description = "Write every miss and false hit to this CSV" };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the tables as Markdown to this file" };
        var nameOnly = new Option<bool>("--name-only-negatives")
        {
            Description = "Ask the similar-name and shared-surname negatives without their date of birth, sex and nationality (other people all the same; a set whose negatives all carry a date measures name-only false hits this way) and leave out the same-name-other-date ones, which without a date would be namesakes",
        };
        var curve = new Option<FileInfo?>("--curve")
        {
            Description = "Also write the trade-off of the name-only bar as Markdown to this file: recall (all positives, and those without a date of birth) and false hits per 1,000 negatives as the weight of an unknown date of birth moves (all other weights as they are)",
        };
        var command = new Command("screening", "Measure screening on a labelled set: recall and false hits per 1,000 negatives, per tradition and variation, dev and held-out halves.")
        {
            folder, threshold, misses, report, nameOnly, curve,
        };
        command.SetAction(async (p, ct) => await RunAsync(p.GetValue(folder)!, p.GetValue(threshold), p.GetValue(misses), p.GetValue(report), output, ct, p.GetValue(nameOnly), p.GetValue(curve)));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo folder, double threshold, FileInfo? missesFile, FileInfo? reportFile, TextWriter output, CancellationToken ct, bool nameOnlyNegatives = false, FileInfo? curveFile = null)
    {
        var console = CliConsole.For(output);
        var (persons, queries, index) = Load(folder);
        if (nameOnlyNegatives)
        {
            queries = [.. queries
                .Where(q => q.Expected || q.Variation != "same_name_other_dob")
                .Select(q => q.Expected ? q : q with { Query = new ScreeningQuery(q.Query.Name, null, null, null) })];
        }

        var outcomes = new List<Outcome>(queries.Count);
        await console.WithProgressAsync(progress =>
        {
            var task = progress.AddTask($"Screening {queries.Count:N0} queries against {persons.Count:N0} persons", maxValue: Math.Max(1, queries.Count));
            foreach (var q in queries)
            {
                ct.ThrowIfCancellationRequested();
                var hits = index.Search(q.Query, _ => true, threshold, max: 20);
                var top = hits.Count > 0 ? hits[0] : null;
                if (q.Expected)
                {
                    var hit = hits.FirstOrDefault(h => h.Payload == q.PersonId)
                        ?? index.Search(q.Query, _ => true, 0.0, max: 200).FirstOrDefault(h => h.Payload == q.PersonId);
                    var found = hits.Any(h => h.Payload == q.PersonId);
                    outcomes.Add(new Outcome(q, found, hit?.Score, top?.Payload, top?.Score, Why(hit)));
                }
                else
                {
                    outcomes.Add(new Outcome(q, hits.Count == 0, null, top?.Payload, top?.Score, Why(top)));
                }

                task.Increment(1);
            }

            return Task.CompletedTask;
        });

        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"# Screening evaluation: {folder.Name}{(nameOnlyNegatives ? " (negatives asked by name only)" : "")}, threshold {threshold:0.00}, normaliser {NameNormaliser.Default.Version}");
        markdown.AppendLine();
        Table(console, markdown, "Overall", outcomes, _ => "all");
        Table(console, markdown, "By tradition", outcomes, o => o.Query.Tradition);
        Table(console, markdown, "By variation (positives) / kind (negatives)", outcomes, o => o.Query.Variation);
        Table(console, markdown, "Negatives by whether the query has a date of birth", outcomes.Where(o => !o.Query.Expected).ToList(),
            o => o.Query.Query.DateOfBirth is null ? "no date of birth" : "with date of birth");

        var wrong = outcomes.Where(o => !o.Correct).OrderBy(o => o.Query.Half, StringComparer.Ordinal).ThenBy(o => o.Query.Tradition, StringComparer.Ordinal).ToList();
        if (missesFile is not null)
        {
            await using var writer = new StreamWriter(missesFile.FullName, false, new UTF8Encoding(false));
            await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            csv.WriteField("query_id"); csv.WriteField("half"); csv.WriteField("expected"); csv.WriteField("tradition"); csv.WriteField("variation");
            csv.WriteField("name"); csv.WriteField("date_of_birth"); csv.WriteField("person"); csv.WriteField("person_name"); csv.WriteField("expected_score");
            csv.WriteField("top_hit"); csv.WriteField("top_score"); csv.WriteField("why");
            await csv.NextRecordAsync();
            var byId = persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
            foreach (var o in wrong)
            {
                var q = o.Query;
                var person = byId.TryGetValue(q.PersonId, out var p) ? $"{p.Person.Name.FamilyName}, {p.Person.Name.Forenames}" : "";
                csv.WriteField(q.Id); csv.WriteField(q.Half); csv.WriteField(q.Expected ? "match" : "nomatch"); csv.WriteField(q.Tradition); csv.WriteField(q.Variation);
                csv.WriteField(q.Query.Name); csv.WriteField(q.Query.DateOfBirth?.ToString()); csv.WriteField(q.PersonId); csv.WriteField(person);
                csv.WriteField(o.ExpectedScore?.ToString("0.000", CultureInfo.InvariantCulture)); csv.WriteField(o.TopHit);
                csv.WriteField(o.TopScore?.ToString("0.000", CultureInfo.InvariantCulture)); csv.WriteField(o.Why);
                await csv.NextRecordAsync();
            }

            console.MarkupLine($"{wrong.Count} misses and false hits written to {Markup.Escape(missesFile.FullName)}.");
        }

        if (reportFile is not null)
        {
            await File.WriteAllTextAsync(reportFile.FullName, markdown.ToString(), ct);
        }

        if (curveFile is not null)
        {
            await File.WriteAllTextAsync(curveFile.FullName, Curve(folder, index, queries, threshold, nameOnlyNegatives), ct);
            console.MarkupLine($"Trade-off of the name-only bar written to {Markup.Escape(curveFile.FullName)}.");
        }

        return 0;
    }

    // The trade-off of the name-only bar: every candidate's score is recomputed with another weight for an unknown date of
    // birth (a name-only query's candidates, and a query's candidates without a date on file), the other weights unchanged.
    private static string Curve(DirectoryInfo folder, ScreeningIndex<string> index, List<EvalQuery> queries, double threshold, bool nameOnlyNegatives)
    {
        var perQuery = FitScreeningCommand.Collect(index, queries);
        var unknown = index.Model.Weights.Date[nameof(DateEvidence.Unknown)];
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Trade-off of the name-only bar on {folder.Name} ({queries.Count(q => q.Expected)} positives, {queries.Count(q => q.Query.DateOfBirth is null && q.Expected)} of them without a date of birth; {queries.Count(q => !q.Expected)} negatives{(nameOnlyNegatives ? " asked by name alone" : "")}), threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}; the model's weight for an unknown date is {ScoreModelWeights.Format(unknown)}.");
        md.AppendLine();
        md.AppendLine("| date Unknown weight | a name alone must score | recall, all | recall, no date of birth | false hits /1,000 |");
        md.AppendLine("|---|---|---|---|---|");
        for (var u = 0.0; u >= -0.1001; u -= 0.01)
        {
            var delta = u - unknown;
            double Score(LabelledEvidence c) => index.Model.Score(c.Evidence) + (c.Evidence.Date == DateEvidence.Unknown ? delta : 0);
            var positives = perQuery.Where(q => q.Query.Expected).ToList();
            var noDate = positives.Where(q => q.Query.Query.DateOfBirth is null).ToList();
            var negatives = perQuery.Where(q => !q.Query.Expected).ToList();
            double Found(List<FitScreeningCommand.QueryCandidates> qs) => qs.Count == 0 ? 0 : qs.Count(q => q.Candidates.Any(c => c.IsPerson && Score(c) >= threshold)) / (double)qs.Count;
            var falseHits = negatives.Count == 0 ? 0 : 1000.0 * negatives.Count(q => q.Candidates.Any(c => Score(c) >= threshold)) / negatives.Count;
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {ScoreModelWeights.Format(u)} | ≥ {threshold - u:0.00} | {Found(positives):0.000} | {Found(noDate):0.000} | {falseHits:0} |"));
        }

        return md.ToString();
    }

    private static void Table(IAnsiConsole console, StringBuilder markdown, string title, List<Outcome> outcomes, Func<Outcome, string> key)
    {
        var table = new Table().Title(title).AddColumns("group", "dev positives", "dev recall", "held-out positives", "held-out recall",
            "dev negatives", "dev false hits /1,000", "held-out negatives", "held-out false hits /1,000");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        markdown.AppendLine();
        markdown.AppendLine("| group | dev positives | dev recall | held-out positives | held-out recall | dev negatives | dev false hits /1,000 | held-out negatives | held-out false hits /1,000 |");
        markdown.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var group in outcomes.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string[] cells = [group.Key, .. Cells(group, "dev"), .. Cells(group, "heldout")];
            string[] ordered = [cells[0], cells[1], cells[2], cells[5], cells[6], cells[3], cells[4], cells[7], cells[8]];
            table.AddRow([.. ordered.Select(Markup.Escape)]);
            markdown.AppendLine("| " + string.Join(" | ", ordered) + " |");
        }

        markdown.AppendLine();
        console.Write(table);
    }

    private static IEnumerable<string> Cells(IEnumerable<Outcome> group, string half)
    {
        var inHalf = group.Where(o => o.Query.Half == half).ToList();
        var positives = inHalf.Where(o => o.Query.Expected).ToList();
        var negatives = inHalf.Where(o => !o.Query.Expected).ToList();
        yield return positives.Count.ToString(CultureInfo.InvariantCulture);
        yield return positives.Count == 0 ? "-" : (positives.Count(o => o.Correct) / (double)positives.Count).ToString("0.000", CultureInfo.InvariantCulture);
        yield return negatives.Count.ToString(CultureInfo.InvariantCulture);
        yield return negatives.Count == 0 ? "-" : (1000.0 * negatives.Count(o => !o.Correct) / negatives.Count).ToString("0", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a set and indexes every person in it (payload: the person's id).</summary>
    /// <param name="folder">The set's folder.</param>
    internal static (List<EvalPerson> Persons, List<EvalQuery> Queries, ScreeningIndex<string> Index) Load(DirectoryInfo folder, ScoreModel? model = null)
    {
        var persons = Read(Path.Combine(folder.FullName, "persons.csv"), ReadPerson);
        var halves = Read(Path.Combine(folder.FullName, "split.csv"), r => (Id: r.GetField("query_id")!, Half: r.GetField("half")!)).ToDictionary(x => x.Id, x => x.Half, StringComparer.Ordinal);
        var queries = Read(Path.Combine(folder.FullName, "queries.csv"), r => ReadQuery(r, halves));
        var index = new ScreeningIndex<string>(NameNormaliser.Default) { Model = model ?? ScoreModel.Default };
        foreach (var p in persons)
        {
            var id = new Guid(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(p.Id)).AsSpan(0, 16));
            index.Upsert(id, p.Person, p.Id);
        }

        return (persons, queries, index);
    }

    private static List<T> Read<T>(string path, Func<CsvReader, T> row)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(row(csv));
        }

        return rows;
    }

    private static EvalPerson ReadPerson(CsvReader r)
    {
        static string? Text(CsvReader r, string field) => string.IsNullOrWhiteSpace(r.GetField(field)) ? null : r.GetField(field)!.Trim();
        var dob = PartialDate.TryParse(Text(r, "date_of_birth"), out var date) ? date : null;
        var family = Text(r, "original_script_family");
        var forenames = Text(r, "original_script_forenames");
        var original = family is null && forenames is null ? null : new PersonName(family, forenames);
        var nationality = Text(r, "nationality");
        var person = new Person(new PersonName(Text(r, "family_name"), Text(r, "forenames")), original, [], Text(r, "sex") ?? "U", dob, null, null,
            nationality is null ? [] : [nationality], [], null, []);
        return new EvalPerson(r.GetField("person_id")!, r.GetField("tradition")!, person);
    }

    private static EvalQuery ReadQuery(CsvReader r, Dictionary<string, string> halves)
    {
        static string? Text(CsvReader r, string field) => string.IsNullOrWhiteSpace(r.GetField(field)) ? null : r.GetField(field)!.Trim();
        var dob = PartialDate.TryParse(Text(r, "date_of_birth"), out var date) ? date : null;
        var id = r.GetField("query_id")!;
        return new EvalQuery(id, r.GetField("person_id")!, r.GetField("expected") == "match", r.GetField("tradition")!, r.GetField("variation")!,
            new ScreeningQuery(r.GetField("name")!, dob, Text(r, "sex")?.ToUpperInvariant(), Text(r, "nationality")?.ToUpperInvariant()),
            halves.TryGetValue(id, out var half) ? half : "unsplit");
    }
}
