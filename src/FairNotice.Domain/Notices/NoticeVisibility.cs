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
/// Nobody else sees anything. The host's database queries implement the same rule and are tested against
/// this function.
/// </remarks>
public static class NoticeVisibility
{
    /// <summary>Statuses in which a diffusion reaches its addressees.</summary>
    public static IReadOnlyList<NoticeStatus> CirculatingDiffusion { get; } =
        [NoticeStatus.Submitted, NoticeStatus.UnderReview, NoticeStatus.Published];

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

        if (string.Equals(country, facts.RequestingCountry, StringComparison.Ordinal))
        {
            return true;
        }

        if (facts.RestrictedCountries.Contains(country, StringComparer.Ordinal))
        {
            return false;
        }

        return facts.Kind switch
        {
            NoticeKind.Notice => facts.Status == NoticeStatus.Published,
            NoticeKind.Diffusion => CirculatingDiffusion.Contains(facts.Status) && (!facts.Held || facts.Status == NoticeStatus.Published)
                && (facts.AddressedToAll || facts.Addressees.Contains(country, StringComparer.Ordinal)),
            _ => false,
        };
    }
}
