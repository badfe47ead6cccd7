using System.Diagnostics;
using System.Globalization;
using System.Text;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using Spectre.Console;

namespace FairNotice.Bench;

/// <summary>Issue #6's benchmark: encrypt and prove a ballot, verify a ballot, tally and verify a 196-member round, on one core.</summary>
internal static class ElectionBench
{
    public static async Task RunAsync(string outDir)
    {
        var rules = ElectionRules.Default;
        var roll = MemberCatalogue.All.Select(m => new VoterEntry(m.Iso2, true)).ToList();
        var guardians = KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, ElectionVerifier.CeremonyContext("bench"));
        CandidateEntry[] candidates = [new("a", "A", "BR"), new("b", "B", "JP"), new("c", "C", "KE")];
        var (credentials, secrets) = CredentialAuthority.Generate("bench", roll.Select(v => v.Member));
        var secretOf = secrets.ToDictionary(s => s.Member, StringComparer.Ordinal);
        var manifest = new RoundManifest("bench", "bench", "president/ballot-1", Post.President, null, 1, candidates, 1, roll, 5, 3, rules.Version).WithCredentials(credentials);
        var round = new BallotRound(manifest, [.. guardians.Select(g => g.Public)]);
        var random = new Random(6);
        AnsiConsole.MarkupLine($"Encrypting and proving {roll.Count} ballots ({candidates.Length} candidates, one selection each), one core…");

        var encrypt = new List<double>();
        var ballots = new List<EncryptedBallot>();
        foreach (var v in roll)
        {
            var choice = random.Next(4) switch { 0 => null, var i => candidates[i - 1].Id };
            var t = Stopwatch.GetTimestamp();
            ballots.Add(BallotEncryptor.Encrypt(manifest, round.JointKey, v.Member, choice, credential: secretOf[v.Member]));
            encrypt.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        var cast = new List<double>();
        foreach (var b in ballots)
        {
            var t = Stopwatch.GetTimestamp();
            if (!round.Cast(b).IsOk)
            {
                throw new InvalidOperationException("A benchmark ballot was refused.");
            }

            cast.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        round.Close();
        var tally = Stopwatch.StartNew();
        var record = round.Tally([guardians[0], guardians[2], guardians[4]], rules);
        tally.Stop();
        var verify = Stopwatch.StartNew();
        var checks = ElectionVerifier.Verify(new ElectionRecord("bench", "bench", rules.Version, [record]), rules);
        verify.Stop();
        if (checks.Any(c => !c.Passed))
        {
            throw new InvalidOperationException("The benchmark record does not verify.");
        }

        encrypt.Sort();
        cast.Sort();
        string Ms(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        (string What, string Value)[] rows =
        {
            ("encrypt + prove + sign one ballot (mean / p99)", $"{Ms(encrypt.Average())} / {Ms(encrypt[(int)(encrypt.Count * 0.99)])} ms"),
            ("check one ballot before the board: proofs and signature (mean / p99)", $"{Ms(cast.Average())} / {Ms(cast[(int)(cast.Count * 0.99)])} ms"),
            ($"tally a {roll.Count}-member round (3 of 5 guardians, with proofs)", $"{tally.Elapsed.TotalSeconds:0.00} s"),
            ($"verify the whole {roll.Count}-member round from its record", $"{verify.Elapsed.TotalSeconds:0.00} s (target < 10 s)"),
            ("record size", $"{Encoding.UTF8.GetByteCount(new ElectionRecord("bench", "bench", rules.Version, [record]).ToJson()) / 1024:N0} KiB"),
        };
        // Issue #17: the verification budgets on the machine's cores, every ballot signed.
        var budgets = ElectionRecordBench.Run(m => AnsiConsole.MarkupLine(Markup.Escape(m)));
        rows = [.. rows, .. budgets.Select(b => ($"{b.What}: {b.Rounds} round(s), {b.Ballots:N0} ballots, {b.RecordKiB:N0} KiB record",
            $"{b.Verify.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores (target {b.Target}: {(b.Met ? "met" : "MISSED")})"))];
        var table = new Table().AddColumns("measure", "result");
        foreach (var (what, value) in rows)
        {
            table.AddRow(what, value);
        }

        AnsiConsole.Write(table);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Election benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine(CultureInfo.InvariantCulture, $"\nP-256 (BouncyCastle), {roll.Count} members, {candidates.Length} candidates, k = 3 of n = 5 guardians; every ballot signed (ECDSA P-256, .NET/OpenSSL). Per-ballot rows on one core; the verification budgets (issue #17) on all {Environment.ProcessorCount} cores of the machine.\n");
        md.AppendLine("| measure | result |\n|---|---|");
        foreach (var (what, value) in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {value} |");
        }

        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, $"elections-{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
        await File.WriteAllTextAsync(file, md.ToString());
        await File.WriteAllTextAsync(Path.Combine(outDir, "elections-latest.md"), md.ToString());
        AnsiConsole.MarkupLine($"Results written to {file}");
    }
}
