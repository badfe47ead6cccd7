using System.Net;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using FairNotice.Web.Tests.Platform;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Behind a TLS-terminating proxy the request is https (HSTS sent); session and antiforgery cookies are Secure and
/// <c>__Host-</c> outside Development.</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class ProxyAndCookieTests(SecureHostFixture fixture)
{
    private AppFixture App => fixture.App;

    private HttpClient From(string client)
    {
        // Not "localhost": HSTS is never sent to it.
        var http = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://notices.example.org") });
        http.DefaultRequestHeaders.Add(SimulatedClientAddress.Header, client);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return http;
    }

    [Fact]
    public async Task ForwardedProto_FromTheTrustedProxy_RequestIsHttpsAndHstsIsSent()
    {
        using var proxied = From(SecureHostFixture.Proxy);

        var r = await proxied.GetAsync("/Account/Login");

        // The sign-in form needs https for its Secure antiforgery cookie: it renders only because the request is seen as https.
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True(r.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedProto_FromAnyoneElse_Ignored()
    {
        using var direct = From("10.1.2.3");

        var r = await direct.GetAsync("/api/members");

        Assert.False(r.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>A page over plain http where cookies must be Secure: antiforgery refused to render its form and the page
    /// answered 500 (attack of 2026-11-28). Without Site:PublicBaseUrl (this host) it is a 400 saying https; the API is unchanged.</summary>
    [Fact]
    public async Task PlainHttpPage_OutsideDevelopment_400NotA500_ApiUnchanged()
    {
        using var direct = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://notices.example.org") });
        direct.DefaultRequestHeaders.Add(SimulatedClientAddress.Header, "10.1.2.4");

        var page = await direct.GetAsync("/Account/Login");
        var post = await direct.PostAsync("/Redress", new FormUrlEncodedContent(new Dictionary<string, string> { ["familyName"] = "X" }));
        var api = await direct.GetAsync("/api/members");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("https only", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, api.StatusCode);
    }

    [Theory]
    [InlineData(false, "GET", "/Account/Login", "?ReturnUrl=%2FNotices", "https://notices.example.org/", 308, "https://notices.example.org/Account/Login?ReturnUrl=%2FNotices")]
    [InlineData(false, "HEAD", "/", "", "https://notices.example.org", 308, "https://notices.example.org/")]
    [InlineData(false, "POST", "/Account/Login", "", "https://notices.example.org", 400, null)]
    [InlineData(false, "GET", "/Account/Login", "", "http://notices.example.org", 400, null)]
    [InlineData(false, "GET", "/Account/Login", "", null, 400, null)]
    [InlineData(true, "GET", "/Account/Login", "", null, null, null)]
    [InlineData(false, "GET", "/api/notices", "", "https://notices.example.org", null, null)]
    [InlineData(false, "GET", "/notices/v1/red", "", "https://notices.example.org", null, null)]
    [InlineData(false, "GET", "/health/ready", "", "https://notices.example.org", null, null)]
    [InlineData(false, "GET", "/metrics", "", "https://notices.example.org", null, null)]
    public void PlainHttpPage_Answer_RedirectsGetsToTheHttpsPublicBase_NeverTheHost(bool https, string method, string path, string query, string? site, int? status, string? location)
    {
        var answer = HttpsPages.Answer(https, method, new PathString(path), new QueryString(query.Length == 0 ? null : query), site);

        Assert.Equal(status, answer.Status);
        Assert.Equal(location, answer.Location);
    }

    [Fact]
    public async Task Cookies_OutsideDevelopment_SecureWithHostPrefix()
    {
        using var client = CookieSession.Client(App);

        var (_, setCookie) = await CookieSession.SignInAsync(client, "ncb.gb@demo.fairnotice");
        var form = await client.GetAsync("/Account/Login");

        var session = Assert.Single(setCookie, c => c.StartsWith("__Host-fairnotice=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", session + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fairnotice.af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }
}
