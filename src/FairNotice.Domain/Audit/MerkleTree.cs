using System.Numerics;
using System.Security.Cryptography;

namespace FairNotice.Domain.Audit;

/// <summary>The Merkle tree of a Certificate-Transparency-style log (RFC 9162 §2.1): tree hash, inclusion and consistency
/// proofs, and their verification, over SHA-256.</summary>
/// <remarks>
/// <para>Leaves are hashed as <c>SHA-256(0x00 ‖ data)</c> and interior nodes as <c>SHA-256(0x01 ‖ left ‖ right)</c>, so a
/// leaf can never be passed off as a node (second-preimage resistance, RFC 9162 §2.1.1). The tree of <c>n</c> leaves splits
/// at <c>k</c>, the largest power of two smaller than <c>n</c>; the empty tree's hash is <c>SHA-256("")</c>.</para>
/// <para>Generation works on the leaf hashes of the whole tree (the prover holds the log); verification needs only the
/// proof, the sizes and the roots, so a third party checks it offline. Verifiers return false for any malformed input
/// (wrong sizes, a hash of the wrong length, a proof too short or too long) and never throw on it.</para>
/// </remarks>
public static class MerkleTree
{
    /// <summary>The size of every hash, in bytes.</summary>
    public const int HashSize = 32;

