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
        var credentials = new Option<string?>("--credentials")
        {
            Description = "The credential list hash the credential authority announced, or its credentials.public.json: every round's roll must carry exactly that list",
        };
        var sha256 = new Option<string?>("--sha256") { Description = "The record file's SHA-256 as published with the download: the file must have exactly that hash" };
        var verify = new Command("verify", "Re-check every proof, signature, the tally, the decisions and the board chain from the record alone (no server needed); "
            + "prints each check with the equation or rule it tests; exit 0 when valid, 2 when not, 3 when unreadable.") { record, credentials, sha256 };
        verify.SetAction((parse, ct) => VerifyAsync(parse.GetValue(record)!, output, parse.GetValue(credentials), parse.GetValue(sha256), ct));

        var outFile = new Option<FileInfo>("--out", "-o") { Description = "Where to write the record", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated votes", DefaultValueFactory = _ => 2026 };
        var simulate = new Command("simulate", "Run a simulated 196-member election (President over successive ballots, one Delegate) and write its record.") { outFile, seed };
        simulate.SetAction((parse, ct) => SimulateAsync(parse.GetValue(outFile)!, parse.GetValue(seed), output, ct));
        var election = new Option<string>("--election") { Description = "The election id", Required = true };
        var guardians = new Option<int>("--guardians", "-n") { Description = "n", DefaultValueFactory = _ => 5 };
        var quorum = new Option<int>("--quorum", "-k") { Description = "k", DefaultValueFactory = _ => 3 };
        var dir = new Option<DirectoryInfo>("--out-dir") { Description = "Where to write guardians.public.json and one guardian-N.secret.json per trustee", Required = true };
        var demo = new Option<bool>("--demo")
        {
            Description = "The demo server's ceremony: recompute the guardians of its open rehearsal election from the published demo phrase (their shares are public: demo only)",
        };
        var ceremony = new Command("ceremony", "One-machine key ceremony for tests and demos (that machine sees every share; for a real election use `election trustee`): writes the public records and each trustee's secret share.")
            { election, guardians, quorum, dir, demo };
        ceremony.SetAction((parse, ct) => CeremonyAsync(parse.GetValue(election)!, parse.GetValue(guardians), parse.GetValue(quorum), parse.GetValue(dir)!, output, ct, parse.GetValue(demo)));

        var secret = new Option<FileInfo>("--secret") { Description = "This trustee's guardian-N.secret.json", Required = true };
        var sums = new Option<FileInfo>("--sums") { Description = "The ballot's encrypted totals (GET /api/elections/{id}/rounds/{n}/sums)", Required = true };
        var sharesOut = new Option<FileInfo>("--out", "-o") { Description = "Where to write the decryption shares (POST them to …/shares)", Required = true };
        var decrypt = new Command("decrypt", "A trustee's decryption shares of a closed ballot's totals, with proofs; only the totals are ever decrypted.") { secret, sums, sharesOut };
        decrypt.SetAction((parse, ct) => DecryptAsync(parse.GetValue(secret)!, parse.GetValue(sums)!, parse.GetValue(sharesOut)!, output, ct));
        return new Command("election", "Executive Committee elections.") { verify, simulate, ceremony, decrypt, Trustee(output), ElectionCredentialCommands.Command(output) };
    }

    public static Task<int> VerifyAsync(FileInfo file, TextWriter output, CancellationToken ct) => VerifyAsync(file, output, null, null, ct);

    public static async Task<int> VerifyAsync(FileInfo file, TextWriter output, string? credentials, string? sha256, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        ElectionRecord record;
        string? expectedList;
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            console.MarkupLine($"Record file SHA-256: [bold]{hash}[/]");
            if (sha256 is not null && !string.Equals(sha256.Trim(), hash, StringComparison.OrdinalIgnoreCase))
            {
                console.MarkupLine($"[red bold]RECORD INVALID[/]: the file is not the one published (expected SHA-256 {Markup.Escape(sha256)}).");
                return Invalid;
            }

            record = ElectionRecord.Parse(System.Text.Encoding.UTF8.GetString(bytes));
            expectedList = credentials is null ? null
                : File.Exists(credentials) ? CredentialList.Parse(await File.ReadAllTextAsync(credentials, ct)).Hash()
                : credentials.Trim().ToLowerInvariant();
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
            checks = ElectionVerifier.Verify(record, ElectionRules.Default, expectedList);
            return Task.CompletedTask;
        });
        watch.Stop();

        // One block per check: the verdict, what was tested (the equation or rule) and what was found.
        foreach (var c in checks)
        {
            console.MarkupLine($"{(c.Passed ? "[green]pass[/]" : "[red bold]FAIL[/]")} {Markup.Escape(c.Round)} · [bold]{Markup.Escape(c.Check)}[/]");
            if (c.Rule.Length > 0)
            {
                console.MarkupLine($"     tests: {Markup.Escape(c.Rule)}");
            }

            console.MarkupLine($"     found: {Markup.Escape(c.Detail.Length > 400 ? c.Detail[..400] + "…" : c.Detail)}");
        }

        if (expectedList is null)
        {
            console.MarkupLine("[yellow]Credential list not compared[/]: pass --credentials with the hash the credential authority announced (or its credentials.public.json).");
        }

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

    // The distributed ceremony: each trustee runs start, then shares, then finish on their own machine; only public
    // records and encrypted shares are exchanged.
    private static Command Trustee(TextWriter output)
    {
        var election = new Option<string>("--election") { Description = "The election id", Required = true };
        var index = new Option<int>("--index") { Description = "This trustee's index (1…n)", Required = true };
        var quorum = new Option<int>("--quorum", "-k") { Description = "k", DefaultValueFactory = _ => 3 };
        var name = new Option<string>("--name") { Description = "This trustee's name", DefaultValueFactory = _ => "" };
        var outDir = new Option<DirectoryInfo>("--out-dir") { Description = "Where to write the files", Required = true };
        var start = new Command("start", "Step 1: draw this trustee's polynomial and share key; writes guardian-I.private.json (keep) and guardian-I.public.json (publish).")
            { election, index, quorum, name, outDir };
        start.SetAction(async (parse, ct) =>
        {
            var i = parse.GetValue(index);
            var (priv, pub) = DistributedCeremony.Start(parse.GetValue(election)!, i, parse.GetValue(name) is { Length: > 0 } n ? n : $"Guardian {i}", parse.GetValue(quorum));
            var dir = parse.GetValue(outDir)!;
            dir.Create();
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"guardian-{i}.private.json"), JsonSerializer.Serialize(priv, Options), ct);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"guardian-{i}.public.json"), JsonSerializer.Serialize(pub, Options), ct);
            CliConsole.For(output).MarkupLine($"Guardian {i}: keep guardian-{i}.private.json to yourself; send guardian-{i}.public.json to the other trustees and the election officer.");
            return Valid;
        });

        var priv = new Option<FileInfo>("--private") { Description = "This trustee's guardian-I.private.json", Required = true };
        var publics = new Option<DirectoryInfo>("--publics") { Description = "A folder with every guardian-*.public.json", Required = true };
        var sharesOut = new Option<DirectoryInfo>("--out-dir") { Description = "Where to write share-I-to-L.json (send each to guardian L)", Required = true };
        var shares = new Command("shares", "Step 2: this trustee's share for every other guardian, each encrypted to that guardian's share key.") { priv, publics, sharesOut };
        shares.SetAction(async (parse, ct) =>
        {
            var me = JsonSerializer.Deserialize<TrusteePrivate>(await File.ReadAllTextAsync(parse.GetValue(priv)!.FullName, ct), Options)!;
            var list = DistributedCeremony.SharesFor(me, await PublicsAsync(parse.GetValue(publics)!, ct));
            var dir = parse.GetValue(sharesOut)!;
            dir.Create();
            foreach (var s in list)
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"share-{s.From}-to-{s.To}.json"), JsonSerializer.Serialize(s, Options), ct);
            }

            CliConsole.For(output).MarkupLine($"Guardian {me.Index}: {list.Count} encrypted share(s) written; send share-{me.Index}-to-L.json to guardian L.");
            return Valid;
        });

        var incoming = new Option<DirectoryInfo>("--shares") { Description = "A folder with the share-*-to-I.json this trustee received", Required = true };
        var secretOut = new Option<FileInfo>("--out", "-o") { Description = "Where to write guardian-I.secret.json", Required = true };
        var finish = new Command("finish", "Step 3: decrypt and check the shares received against their senders' commitments; writes this trustee's secret share.")
            { priv, publics, incoming, secretOut };
        finish.SetAction(async (parse, ct) =>
        {
            var console = CliConsole.For(output);
            var me = JsonSerializer.Deserialize<TrusteePrivate>(await File.ReadAllTextAsync(parse.GetValue(priv)!.FullName, ct), Options)!;
            var received = new List<EncryptedShare>();
            foreach (var f in parse.GetValue(incoming)!.GetFiles($"share-*-to-{me.Index}.json"))
            {
                received.Add(JsonSerializer.Deserialize<EncryptedShare>(await File.ReadAllTextAsync(f.FullName, ct), Options)!);
            }

            var result = DistributedCeremony.Finish(me, await PublicsAsync(parse.GetValue(publics)!, ct), received);
            if (!result.IsOk)
            {
                foreach (var line in ((Domain.InvalidError)result.Error!).Fields["shares"])
                {
                    console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
                }

                return Invalid;
            }

            await File.WriteAllTextAsync(parse.GetValue(secretOut)!.FullName, JsonSerializer.Serialize(result.Value, Options), ct);
            console.MarkupLine($"Guardian {me.Index}: every share checked; secret share written. It is what `election decrypt --secret` needs.");
            return Valid;
        });

        var bundleOut = new Option<FileInfo>("--out", "-o") { Description = "guardians.public.json to upload", Required = true };
        var bundle = new Command("bundle", "Collect every guardian-*.public.json into the list POST /api/elections/{id}/guardians takes.") { publics, bundleOut };
        bundle.SetAction(async (parse, ct) =>
        {
            var list = await PublicsAsync(parse.GetValue(publics)!, ct);
            await File.WriteAllTextAsync(parse.GetValue(bundleOut)!.FullName, JsonSerializer.Serialize(list, Options), ct);
            CliConsole.For(output).MarkupLine($"{list.Count} public record(s) bundled.");
            return Valid;
        });
        return new Command("trustee", "The distributed key ceremony, one trustee at a time (start, shares, finish; bundle for the officer).") { start, shares, finish, bundle };
    }

    private static async Task<List<GuardianRecord>> PublicsAsync(DirectoryInfo dir, CancellationToken ct)
    {
        var list = new List<GuardianRecord>();
        foreach (var f in dir.GetFiles("guardian-*.public.json"))
        {
            list.Add(JsonSerializer.Deserialize<GuardianRecord>(await File.ReadAllTextAsync(f.FullName, ct), Options)!);
        }

        return [.. list.OrderBy(g => g.Index)];
    }

    public static async Task<int> CeremonyAsync(string electionId, int n, int k, DirectoryInfo dir, TextWriter output, CancellationToken ct, bool demo = false)
    {
        var console = CliConsole.For(output);
        if (k < 1 || n < k)
        {
            console.MarkupLine("[red]1 ≤ k ≤ n.[/]");
            return Invalid;
        }

        dir.Create();
        var guardians = demo ? KeyCeremony.Demo(electionId, n, k) : KeyCeremony.Run([.. Enumerable.Range(1, n).Select(i => $"Guardian {i}")], k, ElectionVerifier.CeremonyContext(electionId));
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "guardians.public.json"), JsonSerializer.Serialize(guardians.Select(g => g.Public).ToList(), Options), ct);
        foreach (var g in guardians)
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, $"guardian-{g.Index}.secret.json"), JsonSerializer.Serialize(g.ExportSecret(), Options), ct);
        }

        console.MarkupLine(demo
            ? $"Demo guardians of [bold]{Markup.Escape(electionId)}[/] ({k} of {n}), recomputed from the published demo phrase: their shares are public, demo only. Decrypt a closed ballot with `fairnotice election decrypt --secret guardian-N.secret.json`."
            : $"Key ceremony for [bold]{Markup.Escape(electionId)}[/]: {k} of {n}. Upload guardians.public.json; give each trustee its guardian-N.secret.json and delete the copies here.");
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
        await console.WithProgressAsync(progress =>
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
