using System.Text.Json.Nodes;
using FairNotice.Cli.Elections;
using FairNotice.Domain.Elections;
using FairNotice.Fuzz;

namespace FairNotice.Cli.Tests.Fuzz;

/// <summary>Issue #12 item 5: <c>fairnotice election verify</c> over mutated election records (wrong types, nulls, huge
/// numbers, deep nesting, long strings, invalid UTF-8, damaged hex) answers exit code 0, 2 or 3 and never throws.</summary>
public sealed class ElectionRecordFuzzTests : IDisposable
{
    // A small but complete record (two guardians, two voters, two candidates): every check of the verifier runs, quickly.
    private static readonly Lazy<JsonNode> Seed = new(() =>
    {
        const string id = "fuzz-2026";
        var rules = ElectionRules.Default;
        var guardians = KeyCeremony.Run(["Guardian A", "Guardian B"], 2, ElectionVerifier.CeremonyContext(id));
        var manifest = new RoundManifest(id, "Fuzz", "president/ballot-1", Post.President, null, 1, [new("a", "Ana", "BR"), new("b", "Ben", "KE")], 1,
            [new VoterEntry("FR", true), new VoterEntry("DE", true), new VoterEntry("XS", false)], 2, 2, rules.Version);
        // Every delegation signs with its credential from the authority (issue #17).
        var (credentials, secrets) = CredentialAuthority.Generate(id, manifest.Voters.Select(v => v.Member));
        manifest = manifest.WithCredentials(credentials);
        var round = new BallotRound(manifest, [.. guardians.Select(g => g.Public)]);
        round.Cast(BallotEncryptor.Encrypt(manifest, round.JointKey, "FR", "a", credential: secrets.Single(x => x.Member == "FR")));
        round.Cast(BallotEncryptor.Encrypt(manifest, round.JointKey, "DE", null, credential: secrets.Single(x => x.Member == "DE")));
        round.Close();
        var record = new ElectionRecord(id, "Fuzz", rules.Version, [round.Tally(guardians, rules)]);
        return JsonNode.Parse(record.ToJson())!;
    });

    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-election-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public Task ElectionVerify_MutatedRecord_AnswersAnExitCode() => FuzzRun.RunAsync("cli.election-verify", JsonFuzz.From(Seed.Value), 100, async body =>
    {
        var file = new FileInfo(Path.Combine(_dir, "record.json"));
        await File.WriteAllBytesAsync(file.FullName, body.Bytes);
        using var console = new StringWriter();
        var code = await ElectionCommands.VerifyAsync(file, console, CancellationToken.None);
        return code is ElectionCommands.Valid or ElectionCommands.Invalid or ElectionCommands.Unreadable ? null : $"exit code {code}";
    }, body => body.How + " | " + body.Text, fullCap: 5_000);

    [Fact]
    public Task ElectionRecord_Mutated_ParsesOrRefusesAndVerifies() => FuzzRun.Run("domain.election-record", JsonFuzz.From(Seed.Value), 200, body =>
    {
        ElectionRecord record;
        try
        {
            record = ElectionRecord.Parse(System.Text.Encoding.UTF8.GetString(body.Bytes));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
        {
            return null;
        }

        _ = ElectionVerifier.Verify(record, ElectionRules.Default);
        return null;
    }, body => body.How + " | " + body.Text);
}
