using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Features.Account;

/// <summary>Counts password verifications, to show an unknown email costs one too.</summary>
internal sealed class CountingHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verified;

    public int Verified => _verified;

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class SessionFixture : IAsyncLifetime
{
    public SqliteFixture App { get; } = new();

    internal CountingHasher Hasher { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Services = s => s.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Sign-out works and revokes; tokens and cookies die with the session, a disabled or locked account's at once.</summary>
public sealed partial class SessionTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    private AppFixture App => fixture.App;

    private HttpClient NoCookies() => App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string Cookies(HttpResponseMessage r, string? previous = null)
    {
        var jar = (previous ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        foreach (var set in r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = set.Split(';', 2)[0].Split('=', 2);
            jar[pair[0]] = pair[1];
        }

        return string.Join("; ", jar.Where(kv => kv.Value.Length > 0).Select(kv => $"{kv.Key}={kv.Value}"));
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private async Task<string> SignInWithCookieAsync(HttpClient client, string email)
    {
        var form = await client.GetAsync("/Account/Login");
        var cookies = Cookies(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = AppFixture.Password, ["__RequestVerificationToken"] = Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var passwordOk = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, passwordOk.StatusCode);
        cookies = Cookies(passwordOk, cookies);

        // Step 2: the authenticator code.
        var step2 = await GetWithCookiesAsync(client, passwordOk.Headers.Location!.OriginalString, cookies);
        Assert.Equal(HttpStatusCode.OK, step2.StatusCode);
        cookies = Cookies(step2, cookies);
        using var code = new HttpRequestMessage(HttpMethod.Post, "/Account/TwoFactor?handler=Code")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = App.Authenticator.NextCode(email), ["__RequestVerificationToken"] = Token(await step2.Content.ReadAsStringAsync()),
            }),
        };
        code.Headers.Add("Cookie", cookies);
        var signedIn = await client.SendAsync(code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn, cookies);
    }

    private static async Task<HttpResponseMessage> GetWithCookiesAsync(HttpClient client, string path, string cookies)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Cookie", cookies);
        return await client.SendAsync(get);
    }

    [Fact]
    public async Task SignOut_FromTheLayoutForm_RedirectsAndTheOldCookieIsRejected()
    {
        using var client = NoCookies();
        var cookies = await SignInWithCookieAsync(client, "ncb.gb@demo.fairnotice");
        var home = await GetWithCookiesAsync(client, "/Notices?scope=mine", cookies);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        var layoutForm = Regex.Match(html, "<form method=\"post\" action=\"/Account/Logout\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(layoutForm.Success);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(layoutForm.Groups[1].Value) }),
        };
        logout.Headers.Add("Cookie", cookies);
        var signedOut = await client.SendAsync(logout);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/Account/Login", signedOut.Headers.Location?.OriginalString);

        // The cookie kept from before signing out (a stolen copy, say) no longer opens anything.
        var replay = await GetWithCookiesAsync(client, "/Notices?scope=mine", cookies);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Account/Login", replay.Headers.Location?.PathAndQuery ?? replay.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookiesAsync(client, "/api/me", cookies)).StatusCode);
    }

    [Fact]
    public async Task SignOut_Api_EveryTokenOfTheAccountRejected()
    {
        using var first = await App.As("ncb.br@demo.fairnotice", fresh: true);
        using var second = await App.As("ncb.br@demo.fairnotice", fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        using var again = await App.As("ncb.br@demo.fairnotice", fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/me")).StatusCode);
    }

    public static TheoryData<string, int> Locks => new() { { "ncb.au@demo.fairnotice", 0 }, { "ncb.in@demo.fairnotice", 2 } };

    [Theory]
    [MemberData(nameof(Locks))]
    public async Task DisabledOrLockedAccount_ItsTokenAndCookieRejectedAtOnce(string email, int lockedDays)
    {
        using var api = await App.As(email, fresh: true);
        using var browser = NoCookies();
        var cookies = await SignInWithCookieAsync(browser, email);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/me")).StatusCode);

        await SetLockoutAsync(email, lockedDays == 0 ? DateTimeOffset.MaxValue : App.Clock.Now.AddDays(lockedDays));
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/me")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await GetWithCookiesAsync(browser, "/Notices?scope=mine", cookies)).StatusCode);
        }
        finally
        {
            await SetLockoutAsync(email, null);
        }
    }

    [Fact]
    public async Task FailedPasswordLockout_DoesNotEndRunningSessions()
    {
        using var api = await App.As("supervisor.au@demo.fairnotice", fresh: true);
        // What twenty failed passwords cause: a lockout of about a minute. The owner's session goes on.
        await SetLockoutAsync("supervisor.au@demo.fairnotice", App.Clock.Now.AddSeconds(50));
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/me")).StatusCode);
        }
        finally
        {
            await SetLockoutAsync("supervisor.au@demo.fairnotice", null);
        }
    }

    [Fact]
    public async Task SignIn_UnknownEmail_StillVerifiesAPasswordHash()
    {
        using var anon = App.Anonymous();
        var before = fixture.Hasher.Verified;
        var r = await anon.PostAsJsonAsync("/api/auth/login", new { email = "nobody-here@example.org", password = "some-password-123" });
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal(before + 1, fixture.Hasher.Verified);
        var known = await anon.PostAsJsonAsync("/api/auth/login", new { email = "supervisor.br@demo.fairnotice", password = "some-password-123" });
        Assert.Equal(HttpStatusCode.Unauthorized, known.StatusCode);
        Assert.Equal(before + 2, fixture.Hasher.Verified);
        Assert.Equal((await r.Json()).GetProperty("detail").GetString(), (await known.Json()).GetProperty("detail").GetString());
    }

    private async Task SetLockoutAsync(string email, DateTimeOffset? end)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, end);
    }
}

