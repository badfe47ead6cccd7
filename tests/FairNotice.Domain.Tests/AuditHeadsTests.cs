using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>Ed25519-signed heads: format, signatures, consistency among heads, and a chain checked against them.</summary>
public class AuditHeadsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Key = new(new byte[32]);
    private static readonly HeadSigningKey Signing = HeadSigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
    private static readonly HeadSigningKey OtherSigning = HeadSigningKey.FromSeed(new byte[32]);

    private static List<ChainedEntry> Chain(int keyed)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        list.Add(prev = AuditChain.Append(prev, AuditChain.KeyedStart(T0, Key), Key));
        for (var i = 0; i < keyed; i++)
        {
            list.Add(prev = AuditChain.Append(prev, new AuditFacts(T0.AddSeconds(i), "u", "FR", "NcbOfficer", "notice.read", "notice", $"n{i}", "work", "ok"), Key));
        }

        return list;
    }

    private static SignedHead HeadOf(List<ChainedEntry> chain, int count, int minutes = 0) =>
        AuditHeads.Sign(chain[count - 1].Sequence, chain[count - 1].Hash, count, T0.AddMinutes(minutes), 1, Signing);

    private static HeadFile File(SignedHead h, string name = "head.json") => new(name, AuditHeads.ToJson(h));

    [Fact]
    public void SignedText_IsTheDocumentedSixLines()
    {
        var text = AuditHeads.SignedText(42, new string('a', 64), 42, new DateTimeOffset(2026, 11, 26, 17, 5, 9, 123, TimeSpan.Zero).AddTicks(9), 7);
        Assert.Equal($"fairnotice-audit-head/1\nsequence=42\nchain-hash={new string('a', 64)}\ncount=42\ntime=2026-11-26T17:05:09.123Z\nkeyed-from=7\n", text);
        Assert.EndsWith("keyed-from=none\n", AuditHeads.SignedText(1, "x", 1, T0, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_ThenParse_VerifiesWithThePublicKeyOnly()
    {
        var head = HeadOf(Chain(5), 6);
        var parsed = AuditHeads.Parse(AuditHeads.ToJson(head));
        Assert.Equal(head, parsed);
        var publicKey = HeadPublicKey.FromPem(Signing.PublicKey.ToPem())!;
        Assert.True(AuditHeads.HasValidSignature(parsed!, publicKey));
        Assert.False(AuditHeads.HasValidSignature(parsed!, OtherSigning.PublicKey));
    }

    [Fact]
    public void HasValidSignature_AnyFieldChanged_IsFalse()
    {
        var head = HeadOf(Chain(5), 6);
        foreach (var changed in new[]
        {
            head with { Sequence = 7 }, head with { Count = 5 }, head with { ChainHash = new string('0', 64) },
            head with { Time = head.Time.AddSeconds(1) }, head with { KeyedFrom = null }, head with { Signature = "AAAA" },
        })
        {
            Assert.False(AuditHeads.HasValidSignature(changed, Signing.PublicKey), changed.ToString());
        }
    }

    [Fact]
    public void Pem_RoundTripsAndRejectsOtherContent()
    {
        var again = HeadSigningKey.FromPem(Signing.ToPem())!;
        Assert.Equal(Signing.PublicKey.ToPem(), again.PublicKey.ToPem());
        Assert.Contains("-----BEGIN PUBLIC KEY-----", Signing.PublicKey.ToPem(), StringComparison.Ordinal);
        Assert.Null(HeadPublicKey.FromPem(Signing.ToPem()));
        Assert.Null(HeadSigningKey.FromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
        Assert.Null(HeadPublicKey.FromPem("hello"));
        Assert.DoesNotContain("PRIVATE", Signing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotAHead_IsNull()
    {
        Assert.Null(AuditHeads.Parse("{}"));
        Assert.Null(AuditHeads.Parse("not json"));
        Assert.Null(AuditHeads.Parse(AuditHeads.ToJson(HeadOf(Chain(1), 2)).Replace("fairnotice-audit-head/1", "other/1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_ValidHeads_AreIntactOldestFirst()
    {
        var chain = Chain(9);
        var verdict = AuditHeads.Check([File(HeadOf(chain, 10, 2), "b"), File(HeadOf(chain, 4, 1), "a")], Signing.PublicKey);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.Equal(10, verdict.Latest!.Sequence);
    }

    [Fact]
    public void Check_ForgedHeadFile_IsNamed()
    {
        var forged = AuditHeads.Sign(3, new string('f', 64), 3, T0, 1, OtherSigning);
        var verdict = AuditHeads.Check([File(HeadOf(Chain(2), 3)), File(forged, "head-000000000003.json")], Signing.PublicKey);
        Assert.False(verdict.Intact);
        Assert.Contains("head-000000000003.json", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoHashesForOneSequence_IsAFork()
    {
        var a = Chain(4);
        var b = Chain(4);
        b[^1] = AuditChain.Append(b[^2], new AuditFacts(T0, "x", null, null, "y", "z", null, null, "ok"), Key);
        var verdict = AuditHeads.Check([File(HeadOf(a, 5, 1)), File(HeadOf(b, 5, 2))], Signing.PublicKey);
        Assert.False(verdict.Intact);
        Assert.Contains("forked", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChain_MatchingChain_IsNull()
    {
        var chain = Chain(9);
        Assert.Null(AuditHeads.CheckChain(chain, [HeadOf(chain, 5), HeadOf(chain, 10)], 1));
        Assert.Null(AuditHeads.CheckChain(chain, [HeadOf(chain, 5)], 1));
    }

    [Fact]
    public void CheckChain_EmptiedLog_IsTruncated()
    {
        var chain = Chain(9);
        var verdict = AuditHeads.CheckChain([], [HeadOf(chain, 10)], null);
        Assert.Equal(ChainBreak.Truncated, verdict!.Break);
        Assert.Contains("emptied", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChain_TruncatedTail_NamesWhereItEnds()
    {
        var chain = Chain(9);
        var head = HeadOf(chain, 10);
        var verdict = AuditHeads.CheckChain(chain.Take(7).ToList(), [head], 1);
        Assert.Equal(ChainBreak.Truncated, verdict!.Break);
        Assert.Equal(8, verdict.Sequence);
    }

    [Fact]
    public void CheckChain_RewrittenTail_IsAHeadMismatch()
    {
        var chain = Chain(9);
        var head = HeadOf(chain, 10);
        var rewritten = chain.Take(9).ToList();
        rewritten.Add(AuditChain.Append(rewritten[^1], new AuditFacts(T0, "x", null, null, "y", "z", null, null, "ok"), Key));
        Assert.Equal(ChainBreak.HeadMismatch, AuditHeads.CheckChain(rewritten, [head], 1)!.Break);
    }

    [Fact]
    public void CheckChain_DowngradedToUnkeyed_IsCaught()
    {
        var chain = Chain(3);
        Assert.Equal(ChainBreak.HeadMismatch, AuditHeads.CheckChain(chain, [HeadOf(chain, 4)], null)!.Break);
    }

    [Fact]
    public void CheckChain_EntryRemovedBeforeAHead_CountsDiffer()
    {
        var chain = Chain(9);
        var head = HeadOf(chain, 10);
        var gap = chain.Where(e => e.Sequence != 4).ToList();
        Assert.Equal(ChainBreak.HeadMismatch, AuditHeads.CheckChain(gap, [head], 1)!.Break);
    }
}
