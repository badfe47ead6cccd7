using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Notices;

/// <summary>A notice or diffusion request as stored. The full content is JSON; what queries filter on is in columns.</summary>
internal sealed class NoticeRecord
{
    public Guid Id { get; set; }

    /// <summary>"YYYY/NNNNN", assigned under the audit-chain lock when the record is first saved.</summary>
    public string? Reference { get; set; }
    public NoticeKind Kind { get; set; }
    public NoticeColour Colour { get; set; }
    public NoticeStatus Status { get; set; }
    public string RequestingCountry { get; set; } = "";
    public string CreatedByUserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public string? FamilyName { get; set; }
    public string? Forenames { get; set; }
    public bool PublicExtract { get; set; }
    public bool AddressedToAll { get; set; }
    public string ContentJson { get; set; } = "{}";

    /// <summary>The compliance assessment made at submission (JSON), its recommendation and the queue's risk rank.</summary>
    public string? AssessmentJson { get; set; }
    public Recommendation? Recommendation { get; set; }
    public int Risk { get; set; }

    /// <summary>Diffusion held back from its addressees because the automated check found a blocking issue.</summary>
    public bool Held { get; set; }

    /// <summary>The ground of a refusal by the Secretariat (statistics by ground).</summary>
    public Ground? RefusalGround { get; set; }

    /// <summary>The automated check found earlier refused requests for the same person from the same member.</summary>
    public bool RepeatedAttempt { get; set; }

    /// <summary>Blocked by a Commission provisional measure (Art. 37): shown as blocked in screening, no action possible.</summary>
    public bool BlockedByCommission { get; set; }

    /// <summary>Cancelled because the Commission found it not compliant (Art. 41).</summary>
    public bool DeletedByCommission { get; set; }

    /// <summary>When the request's personal data were erased (issue #18), and on whose decision or which rule; null while they are held.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
    public string? ErasureBasis { get; set; }

    /// <summary>The ICCS sections of the charges, ";"-separated, kept when the charges are erased (statistics by offence class).</summary>
    public string? OffenceSections { get; set; }

    /// <summary>A decision proposed by one reviewer, waiting for a second (JSON).</summary>
    public string? PendingDecisionJson { get; set; }
    public int Version { get; set; }
    public List<NoticeCountry> Countries { get; set; } = [];
    public List<NoticeEvent> Events { get; set; } = [];

    public NoticeContent Content => JsonSerializer.Deserialize<NoticeContent>(ContentJson, Json.Options)!;

    public Assessment? Assessment => AssessmentJson is null ? null : JsonSerializer.Deserialize<Assessment>(AssessmentJson, Json.Options);

    public PendingDecision? PendingDecision
    {
        get => PendingDecisionJson is null ? null : JsonSerializer.Deserialize<PendingDecision>(PendingDecisionJson, Json.Options);
        set => PendingDecisionJson = value is null ? null : JsonSerializer.Serialize(value, Json.Options);
    }

    public void SetAssessment(Assessment a)
    {
        AssessmentJson = JsonSerializer.Serialize(a, Json.Options);
        Recommendation = a.Recommendation;
        Risk = ReviewDecisions.Risk(a.Recommendation);
        RepeatedAttempt = a.Findings.Any(f => f.RuleId.StartsWith("REPEAT-ATTEMPT", StringComparison.Ordinal));
    }

    public void SetContent(NoticeContent content)
    {
        ContentJson = JsonSerializer.Serialize(content, Json.Options);
        Colour = content.Colour;
        FamilyName = content.Person.Name?.FamilyName;
        Forenames = content.Person.Name?.Forenames;
        PublicExtract = content.PublicExtract;
        AddressedToAll = content.Kind == NoticeKind.Diffusion && content.AddressedToAll;
        Countries.Clear();
        Countries.AddRange(content.RestrictedCountries.Select(c => new NoticeCountry { Iso2 = c, Relation = CountryRelation.Restricted }));
        if (content.Kind == NoticeKind.Diffusion)
        {
            Countries.AddRange(content.Addressees.Select(c => new NoticeCountry { Iso2 = c, Relation = CountryRelation.Addressee }));
        }
    }

    public void AddEvent(NoticeEvent e)
    {
        e.NoticeId = Id;
        e.Seq = Events.Count == 0 ? 1 : Events.Max(x => x.Seq) + 1;
        Events.Add(e);
    }

    public LifecycleFacts Lifecycle => new(Status, RequestingCountry, ExpiresAt);

    public PublicExtractFacts PublicExtractFacts => new(Kind, Colour, Status, PublicExtract,
        Countries.Count(c => c.Relation == CountryRelation.Restricted), BlockedByCommission);

