using System.Globalization;
using System.Text.RegularExpressions;
using FairNotice.Domain.Notices;
using FairNotice.Domain;
using FairNotice.Web.Features.Languages;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Notices;

/// <summary>The notice/diffusion form as posted by the browser: flat fields, free-text lists. Maps to <see cref="NoticeContent"/>.</summary>
public sealed partial class NoticeForm
{
    public NoticeKind Kind { get; set; } = NoticeKind.Notice;
    public NoticeColour Colour { get; set; } = NoticeColour.Red;
    public string? FamilyName { get; set; }
    public string? Forenames { get; set; }
    public string? OriginalFamilyName { get; set; }
    public string? OriginalForenames { get; set; }
    public string? Aliases { get; set; }
    public string Sex { get; set; } = "U";
    public string? DateOfBirth { get; set; }
    public string? PlaceOfBirth { get; set; }
    public string? CountryOfBirth { get; set; }
    public string? Nationalities { get; set; }
    public string? Documents { get; set; }
    public int? HeightCm { get; set; }
    public int? WeightKg { get; set; }
    public string? EyeColour { get; set; }
    public string? HairColour { get; set; }
    public string? DistinguishingMarks { get; set; }
    public string? Languages { get; set; }
    public string? SummaryOfFacts { get; set; }
    public string? OffenceDate { get; set; }
    public string? OffencePlace { get; set; }
    public WantedFor? WantedFor { get; set; }
    public List<ChargeForm> Charges { get; set; } = [new(), new(), new()];
    public int? SentenceImposedMonths { get; set; }
    public int? SentenceRemainingMonths { get; set; }
    public string WarrantKind { get; set; } = "ArrestWarrant";
    public string? WarrantAuthority { get; set; }
    public DateOnly? WarrantDate { get; set; }
    public string? WarrantReference { get; set; }
    public bool PublicExtract { get; set; }
    public List<string> RestrictedCountries { get; set; } = [];
    public bool AddressedToAll { get; set; }
    public List<string> Addressees { get; set; } = [];

    public sealed class ChargeForm
    {
        public string? Description { get; set; }
        public string? Law { get; set; }
        public int? MaximumPenaltyMonths { get; set; }
        public bool LifeImprisonment { get; set; }
    }

