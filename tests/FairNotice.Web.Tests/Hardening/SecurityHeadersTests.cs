using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>The response headers of issue #12 item 4 on a page, the API, an error and a static file; no-store on anything
/// that shows persons; HAL links from the configured base URL whatever Host the client sends.</summary>
public sealed class SecurityHeadersTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Page_CarriesStrictCspAndTheOtherHeaders_AndIsNotCached()
    {
        using var anon = app.Anonymous();
        using var response = await anon.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHardened(response);
        AssertNoStore(response);
    }

    [Fact]
    public async Task Api_PersonalData_CarriesTheHeadersAndNoStore()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var response = await fr.GetAsync("/api/notices?scope=mine", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHardened(response);
        AssertNoStore(response);
    }

    [Fact]
    public async Task ErrorResponses_ProblemAndPage_CarryTheHeaders()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var problem = await fr.GetAsync($"/api/notices/{Guid.NewGuid()}", TestContext.Current.CancellationToken);
        using var anon = app.Anonymous();
        using var page = await anon.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        AssertHardened(problem);
        AssertHardened(page);
    }

    [Fact]
    public async Task StaticFile_CarriesTheHeaders_AndMayBeCached()
    {
        using var anon = app.Anonymous();
        using var css = await anon.GetAsync("/css/site.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        AssertHardened(css);
        Assert.False(css.Headers.CacheControl?.NoStore ?? false);
        Assert.True(css.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHsts()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://fairnotice.test/"), AllowAutoRedirect = false });
        using var response = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicExtract_ForgedHost_LinksUseTheConfiguredBaseUrl()
    {
        using var anon = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/notices/v1/red?resultPerPage=5");
        request.Headers.Host = "attacker.example";
        using var response = await anon.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
        var links = (await response.Json()).GetProperty("_links");
        // No Site:PublicBaseUrl in the test host: the address it listens on (appsettings.json's Urls), not the Host header.
        foreach (var rel in new[] { "self", "first", "last" })
        {
            Assert.StartsWith("http://127.0.0.1:5080/notices/v1/red?", links.GetProperty(rel).GetProperty("href").GetString(), StringComparison.Ordinal);
        }

        AssertNoStore(response);
    }

    private static void AssertHardened(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    private static void AssertNoStore(HttpResponseMessage response) => Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
}
