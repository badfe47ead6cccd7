using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Registry;

/// <summary>A person under protection: refugee or asylum status recorded by an NCB supervisor, or a Commission measure.</summary>
/// <remarks>RecordedByCountry is the granting side; it is never shown to other members or put into findings.</remarks>
internal sealed class ProtectedPersonRecord
{
    public Guid Id { get; set; }
    public ProtectionKind Kind { get; set; }
    public string PersonJson { get; set; } = "{}";
    public string? FamilyName { get; set; }
    public string FearedPersecutionBy { get; set; } = "";
    public bool Confirmed { get; set; }
    public string? Note { get; set; }
    public string RecordedByUserId { get; set; } = "";
    public string? RecordedByCountry { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public bool Active { get; set; } = true;

    public Person Person => JsonSerializer.Deserialize<Person>(PersonJson, Json.Options)!;

    public ProtectedStatus ToStatus() => new(Person, Kind,
        [.. FearedPersecutionBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Confirmed);
}

internal sealed class ProtectedPersonConfiguration : IEntityTypeConfiguration<ProtectedPersonRecord>
{
    public void Configure(EntityTypeBuilder<ProtectedPersonRecord> b)
    {
        b.ToTable("ProtectedPersons");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.FamilyName).HasMaxLength(200);
        b.Property(p => p.FearedPersecutionBy).HasMaxLength(200);
        b.Property(p => p.Note).HasMaxLength(2000);
        b.Property(p => p.RecordedByUserId).HasMaxLength(64);
        b.Property(p => p.RecordedByCountry).HasMaxLength(2);
        b.HasIndex(p => p.Active);
    }
}
