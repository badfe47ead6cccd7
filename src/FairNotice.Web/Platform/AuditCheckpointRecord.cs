using FairNotice.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Platform;

/// <summary>A signed pruning checkpoint (<see cref="AuditCheckpoint"/>): kept for ever; the newest is where the remaining
/// audit log starts. A copy goes to the heads folder for the third parties it is shipped to.</summary>
internal sealed class AuditCheckpointRecord
{
    public long Id { get; private set; }
    public long Sequence { get; private set; }
    public string ChainHash { get; private set; } = "";
    public long Count { get; private set; }
    public DateTimeOffset Time { get; private set; }
    public long? KeyedFrom { get; private set; }
    public string? KeyId { get; private set; }
    public string Signature { get; private set; } = "";
    /// <summary>The Merkle tree's frontier at the cut (ADR 0033), hex hashes joined by commas; null before the log was a tree.</summary>
    public string? TreeFrontier { get; private set; }

    public static AuditCheckpointRecord From(AuditCheckpoint c) => new()
    {
        Sequence = c.Sequence, ChainHash = c.ChainHash, Count = c.Count, Time = c.Time, KeyedFrom = c.KeyedFrom, KeyId = c.KeyId, Signature = c.Signature, TreeFrontier = c.TreeFrontier,
    };

    public AuditCheckpoint ToCheckpoint() => new(Sequence, ChainHash, Count, Time, KeyedFrom, KeyId, Signature, TreeFrontier);

    /// <summary>The newest checkpoint (where the remaining log starts), or null when nothing was ever pruned.</summary>
    public static async Task<AuditCheckpoint?> NewestAsync(AppDbContext db, CancellationToken ct) =>
        (await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Sequence).FirstOrDefaultAsync(ct))?.ToCheckpoint();
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpointRecord>
{
    public void Configure(EntityTypeBuilder<AuditCheckpointRecord> b)
    {
        b.ToTable("AuditCheckpoints");
        b.HasIndex(c => c.Sequence).IsUnique();
        b.Property(c => c.ChainHash).HasMaxLength(64);
        b.Property(c => c.KeyId).HasMaxLength(64);
        b.Property(c => c.Signature).HasMaxLength(100);
        b.Property(c => c.TreeFrontier).HasMaxLength(4200);
    }
}
