using System.Net;

namespace FairNotice.Web.Tests.Features.PublicNotices;

/// <summary>The public extract of published notices. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class PublicExtractTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task PublicExtract_BehavesLikeTheInterpolWebService()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("PUBLICO"))!;
        body["publicExtract"] = true;
        var id = await Requests.CreateAsync(fr, body);
        await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent());
        await Requests.ActAsync(fr, id, "Submit");
        await Requests.ReviewAsync(reviewer, id);
        var hidden = await Requests.CreateAsync(fr, Requests.RedNotice("PUBLICO", submit: true));
        await Requests.ReviewAsync(reviewer, hidden);

        using var client = app.Anonymous();
        var list = await (await client.GetAsync("/notices/v1/red?name=publico&nationality=FR&sexId=M&arrestWarrantCountryId=FR&resultPerPage=20&page=1")).Json();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(20, list.GetProperty("query").GetProperty("resultPerPage").GetInt32());
        var item = list.GetProperty("_embedded").GetProperty("notices")[0];
        var entityId = item.GetProperty("entity_id").GetString()!;
        Assert.Matches(@"^\d{4}/\d{5}$", entityId);
        Assert.Equal(Requests.DateOfBirthOf("PUBLICO").Replace('-', '/'), item.GetProperty("date_of_birth").GetString());
        Assert.Equal("FR", item.GetProperty("nationalities")[0].GetString());
        Assert.True(list.GetProperty("_links").TryGetProperty("last", out _));

        // A client follows the HAL links exactly as it would on ws-public.interpol.int.
        var self = new Uri(item.GetProperty("_links").GetProperty("self").GetProperty("href").GetString()!);
        Assert.EndsWith(entityId.Replace('/', '-'), self.AbsolutePath, StringComparison.Ordinal);
        var detail = await (await client.GetAsync(self.PathAndQuery)).Json();
        Assert.Equal("FR", detail.GetProperty("arrest_warrants")[0].GetProperty("issuing_country_id").GetString());
        Assert.Equal("Organised fraud", detail.GetProperty("arrest_warrants")[0].GetProperty("charge").GetString());
        Assert.Equal("M", detail.GetProperty("sex_id").GetString());
        Assert.Equal(0, detail.GetProperty("_embedded").GetProperty("links").GetArrayLength());
        var images = await (await client.GetAsync(new Uri(detail.GetProperty("_links").GetProperty("images").GetProperty("href").GetString()!).PathAndQuery)).Json();
        var picture = new Uri(images.GetProperty("_embedded").GetProperty("images")[0].GetProperty("_links").GetProperty("self").GetProperty("href").GetString()!);
        using var served = SkiaSharp.SKBitmap.Decode(await (await client.GetAsync(picture.PathAndQuery)).Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (served.Width, served.Height));
        Assert.True(detail.GetProperty("_links").TryGetProperty("thumbnail", out _));

        var ages = await (await client.GetAsync("/notices/v1/red?name=publico&ageMin=50&ageMax=52")).Json();
        Assert.Equal(1, ages.GetProperty("total").GetInt32());
        var tooYoung = await (await client.GetAsync("/notices/v1/red?name=publico&ageMax=30")).Json();
        Assert.Equal(0, tooYoung.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/notices/v1/red?resultPerPage=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/notices/v1/red/1999-00001")).StatusCode);

        using var sup = await app.As("supervisor.fr" + Demo);
        await Requests.ActAsync(sup, id, "Withdraw", "Extradited.");
        Assert.Equal(0, (await (await client.GetAsync("/notices/v1/red?name=publico")).Json()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(self.PathAndQuery)).StatusCode);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqlitePublicExtractTests(SqliteFixture app) : PublicExtractTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresPublicExtractTests(PostgresFixture app) : PublicExtractTests(app);
