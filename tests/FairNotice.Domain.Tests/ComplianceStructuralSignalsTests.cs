using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

/// <summary>Signals that do not depend on the words of a charge: timing, measurable facts, several signs together.</summary>
public class ComplianceStructuralSignalsTests
{
    private static NoticeContent Request(string charge, string facts, string offenceDate = "2024-03-02", int warrantYear = 2025,
        WantedFor wantedFor = WantedFor.Prosecution, string law = "Criminal code art. 1") =>
        ContextSignalsTests.Request(charge, facts, offenceDate, warrantYear, law, wantedFor);

    private static Assessment Assess(NoticeContent c, ComplianceContext? context = null) => ComplianceEngine.Default.Assess(c, "XX", context ?? ComplianceContext.Empty);

    private const string ConcreteFraud = "Between March and May 2015 in Lyon the person sold 42 fictitious investment contracts to 17 savers and kept EUR 380,000.";

    // A warrant for prosecution issued five years after non-violent facts, or a judgment ten years after: what did the person
    // do in between?
    [Theory]
    [InlineData("2015-05-01", 2024, WantedFor.Prosecution, true)]
    [InlineData("2015-2019", 2024, WantedFor.Prosecution, true)]
    [InlineData("2015-2020", 2024, WantedFor.Prosecution, false)]
    [InlineData("2015-05-01", 2017, WantedFor.Prosecution, false)]
    [InlineData("2015-05-01", 2024, WantedFor.Sentence, false)]
    [InlineData("2002-2004", 2016, WantedFor.Sentence, true)]
    public void Assess_LateWarrantForNonViolentFacts_IsAConcern(string offenceDate, int warrantYear, WantedFor wantedFor, bool flagged)
    {
        var a = Assess(Request("Fraud", ConcreteFraud, offenceDate, warrantYear, wantedFor));
        Assert.Equal(flagged, a.Findings.Any(f => f.RuleId == "SIGNAL-LATE-WARRANT" && f.Severity == Severity.Concern));
    }

