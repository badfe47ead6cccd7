using System.Diagnostics.Metrics;
using FairNotice.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Platform;
using Npgsql;

namespace FairNotice.Web.Features.Audit;

/// <summary>The one sealer (ADR 0033): whichever node holds the PostgreSQL session advisory lock 724244 takes the committed
/// pending entries in id order, checks their MACs, and chains them into the audit log in one transaction that also deletes
/// them. Other nodes try the lock at every round and take over when its holder's session ends.</summary>
internal sealed class AuditSealer : BackgroundService
{
    private const long SealerLock = 724244;
    private const int Batch = 2000;
    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly IServiceScopeFactory scopes;
    private readonly AuditSealing sealing;
    private readonly AuditKeyring keys;
    private readonly AuditMetrics metrics;
    private readonly TimeProvider clock;
    private readonly ILogger<AuditSealer> log;
    private NpgsqlConnection? _lockConnection;

    /// <summary>The PostgreSQL backend of the session this node believes holds the sealer's lock, or null when it does not
    /// believe it seals (operators and the failover tests compare it with <c>pg_locks</c>).</summary>
    internal int? LockSession => _lockSession is var pid and not 0 ? pid : null;

    private volatile int _lockSession;

    public AuditSealer(IServiceScopeFactory scopes, AuditSealing sealing, AuditKeyring keys, AuditMetrics metrics, TimeProvider clock, ILogger<AuditSealer> log)
    {
        (this.scopes, this.sealing, this.keys, this.metrics, this.clock, this.log) = (scopes, sealing, keys, metrics, clock, log);
        // A writer that must read its own entries back (Audit:AwaitSeal) runs a round itself rather than wait for the bell.
        sealing.SealThrough = SealThroughAsync;
    }

    public override void Dispose()
    {
        _lockSession = 0;
        try
        {
            _lockConnection?.Dispose();
        }
        catch (InvalidOperationException)
        {
            // Still connecting (the host stops while a round opens the session): the session ends with the process.
        }

        _lockConnection = null;
        _round.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            // SQLite chains inline: nothing to seal.
            if (!sealing.Background || scope.ServiceProvider.GetRequiredService<AppDbContext>() is not PostgresDbContext)
            {
                return;
            }
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await sealing.WaitAsync(sealing.Interval, stoppingToken);
                    await SealAsync(stoppingToken);
                }
                catch (Exception e) when (stoppingToken.IsCancellationRequested && e is OperationCanceledException or ObjectDisposedException)
                {
                    // The host is stopping (its services may already be disposed): the next start seals what is left.
                    break;
                }
                catch (Exception e) when (e is NpgsqlException or DbUpdateException or InvalidOperationException or TimeoutException)
                {
                    log.LogError(e, "Audit sealing failed; pending entries stay pending and are sealed at a later round.");
                    await ReleaseAsync();
                    await Task.Delay(sealing.Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            // Whatever ended the loop, the lock goes with this node: another takes over at its next round.
            await ReleaseAsync();
        }
    }

    /// <summary>One round: seal everything committed so far, if this node holds (or wins) the sealer's lock.</summary>
    internal async Task SealAsync(CancellationToken ct)
    {
        await _round.WaitAsync(ct);
        try
        {
            await SealRoundAsync(ct);
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task SealThroughAsync(long last, CancellationToken ct)
    {
        // Wall time, not the injected clock: a test's frozen clock must not make this wait forever.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await SealAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.AuditPending.AnyAsync(p => p.Id <= last, ct) || waited.Elapsed >= TimeSpan.FromSeconds(15))
            {
                return;
            }

            // Another node holds the sealer's lock: its next round chains them.
            await Task.Delay(50, ct);
        }
    }

    private async Task SealRoundAsync(CancellationToken ct)
    {
        if (!sealing.Background)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db is not PostgresDbContext || !await HoldLockAsync(db, ct))
        {
            metrics.Observe(null, null);
            return;
        }

        db.SealsInline = true;
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // One round at a time across the cluster, for the whole transaction: a node that lost the sealer's session without
            // noticing yet, still in a round, and the node that took over wait here for each other, and the second reads (in a
            // new snapshot, after the first committed) only the rows the first left. A lock of its own (724245), not the
            // chain's 724242: the chaining takes the process's chain semaphore before that one, and two sealers in one process
            // must take them in the same order. Not FOR UPDATE either: the serving role has no UPDATE on AuditPending.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(724245)", ct);
            var rows = await db.AuditPending.OrderBy(p => p.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                await tx.CommitAsync(ct);
                break;
            }

            var authentic = rows.TakeWhile(r => r.IsAuthentic(keys.ChainKeys)).ToList();
            if (authentic.Count < rows.Count)
            {
                // Sealing stops at a forged or altered row, so nothing after it changes order; `audit verify` names it.
                log.LogCritical("Pending audit entry {Id} does not carry a valid MAC under the chain key: sealing stops there. Run `fairnotice audit verify`.", rows[authentic.Count].Id);
            }

            foreach (var row in authentic)
            {
                var entry = AuditEntry.Pending(row.ToFacts());
                entry.SealOrder = row.Id;
                db.AuditEntries.Add(entry);
            }

            db.AuditPending.RemoveRange(authentic);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            if (authentic.Count < rows.Count || rows.Count < Batch)
            {
                break;
            }
        }

