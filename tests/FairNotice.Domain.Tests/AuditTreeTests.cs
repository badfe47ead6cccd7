using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>ADR 0033: the audit log as a Merkle tree under signed tree heads; inclusion and consistency proofs a third
/// party checks with the public key alone.</summary>
public class AuditTreeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Key = new(Enumerable.Repeat((byte)3, 32).ToArray());
    private static readonly HeadSigningKey Signing = HeadSigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 5)).ToArray());
    private static readonly HeadSigningKey Other = HeadSigningKey.FromSeed(new byte[32]);

    private static List<ChainedEntry> Chain(int n)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        list.Add(prev = AuditChain.Append(prev, AuditChain.KeyedStart(T0, Key), Key));
        for (var i = 1; i < n; i++)
        {
            list.Add(prev = AuditChain.Append(prev, new AuditFacts(T0.AddSeconds(i), "u" + i, "FR", "NcbOfficer", "notice.read", "notice", $"n{i}", "work", "ok",
                i % 3 == 0 ? new string('d', 64) : null, i % 4 == 0 ? "api 192.0.2.0/24" : null), Key));
        }

        return list;
    }

    private static SignedHead TreeHead(List<ChainedEntry> chain, int count, int minutes = 0, HeadSigningKey? key = null) =>
        AuditHeads.Sign(chain[count - 1].Sequence, chain[count - 1].Hash, count, T0.AddMinutes(minutes), 1,
            AuditTree.Root(AuditTree.LeafHashes(chain), count), key ?? Signing);

    [Fact]
    public void SignedText_OfATreeHead_IsVersion2WithATreeRootLine()
    {
        var root = new string('b', 64);
        var text = AuditHeads.SignedText(42, new string('a', 64), 42, T0, 7, root);
        Assert.Equal($"fairnotice-audit-head/2\nsequence=42\nchain-hash={new string('a', 64)}\ncount=42\ntime=2026-11-27T08:00:00.000Z\nkeyed-from=7\ntree-root={root}\n", text);
        Assert.StartsWith("fairnotice-audit-head/1\n", AuditHeads.SignedText(42, new string('a', 64), 42, T0, 7, null), StringComparison.Ordinal);
    }

    [Fact]
    public void TreeHead_SignParse_RoundTripsAndVerifies_AnEditedRootDoesNot()
    {
        var chain = Chain(9);
        var head = TreeHead(chain, 9);
        var parsed = AuditHeads.Parse(AuditHeads.ToJson(head));
        Assert.Equal(head, parsed);
        Assert.True(AuditHeads.HasValidSignature(parsed!, Signing.PublicKey));
        Assert.False(AuditHeads.HasValidSignature(parsed! with { TreeRoot = new string('0', 64) }, Signing.PublicKey));
        Assert.False(AuditHeads.HasValidSignature(parsed! with { TreeRoot = null }, Signing.PublicKey));
        Assert.Contains("\"treeRoot\"", AuditHeads.ToJson(head), StringComparison.Ordinal);
        Assert.DoesNotContain("treeRoot", AuditHeads.ToJson(AuditHeads.Sign(9, chain[8].Hash, 9, T0, 1, Signing)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ATreeHeadFollowedByOneWithoutATree_IsADowngrade()
    {
        var chain = Chain(6);
        var files = new[]
        {
            new HeadFile("a", AuditHeads.ToJson(TreeHead(chain, 3))),
            new HeadFile("b", AuditHeads.ToJson(AuditHeads.Sign(6, chain[5].Hash, 6, T0.AddMinutes(1), 1, Signing))),
        };
        var verdict = AuditHeads.Check(files, Signing.PublicKey);
        Assert.False(verdict.Intact);
        Assert.Contains("downgraded", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckHeads_IntactLog_AgreesWithEveryTreeHead()
    {
        var chain = Chain(20);
        Assert.Null(AuditTree.CheckHeads(chain, [TreeHead(chain, 1), TreeHead(chain, 7, 1), TreeHead(chain, 16, 2), TreeHead(chain, 20, 3)]));
        // Entries appended after the newest head do not disturb it.
        Assert.Null(AuditTree.CheckHeads(Chain(25), [TreeHead(chain, 7), TreeHead(chain, 20, 1)]));
    }

    [Fact]
    public void CheckHeads_EditedEntry_IsCaught()
    {
        var chain = Chain(12);
        var heads = new[] { TreeHead(chain, 5), TreeHead(chain, 12, 1) };
        var edited = chain.ToList();
        edited[7] = edited[7] with { Facts = edited[7].Facts with { Purpose = "curiosity" } };
        var verdict = AuditTree.CheckHeads(edited, heads);
        Assert.Equal(ChainBreak.HeadMismatch, verdict?.Break);
    }

    [Fact]
    public void CheckHeads_TruncatedOrEmptiedLog_IsCaught()
    {
        var chain = Chain(12);
        var heads = new[] { TreeHead(chain, 12) };
        Assert.Equal(ChainBreak.Truncated, AuditTree.CheckHeads(chain.Take(10).ToList(), heads)?.Break);
        Assert.Equal(ChainBreak.Truncated, AuditTree.CheckHeads([], heads)?.Break);
    }

    [Fact]
    public void CheckHeads_DeletedAndReplacedEntry_IsCaught()
    {
        var chain = Chain(12);
        var heads = new[] { TreeHead(chain, 12) };
        var rewritten = chain.Take(11).Append(chain[11] with { Facts = chain[11].Facts with { ObjectId = "other" } }).ToList();
        Assert.Equal(ChainBreak.HeadMismatch, AuditTree.CheckHeads(rewritten, heads)?.Break);
    }

    [Fact]
    public void InclusionProof_WrittenAndReadBack_ChecksWithThePublicKeyOnly()
    {
        var chain = Chain(13);
        var head = TreeHead(chain, 13);
        for (var i = 0; i < 13; i++)
        {
            var json = AuditProofs.ToJson(AuditProofs.ProveInclusion(chain, i, head));
            var read = Assert.IsType<InclusionProofDocument>(AuditProofs.Parse(json));
            Assert.True(AuditProofs.Check(read, Signing.PublicKey).Valid, json);
            Assert.False(AuditProofs.Check(read, Other.PublicKey).Valid);
        }
    }

    [Fact]
    public void InclusionProof_AlteredEntryIndexOrPath_Fails()
    {
        var chain = Chain(13);
        var proof = AuditProofs.ProveInclusion(chain, 6, TreeHead(chain, 13));
        Assert.False(AuditProofs.Check(proof with { Entry = proof.Entry with { Facts = proof.Entry.Facts with { Outcome = "denied" } } }, Signing.PublicKey).Valid);
        Assert.False(AuditProofs.Check(proof with { LeafIndex = 7 }, Signing.PublicKey).Valid);
        var path = proof.AuditPath.Select(p => (byte[])p.Clone()).ToList();
        path[1][0] ^= 0x80;
        Assert.False(AuditProofs.Check(proof with { AuditPath = path }, Signing.PublicKey).Valid);
        var json = AuditProofs.ToJson(proof).Replace("\"notice.read\"", "\"notice.update\"", StringComparison.Ordinal);
        Assert.False(AuditProofs.Check((InclusionProofDocument)AuditProofs.Parse(json)!, Signing.PublicKey).Valid);
    }

    [Fact]
    public void ConsistencyProof_BetweenTwoHeads_ChecksOffline_ARewrittenOldHeadFails()
    {
        var chain = Chain(21);
        var old = TreeHead(chain, 6);
        var @new = TreeHead(chain, 21, 5);
        var read = Assert.IsType<ConsistencyProofDocument>(AuditProofs.Parse(AuditProofs.ToJson(AuditProofs.ProveConsistency(chain, old, @new))));
        Assert.True(AuditProofs.Check(read, Signing.PublicKey).Valid);

        // A log rewritten after the old head: the new head (signed over the rewritten log) is not consistent with the old one.
        var rewritten = chain.ToList();
        rewritten[2] = rewritten[2] with { Facts = rewritten[2].Facts with { ActorId = "someone-else" } };
        var forged = AuditHeads.Sign(21, rewritten[20].Hash, 21, T0.AddMinutes(9), 1, AuditTree.Root(AuditTree.LeafHashes(rewritten), 21), Signing);
        Assert.False(AuditProofs.Check(AuditProofs.ProveConsistency(rewritten, old, forged), Signing.PublicKey).Valid);
        Assert.False(AuditProofs.Check(read with { Old = read.New, New = read.Old }, Signing.PublicKey).Valid);
    }

    [Fact]
    public void PrunedLog_WithTheCheckpointsFrontier_StillAgreesWithTreeHeadsAndProves()
    {
        var chain = Chain(30);
        var heads = new[] { TreeHead(chain, 8), TreeHead(chain, 12, 1), TreeHead(chain, 30, 2) };
        var frontier = MerkleTree.Frontier(new MerkleLeaves(AuditTree.LeafHashes(chain)), 12);
        var checkpoint = AuditCheckpoints.Sign(12, chain[11].Hash, 12, T0.AddDays(1), 1, Key.Id, Signing, frontier);
        Assert.True(AuditCheckpoints.HasValidSignature(checkpoint, Signing.PublicKey));
        Assert.False(AuditCheckpoints.HasValidSignature(checkpoint with { TreeFrontier = null }, Signing.PublicKey));
        Assert.StartsWith("fairnotice-audit-checkpoint/2\n", AuditCheckpoints.SignedText(checkpoint), StringComparison.Ordinal);

        var remaining = chain.Skip(12).ToList();
        Assert.Null(AuditTree.CheckHeads(remaining, heads, checkpoint));
        var leaves = AuditTree.Leaves(remaining, checkpoint)!;
        var proof = AuditProofs.ProveInclusion(leaves, remaining[5], 17, heads[2]);
        Assert.True(AuditProofs.Check(proof, Signing.PublicKey).Valid);
        Assert.True(AuditProofs.Check(AuditProofs.ProveConsistency(leaves, heads[1], heads[2]), Signing.PublicKey).Valid);

        // An entry after the cut edited, or a forged frontier: caught.
        var edited = remaining.ToList();
        edited[3] = edited[3] with { Facts = edited[3].Facts with { Outcome = "denied" } };
        Assert.Equal(ChainBreak.HeadMismatch, AuditTree.CheckHeads(edited, heads, checkpoint)?.Break);
        var forged = checkpoint with { TreeFrontier = string.Join(',', frontier.Select(f => new string('0', 64))) };
        Assert.NotNull(AuditTree.CheckHeads(remaining, heads, forged));
    }

    [Fact]
    public void PrunedLog_BehindACheckpointWithoutAFrontier_HasNoTree()
    {
        var chain = Chain(10);
        var checkpoint = AuditCheckpoints.Sign(4, chain[3].Hash, 4, T0, 1, Key.Id, Signing);
        Assert.Null(AuditTree.Leaves(chain.Skip(4).ToList(), checkpoint));
        Assert.Null(AuditTree.CheckHeads(chain.Skip(4).ToList(), [AuditHeads.Sign(10, chain[9].Hash, 10, T0, 1, Signing)], checkpoint));
        Assert.NotNull(AuditTree.CheckHeads(chain.Skip(4).ToList(), [TreeHead(chain, 10)], checkpoint));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"format\":\"fairnotice-audit-inclusion/1\"}")]
    [InlineData("{\"format\":\"fairnotice-audit-consistency/1\",\"proof\":[\"zz\"]}")]
    [InlineData("[1,2]")]
    public void Parse_NotAProof_ReturnsNull(string json) => Assert.Null(AuditProofs.Parse(json));
}
