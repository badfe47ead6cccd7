using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FairNotice.Web.Tests.Features.Screening;

/// <summary>Issue #11 through the API: a Cyrillic or machine-readable-zone query finds a notice filed in Latin only, and
/// "explain": true shows the nearest candidates below the threshold with why they fell short.</summary>
public abstract class ScreeningExplainTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    private static JsonNode LatinOnly(string family, string forenames)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice(family, submit: true))!;
        json["person"]!["name"]!["forenames"] = forenames;
        json["person"]!["aliases"] = new JsonArray();
        json["person"]!["dateOfBirth"] = "1979-08-21";
        return json;
    }

    [Fact]
    public async Task Screening_CyrillicAndMrzQueries_FindLatinOnlyNotice_AndExplainShowsNearMisses()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, LatinOnly("SHCHERBAKOV", "Vsevolod"));
        await Requests.ReviewAsync(reviewer, id);

        var cyrillic = await (await de.PostAsJsonAsync("/api/screening", new { name = "Щербаков Всеволод", purpose = "border check" })).Json();
        Assert.Contains(cyrillic.GetProperty("hits").EnumerateArray(), h => h.GetProperty("noticeId").GetGuid() == id);
        var german = await (await de.PostAsJsonAsync("/api/screening", new { name = "Wsewolod Schtscherbakow", purpose = "border check" })).Json();
        Assert.Contains(german.GetProperty("hits").EnumerateArray(), h => h.GetProperty("noticeId").GetGuid() == id);
        var mrz = await (await de.PostAsJsonAsync("/api/screening", new { name = "SHCHERBAKOV<<VSEVOLOD<<<<<<<<<<<", purpose = "border check" })).Json();
        Assert.Contains(mrz.GetProperty("hits").EnumerateArray(), h => h.GetProperty("noticeId").GetGuid() == id);

        var plain = await de.PostAsJsonAsync("/api/screening", new { name = "Shcherbakov Vsevolodovich Artem", purpose = "border check" });
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await plain.Json()).GetProperty("nearMisses").ValueKind);

        var explained = await (await de.PostAsJsonAsync("/api/screening", new { name = "Shcherbakov Vsevolodovich Artem", purpose = "border check", explain = true })).Json();
        Assert.DoesNotContain(explained.GetProperty("hits").EnumerateArray(), h => h.GetProperty("noticeId").GetGuid() == id);
        var near = Assert.Single(explained.GetProperty("nearMisses").EnumerateArray(), n => n.GetProperty("noticeId").GetGuid() == id);
        Assert.True(near.GetProperty("score").GetDouble() < near.GetProperty("threshold").GetDouble());
        Assert.Contains("below 0.90", near.GetProperty("whyShort").GetString(), StringComparison.Ordinal);
        Assert.Contains("no date of birth", near.GetProperty("whyShort").GetString(), StringComparison.Ordinal);
        // Beside the English, stable codes a client in another language reads: the message's key and each reason's.
        var message = near.GetProperty("whyShortMessage");
        Assert.Equal("ScreeningWhy.Short", message.GetProperty("key").GetString());
        Assert.Contains(message.GetProperty("arguments")[2].GetProperty("items").EnumerateArray(),
            r => r.GetProperty("message").GetProperty("key").GetString() == "ScreeningWhy.Short.NoDate");
    }

    [Fact]
    public async Task Screening_Explain_ShowsOnlyNoticesTheScreenerMaySee()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var json = LatinOnly("VYSHNEVETSKYI", "Bohdan");
        json["restrictedCountries"] = new JsonArray("US");
        var id = await Requests.CreateAsync(fr, json);
        await Requests.ReviewAsync(reviewer, id);

        var explained = await (await us.PostAsJsonAsync("/api/screening", new { name = "Vyshnevetskyi Bohdanovych Taras", purpose = "border check", explain = true })).Json();
        Assert.DoesNotContain(explained.GetProperty("nearMisses").EnumerateArray(), n => n.GetProperty("noticeId").GetGuid() == id);
        Assert.DoesNotContain(explained.GetProperty("hits").EnumerateArray(), h => h.GetProperty("noticeId").GetGuid() == id);
    }
}

public sealed class SqliteScreeningExplainTests(SqliteFixture app) : ScreeningExplainTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresScreeningExplainTests(PostgresFixture app) : ScreeningExplainTests(app), IClassFixture<PostgresFixture>;
