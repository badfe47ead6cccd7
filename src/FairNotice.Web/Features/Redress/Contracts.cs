using FairNotice.Domain.Redress;

namespace FairNotice.Web.Features.Redress;

/// <summary>An uploaded file as received (from a form or the API).</summary>
internal sealed record Upload(string Kind, string FileName, string? DeclaredType, byte[] Data);

/// <summary>What an applicant files.</summary>
public sealed record FileRedressRequest(RedressType? Type, string? Language, string? FamilyName, string? Forenames, string? DateOfBirth, string? Nationality,
    bool ByRepresentative, string? RepresentativeName, string? ContactEmail, string? Statement, string? PreviousNumber, string? NewFact, string? NewFactDiscovered);

/// <summary>The receipt: the request number and the private follow-up code (shown once).</summary>
public sealed record RedressReceipt(string Number, string FollowUpCode, DateOnly AdmissibilityDue, string Citation);

/// <summary>What the applicant may read about their request.</summary>
public sealed record ApplicantView(string Number, string Type, string Status, DateTimeOffset ReceivedAt, DateOnly? AdmissibilityDue, DateOnly? DecisionDue,
    string? Outcome, string? Reasons, IReadOnlyList<string> Disclosed, IReadOnlyList<MessageView> Messages);

/// <param name="Message">The text as a message key and its arguments, for the reader's language (null for older steps).</param>
public sealed record MessageView(DateTimeOffset At, string Text, FairNotice.Domain.LocalMessage? Message = null);

public sealed record DeadlineView(string What, DateOnly Due, string Citation, string State);

public sealed record RedressSummary(Guid Id, string Number, string Type, string Status, DateTimeOffset ReceivedAt, DeadlineView? Next, int Links, bool Blocking);

public sealed record LinkView(Guid Id, Guid NoticeId, string NoticeReference, string SourceCountry, DateTimeOffset ConsultedAt, DateTimeOffset? AnsweredAt,
    bool? DisclosureAllowed, string? Restriction, string? SourceComment, string? BlockedFor);

public sealed record AttachmentView(Guid Id, string Kind, string FileName, string ContentType, long Size, string Sha256);

public sealed record RedressFileView(Guid Id, string Number, string Type, string Status, string Language, string FamilyName, string Forenames, string? DateOfBirth,
    string? Nationality, bool ByRepresentative, string? RepresentativeName, string ContactEmail, string Statement, string? PreviousNumber, string? NewFact,
    DateOnly? NewFactDiscovered, DateTimeOffset ReceivedAt, IReadOnlyList<DeadlineView> Deadlines, string? Outcome, string? Reasons,
    IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<LinkView> Links, IReadOnlyList<RedressEventView> Events, IReadOnlyList<string> DisclosedToApplicant);

public sealed record RedressEventView(DateTimeOffset At, string ActorId, string Action, string Text, bool ToApplicant, bool ToSource, FairNotice.Domain.LocalMessage? Message = null);

public sealed record AdmissibilityRequest(bool? Admissible, string? Reason);

public sealed record LinkNoticeRequest(Guid? NoticeId, string? SummaryForSource);

public sealed record ProvisionalMeasureRequest(Guid? NoticeId, ProvisionalGround? Ground, string? Reason);

public sealed record DeadlineNoticeRequest(string? Reason, DateOnly? ExpectedBy);

public sealed record DecisionRequest(RedressOutcome? Outcome, string? Reasons, string? Update);

public sealed record ConsultationAnswer(bool? AllowDisclosure, DisclosureRestriction? Restriction, string? Comment);

/// <summary>What the source NCB sees of a request about its data: never the applicant's contact details or documents.</summary>
public sealed record ConsultationView(Guid Id, string RequestNumber, string RequestType, string NoticeReference, string Summary, DateTimeOffset ConsultedAt,
    DateTimeOffset? AnsweredAt, bool? DisclosureAllowed, string? Restriction, string? BlockedFor, IReadOnlyList<MessageView> Messages);

public sealed record PurgeView(Guid Id, string NoticeReference, string Member, DateTimeOffset NotifiedAt, DateOnly Due, DateTimeOffset? AcknowledgedAt, bool Overdue);

/// <summary>Decisions the Secretariat must implement or know of (no applicant data).</summary>
public sealed record SecretariatDecisionView(string RequestNumber, string NoticeReference, string Outcome, string Reasons, DateTimeOffset DecidedAt, DateOnly? DeleteBy);


public sealed record FollowUpRequest(string? Number, string? Code);
