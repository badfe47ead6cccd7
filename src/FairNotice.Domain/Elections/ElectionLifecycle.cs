using FairNotice.Domain.Members;

namespace FairNotice.Domain.Elections;

/// <summary>Where an election stands.</summary>
public enum ElectionStatus
{
    /// <summary>Members propose candidates until the deadline.</summary>
    Candidacies,
    /// <summary>At least one ballot was opened.</summary>
    Voting,
    /// <summary>The results are proclaimed and the record archived; nothing more happens.</summary>
    Proclaimed,
}

/// <summary>Where one ballot (round) stands.</summary>
public enum RoundStatus
{
    /// <summary>Delegations cast or challenge ballots.</summary>
    Open,
    /// <summary>No more ballots; the guardians decrypt the sums.</summary>
    Closed,
    /// <summary>Tallied and decided; its record is written once.</summary>
    Tallied,
}

/// <summary>A candidacy the officer validated, as the next ballot's candidate list needs it.</summary>
/// <param name="CandidateId">The candidate's id on the ballot.</param>
/// <param name="Person">The delegate proposed.</param>
/// <param name="Member">The proposing member.</param>
public sealed record ValidCandidacy(string CandidateId, string Person, string Member);

/// <summary>The facts opening a ballot depends on.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="CandidacyDeadline">When candidacies closed.</param>
/// <param name="GuardiansSet">True once the key ceremony's public records are in.</param>
/// <param name="GuardianCount">n guardians.</param>
/// <param name="Quorum">k of them decrypt.</param>
/// <param name="SeatsDue">The seats due at this session.</param>
/// <param name="Suspended">Members without voting rights.</param>
/// <param name="Continuing">Holders who stay on the Committee.</param>
/// <param name="Outgoing">Holders who leave it.</param>
/// <param name="Rounds">Every ballot so far, in order: its status, and its record once tallied.</param>
/// <param name="Candidacies">Valid candidacies for the seat asked, in order of submission.</param>
/// <param name="Credentials">The credential authority's published list, once the officer uploaded it.</param>
public sealed record BallotFacts(string ElectionId, string Title, ElectionStatus Status, DateTimeOffset CandidacyDeadline, bool GuardiansSet, int GuardianCount, int Quorum,
    IReadOnlyList<SeatDue> SeatsDue, IReadOnlySet<string> Suspended, IReadOnlyList<Holder> Continuing, IReadOnlyList<Holder> Outgoing,
    IReadOnlyList<(RoundStatus Status, RoundRecord? Record)> Rounds, IReadOnlyList<ValidCandidacy> Candidacies, CredentialList? Credentials = null);

/// <summary>The election lifecycle as pure decisions: candidacies until the deadline, one ballot at a time per seat until
/// it is filled, proclamation once every ballot is tallied.</summary>
/// <remarks>The election officer runs it; guardians' secrets never reach it. Error codes are stable API values.</remarks>
public static class ElectionLifecycle
{
    /// <summary>A candidacy is accepted while the election takes candidacies and the deadline has not passed.</summary>
    /// <param name="status">The election's status.</param>
    /// <param name="deadline">The candidacy deadline.</param>
    /// <param name="now">The caller's clock.</param>
    public static Error? AcceptCandidacy(ElectionStatus status, DateTimeOffset deadline, DateTimeOffset now) =>
        status != ElectionStatus.Candidacies || now > deadline
            ? new ConflictError("election.candidacies_closed", $"Candidacies closed on {deadline:yyyy-MM-dd HH:mm} UTC.")
            : null;

