using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Notices;

/// <summary>The consequence texts of review decisions and lifecycle actions, as ReviewRequest and ChangeStatus carry them out,
/// in the page's language (the <c>Consequence.*</c> resources; each sentence whole, so that a translator sees it whole).</summary>
internal static class Consequences
{
    /// <summary>Lifecycle actions that run only after the user has confirmed their stated consequence.</summary>
    public static bool NeedsConfirmation(NoticeAction action, Assessment? submissionCheck) => action switch
    {
        NoticeAction.Submit => submissionCheck?.Recommendation == Recommendation.Refuse,
        NoticeAction.Cancel or NoticeAction.Withdraw or NoticeAction.Suspend or NoticeAction.Resume or NoticeAction.Renew or NoticeAction.Expire => true,
        _ => false,
    };

    /// <summary>"Red notice 2026/00002 (HALVORSEN Erik, requested by United States)": the colour's label, the reference, the
    /// person (data, shown as written) and the requesting member named in the page's language.</summary>
    public static string Subject(NoticeRecord n, IStringLocalizer l) =>
        l[n.Kind == NoticeKind.Notice ? "Consequence.SubjectNotice" : "Consequence.SubjectDiffusion",
            l.Label(n.Colour), n.Reference ?? "", $"{n.FamilyName} {n.Forenames}", Languages.Names.Country(n.RequestingCountry)].Value;

    public static Confirmation OfReview(NoticeRecord n, DecisionOutcome outcome, string typedReason, bool confirmsPending, IStringLocalizer l)
    {
        var notice = n.Kind == NoticeKind.Notice;
        var kind = notice ? "Notice" : "Diffusion";
        var verb = l[$"Consequence.Verb.{outcome.Decision}.{kind}"].Value;
        var headline = outcome.Ground is { } g
            ? l["Consequence.AboutToOnGround", verb, Subject(n, l), GroundName(g, l)].Value
            : l["Consequence.AboutTo", verb, Subject(n, l)].Value;
        var details = new List<string> { l["Consequence.Reason", typedReason.Trim()] };
        if (outcome.Decision == ReviewDecision.PublishWithRestrictions)
        {
            details.Add(l["Consequence.Excluded", string.Join(", ", outcome.Restrictions)]);
        }

        if (!outcome.TakesEffect)
        {
            details.Add(l[outcome.Decision == ReviewDecision.Refuse ? "Consequence.RefusalProposed" : "Consequence.OverrideProposed"]);
        }
        else if (confirmsPending)
        {
            details.Add(l["Consequence.SecondReviewer"]);
        }

        details.Add(outcome.Decision switch
        {
            ReviewDecision.Refuse => l[$"Consequence.Refused.{kind}"],
            ReviewDecision.Publish or ReviewDecision.PublishWithRestrictions when notice =>
                l[(outcome.Decision == ReviewDecision.Publish && n.Content.RestrictedCountries.Count == 0 ? "Consequence.Published.Everyone" : "Consequence.Published.NotExcluded")
                    + (n.Content.PublicExtract ? "Extract" : "")],
            ReviewDecision.Publish or ReviewDecision.PublishWithRestrictions => l[n.Held ? "Consequence.Compliant.Released" : "Consequence.Compliant.Diffusion"],
            _ => l[$"Consequence.MoreInformation.{kind}"],
        });
        return new Confirmation(headline, details, l[$"Consequence.Confirm.{outcome.Decision}.{kind}"], Contradiction(outcome.Decision, typedReason, notice, l));
    }

    public static Confirmation OfAction(NoticeRecord n, NoticeAction action, string? reason, Assessment? submissionCheck, IStringLocalizer l)
    {
        var notice = n.Kind == NoticeKind.Notice;
        var circulation = l[notice ? (n.Content.PublicExtract ? "Consequence.Leaves.NoticeExtract" : "Consequence.Leaves.Notice") : "Consequence.Leaves.Diffusion"].Value;
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(reason))
        {
            details.Add(l["Consequence.Reason", reason.Trim()]);
        }

        details.Add(action switch
        {
            NoticeAction.Cancel => $"{circulation} {l["Consequence.CancelFinal"]}",
            NoticeAction.Withdraw => Circulating(n) ? $"{circulation} {l["Consequence.WithdrawFinal"]}" : l["Consequence.WithdrawFinal"],
            NoticeAction.Suspend => $"{circulation} {l["Consequence.SuspendUntilResumed"]}",
            NoticeAction.Resume => l[notice ? "Consequence.Resume.Notice" : "Consequence.Resume.Diffusion"],
            NoticeAction.Renew => l["Consequence.Renew", $"{n.ExpiresAt?.AddYears(NoticeLifecycle.ValidityYears):yyyy-MM-dd}"],
            NoticeAction.Expire => $"{circulation} {l["Consequence.ExpireFinal"]}",
            NoticeAction.Submit => l[notice ? "Consequence.SubmitAnyway.Notice" : "Consequence.SubmitAnyway.Diffusion",
                submissionCheck?.Findings.Count(f => f.Severity == Severity.Blocking) ?? 0],
            _ => l["Consequence.AtOnce", l.Label(action)],
        });
        return new Confirmation(l["Consequence.AboutTo", l[$"Consequence.Verb.{action}"], Subject(n, l)], details, l[$"Consequence.Confirm.{action}"]);
    }

    private static bool Circulating(NoticeRecord n) => n.Status == NoticeStatus.Published
        || (n.Kind == NoticeKind.Diffusion && NoticeVisibility.CirculatingDiffusion.Contains(n.Status) && !n.Held);

    /// <summary>The ground with its article, in the page's language ("Political, military, religious or racial character
    /// (Constitution Art. 3)"): the label the review form shows.</summary>
    public static string GroundName(Ground ground, IStringLocalizer l) => l.Label(ground);

    // The issue's case: a reason written for one decision, submitted with another. Shown, never guessed away. The reason is
    // read in the languages a reviewer may write it in.
    private static string? Contradiction(ReviewDecision decision, string reason, bool notice, IStringLocalizer l)
    {
        var speaksOfRefusal = RefusalWords.Any(w => reason.Contains(w, StringComparison.OrdinalIgnoreCase));
        var speaksOfPublication = PublicationWords.Any(w => reason.Contains(w, StringComparison.OrdinalIgnoreCase))
            && !NegatedPublication.Any(w => reason.Contains(w, StringComparison.OrdinalIgnoreCase));
        return decision switch
        {
            ReviewDecision.Publish or ReviewDecision.PublishWithRestrictions when speaksOfRefusal =>
                l[notice ? "Consequence.Contradiction.RefusalPublish" : "Consequence.Contradiction.RefusalCompliant"].Value,
            ReviewDecision.Refuse when speaksOfPublication && !speaksOfRefusal => l["Consequence.Contradiction.PublicationRefuse"].Value,
            _ => null,
        };
    }

    private static readonly string[] RefusalWords = ["refus", "reject", "rechaz", "deneg", "رفض"];

    private static readonly string[] PublicationWords = ["publish", "publier", "publicar", "نشر"];

    private static readonly string[] NegatedPublication = ["not publish", "cannot be publish", "ne pas publier", "pas être publi", "no publicar", "عدم نشر"];
}
