using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Platform;

/// <summary>Gives each test request the client address named in <c>X-Test-Client</c> (TestServer has none), or a fresh
/// random one, so that fixtures signing in many times never share a client.</summary>
internal sealed class SimulatedClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((ctx, following) =>
        {
            ctx.Connection.RemoteIpAddress = ctx.Request.Headers.TryGetValue(Header, out var v) ? IPAddress.Parse(v.ToString())
                : new IPAddress(RandomNumberGenerator.GetBytes(4));
            return following(ctx);
        });
        next(app);
    };

    public static void Add(IServiceCollection services) => services.AddSingleton<IStartupFilter, SimulatedClientAddress>();
}

/// <summary>The app with tight budgets (windows of an hour, so nothing replenishes during a test) and small caps.</summary>
public sealed class TightBudgetsFixture : IAsyncLifetime
{
    public SqliteFixture App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        foreach (var budget in new[] { "SignIn", "RedressFiling", "RedressFollowUp", "PreCheck", "Screening", "ScreeningBatch", "PublicExtract" })
        {
            App.Settings[$"Budgets:{budget}:PerClient:Permits"] = "3";
            App.Settings[$"Budgets:{budget}:PerClient:Seconds"] = "3600";
        }

        foreach (var budget in new[] { "PreCheck", "Screening", "ScreeningBatch" })
        {
            App.Settings[$"Budgets:{budget}:PerAccount:Permits"] = "5";
            App.Settings[$"Budgets:{budget}:PerAccount:Seconds"] = "3600";
        }

        App.Settings["Budgets:SignInFailures:Permits"] = "3";
        App.Settings["Budgets:SignInFailures:Seconds"] = "3600";
        App.Settings["Budgets:ScreeningRowsPerAccountPerDay"] = "50";
        App.Settings["Budgets:FollowUpAuditWindowSeconds"] = "600";
        App.Settings["Budgets:TrustedProxies:0"] = BudgetTests.Proxy;
        App.Settings["Limits:BatchRows"] = "20";
        App.Settings["Limits:JsonBodyBytes"] = "65536";
        App.Settings["Limits:MultipartBodyBytes"] = "200000";
        App.Services = SimulatedClientAddress.Add;
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class BudgetTests(TightBudgetsFixture fixture) : IClassFixture<TightBudgetsFixture>
{
    public const string Proxy = "10.99.0.1";
    private const string Demo = "@demo.fairnotice";
    private static int _next = 1;
    private AppFixture App => fixture.App;

    private static string NewClient() => $"10.20.{Interlocked.Increment(ref _next) / 250}.{_next % 250 + 1}";

    private static HttpClient From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(SimulatedClientAddress.Header);
        client.DefaultRequestHeaders.Add(SimulatedClientAddress.Header, address);
        return client;
    }

    private static object Person(string name) => new { name, purpose = "border check" };

