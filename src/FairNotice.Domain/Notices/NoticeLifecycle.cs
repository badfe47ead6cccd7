using FairNotice.Domain.Access;

namespace FairNotice.Domain.Notices;

/// <summary>Where a request stands.</summary>
public enum NoticeStatus
{
    /// <summary>Being written by the requesting NCB; seen by nobody else.</summary>
    Draft,
    /// <summary>Sent to the Secretariat.</summary>
    Submitted,
    /// <summary>In the Secretariat's review queue.</summary>
    UnderReview,
    /// <summary>Published (notice) or found compliant (diffusion).</summary>
    Published,
    /// <summary>Refused by the Secretariat.</summary>
    Refused,
    /// <summary>Temporarily suspended by the source.</summary>
    Suspended,
    /// <summary>Withdrawn by the source.</summary>
    Withdrawn,
    /// <summary>Cancelled by the Secretariat.</summary>
    Cancelled,
    /// <summary>Past its validity and not renewed.</summary>
    Expired,
    /// <summary>Sent back by a reviewer for more information; the source may edit and resubmit.</summary>
    InformationRequested,
}

/// <summary>What someone asks to do to a request.</summary>
public enum NoticeAction
{
    /// <summary>Draft or information requested → submitted (requesting NCB).</summary>
    Submit,
    /// <summary>Submitted → under review (Secretariat intake).</summary>
    StartReview,
    /// <summary>Under review → published (Secretariat reviewer).</summary>
    Publish,
    /// <summary>Under review → refused (Secretariat reviewer).</summary>
    Refuse,
    /// <summary>Published → suspended (requesting NCB supervisor).</summary>
    Suspend,
    /// <summary>Suspended → published (requesting NCB supervisor).</summary>
    Resume,
    /// <summary>Submitted, under review, published or suspended → withdrawn (requesting NCB).</summary>
    Withdraw,
    /// <summary>Published or suspended → cancelled (Secretariat reviewer).</summary>
    Cancel,
    /// <summary>Published or suspended → expired, once the validity has run out (Secretariat or system).</summary>
    Expire,
    /// <summary>Extends a published or suspended request by another validity period, from six months before expiry (requesting NCB supervisor).</summary>
    Renew,
    /// <summary>Under review → information requested (Secretariat reviewer).</summary>
    RequestInformation,
}

/// <summary>The facts the lifecycle decides on.</summary>
/// <param name="Status">Current status.</param>
/// <param name="RequestingCountry">The source NCB's country.</param>
/// <param name="ExpiresAt">End of validity, once published.</param>
public sealed record LifecycleFacts(NoticeStatus Status, string RequestingCountry, DateTimeOffset? ExpiresAt);

/// <summary>The outcome of an allowed action.</summary>
/// <param name="From">Status before.</param>
/// <param name="To">Status after.</param>
/// <param name="ExpiresAt">End of validity after the action.</param>
public sealed record Transition(NoticeStatus From, NoticeStatus To, DateTimeOffset? ExpiresAt);

/// <summary>The request lifecycle as a pure state machine.</summary>
/// <remarks>
/// Terminal states (refused, withdrawn, cancelled, expired) admit no action. Validity is five years from
/// publication (RPD Art. 50 retention); a renewal may be asked from six months before expiry and adds five
/// years to the current end of validity.
/// </remarks>
public static class NoticeLifecycle
{
    /// <summary>Validity of a published request.</summary>
    public const int ValidityYears = 5;

    /// <summary>How long before expiry a renewal may be asked.</summary>
    public const int RenewalWindowMonths = 6;

    /// <summary>Statuses from which nothing more can happen.</summary>
    public static IReadOnlySet<NoticeStatus> Terminal { get; } =
        new HashSet<NoticeStatus> { NoticeStatus.Refused, NoticeStatus.Withdrawn, NoticeStatus.Cancelled, NoticeStatus.Expired };

