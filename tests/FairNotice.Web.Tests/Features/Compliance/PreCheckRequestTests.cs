using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Compliance;

/// <summary>A member's pre-check of a request (PreCheckRequest). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class PreCheckRequestTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task PreCheck_PoliticalRequest_IsAssessedAndNothingIsStored()
    {
        using var cn = await app.As("ncb.cn" + Demo);
        var before = await app.WithDb(db => db.Notices.CountAsync());
        var r = await cn.PostAsJsonAsync("/api/compliance/assess", Requests.Political("PRECHECK"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var a = await r.Json();
        Assert.Equal("Refuse", a.GetProperty("recommendation").GetString());
        Assert.False(string.IsNullOrEmpty(a.GetProperty("ruleSetVersion").GetString()));
        Assert.Equal(before, await app.WithDb(db => db.Notices.CountAsync()));
        using var reviewer = await app.As("reviewer" + Demo);
        var missing = await reviewer.PostAsJsonAsync("/api/compliance/assess", Requests.Political("PRECHECK"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Json()).GetProperty("errors").TryGetProperty("requester", out _));
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqlitePreCheckRequestTests(SqliteFixture app) : PreCheckRequestTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresPreCheckRequestTests(PostgresFixture app) : PreCheckRequestTests(app);
