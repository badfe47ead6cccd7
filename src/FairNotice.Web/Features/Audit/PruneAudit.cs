using FairNotice.Domain.Audit;
using FairNotice.Domain.Retention;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Audit;

/// <summary>Prunes audit entries older than their retention (EUDPR Art. 88: three years) behind a signed checkpoint, so
/// that `audit verify` still proves the remaining log complete and untouched (issue #18 item 3). Refuses to prune a trail
/// that does not verify: a broken trail is evidence, and pruning must never launder it.</summary>
internal static class PruneAudit
{
    /// <returns>How many entries were pruned.</returns>
    public static async Task<long> RunAsync(AppDbContext db, AuditKeyring keys, RetentionRule rule, DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        var cutoff = rule.Cutoff(now);
        var cut = await db.AuditEntries.AsNoTracking().Where(a => a.At <= cutoff).MaxAsync(a => (long?)a.Sequence, ct);
        if (cut is null)
        {
            return 0;
        }

        var verdict = await AuditFeature.VerifyAsync(db, keys, ct);
        if (!verdict.Intact)
        {
            log.LogCritical("Audit entries up to {Sequence} are due for pruning, but the trail does not verify ({Break} at entry {At}); nothing is pruned.", cut, verdict.Break, verdict.Sequence);
            return 0;
        }

        // Every request's newest recorded state that the cut would remove is carried forward, so state checks still cover it.
        var entries = (await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(ct)).Select(e => e.ToChained()).ToList();
        var previous = await AuditCheckpointRecord.NewestAsync(db, ct);
        var newest = new Dictionary<string, ChainedEntry>(StringComparer.Ordinal);
        foreach (var e in entries.Where(e => e.Facts.StateDigest is not null && e.Facts.ObjectId is not null))
        {
            newest[e.Facts.ObjectId!] = e;
        }

        foreach (var e in newest.Values.Where(e => e.Sequence <= cut).OrderBy(e => e.Sequence))
        {
            db.Audit(new AuditFacts(now, "system", null, null, e.Facts.Action.EndsWith(".state", StringComparison.Ordinal) ? e.Facts.Action : $"{e.Facts.ObjectType}.state",
                e.Facts.ObjectType, e.Facts.ObjectId, $"state carried forward before pruning to entry {cut}", "ok", e.Facts.StateDigest));
        }

        db.Audit(new AuditFacts(now, "system", null, null, "audit.prune", "audit", cut.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"entries up to {cut} pruned behind a signed checkpoint: {rule.Id}, {rule.Days} days", "ok"));
        await db.SaveChangesAsync(ct);

        var at = entries.Single(e => e.Sequence == cut);
        var count = (previous?.Count ?? 0) + entries.LongCount(e => e.Sequence <= cut);
        var keyedFrom = previous?.KeyedFrom ?? entries.FirstOrDefault(e => e.Sequence <= cut && AuditChain.IsKeyedStart(e.Facts))?.Sequence;
        // The Merkle tree's frontier at the cut (ADR 0033): all the pruned leaves leave behind for the tree to grow and prove.
        var leaves = AuditTree.Leaves(entries, previous);
        var frontier = leaves is not null && leaves.Size >= count ? MerkleTree.Frontier(leaves, checked((int)count)) : null;
        var checkpoint = AuditCheckpoints.Sign(cut.Value, at.Hash, count, now, keyedFrom, keyedFrom is null ? null : AuditCheckpoints.KeyInForceAfter(entries, cut.Value, previous), keys.Signing,
            frontier);

        // The copy for third parties first: a checkpoint for entries still present is harmless if the deletion then fails.
        Directory.CreateDirectory(keys.HeadsDirectory);
        await File.WriteAllTextAsync(Path.Combine(keys.HeadsDirectory, $"checkpoint-{cut:D12}.json"), AuditCheckpoints.ToJson(checkpoint), ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AuditCheckpoints.Add(AuditCheckpointRecord.From(checkpoint));
        await db.SaveChangesAsync(ct);
        var pruned = await db.AuditEntries.Where(a => a.Sequence <= cut).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Pruned {Count} audit entries up to {Sequence} behind a signed checkpoint.", pruned, cut);
        return pruned;
    }
}
