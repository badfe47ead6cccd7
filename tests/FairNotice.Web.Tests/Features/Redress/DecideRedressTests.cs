using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>Issue #14: the Commission's deletion is a notice lifecycle step, audited on each notice it deletes.</summary>
public abstract class DecideRedressTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Decide_NotCompliant_EachNoticeTakesTheDeletionStepAndIsAudited()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var notice = await Requests.CreateAsync(fr, Requests.RedNotice("DELETIONSTEP"));
        await Requests.ActAsync(fr, notice, "Submit");
        await Requests.ReviewAsync(reviewer, notice);
        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("DELETIONSTEP"));
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice })).StatusCode);

        var decided = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision",
            new { outcome = "NotCompliant", reasons = "The facts describe a commercial dispute, not a serious ordinary-law crime." });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var (audits, step) = await app.WithDb(async db => (
            await db.AuditEntries.CountAsync(a => a.Action == "notice.commission_deletion" && a.ObjectId == notice.ToString()),
            await db.NoticeEvents.Where(e => e.NoticeId == notice && e.Action == "CommissionDeletion").Select(e => new { e.FromStatus, e.ToStatus }).SingleAsync()));
        Assert.Equal(1, audits);
        Assert.Equal(Domain.Notices.NoticeStatus.Published, step.FromStatus);
        Assert.Equal(Domain.Notices.NoticeStatus.Cancelled, step.ToStatus);
    }

    [Fact]
    public async Task Decide_OnAClosedRequest_ConflictFromTheProcedure()
    {
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission" + Demo);
        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("CLOSEDFILE"));
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = false, reason = "Not about INTERPOL's files." })).StatusCode);

        var decided = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "Compliant", reasons = "The data comply with the rules of the Organization." });

        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
        Assert.Equal("redress.not_admissible", (await decided.Json()).GetProperty("code").GetString());
    }
}

public sealed class SqliteDecideRedressTests(SqliteFixture app) : DecideRedressTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresDecideRedressTests(PostgresFixture app) : DecideRedressTests(app), IClassFixture<PostgresFixture>;
