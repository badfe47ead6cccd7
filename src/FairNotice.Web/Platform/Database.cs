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
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
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
                .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        }

        return services;
    }

    public static async Task MigrateAsync(this WebApplication app)
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
        if (options.Provider != "Postgres")
        {
            return null;
        }

        foreach (var (name, value) in new[] { ("Database:ConnectionString", options.ConnectionString), ("Database:MigrationConnectionString", options.MigrationConnectionString) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var cs = new Npgsql.NpgsqlConnectionStringBuilder(value);
            var hosts = (cs.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var local = hosts.Length > 0 && hosts.All(h => h.StartsWith('/') || h is "localhost" or "127.0.0.1" or "::1" or "[::1]");
            if (!local && cs.SslMode != Npgsql.SslMode.VerifyFull)
            {
                return $"{name} reaches PostgreSQL over the network with SSL Mode={cs.SslMode}, which does not verify the server";
            }
        }

        return null;
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
