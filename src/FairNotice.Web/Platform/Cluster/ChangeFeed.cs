using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FairNotice.Web.Platform.Cluster;

/// <summary>Applies the changes of one kind of object to this node's in-memory state. Registered by the feature that
/// keeps that state (the screening index), so Platform names no feature.</summary>
internal interface IChangeFeedHandler
{
    string Kind { get; }

    /// <summary>Brings these objects up to date from the database (re-read as committed; idempotent).</summary>
    Task ApplyAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Rebuilds the whole state from the database: after a gap longer than the feed is kept.</summary>
    Task ReloadAsync(AppDbContext db, CancellationToken ct);
}

/// <summary>The durable change feed on PostgreSQL (docs/adr/0032-nodes-on-one-database.md).</summary>
internal static class ChangeFeed
{
    public const string Channel = "fairnotice_changes";

    /// <summary>Queues "this object changed" into the context's pending save, so it commits (or not) with the change itself.
    /// Only on PostgreSQL: on SQLite one process holds the only in-memory state and updates it directly.</summary>
    public static void Record(DbContext context, string kind, Guid id)
    {
        if (context.Database.IsNpgsql())
        {
            context.Set<ChangeRecord>().Add(new ChangeRecord { Kind = kind, ObjectId = id });
        }
    }

    // The oldest transaction still running, as a bigint: every transaction below it has committed or rolled back.
    public const string FrontierSql = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    public static async Task<long> FrontierAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT {FrontierSql}", conn);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public static IServiceCollection AddChangeFeed(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<string>("Database:Provider") == "Postgres")
        {
            services.AddSingleton<ChangeFeedReader>().AddHostedService(sp => sp.GetRequiredService<ChangeFeedReader>())
                .AddStartupStep<CaptureChangeFeedFrontier>().AddHostedService<PruneChangeFeed>();
        }

        return services;
    }
}

/// <summary>Before the in-memory state is loaded at start: the point from which the feed will be read, so that no change
/// committed after the load's snapshot is missed (a change before it is in the load; one after it is read from the feed).</summary>
internal sealed class CaptureChangeFeedFrontier(ChangeFeedReader reader) : IStartupStep
{
    public int Order => StartupStep.DemoSeeding + 5;

