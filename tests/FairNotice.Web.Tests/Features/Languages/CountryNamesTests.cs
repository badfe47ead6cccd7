using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 (an outsider's walk): country, NCB and language names in the page's language, from Unicode CLDR
/// (<c>Features/Languages/data/cldr-names.json</c>), while the API keeps codes and English. Run on SQLite and PostgreSQL.</summary>
public abstract partial class CountryNamesTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Theory]
    [InlineData("en", "Germany", "NCB Wiesbaden")]
    [InlineData("fr", "Allemagne", "BCN de Wiesbaden")]
    [InlineData("es", "Alemania", "OCN de Wiesbaden")]
    [InlineData("ar", "ألمانيا", "المكتب المركزي الوطني في Wiesbaden")]
    public async Task MembersPage_NamesCountriesAndBureausInThePageLanguage(string lang, string germany, string bureau)
    {
        using var client = app.Anonymous();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Members?lang={lang}"));

        Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<td><bdi>{germany}</bdi></td>", html, StringComparison.Ordinal);
        Assert.Contains(bureau, html, StringComparison.Ordinal);
        if (lang != "en")
        {
            Assert.DoesNotContain(">Germany<", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_KeepsCodesAndEnglish_WhateverThePageLanguage()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");

        var english = await client.GetStringAsync("/api/members/de");
        var arabic = await client.GetStringAsync("/api/members/de?lang=ar");

        Assert.Equal(english, arabic);
        Assert.Contains("\"Germany\"", arabic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "NCB France", "(France)")]
    [InlineData("es", "OCN Francia", "(Francia)")]
    [InlineData("ar", "المكتب المركزي الوطني في فرنسا", "(<bdi>فرنسا</bdi>)")]
    public async Task NcbHome_TitleAndHeader_NameTheCountry(string lang, string title, string header)
    {
        using var client = await app.As("ncb.fr" + Demo);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/?lang={lang}"));

        Assert.Matches($"data-testid=\"home-title\">{Regex.Escape(title)}</h1>", html);
        var who = Who().Match(html).Value;
        Assert.Contains(lang == "ar" ? header : $"(<bdi>{header[1..^1]}</bdi>)", who, StringComparison.Ordinal);
        Assert.DoesNotContain(">FR<", who, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task NewNotice_ListsMembersByTheirNamesInThePageLanguage_InThatLanguagesOrder(string lang)
    {
        using var client = await app.As("ncb.fr" + Demo);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Notices/New?kind=Diffusion&lang={lang}"));

        var select = AddresseesSelect().Match(html);
        Assert.True(select.Success, "no addressee select");
        var names = Option().Matches(select.Value).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(195, names.Count); // every member but the filer's own
        Assert.Contains(lang == "fr" ? "Allemagne" : "ألمانيا", names);
        Assert.DoesNotContain("Germany", names);
        var compare = CultureInfo.GetCultureInfo(lang).CompareInfo;
        Assert.Equal([.. names.Order(Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase)))], names);
    }

    [Theory]
    [InlineData("en", "written in ")]
    [InlineData("es", "redactada en ")]
    [InlineData("ar", "محرَّر بال")]
    public async Task CommissionFile_SaysTheLanguageOfTheRequestByItsName(string lang, string phrase)
    {
        using var client = await app.As("commission" + Demo);
        using var files = JsonDocument.Parse(await client.GetStringAsync("/api/commission/requests?open=false"));
        var id = files.RootElement[0].GetProperty("id").GetString();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Commission/Request/{id}?lang={lang}"));

        var at = html.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no \"{phrase}\"");
        var said = html[(at + phrase.Length)..].Split(';')[0];
        // A language's name ("English", « inglés », "الإنجليزية"), not its code ("en").
        Assert.DoesNotMatch("^(ar|en|es|fr)$", said);
        Assert.True(said.Length > 3, said);
    }

    [GeneratedRegex(@"<span data-testid=""who"">.*?</span></span>", RegexOptions.Singleline)]
    private static partial Regex Who();

    [GeneratedRegex(@"<select[^>]*name=""Form.Addressees""[^>]*>.*?</select>", RegexOptions.Singleline)]
    private static partial Regex AddresseesSelect();

    [GeneratedRegex(@"<option value=""([A-Z]{2})""[^>]*>(.*?) \(\1\)</option>", RegexOptions.Singleline)]
    private static partial Regex Option();
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteCountryNamesTests(SqliteFixture app) : CountryNamesTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresCountryNamesTests(PostgresFixture app) : CountryNamesTests(app);
