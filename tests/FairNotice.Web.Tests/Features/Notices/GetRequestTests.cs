using System.Net;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Who may see a request (GetRequest). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class GetRequestTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Diffusion_AddressedToOneMember_OnlyItAndTheSourceSeeIt()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var gb = await app.As("ncb.gb" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.Diffusion(["DE"]), "/api/diffusions");
        var atDe = await (await de.GetAsync($"/api/diffusions/{id}")).Json();
        Assert.Equal("Circulating; automated check passed, Secretariat review pending", atDe.GetProperty("reviewStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, atDe.GetProperty("assessment").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await gb.GetAsync($"/api/diffusions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}")).StatusCode);
        var received = await (await de.GetAsync("/api/diffusions?scope=received")).Json();
        Assert.Contains(received.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteGetRequestTests(SqliteFixture app) : GetRequestTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresGetRequestTests(PostgresFixture app) : GetRequestTests(app);
