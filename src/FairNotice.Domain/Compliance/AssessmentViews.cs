using FairNotice.Domain.Access;

namespace FairNotice.Domain.Compliance;

/// <summary>Who sees which assessment: the Secretariat's reviewers and the Commission the full one, everyone else (the
/// requesting NCB included) the one computed without restricted findings.</summary>
/// <remarks>Every assessment that leaves the server goes through here, so that no member can tell a protected person
/// from any other by what it is shown. A rule of the Domain (it was in the host's Compliance feature) so that the Notices
/// and Compliance features both apply it without depending on each other.</remarks>
public static class AssessmentViews
{
    /// <summary>Whether <paramref name="viewer"/> may see restricted findings (Secretariat reviewers and the Commission).</summary>
    /// <param name="viewer">The caller.</param>
    public static bool SeesRestricted(this Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsReviewer || viewer.Affiliation == Affiliation.Commission;
    }

    /// <summary>The assessment as <paramref name="viewer"/> may see it: whole for those who <see cref="SeesRestricted"/>,
    /// otherwise <see cref="Assessment.ForRequester"/>.</summary>
    /// <param name="assessment">The full assessment.</param>
    /// <param name="viewer">The caller.</param>
    public static Assessment For(this Assessment assessment, Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return viewer.SeesRestricted() ? assessment : assessment.ForRequester();
    }
}