    public async Task RunAsync(IServiceProvider services, AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            reader.StartFrom(await ChangeFeed.FrontierAsync((NpgsqlConnection)db.Database.GetDbConnection(), ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Listens for the feed's notifications on a connection of its own and applies every committed change, in
/// windows of transaction ids that can no longer grow; polls as well, and catches up after a dropped connection.</summary>
internal sealed partial class ChangeFeedReader : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<DatabaseOptions> _database;
    private readonly IOptions<ClusterOptions> _options;
    private readonly IEnumerable<IChangeFeedHandler> _handlers;
    private readonly ILogger<ChangeFeedReader> _log;
    private readonly Counter<long> _applied;
    private readonly Counter<long> _reconnects;
    private readonly Histogram<double> _delay;
    private long? _from;
    private DateTimeOffset _lastRead = DateTimeOffset.UtcNow;
    private double _lagSeconds;
    private long _behind;

    public ChangeFeedReader(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, IOptions<ClusterOptions> options, IEnumerable<IChangeFeedHandler> handlers,
        ILogger<ChangeFeedReader> log, IMeterFactory meters)
    {
        (_scopes, _database, _options, _handlers, _log) = (scopes, database, options, handlers, log);
        var meter = meters.Create("FairNotice.ChangeFeed");
        _applied = meter.CreateCounter<long>("fairnotice.changefeed.applied", description: "Changes from the feed applied to this node's state.");
        _reconnects = meter.CreateCounter<long>("fairnotice.changefeed.reconnects", description: "Times the feed's listening connection was opened again after a failure.");
        _delay = meter.CreateHistogram<double>("fairnotice.changefeed.delay", "s", "From a change's commit to its application on this node.");
        meter.CreateObservableGauge("fairnotice.changefeed.lag", () => Volatile.Read(ref _lagSeconds), "s",
            "Age of the oldest committed change this node has not applied yet (0 when current).");
        meter.CreateObservableGauge("fairnotice.changefeed.behind", () => Interlocked.Read(ref _behind),
            description: "Committed changes this node has not applied yet (held back by an older transaction still running).");
    }

    /// <summary>Where reading starts: the frontier taken before the state was loaded at start.</summary>
    public void StartFrom(long frontier) => _from = frontier;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connected = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = PostgresLeadership.Dedicated(_database.Value.ConnectionString, "fairnotice-changes");
                await conn.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeFeed.Channel}", conn))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (connected)
                {
                    _reconnects.Add(1);
                }

                connected = true;
                // Listening first, then reading: a change committed in between is read now or announced after.
                var held = await ReadAsync(conn, stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    var wait = held ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(_options.Value.ChangeFeedPollSeconds);
                    // Returns on a notification (delivered at the writer's commit) or after the wait: either way, read.
                    await conn.WaitAsync(wait, stoppingToken);
                    held = await ReadAsync(conn, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (the connection, the database, a handler), the window read is retried whole: nothing is skipped,
                // and a node that stays behind shows it in the lag gauge rather than stopping the host.
                Dropped(_log, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Reads and applies every change of transactions that ended below the current frontier; true when some
    /// committed changes wait behind an older transaction still running (read again shortly).</summary>
    private async Task<bool> ReadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var retention = TimeSpan.FromHours(_options.Value.ChangeFeedRetentionHours);
        if (_from is null || DateTimeOffset.UtcNow - _lastRead > retention / 2)
        {
            // Never started from a frontier, or away for so long that pruning may have taken unread changes: reload all.
            var frontier = await ChangeFeed.FrontierAsync(conn, ct);
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var handler in _handlers)
            {
                await handler.ReloadAsync(db, ct);
            }

            _from = frontier;
        }

        var sql = $"""
            WITH f AS (SELECT {ChangeFeed.FrontierSql} AS x),
                 h AS (SELECT count(*) AS n, min("At") AS oldest FROM "ChangeFeed", f WHERE "TransactionId" >= f.x)
            SELECT f.x, h.n, h.oldest, c."Kind", c."ObjectId", c."At"
            FROM f CROSS JOIN h LEFT JOIN "ChangeFeed" c ON c."TransactionId" >= @from AND c."TransactionId" < f.x
            ORDER BY c."Sequence"
            """;
        var rows = new List<(string Kind, Guid Id, DateTimeOffset At)>();
        long next = _from.Value, heldCount = 0;
        DateTimeOffset? oldestHeld = null;
        await using (var cmd = new NpgsqlCommand(sql, conn))
        {
            cmd.Parameters.AddWithValue("from", _from.Value);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                next = reader.GetInt64(0);
                heldCount = reader.GetInt64(1);
                oldestHeld = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2);
                if (!reader.IsDBNull(3))
                {
                    rows.Add((reader.GetString(3), reader.GetGuid(4), reader.GetFieldValue<DateTimeOffset>(5)));
                }
            }
        }

        if (rows.Count > 0)
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var kind in rows.GroupBy(r => r.Kind, StringComparer.Ordinal))
            {
                foreach (var handler in _handlers.Where(h => h.Kind == kind.Key))
                {
                    await handler.ApplyAsync(db, kind.Select(r => r.Id).ToHashSet(), ct);
                }
            }

            var now = DateTimeOffset.UtcNow;
            foreach (var r in rows)
            {
                _delay.Record(Math.Max(0, (now - r.At).TotalSeconds));
            }

            _applied.Add(rows.Count);
        }

        // Only once applied: a failure above reads the same window again after reconnecting.
        _from = next;
        _lastRead = DateTimeOffset.UtcNow;
        Interlocked.Exchange(ref _behind, heldCount);
        Volatile.Write(ref _lagSeconds, oldestHeld is { } o ? Math.Max(0, (_lastRead - o).TotalSeconds) : 0);
        return heldCount > 0;
    }

    [LoggerMessage(EventId = 3211, Level = LogLevel.Warning, Message = "The change feed's connection failed ({Reason}); reconnecting and catching up.")]
    private static partial void Dropped(ILogger logger, string reason);
}

/// <summary>On the leader, every hour: drops changes older than <see cref="ClusterOptions.ChangeFeedRetentionHours"/>, and
/// shared budget windows that ended more than two days ago.</summary>
internal sealed partial class PruneChangeFeed(IServiceScopeFactory scopes, ILeadership leadership, IOptions<ClusterOptions> options, ILogger<PruneChangeFeed> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                if (await leadership.IsLeaderAsync(stoppingToken))
                {
                    await RunAsync(scopes, options.Value, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Failed(log, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default));
    }

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, ClusterOptions options, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The database's clock, the one that stamped the rows.
        var hours = options.ChangeFeedRetentionHours;
        var pruned = await db.Database.ExecuteSqlAsync($"""DELETE FROM "ChangeFeed" WHERE "At" < now() - make_interval(hours => {hours})""", ct);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SharedCounts" WHERE "WindowStart" < now() - interval '3 days'""", ct);
        return pruned;
    }

    [LoggerMessage(EventId = 3212, Level = LogLevel.Warning, Message = "Pruning the change feed failed ({Reason}); it runs again in an hour.")]
    private static partial void Failed(ILogger logger, string reason);
}
