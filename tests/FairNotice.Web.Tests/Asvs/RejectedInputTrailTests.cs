using System.Net;
using FairNotice.Web.Platform;
using FairNotice.Web.Tests.Hardening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>ASVS 5.0 16.3.3 (validation failures are security events: counted into the audit trail like 403 and 429) and
/// 14.2.1 (the stated purpose never travels in a URL).</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class RejectedInputTrailTests(SecureHostFixture fixture)
{
    private const string Demo = "@demo.fairnotice";
    private AppFixture App => fixture.App;

    private async Task<List<AuditEntry>> FlushAndReadAsync(string action)
    {
        await App.Factory.Services.GetRequiredService<DeniedAccessAuditor>().FlushAsync(TestContext.Current.CancellationToken);
        return await App.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync());
    }

    [Fact]
    public async Task InvalidInput_ThreeTimes_OneCountedEntryWithItsCode()
    {
        using var gb = await App.As("ncb.gb" + Demo);
        var gbId = (await (await gb.GetAsync("/api/me")).Json()).GetProperty("userId").GetString();
        for (var i = 0; i < 3; i++)
        {
            var r = await gb.GetAsync("/api/notices?scope=everything&pageSize=100000");
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        }

        var entry = Assert.Single(await FlushAndReadAsync("input.rejected"), a => a.ActorId == gbId && a.ObjectId!.StartsWith("GET /api/notices", StringComparison.Ordinal));
        Assert.StartsWith("400:3;", entry.Outcome, StringComparison.Ordinal);
        Assert.Equal("GB", entry.ActorCountry);
        Assert.False(string.IsNullOrEmpty(entry.Purpose));
    }

    [Fact]
    public async Task MalformedJson_Anonymous_CountedWithoutTheBody()
    {
        using var anonymous = App.Anonymous();
        var r = await anonymous.PostAsync("/api/auth/login", new StringContent("{\"email\": [SECRET-BODY", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);

        var entries = await FlushAndReadAsync("input.rejected");
        var entry = Assert.Single(entries, a => a.ActorId == "anonymous" && a.ObjectId!.StartsWith("POST", StringComparison.Ordinal) && a.Outcome.StartsWith("400:", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET", entry.Purpose + entry.ObjectId + entry.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurposeInTheUrl_Refused400NamingPurpose_AndCounted()
    {
        using var de = await App.As("ncb.de" + Demo);
        var deId = (await (await de.GetAsync("/api/me")).Json()).GetProperty("userId").GetString();

        var inUrl = await de.GetAsync("/api/notices?scope=received&purpose=border%20check");
        Assert.Equal(HttpStatusCode.BadRequest, inUrl.StatusCode);
        var problem = await inUrl.Json();
        Assert.True(problem.GetProperty("errors").TryGetProperty("purpose", out _));
        Assert.Equal("request.purpose_in_url", problem.GetProperty("code").GetString());

        using var inHeader = new HttpRequestMessage(HttpMethod.Get, "/api/notices?scope=received");
        inHeader.Headers.Add("X-Purpose", "border check by header");
        Assert.Equal(HttpStatusCode.OK, (await de.SendAsync(inHeader)).StatusCode);

        var rejected = await FlushAndReadAsync("input.rejected");
        Assert.Contains(rejected, a => a.ActorId == deId && a.Purpose!.StartsWith("request.purpose_in_url", StringComparison.Ordinal));
        var list = await App.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.ActorId == deId && a.Purpose == "border check by header").CountAsync());
        Assert.Equal(1, list);
        Assert.Equal(0, await App.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Purpose == "border check").CountAsync()));
    }

    [Fact]
    public async Task PurposeInTheUrl_OnAPage_Refused()
    {
        using var browser = CookieSession.Client(App);
        var (cookies, _) = await CookieSession.SignInAsync(browser, "ncb.fr" + Demo);
        var page = await CookieSession.SendAsync(browser, HttpMethod.Get, $"/Notices/{Guid.NewGuid()}?purpose=curiosity", cookies);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }
}
