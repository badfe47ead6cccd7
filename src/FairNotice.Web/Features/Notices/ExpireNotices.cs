using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Cluster;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>Expires published and suspended requests whose validity has run out (RPD Art. 50: no automatic renewal).</summary>
internal static class ExpireNotices
{
    public static async Task<int> RunAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.Notices.Include(n => n.Events)
            .Where(n => (n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Suspended) && n.ExpiresAt != null && n.ExpiresAt <= now)
            .ToListAsync(ct);
        foreach (var record in due)
        {
            var applied = ChangeStatus.Apply(db, record, Actor.System, now, NoticeAction.Expire, "validity ran out without renewal");
            if (!applied.IsOk)
            {
                throw new InvalidOperationException($"Expiry of {record.Id} was refused: {applied.Error!.Message}");
            }
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}

/// <summary>Runs <see cref="ExpireNotices"/> at start and then every <c>Notices:ExpiryCheckMinutes</c> minutes, on the
/// cluster's leader only (one expiry, one audit entry, whatever the number of nodes).</summary>
internal sealed class ExpiryService(IServiceScopeFactory scopes, ILeadership leadership, TimeProvider clock, IConfiguration config, ILogger<ExpiryService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMinutes(Math.Max(1, config.GetValue("Notices:ExpiryCheckMinutes", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var expired = await RunIfLeaderAsync(stoppingToken);
                if (expired > 0)
                {
                    log.LogInformation("Expired {Count} request(s) past their validity", expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Expiry check failed; will retry");
            }

            await Task.Delay(every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>One tick of the job: expires what is due if this node leads, else nothing.</summary>
    internal async Task<int> RunIfLeaderAsync(CancellationToken ct)
    {
        if (!await leadership.IsLeaderAsync(ct))
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await ExpireNotices.RunAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), clock.GetUtcNow(), ct);
    }
}
