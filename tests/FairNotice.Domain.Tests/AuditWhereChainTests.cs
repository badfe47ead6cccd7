using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>The "where" of an entry (ASVS 5.0 16.2.1) is covered by the keyed hash, and entries without it verify as before.</summary>
public class AuditWhereChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Key = new(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    private static List<ChainedEntry> Chain()
    {
        var start = AuditChain.Append(null, AuditChain.KeyedStart(T0, Key), Key);
        var without = AuditChain.Append(start, new AuditFacts(T0, "u1", "FR", "NcbOfficer", "notice.read", "notice", "n1", "case work", "ok"), Key);
        var with = AuditChain.Append(without, new AuditFacts(T0, "u1", "FR", "NcbOfficer", "notice.read", "notice", "n1", "case work", "ok", Where: "api 203.0.113.0/24"), Key);
        return [start, without, with];
    }

    [Fact]
    public void Verify_EntriesWithAndWithoutWhere_Intact() => Assert.True(AuditChain.Verify(Chain(), Key).Intact);

    [Fact]
    public void Verify_WhereChanged_Altered()
    {
        var chain = Chain();
        chain[2] = chain[2] with { Facts = chain[2].Facts with { Where = "page 198.51.100.0/24" } };
        var verdict = AuditChain.Verify(chain, Key);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Equal(3, verdict.Sequence);
    }

    [Fact]
    public void Verify_WhereAddedToAnEntryThatHadNone_Altered()
    {
        var chain = Chain();
        chain[1] = chain[1] with { Facts = chain[1].Facts with { Where = "api 203.0.113.0/24" } };
        Assert.Equal(ChainBreak.Altered, AuditChain.Verify(chain, Key).Break);
    }

    [Fact]
    public void Where_SameFactsWithAndWithout_HashesDiffer() =>
        Assert.NotEqual(Chain()[1].Hash, AuditChain.ComputeKeyedHash(Chain()[1].Facts with { Where = "" }, Chain()[1].PreviousHash, Key));
}
