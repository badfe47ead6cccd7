using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Shared;

namespace FairNotice.Web.Features.Notices;

/// <summary>The consequence texts of review decisions and lifecycle actions, as ReviewRequest and ChangeStatus carry them out.</summary>
internal static class Consequences
{
    /// <summary>Lifecycle actions that run only after the user has confirmed their stated consequence.</summary>
    public static bool NeedsConfirmation(NoticeAction action, Assessment? submissionCheck) => action switch
    {
        NoticeAction.Submit => submissionCheck?.Recommendation == Recommendation.Refuse,
        NoticeAction.Cancel or NoticeAction.Withdraw or NoticeAction.Suspend or NoticeAction.Resume or NoticeAction.Renew or NoticeAction.Expire => true,
        _ => false,
    };

    public static string Subject(NoticeRecord n) =>
        $"{n.Colour} {(n.Kind == NoticeKind.Notice ? "notice" : "diffusion")} {n.Reference} ({n.FamilyName} {n.Forenames}, requested by {n.RequestingCountry})";

    public static Confirmation OfReview(NoticeRecord n, DecisionOutcome outcome, string typedReason, bool confirmsPending)
    {
        var notice = n.Kind == NoticeKind.Notice;
        var verb = outcome.Decision switch
        {
            ReviewDecision.Publish => notice ? "PUBLISH" : "FIND COMPLIANT",
            ReviewDecision.PublishWithRestrictions => notice ? "PUBLISH WITH RESTRICTIONS" : "FIND COMPLIANT WITH RESTRICTIONS",
            ReviewDecision.Refuse => "REFUSE",
            _ => "ASK FOR MORE INFORMATION ON",
        };
        var ground = outcome.Ground is { } g ? $" on the ground {GroundName(g)}" : string.Empty;
        var details = new List<string> { $"Reason: {typedReason.Trim()}" };
        if (outcome.Decision == ReviewDecision.PublishWithRestrictions)
        {
            details.Add($"Excluded members: {string.Join(", ", outcome.Restrictions)}.");
        }

        if (!outcome.TakesEffect)
        {
            details.Add(outcome.Decision == ReviewDecision.Refuse
                ? "Your refusal is recorded as a proposal: the request stays under review, and is refused only when a second reviewer records the same decision."
                : "This publication overrides a blocking finding: it is recorded as a proposal and takes effect only when a second reviewer records the same decision.");
        }
        else if (confirmsPending)
        {
            details.Add("This is the second reviewer's decision: it takes effect at once.");
        }

        details.Add(outcome.Decision switch
        {
            ReviewDecision.Refuse => "Once refused, the request is closed for good" + (notice ? "" : ": the diffusion stops circulating and its addressees no longer see it") +
                "; the requester sees the refusal and its ground in the history, and it counts in the public statistics and as an earlier attempt about this person.",
            ReviewDecision.Publish or ReviewDecision.PublishWithRestrictions => notice
                ? $"Once published, the notice circulates to {(outcome.Decision == ReviewDecision.Publish && n.Content.RestrictedCountries.Count == 0 ? "every member" : "every member not excluded")}, " +
                  "appears in screening" + (n.Content.PublicExtract ? " and in the public extract" : "") + ", and is valid for five years."
                : "Once found compliant, the diffusion keeps circulating to its addressees" + (n.Held ? " (it is released: it was held until now)" : "") + " and appears in their screening.",
            _ => "The request goes back to the requesting member, which must complete it and submit it again" + (notice ? "." : "; meanwhile the diffusion stops circulating."),
        });
        return new Confirmation($"You are about to {verb} {Subject(n)}{ground}.", details, ConfirmLabel(outcome.Decision, notice),
            Contradiction(outcome.Decision, typedReason, notice));
    }

    public static Confirmation OfAction(NoticeRecord n, NoticeAction action, string? reason, Assessment? submissionCheck)
    {
        var notice = n.Kind == NoticeKind.Notice;
        var circulation = notice
            ? $"It leaves screening{(n.Content.PublicExtract ? " and the public extract" : "")}, and members stop seeing it"
            : "The diffusion stops circulating and its addressees stop seeing it";
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(reason))
        {
            details.Add($"Reason: {reason.Trim()}");
        }

