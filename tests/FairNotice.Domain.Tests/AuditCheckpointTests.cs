using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #18 item 3: a log pruned behind a signed checkpoint still verifies, and a cut that was moved, forged or
/// followed by a deletion does not.</summary>
public class AuditCheckpointTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Key = new(new byte[32]);
    private static readonly ChainKey NextKey = new(Enumerable.Repeat((byte)9, 32).ToArray());
    private static readonly HeadSigningKey Signing = HeadSigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

    private static List<ChainedEntry> Chain(int entries, int rotateAt = -1)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        list.Add(prev = AuditChain.Append(prev, AuditChain.KeyedStart(T0, Key), Key));
        var key = Key;
        for (var i = 0; i < entries; i++)
        {
            if (i == rotateAt)
            {
                list.Add(prev = AuditChain.Append(prev, AuditChain.KeyRotation(T0, Key, NextKey, prev.Hash), Key));
                key = NextKey;
                continue;
            }

            list.Add(prev = AuditChain.Append(prev, new AuditFacts(T0.AddSeconds(i), "u", "FR", "NcbOfficer", "notice.read", "notice", $"n{i}", "work", "ok"), key));
        }

        return list;
    }

    private static AuditCheckpoint Cut(List<ChainedEntry> chain, int cut) =>
        AuditCheckpoints.Sign(chain[cut - 1].Sequence, chain[cut - 1].Hash, cut, T0.AddDays(1), 1, AuditCheckpoints.KeyInForceAfter(chain, cut, null), Signing);

    [Fact]
    public void Verify_FromACheckpoint_RemainingLogIntactAndAuthenticated()
    {
        var chain = Chain(10);
        var checkpoint = Cut(chain, 6);

        var verdict = AuditChain.Verify(chain.Skip(6).ToList(), [Key], from: checkpoint);

        Assert.True(verdict.Intact, verdict.Message);
        Assert.True(verdict.Authenticated);
        Assert.Equal(1, verdict.KeyedFrom);
        Assert.True(AuditCheckpoints.HasValidSignature(checkpoint, Signing.PublicKey));
    }

    [Fact]
    public void Verify_KeyRotatedBeforeTheCut_RemainingLogVerifiesUnderTheKeyTheCheckpointNames()
    {
        var chain = Chain(10, rotateAt: 3);
        var checkpoint = Cut(chain, 7);

        Assert.Equal(NextKey.Id, checkpoint.KeyId);
        Assert.True(AuditChain.Verify(chain.Skip(7).ToList(), [NextKey, Key], from: checkpoint).Intact);
    }

    [Fact]
    public void Verify_WithoutACheckpoint_APrunedLogIsBroken()
    {
        // Without the checkpoint the keyed start is gone, so the first remaining entry fails as an unkeyed one.
        var verdict = AuditChain.Verify(Chain(10).Skip(6).ToList(), [Key]);

        Assert.False(verdict.Intact);
        Assert.Equal(7, verdict.Sequence);
    }

    [Fact]
    public void Verify_EntryAfterTheCutDeleted_Broken()
    {
        var chain = Chain(10);
        var checkpoint = Cut(chain, 6);

        var verdict = AuditChain.Verify(chain.Skip(7).ToList(), [Key], from: checkpoint);

        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Deleted, verdict.Break);
        Assert.Equal(7, verdict.Sequence);
    }

    [Fact]
    public void Verify_CheckpointNamingAnotherHash_Broken()
    {
        var chain = Chain(10);
        var moved = Cut(chain, 6) with { ChainHash = chain[4].Hash };

        Assert.False(AuditChain.Verify(chain.Skip(6).ToList(), [Key], from: moved).Intact);
        Assert.False(AuditCheckpoints.HasValidSignature(moved, Signing.PublicKey));
    }

    [Fact]
    public void CheckChain_HeadsBeforeTheCut_CheckedAgainstTheCheckpointAndCountsIncludeThePrunedEntries()
    {
        var chain = Chain(10);
        var checkpoint = Cut(chain, 6);
        var early = AuditHeads.Sign(chain[2].Sequence, chain[2].Hash, 3, T0, 1, Signing);
        var atCut = AuditHeads.Sign(chain[5].Sequence, chain[5].Hash, 6, T0.AddMinutes(1), 1, Signing);
        var late = AuditHeads.Sign(chain[9].Sequence, chain[9].Hash, 10, T0.AddMinutes(2), 1, Signing);
        var remaining = chain.Skip(6).ToList();

        Assert.Null(AuditHeads.CheckChain(remaining, [early, atCut, late], 1, checkpoint));
        var forked = AuditHeads.Sign(chain[5].Sequence, chain[4].Hash, 6, T0.AddMinutes(1), 1, Signing);
        Assert.Equal(ChainBreak.HeadMismatch, AuditHeads.CheckChain(remaining, [forked], 1, checkpoint)?.Break);
    }

    [Fact]
    public void SignedText_IsSevenLinesThatNoHeadShares()
    {
        var text = AuditCheckpoints.SignedText(new AuditCheckpoint(42, new string('a', 64), 42, T0, 1, "k", ""));
        Assert.Equal($"fairnotice-audit-checkpoint/1\nsequence=42\nchain-hash={new string('a', 64)}\ncount=42\ntime=2026-11-23T08:00:00.000Z\nkeyed-from=1\nkey-id=k\n", text);
    }
}
