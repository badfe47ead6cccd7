using System.Security.Cryptography;
using System.Text;

namespace FairNotice.Web.Platform;

/// <summary>Where the key that encrypts stored documents at rest lives (section "Documents"). Never in the database.</summary>
internal sealed class DocumentKeyOptions
{
    /// <summary>The key itself, base64 of 32 bytes (e.g. from a secret store through <c>Documents__Key</c>); wins over the file.</summary>
    public string? Key { get; set; }

    /// <summary>A file holding the key as base64 (owner-only). Default: <c>documents.key</c> in the audit keys' folder.</summary>
    public string? KeyFile { get; set; }
}

/// <summary>
/// Files sealed at rest with AES-256-GCM under a key outside the database (issue #18 item 4, ASVS 14.2.4): a copy of the
/// database or a backup shows neither the identity documents nor the statements. Equal files are still found without
/// opening them: each carries a keyed digest (HMAC-SHA256) of its plaintext, which says nothing of its content to whoever
/// lacks the key (an unkeyed SHA-256 would let a copy of the database confirm a guessed document).
/// </summary>
/// <remarks>Format: <c>"FNS1"</c>, a 12-byte random nonce, the ciphertext, the 16-byte tag. The associated data is the
/// keyed digest, so a sealed blob cannot be swapped to another attachment with another content. The encryption and MAC
/// keys are derived from the one master key with HKDF-SHA256 under distinct labels.</remarks>
internal sealed class SealedFiles
{
    public const string KeyFileName = "documents.key";
    private static readonly byte[] Magic = "FNS1"u8.ToArray();
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryption;
    private readonly byte[] _mac;

    public SealedFiles(byte[] masterKey)
    {
        if (masterKey.Length < 32)
        {
            throw new ArgumentException("The documents key must be at least 32 bytes.", nameof(masterKey));
        }

        _encryption = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "FairNotice documents encryption v1"u8.ToArray());
        _mac = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "FairNotice documents digest v1"u8.ToArray());
    }

    /// <summary>The keyed digest of a file's plaintext (64 lower-case hex digits): equal files, equal digests.</summary>
    public string Digest(ReadOnlySpan<byte> plaintext) => Convert.ToHexStringLower(HMACSHA256.HashData(_mac, plaintext));

    public static bool IsSealed(ReadOnlySpan<byte> stored) => stored.Length >= Magic.Length + NonceSize + TagSize && stored.StartsWith(Magic);

    public byte[] Seal(ReadOnlySpan<byte> plaintext, string digest)
    {
        var sealedBytes = new byte[Magic.Length + NonceSize + plaintext.Length + TagSize];
        Magic.CopyTo(sealedBytes, 0);
        var nonce = sealedBytes.AsSpan(Magic.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryption, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(Magic.Length + NonceSize, plaintext.Length),
            sealedBytes.AsSpan(Magic.Length + NonceSize + plaintext.Length, TagSize), Encoding.ASCII.GetBytes(digest));
        return sealedBytes;
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the blob was altered, belongs to another
    /// digest or was sealed under another key.</summary>
    public byte[] Open(ReadOnlySpan<byte> stored, string digest)
    {
        if (!IsSealed(stored))
        {
            throw new CryptographicException("Not a sealed document.");
        }

        var length = stored.Length - Magic.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(_encryption, TagSize);
        aes.Decrypt(stored.Slice(Magic.Length, NonceSize), stored.Slice(Magic.Length + NonceSize, length), stored.Slice(stored.Length - TagSize, TagSize),
            plaintext, Encoding.ASCII.GetBytes(digest));
        return plaintext;
    }
}

/// <summary>Loads the documents key once; see <see cref="DocumentKeyOptions"/>.</summary>
internal static class DocumentKeyFiles
{
    public static IServiceCollection AddDocumentKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env) =>
        services.AddSingleton(_ => Load(
            configuration.GetSection("Documents").Get<DocumentKeyOptions>() ?? new DocumentKeyOptions(),
            configuration.GetSection("Audit").Get<AuditOptions>() ?? new AuditOptions(),
            Database.Read(configuration),
            configuration.GetValue<bool>("Demo:Enabled"), env));

    /// <summary>Reads the key; in demo mode and outside Production a missing key file is generated (owner-only), in
    /// Production the start is refused without one.</summary>
    public static SealedFiles Load(DocumentKeyOptions o, AuditOptions audit, DatabaseOptions db, bool demo, IHostEnvironment env)
    {
        if (o.Key is { Length: > 0 } text)
        {
            return new SealedFiles(FromBase64(text, "Documents:Key"));
        }

        var root = env.ContentRootPath;
        var dir = audit.Directory is { Length: > 0 } d ? Path.Combine(root, d) : demo ? AuditKeyFiles.DemoDirectory(db, root) : null;
        var file = o.KeyFile is { Length: > 0 } f ? Path.Combine(root, f) : dir is null ? null : Path.Combine(dir, SealedFiles.KeyFileName);
        if (file is null)
        {
            throw new StartupRefusedException("FairNotice cannot start: stored documents need their encryption key outside the database; set "
                + "Documents:KeyFile (or Documents:Key, or Audit:Directory holding documents.key). Create one with: head -c 32 /dev/urandom | base64 > documents.key; chmod 600 documents.key");
        }

        if (!File.Exists(file))
        {
            if (env.IsProduction() && !demo)
            {
                throw new StartupRefusedException($"FairNotice cannot start: the documents encryption key {file} does not exist (README \"Keys and secrets\").");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(file, Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
        }

        return new SealedFiles(FromBase64(File.ReadAllText(file), file));
    }

    private static byte[] FromBase64(string text, string where)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length >= 32 ? key : throw new StartupRefusedException($"FairNotice cannot start: the documents key ({where}) is shorter than 32 bytes.");
        }
        catch (FormatException)
        {
            throw new StartupRefusedException($"FairNotice cannot start: the documents key ({where}) is not base64.");
        }
    }
}