    [Fact]
    public void Assess_LateWarrantForAKilling_IsNotFlagged()
    {
        var a = Assess(Request("Murder", "On 2 May 2015 in Lyon the person shot and killed a shopkeeper during a robbery.", "2015-05-02", 2024));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == "SIGNAL-LATE-WARRANT");
    }

    // Ordinary requests give amounts, counts or times; dates alone are not measurable detail.
    [Theory]
    [InlineData("In 2023 in the capital the person, acting with others, defrauded citizens and concealed the proceeds abroad, damaging the State.", true)]
    [InlineData("On 12.03.2023 in the capital the person, acting with others, defrauded citizens and concealed the proceeds abroad, damaging the State.", true)]
    [InlineData("In 2023 in the capital the person, acting with others, defrauded 14 citizens and concealed the proceeds abroad, damaging the State.", false)]
    [InlineData("In 2023 in the capital the person, acting with others, defrauded citizens of EUR 2 million and concealed the proceeds abroad.", false)]
    public void Assess_FactsWithoutMeasurableDetail_AreAConcern(string facts, bool vague)
    {
        var a = Assess(Request("Fraud", facts));
        Assert.Equal(vague, a.Findings.Any(f => f.RuleId == "DATA-FACTS-VAGUE" && f.Severity == Severity.Concern));
    }

    [Fact]
    public void Assess_ViolentFactsWithoutNumbers_AreNotVague()
    {
        var a = Assess(Request("Murder", "In the spring of 2023 in the capital the person stabbed his neighbour to death after a quarrel and fled abroad."));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == "DATA-FACTS-VAGUE");
    }

    // Three independent kinds of sign on a non-violent request (the person's activity in vague facts, timing, a denial)
    // refuse; two only send it to review.
    private const string JournalistFraud = "In 2014 in the capital the person, a journalist, obtained money from citizens by deception and did not return it. " +
        "The criminal case is not connected with the professional activity of the accused.";

    [Fact]
    public void Assess_ThreeKindsOfSignsWithoutViolence_AreRefusedCumulatively()
    {
        var a = Assess(Request("Fraud", JournalistFraud, "2014-06-01", 2024));
        var finding = Assert.Single(a.Findings, f => f.RuleId == ComplianceEngine.CumulativeRule);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Equal(Ground.Article3, finding.Ground);
        Assert.Contains("RPD Art. 34(3)", finding.Citation, StringComparison.Ordinal);
        Assert.Contains("SIGNAL-LATE-WARRANT", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("SIGNAL-DENIAL", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
    }

    [Fact]
    public void Assess_TwoKindsOfSigns_AreOnlyReviewed()
    {
        var a = Assess(Request("Fraud", JournalistFraud, "2023-06-01", 2024));
        Assert.DoesNotContain(a.Findings, f => f.RuleId.StartsWith(ComplianceEngine.CumulativeRule, StringComparison.Ordinal));
        Assert.Equal(Recommendation.Review, a.Recommendation);
    }

    [Fact]
    public void Assess_SignsOfOneKindOnly_CountOnce()
    {
        // The person's activity, charges that do not cohere with it and facts without measurable detail are read off the same words.
        var a = Assess(Request("Fraud", "In 2024 in the capital the person, a journalist and human rights defender, obtained money from citizens by deception."));
        Assert.Contains(a.Findings, f => f.RuleId == "ART3-PERSON-STATUS");
        Assert.Contains(a.Findings, f => f.RuleId == "ART3-COHERENCE");
        Assert.Contains(a.Findings, f => f.RuleId == "DATA-FACTS-VAGUE");
        Assert.DoesNotContain(a.Findings, f => f.RuleId.StartsWith(ComplianceEngine.CumulativeRule, StringComparison.Ordinal));
        Assert.Equal(Recommendation.Review, a.Recommendation);
    }

    [Fact]
    public void Assess_SignsBesideViolence_AreNotRefusedCumulatively()
    {
        var facts = "In 2014 in the capital the person, a journalist, beat a neighbour with a bat. The criminal case is not connected with the professional activity of the accused.";
        var a = Assess(Request("Assault", facts, "2014-06-01", 2024));
        Assert.DoesNotContain(a.Findings, f => f.RuleId.StartsWith(ComplianceEngine.CumulativeRule, StringComparison.Ordinal));
    }

    // Protection elsewhere counts as a sign, but only in a restricted finding: the requester's view must not change because
    // the person is protected.
    [Fact]
    public void Assess_ProtectionAsTheThirdSign_IsARestrictedRefusal()
    {
        var request = Request("Fraud", JournalistFraud.Split(". ")[0] + ".", "2014-06-01", 2024);
        var protectedElsewhere = new ComplianceContext([], [new ProtectedStatus(request.Person, ProtectionKind.Refugee, ["YY"], true)]);
        var a = Assess(request, protectedElsewhere);
        var finding = Assert.Single(a.Findings, f => f.RuleId == RestrictedRules.CumulativeRestricted);
        Assert.True(finding.Restricted);
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
        Assert.Equal(Recommendation.Review, a.ForRequester().Recommendation);
        Assert.DoesNotContain(a.ForRequester().Findings, f => f.RuleId.StartsWith(ComplianceEngine.CumulativeRule, StringComparison.Ordinal));
        Assert.Equal(Recommendation.Review, Assess(request).Recommendation);
    }

    // When the facts themselves describe speech, a word of violence there ("attacks" on judges) does not soften the
    // expression finding; a charge for a violent act does.
    [Fact]
    public void Assess_ViolenceWordInSpeechFacts_DoesNotSoftenExpression()
    {
        var facts = "Between 2019 and 2021 the person, owner of a news website, published videos in which he attacked Supreme Court judges and incited crimes against their honour.";
        var speech = Assess(Request("Dissemination of false information", facts));
        Assert.Equal(Severity.Blocking, Assert.Single(speech.Findings, f => f.RuleId == "ART3-EXPRESSION").Severity);

        var charged = Request("Dissemination of false information", facts + " On 3 May 2021 he assaulted a judge in the street, injuring him.");
        charged = charged with { Case = charged.Case with { Charges = [.. charged.Case.Charges, new Charge("Assault causing injury", "Criminal code art. 2", 60)] } };
        Assert.Equal(Severity.Concern, Assert.Single(Assess(charged).Findings, f => f.RuleId == "ART3-EXPRESSION").Severity);
    }

    // Art. 83(1)(a)(iii): a dispute with parallel civil or arbitral proceedings and no measurable facts of a crime is excluded.
    [Theory]
    [InlineData("In 2023 the person, a board member, took part in a board decision diluting the complainant's shares and so appropriated them. An arbitration between the parties is pending.", Severity.Blocking)]
    [InlineData("In 2023 the person, a board member, transferred EUR 4.8 million of the company's funds to his own account. An arbitration between the parties is pending.", Severity.Concern)]
    public void Assess_PrivateDisputeWithoutMeasurableFacts_IsExcluded(string facts, Severity severity) =>
        Assert.Equal(severity, Assert.Single(Assess(Request("Fraud", facts)).Findings, f => f.RuleId == "ART83-PRIVATE-ADMIN").Severity);

    // The refugee policy shields a person from the state of feared persecution; a status held against another state does not
    // bear on a violent crime against persons that a charge names and the facts describe. A non-violent charge still asks.
    [Theory]
    [InlineData("Aggravated homicide", "On 8 June 2023 at about 20:15 in the capital the person robbed a shopkeeper at knife-point, stabbing him twice; the victim died the same night.", Severity.Information)]
    [InlineData("Wire fraud conspiracy", "In 2024 in Houston the person ran a fraud ring that filed 700 false tax returns claiming USD 3 million in refunds.", Severity.Concern)]
    public void Assess_RefugeeFromAnotherState_WeighsOnlyOnNonViolentCharges(string charge, string facts, Severity severity)
    {
        var request = Request(charge, facts);
        var elsewhere = new ComplianceContext([], [new ProtectedStatus(request.Person, ProtectionKind.Refugee, ["YY"], true)]);
        Assert.Equal(severity, Assert.Single(Assess(request, elsewhere).Findings, f => f.RuleId == RestrictedRules.RefugeeCheck).Severity);
    }

    // The journalist in the facts of a concrete killing is as often the victim as the accused.
    [Fact]
    public void Assess_JournalistVictimOfAConcreteKilling_IsInformation()
    {
        var facts = "On 21 February 2024 at about 20:00 the person entered a house and shot dead an investigative journalist, for EUR 70,000 paid by an intermediary.";
        var a = Assess(Request("Premeditated murder for remuneration", facts));
        Assert.Equal(Severity.Information, Assert.Single(a.Findings, f => f.RuleId == "ART3-PERSON-STATUS").Severity);
        Assert.Equal(Recommendation.Clear, a.Recommendation);

        // Beside a terrorism charge (protesters labelled terrorists) the person's status is still a concern.
        var labelled = Request("Premeditated murder for remuneration", facts);
        labelled = labelled with { Case = labelled.Case with { Charges = [.. labelled.Case.Charges, new Charge("Terrorism", "Criminal code art. 9", 240)] } };
        Assert.Equal(Severity.Concern, Assert.Single(Assess(labelled).Findings, f => f.RuleId == "ART3-PERSON-STATUS").Severity);
    }

    // A killing charged in words the violence vocabulary lacks ("Mord") is still a charged violent act: the ICCS class of the
    // charge (acts leading to death) decides, so speech words in the facts cannot turn a murder request into a refusal.
    [Fact]
    public void Assess_MurderChargedInAnyLanguage_KeepsSpeechFactsAConcern()
    {
        var facts = "On 3 May 2024 at 22:00 in Hamburg the person, angry that the victim had spread false news about him, stabbed the victim 4 times.";
        var a = Assess(Request("Mord", facts, law: "§ 211 StGB"));
        Assert.Equal(Severity.Concern, Assert.Single(a.Findings, f => f.RuleId == "ART3-EXPRESSION").Severity);
        Assert.NotEqual(Recommendation.Refuse, a.Recommendation);
    }

    // Nor is a request whose charge is a killing (ICCS 01) refused cumulatively when its facts lack the vocabulary's
    // violence words: the cumulative rule is for non-violent requests only.
    [Fact]
    public void Assess_SignsBesideAKillingCharge_AreNotRefusedCumulatively()
    {
        var facts = "In 2014 in the capital the person, a journalist, was responsible for what befell a neighbour. The criminal case is not connected with the professional activity of the accused.";
        var a = Assess(Request("Mord", facts, "2014-06-01", 2024, law: "§ 211 StGB"));
        Assert.Contains(a.Findings, f => f.RuleId == "SIGNAL-LATE-WARRANT");
        Assert.Contains(a.Findings, f => f.RuleId == "SIGNAL-DENIAL");
        Assert.DoesNotContain(a.Findings, f => f.RuleId.StartsWith(ComplianceEngine.CumulativeRule, StringComparison.Ordinal));
    }

    // A former office holder with facts that name no amount, number or other measurable detail: only the office remains.
    [Theory]
    [InlineData("In 2024 the person, then Minister of Finance, took part in actions destabilising the national economy and favoured the flight of currency abroad.", true)]
    [InlineData("In 2024 the person, then Minister of Finance, approved 3 contracts at prices inflated by EUR 41 million and received EUR 2 million through a company in Cyprus.", false)]
    public void Assess_OfficeHolderWithoutMeasurableFacts_IsRefused(string facts, bool refused)
    {
        var a = Assess(Request("Abuse of office", facts));
        Assert.Contains(a.Findings, f => f.RuleId == "ART3-OFFICIALS");
        Assert.Equal(refused, a.Findings.Any(f => f.RuleId == ComplianceEngine.OfficeWithoutFactsRule && f.Severity == Severity.Blocking));
        Assert.Equal(refused ? Recommendation.Refuse : Recommendation.Review, a.Recommendation);
    }

    // The same identity document is the same person, however the family name is spelt in the new request.
    [Theory]
    [InlineData("AB5172803", "PK", true)]
    [InlineData("ab 517-2803", "PK", true)]
    [InlineData("AB5172803", "GB", false)]
    [InlineData("AB5172804", "PK", false)]
    public void Compare_SameIdentityDocument_IsTheSamePerson(string number, string country, bool same)
    {
        var now = new Person(new PersonName("QURESHI", "Naveed Akhtar"), null, [], "M", new PartialDate(1950, 11, 25), null, "PK", ["PK"],
            [new IdentityDocument("Passport", "AB5172803", "PK")], null, []);
        var then = now with { Name = new PersonName("DAR-QURESHI", "Naveed"), IdentityDocuments = [new IdentityDocument("Passport", number, country)] };
        Assert.Equal(same, PersonMatch.Compare(now, then).Same);

        var prior = new PriorRequest("2018/00412", NoticeStatus.Refused, then, new DateTimeOffset(2019, 10, 25, 0, 0, 0, TimeSpan.Zero), "Data deleted after review");
        var a = Assess(Request("Money laundering", ConcreteFraud) with { Person = now }, new ComplianceContext([prior], []));
        Assert.Equal(same, a.Findings.Any(f => f.RuleId == "REPEAT-ATTEMPT"));
    }

    // A warrant from a police or security body is a sign of its own kind.
    [Fact]
    public void Assess_SecurityBodyWarrant_CountsAsASign()
    {
        var request = Request("Fraud", JournalistFraud.Split(". ")[0] + ".", "2014-06-01", 2024);
        Assert.Equal(Recommendation.Review, Assess(request).Recommendation);
        var bySecurity = request with { Case = request.Case with { Warrant = request.Case.Warrant! with { IssuingAuthority = "Supreme State Security Prosecution" } } };
        var a = Assess(bySecurity);
        Assert.Contains(a.Findings, f => f.RuleId == "DATA-WARRANT-AUTHORITY");
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.CumulativeRule);
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
    }
}
