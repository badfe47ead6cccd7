using System.Text.Json;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Transparency;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using ScottPlot;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Features.Transparency;

/// <summary>The statistics of refusals per ICCS section: a table (CSV, JSON) and a chart. Only the sections of each
/// refused request's charges leave this file, never the charges themselves.</summary>
internal static class RefusalsByOffenceClass
{
    public static async Task<List<RefusalFact>> FactsAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Notices.AsNoTracking().Where(n => n.SubmittedAt != null && n.Status == NoticeStatus.Refused)
            .Select(n => new { n.SubmittedAt, n.RefusalGround, n.ContentJson, n.ErasedAt, n.OffenceSections }).ToListAsync(ct);
        // An erased request's charges are gone: its sections were kept when they were erased (issue #18).
        return [.. rows.Select(r => new RefusalFact(r.SubmittedAt!.Value.UtcDateTime.Year, TransparencyFeature.Outcome(NoticeStatus.Refused, r.RefusalGround, false),
            r.ErasedAt is not null
                ? [.. (r.OffenceSections ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)]
                : [.. OffenceClassifier.Default.Classify(JsonSerializer.Deserialize<NoticeContent>(r.ContentJson, Json.Options)?.Case?.Charges)
                    .Select(c => c.Section).OfType<string>().Distinct(StringComparer.Ordinal)]))];
    }

    public static async Task<StatTable> TableAsync(AppDbContext db, CancellationToken ct) =>
        RefusalsBySection.Table(await FactsAsync(db, ct), OffenceClassifier.Default);

    /// <summary>Horizontal bars: refusals per classified section; sections with 1 to 4 refusals are not drawn. The refusals
    /// with no classified charge are not drawn either (one long "unclassified" bar would flatten every other one and say
    /// nothing of the offences): the page states their number in words under the chart.</summary>
    public static async Task<string> ChartAsync(AppDbContext db, ChartSize size, Microsoft.Extensions.Localization.IStringLocalizer l, CancellationToken ct)
    {
        var counts = RefusalsBySection.Counts(await FactsAsync(db, ct)).Where(c => c.Count >= SmallCells.Threshold && c.Section != Unclassified).ToList();
        var plot = new Plot();
        for (var i = 0; i < counts.Count; i++)
        {
            plot.Add.Bar(new Bar { Position = counts.Count - i, Value = counts[i].Count, FillColor = Colors.FireBrick, Orientation = Orientation.Horizontal });
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, counts.Count).Select(i => (double)(counts.Count - i))],
            [.. counts.Select(c => $"{c.Section} {Short(OffenceClassifier.Default.SectionOf(c.Section)?.Title, size.IsNarrow ? 18 : 40)}")]);
        if (counts.Count == 0)
        {
            Charts.NoData(plot, l["Chart.NoIccs"], size);
        }

        Charts.Counts(plot.Axes.Bottom);
        plot.Title(l["Chart.IccsTitle"]);
        // Two lines on a phone's drawing, where one would run past its edges.
        plot.XLabel($"{l["Chart.IccsAxis"]}{(size.IsNarrow ? "\n" : " ")}({l["Chart.SmallCounts"]})");
        plot.Axes.Margins(left: 0);
        return Charts.Finish(plot, size, legend: false, l);
    }

    /// <summary>The table's row (and the counts' key) for refusals with no classified charge.</summary>
    public const string Unclassified = "unclassified";

    private static string Short(string? title, int max) => title is null ? "" : title.Length <= max ? title : title[..(max - 2)] + "…";
}
