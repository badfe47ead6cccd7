using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Members;

/// <summary>At start, after the audit chain is opened: the member countries table follows the catalogue.</summary>
internal sealed class SyncMembersAtStart : IStartupStep
{
    public int Order => 10;

    public Task RunAsync(IServiceProvider services, AppDbContext db, CancellationToken ct) => MembersFeature.SyncMembersAsync(db, ct);
}
