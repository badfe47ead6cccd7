using FairNotice.Domain.Audit;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FairNotice.Web.Platform;

/// <summary>The one database. Provider-specific subclasses exist only so each provider has its own migrations.</summary>
internal abstract class AppDbContext(DbContextOptions options, ChainKey? chainKey, TimeProvider? clock, AuditSealing? sealing = null) : IdentityDbContext<AppUser>(options)
{
    // Inline chaining: one writer at a time appends to the audit chain in this process; PostgreSQL adds an advisory lock
    // for many processes. With background sealing (ADR 0033) only the sealer takes them.
    private static readonly SemaphoreSlim ChainLock = new(1, 1);

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditPendingEntry> AuditPending => Set<AuditPendingEntry>();

    /// <summary>Set on the sealer's own context: its saves chain inline, whatever the mode.</summary>
    internal bool SealsInline { get; set; }

    /// <summary>Whether this provider can append without the global lock (PostgreSQL); SQLite serialises its writers itself.</summary>
    protected virtual bool CanSealInBackground => false;
    public DbSet<AuditCheckpointRecord> AuditCheckpoints => Set<AuditCheckpointRecord>();

    /// <summary>Where this context's request came from (<see cref="AuditWhere"/>); recorded on the keyed entries it writes.</summary>
    public string? Where { get; set; }
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>The data-protection key ring on PostgreSQL, shared by every node (read and written through
    /// <see cref="Cluster.KeyRingDbContext"/>; here so that the migrations create the table).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>Queues an audit entry; it is chained and written by the next SaveChanges, in the same transaction as the change.</summary>
    public void Audit(AuditFacts facts) => AuditEntries.Add(AuditEntry.Pending(facts));

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var unnumbered = ChainedRows.All.Where(r => r.HasUnnumbered(ChangeTracker)).ToList();
        var touched = ChainedRows.All.Select(r => (Rows: r, Ids: r.Touched(ChangeTracker))).Where(t => t.Ids.Count > 0).ToList();
        if (pending.Count == 0 && unnumbered.Count == 0 && touched.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (!SealsInline && chainKey is not null && sealing is { Background: true } && CanSealInBackground)
        {
            return await SaveUnchainedAsync(pending, unnumbered, touched, acceptAllChangesOnSuccess, cancellationToken);
        }

        await ChainLock.WaitAsync(cancellationToken);
        try
        {
            // The sealer hands its batch over in the order it sealed it (by pending id); writers' entries keep their order.
            pending = [.. pending.OrderBy(p => p.SealOrder)];
            var ownTransaction = Database.CurrentTransaction is null;
            await using var tx = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await LockChainAsync(cancellationToken);
            foreach (var rows in unnumbered)
            {
                await rows.NumberAsync(this, cancellationToken);
            }

            // The key in force: the one the newest start or rotation entry names.
            var current = await AuditEntries.AsNoTracking()
                .Where(a => a.ObjectType == AuditChain.KeyedStartObjectType && (a.Action == AuditChain.KeyedStartAction || a.Action == AuditChain.KeyRotationAction))
                .OrderByDescending(a => a.Sequence).Select(a => a.ObjectId).FirstOrDefaultAsync(cancellationToken)
                // After pruning, the entry that named the key may be gone: the checkpoint at the cut names it.
                ?? (await AuditCheckpointRecord.NewestAsync(this, cancellationToken))?.KeyId;
            var keyed = current is not null;
            if (keyed && chainKey is null)
            {
                throw new InvalidOperationException("The audit chain is keyed and this process holds no chain key: it may read the trail but not write to it.");
            }

            ChainKey? retiring = null;
            if (keyed && current != chainKey!.Id)
            {
                retiring = chainKey.Retires?.Id == current ? chainKey.Retires : throw new InvalidOperationException(
                    $"The audit chain is keyed with key {current} and this process holds key {chainKey.Id}: configure the key in force, or rotate "
                    + "to the new key by giving the key in force as Audit:PreviousChainKeyFile (docs/operations/key-management.md).");
            }

            if (!keyed && chainKey is not null && !pending.Any(p => AuditChain.IsKeyedStart(p.ToFacts())))
            {
                // A server with a key never writes an unkeyed entry, even into a log emptied behind its back.
                pending.Insert(0, AuditEntry.Pending(AuditChain.KeyedStart(Now(pending), chainKey)));
                AuditEntries.Add(pending[0]);
            }

            var written = 0;
            if (chainKey is not null && touched.Count > 0)
            {
                written += await RecordStatesAsync(pending, touched, cancellationToken);
            }

            var head = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
            var previous = head?.ToChained();
            AuditEntry? rotation = null;
            if (retiring is not null)
            {
                // Hand the chain to the new key: keyed under the retired key, naming the new one with a proof under it.
                rotation = AuditEntry.Pending(AuditChain.KeyRotation(Now(pending), retiring, chainKey!, previous?.Hash ?? AuditChain.Genesis));
                pending.Insert(0, rotation);
                AuditEntries.Add(rotation);
            }

            foreach (var entry in pending)
            {
                keyed |= AuditChain.IsKeyedStart(entry.ToFacts());
                if (keyed && !ReferenceEquals(entry, rotation) && !AuditChain.IsKeyedStart(entry.ToFacts()))
                {
                    entry.RecordWhere(Where);
                }

                var chained = AuditChain.Append(previous, entry.ToFacts(), keyed ? (ReferenceEquals(entry, rotation) ? retiring : chainKey) : null);
                entry.Seal(chained);
                previous = chained;
            }

            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (tx is not null)
            {
                await tx.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            ChainLock.Release();
        }
    }

    // ADR 0033: no global lock. New rows are numbered under a lock on their kind only, every changed chained object is
    // locked on its own (two writers of one request are ordered; writers of different requests are not), and the entries
    // are written as pending rows, MAC'd under the chain key, for the sealer to chain.
    private async Task<int> SaveUnchainedAsync(List<AuditEntry> pending, List<IChainedRows> unnumbered, List<(IChainedRows Rows, HashSet<Guid> Ids)> touched,
        bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var ownTransaction = Database.CurrentTransaction is null;
        await using var tx = ownTransaction ? await Database.BeginTransactionAsync(ct) : null;
        foreach (var rows in unnumbered)
        {
            await LockObjectAsync("number:" + rows.ObjectType, ct);
            await rows.NumberAsync(this, ct);
        }

        foreach (var key in touched.SelectMany(t => t.Ids.Select(id => t.Rows.ObjectType + ":" + id.ToString())).Order(StringComparer.Ordinal))
        {
            await LockObjectAsync(key, ct);
        }

        var written = touched.Count > 0 ? await RecordStatesAsync(pending, touched, ct) : 0;
        var rowsAdded = new List<AuditPendingEntry>(pending.Count);
        foreach (var entry in pending)
        {
            entry.RecordWhere(Where);
            Entry(entry).State = EntityState.Detached;
            var row = AuditPendingEntry.From(entry.ToFacts(), chainKey!);
            rowsAdded.Add(row);
            AuditPending.Add(row);
        }

        written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (sealing!.AwaitSeal && rowsAdded.Count > 0)
        {
            // Read-your-writes for the trail: the entries are sealed (bounded wait) once the transaction that holds them
            // commits — this one, or the caller's (SealOwedAfterCommit, run by AuditSealOnCommit).
            _sealOwedThrough = Math.Max(_sealOwedThrough ?? 0, rowsAdded.Max(r => r.Id));
        }

        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        sealing.Ring();
        return written;
    }

    private long? _sealOwedThrough;

    /// <summary>After a commit: waits until the sealer has chained the pending entries this context wrote in the committed
    /// transaction (Audit:AwaitSeal only). Uses the sealer's own connection, never this context's.</summary>
    internal async Task SealOwedAfterCommitAsync(CancellationToken ct)
    {
        if (_sealOwedThrough is not { } last)
        {
            return;
        }

        _sealOwedThrough = null;
        // No sealer in this process yet (a startup step writing before the hosted services start): the entries are sealed
        // at its first round; waiting here would only delay the start.
        if (sealing?.SealThrough is { } seal)
        {
            await seal(last, ct);
        }
    }

    /// <summary>The transaction rolled back: its pending entries are gone, nothing is owed.</summary>
    internal void ForgetOwedSeal() => _sealOwedThrough = null;

    protected virtual Task LockObjectAsync(string key, CancellationToken ct) => Task.CompletedTask;

    // The digest must describe the rows as committed, children included, so the changes are flushed first (same
    // transaction, under the chain lock that every writer of requests takes) and the state is read back.
    private async Task<int> RecordStatesAsync(List<AuditEntry> pending, List<(IChainedRows Rows, HashSet<Guid> Ids)> touched, CancellationToken ct)
    {
        foreach (var entry in pending)
        {
            Entry(entry).State = EntityState.Detached;
        }

        int written;
        try
        {
            written = await base.SaveChangesAsync(true, ct);
        }
        catch
        {
            // A caller that handles the failure (a concurrency conflict) and saves again must still find its entries queued.
            AuditEntries.AddRange(pending);
            throw;
        }

        var now = Now(pending);
        foreach (var (rows, ids) in touched)
        {
            foreach (var (id, digest) in await rows.DigestsAsync(this, ids, ct))
            {
                var carrier = pending.LastOrDefault(p => p.ObjectId == id && p.StateDigest is null && !AuditChain.IsKeyedStart(p.ToFacts()));
                if (carrier is null)
                {
                    carrier = AuditEntry.Pending(new AuditFacts(now, "system", null, null, $"{rows.ObjectType}.state", rows.ObjectType, id, "state after a change", "ok"));
                    pending.Add(carrier);
                }

                carrier.RecordState(digest);
            }
        }

        AuditEntries.AddRange(pending);
        return written;
    }

    private DateTimeOffset Now(List<AuditEntry> pending) => pending.Count > 0 ? pending.Max(p => p.At) : (clock ?? TimeProvider.System).GetUtcNow();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: audit chaining is asynchronous.");

    protected virtual Task LockChainAsync(CancellationToken ct) => Task.CompletedTask;

    // Identity reads its schema version (3: passkeys) from IdentityOptions among the application's services. A context
    // made without them (the CLI, design-time migrations, tests) gets a provider holding just that option, so every
    // context has the same model as the running app.
    private static readonly IServiceProvider IdentitySchema = new ServiceCollection()
        .Configure<Microsoft.AspNetCore.Identity.IdentityOptions>(o => o.Stores.SchemaVersion = Microsoft.AspNetCore.Identity.IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        optionsBuilder.AddInterceptors(AuditSealOnCommit.Instance);
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(IdentitySchema);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}

internal sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options, ChainKey? chainKey = null, TimeProvider? clock = null, AuditSealing? sealing = null)
    : AppDbContext(options, chainKey, clock, sealing)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options, ChainKey? chainKey = null, TimeProvider? clock = null, AuditSealing? sealing = null)
    : AppDbContext(options, chainKey, clock, sealing)
{
    protected override bool CanSealInBackground => true;

    protected override Task LockChainAsync(CancellationToken ct) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(724242)", ct);

    // One object (a request, or the numbering of a kind of row), for this transaction: the two-key form keeps these apart
    // from the chain's single-key lock; a hash collision only orders two writers that need not be.
    protected override Task LockObjectAsync(string key, CancellationToken ct) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(724243, hashtext({0}))", [key], ct);
}
