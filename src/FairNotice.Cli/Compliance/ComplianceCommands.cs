using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Spectre.Console;

namespace FairNotice.Cli.Compliance;

/// <summary>A fixture: a request, its requester and context, and the outcome a careful reviewer expects.</summary>
internal sealed record ComplianceCase(string Id, string Expected, string Category, string Requester, string? Note, CreateNoticeRequest Request, ComplianceContext? Context);

internal sealed record ComplianceCaseFile(List<ComplianceCase> Cases);

/// <summary>`fairnotice check request.json` and `fairnotice eval compliance folder`.</summary>
internal static class ComplianceCommands
{
    public static Command Check(TextWriter output)
    {
        var file = new Argument<FileInfo>("request") { Description = "A notice request as JSON (the body of POST /api/notices)" };
        var requester = new Option<string>("--requester") { Description = "Requesting member (ISO alpha-2)", DefaultValueFactory = _ => "FR" };
        var command = new Command("check", "Assess a request against the rules without storing anything; exit 0 clear, 1 review, 2 refuse. " +
            "The rules only: no history, and never the protected-status registry (its findings are for the Secretariat, on the server).") { file, requester };
        command.SetAction(async (parse, ct) =>
        {
            var request = JsonSerializer.Deserialize<CreateNoticeRequest>(await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, ct), Json.Options)!;
            // Nobody signs in here, so the command answers as any member would be answered: it never reads the registry
            // (or the history) of a local database, and shows the view without restricted findings.
            var assessment = ComplianceEngine.Default.Assess(request.ToContent(), parse.GetValue(requester)!.ToUpperInvariant(), ComplianceContext.Empty).ForRequester();
            Print(Console(output), assessment);
            return (int)assessment.Recommendation;
        });
        return command;
    }

    public static Command Eval(TextWriter output)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of fixture files (*.json with a \"cases\" array)" };
        var compliance = new Command("compliance", "Run the engine over the fixtures; print the confusion matrix and precision/recall for refuse; exit 0 when the targets are met.") { folder };
        compliance.SetAction(async (parse, ct) => await EvaluateAsync(parse.GetValue(folder)!, output, ct));
        return new Command("eval", "Measure the product against fixture sets.") { compliance };
    }

    public static async Task<int> EvaluateAsync(DirectoryInfo folder, TextWriter output, CancellationToken ct)
    {
        var console = Console(output);
        var cases = new List<ComplianceCase>();
        foreach (var path in Directory.EnumerateFiles(folder.FullName, "*.json").Order(StringComparer.Ordinal))
        {
            cases.AddRange(JsonSerializer.Deserialize<ComplianceCaseFile>(await File.ReadAllTextAsync(path, ct), Json.Options)!.Cases);
        }

        var evaluated = new List<EvaluatedCase>();
        var assessments = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var assessment = ComplianceEngine.Default.Assess(c.Request.ToContent(), c.Requester, c.Context ?? ComplianceContext.Empty);
            assessments[c.Id] = assessment;
            evaluated.Add(new EvaluatedCase(c.Id, c.Category, Enum.Parse<Recommendation>(c.Expected, ignoreCase: true), assessment.Recommendation));
        }

        var report = ComplianceEvaluation.Evaluate(evaluated);
        var matrix = new Table().Title($"{cases.Count} cases — {ComplianceEngine.Default.RuleSetVersion}").AddColumn("expected \\ engine");
        foreach (var r in Enum.GetValues<Recommendation>())
        {
            matrix.AddColumn(r.ToString().ToLowerInvariant());
        }

        foreach (var e in Enum.GetValues<Recommendation>())
        {
            matrix.AddRow([e.ToString().ToLowerInvariant(), .. Enum.GetValues<Recommendation>().Select(a => report.Confusion[(e, a)].ToString(CultureInfo.InvariantCulture))]);
        }

        console.Write(matrix);
        var metrics = new Table().AddColumn("measure").AddColumn("value").AddColumn("target");
        metrics.AddRow("refuse precision", report.RefusePrecision.ToString("0.000", CultureInfo.InvariantCulture), "-");
        metrics.AddRow("refuse recall", report.RefuseRecall.ToString("0.000", CultureInfo.InvariantCulture), "1.000");
        metrics.AddRow("legitimate cases refused", report.LegitimateRefused.ToString(CultureInfo.InvariantCulture), "0");
        metrics.AddRow("legitimate cases sent to review", report.LegitimateToReviewShare.ToString("0.0%", CultureInfo.InvariantCulture), "≤ 10.0%");
        console.Write(metrics);
        foreach (var miss in evaluated.Where(x => x.Expected != x.Actual))
        {
            var a = assessments[miss.Id];
            console.MarkupLine($"[yellow]{Markup.Escape(miss.Id)}[/]: expected {miss.Expected}, engine {miss.Actual}: " +
                Markup.Escape(string.Join("; ", a.Findings.Select(f => $"{f.RuleId} ({f.Severity})"))));
        }

        console.MarkupLine(report.TargetsMet ? "[green]Targets met.[/]" : "[red]Targets NOT met.[/]");
        return report.TargetsMet ? 0 : 1;
    }

    private static IAnsiConsole Console(TextWriter output) => CliConsole.For(output);

    private static void Print(IAnsiConsole console, Assessment a)
    {
        console.MarkupLine($"Recommendation: [bold]{a.Recommendation}[/]   ({Markup.Escape(a.RuleSetVersion)})");
        var table = new Table().AddColumn("rule").AddColumn("severity").AddColumn("citation").AddColumn("explanation").AddColumn("evidence");
        foreach (var f in a.Findings)
        {
            table.AddRow(Markup.Escape(f.RuleId), f.Severity.ToString(), Markup.Escape(f.Citation), Markup.Escape(f.Explanation),
                Markup.Escape(string.Join("; ", f.Evidence.Select(e => e.Phrase is null ? e.Field : $"{e.Field}: \"{e.Phrase}\""))));
        }

        console.Write(table);
    }
}
