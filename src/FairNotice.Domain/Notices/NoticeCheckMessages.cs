namespace FairNotice.Domain.Notices;

/// <summary>What the request form's validation says (<see cref="NoticeValidation"/>), as templates (<see cref="MessageCatalog"/>,
/// keys "NoticeCheck.…") so that a page says it in its own language; the API's problem details carry the same templates filled
/// in English, byte for byte what they carried before the messages had keys (API clients compare them).</summary>
public static class NoticeCheckMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
        ("NoticeCheck.AddresseeExcluded", "{0} is both an addressee and excluded."),
        ("NoticeCheck.AddresseesBoth", "Choose either all members or a list of addressees, not both."),
        ("NoticeCheck.AddresseesNone", "A diffusion needs at least one addressee, or must be addressed to all members."),
        ("NoticeCheck.AliasEmpty", "An alias needs a family name or a forename."),
        ("NoticeCheck.AtMost.aliases", "At most {0} aliases."),
        ("NoticeCheck.AtMost.charges", "At most {0} charges."),
        ("NoticeCheck.AtMost.countries", "At most {0} countries."),
        ("NoticeCheck.AtMost.identityDocuments", "At most {0} identity documents."),
        ("NoticeCheck.AtMost.languages", "At most {0} languages."),
        ("NoticeCheck.AtMost.nationalities", "At most {0} nationalities."),
        ("NoticeCheck.AtMostCharacters", "At most {0} characters."),
        ("NoticeCheck.BirthInFuture", "The date of birth is in the future."),
        ("NoticeCheck.BirthRequired", "A Red Notice needs at least the year of birth."),
        ("NoticeCheck.BirthTooLongAgo", "The date of birth is more than {0} years ago: check the year."),
        ("NoticeCheck.CaseRequired", "The case is required."),
        ("NoticeCheck.ChargeRequired", "A Red Notice needs at least one charge."),
        ("NoticeCheck.ControlCharacters", "Control characters are not allowed."),
        ("NoticeCheck.CountryCode", "Use an ISO 3166 alpha-2 code such as FR."),
        ("NoticeCheck.CountryTwice", "A country is listed twice."),
        ("NoticeCheck.Height", "Height must be between 30 and 272 cm."),
        ("NoticeCheck.LanguageCode", "Use a three-letter ISO 639 code such as ENG, FRA or ARA."),
        ("NoticeCheck.NameCharacters", NameCharacters.Message),
        ("NoticeCheck.NameRequired", "The name is required."),
        ("NoticeCheck.NationalityRequired", "Give at least one nationality (use the code of the country of residence if unknown)."),
        ("NoticeCheck.NotACountry", "'{0}' is not an ISO 3166 country code."),
        ("NoticeCheck.NotAMember", "'{0}' is not a member country code."),
        ("NoticeCheck.NullEntry", "An entry of this list is missing (null)."),
        ("NoticeCheck.OwnCountry", "The requesting country cannot be listed here."),
        ("NoticeCheck.PenaltyRange", "The maximum penalty must be between 1 and 1200 months."),
        ("NoticeCheck.PenaltyRequired", "Give the maximum penalty the law provides for this charge."),
        ("NoticeCheck.PersonRequired", "The person is required."),
        ("NoticeCheck.RemainingExceeds", "The part remaining cannot exceed the sentence imposed."),
        ("NoticeCheck.RemainingRange", "The remaining sentence must be between 0 and 1200 months."),
        ("NoticeCheck.Required", "This field is required."),
        ("NoticeCheck.SentenceRange", "The sentence must be between 0 and 1200 months."),
        ("NoticeCheck.SentenceRequired", "Give the sentence imposed."),
        ("NoticeCheck.Sex", "Sex must be M, F or U (unknown)."),
        ("NoticeCheck.UnknownColour", "Unknown notice colour."),
        ("NoticeCheck.WantedForRequired", "Say whether the person is wanted for prosecution or to serve a sentence."),
        ("NoticeCheck.WantedForUnknown", "Wanted for must be Prosecution or Sentence."),
        ("NoticeCheck.WarrantDateRequired", "Give the date the judicial document was issued."),
        ("NoticeCheck.WarrantInFuture", "The judicial document's date is in the future."),
        ("NoticeCheck.WarrantKind", "The judicial document is an ArrestWarrant or a CourtDecision."),
        ("NoticeCheck.WarrantRequired", "A Red Notice needs a valid arrest warrant or court decision."),
        ("NoticeCheck.Weight", "Weight must be between 1 and 500 kg."),
    ];

    /// <summary>The key of the generic "This field is required." (a page names the field instead).</summary>
    public const string Required = "NoticeCheck.Required";

    internal static LocalMessage M(string key, params MessageArgument[] arguments) => LocalMessage.Of($"NoticeCheck.{key}", arguments);
}
