using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class ContextSignalsTests
{
    private static readonly Vocabulary Words = Vocabulary.Default;

    /// <summary>A complete Red Notice request with the given charge, facts and dates (also used by ComplianceStructuralSignalsTests).</summary>
    internal static NoticeContent Request(string charge, string facts, string offenceDate = "2024-03-02", int warrantYear = 2025, string law = "Criminal code art. 1",
        WantedFor wantedFor = WantedFor.Prosecution) =>
        NoticeValidationTests.CompleteRed() with
        {
            Person = NoticeValidationTests.CompleteRed().Person with { IdentityDocuments = [new IdentityDocument("Passport", "12AB34567", "FR")] },
            Case = NoticeValidationTests.CompleteRed().Case with
            {
                Charges = [new Charge(charge, law, 120)],
                SummaryOfFacts = facts,
                OffenceDate = offenceDate,
                WantedFor = wantedFor,
                SentenceImposedMonths = wantedFor == WantedFor.Sentence ? 60 : null,
                SentenceRemainingMonths = wantedFor == WantedFor.Sentence ? 60 : null,
                Warrant = NoticeValidationTests.CompleteRed().Case.Warrant! with { IssuedOn = new DateOnly(warrantYear, 1, 15) },
            },
        };

    private static Assessment Assess(NoticeContent c, string requester = "FR") => ComplianceEngine.Default.Assess(c, requester, ComplianceContext.Empty);

    // Negation (issue #13 item 4; ADR 0005 named it a known limit): a denied term is not evidence, an affirmed one still is.
    [Theory]
    [InlineData("violence", "The protest was peaceful and there was no violence.", false)]
    [InlineData("violence", "The gathering was non-violent.", false)]
    [InlineData("violence", "Nobody was hurt; the march took place without any violence.", false)]
    [InlineData("violence", "He was not armed. Violence broke out when he attacked a guard.", true)]
    [InlineData("violence", "He did not stop the attack on the guard.", true)]
    [InlineData("violence", "Il n'y a eu aucune violence.", false)]
    [InlineData("violence", "Не было никакого насилия.", false)]
    [InlineData("violence", "Митинг прошёл без насилия.", false)]
    [InlineData("violence", "集会期间没有暴力。", false)]
    [InlineData("violence", "集会期间发生暴力。", true)]
    [InlineData("violence", "La manifestación fue sin violencia.", false)]
    [InlineData("political", "This is not a treason case: the person embezzled public funds.", false)]
    [InlineData("political", "The person is accused of high treason.", true)]
    [InlineData("prior_judgment", "The person was not acquitted.", false)]
    [InlineData("prior_judgment", "The person was acquitted in 1998.", true)]
    public void Find_NegatedTerm_DoesNotCount(string category, string text, bool found) =>
        Assert.Equal(found, Words.Find(category, text) is not null);

    // "coup" matched at a word start found "the couple's daughter" and sent a family case to review as an official's.
    [Theory]
    [InlineData("After the divorce the couple's daughter stayed with the mother.", false)]
    [InlineData("After the coup d'état of 2021 the former minister fled.", true)]
    [InlineData("He took part in two coups.", true)]
    public void Find_Coup_IsAWholeWord(string text, bool found) => Assert.Equal(found, Words.Find("official", text) is not null);

    [Fact]
    public void Assess_NoViolenceAtAProtest_IsNotReadAsViolence()
    {
        var a = Assess(Request("Participation in mass riots", "On 5 May 2024 in the capital the person joined a march; no one was injured and there was no violence."));
        Assert.Equal(Severity.Blocking, Assert.Single(a.Findings, f => f.RuleId == "ART3-ASSEMBLY").Severity);
    }

    [Fact]
    public void Assess_MassRiotsWithArson_IsOnlyAConcern()
    {
        var a = Assess(Request("Participation in mass riots", "On 5 May 2024 in the capital the person set fire to two police cars and injured an officer with a stone."));
        Assert.Equal(Severity.Concern, Assert.Single(a.Findings, f => f.RuleId == "ART3-ASSEMBLY").Severity);
    }

    // Euphemisms of the five patterns the first engine missed, written as vocabulary data.
    [Theory]
    [InlineData("Activities against the constitutional order", "In 2024 in the capital the person wrote a programme for a new party.", "ART3-POLITICAL")]
    [InlineData("Collusion with foreign forces", "In 2023 the person met foreign diplomats and asked for sanctions.", "ART3-POLITICAL")]
    [InlineData("Defaming the King", "In 2024 the person shared a satirical post.", "ART3-POLITICAL")]
    [InlineData("Receiving foreign funding for an unregistered NGO", "Between 2021 and 2023 the person ran a legal-aid centre financed by foreign grants.", "ART3-ASSEMBLY")]
    [InlineData("Abduction of a minor", "After the divorce in 2023 the mother kept the child in Lyon and refused to return the child to the father.", "ART83-FAMILY")]
    [InlineData("Propaganda", "In 2024 the person posted articles about the war.", "ART3-EXPRESSION")]
    public void Assess_Euphemism_IsRecognised(string charge, string facts, string rule) =>
        Assert.Contains(Assess(Request(charge, facts)).Findings, f => f.RuleId == rule && f.Severity == Severity.Blocking);

    [Fact]
    public void Assess_AcquittalAlone_IsAConcernUnderArticle2()
    {
        var f = Assert.Single(Assess(Request("Fraud", "In 2023 in Lyon the person defrauded investors of EUR 2 million; a first court acquitted him and the appeal court ordered a retrial.")).Findings,
            x => x.RuleId == "SIGNAL-PRIOR-JUDGMENT");
        Assert.Equal((Severity.Concern, Ground.Article2), (f.Severity, f.Ground));
    }

    [Theory]
    [InlineData("1995-06-01", 2025, "In 1995 in Lyon the person defrauded investors of EUR 2 million.", Severity.Concern)]
    [InlineData("1995-06-01", 2025, "In 1995 in Lyon the person shot a rival dead.", Severity.Information)]
    public void Assess_FactsOlderThanTwentyYears_AreFlagged(string date, int warrant, string facts, Severity severity) =>
        Assert.Equal(severity, Assert.Single(Assess(Request("Offence", facts, date, warrant)).Findings, f => f.RuleId == "SIGNAL-OLD-FACTS").Severity);

    [Theory]
    [InlineData("2006-06-01", 2025)] // 19 years: under the threshold
    [InlineData("in the spring", 2025)]
    [InlineData("2030", 2025)]
    public void Assess_RecentOrUndatedFacts_AreNotFlagged(string date, int warrant) =>
        Assert.DoesNotContain(Assess(Request("Fraud", "In Lyon the person defrauded investors of EUR 2 million.", date, warrant)).Findings, f => f.RuleId == "SIGNAL-OLD-FACTS");

    [Fact]
    public void Assess_PoliticalAffiliation_IsAConcern() =>
        Assert.Equal(Severity.Concern, Assert.Single(Assess(Request("Fraud", "In 2024 in Lyon the person, head of an NGO, obtained EUR 80,000 in grants with forged invoices.")).Findings,
            f => f.RuleId == "SIGNAL-AFFILIATION").Severity);

    // The fifth missed pattern: a retrial after an acquittal, for decades-old facts, of a member of a revolutionary organisation.
    [Fact]
    public void Assess_RetrialAfterAcquittalOfOldFactsOfAPoliticalMember_IsRefused()
    {
        var a = Assess(Request("Participation in a bomb attack", "In 1980 in Ankara the person, then a member of the revolutionary organisation Dev-Yol, was accused of taking part in an attack; " +
            "he was acquitted in 1989. In 2024 the case was reopened on the statement of a former co-defendant.", "1980-09-01", 2024), "TR");
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
        var f = Assert.Single(a.Findings, x => x.RuleId == "SIGNAL-RETRIAL-POLITICAL");
        Assert.Equal(Ground.Article2, f.Ground);
        Assert.Contains(f.Evidence, e => e.Field == "case.offenceDate");
    }
}
