using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FairNotice.Domain.Audit;

/// <summary>An inclusion proof as handed to a third party: the entry, its leaf index, the signed tree head it is proved
/// against, and the audit path (RFC 9162 §2.1.3).</summary>
/// <param name="Entry">The entry, every field as the log holds it.</param>
/// <param name="LeafIndex">Its leaf index (its position in the whole log, from 0).</param>
/// <param name="Head">The signed tree head.</param>
/// <param name="AuditPath">The audit path, leaf's sibling first.</param>
public sealed record InclusionProofDocument(ChainedEntry Entry, long LeafIndex, SignedHead Head, IReadOnlyList<byte[]> AuditPath);

/// <summary>A consistency proof between two signed tree heads (RFC 9162 §2.1.4).</summary>
/// <param name="Old">The older head.</param>
/// <param name="New">The newer head.</param>
/// <param name="Proof">The consistency proof.</param>
public sealed record ConsistencyProofDocument(SignedHead Old, SignedHead New, IReadOnlyList<byte[]> Proof);

/// <summary>The verdict on a proof checked offline.</summary>
/// <param name="Valid">True when the proof holds under the public key.</param>
/// <param name="Message">Plain-language account.</param>
public sealed record ProofVerdict(bool Valid, string Message);

/// <summary>Writing, reading and checking inclusion and consistency proofs: a third party (the Commission, an external
/// auditor) checks them with the heads' Ed25519 public key alone, without the database (ADR 0033).</summary>
/// <remarks>The JSON documents name their format (<see cref="InclusionFormat"/>, <see cref="ConsistencyFormat"/>); hashes
/// are lower-case hex; the heads inside are the head files' JSON, unchanged, so their signatures check as head files do.</remarks>
public static class AuditProofs
{
    /// <summary>The format of an inclusion proof document.</summary>
    public const string InclusionFormat = "fairnotice-audit-inclusion/1";

