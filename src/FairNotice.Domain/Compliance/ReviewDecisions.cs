namespace FairNotice.Domain.Compliance;

/// <summary>What a Secretariat reviewer decides on a request under review.</summary>
public enum ReviewDecision
{
    /// <summary>Publish (a notice) or find compliant (a diffusion).</summary>
    Publish,
    /// <summary>Publish, but hide it from the members named.</summary>
    PublishWithRestrictions,
    /// <summary>Refuse.</summary>
    Refuse,
    /// <summary>Send back to the requester for more information.</summary>
    RequestInformation,
}

/// <summary>A reviewer's decision as asked.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Ground">The structured ground (required to refuse and to override a blocking finding).</param>
/// <param name="Reason">The written reason (required, except from a second reviewer who confirms a proposal as it stands).</param>
/// <param name="Restrictions">Members to exclude, for <see cref="ReviewDecision.PublishWithRestrictions"/>.</param>
/// <param name="ParticularImportance">True when publishing below the penalty threshold under RPD Art. 83(1)(b)(iii).</param>
public sealed record DecisionRequest(ReviewDecision Decision, Ground? Ground, string? Reason, IReadOnlyList<string> Restrictions, bool ParticularImportance = false);

/// <summary>A decision proposed by one reviewer and awaiting a second.</summary>
/// <param name="Decision">The proposed decision.</param>
/// <param name="ProposedBy">The first reviewer's account id.</param>
/// <param name="Ground">Its ground.</param>
/// <param name="Reason">Its reason.</param>
/// <param name="Restrictions">Its restrictions.</param>
public sealed record PendingDecision(ReviewDecision Decision, string ProposedBy, Ground? Ground, string Reason, IReadOnlyList<string> Restrictions);

/// <summary>What follows a reviewer's decision: it takes effect, or waits for a second reviewer.</summary>
/// <param name="TakesEffect">True when the decision is final.</param>
/// <param name="Decision">The decision.</param>
/// <param name="Ground">Its ground.</param>
/// <param name="Reason">The reason(s): both reviewers' when confirmed.</param>
/// <param name="Restrictions">Restrictions to apply.</param>
/// <param name="Pending">The proposal to store when it does not take effect yet.</param>
public sealed record DecisionOutcome(bool TakesEffect, ReviewDecision Decision, Ground? Ground, string Reason, IReadOnlyList<string> Restrictions, PendingDecision? Pending);

/// <summary>The four-eyes rule for review decisions.</summary>
/// <remarks>
/// A refusal, any publication that overrides a blocking finding, and any publication of a request whose person is linked
/// to an entry of the protected-status registry (<see cref="Assessment.LinksProtectedPerson"/>) need a second reviewer: the first reviewer's
/// decision is stored as a proposal, and takes effect only when a different reviewer takes the same decision. Every
/// decision carries a written reason; a refusal or an override also carries a structured ground. Publishing below
/// the penalty threshold is the "particular importance" exception of RPD Art. 83(1)(b)(iii) and must say so. The second
/// reviewer confirms the first one's decision, ground and reason as they stand (a comment of their own is optional) or takes
/// another decision, which becomes the new proposal.
/// </remarks>
public static class ReviewDecisions
{
    /// <summary>Longest reason one reviewer may give (both reasons of a confirmed decision are kept together).</summary>
    public const int MaxReasonLength = 900;

    /// <summary>Decides what a reviewer's decision does.</summary>
    /// <param name="pending">The proposal already stored, if any.</param>
    /// <param name="request">The decision asked.</param>
    /// <param name="reviewerId">Who decides.</param>
    /// <param name="assessment">The request's assessment.</param>
    public static Result<DecisionOutcome> Decide(PendingDecision? pending, DecisionRequest request, string reviewerId, Assessment? assessment)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var blocking = assessment?.Findings.Where(f => f.Severity == Severity.Blocking).ToList() ?? [];
        var publishing = request.Decision is ReviewDecision.Publish or ReviewDecision.PublishWithRestrictions;
        var overrides = publishing && blocking.Count > 0;
        // The second reviewer confirms the first one's decision and reason as shown, without retyping them; a comment is optional.
        var confirming = pending is not null && pending.Decision == request.Decision;
        var confirmingAnother = confirming && !string.Equals(pending!.ProposedBy, reviewerId, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Reason) && !confirmingAnother)
        {
            errors["reason"] = ["Every decision needs a written reason."];
        }
        else if (request.Reason is { Length: > MaxReasonLength })
        {
            errors["reason"] = [$"At most {MaxReasonLength} characters."];
        }

        if ((request.Decision == ReviewDecision.Refuse || overrides) && request.Ground is null && !(confirming && pending!.Ground is not null))
        {
            errors["ground"] = ["Give the ground: Article2, Article3, Article83 or DataQuality."];
        }

        if (request.Decision == ReviewDecision.PublishWithRestrictions && request.Restrictions.Count == 0 && !(confirming && pending!.Restrictions.Count > 0))
        {
            errors["restrictions"] = ["Name the members to exclude."];
        }

        // A proposal to publish was only stored once its reviewer had stated the exception; confirming it states it again.
        if (publishing && blocking.Any(f => f.RuleId.StartsWith("ART83-PENALTY", StringComparison.Ordinal)) && !request.ParticularImportance && !confirming)
        {
            errors["particularImportance"] = ["Below the penalty threshold, publication is only possible as an exception of particular importance (RPD Art. 83(1)(b)(iii)); say so explicitly."];
        }

        if (errors.Count > 0)
        {
            return new InvalidError("review.invalid", "The decision is incomplete.", errors);
        }

        var reason = request.Reason?.Trim() ?? "";
        var needsSecond = request.Decision == ReviewDecision.Refuse || overrides || (publishing && assessment?.LinksProtectedPerson == true);
        if (!needsSecond)
        {
            return confirming
                ? new DecisionOutcome(true, request.Decision, request.Ground ?? pending!.Ground, reason.Length == 0 ? pending!.Reason : reason,
                    request.Restrictions.Count > 0 ? request.Restrictions : pending!.Restrictions, null)
                : new DecisionOutcome(true, request.Decision, request.Ground, reason, request.Restrictions, null);
        }

        if (pending is null || pending.Decision != request.Decision)
        {
            var proposal = new PendingDecision(request.Decision, reviewerId, request.Ground, reason, request.Restrictions);
            return new DecisionOutcome(false, request.Decision, request.Ground, reason, request.Restrictions, proposal);
        }

        if (string.Equals(pending.ProposedBy, reviewerId, StringComparison.Ordinal))
        {
            return new ConflictError("review.four_eyes", "You proposed this decision; a second reviewer must confirm it.");
        }

        return new DecisionOutcome(true, request.Decision, request.Ground ?? pending.Ground, reason.Length == 0 ? $"{pending.Reason} — confirmed" : $"{pending.Reason} — confirmed: {reason}",
            request.Restrictions.Count > 0 ? request.Restrictions : pending.Restrictions, null);
    }

    /// <summary>Ordering key for the review queue: riskiest first (refuse, then review, then clear).</summary>
    /// <param name="recommendation">The assessment's recommendation, if assessed.</param>
    public static int Risk(Recommendation? recommendation) => recommendation switch
    {
        Recommendation.Refuse => 2,
        Recommendation.Review => 1,
        _ => 0,
    };
}
