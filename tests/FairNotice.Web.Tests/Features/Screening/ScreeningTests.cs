using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Screening;

/// <summary>Screening names, one at a time and in batches. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class ScreeningTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Screening_FindsAcrossScriptsAndOrder_OnlyWhatTheScreenerMaySee_AndForgetsCancelled()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.Wanted("QIAN", "Weidong", "钱卫东", restricted: ["US"]));
        var unpublished = await (await de.PostAsJsonAsync("/api/screening", new { name = "钱卫东", purpose = "border check" })).Json();
        Assert.Empty(unpublished.GetProperty("hits").EnumerateArray());
        await Requests.ReviewAsync(reviewer, id);

        var byScript = await (await de.PostAsJsonAsync("/api/screening", new { name = "钱卫东", purpose = "border check" })).Json();
        var hit = byScript.GetProperty("hits")[0];
        Assert.Equal(id, hit.GetProperty("noticeId").GetGuid());
        Assert.Equal("original-script", hit.GetProperty("explanation").GetProperty("nameKind").GetString());
        // The English text and, beside it, the message's key as a stable code.
        Assert.StartsWith("not compared", hit.GetProperty("explanation").GetProperty("dateOfBirth").GetString(), StringComparison.Ordinal);
        Assert.Equal("ScreeningWhy.Dob.Unknown", hit.GetProperty("explanation").GetProperty("messages").GetProperty("dateOfBirth").GetProperty("key").GetString());
        Assert.Contains(hit.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("not an arrest warrant", StringComparison.Ordinal));
        var swapped = await (await de.PostAsJsonAsync("/api/screening", new { name = "WEIDONG QIAN", dateOfBirth = "1965-14-03".Replace("14-03", "03-14", StringComparison.Ordinal), purpose = "border check" })).Json();
        Assert.Equal(id, swapped.GetProperty("hits")[0].GetProperty("noticeId").GetGuid());
        var excluded = await (await us.PostAsJsonAsync("/api/screening", new { name = "Qian Weidong", purpose = "border check" })).Json();
        Assert.Empty(excluded.GetProperty("hits").EnumerateArray());

        using var sup = await app.As("supervisor.fr" + Demo);
        await Requests.ActAsync(sup, id, "Withdraw", "Person arrested in Spain.");
        var after = await (await de.PostAsJsonAsync("/api/screening", new { name = "Qian Weidong", purpose = "border check" })).Json();
        Assert.Empty(after.GetProperty("hits").EnumerateArray());

        var audit = await app.WithDb(db => db.AuditEntries.Where(a => a.Action == "screening.search").Select(a => a.Purpose + "|" + a.ObjectId + "|" + a.Outcome).ToListAsync());
        Assert.Contains(audit, a => a.StartsWith("border check", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => a.Contains("Qian", StringComparison.OrdinalIgnoreCase) || a.Contains('钱', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Screening_InvalidInput_Returns400NamingFields()
    {
        using var de = await app.As("ncb.de" + Demo);
        var r = await de.PostAsJsonAsync("/api/screening", new { name = "", dateOfBirth = "14/03/1965", sex = "X", nationality = "DEU" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        foreach (var f in new[] { "name", "dateOfBirth", "sex", "nationality", "purpose" })
        {
            Assert.True(errors.TryGetProperty(f, out _), f);
        }
    }

    [Fact]
    public async Task ScreeningBatch_JsonAndCsv_ReportPerRow()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.Wanted("BATCHELOR", "Zoran", "Бачелор"));
        await Requests.ReviewAsync(reviewer, id);

        var json = await de.PostAsJsonAsync("/api/screening/batch", new
        {
            purpose = "flight LH123 passenger list",
            persons = new object[] { new { name = "Anna Schmidt" }, new { name = "Zoran Batchelor", dateOfBirth = "1965" }, new { name = "Erik Lund" } },
        });
        var body = await json.Json();
        Assert.Equal(3, body.GetProperty("persons").GetInt32());
        Assert.Equal(1, body.GetProperty("personsWithHits").GetInt32());
        Assert.Equal(id, body.GetProperty("results")[1].GetProperty("hits")[0].GetProperty("noticeId").GetGuid());

        var csv = new StringContent("""
            name,dateOfBirth,sex,nationality
            "Batchelor, Zoran",1965-03-14,M,FR
            Jane Doe,,F,GB

            """, System.Text.Encoding.UTF8, "text/csv");
        var fromCsv = await (await de.PostAsync("/api/screening/batch", Requests.WithPurpose(csv, "ferry manifest"))).Json();
        Assert.Equal(2, fromCsv.GetProperty("persons").GetInt32());
        Assert.Equal(1, fromCsv.GetProperty("personsWithHits").GetInt32());

        var bad = new StringContent("name,dateOfBirth\nX,99/99\n", System.Text.Encoding.UTF8, "text/csv");
        var badRows = await de.PostAsync("/api/screening/batch", Requests.WithPurpose(bad, "test"));
        Assert.Equal(HttpStatusCode.BadRequest, badRows.StatusCode);
        Assert.True((await badRows.Json()).GetProperty("errors").TryGetProperty("persons[0].dateOfBirth", out _));

        var malformed = await de.PostAsync("/api/screening/batch", new StringContent("{\"persons\": 5}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.Json()).GetProperty("errors").TryGetProperty("persons", out _));

        var tooMany = Enumerable.Range(0, 10_001).Select(i => new { name = $"Person {i}" }).ToArray();
        var big = await de.PostAsJsonAsync("/api/screening/batch", new { purpose = "load", persons = tooMany });
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteScreeningTests(SqliteFixture app) : ScreeningTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresScreeningTests(PostgresFixture app) : ScreeningTests(app);
