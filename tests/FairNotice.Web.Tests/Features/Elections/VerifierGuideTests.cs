using System.Net;
using System.Text.Json;

namespace FairNotice.Web.Tests.Features.Elections;

/// <summary>Issue #15 (an outsider's walk): the election page's guide for verifiers was a file path in plain text; it is a
/// link to a page that shows the guide (<c>docs/elections-verifier.md</c>), to anyone, in any page language. SQLite and PostgreSQL.</summary>
public abstract class VerifierGuideTests(AppFixture app)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task ElectionPage_LinksToTheGuide_WhichShowsIt(string lang)
    {
        using var anon = app.Anonymous();
        using var elections = JsonDocument.Parse(await anon.GetStringAsync("/api/elections"));
        var id = elections.RootElement[0].GetProperty("id").GetString();

        var election = WebUtility.HtmlDecode(await anon.GetStringAsync($"/Elections/{id}?lang={lang}"));
        Assert.Contains("<a href=\"/Elections/Verifier\" data-testid=\"verifier-guide-link\">", election, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/elections-verifier.md", election, StringComparison.Ordinal);

        var response = await anon.GetAsync($"/Elections/Verifier?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var guide = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<html lang=\"{lang}\"", guide, StringComparison.Ordinal);
        // The guide's own text, rendered (a heading and the command), marked as English whatever the page's language.
        Assert.Contains("<article class=\"card guide\" lang=\"en\" dir=\"ltr\" data-testid=\"verifier-guide\"><h1>Checking an election yourself", guide, StringComparison.Ordinal);
        Assert.Contains("election verify", guide, StringComparison.Ordinal);
        Assert.Equal(lang != "en", guide.Contains("data-testid=\"guide-language\"", StringComparison.Ordinal));
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteVerifierGuideTests(SqliteFixture app) : VerifierGuideTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresVerifierGuideTests(PostgresFixture app) : VerifierGuideTests(app);
