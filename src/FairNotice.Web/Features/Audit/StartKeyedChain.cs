using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Audit;

/// <summary>The switch-over of an existing trail to the keyed chain, once, when a server first runs with a key: the
/// start entry, then a baseline of every request's state, so that from here on every request is covered.</summary>
internal static class StartKeyedChain
{
    public static async Task EnsureAsync(AppDbContext db, ChainKey key, DateTimeOffset now, CancellationToken ct)
    {
        var checkpoint = await AuditCheckpointRecord.NewestAsync(db, ct);
        if (checkpoint?.KeyedFrom is not null || await db.AuditEntries.AnyAsync(a => a.ObjectType == AuditChain.KeyedStartObjectType && a.Action == AuditChain.KeyedStartAction, ct))
        {
            var current = await db.AuditEntries.AsNoTracking()
                .Where(a => a.ObjectType == AuditChain.KeyedStartObjectType && (a.Action == AuditChain.KeyedStartAction || a.Action == AuditChain.KeyRotationAction))
                .OrderByDescending(a => a.Sequence).Select(a => a.ObjectId).FirstOrDefaultAsync(ct) ?? checkpoint?.KeyId;
            if (current != key.Id)
            {
                // Configured to rotate: recorded now, at start (SaveChanges writes the rotation entry before this one). With a
                // key that is neither in force nor rotating from it, SaveChanges refuses, so the start fails with its message
                // rather than the first request.
                db.Audit(new AuditFacts(now, "system", null, null, "audit.key_in_use", "audit-key", key.Id, "the server started with a new chain key", "ok"));
                await db.SaveChangesAsync(ct);
            }

            return;
        }

        db.Audit(AuditChain.KeyedStart(now, key));
        foreach (var (id, digest) in (await NoticeState.DigestsAsync(db, null, ct)).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            db.AuditEntries.Add(AuditEntry.Pending(new AuditFacts(now, "system", null, null, "notice.state", "notice", id, "baseline when the chain became keyed", "ok", digest)));
        }

        await db.SaveChangesAsync(ct);
    }
}
