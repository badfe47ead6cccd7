using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>
/// ASVS 5.0 11.1.2: the cryptographic inventory in docs/security.md is kept current by this test. Every file under
/// <c>src/</c> that uses a cryptographic API must be named in the inventory's "Code" column, in a row that names the
/// algorithm; every file the inventory names must still exist; MD5 is never used and SHA-1 only for TOTP (RFC 6238).
/// </summary>
public sealed partial class CryptoInventoryTests
{
    // What a use looks like in the code → the name the inventory row must give it.
    private static readonly (Regex Use, string Named)[] Apis =
    [
        (new(@"\bHMACSHA256\b"), "HMAC-SHA256"),
        (new(@"\bHMACSHA1\b"), "HMAC-SHA1"),
        (new(@"\b(HMACSHA512|SHA512)\b"), "SHA512"),
        (new(@"\bSHA384\b"), "SHA-384"),
        (new(@"\bSHA256\b"), "SHA-256"),
        (new(@"\b(Rfc2898DeriveBytes|Pbkdf2)\b"), "PBKDF2"),
        (new(@"\bAesGcm\b"), "AES-GCM"),
        (new(@"\bAes\b"), "AES"),
        (new(@"\bChaCha20Poly1305\b"), "ChaCha20"),
        (new(@"\bRSA\b"), "RSA"),
        (new(@"\bECDsa\b"), "ECDSA"),
        (new(@"\bECDiffieHellman\b"), "ECDH"),
        (new(@"\bEd25519\w*"), "Ed25519"),
        (new(@"\bHKDF\b"), "HKDF"),
        (new(@"\bRandomNumberGenerator\b"), "RandomNumberGenerator"),
        (new(@"\bSecureRandom\b"), "SecureRandom"),
        (new(@"\b(X509Certificate2|ProtectKeysWithCertificate)\b"), "X.509"),
        (new(@"\b(CreateProtector|IDataProtector|AddDataProtection)\b"), "Data Protection"),
        (new(@"(""P-256""|\bsecp256r1\b|\bSecNamedCurves\b|\bECNamedCurveTable\b|\bp256\b)"), "P-256"),
        (new(@"\bsha256\b"), "SHA-256"),
        (new(@"\bcrypto\.getRandomValues\b"), "getRandomValues"),
        (new(@"\bcrypto\.subtle\b"), "WebCrypto"),
    ];

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FairNotice.slnx not found above the test binaries.");
    }

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(Root(), "src");
        return Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(src, "FairNotice.Web", "wwwroot", "js"), "*.js", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    /// <summary>The inventory's rows: the whole row's text and the file names in its "Code" column.</summary>
    private static List<(string Text, HashSet<string> Files)> Inventory()
    {
        var doc = File.ReadAllText(Path.Combine(Root(), "docs", "security.md"));
        var start = doc.IndexOf("## Cryptographic inventory", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/security.md has no \"Cryptographic inventory\" section.");
        var next = doc.IndexOf("\n## ", start + 10, StringComparison.Ordinal);
        var section = doc[start..(next < 0 ? doc.Length : next)];
        return [.. section.Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal) && !l.StartsWith("| What", StringComparison.Ordinal))
            .Select(l => (l, FileName().Matches(l.Split('|')[^2]).Select(m => m.Value).ToHashSet(StringComparer.Ordinal)))];
    }

    [Fact]
    public void EveryCryptographicApiInTheCode_IsInTheInventory()
    {
        var rows = Inventory();
        var missing = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            foreach (var (use, named) in Apis.Where(a => a.Use.IsMatch(text)))
            {
                if (!rows.Any(r => r.Files.Contains(name) && r.Text.Contains(named, StringComparison.OrdinalIgnoreCase)))
                {
                    missing.Add($"{name} uses {named}: add it to a row of the inventory (Code column) that names {named}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void EveryFileTheInventoryNames_StillExists()
    {
        var existing = SourceFiles().Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var stale = Inventory().SelectMany(r => r.Files).Where(f => !existing.Contains(f)).Distinct().ToList();
        Assert.True(stale.Count == 0, "Named in the inventory but gone: " + string.Join(", ", stale));
    }

    [Fact]
    public void NoMd5_AndSha1OnlyForTotp()
    {
        var offenders = SourceFiles().Where(f => Md5().IsMatch(File.ReadAllText(f))
            || (Sha1().IsMatch(File.ReadAllText(f)) && Path.GetFileName(f) is not ("Totp.cs" or "SecondFactors.cs"))).Select(Path.GetFileName).ToList();
        Assert.True(offenders.Count == 0, string.Join(", ", offenders));
    }

    [Fact]
    public void Check_ANewUseNotInTheInventory_WouldBeFound()
    {
        // The matching itself: a made-up file using AES-GCM is not covered by any row.
        var rows = Inventory();
        Assert.DoesNotContain(rows, r => r.Files.Contains("NewFeatureCipher.cs"));
        Assert.Matches(Apis.Single(a => a.Named == "AES-GCM").Use, "using var aes = new AesGcm(key, 16);");
        Assert.Contains(rows, r => r.Files.Contains("DistributedCeremony.cs") && r.Text.Contains("AES-GCM", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\w.-]+\.(cs|js)\b")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\b(MD5|HMACMD5)\b")]
    private static partial Regex Md5();

    [GeneratedRegex(@"\b(SHA1|HMACSHA1)\b")]
    private static partial Regex Sha1();
}
