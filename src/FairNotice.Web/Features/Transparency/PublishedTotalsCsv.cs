using System.Globalization;
using CsvHelper;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Transparency;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Transparency;

/// <summary>Reads and stores the published yearly totals (the CLI's `stats import` and the demo seed share this).</summary>
internal static class PublishedTotalsCsv
{
    public static async Task<Result<IReadOnlyList<PublishedTotal>>> ReadAsync(TextReader reader)
    {
        var rows = new List<string[]>();
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        while (await csv.ReadAsync())
        {
            rows.Add(csv.Record ?? []);
        }

        return Domain.Transparency.Statistics.ParseTotals(rows);
    }

    /// <summary>Replaces the given years, audited as one system action.</summary>
    public static async Task<int> StoreAsync(AppDbContext db, IReadOnlyList<PublishedTotal> totals, DateTimeOffset now, CancellationToken ct)
    {
        var years = totals.Select(t => t.Year).ToList();
        db.PublishedTotals.RemoveRange(await db.PublishedTotals.Where(t => years.Contains(t.Year)).ToListAsync(ct));
        db.PublishedTotals.AddRange(totals.Select(t => new PublishedTotalRecord
        {
            Year = t.Year, RedNotices = t.RedNotices, Diffusions = t.Diffusions, RefusedOrCancelled = t.RefusedOrCancelled,
            RefusedArticle2 = t.RefusedArticle2, RefusedArticle3 = t.RefusedArticle3, Source = t.Source.Length > 400 ? t.Source[..400] : t.Source,
        }));
        db.Audit(Actor.System.Facts(now, "statistics.import", "statistics", null, $"{totals.Count} published yearly totals"));
        await db.SaveChangesAsync(ct);
        return totals.Count;
    }
}
