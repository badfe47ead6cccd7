using System.Text.RegularExpressions;
using FairNotice.Domain.Members;

namespace FairNotice.Domain.Notices;

/// <summary>How complete a request must be.</summary>
public enum Completeness
{
    /// <summary>A draft: what is written must be well formed; required fields may be missing.</summary>
    Draft,
    /// <summary>A submission: everything the colour requires must be present.</summary>
    Submission,
}

/// <summary>Checks a request's fields and names every invalid one (JSON path style, camelCase).</summary>
/// <remarks>
/// This is form validation: presence, format and ranges. Whether a complete request complies with the
/// Constitution and the data-processing rules is the compliance engine's question, not this one's.
/// </remarks>
public static partial class NoticeValidation
{
    private static LocalMessage M(string key, params MessageArgument[] arguments) => NoticeCheckMessages.M(key, arguments);

    private const int NameMax = 200;
    private const int TextMax = 4000;

    /// <summary>A date of birth more than this many years ago is refused as a slip of the year.</summary>
    public const int OldestAge = 120;

    /// <summary>At most this many aliases.</summary>
    public const int MaxAliases = 50;

    /// <summary>At most this many nationalities (no one holds more; the cap keeps a request small).</summary>
    public const int MaxNationalities = 10;

    /// <summary>At most this many identity documents.</summary>
    public const int MaxIdentityDocuments = 20;

    /// <summary>At most this many languages spoken.</summary>
    public const int MaxLanguages = 20;

    /// <summary>At most this many charges.</summary>
    public const int MaxCharges = 30;

    /// <summary>At most this many countries excluded or addressed (there are fewer members than this).</summary>
    public const int MaxCountries = 200;

    /// <summary>Validates the content.</summary>
    /// <param name="content">The request.</param>
    /// <param name="level">Draft or submission.</param>
    /// <param name="requester">The requesting member (ISO alpha-2).</param>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <returns>Field path → messages; empty when valid.</returns>
    public static IReadOnlyDictionary<string, string[]> Validate(NoticeContent content, Completeness level, string requester, DateOnly today) =>
        English(Check(content, level, requester, today));

    /// <summary>The messages of <see cref="Validate"/> as templates and arguments, in the order the checks run (the form's
    /// order: the request, the person, the case), for a page that shows them in its language.</summary>
    /// <param name="content">The request.</param>
    /// <param name="level">Draft or submission.</param>
    /// <param name="requester">The requesting member (ISO alpha-2).</param>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <returns>Field path → messages; empty when valid.</returns>
    public static IReadOnlyDictionary<string, LocalMessage[]> Check(NoticeContent content, Completeness level, string requester, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        var e = new Errors();
        var submit = level == Completeness.Submission;
        if (!Enum.IsDefined(content.Colour))
        {
            e.Add("colour", M("UnknownColour"));
        }

        ValidatePerson(content, submit, today, e);
        ValidateCase(content, submit, today, e);
        ValidateCountries(content.RestrictedCountries, "restrictedCountries", requester, e);
        if (content.Kind == NoticeKind.Diffusion)
        {
            ValidateCountries(content.Addressees, "addressees", requester, e);
            if (content.AddressedToAll && content.Addressees is { Count: > 0 })
            {
                e.Add("addressees", M("AddresseesBoth"));
            }
            else if (!content.AddressedToAll && content.Addressees is not { Count: > 0 })
            {
                e.Add("addressees", M("AddresseesNone"));
            }

            foreach (var code in content.Addressees is { Count: <= MaxCountries } a && content.RestrictedCountries is null or { Count: <= MaxCountries } ? a : [])
            {
                if (content.RestrictedCountries?.Contains(code, StringComparer.OrdinalIgnoreCase) == true)
                {
                    e.Add("addressees", M("AddresseeExcluded", MessageArgument.Code(code)));
                }
            }
        }

        return e.Local;
    }

