using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform;

/// <summary>Where the data-protection key ring lives (section <c>DataProtection</c>).</summary>
internal sealed class KeyRingOptions
{
    /// <summary>The folder of the key ring; default beside the SQLite file (<c>&lt;file&gt;-keys</c>). On PostgreSQL the default is the
    /// database itself (table <c>DataProtectionKeys</c>, shared by every node); a folder named here wins, and then every node
    /// of one deployment must name the same (shared) folder.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>A PKCS#12 (.pfx) certificate with its private key: the keys are encrypted at rest with it.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>The certificate file's password, if any (from a secret store, e.g. <c>DataProtection__CertificatePassword</c>).</summary>
    public string? CertificatePassword { get; set; }
}

/// <summary>
/// The data-protection key ring protects the session cookie, bearer tokens and antiforgery tokens. By default ASP.NET Core
/// keeps it under the service account's home (<c>~/.aspnet</c>), unencrypted on Linux, and names it after the content root,
/// so a redeploy to another folder or a second node would invalidate every session. Here it is kept where the operator says,
/// under one application name, and encrypted with a certificate when one is configured (docs/adr/0016-denied-access-trail.md
/// lists this under "Key ring"; README, operators).
/// </summary>
internal static class KeyRing
{
    public const string ApplicationName = "FairNotice";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        var options = configuration.GetSection("DataProtection").Get<KeyRingOptions>() ?? new KeyRingOptions();
        var database = Database.Read(configuration);
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (database.Provider == "Postgres" && options.KeysDirectory is not { Length: > 0 })
        {
            // In the database every node shares (docs/adr/0032-nodes-on-one-database.md): a cookie or token issued by one
            // node is read by any other. Still encrypted at rest with the certificate below when one is configured.
            services.AddDbContext<Cluster.KeyRingDbContext>(o => o.UseNpgsql(database.ConnectionString));
            builder.PersistKeysToDbContext<Cluster.KeyRingDbContext>();
        }
        else
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(Directory(options, database, env.ContentRootPath)));
        }

        string? fault = null;
        if (options.CertificateFile is { Length: > 0 } file)
        {
            try
            {
                builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(env.ContentRootPath, file), options.CertificatePassword));
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
            {
                // Reported by the start-up validation as one line (StartupFaults), not as a stack trace from here.
                fault = $"DataProtection:CertificateFile could not be loaded as a PKCS#12 certificate with its private key ({e.Message.Split('\n')[0].Trim()}).";
            }
        }
        else if (!env.IsDevelopment() && !configuration.GetValue<bool>("Demo:Enabled"))
        {
            services.AddHostedService<UnencryptedKeyRingWarning>();
        }

        services.AddOptions<KeyRingOptions>().BindConfiguration("DataProtection").Validate(_ => fault is null, fault ?? "").ValidateOnStart();
        return services;
    }

    public static string Directory(KeyRingOptions o, DatabaseOptions db, string contentRoot)
    {
        if (o.KeysDirectory is { Length: > 0 } d)
        {
            return Path.Combine(contentRoot, d);
        }

        if (db.Provider == "Postgres")
        {
            var name = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString).Database ?? "postgres";
            return Path.Combine(contentRoot, $"keys-{name}");
        }

        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
        return Path.Combine(contentRoot, sqlite) + "-keys";
    }
}

/// <summary>One warning at start: the keys are on disk in clear text (file permissions are their only protection).</summary>
internal sealed partial class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Warn(log);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning,
        Message = "The data-protection key ring (sessions, tokens) is stored unencrypted: set DataProtection:CertificateFile to encrypt it at rest.")]
    private static partial void Warn(ILogger logger);
}
