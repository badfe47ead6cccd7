using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.Statutes;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class StatuteRegisterTests
{
    private static readonly StatuteRegister Register = StatuteRegister.Default;

    private static StatuteMatch Single(string requester, string law) => Assert.Single(Register.Match(requester, law));

    // The citation forms named in issue #13 and the brief; expected rows are those of statutes.json.
    [Theory]
    [InlineData("RU", "art. 280.3", "280.3")]
    [InlineData("RU", "Article 280(3)", "280.3")]
    [InlineData("RU", "Art. 280 § 3", "280.3")]
    [InlineData("RU", "ст. 280.3 УК РФ", "280.3")]
    [InlineData("RU", "статья 280.3", "280.3")]
    [InlineData("RU", "ч. 2 ст. 207.3 УК РФ", "207.3")]
    [InlineData("RU", "Уголовный кодекс РФ, статья 330.1", "330.1")]
    [InlineData("RU", "280.3 УК РФ", "280.3")]
    [InlineData("TR", "TCK md. 301", "301")]
    [InlineData("TR", "TCK 301", "301")]
    [InlineData("TR", "Türk Ceza Kanunu madde 299/2", "299")]
    [InlineData("TR", "TMK md. 7/2", "7/2")]
    [InlineData("TR", "Anti-Terror Law (Law No. 3713) art. 7(2)", "7/2")]
    [InlineData("TH", "s.112", "112")]
    [InlineData("TH", "section 112 of the Criminal Code", "112")]
    [InlineData("TH", "Criminal Code, Section 112", "112")]
    [InlineData("CN", "第105条", "105")]
    [InlineData("CN", "《刑法》第一百零五条第二款", "105")]
    [InlineData("CN", "Hong Kong National Security Law art. 29", "29")]
    [InlineData("CN", "《香港国安法》第二十二条", "22")]
    [InlineData("EG", "المادة 86 مكرر من قانون العقوبات", "86 bis")]
    [InlineData("EG", "Penal Code art. 98(f)", "98(f)")]
    [InlineData("EG", "Law 94/2015 art. 28", "*")]
    [InlineData("IR", "Islamic Penal Code art. 500 bis", "500 bis")]
    [InlineData("IR", "Islamic Penal Code art. 500", "500")]
    [InlineData("PK", "Pakistan Penal Code s. 295-C", "295-C")]
    [InlineData("BY", "Criminal Code of Belarus art. 361-1", "361-1")]
    [InlineData("BY", "ст. 361.1 УК", "361-1")]
    [InlineData("AZ", "Criminal Code art. 206.3.2", "206.3.2")]
    [InlineData("SA", "نظام مكافحة الجرائم المعلوماتية المادة ٦", "6")]
    [InlineData("KZ", "УК РК ст. 174 ч. 2", "174")]
    public void Match_CommonCitationForm_FindsTheProvision(string requester, string law, string provision) =>
        Assert.Equal(provision, Single(requester, law).Provision);

    // A bare number is read in the requester's own law: art. 105 is murder in Russia, subversion in China.
    [Theory]
    [InlineData("CN", "Criminal Law art. 105", true)]
    [InlineData("RU", "УК РФ ст. 105", false)]
    [InlineData("TH", "art. 112", true)]
    [InlineData("EG", "Penal Code art. 112", false)]
    [InlineData("FR", "art. 280.3", false)]
    [InlineData("XX", "art. 299", false)]
    public void Match_RequesterCountry_Disambiguates(string requester, string law, bool found) =>
        Assert.Equal(found, Register.Match(requester, law).Count > 0);

    [Theory]
    [InlineData("RU", "ГК РФ ст. 207.3")]                    // the Civil Code, not the Criminal Code
    [InlineData("AE", "Federal Decree-Law 20/2018 art. 176")] // a law the register does not know
    [InlineData("VE", "Ley contra la Corrupción art. 147")]
    [InlineData("TR", "art. 7/2")]                            // bare: the Penal Code, whose art. 7 is not registered
    [InlineData("RU", "УК РФ ст. 2803")]
    [InlineData("RU", "УК РФ ст. 205 ч. 2")]                 // part 2 of art. 205 (terrorist act), not art. 205.2
    [InlineData("RU", "")]
    public void Match_OtherLawOrNoProvision_FindsNothing(string requester, string law) =>
        Assert.Empty(Register.Match(requester, law));

    [Fact]
    public void Match_MostSpecificRowWins_AndARowCoversItsParts()
    {
        Assert.Equal("280.3", Single("RU", "УК РФ ст. 280.3").Provision);
        Assert.Equal("280", Single("RU", "УК РФ ст. 280 ч. 2").Provision);
        Assert.Equal("299", Single("TR", "TCK art. 299(2)").Provision);
    }

    [Fact]
    public void Match_SeveralLawsInOneField_ReadsEachSegmentInItsOwnCode()
    {
        var found = Register.Match("RU", "ГК РФ ст. 807; УК РФ ст. 338; УК РФ ст. 159");
        Assert.Equal(["338"], found.Select(m => m.Provision));
        Assert.Equal(["207.3", "280.3"], Register.Match("RU", "УК РФ ст. 207.3, 280.3").Select(m => m.Provision));
    }

    public static TheoryData<string, string, string> GeneratedForms()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Register.Statutes)
        {
            foreach (var p in row.Provisions.Where(p => p != "*"))
            {
                var parts = Citation.Of(p).Parts;
                var alias = Register.CodeOf(row).Aliases[0];
                var dotted = string.Join('.', parts.Select((x, i) => i > 0 && x == "bis" ? " bis" : x)).Replace(". bis", " bis", StringComparison.Ordinal);
                var bracketed = parts[0] + string.Concat(parts.Skip(1).Select(x => $"({x})"));
                foreach (var form in new[] { $"{alias} art. {dotted}", $"Article {bracketed} of the {alias}", $"{alias}, § {dotted}", $"{alias} {dotted}", $"ст. {dotted} {alias}" })
                {
                    data.Add(row.Country, form, p);
                }

                if (parts.Count <= 2 && parts.All(x => x.All(char.IsAsciiDigit)))
                {
                    data.Add(row.Country, $"{alias} 第{parts[0]}条" + (parts.Count == 2 ? $"第{parts[1]}款" : ""), p);
                }
            }
        }

        return data;
    }

    // Generated cases: every provision of the register, in five or six citation forms, under its code's first name.
    [Theory]
    [MemberData(nameof(GeneratedForms))]
    public void Match_EveryRegisteredProvisionInEveryForm_FindsItsRow(string requester, string law, string provision) =>
        Assert.Contains(Register.Match(requester, law), m => m.Provision == provision);

    [Fact]
    public void Register_EveryRowHasASourceAndVerifiedRowsALink()
    {
        Assert.True(Register.Statutes.Count >= 90);
        Assert.All(Register.Statutes, s => Assert.NotEmpty(s.Sources));
        Assert.All(Register.Statutes.Where(s => !s.Unverified), s => Assert.Contains(s.Sources, x => x.Contains("http", StringComparison.Ordinal) || x.Contains("A/HRC", StringComparison.Ordinal) || x.Contains("AFR", StringComparison.Ordinal)));
    }

    [Fact]
    public void Describe_UnverifiedRefusingRow_OnlySendsToReview()
    {
        var unverified = Register.Statutes.Where(s => s.Unverified && s.Effect == StatuteEffect.Refuse).ToList();
        Assert.NotEmpty(unverified);
        Assert.All(unverified, s => Assert.Equal(Severity.Concern,
            StatuteRules.Describe(new StatuteMatch(s, Register.CodeOf(s), s.Provisions[0], s.Provisions[0]), "case.charges[0].law").Severity));
    }

    [Fact]
    public void Parse_RowOfUnknownMemberOrWithoutSource_IsRejected()
    {
        const string Head = """{"version":"t","otherLawWords":[],"countries":{"RU":[{"id":"UK","name":"CC","aliases":["УК"],"default":true}]},"statutes":[""";
        Assert.Throws<InvalidDataException>(() => StatuteRegister.Parse(Head + """{"country":"XX","code":"UK","provisions":["1"],"title":"t","titleEn":"t","kind":"political","effect":"refuse","sources":["s"]}]}"""));
        Assert.Throws<InvalidDataException>(() => StatuteRegister.Parse(Head + """{"country":"RU","code":"UK","provisions":["1"],"title":"t","titleEn":"t","kind":"political","effect":"refuse","sources":[]}]}"""));
    }

    [Fact]
    public void Parse_AddingAMemberIsOneDataChange()
    {
        var register = StatuteRegister.Parse("""
            {"version":"t","otherLawWords":["law"],"countries":{"ZZ":[{"id":"PC","name":"Penal Code of Zedland","aliases":["Penal Code","PC"],"default":true}]},
             "statutes":[{"country":"ZZ","code":"PC","provisions":["77"],"title":"Outrage au souverain","titleEn":"Insulting the sovereign","kind":"political","effect":"refuse","sources":["https://example.org/zz-77"]}]}
            """);
        var engine = new ComplianceEngine(Vocabulary.Default, register);
        var request = NoticeValidationTests.CompleteRed() with
        {
            Case = NoticeValidationTests.CompleteRed().Case with { Charges = [new Charge("Remarks about the sovereign", "PC art. 77", 36)] },
        };
        var finding = Assert.Single(engine.Assess(request, "ZZ", ComplianceContext.Empty).Findings, f => f.RuleId == "STATUTE-POLITICAL");
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Contains("https://example.org/zz-77", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("art. 77", finding.Citation, StringComparison.Ordinal);
    }

    private static Assessment Assess(string requester, string description, string law, string facts) =>
        ComplianceEngine.Default.Assess(NoticeValidationTests.CompleteRed() with
        {
            Person = NoticeValidationTests.CompleteRed().Person with { IdentityDocuments = [new IdentityDocument("Passport", "12AB34567", requester)] },
            Case = NoticeValidationTests.CompleteRed().Case with { Charges = [new Charge(description, law, 120)], SummaryOfFacts = facts },
        }, requester, ComplianceContext.Empty);

    [Fact]
    public void Assess_LeseMajesteWithoutKnownWords_IsRefusedCitingTheSection()
    {
        var a = Assess("TH", "Offence under the Criminal Code", "Criminal Code s. 112",
            "In June 2024 in Bangkok the person posted three comments on social media about the succession to the throne.");
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
        var f = Assert.Single(a.Findings, x => x.RuleId == "STATUTE-POLITICAL");
        Assert.Contains("112", f.Citation, StringComparison.Ordinal);
        Assert.Contains("https://", f.Explanation, StringComparison.Ordinal);
        Assert.Equal("case.charges[0].law", f.Evidence[0].Field);
    }

    [Fact]
    public void Assess_RussianMurder_StaysClear() =>
        Assert.Equal(Recommendation.Clear, Assess("RU", "Murder", "УК РФ ст. 105 ч. 1",
            "On 3 March 2025 in Kazan the person stabbed his neighbour to death during a quarrel and fled to Kazakhstan.").Recommendation);

    // A provision documented as misused but also used for real crime: a concern, unless the facts describe violence.
    [Theory]
    [InlineData("On 2 May 2024 in Chengdu the person and two others beat a shopkeeper, breaking his arm, and smashed the shop's windows.", Severity.Information)]
    [InlineData("On 2 May 2024 in Chengdu the person filed repeated complaints at the district office about the demolition of his house.", Severity.Concern)]
    public void Assess_MisusedProvisionAlsoUsedForRealCrime_ReviewUnlessViolent(string facts, Severity severity) =>
        Assert.Equal(severity, Assert.Single(Assess("CN", "Disturbing public order", "Criminal Law art. 293", facts).Findings, f => f.RuleId == "STATUTE-DISSENT").Severity);
}