    /// <summary>Builds the content; format errors in free-text lists go into the model state under the form's field names.</summary>
    public NoticeContent ToContent(ModelStateDictionary state, string prefix, IStringLocalizer l)
    {
        PartialDate? dob = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth) && !PartialDate.TryParse(DateOfBirth, out dob))
        {
            // Written as asked but not a day of the calendar ("2031-02-30"): the format hint would send the officer looking
            // for a mistake that is not there.
            var written = DateShape().Match(DateOfBirth.Trim());
            state.AddModelError($"{prefix}.DateOfBirth", !written.Success ? l["Filing.DateFormat"]
                : int.Parse(written.Groups[1].Value, CultureInfo.InvariantCulture) < PartialDate.EarliestYear
                    ? l.Text(LocalMessage.Of("NoticeCheck.BirthTooLongAgo", MessageArgument.Number(NoticeValidation.OldestAge)))
                    : l.Text(new LocalMessage("New.DateDoesNotExist", [MessageArgument.Code(DateOfBirth.Trim())])));
        }

        var aliases = Lines(Aliases).Select(l => l.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(p => new PersonName(Blank(p[0]), p.Length > 1 ? Blank(p[1]) : null)).ToList();
        var documents = new List<IdentityDocument>();
        foreach (var line in Lines(Documents))
        {
            var p = line.Split(';', StringSplitOptions.TrimEntries);
            if (p.Length is < 2 or > 3)
            {
                state.AddModelError($"{prefix}.Documents", l.Text(new LocalMessage("New.DocumentLine", [MessageArgument.Text(line)])));
                continue;
            }

            documents.Add(new IdentityDocument(p[0], p[1], p.Length > 2 ? Blank(p[2])?.ToUpperInvariant() : null));
        }

        var original = Blank(OriginalFamilyName) is null && Blank(OriginalForenames) is null ? null : new PersonName(Blank(OriginalFamilyName), Blank(OriginalForenames));
        var description = HeightCm is null && WeightKg is null && Blank(EyeColour) is null && Blank(HairColour) is null && Blank(DistinguishingMarks) is null
            ? null : new PhysicalDescription(HeightCm, WeightKg, Blank(EyeColour), Blank(HairColour), Blank(DistinguishingMarks));
        var person = new Person(new PersonName(Blank(FamilyName), Blank(Forenames)), original, aliases, Sex, dob, Blank(PlaceOfBirth),
            Blank(CountryOfBirth)?.ToUpperInvariant(), Codes(Nationalities), documents, description, Codes(Languages));
        var charges = Charges.Where(c => Blank(c.Description) is not null || Blank(c.Law) is not null || c.MaximumPenaltyMonths is not null)
            .Select(c => new Charge(c.Description ?? "", c.Law ?? "", c.MaximumPenaltyMonths, c.LifeImprisonment)).ToList();
        var warrant = Blank(WarrantAuthority) is null && Blank(WarrantReference) is null && WarrantDate is null
            ? null : new JudicialDocument(WarrantKind, WarrantAuthority ?? "", WarrantDate, WarrantReference ?? "");
        var facts = new CaseFacts(Blank(SummaryOfFacts), Blank(OffenceDate), Blank(OffencePlace), WantedFor, charges, SentenceImposedMonths, SentenceRemainingMonths, warrant);
        return NoticeMapping.Normalise(new NoticeContent(Kind, Colour, person, facts, Kind == NoticeKind.Notice && PublicExtract,
            RestrictedCountries, Kind == NoticeKind.Diffusion && AddressedToAll, Kind == NoticeKind.Diffusion ? Addressees : []));
    }

    /// <summary>The form field that shows a Domain validation error (JSON path) — so messages appear next to the right input.</summary>
    public static string FieldFor(string path, string prefix)
    {
        var charge = ChargePath().Match(path);
        if (charge.Success)
        {
            var field = char.ToUpperInvariant(charge.Groups[2].Value[0]) + charge.Groups[2].Value[1..];
            return $"{prefix}.Charges[{charge.Groups[1].Value}].{field}";
        }

        var head = IndexSuffix().Replace(path, string.Empty);
        var name = head switch
        {
            "person.name.familyName" => "FamilyName",
            "person.name.forenames" => "Forenames",
            "person.originalScriptName.familyName" => "OriginalFamilyName",
            "person.originalScriptName.forenames" => "OriginalForenames",
            "person.sex" => "Sex",
            "person.dateOfBirth" => "DateOfBirth",
            "person.placeOfBirth" => "PlaceOfBirth",
            "person.countryOfBirth" => "CountryOfBirth",
            "person.description.heightCm" => "HeightCm",
            "person.description.weightKg" => "WeightKg",
            "case.summaryOfFacts" => "SummaryOfFacts",
            "case.offenceDate" => "OffenceDate",
            "case.offencePlace" => "OffencePlace",
            "case.wantedFor" => "WantedFor",
            "case.charges" => "Charges",
            "case.sentenceImposedMonths" => "SentenceImposedMonths",
            "case.sentenceRemainingMonths" => "SentenceRemainingMonths",
            "case.warrant" => "WarrantAuthority",
            "case.warrant.kind" => "WarrantKind",
            "case.warrant.issuingAuthority" => "WarrantAuthority",
            "case.warrant.issuedOn" => "WarrantDate",
            "case.warrant.reference" => "WarrantReference",
            "case" => "SummaryOfFacts",
            "colour" => "Colour",
            _ when head.StartsWith("person.aliases", StringComparison.Ordinal) => "Aliases",
            _ when head.StartsWith("person.nationalities", StringComparison.Ordinal) => "Nationalities",
            _ when head.StartsWith("person.identityDocuments", StringComparison.Ordinal) => "Documents",
            _ when head.StartsWith("person.languages", StringComparison.Ordinal) => "Languages",
            _ when head.StartsWith("person.description", StringComparison.Ordinal) => "DistinguishingMarks",
            _ when head.StartsWith("restrictedCountries", StringComparison.Ordinal) => "RestrictedCountries",
            _ when head.StartsWith("addressees", StringComparison.Ordinal) => "Addressees",
            _ => "",
        };
        return name.Length == 0 ? string.Empty : $"{prefix}.{name}";
    }

    public static NoticeForm From(NoticeContent c)
    {
        var f = new NoticeForm
        {
            Kind = c.Kind, Colour = c.Colour, FamilyName = c.Person.Name?.FamilyName, Forenames = c.Person.Name?.Forenames,
            OriginalFamilyName = c.Person.OriginalScriptName?.FamilyName, OriginalForenames = c.Person.OriginalScriptName?.Forenames,
            Aliases = string.Join('\n', c.Person.Aliases.Select(a => $"{a.FamilyName}, {a.Forenames}")), Sex = c.Person.Sex,
            DateOfBirth = c.Person.DateOfBirth?.ToString(), PlaceOfBirth = c.Person.PlaceOfBirth, CountryOfBirth = c.Person.CountryOfBirth,
            Nationalities = string.Join(", ", c.Person.Nationalities),
            Documents = string.Join('\n', c.Person.IdentityDocuments.Select(d => $"{d.Type}; {d.Number}; {d.IssuingCountry}")),
            HeightCm = c.Person.Description?.HeightCm, WeightKg = c.Person.Description?.WeightKg, EyeColour = c.Person.Description?.EyeColour,
            HairColour = c.Person.Description?.HairColour, DistinguishingMarks = c.Person.Description?.DistinguishingMarks,
            Languages = string.Join(", ", c.Person.Languages), SummaryOfFacts = c.Case.SummaryOfFacts, OffenceDate = c.Case.OffenceDate,
            OffencePlace = c.Case.OffencePlace, WantedFor = c.Case.WantedFor, SentenceImposedMonths = c.Case.SentenceImposedMonths,
            SentenceRemainingMonths = c.Case.SentenceRemainingMonths, WarrantKind = c.Case.Warrant?.Kind ?? "ArrestWarrant",
            WarrantAuthority = c.Case.Warrant?.IssuingAuthority, WarrantDate = c.Case.Warrant?.IssuedOn, WarrantReference = c.Case.Warrant?.Reference,
            PublicExtract = c.PublicExtract, RestrictedCountries = [.. c.RestrictedCountries], AddressedToAll = c.AddressedToAll, Addressees = [.. c.Addressees],
        };
        f.Charges = [.. c.Case.Charges.Select(ch => new ChargeForm { Description = ch.Description, Law = ch.Law, MaximumPenaltyMonths = ch.MaximumPenaltyMonths, LifeImprisonment = ch.LifeImprisonment })];
        while (f.Charges.Count < 3)
        {
            f.Charges.Add(new ChargeForm());
        }

        return f;
    }

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Codes(string? text) =>
        [.. (text ?? "").Split([',', ' ', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToUpper(CultureInfo.InvariantCulture))];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^case\.charges\[(\d+)\]\.(\w+)$")]
    private static partial Regex ChargePath();

    [GeneratedRegex(@"\[\d+\].*$")]
    private static partial Regex IndexSuffix();
}
