using System.Net;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Unsafe API requests signed in by the cookie must come from this site (ASVS 5.0 3.5.1–3.5.3); bearer calls are not checked.</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class CrossSiteRequestTests(SecureHostFixture fixture)
{
    private const string Demo = "@demo.fairnotice";
    private AppFixture App => fixture.App;

    private static async Task AssertCrossSiteRefusalAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var body = await r.Json();
        Assert.Equal("request.cross_site", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Logout_CookieOnlyWithoutOriginOrToken_403AndTheSessionSurvives()
    {
        using var client = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(client, "ncb.tr" + Demo);

        await AssertCrossSiteRefusalAsync(await CookieSession.SendAsync(client, HttpMethod.Post, "/api/auth/logout", cookies));

        Assert.Equal(HttpStatusCode.OK, (await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", cookies)).StatusCode);
    }

    [Fact]
    public async Task Proclaim_CookieFromAnotherSite_403BeforeTheHandler()
    {
        using var client = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(client, "elections" + Demo);

        // Without the check the election officer's request reaches the handler (404 for an unknown election).
        await AssertCrossSiteRefusalAsync(await CookieSession.SendAsync(client, HttpMethod.Post, "/api/elections/x/proclaim", cookies,
            ("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site")));
        await AssertCrossSiteRefusalAsync(await CookieSession.SendAsync(client, HttpMethod.Post, "/api/elections/x/proclaim", cookies, ("Origin", "https://evil.example")));
        await AssertCrossSiteRefusalAsync(await CookieSession.SendAsync(client, HttpMethod.Post, "/api/elections/x/proclaim", cookies, ("Sec-Fetch-Site", "same-site")));
        var sameOrigin = await CookieSession.SendAsync(client, HttpMethod.Post, "/api/elections/x/proclaim", cookies, ("Origin", "https://localhost"), ("Sec-Fetch-Site", "same-origin"));
        Assert.Equal(HttpStatusCode.NotFound, sameOrigin.StatusCode);
    }

    [Fact]
    public async Task Logout_CookieFromThisSitesPage_204()
    {
        using var client = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(client, "ncb.cn" + Demo);

        var r = await CookieSession.SendAsync(client, HttpMethod.Post, "/api/auth/logout", cookies, ("Origin", "https://localhost"), ("Sec-Fetch-Site", "same-origin"));

        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
    }

    [Fact]
    public async Task Logout_CookieWithTheAntiforgeryHeaderAndNoOrigin_204()
    {
        using var client = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(client, "ncb.ru" + Demo);
        var page = await CookieSession.SendAsync(client, HttpMethod.Get, "/Notices?scope=mine", cookies);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        cookies = CookieSession.Merge(page, cookies);
        var token = CookieSession.Token(Regex.Match(await page.Content.ReadAsStringAsync(), "<form method=\"post\" action=\"/Account/Logout\"[^>]*>(.*?)</form>", RegexOptions.Singleline).Groups[1].Value);
        Assert.NotEmpty(token);

        var r = await CookieSession.SendAsync(client, HttpMethod.Post, "/api/auth/logout", cookies, ("RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
    }

    [Fact]
    public async Task Logout_BearerWithCrossSiteHeaders_NotRefused()
    {
        using var client = await App.As("ncb.au" + Demo, fresh: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var r = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
    }
}
