using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Tests.Hardening;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.CaseWork;

/// <summary>Issue #15 item 4: reviewers take and release cases (audited, one holder, never taken over), the queue shows risk,
/// waiting time, who holds a case and the proposals awaiting "your" confirmation, and the second reviewer confirms the first
/// one's decision and reason without retyping them. Nothing of it reaches the requesting member.</summary>
public abstract class CaseWorkTests(AppFixture app)
{
    private const string Reviewer = "reviewer@demo.fairnotice";
    private const string Reviewer2 = "reviewer2@demo.fairnotice";

    // A family name of letters only, unique to the test, so that searches find this request and no other.
    private static string Family(string prefix) => prefix + new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('A' + (Convert.ToInt32(c.ToString(), 16))))]);

    private async Task<Guid> UnderReviewAsync(string family)
    {
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        // Its own person (no shared alias, its own date of birth): these tests refuse requests, and a refusal of the shared
        // test person ("DUPOND Marc", 1975-03-14) would rightly make every later request for him a repeated attempt.
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice(family, submit: true))!;
        body["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        var h = family.Aggregate(17, (a, c) => unchecked((a * 31) + c)) & 0x7fffffff;
        body["person"]!["dateOfBirth"] = $"19{50 + (h % 40)}-0{1 + (h / 40 % 9)}-1{h / 360 % 10}";
        return await Requests.CreateAsync(fr, body);
    }

    private Task<List<FairNotice.Web.Platform.AuditEntry>> TrailAsync(Guid id, string action) =>
        app.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.ObjectId == id.ToString() && a.Action == action).OrderBy(a => a.Sequence).ToListAsync());

    [Fact]
    public async Task TakeAndRelease_OneHolderAtATime_NeverTakenOver_EveryStepAudited()
    {
        var id = await UnderReviewAsync(Family("TAKE"));
        using var r1 = await app.As(Reviewer);
        using var r2 = await app.As(Reviewer2);

        var taken = await r1.PostAsync($"/api/notices/{id}/assignment", null);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal("Secretariat reviewer", (await taken.Json()).GetProperty("reviewerName").GetString());

        var stolen = await r2.PostAsync($"/api/notices/{id}/assignment", null);
        Assert.Equal(HttpStatusCode.Conflict, stolen.StatusCode);
        Assert.EndsWith("case.taken", (await stolen.Json()).GetProperty("type").GetString(), StringComparison.Ordinal);
        var notYours = await r2.DeleteAsync($"/api/notices/{id}/assignment");
        Assert.Equal(HttpStatusCode.Conflict, notYours.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await r1.DeleteAsync($"/api/notices/{id}/assignment")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await r2.PostAsync($"/api/notices/{id}/assignment", null)).StatusCode);
        Assert.Equal(await UserIdAsync(Reviewer2), await app.WithDb(db => db.CaseAssignments.Where(a => a.NoticeId == id).Select(a => a.ReviewerId).SingleAsync()));

        var takes = await TrailAsync(id, "notice.take");
        Assert.Equal(["ok", "refused: case.taken", "ok"], takes.Select(t => t.Outcome));
        Assert.Equal([await UserIdAsync(Reviewer), await UserIdAsync(Reviewer2), await UserIdAsync(Reviewer2)], takes.Select(t => t.ActorId));
        Assert.Equal(["refused: case.not_yours", "ok"], (await TrailAsync(id, "notice.release")).Select(t => t.Outcome));
    }

    [Fact]
    public async Task Take_TwoReviewersAtTheSameMoment_ExactlyOneHoldsTheCase()
    {
        using var r1 = await app.As(Reviewer);
        using var r2 = await app.As(Reviewer2);
        for (var i = 0; i < 4; i++)
        {
            var id = await UnderReviewAsync(Family("RACE"));
            var answers = await Task.WhenAll(r1.PostAsync($"/api/notices/{id}/assignment", null), r2.PostAsync($"/api/notices/{id}/assignment", null));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            var winner = answers[0].StatusCode == HttpStatusCode.OK ? Reviewer : Reviewer2;
            Assert.Equal(await UserIdAsync(winner), await app.WithDb(db => db.CaseAssignments.Where(a => a.NoticeId == id).Select(a => a.ReviewerId).SingleAsync()));
        }
    }

    [Fact]
    public async Task Take_NotAwaitingADecision_Conflict_AndOnlyReviewersMayTake()
    {
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        using var r1 = await app.As(Reviewer);
        var draft = await Requests.CreateAsync(fr, Requests.RedNotice(Family("DRAFT")));
        var answer = await r1.PostAsync($"/api/notices/{draft}/assignment", null);
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.EndsWith("case.not_awaiting", (await answer.Json()).GetProperty("type").GetString(), StringComparison.Ordinal);

        var id = await UnderReviewAsync(Family("ROLE"));
        Assert.Equal(HttpStatusCode.Forbidden, (await fr.PostAsync($"/api/notices/{id}/assignment", null)).StatusCode);
        using var supervisor = await app.As("supervisor.fr@demo.fairnotice");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.DeleteAsync($"/api/notices/{id}/assignment")).StatusCode);
        using var auditor = await app.As("auditor@demo.fairnotice");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/api/notices/{id}/assignment", null)).StatusCode);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/notices/{id}/assignment", null)).StatusCode);
        // The page's button posts too: without a session, to the sign-in page; nobody holds the case.
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostAsync($"/Notices/{id}/Assignment?handler=Take", new FormUrlEncodedContent([]))).StatusCode);
        Assert.False(await app.WithDb(db => db.CaseAssignments.AnyAsync(a => a.NoticeId == id)));
    }

    [Fact]
    public async Task Queue_ShowsRiskAssigneeAndFourEyes_ToEachReviewer_AndNothingOfItToTheRequester()
    {
        var family = Family("QUEUE");
        var id = await UnderReviewAsync(family);
        using var r1 = await app.As(Reviewer);
        using var r2 = await app.As(Reviewer2);
        Assert.Equal(HttpStatusCode.OK, (await r1.PostAsync($"/api/notices/{id}/assignment", null)).StatusCode);
        var proposed = await r1.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", ground = "DataQuality", reason = "The identity data do not allow an identification." });
        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);

        var queue = $"/Notices?status=UnderReview&q={family}";
        var second = await (await r2.GetAsync(queue)).Content.ReadAsStringAsync();
        Assert.Contains("Awaiting your confirmation", second, StringComparison.Ordinal);
        Assert.Contains("Refuse, proposed by Secretariat reviewer", second, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"risk\"", second, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"waiting\">\\s*<bdi class=\"datum\">[0-9]+ d [0-9]+ h</bdi>", second);
        var first = await (await r1.GetAsync(queue)).Content.ReadAsStringAsync();
        Assert.Contains("Your proposal awaits a second reviewer", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Awaiting your confirmation", first, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"release\"", first, StringComparison.Ordinal);

        // Filters: whose case, proposals only, search (the row, not the search box that repeats the name).
        var row = $"{family}, Marc";
        Assert.Contains(row, await (await r1.GetAsync($"{queue}&assigned=Me")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(row, await (await r2.GetAsync($"{queue}&assigned=Me")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(row, await (await r2.GetAsync($"{queue}&assigned=Nobody")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(row, await (await r2.GetAsync($"{queue}&pending=true")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(row, await (await r2.GetAsync($"/Notices?status=UnderReview&q={Family("NOBODY")}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The request's page shows the second reviewer the first one's decision, ground and reason, with a button to confirm them.
        var detail = await (await r2.GetAsync($"/Notices/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("The identity data do not allow an identification.", detail, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"confirm-pending\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"confirm-pending\"", await (await r1.GetAsync($"/Notices/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The requester learns nothing of the case work: no proposal, no reviewer, no filters on it.
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        foreach (var page in new[] { $"/Notices?scope=mine&q={family}", $"/Notices?scope=mine&q={family}&assigned=Me&pending=true", $"/Notices/{id}" })
        {
            var html = await (await fr.GetAsync(page)).Content.ReadAsStringAsync();
            Assert.Contains(family, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Secretariat reviewer", html, StringComparison.Ordinal);
            Assert.DoesNotContain("proposed", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("case-work", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SecondReviewer_ConfirmsOnThePageWithoutRetyping_TheRefusalTakesEffectWithTheFirstReason()
    {
        var id = await UnderReviewAsync(Family("CONFIRM"));
        using var r1 = await app.As(Reviewer);
        Assert.Equal(HttpStatusCode.Accepted, (await r1.PostAsJsonAsync($"/api/notices/{id}/review",
            new { decision = "Refuse", ground = "Article3", reason = "The facts describe political opinion only." })).StatusCode);

        using var browser = CookieSession.Client(app);
        var (cookies, _) = await CookieSession.SignInAsync(browser, Reviewer2);
        var page = await CookieSession.SendAsync(browser, HttpMethod.Get, $"/Notices/{id}", cookies);
        var html = await page.Content.ReadAsStringAsync();

        // The panel's button: the decision only, no ground, no reason.
        var confirm = await PostAsync(browser, $"/Notices/{id}?handler=Review", cookies, html, new() { ["Review.Decision"] = "Refuse", ["Review.Reason"] = "" });
        var confirmation = await confirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("takes effect at once", confirmation, StringComparison.Ordinal);
        Assert.Contains("The facts describe political opinion only.", confirmation, StringComparison.Ordinal);
        var version = System.Text.RegularExpressions.Regex.Match(confirmation, "name=\"Review.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var done = await PostAsync(browser, $"/Notices/{id}?handler=Review", cookies, confirmation,
            new() { ["Review.Decision"] = "Refuse", ["Review.Reason"] = "", ["Review.Version"] = version, ["Review.Step"] = "confirm" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var notice = await (await r1.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal("Refused", notice.GetProperty("status").GetString());
        Assert.Contains(notice.GetProperty("history").EnumerateArray(), h => h.GetProperty("reason").GetString() == "[Article3] The facts describe political opinion only. — confirmed");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string cookies, string html, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = CookieSession.Token(html);
        using var post = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", cookies);
        return await browser.SendAsync(post);
    }

    private Task<string> UserIdAsync(string email)
    {
        var normalised = email.ToUpperInvariant();
        return app.WithDb(db => db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => u.Id).SingleAsync());
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteCaseWorkTests(SqliteFixture app) : CaseWorkTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresCaseWorkTests(PostgresFixture app) : CaseWorkTests(app);
