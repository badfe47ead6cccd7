using System.Net;

namespace FairNotice.Web.Tests.Platform;

/// <summary>The host itself: readiness and the OpenAPI document. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class HostTests(AppFixture app)
{
    [Fact]
    public async Task HealthReady_DatabaseReachable_Returns200Anonymously()
    {
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task HealthCertificate_SiteNotHttps_SaysDegradedAndWhy_ReadinessUnaffected()
    {
        using var client = app.Anonymous();
        var answer = await client.GetAsync("/health/certificate");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var text = await answer.Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded: Site:PublicBaseUrl", text, StringComparison.Ordinal);
        Assert.Contains("not HTTPS", text, StringComparison.Ordinal);
        Assert.Equal("Healthy", await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var client = app.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/notices", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/diffusions/{id}/actions", out _));
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteHostTests(SqliteFixture app) : HostTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresHostTests(PostgresFixture app) : HostTests(app);
