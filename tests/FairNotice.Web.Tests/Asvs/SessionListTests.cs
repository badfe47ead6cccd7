using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Web.Tests.Hardening;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>ASVS 7.5.2 and 7.4.5: users see their sessions and end one (password again); an administrator ends every session of
/// every user at once. Real sign-ins, real tokens and cookies.</summary>
public sealed class SessionListTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task User_SeesTokensAndCookie_EndsOneWithPassword_OnlyThatOneStops()
    {
        const string Email = "ncb.br@demo.fairnotice";
        using var first = await BearerAsync(Email, "client-one/1.0");
        using var second = await BearerAsync(Email, "client-two/2.0");
        using var browser = CookieSession.Client(app);
        var (cookies, _) = await CookieSession.SignInAsync(browser, Email);

        using var listed = await first.GetAsync("/api/auth/sessions", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var sessions = (await listed.Json()).EnumerateArray().ToList();
        Assert.Equal(3, sessions.Count);
        Assert.Single(sessions, s => s.GetProperty("current").GetBoolean() && s.GetProperty("client").GetString() == "client-one/1.0");
        var other = Assert.Single(sessions, s => s.GetProperty("client").GetString() == "client-two/2.0");
        Assert.Equal("bearer", other.GetProperty("how").GetString());
        Assert.Equal("authenticator", other.GetProperty("factor").GetString());
        Assert.Single(sessions, s => s.GetProperty("how").GetString() == "cookie");
        var id = other.GetProperty("id").GetString()!;

        using var noPassword = await first.PostAsJsonAsync($"/api/auth/sessions/{id}/end", new { }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, noPassword.StatusCode);
        using var wrong = await first.PostAsJsonAsync($"/api/auth/sessions/{id}/end", new { password = "not-it" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);

        using var ended = await first.PostAsJsonAsync($"/api/auth/sessions/{id}/end", new { password = AppFixture.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
        using var page = await CookieSession.SendAsync(browser, HttpMethod.Get, "/Account/Security", cookies);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("client-one/1.0", html, StringComparison.Ordinal);
        Assert.DoesNotContain("client-two/2.0", html, StringComparison.Ordinal);

        using var again = await first.PostAsJsonAsync($"/api/auth/sessions/{id}/end", new { password = AppFixture.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Action == "auth.session.end" && a.ObjectId == id)));
    }

    [Fact]
    public async Task NobodyCanEndAnotherUsersSessionById()
    {
        using var victim = await BearerAsync("ncb.au@demo.fairnotice", "victim/1.0");
        var id = (await (await victim.GetAsync("/api/auth/sessions", TestContext.Current.CancellationToken)).Json()).EnumerateArray().Single().GetProperty("id").GetString()!;
        using var attacker = await BearerAsync("ncb.in@demo.fairnotice", "attacker/1.0");

        using var refused = await attacker.PostAsJsonAsync($"/api/auth/sessions/{id}/end", new { password = AppFixture.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Administrator_EndsEverySessionOfEveryUser_OthersCannot()
    {
        using var officer = await BearerAsync("ncb.gb@demo.fairnotice", "officer/1.0");
        using var reviewer = await BearerAsync("reviewer@demo.fairnotice", "reviewer/1.0");
        using var browser = CookieSession.Client(app);
        var (cookies, _) = await CookieSession.SignInAsync(browser, "ncb.tr@demo.fairnotice");
        using var admin = await BearerAsync("admin@demo.fairnotice", "admin/1.0");

        using var notAllowed = await officer.PostAsync("/api/accounts/sessions/end-all", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);

        using var done = await admin.PostAsync("/api/accounts/sessions/end-all", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.True((await done.Json()).GetProperty("sessionsEnded").GetInt32() >= 4);
        foreach (var client in new[] { officer, reviewer, admin })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
        }

        using var cookie = await CookieSession.SendAsync(browser, HttpMethod.Get, "/api/me", cookies);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Action == "sessions.end-all")));
        foreach (var email in new[] { "ncb.gb@demo.fairnotice", "reviewer@demo.fairnotice", "admin@demo.fairnotice" })
        {
            app.Forget(email);
        }

        // Signing in again works: the action ends sessions, not accounts.
        using var back = await BearerAsync("ncb.gb@demo.fairnotice", "officer/1.0");
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<HttpClient> BearerAsync(string email, string userAgent)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.Password, twoFactorCode = app.Authenticator.NextCode(email) });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
