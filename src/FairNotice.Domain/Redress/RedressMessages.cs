namespace FairNotice.Domain.Redress;

/// <summary>What a redress file's history says at each step, as templates (<see cref="MessageCatalog"/>): the applicant
/// reads the steps meant for them in the language of the page, and the Commission its file's history.</summary>
/// <remarks>Only the wording lives here; the Commission's and the source's own words (reasons, restrictions) are data.</remarks>
public static class RedressMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
        ("RedressMessage.Admissible", "The request is admissible. The Commission will decide by {0} ({1})."),
        ("RedressMessage.Blocked", "{0} blocked as a provisional measure ({1}): {2}"),
        ("RedressMessage.Consulted", "Source {0} consulted about {1}."),
        ("RedressMessage.DeadlineNotice", "The Commission cannot decide by {0} and expects to decide by {1} (CCF Statute Art. 40(3)): {2}"),
        ("RedressMessage.Decided", "Decision ({0}), binding on the Organization (CCF Statute Art. 26): {1}"),
        ("RedressMessage.DecidedWithUpdate", "Decision ({0}), binding on the Organization (CCF Statute Art. 26): {1} Update required: {2}"),
        ("RedressMessage.DocumentsErased", "{0} documents erased: {1}."),
        ("RedressMessage.FileErased", "Personal data in the file erased: {0}."),
        ("RedressMessage.Filed", "Request received. The Commission decides on admissibility by {0} ({1})."),
        ("RedressMessage.Inadmissible", "The request is not admissible: {0}"),
        ("RedressMessage.SourceAllowed", "{0} answered about {1}: disclosure allowed."),
        ("RedressMessage.SourceRestricted", "{0} answered about {1}: disclosure restricted ({2})."),
    ];
}
