using System.Net;
using System.Net.Http.Json;

namespace FairNotice.Web.Tests.Features.Registry;

/// <summary>The protected-status registry and what it blocks. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ProtectedPersonTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Registry_RefugeeRecordedByGrantingCountry_BlocksTheCountryOfPersecution()
    {
        using var gbSupervisor = await app.As("supervisor.gb" + Demo);
        using var gbOfficer = await app.As("ncb.gb" + Demo);
        using var cnSupervisor = await app.As("supervisor.cn" + Demo);
        using var cn = await app.As("ncb.cn" + Demo);
        var forbidden = await gbOfficer.PostAsJsonAsync("/api/protected-persons", new { kind = "Refugee", person = new { name = new { familyName = "X" } }, fearedPersecutionBy = new[] { "CN" } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var invalid = await gbSupervisor.PostAsJsonAsync("/api/protected-persons", new { kind = "Refugee", person = new { name = new { familyName = "X" } } });
        Assert.True((await invalid.Json()).GetProperty("errors").TryGetProperty("fearedPersecutionBy", out _));
        var recorded = await gbSupervisor.PostAsJsonAsync("/api/protected-persons", new
        {
            kind = "Refugee", confirmed = true, fearedPersecutionBy = new[] { "CN" },
            person = new { name = new { familyName = "ZHOU", forenames = "Ming" }, originalScriptName = new { familyName = "周", forenames = "明" }, sex = "M", dateOfBirth = "1975-03-14" },
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Empty((await (await cnSupervisor.GetAsync("/api/protected-persons")).Json()).EnumerateArray());
        Assert.Single((await (await gbSupervisor.GetAsync("/api/protected-persons")).Json()).EnumerateArray(), p => p.GetProperty("person").GetProperty("name").GetProperty("familyName").GetString() == "ZHOU");

        var id = await Requests.CreateAsync(cn, Requests.RedNotice("MING ZHOU", submit: true));
        // Only the Secretariat sees registry findings (RefugeeSafeguardTests covers what the requester sees).
        using var reviewer = await app.As("reviewer" + Demo);
        var assessment = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment");
        Assert.Equal("Refuse", assessment.GetProperty("recommendation").GetString());
        var finding = assessment.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "ART2-REFUGEE");
        Assert.DoesNotContain("GB", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("United Kingdom", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteProtectedPersonTests(SqliteFixture app) : ProtectedPersonTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresProtectedPersonTests(PostgresFixture app) : ProtectedPersonTests(app);