    public VisibilityFacts Visibility => new(Kind, Status, RequestingCountry,
        [.. Countries.Where(c => c.Relation == CountryRelation.Restricted).Select(c => c.Iso2)], AddressedToAll,
        [.. Countries.Where(c => c.Relation == CountryRelation.Addressee).Select(c => c.Iso2)], Held);
}

internal enum CountryRelation
{
    Restricted,
    Addressee,
}

internal sealed class NoticeCountry
{
    public long Id { get; set; }
    public Guid NoticeId { get; set; }
    public string Iso2 { get; set; } = "";
    public CountryRelation Relation { get; set; }
}

/// <summary>One step in a request's history.</summary>
internal sealed class NoticeEvent
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }

    /// <summary>Position in the notice's history, from 1 (several steps can share a timestamp).</summary>
    public int Seq { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorId { get; set; } = "";
    public string? ActorCountry { get; set; }
    public string Action { get; set; } = "";
    public NoticeStatus? FromStatus { get; set; }
    public NoticeStatus ToStatus { get; set; }
    public string? Reason { get; set; }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<NoticeRecord>, IEntityTypeConfiguration<NoticeCountry>, IEntityTypeConfiguration<NoticeEvent>
{
    public void Configure(EntityTypeBuilder<NoticeRecord> b)
    {
        b.ToTable("Notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.HasIndex(n => n.Reference).IsUnique();
        b.HasIndex(n => new { n.RequestingCountry, n.Status });
        b.HasIndex(n => new { n.Kind, n.Status });
        b.Property(n => n.Reference).HasMaxLength(12);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(n => n.Colour).HasConversion<string>().HasMaxLength(12);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(n => n.RequestingCountry).HasMaxLength(2);
        b.Property(n => n.CreatedByUserId).HasMaxLength(64);
        b.Property(n => n.FamilyName).HasMaxLength(200);
        b.Property(n => n.Forenames).HasMaxLength(200);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.Property(n => n.ErasureBasis).HasMaxLength(300);
        b.Property(n => n.OffenceSections).HasMaxLength(200);
        b.Ignore(n => n.Content);
        b.Ignore(n => n.Assessment);
        b.Ignore(n => n.PendingDecision);
        b.Property(n => n.Recommendation).HasConversion<string>().HasMaxLength(10);
        b.Property(n => n.RefusalGround).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(n => new { n.Status, n.Risk });
        b.Ignore(n => n.Lifecycle);
        b.Ignore(n => n.Visibility);
        b.HasMany(n => n.Countries).WithOne().HasForeignKey(c => c.NoticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(n => n.Events).WithOne().HasForeignKey(e => e.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<NoticeCountry> b)
    {
        b.ToTable("NoticeCountries");
        b.HasIndex(c => new { c.NoticeId, c.Relation, c.Iso2 }).IsUnique();
        b.HasIndex(c => new { c.Iso2, c.Relation });
        b.Property(c => c.Iso2).HasMaxLength(2);
        b.Property(c => c.Relation).HasConversion<string>().HasMaxLength(12);
    }

    public void Configure(EntityTypeBuilder<NoticeEvent> b)
    {
        b.ToTable("NoticeEvents");
        b.HasKey(e => e.Id);
        // Ids are made by the handler (v7 Guids): a new event added to a loaded notice must be an INSERT.
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasIndex(e => new { e.NoticeId, e.Seq }).IsUnique();
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorCountry).HasMaxLength(2);
        b.Property(e => e.Action).HasMaxLength(40);
        b.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.Reason).HasMaxLength(2000);
    }
}

internal static class NoticeQueries
{
    private static readonly NoticeStatus[] Circulating = [.. NoticeVisibility.CirculatingDiffusion];

    /// <summary>The database form of <see cref="NoticeVisibility.CanSee"/>: the caller's country and role in the Where. The
    /// status and hold test is <see cref="NoticeVisibility.Circulates"/> written for SQL; VisibilityFilterEquivalenceTests
    /// checks on generated data, on both providers, that the two agree.</summary>
    public static IQueryable<NoticeRecord> VisibleTo(this IQueryable<NoticeRecord> q, Domain.Access.Actor actor)
    {
        if (actor.IsReviewer)
        {
            return q;
        }

        if (actor.Country is not { } c || !actor.IsNcbOf(c))
        {
            return q.Where(n => false);
        }

        return q.Where(n => n.RequestingCountry == c
            || (!n.Countries.Any(x => x.Relation == CountryRelation.Restricted && x.Iso2 == c)
                && ((n.Kind == NoticeKind.Notice && n.Status == NoticeStatus.Published)
                    || (n.Kind == NoticeKind.Diffusion && Circulating.Contains(n.Status) && (!n.Held || n.Status == NoticeStatus.Published)
                        && (n.AddressedToAll || n.Countries.Any(x => x.Relation == CountryRelation.Addressee && x.Iso2 == c))))));
    }
}
