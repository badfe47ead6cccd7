using FairNotice.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Platform;

/// <summary>An audit entry written by its business transaction without any global lock, waiting for the sealer to chain it
/// into <see cref="AuditEntry"/> and the Merkle tree (ADR 0033). Authenticated by an HMAC under the chain key until then.</summary>
/// <remarks>The identity <see cref="Id"/> is drawn when the row is inserted, after the transaction's business writes and
/// per-object locks: two transactions that change the same object draw their ids in commit order, so the sealer, which
/// takes the visible rows in id order, seals their state digests in that order.</remarks>
internal sealed class AuditPendingEntry
{
    public long Id { get; private set; }
    public Guid Nonce { get; private set; }
    public string KeyId { get; private set; } = "";
    public string Mac { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string? ActorCountry { get; private set; }
    public string? ActorRole { get; private set; }
    public string Action { get; private set; } = "";
    public string ObjectType { get; private set; } = "";
    public string? ObjectId { get; private set; }
    public string? Purpose { get; private set; }
    public string Outcome { get; private set; } = "";
    public string? StateDigest { get; private set; }
    public string? Where { get; private set; }

    public static AuditPendingEntry From(AuditFacts facts, ChainKey key)
    {
        var f = facts with { At = AuditChain.Normalise(facts.At) };
        var nonce = Guid.NewGuid();
        return new()
        {
            Nonce = nonce, KeyId = key.Id, Mac = AuditChain.PendingMac(f, nonce, key), At = f.At, ActorId = f.ActorId, ActorCountry = f.ActorCountry,
            ActorRole = f.ActorRole, Action = f.Action, ObjectType = f.ObjectType, ObjectId = f.ObjectId, Purpose = f.Purpose, Outcome = f.Outcome,
            StateDigest = f.StateDigest, Where = f.Where,
        };
    }

    public AuditFacts ToFacts() => new(At, ActorId, ActorCountry, ActorRole, Action, ObjectType, ObjectId, Purpose, Outcome, StateDigest, Where);

    /// <summary>Whether the row is as its writer made it: its MAC checks under the key it names, among those held.</summary>
    public bool IsAuthentic(IEnumerable<ChainKey> keys) =>
        keys.FirstOrDefault(k => k.Id == KeyId) is { } key
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(AuditChain.PendingMac(ToFacts(), Nonce, key)), System.Text.Encoding.ASCII.GetBytes(Mac));
}

internal sealed class AuditPendingEntryConfiguration : IEntityTypeConfiguration<AuditPendingEntry>
{
    public void Configure(EntityTypeBuilder<AuditPendingEntry> b)
    {
        b.ToTable("AuditPending");
        b.HasIndex(a => a.Nonce).IsUnique();
        b.Property(a => a.KeyId).HasMaxLength(64);
        b.Property(a => a.Mac).HasMaxLength(64);
        AuditFactColumns.Configure(b);
    }
}

/// <summary>How audit entries reach the chain (Audit:Sealing). <c>Inline</c>: each writer chains its entries under a global
/// lock (ADR 0004, 0013; always so on SQLite, whose writers the database serialises anyway). <c>Background</c> (the default on
/// PostgreSQL): writers insert pending entries with no global lock and one sealer at a time chains them (ADR 0033).</summary>
internal sealed class AuditSealingOptions
{
    public string Sealing { get; set; } = "Background";

    /// <summary>Make each writer wait until its entries are sealed before it answers (read-your-writes for the trail; tests).</summary>
    public bool AwaitSeal { get; set; }

    [System.ComponentModel.DataAnnotations.Range(50, 60_000)]
    public int SealIntervalMilliseconds { get; set; } = 500;
}

/// <summary>What the writers and the sealer share in a process: the mode and the doorbell that wakes the sealer.</summary>
internal sealed class AuditSealing(Microsoft.Extensions.Options.IOptions<AuditSealingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _bell = new(0, 1);
    private volatile bool _disposed;

    public bool Background => string.Equals(options.Value.Sealing, "Background", StringComparison.OrdinalIgnoreCase);

    public bool AwaitSeal => options.Value.AwaitSeal;

    public TimeSpan Interval => TimeSpan.FromMilliseconds(options.Value.SealIntervalMilliseconds);

    /// <summary>Runs sealing rounds in this process until every pending entry up to the given id is chained, for at most
    /// 15 seconds (set by the sealer; used by Audit:AwaitSeal).</summary>
    public Func<long, CancellationToken, Task>? SealThrough { get; set; }

    /// <summary>Wakes the sealer (at most one wake-up is kept).</summary>
    public void Ring()
    {
        if (!_disposed && _bell.CurrentCount == 0)
        {
            try
            {
                _bell.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already rung.
            }
            catch (ObjectDisposedException)
            {
                // The host is stopping; a write committed during the stop is sealed at the next start.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _bell.WaitAsync(timeout, ct);

    public void Dispose()
    {
        _disposed = true;
        _bell.Dispose();
    }
}

/// <summary>Pays a context's owed seal (Audit:AwaitSeal) after whichever transaction held its pending entries commits — the
/// context's own, or one a feature opened around several saves.</summary>
internal sealed class AuditSealOnCommit : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
{
    public static readonly AuditSealOnCommit Instance = new();

    public override async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction,
        Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await db.SealOwedAfterCommitAsync(cancellationToken);
        }
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData) =>
        (eventData.Context as AppDbContext)?.ForgetOwedSeal();

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction,
        Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as AppDbContext)?.ForgetOwedSeal();
        return Task.CompletedTask;
    }
}