    /// <summary>Decides whether the actor may take the action now, and what follows.</summary>
    /// <param name="facts">The request's current facts.</param>
    /// <param name="action">The action.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="now">The caller's clock.</param>
    /// <returns>The transition, or a Forbidden or Conflict error.</returns>
    public static Result<Transition> Decide(LifecycleFacts facts, NoticeAction action, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        var s = facts.Status;
        var source = actor.IsNcbOf(facts.RequestingCountry);
        var sourceSupervisor = source && actor.Has(Role.NcbSupervisor);
        var system = ReferenceEquals(actor, Actor.System) || actor.UserId == Actor.System.UserId;
        var reviewer = actor.IsReviewer;

        return action switch
        {
            NoticeAction.Submit => Step(s, [NoticeStatus.Draft, NoticeStatus.InformationRequested], NoticeStatus.Submitted, source, facts.ExpiresAt, action),
            NoticeAction.RequestInformation => Step(s, [NoticeStatus.UnderReview], NoticeStatus.InformationRequested, reviewer, facts.ExpiresAt, action),
            NoticeAction.StartReview => Step(s, [NoticeStatus.Submitted], NoticeStatus.UnderReview, reviewer || system, facts.ExpiresAt, action),
            NoticeAction.Publish => Step(s, [NoticeStatus.UnderReview], NoticeStatus.Published, reviewer, now.AddYears(ValidityYears), action),
            NoticeAction.Refuse => Step(s, [NoticeStatus.UnderReview], NoticeStatus.Refused, reviewer, facts.ExpiresAt, action),
            NoticeAction.Suspend => Step(s, [NoticeStatus.Published], NoticeStatus.Suspended, sourceSupervisor, facts.ExpiresAt, action),
            NoticeAction.Resume => Expired(facts, now)
                ? Conflict(action, s, LifecycleMessages.Why("RunOut"))
                : Step(s, [NoticeStatus.Suspended], NoticeStatus.Published, sourceSupervisor, facts.ExpiresAt, action),
            NoticeAction.Withdraw => Step(s, [NoticeStatus.Submitted, NoticeStatus.UnderReview, NoticeStatus.InformationRequested, NoticeStatus.Published, NoticeStatus.Suspended], NoticeStatus.Withdrawn, source, facts.ExpiresAt, action),
            NoticeAction.Cancel => Step(s, [NoticeStatus.Published, NoticeStatus.Suspended], NoticeStatus.Cancelled, reviewer, facts.ExpiresAt, action),
            NoticeAction.Expire => !Expired(facts, now) && IsLive(s)
                ? Conflict(action, s, LifecycleMessages.Why("ValidUntil", MessageArgument.Code($"{facts.ExpiresAt:yyyy-MM-dd}")))
                : Step(s, [NoticeStatus.Published, NoticeStatus.Suspended], NoticeStatus.Expired, reviewer || system, facts.ExpiresAt, action),
            NoticeAction.Renew => Renew(facts, sourceSupervisor, now),
            _ => new InvalidError("notice.action_unknown", $"Unknown action {action}.", new Dictionary<string, string[]> { ["action"] = ["Unknown action."] }),
        };
    }

    /// <summary>Deleted on a binding Commission decision (CCF Statute Art. 41): not an action anyone asks for, but the
    /// consequence of a "not compliant" decision, in whatever status the request is.</summary>
    /// <param name="facts">The request's current facts.</param>
    /// <remarks>A request still open or live is cancelled, so it leaves screening and the public extract at once; an
    /// expired one is cancelled too (its data leave the files); a refused, withdrawn or cancelled one keeps its status.
    /// Who must purge copies is <see cref="NoticeVisibility.Recipients"/>.</remarks>
    public static Transition DeleteOnCommissionDecision(LifecycleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var to = !Terminal.Contains(facts.Status) || facts.Status == NoticeStatus.Expired ? NoticeStatus.Cancelled : facts.Status;
        return new Transition(facts.Status, to, facts.ExpiresAt);
    }

    /// <summary>The actions the actor could take now (for showing buttons).</summary>
    /// <param name="facts">The request's facts.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="now">The caller's clock.</param>
    public static IReadOnlyList<NoticeAction> Available(LifecycleFacts facts, Actor actor, DateTimeOffset now) =>
        [.. Enum.GetValues<NoticeAction>().Where(a => Decide(facts, a, actor, now).IsOk)];

    private static bool IsLive(NoticeStatus s) => s is NoticeStatus.Published or NoticeStatus.Suspended;

    private static bool Expired(LifecycleFacts facts, DateTimeOffset now) => facts.ExpiresAt is { } e && now >= e;

    private static Result<Transition> Renew(LifecycleFacts facts, bool allowed, DateTimeOffset now)
    {
        if (!IsLive(facts.Status))
        {
            return Conflict(NoticeAction.Renew, facts.Status, LifecycleMessages.Why("RenewLiveOnly"));
        }

        if (!allowed)
        {
            return Forbidden(NoticeAction.Renew);
        }

        var expires = facts.ExpiresAt ?? throw new InvalidOperationException("A live request has an end of validity.");
        if (now >= expires)
        {
            return Conflict(NoticeAction.Renew, facts.Status, LifecycleMessages.Why("AlreadyRunOut"));
        }

        if (now < expires.AddMonths(-RenewalWindowMonths))
        {
            return Conflict(NoticeAction.Renew, facts.Status, LifecycleMessages.Why("RenewalOpens", MessageArgument.Date(expires.AddMonths(-RenewalWindowMonths))));
        }

        return new Transition(facts.Status, facts.Status, expires.AddYears(ValidityYears));
    }

    private static Result<Transition> Step(NoticeStatus from, NoticeStatus[] allowedFrom, NoticeStatus to, bool permitted, DateTimeOffset? expires, NoticeAction action)
    {
        if (!allowedFrom.Contains(from))
        {
            return Conflict(action, from, Terminal.Contains(from) ? LifecycleMessages.Why("Closed")
                : LifecycleMessages.Why("MustBe", MessageArgument.List(MessageCatalog.Or, allowedFrom.Select(LifecycleMessages.Status))));
        }

        return permitted ? new Transition(from, to, expires) : Forbidden(action);
    }

    private static ConflictError Conflict(NoticeAction action, NoticeStatus status, LocalMessage why)
    {
        var message = LocalMessage.Of("Lifecycle.Conflict", LifecycleMessages.Action(action), LifecycleMessages.Status(status), MessageArgument.Of(why));
        return new("notice.invalid_transition", message.English) { Local = message };
    }

    private static ForbiddenError Forbidden(NoticeAction action)
    {
        var message = LocalMessage.Of("Lifecycle.Forbidden", LifecycleMessages.Action(action));
        return new("notice.forbidden_action", message.English) { Local = message };
    }
}
