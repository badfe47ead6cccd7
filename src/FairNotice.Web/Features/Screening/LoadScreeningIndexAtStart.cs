using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Screening;

/// <summary>At start, after the demo data is seeded: the live screening index is loaded from the stored notices.</summary>
internal sealed class LoadScreeningIndexAtStart : IStartupStep
{
    public int Order => StartupStep.DemoSeeding + 10;

    public Task RunAsync(IServiceProvider services, AppDbContext db, CancellationToken ct) =>
        services.GetRequiredService<LiveScreeningIndex>().LoadAsync(db, ct);
}
