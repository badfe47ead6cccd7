using System.Globalization;
using System.Text;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Domain.Transparency;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Features.Transparency;

/// <summary>A published yearly total, loaded with <c>fairnotice stats import</c>.</summary>
internal sealed class PublishedTotalRecord
{
    public int Year { get; set; }
    public int? RedNotices { get; set; }
    public int? Diffusions { get; set; }
    public int? RefusedOrCancelled { get; set; }
    public int? RefusedArticle2 { get; set; }
    public int? RefusedArticle3 { get; set; }
    public string Source { get; set; } = "";
}

internal sealed class PublishedTotalConfiguration : IEntityTypeConfiguration<PublishedTotalRecord>
{
    public void Configure(EntityTypeBuilder<PublishedTotalRecord> b)
    {
        b.ToTable("PublishedTotals");
        b.HasKey(t => t.Year);
        b.Property(t => t.Year).ValueGeneratedNever();
        b.Property(t => t.Source).HasMaxLength(400);
    }
}

/// <summary>Every table of the statistics page, as served.</summary>
public sealed record StatisticsResponse(DateTimeOffset GeneratedAt, string SuppressionRule, IReadOnlyList<StatTable> Tables);

/// <summary>Public statistics: tables, CSV and JSON downloads, and charts — from facts that carry no personal data.</summary>
public static class TransparencyFeature
{
    public const string SuppressionRule = "Counts from 1 to 4 are shown as \"<5\" (and rates built on them are withheld) so that no individual can be singled out.";

    public static IServiceCollection AddTransparency(this IServiceCollection services) => services.AddDemoSeed<DemoPublishedTotals>();

