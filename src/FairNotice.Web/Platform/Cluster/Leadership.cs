using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FairNotice.Web.Platform.Cluster;

/// <summary>Whether this node runs the jobs that must run once across the cluster (expiry, retention, pruning).</summary>
/// <remarks>On SQLite there is one process: it always leads. On PostgreSQL the leader is the node holding a session-level
/// advisory lock on a dedicated connection; losing that connection loses leadership, and another node takes the lock
/// (docs/adr/0032-nodes-on-one-database.md).</remarks>
internal interface ILeadership
{
    /// <summary>True when this node leads; waits for the first election attempt after start, so a job due at start is
    /// neither skipped on the leader nor run on a follower.</summary>
    Task<bool> IsLeaderAsync(CancellationToken ct);
}

internal sealed class SingleProcessLeadership : ILeadership
{
    public Task<bool> IsLeaderAsync(CancellationToken ct) => Task.FromResult(true);
}

internal sealed class ClusterOptions
{
    /// <summary>Seconds between checks of the leader's connection (and between attempts of a follower to take the lock).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 300)]
    public int LeaderCheckSeconds { get; set; } = 2;

    /// <summary>Seconds between catch-up polls of the change feed when no notification arrives (a fallback for a lost NOTIFY).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 300)]
    public int ChangeFeedPollSeconds { get; set; } = 5;

    /// <summary>Hours a change stays in the feed: a node that could not read the feed for longer reloads everything.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 24 * 90)]
    public int ChangeFeedRetentionHours { get; set; } = 24 * 7;
}

/// <summary>Holds (or waits for) the cluster's leader lock on a connection of its own, outside the pool.</summary>
internal sealed partial class PostgresLeadership : BackgroundService, ILeadership
{
    // pg_try_advisory_lock's key: advisory locks are per database, so two deployments on one server do not meet.
    // Distinct from the audit chain's transaction-level key (724242).
    public const long LockKey = 0x4641_4952_4A4F_4253; // "FAIRJOBS"

    private readonly TaskCompletionSource _decided = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IOptions<DatabaseOptions> _database;
    private readonly IOptions<ClusterOptions> _options;
    private readonly ILogger<PostgresLeadership> _log;
    private volatile bool _leader;

    public PostgresLeadership(IOptions<DatabaseOptions> database, IOptions<ClusterOptions> options, ILogger<PostgresLeadership> log, IMeterFactory meters)
    {
        (_database, _options, _log) = (database, options, log);
        meters.Create("FairNotice.Jobs").CreateObservableGauge("fairnotice.jobs.leader", () => _leader ? 1 : 0,
            description: "1 while this node leads the cluster's jobs (expiry, retention, pruning), else 0.");
    }

    public bool IsLeader => _leader;

    public async Task<bool> IsLeaderAsync(CancellationToken ct)
    {
        await _decided.Task.WaitAsync(ct);
        return _leader;
    }

    public static NpgsqlConnection Dedicated(string connectionString, string name) =>
        // Outside the pool: a session lock or a LISTEN must die with its connection, never be handed to another user.
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5, ApplicationName = name, Timeout = 5, CommandTimeout = 5 }.ConnectionString);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(_options.Value.LeaderCheckSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = Dedicated(_database.Value.ConnectionString, "fairnotice-leader");
                await conn.OpenAsync(stoppingToken);
                await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", conn))
                {
                    _leader = (bool)(await take.ExecuteScalarAsync(stoppingToken))!;
                }

                _decided.TrySetResult();
                if (_leader)
                {
                    Took(_log);
                    // Keep the session alive and notice at once when it is gone: a failed check ends leadership here.
                    await using var check = new NpgsqlCommand("SELECT 1", conn);
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await Task.Delay(every, stoppingToken);
                        await check.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                if (_leader)
                {
                    Lost(_log, e.GetType().Name);
                }

                _leader = false;
                _decided.TrySetResult();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            finally
            {
                // Closing the connection releases a held lock at once; a crash releases it when the server sees the socket close.
                _leader = false;
            }

            await Task.Delay(every, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "This node now leads the cluster's jobs.")]
    private static partial void Took(ILogger logger);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "This node lost the cluster's leadership ({Reason}); another node takes over.")]
    private static partial void Lost(ILogger logger, string reason);
}

internal static class Leadership
{
    /// <summary>One leader per cluster on PostgreSQL; the single process leads on SQLite.</summary>
    public static IServiceCollection AddLeadership(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration("Cluster").ValidateDataAnnotations().ValidateOnStart();
        if (configuration.GetValue<string>("Database:Provider") == "Postgres")
        {
            services.AddSingleton<PostgresLeadership>().AddSingleton<ILeadership>(sp => sp.GetRequiredService<PostgresLeadership>())
                .AddHostedService(sp => sp.GetRequiredService<PostgresLeadership>());
        }
        else
        {
            services.AddSingleton<ILeadership, SingleProcessLeadership>();
        }

        return services;
    }
}
