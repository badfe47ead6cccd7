using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests;

public sealed class ElectionRulesTests
{
    private static readonly ElectionRules Rules = ElectionRules.Default;

    [Fact]
    public void Composition_ThirteenSeats_PresidentThreeVicePresidentsNineDelegates_Art15()
    {
        Assert.Equal(1, Rules.For(Post.President).Seats);
        Assert.Equal(3, Rules.For(Post.VicePresident).Seats);
        Assert.Equal(9, Rules.For(Post.Delegate).Seats);
        Assert.Equal(9, Rules.DelegateSeatsPerRegion.Values.Sum());
        Assert.Equal(4, Rules.For(Post.President).TermYears);
        Assert.Contains("Arts. 15, 17", Rules.For(Post.Delegate).Citation, StringComparison.Ordinal);
    }

    // Constitution Art. 16 (as summarised in shared/reference/elections.md): two thirds for the President in the first
    // two ballots, then a simple majority; a simple majority of votes cast for the other posts.
    [Theory]
    [InlineData(Post.President, 1, MajorityRule.TwoThirds)]
    [InlineData(Post.President, 2, MajorityRule.TwoThirds)]
    [InlineData(Post.President, 3, MajorityRule.Simple)]
    [InlineData(Post.President, 7, MajorityRule.Simple)]
    [InlineData(Post.VicePresident, 1, MajorityRule.Simple)]
    [InlineData(Post.Delegate, 2, MajorityRule.Simple)]
    public void MajorityRule_ByPostAndBallot_Art16(Post post, int ballot, MajorityRule expected) => Assert.Equal(expected, Rules.MajorityFor(post, ballot));

    [Theory]
    // President, ballot 1: 120 of 180 cast is exactly two thirds → elected; 119 is not.
    [InlineData(Post.President, 1, 120, 60, 10, "A")]
    [InlineData(Post.President, 1, 119, 61, 10, null)]
    // Ballot 3: a simple majority suffices.
    [InlineData(Post.President, 3, 91, 89, 0, "A")]
    [InlineData(Post.President, 3, 90, 90, 0, null)] // tie: a further ballot
    // Blank ballots are not votes cast: 60 of 110 cast wins although 60 of 196 ballots is not a majority.
    [InlineData(Post.Delegate, 1, 60, 50, 86, "A")]
    [InlineData(Post.Delegate, 1, 50, 50, 10, null)]
    [InlineData(Post.Delegate, 1, 0, 0, 40, null)] // only blank ballots
    public void Decide_MajorityOfVotesCast_BlankNotCounted_TiesGoToAnotherBallot(Post post, int ballot, int a, int b, int blank, string? elected)
    {
        var d = Majority.Decide(Rules, post, ballot, new Dictionary<string, int> { ["A"] = a, ["B"] = b }, blank);
        Assert.Equal(elected, d.Elected);
        Assert.Equal(a + b, d.VotesCast);
        Assert.Contains("Constitution Art", d.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120, 60, 10, RoundReasonKind.Elected, "A", null)]
    [InlineData(119, 61, 10, RoundReasonKind.NoMajority, null, null)]
    [InlineData(90, 90, 0, RoundReasonKind.Tied, "A", "B")]
    [InlineData(0, 0, 40, RoundReasonKind.NoVotes, null, null)]
    public void Explain_GivesTheDecisionsValues_AndAgreesWithDecide(int a, int b, int blank, RoundReasonKind kind, string? first, string? second)
    {
        var votes = new Dictionary<string, int> { ["A"] = a, ["B"] = b };

        var r = Majority.Explain(Rules, Post.President, 1, votes, blank);
        var d = Majority.Decide(Rules, Post.President, 1, votes, blank);

        Assert.Equal((kind, first, second, blank, 1), (r.Kind, r.First, r.Second, r.Blank, r.Ballot));
        Assert.Equal((d.VotesCast, d.Required, d.Rule), (r.Cast, r.Required, r.Rule));
        Assert.Equal(d.Elected, r.Kind == RoundReasonKind.Elected ? r.First : null);
        Assert.Contains(r.Citation, d.Explanation, StringComparison.Ordinal);
    }

    private static readonly SeatDue President = new(Post.President, null);
    private static readonly SeatDue VicePresident = new(Post.VicePresident, null);
    private static readonly SeatDue DelegateAsia = new(Post.Delegate, "Asia");
    private static readonly SeatDue[] Due = [President, VicePresident, DelegateAsia];

    // Each row: a candidacy and the article it fails (or none).
    [Theory]
    [InlineData("Ana Lima", "BR", "President", null, null)]
    [InlineData("Ana Lima", "XX", "President", null, "Art. 15")] // not a member
    [InlineData("Kenji Sato", "JP", "Delegate", "Asia", null)]
    [InlineData("Pierre Roux", "FR", "Delegate", "Asia", "Art. 17")] // a European for an Asian seat
    [InlineData("Ola Nordmann", "NO", "Delegate", "Europe", "Art. 19")] // no European seat due
    [InlineData("Hans Meier", "DE", "VicePresident", null, "Art. 15")] // Germany already has a seat
    [InlineData("Mario Rossi", "IT", "VicePresident", null, "Art. 16")] // Europe already has a (Vice-)Presidency
    [InlineData("Li Wei", "CN", "Delegate", "Asia", "Constitution Arts. 15, 16, 19")] // outgoing President, not immediately re-eligible
    public void Candidacy_IsCheckedAgainstTheRules(string person, string member, string post, string? region, string? failsOn)
    {
        Holder[] continuing = [new("Hans Weber", "DE", Post.VicePresident), new("Amina Diallo", "SN", Post.Delegate)];
        Holder[] outgoing = [new("Li Wei", "CN", Post.President)];
        var reasons = Eligibility.Check(Rules, new Candidacy(person, member, new SeatDue(Enum.Parse<Post>(post), region)), continuing, outgoing, [], Due);
        if (failsOn is null)
        {
            Assert.Empty(reasons);
        }
        else
        {
            Assert.Contains(reasons, r => r.Contains(failsOn, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Candidacy_SameContinentAsAPresidentElectedEarlierThisSession_IsRefused_Art16()
    {
        var reasons = Eligibility.Check(Rules, new Candidacy("Ama Mensah", "GH", VicePresident), [], [], [new Holder("Grace Otieno", "KE", Post.President)], Due);
        Assert.Contains(reasons, r => r.Contains("different regions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(5, false)]
    public void VotingRights_SuspendedAfterArrears(int years, bool canVote) => Assert.Equal(canVote, Eligibility.CanVote(Rules, years));
}
