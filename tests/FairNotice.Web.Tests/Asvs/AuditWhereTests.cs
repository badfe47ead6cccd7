using System.Net;
using FairNotice.Web.Tests.Hardening;
using FairNotice.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>ASVS 5.0 16.2.1: audit entries say where an action came from — the channel and the client's network as the
/// trusted proxy reports it, truncated (never a full address).</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class AuditWhereTests(SecureHostFixture fixture)
{
    private const string Demo = "@demo.fairnotice";
    private AppFixture App => fixture.App;

    [Fact]
    public async Task ApiRead_ThroughTheTrustedProxy_RecordsApiAndTheClientsNetworkOnly()
    {
        using var gb = await App.As("ncb.gb" + Demo);
        var gbId = (await (await gb.GetAsync("/api/me")).Json()).GetProperty("userId").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notices?scope=received");
        request.Headers.Add(SimulatedClientAddress.Header, SecureHostFixture.Proxy);
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        request.Headers.Add("X-Purpose", "where test " + Guid.NewGuid());
        var purpose = request.Headers.GetValues("X-Purpose").Single();
        Assert.Equal(HttpStatusCode.OK, (await gb.SendAsync(request)).StatusCode);

        var entry = await App.WithDb(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.ActorId == gbId && a.Purpose == purpose));
        Assert.Equal("api 203.0.113.0/24", entry.Where);
        Assert.DoesNotContain("203.0.113.77", entry.Where + entry.Purpose + entry.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageRead_RecordsPageAndTheNetwork_AndTheChainStillVerifies()
    {
        using var browser = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(browser, "ncb.au" + Demo);
        var before = await App.WithDb(db => db.AuditEntries.MaxAsync(a => a.Sequence));
        var page = await CookieSession.SendAsync(browser, HttpMethod.Get, "/Notices", cookies, (SimulatedClientAddress.Header, "2001:db8:aa:bb:cc::1"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var entries = await App.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Sequence > before && a.ActorCountry == "AU").ToListAsync());
        Assert.Contains(entries, e => e.Where == "page 2001:db8:aa::/48");

        using var auditor = await App.As("auditor" + Demo);
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.GetRawText());
    }

    [Theory]
    [InlineData("198.51.100.23", "198.51.100.0/24")]
    [InlineData("::ffff:198.51.100.23", "198.51.100.0/24")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1::/48")]
    public void Network_IsTruncated(string address, string expected) =>
        Assert.Equal(expected, FairNotice.Web.Platform.AuditWhere.Network(IPAddress.Parse(address)));
}
