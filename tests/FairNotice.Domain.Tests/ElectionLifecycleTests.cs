using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;

namespace FairNotice.Domain.Tests;

/// <summary>The election lifecycle's decisions, moved out of the host (issue #14): candidacies until the deadline, one
/// ballot at a time for a seat still to fill, proclamation once everything is tallied.</summary>
public class ElectionLifecycleTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = Deadline.AddDays(1);

    private static readonly CredentialList Credentials = CredentialAuthority.Generate("ga-2026", Members.MemberCatalogue.All.Select(m => m.Iso2)).List;

    private static BallotFacts Facts(ElectionStatus status = ElectionStatus.Candidacies, bool guardians = true, IReadOnlyList<(RoundStatus, RoundRecord?)>? rounds = null,
        IReadOnlyList<ValidCandidacy>? candidacies = null, bool credentials = true) =>
        new("ga-2026", "Executive Committee", status, Deadline, guardians, 5, 3, [new SeatDue(Post.President, null), new SeatDue(Post.Delegate, "Europe")],
            new HashSet<string>(StringComparer.Ordinal) { "VE" }, [], [], rounds ?? [],
            candidacies ?? [new ValidCandidacy("c1", "A. Delegate", "FR"), new ValidCandidacy("c2", "B. Delegate", "BR")], credentials ? Credentials : null);

    [Theory]
    [InlineData(ElectionStatus.Candidacies, -1, null)]
    [InlineData(ElectionStatus.Candidacies, 1, "election.candidacies_closed")]
    [InlineData(ElectionStatus.Voting, -1, "election.candidacies_closed")]
    [InlineData(ElectionStatus.Proclaimed, -1, "election.candidacies_closed")]
    public void AcceptCandidacy_StatusAndDeadline_DecideIt(ElectionStatus status, int minutesFromDeadline, string? code)
    {
        Assert.Equal(code, ElectionLifecycle.AcceptCandidacy(status, Deadline, Deadline.AddMinutes(minutesFromDeadline))?.Code);
    }

    [Fact]
    public void OpenBallot_FirstBallotForAFreeSeat_ManifestWithTheCandidatesAndTheRoll()
    {
        var manifest = ElectionLifecycle.OpenBallot(Facts(), Post.President, null, ElectionRules.Default, After).Value;

        Assert.Equal("president-1/ballot-1", manifest.ContestId);
        Assert.Equal(1, manifest.Ballot);
        Assert.Equal(["c1", "c2"], manifest.Candidates.Select(c => c.Id));
        Assert.Equal(MemberCatalogue.All.Count, manifest.Voters.Count);
        Assert.False(manifest.Voters.Single(v => v.Member == "VE").CanVote);
        Assert.True(manifest.Voters.Single(v => v.Member == "FR").CanVote);
    }

    [Fact]
    public void OpenBallot_Delegate_SeatNamesItsRegion()
    {
        Assert.Equal("delegate-europe-1/ballot-1", ElectionLifecycle.OpenBallot(Facts(), Post.Delegate, "Europe", ElectionRules.Default, After).Value.ContestId);
    }

    [Fact]
    public void OpenBallot_EachRefusal_InTheOrderTheOfficerMeetsThem()
    {
        var rules = ElectionRules.Default;
        Assert.Equal("election.no_guardians", ElectionLifecycle.OpenBallot(Facts(guardians: false), Post.President, null, rules, After).Error!.Code);
        Assert.Equal("election.no_credentials", ElectionLifecycle.OpenBallot(Facts(ElectionStatus.Voting, credentials: false), Post.President, null, rules, After).Error!.Code);
        Assert.Equal("election.not_votable", ElectionLifecycle.OpenBallot(Facts(), Post.President, null, rules, Deadline).Error!.Code);
        Assert.Equal("election.not_votable", ElectionLifecycle.OpenBallot(Facts(ElectionStatus.Proclaimed), Post.President, null, rules, After).Error!.Code);
        Assert.Equal("election.round_running", ElectionLifecycle.OpenBallot(Facts(rounds: [(RoundStatus.Closed, null)]), Post.President, null, rules, After).Error!.Code);
        Assert.Equal("election.invalid", ElectionLifecycle.OpenBallot(Facts(), null, null, rules, After).Error!.Code);
        Assert.Equal("election.seat_filled", ElectionLifecycle.OpenBallot(Facts(), Post.VicePresident, null, rules, After).Error!.Code);
        Assert.Equal("election.seat_filled", ElectionLifecycle.OpenBallot(Facts(), Post.Delegate, "Asia", rules, After).Error!.Code);
        Assert.Equal("election.no_candidates", ElectionLifecycle.OpenBallot(Facts(candidacies: []), Post.President, null, rules, After).Error!.Code);
    }

    [Theory]
    [InlineData(RoundStatus.Open, true)]
    [InlineData(RoundStatus.Closed, false)]
    [InlineData(RoundStatus.Tallied, false)]
    public void CloseBallot_OnlyAnOpenBallot(RoundStatus status, bool closes)
    {
        var result = ElectionLifecycle.CloseBallot(status);

        Assert.Equal(closes, result.IsOk);
        Assert.Equal(closes ? null : "election.round_closed", result.Error?.Code);
        Assert.Equal(closes ? null : "ballot.closed", ElectionLifecycle.AcceptBallot(status)?.Code);
    }

    [Theory]
    [InlineData(ElectionStatus.Voting, new[] { RoundStatus.Tallied, RoundStatus.Tallied }, true)]
    [InlineData(ElectionStatus.Voting, new[] { RoundStatus.Tallied, RoundStatus.Closed }, false)]
    [InlineData(ElectionStatus.Candidacies, new RoundStatus[0], false)]
    [InlineData(ElectionStatus.Proclaimed, new[] { RoundStatus.Tallied }, false)]
    public void Proclaim_OnlyWhenEveryBallotIsTallied(ElectionStatus status, RoundStatus[] rounds, bool proclaims)
    {
        var result = ElectionLifecycle.Proclaim(status, rounds);

        Assert.Equal(proclaims, result.IsOk);
        Assert.Equal(proclaims ? null : "election.not_ready", result.Error?.Code);
    }
}
