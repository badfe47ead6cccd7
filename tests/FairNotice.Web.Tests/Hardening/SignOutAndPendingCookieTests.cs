using System.Net;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>ASVS 5.0 3.3.1–3.3.4 and 14.3.1 on the production-like host: the second-factor-pending cookie is as strict as the
/// session cookie, both are HttpOnly and SameSite=Strict, and signing out tells the browser to clear what it kept.</summary>
[Collection(SecureHostFixture.Collection)]
public sealed partial class SignOutAndPendingCookieTests(SecureHostFixture fixture)
{
    private AppFixture App => fixture.App;

    [Fact]
    public async Task PendingCookie_OutsideDevelopment_HostPrefixedSecureHttpOnlyStrict()
    {
        using var client = CookieSession.Client(App);
        var form = await client.GetAsync("/Account/Login");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "supervisor.gb@demo.fairnotice", ["Password"] = AppFixture.Password,
                ["__RequestVerificationToken"] = CookieSession.Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", CookieSession.Merge(form));

        var passwordOk = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, passwordOk.StatusCode);
        var pending = Assert.Single(passwordOk.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fairnotice.pending=", StringComparison.Ordinal));
        Assert.Contains("; secure", pending, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", pending, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", pending, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", pending + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", pending, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(passwordOk.Headers.GetValues("Set-Cookie"), c => c.StartsWith("fairnotice.pending=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionAndAntiforgeryCookies_HttpOnlyAndSameSiteStrict()
    {
        using var client = CookieSession.Client(App);

        var (_, setCookie) = await CookieSession.SignInAsync(client, "supervisor.br@demo.fairnotice");
        var form = await client.GetAsync("/Account/Login");

        var session = Assert.Single(setCookie, c => c.StartsWith("__Host-fairnotice=", StringComparison.Ordinal));
        Assert.Contains("; httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fairnotice.af=", StringComparison.Ordinal));
        Assert.Contains("; httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignOut_Page_AnswersClearSiteData()
    {
        using var client = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(client, "supervisor.au@demo.fairnotice");
        var home = await CookieSession.SendAsync(client, HttpMethod.Get, "/Notices?scope=mine", cookies);
        var layoutForm = LogoutForm().Match(await home.Content.ReadAsStringAsync());
        Assert.True(layoutForm.Success);
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = CookieSession.Token(layoutForm.Groups[1].Value) }),
        };
        logout.Headers.Add("Cookie", CookieSession.Merge(home, cookies));

        var signedOut = await client.SendAsync(logout);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", string.Join(", ", signedOut.Headers.GetValues("Clear-Site-Data")));
    }

    [GeneratedRegex("<form method=\"post\" action=\"/Account/Logout\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex LogoutForm();
}
