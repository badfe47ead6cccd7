using System.Text.Json;
using FairNotice.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Elections;

/// <summary>An election: its seats, roll, guardians' public records and state. Never a guardian's secret.</summary>
internal sealed class ElectionEntity
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public ElectionStatus Status { get; set; }
    public DateTimeOffset CandidacyDeadline { get; set; }
    public string SeatsJson { get; set; } = "[]";
    public string SuspendedJson { get; set; } = "[]";
    public string ContinuingJson { get; set; } = "[]";
    public string OutgoingJson { get; set; } = "[]";
    public int GuardianCount { get; set; }
    public int Quorum { get; set; }
    public string? GuardiansJson { get; set; }

    /// <summary>The credential authority's public list (never a secret credential); set once, before the first ballot.</summary>
    public string? CredentialsJson { get; set; }
    public string RulesVersion { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProclaimedAt { get; set; }

    /// <summary>SHA-256 of the election record as archived at proclamation: any copy can be compared with it.</summary>
    public string? ArchivedRecordHash { get; set; }
    public int Version { get; set; }

    public List<SeatDue> Seats => JsonSerializer.Deserialize<List<SeatDue>>(SeatsJson, ElectionJson.Options)!;

    public HashSet<string> Suspended => JsonSerializer.Deserialize<HashSet<string>>(SuspendedJson, ElectionJson.Options)!;

    public List<Holder> Continuing => JsonSerializer.Deserialize<List<Holder>>(ContinuingJson, ElectionJson.Options)!;

    public List<Holder> Outgoing => JsonSerializer.Deserialize<List<Holder>>(OutgoingJson, ElectionJson.Options)!;

    public List<GuardianRecord>? Guardians => GuardiansJson is null ? null : JsonSerializer.Deserialize<List<GuardianRecord>>(GuardiansJson, ElectionJson.Options);

    public CredentialList? Credentials => CredentialsJson is null ? null : JsonSerializer.Deserialize<CredentialList>(CredentialsJson, ElectionJson.Options);
}

internal sealed class CandidacyEntity
{
    public Guid Id { get; set; }
    public string ElectionId { get; set; } = "";
    public string Person { get; set; } = "";
    public string Member { get; set; } = "";
    public Post Post { get; set; }
    public string? Region { get; set; }
    public bool? Valid { get; set; }
    public string? Reasons { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";

    // The random tail of the version-7 id: the head is a timestamp, equal for candidacies filed in the same millisecond.
    public string CandidateId => Id.ToString("N")[^12..];
}

/// <summary>A ballot round; its record (board, tally, decision) is written once, at the tally.</summary>
internal sealed class RoundEntity
{
    public string Id { get; set; } = "";
    public string ElectionId { get; set; } = "";
    public int Order { get; set; }
    public RoundStatus Status { get; set; }
    public string ManifestJson { get; set; } = "{}";
    public string? SharesJson { get; set; }
    public string ChallengedJson { get; set; } = "[]";
    public string? RecordJson { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Version { get; set; }

    public RoundManifest Manifest => JsonSerializer.Deserialize<RoundManifest>(ManifestJson, ElectionJson.Options)!;

    /// <summary>Challenged ballots as published: the member who challenged is never stored.</summary>
    public List<PublishedChallenge> Challenged => JsonSerializer.Deserialize<List<PublishedChallenge>>(ChallengedJson, ElectionJson.Options)!;

    public RoundRecord? Record => RecordJson is null ? null : JsonSerializer.Deserialize<RoundRecord>(RecordJson, ElectionJson.Options);
}

/// <summary>An entry of the public bulletin board: append-only (no code path updates or deletes one).</summary>
internal sealed class BoardEntryEntity
{
    public long Id { get; set; }
    public string RoundId { get; set; } = "";
    public int Seq { get; set; }
    public string Voter { get; set; } = "";
    public string BallotJson { get; set; } = "{}";
    public string BallotHash { get; set; } = "";
    public string TrackingCode { get; set; } = "";
    public DateTimeOffset CastAt { get; set; }

    public BoardEntry ToEntry() => new(Seq, JsonSerializer.Deserialize<EncryptedBallot>(BallotJson, ElectionJson.Options)!, BallotHash, TrackingCode);
}

/// <summary>Loads and serialisation the election use cases share.</summary>
internal static class ElectionQueries
{
    public static async Task<(ElectionEntity? Election, RoundEntity? Round)> LoadRoundAsync(Platform.AppDbContext db, string id, int order, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        var round = e is null ? null : await db.Rounds.FirstOrDefaultAsync(x => x.ElectionId == id && x.Order == order, ct);
        return (e, round);
    }

    public static async Task<List<BoardEntry>> BoardAsync(Platform.AppDbContext db, string roundId, CancellationToken ct) =>
        [.. (await db.BoardEntries.AsNoTracking().Where(b => b.RoundId == roundId).OrderBy(b => b.Seq).ToListAsync(ct)).Select(b => b.ToEntry())];

    /// <summary>A proof check over client data: a malformed point is a failed check, not a 500.</summary>
    public static bool Verifies(Func<bool> check)
    {
        try
        {
            return check();
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ElectionJson.Options);
}

internal static class ElectionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<ElectionEntity>, IEntityTypeConfiguration<CandidacyEntity>, IEntityTypeConfiguration<RoundEntity>,
    IEntityTypeConfiguration<BoardEntryEntity>
{
    public void Configure(EntityTypeBuilder<ElectionEntity> b)
    {
        b.ToTable("Elections");
        b.Property(e => e.Id).HasMaxLength(40);
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.RulesVersion).HasMaxLength(20);
        b.Property(e => e.ArchivedRecordHash).HasMaxLength(64);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.Seats);
        b.Ignore(e => e.Suspended);
        b.Ignore(e => e.Guardians);
        b.Ignore(e => e.Credentials);
        b.Ignore(e => e.Continuing);
        b.Ignore(e => e.Outgoing);
    }

    public void Configure(EntityTypeBuilder<CandidacyEntity> b)
    {
        b.ToTable("Candidacies");
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => c.ElectionId);
        b.HasOne<ElectionEntity>().WithMany().HasForeignKey(c => c.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.ElectionId).HasMaxLength(40);
        b.Property(c => c.Person).HasMaxLength(200);
        b.Property(c => c.Member).HasMaxLength(2);
        b.Property(c => c.Post).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Region).HasMaxLength(16);
        b.Property(c => c.SubmittedBy).HasMaxLength(64);
        b.Ignore(c => c.CandidateId);
    }

    public void Configure(EntityTypeBuilder<RoundEntity> b)
    {
        b.ToTable("BallotRounds");
        b.Property(r => r.Id).HasMaxLength(120);
        b.HasIndex(r => new { r.ElectionId, r.Order }).IsUnique();
        b.HasOne<ElectionEntity>().WithMany().HasForeignKey(r => r.ElectionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.ElectionId).HasMaxLength(40);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.Manifest);
        b.Ignore(r => r.Record);
        b.Ignore(r => r.Challenged);
    }

    public void Configure(EntityTypeBuilder<BoardEntryEntity> b)
    {
        b.ToTable("BoardEntries");
        b.HasIndex(e => new { e.RoundId, e.Seq }).IsUnique();
        b.HasIndex(e => e.TrackingCode).IsUnique();
        b.HasOne<RoundEntity>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.RoundId).HasMaxLength(120);
        b.Property(e => e.Voter).HasMaxLength(2);
        b.Property(e => e.BallotHash).HasMaxLength(64);
        b.Property(e => e.TrackingCode).HasMaxLength(64);
    }
}
