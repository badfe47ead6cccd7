using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FairNotice.Web.Tests.Features.PublicNotices;

/// <summary>A notice that excludes any member never reaches the public extract, whoever set the exclusion.</summary>
public abstract class PublicExtractExclusionTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task RequesterExcludesAMember_NoticeIsPublished_ThePublicExtractAnswersNothing()
    {
        var name = Unique("EXCLUSO");
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Body(name, ["RU"]));
        await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent());
        await Requests.ActAsync(fr, id, "Submit");
        using var reviewer = await app.As("reviewer" + Demo);
        await Requests.ReviewAsync(reviewer, id);

        await AssertNotInPublicExtractAsync(fr, id, name);
        using var ru = await app.As("ncb.ru" + Demo);
        Assert.Equal(HttpStatusCode.NotFound, (await ru.GetAsync($"/api/notices/{id}")).StatusCode);
    }

    [Fact]
    public async Task ReviewerPublishesWithRestrictions_ThePublicExtractAnswersNothing()
    {
        var name = Unique("RESTRICTO");
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Body(name, []));
        await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent());
        await Requests.ActAsync(fr, id, "Submit");
        using var reviewer = await app.As("reviewer" + Demo);
        var decided = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review",
            new { decision = "PublishWithRestrictions", reason = "Not to be shared with RU.", restrictions = new[] { "RU" } });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        await AssertNotInPublicExtractAsync(fr, id, name);
    }

    [Fact]
    public async Task SameNoticeWithoutExclusion_IsInThePublicExtract()
    {
        // The control for the two tests above: the only difference is the exclusion.
        var name = Unique("PUBLICA");
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Body(name, []));
        await Requests.ActAsync(fr, id, "Submit");
        using var reviewer = await app.As("reviewer" + Demo);
        await Requests.ReviewAsync(reviewer, id);

        using var anon = app.Anonymous();
        var list = await (await anon.GetAsync($"/notices/v1/red?name={name}")).Json();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var notice = await (await fr.GetAsync($"/api/notices/{id}")).Json();
        Assert.False(notice.GetProperty("publicExtractWithheld").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await anon.GetAsync($"/notices/v1/red/{notice.GetProperty("reference").GetString()!.Replace('/', '-')}")).StatusCode);
    }

    [Fact]
    public async Task DraftWithPublicExtractAndAnExclusion_TheFormSaysItWillNotAppear()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var both = await Requests.CreateAsync(fr, Body(Unique("FORMA"), ["RU"]));
        var onlyExtract = await Requests.CreateAsync(fr, Body(Unique("FORMB"), []));

        var withBoth = await (await fr.GetAsync($"/Notices/New?id={both}")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"public-extract-withheld\"", withBoth, StringComparison.Ordinal);
        var withExtractOnly = await (await fr.GetAsync($"/Notices/New?id={onlyExtract}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"public-extract-withheld\"", withExtractOnly, StringComparison.Ordinal);

        var detail = await (await fr.GetAsync($"/Notices/{both}")).Content.ReadAsStringAsync();
        Assert.Contains("withheld because members are excluded", detail, StringComparison.Ordinal);
    }

    private async Task AssertNotInPublicExtractAsync(HttpClient source, Guid id, string name)
    {
        var notice = await (await source.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal("Published", notice.GetProperty("status").GetString());
        Assert.True(notice.GetProperty("publicExtractWithheld").GetBoolean());
        var path = notice.GetProperty("reference").GetString()!.Replace('/', '-');

        using var anon = app.Anonymous();
        foreach (var query in new[] { $"name={name}", "forename=Marc", "nationality=FR", "arrestWarrantCountryId=FR", "resultPerPage=160" })
        {
            var list = await (await anon.GetAsync($"/notices/v1/red?{query}")).Json();
            Assert.DoesNotContain(list.GetProperty("_embedded").GetProperty("notices").EnumerateArray(),
                n => n.GetProperty("name").GetString() == name);
        }

        Assert.Equal(0, (await (await anon.GetAsync($"/notices/v1/red?name={name}")).Json()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/notices/v1/red/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/notices/v1/red/{path}/images")).StatusCode);
        foreach (var photo in notice.GetProperty("photos").EnumerateArray())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/notices/v1/red/{path}/images/{photo.GetGuid():N}")).StatusCode);
        }

        // A member that may see the notice but is not told about exclusions is not told that the extract was withheld either.
        using var gb = await app.As("ncb.gb" + Demo);
        var atGb = await (await gb.GetAsync($"/api/notices/{id}")).Json();
        Assert.False(atGb.GetProperty("publicExtract").GetBoolean());
        Assert.False(atGb.GetProperty("publicExtractWithheld").GetBoolean());
    }

    private static JsonNode Body(string name, string[] restricted)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice(name, restricted: restricted))!;
        body["publicExtract"] = true;
        // Nobody else's alias: the repeated-attempt rule matches across the whole database.
        body["person"]!["aliases"] = new JsonArray();
        return body;
    }

    // Letters only: the public search normalises names, and the compliance engine sees a fresh person every time.
    private static string Unique(string stem) => stem + string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('A' + (c % 26))));
}

public sealed class SqlitePublicExtractExclusionTests(SqliteFixture app) : PublicExtractExclusionTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresPublicExtractExclusionTests(PostgresFixture app) : PublicExtractExclusionTests(app), IClassFixture<PostgresFixture>;
