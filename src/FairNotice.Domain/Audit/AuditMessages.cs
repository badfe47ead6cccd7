using System.Globalization;

namespace FairNotice.Domain.Audit;

/// <summary>The audit trail's verdicts as templates (<see cref="MessageCatalog"/>), so that the audit page can say them in
/// its own language; each verdict's English message is the same template filled in English.</summary>
public static class AuditMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
        ("AuditVerdict.Altered", "Entry {0} was altered: its content does not match its hash."),
        ("AuditVerdict.Backwards", "The head for entry {0} counts fewer entries or is older than the head for entry {1}: the log went backwards."),
        ("AuditVerdict.Both", "{0} {1}"),
        ("AuditVerdict.CheckpointBroken", "Entry {0} does not chain to the signed checkpoint at entry {1}: entries were deleted or replaced after the cut."),
        ("AuditVerdict.CheckpointDisagrees", "The head signed {0} UTC and the pruning checkpoint disagree about entry {1}: the log was rewritten before it was pruned."),
        ("AuditVerdict.CheckpointForged", "The pruning checkpoint at entry {0} does not carry a valid signature under the heads' public key: forged or altered."),
        ("AuditVerdict.CheckpointUnchecked", "The pruning checkpoint's signature was not checked (no public key)."),
        ("AuditVerdict.CountDiffers", "The log holds {0} entries up to entry {1}, but the head signed {2} UTC counts {3}."),
        ("AuditVerdict.CutBackwards", "The head for entry {0} names no pruning cut, or an earlier one, although the head for entry {1} named the cut at entry {2}: a checkpoint was hidden or the log rewritten."),
        ("AuditVerdict.Deleted", "Entries between {0} and {1} were deleted or replaced: entry {1} does not chain to entry {0}."),
        ("AuditVerdict.DeletedExistsAgain", "Object {0} was deleted (entry {1}) but exists again."),
        ("AuditVerdict.Emptied", "The audit log is empty, but the head signed {0} UTC covers {1} entries: the log was emptied."),
        ("AuditVerdict.EntryMissing", "Entry {0}, covered by the head signed {1} UTC, is missing."),
        ("AuditVerdict.FirstDeleted", "Entries before {0} were deleted: the first entry does not start the chain."),
        ("AuditVerdict.HashDiffers", "Entry {0} does not have the hash the head signed {1} UTC gives it: the log was rewritten up to there."),
        ("AuditVerdict.HeadForged", "Head file {0} does not carry a valid signature under this public key: forged or altered."),
        ("AuditVerdict.HeadMissing", "The chain is internally consistent but does not contain the head published earlier: its tail was truncated or rewritten."),
        ("AuditVerdict.HeadNotParsed", "Head file {0} is not a {1} head."),
        ("AuditVerdict.HeadsFork", "Two signed heads give entry {0} different hashes: the log was forked or rewritten."),
        ("AuditVerdict.HeadsValid", "Signed heads valid: {0}; the newest, signed {1} UTC, covers {2} entries up to entry {3}."),
        ("AuditVerdict.InsertedBefore", "Entry {0} was inserted: the entry after it chains to entry {1}."),
        ("AuditVerdict.InsertedPast", "Entry {0} was inserted: entry {1} chains past it to entry {2}."),
        ("AuditVerdict.Intact", "{0} entries, chain intact."),
        ("AuditVerdict.IntactPruned", "{0} entries after the signed checkpoint at entry {1} (earlier entries pruned at the end of their retention), chain intact."),
        ("AuditVerdict.KeyedAltered", "Entry {0} was altered or forged: its content does not match its keyed hash."),
        ("AuditVerdict.KeyedMoved", "The head for entry {0} moves the keyed-chain start from entry {1}: the log was downgraded or rewritten."),
        ("AuditVerdict.KeyedNoHead", "The chain is keyed but no signed head was found: the heads folder was emptied, or the wrong one was given."),
        ("AuditVerdict.KeyedStartDiffers", "The head signed {0} UTC has the keyed chain start at entry {1}, the log at {2}: the log was downgraded or rewritten."),
        ("AuditVerdict.LinksIntact", "{0} entries, links intact; {1} keyed entries could not be authenticated without their key."),
        ("AuditVerdict.LinksIntactPruned", "{0} entries after the signed checkpoint at entry {1} (earlier entries pruned at the end of their retention), links intact; {2} keyed entries could not be authenticated without their key."),
        ("AuditVerdict.NeverRecorded", "Object {0} exists but the audit trail never recorded its state: it was written behind the application's back."),
        ("AuditVerdict.NoHead", "No signed head found."),
        ("AuditVerdict.NoTreeRoot", "The head for entry {0} carries no tree root although the head for entry {1} did: the log was downgraded or rewritten."),
        ("AuditVerdict.None", "none"),
        ("AuditVerdict.ObjectGone", "Object {0}, whose state entry {1} recorded, no longer exists: it was deleted behind the application's back."),
        ("AuditVerdict.PendingForged", "The pending (not yet sealed) audit entry {0} does not carry a valid MAC under the chain key: forged or altered."),
        ("AuditVerdict.PrunedGap", "The log was pruned up to entry {0} (signed checkpoint), but its first remaining entry is {1}: entries after the checkpoint were deleted."),
        ("AuditVerdict.RotationForged", "Entry {0}, a key rotation, was altered or forged: it does not verify under the key it retires ({1})."),
        ("AuditVerdict.RotationProof", "Entry {0}, a key rotation, does not carry a valid proof under the key it names ({1})."),
        ("AuditVerdict.SequenceBackwards", "Entry {0} was inserted: its sequence number repeats or goes backwards after {1}."),
        ("AuditVerdict.SequenceJump", "Sequence jumps from {0} to {1} although the hashes chain: entries were renumbered or sequence numbers skipped."),
        ("AuditVerdict.StartWrongKey", "Entry {0}, where the keyed chain starts, does not verify with this key: the wrong key was given, or the entry was altered."),
        ("AuditVerdict.StatesMatch", "{0} objects match the state the trail recorded last."),
        ("AuditVerdict.StateDiffers", "Object {0} differs from the state recorded by entry {1}: it, or one of its rows (countries, exclusions, addressees, history, photos), was changed or deleted behind the application's back."),
        ("AuditVerdict.TailTruncated", "The audit log ends at entry {0}, but the head signed {1} UTC covers entries up to {2}: its tail was truncated."),
        ("AuditVerdict.TreeCheckpoint", "A signed tree head covers the log after a pruning checkpoint that carries no tree frontier: the checkpoint was replaced."),
        ("AuditVerdict.TreeFork", "Two signed tree heads give the tree of {0} entries different roots: the log was forked or rewritten."),
        ("AuditVerdict.TreeInconsistent", "The signed tree heads of {0} and {1} entries are not consistent: the log was rewritten between them."),
        ("AuditVerdict.TreeRootDiffers", "The first {0} entries no longer make the tree whose root the head of {1} UTC signed: an entry up to entry {2} was altered, inserted or deleted."),
        ("AuditVerdict.TreeTruncated", "The signed tree head of {0} UTC covers {1} entries, the log holds {2}: it was truncated or emptied."),
    ];

    /// <summary>A verdict's message: each argument a number, or text shown as it is (a file name, a time, an id).</summary>
    /// <param name="key">The key without its prefix ("Intact").</param>
    /// <param name="arguments">Numbers (long or int) or strings.</param>
    public static LocalMessage Say(string key, params object?[] arguments) =>
        LocalMessage.Of($"AuditVerdict.{key}", [.. arguments.Select(a => a switch
        {
            long n => MessageArgument.Number(n),
            int n => MessageArgument.Number(n),
            LocalMessage m => MessageArgument.Of(m),
            MessageArgument m => m,
            null => MessageArgument.Word("AuditVerdict.None", "none"),
            _ => MessageArgument.Code(Convert.ToString(a, CultureInfo.InvariantCulture)),
        })]);

    /// <summary>Two verdicts' messages one after the other (the chain's, then the heads'); the text alone when a side has no template.</summary>
    public static LocalMessage Both(LocalMessage? first, string firstText, LocalMessage? second, string secondText) =>
        LocalMessage.Of("AuditVerdict.Both", first is null ? MessageArgument.Text(firstText) : MessageArgument.Of(first),
            second is null ? MessageArgument.Text(secondText) : MessageArgument.Of(second));
}
