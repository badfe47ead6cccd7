using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests;

public sealed class ElectionCryptoTests
{
    private static readonly string Ceremony = ElectionVerifier.CeremonyContext("test-election");

    [Theory]
    [InlineData(new[] { 1, 2, 3 })]
    [InlineData(new[] { 2, 4, 5 })]
    [InlineData(new[] { 1, 3, 4, 5 })]
    public void ThreeOfFive_AnyQuorum_DecryptsTheSum_WithValidProofs(int[] present)
    {
        var guardians = KeyCeremony.Run(["A", "B", "C", "D", "E"], 3, Ceremony);
        var publics = guardians.Select(g => g.Public).ToList();
        var key = KeyCeremony.JointKey(publics);
        var sum = new[] { 1, 0, 1, 1, 0, 1 }.Aggregate(Ciphertext.Zero, (s, m) => s.Add(Ciphertext.Encrypt(m, key, Group.RandomScalar())));
        var alpha = Group.Point(sum.Alpha);
        var shares = guardians.Where(g => present.Contains(g.Index)).Select(g => g.Decrypt(alpha, publics, "ctx")).ToList();
        Assert.Equal(4, KeyCeremony.Combine(Group.Point(sum.Beta), shares, 6));
        Assert.All(shares, s => Assert.True(s.Proof.Verify(alpha, Group.Point(s.Share), KeyCeremony.PublicShare(publics, s.Guardian), "ctx")));
        Assert.All(publics, g => Assert.All(g.Commitments.Select((c, j) => g.Proofs[j].Verify(Group.Point(c), $"{Ceremony}|guardian {g.Index}|coefficient {j}")), Assert.True));
    }

    [Fact]
    public void DemoCeremony_RecomputedElsewhere_GivesTheSameKeyAndShares_ThatDecrypt_AndDiffersPerElection()
    {
        // The demo server publishes its rehearsal's guardians; the CLI recomputes their shares on another machine.
        var server = KeyCeremony.Demo("demo-election", 5, 3);
        var elsewhere = KeyCeremony.Demo("demo-election", 5, 3);
        var publics = server.Select(g => g.Public).ToList();
        Assert.Equal(publics.Select(g => g.Commitments), elsewhere.Select(g => g.Public.Commitments));
        Assert.Equal(server.Select(g => g.ExportSecret()), elsewhere.Select(g => g.ExportSecret()));
        Assert.All(publics, g => Assert.All(g.Commitments.Select((c, j) => g.Proofs[j].Verify(Group.Point(c), $"{ElectionVerifier.CeremonyContext("demo-election")}|guardian {g.Index}|coefficient {j}")), Assert.True));
        var key = KeyCeremony.JointKey(publics);
        var sum = new[] { 1, 1, 0 }.Aggregate(Ciphertext.Zero, (s, m) => s.Add(Ciphertext.Encrypt(m, key, Group.RandomScalar())));
        var alpha = Group.Point(sum.Alpha);
        var shares = elsewhere.Skip(2).Select(g => g.ExportSecret().Decrypt(alpha, publics, "ctx")).ToList();
        Assert.Equal(2, KeyCeremony.Combine(Group.Point(sum.Beta), shares, 3));
        Assert.NotEqual(KeyCeremony.JointKey(KeyCeremony.Demo("another-election", 5, 3).Select(g => g.Public).ToList()), key);
    }

    [Fact]
    public void TwoOfFive_BelowQuorum_CannotDecrypt()
    {
        var guardians = KeyCeremony.Run(["A", "B", "C", "D", "E"], 3, Ceremony);
        var publics = guardians.Select(g => g.Public).ToList();
        var ct = Ciphertext.Encrypt(1, KeyCeremony.JointKey(publics), Group.RandomScalar());
        var shares = guardians.Take(2).Select(g => g.Decrypt(Group.Point(ct.Alpha), publics, "ctx")).ToList();
        Assert.Null(KeyCeremony.Combine(Group.Point(ct.Beta), shares, 200));
    }

    [Fact]
    public void Ceremony_BadShare_IsDetectedAgainstTheCommitments()
    {
        var a = new Guardian(1, "A", 2, Ceremony);
        var b = new Guardian(2, "B", 2, Ceremony);
        var bad = b.ReceiveShares([(a.Public, a.ShareFor(2).Add(Org.BouncyCastle.Math.BigInteger.One)), (b.Public, b.ShareFor(2))]);
        Assert.Equal([1], bad);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(0, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    public void RangeProof_ProvesMembership_AndIsBoundToItsContext(int m, int limit)
    {
        var key = Group.Base(Group.RandomScalar());
        var r = Group.RandomScalar();
        var ct = Ciphertext.Encrypt(m, key, r);
        var proof = RangeProof.Prove(ct, m, r, limit, key, "election A|voter FR");
        Assert.True(proof.Verify(ct, limit, key, "election A|voter FR"));
        Assert.False(proof.Verify(ct, limit, key, "election B|voter FR"));
        Assert.False(proof.Verify(ct, limit, key, "election A|voter DE"));
        Assert.False(proof.Verify(Ciphertext.Encrypt(m, key, r).Add(Ciphertext.Encrypt(0, key, Group.RandomScalar())), limit, key, "election A|voter FR"));
    }

    [Fact]
    public void RangeProof_CannotBeMadeForAValueOutsideTheRange()
    {
        var key = Group.Base(Group.RandomScalar());
        var r = Group.RandomScalar();
        var two = Ciphertext.Encrypt(2, key, r);
        Assert.Throws<ArgumentOutOfRangeException>(() => RangeProof.Prove(two, 2, r, 1, key, "ctx"));
        // A proof made as if the value were 1 does not verify for an encryption of 2.
        var forged = RangeProof.Prove(two, 1, r, 1, key, "ctx");
        Assert.False(forged.Verify(two, 1, key, "ctx"));
    }
}
