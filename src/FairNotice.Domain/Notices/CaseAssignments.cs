using FairNotice.Domain.Access;

namespace FairNotice.Domain.Notices;

/// <summary>Who works on a request under review: a Secretariat reviewer takes it from the queue and releases it.</summary>
/// <remarks>
/// A case has at most one assignee. Only reviewers take or release cases, and only while the request awaits a decision
/// (submitted or under review). A case another reviewer holds is not taken over silently: that reviewer releases it first.
/// Releasing a case one does not hold is refused, so the trail never shows a release by someone who did not take it.
/// </remarks>
public static class CaseAssignments
{
    /// <summary>Decides who holds the case after <paramref name="actor"/> takes it.</summary>
    /// <param name="status">The request's status.</param>
    /// <param name="assignee">The reviewer who holds the case now, if any.</param>
    /// <param name="actor">Who asks.</param>
    /// <returns>The new assignee (the actor), or why not.</returns>
    public static Result<string> Take(NoticeStatus status, string? assignee, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Refused(status, actor) is { } refused)
        {
            return refused;
        }

        if (assignee is not null && !string.Equals(assignee, actor.UserId, StringComparison.Ordinal))
        {
            return new ConflictError("case.taken", "Another reviewer has taken this case; it can be taken when they release it.");
        }

        return actor.UserId;
    }

    /// <summary>Decides whether <paramref name="actor"/> may release the case (whatever the request's status: a decided
    /// request is released by whoever held it).</summary>
    /// <param name="assignee">The reviewer who holds the case now, if any.</param>
    /// <param name="actor">Who asks.</param>
    /// <returns>True when the case is released, or why not.</returns>
    public static Result<bool> Release(string? assignee, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsReviewer)
        {
            return ReviewersOnly;
        }

        if (assignee is null || !string.Equals(assignee, actor.UserId, StringComparison.Ordinal))
        {
            return new ConflictError("case.not_yours", "You do not hold this case; only the reviewer who took it releases it.");
        }

        return true;
    }

    /// <summary>True while a request awaits the Secretariat's decision, so that a reviewer can take it.</summary>
    /// <param name="status">The request's status.</param>
    public static bool AwaitsDecision(NoticeStatus status) => status is NoticeStatus.Submitted or NoticeStatus.UnderReview;

    private static ForbiddenError ReviewersOnly { get; } = new("case.reviewers_only", "Only Secretariat reviewers take and release cases.");

    private static Error? Refused(NoticeStatus status, Actor actor) =>
        !actor.IsReviewer ? ReviewersOnly
        : !AwaitsDecision(status) ? new ConflictError("case.not_awaiting", "The request no longer awaits a decision.")
        : null;
}
