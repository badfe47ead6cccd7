using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Platform;
using Npgsql;

namespace FairNotice.Web.Tests.Platform;

/// <summary>PostgreSQL with two accounts: the owner migrates, a serving role gets data rights only (ASVS 13.2.2).</summary>
public sealed class RuntimeRoleFixture : AppFixture
{
    private readonly string _name = $"fn_test_{Guid.NewGuid():N}";
    private readonly string _role = $"fn_rt_{Guid.NewGuid():N}"[..30];
    private string _admin = "";

    public override string Provider => "Postgres";

    public string OwnerConnectionString { get; private set; } = "";

    protected override async Task CreateDatabaseAsync()
    {
        _admin = Environment.GetEnvironmentVariable("FAIRNOTICE_TEST_PG")
            ?? throw new InvalidOperationException("FAIRNOTICE_TEST_PG is not set: run ./test.sh, which starts a throwaway PostgreSQL 15.");
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        foreach (var sql in new[] { $"CREATE DATABASE {_name}", $"CREATE ROLE {_role} LOGIN PASSWORD 'runtime-only-{_role}'" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }

        OwnerConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Username = _role, Password = $"runtime-only-{_role}" }.ConnectionString;
        Settings["Database:MigrationConnectionString"] = OwnerConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", $"DROP ROLE IF EXISTS {_role}" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

public sealed class PostgresLeastPrivilegeTests(RuntimeRoleFixture app) : IClassFixture<RuntimeRoleFixture>
{
    private static async Task<PostgresException> RefusedAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task ServingRole_WritesThroughTheApp_ButCannotRewriteTheAuditTrailOrTheSchema()
    {
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        var before = await CountAsync(app.ConnectionString, "SELECT count(*) FROM \"AuditEntries\"");

        var created = await fr.PostAsJsonAsync("/api/notices", Requests.RedNotice("LEASTPRIV"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(await CountAsync(app.ConnectionString, "SELECT count(*) FROM \"AuditEntries\"") > before);
        foreach (var sql in new[]
        {
            "DELETE FROM \"AuditEntries\"",
            "UPDATE \"AuditEntries\" SET \"Outcome\" = 'ok'",
            "TRUNCATE \"AuditEntries\"",
            "DELETE FROM \"__EFMigrationsHistory\"",
            "CREATE TABLE fn_intruder (i int)",
            "DROP TABLE \"AuditEntries\"",
        })
        {
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await RefusedAsync(app.ConnectionString, sql)).SqlState);
        }

        // The owner still can: the split is of accounts, not a lock on the data.
        Assert.True(await CountAsync(app.OwnerConnectionString, "SELECT count(*) FROM \"AuditEntries\"") > 0);
    }
}

/// <summary>ASVS 12.3.1: in Production a PostgreSQL link over the network must be verified TLS (the start refuses otherwise).</summary>
public sealed class DatabaseTransportTests
{
    [Theory]
    [InlineData("Host=db.internal;Database=fn;Username=app", "Prefer")]
    [InlineData("Host=db.internal;Database=fn;Username=app;SSL Mode=Require", "Require")]
    [InlineData("Host=db.internal;Database=fn;Username=app;SSL Mode=VerifyCA", "VerifyCA")]
    [InlineData("Host=10.0.0.5,db.internal;Database=fn;Username=app;SSL Mode=Disable", "Disable")]
    public void OverTheNetworkWithoutVerifyFull_Named(string connectionString, string mode)
    {
        var problem = Database.UnverifiedTransport(new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString });

        Assert.NotNull(problem);
        Assert.Contains("Database:ConnectionString", problem, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=" + mode, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db.internal;Database=fn;Username=app;SSL Mode=VerifyFull")]
    [InlineData("Host=/var/run/postgresql;Database=fn;Username=app")]
    [InlineData("Host=127.0.0.1;Port=5432;Database=fn;Username=app")]
    [InlineData("Host=localhost;Database=fn;Username=app")]
    public void LocalOrVerified_Accepted(string connectionString) =>
        Assert.Null(Database.UnverifiedTransport(new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString }));

    [Fact]
    public void MigrationAccountOverThePlainNetwork_Named()
    {
        var problem = Database.UnverifiedTransport(new DatabaseOptions
        {
            Provider = "Postgres",
            ConnectionString = "Host=/var/run/postgresql;Database=fn;Username=app",
            MigrationConnectionString = "Host=db.internal;Database=fn;Username=owner",
        });

        Assert.Contains("Database:MigrationConnectionString", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_NotConcerned() =>
        Assert.Null(Database.UnverifiedTransport(new DatabaseOptions { Provider = "Sqlite", ConnectionString = "Data Source=x.db" }));
}
