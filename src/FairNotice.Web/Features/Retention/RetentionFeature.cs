using FairNotice.Domain.Retention;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Cluster;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Retention;

public sealed class RetentionOptions
{
    /// <summary>Run the daily job at all (the retention run also exists as a call for tests and operators).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Run once at start, before the first day has passed (demo mode: a short run one can watch in the log and the trail).</summary>
    public bool RunAtStart { get; set; }

    /// <summary>Hours between runs.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 168)]
    public int IntervalHours { get; set; } = 24;
}

public static class RetentionFeature
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration("Retention").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(RetentionSchedule.Default);
        return services.AddHostedService<RetentionJob>();
    }

    public static IEndpointRouteBuilder MapRetention(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/retention/schedule", (RetentionSchedule schedule) => TypedResults.Ok(schedule))
            .WithTags("Retention").RequireAuthorization()
            .WithSummary("The retention schedule in force: each rule's period, what starts its clock, its source, and whether the period is a proposal.");
        return app;
    }
}

/// <summary>Runs <see cref="RunRetention"/> every <see cref="RetentionOptions.IntervalHours"/> on the cluster's leader only (<see cref="ILeadership"/>).</summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, ILeadership leadership, RetentionSchedule schedule, TimeProvider clock,
    IOptions<RetentionOptions> options, ILogger<RetentionJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (options.Value.RunAtStart)
        {
            await RunOnceAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.IntervalHours), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            if (!await leadership.IsLeaderAsync(ct))
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await RunRetention.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<NoticeDataHolders>(), sp.GetService<AuditKeyring>(), schedule,
                clock.GetUtcNow(), log, ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException)
        {
            // The serving account cannot delete audit entries where the database accounts are split (ADR 0019): said here, not hidden.
            log.LogError(e, "The retention run failed; what it erased before the failure stays erased. It runs again at the next interval.");
        }
    }
}
