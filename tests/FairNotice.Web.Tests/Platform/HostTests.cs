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

    /// <summary>POST /api/redress reads its form itself, so nothing described its body (h-sec3): the document must give every
    /// field the handler reads, the three files with their limit, what is required, and the problem answers.</summary>
    [Fact]
    public async Task OpenApi_RedressFiling_DescribesTheMultipartBodyAndItsProblems()
    {
        using var client = app.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        var operation = doc.GetProperty("paths").GetProperty("/api/redress").GetProperty("post");

        var body = operation.GetProperty("requestBody");
        Assert.True(body.GetProperty("required").GetBoolean());
        var content = Assert.Single(body.GetProperty("content").EnumerateObject());
        Assert.Equal("multipart/form-data", content.Name);
        var schema = content.Value.GetProperty("schema");
        Assert.Equal("object", schema.GetProperty("type").GetString());
        var properties = schema.GetProperty("properties");
        string[] fields = ["type", "language", "familyName", "forenames", "dateOfBirth", "nationality", "contactEmail", "statement", "byRepresentative",
            "representativeName", "previousNumber", "newFact", "newFactDiscovered", "identityDocument", "signedStatement", "powerOfAttorney"];
        Assert.Equal(fields.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "contactEmail", "familyName", "forenames", "identityDocument", "language", "signedStatement", "statement", "type" },
            schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Access", "CorrectionDeletion", "Revision" }, properties.GetProperty("type").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(20, properties.GetProperty("statement").GetProperty("minLength").GetInt32());
        Assert.Equal(20000, properties.GetProperty("statement").GetProperty("maxLength").GetInt32());
        Assert.Equal(200, properties.GetProperty("familyName").GetProperty("maxLength").GetInt32());
        foreach (var file in new[] { "identityDocument", "signedStatement", "powerOfAttorney" })
        {
            Assert.Equal("binary", properties.GetProperty(file).GetProperty("format").GetString());
            Assert.Equal(5 * 1024 * 1024, properties.GetProperty(file).GetProperty("x-maxBytes").GetInt64());
            Assert.Contains("5 MiB", properties.GetProperty(file).GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Contains("image/png", content.Value.GetProperty("encoding").GetProperty(file).GetProperty("contentType").GetString(), StringComparison.Ordinal);
        }

        var responses = operation.GetProperty("responses");
        Assert.EndsWith("/RedressReceipt", responses.GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString(),
            StringComparison.Ordinal);
        foreach (var status in new[] { "400", "413", "415", "422", "429", "503" })
        {
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        Assert.False(responses.TryGetProperty("404", out _));
    }

    /// <summary>The photo upload reads the raw image itself: Accepts&lt;byte[]&gt; described it as base64 text (format byte).</summary>
    [Theory]
    [InlineData("/api/notices/{id}/photos")]
    [InlineData("/api/diffusions/{id}/photos")]
    public async Task OpenApi_PhotoUpload_BodyIsTheImageBytes_NotBase64(string path)
    {
        using var client = app.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        var content = doc.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content");

        foreach (var type in new[] { "image/jpeg", "image/png" })
        {
            var schema = content.GetProperty(type).GetProperty("schema");
            Assert.Equal("string", schema.GetProperty("type").GetString());
            Assert.Equal("binary", schema.GetProperty("format").GetString());
        }
    }

    /// <summary>The batch reads its CSV body itself: text/csv was described with the JSON object's schema, and the X-Purpose
    /// header and explain query only the CSV form reads were missing.</summary>
    [Fact]
    public async Task OpenApi_ScreeningBatch_CsvBodyIsText_WithItsHeaderAndQuery()
    {
        using var client = app.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        var operation = doc.GetProperty("paths").GetProperty("/api/screening/batch").GetProperty("post");

        var content = operation.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.GetProperty("application/json").GetProperty("schema").TryGetProperty("$ref", out _));
        var csv = content.GetProperty("text/csv").GetProperty("schema");
        Assert.Equal("string", csv.GetProperty("type").GetString());
        Assert.False(csv.TryGetProperty("$ref", out _));
        var parameters = operation.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())).ToList();
        Assert.Contains(("X-Purpose", "header"), parameters);
        Assert.Contains(("explain", "query"), parameters);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteHostTests(SqliteFixture app) : HostTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresHostTests(PostgresFixture app) : HostTests(app);
