using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Tests;

/// <summary>The refugee safeguard: the registry rule links what screening links, its findings never reach the requester,
/// pre-checks are budgeted and flagged, and publishing a protected person needs two reviewers.</summary>
public class ProtectedStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);

    // The registry's spelling, as a granting NCB records it (family name, then forename and patronymic).
    private static Person Registered() =>
        new(new PersonName("PETROV", "Ilya Sergeyevich"), null, [], "M", new PartialDate(1984, 7, 2), null, null, ["RU"], [], null, []);

    private static Person Spelt(string family, string forenames, PartialDate? dob = null, string nationality = "RU") =>
        new(new PersonName(family, forenames), null, [], "M", dob ?? new PartialDate(1984, 7, 2), null, null, [nationality], [], null, []);

    private static NoticeContent RequestAbout(Person p) => NoticeValidationTests.CompleteRed() with
    {
        Person = p with { IdentityDocuments = [new IdentityDocument("Passport", "12AB34567", "RU")] },
    };

    private static ComplianceContext Protected(bool confirmed = true, string feared = "RU") =>
        new([], [new ProtectedStatus(Registered(), ProtectionKind.Refugee, [feared], confirmed)]);

    [Fact]
    public void PersonLinks_RespeltPetrowIlja_IsLinkedAsScreeningLinksIt()
    {
        // The respelling: PersonMatch alone (the old rule) does not link these two names.
        var respelt = Spelt("PETROW", "Ilja");
        Assert.False(PersonMatch.Compare(respelt, Registered()).Same);
        var link = Assert.Single(PersonLinks.Find(respelt, [Registered()]));
        Assert.True(link.Score >= ScreeningIndex<int>.DefaultThreshold);
        Assert.Contains("PETROV Ilya Sergeyevich", link.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonLinks_RegistryHoldingSeveralPetrovs_StillLinksTheRespelling()
    {
        // Screening counts a near miss on a name common in its index less; what the registry holds must not lower the link.
        var registry = new[] { Spelt("PETROV", "Anton", new PartialDate(1950, 1, 1)), Spelt("PETROV", "Boris", new PartialDate(1960, 1, 1)),
            Spelt("PETROV", "Oleg", new PartialDate(1970, 1, 1)), Registered() };
        Assert.Equal(3, Assert.Single(PersonLinks.Find(Spelt("PETROW", "Ilja"), registry)).Index);
    }

    // Each row: a spelling screening links (its own tests and the issue), which the refugee rule must link too.
    public static TheoryData<string, Person> Spellings => new()
    {
        { "issue: Latin respelling, order reversed", Spelt("PETROW", "Ilja") },
        { "Cyrillic", new Person(new PersonName("Петров", "Илья"), null, [], "M", new PartialDate(1984, 7, 2), null, null, ["RU"], [], null, []) },
        { "original-script name only", new Person(new PersonName("X", "Y"), new PersonName("Петров", "Илья Сергеевич"), [], "M", new PartialDate(1984, 7, 2), null, null, ["RU"], [], null, []) },
        { "German transliteration as an alias", new Person(new PersonName("SMITH", "John"), null, [new PersonName("Petrow", "Ilja Sergejewitsch")], "M", new PartialDate(1984, 7, 2), null, null, ["RU"], [], null, []) },
        { "name order as one string", Spelt("Ilya", "Petrov") },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Assess_SpellingScreeningLinks_ReviewerSeesTheRefugeeFinding(string why, Person spelling)
    {
        Assert.NotEmpty(PersonLinks.Find(spelling, [Registered()]));
        var a = ComplianceEngine.Default.Assess(RequestAbout(spelling), "RU", Protected());
        var f = Assert.Single(a.Findings, x => x.RuleId == "ART2-REFUGEE");
        Assert.True(f.Restricted, why);
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
    }

    [Fact]
    public void Assess_OtherPerson_IsNotLinked()
    {
        // Same family name, another forename and another year of birth: screening does not link, nor does the rule.
        var other = Spelt("PETROV", "Dmitri", new PartialDate(1961, 2, 9));
        Assert.Empty(PersonLinks.Find(other, [Registered()]));
        Assert.DoesNotContain(ComplianceEngine.Default.Assess(RequestAbout(other), "RU", Protected()).Findings, f => f.Restricted);
    }

    [Theory]
    [InlineData("PETROV", "Ilya")]
    [InlineData("PETROW", "Ilja")]
    public void ForRequester_ProtectedOrNot_IsTheSameAssessment(string family, string forenames)
    {
        var request = RequestAbout(Spelt(family, forenames));
        var full = ComplianceEngine.Default.Assess(request, "RU", Protected());
        var unprotected = ComplianceEngine.Default.Assess(request, "RU", ComplianceContext.Empty);
        Assert.True(full.LinksProtectedPerson);
        Assert.NotEqual(unprotected.Recommendation, full.Recommendation);
        var seen = full.ForRequester();
        Assert.Equal(unprotected.Recommendation, seen.Recommendation);
        Assert.Equal(unprotected.Findings, seen.Findings);
        Assert.False(seen.LinksProtectedPerson);
    }

    [Theory]
    [InlineData(ProtectionKind.CommissionMeasure, true, "RU", "CCF-PROTECTIVE-MEASURE")]
    [InlineData(ProtectionKind.Refugee, true, "CN", "ART2-REFUGEE-CHECK")]
    [InlineData(ProtectionKind.Asylum, false, "RU", "ART2-REFUGEE-CHECK")]
    public void ForRequester_EveryRegistryFinding_IsRemoved(ProtectionKind kind, bool confirmed, string feared, string rule)
    {
        var context = new ComplianceContext([], [new ProtectedStatus(Registered(), kind, [feared], confirmed)]);
        var full = ComplianceEngine.Default.Assess(RequestAbout(Spelt("PETROW", "Ilja")), "RU", context);
        Assert.Contains(full.Findings, f => f.RuleId == rule && f.Restricted && f.LinksProtectedPerson);
        Assert.DoesNotContain(full.ForRequester().Findings, f => f.RuleId == rule);
        Assert.Equal(Recommendation.Clear, full.ForRequester().Recommendation);
    }

    [Fact]
    public void PreCheckBudget_SixthAboutOnePersonInADay_IsRefusedWhateverTheSpelling()
    {
        var spellings = new[] { ("PETROV", "Ilya"), ("PETROW", "Ilja"), ("Petrov", "Ilia"), ("PETROFF", "Ilya"), ("Петров", "Илья") };
        var earlier = spellings.Select((s, i) => new PriorPreCheck(Spelt(s.Item1, s.Item2), Now.AddHours(-10 + i))).ToList();
        var someoneElse = new PriorPreCheck(Spelt("NOVAK", "Jana", new PartialDate(1990, 1, 1), "CZ"), Now.AddHours(-1));
        Assert.True(PreCheckBudget.Decide(Spelt("PETROV", "Ilya"), earlier[..4], Now).Allowed);
        var verdict = PreCheckBudget.Decide(Spelt("PETROV", "Ilya Sergeyevich"), [.. earlier, someoneElse], Now);
        Assert.False(verdict.Allowed);
        Assert.Equal(5, verdict.Earlier.Count);
        // The oldest of the five leaves the day 14 hours from now.
        Assert.Equal(TimeSpan.FromHours(14), verdict.RetryAfter);
        Assert.True(PreCheckBudget.Decide(Spelt("NOVAK", "Jana", new PartialDate(1990, 1, 1), "CZ"), [.. earlier, someoneElse], Now).Allowed);
        Assert.True(PreCheckBudget.Decide(Spelt("PETROV", "Ilya"), earlier, Now.AddDays(1)).Allowed);
    }

    [Fact]
    public void Assess_EarlierPreChecksUnderSeveralSpellings_AreFlaggedToReviewersOnly()
    {
        var context = new ComplianceContext([], [], [
            new PriorPreCheck(Spelt("PETROV", "Ilya"), Now.AddDays(-3)),
            new PriorPreCheck(Spelt("PETROW", "Ilja"), Now.AddDays(-2)),
            new PriorPreCheck(Spelt("NOVAK", "Jana", new PartialDate(1990, 1, 1), "CZ"), Now.AddDays(-1)),
        ]);
        var a = ComplianceEngine.Default.Assess(RequestAbout(Spelt("PETROFF", "Ilya")), "RU", context);
        var flag = Assert.Single(a.Findings, f => f.RuleId == RestrictedRules.RepeatedPreChecks);
        Assert.Equal(Severity.Concern, flag.Severity);
        Assert.Contains("2 pre-checks about this person by this member in the last 30 days", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("'PETROW Ilja'", flag.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("NOVAK", flag.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(a.ForRequester().Findings, f => f.RuleId == RestrictedRules.RepeatedPreChecks);
        Assert.Equal(Recommendation.Clear, a.ForRequester().Recommendation);
    }

    [Theory]
    [InlineData(ReviewDecision.Publish)]
    [InlineData(ReviewDecision.PublishWithRestrictions)]
    public void Decide_PublishingAPersonLinkedToTheRegistry_NeedsASecondReviewer(ReviewDecision decision)
    {
        // A concern only (status with respect to another country): without the link one reviewer would publish.
        var assessment = new Assessment("v", Recommendation.Review,
            [new Finding(RestrictedRules.RefugeeCheck, "Refugee policy", Ground.Article2, Severity.Concern, "x", [])]);
        var asked = new DecisionRequest(decision, null, "checked the grounds", decision == ReviewDecision.PublishWithRestrictions ? ["CN"] : []);
        var first = ReviewDecisions.Decide(null, asked, "r1", assessment).Value;
        Assert.False(first.TakesEffect);
        Assert.IsType<ConflictError>(ReviewDecisions.Decide(first.Pending, asked, "r1", assessment).Error);
        Assert.True(ReviewDecisions.Decide(first.Pending, asked, "r2", assessment).Value.TakesEffect);
        var unlinked = assessment with { Findings = [new Finding("ART3-OFFICIALS", "Constitution Art. 3", Ground.Article3, Severity.Concern, "x", [])] };
        Assert.True(ReviewDecisions.Decide(null, asked, "r1", unlinked).Value.TakesEffect);
    }
}