    /// <summary>The hash of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>The hash of a leaf: SHA-256(0x00 ‖ data).</summary>
    /// <param name="data">The leaf's data (its entry, serialised).</param>
    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    /// <summary>The hash of an interior node: SHA-256(0x01 ‖ left ‖ right).</summary>
    /// <param name="left">The left child's hash.</param>
    /// <param name="right">The right child's hash.</param>
    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * HashSize)];
        if (left.Length != HashSize || right.Length != HashSize)
        {
            throw new ArgumentException($"Node children are {HashSize}-byte hashes.");
        }

        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + HashSize)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>MTH(D[n]): the root of the tree over these leaf hashes.</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    public static byte[] RootHash(IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        return RootHash(new MerkleLeaves(leafHashes), leafHashes.Count);
    }

    /// <summary>MTH(D[size]): the root of the tree over the first <paramref name="size"/> leaf hashes.</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    /// <param name="size">How many of them make the tree (0 to their count).</param>
    public static byte[] RootHash(IReadOnlyList<byte[]> leafHashes, int size) => RootHash(new MerkleLeaves(leafHashes), size);

    /// <summary>MTH(D[size]) over a log whose first leaves may have been pruned (<see cref="MerkleLeaves"/>).</summary>
    /// <param name="leaves">The leaves.</param>
    /// <param name="size">The tree's size: 0, or at least the pruned count, at most <see cref="MerkleLeaves.Size"/>.</param>
    public static byte[] RootHash(MerkleLeaves leaves, int size)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leaves.Size);
        return size == 0 ? EmptyRoot() : leaves.Subtree(0, size);
    }

    /// <summary>PATH(index, D[size]): the audit path proving that leaf <paramref name="index"/> is in the tree of the first
    /// <paramref name="size"/> leaves, from the leaf's sibling up to the root's child (RFC 9162 §2.1.3.1).</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    /// <param name="index">The leaf, from 0.</param>
    /// <param name="size">The tree's size (more than <paramref name="index"/>, at most the count of leaf hashes).</param>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leafHashes, int index, int size) =>
        InclusionProof(new MerkleLeaves(leafHashes), index, size);

    /// <summary>PATH(index, D[size]) over a log whose first leaves may have been pruned: <paramref name="index"/> at
    /// least the pruned count.</summary>
    /// <param name="leaves">The leaves.</param>
    /// <param name="index">The leaf, from 0.</param>
    /// <param name="size">The tree's size.</param>
    public static IReadOnlyList<byte[]> InclusionProof(MerkleLeaves leaves, int index, int size)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leaves.Size);
        var path = new List<byte[]>();
        Path(leaves, index, 0, size, path);
        return path;
    }

    /// <summary>PROOF(oldSize, D[newSize]): the consistency proof that the tree of the first <paramref name="oldSize"/>
    /// leaves is a prefix of the tree of the first <paramref name="newSize"/> (RFC 9162 §2.1.4.1). Empty when the sizes
    /// are equal or the old tree is empty.</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    /// <param name="oldSize">The older tree's size.</param>
    /// <param name="newSize">The newer tree's size (at least <paramref name="oldSize"/>, at most the count of leaf hashes).</param>
    public static IReadOnlyList<byte[]> ConsistencyProof(IReadOnlyList<byte[]> leafHashes, int oldSize, int newSize) =>
        ConsistencyProof(new MerkleLeaves(leafHashes), oldSize, newSize);

    /// <summary>PROOF(oldSize, D[newSize]) over a log whose first leaves may have been pruned: <paramref name="oldSize"/>
    /// at least the pruned count.</summary>
    /// <param name="leaves">The leaves.</param>
    /// <param name="oldSize">The older tree's size.</param>
    /// <param name="newSize">The newer tree's size.</param>
    public static IReadOnlyList<byte[]> ConsistencyProof(MerkleLeaves leaves, int oldSize, int newSize)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newSize, leaves.Size);
        var proof = new List<byte[]>();
        if (oldSize > 0 && oldSize < newSize)
        {
            SubProof(leaves, oldSize, 0, newSize, complete: true, proof);
        }

        return proof;
    }

    /// <summary>The frontier of the tree of <paramref name="size"/> leaves: the roots of its maximal perfect subtrees, left
    /// to right (one per set bit of <paramref name="size"/>, largest first). It is all a pruned prefix must leave behind for
    /// the tree to grow, and for every later root and proof to be computed (ADR 0033).</summary>
    /// <param name="leaves">The leaves.</param>
    /// <param name="size">The size (0, or at least the pruned count).</param>
    public static IReadOnlyList<byte[]> Frontier(MerkleLeaves leaves, int size)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leaves.Size);
        var nodes = new List<byte[]>();
        var from = 0;
        for (var bit = 30; bit >= 0; bit--)
        {
            var width = 1 << bit;
            if ((size & width) != 0)
            {
                nodes.Add(leaves.Subtree(from, from + width));
                from += width;
            }
        }

        return nodes;
    }

    /// <summary>The root of a tree given its frontier (<see cref="Frontier"/>).</summary>
    /// <param name="frontier">The frontier, left to right.</param>
    public static byte[] RootOfFrontier(IReadOnlyList<byte[]> frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        if (frontier.Count == 0)
        {
            return EmptyRoot();
        }

        var h = frontier[^1];
        for (var i = frontier.Count - 2; i >= 0; i--)
        {
            h = NodeHash(frontier[i], h);
        }

        return h;
    }

    /// <summary>Checks an inclusion proof (RFC 9162 §2.1.3.2).</summary>
    /// <param name="index">The leaf's index.</param>
    /// <param name="size">The tree's size.</param>
    /// <param name="leafHash">The leaf's hash (<see cref="LeafHash"/> of its data).</param>
    /// <param name="proof">The audit path.</param>
    /// <param name="root">The tree's root, from a signed tree head.</param>
    /// <returns>True when the leaf is at <paramref name="index"/> in the tree with this root.</returns>
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= size || leafHash.Length != HashSize || root.Length != HashSize || proof.Any(p => p is not { Length: HashSize }))
        {
            return false;
        }

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && CryptographicOperations.FixedTimeEquals(r, root);
    }

    /// <summary>Checks a consistency proof (RFC 9162 §2.1.4.2): the tree of <paramref name="oldSize"/> leaves with root
    /// <paramref name="oldRoot"/> is a prefix of the tree of <paramref name="newSize"/> leaves with root <paramref name="newRoot"/>.</summary>
    /// <param name="oldSize">The older tree's size.</param>
    /// <param name="newSize">The newer tree's size.</param>
    /// <param name="oldRoot">The older root.</param>
    /// <param name="newRoot">The newer root.</param>
    /// <param name="proof">The proof; empty when the sizes are equal or the old tree is empty.</param>
    public static bool VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize < 0 || oldSize > newSize || oldRoot.Length != HashSize || newRoot.Length != HashSize || proof.Any(p => p is not { Length: HashSize }))
        {
            return false;
        }

        if (oldSize == newSize)
        {
            return proof.Count == 0 && CryptographicOperations.FixedTimeEquals(oldRoot, newRoot);
        }

        if (oldSize == 0)
        {
            // Every tree extends the empty one; a proof for it is empty.
            return proof.Count == 0;
        }

        if (proof.Count == 0)
        {
            return false;
        }

        var path = new List<byte[]>(proof.Count + 1);
        if (BitOperations.IsPow2(oldSize))
        {
            path.Add(oldRoot.ToArray());
        }

        path.AddRange(proof);
        var fn = oldSize - 1;
        var sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = NodeHash(c, fr);
                sr = NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = NodeHash(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && CryptographicOperations.FixedTimeEquals(fr, oldRoot) && CryptographicOperations.FixedTimeEquals(sr, newRoot);
    }

    // The largest power of two strictly smaller than n (n > 1).
    internal static int Split(int n) => (int)BitOperations.RoundUpToPowerOf2((uint)n) >> 1;

    private static void Path(MerkleLeaves leaves, int index, int from, int to, List<byte[]> path)
    {
        var n = to - from;
        if (n <= 1)
        {
            return;
        }

        var k = Split(n);
        if (index < k)
        {
            Path(leaves, index, from, from + k, path);
            path.Add(leaves.Subtree(from + k, to));
        }
        else
        {
            Path(leaves, index - k, from + k, to, path);
            path.Add(leaves.Subtree(from, from + k));
        }
    }

    private static void SubProof(MerkleLeaves leaves, int m, int from, int to, bool complete, List<byte[]> proof)
    {
        var n = to - from;
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(leaves.Subtree(from, to));
            }

            return;
        }

        var k = Split(n);
        if (m <= k)
        {
            SubProof(leaves, m, from, from + k, complete, proof);
            proof.Add(leaves.Subtree(from + k, to));
        }
        else
        {
            SubProof(leaves, m - k, from + k, to, complete: false, proof);
            proof.Add(leaves.Subtree(from, from + k));
        }
    }
}

