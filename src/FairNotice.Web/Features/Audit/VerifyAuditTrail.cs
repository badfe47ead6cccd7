using FairNotice.Domain.Audit;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Audit;

/// <param name="Intact">True when the chain, the signed heads and the requests' states all check out.</param>
/// <param name="Authenticated">False when keyed entries could only be checked for their links (no key given).</param>
/// <param name="LastSignedHead">The newest signed head's entry, when heads were checked.</param>
/// <param name="NoticesChecked">Requests whose state was compared with the trail (null when not checked).</param>
public sealed record AuditVerification(bool Intact, long EntriesChecked, string Head, string? Break, long? Sequence, string Message,
    long? KeyedFrom = null, bool Authenticated = true, long? LastSignedHead = null, DateTimeOffset? LastSignedAt = null, int? NoticesChecked = null)
{
    /// <summary>The message as a key and arguments (<see cref="AuditMessages"/>), for the audit page's language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Domain.LocalMessage? Local { get; init; }
}

/// <summary>What to check the database's trail with: the chain key (to authenticate entries) and the heads with their public key.</summary>
/// <param name="Retired">Earlier chain keys (rotations), so that every keyed segment is authenticated.</param>
/// <param name="CheckpointFiles">The copies of the pruning checkpoints kept beside the heads (checked with the heads).</param>
internal sealed record AuditEvidence(ChainKey? Key, IReadOnlyList<HeadFile>? Heads, HeadPublicKey? PublicKey, IReadOnlyList<ChainKey>? Retired = null,
    IReadOnlyList<HeadFile>? CheckpointFiles = null)
{
    public IReadOnlyList<ChainKey> Keys => [.. (Key is null ? [] : new[] { Key }), .. Retired ?? []];

    public static async Task<AuditEvidence> FromAsync(AuditKeyring keys, CancellationToken ct) =>
        new(keys.Chain, await SignAuditHead.ReadFilesAsync(keys.HeadsDirectory, ct), keys.PublicKey, keys.Chain.Retires is { } r ? [r] : null,
            await SignAuditHead.ReadCheckpointFilesAsync(keys.HeadsDirectory, ct));
}

/// <summary>Re-checks the whole trail: the chain (keyed), the signed heads (emptied or truncated log), and every request's
/// state against the last digest the chain recorded for it (rows changed or deleted behind the application's back).</summary>
internal static class VerifyAuditTrail
{
    public static async Task<AuditVerification> RunAsync(AppDbContext db, AuditEvidence evidence, CancellationToken ct)
    {
        // One snapshot for the log, the pending entries and the requests' states: an entry sealed meanwhile is seen once.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct) : null;
        var pending = await PendingAsync(db, ct);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(ct);
        return Check([.. entries.Select(e => e.ToChained())], evidence, await NoticeState.DigestsAsync(db, null, ct), await CheckpointsAsync(db, ct), pending);
    }

