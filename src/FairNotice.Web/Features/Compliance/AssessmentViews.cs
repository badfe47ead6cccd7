using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;

namespace FairNotice.Web.Features.Compliance;

/// <summary>Who sees which assessment: the Secretariat's reviewers and the Commission the full one, everyone else (the
/// requesting NCB included) the one computed without restricted findings.</summary>
/// <remarks>Every assessment that leaves the server goes through here, so that no member can tell a protected person
/// from any other by what it is shown.</remarks>
internal static class AssessmentViews
{
    public static bool SeesRestricted(this Actor viewer) => viewer.IsReviewer || viewer.Affiliation == Affiliation.Commission;

    public static Assessment For(this Assessment assessment, Actor viewer) => viewer.SeesRestricted() ? assessment : assessment.ForRequester();
}
