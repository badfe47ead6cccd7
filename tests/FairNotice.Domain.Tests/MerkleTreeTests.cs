using CsCheck;
using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>RFC 9162 §2.1 Merkle tree hash, inclusion and consistency proofs, against published test vectors and by
/// properties over every size.</summary>
/// <remarks>The vectors: the eight leaf inputs and roots of Certificate Transparency's C++ merkle_tree_test.cc (also in
/// google/trillian testonly), and the happy-path proofs of transparency-dev/merkle testdata/inclusion and
/// testdata/consistency (base64 there, hex here).</remarks>
public class MerkleTreeTests
{
    private static readonly byte[][] CtInputs =
    [
        [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
        [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
    ];

    private static readonly string[] CtRoots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    private static List<byte[]> CtLeaves() => CtInputs.Select(i => MerkleTree.LeafHash(i)).ToList();

    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);

    private static byte[] B64(string s) => Convert.FromBase64String(s);

    [Fact]
    public void EmptyRoot_IsSha256OfNothing() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(MerkleTree.RootHash([])));

    [Fact]
    public void RootHash_CertificateTransparencyInputs_GivesThePublishedRootForEverySize()
    {
        var leaves = CtLeaves();
        for (var n = 1; n <= 8; n++)
        {
            Assert.Equal(CtRoots[n - 1], Hex(MerkleTree.RootHash(leaves, n)));
        }
    }

    // transparency-dev/merkle testdata/inclusion/{1,3,4}/happy-path.json
    [Theory]
    [InlineData(0, 8, "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=", "lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=,Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=,a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ=")]
    [InlineData(2, 3, "rra8/idLcKFPsGel5VeCZNsPqbUa9eC6FZFY8yngbnc=", "+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU=")]
    [InlineData(1, 5, "Tju7H3tHjc/nH7YxYxUZo7yhLJrvyhYSv85ME6hiZNQ=", "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=,Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=,vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=")]
    public void InclusionProof_PublishedVectors_AreBuiltAndVerify(int index, int size, string root, string proof)
    {
        var leaves = CtLeaves();
        var expected = proof.Split(',').Select(B64).ToList();
        var built = MerkleTree.InclusionProof(leaves, index, size);
        Assert.Equal(expected.Select(Hex), built.Select(Hex));
        Assert.Equal(Hex(B64(root)), Hex(MerkleTree.RootHash(leaves, size)));
        Assert.True(MerkleTree.VerifyInclusion(index, size, leaves[index], expected, B64(root)));
        Assert.False(MerkleTree.VerifyInclusion(index, size, leaves[(index + 1) % size], expected, B64(root)));
        Assert.False(MerkleTree.VerifyInclusion(index, size * 2, leaves[index], expected, B64(root)));
        Assert.False(MerkleTree.VerifyInclusion(index ^ 2, size, leaves[index], expected, B64(root)));
        Assert.False(MerkleTree.VerifyInclusion(index, size, leaves[index], expected.Take(expected.Count - 1).ToList(), B64(root)));
    }

