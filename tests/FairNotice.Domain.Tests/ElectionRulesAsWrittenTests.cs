using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests;

/// <summary>rules.json against the facts the issue confirms (issue #17 item 3; sources in shared/reference/elections.md):
/// every value carries a source, the unconfirmed ones stay marked, and the eligibility checks follow the confirmed rules.</summary>
public sealed class ElectionRulesAsWrittenTests
{
    private static readonly ElectionRules Rules = ElectionRules.Default;
    private static readonly SeatDue[] Due = [new(Post.President, null), new(Post.VicePresident, null), new(Post.Delegate, "Asia"), new(Post.Delegate, "Europe")];

    [Fact]
    public void Sources_EveryRuleCitesOne_AndTheUnconfirmedOnesAreTheIssuesList()
    {
        Assert.NotNull(Rules.Sources);
        Assert.All(Rules.Sources!, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Rule));
        // Confirmed by the issue's public sources.
        foreach (var rule in new[] { "composition", "regions", "terms", "re-eligibility", "secret ballot", "President's majority", "arrears" })
        {
            Assert.True(Rules.Sources!.Single(s => s.Rule == rule).Confirmed, rule);
        }

        // Not confirmed: the majority for Vice-Presidents and Delegates, and the 2021 amendments to Arts. 15–19.
        Assert.Contains(Rules.Unconfirmed, s => s.Rule == "Vice-Presidents' and Delegates' majority");
        Assert.Contains(Rules.Unconfirmed, s => s.Rule == "2021 amendments" && s.Value.Contains("15-19", StringComparison.Ordinal));
        Assert.DoesNotContain("UNVERIFIED against the official Constitution", Rules.Status, StringComparison.Ordinal);
    }

    [Theory]
    // Terms: President four years, the others three (Constitution Art. 19).
    [InlineData(Post.President, 1, 4)]
    [InlineData(Post.VicePresident, 3, 3)]
    [InlineData(Post.Delegate, 9, 3)]
    public void Posts_SeatsAndTerms_AsConfirmed(Post post, int seats, int term)
    {
        Assert.Equal(seats, Rules.For(post).Seats);
        Assert.Equal(term, Rules.For(post).TermYears);
    }

    [Theory]
    // "None is immediately eligible for re-election to the same post or as a Delegate" (Constitution Art. 19).
    [InlineData(Post.President, Post.President, false)]
    [InlineData(Post.President, Post.Delegate, false)]
    [InlineData(Post.President, Post.VicePresident, true)]
    [InlineData(Post.VicePresident, Post.VicePresident, false)]
    [InlineData(Post.VicePresident, Post.Delegate, false)]
    [InlineData(Post.VicePresident, Post.President, true)]
    [InlineData(Post.Delegate, Post.Delegate, false)]
    [InlineData(Post.Delegate, Post.VicePresident, true)]
    public void OutgoingHolder_ImmediateReElection_SamePostOrAsDelegateOnly(Post leaving, Post standingFor, bool eligible)
    {
        var seat = new SeatDue(standingFor, standingFor == Post.Delegate ? "Europe" : null);
        var reasons = Eligibility.Check(Rules, new Candidacy("Jean Martin", "FR", seat), [], [new Holder("Jean Martin", "FR", leaving)], [], Due);
        Assert.Equal(eligible, reasons.Count == 0);
        if (!eligible)
        {
            Assert.Contains(reasons, r => r.Contains("not immediately eligible", StringComparison.Ordinal) && r.Contains("19", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AllThirteen_FromDifferentCountries_AndThePresidencyPostsFromDifferentRegions()
    {
        // A Delegate already seated for France: France cannot take another seat, whatever the post (Art. 15).
        Holder[] continuing = [new("Anne Leroy", "FR", Post.Delegate)];
        Assert.Contains(Eligibility.Check(Rules, new Candidacy("Paul Martin", "FR", new SeatDue(Post.VicePresident, null)), continuing, [], [], Due),
            r => r.Contains("different countries", StringComparison.Ordinal));
        // A President from Brazil elected this session: no Vice-President from the Americas, one from Africa is fine (Art. 16).
        Holder[] elected = [new("Ana Lima", "BR", Post.President)];
        Assert.Contains(Eligibility.Check(Rules, new Candidacy("Juan Pérez", "AR", new SeatDue(Post.VicePresident, null)), [], [], elected, Due),
            r => r.Contains("different regions", StringComparison.Ordinal));
        Assert.Empty(Eligibility.Check(Rules, new Candidacy("Ama Mensah", "GH", new SeatDue(Post.VicePresident, null)), [], [], elected, Due));
        // A Delegate from the Americas is not bound by the regions rule of the presidency posts.
        Assert.Empty(Eligibility.Check(Rules, new Candidacy("Lena Berg", "SE", new SeatDue(Post.Delegate, "Europe")), [], [], elected, Due));
    }

    [Theory]
    // General Regulations Art. 52: measures when the obligations of the current AND the previous financial year are unmet.
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void Arrears_MeasuresOfArt52_OnlyForTheCurrentAndThePreviousYear(bool current, bool previous, bool measures)
    {
        Assert.Equal(measures, Eligibility.ArrearsMeasuresApply(current, previous));
        Assert.Equal(!measures, Eligibility.CanVote(Rules, current && previous ? 2 : current || previous ? 1 : 0));
    }

    [Fact]
    public void PresidentsMajority_TwoThirdsInTheFirstTwoBallots_ThenSimple()
    {
        Assert.Equal(MajorityRule.TwoThirds, Rules.MajorityFor(Post.President, 1));
        Assert.Equal(MajorityRule.TwoThirds, Rules.MajorityFor(Post.President, 2));
        Assert.Equal(MajorityRule.Simple, Rules.MajorityFor(Post.President, 3));
    }
}
