using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Redress;

/// <summary>A request to the Commission: the applicant's file. Seen by Commission members only.</summary>
internal sealed class RedressRequest
{
    public Guid Id { get; set; }

    /// <summary>"CCF-YYYY-NNNNN", given to the applicant.</summary>
    public string Number { get; set; } = "";

    /// <summary>SHA-256 of the private follow-up code; the code itself is never stored.</summary>
    public string FollowUpHash { get; set; } = "";
    public RedressType Type { get; set; }
    public RedressStatus Status { get; set; }
    public string Language { get; set; } = "en";
    public string FamilyName { get; set; } = "";
    public string Forenames { get; set; } = "";
    public string? DateOfBirth { get; set; }
    public string? Nationality { get; set; }
    public bool ByRepresentative { get; set; }
    public string? RepresentativeName { get; set; }
    public string ContactEmail { get; set; } = "";
    public string Statement { get; set; } = "";
    public string? PreviousNumber { get; set; }
    public string? NewFact { get; set; }
    public DateOnly? NewFactDiscovered { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly AdmissibilityDue { get; set; }
    public DateTimeOffset? AdmissibilityDecidedAt { get; set; }
    public DateOnly? DecisionDue { get; set; }
    public RedressOutcome? Outcome { get; set; }
    public string? DecisionReasons { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public int Version { get; set; }

    /// <summary>When the file's documents were erased, and when everything else naming the applicant was (issue #18).</summary>
    public DateTimeOffset? AttachmentsErasedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
    public List<RedressAttachment> Attachments { get; set; } = [];
    public List<RedressLink> Links { get; set; } = [];
    public List<RedressEvent> Events { get; set; } = [];

    /// <summary>A step worded by the catalogue (<see cref="FairNotice.Domain.Redress.RedressMessages"/>): its text is the message in
    /// English, and the message is kept so that each reader sees it in the language of the page.</summary>
    public void AddEvent(DateTimeOffset at, string actor, string action, FairNotice.Domain.LocalMessage message, bool toApplicant, bool toSource) =>
        Events.Add(new RedressEvent { Id = Guid.CreateVersion7(at), RequestId = Id, At = at, ActorId = actor, Action = action, Text = message.English,
            Message = RedressEvent.Keep(message), ToApplicant = toApplicant, ToSource = toSource });
}

/// <summary>An uploaded document: identity document, signed statement or power of attorney.</summary>
internal sealed class RedressAttachment
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public string Kind { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Data { get; set; } = [];
}

/// <summary>A notice the Commission found concerning the applicant, and the consultation of its source (Arts. 21, 34, 35).</summary>
internal sealed class RedressLink
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid NoticeId { get; set; }
    public string NoticeReference { get; set; } = "";
    public string SourceCountry { get; set; } = "";

    /// <summary>What the Commission tells the source about the request (never the applicant's contact details).</summary>
    public string SummaryForSource { get; set; } = "";
    public DateTimeOffset ConsultedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public bool? DisclosureAllowed { get; set; }
    public DisclosureRestriction? Restriction { get; set; }
    public string? SourceComment { get; set; }

    /// <summary>A provisional measure (Art. 37) in force on the notice because of this request.</summary>
    public ProvisionalGround? BlockedFor { get; set; }
}

/// <summary>A step in the file; those marked for the applicant or the source are what they are told.</summary>
internal sealed class RedressEvent
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>The text as a message key and its arguments (JSON), for the reader's language; null for a step written before
    /// messages existed, or erased (then <see cref="Text"/> says so).</summary>
    public string? Message { get; set; }

    public bool ToApplicant { get; set; }
    public bool ToSource { get; set; }

    public static string Keep(FairNotice.Domain.LocalMessage message) => System.Text.Json.JsonSerializer.Serialize(message, System.Text.Json.JsonSerializerOptions.Web);

    /// <summary>The step's message, or null when it has none (older steps, erased ones).</summary>
    public FairNotice.Domain.LocalMessage? Said() =>
        Message is null ? null : System.Text.Json.JsonSerializer.Deserialize<FairNotice.Domain.LocalMessage>(Message, System.Text.Json.JsonSerializerOptions.Web);
}

/// <summary>After a deletion, each member that received the notice must purge its national copies and acknowledge.</summary>
internal sealed class PurgeNotification
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public string NoticeReference { get; set; } = "";
    public Guid RequestId { get; set; }
    public string Member { get; set; } = "";
    public DateTimeOffset NotifiedAt { get; set; }
    public DateOnly Due { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
}

internal sealed class RedressConfiguration : IEntityTypeConfiguration<RedressRequest>, IEntityTypeConfiguration<RedressAttachment>, IEntityTypeConfiguration<RedressLink>,
    IEntityTypeConfiguration<RedressEvent>, IEntityTypeConfiguration<PurgeNotification>
{
    public void Configure(EntityTypeBuilder<RedressRequest> b)
    {
        b.ToTable("RedressRequests");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => r.Number).IsUnique();
        b.Property(r => r.Number).HasMaxLength(16);
        b.Property(r => r.FollowUpHash).HasMaxLength(64);
        b.Property(r => r.Type).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Language).HasMaxLength(2);
        b.Property(r => r.FamilyName).HasMaxLength(200);
        b.Property(r => r.Forenames).HasMaxLength(200);
        b.Property(r => r.DateOfBirth).HasMaxLength(10);
        b.Property(r => r.Nationality).HasMaxLength(2);
        b.Property(r => r.RepresentativeName).HasMaxLength(200);
        b.Property(r => r.ContactEmail).HasMaxLength(254);
        b.Property(r => r.PreviousNumber).HasMaxLength(16);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.Status);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Links).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Events).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RedressAttachment> b)
    {
        b.ToTable("RedressAttachments");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Kind).HasMaxLength(24);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(40);
        b.Property(a => a.Sha256).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<RedressLink> b)
    {
        b.ToTable("RedressLinks");
        b.Property(l => l.Id).ValueGeneratedNever();
        b.HasIndex(l => new { l.SourceCountry, l.AnsweredAt });
        b.HasIndex(l => new { l.RequestId, l.NoticeId }).IsUnique();
        b.HasOne<NoticeRecord>().WithMany().HasForeignKey(l => l.NoticeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(l => l.NoticeReference).HasMaxLength(12);
        b.Property(l => l.SourceCountry).HasMaxLength(2);
        b.Property(l => l.Restriction).HasConversion<string>().HasMaxLength(40);
        b.Property(l => l.BlockedFor).HasConversion<string>().HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<RedressEvent> b)
    {
        b.ToTable("RedressEvents");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<PurgeNotification> b)
    {
        b.ToTable("PurgeNotifications");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasIndex(p => new { p.Member, p.AcknowledgedAt });
        b.HasIndex(p => new { p.NoticeId, p.Member }).IsUnique();
        b.Property(p => p.NoticeReference).HasMaxLength(12);
        b.Property(p => p.Member).HasMaxLength(2);
        b.Property(p => p.AcknowledgedBy).HasMaxLength(64);
    }
}
