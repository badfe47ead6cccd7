using System.Text.Json;
using System.Text.Json.Serialization;
using FairNotice.Domain.Members;

namespace FairNotice.Domain.Elections;

/// <summary>The Executive Committee's posts.</summary>
public enum Post
{
    /// <summary>President of the Organization.</summary>
    President,
    /// <summary>One of three Vice-Presidents.</summary>
    VicePresident,
    /// <summary>One of nine Delegates.</summary>
    Delegate,
}

/// <summary>How many votes a candidate needs.</summary>
public enum MajorityRule
{
    /// <summary>At least two thirds of the votes cast.</summary>
    TwoThirds,
    /// <summary>More than half of the votes cast.</summary>
    Simple,
}

/// <summary>From which ballot a majority rule applies.</summary>
/// <param name="FromBallot">First ballot it applies to.</param>
/// <param name="Rule">The rule.</param>
public sealed record MajorityStep(int FromBallot, MajorityRule Rule);

/// <summary>One post's rules.</summary>
/// <param name="Post">The post.</param>
/// <param name="Seats">How many holders.</param>
/// <param name="TermYears">Term.</param>
/// <param name="Citation">Articles.</param>
/// <param name="Majority">Majority by ballot number.</param>
/// <param name="NotReEligibleFor">Posts an outgoing holder may not be elected to at once.</param>
public sealed record PostRule(Post Post, int Seats, int TermYears, string Citation, IReadOnlyList<MajorityStep> Majority, IReadOnlyList<Post> NotReEligibleFor);

/// <summary>Where a rule comes from, and whether a public source confirmed it.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Value">What the rules file applies.</param>
/// <param name="Confirmed">True when a public source confirmed it; false keeps it marked for the officer.</param>
/// <param name="Source">The source (article, page).</param>
public sealed record RuleSource(string Rule, string Value, bool Confirmed, string Source);

/// <summary>The composition and majority rules, as data (<c>rules.json</c>; each value with its source in
/// <see cref="Sources"/>, the unconfirmed ones marked).</summary>
/// <param name="Version">Version of the rules file.</param>
/// <param name="Status">Provenance.</param>
/// <param name="Regions">Governance regions.</param>
/// <param name="Posts">Post rules.</param>
/// <param name="DelegateSeatsPerRegion">Delegate seats per region.</param>
/// <param name="VotesCast">What counts as a vote cast.</param>
/// <param name="ArrearsYearsForSuspension">Financial years of unmet obligations (the current and the previous one:
/// General Regulations Art. 52) from which the measures of Art. 52 apply.</param>
/// <param name="Sources">Each rule's source; those not confirmed are shown to the election officer as such.</param>
public sealed record ElectionRules(string Version, string Status, IReadOnlyList<string> Regions, IReadOnlyList<PostRule> Posts,
    IReadOnlyDictionary<string, int> DelegateSeatsPerRegion, string VotesCast, int ArrearsYearsForSuspension, IReadOnlyList<RuleSource>? Sources = null)
{
    /// <summary>The rules no public source confirmed (the officer's pages list them).</summary>
    public IReadOnlyList<RuleSource> Unconfirmed => [.. (Sources ?? []).Where(s => !s.Confirmed)];

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The shipped rules.</summary>
    public static ElectionRules Default { get; } = Load();

    /// <summary>The rule for a post.</summary>
    /// <param name="post">The post.</param>
    public PostRule For(Post post) => Posts.Single(p => p.Post == post);

    /// <summary>The majority rule for the n-th ballot of a post (Constitution Art. 16 for the President: two thirds in the first two ballots, then a simple majority).</summary>
    /// <param name="post">The post.</param>
    /// <param name="ballot">1, 2, …</param>
    public MajorityRule MajorityFor(Post post, int ballot) => For(post).Majority.Where(m => m.FromBallot <= ballot).OrderBy(m => m.FromBallot).Last().Rule;

    private static ElectionRules Load()
    {
        using var stream = typeof(ElectionRules).Assembly.GetManifestResourceStream("FairNotice.Domain.Elections.rules.json")
            ?? throw new InvalidOperationException("rules.json is not embedded");
        return JsonSerializer.Deserialize<ElectionRules>(stream, JsonOptions) ?? throw new InvalidOperationException("rules.json is empty");
    }
}

/// <summary>A seat the Assembly fills at this session.</summary>
/// <param name="Post">The post.</param>
/// <param name="Region">For a Delegate, the region whose seat is due; null otherwise.</param>
public sealed record SeatDue(Post Post, string? Region);

/// <summary>Someone on the Committee: continuing, outgoing, or elected earlier in this session.</summary>
/// <param name="Person">The person.</param>
/// <param name="Member">The member (ISO alpha-2) they come from.</param>
/// <param name="Post">The post.</param>
public sealed record Holder(string Person, string Member, Post Post);

