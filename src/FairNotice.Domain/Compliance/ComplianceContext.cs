using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>An earlier request from the same requester that was refused or cancelled.</summary>
/// <param name="Reference">Its reference.</param>
/// <param name="Status">Refused or Cancelled.</param>
/// <param name="Person">Its subject.</param>
/// <param name="DecidedAt">When it was refused or cancelled.</param>
/// <param name="Reason">The recorded reason.</param>
/// <param name="Ground">The ground of the refusal where one was recorded (a reviewer's decision records it).</param>
public sealed record PriorRequest(string Reference, NoticeStatus Status, Person Person, DateTimeOffset DecidedAt, string? Reason, Ground? Ground = null);

/// <summary>An earlier request from the same requester, in any status but draft (issue #13: a published request filed again
/// under another name): what the duplicate rule compares.</summary>
/// <param name="Reference">Its reference.</param>
/// <param name="Status">Its status.</param>
/// <param name="Person">Its subject.</param>
/// <param name="WarrantReference">The reference of its warrant or judgment, as written.</param>
/// <param name="Facts">Its summary of facts.</param>
public sealed record EarlierRequest(string Reference, NoticeStatus Status, Person? Person, string? WarrantReference, string? Facts);

/// <summary>Kinds of protection that feed the engine.</summary>
public enum ProtectionKind
{
    /// <summary>Recognised refugee (1951 Convention).</summary>
    Refugee,
    /// <summary>Asylum granted.</summary>
    Asylum,
    /// <summary>A protective measure ordered by the Commission for the Control of Files.</summary>
    CommissionMeasure,
}

/// <summary>A person under protection.</summary>
/// <param name="Person">Who (names, aliases, date of birth).</param>
/// <param name="Kind">Refugee, asylum or Commission measure.</param>
/// <param name="FearedPersecutionBy">Members the person fears persecution from (for refugee and asylum status).</param>
/// <param name="Confirmed">True when the status is confirmed, not merely claimed.</param>
/// <remarks>Never carries which country granted the status: the requester must not learn it.</remarks>
public sealed record ProtectedStatus(Person Person, ProtectionKind Kind, IReadOnlyList<string> FearedPersecutionBy, bool Confirmed);

/// <summary>A pre-check a member ran (<c>POST /api/compliance/assess</c> or the page's "Check against the rules").</summary>
/// <param name="Person">Whom it was about, as spelt then.</param>
/// <param name="At">When.</param>
public sealed record PriorPreCheck(Person Person, DateTimeOffset At);

/// <summary>What the engine needs besides the request.</summary>
/// <param name="PriorRefusals">Earlier refused or cancelled requests from the same requester.</param>
/// <param name="Protected">Persons under protection.</param>
/// <param name="PreChecks">The requester's recent pre-checks (about anyone; the engine finds those about this person).</param>
/// <param name="Precedents">Earlier reviewer and Commission decisions from every member (findings naming them are restricted).</param>
/// <param name="Earlier">The requester's own earlier requests in any status but draft, for the duplicate rule.</param>
public sealed record ComplianceContext(IReadOnlyList<PriorRequest> PriorRefusals, IReadOnlyList<ProtectedStatus> Protected, IReadOnlyList<PriorPreCheck>? PreChecks = null,
    IReadOnlyList<Precedents.Precedent>? Precedents = null, IReadOnlyList<EarlierRequest>? Earlier = null)
{
    /// <summary>No history and no protected persons.</summary>
    public static ComplianceContext Empty { get; } = new([], []);
}
