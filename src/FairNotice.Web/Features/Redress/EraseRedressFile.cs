using FairNotice.Domain;
using FairNotice.Domain.Audit;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>Erasure in a closed Commission file (issue #18 items 2 and 4): first its documents (identity papers,
/// statements), then, at the end of the file's own period, everything in it that names or describes the applicant. The
/// number, type, status, outcome and dates stay (the Commission's statistics and the decision's existence).</summary>
internal static class EraseRedressFile
{
    public const string Erased = "[erased]";

    /// <summary>When a file closed (its decision, or the finding that it is inadmissible); null while open.</summary>
    public static DateTimeOffset? ClosedAt(RedressRequest r) =>
        RedressProcedure.Closed.Contains(r.Status) ? r.DecidedAt ?? r.AdmissibilityDecidedAt : null;

    /// <summary>Stages the deletion of the file's documents. A document another file shares (stored once, ADR 0014) keeps
    /// its bytes: they move to that file's copy first.</summary>
    public static async Task<int> StageAttachmentsAsync(AppDbContext db, RedressRequest r, AuditFacts by, string basis, DateTimeOffset now, CancellationToken ct)
    {
        var mine = await db.RedressAttachments.Where(a => a.RequestId == r.Id).ToListAsync(ct);
        var hashes = mine.Where(a => a.Data.Length > 0).Select(a => a.Sha256).ToList();
        var copies = await db.RedressAttachments.Where(a => a.RequestId != r.Id && hashes.Contains(a.Sha256) && a.Data.Length == 0).ToListAsync(ct);
        foreach (var holder in mine.Where(a => a.Data.Length > 0))
        {
            if (copies.FirstOrDefault(c => c.Sha256 == holder.Sha256) is { } heir)
            {
                heir.Data = holder.Data;
            }
        }

        db.RedressAttachments.RemoveRange(mine);
        r.AttachmentsErasedAt = now;
        r.Version++;
        r.AddEvent(now, by.ActorId, "DocumentsErased", LocalMessage.Of("RedressMessage.DocumentsErased", MessageArgument.Number(mine.Count), MessageArgument.Text(basis)), false, false);
        db.Audit(by with { At = now, Action = "redress.documents_erase", ObjectType = "redress", ObjectId = r.Id.ToString(), Purpose = basis, Outcome = "ok" });
        return mine.Count;
    }

    /// <summary>Stages the erasure of everything in the file that names or describes the applicant (documents included).</summary>
    public static async Task StageFileAsync(AppDbContext db, RedressRequest r, AuditFacts by, string basis, DateTimeOffset now, CancellationToken ct)
    {
        if (r.AttachmentsErasedAt is null)
        {
            await StageAttachmentsAsync(db, r, by, basis, now, ct);
        }

        r.FamilyName = Erased;
        r.Forenames = Erased;
        r.DateOfBirth = null;
        r.Nationality = null;
        r.RepresentativeName = null;
        r.ContactEmail = Erased;
        r.Statement = Erased;
        r.NewFact = r.NewFact is null ? null : Erased;
        r.DecisionReasons = r.DecisionReasons is null ? null : Erased;
        foreach (var e in r.Events)
        {
            e.Text = Erased;
            e.Message = null;
        }

        foreach (var l in r.Links)
        {
            l.SummaryForSource = Erased;
            l.SourceComment = l.SourceComment is null ? null : Erased;
        }

        r.ErasedAt = now;
        r.Version++;
        r.AddEvent(now, by.ActorId, "FileErased", LocalMessage.Of("RedressMessage.FileErased", MessageArgument.Text(basis)), false, false);
        db.Audit(by with { At = now, Action = "redress.erase", ObjectType = "redress", ObjectId = r.Id.ToString(), Purpose = basis, Outcome = "ok" });
    }
}

/// <summary>An open Commission file holds the data of the requests it concerns until it closes (issue #18).</summary>
internal sealed class OpenCommissionFileHold : INoticeDataHolder
{
    public async Task<string?> HoldAsync(AppDbContext db, Guid noticeId, CancellationToken ct)
    {
        var open = await db.RedressLinks.AsNoTracking().Where(l => l.NoticeId == noticeId)
            .Join(db.RedressRequests.AsNoTracking(), l => l.RequestId, r => r.Id, (l, r) => new { r.Number, r.Status }).ToListAsync(ct);
        return open.FirstOrDefault(f => !RedressProcedure.Closed.Contains(f.Status)) is { } file ? $"open Commission file {file.Number}" : null;
    }

    public Task ForgetAsync(AppDbContext db, Guid noticeId, CancellationToken ct) => Task.CompletedTask;
}
