using System.Net;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Requests past their validity expire (ExpireNotices). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ExpireNoticesTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Expiry_PastValidity_ExpiresAndLeavesOtherMembersView()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("EXPIRING", submit: true));
        var expires = (await Requests.ReviewAsync(reviewer, id)).GetProperty("expiresAt").GetDateTimeOffset();

        await app.WithDb(db => ExpireNotices.RunAsync(db, expires.AddSeconds(-1), CancellationToken.None));
        Assert.Equal(Domain.Notices.NoticeStatus.Published, await app.WithDb(db => db.Notices.Where(n => n.Id == id).Select(n => n.Status).FirstAsync()));
        var expired = await app.WithDb(db => ExpireNotices.RunAsync(db, expires, CancellationToken.None));
        Assert.True(expired >= 1);

        var status = await app.WithDb(db => db.Notices.Where(n => n.Id == id).Select(n => n.Status).FirstAsync());
        Assert.Equal(Domain.Notices.NoticeStatus.Expired, status);
        using var de = await app.As("ncb.de" + Demo);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}")).StatusCode);
        var history = (await (await fr.GetAsync($"/api/notices/{id}")).Json()).GetProperty("history");
        Assert.Equal("Expire", history[history.GetArrayLength() - 1].GetProperty("action").GetString());
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteExpireNoticesTests(SqliteFixture app) : ExpireNoticesTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresExpireNoticesTests(PostgresFixture app) : ExpireNoticesTests(app);
