using FairNotice.Domain;
using FairNotice.Domain.Redress;

namespace FairNotice.Web.Features.Redress;

/// <summary>Every error the Redress feature answers, by name. The procedure's status conflicts come from
/// <see cref="RedressProcedure"/>.</summary>
internal static class RedressErrors
{
    public static readonly NotFoundError NotFound = new("redress.not_found", "No such request.");

    // The same answer for a wrong number and a wrong code: a guesser learns nothing (FollowUpGuesses).
    public static readonly NotFoundError NoMatch = new("redress.not_found", "No request matches this number and follow-up code.");
    public static readonly NotFoundError NoDocument = new("redress.not_found", "No such document.");
    public static readonly ConflictError Concurrent = new("redress.concurrent", "Someone else changed this request at the same time; reload and try again.");
    public static readonly ConflictError AlreadyLinked = new("redress.already_linked", "This notice is already part of the file.");
    public static readonly NotFoundError NoConsultation = new("consultation.not_found", "No such consultation for your bureau.");
    public static readonly NotFoundError NoPurge = new("purge.not_found", "No such purge notification for your bureau.");

    public static InvalidError Filing(IReadOnlyDictionary<string, string[]> fields) => new("redress.invalid", "The request cannot be filed as it is.", fields);

    public static InvalidError Body(string message, string field, string problem) => Invalid(message, field, problem);

    public static readonly InvalidError AdmissibleMissing = Invalid("Say whether the request is admissible.", "admissible", "true or false.");
    public static readonly InvalidError InadmissibleWithoutReason = Invalid("An inadmissible request needs reasons.", "reason", "Say why the request is inadmissible.");
    public static readonly InvalidError NoticeMissing = Invalid("Name the notice.", "noticeId", "Required.");
    public static readonly InvalidError NoSuchNotice = Invalid("No such notice.", "noticeId", "Not a submitted request in the files.");
    public static readonly InvalidError NoticeNotInFile = Invalid("The notice is not part of this file.", "noticeId", "Link the notice to the request first.");

    public static InvalidError MeasureIncomplete(IReadOnlyDictionary<string, string[]> fields) => new("redress.invalid", "The provisional measure is incomplete.", fields);

    public static InvalidError DeadlineNoticeIncomplete(IReadOnlyDictionary<string, string[]> fields) =>
        new("redress.invalid", "The notice to the parties is incomplete (CCF Statute Art. 40(3)).", fields);

    public static InvalidError NotAfterDeadline(DateOnly due) => Invalid("The new date must be after the current deadline.", "expectedBy", $"After {due:yyyy-MM-dd}.") with
    {
        // The page's own sentence, with the deadline as a datum (the API keeps "After yyyy-MM-dd.").
        LocalFields = new Dictionary<string, LocalMessage[]> { ["expectedBy"] = [new LocalMessage("Ccf.Error.ExpectedByAfter", [MessageArgument.Date(due)])] },
    };

    public static InvalidError DecisionIncomplete(IReadOnlyDictionary<string, string[]> fields) => new("redress.invalid", "The decision is incomplete.", fields);

    public static readonly InvalidError DisclosureMissing =
        new("consultation.invalid", "Say whether the applicant may be told.", new Dictionary<string, string[]> { ["allowDisclosure"] = ["true or false."] });

    public static readonly InvalidError RestrictionMissing =
        new("consultation.invalid", "Restricting disclosure needs one of the listed reasons (CCF Statute Art. 35(3)).",
            new Dictionary<string, string[]> { ["restriction"] = [$"One of: {string.Join(", ", Enum.GetNames<DisclosureRestriction>())}."] });

    private static InvalidError Invalid(string message, string field, string problem) =>
        new("redress.invalid", message, new Dictionary<string, string[]> { [field] = [problem] });
}
