using FairNotice.Domain.Notices;
using FairNotice.Domain.Transparency;
using ScottPlot;

namespace FairNotice.Web.Features.Transparency;

/// <summary>Server-rendered SVG charts (ScottPlot), readable without JavaScript. Small cells are not drawn.</summary>
internal static class Charts
{

    private static readonly (string Label, Color Colour, Func<StatOutcome, bool> Match)[] Groups =
    [
        ("published", Colors.SteelBlue, o => o is StatOutcome.Published or StatOutcome.Expired),
        ("refused (Art. 2, 3, 83, data quality)", Colors.FireBrick, Statistics.IsRefusal),
        ("withdrawn or cancelled", Colors.Gray, o => o is StatOutcome.Withdrawn or StatOutcome.Cancelled),
        ("deleted after a Commission decision", Colors.DarkOrange, o => o == StatOutcome.DeletedByCommission),
        ("pending", Colors.LightGray, o => o == StatOutcome.Pending),
    ];

    /// <summary>Stacked bars: requests submitted each year, by outcome.</summary>
    public static string OutcomesByYear(IReadOnlyList<RequestFact> facts, ChartSize size)
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
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = colour });
        }

        Years(plot, years);
        plot.Title("FairNotice: requests submitted per year, by outcome");
        plot.YLabel("requests (counts under 5 not drawn)");
        plot.Axes.Margins(bottom: 0);
        return Finish(plot, size, legend: true);
    }

    /// <summary>The published long-term series of Red Notices and diffusions, with this system's own yearly requests beside it.</summary>
    public static string LongTerm(IReadOnlyList<PublishedTotal> totals, IReadOnlyList<RequestFact> facts, ChartSize size)
    {
        var plot = new Plot();
        var red = totals.Where(t => t.RedNotices is not null).OrderBy(t => t.Year).ToList();
        if (red.Count > 0)
        {
            var s = plot.Add.Scatter(red.Select(t => (double)t.Year).ToArray(), red.Select(t => (double)t.RedNotices!.Value).ToArray(), Colors.FireBrick);
            s.LegendText = "Red Notices issued (published figures)";
            s.MarkerSize = 7;
        }

        var diffusions = totals.Where(t => t.Diffusions is not null).OrderBy(t => t.Year).ToList();
        if (diffusions.Count > 0)
        {
            var s = plot.Add.Scatter(diffusions.Select(t => (double)t.Year).ToArray(), diffusions.Select(t => (double)t.Diffusions!.Value).ToArray(), Colors.DarkOrange);
            s.LegendText = "wanted-person diffusions (published figures)";
            s.MarkerSize = 7;
            s.LineWidth = 0;
        }

        var own = facts.Where(f => f.Kind == NoticeKind.Notice && f.Colour == NoticeColour.Red).GroupBy(f => f.Year).OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Count: Drawn(g.Count()))).Where(x => x.Count > 0).ToList();
        if (own.Count > 0)
        {
            var s = plot.Add.Scatter(own.Select(x => (double)x.Year).ToArray(), own.Select(x => (double)x.Count).ToArray(), Colors.SteelBlue);
            s.LegendText = "Red Notice requests in this FairNotice (right axis)";
            s.Axes.YAxis = plot.Axes.Right;
            s.MarkerSize = 7;
            plot.Axes.Right.Label.Text = "this system";
        }

        if (red.Count == 0 && diffusions.Count == 0)
        {
            plot.Add.Annotation("No published totals loaded yet: fairnotice stats import <csv>");
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) };
        plot.Title("Growth since the late 1990s: published yearly totals and this system");
        plot.YLabel("per year (published figures)");
        return Finish(plot, size, legend: true);
    }

    /// <summary>Refusal rate per member, highest first (members with too few decisions, or a small refusal count, are left out).</summary>
    public static string RefusalRates(IReadOnlyList<RequestFact> facts, ChartSize size)
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
            plot.Add.Annotation("Not enough decisions per member to publish a rate (small-cell rule)");
        }

        plot.Title("Refusal rate by requesting member (% of decided requests)");
        plot.XLabel("% refused");
        plot.Axes.Margins(left: 0);
        return Finish(plot, size, legend: false);
    }

    /// <summary>Sizes the text for the drawing's size, places the legend (inside the plot on a wide drawing, below it on a
    /// narrow one, where it would hide the data) and returns the SVG.</summary>
    public static string Finish(Plot plot, ChartSize size, bool legend)
    {
        if (size.IsNarrow)
        {
            // The page's caption names the chart; a title would not fit 400 px, and the axis labels shrink to fit.
            plot.Axes.Title.IsVisible = false;
            foreach (var axis in plot.Axes.GetAxes())
            {
                axis.Label.FontSize = 12;
                axis.TickLabelStyle.FontSize = 11;
            }
        }

        if (legend)
        {
            if (size.IsNarrow)
            {
                plot.ShowLegend(Edge.Bottom);
            }
            else
            {
                plot.Legend.IsVisible = true;
                plot.Legend.Alignment = Alignment.UpperLeft;
            }
        }

        return Scalable(plot.GetSvgXml(size.Width, size.Height), size.Width, size.Height);
    }

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
    public static readonly ChartSize Narrow = new(400, 440);

    public bool IsNarrow => Width < 600;
}
