using System.Net;
using System.Net.Http.Json;

namespace FairNotice.Web.Tests.Features.Account;

/// <summary>Signing in with a password (and the second factor) and describing the signed-in account. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class PasswordSignInTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Login_RightPassword_ReturnsBearerToken()
    {
        using var client = app.Anonymous();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "ncb.fr" + Demo, password = AppFixture.Password, twoFactorCode = app.Authenticator.NextCode("ncb.fr" + Demo) });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.Json();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        using var client = app.Anonymous();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "ncb.de" + Demo, password = "wrong-password-123" });
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingThem()
    {
        using var client = app.Anonymous();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Me_WithToken_DescribesTheAccount()
    {
        using var client = await app.As("supervisor.br" + Demo);
        var me = await (await client.GetAsync("/api/me")).Json();
        Assert.Equal("Ncb", me.GetProperty("affiliation").GetString());
        Assert.Equal("BR", me.GetProperty("country").GetString());
        Assert.Equal("NcbSupervisor", me.GetProperty("roles")[0].GetString());
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqlitePasswordSignInTests(SqliteFixture app) : PasswordSignInTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresPasswordSignInTests(PostgresFixture app) : PasswordSignInTests(app);
