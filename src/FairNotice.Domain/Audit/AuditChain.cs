using System.Security.Cryptography;
using System.Text;

namespace FairNotice.Domain.Audit;

/// <summary>What an audit entry says happened, before it is chained.</summary>
/// <param name="At">When (UTC; kept to the millisecond so every database round-trips it exactly).</param>
/// <param name="ActorId">The account, or "system".</param>
/// <param name="ActorCountry">The actor's NCB country, if any.</param>
/// <param name="ActorRole">The actor's role.</param>
/// <param name="Action">What was done (e.g. notice.read, notice.create).</param>
/// <param name="ObjectType">The kind of object.</param>
/// <param name="ObjectId">The object's id.</param>
/// <param name="Purpose">The purpose the actor stated.</param>
/// <param name="Outcome">ok, denied, invalid, ...</param>
/// <param name="StateDigest">For a write: the digest of the written object's whole state after the change
/// (<see cref="StateDigests"/>); covered by the keyed hash only.</param>
/// <param name="Where">Where the action came from: the channel (<c>api</c>, <c>page</c>) and the client's network as seen
/// through the trusted proxy, truncated (IPv4 /24, IPv6 /48) so that it places a request without naming a person's
/// address; covered by the keyed hash only, and only when present, so entries written before it verify as before.</param>
public sealed record AuditFacts(
    DateTimeOffset At,
    string ActorId,
    string? ActorCountry,
    string? ActorRole,
    string Action,
    string ObjectType,
    string? ObjectId,
    string? Purpose,
    string Outcome,
    string? StateDigest = null,
    string? Where = null);

/// <summary>A chained audit entry.</summary>
/// <param name="Sequence">Position in the log, from 1, without gaps.</param>
/// <param name="Facts">What happened.</param>
/// <param name="PreviousHash">The hash of the entry before (the genesis value for the first).</param>
/// <param name="Hash">SHA-256 (before the keyed-chain start) or HMAC-SHA256 (from it on) over the facts and the previous hash.</param>
public sealed record ChainedEntry(long Sequence, AuditFacts Facts, string PreviousHash, string Hash);

/// <summary>How the chain was found broken.</summary>
public enum ChainBreak
{
    /// <summary>An entry's content no longer matches its hash.</summary>
    Altered,
    /// <summary>An entry was added that the chain does not account for.</summary>
    Inserted,
    /// <summary>One or more entries are missing.</summary>
    Deleted,
    /// <summary>The newest entry is not the head published earlier (truncated or rewritten tail).</summary>
    HeadMismatch,
    /// <summary>The log ends before the newest signed head: emptied or truncated.</summary>
    Truncated,
    /// <summary>An object's current state no longer matches the state the trail last recorded for it.</summary>
    StateMismatch,
}

/// <summary>The verdict on a chain.</summary>
/// <param name="Intact">True when nothing is wrong.</param>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="Head">Hash of the newest entry.</param>
/// <param name="Break">The kind of break, when not intact.</param>
/// <param name="Sequence">The first entry concerned.</param>
/// <param name="Message">Plain-language account.</param>
/// <param name="KeyedFrom">The sequence of the keyed-chain start, if the chain has one.</param>
/// <param name="Authenticated">False when keyed entries were present but no key was given: their links were
/// checked, their contents could not be.</param>
public sealed record ChainVerdict(bool Intact, long EntriesChecked, string Head, ChainBreak? Break, long? Sequence, string Message,
    long? KeyedFrom = null, bool Authenticated = true)
{
    /// <summary>A verdict whose message is a template of <see cref="AuditMessages"/>.</summary>
    internal ChainVerdict(bool intact, long entriesChecked, string head, ChainBreak? @break, long? sequence, LocalMessage message, long? keyedFrom = null, bool authenticated = true)
        : this(intact, entriesChecked, head, @break, sequence, message.English, keyedFrom, authenticated) => Local = message;

    /// <summary>The message as a key and arguments, for the audit page's language.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LocalMessage? Local { get; init; }
}

