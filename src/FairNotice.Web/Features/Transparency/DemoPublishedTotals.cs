using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Transparency;

/// <summary>Demo mode: INTERPOL's published yearly totals (<c>interpol-yearly-totals.csv</c>), shown beside the demo's own
/// statistics.</summary>
internal sealed class DemoPublishedTotals : IDemoSeed
{
    // After Notices' history (30), as it always was.
    public int Order => 40;

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        using var reader = new StreamReader(typeof(DemoPublishedTotals).Assembly.GetManifestResourceStream("interpol-yearly-totals.csv")!);
        var totals = await PublishedTotalsCsv.ReadAsync(reader);
        await PublishedTotalsCsv.StoreAsync(seeding.Db, totals.Value, seeding.Now, ct);
    }
}
