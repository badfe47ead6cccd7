using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>A redress request from filing to the Commission's decision and the purges. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class RedressLifecycleTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Redress_FullLifecycle_BlockDecideDeleteAndPurge()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("LIFECYCLO"))!;
        body["publicExtract"] = true;
        // Nobody else's alias or birth date: a deleted notice counts in later repeated-attempt checks.
        body["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        body["person"]!["dateOfBirth"] = "1969-08-01";
        var notice = await Requests.CreateAsync(fr, body);
        await Requests.ActAsync(fr, notice, "Submit");
        await Requests.ReviewAsync(reviewer, notice);

        Assert.Equal(1, (await (await anon.GetAsync("/notices/v1/red?name=LIFECYCLO")).Json()).GetProperty("total").GetInt32());

        // Filed without an account; the applicant follows it with number and code, a wrong code learns nothing.
        var (number, code, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("LIFECYCLO", dateOfBirth: "1969-08-01"));
        Assert.Matches(@"^CCF-\d{4}-\d{5}$", number);
        var view = await (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).Json();
        Assert.Equal("Received", view.GetProperty("status").GetString());
        Assert.Equal(DateOnly.FromDateTime(app.Clock.Now.UtcDateTime).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), view.GetProperty("admissibilityDue").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code = "WRNG-CODE-0000-0000" })).StatusCode);

        // The Commission declares it admissible, finds the notice, consults the source and blocks it.
        var file = await (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true })).Json();
        Assert.Equal("Admissible", file.GetProperty("status").GetString());
        var response = await ccf.GetAsync($"/api/commission/requests/{id}/candidates");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var candidates = await response.Json();
        Assert.Contains(candidates.EnumerateArray(), c => c.GetProperty("noticeId").GetGuid() == notice);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice })).StatusCode);
        var blocked = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/provisional-measures", new { noticeId = notice, ground = "ImminentExtradition", reason = "Hearing on Monday." });
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);

        var hits = await (await us.PostAsJsonAsync("/api/screening", new { name = "Marc Lifecyclo", dateOfBirth = "1969-08-01", purpose = "border check" })).Json();
        Assert.Contains(hits.GetProperty("hits")[0].GetProperty("caveats").EnumerateArray(), c => c.GetString()!.StartsWith("BLOCKED", StringComparison.Ordinal));
        using var sup = await app.As("supervisor.fr" + Demo);
        var act = await sup.PostAsJsonAsync($"/api/notices/{notice}/actions", new { action = "Suspend", reason = "testing the block" });
        Assert.Equal(HttpStatusCode.Conflict, act.StatusCode);
        Assert.Equal("notice.blocked", (await act.Json()).GetProperty("code").GetString());
        Assert.Equal(0, (await (await anon.GetAsync("/notices/v1/red?name=LIFECYCLO")).Json()).GetProperty("total").GetInt32());

        // The source answers its consultation; the applicant's documents and contact never reach it.
        var consultations = await (await fr.GetAsync("/api/consultations")).Json();
        var consultation = consultations.EnumerateArray().Single(c => c.GetProperty("requestNumber").GetString() == number);
        Assert.DoesNotContain("applicant@example.org", consultations.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await de.PostAsJsonAsync($"/api/consultations/{consultation.GetProperty("id")}/answer", new { allowDisclosure = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fr.PostAsJsonAsync($"/api/consultations/{consultation.GetProperty("id")}/answer", new { allowDisclosure = true })).StatusCode);

        // Not compliant: deleted at once, gone from screening and the extract, every recipient told to purge.
        var decided = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "NotCompliant", reasons = "The facts describe a commercial dispute, not a serious ordinary-law crime." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var after = await (await us.PostAsJsonAsync("/api/screening", new { name = "Marc Lifecyclo", dateOfBirth = "1969-08-01", purpose = "border check" })).Json();
        Assert.Empty(after.GetProperty("hits").EnumerateArray());
        var read = await (await fr.GetAsync($"/api/notices/{notice}")).Json();
        Assert.Equal("Cancelled", read.GetProperty("status").GetString());
        Assert.Equal(0, (await (await anon.GetAsync("/notices/v1/red?name=LIFECYCLO")).Json()).GetProperty("total").GetInt32());
        var purges = await app.WithDb(db => db.PurgeNotifications.Where(p => p.NoticeId == notice).Select(p => p.Member).ToListAsync());
        Assert.Equal(195, purges.Count); // every member but the source; nobody was excluded
        Assert.DoesNotContain("FR", purges);
        var usPurge = (await (await us.GetAsync("/api/purge-notifications")).Json()).EnumerateArray().Single(p => p.GetProperty("noticeReference").GetString() == read.GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.OK, (await us.PostAsync($"/api/purge-notifications/{usPurge.GetProperty("id")}/acknowledge", null)).StatusCode);

        // A month and a day later, the members that did not acknowledge are overdue; the US is not among them.
        var saved = app.Clock.Now;
        app.Clock.Now = saved.AddMonths(1).AddDays(2);
        try
        {
            using var later = await app.As("commission" + Demo, fresh: true);
            var overdue = await (await later.GetAsync("/api/commission/purges?overdue=true")).Json();
            var members = overdue.EnumerateArray().Where(p => p.GetProperty("noticeReference").GetString() == read.GetProperty("reference").GetString()).Select(p => p.GetProperty("member").GetString()).ToList();
            Assert.Equal(194, members.Count);
            Assert.DoesNotContain("US", members);
        }
        finally
        {
            app.Clock.Now = saved;
        }

        var final = await (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).Json();
        Assert.Equal("NotCompliant", final.GetProperty("outcome").GetString());
        var secretariat = await (await reviewer.GetAsync("/api/commission-decisions")).Json();
        Assert.Contains(secretariat.EnumerateArray(), d => d.GetProperty("requestNumber").GetString() == number && d.GetProperty("deleteBy").GetString() is not null);
        Assert.DoesNotContain("applicant@example.org", secretariat.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redress_AccessWithRestriction_ApplicantGetsOnlyTheStandardReply()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var notice = await Requests.CreateAsync(fr, Requests.RedNotice("DISCRETO", submit: true));
        await Requests.ReviewAsync(reviewer, notice);
        var (number, code, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("DISCRETO", type: "Access"));
        await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true });
        await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice });

        // An access request waits for every source; a restriction needs a listed reason.
        var early = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "Compliant", reasons = "The data comply with the rules of the Organization." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var link = (await (await fr.GetAsync("/api/consultations")).Json()).EnumerateArray().Single(c => c.GetProperty("requestNumber").GetString() == number).GetProperty("id");
        var noReason = await fr.PostAsJsonAsync($"/api/consultations/{link}/answer", new { allowDisclosure = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Json()).GetProperty("errors").TryGetProperty("restriction", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await fr.PostAsJsonAsync($"/api/consultations/{link}/answer", new { allowDisclosure = false, restriction = "ConfidentialInvestigation" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "Compliant", reasons = "The data comply with the rules of the Organization." })).StatusCode);

        var view = await (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).Json();
        Assert.Equal([FairNotice.Domain.Redress.Disclosure.StandardReply], view.GetProperty("disclosed").EnumerateArray().Select(l => l.GetString()!));
        var text = view.GetRawText();
        Assert.DoesNotContain((await (await fr.GetAsync($"/api/notices/{notice}")).Json()).GetProperty("reference").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ConfidentialInvestigation", text, StringComparison.Ordinal);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteRedressLifecycleTests(SqliteFixture app) : RedressLifecycleTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresRedressLifecycleTests(PostgresFixture app) : RedressLifecycleTests(app);
