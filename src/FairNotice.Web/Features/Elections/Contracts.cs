using FairNotice.Domain.Elections;

namespace FairNotice.Web.Features.Elections;

public sealed record ElectionSummary(string Id, string Title, string Status, DateTimeOffset CandidacyDeadline);

/// <summary>The id of an election just set up.</summary>
public sealed record ElectionCreated(string Id);

public sealed record CreateElectionRequest(string? Id, string? Title, DateTimeOffset? CandidacyDeadline, List<SeatDue>? Seats, List<string>? Suspended,
    List<Holder>? Continuing, List<Holder>? Outgoing, int Guardians = 5, int Quorum = 3);

public sealed record CandidacyRequest(string? Person, Post? Post, string? Region);

public sealed record OpenRoundRequest(Post? Post, string? Region);

public sealed record CandidacyView(Guid Id, string CandidateId, string Person, string Member, string Post, string? Region, bool? Valid, string? Reasons);

public sealed record RoundView(int Order, string ContestId, string Status, RoundManifest Manifest, string BaseHash, string? JointKey, int Ballots, IReadOnlyList<TallyLine>? Results,
    RoundDecision? Decision, RoundReason? Reason = null);

public sealed record TallyLine(string CandidateId, string Name, string Member, int Votes);

public sealed record ElectionView(string Id, string Title, string Status, DateTimeOffset CandidacyDeadline, IReadOnlyList<SeatDue> Seats, IReadOnlyList<string> Suspended,
    int Guardians, int Quorum, bool GuardiansReady, IReadOnlyList<CandidacyView> Candidacies, IReadOnlyList<RoundView> Rounds, IReadOnlyList<string> Elected,
    string? ArchivedRecordHash);

public sealed record CastReceipt(string TrackingCode, int Seq, string ContestId);

/// <summary>What the challenging delegation learns: the choice its encryption held and the code under which the board
/// publishes it (without the member).</summary>
public sealed record ChallengeResult(bool Verified, string? Choice, string ChoiceName, int Challenged, string Code);

public sealed record BoardLine(int Seq, string Voter, string BallotHash, string TrackingCode, DateTimeOffset CastAt);

public sealed record SumsView(string ContestId, string BaseHash, IReadOnlyList<GuardianRecord> Guardians, IReadOnlyList<SumLine> Sums, int Ballots);

public sealed record SumLine(string CandidateId, Ciphertext Sum, string Context);

public sealed record SharesRequest(List<GuardianShares>? Guardians);

public sealed record GuardianShares(int Guardian, List<DecryptionShare>? Shares);

/// <summary>The published credential list and the hash a delegation compares with the credential authority's announcement.</summary>
public sealed record CredentialsView(string ListHash, int Count, CredentialList List);
