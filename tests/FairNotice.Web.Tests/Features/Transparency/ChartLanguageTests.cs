using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FairNotice.Web.Tests.Features.Transparency;

/// <summary>Issue #15 item 1: the statistics charts speak the page's language — titles, axis labels and legends from the
/// <c>Chart.*</c> resources — with Arabic laid out by the browser (not glyph by glyph, which unjoins its letters) and a
/// legend that fits a phone's drawing (it ran past the 400 px image in the walk of the pages).</summary>
[Collection(ApiOnSqlite.Name)]
public sealed partial class ChartLanguageTests(SqliteFixture app)
{
    private static readonly string[] ChartNames = ["outcomes-by-year", "long-term", "refusal-rates", "refusals-by-iccs"];

    public static TheoryData<string, string, string> ChartsInEachLanguage()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var chart in ChartNames)
        {
            foreach (var culture in new[] { "fr", "es", "ar" })
            {
                foreach (var size in new[] { "wide", "narrow" })
                {
                    data.Add(chart, culture, size);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChartsInEachLanguage))]
    public async Task Chart_InTheAskedLanguage_HoldsNoEnglishLabel(string chart, string culture, string size)
    {
        using var anon = app.Anonymous();

        // A sentence broken into lines (a note on a phone's drawing) is read as one.
        var text = Regex.Replace(Labels(await anon.GetStringAsync($"/statistics/charts/{chart}.svg?size={size}&lang={culture}")).Replace(" | ", " ", StringComparison.Ordinal), @"\s+", " ");

        var english = Resources("");
        var translated = Resources("." + culture);
        var shown = english.Keys.Where(k => text.Contains(translated[k], StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count > 0, $"{chart} in {culture} shows none of the Chart.* texts: {text}");
        var leftInEnglish = english.Where(e => e.Value != translated[e.Key] && text.Contains(e.Value, StringComparison.Ordinal)).Select(e => e.Value).ToList();
        Assert.True(leftInEnglish.Count == 0, $"{chart} in {culture} still shows: {string.Join(" | ", leftInEnglish)}");
    }

    [Fact]
    public async Task Chart_InArabic_IsLaidOutByTheBrowser_RightToLeft()
    {
        using var anon = app.Anonymous();

        var svg = await anon.GetStringAsync("/statistics/charts/outcomes-by-year.svg?lang=ar");

        // One start per label (a list of per-glyph positions would draw Arabic letters unjoined, left to right).
        Assert.DoesNotMatch(GlyphList(), svg);
        Assert.Contains("\u2067" + Resources(".ar")["Chart.Pending"] + "\u2069", svg, StringComparison.Ordinal);
        // Numbers stay Western digits, outside any right-to-left isolate.
        Assert.Matches(@">\s*2024\s*<", svg);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task NarrowChart_LegendAndLabels_FitThePhoneDrawing(string culture)
    {
        using var anon = app.Anonymous();
        foreach (var chart in ChartNames)
        {
            var svg = XDocument.Parse(await anon.GetStringAsync($"/statistics/charts/{chart}.svg?size=narrow&lang={culture}"));
            XNamespace ns = "http://www.w3.org/2000/svg";
            var width = double.Parse(svg.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);

            // Every box (the legend's frame among them) and every label's start lies inside the drawing.
            foreach (var rect in svg.Descendants(ns + "rect").Where(r => r.Attribute("x") is not null && r.Attribute("width") is not null))
            {
                var x = Translation(rect) + Number(rect, "x");
                Assert.True(x >= -1 && x + Number(rect, "width") <= width + 1, $"{chart} in {culture}: a box runs from {x} to {x + Number(rect, "width")}, past {width}");
            }

            // (A rotated label, the vertical axis's, is placed in its own turned coordinates.)
            foreach (var label in svg.Descendants(ns + "text").Where(t => t.Attribute("transform")?.Value.StartsWith("translate", StringComparison.Ordinal) != false))
            {
                var start = Translation(label) + Number(label, "x");
                Assert.True(start >= 0 && start < width, $"{chart} in {culture}: '{label.Value}' starts at {start}");
            }
        }
    }

    private static double Number(XElement e, string name) =>
        e.Attribute(name) is { Value.Length: > 0 } a ? double.Parse(a.Value, CultureInfo.InvariantCulture) : 0;

    private static double Translation(XElement e) =>
        e.Attribute("transform") is { } t && Translate().Match(t.Value) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    private static string Labels(string svg) =>
        string.Join(" | ", XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim('\u2067', '\u2069')));

    private static Dictionary<string, string> Resources(string suffix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
        {
            dir = dir.Parent;
        }

        return XDocument.Load(Path.Combine(dir!.FullName, "src", "FairNotice.Web", "Resources", $"SharedResource{suffix}.resx")).Root!.Elements("data")
            .Where(d => d.Attribute("name")!.Value.StartsWith("Chart.", StringComparison.Ordinal))
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\bx=""-?[0-9.]+, ")]
    private static partial Regex GlyphList();

    [GeneratedRegex(@"translate\((-?[0-9.]+)")]
    private static partial Regex Translate();
}
