using FairNotice.Domain;

namespace FairNotice.Web.Features.Notices;

internal static class NoticeErrors
{
    // Not-found also answers requests the caller may not see: existence is not disclosed.
    public static readonly NotFoundError NotFound = new("notice.not_found", "No such request, or you may not see it.");
    public static readonly ForbiddenError NotYourCountry = new("notice.not_source", "Only the requesting NCB may do this.");
    public static readonly ConflictError NotDraft = new("notice.not_draft", "Only a draft, or a request sent back for more information, can be edited.");
    public static readonly ConflictError CaseTakenMeanwhile = new("case.taken", "Another reviewer took this case at the same moment.");
    public static readonly ConflictError Concurrent = new("notice.concurrent_change", "The request changed while you were working on it; reload and try again.");

    public static InvalidError Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new("notice.invalid", "Some fields are missing or invalid.", fields);

    /// <summary>The form's validation errors: English for the API, keys and arguments for a page.</summary>
    public static InvalidError Invalid(IReadOnlyDictionary<string, LocalMessage[]> fields) =>
        Invalid(Domain.Notices.NoticeValidation.English(fields)) with { LocalFields = fields };

    public static InvalidError ReasonRequired(string action) =>
        new("notice.reason_required", $"{action} needs a reason.", new Dictionary<string, string[]> { ["reason"] = [$"Give the reason for {action}."] });
}
