using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Tests.Platform;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Caps on collections and request sizes: 400 or 413 problem details naming the field, nothing stored.</summary>
public sealed class CapTests(TightBudgetsFixture fixture) : IClassFixture<TightBudgetsFixture>
{
    private AppFixture App => fixture.App;

    private static JsonObject Notice(Action<JsonObject> change)
    {
        var json = JsonSerializer.SerializeToNode(Requests.RedNotice("CAPPED"), AppFixture.JsonOptions)!.AsObject();
        change(json);
        return json;
    }

    public static TheoryData<string, int> Lists => new()
    {
        { "person.identityDocuments", 21 },
        { "person.nationalities", 11 },
        { "person.languages", 21 },
        { "person.aliases", 51 },
        { "case.charges", 31 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task CreateNotice_ListOverItsCap_400NamingTheListAndNothingStored(string field, int count)
    {
        using var fr = await App.As("ncb.de@demo.fairnotice");
        var (parent, name) = (field.Split('.')[0], field.Split('.')[1]);
        JsonNode Item(int i) => name switch
        {
            "identityDocuments" => new JsonObject { ["type"] = "Passport", ["number"] = $"P{i:D6}", ["issuingCountry"] = "DE" },
            "nationalities" => "DE",
            "languages" => "DEU",
            "aliases" => new JsonObject { ["familyName"] = $"ALIAS{i}", ["forenames"] = "X" },
            _ => new JsonObject { ["description"] = "Fraud", ["law"] = "StGB § 263", ["maximumPenaltyMonths"] = 60 },
        };
        var body = Notice(n => n[parent == "case" ? "case" : "person"]![name] = new JsonArray([.. Enumerable.Range(0, count).Select(Item)]));
        var before = await App.WithDb(db => Task.FromResult(db.Notices.Count()));

        var r = await fr.PostAsJsonAsync("/api/notices", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
        Assert.StartsWith("At most", messages[0].GetString(), StringComparison.Ordinal);
        // One message for the list, not one per item.
        Assert.DoesNotContain(errors.EnumerateObject(), p => p.Name.StartsWith(field + "[", StringComparison.Ordinal));
        Assert.Equal(before, await App.WithDb(db => Task.FromResult(db.Notices.Count())));
    }

    [Fact]
    public async Task PreCheck_ListOverItsCap_400NamingTheList()
    {
        using var fr = await App.As("ncb.de@demo.fairnotice");
        var body = Notice(n => n["person"]!["nationalities"] = new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)"DE")]));
        var r = await fr.PostAsJsonAsync("/api/compliance/assess", body);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("person.nationalities", out _));
    }

    [Fact]
    public async Task JsonBody_OverTheLimit_413NamingTheBody()
    {
        using var fr = await App.As("ncb.de@demo.fairnotice");
        var body = Notice(n => n["case"]!["summaryOfFacts"] = new string('x', 70_000));
        var r = await fr.PostAsync("/api/notices", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        var problem = await r.Json();
        Assert.Equal("request.too_large", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task Multipart_OverTheLimit_413NamingTheBody()
    {
        using var anon = App.Anonymous();
        var big = new byte[250_000];
        "%PDF-1.4\n"u8.CopyTo(big);
        var r = await anon.PostAsync("/api/redress", Requests.RedressForm("TOOBIG", identity: big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task ScreeningBatch_MoreRowsThanTheCap_400NamingPersons()
    {
        using var fr = await App.As("ncb.de@demo.fairnotice");
        var persons = Enumerable.Range(0, 21).Select(i => new { name = $"Person {i}" }).ToArray();
        var r = await fr.PostAsJsonAsync("/api/screening/batch", new { purpose = "passenger list", persons });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("At most 20", (await r.Json()).GetProperty("errors").GetProperty("persons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreeningBatchCsv_MoreRowsThanTheCap_400NamingPersons()
    {
        using var fr = await App.As("ncb.de@demo.fairnotice");
        var csv = "name\n" + string.Concat(Enumerable.Range(0, 21).Select(i => $"Person {i}\n"));
        var r = await fr.PostAsync("/api/screening/batch", Requests.WithPurpose(new StringContent(csv, Encoding.UTF8, "text/csv"), "passenger list"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("persons", out _));
    }
}
