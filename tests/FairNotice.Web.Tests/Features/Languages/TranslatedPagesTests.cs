using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 item 1: the pages each demo role reaches, rendered in French, show no raw resource key and none of the
/// English resource sentences (so a sentence left hard-coded in English, or a key read from the wrong place, fails).</summary>
/// <remarks>Only the pages translated so far are listed; the others are named in <see cref="NotYetTranslated"/> so that the gap
/// is visible here rather than hidden.</remarks>
public sealed partial class TranslatedPagesTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private const string Demo = "@demo.fairnotice";

    /// <summary>Pages still in English only (issue #15 item 1, left for a later change).</summary>
    public static readonly string[] NotYetTranslated =
    [
        // None left: a redress file's steps are messages (RedressMessages) and the election rules' unconfirmed values are worded
        // per rule since issue #15's last changes. Data stay as written (a reason the Commission typed, a statute's title).
    ];

    public static TheoryData<string, string> Pages => new()
    {
        { "", "/Redress" },
        { "", "/Redress/Status" },
        { "", "/Statistics" },
        { "", "/Elections" },
        { "", "/Account/Login" },
        { "ncb.fr", "/Account/Denied" },
        { "", "/Elections/{election}" },
        { "ncb.fr", "/Account/Security" },
        { "ncb.fr", "/Account/Password" },
        { "auditor", "/Audit" },
        { "auditor", "/Audit?verify=true" },
        { "reviewer", "/Registry" },
        { "supervisor.fr", "/Registry" },
        { "ncb.fr", "/Screening" },
        { "ncb.fr", "/Members" },
        { "ncb.fr", "/Consultations" },
        { "commission", "/" },
        { "commission", "/Commission?all=True" },
        { "commission", "/Commission/Request/{ccf}" },
        { "ncb.fr", "/" },
        { "ncb.fr", "/Notices?scope=mine" },
        { "ncb.fr", "/Notices?scope=received" },
        { "ncb.fr", "/Notices/New" },
        { "ncb.fr", "/Notices/New?kind=Diffusion" },
        { "ncb.fr", "/Notices/{mine}" },
        { "reviewer", "/" },
        { "reviewer", "/Notices?status=UnderReview" },
        { "reviewer", "/Notices" },
        { "reviewer", "/Notices/{queue}" },
        { "reviewer", "/Notices?status=UnderReview&assigned=Nobody&pending=true" },
        { "admin", "/" },
        { "admin", "/Accounts/New" },
        { "elections", "/" },
        { "elections", "/Elections/New" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InFrench_ShowsNoRawKeyAndNoEnglishSentence(string account, string path)
    {
        using var client = account.Length == 0 ? app.Anonymous() : await app.As(account + Demo);
        path = await ResolveAsync(client, path);
        var english = ResourceCompletenessTests.In("");
        var french = ResourceCompletenessTests.In("fr");

        var response = await client.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        var text = VisibleText(html);
        var rawKeys = english.Keys.Where(k => text.Contains(k, StringComparison.Ordinal)).ToList();
        Assert.True(rawKeys.Count == 0, $"{path} shows raw keys: {string.Join(", ", rawKeys)}");
        // Sentences of three words or more that French words differently, placeholders aside.
        var sentences = english.Where(e => e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && e.Value != french[e.Key] && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value).ToList();
        var leftInEnglish = sentences.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(leftInEnglish.Count == 0, $"{path} in French still shows: {string.Join(" | ", leftInEnglish)}");
        // The header and the footer: not one English label.
        // The signed-in person's display name is data, not a label.
        var chrome = VisibleText(Who().Replace(string.Concat(Chrome().Matches(html).Select(m => m.Value)), " "));
        // A separator (" or ") is not a label: only words of four letters or more count.
        var labels = english.Where(e => e.Value.Trim().Length >= 4 && e.Value != french[e.Key] && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value).Where(v => Regex.IsMatch(chrome, $@"(?<!\w){Regex.Escape(v)}(?!\w)")).ToList();
        Assert.True(labels.Count == 0, $"{path}: the header or footer in French still shows: {string.Join(" | ", labels)}");
    }

    [Theory]
    [InlineData("ar", "rtl", "طلباتي")]
    [InlineData("es", "ltr", "Mis solicitudes")]
    [InlineData("fr", "ltr", "Mes demandes")]
    [InlineData("en", "ltr", "My requests")]
    public async Task ChosenLanguage_IsRememberedByTheCultureCookie(string culture, string dir, string myRequests)
    {
        using var client = await app.As("ncb.fr" + Demo);

        var chosen = await client.GetAsync($"/Language?culture={culture}&returnUrl=%2FNotices%3Fscope%3Dmine");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/Notices?scope=mine", chosen.Headers.Location!.OriginalString);
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        using var next = new HttpRequestMessage(HttpMethod.Get, "/");
        next.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = await (await client.SendAsync(next)).Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains(myRequests, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task ChooseLanguage_NeverRedirectsOffSite(string returnUrl)
    {
        using var anon = app.Anonymous();

        var chosen = await anon.GetAsync($"/Language?culture=fr&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/", chosen.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CommissionFile_NamesItsDocumentsInThePageLanguage_NotByTheFormFieldNames()
    {
        using var client = await app.As("commission" + Demo);
        var path = await ResolveAsync(client, "/Commission/Request/{ccf}");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path + "?lang=es"));

        var spanish = ResourceCompletenessTests.In("es");
        Assert.Contains(spanish["Redress.signed"], html, StringComparison.Ordinal);
        Assert.Contains(spanish["Redress.idDoc"], html, StringComparison.Ordinal);
        Assert.DoesNotContain(">signedStatement", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">identityDocument", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_DoesNotChangeWithTheLanguage()
    {
        using var client = await app.As("ncb.fr" + Demo);

        var english = await client.GetStringAsync("/api/notices?scope=mine");
        var arabic = await client.GetStringAsync("/api/notices?scope=mine&lang=ar");

        Assert.Equal(english, arabic);
    }

    private static async Task<string> ResolveAsync(HttpClient client, string path)
    {
        if (!path.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }

        string? id;
        if (path.Contains("{election}", StringComparison.Ordinal))
        {
            using var elections = JsonDocument.Parse(await client.GetStringAsync("/api/elections"));
            id = elections.RootElement[0].GetProperty("id").GetString();
        }
        else if (path.Contains("{ccf}", StringComparison.Ordinal))
        {
            using var files = JsonDocument.Parse(await client.GetStringAsync("/api/commission/requests?open=false"));
            id = files.RootElement[0].GetProperty("id").GetString();
        }
        else
        {
            var query = path.Contains("{mine}", StringComparison.Ordinal) ? "scope=mine" : "scope=all&status=UnderReview";
            using var doc = JsonDocument.Parse(await client.GetStringAsync($"/api/notices?{query}"));
            id = doc.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        }

        return Regex.Replace(path, @"\{\w+\}", id!);
    }

    internal static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Hidden().Replace(html, " "), " "));

    [GeneratedRegex(@"<(script|style|title)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<span data-testid=""who"">.*?</span>", RegexOptions.Singleline)]
    private static partial Regex Who();

    [GeneratedRegex(@"<header\b.*?</header>|<footer\b.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Chrome();
}