    public static IEndpointRouteBuilder MapTransparency(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/statistics").WithTags("Statistics (public)").AllowAnonymous();
        group.MapGet("/", async (AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(new StatisticsResponse(clock.GetUtcNow(), SuppressionRule, await TablesAsync(db, ct))))
            .WithSummary("Every statistics table: by year, member, colour and outcome; review times; Commission requests; per-member indicators; published totals.");
        group.MapGet("/{name}.{format}", Download)
            .WithSummary("One table as csv or json (names: by-year, by-member, by-colour, review-times, commission, member-indicators, published-totals, refusals-by-iccs).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/statistics/charts/{name}.svg", Chart).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<List<StatTable>> TablesAsync(AppDbContext db, CancellationToken ct)
    {
        var (requests, redress, totals) = await FactsAsync(db, ct);
        return
        [
            Statistics.ByYear(requests), Statistics.ByMember(requests), Statistics.ByColour(requests), Statistics.ReviewTimes(requests),
            Statistics.Commission(redress), Statistics.MemberIndicators(requests), Statistics.PublishedTotals(totals),
            await RefusalsByOffenceClass.TableAsync(db, ct),
        ];
    }

    internal static async Task<(List<RequestFact> Requests, List<RedressFact> Redress, List<PublishedTotal> Totals)> FactsAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Notices.AsNoTracking().Where(n => n.SubmittedAt != null)
            .Select(n => new { n.Id, n.SubmittedAt, n.RequestingCountry, n.Kind, n.Colour, n.Status, n.RefusalGround, n.DeletedByCommission, n.RepeatedAttempt, n.PublishedAt })
            .ToListAsync(ct);
        var decisions = await db.NoticeEvents.AsNoTracking()
            .Where(e => e.Action == "Publish" || e.Action == "Refuse" || e.Action == "PublishWithRestrictions")
            .Select(e => new { e.NoticeId, e.At }).ToListAsync(ct);
        var decidedAt = decisions.GroupBy(d => d.NoticeId).ToDictionary(g => g.Key, g => g.Min(d => d.At));
        var requests = rows.Select(n => new RequestFact(n.SubmittedAt!.Value.UtcDateTime.Year, n.RequestingCountry, n.Kind, n.Colour,
            Outcome(n.Status, n.RefusalGround, n.DeletedByCommission),
            decidedAt.TryGetValue(n.Id, out var at) ? Math.Max(0, (at - n.SubmittedAt!.Value).TotalDays) : null, n.RepeatedAttempt)).ToList();
        var redress = (await db.RedressRequests.AsNoTracking().Select(r => new { r.ReceivedAt, r.Type, r.Status, r.Outcome }).ToListAsync(ct))
            .Select(r => new RedressFact(r.ReceivedAt.UtcDateTime.Year, r.Type, r.Status, r.Outcome)).ToList();
        var totals = (await db.PublishedTotals.AsNoTracking().ToListAsync(ct))
            .Select(t => new PublishedTotal(t.Year, t.RedNotices, t.Diffusions, t.RefusedOrCancelled, t.RefusedArticle2, t.RefusedArticle3, t.Source)).ToList();
        return (requests, redress, totals);
    }

    internal static StatOutcome Outcome(NoticeStatus status, Ground? ground, bool deletedByCommission) =>
        deletedByCommission ? StatOutcome.DeletedByCommission : status switch
        {
            NoticeStatus.Published or NoticeStatus.Suspended => StatOutcome.Published,
            NoticeStatus.Refused => ground switch
            {
                Ground.Article2 => StatOutcome.RefusedArticle2,
                Ground.Article3 => StatOutcome.RefusedArticle3,
                Ground.Article83 => StatOutcome.RefusedArticle83,
                _ => StatOutcome.RefusedDataQuality,
            },
            NoticeStatus.Withdrawn => StatOutcome.Withdrawn,
            NoticeStatus.Cancelled => StatOutcome.Cancelled,
            NoticeStatus.Expired => StatOutcome.Expired,
            _ => StatOutcome.Pending,
        };

    private static async Task<IResult> Download(string name, string format, AppDbContext db, CancellationToken ct)
    {
        var table = (await TablesAsync(db, ct)).FirstOrDefault(t => t.Name == name);
        if (table is null || format is not ("csv" or "json"))
        {
            return Problems.From(new Domain.NotFoundError("statistics.not_found", "No such table or format (csv or json)."));
        }

        return format == "json"
            ? TypedResults.Json(new { table.Name, table.Title, suppression = SuppressionRule, table.Columns, table.Rows }, Json.Options)
            : TypedResults.File(Encoding.UTF8.GetBytes(ToCsv(table)), "text/csv; charset=utf-8", $"fairnotice-{name}.csv");
    }

    /// <summary>RFC 4180 CSV: a header, then one line per row; fields with commas, quotes or line breaks are quoted.</summary>
    internal static string ToCsv(StatTable table)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Columns.Select(Field)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            sb.AppendJoin(',', row.Select(c => Field(Format(c)))).Append("\r\n");
        }

        return sb.ToString();

        static string Field(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
    }

    internal static string Format(object? c) => c switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "",
    };

    // ?size=narrow draws the chart for a phone (the page asks for it with a media query); anything else is the wide drawing.
    // Its texts are in the request's language (?lang= from the page, else the cookie or Accept-Language).
    private static async Task<IResult> Chart(string name, string? size, AppDbContext db, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (requests, _, totals) = await FactsAsync(db, ct);
        var drawn = size == "narrow" ? ChartSize.Narrow : ChartSize.Wide;
        var svg = name switch
        {
            "outcomes-by-year" => Charts.OutcomesByYear(requests, drawn, l),
            "long-term" => Charts.LongTerm(totals, requests, drawn, l),
            "refusal-rates" => Charts.RefusalRates(requests, drawn, l),
            "refusals-by-iccs" => await RefusalsByOffenceClass.ChartAsync(db, drawn, l, ct),
            _ => null,
        };
        return svg is null ? Results.NotFound() : Results.Text(svg, "image/svg+xml", Encoding.UTF8);
    }
}