    /// <summary>Opens the next ballot for a seat, or says why not: guardians set, candidacies closed and not yet proclaimed,
    /// no ballot running, a seat of that kind still to fill, and at least one valid candidate still eligible.</summary>
    /// <param name="facts">The election as it stands.</param>
    /// <param name="post">The post asked.</param>
    /// <param name="region">The region, for a Delegate.</param>
    /// <param name="rules">The Constitution's rules.</param>
    /// <param name="now">The caller's clock.</param>
    /// <returns>The new ballot's manifest: the candidates still eligible, every member on the roll (suspended ones without a
    /// vote) with its public credential, and the credential list's hash.</returns>
    /// <remarks>A seat's ballots are numbered: a further ballot follows one that elected nobody.</remarks>
    public static Result<RoundManifest> OpenBallot(BallotFacts facts, Post? post, string? region, ElectionRules rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        if (!facts.GuardiansSet)
        {
            return new ConflictError("election.no_guardians", "Set up the guardians (key ceremony) before opening a ballot.");
        }

        // Without the authority's credentials only the server would vouch that a ballot came from its member.
        if (facts.Credentials is null)
        {
            return new ConflictError("election.no_credentials",
                "Publish the credential authority's list (`fairnotice election credentials`, run apart from the server) before opening a ballot.");
        }

        if (now <= facts.CandidacyDeadline || facts.Status == ElectionStatus.Proclaimed)
        {
            return new ConflictError("election.not_votable", facts.Status == ElectionStatus.Proclaimed ? "The results are proclaimed." : "Candidacies are still open.");
        }

        if (facts.Rounds.Any(x => x.Status != RoundStatus.Tallied))
        {
            return new ConflictError("election.round_running", "Finish the current ballot (close and tally) first.");
        }

        if (post is not { } p)
        {
            return new InvalidError("election.invalid", "Say which seat.", new Dictionary<string, string[]>(StringComparer.Ordinal) { ["post"] = ["Required."] });
        }

        var seat = new SeatDue(p, p == Post.Delegate ? region : null);
        var due = facts.SeatsDue.Count(s => s == seat);
        var records = facts.Rounds.Select(x => x.Record!).ToList();
        var electedHere = records.Count(x => x.Manifest.Post == p && x.Manifest.Region == seat.Region && x.Decision.Elected is not null);
        if (due == 0 || electedHere >= due)
        {
            return new ConflictError("election.seat_filled", "No such seat is left to fill at this session.");
        }

        var elected = ElectedHolders(records);
        var candidates = facts.Candidacies
            .Where(c => Eligibility.Check(rules, new Candidacy(c.Person, c.Member, seat), facts.Continuing, facts.Outgoing, elected, facts.SeatsDue).Count == 0).ToList();
        if (candidates.Count == 0)
        {
            return new ConflictError("election.no_candidates", "No valid, still eligible candidate for this seat (validate the candidacies first).");
        }

        var seatId = $"{p.ToString().ToLowerInvariant()}{(seat.Region is null ? "" : "-" + seat.Region.ToLowerInvariant())}-{electedHere + 1}";
        var ballot = records.Count(x => x.Manifest.ContestId.StartsWith(seatId + "/", StringComparison.Ordinal)) + 1;
        return new RoundManifest(facts.ElectionId, facts.Title, $"{seatId}/ballot-{ballot}", p, seat.Region, ballot,
            [.. candidates.Select(c => new CandidateEntry(c.CandidateId, c.Person, c.Member))], 1,
            [.. MemberCatalogue.All.Select(m => new VoterEntry(m.Iso2, !facts.Suspended.Contains(m.Iso2)))], facts.GuardianCount, facts.Quorum, rules.Version)
            .WithCredentials(facts.Credentials);
    }

    /// <summary>An open ballot closes; a closed or tallied one cannot.</summary>
    /// <param name="status">The ballot's status.</param>
    public static Result<RoundStatus> CloseBallot(RoundStatus status) =>
        status == RoundStatus.Open ? RoundStatus.Closed : new ConflictError("election.round_closed", "The ballot is already closed.");

    /// <summary>Ballots are cast or challenged only while the ballot is open.</summary>
    /// <param name="status">The ballot's status.</param>
    public static Error? AcceptBallot(RoundStatus status) =>
        status == RoundStatus.Open ? null : new ConflictError("ballot.closed", "This ballot is closed.");

    /// <summary>The results are proclaimed once voting started and every ballot is tallied.</summary>
    /// <param name="status">The election's status.</param>
    /// <param name="rounds">Every ballot's status.</param>
    public static Result<ElectionStatus> Proclaim(ElectionStatus status, IEnumerable<RoundStatus> rounds) =>
        status == ElectionStatus.Voting && rounds.All(r => r == RoundStatus.Tallied)
            ? ElectionStatus.Proclaimed
            : new ConflictError("election.not_ready", "Every ballot must be tallied before the results are proclaimed.");

    /// <summary>As <see cref="ElectedHolders"/>, for an untrusted record: a decision naming no candidate of its round is skipped
    /// (the round's own "decision" check reports it).</summary>
    /// <param name="records">The tallied ballots' records.</param>
    public static IReadOnlyList<Holder> ElectedHoldersOrEmpty(IEnumerable<RoundRecord> records) =>
        [.. records.Where(r => r.Decision.Elected is not null && r.Manifest.Candidates.Any(c => c.Id == r.Decision.Elected))
            .Select(r => (Candidate: r.Manifest.Candidates.First(c => c.Id == r.Decision.Elected), r.Manifest.Post))
            .Select(x => new Holder(x.Candidate.Name, x.Candidate.Member, x.Post))];

    /// <summary>The holders elected so far at this session, from the tallied ballots' decisions.</summary>
    /// <param name="records">The tallied ballots' records.</param>
    public static IReadOnlyList<Holder> ElectedHolders(IEnumerable<RoundRecord> records) =>
        [.. records.Where(r => r.Decision.Elected is not null)
            .Select(r => (Candidate: r.Manifest.Candidates.First(c => c.Id == r.Decision.Elected), r.Manifest.Post))
            .Select(x => new Holder(x.Candidate.Name, x.Candidate.Member, x.Post))];
}