/// <summary>The append-only, hash-chained audit log: chaining and verification.</summary>
/// <remarks>
/// Each entry's hash covers its facts and the previous entry's hash, so altering, inserting or deleting an
/// entry breaks the chain from that point on. Entries before the keyed-chain start (<see cref="IsKeyedStart"/>)
/// carry a plain SHA-256 (version 1, kept so that existing trails still verify); the start entry and every entry
/// after it carry an HMAC-SHA256 under the server's <see cref="ChainKey"/> (version 2), so that nobody without the
/// key can append or rewrite an entry that verifies. Truncation and wholesale rewriting are caught against signed
/// heads (<see cref="AuditHeads"/>) or a head hash published earlier.
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The action of the entry from which the chain is keyed (written once, when a server first runs with a key).</summary>
    public const string KeyedStartAction = "audit.keyed_chain_start";

    /// <summary>The object type of the keyed-chain start entry; its object id is the key's <see cref="ChainKey.Id"/>.</summary>
    public const string KeyedStartObjectType = "audit-chain";

    /// <summary>The facts of the keyed-chain start entry.</summary>
    /// <param name="at">When.</param>
    /// <param name="key">The key the chain is keyed with from this entry on.</param>
    public static AuditFacts KeyedStart(DateTimeOffset at, ChainKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(at, "system", null, null, KeyedStartAction, KeyedStartObjectType, key.Id, "entries from here on carry HMAC-SHA256 under this key", "ok");
    }

    /// <summary>The action of an entry that hands the chain from one key to the next.</summary>
    public const string KeyRotationAction = "audit.key_rotation";

    private const string RotationProofLabel = "fairnotice-audit-rotation/1|";

    /// <summary>The facts of a key rotation entry: keyed under the key being retired (so only its holder can rotate), naming
    /// the new key by id, with a proof under the new key (so the rotation names a key its writer really held). Every entry
    /// after it is keyed under the new key.</summary>
    /// <param name="at">When.</param>
    /// <param name="retired">The key in force until this entry, which this entry is keyed with.</param>
    /// <param name="next">The key in force after this entry.</param>
    /// <param name="previousHash">The hash of the entry before, which the proof binds.</param>
    public static AuditFacts KeyRotation(DateTimeOffset at, ChainKey retired, ChainKey next, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(retired);
        ArgumentNullException.ThrowIfNull(next);
        return new(at, "system", null, null, KeyRotationAction, KeyedStartObjectType, next.Id,
            $"rotated from key {retired.Id}; proof {RotationProof(retired.Id, next, previousHash)}", "ok");
    }

    /// <summary>Whether these facts rotate the chain key.</summary>
    /// <param name="facts">An entry's facts.</param>
    public static bool IsKeyRotation(AuditFacts facts) =>
        facts is { Action: KeyRotationAction, ObjectType: KeyedStartObjectType };

    private static string RotationProof(string retiredId, ChainKey next, string previousHash) =>
        next.Mac(Encoding.UTF8.GetBytes(RotationProofLabel + retiredId + "|" + next.Id + "|" + previousHash));

    /// <summary>Whether these facts start the keyed part of the chain.</summary>
    /// <param name="facts">An entry's facts.</param>
    public static bool IsKeyedStart(AuditFacts facts) =>
        facts is { Action: KeyedStartAction, ObjectType: KeyedStartObjectType };

    /// <summary>Rounds a time down to the millisecond, in UTC.</summary>
    /// <param name="at">The time.</param>
    public static DateTimeOffset Normalise(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>Makes the next entry.</summary>
    /// <param name="previous">The newest entry so far, or null for the first.</param>
    /// <param name="facts">What happened.</param>
    /// <param name="key">The chain key once the chain is keyed (from its start entry on); null before it.</param>
    public static ChainedEntry Append(ChainedEntry? previous, AuditFacts facts, ChainKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var normalised = facts with { At = Normalise(facts.At) };
        var prevHash = previous?.Hash ?? Genesis;
        var sequence = checked((previous?.Sequence ?? 0) + 1);
        if (key is null && (normalised.StateDigest is not null || normalised.Where is not null))
        {
            throw new ArgumentException("A state digest or a place is only covered by the keyed chain.", nameof(facts));
        }

        return new ChainedEntry(sequence, normalised, prevHash, key is null ? ComputeHash(normalised, prevHash) : ComputeKeyedHash(normalised, prevHash, key));
    }

    /// <summary>The hash an unkeyed (version 1) entry must carry: SHA-256 over its fields.</summary>
    /// <param name="facts">Its facts.</param>
    /// <param name="previousHash">The previous entry's hash.</param>
    public static string ComputeHash(AuditFacts facts, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Serialise(facts, previousHash, keyed: false)));

    /// <summary>The hash a keyed (version 2) entry must carry: HMAC-SHA256 under the chain key over its fields and state digest.</summary>
    /// <param name="facts">Its facts.</param>
    /// <param name="previousHash">The previous entry's hash.</param>
    /// <param name="key">The chain key.</param>
    public static string ComputeKeyedHash(AuditFacts facts, string previousHash, ChainKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Mac(Serialise(facts, previousHash, keyed: true));
    }

    /// <summary>The label of a pending entry's MAC (ADR 0033), so that it can never be taken for a chained entry's hash.</summary>
    public const string PendingLabel = "fairnotice-audit-pending/1|";

    /// <summary>The MAC a pending (not yet sealed) entry carries: HMAC-SHA256 under the chain key over its facts and its
    /// nonce, so that nobody without the key can add or alter an entry between its transaction and its sealing, and a
    /// copied row is seen as a replay (same nonce).</summary>
    /// <param name="facts">Its facts (place and state digest included).</param>
    /// <param name="nonce">Its random nonce.</param>
    /// <param name="key">The chain key the writer holds.</param>
    public static string PendingMac(AuditFacts facts, Guid nonce, ChainKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var body = Serialise(facts, nonce.ToString("N"), keyed: true);
        return key.Mac([.. Encoding.UTF8.GetBytes(PendingLabel), .. body]);
    }

    private static byte[] Serialise(AuditFacts facts, string previousHash, bool keyed)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sb = new StringBuilder(256);
        if (keyed)
        {
            sb.Append("fairnotice-audit/2|");
        }

        Field(sb, previousHash);
        Field(sb, Normalise(facts.At).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        Field(sb, facts.ActorId);
        Field(sb, facts.ActorCountry);
        Field(sb, facts.ActorRole);
        Field(sb, facts.Action);
        Field(sb, facts.ObjectType);
        Field(sb, facts.ObjectId);
        Field(sb, facts.Purpose);
        Field(sb, facts.Outcome);
        if (keyed)
        {
            Field(sb, facts.StateDigest);
            if (facts.Where is not null)
            {
                // Appended only when present: the fields stay self-delimiting, and earlier entries serialise as they did.
                Field(sb, facts.Where);
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Checks a chain read in sequence order, naming the first altered, inserted or deleted entry.</summary>
    /// <param name="entries">All entries, ordered by sequence.</param>
    /// <param name="expectedHead">A head hash published earlier, if any.</param>
    public static ChainVerdict Verify(IReadOnlyList<ChainedEntry> entries, string? expectedHead = null) => Verify(entries, (ChainKey?)null, expectedHead);

    /// <summary>Checks a chain read in sequence order: unkeyed entries up to the keyed-chain start, keyed ones from it on.</summary>
    /// <param name="entries">All entries, ordered by sequence.</param>
    /// <param name="key">The chain key; without it, keyed entries are checked for their links only (<see cref="ChainVerdict.Authenticated"/> is false).</param>
    /// <param name="expectedHead">A head hash published earlier, if any.</param>
    public static ChainVerdict Verify(IReadOnlyList<ChainedEntry> entries, ChainKey? key, string? expectedHead = null) =>
        Verify(entries, key is null ? [] : [key], expectedHead);

    /// <summary>Checks a chain whose key may have been rotated: each keyed segment is checked with the key its start or
    /// rotation entry names, found among <paramref name="keys"/>; a rotation entry must verify under the key it retires and
    /// carry a valid proof under the key it names.</summary>
    /// <param name="entries">All entries, ordered by sequence.</param>
    /// <param name="keys">The chain keys held (none: links only). A segment whose key is not held is checked for its links only.</param>
    /// <param name="expectedHead">A head hash published earlier, if any.</param>
    /// <param name="from">The checkpoint the log starts from after pruning (its signature checked by the caller); null: the genesis.</param>
    public static ChainVerdict Verify(IReadOnlyList<ChainedEntry> entries, IReadOnlyList<ChainKey> keys, string? expectedHead = null, AuditCheckpoint? from = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(keys);
        // After pruning, a log whose keyed start was cut off is keyed from its first remaining entry, under the key the checkpoint names.
        var keyedBefore = from?.KeyedFrom is not null;
        var startIndex = -1;
        for (var i = 0; i < entries.Count && startIndex < 0 && !keyedBefore; i++)
        {
            startIndex = IsKeyedStart(entries[i].Facts) ? i : -1;
        }

        long? keyedFrom = keyedBefore ? from!.KeyedFrom : startIndex >= 0 ? entries[startIndex].Sequence : null;
        var authenticated = keys.Count > 0 || (startIndex < 0 && !keyedBefore);
        var unauthenticated = 0L;
        ChainKey? key = null;
        var named = entries.Where(x => IsKeyedStart(x.Facts) || IsKeyRotation(x.Facts)).Select(x => x.Facts.ObjectId).Append(from?.KeyId).ToHashSet(StringComparer.Ordinal);
        var strict = keys.Any(k => named.Contains(k.Id));
        if (keyedBefore)
        {
            key = keys.FirstOrDefault(k => k.Id == from!.KeyId) ?? (!strict && keys.Count == 1 ? keys[0] : null);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var prev = i > 0 ? entries[i - 1] : null;
            var expectedPrev = prev?.Hash ?? from?.ChainHash ?? Genesis;
            var keyed = keyedBefore || (startIndex >= 0 && i >= startIndex);
            if (i == 0 && from is not null && e.Sequence != from.Sequence + 1)
            {
                return Broken(i, ChainBreak.Deleted, from.Sequence + 1, AuditMessages.Say("PrunedGap", from.Sequence, e.Sequence));
            }

            if (i == startIndex)
            {
                // One key given that the chain never names: used for the start anyway, so a wrong key is reported as such.
                key = keys.FirstOrDefault(k => k.Id == e.Facts.ObjectId) ?? (!strict && keys.Count == 1 ? keys[0] : null);
            }

            var rotation = keyed && (keyedBefore || i != startIndex) && IsKeyRotation(e.Facts);
            if (keyed && key is null)
            {
                unauthenticated++;
                authenticated = false;
            }

            if (!keyed && (e.Facts.StateDigest is not null || e.Facts.Where is not null || !string.Equals(ComputeHash(e.Facts, e.PreviousHash), e.Hash, StringComparison.Ordinal)))
            {
                return Broken(i, ChainBreak.Altered, e.Sequence, AuditMessages.Say("Altered", e.Sequence));
            }

            if (keyed && key is not null && !key.Matches(Serialise(e.Facts, e.PreviousHash, keyed: true), e.Hash))
            {
                return Broken(i, ChainBreak.Altered, e.Sequence, i == startIndex
                    ? AuditMessages.Say("StartWrongKey", e.Sequence)
                    : rotation ? AuditMessages.Say("RotationForged", e.Sequence, key.Id)
                    : AuditMessages.Say("KeyedAltered", e.Sequence));
            }

            if (rotation)
            {
                // From here on the key the rotation names; a key not held leaves the rest checked for links only.
                key = keys.FirstOrDefault(k => k.Id == e.Facts.ObjectId);
                if (key is not null && !HasValidProof(e, key))
                {
                    return Broken(i, ChainBreak.Altered, e.Sequence, AuditMessages.Say("RotationProof", e.Sequence, key.Id));
                }
            }

            if (prev is not null && e.Sequence <= prev.Sequence)
            {
                return Broken(i, ChainBreak.Inserted, e.Sequence, AuditMessages.Say("SequenceBackwards", e.Sequence, prev.Sequence));
            }

            if (string.Equals(e.PreviousHash, expectedPrev, StringComparison.Ordinal))
            {
                if (prev is not null && e.Sequence != prev.Sequence + 1)
                {
                    return Broken(i, ChainBreak.Deleted, prev.Sequence + 1, AuditMessages.Say("SequenceJump", prev.Sequence, e.Sequence));
                }

                continue;
            }

            // The chain breaks between prev and e. Tell insertion from deletion by what e and its successor point to.
            var next = i + 1 < entries.Count ? entries[i + 1] : null;
            if (next is not null && string.Equals(next.PreviousHash, expectedPrev, StringComparison.Ordinal))
            {
                return Broken(i, ChainBreak.Inserted, e.Sequence, AuditMessages.Say("InsertedBefore", e.Sequence, prev?.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "genesis"));
            }

            if (i >= 2 && string.Equals(e.PreviousHash, entries[i - 2].Hash, StringComparison.Ordinal))
            {
                return Broken(i, ChainBreak.Inserted, prev!.Sequence, AuditMessages.Say("InsertedPast", prev.Sequence, e.Sequence, entries[i - 2].Sequence));
            }

            var missingFrom = prev is null ? (from?.Sequence ?? 0) + 1 : prev.Sequence + 1;
            return Broken(i, ChainBreak.Deleted, missingFrom, prev is null
                ? from is not null
                    ? AuditMessages.Say("CheckpointBroken", e.Sequence, from.Sequence)
                    : AuditMessages.Say("FirstDeleted", e.Sequence)
                : AuditMessages.Say("Deleted", prev.Sequence, e.Sequence));
        }

        var head = entries.Count > 0 ? entries[^1].Hash : Genesis;
        if (expectedHead is not null && !entries.Any(x => string.Equals(x.Hash, expectedHead, StringComparison.OrdinalIgnoreCase)) && !string.Equals(expectedHead, Genesis, StringComparison.Ordinal))
        {
            return new ChainVerdict(false, entries.Count, head, ChainBreak.HeadMismatch, entries.Count > 0 ? entries[^1].Sequence : null,
                AuditMessages.Say("HeadMissing"), keyedFrom, authenticated);
        }

        return new ChainVerdict(true, entries.Count, head, null, null, (authenticated, from) switch
        {
            (true, null) => AuditMessages.Say("Intact", entries.Count),
            (true, { } f) => AuditMessages.Say("IntactPruned", entries.Count, f.Sequence),
            (false, null) => AuditMessages.Say("LinksIntact", entries.Count, unauthenticated),
            (false, { } f) => AuditMessages.Say("LinksIntactPruned", entries.Count, f.Sequence, unauthenticated),
        }, keyedFrom, authenticated);

        ChainVerdict Broken(int checkedCount, ChainBreak kind, long seq, LocalMessage message) =>
            new(false, checkedCount, entries.Count > 0 ? entries[^1].Hash : Genesis, kind, seq, message, keyedFrom, authenticated);
    }

    private static bool HasValidProof(ChainedEntry rotation, ChainKey next)
    {
        var purpose = rotation.Facts.Purpose ?? "";
        const string From = "rotated from key ";
        const string Proof = "; proof ";
        var proofAt = purpose.IndexOf(Proof, StringComparison.Ordinal);
        if (!purpose.StartsWith(From, StringComparison.Ordinal) || proofAt < From.Length)
        {
            return false;
        }

        var retiredId = purpose[From.Length..proofAt];
        var proof = purpose[(proofAt + Proof.Length)..];
        return next.Matches(Encoding.UTF8.GetBytes(RotationProofLabel + retiredId + "|" + next.Id + "|" + rotation.PreviousHash), proof);
    }

    private static void Field(StringBuilder sb, string? value)
    {
        // Length-prefixed so that no two different field lists serialise alike.
        if (value is null)
        {
            sb.Append("-1:");
            return;
        }

        sb.Append(value.Length).Append(':').Append(value).Append('|');
    }
}
