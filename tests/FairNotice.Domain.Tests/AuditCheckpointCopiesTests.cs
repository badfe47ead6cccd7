using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #18 item 3: the copies of the pruning checkpoints kept beside the heads are checked — by a third party
/// with the heads folder alone, and against the database's checkpoints — and a tampered, renamed, missing or disagreeing
/// copy is a break.</summary>
public class AuditCheckpointCopiesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Key = new(new byte[32]);
    private static readonly HeadSigningKey Signing = HeadSigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 5)).ToArray());
    private static readonly HeadSigningKey Other = HeadSigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 3 + 1)).ToArray());

    private static List<ChainedEntry> Chain(int entries)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        list.Add(prev = AuditChain.Append(prev, AuditChain.KeyedStart(T0, Key), Key));
        for (var i = 1; i < entries; i++)
        {
            list.Add(prev = AuditChain.Append(prev, new AuditFacts(T0.AddSeconds(i), "u", "FR", "NcbOfficer", "notice.read", "notice", $"n{i}", "work", "ok"), Key));
        }

        return list;
    }

    /// <summary>A checkpoint at <paramref name="cut"/> entries with the tree's frontier, as PruneAudit signs it.</summary>
    private static AuditCheckpoint Cut(List<ChainedEntry> chain, int cut, HeadSigningKey? key = null) =>
        AuditCheckpoints.Sign(chain[cut - 1].Sequence, chain[cut - 1].Hash, cut, T0.AddDays(1), 1, Key.Id, key ?? Signing,
            MerkleTree.Frontier(new MerkleLeaves(AuditTree.LeafHashes(chain)), cut));

    /// <summary>A signed tree head over the first <paramref name="count"/> entries.</summary>
    private static SignedHead Head(List<ChainedEntry> chain, int count) =>
        AuditHeads.Sign(chain[count - 1].Sequence, chain[count - 1].Hash, count, T0.AddDays(2).AddSeconds(count), 1, AuditTree.Root(AuditTree.LeafHashes(chain), count), Signing);

    private static HeadFile File(AuditCheckpoint c) => new(AuditCheckpointCopies.FileName(c.Sequence), AuditCheckpoints.ToJson(c));

    [Fact]
    public void Check_CopiesAsWrittenAgreeingWithHeadsAndDatabase_Intact()
    {
        var chain = Chain(20);
        var (first, second) = (Cut(chain, 6), Cut(chain, 13));
        var heads = new[] { Head(chain, 4), Head(chain, 6), Head(chain, 13), Head(chain, 20) };

        var folderOnly = AuditCheckpointCopies.Check([File(second), File(first)], Signing.PublicKey, heads);
        var withDatabase = AuditCheckpointCopies.Check([File(first), File(second)], Signing.PublicKey, heads, [first, second], chain.Skip(13).ToList());

        Assert.True(folderOnly.Intact, folderOnly.Message);
        Assert.Equal([6L, 13L], folderOnly.Copies.Select(c => c.Sequence));
        Assert.True(withDatabase.Intact, withDatabase.Message);
        Assert.Equal(first, AuditCheckpointCopies.Parse(AuditCheckpoints.ToJson(first)));
    }

    /// <summary>A version 3 head over the first <paramref name="count"/> entries that names the newest cut (0: none).</summary>
    private static SignedHead HeadNaming(List<ChainedEntry> chain, int count, long cut) =>
        AuditHeads.Sign(chain[count - 1].Sequence, chain[count - 1].Hash, count, T0.AddDays(2).AddSeconds(count), 1, AuditTree.Root(AuditTree.LeafHashes(chain), count), cut, Signing);

    [Fact]
    public void HeadsOnly_AHeadNamesTheCut_ItsDeletedCopyIsSeen_WithoutTheDatabase()
    {
        var chain = Chain(20);
        var (first, second) = (Cut(chain, 6), Cut(chain, 13));
        var heads = new[] { HeadNaming(chain, 4, 0), HeadNaming(chain, 8, 6), HeadNaming(chain, 20, 13) };
        var files = heads.Select((h, i) => new HeadFile($"head-{i}.json", AuditHeads.ToJson(h))).ToList();
        var valid = AuditHeads.Check(files, Signing.PublicKey);
        Assert.True(valid.Intact, valid.Message);
        Assert.Equal([0L, 6L, 13L], valid.Heads.Select(h => h.Cut!.Value));

        Assert.True(AuditCheckpointCopies.Check([File(first), File(second)], Signing.PublicKey, valid.Heads).Intact);
        // The newest copy deleted: the last head names it, so the folder alone shows it (a version 2 head could not).
        var deleted = AuditCheckpointCopies.Check([File(first)], Signing.PublicKey, valid.Heads);
        Assert.False(deleted.Intact);
        Assert.Equal(ChainBreak.Deleted, deleted.Break);
        Assert.Equal(13, deleted.Sequence);
        Assert.True(AuditCheckpointCopies.Check([File(first)], Signing.PublicKey, heads.Select(h => h with { Cut = null }).ToList()).Intact);
    }

    [Fact]
    public void HeadsOnly_ALaterHeadStopsNamingTheCutOrNamesAnEarlierOne_Broken()
    {
        var chain = Chain(20);
        var named = HeadNaming(chain, 8, 6);
        var dropped = AuditHeads.Sign(chain[14].Sequence, chain[14].Hash, 15, T0.AddDays(3), 1, AuditTree.Root(AuditTree.LeafHashes(chain), 15), Signing);
        var earlier = AuditHeads.Sign(chain[14].Sequence, chain[14].Hash, 15, T0.AddDays(3), 1, AuditTree.Root(AuditTree.LeafHashes(chain), 15), 0, Signing);

        foreach (var later in new[] { dropped, earlier })
        {
            var verdict = AuditHeads.Check([new HeadFile("a", AuditHeads.ToJson(named)), new HeadFile("b", AuditHeads.ToJson(later))], Signing.PublicKey);
            Assert.False(verdict.Intact);
            Assert.Equal("AuditVerdict.CutBackwards", verdict.Local!.Key);
        }
    }

    [Fact]
    public void Version3_SignedText_IsVersion2UnderItsOwnFormatLine_PlusTheCut_AndTheSignatureCoversIt()
    {
        var chain = Chain(10);
        var root = AuditTree.Root(AuditTree.LeafHashes(chain), 10);
        var head = HeadNaming(chain, 10, 6);
        var v2 = AuditHeads.SignedText(head.Sequence, head.ChainHash, 10, head.Time, 1, root);
        Assert.Equal("fairnotice-audit-head/3" + v2["fairnotice-audit-head/2".Length..] + "cut=6\n", AuditHeads.SignedText(head));
        Assert.Equal(head, AuditHeads.Parse(AuditHeads.ToJson(head)));
        Assert.True(AuditHeads.HasValidSignature(head, Signing.PublicKey));
        Assert.False(AuditHeads.HasValidSignature(head with { Cut = 0 }, Signing.PublicKey));
        Assert.Null(AuditHeads.Parse(AuditHeads.ToJson(head).Replace("fairnotice-audit-head/3", "fairnotice-audit-head/2", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_CopyEdited_BrokenAsAltered()
    {
        var chain = Chain(10);
        var cut = Cut(chain, 6);
        var edited = AuditCheckpoints.ToJson(cut).Replace($"\"count\": 6", "\"count\": 5", StringComparison.Ordinal);
        Assert.NotEqual(AuditCheckpoints.ToJson(cut), edited);

        var verdict = AuditCheckpointCopies.Check([new HeadFile(AuditCheckpointCopies.FileName(6), edited)], Signing.PublicKey, []);

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Contains("signature", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"format\":\"fairnotice-audit-head/2\"}")]
    public void Check_FileThatIsNoCheckpoint_Broken(string text)
    {
        var verdict = AuditCheckpointCopies.Check([new HeadFile(AuditCheckpointCopies.FileName(6), text)], Signing.PublicKey, []);

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
    }

    [Fact]
    public void Check_CopySignedWithAnotherKey_Broken()
    {
        var chain = Chain(10);

        var verdict = AuditCheckpointCopies.Check([File(Cut(chain, 6, Other))], Signing.PublicKey, []);

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
    }

    [Fact]
    public void Check_CopyRenamedToAnotherCut_Broken()
    {
        var chain = Chain(10);
        var cut = Cut(chain, 6);

        var verdict = AuditCheckpointCopies.Check([new HeadFile(AuditCheckpointCopies.FileName(8), AuditCheckpoints.ToJson(cut))], Signing.PublicKey, []);

        Assert.False(verdict.Intact);
        Assert.Contains("renamed", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CopyOfAnotherLog_DisagreesWithTheHeads()
    {
        var chain = Chain(10);
        var other = Chain(12);
        // Validly signed, but for a log whose entry 6 is not this one's (another chain under the same key): the head at the
        // cut, and the tree head of the same size, say otherwise.
        var foreign = AuditCheckpoints.Sign(6, new string('a', 64), 6, T0.AddDays(1), 1, Key.Id, Signing, MerkleTree.Frontier(new MerkleLeaves(AuditTree.LeafHashes(other.Skip(1).ToList())), 6));

        var atTheCut = AuditCheckpointCopies.Check([File(foreign)], Signing.PublicKey, [Head(chain, 6)]);
        var laterHeadCountsFewer = AuditCheckpointCopies.Check([File(Cut(chain, 6))], Signing.PublicKey, [AuditHeads.Sign(chain[7].Sequence, chain[7].Hash, 5, T0.AddDays(3), 1, Signing)]);

        Assert.False(atTheCut.Intact);
        Assert.Equal(ChainBreak.HeadMismatch, atTheCut.Break);
        Assert.False(laterHeadCountsFewer.Intact);
        Assert.Equal(ChainBreak.HeadMismatch, laterHeadCountsFewer.Break);
    }

    [Fact]
    public void Check_TreeRootOfTheFrontierDiffersFromTheTreeHeadOfThatSize_Broken()
    {
        var chain = Chain(10);
        var cut = Cut(chain, 6);
        // Same cut, a frontier of another tree: signed, agreeing on hash and count, but not on the tree.
        var otherFrontier = AuditCheckpoints.Sign(cut.Sequence, cut.ChainHash, cut.Count, cut.Time, 1, Key.Id, Signing,
            MerkleTree.Frontier(new MerkleLeaves(AuditTree.LeafHashes(Chain(10).Select(e => e with { Hash = new string('b', 64) }).ToList())), 6));

        Assert.True(AuditCheckpointCopies.Check([File(cut)], Signing.PublicKey, [Head(chain, 6)]).Intact);
        var verdict = AuditCheckpointCopies.Check([File(otherFrontier)], Signing.PublicKey, [Head(chain, 6)]);

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.HeadMismatch, verdict.Break);
    }

    [Fact]
    public void Check_DatabaseCheckpointWithoutItsCopy_BrokenAsDeleted()
    {
        var chain = Chain(10);
        var cut = Cut(chain, 6);

        var verdict = AuditCheckpointCopies.Check([], Signing.PublicKey, [], [cut], chain.Skip(6).ToList());

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Deleted, verdict.Break);
        Assert.Equal(6, verdict.Sequence);
    }

    [Fact]
    public void Check_CopyDiffersFromTheDatabaseCheckpoint_Broken()
    {
        var chain = Chain(10);
        var cut = Cut(chain, 6);
        var resigned = AuditCheckpoints.Sign(cut.Sequence, cut.ChainHash, cut.Count, cut.Time.AddHours(1), 1, Key.Id, Signing);

        var verdict = AuditCheckpointCopies.Check([File(resigned)], Signing.PublicKey, [], [cut], chain.Skip(6).ToList());

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
    }

    [Fact]
    public void Check_CopyWithoutDatabaseCheckpoint_BrokenUnlessTheCutNeverHappened()
    {
        var chain = Chain(10);
        var cut = Cut(chain, 6);

        // The pruning wrote the copy, then failed before deleting: the entries are all still there.
        var neverCut = AuditCheckpointCopies.Check([File(cut)], Signing.PublicKey, [], [], chain);
        // The entries up to the cut are gone, and so is the database's checkpoint.
        var rowDeleted = AuditCheckpointCopies.Check([File(cut)], Signing.PublicKey, [], [], chain.Skip(6).ToList());

        Assert.True(neverCut.Intact, neverCut.Message);
        Assert.False(rowDeleted.Intact);
        Assert.Equal(ChainBreak.Deleted, rowDeleted.Break);
    }
}