    /// <summary>One request to a limited endpoint; never a 429 while the budget lasts.</summary>
    private async Task<HttpResponseMessage> HitAsync(string endpoint, string client, string account)
    {
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var anon = From(App.Anonymous(), client);
        var user = endpoint is "pre-check" or "screening" or "screening-batch" ? From(await App.As(account + Demo), client) : anon;
        return endpoint switch
        {
            "sign-in" => await anon.PostAsJsonAsync("/api/auth/login", new { email = $"nobody.{unique}@example.org", password = "not-a-password-1" }),
            "redress-filing" => await anon.PostAsync("/api/redress", Requests.RedressForm("BUDGET" + unique)),
            "redress-follow-up" => await anon.PostAsJsonAsync("/api/redress/follow-up", new { number = "CCF-2026-99999", code = "WRNG-" + unique }),
            "pre-check" => await user.PostAsJsonAsync("/api/compliance/assess", Requests.RedNotice("CHECKED" + unique)),
            "screening" => await user.PostAsJsonAsync("/api/screening", Person("Jean " + unique)),
            "screening-batch" => await user.PostAsJsonAsync("/api/screening/batch", new { purpose = "passenger list", persons = new[] { Person("Ana " + unique) } }),
            "public-extract" => await anon.GetAsync("/notices/v1/red"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };
    }

    private static async Task<System.Text.Json.JsonElement> AssertTooManyAsync(HttpResponseMessage r, int maxSeconds = 3600)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.True(r.Headers.RetryAfter?.Delta?.TotalSeconds is > 0 and var s && s <= maxSeconds, $"Retry-After: {r.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Json();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("budget.exceeded", problem.GetProperty("code").GetString());
        return problem;
    }

    [Theory]
    [InlineData("sign-in", "ncb.fr", "ncb.us")]
    [InlineData("redress-filing", "ncb.fr", "ncb.us")]
    [InlineData("redress-follow-up", "ncb.fr", "ncb.us")]
    [InlineData("pre-check", "ncb.fr", "ncb.us")]
    [InlineData("screening", "ncb.cn", "ncb.ru")]
    [InlineData("screening-batch", "ncb.tr", "ncb.gb")]
    [InlineData("public-extract", "ncb.fr", "ncb.us")]
    public async Task Endpoint_ClientOverItsBudget_Gets429WithRetryAfterWhileAnotherClientPasses(string endpoint, string account, string otherAccount)
    {
        var (greedy, other) = (NewClient(), NewClient());
        for (var i = 0; i < 3; i++)
        {
            var ok = await HitAsync(endpoint, greedy, account);
            Assert.True(ok.StatusCode != HttpStatusCode.TooManyRequests && (int)ok.StatusCode < 500, $"{endpoint} #{i + 1}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
        }

        await AssertTooManyAsync(await HitAsync(endpoint, greedy, account));
        var legitimate = await HitAsync(endpoint, other, otherAccount);
        Assert.True(legitimate.StatusCode != HttpStatusCode.TooManyRequests && (int)legitimate.StatusCode < 500, $"{(int)legitimate.StatusCode}");
    }

    [Theory]
    [InlineData("pre-check", "ncb.au", "ncb.in")]
    [InlineData("screening", "ncb.br", "ncb.in")]
    public async Task Endpoint_AccountOverItsBudgetFromManyClients_Gets429WhileAnotherAccountPasses(string endpoint, string account, string otherAccount)
    {
        // Five per account: three from one client, two from another, then the account is spent whatever the client.
        for (var i = 0; i < 5; i++)
        {
            var ok = await HitAsync(endpoint, NewClient(), account);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, ok.StatusCode);
        }

        await AssertTooManyAsync(await HitAsync(endpoint, NewClient(), account));
        Assert.Equal(HttpStatusCode.OK, (await HitAsync(endpoint, NewClient(), otherAccount)).StatusCode);
    }

    [Fact]
    public async Task ClientAddress_ForwardedByTheTrustedProxyCounts_ForwardedByAnyoneElseIgnored()
    {
        async Task<HttpStatusCode> ExtractAsync(string via, string forwardedFor)
        {
            using var client = From(App.Anonymous(), via);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return (await client.GetAsync("/notices/v1/yellow")).StatusCode;
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await ExtractAsync(Proxy, "203.0.113.5"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await ExtractAsync(Proxy, "203.0.113.5"));
        // Another visitor behind the same proxy has their own budget.
        Assert.Equal(HttpStatusCode.OK, await ExtractAsync(Proxy, "203.0.113.6"));

        // A client that is not the proxy cannot pose as many by writing the header itself.
        var spoofer = NewClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await ExtractAsync(spoofer, $"198.51.100.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await ExtractAsync(spoofer, "198.51.100.99"));
    }

    [Fact]
    public async Task SignInPage_ClientOverItsBudget_429PageKeepsTheEmail()
    {
        var client = NewClient();
        using var browser = From(App.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), client);
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            var form = await (await browser.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            last = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = $"typed.{i}@example.org", ["Password"] = "wrong-password-1", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(i < 3 ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, last.StatusCode);
        }

        Assert.NotNull(last.Headers.RetryAfter);
        var html = await last.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", html, StringComparison.Ordinal);
        Assert.Contains("value=\"typed.3@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"top\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AttackerFailsOnAnAccount_AttackerThrottledButOwnerSignsIn()
    {
        var (attacker, owner) = (NewClient(), NewClient());
        var email = "supervisor.de" + Demo;
        for (var i = 0; i < 3; i++)
        {
            var r = await From(App.Anonymous(), attacker).PostAsJsonAsync("/api/auth/login", new { email, password = $"guess-{i}-wrong-pw" });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        }

        // Even the right password: this client has spent its failures on this account.
        var blocked = await From(App.Anonymous(), attacker).PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
        var signedIn = await From(App.Anonymous(), owner).PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.Password, twoFactorCode = App.Authenticator.NextCode(email) });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task FollowUp_ManyWrongGuesses_WriteOneCountedSummaryNotARowEach()
    {
        async Task<List<string>> DeniedRowsAsync() => await App.WithDb(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "redress.follow_up" && a.Outcome.StartsWith("denied")).Select(a => a.Outcome).ToListAsync());
        var before = await DeniedRowsAsync();
        var saved = App.Clock.Now;
        try
        {
            // Start in a fresh ten-minute window, so that earlier tests' guesses are summed up by the first guess here.
            App.Clock.Now = saved.AddHours(1);
            await From(App.Anonymous(), NewClient()).PostAsJsonAsync("/api/redress/follow-up", new { number = "CCF-2026-00001", code = "FIRST-GUESS" });
            var start = (await DeniedRowsAsync()).Count;
            var (a, b) = (NewClient(), NewClient());
            for (var i = 0; i < 5; i++)
            {
                foreach (var client in new[] { a, b })
                {
                    // Three guesses per client per hour: later ones are refused by the budget and are not guesses at all.
                    var r = await From(App.Anonymous(), client).PostAsJsonAsync("/api/redress/follow-up", new { number = "CCF-2026-00001", code = $"GUESS-{i}" });
                    Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests, $"{(int)r.StatusCode}");
                }
            }

            Assert.Equal(start, (await DeniedRowsAsync()).Count);
            App.Clock.Now = saved.AddHours(1).AddMinutes(11);
            await From(App.Anonymous(), NewClient()).PostAsJsonAsync("/api/redress/follow-up", new { number = "CCF-2026-00001", code = "NEXT-WINDOW" });
            var after = await DeniedRowsAsync();
            Assert.Equal(start + 1, after.Count);
            // The first guess plus three from each of the two clients (the rest were refused before guessing).
            Assert.Contains("denied:7;clients:3", after);
            Assert.True(after.Count - before.Count <= 3, "at most a summary per window");
        }
        finally
        {
            App.Clock.Now = saved;
        }
    }

    [Fact]
    public async Task ScreeningRows_AccountOverItsDailyBudget_RefusedWholeUntilTomorrow()
    {
        var persons = Enumerable.Range(0, 20).Select(i => Person($"Passenger {i}")).ToArray();
        var saved = App.Clock.Now;
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var ok = await From(await App.As("supervisor.fr" + Demo), NewClient()).PostAsJsonAsync("/api/screening/batch", new { purpose = "passenger list", persons });
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            }

            var over = await From(await App.As("supervisor.fr" + Demo), NewClient()).PostAsJsonAsync("/api/screening/batch", new { purpose = "passenger list", persons });
            // Until midnight UTC by the app's clock (09:00 in the fixture).
            var problem = await AssertTooManyAsync(over, 15 * 3600);
            Assert.Contains("10 are left", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await From(await App.As("supervisor.us" + Demo), NewClient())
                .PostAsJsonAsync("/api/screening/batch", new { purpose = "passenger list", persons })).StatusCode);

            App.Clock.Now = saved.AddDays(1);
            var tomorrow = await From(await App.As("supervisor.fr" + Demo, fresh: true), NewClient()).PostAsJsonAsync("/api/screening/batch", new { purpose = "passenger list", persons });
            Assert.Equal(HttpStatusCode.OK, tomorrow.StatusCode);
        }
        finally
        {
            App.Clock.Now = saved;
        }
    }
}
