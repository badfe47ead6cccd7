using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>The Secretariat's review, with four eyes where the rules need them (ReviewRequest). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ReviewRequestTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Review_RefusalNeedsGroundReasonAndASecondReviewer()
    {
        using var cn = await app.As("ncb.cn" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var body = Requests.RedNotice("SUBVERSIVE", submit: true);
        var id = await Requests.CreateAsync(cn, body);
        var submitted = await (await cn.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal("UnderReview", submitted.GetProperty("status").GetString());

        var noReason = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var errors = (await noReason.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _));
        Assert.True(errors.TryGetProperty("ground", out _));

        var bypass = await reviewer.PostAsJsonAsync($"/api/notices/{id}/actions", new { action = "Refuse", reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, bypass.StatusCode);

        var proposed = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", ground = "Article3", reason = "The facts describe expression only." });
        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        Assert.Equal("UnderReview", (await proposed.Json()).GetProperty("status").GetString());
        var sameReviewer = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", reason = "again" });
        Assert.Equal(HttpStatusCode.Conflict, sameReviewer.StatusCode);

        var refused = await Requests.ReviewAsync(reviewer2, id, "Refuse", reason: "Agreed: Art. 3.");
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        var history = (await (await cn.GetAsync($"/api/notices/{id}")).Json()).GetProperty("history");
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal("Refuse", last.GetProperty("action").GetString());
        Assert.Contains("[Article3]", last.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Agreed", last.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Publish", reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task Diffusion_WithBlockingFindings_IsHeldUntilTwoReviewersOverride()
    {
        using var ru = await app.As("ncb.ru" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var id = await Requests.CreateAsync(ru, Requests.Political("HELDBACK", diffusion: true), "/api/diffusions");
        var atSource = await (await ru.GetAsync($"/api/diffusions/{id}")).Json();
        Assert.True(atSource.GetProperty("held").GetBoolean());
        Assert.Equal("Refuse", atSource.GetProperty("assessment").GetProperty("recommendation").GetString());
        Assert.Contains(atSource.GetProperty("assessment").GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "ART3-POLITICAL"
            && f.GetProperty("citation").GetString()!.Contains("Art. 3", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/diffusions/{id}")).StatusCode);

        var noGround = await reviewer.PostAsJsonAsync($"/api/diffusions/{id}/review", new { decision = "Publish", reason = "I disagree with the engine" });
        Assert.Equal(HttpStatusCode.BadRequest, noGround.StatusCode);
        var proposal = await reviewer.PostAsJsonAsync($"/api/diffusions/{id}/review", new { decision = "Publish", ground = "Article3", reason = "Ordinary-law element predominates." });
        Assert.Equal(HttpStatusCode.Accepted, proposal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/diffusions/{id}")).StatusCode);
        var confirmed = await Requests.ReviewAsync(reviewer2, id, "Publish", reason: "Confirmed.", path: "/api/diffusions");
        Assert.Equal("Published", confirmed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await de.GetAsync($"/api/diffusions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Review_RequestInformation_SourceEditsAndResubmits()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("ASKED", submit: true));
        var asked = await Requests.ReviewAsync(reviewer, id, "RequestInformation", reason: "Give the role of the person in the scheme.");
        Assert.Equal("InformationRequested", asked.GetProperty("status").GetString());
        var resubmitted = await fr.PutAsJsonAsync($"/api/notices/{id}", Requests.RedNotice("ASKED", submit: true));
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal("UnderReview", (await resubmitted.Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_PublishWithRestrictions_HidesItFromThoseMembers()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var br = await app.As("ncb.br" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("RESTRICTED", submit: true));
        var r = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "PublishWithRestrictions", reason = "Risk of misuse by one member.", restrictions = new[] { "BR" } });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await de.GetAsync($"/api/notices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await br.GetAsync($"/api/notices/{id}")).StatusCode);
    }

    [Fact]
    public async Task RepeatedAttempt_AfterARefusal_IsEscalatedWithTheHistory()
    {
        using var tr = await app.As("ncb.tr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var first = await Requests.CreateAsync(tr, Requests.RedNotice("YILDIRIM", submit: true));
        // Refused for data quality: a second request is escalated; refused as political it would be blocked (domain tests).
        await reviewer.PostAsJsonAsync($"/api/notices/{first}/review", new { decision = "Refuse", ground = "DataQuality", reason = "No court decision attached." });
        await Requests.ReviewAsync(reviewer2, first, "Refuse", reason: "Agreed.");
        var second = await Requests.CreateAsync(tr, Requests.RedNotice("YILDIRIMM", submit: true));
        var a = (await (await reviewer.GetAsync($"/api/notices/{second}")).Json()).GetProperty("assessment");
        var finding = a.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "REPEAT-ATTEMPT");
        Assert.Contains("refused", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        var queue = await (await reviewer.GetAsync("/api/notices?status=UnderReview&pageSize=200")).Json();
        var risks = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("recommendation").GetString() switch { "Refuse" => 2, "Review" => 1, _ => 0 }).ToList();
        Assert.Equal(risks.OrderByDescending(r => r), risks);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteReviewRequestTests(SqliteFixture app) : ReviewRequestTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresReviewRequestTests(PostgresFixture app) : ReviewRequestTests(app);
