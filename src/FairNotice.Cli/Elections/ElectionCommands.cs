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
        var election = new Option<string>("--election") { Description = "The election id", Required = true };
        var guardians = new Option<int>("--guardians", "-n") { Description = "n", DefaultValueFactory = _ => 5 };
        var quorum = new Option<int>("--quorum", "-k") { Description = "k", DefaultValueFactory = _ => 3 };
        var dir = new Option<DirectoryInfo>("--out-dir") { Description = "Where to write guardians.public.json and one guardian-N.secret.json per trustee", Required = true };
        var ceremony = new Command("ceremony", "Key ceremony for k-of-n guardians: writes the public records (upload them) and each trustee's secret share (hand each to its trustee; never upload).")
            { election, guardians, quorum, dir };
        ceremony.SetAction((parse, ct) => CeremonyAsync(parse.GetValue(election)!, parse.GetValue(guardians), parse.GetValue(quorum), parse.GetValue(dir)!, output, ct));

        var secret = new Option<FileInfo>("--secret") { Description = "This trustee's guardian-N.secret.json", Required = true };
        var sums = new Option<FileInfo>("--sums") { Description = "The ballot's encrypted totals (GET /api/elections/{id}/rounds/{n}/sums)", Required = true };
        var sharesOut = new Option<FileInfo>("--out", "-o") { Description = "Where to write the decryption shares (POST them to …/shares)", Required = true };
        var decrypt = new Command("decrypt", "A trustee's decryption shares of a closed ballot's totals, with proofs; only the totals are ever decrypted.") { secret, sums, sharesOut };
        decrypt.SetAction((parse, ct) => DecryptAsync(parse.GetValue(secret)!, parse.GetValue(sums)!, parse.GetValue(sharesOut)!, output, ct));
        return new Command("election", "Executive Committee elections.") { verify, simulate, ceremony, decrypt };
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

    public static async Task<int> CeremonyAsync(string electionId, int n, int k, DirectoryInfo dir, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        if (k < 1 || n < k)
        {
            console.MarkupLine("[red]1 ≤ k ≤ n.[/]");
            return Invalid;
        }

        dir.Create();
        var guardians = KeyCeremony.Run([.. Enumerable.Range(1, n).Select(i => $"Guardian {i}")], k, ElectionVerifier.CeremonyContext(electionId));
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "guardians.public.json"), JsonSerializer.Serialize(guardians.Select(g => g.Public).ToList(), Options), ct);
        foreach (var g in guardians)
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"guardian-{g.Index}.secret.json"), JsonSerializer.Serialize(g.ExportSecret(), Options), ct);
        }

        console.MarkupLine($"Key ceremony for [bold]{Markup.Escape(electionId)}[/]: {k} of {n}. Upload guardians.public.json; give each trustee its guardian-N.secret.json and delete the copies here.");
        return Valid;
    }

    public static async Task<int> DecryptAsync(FileInfo secretFile, FileInfo sumsFile, FileInfo outFile, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        var secret = JsonSerializer.Deserialize<GuardianSecret>(await File.ReadAllTextAsync(secretFile.FullName, ct), Options)!;
        using var sums = JsonDocument.Parse(await File.ReadAllTextAsync(sumsFile.FullName, ct));
        var guardians = JsonSerializer.Deserialize<List<GuardianRecord>>(sums.RootElement.GetProperty("guardians").GetRawText(), Options)!;
        var shares = sums.RootElement.GetProperty("sums").EnumerateArray().Select(line =>
        {
            var sum = JsonSerializer.Deserialize<Ciphertext>(line.GetProperty("sum").GetRawText(), Options)!;
            return secret.Decrypt(Group.Point(sum.Alpha), guardians, line.GetProperty("context").GetString()!);
        }).ToList();
        await File.WriteAllTextAsync(outFile.FullName, JsonSerializer.Serialize(new { guardians = new[] { new { guardian = secret.Index, shares } } }, Options), ct);
        console.MarkupLine($"Guardian {secret.Index}: {shares.Count} decryption share(s) with proofs written to {Markup.Escape(outFile.Name)}.");
        return Valid;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

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