/// <summary>A candidacy for a seat.</summary>
/// <param name="Person">The candidate.</param>
/// <param name="Member">The proposing member, whose delegate the candidate is.</param>
/// <param name="Seat">The seat.</param>
public sealed record Candidacy(string Person, string Member, SeatDue Seat);

/// <summary>Who may stand: each rule returns the article it applies.</summary>
public static class Eligibility
{
    /// <summary>The reasons a candidacy is invalid (empty when valid), each citing its article.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="c">The candidacy.</param>
    /// <param name="continuing">Holders whose terms continue.</param>
    /// <param name="outgoing">Holders whose terms end at this session.</param>
    /// <param name="electedThisSession">Those already elected at this session.</param>
    /// <param name="seatsDue">The seats due at this session.</param>
    public static IReadOnlyList<string> Check(ElectionRules rules, Candidacy c, IReadOnlyList<Holder> continuing, IReadOnlyList<Holder> outgoing,
        IReadOnlyList<Holder> electedThisSession, IReadOnlyList<SeatDue> seatsDue)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(c);
        var reasons = new List<string>();
        var member = MemberCatalogue.Find(c.Member);
        if (member is null)
        {
            return [$"{c.Member} is not a member: a candidate is the delegate of a member (Constitution Art. 15)."];
        }

        if (!seatsDue.Contains(c.Seat))
        {
            reasons.Add($"No {c.Seat.Post}{(c.Seat.Region is null ? "" : $" seat for {c.Seat.Region}")} is due at this session: only seats whose terms end are filled (Constitution Art. 19).");
        }

        if (c.Seat.Post == Post.Delegate && c.Seat.Region is { } region && !string.Equals(region, Region(member), StringComparison.Ordinal))
        {
            reasons.Add($"A Delegate seat for {region} goes to a member of {region}; {c.Member} is in {Region(member)} (Constitution Art. 17, geographical distribution).");
        }

        var seated = continuing.Concat(electedThisSession).ToList();
        if (seated.Any(h => h.Member == c.Member))
        {
            reasons.Add($"{c.Member} already holds a seat: all members of the Committee come from different countries (Constitution Art. 15).");
        }

        if (c.Seat.Post is Post.President or Post.VicePresident)
        {
            var taken = seated.Where(h => h.Post is Post.President or Post.VicePresident).Select(h => RegionOf(h.Member)).ToHashSet(StringComparer.Ordinal);
            if (taken.Contains(Region(member)))
            {
                reasons.Add($"The President and the Vice-Presidents come from different regions; {Region(member)} already holds one of these posts (Constitution Art. 16).");
            }
        }

        foreach (var o in outgoing.Where(o => o.Person == c.Person))
        {
            if (rules.For(o.Post).NotReEligibleFor.Contains(c.Seat.Post))
            {
                reasons.Add($"{c.Person} leaves the post of {o.Post} and is not immediately eligible as {c.Seat.Post} ({rules.For(o.Post).Citation}).");
            }
        }

        return reasons;
    }

    /// <summary>A member keeps its vote unless the measures of General Regulations Art. 52 apply: it has not met its
    /// financial obligations for the current and the previous financial year (confirmed); that those measures include
    /// the loss of the vote is not confirmed (see <see cref="ElectionRules.Unconfirmed"/>).</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="arrearsYears">Consecutive financial years, the current one included, whose obligations are unmet.</param>
    public static bool CanVote(ElectionRules rules, int arrearsYears)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return arrearsYears < rules.ArrearsYearsForSuspension;
    }

    /// <summary>Whether the measures of General Regulations Art. 52 apply: obligations unmet for both the current and the
    /// previous financial year (one of the two is not enough).</summary>
    /// <param name="unpaidCurrentYear">The current financial year's obligations are unmet.</param>
    /// <param name="unpaidPreviousYear">The previous financial year's obligations are unmet.</param>
    public static bool ArrearsMeasuresApply(bool unpaidCurrentYear, bool unpaidPreviousYear) => unpaidCurrentYear && unpaidPreviousYear;

    /// <summary>The governance region of a member, in the rules' terms (the South Pacific belongs to Asia).</summary>
    /// <param name="iso2">The member.</param>
    public static string RegionOf(string iso2) => MemberCatalogue.Find(iso2) is { } m ? Region(m) : "unknown";

    private static string Region(Member m) => m.Region.ToString() switch
    {
        "AsiaSouthPacific" or "AsiaAndSouthPacific" => "Asia",
        var r => r,
    };
}

/// <summary>What a ballot round decided.</summary>
/// <param name="Elected">The candidate id elected, or null.</param>
/// <param name="VotesCast">Valid votes for candidates (blank ballots do not count).</param>
/// <param name="Required">Votes a candidate needed.</param>
/// <param name="Rule">The majority that applied.</param>
/// <param name="Explanation">Why, in words.</param>
public sealed record RoundDecision(string? Elected, int VotesCast, int Required, MajorityRule Rule, string Explanation);

