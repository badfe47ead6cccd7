using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FairNotice.Web.Tests.Features.Screening;

/// <summary>Issue #11 item 4 on batch screening: <c>"explain": true</c> (CSV: <c>?explain=true</c>) gives each person without
/// a hit the nearest candidates below the threshold, with why they fell short, at most three per person, only those the
/// screener may see, and nothing when not asked.</summary>
public abstract class BatchScreeningExplainTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    private async Task<Guid> PublishedAsync(string family, string forenames, string[]? restricted = null)
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var json = JsonSerializer.SerializeToNode(Requests.RedNotice(family, submit: true, restricted))!;
        json["person"]!["name"]!["forenames"] = forenames;
        json["person"]!["aliases"] = new JsonArray();
        json["person"]!["dateOfBirth"] = "1979-08-21";
        var id = await Requests.CreateAsync(fr, json);
        await Requests.ReviewAsync(reviewer, id);
        return id;
    }

    private static bool Has(JsonElement list, Guid id) => list.EnumerateArray().Any(n => n.GetProperty("noticeId").GetGuid() == id);

    [Fact]
    public async Task Batch_Explain_GivesNearMissesToRowsWithoutHitsOnly()
    {
        var id = await PublishedAsync("SHCHERBAKOV", "Vsevolod");
        using var de = await app.As("ncb.de" + Demo);
        object[] persons = [new { name = "Shcherbakov Vsevolod", dateOfBirth = "1979-08-21" }, new { name = "Shcherbakov Vsevolodovich Artem" }, new { name = "Qwzx Ptyrk" }];

        var plain = await (await de.PostAsJsonAsync("/api/screening/batch", new { purpose = "ferry manifest", persons })).Json();
        Assert.All(plain.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("nearMisses").ValueKind));

        var response = await de.PostAsJsonAsync("/api/screening/batch", new { purpose = "ferry manifest", persons, explain = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Json()).GetProperty("results");
        // Row 0 is a hit: nothing to explain there.
        Assert.True(Has(results[0].GetProperty("hits"), id));
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("nearMisses").ValueKind);
        // Row 1 misses (an extra name part, no date of birth): the notice is its nearest candidate, with why.
        Assert.False(Has(results[1].GetProperty("hits"), id));
        var near = Assert.Single(results[1].GetProperty("nearMisses").EnumerateArray(), n => n.GetProperty("noticeId").GetGuid() == id);
        Assert.True(near.GetProperty("score").GetDouble() < near.GetProperty("threshold").GetDouble());
        Assert.Contains("no date of birth", near.GetProperty("whyShort").GetString(), StringComparison.Ordinal);
        // Row 2 comes near nothing: an empty list, which says "asked, nothing close" (null would say "not asked").
        Assert.Equal(0, results[2].GetProperty("nearMisses").GetArrayLength());
    }

    [Fact]
    public async Task Batch_PersonsOwnExplain_ExplainsThatPersonOnly()
    {
        var id = await PublishedAsync("OVSEPYAN", "Gurgen");
        using var de = await app.As("ncb.de" + Demo);
        object[] persons = [new { name = "Ovsepyan Gurgenovich Aram", explain = true }, new { name = "Ovsepyan Gurgenovich Aram" }];

        var results = (await (await de.PostAsJsonAsync("/api/screening/batch", new { purpose = "ferry manifest", persons })).Json()).GetProperty("results");

        Assert.True(Has(results[0].GetProperty("nearMisses"), id));
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("nearMisses").ValueKind);
    }

    [Fact]
    public async Task Batch_ExplainCsv_QueryParameter_AndAtMostThreeNearMissesPerRow()
    {
        Guid[] ids = [await PublishedAsync("MNATSAKANYAN", "Vardan"), await PublishedAsync("MNATSAKANYAN", "Vardges"),
            await PublishedAsync("MNATSAKANYAN", "Vahram"), await PublishedAsync("MNATSAKANYAN", "Vazgen")];
        using var de = await app.As("ncb.de" + Demo);

        // The single query shows up to five: all four come near.
        var single = await (await de.PostAsJsonAsync("/api/screening", new { name = "Mnatsakanyan Vard Petrosi", purpose = "border check", explain = true })).Json();
        Assert.Empty(single.GetProperty("hits").EnumerateArray());
        Assert.All(ids, id => Assert.True(Has(single.GetProperty("nearMisses"), id)));

        var csv = new StringContent("name,dateOfBirth\nMnatsakanyan Vard Petrosi,\n", System.Text.Encoding.UTF8, "text/csv");
        var body = await (await de.PostAsync("/api/screening/batch?explain=true", Requests.WithPurpose(csv, "ferry manifest"))).Json();
        var near = body.GetProperty("results")[0].GetProperty("nearMisses");
        Assert.Equal(3, near.GetArrayLength());
        // The batch keeps the best three, in the single query's order.
        var best = single.GetProperty("nearMisses").EnumerateArray().Take(3).Select(n => n.GetProperty("noticeId").GetGuid());
        Assert.Equal(best, near.EnumerateArray().Select(n => n.GetProperty("noticeId").GetGuid()));
    }

    [Fact]
    public async Task Batch_Explain_ShowsOnlyNoticesTheScreenerMaySee()
    {
        var id = await PublishedAsync("VYSHNEVETSKYI", "Bohdan", restricted: ["US"]);
        using var us = await app.As("ncb.us" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        var request = new { purpose = "ferry manifest", explain = true, persons = new[] { new { name = "Vyshnevetskyi Bohdanovych Taras" } } };

        var seen = await (await de.PostAsJsonAsync("/api/screening/batch", request)).Json();
        Assert.True(Has(seen.GetProperty("results")[0].GetProperty("nearMisses"), id));
        var hidden = await (await us.PostAsJsonAsync("/api/screening/batch", request)).Json();
        Assert.False(Has(hidden.GetProperty("results")[0].GetProperty("nearMisses"), id));
        Assert.False(Has(hidden.GetProperty("results")[0].GetProperty("hits"), id));
    }

    [Fact]
    public async Task Batch_Explain_InvalidValue_IsNamedAndNothingIsChecked()
    {
        using var de = await app.As("ncb.de" + Demo);
        var csv = new StringContent("name\nAnna Schmidt\n", System.Text.Encoding.UTF8, "text/csv");
        var fromCsv = await de.PostAsync("/api/screening/batch?explain=perhaps", Requests.WithPurpose(csv, "test"));
        Assert.Equal(HttpStatusCode.BadRequest, fromCsv.StatusCode);
        Assert.True((await fromCsv.Json()).GetProperty("errors").TryGetProperty("explain", out _));

        var json = await de.PostAsync("/api/screening/batch",
            new StringContent("{\"purpose\": \"test\", \"explain\": \"perhaps\", \"persons\": [{\"name\": \"Anna Schmidt\"}]}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.True((await json.Json()).GetProperty("errors").TryGetProperty("explain", out _));
    }
}

public sealed class SqliteBatchScreeningExplainTests(SqliteFixture app) : BatchScreeningExplainTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresBatchScreeningExplainTests(PostgresFixture app) : BatchScreeningExplainTests(app), IClassFixture<PostgresFixture>;