        var oldest = await db.AuditPending.AsNoTracking().OrderBy(p => p.Id).Select(p => (DateTimeOffset?)p.At).FirstOrDefaultAsync(ct);
        var unsealed = await db.AuditPending.LongCountAsync(ct);
        metrics.Observe(unsealed, oldest is { } o ? Math.Max(0, (clock.GetUtcNow() - o).TotalSeconds) : 0);
    }

    private async Task<bool> HoldLockAsync(AppDbContext db, CancellationToken ct)
    {
        if (_lockSession != 0 && _lockConnection is not null)
        {
            try
            {
                // A session lock lasts as long as its session: if the session still answers, this node still seals. If it
                // was terminated, the network dropped or the database restarted, another node may already seal: never go
                // on as if this one did.
                await using var alive = new NpgsqlCommand("SELECT 1", _lockConnection);
                await alive.ExecuteScalarAsync(ct);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Npgsql reports a session ended under it in several ways (NpgsqlException, or an invalid state after the
                // server's FATAL message): whichever, the lock cannot be assumed.
                log.LogWarning("This node lost its audit sealer's session ({Error}); it seals again only if it takes the lock again.", e.GetType().Name);
                await ReleaseAsync();
            }
        }

        try
        {
            if (_lockConnection is not { State: System.Data.ConnectionState.Open })
            {
                await ReleaseAsync();
                // A connection of its own, outside the pool: the lock must end with it, never ride back into the pool with a
                // session that stays open (a pooled connection keeps its session, and the lock, after it is "closed"). A
                // follower keeps it open to try the lock at every round without connecting each time.
                // No client keep-alive (the leader's connection has one): the session is asked at every round anyway.
                _lockConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
                    { Pooling = false, ApplicationName = "fairnotice-sealer", Timeout = 5, CommandTimeout = 5 }.ConnectionString);
                await _lockConnection.OpenAsync(ct);
            }

            await using var cmd = new NpgsqlCommand($"SELECT pg_try_advisory_lock({SealerLock})", _lockConnection);
            if (await cmd.ExecuteScalarAsync(ct) is not true)
            {
                return false;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database is away, or the connection broke (Npgsql reports that in several ways): not the sealer this
            // round; the next round connects again.
            log.LogWarning("This node could not try the audit sealer's lock ({Error}); it tries again at the next round.", e.GetType().Name);
            await ReleaseAsync();
            return false;
        }

        _lockSession = _lockConnection.ProcessID;
        log.LogInformation("This node seals the audit log.");
        return true;
    }

    private async Task ReleaseAsync()
    {
        if (_lockConnection is not null)
        {
            // Closing the session releases the advisory lock.
            _lockSession = 0;
            await _lockConnection.DisposeAsync();
            _lockConnection = null;
        }
    }
}

/// <summary>The audit log's instruments (Meter "FairNotice.Audit"): unsealed entries, seal lag, tree size.</summary>
internal sealed class AuditMetrics : IDisposable
{
    public const string MeterName = "FairNotice.Audit";
    private readonly Meter _meter;
    private long _unsealed;
    private double _lagSeconds;
    private long _treeSize;

    public AuditMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("fairnotice.audit.unsealed_entries", () => Interlocked.Read(ref _unsealed), "{entry}",
            "Audit entries committed by their transactions and not yet sealed into the log (as of the sealer's last round on this node).");
        _meter.CreateObservableGauge("fairnotice.audit.seal_lag", () => Volatile.Read(ref _lagSeconds), "s",
            "Age of the oldest unsealed audit entry at the sealer's last round on this node.");
        _meter.CreateObservableGauge("fairnotice.audit.tree_size", () => Interlocked.Read(ref _treeSize), "{entry}",
            "Size of the Merkle tree in the newest signed tree head this node published.");
    }

    public void Observe(long? unsealed, double? lagSeconds)
    {
        if (unsealed is { } u)
        {
            Interlocked.Exchange(ref _unsealed, u);
        }

        if (lagSeconds is { } l)
        {
            Volatile.Write(ref _lagSeconds, l);
        }
    }

    public void TreeSigned(SignedHead head) => Interlocked.Exchange(ref _treeSize, head.Count);

    public void Dispose() => _meter.Dispose();
}
