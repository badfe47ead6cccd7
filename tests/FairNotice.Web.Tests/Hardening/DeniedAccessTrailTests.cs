using System.Net;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FairNotice.Web.Tests.Platform;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Refusals (403, a 404 hiding another country's object, 429) leave a counted trace (ASVS 5.0 16.3.2, 16.3.3): one
/// audit entry per actor, endpoint and outcome per window, however many refusals.</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class DeniedAccessTrailTests(SecureHostFixture fixture)
{
    private const string Demo = "@demo.fairnotice";
    private AppFixture App => fixture.App;

    private async Task<List<AuditEntry>> FlushAndReadAsync(string action)
    {
        await App.Factory.Services.GetRequiredService<DeniedAccessAuditor>().FlushAsync(TestContext.Current.CancellationToken);
        return await App.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync());
    }

    [Fact]
    public async Task ReadOtherCountrysDraft_Twice_OneEntryCountingTwoRefusals()
    {
        using var fr = await App.As("ncb.fr" + Demo);
        using var us = await App.As("ncb.us" + Demo);
        var draft = await Requests.CreateAsync(fr, Requests.RedNotice("TRAILTEST"));
        var usId = (await (await us.GetAsync("/api/me")).Json()).GetProperty("userId").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await us.GetAsync($"/api/notices/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await us.GetAsync($"/api/notices/{draft}")).StatusCode);

        var entry = Assert.Single(await FlushAndReadAsync("access.denied"), a => a.ActorId == usId && a.ObjectId == "GET /api/notices/{id:guid}");
        Assert.Equal("404:2;clients:2", entry.Outcome);
        Assert.Equal("US", entry.ActorCountry);
        Assert.StartsWith("notice.not_found", entry.Purpose, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.ToString(), entry.ObjectId + entry.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyRefusal_ApiAndPage_Recorded()
    {
        using var de = await App.As("ncb.de" + Demo);
        var deId = (await (await de.GetAsync("/api/me")).Json()).GetProperty("userId").GetString();
        Assert.Equal(HttpStatusCode.Forbidden, (await de.GetAsync("/api/audit/verify")).StatusCode);
        using var browser = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(browser, "supervisor.de" + Demo);
        var page = await CookieSession.SendAsync(browser, HttpMethod.Get, "/Audit", cookies);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);

        var denied = await FlushAndReadAsync("access.denied");

        Assert.Contains(denied, a => a.ActorId == deId && a.ObjectId == "GET /api/audit/verify" && a.Outcome == "403:1;clients:1");
        Assert.Contains(denied, a => a.ActorId != deId && a.ActorCountry == "DE" && a.ObjectId!.StartsWith("GET /Audit", StringComparison.OrdinalIgnoreCase) && a.Outcome.StartsWith("403:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Throttled_ManyTimesByOneClient_OneAnonymousEntry()
    {
        using var client = App.Anonymous();
        client.DefaultRequestHeaders.Add(SimulatedClientAddress.Header, "10.77.0.1");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/notices/v1/yellow")).StatusCode);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var entry = Assert.Single(await FlushAndReadAsync("access.throttled"), a => a.ObjectId == "GET /notices/v1/yellow");
        Assert.Equal("anonymous", entry.ActorId);
        Assert.Equal("429:3;clients:1", entry.Outcome);
        Assert.DoesNotContain("10.77.0.1", entry.Purpose + entry.ObjectId + entry.Outcome, StringComparison.Ordinal);
    }
}
