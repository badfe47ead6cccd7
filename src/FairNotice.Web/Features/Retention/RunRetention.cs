using System.Globalization;
using FairNotice.Domain.Audit;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Domain.Retention;
using FairNotice.Web.Features.Audit;
using FairNotice.Web.Features.Compliance;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Retention;

/// <summary>What one retention run erased, per rule id (counts only, never what).</summary>
public sealed record RetentionReport(string Schedule, DateTimeOffset At, IReadOnlyDictionary<string, long> Erased, long Held);

/// <summary>The daily retention run (issue #18 item 2): erases what the schedule says is due and reports counts. A request
/// an open Commission file concerns is held until the file closes. Each erasure is its own transaction, audited on its
/// object; the run ends with one <c>retention.run</c> entry carrying the counts.</summary>
internal static class RunRetention
{
    public static async Task<RetentionReport> RunAsync(AppDbContext db, NoticeDataHolders holders, AuditKeyring? keys, RetentionSchedule schedule, DateTimeOffset now,
        ILogger log, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long held = 0;
        var system = new AuditFacts(now, "system", null, null, "retention", "retention", null, null, "ok");
        foreach (var (subject, status) in new[]
        {
            (RetentionSubject.WithdrawnRequests, NoticeStatus.Withdrawn), (RetentionSubject.RefusedRequests, NoticeStatus.Refused),
            (RetentionSubject.CancelledRequests, NoticeStatus.Cancelled), (RetentionSubject.ExpiredRequests, NoticeStatus.Expired),
            (RetentionSubject.AbandonedDrafts, NoticeStatus.Draft),
        })
        {
            var rule = schedule.For(subject);
            var cutoff = rule.Cutoff(now);
            // A request in a terminal status changes no more, so its last change is when its clock started.
            var due = await db.Notices.AsNoTracking().Where(n => n.ErasedAt == null && n.Status == status && n.UpdatedAt <= cutoff).Select(n => n.Id).ToListAsync(ct);
            foreach (var id in due)
            {
                if (await holders.HoldAsync(db, id, ct) is not null)
                {
                    held++;
                    continue;
                }

                db.ChangeTracker.Clear();
                var notice = await db.Notices.Include(n => n.Countries).Include(n => n.Events).AsSplitQuery().SingleAsync(n => n.Id == id, ct);
                await EraseNotice.StageAsync(db, holders, notice, system, Basis(schedule, rule), now, ct);
                await db.SaveChangesAsync(ct);
                counts[rule.Id] = counts.GetValueOrDefault(rule.Id) + 1;
            }
        }

        await EraseRedressAsync(db, schedule, system, now, counts, ct);
        db.ChangeTracker.Clear();
        counts["pre-checks"] = await db.Set<PreCheckRecord>().Where(p => p.At <= schedule.For(RetentionSubject.PreChecks).Cutoff(now)).ExecuteDeleteAsync(ct);
        var purgeCutoff = schedule.For(RetentionSubject.PurgeRecords).Cutoff(now);
        counts["purge-records"] = await db.PurgeNotifications.Where(p => p.AcknowledgedAt != null && p.AcknowledgedAt <= purgeCutoff).ExecuteDeleteAsync(ct);
        var keyCutoff = schedule.For(RetentionSubject.IdempotencyKeys).Cutoff(now);
        counts["idempotency-keys"] = await db.IdempotencyRecords.Where(r => r.CreatedAt <= keyCutoff).ExecuteDeleteAsync(ct);
        if (keys is not null)
        {
            counts["audit-entries"] = await PruneAudit.RunAsync(db, keys, schedule.For(RetentionSubject.AuditEntries), now, log, ct);
        }

        var summary = string.Join(", ", counts.Where(c => c.Value > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
        db.Audit(system with { Action = "retention.run", ObjectId = schedule.Version, Purpose = $"erased: {(summary.Length == 0 ? "nothing due" : summary)}; held by open Commission files: {held}" });
        await db.SaveChangesAsync(ct);
        log.LogInformation("Retention run ({Schedule}): {Summary}; {Held} held by open Commission files.", schedule.Version, summary.Length == 0 ? "nothing due" : summary, held);
        return new RetentionReport(schedule.Version, now, counts, held);
    }

    private static async Task EraseRedressAsync(AppDbContext db, RetentionSchedule schedule, AuditFacts system, DateTimeOffset now, Dictionary<string, long> counts, CancellationToken ct)
    {
        var closed = RedressProcedure.Closed.ToList();
        var documents = schedule.For(RetentionSubject.RedressAttachments);
        var documentsCutoff = documents.Cutoff(now);
        foreach (var id in await db.RedressRequests.AsNoTracking()
            .Where(r => closed.Contains(r.Status) && r.AttachmentsErasedAt == null && (r.DecidedAt ?? r.AdmissibilityDecidedAt) <= documentsCutoff).Select(r => r.Id).ToListAsync(ct))
        {
            db.ChangeTracker.Clear();
            var file = await db.RedressRequests.Include(r => r.Events).SingleAsync(r => r.Id == id, ct);
            await EraseRedressFile.StageAttachmentsAsync(db, file, system, Basis(schedule, documents), now, ct);
            await db.SaveChangesAsync(ct);
            counts[documents.Id] = counts.GetValueOrDefault(documents.Id) + 1;
        }

        var files = schedule.For(RetentionSubject.RedressFiles);
        var filesCutoff = files.Cutoff(now);
        foreach (var id in await db.RedressRequests.AsNoTracking()
            .Where(r => closed.Contains(r.Status) && r.ErasedAt == null && (r.DecidedAt ?? r.AdmissibilityDecidedAt) <= filesCutoff).Select(r => r.Id).ToListAsync(ct))
        {
            db.ChangeTracker.Clear();
            var file = await db.RedressRequests.Include(r => r.Events).Include(r => r.Links).AsSplitQuery().SingleAsync(r => r.Id == id, ct);
            await EraseRedressFile.StageFileAsync(db, file, system, Basis(schedule, files), now, ct);
            await db.SaveChangesAsync(ct);
            counts[files.Id] = counts.GetValueOrDefault(files.Id) + 1;
        }
    }

    private static string Basis(RetentionSchedule schedule, RetentionRule rule) =>
        string.Create(CultureInfo.InvariantCulture, $"retention rule {rule.Id} ({schedule.Version}): {rule.Days} days after {rule.From}");
}
