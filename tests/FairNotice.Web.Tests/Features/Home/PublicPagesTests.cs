using System.Net;

namespace FairNotice.Web.Tests.Features.Home;

/// <summary>What a member of the public meets on every page and on the public election page (the outsider's walk in
/// Arabic, issue #15): a link to follow a request to the Commission in the public menu, an icon (no 404 for
/// /favicon.ico), and lists and file paths that read in order right to left.</summary>
[Collection(ApiOnSqlite.Name)]
public sealed class PublicPagesTests(SqliteFixture app)
{
    [Fact]
    public async Task PublicMenu_LinksToFollowARequest_AndNamesTheIcon()
    {
        using var anon = app.Anonymous();

        var html = await anon.GetStringAsync("/Statistics?lang=fr");

        Assert.Contains("<a href=\"/Redress/Status\" data-testid=\"nav-follow\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />", html, StringComparison.Ordinal);
        var svg = await anon.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        // Browsers and feed readers still ask for /favicon.ico on their own.
        var ico = await anon.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task ElectionPage_InArabic_ListsWithTheArabicComma_AndLinksTheVerifierGuide()
    {
        using var anon = app.Anonymous();

        var html = WebUtility.HtmlDecode(await anon.GetStringAsync("/Elections/ga-2026?lang=ar"));

        Assert.Contains("الرئيس، مندوب", html, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيس, ", html, StringComparison.Ordinal);
        // The verifier's guide is a link to its page now (no file path to break in right-to-left text).
        Assert.Contains("<a href=\"/Elections/Verifier\" data-testid=\"verifier-guide-link\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/elections-verifier.md", html, StringComparison.Ordinal);
    }
}
