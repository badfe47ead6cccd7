using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Notices;

/// <summary>The reviewer who took a request under review from the queue. At most one per request: the key is the
/// request's id, so two reviewers taking the same case at once cannot both succeed (the second insert loses the race).</summary>
/// <remarks>Kept apart from the request's row on purpose: taking a case is Secretariat case work, not a change of the
/// request, so the requester's list does not show it as changed and a pending confirmation does not go stale. Each take
/// and release is an audit entry.</remarks>
internal sealed class CaseAssignmentRecord
{
    public Guid NoticeId { get; set; }
    public string ReviewerId { get; set; } = "";
    public DateTimeOffset TakenAt { get; set; }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignmentRecord>
{
    public void Configure(EntityTypeBuilder<CaseAssignmentRecord> b)
    {
        b.ToTable("CaseAssignments");
        b.HasKey(a => a.NoticeId);
        b.Property(a => a.NoticeId).ValueGeneratedNever();
        b.Property(a => a.ReviewerId).HasMaxLength(64);
        b.HasIndex(a => a.ReviewerId);
        b.HasOne<NoticeRecord>().WithMany().HasForeignKey(a => a.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
