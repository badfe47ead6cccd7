using System.Net;
using FairNotice.Web.Features.Members;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FairNotice.Web.Tests;

public sealed class PrivatePostgresFixture : IAsyncLifetime
{
    public PrivatePostgres Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await PrivatePostgres.StartAsync();

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>ASVS 13.2.1: both database accounts authenticate without a stored password — a client certificate over
/// verified TLS, or peer authentication over the local socket — and a wrong certificate is refused.</summary>
public sealed class PasswordlessDatabaseTests(PrivatePostgresFixture pg) : IClassFixture<PrivatePostgresFixture>
{
    private static async Task<(string User, bool Ssl)> WhoAmIAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT current_user::text, (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid())", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), !reader.IsDBNull(1) && reader.GetBoolean(1));
    }

    [Theory]
    [InlineData(PrivatePostgres.Serving)]
    [InlineData(PrivatePostgres.Owner)]
    public async Task ClientCertificate_NoPassword_ConnectsAsTheAccountOverTls(string account)
    {
        var cs = pg.Server.CertificateConnection(account, account);
        Assert.Null(new NpgsqlConnectionStringBuilder(cs).Password);

        Assert.Equal((account, true), await WhoAmIAsync(cs));
    }

    [Fact]
    public async Task ClientCertificate_FromAnotherCa_Refused() =>
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => WhoAmIAsync(pg.Server.CertificateConnection(PrivatePostgres.Serving, "rogue")));

    [Fact]
    public async Task ClientCertificate_OfTheOtherAccount_Refused()
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => WhoAmIAsync(pg.Server.CertificateConnection(PrivatePostgres.Serving, PrivatePostgres.Owner)));

        Assert.Equal(PostgresErrorCodes.InvalidAuthorizationSpecification, e.SqlState);
    }

    [Fact]
    public async Task NoCertificate_Refused()
    {
        var cs = new NpgsqlConnectionStringBuilder(pg.Server.CertificateConnection(PrivatePostgres.Serving, PrivatePostgres.Serving)) { SslCertificate = null, SslKey = null };

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => WhoAmIAsync(cs.ConnectionString));
    }

    [Fact]
    public async Task PeerOverTheSocket_TheOsUserConnects_AnotherAccountNameIsRefused()
    {
        Assert.Equal(PrivatePostgres.PeerUser, (await WhoAmIAsync(pg.Server.SocketConnection(PrivatePostgres.PeerUser))).User);

        await Assert.ThrowsAsync<PostgresException>(() => WhoAmIAsync(pg.Server.SocketConnection(PrivatePostgres.Serving)));
    }

    [Fact]
    public async Task Server_BothAccountsByCertificate_MigratesGrantsAndServesInProduction()
    {
        var keys = TestAuditKeys.NewDirectory();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Site:PublicBaseUrl", "https://notices.example.org"); // Production requires it
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("Database:ConnectionString", pg.Server.CertificateConnection(PrivatePostgres.Serving, PrivatePostgres.Serving));
            b.UseSetting("Database:MigrationConnectionString", pg.Server.CertificateConnection(PrivatePostgres.Owner, PrivatePostgres.Owner));
            b.UseSetting("Audit:Directory", keys);
            b.UseSetting("Antivirus:RunWithoutScanner", "true");
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(196, await db.Members.CountAsync());
        var ddl = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("CREATE TABLE fn_intruder (i int)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, ddl.SqlState);
    }
}
