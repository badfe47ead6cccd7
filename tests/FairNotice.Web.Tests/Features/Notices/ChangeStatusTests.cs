using System.Net;
using System.Net.Http.Json;
using System.Text;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Lifecycle actions on a request (ChangeStatus). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ChangeStatusTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Lifecycle_SubmitPublish_VisibleToOthersExceptExcluded()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("LIFECYCLE", submit: true, restricted: ["US"]));

        var submitted = await (await fr.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal("UnderReview", submitted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}")).StatusCode);

        var published = await Requests.ReviewAsync(reviewer, id);
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal(app.Clock.Now.AddYears(5), published.GetProperty("expiresAt").GetDateTimeOffset());

        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/notices/{id}");
        read.Headers.Add("X-Purpose", "border check");
        var seenByDe = await (await de.SendAsync(read)).Json();
        Assert.Equal("Published", seenByDe.GetProperty("status").GetString());
        Assert.Equal(0, seenByDe.GetProperty("restrictedCountries").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByDe.GetProperty("history").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await us.GetAsync($"/api/notices/{id}")).StatusCode);

        var history = (await (await fr.GetAsync($"/api/notices/{id}")).Json()).GetProperty("history");
        Assert.Equal(["Create", "Submit", "StartReview", "Publish"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        Assert.Contains("automated check: clear", history[2].GetProperty("reason").GetString(), StringComparison.Ordinal);

        var purposes = await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id.ToString() && a.Action == "notice.read").Select(a => a.Purpose).ToListAsync());
        Assert.Contains("border check", purposes);
        var denied = await app.WithDb(db => db.AuditEntries.CountAsync(a => a.ObjectId == id.ToString() && a.Outcome == "not-found-or-denied"));
        Assert.True(denied >= 2);
    }

    [Fact]
    public async Task Lifecycle_UnknownAction_Returns400NamingAction()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice());
        var r = await fr.PostAsync($"/api/notices/{id}/actions", new StringContent("""{"action":"Explode"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("action", out _));
    }

    [Fact]
    public async Task Lifecycle_ExpiryAndRenewal_FollowTheClock()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var sup = await app.As("supervisor.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("RENEWAL", submit: true));
        var published = await Requests.ReviewAsync(reviewer, id);
        var expires = published.GetProperty("expiresAt").GetDateTimeOffset();

        var early = await sup.PostAsJsonAsync($"/api/notices/{id}/actions", new { action = "Renew", reason = "still wanted" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var saved = app.Clock.Now;
        try
        {
            app.Clock.Now = expires.AddMonths(-3);
            // Tokens expire by the same clock: sign in again at the new time.
            using var later = await app.As("supervisor.fr@demo.fairnotice", fresh: true);
            var renewed = await Requests.ActAsync(later, id, "Renew", "Extradition request pending; still wanted.");
            Assert.Equal(expires.AddYears(5), renewed.GetProperty("expiresAt").GetDateTimeOffset());
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteChangeStatusTests(SqliteFixture app) : ChangeStatusTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresChangeStatusTests(PostgresFixture app) : ChangeStatusTests(app);
