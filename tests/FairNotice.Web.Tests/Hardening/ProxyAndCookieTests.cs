using System.Net;
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
