using FairNotice.Domain.Audit;

namespace FairNotice.Domain.Tests;

/// <summary>Rotation of the audit chain key (ADR 0013 amended; ASVS 5.0 11.1.1, 11.2.2): a rotation entry keyed under the
/// retired key names the new key with a proof under it; verify checks each segment with its own key.</summary>
public class AuditKeyRotationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChainKey Old = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly ChainKey New = new(Enumerable.Range(40, 32).Select(i => (byte)i).ToArray());
    private static readonly ChainKey Third = new(Enumerable.Range(90, 32).Select(i => (byte)i).ToArray());

    private static AuditFacts Facts(int i) => new(T0.AddSeconds(i), $"user-{i % 3}", "FR", "NcbOfficer", "notice.read", "notice", $"id-{i}", "case work", "ok");

    // Two legacy entries, the keyed start under Old (5 entries under Old with the rotation), three entries, the rotation to New (keyed under Old), three entries under New.
    private static List<ChainedEntry> Rotated(Func<ChainedEntry, AuditFacts>? rotation = null)
    {
        var list = new List<ChainedEntry>();
        ChainedEntry? prev = null;
        for (var i = 0; i < 2; i++)
        {
            list.Add(prev = AuditChain.Append(prev, Facts(i)));
        }

        list.Add(prev = AuditChain.Append(prev, AuditChain.KeyedStart(T0.AddMinutes(1), Old), Old));
        for (var i = 0; i < 3; i++)
        {
            list.Add(prev = AuditChain.Append(prev, Facts(10 + i), Old));
        }

        var facts = rotation?.Invoke(prev) ?? AuditChain.KeyRotation(T0.AddMinutes(2), Old, New, prev.Hash);
        list.Add(prev = AuditChain.Append(prev, facts, Old));
        for (var i = 0; i < 3; i++)
        {
            list.Add(prev = AuditChain.Append(prev, Facts(20 + i), New));
        }

        return list;
    }

    private static int RotationIndex(List<ChainedEntry> chain) => chain.FindIndex(e => AuditChain.IsKeyRotation(e.Facts));

    [Fact]
    public void Verify_BothKeys_IntactAndAuthenticatedAcrossTheRotation()
    {
        var chain = Rotated();
        var verdict = AuditChain.Verify(chain, [Old, New]);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.True(verdict.Authenticated);
        Assert.Equal(10, verdict.EntriesChecked);
        Assert.Equal(New.Id, chain[RotationIndex(chain)].Facts.ObjectId);
    }

    [Fact]
    public void Verify_OnlyTheNewKey_LinksIntactButOldSegmentNotAuthenticated()
    {
        var verdict = AuditChain.Verify(Rotated(), [New]);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.False(verdict.Authenticated);
        Assert.Contains("5 keyed entries could not be authenticated", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_OnlyTheOldKey_NewSegmentNotAuthenticated()
    {
        var verdict = AuditChain.Verify(Rotated(), Old);
        Assert.True(verdict.Intact, verdict.Message);
        Assert.False(verdict.Authenticated);
        Assert.Contains("3 keyed entries", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("objectId")]
    [InlineData("purpose")]
    [InlineData("action")]
    public void Verify_RotationEntryTampered_Altered(string field)
    {
        var chain = Rotated();
        var at = RotationIndex(chain);
        var e = chain[at];
        chain[at] = e with
        {
            Facts = field switch
            {
                "objectId" => e.Facts with { ObjectId = Third.Id },
                "purpose" => e.Facts with { Purpose = e.Facts.Purpose + "0" },
                _ => e.Facts with { Action = "audit.note" },
            },
        };

        var verdict = AuditChain.Verify(chain, [Old, New, Third]);
        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Equal(e.Sequence, verdict.Sequence);
    }

    [Fact]
    public void Verify_RotationWithoutAValidProof_Altered()
    {
        // Whoever holds only the old key writes a rotation to a key it does not hold: the MAC under Old is right, the proof is not.
        var chain = Rotated(prev => AuditChain.KeyRotation(T0.AddMinutes(2), Old, Third, prev.Hash) with { ObjectId = New.Id });
        var verdict = AuditChain.Verify(chain, [Old, New]);
        Assert.False(verdict.Intact);
        Assert.Equal(ChainBreak.Altered, verdict.Break);
        Assert.Contains("proof", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryAfterRotationForgedUnderTheOldKey_Altered()
    {
        var chain = Rotated();
        var last = chain[^1];
        chain[^1] = AuditChain.Append(chain[^2], last.Facts with { Purpose = "forged" }, Old);
        var verdict = AuditChain.Verify(chain, [Old, New]);
        Assert.False(verdict.Intact);
        Assert.Equal(last.Sequence, verdict.Sequence);
    }

    [Fact]
    public void KeyRotation_NamesTheRetiredKeyButNeverASecret()
    {
        var facts = AuditChain.KeyRotation(T0, Old, New, AuditChain.Genesis);
        Assert.StartsWith($"rotated from key {Old.Id}; proof ", facts.Purpose, StringComparison.Ordinal);
        Assert.DoesNotContain(Old.ToText().Trim(), facts.Purpose + facts.ObjectId, StringComparison.Ordinal);
        Assert.DoesNotContain(New.ToText().Trim(), facts.Purpose + facts.ObjectId, StringComparison.Ordinal);
    }
}
