using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Compliance.Precedents;

/// <summary>A decision kept as a precedent: every reviewer decision that takes effect and every Commission decision,
/// plus the demo's precedents drawn from the public record.</summary>
/// <remarks>Personal data (the person, the facts) like a request: shown only to the Secretariat and the Commission, never
/// logged. The request it came from may later be deleted on the Commission's decision; the precedent keeps what was decided.</remarks>
internal sealed class PrecedentRecord
{
    public Guid Id { get; set; }
    public Guid? NoticeId { get; set; }
    public string Reference { get; set; } = "";
    public string Requester { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }
    public string DecidedBy { get; set; } = "";
    public PrecedentOutcome Outcome { get; set; }
    public Ground? Ground { get; set; }
    public string? Reason { get; set; }

    /// <summary>ICCS divisions of the charges, ";"-separated.</summary>
    public string Divisions { get; set; } = "";

    /// <summary>The law of each charge, one per line.</summary>
    public string Laws { get; set; } = "";

    public string Facts { get; set; } = "";

    /// <summary>Sorted transliterated name keys of the person (PersonMatch.Key), ";"-separated: what links spellings.</summary>
    public string NameKeys { get; set; } = "";

    public string? PersonJson { get; set; }

    /// <summary>Where a precedent from the public record is published.</summary>
    public string? Source { get; set; }

    public Precedent ToPrecedent() => new(Reference, Requester, DecidedAt, DecidedBy, Outcome, Ground, Reason,
        Divisions.Split(';', StringSplitOptions.RemoveEmptyEntries), Laws.Split('\n', StringSplitOptions.RemoveEmptyEntries), Facts,
        PersonJson is null ? null : JsonSerializer.Deserialize<Person>(PersonJson, Json.Options), Source);

    public static PrecedentRecord From(Guid id, Guid? noticeId, string reference, string requester, DateTimeOffset at, string decidedBy, PrecedentOutcome outcome,
        Ground? ground, string? reason, NoticeContent content, string? source = null)
    {
        var charges = content.Case?.Charges ?? [];
        return new PrecedentRecord
        {
            Id = id, NoticeId = noticeId, Reference = reference, Requester = requester, DecidedAt = at, DecidedBy = decidedBy, Outcome = outcome, Ground = ground,
            Reason = reason, Source = source,
            Divisions = string.Join(';', OffenceClassifier.Default.Classify(charges).Select(c => c.Division).OfType<string>().Distinct(StringComparer.Ordinal)),
            Laws = string.Join('\n', charges.Select(c => c.Law).Where(l => !string.IsNullOrWhiteSpace(l))),
            Facts = PrecedentFinder.FactsOf(content),
            NameKeys = content.Person is null ? "" : string.Join(';', PersonMatch.Names(content.Person).Select(PersonMatch.Key).Distinct(StringComparer.Ordinal)),
            PersonJson = content.Person is null ? null : JsonSerializer.Serialize(content.Person, Json.Options),
        };
    }
}

internal sealed class PrecedentConfiguration : IEntityTypeConfiguration<PrecedentRecord>
{
    public void Configure(EntityTypeBuilder<PrecedentRecord> b)
    {
        b.ToTable("Precedents");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Reference).HasMaxLength(64);
        b.Property(p => p.Requester).HasMaxLength(2);
        b.Property(p => p.DecidedBy).HasMaxLength(16);
        b.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Ground).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.Divisions).HasMaxLength(200);
        b.Property(p => p.Source).HasMaxLength(600);
        b.HasIndex(p => p.NoticeId);
        b.HasIndex(p => new { p.Requester, p.DecidedAt });
    }
}

/// <summary>Turns decisions into precedents, in the caller's transaction.</summary>
internal static class RecordPrecedent
{
    /// <summary>A reviewer's decision that took effect: a refusal, or a publication (with or without restrictions).</summary>
    public static void FromReview(AppDbContext db, NoticeRecord record, DecisionOutcome outcome, DateTimeOffset now)
    {
        if (outcome.Decision == ReviewDecision.RequestInformation)
        {
            return;
        }

        var result = outcome.Decision == ReviewDecision.Refuse ? PrecedentOutcome.Refused : PrecedentOutcome.Published;
        db.Set<PrecedentRecord>().Add(PrecedentRecord.From(Guid.CreateVersion7(now), record.Id, record.Reference ?? record.Id.ToString(), record.RequestingCountry, now,
            "Secretariat", result, outcome.Ground, outcome.Reason, record.Content));
    }

    /// <summary>A Commission decision on a file linked to the request.</summary>
    public static void FromCommission(AppDbContext db, NoticeRecord notice, Domain.Redress.RedressOutcome outcome, string reasons, DateTimeOffset now)
    {
        var result = outcome switch
        {
            Domain.Redress.RedressOutcome.NotCompliant => PrecedentOutcome.CommissionNotCompliant,
            Domain.Redress.RedressOutcome.Compliant or Domain.Redress.RedressOutcome.CompliantWithUpdate => PrecedentOutcome.CommissionCompliant,
            _ => (PrecedentOutcome?)null,
        };
        if (result is { } r)
        {
            db.Set<PrecedentRecord>().Add(PrecedentRecord.From(Guid.CreateVersion7(now), notice.Id, notice.Reference ?? notice.Id.ToString(), notice.RequestingCountry, now,
                "Commission", r, r == PrecedentOutcome.CommissionNotCompliant ? notice.RefusalGround ?? Ground.Article3 : null, reasons, notice.Content));
        }
    }
}
