using System.Text.RegularExpressions;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Transparency;
using Microsoft.Extensions.Localization;
using ScottPlot;

namespace FairNotice.Web.Features.Transparency;

/// <summary>Server-rendered SVG charts (ScottPlot), readable without JavaScript, with every title, axis label and legend
/// in the page's language (the <c>Chart.*</c> resources). Small cells are not drawn.</summary>
internal static partial class Charts
{

    private static readonly (string Label, Color Colour, Func<StatOutcome, bool> Match)[] Groups =
    [
        ("Chart.Published", Colors.SteelBlue, o => o is StatOutcome.Published or StatOutcome.Expired),
        ("Chart.Refused", Colors.FireBrick, Statistics.IsRefusal),
        ("Chart.Withdrawn", Colors.Gray, o => o is StatOutcome.Withdrawn or StatOutcome.Cancelled),
        ("Chart.Deleted", Colors.DarkOrange, o => o == StatOutcome.DeletedByCommission),
        ("Chart.Pending", Colors.LightGray, o => o == StatOutcome.Pending),
    ];

    /// <summary>Stacked bars: requests submitted each year, by outcome.</summary>
    public static string OutcomesByYear(IReadOnlyList<RequestFact> facts, ChartSize size, IStringLocalizer l)
    {
        var plot = new Plot();
        var years = facts.Select(f => f.Year).Distinct().Order().ToList();
        foreach (var year in years)
        {
            double baseline = 0;
            foreach (var (_, colour, match) in Groups)
            {
                var n = Drawn(facts.Count(f => f.Year == year && match(f.Outcome)));
                if (n > 0)
                {
                    plot.Add.Bar(new Bar { Position = year, ValueBase = baseline, Value = baseline + n, FillColor = colour });
                    baseline += n;
                }
            }
        }

        foreach (var (label, colour, _) in Groups)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = l[label], FillColor = colour });
        }

        Years(plot, years);
        Counts(plot.Axes.Left);
        plot.Title(l["Chart.OutcomesTitle"]);
        plot.YLabel(l["Chart.OutcomesAxis"]);
        plot.XLabel(l["Chart.SmallCounts"]);
        plot.Axes.Margins(bottom: 0);
        return Finish(plot, size, legend: true, l);
    }

    /// <summary>The published long-term series of Red Notices and diffusions, with this system's own yearly requests beside it.</summary>
    public static string LongTerm(IReadOnlyList<PublishedTotal> totals, IReadOnlyList<RequestFact> facts, ChartSize size, IStringLocalizer l)
    {
        var plot = new Plot();
        var red = totals.Where(t => t.RedNotices is not null).OrderBy(t => t.Year).ToList();
        if (red.Count > 0)
        {
            var s = plot.Add.Scatter(red.Select(t => (double)t.Year).ToArray(), red.Select(t => (double)t.RedNotices!.Value).ToArray(), Colors.FireBrick);
            s.LegendText = l["Chart.RedNoticesIssued"];
            s.MarkerSize = 7;
        }

        var diffusions = totals.Where(t => t.Diffusions is not null).OrderBy(t => t.Year).ToList();
        if (diffusions.Count > 0)
        {
            var s = plot.Add.Scatter(diffusions.Select(t => (double)t.Year).ToArray(), diffusions.Select(t => (double)t.Diffusions!.Value).ToArray(), Colors.DarkOrange);
            s.LegendText = l["Chart.DiffusionsIssued"];
            s.MarkerSize = 7;
            s.LineWidth = 0;
        }

        var own = facts.Where(f => f.Kind == NoticeKind.Notice && f.Colour == NoticeColour.Red).GroupBy(f => f.Year).OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Count: Drawn(g.Count()))).Where(x => x.Count > 0).ToList();
        if (own.Count > 0)
        {
            var s = plot.Add.Scatter(own.Select(x => (double)x.Year).ToArray(), own.Select(x => (double)x.Count).ToArray(), Colors.SteelBlue);
            s.LegendText = l["Chart.OwnRequests"];
            s.Axes.YAxis = plot.Axes.Right;
            s.MarkerSize = 7;
            plot.Axes.Right.Label.Text = l["Chart.ThisSystem"];
        }

        if (red.Count == 0 && diffusions.Count == 0)
        {
            NoData(plot, l["Chart.NoPublishedTotals"], size);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) };
        Counts(plot.Axes.Left);
        Counts(plot.Axes.Right);

        // Every series shares the years axis, this system's own (on the right-hand counts axis) too: the axis spans all of
        // their years, so that the last year of any series is drawn inside the plot (ScottPlot's automatic limits took
        // the left-hand series' years only, and this system's line ran off the plot after 2025).
        var allYears = red.Select(t => t.Year).Concat(diffusions.Select(t => t.Year)).Concat(own.Select(x => x.Year)).ToList();
        if (allYears.Count > 0)
        {
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(allYears.Min() - 1, allYears.Max() + 1);
        }

        plot.Title(l["Chart.LongTermTitle"]);
        plot.YLabel(l["Chart.LongTermAxis"]);
        return Finish(plot, size, legend: true, l);
    }

    /// <summary>Refusal rate per member, highest first (members with too few decisions, or a small refusal count, are left out).</summary>
    public static string RefusalRates(IReadOnlyList<RequestFact> facts, ChartSize size, IStringLocalizer l)
    {
        var plot = new Plot();
        var rates = facts.GroupBy(f => f.Country).Select(g => (Country: g.Key, Statistics.RefusalRate(g).Rate))
            .Where(x => x.Rate is double).Select(x => (x.Country, Rate: (double)x.Rate!)).OrderByDescending(x => x.Rate).Take(20).ToList();
        for (var i = 0; i < rates.Count; i++)
        {
            plot.Add.Bar(new Bar { Position = rates.Count - i, Value = rates[i].Rate * 100, FillColor = Colors.FireBrick, Orientation = Orientation.Horizontal });
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rates.Count).Select(i => (double)(rates.Count - i))], [.. rates.Select(r => r.Country)]);
        if (rates.Count == 0)
        {
            NoData(plot, l["Chart.NoRates"], size);
        }

        Counts(plot.Axes.Bottom);
        plot.Title(l["Chart.RatesTitle"]);
        plot.XLabel(l["Chart.RatesAxis"]);
        plot.Axes.Margins(left: 0);
        return Finish(plot, size, legend: false, l);
    }

    /// <summary>Sizes the text for the drawing's size, places the legend below the plot and returns the SVG.</summary>
    public static string Finish(Plot plot, ChartSize size, bool legend, IStringLocalizer l)
    {
        // A font that holds the language's script (Skia leaves out the letters its font lacks): a sans-serif one for the
        // Latin languages, one found on the system for Arabic.
        var font = FontFor(l["Chart.Refused"]);
        plot.Font.Set(font);
        plot.Legend.FontName = font;
        foreach (var note in plot.GetPlottables().OfType<ScottPlot.Plottables.Annotation>())
        {
            note.LabelFontName = font;
        }
        if (size.IsNarrow)
        {
            // The page's caption names the chart; a title would not fit 400 px, and the axis labels shrink to fit.
            // The drawing is shown about 330 px wide on a 390 px phone (scaled by 0.96): 14 px text stays above 13 px there.
            plot.Axes.Title.IsVisible = false;
            foreach (var axis in plot.Axes.GetAxes())
            {
                axis.Label.FontSize = ChartSize.NarrowLabelSize;
                axis.TickLabelStyle.FontSize = ChartSize.NarrowTextSize;
            }
        }

        if (legend)
        {
            // Under the plot, where it hides no data (longer labels in French, Spanish or Arabic would cover the bars):
            // one item a line on a phone's 400 px, rows that wrap on the wide drawing.
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = size.IsNarrow ? Orientation.Vertical : Orientation.Horizontal;
            plot.Legend.TightHorizontalWrapping = true;
            plot.Legend.FontSize = size.IsNarrow ? ChartSize.NarrowTextSize : 12;
            if (size.IsNarrow)
            {
                // The legend is as wide as the plot's data area: on a phone's drawing a long label takes two lines (the
                // long-term chart's area is narrower, between its two counts axes).
                foreach (var item in plot.Legend.ManualItems)
                {
                    item.LabelText = Wrapped(item.LabelText, 28);
                }

                foreach (var series in plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>())
                {
                    series.LegendText = Wrapped(series.LegendText, 18);
                }
            }
        }

        return Scalable(ReaderLaidOut(plot.GetSvgXml(size.Width, size.Height)), size.Width, size.Height);
    }

    // A font of the system that holds the language's letters, sans-serif first (Skia's own "sans-serif" can resolve to a
    // serif face): Liberation Sans or DejaVu Sans for the Latin languages, DejaVu Sans (or any with Arabic) for Arabic.
    private static string FontFor(string sample)
    {
        var letters = sample.Where(char.IsLetter).Distinct().ToList();
        var families = SkiaSharp.SKFontManager.Default.FontFamilies.OrderBy(f => f.Contains("Sans", StringComparison.Ordinal) && !f.Contains("Mono", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var family in families)
        {
            using var face = SkiaSharp.SKTypeface.FromFamilyName(family);
            if (face is not null && letters.All(c => face.ContainsGlyph(c)))
            {
                return family;
            }
        }

        return Fonts.Default;
    }

    /// <summary>Each label laid out by the reader's browser, not glyph by glyph: ScottPlot (through Skia) writes one x
    /// position per character, which breaks Arabic (letters unjoined, in the wrong order) and lets a label run past its
    /// box when the reader's font is wider. Only the label's start is kept; the font list ends with a generic family; a
    /// label in Arabic script is isolated right to left (U+2067 … U+2069), so its words, numbers and brackets read in
    /// order inside the drawing.</summary>
    public static string ReaderLaidOut(string svg)
    {
        svg = GlyphPositions().Replace(svg, "$1=\"$2\"");
        svg = FontFamily().Replace(svg, m => m.Groups[1].Value.Contains("sans-serif", StringComparison.Ordinal) ? m.Value : $"font-family=\"{m.Groups[1].Value}, sans-serif\"");
        return ArabicLabel().Replace(svg, m => $">\u2067{m.Groups[1].Value}\u2069<");
    }

    [GeneratedRegex(@"\b(x|y)=""(-?[0-9.]+(?:[eE]-?[0-9]+)?),[^""]*""")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex(@"font-family=""([^""]*)""")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@">\s*([^<>]*[\u0600-\u06FF][^<>]*?)\s*<")]
    private static partial Regex ArabicLabel();
    /// <summary>The chart as an SVG that scales to the width it is shown at (a phone's 360 px as well as a desktop's card):
    /// ScottPlot writes a fixed width and height, so the root gets a <c>viewBox</c> of the same size, which lets the browser
    /// scale the drawing instead of cropping it (issue #15 item 2).</summary>
    public static string Scalable(string svg, int width, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = start < 0 ? -1 : svg.IndexOf('>', start);
        if (end < 0 || svg.AsSpan(start, end - start).Contains("viewBox", StringComparison.Ordinal))
        {
            return svg;
        }

        var viewBox = string.Create(System.Globalization.CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\"");
        return svg.Insert(start + "<svg".Length, viewBox);
    }

    // A count of 1 to 4 could single someone out: it is not drawn.
    private static int Drawn(int n) => n is > 0 and < SmallCells.Threshold ? 0 : n;

    /// <summary>A sentence in the middle of an empty plot, broken into lines that fit the drawing, in the drawing's text size.</summary>
    public static void NoData(Plot plot, string sentence, ChartSize size)
    {
        // Nothing is drawn: no axes (an empty scale from -10 to 10 would suggest data), only the sentence.
        plot.HideAxesAndGrid();
        var note = plot.Add.Annotation(Wrapped(sentence, size.IsNarrow ? 30 : 70));
        note.LabelFontSize = size.IsNarrow ? ChartSize.NarrowTextSize : 14;
        note.Alignment = Alignment.MiddleCenter;
    }

    /// <summary>Text broken into lines of at most <paramref name="perLine"/> characters (a longer word keeps its own line).</summary>
    public static string Wrapped(string text, int perLine)
    {
        var lines = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= perLine)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The axis's numbers written the page's way (French "20 000" and "0,5", Spanish "20.000").</summary>
    public static void Counts(IAxis axis)
    {
        var culture = Languages.PageCulture.Numbers;
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("#,0.##", culture) };
    }

    private static void Years(Plot plot, List<int> years)
    {
        if (years.Count > 0)
        {
            plot.Axes.Bottom.SetTicks([.. years.Select(y => (double)y)], [.. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }
    }
}

/// <summary>The size a chart is drawn at: <see cref="Wide"/> for a desktop's card, <see cref="Narrow"/> for a phone, where
/// the wide drawing scaled down to 360 px would make its text too small to read (the page picks one with a media query).</summary>
internal readonly record struct ChartSize(int Width, int Height)
{
    public static readonly ChartSize Wide = new(760, 360);
    public static readonly ChartSize Narrow = new(340, 520);

    /// <summary>The narrow drawing's tick and legend text (px of the drawing).</summary>
    public const int NarrowTextSize = 14;

    /// <summary>The narrow drawing's axis titles.</summary>
    public const int NarrowLabelSize = 15;

    public bool IsNarrow => Width < 600;
}
