using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests;

/// <summary>Credentials from an authority apart from the server (issue #17 item 1): every ballot is signed by its
/// delegation; a ballot the server writes for an absent member is caught by the verifier.</summary>
public sealed class BallotCredentialTests
{
    private static readonly ElectionRules Rules = ElectionRules.Default;
    private static readonly string[] Members = ["FR", "DE", "BR", "JP", "KE", "XS"];

    private sealed record Setup(IReadOnlyList<Guardian> Guardians, CredentialList List, IReadOnlyList<SecretCredential> Secrets, RoundManifest Manifest)
    {
        public SecretCredential Secret(string member) => Secrets.Single(s => s.Member == member);

        public IReadOnlyList<GuardianRecord> Publics => [.. Guardians.Select(g => g.Public)];
    }

    private static Setup NewElection(string id = "cred")
    {
        var guardians = KeyCeremony.Run(["G1", "G2", "G3"], 2, ElectionVerifier.CeremonyContext(id));
        var (list, secrets) = CredentialAuthority.Generate(id, Members);
        var manifest = new RoundManifest(id, "T", "president-1/ballot-1", Post.President, null, 1, [new("a", "Ana", "AR"), new("b", "Ben", "EG")], 1,
            [.. Members.Select(m => new VoterEntry(m, m != "XS"))], 3, 2, Rules.Version).WithCredentials(list);
        return new Setup(guardians, list, secrets, manifest);
    }

    // The record of a round from whatever board the caller gives, with the guardians decrypting its sums: what a server
    // that also ran the tally would publish.
    private static ElectionRecord RecordOf(Setup s, IReadOnlyList<EncryptedBallot> ballots)
    {
        var baseHash = s.Manifest.BaseHash();
        var board = new List<BoardEntry>();
        foreach (var b in ballots)
        {
            board.Add(BoardEntry.Next(board, baseHash, b));
        }

        var shares = BallotRound.Sums(s.Manifest, board).Select((sum, i) => (IReadOnlyList<DecryptionShare>)[.. s.Guardians.Take(2)
            .Select(g => g.Decrypt(Group.Point(sum.Alpha), s.Publics, BallotRound.TallyContext(baseHash, s.Manifest.Candidates[i].Id)))]).ToList();
        var round = BallotRound.Record(s.Manifest, s.Publics, board, shares, Rules);
        return ElectionRecord.Parse(new ElectionRecord(s.Manifest.ElectionId, "T", Rules.Version, [round]).ToJson());
    }

    private static EncryptedBallot Signed(Setup s, string member, string? choice) =>
        BallotEncryptor.Encrypt(s.Manifest, KeyCeremony.JointKey(s.Publics), member, choice, credential: s.Secret(member));

    [Fact]
    public void Sign_ThenVerify_UnderTheMembersKey_HoldsAndUnderAnotherFails()
    {
        var s = NewElection();
        var ballot = Signed(s, "FR", "a");
        var baseHash = s.Manifest.BaseHash();
        Assert.True(BallotSignature.Verify(ballot, baseHash, s.Secret("FR").PublicKey));
        Assert.False(BallotSignature.Verify(ballot, baseHash, s.Secret("DE").PublicKey));
        // The signature covers the round, what it replaces and every proof.
        Assert.False(BallotSignature.Verify(ballot with { Supersedes = new string('0', 64) }, baseHash, s.Secret("FR").PublicKey));
        Assert.False(BallotSignature.Verify(ballot with { ContestProof = ballot.ContestProof with { Challenges = [.. ballot.ContestProof.Challenges.Reverse()] } },
            baseHash, s.Secret("FR").PublicKey));
        Assert.False(BallotSignature.Verify(ballot, (s.Manifest with { Ballot = 2 }).BaseHash(), s.Secret("FR").PublicKey));
    }

    [Fact]
    public void Verify_HighS_IsRefused_SoNobodyButTheSignerMakesASecondSignature()
    {
        var s = NewElection();
        var ballot = Signed(s, "FR", "a");
        var bytes = Convert.FromHexString(ballot.Signature!);
        var sValue = new Org.BouncyCastle.Math.BigInteger(1, bytes[32..]);
        var high = Group.Order.Subtract(sValue).ToByteArrayUnsigned();
        var malleated = bytes[..32].Concat(new byte[32 - high.Length]).Concat(high).ToArray();
        Assert.False(BallotSignature.Verify(ballot with { Signature = Convert.ToHexStringLower(malleated) }, s.Manifest.BaseHash(), s.Secret("FR").PublicKey));
    }

