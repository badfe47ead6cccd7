using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Audit;

/// <summary>Signs the chain's head into the heads folder: at start, every Audit:HeadIntervalMinutes while it grows, and at stop.</summary>
internal static class SignAuditHead
{
    public static async Task<SignedHead?> WriteAsync(AppDbContext db, AuditKeyring keys, DateTimeOffset now, ILogger log, CancellationToken ct, AuditMetrics? metrics = null)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return null;
        }

        var path = Path.Combine(keys.HeadsDirectory, $"head-{last.Sequence:D12}.json");
        if (File.Exists(path))
        {
            return null;
        }

        // Never sign a log that does not extend the previous head: the verifier reports it, and a new head would only add a fork.
        // A head older than the pruning checkpoint is vouched for by the checkpoint (signed after the whole log verified).
        var checkpoint = await AuditCheckpointRecord.NewestAsync(db, ct);
        if (await ReadNewestAsync(keys.HeadsDirectory, ct) is { } previous
            && (previous.Sequence > last.Sequence
                || (checkpoint is not null && previous.Sequence <= checkpoint.Sequence
                    ? previous.Sequence == checkpoint.Sequence && previous.ChainHash != checkpoint.ChainHash
                    : await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == previous.Sequence).Select(a => a.Hash).FirstOrDefaultAsync(ct) != previous.ChainHash)))
        {
            log.LogCritical("The audit log no longer extends the head signed at {Time} (entry {Sequence}); no new head is signed. Run `fairnotice audit verify`.", previous.Time, previous.Sequence);
            return null;
        }

        // After pruning, the entries up to the checkpoint still count, and the keyed start may be among them.
        var count = await db.AuditEntries.LongCountAsync(a => a.Sequence <= last.Sequence, ct) + (checkpoint?.Count ?? 0);
        var keyedFrom = checkpoint?.KeyedFrom ?? await db.AuditEntries.Where(a => a.ObjectType == AuditChain.KeyedStartObjectType && a.Action == AuditChain.KeyedStartAction)
            .OrderBy(a => a.Sequence).Select(a => (long?)a.Sequence).FirstOrDefaultAsync(ct);
        // The signed tree head (ADR 0033): the root of the Merkle tree over the first `count` entries, computed from the log
        // (after a prune, from the checkpoint's frontier). A log pruned before it was a tree keeps version 1 heads.
        var chained = (await db.AuditEntries.AsNoTracking().Where(a => a.Sequence <= last.Sequence).OrderBy(a => a.Sequence).ToListAsync(ct)).Select(e => e.ToChained()).ToList();
        var leaves = AuditTree.Leaves(chained, checkpoint);
        var treeRoot = leaves is not null && leaves.Size == count ? AuditTree.Root(leaves, count) : null;
        // A tree head names the newest pruning cut (0: never pruned), so the heads folder alone shows its copy deleted.
        var head = AuditHeads.Sign(last.Sequence, last.Hash, count, now, keyedFrom, treeRoot, treeRoot is null ? null : checkpoint?.Sequence ?? 0, keys.Signing);
        // Two signers may sign the same entry at once (the timer's tick and the stop of the host, or two nodes sharing the
        // folder). The one that creates the entry's lock file (O_CREAT|O_EXCL, atomic on every local file system) signs; the
        // others step back. File.Move without overwrite alone did not exclude them everywhere (CI once saw two signers both
        // claim entry 599) — presumably .NET's fallback to check-then-rename where a hard link is refused. A crash leaves a
        // stale lock: that entry goes unsigned, the next one is signed.
        var lockPath = path + ".lock";
        FileStream claim;
        try
        {
            claim = new FileStream(lockPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        await using (claim)
        {
            try
            {
                if (File.Exists(path))
                {
                    return null;
                }

                var temp = $"{path}.{Guid.NewGuid():N}.tmp";
                await File.WriteAllTextAsync(temp, AuditHeads.ToJson(head), ct);
                File.Move(temp, path, overwrite: false);
                metrics?.TreeSigned(head);
            }
            finally
            {
                File.Delete(lockPath);
            }
        }

        return head;
    }

    /// <summary>Every head file in a folder (head-*.json).</summary>
    public static Task<List<HeadFile>> ReadFilesAsync(string directory, CancellationToken ct) => ReadFilesAsync(directory, "head-*.json", ct);

    /// <summary>Every copy of a pruning checkpoint kept beside the heads (checkpoint-*.json, written by PruneAudit).</summary>
    public static Task<List<HeadFile>> ReadCheckpointFilesAsync(string directory, CancellationToken ct) => ReadFilesAsync(directory, "checkpoint-*.json", ct);

    private static async Task<List<HeadFile>> ReadFilesAsync(string directory, string pattern, CancellationToken ct)
    {
        var files = new List<HeadFile>();
        if (!Directory.Exists(directory))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal))
        {
            files.Add(new HeadFile(Path.GetFileName(path), await File.ReadAllTextAsync(path, ct)));
        }

        return files;
    }

    private static async Task<SignedHead?> ReadNewestAsync(string directory, CancellationToken ct) =>
        (await ReadFilesAsync(directory, ct)).Select(f => AuditHeads.Parse(f.Text)).OfType<SignedHead>().MaxBy(h => h.Sequence);
}

internal sealed class AuditHeadSigner(IServiceScopeFactory scopes, AuditKeyring keys, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditHeadSigner> log,
    AuditMetrics metrics, AuditSealer sealer)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SignAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SignAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.HeadIntervalMinutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SignAsync(stoppingToken);
        }
    }

    private async Task SignAsync(CancellationToken ct)
    {
        try
        {
            // A signed tree head covers sealed entries only: seal what is committed first (no-op unless this node seals).
            try
            {
                await sealer.SealAsync(ct);
            }
            catch (ObjectDisposedException)
            {
                // At stop the sealer may already be gone: the head covers what was sealed.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Its connection broken: the head covers what was sealed, and a failed round never stops the host.
                log.LogWarning("No sealing round before signing the audit head ({Error}); the head covers what is sealed.", e.GetType().Name);
            }

            await using var scope = scopes.CreateAsyncScope();
            await SignAuditHead.WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), keys, clock.GetUtcNow(), log, ct, metrics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
        {
            log.LogError(e, "Could not sign the audit head into {Directory}.", keys.HeadsDirectory);
        }
    }
}