    /// <summary>Messages in English, as the API answers them.</summary>
    /// <param name="fields">Field path → messages.</param>
    public static IReadOnlyDictionary<string, string[]> English(IReadOnlyDictionary<string, LocalMessage[]> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.ToDictionary(kv => kv.Key, kv => kv.Value.Select(m => m.English).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Only the caps on lists and the absence of null entries in them: for a caller that assesses content without
    /// validating it as a draft (the pre-check), so that an oversized or malformed list is refused before any rule runs over
    /// it (a <c>"charges": [null]</c> reached the engine and answered 500: docs/fuzzing.md).</summary>
    /// <param name="content">The request.</param>
    /// <returns>Field path → messages; empty when every list is within its cap and holds no null.</returns>
    public static IReadOnlyDictionary<string, string[]> Caps(NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var e = new Errors();
        Capped(content.Person?.Aliases, "person.aliases", MaxAliases, "aliases", e);
        Capped(content.Person?.Nationalities, "person.nationalities", MaxNationalities, "nationalities", e);
        Capped(content.Person?.IdentityDocuments, "person.identityDocuments", MaxIdentityDocuments, "identityDocuments", e);
        Capped(content.Person?.Languages, "person.languages", MaxLanguages, "languages", e);
        Capped(content.Case?.Charges, "case.charges", MaxCharges, "charges", e);
        Capped(content.RestrictedCountries, "restrictedCountries", MaxCountries, "countries", e);
        Capped(content.Addressees, "addressees", MaxCountries, "countries", e);
        NoNulls(content.Person?.Aliases, "person.aliases", e);
        NoNulls(content.Person?.Nationalities, "person.nationalities", e);
        NoNulls(content.Person?.IdentityDocuments, "person.identityDocuments", e);
        NoNulls(content.Person?.Languages, "person.languages", e);
        NoNulls(content.Case?.Charges, "case.charges", e);
        NoNulls(content.RestrictedCountries, "restrictedCountries", e);
        NoNulls(content.Addressees, "addressees", e);
        return English(e.Local);
    }

    private static void NoNulls<TItem>(IReadOnlyList<TItem?>? list, string path, Errors e)
    {
        for (var i = 0; list is not null && i < list.Count && i <= MaxCountries; i++)
        {
            if (list[i] is null)
            {
                e.Add($"{path}[{i}]", M("NullEntry"));
            }
        }
    }

    private static void ValidatePerson(NoticeContent content, bool submit, DateOnly today, Errors e)
    {
        var p = content.Person;
        if (p is null)
        {
            e.Add("person", M("PersonRequired"));
            return;
        }

        var nameOptional = NoticeColours.NameOptional(content.Colour);
        if (p.Name is null)
        {
            if (submit && !nameOptional)
            {
                e.Add("person.name", M("NameRequired"));
            }
        }
        else
        {
            Name(p.Name.FamilyName, "person.name.familyName", NameMax, submit && !nameOptional, e);
            Name(p.Name.Forenames, "person.name.forenames", NameMax, required: false, e);
        }

        if (p.OriginalScriptName is not null)
        {
            Name(p.OriginalScriptName.FamilyName, "person.originalScriptName.familyName", NameMax, false, e);
            Name(p.OriginalScriptName.Forenames, "person.originalScriptName.forenames", NameMax, false, e);
        }

        var aliases = Capped(p.Aliases, "person.aliases", MaxAliases, "aliases", e);
        for (var i = 0; i < aliases.Count; i++)
        {
            if (aliases[i] is null || (string.IsNullOrWhiteSpace(aliases[i].FamilyName) && string.IsNullOrWhiteSpace(aliases[i].Forenames)))
            {
                e.Add($"person.aliases[{i}]", M("AliasEmpty"));
                continue;
            }

            Name(aliases[i].FamilyName, $"person.aliases[{i}].familyName", NameMax, false, e);
            Name(aliases[i].Forenames, $"person.aliases[{i}].forenames", NameMax, false, e);
        }

        if (p.Sex is not ("M" or "F" or "U"))
        {
            e.Add("person.sex", M("Sex"));
        }

        if (p.DateOfBirth is { } dob)
        {
            if (dob.Earliest > today)
            {
                e.Add("person.dateOfBirth", M("BirthInFuture"));
            }
            else if (dob.Latest < today.AddYears(-OldestAge))
            {
                // 1850 parses, but no one wanted is 176: a slip of the year (1850 for 1985) must not reach review.
                e.Add("person.dateOfBirth", M("BirthTooLongAgo", MessageArgument.Number(OldestAge)));
            }
        }
        else if (submit && content.Colour == NoticeColour.Red)
        {
            e.Add("person.dateOfBirth", M("BirthRequired"));
        }

        Text(p.PlaceOfBirth, "person.placeOfBirth", NameMax, false, e);
        CountryCode(p.CountryOfBirth, "person.countryOfBirth", e);
        var nationalities = Capped(p.Nationalities, "person.nationalities", MaxNationalities, "nationalities", e);
        for (var i = 0; i < nationalities.Count; i++)
        {
            CountryCode(nationalities[i], $"person.nationalities[{i}]", e);
        }

        if (submit && content.Colour == NoticeColour.Red && (p.Nationalities ?? []).Count == 0)
        {
            e.Add("person.nationalities", M("NationalityRequired"));
        }

        var docs = Capped(p.IdentityDocuments, "person.identityDocuments", MaxIdentityDocuments, "identityDocuments", e);
        for (var i = 0; i < docs.Count; i++)
        {
            Text(docs[i]?.Type, $"person.identityDocuments[{i}].type", 60, true, e);
            Text(docs[i]?.Number, $"person.identityDocuments[{i}].number", 60, true, e);
            CountryCode(docs[i]?.IssuingCountry, $"person.identityDocuments[{i}].issuingCountry", e);
        }

        if (p.Description is { } d)
        {
            if (d.HeightCm is < 30 or > 272)
            {
                e.Add("person.description.heightCm", M("Height"));
            }

            if (d.WeightKg is < 1 or > 500)
            {
                e.Add("person.description.weightKg", M("Weight"));
            }

            Text(d.EyeColour, "person.description.eyeColour", 60, false, e);
            Text(d.HairColour, "person.description.hairColour", 60, false, e);
            Text(d.DistinguishingMarks, "person.description.distinguishingMarks", 1000, false, e);
        }

        var languages = Capped(p.Languages, "person.languages", MaxLanguages, "languages", e);
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i] is null || !LanguageCode().IsMatch(languages[i]))
            {
                e.Add($"person.languages[{i}]", M("LanguageCode"));
            }
        }
    }

    private static void ValidateCase(NoticeContent content, bool submit, DateOnly today, Errors e)
    {
        var c = content.Case;
        var arrest = NoticeColours.SeeksArrest(content.Colour);
        if (c is null)
        {
            if (submit)
            {
                e.Add("case", M("CaseRequired"));
            }

            return;
        }

        Text(c.SummaryOfFacts, "case.summaryOfFacts", TextMax, submit, e);
        Text(c.OffenceDate, "case.offenceDate", 100, submit && arrest, e);
        Text(c.OffencePlace, "case.offencePlace", NameMax, submit && arrest, e);
        if (c.WantedFor is { } w && !Enum.IsDefined(w))
        {
            e.Add("case.wantedFor", M("WantedForUnknown"));
        }
        else if (submit && arrest && c.WantedFor is null)
        {
            e.Add("case.wantedFor", M("WantedForRequired"));
        }

        if (submit && arrest && (c.Charges ?? []).Count == 0)
        {
            e.Add("case.charges", M("ChargeRequired"));
        }

        var charges = Capped(c.Charges, "case.charges", MaxCharges, "charges", e);

        for (var i = 0; i < charges.Count; i++)
        {
            var ch = charges[i];
            Text(ch?.Description, $"case.charges[{i}].description", 1000, true, e);
            Text(ch?.Law, $"case.charges[{i}].law", NameMax, true, e);
            if (ch?.MaximumPenaltyMonths is < 1 or > 1200)
            {
                e.Add($"case.charges[{i}].maximumPenaltyMonths", M("PenaltyRange"));
            }
            else if (submit && arrest && c.WantedFor == WantedFor.Prosecution && ch is { MaximumPenaltyMonths: null, LifeImprisonment: false })
            {
                e.Add($"case.charges[{i}].maximumPenaltyMonths", M("PenaltyRequired"));
            }
        }

        if (c.SentenceImposedMonths is < 0 or > 1200)
        {
            e.Add("case.sentenceImposedMonths", M("SentenceRange"));
        }

        if (c.SentenceRemainingMonths is < 0 or > 1200)
        {
            e.Add("case.sentenceRemainingMonths", M("RemainingRange"));
        }
        else if (c.SentenceRemainingMonths > c.SentenceImposedMonths)
        {
            e.Add("case.sentenceRemainingMonths", M("RemainingExceeds"));
        }

        if (submit && arrest && c.WantedFor == WantedFor.Sentence && c.SentenceImposedMonths is null)
        {
            e.Add("case.sentenceImposedMonths", M("SentenceRequired"));
        }

        if (c.Warrant is { } doc)
        {
            if (doc.Kind is not ("ArrestWarrant" or "CourtDecision"))
            {
                e.Add("case.warrant.kind", M("WarrantKind"));
            }

            Text(doc.IssuingAuthority, "case.warrant.issuingAuthority", NameMax, true, e);
            Text(doc.Reference, "case.warrant.reference", 100, true, e);
            if (doc.IssuedOn is null)
            {
                e.Add("case.warrant.issuedOn", M("WarrantDateRequired"));
            }
            else if (doc.IssuedOn > today)
            {
                e.Add("case.warrant.issuedOn", M("WarrantInFuture"));
            }
        }
        else if (submit && arrest)
        {
            e.Add("case.warrant", M("WarrantRequired"));
        }
    }

    private static void ValidateCountries(IReadOnlyList<string>? codes, string field, string requester, Errors e)
    {
        codes = Capped(codes, field, MaxCountries, "countries", e);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!MemberCatalogue.IsMember(codes[i]))
            {
                e.Add($"{field}[{i}]", M("NotAMember", MessageArgument.Code(codes[i])));
            }
            else if (string.Equals(codes[i], requester, StringComparison.OrdinalIgnoreCase))
            {
                e.Add($"{field}[{i}]", M("OwnCountry"));
            }
        }

        if (codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != codes.Count)
        {
            e.Add(field, M("CountryTwice"));
        }
    }

    /// <summary>The list, or an empty one (and an error naming the field) when it is longer than the cap: a list past its cap
    /// is not validated item by item, so an oversized one costs one message, not one per item.</summary>
    private static IReadOnlyList<T> Capped<T>(IReadOnlyList<T>? items, string field, int max, string what, Errors e)
    {
        items ??= [];
        if (items.Count <= max)
        {
            return items;
        }

        e.Add(field, M($"AtMost.{what}", MessageArgument.Number(max)));
        return [];
    }

    // A name is text without line breaks, tabs or direction overrides (see NameCharacters).
    private static void Name(string? value, string field, int max, bool required, Errors e)
    {
        if (value is { Length: > 0 } && value.Length <= max && NameCharacters.HasUnsafe(value))
        {
            e.Add(field, M("NameCharacters"));
            return;
        }

        Text(value, field, max, required, e);
    }

    private static void Text(string? value, string field, int max, bool required, Errors e)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                e.Add(field, M("Required"));
            }
        }
        else if (value.Length > max)
        {
            e.Add(field, M("AtMostCharacters", MessageArgument.Number(max)));
        }
        else if (value.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')))
        {
            e.Add(field, M("ControlCharacters"));
        }
    }

    private static void CountryCode(string? code, string field, Errors e)
    {
        if (code is not null && !CountryCodeFormat().IsMatch(code))
        {
            e.Add(field, M("CountryCode"));
        }
        else if (code is not null && !CountryCodes.IsAssigned(code))
        {
            // Two capital letters are not yet a country: "XX" was accepted as a nationality and published.
            e.Add(field, M("NotACountry", MessageArgument.Code(code)));
        }
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCodeFormat();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    private sealed class Errors
    {
        // Insertion-ordered: the checks run in the form's order, and a page lists the problems in that order.
        private readonly List<(string Field, List<LocalMessage> Messages)> _fields = [];

        public void Add(string field, LocalMessage message)
        {
            var i = _fields.FindIndex(f => string.Equals(f.Field, field, StringComparison.Ordinal));
            if (i < 0)
            {
                _fields.Add((field, [message]));
            }
            else
            {
                _fields[i].Messages.Add(message);
            }
        }

        public IReadOnlyDictionary<string, LocalMessage[]> Local =>
            _fields.ToDictionary(f => f.Field, f => f.Messages.ToArray(), StringComparer.Ordinal);
    }
}
