using System.Globalization;
using System.Text;

namespace FairNotice.Domain.Audit;

/// <summary>The audit log as an RFC 9162 Merkle tree: leaf <c>i</c> is the <c>i</c>-th entry of the whole log in sequence
/// order (counting pruned entries), and a signed tree head (<see cref="SignedHead.TreeRoot"/>) commits to the first
/// <see cref="SignedHead.Count"/> leaves (ADR 0033).</summary>
/// <remarks>
/// <para>A leaf's data is every field of the entry, its sequence, previous hash and (keyed) hash included, length-prefixed
/// after the label <c>fairnotice-audit-leaf/1|</c>, so that anyone holding the entry rebuilds its leaf hash without the
/// chain key. The chain and the tree prove different things and both are kept: the keyed chain shows that only the
/// key's holder wrote the entries; the tree lets a third party check that one entry, or an older head, is part of a signed
/// head without seeing the rest of the log.</para>
/// <para>After pruning (ADR 0027) the leaves before the cut are gone; the signed checkpoint keeps the tree's frontier at the
/// cut, from which every later root and proof is computed (<see cref="MerkleLeaves"/>). A log pruned before it was a tree
/// (a checkpoint without a frontier) has no tree: its heads stay version 1.</para>
/// </remarks>
public static class AuditTree
{
    /// <summary>The label that starts every leaf's data.</summary>
    public const string LeafLabel = "fairnotice-audit-leaf/1|";

    /// <summary>The data of an entry's leaf.</summary>
    /// <param name="entry">The entry.</param>
    public static byte[] LeafData(ChainedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var f = entry.Facts;
        var sb = new StringBuilder(320).Append(LeafLabel);
        Field(sb, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(sb, AuditChain.Normalise(f.At).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Field(sb, f.ActorId);
        Field(sb, f.ActorCountry);
        Field(sb, f.ActorRole);
        Field(sb, f.Action);
        Field(sb, f.ObjectType);
        Field(sb, f.ObjectId);
        Field(sb, f.Purpose);
        Field(sb, f.Outcome);
        Field(sb, f.StateDigest);
        Field(sb, f.Where);
        Field(sb, entry.PreviousHash);
        Field(sb, entry.Hash);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>An entry's leaf hash (<see cref="MerkleTree.LeafHash"/> of <see cref="LeafData"/>).</summary>
    /// <param name="entry">The entry.</param>
    public static byte[] LeafHash(ChainedEntry entry) => MerkleTree.LeafHash(LeafData(entry));

    /// <summary>The leaf hashes of a log, in order.</summary>
    /// <param name="entries">The entries, in sequence order.</param>
    public static List<byte[]> LeafHashes(IReadOnlyList<ChainedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Select(LeafHash).ToList();
    }

    /// <summary>The tree's leaves: those of the remaining entries after the checkpoint's frontier.</summary>
    /// <param name="entries">The remaining log, in sequence order.</param>
    /// <param name="from">The checkpoint it starts from after pruning, if any.</param>
    /// <returns>The leaves, or null when the log was pruned behind a checkpoint without a frontier (it has no tree).</returns>
    public static MerkleLeaves? Leaves(IReadOnlyList<ChainedEntry> entries, AuditCheckpoint? from)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (from is null)
        {
            return new MerkleLeaves(LeafHashes(entries));
        }

        if (from.TreeFrontier is not { } frontier || Frontier(frontier) is not { } nodes || System.Numerics.BitOperations.PopCount((ulong)from.Count) != nodes.Count)
        {
            return null;
        }

        return new MerkleLeaves(checked((int)from.Count), nodes, LeafHashes(entries));
    }

    private static List<byte[]>? Frontier(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var nodes = new List<byte[]>();
        foreach (var h in text.Split(','))
        {
            if (h.Length != MerkleTree.HashSize * 2 || !h.All(Uri.IsHexDigit))
            {
                return null;
            }

            nodes.Add(Convert.FromHexString(h));
        }

        return nodes;
    }

    /// <summary>The tree root (hex) of size <paramref name="size"/>.</summary>
    /// <param name="leaves">The leaves.</param>
    /// <param name="size">The tree's size.</param>
    public static string Root(MerkleLeaves leaves, long size) =>
        Convert.ToHexStringLower(MerkleTree.RootHash(leaves, checked((int)size)));

    /// <summary>The tree root (hex) over the first <paramref name="size"/> leaves.</summary>
    /// <param name="leafHashes">The leaf hashes.</param>
    /// <param name="size">The tree's size.</param>
    public static string Root(IReadOnlyList<byte[]> leafHashes, long size) =>
        Convert.ToHexStringLower(MerkleTree.RootHash(leafHashes, checked((int)size)));

    /// <summary>Checks an unpruned log against the signed tree heads among <paramref name="heads"/>: each head's root must be
    /// the root of the tree over its first <see cref="SignedHead.Count"/> leaves, and each tree head must be consistent with
    /// the one before it (a consistency proof is built from the log and checked, as a third party would).</summary>
    /// <param name="entries">The whole log from its first entry, in sequence order.</param>
    /// <param name="heads">Valid heads (signatures checked), oldest first; heads without a tree root are skipped.</param>
    /// <returns>Null when every tree head agrees with the log; otherwise the break.</returns>
    /// <param name="from">The signed checkpoint the log starts from after pruning, if any: heads before it are vouched for by
    /// it, and the one at it must have the root of its frontier.</param>
    public static ChainVerdict? CheckHeads(IReadOnlyList<ChainedEntry> entries, IReadOnlyList<SignedHead> heads, AuditCheckpoint? from = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(heads);
        var head = entries.Count > 0 ? entries[^1].Hash : AuditChain.Genesis;
        var leaves = Leaves(entries, from);
        var trees = heads.Where(x => x.TreeRoot is not null && x.Count >= (from?.Count ?? 0)).ToList();
        if (leaves is null)
        {
            return trees.Count == 0 ? null : Broken(ChainBreak.HeadMismatch, trees[0].Sequence,
                AuditMessages.Say("TreeCheckpoint"));
        }

        SignedHead? previous = null;
        foreach (var h in trees)
        {
            var when = h.Time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            if (h.Count > leaves.Size)
            {
                return Broken(ChainBreak.Truncated, entries.Count > 0 ? entries[^1].Sequence + 1 : (from?.Sequence ?? 0) + 1, AuditMessages.Say("TreeTruncated", when, h.Count, leaves.Size));
            }

            if (!string.Equals(Root(leaves, h.Count), h.TreeRoot, StringComparison.OrdinalIgnoreCase))
            {
                return Broken(ChainBreak.HeadMismatch, h.Sequence, AuditMessages.Say("TreeRootDiffers", h.Count, when, h.Sequence));
            }

            if (previous is not null)
            {
                var proof = MerkleTree.ConsistencyProof(leaves, (int)previous.Count, (int)h.Count);
                if (!MerkleTree.VerifyConsistency(previous.Count, h.Count, Convert.FromHexString(previous.TreeRoot!), Convert.FromHexString(h.TreeRoot!), proof))
                {
                    return Broken(ChainBreak.HeadMismatch, h.Sequence, AuditMessages.Say("TreeInconsistent", previous.Count, h.Count));
                }
            }

            previous = h;
        }

        return null;

        ChainVerdict Broken(ChainBreak kind, long sequence, LocalMessage message) => new(false, entries.Count, head, kind, sequence, message);
    }

    private static void Field(StringBuilder sb, string? value)
    {
        // Length-prefixed, as the chain's serialisation: no two different field lists serialise alike.
        if (value is null)
        {
            sb.Append("-1:");
            return;
        }

        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }
}
