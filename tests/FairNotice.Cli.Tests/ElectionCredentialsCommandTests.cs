using FairNotice.Domain.Elections;

namespace FairNotice.Cli.Tests;

/// <summary>`fairnotice election credentials` (the credential authority) and `election verify --credentials --sha256`.</summary>
public sealed class ElectionCredentialsCommandTests : IDisposable
{
    private static readonly Lazy<string> Record = new(() => ElectionSimulator.Simulate("cli-cred", 11).ToJson());
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-credentials-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Credentials_WritesThePublicListAndOneOwnerOnlySecretPerDelegation_AndPrintsTheListHash()
    {
        using var console = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["election", "credentials", "--election", "ga-2030", "--members", "fr,DE,br", "--out-dir", _dir], console));
        var list = CredentialList.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "credentials.public.json")));
        Assert.Equal(["BR", "DE", "FR"], list.Credentials.Select(c => c.Member));
        Assert.Null(list.Problem("ga-2030"));
        Assert.Contains(list.Hash(), console.ToString(), StringComparison.Ordinal);
        foreach (var c in list.Credentials)
        {
            var json = Path.Combine(_dir, "secret", $"{c.Member}.credential.json");
            var printed = SecretCredential.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "secret", $"{c.Member}.credential.txt")));
            Assert.Equal(SecretCredential.Parse(await File.ReadAllTextAsync(json)), printed);
            Assert.Equal(c.PublicKey, printed.PublicKey);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(json));
            }
        }

        // The public list never carries a secret.
        Assert.DoesNotContain("secret", await File.ReadAllTextAsync(Path.Combine(_dir, "credentials.public.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Credentials_AnUnknownMember_Exits2()
    {
        using var console = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["election", "credentials", "--election", "ga-2030", "--members", "FR,ZZ", "--out-dir", _dir], console));
        Assert.Contains("ZZ is not a member", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithTheAnnouncedListAndTheFilesHash_PassesAndPrintsEachRule_AnotherListOrHashFails()
    {
        var file = Path.Combine(_dir, "record.json");
        await File.WriteAllTextAsync(file, Record.Value);
        var record = ElectionRecord.Parse(Record.Value);
        var announced = record.Rounds[0].Manifest.CredentialListHash!;
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file)));

        using var ok = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["election", "verify", file, "--credentials", announced, "--sha256", sha], ok));
        Assert.Contains("tests: ECDSA (P-256, SHA-256) verify", ok.ToString(), StringComparison.Ordinal);
        Assert.Contains($"every round carries the announced list {announced}", ok.ToString(), StringComparison.Ordinal);

        using var otherList = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["election", "verify", file, "--credentials", new string('1', 64)], otherList));
        Assert.Contains("FAIL", otherList.ToString(), StringComparison.Ordinal);

        using var otherFile = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["election", "verify", file, "--sha256", new string('0', 64)], otherFile));
        Assert.Contains("not the one published", otherFile.ToString(), StringComparison.Ordinal);
    }
}
