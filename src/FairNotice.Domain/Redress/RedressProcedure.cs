namespace FairNotice.Domain.Redress;

/// <summary>What the Commission (or a consulted source) does to a request.</summary>
public enum RedressAction
{
    /// <summary>Declare the request admissible: the decision clock starts (Art. 40).</summary>
    DeclareAdmissible,
    /// <summary>Declare the request inadmissible, with reasons (Art. 32); closes it.</summary>
    DeclareInadmissible,
    /// <summary>Add a notice to the file and consult its source (Arts. 21, 34, 35).</summary>
    LinkNotice,
    /// <summary>Block a notice in the file while the request is pending (Art. 37).</summary>
    ProvisionalMeasure,
    /// <summary>Tell the parties the decision deadline cannot be met (Art. 40(3)).</summary>
    DeadlineNotice,
    /// <summary>A consulted source answers about disclosure (Art. 35).</summary>
    AnswerConsultation,
    /// <summary>The binding decision (Art. 26); closes the request.</summary>
    Decide,
}

/// <summary>The Commission's procedure as a state machine: which action is allowed in which status, and where it leads.</summary>
/// <remarks>
/// Received → admissible or inadmissible; admissible → decided. Inadmissible and decided are closed: no action
/// applies to them (only a new application for revision, Art. 42, reopens a decided case, as a new request).
/// Notices may be linked, blocked and answered about while the request is received or admissible; a deadline notice
/// needs a running decision clock, so only an admissible request. The Domain never reads the clock: deadlines are
/// computed by <see cref="CommissionDeadlines"/> from the day the caller passes.
/// </remarks>
public static class RedressProcedure
{
    /// <summary>Statuses in which the request is closed.</summary>
    public static IReadOnlySet<RedressStatus> Closed { get; } = new HashSet<RedressStatus> { RedressStatus.Inadmissible, RedressStatus.Decided };

    /// <summary>The status an allowed action leads to, or the error that refuses it (codes are stable API values).</summary>
    /// <param name="from">The request's status.</param>
    /// <param name="action">What is asked.</param>
    public static Result<RedressStatus> Apply(RedressStatus from, RedressAction action) => action switch
    {
        RedressAction.DeclareAdmissible or RedressAction.DeclareInadmissible => from == RedressStatus.Received
            ? action == RedressAction.DeclareAdmissible ? RedressStatus.Admissible : RedressStatus.Inadmissible
            : new ConflictError("redress.admissibility_decided", $"Admissibility was already decided ({from})."),
        RedressAction.LinkNotice => Closed.Contains(from) ? new ConflictError("redress.closed", $"The request is {from}.") : from,
        RedressAction.ProvisionalMeasure => Closed.Contains(from)
            ? new ConflictError("redress.closed", $"Provisional measures apply while a request is pending; this one is {from}.")
            : from,
        RedressAction.DeadlineNotice => from == RedressStatus.Admissible
            ? from
            : new ConflictError("redress.no_running_deadline", "Only an admissible request awaiting its decision has a decision deadline."),
        RedressAction.AnswerConsultation => Closed.Contains(from) ? new ConflictError("consultation.closed", "The request is closed.") : from,
        RedressAction.Decide => from == RedressStatus.Admissible
            ? RedressStatus.Decided
            : new ConflictError("redress.not_admissible", $"Only an admissible request can be decided; this one is {from}."),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The binding decision: the status check of <see cref="Apply"/> and the rules on the outcome itself.</summary>
    /// <param name="from">The request's status.</param>
    /// <param name="type">The request's type.</param>
    /// <param name="outcome">The outcome the Commission chose.</param>
    /// <param name="sourcesPending">True while a consulted source has not answered.</param>
    /// <remarks>Only a revision can fail the revision conditions (Art. 42); an access request waits for every consulted
    /// source (Art. 35).</remarks>
    public static Result<RedressStatus> Decide(RedressStatus from, RedressType type, RedressOutcome outcome, bool sourcesPending)
    {
        var next = Apply(from, RedressAction.Decide);
        if (!next.IsOk)
        {
            return next;
        }

        if (outcome == RedressOutcome.ConditionsForRevisionNotMet && type != RedressType.Revision)
        {
            return new InvalidError("redress.invalid", "Only a revision application can fail the revision conditions.",
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["outcome"] = ["Not for this request type."] });
        }

        if (type == RedressType.Access && sourcesPending)
        {
            return new ConflictError("redress.sources_pending", "Every consulted source must answer before an access request is decided (CCF Statute Art. 35).");
        }

        return next;
    }
}
