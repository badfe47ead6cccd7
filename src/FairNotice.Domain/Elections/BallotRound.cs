using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace FairNotice.Domain.Elections;

/// <summary>One ballot round on its public board: accepts valid ballots from members with voting rights, once each
/// (a later ballot replaces the earlier one only if it names its tracking code), then closes and is tallied
/// homomorphically; only the sums are decrypted.</summary>
public sealed class BallotRound
{
    private readonly List<BoardEntry> _board = [];
    private readonly IReadOnlyList<GuardianRecord> _guardians;

    /// <summary>Opens a round.</summary>
    /// <param name="manifest">The round.</param>
    /// <param name="guardians">The guardians' public records from the key ceremony.</param>
    public BallotRound(RoundManifest manifest, IReadOnlyList<GuardianRecord> guardians)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        _guardians = guardians ?? throw new ArgumentNullException(nameof(guardians));
        BaseHash = manifest.BaseHash();
        JointKey = KeyCeremony.JointKey(guardians);
    }

    /// <summary>The round.</summary>
    public RoundManifest Manifest { get; }

    /// <summary>Hash of the manifest.</summary>
    public string BaseHash { get; }

    /// <summary>The election key.</summary>
    public ECPoint JointKey { get; }

    /// <summary>The board so far.</summary>
    public IReadOnlyList<BoardEntry> Board => _board;

    /// <summary>True once closed.</summary>
    public bool Closed { get; private set; }

    /// <summary>Members that have a ballot on the board (who voted — never how).</summary>
    public IReadOnlySet<string> Voted => _board.Select(e => e.Ballot.Voter).ToHashSet(StringComparer.Ordinal);

    /// <summary>Puts a ballot on the board after checking it; returns the entry with its tracking code.</summary>
    /// <param name="ballot">The encrypted ballot.</param>
    public Result<BoardEntry> Cast(EncryptedBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        if (Closed)
        {
            return new ConflictError("ballot.closed", "The round is closed.");
        }

        var problem = ElectionVerifier.CheckBallot(Manifest, BaseHash, JointKey, ballot, _board);
        if (problem is not null)
        {
            return problem.StartsWith("conflict:", StringComparison.Ordinal)
                ? new ConflictError("ballot.rejected", problem["conflict:".Length..])
                : new InvalidError("ballot.invalid", problem, new Dictionary<string, string[]> { ["ballot"] = [problem] });
        }

        var entry = BoardEntry.Next(_board, BaseHash, ballot);
        _board.Add(entry);
        return entry;
    }

    /// <summary>Closes the round: no more ballots.</summary>
    public void Close() => Closed = true;

    /// <summary>Tallies: sums the counted ballots per candidate, has the guardians present decrypt the sums with proofs,
    /// and decides under the rules.</summary>
    /// <param name="present">The guardians taking part (at least k).</param>
    /// <param name="rules">The rules.</param>
    public RoundRecord Tally(IReadOnlyList<Guardian> present, ElectionRules rules)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(rules);
        if (!Closed)
        {
            throw new InvalidOperationException("Close the round before the tally.");
        }

        if (present.Select(g => g.Index).Distinct().Count() < Manifest.Quorum)
        {
            throw new InvalidOperationException($"At least {Manifest.Quorum} guardians must take part in the decryption.");
        }

        var sums = Sums(Manifest, _board);
        var shares = sums.Select((sum, i) => (IReadOnlyList<DecryptionShare>)[.. present.Select(g =>
            g.Decrypt(Group.Point(sum.Alpha), _guardians, TallyContext(BaseHash, Manifest.Candidates[i].Id)))]).ToList();
        return Record(Manifest, _guardians, _board, shares, rules);
    }

    /// <summary>Each candidate's encrypted total over the counted ballots, in the manifest's order.</summary>
    /// <param name="manifest">The round.</param>
    /// <param name="board">Its board.</param>
    public static IReadOnlyList<Ciphertext> Sums(RoundManifest manifest, IReadOnlyList<BoardEntry> board)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var counted = Counted(board);
        return [.. manifest.Candidates.Select((_, i) => counted.Aggregate(Ciphertext.Zero, (s, b) => s.Add(b.Selections[i].Ciphertext)))];
    }

    /// <summary>The round's record from the guardians' decryption shares of each candidate's total (at least k each):
    /// the counts, the blank ballots and the decision under the rules.</summary>
    /// <param name="manifest">The round.</param>
    /// <param name="guardians">Every guardian's public record.</param>
    /// <param name="board">The closed board.</param>
    /// <param name="shares">Per candidate, in the manifest's order, the shares to combine.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="challenged">Challenged ballots to publish with it (in the order of their codes).</param>
    public static RoundRecord Record(RoundManifest manifest, IReadOnlyList<GuardianRecord> guardians, IReadOnlyList<BoardEntry> board,
        IReadOnlyList<IReadOnlyList<DecryptionShare>> shares, ElectionRules rules, IReadOnlyList<PublishedChallenge>? challenged = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(shares);
        var counted = Counted(board).Count;
        var tally = Sums(manifest, board).Select((sum, i) => new TallyEntry(manifest.Candidates[i].Id, sum, shares[i],
            KeyCeremony.Combine(Group.Point(sum.Beta), shares[i], counted) ?? throw new InvalidOperationException("The decrypted total is out of range: the tally is inconsistent."))).ToList();
        var blank = counted - tally.Sum(t => t.Votes);
        var decision = Majority.Decide(rules, manifest.Post, manifest.Ballot, tally.ToDictionary(t => t.CandidateId, t => t.Votes, StringComparer.Ordinal), blank);
        return new RoundRecord(manifest, manifest.BaseHash(), guardians, Group.Hex(KeyCeremony.JointKey(guardians)), [.. board], tally, counted, blank, decision,
            challenged is null ? null : [.. challenged.OrderBy(c => c.Code, StringComparer.Ordinal)]);
    }

    /// <summary>The ballots that count: each member's last ballot.</summary>
    /// <param name="board">The board.</param>
    public static IReadOnlyList<EncryptedBallot> Counted(IReadOnlyList<BoardEntry> board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return [.. board.GroupBy(e => e.Ballot.Voter, StringComparer.Ordinal).Select(g => g.OrderBy(e => e.Seq).Last().Ballot)];
    }

    /// <summary>The context a decryption share is bound to.</summary>
    /// <param name="baseHash">The base hash.</param>
    /// <param name="candidateId">The candidate.</param>
    public static string TallyContext(string baseHash, string candidateId) => $"{baseHash}|tally|{candidateId}";
}
