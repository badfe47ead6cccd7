using FairNotice.Domain.Access;
using FairNotice.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Platform;

/// <summary>A row of the append-only audit log. Never updated or deleted by the application.</summary>
internal sealed class AuditEntry
{
    public long Id { get; private set; }
    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string? ActorCountry { get; private set; }
    public string? ActorRole { get; private set; }
    public string Action { get; private set; } = "";
    public string ObjectType { get; private set; } = "";
    public string? ObjectId { get; private set; }
    public string? Purpose { get; private set; }
    public string Outcome { get; private set; } = "";
    /// <summary>For a write: the digest of the written object's whole state after it (keyed entries only).</summary>
    public string? StateDigest { get; private set; }
    /// <summary>Channel and truncated client network (keyed entries written during a request).</summary>
    public string? Where { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    /// <summary>Not stored: the order the sealer hands a batch over in (its pending ids); 0 for a writer's own entries.</summary>
    public long SealOrder { get; set; }

    public static AuditEntry Pending(AuditFacts f) => new()
    {
        At = f.At, ActorId = f.ActorId, ActorCountry = f.ActorCountry, ActorRole = f.ActorRole, Action = f.Action,
        ObjectType = f.ObjectType, ObjectId = f.ObjectId, Purpose = f.Purpose, Outcome = f.Outcome, StateDigest = f.StateDigest,
        Where = f.Where,
    };

    public AuditFacts ToFacts() => new(At, ActorId, ActorCountry, ActorRole, Action, ObjectType, ObjectId, Purpose, Outcome, StateDigest, Where);

    /// <summary>Records where the request came from, unless the entry already says; set before the entry is chained.</summary>
    public void RecordWhere(string? where) => Where ??= where;

    /// <summary>Records the state its object was left in; set before the entry is chained.</summary>
    public void RecordState(string digest) => StateDigest = digest;

    public ChainedEntry ToChained() => new(Sequence, ToFacts(), PreviousHash, Hash);

    public void Seal(ChainedEntry chained)
    {
        Sequence = chained.Sequence;
        At = chained.Facts.At;
        PreviousHash = chained.PreviousHash;
        Hash = chained.Hash;
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Ignore(a => a.SealOrder);
        b.HasIndex(a => a.Sequence).IsUnique();
        b.HasIndex(a => new { a.ObjectType, a.ObjectId });
        AuditFactColumns.Configure(b);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
    }
}

/// <summary>The columns an audit entry's facts are stored in, the same for chained and pending entries: a pending entry
/// that fits must fit once sealed.</summary>
internal static class AuditFactColumns
{
    private static readonly (string Name, int Length)[] Lengths =
    [
        ("ActorId", 64), ("ActorCountry", 2), ("ActorRole", 40), ("Action", 80), ("ObjectType", 40), ("ObjectId", 80),
        ("Purpose", 300), ("Outcome", 40), ("StateDigest", 64), ("Where", 80),
    ];

    public static void Configure<T>(EntityTypeBuilder<T> b)
        where T : class
    {
        foreach (var (name, length) in Lengths)
        {
            b.Property(name).HasMaxLength(length);
        }
    }
}

internal static class AuditFactsExtensions
{
    /// <summary>Audit facts for an action by this actor.</summary>
    public static AuditFacts Facts(this Actor actor, DateTimeOffset now, string action, string objectType, string? objectId, string? purpose, string outcome = "ok") =>
        new(now, actor.UserId, actor.Country, actor.PrimaryRole?.ToString(), action, objectType, objectId, Trim(purpose), outcome);

    private static string? Trim(string? purpose) =>
        string.IsNullOrWhiteSpace(purpose) ? null : purpose.Length > 300 ? purpose[..300] : purpose.Trim();
}
