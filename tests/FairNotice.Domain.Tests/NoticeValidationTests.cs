using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class NoticeValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    internal static NoticeContent CompleteRed() => new(
        NoticeKind.Notice, NoticeColour.Red,
        new Person(new PersonName("DUPONT", "Marc"), null, [], "M", new PartialDate(1975, 3, 14), "Lyon", "FR", ["FR"], [], null, ["FRA"]),
        new CaseFacts("Between 2019 and 2021 in Lyon the person defrauded 310 savers of EUR 4.2 million.", "2019-2021", "Lyon",
            WantedFor.Prosecution, [new Charge("Organised fraud", "Code pénal art. 313-2", 120)], null, null,
            new JudicialDocument("ArrestWarrant", "Tribunal judiciaire de Lyon", new DateOnly(2021, 6, 2), "MA-2021-0457")),
        false, [], false, []);

    [Fact]
    public void Validate_CompleteRedNotice_HasNoErrors() =>
        Assert.Empty(NoticeValidation.Validate(CompleteRed(), Completeness.Submission, "FR", Today));

    [Fact]
    public void Validate_EmptyRedNoticeAsDraft_IsAcceptedButNotAsSubmission()
    {
        var empty = new NoticeContent(NoticeKind.Notice, NoticeColour.Red,
            new Person(new PersonName(null, null), null, [], "U", null, null, null, [], [], null, []),
            new CaseFacts(null, null, null, null, [], null, null, null), false, [], false, []);
        Assert.Empty(NoticeValidation.Validate(empty, Completeness.Draft, "FR", Today));
        var errors = NoticeValidation.Validate(empty, Completeness.Submission, "FR", Today);
        // RPD Art. 83(2): identifiers and judicial data are required to publish a Red Notice.
        foreach (var field in new[] { "person.name.familyName", "person.dateOfBirth", "person.nationalities", "case.summaryOfFacts",
                     "case.offenceDate", "case.offencePlace", "case.wantedFor", "case.charges", "case.warrant" })
        {
            Assert.Contains(field, errors.Keys);
        }
    }

    public static TheoryData<string, Func<NoticeContent, NoticeContent>, string> Broken => new()
    {
        { "future date of birth", c => c with { Person = c.Person with { DateOfBirth = new PartialDate(2027, 1, 1) } }, "person.dateOfBirth" },
        { "bad sex code", c => c with { Person = c.Person with { Sex = "X" } }, "person.sex" },
        { "nationality not ISO", c => c with { Person = c.Person with { Nationalities = ["FRA"] } }, "person.nationalities[0]" },
        { "nationality unassigned", c => c with { Person = c.Person with { Nationalities = ["FR", "XX"] } }, "person.nationalities[1]" },
        { "country of birth unassigned", c => c with { Person = c.Person with { CountryOfBirth = "ZZ" } }, "person.countryOfBirth" },
        { "document issuer unassigned", c => c with { Person = c.Person with { IdentityDocuments = [new IdentityDocument("Passport", "X1", "QQ")] } }, "person.identityDocuments[0].issuingCountry" },
        { "language not ISO 639-3", c => c with { Person = c.Person with { Languages = ["french"] } }, "person.languages[0]" },
        { "charge without law", c => c with { Case = c.Case with { Charges = [new Charge("Fraud", "", 60)] } }, "case.charges[0].law" },
        { "penalty out of range", c => c with { Case = c.Case with { Charges = [new Charge("Fraud", "Art. 1", 0)] } }, "case.charges[0].maximumPenaltyMonths" },
        { "prosecution without maximum penalty", c => c with { Case = c.Case with { Charges = [new Charge("Fraud", "Art. 1", null)] } }, "case.charges[0].maximumPenaltyMonths" },
        { "remaining exceeds imposed", c => c with { Case = c.Case with { WantedFor = WantedFor.Sentence, SentenceImposedMonths = 6, SentenceRemainingMonths = 12 } }, "case.sentenceRemainingMonths" },
        { "sentence without sentence imposed", c => c with { Case = c.Case with { WantedFor = WantedFor.Sentence } }, "case.sentenceImposedMonths" },
        { "warrant in the future", c => c with { Case = c.Case with { Warrant = c.Case.Warrant! with { IssuedOn = new DateOnly(2027, 1, 1) } } }, "case.warrant.issuedOn" },
        { "warrant of unknown kind", c => c with { Case = c.Case with { Warrant = c.Case.Warrant! with { Kind = "Letter" } } }, "case.warrant.kind" },
        { "restricted non-member", c => c with { RestrictedCountries = ["KP"] }, "restrictedCountries[0]" },
        { "restricting oneself", c => c with { RestrictedCountries = ["FR"] }, "restrictedCountries[0]" },
        { "family name too long", c => c with { Person = c.Person with { Name = new PersonName(new string('A', 201), null) } }, "person.name.familyName" },
        { "control characters", c => c with { Person = c.Person with { PlaceOfBirth = "Lyon\u0000" } }, "person.placeOfBirth" },
        { "diffusion without addressee", c => c with { Kind = NoticeKind.Diffusion }, "addressees" },
        { "diffusion to all and to some", c => c with { Kind = NoticeKind.Diffusion, AddressedToAll = true, Addressees = ["DE"] }, "addressees" },
        { "diffusion to a non-member", c => c with { Kind = NoticeKind.Diffusion, Addressees = ["TW"] }, "addressees[0]" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenField_IsNamed(string why, Func<NoticeContent, NoticeContent> breakIt, string field)
    {
        var errors = NoticeValidation.Validate(breakIt(CompleteRed()), Completeness.Submission, "FR", Today);
        Assert.True(errors.ContainsKey(field), $"{why}: expected an error on {field}, got {string.Join(", ", errors.Keys)}");
    }

    [Fact]
    public void Validate_BlackNoticeWithoutName_IsAccepted()
    {
        var body = CompleteRed() with
        {
            Colour = NoticeColour.Black,
            Person = CompleteRed().Person with { Name = new PersonName(null, null), DateOfBirth = null, Sex = "U" },
            Case = new CaseFacts("Unidentified body found on 3 May 2026 near Marseille harbour.", null, null, null, [], null, null, null),
        };
        Assert.Empty(NoticeValidation.Validate(body, Completeness.Submission, "FR", Today));
    }

    [Theory]
    [InlineData("1975", 1975, null, null)]
    [InlineData("1975-03", 1975, 3, null)]
    [InlineData("1975-03-14", 1975, 3, 14)]
    [InlineData("1975/03/14", 1975, 3, 14)]
    public void PartialDate_TryParse_AcceptsFullAndPartialDates(string text, int y, int? m, int? d)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(y, m, d), date);
    }

    [Theory]
    [InlineData("75")]
    [InlineData("1975-13")]
    [InlineData("1975-02-30")]
    [InlineData("14/03/1975")]
    [InlineData("1800")]
    [InlineData("")]
    public void PartialDate_TryParse_RejectsNonsense(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void CountryCodes_HoldEveryMemberAndNationalsOfNonMembers()
    {
        Assert.Equal(250, Members.CountryCodes.Count);
        Assert.All(Members.MemberCatalogue.All, m => Assert.True(Members.CountryCodes.IsAssigned(m.Iso2), m.Iso2));
        Assert.True(Members.CountryCodes.IsAssigned("KP"));
        Assert.False(Members.CountryCodes.IsAssigned("XX"));
        Assert.False(Members.CountryCodes.IsAssigned("tr"));
    }
}
