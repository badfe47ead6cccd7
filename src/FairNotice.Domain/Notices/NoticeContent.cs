namespace FairNotice.Domain.Notices;

/// <summary>A name as written: family name(s) and forename(s).</summary>
/// <param name="FamilyName">Family name(s).</param>
/// <param name="Forenames">Forename(s).</param>
public sealed record PersonName(string? FamilyName, string? Forenames);

/// <summary>A date of birth known in full, or by year (and perhaps month) only.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month 1–12, or null.</param>
/// <param name="Day">Day of month, or null; only with a month.</param>
public sealed record PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>No date before this year is read as a date of birth.</summary>
    public const int EarliestYear = 1850;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (also with '/').</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when valid.</param>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-', '/');
        // A month or day has at most two digits: a longer run would overflow int.Parse (a 500; found by fuzzing).
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length > 2))
        {
            return false;
        }

        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null;
        if (year < EarliestYear || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The earliest day this date can denote.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest day this date can denote.</summary>
    public DateOnly Latest => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <inheritdoc />
    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}

/// <summary>An identity document.</summary>
/// <param name="Type">Passport, national identity card, ...</param>
/// <param name="Number">Document number.</param>
/// <param name="IssuingCountry">ISO alpha-2 of the issuing country.</param>
public sealed record IdentityDocument(string Type, string Number, string? IssuingCountry);

/// <summary>What the person looks like.</summary>
/// <param name="HeightCm">Height in centimetres.</param>
/// <param name="WeightKg">Weight in kilograms.</param>
/// <param name="EyeColour">Eye colour.</param>
/// <param name="HairColour">Hair colour.</param>
/// <param name="DistinguishingMarks">Scars, tattoos and other marks.</param>
public sealed record PhysicalDescription(int? HeightCm, int? WeightKg, string? EyeColour, string? HairColour, string? DistinguishingMarks);

/// <summary>The person the request is about.</summary>
/// <param name="Name">Name in Latin script.</param>
/// <param name="OriginalScriptName">Name in the original script (e.g. 胡彬郴, Иванов), if any.</param>
/// <param name="Aliases">Other names used.</param>
/// <param name="Sex">M, F or U.</param>
/// <param name="DateOfBirth">Date of birth, full or partial.</param>
/// <param name="PlaceOfBirth">Place of birth.</param>
/// <param name="CountryOfBirth">ISO alpha-2.</param>
/// <param name="Nationalities">ISO alpha-2 codes.</param>
/// <param name="IdentityDocuments">Identity documents.</param>
/// <param name="Description">Physical description.</param>
/// <param name="Languages">Languages spoken (ISO 639-3, e.g. ENG).</param>
public sealed record Person(
    PersonName Name,
    PersonName? OriginalScriptName,
    IReadOnlyList<PersonName> Aliases,
    string Sex,
    PartialDate? DateOfBirth,
    string? PlaceOfBirth,
    string? CountryOfBirth,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<IdentityDocument> IdentityDocuments,
    PhysicalDescription? Description,
    IReadOnlyList<string> Languages);

/// <summary>One charge: the offence, the law that defines it, the maximum penalty it carries.</summary>
/// <param name="Description">The charge as worded by the requester.</param>
/// <param name="Law">The law and article.</param>
/// <param name="MaximumPenaltyMonths">Maximum deprivation of liberty in months; null for life or when unknown.</param>
/// <param name="LifeImprisonment">True when the maximum is life imprisonment.</param>
public sealed record Charge(string Description, string Law, int? MaximumPenaltyMonths, bool LifeImprisonment = false);

/// <summary>The arrest warrant or court decision behind the request.</summary>
/// <param name="Kind">"ArrestWarrant" or "CourtDecision".</param>
/// <param name="IssuingAuthority">The judicial authority that issued it.</param>
/// <param name="IssuedOn">Date of issue.</param>
/// <param name="Reference">Its reference.</param>
public sealed record JudicialDocument(string Kind, string IssuingAuthority, DateOnly? IssuedOn, string Reference);

/// <summary>The case: facts, charges, sentence and the judicial document.</summary>
/// <param name="SummaryOfFacts">Succinct, clear description of the criminal activities (RPD Art. 83(2)(b)(i)).</param>
/// <param name="OffenceDate">When the facts took place (free text: a date or a period).</param>
/// <param name="OffencePlace">Where they took place.</param>
/// <param name="WantedFor">Prosecution or sentence.</param>
/// <param name="Charges">One or more charges.</param>
/// <param name="SentenceImposedMonths">Sentence imposed, in months (sentence only).</param>
/// <param name="SentenceRemainingMonths">Part still to serve, in months (sentence only).</param>
/// <param name="Warrant">Arrest warrant or court decision.</param>
public sealed record CaseFacts(
    string? SummaryOfFacts,
    string? OffenceDate,
    string? OffencePlace,
    WantedFor? WantedFor,
    IReadOnlyList<Charge> Charges,
    int? SentenceImposedMonths,
    int? SentenceRemainingMonths,
    JudicialDocument? Warrant);

/// <summary>Everything a requester writes in a notice or diffusion request.</summary>
/// <param name="Kind">Notice or diffusion.</param>
/// <param name="Colour">Colour.</param>
/// <param name="Person">The subject.</param>
/// <param name="Case">The case.</param>
/// <param name="PublicExtract">The requester asks for a public extract on the web.</param>
/// <param name="RestrictedCountries">Members that must not see it (ISO alpha-2).</param>
/// <param name="AddressedToAll">Diffusion: to all members.</param>
/// <param name="Addressees">Diffusion: the chosen members.</param>
public sealed record NoticeContent(
    NoticeKind Kind,
    NoticeColour Colour,
    Person Person,
    CaseFacts Case,
    bool PublicExtract,
    IReadOnlyList<string> RestrictedCountries,
    bool AddressedToAll,
    IReadOnlyList<string> Addressees);
