using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Audit;

/// <summary>First at start: a server holding a chain key opens the keyed chain before anything else writes to the trail.</summary>
internal sealed class StartKeyedChainAtStart : IStartupStep
{
    public int Order => 0;

    public Task RunAsync(IServiceProvider services, AppDbContext db, CancellationToken ct) =>
        StartKeyedChain.EnsureAsync(db, services.GetRequiredService<AuditKeyring>().Chain, services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
}