    // transparency-dev/merkle testdata/consistency/{0,1,2,3,4}/happy-path.json
    [Theory]
    [InlineData(1, 1, "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=", "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=", "")]
    [InlineData(1, 8, "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=", "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=", "lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=,Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=,a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ=")]
    [InlineData(6, 8, "duZ9rbzfHhDht03cYIq9L5jfsW+851J3tSMqEn8gh+8=", "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=", "DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=,yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=,037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc=")]
    [InlineData(2, 5, "+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU=", "Tju7H3tHjc/nH7YxYxUZo7yhLJrvyhYSv85ME6hiZNQ=", "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=,vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=")]
    [InlineData(6, 7, "duZ9rbzfHhDht03cYIq9L5jfsW+851J3tSMqEn8gh+8=", "3bib5AOAnjJXUNPSY814kpwpQreUKjS3fhIslZSnTIw=", "DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=,sIaT7C5yFZcTBkHoIR5+7cy0wmQTlj7ubB4u0W/7Gl8=,037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc=")]
    public void ConsistencyProof_PublishedVectors_AreBuiltAndVerify(int oldSize, int newSize, string oldRoot, string newRoot, string proof)
    {
        var leaves = CtLeaves();
        var expected = proof.Length == 0 ? [] : proof.Split(',').Select(B64).ToList();
        Assert.Equal(expected.Select(Hex), MerkleTree.ConsistencyProof(leaves, oldSize, newSize).Select(Hex));
        Assert.True(MerkleTree.VerifyConsistency(oldSize, newSize, B64(oldRoot), B64(newRoot), expected));
        if (oldSize != newSize)
        {
            Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, B64(newRoot), B64(oldRoot), expected));
            Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize, B64(oldRoot), B64(newRoot), []));
            Assert.False(MerkleTree.VerifyConsistency(oldSize + 1, newSize, B64(oldRoot), B64(newRoot), expected));
            Assert.False(MerkleTree.VerifyConsistency(oldSize, newSize * 2, B64(oldRoot), B64(newRoot), expected));
        }
    }

    [Fact]
    public void LeafAndNodeHashes_CarryTheirPrefixes_SoALeafIsNeverANode()
    {
        var a = MerkleTree.LeafHash([1]);
        var b = MerkleTree.LeafHash([2]);
        var node = MerkleTree.NodeHash(a, b);
        Assert.NotEqual(Hex(node), Hex(MerkleTree.LeafHash([.. a, .. b])));
        Assert.Equal(Hex(System.Security.Cryptography.SHA256.HashData([0x01, .. a, .. b])), Hex(node));
        Assert.Equal(Hex(System.Security.Cryptography.SHA256.HashData([0x00, 1])), Hex(a));
    }

    [Fact]
    public void EveryInclusionProof_ForSizesUpTo70_VerifiesAndFailsWithAFlippedBit()
    {
        var leaves = Enumerable.Range(0, 70).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        for (var size = 1; size <= leaves.Count; size++)
        {
            var root = MerkleTree.RootHash(leaves, size);
            for (var i = 0; i < size; i++)
            {
                var proof = MerkleTree.InclusionProof(leaves, i, size);
                Assert.True(MerkleTree.VerifyInclusion(i, size, leaves[i], proof, root), $"leaf {i} of {size}");
                if (proof.Count > 0)
                {
                    var flipped = proof.Select(p => (byte[])p.Clone()).ToList();
                    flipped[(i + size) % flipped.Count][(i * 7) % MerkleTree.HashSize] ^= (byte)(1 << (size % 8));
                    Assert.False(MerkleTree.VerifyInclusion(i, size, leaves[i], flipped, root), $"flipped proof, leaf {i} of {size}");
                }

                var badLeaf = (byte[])leaves[i].Clone();
                badLeaf[size % MerkleTree.HashSize] ^= 1;
                Assert.False(MerkleTree.VerifyInclusion(i, size, badLeaf, proof, root));
                if (size < leaves.Count)
                {
                    Assert.False(MerkleTree.VerifyInclusion(i, size + 1, leaves[i], proof, MerkleTree.RootHash(leaves, size + 1)));
                }
            }
        }
    }

    [Fact]
    public void EveryConsistencyProof_ForSizesUpTo50_VerifiesAndFailsWithAFlippedBit()
    {
        var leaves = Enumerable.Range(0, 50).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i * 31))).ToList();
        var roots = Enumerable.Range(0, leaves.Count + 1).Select(n => MerkleTree.RootHash(leaves, n)).ToList();
        for (var n = 1; n <= leaves.Count; n++)
        {
            for (var m = 0; m <= n; m++)
            {
                var proof = MerkleTree.ConsistencyProof(leaves, m, n);
                Assert.True(MerkleTree.VerifyConsistency(m, n, roots[m], roots[n], proof), $"{m} -> {n}");
                if (proof.Count > 0)
                {
                    var flipped = proof.Select(p => (byte[])p.Clone()).ToList();
                    flipped[(m + n) % flipped.Count][(m * 5 + n) % MerkleTree.HashSize] ^= (byte)(1 << (m % 8));
                    Assert.False(MerkleTree.VerifyConsistency(m, n, roots[m], roots[n], flipped), $"flipped {m} -> {n}");
                }

                if (m > 0 && m < n)
                {
                    // A rewritten old tree (one leaf changed) is not a prefix of the new one.
                    var forged = leaves.Take(m).ToList();
                    forged[m - 1] = MerkleTree.LeafHash([0xff]);
                    Assert.False(MerkleTree.VerifyConsistency(m, n, MerkleTree.RootHash(forged), roots[n], proof), $"forged {m} -> {n}");
                }
            }
        }
    }

    [Fact]
    public void RandomTrees_InclusionAndConsistencyHold_AnyBitFlipFails()
    {
        Gen.Select(Gen.Int[1, 600], Gen.Int[0, 599], Gen.Int[0, 599], Gen.Int[0, 255]).Sample((n, a, b, bit) =>
        {
            var leaves = Enumerable.Range(0, n).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i ^ 0x5a5a))).ToList();
            var index = a % n;
            var m = b % (n + 1);
            var root = MerkleTree.RootHash(leaves);
            var inclusion = MerkleTree.InclusionProof(leaves, index, n);
            var consistency = MerkleTree.ConsistencyProof(leaves, m, n);
            var ok = MerkleTree.VerifyInclusion(index, n, leaves[index], inclusion, root)
                && MerkleTree.VerifyConsistency(m, n, MerkleTree.RootHash(leaves, m), root, consistency);
            var flippedRoot = (byte[])root.Clone();
            flippedRoot[bit / 8] ^= (byte)(1 << (bit % 8));
            return ok && !MerkleTree.VerifyInclusion(index, n, leaves[index], inclusion, flippedRoot)
                && (m == 0 || !MerkleTree.VerifyConsistency(m, n, MerkleTree.RootHash(leaves, m), flippedRoot, consistency));
        }, iter: 200);
    }

    [Fact]
    public void PrunedPrefix_KeptAsItsFrontier_GivesTheSameRootsAndProofsAsTheWholeLog()
    {
        var all = Enumerable.Range(0, 45).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i * 13))).ToList();
        var whole = new MerkleLeaves(all);
        for (var pruned = 0; pruned <= all.Count; pruned++)
        {
            var frontier = MerkleTree.Frontier(whole, pruned);
            Assert.Equal(Hex(MerkleTree.RootHash(all, pruned)), Hex(MerkleTree.RootOfFrontier(frontier)));
            var cut = new MerkleLeaves(pruned, frontier, all.Skip(pruned).ToList());
            for (var size = Math.Max(pruned, 1); size <= all.Count; size++)
            {
                Assert.Equal(Hex(MerkleTree.RootHash(all, size)), Hex(MerkleTree.RootHash(cut, size)));
                Assert.Equal(MerkleTree.Frontier(whole, size).Select(Hex), MerkleTree.Frontier(cut, size).Select(Hex));
                for (var i = pruned; i < size; i++)
                {
                    Assert.Equal(MerkleTree.InclusionProof(all, i, size).Select(Hex), MerkleTree.InclusionProof(cut, i, size).Select(Hex));
                }

                for (var old = pruned; old <= size; old++)
                {
                    Assert.Equal(MerkleTree.ConsistencyProof(all, old, size).Select(Hex), MerkleTree.ConsistencyProof(cut, old, size).Select(Hex));
                }
            }
        }
    }

    [Fact]
    public void PrunedPrefix_AskedForAPrunedLeaf_Throws()
    {
        var all = Enumerable.Range(0, 12).Select(i => MerkleTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        var cut = new MerkleLeaves(6, MerkleTree.Frontier(new MerkleLeaves(all), 6), all.Skip(6).ToList());
        Assert.Throws<InvalidOperationException>(() => MerkleTree.InclusionProof(cut, 2, 12));
        Assert.Throws<ArgumentException>(() => new MerkleLeaves(6, [all[0]], []));
    }

    [Fact]
    public void Verify_MalformedInput_ReturnsFalseWithoutThrowing()
    {
        var leaves = CtLeaves();
        var root = MerkleTree.RootHash(leaves);
        var proof = MerkleTree.InclusionProof(leaves, 3, 8);
        Assert.False(MerkleTree.VerifyInclusion(-1, 8, leaves[3], proof, root));
        Assert.False(MerkleTree.VerifyInclusion(8, 8, leaves[3], proof, root));
        Assert.False(MerkleTree.VerifyInclusion(3, 8, leaves[3], [.. proof, new byte[31]], root));
        Assert.False(MerkleTree.VerifyInclusion(3, 8, leaves[3], [.. proof, leaves[0]], root));
        Assert.False(MerkleTree.VerifyInclusion(3, 8, leaves[3], proof, new byte[5]));
        Assert.False(MerkleTree.VerifyConsistency(5, 3, root, root, []));
        Assert.False(MerkleTree.VerifyConsistency(-1, 3, root, root, []));
        Assert.False(MerkleTree.VerifyConsistency(3, 8, MerkleTree.RootHash(leaves, 3), root, [.. MerkleTree.ConsistencyProof(leaves, 3, 8), leaves[0]]));
    }
}