/// <summary>Why a ballot round decided what it did, as values a page words in its own language.</summary>
/// <param name="Kind">Elected, no vote for a candidate, a tie at the top, or no candidate with the majority.</param>
/// <param name="First">The elected candidate, or the first of the tied ones (candidate id); null otherwise.</param>
/// <param name="Second">The second of the tied candidates; null otherwise.</param>
/// <param name="Votes">The top candidate's votes.</param>
/// <param name="Cast">Valid votes for candidates.</param>
/// <param name="Required">Votes a candidate needed.</param>
/// <param name="Rule">The majority that applied.</param>
/// <param name="Blank">Blank ballots (not votes cast).</param>
/// <param name="Ballot">The ballot's number for its seat.</param>
/// <param name="Citation">The articles that govern the post (as the rules cite them).</param>
public sealed record RoundReason(RoundReasonKind Kind, string? First, string? Second, int Votes, int Cast, int Required, MajorityRule Rule, int Blank, int Ballot, string Citation);

/// <summary>The four ways a ballot round ends (<see cref="RoundReason"/>).</summary>
public enum RoundReasonKind
{
    /// <summary>One candidate reached the required majority.</summary>
    Elected,
    /// <summary>No vote was cast for a candidate: a further ballot.</summary>
    NoVotes,
    /// <summary>The two leading candidates are tied: a further ballot.</summary>
    Tied,
    /// <summary>No candidate reached the required majority: a further ballot.</summary>
    NoMajority,
}

/// <summary>Majorities and successive ballots.</summary>
public static class Majority
{
    /// <summary>Why a ballot decides what <see cref="Decide"/> decides, as values (for a page to word in its language).</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="post">The post.</param>
    /// <param name="ballot">The ballot's number for this seat.</param>
    /// <param name="votes">Votes per candidate id.</param>
    /// <param name="blank">Blank ballots (not votes cast).</param>
    public static RoundReason Explain(ElectionRules rules, Post post, int ballot, IReadOnlyDictionary<string, int> votes, int blank)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(votes);
        var rule = rules.MajorityFor(post, ballot);
        var cast = votes.Values.Sum();
        // Two thirds: 3v ≥ 2·cast; simple: 2v > cast. Integer arithmetic, no rounding.
        var required = rule == MajorityRule.TwoThirds ? ((2 * cast) + 2) / 3 : (cast / 2) + 1;
        var citation = rules.For(post).Citation;
        var ordered = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (cast == 0 || ordered.Count == 0)
        {
            return new RoundReason(RoundReasonKind.NoVotes, null, null, 0, cast, required, rule, blank, ballot, citation);
        }

        var top = ordered[0];
        var tied = ordered.Count > 1 && ordered[1].Value == top.Value;
        return !tied && top.Value >= required
            ? new RoundReason(RoundReasonKind.Elected, top.Key, null, top.Value, cast, required, rule, blank, ballot, citation)
            : tied
                ? new RoundReason(RoundReasonKind.Tied, top.Key, ordered[1].Key, top.Value, cast, required, rule, blank, ballot, citation)
                : new RoundReason(RoundReasonKind.NoMajority, null, null, top.Value, cast, required, rule, blank, ballot, citation);
    }

    /// <summary>Decides a ballot: elected when one candidate reaches the required majority of votes cast; otherwise a further ballot.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="post">The post.</param>
    /// <param name="ballot">1, 2, …</param>
    /// <param name="votes">Votes per candidate id.</param>
    /// <param name="blank">Blank ballots (not votes cast).</param>
    public static RoundDecision Decide(ElectionRules rules, Post post, int ballot, IReadOnlyDictionary<string, int> votes, int blank)
    {
        var r = Explain(rules, post, ballot, votes, blank);
        var explanation = r.Kind switch
        {
            RoundReasonKind.NoVotes => $"No vote was cast for a candidate ({blank} blank): a further ballot is held ({r.Citation}).",
            RoundReasonKind.Elected => $"{r.First} has {r.Votes} of {r.Cast} votes cast, at least the {r.Required} a {(r.Rule == MajorityRule.TwoThirds ? "two-thirds" : "simple")} majority requires in ballot {ballot}; {blank} blank ballot(s) are not votes cast ({r.Citation}).",
            RoundReasonKind.Tied => $"{r.First} and {r.Second} are tied at {r.Votes}: a further ballot is held ({r.Citation}).",
            _ => $"No candidate reached {r.Required} of {r.Cast} votes cast ({(r.Rule == MajorityRule.TwoThirds ? "two thirds" : "simple majority")}, ballot {ballot}): a further ballot is held ({r.Citation}).",
        };
        return new RoundDecision(r.Kind == RoundReasonKind.Elected ? r.First : null, r.Cast, r.Required, r.Rule, explanation);
    }
}
