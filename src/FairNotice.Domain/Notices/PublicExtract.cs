namespace FairNotice.Domain.Notices;

/// <summary>The facts the public extract depends on.</summary>
/// <param name="Kind">Notice or diffusion.</param>
/// <param name="Colour">Colour.</param>
/// <param name="Status">Current status.</param>
/// <param name="Requested">The requester asked for a public extract.</param>
/// <param name="ExcludedMembers">How many members are excluded, by the requester or by a reviewer's restrictions.</param>
/// <param name="BlockedByCommission">Blocked by a Commission provisional measure.</param>
public sealed record PublicExtractFacts(
    NoticeKind Kind,
    NoticeColour Colour,
    NoticeStatus Status,
    bool Requested,
    int ExcludedMembers,
    bool BlockedByCommission);

/// <summary>What the public extract (the INTERPOL-compatible web service, open to anyone) may show. Deny by default.</summary>
/// <remarks>
/// A request appears only when it is a notice, published, not blocked by the Commission, asked for by its requester
/// (UN Special Notices always are), and excludes no member. An exclusion means some member must not see the person; a
/// public page would show that member the name, date of birth, nationality and charges anyway, so a notice with any
/// exclusion — set by the requester or by a reviewer's publication with restrictions, before or after publication —
/// never appears. The host's database query implements the same rule and is tested against this function.
/// </remarks>
public static class PublicExtract
{
    /// <summary>True when the request appears in the public extract.</summary>
    /// <param name="facts">The request.</param>
    public static bool Shows(PublicExtractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Kind == NoticeKind.Notice && facts.Status == NoticeStatus.Published && !facts.BlockedByCommission
            && (facts.Requested || facts.Colour == NoticeColour.UnSpecial) && facts.ExcludedMembers == 0;
    }

    /// <summary>True when the requester asked for a public extract that the exclusions keep off the web.</summary>
    /// <param name="facts">The request.</param>
    public static bool WithheldForExclusions(PublicExtractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Kind == NoticeKind.Notice && (facts.Requested || facts.Colour == NoticeColour.UnSpecial) && facts.ExcludedMembers > 0;
    }
}