        details.Add(action switch
        {
            NoticeAction.Cancel => $"{circulation}. Cancellation is final: it cannot be undone, and the requester sees it and its reason in the history.",
            NoticeAction.Withdraw => $"{(Circulating(n) ? circulation + ". " : "")}Withdrawal is final: the request is closed and cannot be reopened; a new request would start again from the beginning.",
            NoticeAction.Suspend => $"{circulation} until your member resumes it; its validity keeps running.",
            NoticeAction.Resume => notice ? "The notice circulates again to every member not excluded and reappears in screening." : "The diffusion circulates again to its addressees.",
            NoticeAction.Renew => $"The validity is extended by five years from its current end, to {n.ExpiresAt?.AddYears(NoticeLifecycle.ValidityYears):yyyy-MM-dd}.",
            NoticeAction.Expire => $"{circulation}. Expiry is final.",
            NoticeAction.Submit => $"The automated check recommends REFUSING it ({submissionCheck?.Findings.Count(f => f.Severity == Severity.Blocking)} blocking finding(s), shown in the check above). " +
                "If you submit it anyway, it goes to Secretariat review with these findings" + (notice ? "" : ", and the diffusion is held: its addressees do not receive it until a reviewer decides") +
                "; a refusal counts in the public statistics and as an earlier attempt about this person.",
            _ => $"{action} takes effect at once.",
        });
        var verb = action switch
        {
            NoticeAction.Submit => "SUBMIT",
            NoticeAction.Renew => "RENEW",
            _ => action.ToString().ToUpperInvariant(),
        };
        return new Confirmation($"You are about to {verb} {Subject(n)}.", details, $"Confirm: {action.ToString().ToLowerInvariant()}");
    }

    private static bool Circulating(NoticeRecord n) => n.Status == NoticeStatus.Published
        || (n.Kind == NoticeKind.Diffusion && NoticeVisibility.CirculatingDiffusion.Contains(n.Status) && !n.Held);

    public static string GroundName(Ground ground) => ground switch
    {
        Ground.Article2 => "Art. 2 (human rights, refugees)",
        Ground.Article3 => "Art. 3 (neutrality)",
        Ground.Article83 => "Art. 83 criteria",
        _ => "Data quality",
    };

    private static string ConfirmLabel(ReviewDecision decision, bool notice) => decision switch
    {
        ReviewDecision.Publish => notice ? "Confirm: publish" : "Confirm: compliant",
        ReviewDecision.PublishWithRestrictions => notice ? "Confirm: publish with restrictions" : "Confirm: compliant with restrictions",
        ReviewDecision.Refuse => "Confirm: refuse",
        _ => "Confirm: ask for more information",
    };

    // The issue's case: a reason written for one decision, submitted with another. Shown, never guessed away.
    private static string? Contradiction(ReviewDecision decision, string reason, bool notice)
    {
        var speaksOfRefusal = reason.Contains("refus", StringComparison.OrdinalIgnoreCase) || reason.Contains("reject", StringComparison.OrdinalIgnoreCase);
        var speaksOfPublication = reason.Contains("publish", StringComparison.OrdinalIgnoreCase) && !reason.Contains("not publish", StringComparison.OrdinalIgnoreCase)
            && !reason.Contains("cannot be publish", StringComparison.OrdinalIgnoreCase);
        return decision switch
        {
            ReviewDecision.Publish or ReviewDecision.PublishWithRestrictions when speaksOfRefusal =>
                $"Your reason speaks of refusing, but the decision is to {(notice ? "publish" : "find it compliant")}. Check that this is what you mean.",
            ReviewDecision.Refuse when speaksOfPublication && !speaksOfRefusal =>
                "Your reason speaks of publishing, but the decision is to refuse. Check that this is what you mean.",
            _ => null,
        };
    }
}