    /// <summary>The format of a consistency proof document.</summary>
    public const string ConsistencyFormat = "fairnotice-audit-consistency/1";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the inclusion proof of an entry against a tree head, from the whole (unpruned) log.</summary>
    /// <param name="entries">The whole log from its first entry, in sequence order.</param>
    /// <param name="leafIndex">The entry's index in <paramref name="entries"/>.</param>
    /// <param name="head">A signed tree head with <see cref="SignedHead.Count"/> greater than the index.</param>
    public static InclusionProofDocument ProveInclusion(IReadOnlyList<ChainedEntry> entries, int leafIndex, SignedHead head)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return ProveInclusion(new MerkleLeaves(AuditTree.LeafHashes(entries)), entries[leafIndex], leafIndex, head);
    }

    /// <summary>Builds the inclusion proof of an entry against a tree head, from the leaves of a log that may be pruned.</summary>
    /// <param name="leaves">The log's leaves (<see cref="AuditTree.Leaves"/>).</param>
    /// <param name="entry">The entry.</param>
    /// <param name="leafIndex">Its leaf index (at least the pruned count).</param>
    /// <param name="head">A signed tree head with <see cref="SignedHead.Count"/> greater than the index.</param>
    public static InclusionProofDocument ProveInclusion(MerkleLeaves leaves, ChainedEntry entry, long leafIndex, SignedHead head)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(head);
        return new InclusionProofDocument(entry, leafIndex, head, MerkleTree.InclusionProof(leaves, checked((int)leafIndex), checked((int)head.Count)));
    }

    /// <summary>Builds the consistency proof between two signed tree heads, from the whole (unpruned) log.</summary>
    /// <param name="entries">The whole log from its first entry, in sequence order.</param>
    /// <param name="old">The older head.</param>
    /// <param name="new">The newer head.</param>
    public static ConsistencyProofDocument ProveConsistency(IReadOnlyList<ChainedEntry> entries, SignedHead old, SignedHead @new)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return ProveConsistency(new MerkleLeaves(AuditTree.LeafHashes(entries)), old, @new);
    }

    /// <summary>Builds the consistency proof between two signed tree heads, from the leaves of a log that may be pruned
    /// (the older head at least as large as the pruned count).</summary>
    /// <param name="leaves">The log's leaves (<see cref="AuditTree.Leaves"/>).</param>
    /// <param name="old">The older head.</param>
    /// <param name="new">The newer head.</param>
    public static ConsistencyProofDocument ProveConsistency(MerkleLeaves leaves, SignedHead old, SignedHead @new)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        return new ConsistencyProofDocument(old, @new, MerkleTree.ConsistencyProof(leaves, checked((int)old.Count), checked((int)@new.Count)));
    }

    /// <summary>Checks an inclusion proof: the head's signature, then the entry's leaf at its index under the head's root.</summary>
    /// <param name="proof">The proof.</param>
    /// <param name="key">The heads' public key.</param>
    public static ProofVerdict Check(InclusionProofDocument proof, HeadPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(key);
        if (!AuditHeads.HasValidSignature(proof.Head, key))
        {
            return new(false, "The tree head does not carry a valid signature under this public key: forged or altered.");
        }

        if (proof.Head.TreeRoot is not { } root)
        {
            return new(false, "The head is not a signed tree head (it has no tree root).");
        }

        return MerkleTree.VerifyInclusion(proof.LeafIndex, proof.Head.Count, AuditTree.LeafHash(proof.Entry), proof.AuditPath, Convert.FromHexString(root))
            ? new(true, string.Create(CultureInfo.InvariantCulture,
                $"Entry {proof.Entry.Sequence} ({proof.Entry.Facts.Action}) is leaf {proof.LeafIndex} of the audit log of {proof.Head.Count} entries signed {proof.Head.Time:yyyy-MM-dd HH:mm:ss} UTC."))
            : new(false, string.Create(CultureInfo.InvariantCulture,
                $"The entry is not leaf {proof.LeafIndex} of the tree the head signed: the entry, its index or the audit path was altered."));
    }

    /// <summary>Checks a consistency proof: both heads' signatures, then that the older tree is a prefix of the newer.</summary>
    /// <param name="proof">The proof.</param>
    /// <param name="key">The heads' public key.</param>
    public static ProofVerdict Check(ConsistencyProofDocument proof, HeadPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(key);
        if (!AuditHeads.HasValidSignature(proof.Old, key) || !AuditHeads.HasValidSignature(proof.New, key))
        {
            return new(false, "A tree head does not carry a valid signature under this public key: forged or altered.");
        }

        if (proof.Old.TreeRoot is not { } oldRoot || proof.New.TreeRoot is not { } newRoot)
        {
            return new(false, "A head is not a signed tree head (it has no tree root).");
        }

        return MerkleTree.VerifyConsistency(proof.Old.Count, proof.New.Count, Convert.FromHexString(oldRoot), Convert.FromHexString(newRoot), proof.Proof)
            ? new(true, string.Create(CultureInfo.InvariantCulture,
                $"The log of {proof.Old.Count} entries signed {proof.Old.Time:yyyy-MM-dd HH:mm:ss} UTC is a prefix of the log of {proof.New.Count} entries signed {proof.New.Time:yyyy-MM-dd HH:mm:ss} UTC."))
            : new(false, string.Create(CultureInfo.InvariantCulture,
                $"The tree of {proof.Old.Count} entries is not a prefix of the tree of {proof.New.Count}: the log was rewritten between the two heads, or the proof was altered."));
    }

    /// <summary>The inclusion proof as JSON.</summary>
    /// <param name="proof">The proof.</param>
    public static string ToJson(InclusionProofDocument proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var e = proof.Entry;
        var f = e.Facts;
        var entry = new EntryJson(e.Sequence, AuditChain.Normalise(f.At).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), f.ActorId, f.ActorCountry,
            f.ActorRole, f.Action, f.ObjectType, f.ObjectId, f.Purpose, f.Outcome, f.StateDigest, f.Where, e.PreviousHash, e.Hash);
        return JsonSerializer.Serialize(new InclusionJson(InclusionFormat, entry, proof.LeafIndex, HeadElement(proof.Head), Hex(proof.AuditPath)), JsonOptions) + "\n";
    }

    /// <summary>The consistency proof as JSON.</summary>
    /// <param name="proof">The proof.</param>
    public static string ToJson(ConsistencyProofDocument proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return JsonSerializer.Serialize(new ConsistencyJson(ConsistencyFormat, HeadElement(proof.Old), HeadElement(proof.New), Hex(proof.Proof)), JsonOptions) + "\n";
    }

    /// <summary>Reads a proof document of either kind.</summary>
    /// <param name="json">The document.</param>
    /// <returns>An <see cref="InclusionProofDocument"/>, a <see cref="ConsistencyProofDocument"/>, or null when the text is neither.</returns>
    public static object? Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var format = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format == InclusionFormat && JsonSerializer.Deserialize<InclusionJson>(json, JsonOptions) is { Entry: { } e, LeafIndex: var index, Head: var h, AuditPath: { } path }
                && h.ValueKind == JsonValueKind.Object && AuditHeads.Parse(h.GetRawText()) is { } head && Unhex(path) is { } hashes
                && DateTimeOffset.TryParseExact(e.At, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                && e is { ActorId: not null, Action: not null, ObjectType: not null, Outcome: not null, PreviousHash: not null, Hash: not null })
            {
                var facts = new AuditFacts(new DateTimeOffset(at.UtcDateTime, TimeSpan.Zero), e.ActorId, e.ActorCountry, e.ActorRole, e.Action, e.ObjectType, e.ObjectId,
                    e.Purpose, e.Outcome, e.StateDigest, e.Where);
                return new InclusionProofDocument(new ChainedEntry(e.Sequence, facts, e.PreviousHash, e.Hash), index, head, hashes);
            }

            if (format == ConsistencyFormat && JsonSerializer.Deserialize<ConsistencyJson>(json, JsonOptions) is { Old: var o, New: var n, Proof: { } p }
                && o.ValueKind == JsonValueKind.Object && n.ValueKind == JsonValueKind.Object
                && AuditHeads.Parse(o.GetRawText()) is { } old && AuditHeads.Parse(n.GetRawText()) is { } @new && Unhex(p) is { } proof)
            {
                return new ConsistencyProofDocument(old, @new, proof);
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement HeadElement(SignedHead head)
    {
        using var doc = JsonDocument.Parse(AuditHeads.ToJson(head));
        return doc.RootElement.Clone();
    }

    private static string[] Hex(IReadOnlyList<byte[]> hashes) => hashes.Select(Convert.ToHexStringLower).ToArray();

    private static List<byte[]>? Unhex(string?[] hashes)
    {
        var list = new List<byte[]>(hashes.Length);
        foreach (var h in hashes)
        {
            if (h is not { Length: MerkleTree.HashSize * 2 } || !h.All(Uri.IsHexDigit))
            {
                return null;
            }

            list.Add(Convert.FromHexString(h));
        }

        return list;
    }

    private sealed record EntryJson(long Sequence, string At, string? ActorId, string? ActorCountry, string? ActorRole, string? Action, string? ObjectType,
        string? ObjectId, string? Purpose, string? Outcome, string? StateDigest, string? Where, string? PreviousHash, string? Hash);

    private sealed record InclusionJson(string Format, EntryJson? Entry, long LeafIndex, JsonElement Head, string?[]? AuditPath);

    private sealed record ConsistencyJson(string Format, JsonElement Old, JsonElement New, string?[]? Proof);
}
