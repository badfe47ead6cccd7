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
        return leafHashes.Count == 0 ? EmptyRoot() : Subtree(leafHashes, 0, leafHashes.Count);
    }

    /// <summary>MTH(D[size]): the root of the tree over the first <paramref name="size"/> leaf hashes.</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    /// <param name="size">How many of them make the tree (0 to their count).</param>
    public static byte[] RootHash(IReadOnlyList<byte[]> leafHashes, int size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        return size == 0 ? EmptyRoot() : Subtree(leafHashes, 0, size);
    }

    /// <summary>PATH(index, D[size]): the audit path proving that leaf <paramref name="index"/> is in the tree of the first
    /// <paramref name="size"/> leaves, from the leaf's sibling up to the root's child (RFC 9162 §2.1.3.1).</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    /// <param name="index">The leaf, from 0.</param>
    /// <param name="size">The tree's size (more than <paramref name="index"/>, at most the count of leaf hashes).</param>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leafHashes, int index, int size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        var path = new List<byte[]>();
        Path(leafHashes, index, 0, size, path);
        return path;
    }

    /// <summary>PROOF(oldSize, D[newSize]): the consistency proof that the tree of the first <paramref name="oldSize"/>
    /// leaves is a prefix of the tree of the first <paramref name="newSize"/> (RFC 9162 §2.1.4.1). Empty when the sizes
    /// are equal or the old tree is empty.</summary>
    /// <param name="leafHashes">The leaf hashes, in leaf-index order.</param>
    /// <param name="oldSize">The older tree's size.</param>
    /// <param name="newSize">The newer tree's size (at least <paramref name="oldSize"/>, at most the count of leaf hashes).</param>
    public static IReadOnlyList<byte[]> ConsistencyProof(IReadOnlyList<byte[]> leafHashes, int oldSize, int newSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newSize, leafHashes.Count);
        var proof = new List<byte[]>();
        if (oldSize > 0 && oldSize < newSize)
        {
            SubProof(leafHashes, oldSize, 0, newSize, complete: true, proof);
        }

        return proof;
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
    private static int Split(int n) => (int)BitOperations.RoundUpToPowerOf2((uint)n) >> 1;

    private static byte[] Subtree(IReadOnlyList<byte[]> leaves, int from, int to)
    {
        var n = to - from;
        if (n == 1)
        {
            return leaves[from];
        }

        var k = Split(n);
        return NodeHash(Subtree(leaves, from, from + k), Subtree(leaves, from + k, to));
    }

    private static void Path(IReadOnlyList<byte[]> leaves, int index, int from, int to, List<byte[]> path)
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
            path.Add(Subtree(leaves, from + k, to));
        }
        else
        {
            Path(leaves, index - k, from + k, to, path);
            path.Add(Subtree(leaves, from, from + k));
        }
    }

    private static void SubProof(IReadOnlyList<byte[]> leaves, int m, int from, int to, bool complete, List<byte[]> proof)
    {
        var n = to - from;
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(Subtree(leaves, from, to));
            }

            return;
        }

        var k = Split(n);
        if (m <= k)
        {
            SubProof(leaves, m, from, from + k, complete, proof);
            proof.Add(Subtree(leaves, from + k, to));
        }
        else
        {
            SubProof(leaves, m - k, from + k, to, complete: false, proof);
            proof.Add(Subtree(leaves, from, from + k));
        }
    }
}
