using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Compliance;

/// <summary>A pre-check a member ran: whom it was about, kept for <see cref="PreCheckBudget.FlagWindow"/> to budget
/// pre-checks and to show reviewers the pattern on a later request.</summary>
/// <remarks>Personal data, like a request: never logged, never shown to any member, deleted after the window.</remarks>
internal sealed class PreCheckRecord
{
    public Guid Id { get; set; }
    public string Country { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string PersonJson { get; set; } = "{}";

    public PriorPreCheck ToPrior() => new(JsonSerializer.Deserialize<Person>(PersonJson, Json.Options)!, At);
}

internal sealed class PreCheckConfiguration : IEntityTypeConfiguration<PreCheckRecord>
{
    public void Configure(EntityTypeBuilder<PreCheckRecord> b)
    {
        b.ToTable("PreChecks");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Country).HasMaxLength(2);
        b.Property(p => p.UserId).HasMaxLength(64);
        b.HasIndex(p => new { p.Country, p.At });
        b.HasIndex(p => p.At);
    }
}
