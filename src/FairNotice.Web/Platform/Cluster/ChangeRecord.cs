using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Platform.Cluster;

/// <summary>One row of the change feed (the outbox): "this object of this kind changed", written in the transaction
/// that changed it, so that every node can bring its in-memory state (the screening index) up to date.</summary>
/// <remarks>The row says which object, never what changed: a node re-reads the object as committed, so applying a row
/// twice, or two rows of one object in any order, leaves the same state. No personal data is carried.</remarks>
internal sealed class ChangeRecord
{
    public long Sequence { get; set; }

    public required string Kind { get; set; }

    public Guid ObjectId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>PostgreSQL: the writing transaction's id (<c>pg_current_xact_id()</c>, set by a trigger). A reader takes
    /// only rows below the oldest transaction still running, which can no longer be joined by an earlier row.</summary>
    public long TransactionId { get; set; }
}

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> b)
    {
        b.ToTable("ChangeFeed");
        b.HasKey(c => c.Sequence);
        b.Property(c => c.Sequence).ValueGeneratedOnAdd();
        b.Property(c => c.Kind).HasMaxLength(40);
        b.HasIndex(c => c.TransactionId);
        b.HasIndex(c => c.At);
    }
}
