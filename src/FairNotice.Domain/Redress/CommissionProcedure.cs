namespace FairNotice.Domain.Redress;

/// <summary>What an applicant asks the Commission for (CCF Statute Art. 3(1)(c) and Art. 42).</summary>
public enum RedressType
{
    /// <summary>Access to the data held about the applicant.</summary>
    Access,
    /// <summary>Correction and/or deletion of that data.</summary>
    CorrectionDeletion,
    /// <summary>Revision of an earlier decision on a newly discovered fact (Art. 42).</summary>
    Revision,
}

/// <summary>Where a request to the Commission stands.</summary>
public enum RedressStatus
{
    /// <summary>Received; admissibility not yet decided (Art. 32: within one month).</summary>
    Received,
    /// <summary>Declared admissible; the decision clock runs (Art. 40).</summary>
    Admissible,
    /// <summary>Declared inadmissible, with reasons; closed.</summary>
    Inadmissible,
    /// <summary>Decided; the decision binds the Organization (Art. 26).</summary>
    Decided,
}

/// <summary>The Requests Chamber's decision (wording of the published decision excerpts).</summary>
public enum RedressOutcome
{
    /// <summary>The data comply with the rules.</summary>
    Compliant,
    /// <summary>The data comply once updated as the decision says.</summary>
    CompliantWithUpdate,
    /// <summary>The data do not comply: they are deleted within one month (Art. 41).</summary>
    NotCompliant,
    /// <summary>A revision application that does not meet Art. 42's conditions.</summary>
    ConditionsForRevisionNotMet,
}

/// <summary>Why a source may restrict what the applicant is told (Art. 35(3)); the source must pick one.</summary>
public enum DisclosureRestriction
{
    /// <summary>Art. 35(3)(a): to protect public or national security or to prevent crime.</summary>
    PublicSecurityOrCrimePrevention,
    /// <summary>Art. 35(3)(b): to keep an investigation or a prosecution confidential.</summary>
    ConfidentialInvestigation,
    /// <summary>To protect the rights and freedoms of the applicant or of third parties (UNVERIFIED wording of the rest of the Art. 35(3) list).</summary>
    RightsOfOthers,
    /// <summary>Another ground of national law the source names in its reasons (UNVERIFIED wording of the rest of the Art. 35(3) list).</summary>
    NationalLaw,
}

/// <summary>Urgency that justifies provisional measures while a request is pending (Art. 37).</summary>
public enum ProvisionalGround
{
    /// <summary>Extradition is imminent.</summary>
    ImminentExtradition,
    /// <summary>The applicant is detained on the strength of the notice alone.</summary>
    DetentionOnNoticeAlone,
    /// <summary>The applicant has refugee or other protective status.</summary>
    ProtectiveStatus,
}

/// <summary>A deadline with the article that sets it.</summary>
/// <param name="What">What must happen.</param>
/// <param name="Due">By when (end of that day, UTC).</param>
/// <param name="Citation">The article.</param>
public sealed record Deadline(string What, DateOnly Due, string Citation);

/// <summary>How a deadline stands today.</summary>
public enum ClockState
{
    /// <summary>More than the warning period left.</summary>
    OnTime,
    /// <summary>Within the warning period.</summary>
    DueSoon,
    /// <summary>Past due.</summary>
    Overdue,
}

/// <summary>The Commission's clocks, as pure date arithmetic (calendar months, clamped at month end).</summary>
public static class CommissionDeadlines
{
    /// <summary>Days before a deadline from which the Commission's page warns.</summary>
    public const int WarningDays = 14;

    /// <summary>Art. 32: the applicant is told whether the request is admissible within one month of receipt.</summary>
    /// <param name="received">Day of receipt.</param>
    public static Deadline Admissibility(DateOnly received) => new("decide admissibility", received.AddMonths(1), "CCF Statute Art. 32");

    /// <summary>Art. 40: access within four months, correction or deletion within nine, counted from admissibility.</summary>
    /// <param name="type">The request type.</param>
    /// <param name="admissible">Day the request was declared admissible.</param>
    /// <remarks>The Statute sets no separate period for revision; FairNotice applies the nine months of Art. 40(2)
    /// (docs/adr/0007-redress.md).</remarks>
    public static Deadline Decision(RedressType type, DateOnly admissible) => type switch
    {
        RedressType.Access => new("decide the access request", admissible.AddMonths(4), "CCF Statute Art. 40(1)"),
        RedressType.CorrectionDeletion => new("decide the correction or deletion request", admissible.AddMonths(9), "CCF Statute Art. 40(2)"),
        _ => new("decide the revision application", admissible.AddMonths(9), "CCF Statute Art. 40(2), applied to revision by FairNotice"),
    };

    /// <summary>Art. 41: the Secretariat implements a deletion within one month of the decision.</summary>
    /// <param name="decided">Day of the decision.</param>
    public static Deadline Deletion(DateOnly decided) => new("delete the data and have every recipient purge its copies", decided.AddMonths(1), "CCF Statute Art. 41");

    /// <summary>Art. 42: a revision must be filed within six months of discovering the new fact.</summary>
    /// <param name="discovered">Day the new fact was discovered.</param>
    /// <param name="filed">Day of filing.</param>
    public static bool RevisionInTime(DateOnly discovered, DateOnly filed) => discovered <= filed && filed <= discovered.AddMonths(6);

    /// <summary>How a deadline stands on a given day.</summary>
    /// <param name="due">The deadline.</param>
    /// <param name="today">Today.</param>
    public static ClockState State(DateOnly due, DateOnly today) =>
        today > due ? ClockState.Overdue : today.AddDays(WarningDays) >= due ? ClockState.DueSoon : ClockState.OnTime;
}

/// <summary>One piece of data the Commission found about the applicant, and whether its source allowed disclosure.</summary>
/// <param name="Reference">The notice's reference.</param>
/// <param name="Summary">What may be told about it.</param>
/// <param name="Restriction">The source's restriction; null when disclosure is allowed or the source has not been asked.</param>
/// <param name="SourceAnswered">True once the source has answered the consultation.</param>
public sealed record DisclosableItem(string Reference, string Summary, DisclosureRestriction? Restriction, bool SourceAnswered);

/// <summary>What the applicant is told (Art. 35): only what the sources allowed, never whether restricted data exist.</summary>
public static class Disclosure
{
    /// <summary>The Commission's standard reply when nothing may be disclosed — the same whether data exist or not.</summary>
    public const string StandardReply =
        "The Commission is not authorized to disclose whether or not there is any information concerning you in INTERPOL's files.";

    /// <summary>The lines the applicant may read: allowed items only, or the standard reply. A restricted item and an
    /// unanswered consultation are treated alike, and neither is counted or hinted at.</summary>
    /// <param name="items">Everything found.</param>
    public static IReadOnlyList<string> ForApplicant(IEnumerable<DisclosableItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var allowed = items.Where(i => i.SourceAnswered && i.Restriction is null).Select(i => $"{i.Reference}: {i.Summary}").ToList();
        return allowed.Count > 0 ? allowed : [StandardReply];
    }
}
