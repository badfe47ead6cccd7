using System.Net;

namespace FairNotice.Web.Tests.Features.Members;

/// <summary>The public list of members. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ListMembersTests(AppFixture app)
{
    [Fact]
    public async Task Members_Anonymous_Lists196WithRegions()
    {
        using var client = app.Anonymous();
        var members = await (await client.GetAsync("/api/members")).Json();
        Assert.Equal(196, members.GetArrayLength());
        var fr = await (await client.GetAsync("/api/members/fr")).Json();
        Assert.Equal("Europe", fr.GetProperty("region").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/members/KP")).StatusCode);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteListMembersTests(SqliteFixture app) : ListMembersTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresListMembersTests(PostgresFixture app) : ListMembersTests(app);
