using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FairNotice.Web.Tests.Features.Transparency;

/// <summary>The statistics page in the reader's language (issue #15, the walk in French, Spanish and Arabic): colours,
/// kinds and request types by their labels, every heading translated, numbers written the language's way, the refusal
/// rate a percentage as in its chart, "&lt;5" isolated left to right; the downloads stay invariant. Run on both providers.</summary>
public abstract partial class StatisticsPageTests(AppFixture app)
{
    [Fact]
    public async Task Statistics_InFrench_ShowsLabelsAndFrenchNumbers()
    {
        using var anon = app.Anonymous();

        var html = WebUtility.HtmlDecode(await anon.GetStringAsync("/Statistics?lang=fr"));

        var colours = Cells(Table(html, "by-colour"));
        Assert.Contains("Rouge", colours);
        Assert.DoesNotContain("Red", colours);
        Assert.DoesNotContain("Per-member indicators", html, StringComparison.Ordinal);
        Assert.Contains("Indicateurs par pays membre", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ICCS section", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No charge classified", html, StringComparison.Ordinal);
        // The published totals grouped by thousands the French way (a narrow no-break space), never "15,548".
        var totals = Cells(Table(html, "published-totals"));
        Assert.Contains("15\u202F548", totals);
        Assert.DoesNotContain(totals, c => InvariantNumber().IsMatch(c));
        // The refusal rate is a percentage with a decimal comma, as in the chart ("% refusées").
        var rates = Cells(Table(html, "member-indicators")).Where(c => c.Contains('%', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rates);
        Assert.All(rates, r => Assert.Matches(@"^\d{1,3}(,\d)?\u00A0?%$", r));
        Assert.DoesNotContain(Cells(Table(html, "review-times")), c => InvariantNumber().IsMatch(c));

        // The downloads keep the invariant form.
        var csv = await anon.GetStringAsync("/api/statistics/published-totals.csv?lang=fr");
        Assert.Contains("2024,15548,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nRed,", await anon.GetStringAsync("/api/statistics/by-colour.csv?lang=fr"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_InArabic_IsolatesSmallCellsAndLabelsEveryCode()
    {
        using var anon = app.Anonymous();

        var raw = await anon.GetStringAsync("/Statistics?lang=ar");
        var html = WebUtility.HtmlDecode(raw);

        // "<5" would read "5>" in a right-to-left cell: each one is isolated left to right.
        Assert.Contains("<bdi dir=\"ltr\">&lt;5</bdi>", raw, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<td>&lt;5</td>", raw);
        var kinds = Cells(Table(html, "by-year"));
        Assert.DoesNotContain("Notice", kinds);
        Assert.DoesNotContain("Diffusion", kinds);
        Assert.DoesNotContain("CorrectionDeletion", Cells(Table(html, "commission")));
        // The ICCS titles this system holds only in English are marked so.
        Assert.Contains("<span lang=\"en\" dir=\"ltr\">Acts leading to death", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IccsChart_LeavesOutTheUnclassified_AndThePageSaysHowMany()
    {
        using var anon = app.Anonymous();

        var svg = await anon.GetStringAsync("/statistics/charts/refusals-by-iccs.svg?lang=fr");
        var page = WebUtility.HtmlDecode(await anon.GetStringAsync("/Statistics?lang=fr"));

        Assert.DoesNotContain("non classées", svg, StringComparison.Ordinal);
        var unclassified = Cells(Table(page, "refusals-by-iccs")).SkipWhile(c => c != "non classées").Skip(2).First();
        Assert.Matches(@"data-testid=""iccs-unclassified"">[^<]*" + Regex.Escape(unclassified == "<5" ? "Moins de 5" : unclassified) + " demandes refusées", page);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task NarrowCharts_TextStaysReadableOnAPhone(string culture)
    {
        using var anon = app.Anonymous();
        foreach (var chart in new[] { "outcomes-by-year", "long-term", "refusal-rates", "refusals-by-iccs" })
        {
            var svg = XDocument.Parse(await anon.GetStringAsync($"/statistics/charts/{chart}.svg?size=narrow&lang={culture}"));

            // A 390 px phone shows the drawing about 330 px wide: 340 px with 14 px text keeps every text above 13 px.
            var width = double.Parse(svg.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);
            var sizes = svg.Descendants().Where(e => e.Name.LocalName == "text" && e.Value.Trim().Length > 0)
                .Select(e => double.Parse(e.Attribute("font-size")!.Value, CultureInfo.InvariantCulture)).ToList();
            Assert.True(width <= 340, $"{chart}: {width} px wide");
            Assert.NotEmpty(sizes);
            Assert.True(sizes.Min() * 330 / width >= 12, $"{chart} in {culture}: text of {sizes.Min()} px in a {width} px drawing");
        }
    }

    private static string Table(string html, string name)
    {
        var start = html.IndexOf($"data-testid=\"table-{name}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"no table {name}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static List<string> Cells(string table) =>
        [.. Cell().Matches(table).Select(m => Tag().Replace(m.Groups[1].Value, "").Trim())];

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    // "15,548" or "0.52": a number written the invariant way.
    [GeneratedRegex(@"^\d+[.,]\d{3}$|^\d+\.\d+$")]
    private static partial Regex InvariantNumber();
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteStatisticsPageTests(SqliteFixture app) : StatisticsPageTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresStatisticsPageTests(PostgresFixture app) : StatisticsPageTests(app);
