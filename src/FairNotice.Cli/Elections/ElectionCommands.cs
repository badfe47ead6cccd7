using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using FairNotice.Domain.Elections;
using Spectre.Console;

namespace FairNotice.Cli.Elections;

/// <summary>`fairnotice election verify` (re-checks a published record alone) and `fairnotice election simulate`.</summary>
internal static class ElectionCommands
{
    public const int Valid = 0;
    public const int Invalid = 2;
    public const int Unreadable = 3;

    public static Command Command(TextWriter output)
    {
        var record = new Argument<FileInfo>("record") { Description = "The published election record (JSON)" };
        var verify = new Command("verify", "Re-check every proof, the tally, the decisions and the board chain from the record alone; exit 0 when valid, 2 when not.") { record };
        verify.SetAction((parse, ct) => VerifyAsync(parse.GetValue(record)!, output, ct));

        var outFile = new Option<FileInfo>("--out", "-o") { Description = "Where to write the record", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated votes", DefaultValueFactory = _ => 2026 };
        var simulate = new Command("simulate", "Run a simulated 196-member election (President over successive ballots, one Delegate) and write its record.") { outFile, seed };
        simulate.SetAction((parse, ct) => SimulateAsync(parse.GetValue(outFile)!, parse.GetValue(seed), output, ct));
        return new Command("election", "Executive Committee elections.") { verify, simulate };
    }

    public static async Task<int> VerifyAsync(FileInfo file, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        ElectionRecord record;
        try
        {
            record = ElectionRecord.Parse(await File.ReadAllTextAsync(file.FullName, ct));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or FormatException)
        {
            console.MarkupLine($"[red]Cannot read the record:[/] {Markup.Escape(e.Message)}");
            return Unreadable;
        }

        var watch = Stopwatch.StartNew();
        IReadOnlyList<VerificationCheck> checks = [];
        await console.Status().StartAsync($"Verifying {record.Rounds.Count} round(s), {record.Rounds.Sum(r => r.Board.Count):N0} ballots…", _ =>
        {
            checks = ElectionVerifier.Verify(record, ElectionRules.Default);
            return Task.CompletedTask;
        });
        watch.Stop();

        var table = new Table().AddColumns("round", "check", "result", "detail");
        foreach (var c in checks)
        {
            table.AddRow(Markup.Escape(c.Round), Markup.Escape(c.Check), c.Passed ? "[green]pass[/]" : "[red bold]FAIL[/]", Markup.Escape(c.Detail.Length > 160 ? c.Detail[..160] + "…" : c.Detail));
        }

        console.Write(table);
        foreach (var r in record.Rounds)
        {
            console.MarkupLine($"{Markup.Escape(r.Manifest.ContestId)}: {string.Join(", ", r.Tally.Select(t => $"{Markup.Escape(t.CandidateId)} {t.Votes}"))}, blank {r.Blank} → " +
                (r.Decision.Elected is { } e ? $"[green]{Markup.Escape(e)} elected[/]" : "further ballot"));
        }

        var failed = checks.Count(c => !c.Passed);
        console.MarkupLine(failed == 0
            ? $"[green bold]Record valid[/]: {checks.Count} checks passed in {watch.Elapsed.TotalSeconds:0.0} s."
            : $"[red bold]RECORD INVALID[/]: {failed} of {checks.Count} checks failed.");
        return failed == 0 ? Valid : Invalid;
    }

    public static async Task<int> SimulateAsync(FileInfo file, int seed, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        ElectionRecord? record = null;
        await console.Progress().StartAsync(progress =>
        {
            var task = progress.AddTask("Simulating ballot rounds (196 members)", maxValue: 8);
            record = ElectionSimulator.Simulate($"simulated-{seed}", seed, _ => task.Increment(1));
            task.Value = task.MaxValue;
            return Task.CompletedTask;
        });
        await File.WriteAllTextAsync(file.FullName, record!.ToJson(), ct);
        console.MarkupLine($"Wrote {record.Rounds.Count} round(s) to {Markup.Escape(file.FullName)}. Check it with: fairnotice election verify {Markup.Escape(file.Name)}");
        return Valid;
    }
}
