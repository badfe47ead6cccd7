using System.Net;
using FairNotice.Web.Features.Members;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FairNotice.Web.Tests;

/// <summary>ASVS 13.2.2: migrations run as their own step with the owner's account; the serving process starts with the
/// serving account alone and never sees the owner's credential.</summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private readonly string _name = $"fn_test_{Guid.NewGuid():N}";
    private readonly string _role = $"fn_rt_{Guid.NewGuid():N}"[..30];
    private readonly string _password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));
    private string _admin = "";

    private string Owner => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    private string Serving => new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Username = _role, Password = _password }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("FAIRNOTICE_TEST_PG")
            ?? throw new InvalidOperationException("FAIRNOTICE_TEST_PG is not set: run ./test.sh, which starts a throwaway PostgreSQL 15.");
        await ExecuteAsync(_admin, $"CREATE DATABASE {_name}", $"CREATE ROLE {_role} LOGIN PASSWORD '{_password}'");
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", $"DROP ROLE IF EXISTS {_role}");
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Migrate_ThenServeWithoutTheOwnersCredential_ServesAndCannotChangeTheSchema()
    {
        // Before the step: a server that may not migrate refuses an out-of-date schema in one line.
        var (refusedExit, _, refusedError) = await Hardening.StartupFaultTests.RunServerAsync(
            "--Database:Provider", "Postgres", "--Database:ConnectionString", Serving, "--Database:MigrateAtStart", "false");
        Assert.Equal(1, refusedExit);
        Assert.Contains("migrate", Assert.Single(refusedError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        var (exit, output, error) = await Hardening.StartupFaultTests.RunServerAsync(
            "--Database:Provider", "Postgres", "--Database:ConnectionString", Serving, "--Database:MigrationConnectionString", Owner, "migrate");
        Assert.True(exit == 0, error);
        Assert.Contains("Database migrated", output, StringComparison.Ordinal);

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("Database:ConnectionString", Serving);
            b.UseSetting("Database:MigrateAtStart", "false");
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("Audit:Directory", TestAuditKeys.NewDirectory());
        });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Null(factory.Services.GetRequiredService<IConfiguration>()["Database:MigrationConnectionString"]);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(196, await db.Members.CountAsync());
        var ddl = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("CREATE TABLE fn_intruder (i int)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, ddl.SqlState);
    }
}

/// <summary>ASVS 13.2.3: no default database credential in Production.</summary>
public sealed class DefaultDatabasePasswordTests
{
    [Theory]
    [InlineData("Host=/run/postgresql;Database=fn;Username=app;Password=postgres")]
    [InlineData("Host=/run/postgresql;Database=fn;Username=app;Password=ChangeMe")]
    [InlineData("Host=/run/postgresql;Database=fn;Username=fairnotice;Password=fairnotice")]
    [InlineData("Host=/run/postgresql;Database=fn;Username=app;Password=app")]
    public void DefaultPassword_KnownOrUserName_Named(string connectionString)
    {
        var problem = Database.DefaultPassword(new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString });

        Assert.NotNull(problem);
        Assert.Contains("Database:ConnectionString", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=/run/postgresql;Database=fn;Username=app")]
    [InlineData("Host=db;Database=fn;Username=app;SSL Mode=VerifyFull;SSL Certificate=/etc/fn/app.crt;SSL Key=/etc/fn/app.key")]
    [InlineData("Host=/run/postgresql;Database=fn;Username=app;Password=u8Hq-3vT_a9ZkPw1")]
    public void DefaultPassword_NoneOrStrong_Accepted(string connectionString) =>
        Assert.Null(Database.DefaultPassword(new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString }));

    [Fact]
    public void DefaultPassword_OwnerAccount_Named() =>
        Assert.Contains("Database:MigrationConnectionString", Database.DefaultPassword(new DatabaseOptions
        {
            Provider = "Postgres", ConnectionString = "Host=/run/postgresql;Username=app", MigrationConnectionString = "Host=/run/postgresql;Username=owner;Password=postgres",
        }), StringComparison.Ordinal);

    [Fact]
    public async Task Start_ProductionWithDefaultDatabasePassword_RefusesBeforeConnecting()
    {
        var (exit, _, stderr) = await Hardening.StartupFaultTests.RunServerAsync(
            "--Database:Provider", "Postgres", "--Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=fn;Username=app;Password=postgres");

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("default database password", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", line, StringComparison.Ordinal);
    }
}

/// <summary>ASVS 13.3.1: secrets from files in systemd's credentials folder (or a container's secrets folder), one per setting.</summary>
public sealed class CredentialFileTests
{
    [Fact]
    public void AddCredentialFiles_FilePerSetting_ReadAsSettingsAndWinOverEarlierSources()
    {
        var dir = Directory.CreateTempSubdirectory("fn-credentials-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Database__ConnectionString"), "Host=/run/postgresql;Username=fairnotice_app\n");
            File.WriteAllText(Path.Combine(dir, "Documents__Key"), "a2V5\n");
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = "from appsettings" })
                .AddCredentialFiles(name => name == "CREDENTIALS_DIRECTORY" ? dir : null)
                .Build();

            Assert.Equal("Host=/run/postgresql;Username=fairnotice_app", configuration["Database:ConnectionString"]);
            Assert.Equal("a2V5", configuration["Documents:Key"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AddCredentialFiles_NamedFolderMissing_FailsRatherThanRunningWithoutSecrets() =>
        Assert.ThrowsAny<Exception>(() => new ConfigurationBuilder()
            .AddCredentialFiles(name => name == "FAIRNOTICE_CREDENTIALS_DIRECTORY" ? "/nonexistent/fn-credentials" : null).Build());
}
