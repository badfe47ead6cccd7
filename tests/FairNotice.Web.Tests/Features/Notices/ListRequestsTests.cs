using System.Net;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Listing requests (ListRequests). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ListRequestsTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task List_InvalidParameters_Returns400NamingThem()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var r = await fr.GetAsync("/api/notices?status=Lost&scope=everything&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _));
        Assert.True(errors.TryGetProperty("scope", out _));
        Assert.True(errors.TryGetProperty("pageSize", out _));
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteListRequestsTests(SqliteFixture app) : ListRequestsTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresListRequestsTests(PostgresFixture app) : ListRequestsTests(app);