/// <summary>Demo accounts exist only in demo mode; Production refuses to start with them.</summary>
public sealed class DemoAccountsTests
{
    private static async Task<string> SeededDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fairnotice-demo-{Guid.NewGuid():N}.db");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", $"Data Source={path}");
            b.UseSetting("Demo:Enabled", "true");
        });
        _ = factory.Server;
        return path;
    }

    private static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }
    }

    // The real executable in Production (with audit keys), as an operator starts it; both callers expect a refusal.
    private static async Task<(int Exit, string Error)> StartProductionAsync(string path, bool demo)
    {
        // With the keys the trail was keyed with (beside the seeded database): another chain key is refused first.
        var (exit, _, stderr) = await Hardening.StartupFaultTests.RunServerAsync(false,
            "--Database:Provider", "Sqlite", "--Database:ConnectionString", $"Data Source={path}", "--Demo:Enabled", demo ? "true" : "false",
            "--Audit:Directory", path + "-audit");
        return (exit, stderr.Trim());
    }

    [Fact]
    public async Task Production_WithDemoAccountsPresent_RefusesToStartWithOneLine()
    {
        var path = await SeededDatabaseAsync();
        try
        {
            var (exit, error) = await StartProductionAsync(path, demo: false);
            Assert.Equal(1, exit);
            Assert.DoesNotContain('\n', error);
            Assert.Contains("demo accounts", error, StringComparison.Ordinal);
            Assert.Contains("Demo__RemoveAccounts=true", error, StringComparison.Ordinal);
        }
        finally
        {
            Delete(path);
        }
    }

    [Fact]
    public async Task Production_WithDemoModeOn_RefusesToStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fairnotice-demo-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, error) = await StartProductionAsync(path, demo: true);
            Assert.Equal(1, exit);
            Assert.Contains("demo mode is on in Production", error, StringComparison.Ordinal);
        }
        finally
        {
            Delete(path);
        }
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task DemoModeOff_DemoAccountsRemoved_WhenAskedInProductionAndAlwaysElsewhere(string environment, bool askToRemove)
    {
        var path = await SeededDatabaseAsync();
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment(environment);
                b.UseSetting("Site:PublicBaseUrl", "https://notices.example.org"); // Production requires it
                b.UseSetting("Database:Provider", "Sqlite");
                b.UseSetting("Database:ConnectionString", $"Data Source={path}");
                b.UseSetting("Demo:Enabled", "false");
                b.UseSetting("Demo:RemoveAccounts", askToRemove ? "true" : "false");
                // The keys the seeded trail was keyed with (demo mode kept them beside the database): a server holding
                // another chain key refuses to write to it (ADR 0013, key rotation).
                b.UseSetting("Audit:Directory", path + "-audit");
                b.UseSetting("Antivirus:RunWithoutScanner", "true");
            });
            using var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            await using var scope = factory.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.CountAsync());
            var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "reviewer@demo.fairnotice", password = "FairNotice-demo-2026" });
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        }
        finally
        {
            Delete(path);
        }
    }
}