/// <summary>The leaves of a log whose first <see cref="PrunedCount"/> leaves may have been pruned: those are represented by
/// the frontier of the tree of that size (<see cref="MerkleTree.Frontier"/>), the remaining ones by their hashes.</summary>
/// <remarks>Every root of a size at least the pruned count, every inclusion proof of a remaining leaf and every consistency
/// proof from a size at least the pruned count needs, inside the pruned part, only unions of frontier nodes (a maximal
/// perfect subtree inside the prefix whose sibling reaches past it is a frontier node); asking for anything else throws.</remarks>
public sealed class MerkleLeaves
{
    private readonly IReadOnlyList<byte[]> _leaves;
    private readonly IReadOnlyList<byte[]> _frontier;
    private readonly int[] _frontierStarts;

    /// <summary>Leaves of an unpruned log.</summary>
    /// <param name="leafHashes">All leaf hashes.</param>
    public MerkleLeaves(IReadOnlyList<byte[]> leafHashes)
        : this(0, [], leafHashes)
    {
    }

    /// <summary>Leaves after a pruned prefix.</summary>
    /// <param name="prunedCount">How many leaves were pruned.</param>
    /// <param name="frontier">The frontier of the tree of <paramref name="prunedCount"/> leaves.</param>
    /// <param name="remaining">The hashes of the leaves from <paramref name="prunedCount"/> on.</param>
    public MerkleLeaves(int prunedCount, IReadOnlyList<byte[]> frontier, IReadOnlyList<byte[]> remaining)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        ArgumentNullException.ThrowIfNull(remaining);
        ArgumentOutOfRangeException.ThrowIfNegative(prunedCount);
        if (BitOperations.PopCount((uint)prunedCount) != frontier.Count || frontier.Any(f => f is not { Length: MerkleTree.HashSize }))
        {
            throw new ArgumentException("The frontier of a tree of n leaves holds one hash per set bit of n.", nameof(frontier));
        }

        PrunedCount = prunedCount;
        _frontier = frontier;
        _leaves = remaining;
        _frontierStarts = new int[frontier.Count + 1];
        var from = 0;
        var i = 0;
        for (var bit = 30; bit >= 0; bit--)
        {
            if ((prunedCount & (1 << bit)) != 0)
            {
                _frontierStarts[i++] = from;
                from += 1 << bit;
            }
        }

        _frontierStarts[i] = from;
    }

    /// <summary>How many leaves were pruned.</summary>
    public int PrunedCount { get; }

    /// <summary>How many leaves the log holds, pruned ones included.</summary>
    public int Size => PrunedCount + _leaves.Count;

    internal byte[] Subtree(int from, int to)
    {
        var n = to - from;
        if (from >= PrunedCount)
        {
            return n == 1 ? _leaves[from - PrunedCount] : Split(from, to, n);
        }

        if (to <= PrunedCount)
        {
            var first = Array.IndexOf(_frontierStarts, from);
            var last = Array.IndexOf(_frontierStarts, to);
            if (first < 0 || last < 0 || last <= first)
            {
                throw new InvalidOperationException("This part of the tree was pruned and is not a union of frontier nodes.");
            }

            var h = _frontier[last - 1];
            for (var i = last - 2; i >= first; i--)
            {
                h = MerkleTree.NodeHash(_frontier[i], h);
            }

            return h;
        }

        return Split(from, to, n);
    }

    private byte[] Split(int from, int to, int n)
    {
        var k = MerkleTree.Split(n);
        return MerkleTree.NodeHash(Subtree(from, from + k), Subtree(from + k, to));
    }
}
