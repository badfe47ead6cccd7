using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FairNotice.Web.Platform;

internal sealed class DatabaseOptions
{
    [Required, AllowedValues("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "Data Source=fairnotice.db";

    /// <summary>PostgreSQL only: the schema owner's connection. When set, migrations run with it, and the account of
    /// <see cref="ConnectionString"/> (the one that serves requests) is granted data rights only — no DDL, and on the audit
    /// trail only SELECT and INSERT (ASVS 13.2.2; README "Database accounts").</summary>
    public string? MigrationConnectionString { get; set; }

    /// <summary>Migrate at every start (the default). Set false when migrations run as a separate step
    /// (<c>FairNotice.Web migrate</c>) so that the serving process never holds the schema owner's credential (ASVS 13.2.2):
    /// the server then only checks that the schema is current, and refuses to start if it is not.</summary>
    public bool MigrateAtStart { get; set; } = true;

    /// <summary>Accept a PostgreSQL connection over the network without a verified TLS link in Production (ASVS 12.3.1): only
    /// for a network the operator controls end to end, and said so at every start.</summary>
    public bool AllowUnverifiedConnection { get; set; }
}

internal static class Database
{
    /// <summary>Registers the one database. Features add their own EF interceptors as <c>IInterceptor</c> services; every
    /// context picks them all up, so Platform names no feature.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database").PostConfigure<IConfiguration>(ApplyStandardKey).ValidateDataAnnotations().ValidateOnStart();
        var options = Read(configuration);
        if (options.Provider == "Postgres")
        {
            services.AddDbContext<AppDbContext, PostgresDbContext>((sp, o) => o.UseNpgsql(options.ConnectionString)
                .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        }
        else
        {
            var cs = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString);
            if (!Path.IsPathRooted(cs.DataSource) && cs.DataSource != ":memory:")
            {
                cs.DataSource = Path.Combine(env.ContentRootPath, cs.DataSource);
            }

            services.AddDbContext<AppDbContext, SqliteDbContext>((sp, o) => o.UseSqlite(cs.ToString())
                .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()).AddInterceptors(new SqliteSecureDelete()));
        }

        return services;
    }

