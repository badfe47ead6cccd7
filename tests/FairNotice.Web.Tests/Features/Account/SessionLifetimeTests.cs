using System.Net;
using FairNotice.Web.Tests.Hardening;

namespace FairNotice.Web.Tests.Features.Account;

/// <summary>Its own app: these tests move the clock by hours.</summary>
public sealed class SessionLifetimeFixture : IAsyncLifetime
{
    public SqliteFixture App { get; } = new();

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>A cookie session ends after 30 minutes unused and 10 hours after sign-in however busy (ASVS 5.0 7.3.1, 7.3.2).</summary>
public sealed class SessionLifetimeTests(SessionLifetimeFixture fixture) : IClassFixture<SessionLifetimeFixture>
{
    private AppFixture App => fixture.App;

    [Fact]
    public async Task Cookie_UnusedForLongerThanTheIdleTimeout_Ends()
    {
        using var client = CookieSession.Client(App, "http://localhost");
        var (cookies, _) = await CookieSession.SignInAsync(client, "ncb.fr@demo.fairnotice");
        App.Clock.Now = App.Clock.Now.AddMinutes(25);
        var within = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", cookies);
        cookies = CookieSession.Merge(within, cookies);

        App.Clock.Now = App.Clock.Now.AddMinutes(31);
        var after = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", cookies);

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Cookie_InUseThroughout_EndsTenHoursAfterSignIn()
    {
        using var client = CookieSession.Client(App, "http://localhost");
        var (cookies, _) = await CookieSession.SignInAsync(client, "ncb.us@demo.fairnotice");
        var signedIn = App.Clock.Now;
        var last = HttpStatusCode.OK;
        while (App.Clock.Now - signedIn < TimeSpan.FromHours(9.5))
        {
            App.Clock.Now = App.Clock.Now.AddMinutes(20);
            var r = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", cookies);
            last = r.StatusCode;
            Assert.True(last == HttpStatusCode.OK, $"refused {(App.Clock.Now - signedIn).TotalMinutes} min after sign-in");
            cookies = CookieSession.Merge(r, cookies);
        }

        App.Clock.Now = signedIn.AddHours(10).AddMinutes(1);
        var expired = await CookieSession.SendAsync(client, HttpMethod.Get, "/api/me", cookies);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }
}
