using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;

namespace FairNotice.Domain.Tests;

/// <summary>Whole elections, end to end, and records tampered with in every way the issue lists.</summary>
public sealed class ElectionSimulationTests
{
    private static readonly ElectionRules Rules = ElectionRules.Default;

    private sealed class Election(string id, IReadOnlyList<VoterEntry> voters)
    {
        public IReadOnlyList<Guardian> Guardians { get; } = KeyCeremony.Run(["Guardian A", "Guardian B", "Guardian C", "Guardian D", "Guardian E"], 3, ElectionVerifier.CeremonyContext(id));

        public List<RoundRecord> Rounds { get; } = [];

        // The credential authority's output: the list goes on every roll, each secret to its delegation.
        private readonly (CredentialList List, IReadOnlyList<SecretCredential> Secrets) _credentials = CredentialAuthority.Generate(id, voters.Select(v => v.Member));

        public SecretCredential Credential(string member) => _credentials.Secrets.Single(s => s.Member == member);

        public RoundManifest Manifest(string seat, Post post, string? region, int ballot, params CandidateEntry[] candidates) =>
            new RoundManifest(id, "Executive Committee 2026", $"{seat}/ballot-{ballot}", post, region, ballot, candidates, 1, voters, 5, 3, Rules.Version).WithCredentials(_credentials.List);

        public BallotRound Open(RoundManifest m) => new(m, [.. Guardians.Select(g => g.Public)]);

        // Casts the given choices (member → candidate id or null for blank), tallies with guardians 1, 3 and 5.
        public RoundRecord Run(RoundManifest m, IEnumerable<(string Member, string? Choice)> choices)
        {
            var round = Open(m);
            foreach (var (member, choice) in choices)
            {
                var cast = round.Cast(BallotEncryptor.Encrypt(m, round.JointKey, member, choice, credential: Credential(member)));
                Assert.True(cast.IsOk, cast.Error?.Message);
            }

            round.Close();
            var record = round.Tally([Guardians[0], Guardians[2], Guardians[4]], Rules);
            Rounds.Add(record);
            return record;
        }

        public ElectionRecord Record() => new(id, "Executive Committee 2026", Rules.Version, [.. Rounds]);
    }

    private static IEnumerable<(string, string?)> Votes(List<string> voters, params (string? Choice, int Count)[] split)
    {
        var i = 0;
        foreach (var (choice, count) in split)
        {
            for (var n = 0; n < count; n++)
            {
                yield return (voters[i++], choice);
            }
        }
    }

