using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class ComplianceEngineTests
{
    private static readonly ComplianceEngine Engine = ComplianceEngine.Default;

    private static NoticeContent Legit() => NoticeValidationTests.CompleteRed() with
    {
        Person = NoticeValidationTests.CompleteRed().Person with { IdentityDocuments = [new IdentityDocument("Passport", "12AB34567", "FR")] },
    };

    private static NoticeContent WithCharge(string charge, string? facts = null, int months = 120) => Legit() with
    {
        Case = Legit().Case with
        {
            Charges = [new Charge(charge, "Criminal code art. 1", months)],
            SummaryOfFacts = facts ?? Legit().Case.SummaryOfFacts,
        },
    };

    private static Assessment Assess(NoticeContent c, string requester = "FR", ComplianceContext? context = null) =>
        Engine.Assess(c, requester, context ?? ComplianceContext.Empty);

    [Fact]
    public void Assess_LegitimateFraudCase_IsClearAndVersioned()
    {
        var a = Assess(Legit());
        Assert.Equal(Recommendation.Clear, a.Recommendation);
        Assert.DoesNotContain(a.Findings, f => f.Severity != Severity.Information);
        Assert.Contains(ComplianceEngine.RulesVersion, a.RuleSetVersion, StringComparison.Ordinal);
        Assert.Contains(Vocabulary.Default.Version, a.RuleSetVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SameInput_SameAssessment() =>
        Assert.Equal(Assess(WithCharge("Sedition")).Findings.Select(f => f.RuleId), Assess(WithCharge("Sedition")).Findings.Select(f => f.RuleId));

    // Each row: the article the rule applies, the request, the rule id and severity expected.
    public static TheoryData<string, NoticeContent, string, Severity> Rules => new()
    {
        { "RPD Art. 83(2)(a): family name and year of birth", Legit() with { Person = Legit().Person with { DateOfBirth = null } }, "DATA-IDENTITY", Severity.Blocking },
        { "RPD Art. 83(2)(a): a document or description", Legit() with { Person = Legit().Person with { IdentityDocuments = [] } }, "DATA-IDENTIFIERS", Severity.Concern },
        { "RPD Art. 83(2)(b)(i): summary of facts", Legit() with { Case = Legit().Case with { SummaryOfFacts = null } }, "DATA-FACTS", Severity.Blocking },
        { "RPD Art. 83(2)(b)(i): concrete facts", Legit() with { Case = Legit().Case with { SummaryOfFacts = "He committed fraud." } }, "DATA-FACTS-THIN", Severity.Concern },
        { "RPD Art. 83(2)(b)(i): time and place", Legit() with { Case = Legit().Case with { OffencePlace = null } }, "DATA-TIME-PLACE", Severity.Blocking },
        { "RPD Art. 83(2)(b): the law", Legit() with { Case = Legit().Case with { Charges = [new Charge("Fraud", "", 120)] } }, "DATA-CHARGES", Severity.Blocking },
        { "RPD Art. 83(2)(b): arrest warrant", Legit() with { Case = Legit().Case with { Warrant = null } }, "DATA-WARRANT", Severity.Blocking },
        { "Fact sheet GI-02: judicial authority", Legit() with { Case = Legit().Case with { Warrant = Legit().Case.Warrant! with { IssuingAuthority = "Municipal Public Security Bureau" } } }, "DATA-WARRANT-AUTHORITY", Severity.Concern },
        { "RPD Art. 83(1)(b)(i): two years for prosecution", WithCharge("Theft", months: 18), "ART83-PENALTY-PROSECUTION", Severity.Blocking },
        { "RPD Art. 83(1)(b)(ii): six months to serve", Legit() with { Case = Legit().Case with { WantedFor = WantedFor.Sentence, SentenceImposedMonths = 4, SentenceRemainingMonths = 3 } }, "ART83-PENALTY-SENTENCE", Severity.Blocking },
        { "RPD Art. 83(1)(a)(i): behavioural norms", WithCharge("Homosexual acts (sodomy)"), "ART83-BEHAVIOURAL", Severity.Blocking },
        { "RPD Art. 83(1)(a)(ii): family matters", WithCharge("Failure to pay child support"), "ART83-FAMILY", Severity.Blocking },
        { "RPD Art. 83(1)(a)(iii): private dispute", WithCharge("Issuing a bounced cheque"), "ART83-PRIVATE-ADMIN", Severity.Blocking },
        { "RPD Art. 83(1)(a)(iii): exception when tied to organised crime", WithCharge("Issuing bounced cheques", "From 2021 to 2023 in Lyon the person issued 400 bounced cheques as part of a money laundering network run by an organised crime group."), "ART83-PRIVATE-ADMIN", Severity.Concern },
        { "Constitution Art. 3: political offence", WithCharge("High treason"), "ART3-POLITICAL", Severity.Blocking },
        { "Constitution Art. 3: expression", WithCharge("Spreading false information about the army"), "ART3-EXPRESSION", Severity.Blocking },
        { "Constitution Art. 3: assembly", WithCharge("Organising an unauthorised assembly"), "ART3-ASSEMBLY", Severity.Blocking },
        { "Constitution Art. 3: military", WithCharge("Desertion"), "ART3-MILITARY", Severity.Blocking },
        { "Constitution Art. 3: religious", WithCharge("Blasphemy against the prophet"), "ART3-RELIGIOUS", Severity.Blocking },
        { "AGN/53/RES/7: membership-only terrorism", WithCharge("Membership of a terrorist organisation", "In 2022 the person joined an organisation listed as terrorist and attended its meetings in the capital."), "ART3-TERRORISM-MEMBERSHIP", Severity.Blocking },
        { "AGN/53/RES/7: violent terrorism is processable", WithCharge("Terrorist murder", "On 3 May 2024 in Lyon the person detonated a bomb at a bus stop, killing four people and injuring twelve."), "ART3-TERRORISM-VIOLENT", Severity.Information },
        { "RPD Art. 34(3): officials after a change of government", WithCharge("Embezzlement of public funds", "After the change of government in 2024 the former minister was accused of embezzling EUR 2 million of public funds between 2019 and 2022 in the capital."), "ART3-OFFICIALS", Severity.Concern },
        { "RPD Art. 34(3): status of the person", WithCharge("Fraud", "The person, a journalist, obtained EUR 50,000 from three investors in 2023 in Lyon by promising a newspaper that never existed; he has often criticised the government."), "ART3-PERSON-STATUS", Severity.Concern },
        { "Repository: coherence of charges and facts", WithCharge("Hooliganism", "In March 2024 in the capital the person posted online videos criticising the governor and called for a peaceful protest."), "ART3-COHERENCE", Severity.Concern },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assess_Rule_FindsItWithItsCitationAndEvidence(string article, NoticeContent request, string ruleId, Severity severity)
    {
        var a = Assess(request);
        var finding = Assert.Single(a.Findings, f => f.RuleId == ruleId);
        Assert.Equal(severity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Citation), article);
        Assert.NotEmpty(finding.Evidence);
        var expected = severity switch { Severity.Blocking => Recommendation.Refuse, Severity.Concern => Recommendation.Review, _ => a.Recommendation };
        Assert.True(a.Recommendation >= expected, $"{article}: recommendation {a.Recommendation}");
    }

    // The same purely political charge in the six languages of the vocabulary (Constitution Art. 3).
    [Theory]
    [InlineData("en", "Inciting subversion of state power")]
    [InlineData("fr", "Haute trahison et atteinte à la sûreté de l'État")]
    [InlineData("es", "Sedición y traición a la patria")]
    [InlineData("ar", "الخيانة العظمى والتجسس")]
    [InlineData("ru", "Государственная измена (ст. 275 УК РФ)")]
    [InlineData("zh", "煽动颠覆国家政权罪")]
    public void Assess_PoliticalChargeInAnyLanguage_IsRefusedUnderArticle3(string language, string charge)
    {
        var a = Assess(WithCharge(charge));
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
        Assert.Contains(a.Findings, f => f.RuleId == "ART3-POLITICAL" && f.Evidence.Any(e => e.Field == "case.charges[0].description"));
        Assert.NotNull(language);
    }

    [Theory]
    [InlineData("fr", "Émission de chèque sans provision")]
    [InlineData("es", "Libramiento de cheque sin fondos")]
    [InlineData("ar", "إصدار شيك بدون رصيد")]
    [InlineData("ru", "Невозврат долга по договору займа")]
    [InlineData("zh", "拖欠债务")]
    public void Assess_PrivateDebtInAnyLanguage_IsExcludedByArticle83(string language, string charge)
    {
        Assert.Contains(Assess(WithCharge(charge)).Findings, f => f.RuleId == "ART83-PRIVATE-ADMIN" && f.Severity == Severity.Blocking);
        Assert.NotNull(language);
    }

    [Fact]
    public void Assess_YellowNotice_SkipsArticle83ButNotArticle3()
    {
        var missing = Legit() with { Colour = NoticeColour.Yellow, Case = new CaseFacts("Missing since 2026.", null, null, null, [], null, null, null) };
        Assert.Equal(Recommendation.Clear, Assess(missing).Recommendation);
        var political = missing with { Case = missing.Case with { SummaryOfFacts = "Wanted for high treason after fleeing." } };
        Assert.Equal(Recommendation.Refuse, Assess(political).Recommendation);
    }

    private static Person Subject(string family, string forenames, PersonName? original = null, int year = 1990) =>
        new(new PersonName(family, forenames), original, [], "F", new PartialDate(year, null, null), null, "CN", ["CN"], [], null, []);

    [Fact]
    public void Assess_RefugeeRequestedByCountryOfPersecution_IsBlockedWithoutNamingTheGrantingCountry()
    {
        var request = Legit() with { Person = Subject("HU", "Lan") };
        var context = new ComplianceContext([], [new ProtectedStatus(Subject("Hu", "Lan", new PersonName("胡", "兰")), ProtectionKind.Refugee, ["CN"], Confirmed: true)]);
        var a = Assess(request, "CN", context);
        var finding = Assert.Single(a.Findings, f => f.RuleId == "ART2-REFUGEE");
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.DoesNotContain("granted by", finding.Explanation, StringComparison.OrdinalIgnoreCase);

        Assert.Contains(Assess(request, "US", context).Findings, f => f.RuleId == "ART2-REFUGEE-CHECK" && f.Severity == Severity.Concern);
        var unconfirmed = new ComplianceContext([], [context.Protected[0] with { Confirmed = false }]);
        Assert.Contains(Assess(request, "CN", unconfirmed).Findings, f => f.RuleId == "ART2-REFUGEE-CHECK");
    }

    [Fact]
    public void Assess_CommissionProtectiveMeasure_Blocks()
    {
        var context = new ComplianceContext([], [new ProtectedStatus(Legit().Person, ProtectionKind.CommissionMeasure, [], true)]);
        Assert.Contains(Assess(Legit(), "FR", context).Findings, f => f.RuleId == "CCF-PROTECTIVE-MEASURE" && f.Severity == Severity.Blocking);
    }

    [Fact]
    public void Assess_RepeatedAttemptsWithChangedSpelling_EscalateThenBlock()
    {
        var t = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var first = new PriorRequest("2024/00017", NoticeStatus.Refused, Subject("Hu", "Lan", new PersonName("胡", "兰")), t, "Warrant expired before review");
        var second = new PriorRequest("2025/00203", NoticeStatus.Cancelled, Subject("HU", "LANN"), t.AddMonths(6), "Warrant lapsed");
        var third = Legit() with { Person = Subject("LAN", "HU") };

        var once = Assess(third, "CN", new ComplianceContext([first], []));
        var escalate = Assert.Single(once.Findings, f => f.RuleId == "REPEAT-ATTEMPT");
        Assert.Equal(Severity.Concern, escalate.Severity);
        Assert.Contains("2024/00017", escalate.Explanation, StringComparison.Ordinal);

        var twice = Assess(third, "CN", new ComplianceContext([first, second], []));
        var block = Assert.Single(twice.Findings, f => f.RuleId == "REPEAT-ATTEMPT-BLOCK");
        Assert.Contains("2025/00203", block.Explanation, StringComparison.Ordinal);
        Assert.Equal(Recommendation.Refuse, twice.Recommendation);

        var someoneElse = Legit() with { Person = Subject("WANG", "Fang") };
        Assert.DoesNotContain(Assess(someoneElse, "CN", new ComplianceContext([first, second], [])).Findings, f => f.RuleId.StartsWith("REPEAT", StringComparison.Ordinal));
    }

    // One earlier refusal blocks when it was political, is a concern otherwise, and only information when it was for missing
    // data alone (RPD Art. 83(2)): resubmitting with the data is what such a refusal invites.
    [Theory]
    [InlineData("Art. 3 — predominantly political", null, Recommendation.Refuse)]
    [InlineData("Deleted after CCF review — predominant political dimension", null, Recommendation.Refuse)]
    [InlineData("Article 2: the person is a recognised refugee", null, Recommendation.Refuse)]
    [InlineData("Art. 83(2)(b) — summary of facts insufficient", null, Recommendation.Clear)]
    [InlineData("Summary of facts insufficient (no dates, places or role)", null, Recommendation.Clear)]
    [InlineData("Withdrawn by the member following a complaint — Art. 3 concerns", null, Recommendation.Review)]
    [InlineData("Warrant lapsed", null, Recommendation.Review)]
    [InlineData("Political context.", "DataQuality", Recommendation.Clear)]
    [InlineData("Facts thin.", "Article3", Recommendation.Refuse)]
    public void Assess_OneEarlierRefusal_BlocksOnlyWhenItWasPolitical(string reason, string? ground, Recommendation expected)
    {
        var t = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var prior = new PriorRequest("2024/00017", NoticeStatus.Refused, Subject("Hu", "Lan"), t, reason, ground is null ? null : Enum.Parse<Ground>(ground));
        var a = Assess(Legit() with { Person = Subject("HU", "Lan") }, "CN", new ComplianceContext([prior], []));
        var finding = Assert.Single(a.Findings, f => f.RuleId.StartsWith("REPEAT-ATTEMPT", StringComparison.Ordinal));
        Assert.Equal(expected == Recommendation.Refuse ? "REPEAT-ATTEMPT-BLOCK" : "REPEAT-ATTEMPT", finding.RuleId);
        Assert.Equal(expected switch { Recommendation.Refuse => Severity.Blocking, Recommendation.Review => Severity.Concern, _ => Severity.Information }, finding.Severity);
        Assert.Equal(expected == Recommendation.Refuse, a.Recommendation == Recommendation.Refuse);
    }

    [Fact]
    public void Assess_TerrorismOnlyInTheNameOfTheLaw_IsNoTerrorismCharge()
    {
        var request = WithCharge("Drug trafficking (distribution)", "On 22 February 2025 at a clandestine airstrip in Apure the person coordinated the loading of 1,284 kg of cocaine onto an aircraft and paid the guards.") with { };
        request = request with { Case = request.Case with { Charges = [request.Case.Charges[0] with { Law = "Organic Law against Organised Crime and Terrorism Financing, art. 37" }] } };
        var a = Assess(request, "VE", new ComplianceContext([], []));
        Assert.DoesNotContain(a.Findings, f => f.RuleId.StartsWith("ART3-TERRORISM", StringComparison.Ordinal));
        Assert.Equal(Recommendation.Clear, a.Recommendation);
    }

    [Fact]
    public void Assess_PoliticalChargeBesideAKillingTheFactsDescribe_IsReviewedNotRefused()
    {
        var request = WithCharge("Murder", "On 8 July 2018 at a roadblock in Masaya the person fired restricted weapons at supporters of the governing party, killing two of them, during the failed coup attempt.");
        request = request with { Case = request.Case with { Charges = [.. request.Case.Charges, new Charge("Treason", "Penal Code art. 410", 180)] } };
        var political = Assert.Single(Assess(request, "NI", new ComplianceContext([], [])).Findings, f => f.RuleId == "ART3-POLITICAL");
        Assert.Equal(Severity.Concern, political.Severity);
        var treasonAlone = WithCharge("Treason", "In 2019 the person called on citizens from abroad to overthrow the government.");
        Assert.Equal(Severity.Blocking, Assert.Single(Assess(treasonAlone, "NI", new ComplianceContext([], [])).Findings, f => f.RuleId == "ART3-POLITICAL").Severity);
    }

    [Fact]
    public void Assess_AParentTakingAChildAbroad_IsTheFamilyExclusionEvenWhenChargedAsAbduction()
    {
        var request = WithCharge("Abduction of a minor", "On 14 July 2025 the person removed the minor Y. H. (born 2018) from the Kingdom through Amman airport without the consent of the lawful guardian, in breach of a travel ban, and keeps the child abroad.", 36);
        var family = Assert.Single(Assess(request, "JO", new ComplianceContext([], [])).Findings, f => f.RuleId == "ART83-FAMILY");
        Assert.Equal(Severity.Blocking, family.Severity);
    }

    [Fact]
    public void Assess_ParallelArbitrationBetweenTheParties_IsReviewed()
    {
        var request = WithCharge("Fraud", "On 15 March 2023 in Beirut the person, a director of a mining company, took part in a board decision diluting the complainant's shares and so appropriated his dividends. Arbitration between the parties is pending.");
        var finding = Assert.Single(Assess(request, "LB", new ComplianceContext([], [])).Findings, f => f.RuleId == "ART83-PRIVATE-ADMIN");
        Assert.Equal(Severity.Concern, finding.Severity);
    }

    [Theory]
    [InlineData("In 2016-2019 in Minsk the person concealed income of 240,418 BYN. The criminal case is not connected with any social activity of the accused.", true)]
    [InlineData("Şüpheli 2025'te İstanbul'da sahte fatura düzenledi. Bu dava siyasi değildir.", true)]
    [InlineData("In 2016-2019 in Minsk the person concealed income of 240,418 BYN from the tax authorities.", false)]
    public void Assess_ARequestDenyingAPoliticalConnection_IsReviewed(string facts, bool flagged)
    {
        var a = Assess(WithCharge("Tax evasion on a large scale", facts), "BY", new ComplianceContext([], []));
        Assert.Equal(flagged, a.Findings.Any(f => f.RuleId == "SIGNAL-DENIAL" && f.Severity == Severity.Concern));
    }

    [Fact]
    public void Assess_TerrorismNamedOnlyInTheFacts_IsReviewedNotRefused()
    {
        var request = Legit() with { Case = Legit().Case with { SummaryOfFacts = "From 2010 to 2017 the person, manager of a counter-terrorism fund in Riyadh, signed sham contracts with front companies owned by relatives and transferred 3 million to accounts abroad." } };
        var finding = Assert.Single(Assess(request, "SA", new ComplianceContext([], [])).Findings, f => f.RuleId == "ART3-TERRORISM-MEMBERSHIP");
        Assert.Equal(Severity.Concern, finding.Severity);
    }

    [Theory]
    [InlineData("胡彬郴", "HU Binchen", true)]
    [InlineData("BINCHEN HU", "Hu Binchen", true)]
    [InlineData("Mohammed AL-HASSAN", "Muhammad Alhassan", true)]
    [InlineData("Абдулла Иванов", "Abdulla Ivanov", true)]
    [InlineData("Dupont Marc", "Durand Marie", false)]
    [InlineData("ZHOU Ming Marc", "Ming ZHOU", true)]
    [InlineData("Marc", "Marc Dupont", false)]
    public void PersonMatch_AcrossScriptsAndOrder(string a, string b, bool same)
    {
        static Person P(string n) => new(new PersonName(n, null), null, [], "U", null, null, null, [], [], null, []);
        Assert.Equal(same, PersonMatch.Compare(P(a), P(b)).Same);
    }

    [Fact]
    public void PersonMatch_DatesOfBirthFarApart_AreDifferentPeople() =>
        Assert.False(PersonMatch.Compare(Subject("HU", "Lan", year: 1990), Subject("HU", "Lan", year: 1970)).Same);

    [Theory]
    [InlineData("On Tuesday he signed the lease.", false)]
    [InlineData("Il a été tué le 3 mai.", true)]
    [InlineData("Violation of administrative regulations", false)]
    [InlineData("Il a commis un viol.", true)]
    public void Vocabulary_WholeWordTerms_AvoidFalseHits(string text, bool violent) =>
        Assert.Equal(violent, Vocabulary.Default.Find("violence", text) is not null);

    [Fact]
    public void FamilyWording_WithViolenceAgainstAPerson_GoesToAReviewerNotRefused()
    {
        var violent = Assess(WithCharge("Murder of a child during a custody dispute", "After a custody dispute with his former wife the person stabbed and killed his son, aged 7."));
        Assert.Contains(violent.Findings, f => f.RuleId.StartsWith("ART83-FAMILY", StringComparison.Ordinal) && f.Severity == Severity.Concern);
        Assert.DoesNotContain(violent.Findings, f => f.RuleId.StartsWith("ART83-FAMILY", StringComparison.Ordinal) && f.Severity == Severity.Blocking);
        var custody = Assess(WithCharge("Child abduction by a parent during a custody dispute", "After the divorce the father kept the child abroad against a custody order."));
        Assert.Contains(custody.Findings, f => f.RuleId.StartsWith("ART83-FAMILY", StringComparison.Ordinal) && f.Severity == Severity.Blocking);
    }
}