    [Fact]
    public void Cast_UnsignedOrSignedWithAnotherMembersCredential_IsRefused()
    {
        var s = NewElection();
        var round = new BallotRound(s.Manifest, s.Publics);
        var unsigned = BallotEncryptor.Encrypt(s.Manifest, round.JointKey, "FR", "a");
        Assert.Contains("not signed", round.Cast(unsigned).Error!.Message, StringComparison.Ordinal);
        var wrong = BallotEncryptor.Encrypt(s.Manifest, round.JointKey, "FR", "a", credential: s.Secret("DE"));
        Assert.Contains("does not verify under FR's published credential", round.Cast(wrong).Error!.Message, StringComparison.Ordinal);
        Assert.True(round.Cast(Signed(s, "FR", "a")).IsOk);
        Assert.Single(round.Board);
    }

    [Fact]
    public void Record_BallotWrittenByTheServerForAnAbsentMember_IsDetected()
    {
        // FR, DE and BR vote; JP and KE stay away. The server writes a ballot for absent JP: it can encrypt and prove it
        // (the joint key is public) and re-chain the board and the tally, but it does not hold JP's secret credential.
        var s = NewElection();
        var key = KeyCeremony.JointKey(s.Publics);
        var (_, serverSecrets) = CredentialAuthority.Generate("cred", ["JP"]);
        var stuffed = BallotEncryptor.Encrypt(s.Manifest, key, "JP", "b", credential: serverSecrets[0]);
        var record = RecordOf(s, [Signed(s, "FR", "a"), Signed(s, "DE", "b"), Signed(s, "BR", "a"), stuffed]);

        var checks = ElectionVerifier.Verify(record, Rules);
        var failed = Assert.Single(checks, c => !c.Passed);
        Assert.Equal("ballot signatures", failed.Check);
        Assert.Contains("entry 4 (JP)", failed.Detail, StringComparison.Ordinal);
        // Without a signature at all, the same.
        var unsignedRecord = RecordOf(s, [Signed(s, "FR", "a"), stuffed with { Signature = null }]);
        Assert.Contains(ElectionVerifier.Verify(unsignedRecord, Rules), c => c.Check == "ballot signatures" && !c.Passed && c.Detail.Contains("entry 2 (JP)", StringComparison.Ordinal));
        // The honest board verifies in full.
        Assert.All(ElectionVerifier.Verify(RecordOf(s, [Signed(s, "FR", "a"), Signed(s, "DE", "b")]), Rules), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
    }

    [Fact]
    public void Record_RollWithCredentialsTheServerSwapped_FailsAgainstTheAnnouncedListHash()
    {
        // A server that replaces the whole list with keys of its own can sign for anyone: every internal check passes,
        // but the list hash is not the one the credential authority announced.
        var s = NewElection();
        var (swapped, serverSecrets) = CredentialAuthority.Generate("cred", Members);
        var forged = s with { List = swapped, Secrets = serverSecrets, Manifest = s.Manifest.WithCredentials(swapped) };
        var record = RecordOf(forged, [Signed(forged, "FR", "a"), Signed(forged, "JP", "b")]);
        Assert.All(ElectionVerifier.Verify(record, Rules), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
        var announced = ElectionVerifier.Verify(record, Rules, s.List.Hash());
        Assert.Contains(announced, c => c.Check == "credential list" && !c.Passed && c.Detail.Contains(s.List.Hash(), StringComparison.Ordinal));
        Assert.All(ElectionVerifier.Verify(RecordOf(s, [Signed(s, "FR", "a")]), Rules, s.List.Hash()), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
    }

    [Fact]
    public void Record_RollWithoutCredentials_FailsTheCredentialChecks()
    {
        var s = NewElection();
        var bare = s with { Manifest = s.Manifest with { CredentialListHash = null, Voters = [.. s.Manifest.Voters.Select(v => v with { Credential = null })] } };
        var record = RecordOf(bare, [BallotEncryptor.Encrypt(bare.Manifest, KeyCeremony.JointKey(s.Publics), "FR", "a")]);
        var failed = ElectionVerifier.Verify(record, Rules).Where(c => !c.Passed).Select(c => c.Check).ToList();
        Assert.Equal(["credential list", "credentials", "ballot signatures"], failed);
    }

    [Fact]
    public void Record_RollCredentialAlteredAfterTheListHash_IsDetected()
    {
        var s = NewElection();
        var record = RecordOf(s, [Signed(s, "FR", "a")]);
        var m = record.Rounds[0].Manifest;
        var altered = m with { Voters = [.. m.Voters.Select(v => v.Member == "KE" ? v with { Credential = s.Secret("FR").PublicKey } : v)] };
        var tampered = record with { Rounds = [record.Rounds[0] with { Manifest = altered }] };
        Assert.Contains(ElectionVerifier.Verify(tampered, Rules), c => c.Check == "credentials" && !c.Passed);
    }

    [Fact]
    public void CredentialList_DuplicateKeysOrMembers_OrAnotherElection_IsRefused()
    {
        var s = NewElection();
        Assert.Null(s.List.Problem("cred"));
        Assert.Contains("not 'other'", s.List.Problem("other"), StringComparison.Ordinal);
        var dup = s.List with { Credentials = [.. s.List.Credentials.Select(c => c.Member == "DE" ? c with { PublicKey = s.Secret("FR").PublicKey } : c)] };
        Assert.Equal("two members share a credential", dup.Problem("cred"));
        Assert.Equal("a member has more than one credential", (s.List with { Credentials = [.. s.List.Credentials, s.List.Credentials[0]] }).Problem("cred"));
        Assert.Contains("not a P-256 public key", (s.List with { Credentials = [new PublicCredential("FR", "02" + new string('f', 64))] }).Problem("cred"), StringComparison.Ordinal);
    }

    [Fact]
    public void SecretCredential_PrintedAndTypedBack_ReadsTheSame_AndAMistypeIsCaught()
    {
        var secret = NewElection().Secret("FR");
        Assert.Equal(secret, SecretCredential.Parse(secret.ToPrintable()));
        Assert.Equal(secret, SecretCredential.Parse(secret.ToJson()));
        var typo = secret.ToPrintable().Replace("secret: " + secret.SecretKey[..4], "secret: " + (secret.SecretKey[0] == 'a' ? "b" : "a") + secret.SecretKey[1..4], StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => SecretCredential.Parse(typo));
    }

    [Fact]
    public void Challenge_NeedsNoSignature()
    {
        var s = NewElection();
        var key = KeyCeremony.JointKey(s.Publics);
        var (ballot, nonces) = BallotEncryptor.EncryptRevealable(s.Manifest, key, "DE", "b");
        Assert.Null(new ChallengedBallot(ballot, "b", nonces).Check(s.Manifest, s.Manifest.BaseHash(), key));
    }

    [Fact]
    public void Demo_SameElectionAndMember_SameCredential_WhoseKeyIsOnItsList()
    {
        var (list, secrets) = CredentialAuthority.Demo("ga-2026", ["FR", "DE", "FR"]);
        var again = CredentialAuthority.Demo("ga-2026", ["FR"]).Secrets.Single();

        Assert.Equal(["DE", "FR"], secrets.Select(c => c.Member));
        Assert.Equal(secrets.Single(c => c.Member == "FR"), again);
        Assert.All(secrets, c => Assert.Equal(BallotSignature.PublicKeyOf(c.SecretKey), list.Credentials.Single(p => p.Member == c.Member).PublicKey));
        Assert.NotEqual(secrets[0].SecretKey, secrets[1].SecretKey);
        Assert.NotEqual(again.SecretKey, CredentialAuthority.Demo("ga-2027", ["FR"]).Secrets.Single().SecretKey);
        // The printed form reads back (the booth and `SecretCredential.Parse` take the same lines).
        Assert.Equal(again, SecretCredential.Parse(again.ToPrintable()));
    }
}