    /// <summary>The <c>Database</c> section, with the standard <c>ConnectionStrings:Default</c> applied (<see cref="ApplyStandardKey"/>).</summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        ApplyStandardKey(options, configuration);
        return options;
    }

    /// <summary>The standard key <c>ConnectionStrings:Default</c> (environment <c>ConnectionStrings__Default</c>, what hosting
    /// platforms and container recipes set) is accepted beside <c>Database:ConnectionString</c>. When both are set,
    /// <c>Database:ConnectionString</c> wins: it is FairNotice's own, more specific key. The provider is still
    /// <c>Database:Provider</c> (Sqlite unless set): a connection string is never guessed to be PostgreSQL's.</summary>
    internal static void ApplyStandardKey(DatabaseOptions options, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["Database:ConnectionString"]) && configuration.GetConnectionString("Default") is { Length: > 0 } standard)
        {
            options.ConnectionString = standard;
        }
    }

    /// <summary>At start: the link and credential checks, then the migrations — or, with
    /// <see cref="DatabaseOptions.MigrateAtStart"/> off, only the check that the schema is current.</summary>
    public static async Task MigrateAsync(this WebApplication app)
    {
        var options = CheckLink(app);
        if (options.MigrateAtStart)
        {
            if (app.Environment.IsProduction() && !string.IsNullOrWhiteSpace(options.MigrationConnectionString))
            {
                app.Logger.LogWarning("The serving process holds the schema owner's connection (Database:MigrationConnectionString). Run `FairNotice.Web migrate` "
                    + "as a separate step and start the server with Database:MigrateAtStart=false and without that setting (README \"Database accounts\").");
            }

            await ApplyMigrationsAsync(app, options);
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            throw new StartupRefusedException($"FairNotice cannot start: the database schema is not current ({pending.Count} migration(s) pending) and "
                + "Database:MigrateAtStart is false; run `FairNotice.Web migrate` with Database:MigrationConnectionString first (README \"Database accounts\").");
        }
    }

    /// <summary>True when the first word that is not a setting (<c>--key value</c>, <c>--key=value</c>) is <c>migrate</c>.</summary>
    public static bool IsMigrateCommand(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-'))
            {
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
                continue;
            }

            return args[i] == "migrate";
        }

        return false;
    }

    /// <summary><c>FairNotice.Web migrate</c>: applies the migrations with the owner's connection and grants the serving
    /// account its rights, then exits (0 done, 1 refused or failed, one line on stderr). Run it at each upgrade, before the
    /// server starts; only this step needs Database:MigrationConnectionString.</summary>
    public static async Task<int> RunMigrateCommandAsync(WebApplication app, TextWriter output, TextWriter error)
    {
        try
        {
            var options = CheckLink(app);
            await ApplyMigrationsAsync(app, options);
            await output.WriteLineAsync("Database migrated" + (options.Provider == "Postgres" && !string.IsNullOrWhiteSpace(options.MigrationConnectionString)
                ? "; the serving account's rights were granted. Start the server with Database:MigrateAtStart=false and without Database:MigrationConnectionString."
                : "."));
            return 0;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync(StartupFaults.Describe(ex));
            return StartupFaults.ExitCode;
        }
    }

    // Production refuses an unverified network link (ASVS 12.3.1) and a known default password (13.2.3).
    private static DatabaseOptions CheckLink(WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (app.Environment.IsProduction() && UnverifiedTransport(options) is { } problem)
        {
            if (!options.AllowUnverifiedConnection)
            {
                throw new StartupRefusedException("FairNotice cannot start: " + problem
                    + "; use a local socket or SSL Mode=VerifyFull (README \"Database accounts\"), or set Database:AllowUnverifiedConnection=true to accept the risk.");
            }

            app.Logger.LogWarning("Database:AllowUnverifiedConnection is set: {Problem}.", problem);
        }

        if (app.Environment.IsProduction() && DefaultPassword(options) is { } weak)
        {
            throw new StartupRefusedException("FairNotice cannot start: " + weak
                + "; give the database account a strong unique password, or better none: a client certificate or peer authentication (README \"Database accounts\").");
        }

        return options;
    }

    // Passwords found in default installations, tutorials and container images; compared case-insensitively.
    private static readonly HashSet<string> DefaultPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "postgres", "postgresql", "password", "passw0rd", "admin", "administrator", "root", "secret", "changeme", "change_me", "123456", "12345678",
        "fairnotice", "fairnotice-demo-2026", "test", "default", "pass", "letmein", "qwerty",
    };

    /// <summary>Which connection string carries an empty or well-known default password (or the user name as password), or
    /// null. No password at all is fine: certificate or peer authentication (ASVS 13.2.1).</summary>
    internal static string? DefaultPassword(DatabaseOptions options)
    {
        foreach (var (name, cs) in PostgresConnections(options))
        {
            if (cs.Password is { } password && (DefaultPasswords.Contains(password.Trim()) || string.Equals(password, cs.Username, StringComparison.OrdinalIgnoreCase)))
            {
                return $"{name} uses an empty or well-known default database password";
            }
        }

        return null;
    }

    private static async Task ApplyMigrationsAsync(WebApplication app, DatabaseOptions options)
    {
        if (options.Provider == "Postgres" && !string.IsNullOrWhiteSpace(options.MigrationConnectionString))
        {
            await using var owner = new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(options.MigrationConnectionString).Options);
            await owner.Database.MigrateAsync();
            await GrantRuntimeRightsAsync(owner, new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString).Username);
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
    }

    /// <summary>Why a PostgreSQL connection string would send data over the network without a verified TLS link, or null:
    /// a Unix socket or the loopback address stays on the host; anything else needs SSL Mode=VerifyFull, since Npgsql's
    /// default (Prefer) silently falls back to plain text and VerifyCA does not check the host name.</summary>
    internal static string? UnverifiedTransport(DatabaseOptions options)
    {
        foreach (var (name, cs) in PostgresConnections(options))
        {
            var hosts = (cs.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var local = hosts.Length > 0 && hosts.All(h => h.StartsWith('/') || h is "localhost" or "127.0.0.1" or "::1" or "[::1]");
            if (!local && cs.SslMode != Npgsql.SslMode.VerifyFull)
            {
                return $"{name} reaches PostgreSQL over the network with SSL Mode={cs.SslMode}, which does not verify the server";
            }
        }

        return null;
    }

    // The PostgreSQL connection strings that are set, each with the setting that names it (none for SQLite).
    private static IEnumerable<(string Name, Npgsql.NpgsqlConnectionStringBuilder Builder)> PostgresConnections(DatabaseOptions options)
    {
        if (options.Provider != "Postgres")
        {
            yield break;
        }

        foreach (var (name, value) in new[] { ("Database:ConnectionString", options.ConnectionString), ("Database:MigrationConnectionString", options.MigrationConnectionString) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return (name, new Npgsql.NpgsqlConnectionStringBuilder(value));
            }
        }
    }

    /// <summary>The serving account may read and write the data but not the schema, and may only add to the audit trail:
    /// deleting or rewriting audit entries needs the owner's account (tampering is then also detected, ADR 0013).</summary>
    private static async Task GrantRuntimeRightsAsync(PostgresDbContext owner, string? runtime)
    {
        // A role name cannot be a SQL parameter; it is checked to be a plain identifier and quoted.
        if (runtime is null || runtime.Length > 63 || !runtime.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(runtime[0]))
        {
            throw new InvalidOperationException("Database:ConnectionString must name a plain role (letters, digits, underscores) when Database:MigrationConnectionString is set.");
        }

        var role = "\"" + runtime + "\"";
        string[] statements =
        [
            "GRANT USAGE ON SCHEMA public TO " + role,
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role,
            "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + role,
            "REVOKE UPDATE, DELETE, TRUNCATE ON \"AuditEntries\" FROM " + role,
            "REVOKE UPDATE, DELETE, TRUNCATE ON \"AuditCheckpoints\" FROM " + role,
            // Pending entries (ADR 0033) are deleted by the sealer as it chains them, never rewritten.
            "REVOKE UPDATE, TRUNCATE ON \"AuditPending\" FROM " + role,
            "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \"__EFMigrationsHistory\" FROM " + role,
        ];
        foreach (var sql in statements)
        {
#pragma warning disable EF1002 // the only interpolated part is the role name, validated above
            await owner.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
        }
    }
}

// Design-time factories: `dotnet ef migrations add X --context SqliteDbContext|PostgresDbContext`.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
