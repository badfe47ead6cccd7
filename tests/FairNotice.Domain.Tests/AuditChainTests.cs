using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

public class AuditChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static AuditFacts Facts(int i) => new(T0.AddSeconds(i), $"user-{i % 3}", "FR", "NcbOfficer", "notice.read", "notice", $"id-{i}", "case work", "ok");

    private static List<ChainedEntry> Chain(int n)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        for (var i = 0; i < n; i++)
        {
            prev = AuditChain.Append(prev, Facts(i));
            list.Add(prev);
        }

        return list;
    }

    [Fact]
    public void Verify_IntactChain_IsIntact()
    {
        var chain = Chain(10);
        var verdict = AuditChain.Verify(chain);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(chain[^1].Hash, verdict.Head);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), chain.Select(c => c.Sequence));
    }

    [Fact]
    public void Verify_EmptyChain_IsIntact() => Assert.True(AuditChain.Verify([]).Intact);

    [Fact]
    public void Verify_AlteredEntry_NamesIt()
    {
        var chain = Chain(10);
        chain[4] = chain[4] with { Facts = chain[4].Facts with { Purpose = "something else" } };
        var verdict = AuditChain.Verify(chain);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Equal(5, verdict.Sequence);
    }

    [Fact]
    public void Verify_AlteredAndRehashedEntry_IsCaughtByTheNextLink()
    {
        var chain = Chain(10);
        var forged = chain[4].Facts with { ActorId = "someone-else" };
        chain[4] = chain[4] with { Facts = forged, Hash = AuditChain.ComputeHash(forged, chain[4].PreviousHash) };
        var verdict = AuditChain.Verify(chain);
        Assert.False(verdict.Intact);
        Assert.Equal(6, verdict.Sequence);
    }

    [Fact]
    public void Verify_DeletedEntry_NamesTheGap()
    {
        var chain = Chain(10);
        chain.RemoveAt(6); // sequence 7
        var verdict = AuditChain.Verify(chain);
        Assert.Equal(ChainBreak.Deleted, verdict.Break);
        Assert.Equal(7, verdict.Sequence);
    }

    [Fact]
    public void Verify_DeletedFirstEntry_IsDetected()
    {
        var chain = Chain(5);
        chain.RemoveAt(0);
        var verdict = AuditChain.Verify(chain);
        Assert.Equal(ChainBreak.Deleted, verdict.Break);
        Assert.Equal(1, verdict.Sequence);
    }

    [Fact]
    public void Verify_InsertedWellFormedEntry_NamesIt()
    {
        var chain = Chain(10);
        // A forger appends a self-consistent entry after #5 and gives it #6, renumbering nothing else.
        var forged = AuditChain.Append(chain[4], Facts(99)) with { Sequence = 6 };
        chain.Insert(5, forged);
        for (var i = 6; i < chain.Count; i++)
        {
            chain[i] = chain[i] with { Sequence = chain[i].Sequence + 1 };
        }

        var verdict = AuditChain.Verify(chain);
        Assert.Equal(ChainBreak.Inserted, verdict.Break);
        Assert.Equal(6, verdict.Sequence);
    }

    [Fact]
    public void Verify_InsertedEntryWithRepeatedSequence_NamesIt()
    {
        var chain = Chain(6);
        chain.Insert(3, chain[2] with { Facts = chain[2].Facts });
        var verdict = AuditChain.Verify(chain);
        Assert.Equal(ChainBreak.Inserted, verdict.Break);
        Assert.Equal(3, verdict.Sequence);
    }

    [Fact]
    public void Verify_TruncatedTail_IsCaughtByPublishedHead()
    {
        var chain = Chain(10);
        var head = chain[^1].Hash;
        var truncated = chain.Take(8).ToList();
        Assert.True(AuditChain.Verify(truncated).Intact);
        var verdict = AuditChain.Verify(truncated, head);
        Assert.Equal(ChainBreak.HeadMismatch, verdict.Break);
    }

    [Fact]
    public void Append_NormalisesTimeToTheMillisecond()
    {
        var e = AuditChain.Append(null, Facts(0) with { At = new DateTimeOffset(2026, 1, 1, 10, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567) });
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, 123, TimeSpan.Zero), e.Facts.At);
        Assert.Equal(AuditChain.Genesis, e.PreviousHash);
    }

    [Fact]
    public void ComputeHash_FieldBoundariesMatter()
    {
        var a = Facts(1) with { Action = "ab", ObjectType = "c" };
        var b = Facts(1) with { Action = "a", ObjectType = "bc" };
        Assert.NotEqual(AuditChain.ComputeHash(a, AuditChain.Genesis), AuditChain.ComputeHash(b, AuditChain.Genesis));
        Assert.NotEqual(AuditChain.ComputeHash(Facts(1) with { Purpose = null }, AuditChain.Genesis), AuditChain.ComputeHash(Facts(1) with { Purpose = "" }, AuditChain.Genesis));
    }
}
