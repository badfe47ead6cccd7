using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>The keyed (HMAC-SHA256) part of the chain and its switch-over from the unkeyed one.</summary>
public class AuditKeyedChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly ChainKey OtherKey = new(Enumerable.Range(2, 32).Select(i => (byte)i).ToArray());

    private static AuditFacts Facts(int i, string? digest = null) =>
        new(T0.AddSeconds(i), $"user-{i % 3}", "FR", "NcbOfficer", "notice.update", "notice", $"id-{i}", "case work", "ok", digest);

    // Three legacy entries, then the keyed start, then keyed entries (every other one carrying a state digest).
    private static List<ChainedEntry> Chain(int legacy, int keyed)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        for (var i = 0; i < legacy; i++)
        {
            list.Add(prev = AuditChain.Append(prev, Facts(i)));
        }

        list.Add(prev = AuditChain.Append(prev, AuditChain.KeyedStart(T0.AddMinutes(1), Key), Key));
        for (var i = 0; i < keyed; i++)
        {
            list.Add(prev = AuditChain.Append(prev, Facts(100 + i, i % 2 == 0 ? new string('a', 64) : null), Key));
        }

        return list;
    }

    [Fact]
    public void Verify_LegacyThenKeyed_IsIntactAndAuthenticated()
    {
        var chain = Chain(3, 5);
        var verdict = AuditChain.Verify(chain, Key);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.True(verdict.Authenticated);
        Assert.Equal(4, verdict.KeyedFrom);
    }

    [Fact]
    public void Verify_ForgedAppendWithAnUnkeyedHash_IsNamed()
    {
        var chain = Chain(3, 5);
        chain.Add(AuditChain.Append(chain[^1], Facts(200)));
        var verdict = AuditChain.Verify(chain, Key);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Equal(chain[^1].Sequence, verdict.Sequence);
        Assert.Contains("forged", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ForgedAppendUnderAnotherKey_IsNamed()
    {
        var chain = Chain(0, 4);
        chain.Add(AuditChain.Append(chain[^1], Facts(200), OtherKey));
        Assert.Equal(chain[^1].Sequence, AuditChain.Verify(chain, Key).Sequence);
    }

    [Fact]
    public void Verify_AlteredStateDigest_IsNamed()
    {
        var chain = Chain(0, 4);
        chain[1] = chain[1] with { Facts = chain[1].Facts with { StateDigest = new string('b', 64) } };
        var verdict = AuditChain.Verify(chain, Key);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Equal(2, verdict.Sequence);
    }

    [Fact]
    public void Verify_WrongKey_SaysSoAtTheKeyedStart()
    {
        var verdict = AuditChain.Verify(Chain(2, 2), OtherKey);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Equal(3, verdict.Sequence);
        Assert.Contains("wrong key", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WithoutTheKey_ChecksLinksButSaysItCouldNotAuthenticate()
    {
        var chain = Chain(2, 3);
        var verdict = AuditChain.Verify(chain, key: null);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.False(verdict.Authenticated);

        chain.RemoveAt(4);
        Assert.Equal(ChainBreak.Deleted, AuditChain.Verify(chain, key: null).Break);
    }

    [Fact]
    public void Verify_AlteredLegacyEntry_IsStillNamedAsBefore()
    {
        var chain = Chain(3, 2);
        chain[1] = chain[1] with { Facts = chain[1].Facts with { Purpose = "other" } };
        var verdict = AuditChain.Verify(chain, Key);
        Assert.Equal(2, verdict.Sequence);
        Assert.StartsWith("Entry 2 was altered:", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_LegacyEntryClaimingAStateDigest_IsAltered()
    {
        // A digest is covered by the keyed hash only, so an unkeyed entry carrying one was edited.
        var chain = Chain(3, 1);
        chain[2] = chain[2] with { Facts = chain[2].Facts with { StateDigest = new string('c', 64) } };
        Assert.Equal(3, AuditChain.Verify(chain, Key).Sequence);
    }

    [Fact]
    public void Verify_KeyedStartRenamedToHideIt_BreaksTheChain()
    {
        // Renaming the start entry's action makes the verifier read every keyed entry as unkeyed: their hashes fail.
        var chain = Chain(2, 2);
        chain[2] = chain[2] with { Facts = chain[2].Facts with { Action = "audit.something" } };
        Assert.False(AuditChain.Verify(chain, Key).Intact);
    }

    [Fact]
    public void Append_StateDigestOutsideTheKeyedChain_IsRefused() =>
        Assert.Throws<ArgumentException>(() => AuditChain.Append(null, Facts(1, new string('a', 64))));

    [Fact]
    public void ComputeKeyedHash_DependsOnTheKeyAndTheDigest()
    {
        var f = Facts(1, new string('a', 64));
        Assert.NotEqual(AuditChain.ComputeKeyedHash(f, AuditChain.Genesis, Key), AuditChain.ComputeKeyedHash(f, AuditChain.Genesis, OtherKey));
        Assert.NotEqual(AuditChain.ComputeKeyedHash(f, AuditChain.Genesis, Key), AuditChain.ComputeKeyedHash(f with { StateDigest = null }, AuditChain.Genesis, Key));
        Assert.NotEqual(AuditChain.ComputeHash(f with { StateDigest = null }, AuditChain.Genesis), AuditChain.ComputeKeyedHash(f with { StateDigest = null }, AuditChain.Genesis, Key));
    }

    [Fact]
    public void ChainKey_TextRoundTripsAndNeverPrintsTheSecret()
    {
        var text = Key.ToText();
        Assert.Equal(Key.Id, ChainKey.FromText(text)!.Id);
        Assert.DoesNotContain(text.Trim(), Key.ToString(), StringComparison.Ordinal);
        Assert.Null(ChainKey.FromText(Convert.ToBase64String(new byte[16])));
        Assert.Null(ChainKey.FromText("not base64!"));
        Assert.Throws<ArgumentException>(() => new ChainKey(new byte[31]));
    }
}