    [Fact]
    public void FullElection_196Members_PresidentAfterThreeBallots_AndADelegate_VerifiesFromTheRecordAlone()
    {
        // Six members in arrears have no vote; everyone else is on the roll with a vote.
        var suspended = MemberCatalogue.All.Select(m => m.Iso2).Order(StringComparer.Ordinal).Take(6).ToHashSet(StringComparer.Ordinal);
        var roll = MemberCatalogue.All.Select(m => new VoterEntry(m.Iso2, !suspended.Contains(m.Iso2))).ToList();
        Assert.Equal(196, roll.Count);
        var voters = roll.Where(v => v.CanVote).Select(v => v.Member).ToList();
        var election = new Election("ga-2026", roll);
        CandidateEntry[] president = [new("lima", "Ana Lima", "BR"), new("sato", "Kenji Sato", "JP"), new("otieno", "Grace Otieno", "KE")];

        // Ballot 1: 95 of 170 cast is short of two thirds (114); ballot 2: 110 of 170 still short; ballot 3: a simple majority suffices.
        var b1 = election.Run(election.Manifest("president", Post.President, null, 1, president), Votes(voters, ("lima", 95), ("sato", 50), ("otieno", 25), (null, 10)));
        Assert.Null(b1.Decision.Elected);
        Assert.Equal(114, b1.Decision.Required);
        Assert.Equal(10, b1.Blank);
        var b2 = election.Run(election.Manifest("president", Post.President, null, 2, president), Votes(voters, ("lima", 110), ("sato", 60), (null, 10)));
        Assert.Null(b2.Decision.Elected);
        var b3 = election.Run(election.Manifest("president", Post.President, null, 3, president), Votes(voters, ("lima", 112), ("sato", 68)));
        Assert.Equal("lima", b3.Decision.Elected);
        Assert.Equal(MajorityRule.Simple, b3.Decision.Rule);
        Assert.Equal([112, 68, 0], b3.Tally.Select(t => t.Votes));

        var d1 = election.Run(election.Manifest("delegate-asia-1", Post.Delegate, "Asia", 1, new CandidateEntry("rao", "Priya Rao", "IN"), new CandidateEntry("putri", "Dewi Putri", "ID")),
            Votes(voters, ("rao", 100), ("putri", 70), (null, 20)));
        Assert.Equal("rao", d1.Decision.Elected);

        var record = ElectionRecord.Parse(election.Record().ToJson());
        var checks = ElectionVerifier.Verify(record, Rules);
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Round}: {c.Check}: {c.Detail}"));
        Assert.DoesNotContain(record.Rounds.SelectMany(r => r.Board), e => suspended.Contains(e.Ballot.Voter));
    }

    [Fact]
    public void Revote_BeforeClose_ReplacesTheEarlierBallot_AndOnlyTheLastCounts()
    {
        var election = Small(out var m, out var round);
        var fr = election.Credential("FR");
        var first = round.Cast(BallotEncryptor.Encrypt(m, round.JointKey, "FR", "a", credential: fr)).Value;
        var again = round.Cast(BallotEncryptor.Encrypt(m, round.JointKey, "FR", "b", credential: fr));
        Assert.IsType<ConflictError>(again.Error);
        Assert.True(round.Cast(BallotEncryptor.Encrypt(m, round.JointKey, "FR", "b", supersedes: first.TrackingCode, credential: fr)).IsOk);
        round.Close();
        var record = round.Tally([election.Guardians[1], election.Guardians[2], election.Guardians[3]], Rules);
        Assert.Equal([0, 1], record.Tally.Select(t => t.Votes));
        Assert.Equal(1, record.BallotsCounted);
        var checks = ElectionVerifier.Verify(new ElectionRecord("small", "t", Rules.Version, [record]), Rules);
        Assert.All(checks, c => Assert.True(c.Passed, c.Detail));
        // The verifier names the superseded ballot.
        Assert.Contains("entry 1 (FR) by entry 2", checks.Single(c => c.Check == "one ballot per credential").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Cast_FromAMemberWithoutVotingRights_IsRefused()
    {
        Small(out var m, out var round);
        var result = round.Cast(BallotEncryptor.Encrypt(m, round.JointKey, "XS", "a"));
        Assert.Contains("suspended", result.Error!.Message, StringComparison.Ordinal);
    }

    private static Election Small(out RoundManifest manifest, out BallotRound round)
    {
        VoterEntry[] roll = [new("FR", true), new("DE", true), new("BR", true), new("JP", true), new("KE", true), new("XS", false)];
        var election = new Election("small", roll);
        manifest = election.Manifest("vp", Post.VicePresident, null, 1, new CandidateEntry("a", "A", "AR"), new CandidateEntry("b", "B", "EG"));
        round = election.Open(manifest);
        return election;
    }

    // A small honest record to tamper with: FR, DE, BR vote a; JP votes b; KE votes blank.
    private static (ElectionRecord Record, Election Election, RoundManifest Manifest) Honest()
    {
        var election = Small(out var m, out _);
        election.Run(m, [("FR", "a"), ("DE", "a"), ("BR", "a"), ("JP", "b"), ("KE", null)]);
        var record = election.Record();
        Assert.All(ElectionVerifier.Verify(record, Rules), c => Assert.True(c.Passed, c.Detail));
        return (record, election, m);
    }

    private static ElectionRecord WithRound(ElectionRecord r, Func<RoundRecord, RoundRecord> change) => r with { Rounds = [change(r.Rounds[0])] };

    // Re-chains the board after a change so that only the tampering under test is left to detect.
    private static List<BoardEntry> Rechain(string baseHash, IEnumerable<EncryptedBallot> ballots)
    {
        var board = new List<BoardEntry>();
        foreach (var b in ballots)
        {
            var hash = b.Hash();
            board.Add(new BoardEntry(board.Count + 1, b, hash, BoardEntry.Chain(board.Count == 0 ? baseHash : board[^1].TrackingCode, hash)));
        }

        return board;
    }

    private static void AssertDetected(ElectionRecord tampered, string check, string? detail = null)
    {
        var failed = ElectionVerifier.Verify(tampered, Rules).Where(c => !c.Passed).ToList();
        Assert.Contains(failed, c => c.Check == check && (detail is null || c.Detail.Contains(detail, StringComparison.Ordinal)));
    }

    [Fact]
    public void Tamper_AlteredBallot_IsDetected()
    {
        var (record, _, _) = Honest();
        // Swap in JP's encrypted selection for FR's first one: well-formed, but the proof and the chain no longer hold.
        var tampered = WithRound(record, r =>
        {
            var fr = r.Board[0].Ballot;
            var altered = fr with { Selections = [fr.Selections[0] with { Ciphertext = r.Board[3].Ballot.Selections[0].Ciphertext }, fr.Selections[1]] };
            return r with { Board = [r.Board[0] with { Ballot = altered }, .. r.Board.Skip(1)] };
        });
        AssertDetected(tampered, "board chain");
        AssertDetected(tampered, "ballots", "entry 1 (FR)");
    }

    [Fact]
    public void Tamper_AlteredTally_IsDetected()
    {
        var (record, _, _) = Honest();
        var tampered = WithRound(record, r => r with { Tally = [r.Tally[0], r.Tally[1] with { Votes = r.Tally[1].Votes + 2 }] });
        AssertDetected(tampered, "tally", "decrypt to another count");
    }

    [Fact]
    public void Tamper_AlteredBoardEntry_IsDetected()
    {
        var (record, _, _) = Honest();
        var tampered = WithRound(record, r => r with { Board = [.. r.Board.Take(2), r.Board[2] with { TrackingCode = new string('0', 64) }, .. r.Board.Skip(3)] });
        AssertDetected(tampered, "board chain");
    }

    [Fact]
    public void Tamper_RemovedBallot_IsDetected()
    {
        var (record, _, _) = Honest();
        var tampered = WithRound(record, r => r with { Board = Rechain(r.BaseHash, r.Board.Skip(1).Select(e => e.Ballot)) });
        AssertDetected(tampered, "one ballot per credential");
    }

    [Fact]
    public void Tamper_ProofFromAnotherElection_IsDetected()
    {
        var (record, _, m) = Honest();
        // Another election with the same guardians' key and the same round name: FR's ballot there carries proofs bound to its base hash.
        var other = m with { ElectionId = "another-election" };
        var round = new BallotRound(other, record.Rounds[0].Guardians);
        var foreign = BallotEncryptor.Encrypt(other, round.JointKey, "FR", "a");
        var tampered = WithRound(record, r => r with { Board = Rechain(r.BaseHash, [foreign, .. r.Board.Skip(1).Select(e => e.Ballot)]) });
        AssertDetected(tampered, "ballots", "proof that the selection for a is 0 or 1 fails");
    }

    [Fact]
    public void Tamper_BallotFromAMemberWithoutVotingRights_IsDetected()
    {
        var (record, _, m) = Honest();
        var key = Group.Point(record.Rounds[0].JointKey);
        var intruder = BallotEncryptor.Encrypt(m, key, "XS", "b");
        var tampered = WithRound(record, r => r with { Board = Rechain(r.BaseHash, [.. r.Board.Select(e => e.Ballot), intruder]) });
        AssertDetected(tampered, "ballots", "XS's voting rights are suspended");
    }

    [Fact]
    public void Tamper_DoubleVote_IsDetected()
    {
        var (record, _, m) = Honest();
        var key = Group.Point(record.Rounds[0].JointKey);
        var second = BallotEncryptor.Encrypt(m, key, "JP", "b");
        var tampered = WithRound(record, r => r with { Board = Rechain(r.BaseHash, [.. r.Board.Select(e => e.Ballot), second]) });
        AssertDetected(tampered, "ballots", "JP has already voted");
    }

    [Fact]
    public void Tamper_DecisionAgainstTheRules_IsDetected()
    {
        var (record, _, _) = Honest();
        var tampered = WithRound(record, r => r with { Decision = r.Decision with { Elected = "b" } });
        AssertDetected(tampered, "decision");
    }

    [Fact]
    public void Challenge_RevealsTheChoice_TheEncryptionIsCheckedAndALieIsCaught()
    {
        var (record, _, m) = Honest();
        var key = Group.Point(record.Rounds[0].JointKey);
        var (ballot, nonces) = BallotEncryptor.EncryptRevealable(m, key, "DE", "b");
        Assert.Null(new ChallengedBallot(ballot, "b", nonces).Check(m, record.Rounds[0].BaseHash, key));
        // A booth that encrypted "b" but told the voter "a" is caught when the voter challenges.
        Assert.Contains("does not hold the revealed choice", new ChallengedBallot(ballot, "a", nonces).Check(m, record.Rounds[0].BaseHash, key), StringComparison.Ordinal);
        Assert.NotNull(new ChallengedBallot(ballot, "b", [nonces[1], nonces[0]]).Check(m, record.Rounds[0].BaseHash, key));

        var withChallenge = WithRound(record, r => r with { Challenged = [new ChallengedBallot(ballot, "b", nonces).Publish()] });
        Assert.All(ElectionVerifier.Verify(withChallenge, Rules), c => Assert.True(c.Passed, c.Detail));
        AssertDetected(WithRound(record, r => r with { Challenged = [new ChallengedBallot(ballot, "a", nonces).Publish()] }), "challenged ballots");
    }

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void Challenge_AsPublished_NamesNoMemberAndCarriesNoMemberBoundProof()
    {
        var (record, _, m) = Honest();
        var key = Group.Point(record.Rounds[0].JointKey);
        var (ballot, nonces) = BallotEncryptor.EncryptRevealable(m, key, "DE", "b", supersedes: record.Rounds[0].Board[1].TrackingCode);
        var published = new ChallengedBallot(ballot, "b", nonces).Publish();

        var json = System.Text.Json.JsonSerializer.Serialize(published, WebJson);
        Assert.DoesNotContain("DE", json, StringComparison.Ordinal);
        Assert.DoesNotContain("voter", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("proof", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(record.Rounds[0].Board[1].TrackingCode, json, StringComparison.Ordinal);
        Assert.Equal("b", published.Choice);
        Assert.Equal(PublishedChallenge.CodeOf(m.ContestId, published.Selections), published.Code);
        Assert.Null(published.Check(m, key, record.Rounds[0].Board));
    }

    [Fact]
    public void Challenge_WithAForgedCode_IsDetected()
    {
        var (record, _, m) = Honest();
        var key = Group.Point(record.Rounds[0].JointKey);
        var (ballot, nonces) = BallotEncryptor.EncryptRevealable(m, key, "DE", "b");
        var forged = new ChallengedBallot(ballot, "b", nonces).Publish() with { Code = new string('0', 64) };
        AssertDetected(WithRound(record, r => r with { Challenged = [forged] }), "challenged ballots", "code");
    }

    [Fact]
    public void Challenge_WhoseEncryptionWasCast_IsDetected()
    {
        // Germany's counted ballot is replaced by one whose nonces are then published as a challenge: an opened vote.
        var (record, _, m) = Honest();
        var round = record.Rounds[0];
        var key = Group.Point(round.JointKey);
        var (ballot, nonces) = BallotEncryptor.EncryptRevealable(m, key, "DE", "a");
        var board = Rechain(round.BaseHash, round.Board.Select(e => e.Ballot.Voter == "DE" ? ballot : e.Ballot));
        var published = new ChallengedBallot(ballot, "a", nonces).Publish();
        Assert.StartsWith("conflict:", published.Check(m, key, board), StringComparison.Ordinal);
        Assert.True(published.SharesAnEncryptionWith(ballot));
        AssertDetected(WithRound(record, r => r with { Board = board, Challenged = [published] }), "challenged ballots", "was cast");
    }
}
