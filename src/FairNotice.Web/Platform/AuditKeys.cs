using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using FairNotice.Domain.Audit;

namespace FairNotice.Web.Platform;

/// <summary>Where the audit trail's keys and signed heads live (section "Audit"). Never inside the database.</summary>
internal sealed class AuditOptions
{
    /// <summary>Folder holding chain.key, head-signing.pem and heads/ unless the settings below name other places.
    /// Demo mode generates the keys there (default: beside the SQLite file); elsewhere they must exist.</summary>
    public string? Directory { get; set; }

    /// <summary>The HMAC chain key itself, base64 (e.g. from a secret store through Audit__ChainKey); wins over the file.</summary>
    public string? ChainKey { get; set; }

    public string? ChainKeyFile { get; set; }

    /// <summary>To rotate the chain key: the key in force until now (base64), with the new one as ChainKey/ChainKeyFile. At the
    /// next start the server writes a rotation entry under this key and keys every later entry with the new one. Remove it
    /// once the rotation is in the trail (keep the file offline: verify needs it for the older entries).</summary>
    public string? PreviousChainKey { get; set; }

    public string? PreviousChainKeyFile { get; set; }

    /// <summary>The Ed25519 private key (PKCS#8 PEM) that signs heads.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>Where signed heads are written; ship this folder to another system.</summary>
    public string? HeadsDirectory { get; set; }

    [Range(1, 1440)]
    public int HeadIntervalMinutes { get; set; } = 10;
}

/// <summary>The loaded keys and the heads folder. The secrets never leave this object except to hash and sign.</summary>
internal sealed record AuditKeyring(ChainKey Chain, HeadSigningKey Signing, string HeadsDirectory)
{
    /// <summary>Every chain key this server holds: the one in force and, during a rotation, the one it retires.</summary>
    public IReadOnlyList<ChainKey> ChainKeys => Chain.Retires is { } r ? [Chain, r] : [Chain];

    public HeadPublicKey PublicKey => Signing.PublicKey;
}

internal static class AuditKeyFiles
{
    public const string ChainKeyName = "chain.key";
    public const string SigningKeyName = "head-signing.pem";
    public const string PublicKeyName = "head-signing.pub.pem";
    public const string HeadsName = "heads";

    public static IServiceCollection AddAuditKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<AuditOptions>().BindConfiguration("Audit").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => Load(
            configuration.GetSection("Audit").Get<AuditOptions>() ?? new AuditOptions(),
            Database.Read(configuration),
            configuration.GetValue<bool>("Demo:Enabled"), env.ContentRootPath));
        services.AddSingleton(sp => sp.GetRequiredService<AuditKeyring>().Chain);
        services.AddOptions<AuditSealingOptions>().BindConfiguration("Audit").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AuditSealing>();
        return services;
    }

    /// <summary>The folder demo mode generates keys in: beside the SQLite file, or under the content root for PostgreSQL.</summary>
    public static string DemoDirectory(DatabaseOptions db, string contentRoot)
    {
        if (db.Provider == "Postgres")
        {
            var name = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString).Database ?? "postgres";
            return Path.Combine(contentRoot, $"audit-{name}");
        }

        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        return Path.Combine(contentRoot, file) + "-audit";
    }

    public static AuditKeyring Load(AuditOptions o, DatabaseOptions db, bool demo, string contentRoot)
    {
        var dir = o.Directory is { Length: > 0 } d ? Path.Combine(contentRoot, d) : demo ? DemoDirectory(db, contentRoot) : null;
        var chainFile = o.ChainKeyFile is { Length: > 0 } c ? Path.Combine(contentRoot, c) : dir is null ? null : Path.Combine(dir, ChainKeyName);
        var signingFile = o.SigningKeyFile is { Length: > 0 } s ? Path.Combine(contentRoot, s) : dir is null ? null : Path.Combine(dir, SigningKeyName);
        var heads = o.HeadsDirectory is { Length: > 0 } h ? Path.Combine(contentRoot, h) : dir is null ? null : Path.Combine(dir, HeadsName);
        if ((o.ChainKey is not { Length: > 0 } && chainFile is null) || signingFile is null || heads is null)
        {
            throw new InvalidOperationException("The audit trail needs its keys outside demo mode: set Audit:Directory (or Audit:ChainKeyFile, "
                + "Audit:SigningKeyFile and Audit:HeadsDirectory); create the keys with `fairnotice audit keygen --out <folder>`.");
        }

        if (demo && o.ChainKey is not { Length: > 0 } && !File.Exists(chainFile) && !File.Exists(signingFile))
        {
            Generate(Path.GetDirectoryName(chainFile)!, Path.GetDirectoryName(signingFile)!);
        }

        var chain = o.ChainKey is { Length: > 0 } text ? ChainKey.FromText(text) : File.Exists(chainFile) ? ChainKey.FromText(File.ReadAllText(chainFile!)) : null;
        var signing = File.Exists(signingFile) ? HeadSigningKey.FromPem(File.ReadAllText(signingFile)) : null;
        if (chain is null)
        {
            throw new InvalidOperationException($"The audit chain key is missing or not base64 of at least {ChainKey.MinimumLength} bytes (Audit:ChainKey or {chainFile}).");
        }

        if (signing is null)
        {
            throw new InvalidOperationException($"The audit head signing key is missing or not an Ed25519 PKCS#8 PEM ({signingFile}).");
        }

        var previousFile = o.PreviousChainKeyFile is { Length: > 0 } pf ? Path.Combine(contentRoot, pf) : null;
        if (o.PreviousChainKey is { Length: > 0 } || previousFile is not null)
        {
            var previous = o.PreviousChainKey is { Length: > 0 } pt ? ChainKey.FromText(pt) : File.Exists(previousFile) ? ChainKey.FromText(File.ReadAllText(previousFile!)) : null;
            chain = chain.Replacing(previous ?? throw new InvalidOperationException(
                $"The previous audit chain key is missing or not base64 of at least {ChainKey.MinimumLength} bytes (Audit:PreviousChainKey or {previousFile})."));
        }

        System.IO.Directory.CreateDirectory(heads);
        return new AuditKeyring(chain, signing, heads);
    }

    /// <summary>Writes a fresh chain key, signing key and public key, and the key that seals stored documents
    /// (<see cref="SealedFiles"/>), owner-only permissions on the secrets.</summary>
    public static void Generate(string directory, string? signingDirectory = null)
    {
        System.IO.Directory.CreateDirectory(directory);
        signingDirectory ??= directory;
        System.IO.Directory.CreateDirectory(signingDirectory);
        var signing = HeadSigningKey.FromSeed(RandomNumberGenerator.GetBytes(32));
        WriteSecret(Path.Combine(directory, ChainKeyName), new ChainKey(RandomNumberGenerator.GetBytes(32)).ToText());
        WriteSecret(Path.Combine(signingDirectory, SigningKeyName), signing.ToPem() + "\n");
        File.WriteAllText(Path.Combine(signingDirectory, PublicKeyName), signing.PublicKey.ToPem() + "\n");
        // Kept if present: demo mode may have created it first, and an existing documents key must never be replaced.
        if (!File.Exists(Path.Combine(directory, SealedFiles.KeyFileName)))
        {
            WriteSecret(Path.Combine(directory, SealedFiles.KeyFileName), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
        }
    }

    private static void WriteSecret(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(content);
    }
}
