using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace FairNotice.Domain.Elections;

/// <summary>One check of the verifier.</summary>
/// <param name="Round">The round's contest id, or "election".</param>
/// <param name="Check">What was checked.</param>
/// <param name="Passed">The verdict.</param>
/// <param name="Detail">What was found.</param>
/// <param name="Rule">The equation or rule the check tests (printed by the verifier, with the ElectionGuard 2.0 step it matches).</param>
public sealed record VerificationCheck(string Round, string Check, bool Passed, string Detail, string Rule = "");

/// <summary>Re-checks an election record from the record alone: the manifests' hashes, the guardians' proofs and the
/// joint key, the board's chain, every ballot's proofs and eligibility, one counted ballot per member, the homomorphic
/// sums, every decryption share's proof, the decrypted counts, the decisions under the rules, the order of
/// successive ballots, and every challenged ballot (it holds its revealed choice and none of its encryptions was cast).</summary>
public static class ElectionVerifier
{
    /// <summary>Every check; the record is valid when all pass.</summary>
    /// <param name="record">The record.</param>
    /// <param name="rules">The rules the decisions must follow.</param>
    /// <param name="expectedCredentialListHash">The credential list hash the credential authority announced outside the
    /// server, if the caller has it: every round's roll must carry exactly that list.</param>
    public static IReadOnlyList<VerificationCheck> Verify(ElectionRecord record, ElectionRules rules, string? expectedCredentialListHash = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(rules);
        var checks = new List<VerificationCheck>();
        void Add(string round, string check, bool ok, string detail) => checks.Add(new VerificationCheck(round, check, ok, detail, VerifierRules.Of(check)));
        Add("election", "rules version", record.RulesVersion == rules.Version, $"record {record.RulesVersion}, verifier {rules.Version}");
        var listHashes = record.Rounds.Select(r => r.Manifest.CredentialListHash).Distinct(StringComparer.Ordinal).ToList();
        Add("election", "credential list", listHashes.Count <= 1 && listHashes.All(h => h is not null)
                && (expectedCredentialListHash is null || listHashes.All(h => h == expectedCredentialListHash)),
            listHashes.Any(h => h is null) ? "a round's roll carries no credential list: nothing shows that each ballot came from its member"
            : listHashes.Count > 1 ? $"the rounds carry {listHashes.Count} different credential lists"
            : expectedCredentialListHash is null ? $"one list for every round, hash {listHashes.FirstOrDefault()} (compare it with the credential authority's announcement)"
            : listHashes.All(h => h == expectedCredentialListHash) ? $"every round carries the announced list {expectedCredentialListHash}"
            : $"the record's list {listHashes.FirstOrDefault()} is not the announced {expectedCredentialListHash}");
        foreach (var round in record.Rounds)
        {
            var id = round.Manifest.ContestId;
            if (Shape(round, rules) is { } malformed)
            {
                Add(id, "well-formed", false, malformed);
                continue;
            }

            try
            {
                VerifyRound(record, round, rules, (c, ok, d) => Add(id, c, ok, d));
            }
            catch (FormatException e)
            {
                Add(id, "well-formed", false, e.Message);
            }
        }

        // Those elected at this session: all from different countries (Constitution Art. 15), the President and the
        // Vice-Presidents from different regions (Art. 16). Holders continuing from earlier sessions are not in the record.
        var elected = ElectionLifecycle.ElectedHoldersOrEmpty(record.Rounds);
        var twice = elected.GroupBy(h => h.Member, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var presidency = elected.Where(h => h.Post is Post.President or Post.VicePresident).GroupBy(h => Eligibility.RegionOf(h.Member), StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Add("election", "composition", twice.Count == 0 && presidency.Count == 0, twice.Count > 0 ? $"two seats for {string.Join(", ", twice)}"
            : presidency.Count > 0 ? $"two presidency posts for {string.Join(", ", presidency)}"
            : $"{elected.Count} elected, each from a different member; the President and Vice-Presidents from different regions");

        // Successive ballots: ballot n+1 on a seat only after ballot n elected nobody; nothing after an election.
        foreach (var seat in record.Rounds.GroupBy(r => (r.Manifest.Post, r.Manifest.Region, Seat: r.Manifest.ContestId.Split("/ballot-")[0])))
        {
            var ordered = seat.ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var expected = i + 1;
                var ok = ordered[i].Manifest.Ballot == expected && (i == 0 || ordered[i - 1].Decision.Elected is null);
                Add(ordered[i].Manifest.ContestId, "successive ballots", ok,
                    ok ? $"ballot {expected} of {seat.Key.Seat}" : $"ballot {ordered[i].Manifest.Ballot} follows {(i == 0 ? "nothing" : $"a ballot that elected {ordered[i - 1].Decision.Elected}")}");
            }
        }

        return checks;
    }

    private static void VerifyRound(ElectionRecord record, RoundRecord round, ElectionRules rules, Action<string, bool, string> add)
    {
        var m = round.Manifest;
        add("manifest", m.ElectionId == record.ElectionId && round.BaseHash == m.BaseHash(), $"base hash {round.BaseHash[..Math.Min(12, round.BaseHash.Length)]}…");

        var guardiansOk = round.Guardians.Count == m.Guardians && round.Guardians.Select(g => g.Index).OrderBy(i => i).SequenceEqual(Enumerable.Range(1, m.Guardians))
            && round.Guardians.All(g => g.Commitments.Count == m.Quorum && g.Proofs.Count == m.Quorum
                && g.Commitments.Select((c, j) => g.Proofs[j].Verify(Group.Point(c), $"{round.BaseHashOfCeremony()}|guardian {g.Index}|coefficient {j}")).All(x => x));
        add("guardians' proofs", guardiansOk, $"{round.Guardians.Count} guardians, quorum {m.Quorum}");
        var key = KeyCeremony.JointKey(round.Guardians);
        add("joint key", Group.Hex(key) == round.JointKey, "K = Σ K_i0");

        // The chain is sequential; each ballot's proofs and signature are independent of the others, so they are checked
        // on every core (a 1,000-ballot board is mostly proof checks). Results are reported in board order.
        var chainOk = true;
        var ballotProblems = new List<string>();
        var board = round.Board;
        for (var i = 0; i < board.Count; i++)
        {
            var e = board[i];
            var expectedCode = BoardEntry.Chain(i == 0 ? round.BaseHash : board[i - 1].TrackingCode, e.BallotHash);
            if (e.Seq != i + 1 || e.BallotHash != e.Ballot.Hash() || e.TrackingCode != expectedCode)
            {
                chainOk = false;
                ballotProblems.Add($"entry {e.Seq}: broken chain or altered ballot");
            }
        }

        var perBallot = new string?[board.Count];
        var signed = new bool[board.Count];
        try
        {
            Parallel.For(0, board.Count, i =>
            {
                var e = board[i];
                perBallot[i] = CheckBallot(m, round.BaseHash, key, e.Ballot, new BoardPrefix(board, i), requireSignature: false);
                signed[i] = SignedByItsMember(m, round.BaseHash, e.Ballot);
            });
        }
        catch (AggregateException failure)
        {
            // As if checked one by one: a malformed ballot is the record's "well-formed" failure, anything else a bug.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }
        ballotProblems.AddRange(perBallot.Select((problem, i) => (problem, e: board[i])).Where(x => x.problem is not null)
            .Select(x => $"entry {x.e.Seq} ({x.e.Ballot.Voter}): {x.problem!.Replace("conflict:", "", StringComparison.Ordinal)}"));

        add("board chain", chainOk, $"{round.Board.Count} entries");
        add("ballots", ballotProblems.Count == 0, ballotProblems.Count == 0 ? "every proof valid, every voter entitled, one counted ballot per member" : string.Join("; ", ballotProblems));
        var credentials = CredentialProblem(m);
        add("credentials", credentials is null, credentials ?? $"list {m.CredentialListHash![..12]}…: {m.Voters.Count(v => v.Credential is not null)} credentials, every member with a vote holds one, no two alike");
        var unsigned = board.Where((_, i) => !signed[i]).Select(e => $"entry {e.Seq} ({e.Ballot.Voter})").ToList();
        add("ballot signatures", credentials is null && unsigned.Count == 0, credentials is not null ? "no credential list to check the signatures against"
            : unsigned.Count == 0 ? $"all {round.Board.Count} ballots signed with their member's credential"
            : $"not signed with the member's published credential (a ballot the member did not cast): {string.Join(", ", unsigned)}");

        var counted = BallotRound.Counted(round.Board);
        var superseded = round.Board.GroupBy(e => e.Ballot.Voter, StringComparer.Ordinal).SelectMany(g => g.OrderBy(e => e.Seq).SkipLast(1)
            .Select(e => $"entry {e.Seq} ({e.Ballot.Voter}) by entry {g.Where(x => x.Seq > e.Seq).Min(x => x.Seq)}")).ToList();
        add("one ballot per credential", counted.Count == round.BallotsCounted, $"{counted.Count} counted (the last of each credential), record says {round.BallotsCounted}"
            + (superseded.Count == 0 ? "; none superseded" : $"; superseded, not counted: {string.Join(", ", superseded)}"));
        var tallyProblems = new List<string>();
        // A record is untrusted: duplicate guardians or candidates, or a ballot with too few selections, fail a check
        // (guardians' proofs, tally, ballots) instead of throwing here.
        var publicShares = round.Guardians.DistinctBy(g => g.Index).ToDictionary(g => g.Index, g => KeyCeremony.PublicShare(round.Guardians, g.Index));
        if (counted.Any(b => b.Selections.Count != m.Candidates.Count))
        {
            tallyProblems.Add("a counted ballot does not hold one selection per candidate");
        }
        else if (round.Tally.Select(t => t.CandidateId).SequenceEqual(m.Candidates.Select(c => c.Id)))
        {
            for (var i = 0; i < m.Candidates.Count; i++)
            {
                var t = round.Tally[i];
                var sum = counted.Aggregate(Ciphertext.Zero, (s, b) => s.Add(b.Selections[i].Ciphertext));
                if (sum != t.Sum)
                {
                    tallyProblems.Add($"{t.CandidateId}: the encrypted total is not the sum of the counted ballots");
                    continue;
                }

                var alpha = Group.Point(sum.Alpha);
                var distinct = t.Shares.Select(s => s.Guardian).Distinct().Count() == t.Shares.Count;
                if (!distinct || t.Shares.Count < m.Quorum)
                {
                    tallyProblems.Add($"{t.CandidateId}: fewer than {m.Quorum} distinct guardians decrypted");
                    continue;
                }

                foreach (var s in t.Shares.Where(s => !publicShares.ContainsKey(s.Guardian)
                             || !s.Proof.Verify(alpha, Group.Point(s.Share), publicShares[s.Guardian], BallotRound.TallyContext(round.BaseHash, t.CandidateId))))
                {
                    tallyProblems.Add($"{t.CandidateId}: guardian {s.Guardian}'s decryption share fails its proof");
                }

                if (KeyCeremony.Combine(Group.Point(sum.Beta), t.Shares, counted.Count) != t.Votes)
                {
                    tallyProblems.Add($"{t.CandidateId}: the shares decrypt to another count than the {t.Votes} published");
                }
            }
        }
        else
        {
            tallyProblems.Add("the tally does not list the manifest's candidates in order");
        }

        add("tally", tallyProblems.Count == 0, tallyProblems.Count == 0 ? string.Join(", ", round.Tally.Select(t => $"{t.CandidateId} {t.Votes}")) : string.Join("; ", tallyProblems));
        var votes = round.Tally.DistinctBy(t => t.CandidateId, StringComparer.Ordinal).ToDictionary(t => t.CandidateId, t => t.Votes, StringComparer.Ordinal);
        add("blank ballots", round.Blank == counted.Count - votes.Values.Sum() && round.Blank >= 0, $"{round.Blank} blank");
        var decision = Majority.Decide(rules, m.Post, m.Ballot, votes, round.Blank);
        add("decision", decision == round.Decision, decision.Explanation);
        var challenged = (round.Challenged ?? []).Select(c => (c, Problem: c.Check(m, key, round.Board))).Where(x => x.Problem is not null).ToList();
        add("challenged ballots", challenged.Count == 0, challenged.Count == 0
            ? $"{(round.Challenged ?? []).Count} challenged ballot(s), each holding exactly its revealed choice, none on the board so none counted"
            : string.Join("; ", challenged.Select(x => $"challenge {x.c.Code?[..Math.Min(12, x.c.Code.Length)]}…: {x.Problem!.Replace("conflict:", "", StringComparison.Ordinal)}")));
    }

    // The board before entry i, without copying it.
    private sealed class BoardPrefix(IReadOnlyList<BoardEntry> board, int count) : IReadOnlyList<BoardEntry>
    {
        public BoardEntry this[int index] => index < count ? board[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<BoardEntry> GetEnumerator() => board.Take(count).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // A record is untrusted input: its counts are checked before any proof is, so that a list too short for the manifest
    // fails a check instead of throwing out of the verifier (found by fuzzing, docs/fuzzing.md).
    private static string? Shape(RoundRecord round, ElectionRules rules)
    {
        var m = round.Manifest;
        if (m.Quorum < 1 || m.Guardians < m.Quorum || m.Candidates.Count == 0 || m.Limit < 0 || m.Ballot < 1 || !rules.Posts.Any(p => p.Post == m.Post))
        {
            return "the manifest's post, ballot number, guardians, quorum, candidates or limit are out of range";
        }

        // No count can pass the roll, one counted ballot per member (and sums of larger ones would overflow); whether
        // the counts are right is for the checks below.
        var roll = m.Voters.Count;
        if (round.Tally.Any(t => t.Votes < 0 || t.Votes > roll) || round.Blank < 0 || round.Blank > roll || round.BallotsCounted < 0 || round.BallotsCounted > roll)
        {
            return "a count is negative or larger than the roll";
        }

        if (round.Guardians.Count == 0 || round.Guardians.Any(g => g.Commitments.Count != m.Quorum || g.Proofs.Count != m.Quorum))
        {
            return "every guardian publishes one commitment and one proof per coefficient of the quorum";
        }

        if (round.Board.Any(e => e.Ballot.Selections.Count != m.Candidates.Count))
        {
            return "a ballot on the board does not hold one selection per candidate";
        }

        return round.Tally.Count != m.Candidates.Count ? "the tally does not hold one entry per candidate" : null;
    }

    // The key ceremony is bound to the election's first manifest of the same guardians: rounds share one ceremony, so
    // the guardians' proofs carry the election id rather than each round's base hash.
    private static string BaseHashOfCeremony(this RoundRecord round) => CeremonyContext(round.Manifest.ElectionId);

    /// <summary>The context the key ceremony's proofs are bound to.</summary>
    /// <param name="electionId">The election.</param>
    public static string CeremonyContext(string electionId) => $"key ceremony|{electionId}";

    /// <summary>True when the ballot carries a valid signature under its member's credential on the roll.</summary>
    /// <param name="m">The round.</param>
    /// <param name="baseHash">Its base hash.</param>
    /// <param name="b">The ballot.</param>
    public static bool SignedByItsMember(RoundManifest m, string baseHash, EncryptedBallot b)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(b);
        return m.Voters.FirstOrDefault(v => v.Member == b.Voter)?.Credential is { } credential && BallotSignature.Verify(b, baseHash, credential);
    }

    // The roll's credentials: a list is published, the roll carries exactly it, every member with a vote holds a key, no two alike.
    private static string? CredentialProblem(RoundManifest m)
    {
        if (m.CredentialListHash is null)
        {
            return "the roll carries no credential list: the server alone vouches that each ballot came from its member";
        }

        var list = m.Credentials();
        if (list.Hash() != m.CredentialListHash)
        {
            return "the roll's credentials are not the list whose hash the manifest names";
        }

        if (m.Voters.FirstOrDefault(v => v.CanVote && v.Credential is null) is { } bare)
        {
            return $"{bare.Member} may vote but holds no credential";
        }

        return list.Problem(m.ElectionId);
    }

    /// <summary>Why a ballot may not go on the board (null when it may); "conflict:" prefixes double votes and the like.</summary>
    /// <param name="m">The round.</param>
    /// <param name="baseHash">Its base hash.</param>
    /// <param name="key">The joint key.</param>
    /// <param name="b">The ballot.</param>
    /// <param name="earlier">The board before it.</param>
    /// <param name="requireSignature">False for a challenged ballot, which is never cast (and for the verifier, which checks signatures apart).</param>
    public static string? CheckBallot(RoundManifest m, string baseHash, ECPoint key, EncryptedBallot b, IReadOnlyList<BoardEntry> earlier, bool requireSignature = true)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(earlier);
        if (b.ContestId != m.ContestId)
        {
            return "the ballot is for another round";
        }

        var voter = m.Voters.FirstOrDefault(v => v.Member == b.Voter);
        if (voter is null)
        {
            return "the voter is not on the roll";
        }

        if (!voter.CanVote)
        {
            return $"{b.Voter}'s voting rights are suspended";
        }

        if (requireSignature && m.CredentialListHash is not null && !SignedByItsMember(m, baseHash, b))
        {
            return b.Signature is null
                ? $"the ballot is not signed: sign it with {b.Voter}'s credential from the credential authority"
                : $"the ballot's signature does not verify under {b.Voter}'s published credential";
        }

        var mine = earlier.Where(e => e.Ballot.Voter == b.Voter).ToList();
        if (mine.Count > 0 && b.Supersedes != mine[^1].TrackingCode)
        {
            return $"conflict:{b.Voter} has already voted in this round; a new ballot must name the tracking code of the one it replaces";
        }

        if (mine.Count == 0 && b.Supersedes is not null)
        {
            return "the ballot replaces a ballot that is not on the board";
        }

        if (!b.Selections.Select(s => s.CandidateId).SequenceEqual(m.Candidates.Select(c => c.Id)))
        {
            return "the selections do not match the candidates";
        }

        try
        {
            foreach (var s in b.Selections)
            {
                if (!s.Proof.Verify(s.Ciphertext, 1, key, EncryptedBallot.Context(baseHash, m.ContestId, b.Voter, s.CandidateId)))
                {
                    return $"the proof that the selection for {s.CandidateId} is 0 or 1 fails";
                }
            }

            if (!b.ContestProof.Verify(b.Sum(), m.Limit, key, EncryptedBallot.Context(baseHash, m.ContestId, b.Voter, "contest")))
            {
                return $"the proof that at most {m.Limit} selection(s) are made fails";
            }
        }
        catch (FormatException e)
        {
            return $"malformed: {e.Message}";
        }

        return null;
    }
}
