using System.Net.Http.Json;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>The Commission's search for requests concerning an applicant (FindCandidates). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class FindCandidatesTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Redress_Candidates_IncludeRequestsOutOfCirculation()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("HORSCIRCUIT"))!;
        body["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        body["person"]!["dateOfBirth"] = "1961-02-03";
        var notice = await Requests.CreateAsync(fr, body);
        await Requests.ActAsync(fr, notice, "Submit");
        // The file is open before the source withdraws the request: a withdrawal is the source's own deletion and erases
        // the person at once (issue #18), unless an open Commission file concerns (links) the request, which holds its data.
        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("HORSCIRCUIT", dateOfBirth: "1961-02-03"));
        var before = await (await ccf.GetAsync($"/api/commission/requests/{id}/candidates")).Json();
        Assert.Contains(before.EnumerateArray(), c => c.GetProperty("noticeId").GetGuid() == notice);
        using var linked = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice });
        Assert.True(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());
        await Requests.ActAsync(fr, notice, "Withdraw", "Arrested at home.");
        var response = await ccf.GetAsync($"/api/commission/requests/{id}/candidates");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var candidates = await response.Json();
        var hit = candidates.EnumerateArray().Single(c => c.GetProperty("noticeId").GetGuid() == notice);
        Assert.Equal("Withdrawn", hit.GetProperty("status").GetString());
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteFindCandidatesTests(SqliteFixture app) : FindCandidatesTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresFindCandidatesTests(PostgresFixture app) : FindCandidatesTests(app);
