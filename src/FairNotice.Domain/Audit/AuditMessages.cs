namespace FairNotice.Domain.Audit;

/// <summary>The audit trail's verdicts as templates (<see cref="MessageCatalog"/>), so that the audit page can say them in
/// its own language; each verdict's English message is the same template filled in English.</summary>
public static class AuditMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
    ];
}
