using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests;

public sealed class DistributedCeremonyTests
{
    private static (List<TrusteePrivate> Privates, List<GuardianRecord> Publics, List<EncryptedShare> Shares) Run(int n, int k)
    {
        var started = Enumerable.Range(1, n).Select(i => DistributedCeremony.Start("dist", i, $"T{i}", k)).ToList();
        var publics = started.Select(s => s.Public).ToList();
        var shares = started.SelectMany(s => DistributedCeremony.SharesFor(s.Private, publics)).ToList();
        return ([.. started.Select(s => s.Private)], publics, shares);
    }

    [Fact]
    public void EachTrusteeOnItsOwn_ThreeOfFive_DecryptTogether_AndTheRecordsVerify()
    {
        var (privates, publics, shares) = Run(5, 3);
        var secrets = privates.Select(p => DistributedCeremony.Finish(p, publics, [.. shares.Where(s => s.To == p.Index)]).Value).ToList();
        var key = KeyCeremony.JointKey(publics);
        var ct = new[] { 1, 1, 0, 1 }.Aggregate(Ciphertext.Zero, (s, m) => s.Add(Ciphertext.Encrypt(m, key, Group.RandomScalar())));
        var alpha = Group.Point(ct.Alpha);
        var decryption = new[] { secrets[1], secrets[3], secrets[4] }.Select(s => s.Decrypt(alpha, publics, "ctx")).ToList();
        Assert.Equal(3, KeyCeremony.Combine(Group.Point(ct.Beta), decryption, 4));
        Assert.All(publics, g => Assert.All(g.Commitments.Select((c, j) => g.Proofs[j].Verify(Group.Point(c), $"{ElectionVerifier.CeremonyContext("dist")}|guardian {g.Index}|coefficient {j}")), Assert.True));
        // Shares travel encrypted: the files hold no share value in the clear.
        Assert.All(shares, s => Assert.Equal(128, s.Ciphertext.Length));
    }

    [Fact]
    public void AlteredShare_OrAShareForSomeoneElse_IsRejectedNamingTheSender()
    {
        var (privates, publics, shares) = Run(3, 2);
        var toOne = shares.Where(s => s.To == 1).ToList();
        // Always a change (overwriting with "00" left one ciphertext in 256 as it was: the test failed at random).
        var altered = toOne.Select(s => s.From == 2 ? s with { Ciphertext = (s.Ciphertext[0] == '0' ? "1" : "0") + s.Ciphertext[1..] } : s).ToList();
        var failed = DistributedCeremony.Finish(privates[0], publics, altered);
        Assert.Contains("guardian 2: the share does not decrypt", ((InvalidError)failed.Error!).Fields["shares"][0], StringComparison.Ordinal);

        var misrouted = toOne.Select(s => s.From == 3 ? shares.Single(x => x.From == 3 && x.To == 2) with { To = 1 } : s).ToList();
        Assert.NotNull(DistributedCeremony.Finish(privates[0], publics, misrouted).Error);
    }

    [Fact]
    public void ShareInconsistentWithTheCommitments_IsRejected()
    {
        var (privates, publics, shares) = Run(3, 2);
        // Guardian 3 publishes commitments of one polynomial but shares another's: its shares no longer match.
        var other = DistributedCeremony.Start("dist", 3, "T3", 2);
        var cheating = DistributedCeremony.SharesFor(other.Private with { Index = 3 }, publics).Single(s => s.To == 1);
        var received = shares.Where(s => s.To == 1 && s.From != 3).Append(cheating).ToList();
        var error = (InvalidError)DistributedCeremony.Finish(privates[0], publics, received).Error!;
        Assert.Contains("guardian 3: the share does not match its published commitments", error.Fields["shares"][0], StringComparison.Ordinal);
    }
}