    /// <summary>The entries written and not yet sealed (ADR 0033), in the order the sealer will take them.</summary>
    public static Task<List<AuditPendingEntry>> PendingAsync(AppDbContext db, CancellationToken ct) =>
        db.AuditPending.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);

    /// <summary>Every pruning checkpoint, oldest first.</summary>
    public static async Task<List<AuditCheckpoint>> CheckpointsAsync(AppDbContext db, CancellationToken ct) =>
        [.. (await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(ct)).Select(c => c.ToCheckpoint())];

    public static AuditVerification Check(IReadOnlyList<ChainedEntry> chain, AuditEvidence evidence, IReadOnlyDictionary<string, string> notices,
        IReadOnlyList<AuditCheckpoint>? checkpoints = null, IReadOnlyList<AuditPendingEntry>? pending = null)
    {
        pending ??= [];
        // After pruning, the log starts at the newest signed checkpoint; every checkpoint must carry the heads' signature,
        // and none may go backwards (a checkpoint is never deleted).
        var from = checkpoints is { Count: > 0 } ? checkpoints[^1] : null;
        if (checkpoints is { Count: > 0 } && evidence.PublicKey is { } checkpointKey
            && checkpoints.FirstOrDefault(c => !AuditCheckpoints.HasValidSignature(c, checkpointKey)) is { } forged)
        {
            var message = AuditMessages.Say("CheckpointForged", forged.Sequence);
            return new AuditVerification(false, 0, AuditChain.Genesis, ChainBreak.Altered.ToString(), forged.Sequence, message.English) { Local = message };
        }

        var verdict = AuditChain.Verify(chain, evidence.Keys, from: from);
        if (from is not null && evidence.PublicKey is null && verdict.Intact)
        {
            verdict = Say(verdict with { Authenticated = false }, AuditMessages.Both(verdict.Local, verdict.Message, AuditMessages.Say("CheckpointUnchecked"), ""));
        }
        if (!verdict.Intact)
        {
            return From(verdict);
        }

        HeadsVerdict? heads = null;
        if (evidence.Heads is { } files && evidence.PublicKey is { } publicKey)
        {
            heads = AuditHeads.Check(files, publicKey);
            if (!heads.Intact)
            {
                return From(verdict with { Intact = false, Break = ChainBreak.HeadMismatch, Sequence = null, Message = heads.Message, Local = heads.Local }, heads);
            }

            // The checkpoints' copies kept beside the heads (#18): each validly signed, agreeing with the heads, and the same as
            // the database's; a copy or a database checkpoint missing or replaced is a break.
            if (evidence.CheckpointFiles is { } copies
                && AuditCheckpointCopies.Check(copies, publicKey, heads.Heads, checkpoints ?? [], chain) is { Intact: false } copiesBroken)
            {
                return From(verdict with { Intact = false, Break = copiesBroken.Break, Sequence = copiesBroken.Sequence, Message = copiesBroken.Message }, heads);
            }

            if (heads.Latest is null && verdict.KeyedFrom is not null)
            {
                return From(Say(verdict with { Intact = false, Break = ChainBreak.Truncated, Sequence = null }, AuditMessages.Say("KeyedNoHead")), heads);
            }

            if (AuditHeads.CheckChain(chain, heads.Heads, verdict.KeyedFrom, from) is { } broken)
            {
                return From(broken, heads);
            }

            // The Merkle tree (ADR 0033): every signed tree head's root, and consistency between consecutive tree heads.
            if (AuditTree.CheckHeads(chain, heads.Heads, from) is { } tree)
            {
                return From(tree with { KeyedFrom = verdict.KeyedFrom }, heads);
            }
        }

        if (evidence.Keys.Count > 0 && pending.FirstOrDefault(p => !p.IsAuthentic(evidence.Keys)) is { } forgedPending)
        {
            return From(Say(verdict with { Intact = false, Break = ChainBreak.Altered, Sequence = null }, AuditMessages.Say("PendingForged", forgedPending.Id)), heads);
        }

        if (verdict.KeyedFrom is null)
        {
            return From(verdict, heads);
        }

        // Each request's newest recorded state, from the keyed part of the chain (its baseline included).
        var recorded = new Dictionary<string, RecordedState>(StringComparer.Ordinal);
        foreach (var e in chain.Where(e => e.Sequence >= verdict.KeyedFrom && e.Facts.StateDigest is not null && e.Facts.ObjectId is not null))
        {
            recorded[e.Facts.ObjectId!] = new RecordedState(e.Sequence, e.Facts.StateDigest!);
        }

        // Entries not yet sealed come after every sealed one, in the order the sealer will take them.
        var next = chain.Count > 0 ? chain[^1].Sequence : from?.Sequence ?? 0;
        foreach (var p in pending.Where(p => p.StateDigest is not null && p.ObjectId is not null))
        {
            recorded[p.ObjectId!] = new RecordedState(++next, p.StateDigest!);
        }

        var states = StateDigests.Compare(recorded, notices);
        return states.Intact
            ? From(Say(verdict, AuditMessages.Both(verdict.Local, verdict.Message, states.Local, states.Message)), heads, states.ObjectsChecked)
            : From(verdict with { Intact = false, Break = ChainBreak.StateMismatch, Sequence = states.Sequence, Message = states.Message, Local = states.Local }, heads, states.ObjectsChecked);
    }

    private static AuditVerification From(ChainVerdict v, HeadsVerdict? heads = null, int? notices = null)
    {
        var message = heads?.Latest is not null && v.Intact ? AuditMessages.Both(v.Local, v.Message, heads.Local, heads.Message) : v.Local;
        return new(v.Intact, v.EntriesChecked, v.Head, v.Break?.ToString(), v.Sequence,
            heads?.Latest is not null && v.Intact ? $"{v.Message} {heads.Message}" : v.Message,
            v.KeyedFrom, v.Authenticated, heads?.Latest?.Sequence, heads?.Latest?.Time, notices) { Local = message };
    }

    // The verdict with a message of the catalogue: its English text and its key kept together.
    private static ChainVerdict Say(ChainVerdict v, Domain.LocalMessage message) => v with { Message = message.English, Local = message };
}
