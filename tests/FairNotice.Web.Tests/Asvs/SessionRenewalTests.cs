using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Web.Tests.Hardening;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>ASVS 7.2.4: every sign-in issues a new token or cookie, only after both factors; the cookie that exists between
/// the password and the second factor opens nothing.</summary>
public sealed class SessionRenewalTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private const string Email = "ncb.de@demo.fairnotice";

    [Fact]
    public async Task ApiSignInTwice_GivesTwoDifferentTokens_EachOpensTheSession()
    {
        var first = await LoginAsync(Email);
        var second = await LoginAsync(Email);

        Assert.NotEqual(first, second);
        foreach (var token in new[] { first, second })
        {
            using var client = app.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var me = await client.GetAsync("/api/me", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }
    }

    [Fact]
    public async Task CookieSignInTwice_IssuesANewSessionCookieEachTime()
    {
        using var client = CookieSession.Client(app);
        var (firstJar, firstSet) = await CookieSession.SignInAsync(client, Email);
        var (secondJar, secondSet) = await CookieSession.SignInAsync(client, Email);

        // The cookies set with a value (the pending cookie's deletion is the same line both times).
        string[] Issued(IReadOnlyList<string> set) => [.. set.Where(c => c.Split(';', 2)[0].Split('=', 2)[1].Length > 0)];
        Assert.NotEmpty(Issued(firstSet));
        Assert.Empty(Issued(firstSet).Intersect(Issued(secondSet), StringComparer.Ordinal));
        foreach (var jar in new[] { firstJar, secondJar })
        {
            using var me = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", jar);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }
    }

    [Fact]
    public async Task PendingCookie_AfterThePasswordOnly_OpensNoApiAndNoPage()
    {
        using var client = CookieSession.Client(app);
        using var form = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        var cookies = CookieSession.Merge(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = Email, ["Password"] = AppFixture.Password,
                ["__RequestVerificationToken"] = CookieSession.Token(await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)),
            }),
        };
        post.Headers.Add("Cookie", cookies);
        using var passwordOk = await client.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, passwordOk.StatusCode);
        Assert.Contains("/Account/TwoFactor", passwordOk.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var pending = CookieSession.Merge(passwordOk, cookies);
        Assert.NotEqual(cookies, pending);

        using var me = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", pending);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var notices = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/notices?scope=mine", pending);
        Assert.Equal(HttpStatusCode.Unauthorized, notices.StatusCode);
        using var page = await CookieSession.SendAsync(client, HttpMethod.Get, "/Notices", pending);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string> LoginAsync(string email)
    {
        using var anon = app.Anonymous();
        using var response = await anon.PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.Password, twoFactorCode = app.Authenticator.NextCode(email) });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
