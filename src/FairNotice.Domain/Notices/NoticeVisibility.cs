using FairNotice.Domain.Access;

namespace FairNotice.Domain.Notices;

/// <summary>The facts visibility depends on.</summary>
/// <param name="Kind">Notice or diffusion.</param>
/// <param name="Status">Current status.</param>
/// <param name="RequestingCountry">Source NCB's country.</param>
/// <param name="RestrictedCountries">Members excluded by the source.</param>
/// <param name="AddressedToAll">Diffusion: to all members.</param>
/// <param name="Addressees">Diffusion: chosen members.</param>
/// <param name="Held">Diffusion: held by the Secretariat because the automated check found a blocking issue.</param>
public sealed record VisibilityFacts(
    NoticeKind Kind,
    NoticeStatus Status,
    string RequestingCountry,
    IReadOnlyCollection<string> RestrictedCountries,
    bool AddressedToAll,
    IReadOnlyCollection<string> Addressees,
    bool Held = false);

/// <summary>Who may see a request. Deny by default.</summary>
/// <remarks>
/// The requesting NCB sees its own, in every status. Another NCB sees a notice only while it is published
/// and not restricted from its country, and a diffusion only while it circulates (submitted, under review
/// or found compliant, and not held after a blocking automated finding), is addressed to it and not restricted
/// from it. Secretariat reviewers see all.
/// Nobody else sees anything. The host's database filter implements the same rule and is tested against this
/// function on generated data (tests/FairNotice.Web.Tests/Features/Notices/VisibilityFilterEquivalenceTests.cs).
/// </remarks>
public static class NoticeVisibility
{
    /// <summary>Statuses in which a diffusion reaches its addressees.</summary>
    public static IReadOnlyList<NoticeStatus> CirculatingDiffusion { get; } =
        [NoticeStatus.Submitted, NoticeStatus.UnderReview, NoticeStatus.Published];

    /// <summary>The one "is this request in circulation?" rule: true while it reaches members other than its source.</summary>
    /// <param name="kind">Notice or diffusion.</param>
    /// <param name="status">Current status.</param>
    /// <param name="held">Diffusion: held after a blocking automated finding.</param>
    /// <remarks>A notice circulates while published. A diffusion circulates from submission (submitted, under review,
    /// found compliant), unless held after a blocking automated finding; a held diffusion that a reviewer nevertheless
    /// published circulates. Visibility, the screening index, the database filter and the Commission's deletion all use
    /// this rule.</remarks>
    public static bool Circulates(NoticeKind kind, NoticeStatus status, bool held) => kind switch
    {
        NoticeKind.Notice => status == NoticeStatus.Published,
        NoticeKind.Diffusion => CirculatingDiffusion.Contains(status) && (!held || status == NoticeStatus.Published),
        _ => false,
    };

    /// <summary>True when members other than the source may hold a copy: the request circulates now, or circulated
    /// before it was suspended or ran out (both follow publication).</summary>
    /// <param name="kind">Notice or diffusion.</param>
    /// <param name="status">Current status.</param>
    /// <param name="held">Diffusion: held after a blocking automated finding.</param>
    public static bool HasCirculated(NoticeKind kind, NoticeStatus status, bool held) =>
        Circulates(kind, status, held) || status is NoticeStatus.Suspended or NoticeStatus.Expired;

    /// <summary>True when a circulating request reaches this member: not its source, not restricted from it, and for a
    /// diffusion to chosen members, one of them.</summary>
    /// <param name="country">The member's ISO 3166 alpha-2 code.</param>
    /// <param name="facts">The request.</param>
    public static bool Reaches(string country, VisibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return !string.Equals(country, facts.RequestingCountry, StringComparison.Ordinal)
            && !facts.RestrictedCountries.Contains(country, StringComparer.Ordinal)
            && (facts.Kind == NoticeKind.Notice || facts.AddressedToAll || facts.Addressees.Contains(country, StringComparer.Ordinal));
    }

    /// <summary>The members that received the request and may hold copies (who must purge them after a deletion): none
    /// unless it <see cref="HasCirculated"/>, else every member it <see cref="Reaches"/>, in catalogue order.</summary>
    /// <param name="facts">The request.</param>
    /// <param name="members">Every member's code (the member catalogue).</param>
    public static IReadOnlyList<string> Recipients(VisibilityFacts facts, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return HasCirculated(facts.Kind, facts.Status, facts.Held) ? [.. members.Where(m => Reaches(m, facts)).Distinct(StringComparer.Ordinal)] : [];
    }

    /// <summary>True when the actor may see the request.</summary>
    /// <param name="actor">Who looks.</param>
    /// <param name="facts">The request.</param>
    public static bool CanSee(Actor actor, VisibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(facts);
        if (actor.IsReviewer)
        {
            return true;
        }

        if (actor.Country is not { } country || !actor.IsNcbOf(country))
        {
            return false;
        }

        return string.Equals(country, facts.RequestingCountry, StringComparison.Ordinal)
            || (Reaches(country, facts) && Circulates(facts.Kind, facts.Status, facts.Held));
    }
}
