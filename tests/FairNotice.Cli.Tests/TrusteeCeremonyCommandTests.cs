using System.Text.Json;
using FairNotice.Domain.Elections;

namespace FairNotice.Cli.Tests;

public sealed class TrusteeCeremonyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-trustees-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<int> Run(params string[] args) => await CliApp.RunAsync(args, new StringWriter());

    [Fact]
    public async Task FiveTrustees_EachOnTheirOwnFolder_EndWithSecretsThatDecryptTogether()
    {
        var publics = Path.Combine(_dir, "publics");
        var outbox = Path.Combine(_dir, "outbox");
        Directory.CreateDirectory(publics);
        for (var i = 1; i <= 5; i++)
        {
            var home = Path.Combine(_dir, $"trustee-{i}");
            Assert.Equal(0, await Run("election", "trustee", "start", "--election", "cli-dist", "--index", $"{i}", "--quorum", "3", "--out-dir", home));
            File.Copy(Path.Combine(home, $"guardian-{i}.public.json"), Path.Combine(publics, $"guardian-{i}.public.json"));
        }

        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(0, await Run("election", "trustee", "shares", "--private", Path.Combine(_dir, $"trustee-{i}", $"guardian-{i}.private.json"), "--publics", publics, "--out-dir", outbox));
        }

        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(0, await Run("election", "trustee", "finish", "--private", Path.Combine(_dir, $"trustee-{i}", $"guardian-{i}.private.json"), "--publics", publics,
                "--shares", outbox, "--out", Path.Combine(_dir, $"trustee-{i}", "secret.json")));
        }

        var bundle = Path.Combine(_dir, "guardians.public.json");
        Assert.Equal(0, await Run("election", "trustee", "bundle", "--publics", publics, "--out", bundle));
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var records = JsonSerializer.Deserialize<List<GuardianRecord>>(await File.ReadAllTextAsync(bundle), options)!;
        var secrets = new[] { 2, 4, 5 }.Select(i => JsonSerializer.Deserialize<GuardianSecret>(File.ReadAllText(Path.Combine(_dir, $"trustee-{i}", "secret.json")), options)!).ToList();
        var ct = Ciphertext.Encrypt(1, KeyCeremony.JointKey(records), Group.RandomScalar());
        var shares = secrets.Select(s => s.Decrypt(Group.Point(ct.Alpha), records, "ctx")).ToList();
        Assert.Equal(1, KeyCeremony.Combine(Group.Point(ct.Beta), shares, 5));
    }

    [Fact]
    public async Task Finish_WithATamperedShareFile_Exits2()
    {
        var publics = Path.Combine(_dir, "publics");
        var outbox = Path.Combine(_dir, "outbox");
        Directory.CreateDirectory(publics);
        for (var i = 1; i <= 2; i++)
        {
            await Run("election", "trustee", "start", "--election", "cli-dist", "--index", $"{i}", "--quorum", "2", "--out-dir", Path.Combine(_dir, $"t{i}"));
            File.Copy(Path.Combine(_dir, $"t{i}", $"guardian-{i}.public.json"), Path.Combine(publics, $"guardian-{i}.public.json"));
        }

        await Run("election", "trustee", "shares", "--private", Path.Combine(_dir, "t2", "guardian-2.private.json"), "--publics", publics, "--out-dir", outbox);
        var file = Path.Combine(outbox, "share-2-to-1.json");
        var text = await File.ReadAllTextAsync(file);
        var tag = JsonDocument.Parse(text).RootElement.GetProperty("tag").GetString()!;
        await File.WriteAllTextAsync(file, text.Replace(tag, new string('0', tag.Length), StringComparison.Ordinal));
        using var console = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["election", "trustee", "finish", "--private", Path.Combine(_dir, "t1", "guardian-1.private.json"), "--publics", publics,
            "--shares", outbox, "--out", Path.Combine(_dir, "secret.json")], console));
        Assert.Contains("guardian 2", console.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "secret.json")));
    }
}
