using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class PrecedentFinderTests
{
    private static readonly DateTimeOffset Then = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static Person Someone(string family, string forenames, string dob) =>
        new(new PersonName(family, forenames), null, [], "M", PartialDate.TryParse(dob, out var d) ? d : null, null, null, [], [], null, []);

    private static NoticeContent Request(Person person, string charge, string law, string facts) => NoticeValidationTests.CompleteRed() with
    {
        Person = person,
        Case = NoticeValidationTests.CompleteRed().Case with { Charges = [new Charge(charge, law, 120)], SummaryOfFacts = facts },
    };

    private static Precedent Decided(string reference, string requester, PrecedentOutcome outcome, Person person, string charge, string law, string facts) =>
        new(reference, requester, Then, "Secretariat", outcome, outcome == PrecedentOutcome.Refused ? Ground.Article3 : null, "reason",
            [.. Compliance.OffenceClasses.OffenceClassifier.Default.Classify([new Charge(charge, law, null)]).Select(c => c.Division).OfType<string>()], [law],
            $"{charge} {facts}", person);

    private static readonly Precedent FalseNews = Decided("P-1", "RU", PrecedentOutcome.Refused, Someone("SMIRNOVA", "Olga", "1980-03-01"),
        "Spreading knowingly false information about the army", "УК РФ ст. 207.3 ч. 2", "Posted about civilian casualties on social media.");

    private static readonly Precedent Robbery = Decided("P-2", "FR", PrecedentOutcome.Published, Someone("MARTIN", "Luc", "1975-06-06"),
        "Vol à main armée", "Code pénal art. 311-8", "Armed robbery of a jewellery shop in Nice with a handgun.");

    [Theory]
    [InlineData("Art. 207.3(2) УК РФ")]
    [InlineData("ст. 207.3 ч. 2 УК РФ")]
    [InlineData("УК РФ, статья 207.3, часть 2")]
    public void Nearest_SameProvisionCitedOtherwise_IsFound(string law)
    {
        var request = Request(Someone("IVANOV", "Pyotr", "1990-01-01"), "Discrediting statements", law, "Wrote a blog post.");
        var m = Assert.Single(PrecedentFinder.Nearest(request, "RU", [FalseNews, Robbery]));
        Assert.Equal("P-1", m.Precedent.Reference);
        Assert.NotEmpty(m.SameProvisions);
    }

    [Fact]
    public void Nearest_SamePersonOtherSpelling_IsFoundWithoutSharedLawOrFacts()
    {
        var request = Request(Someone("SMIRNOWA", "Olga", "1980-03-01"), "Theft", "Criminal Code art. 158", "Stole a car in Tver.");
        var m = Assert.Single(PrecedentFinder.Nearest(request, "RU", [FalseNews, Robbery]));
        Assert.True(m.SamePerson);
        Assert.Contains(m.Reasons, r => r.StartsWith("same person", StringComparison.Ordinal));
        // Worded as a message (a page shows it in its language), the link inside it one too, not English text.
        var samePerson = Assert.Single(m.Messages, r => r.Key == "Finding.Precedent.SamePerson");
        Assert.Contains(Assert.Single(samePerson.Arguments).Message?.Key, new[] { "ScreeningWhy.Link", "Finding.Link.Names", "Finding.Link.Document" });
    }

    [Fact]
    public void Nearest_UnrelatedRequest_FindsNothing()
    {
        var request = Request(Someone("GARCIA", "Luis", "1985-02-02"), "Tráfico de drogas", "Código Penal art. 368", "Shipped cocaine in containers from Valencia.");
        Assert.Empty(PrecedentFinder.Nearest(request, "ES", [FalseNews, Robbery]));
    }

    [Fact]
    public void Nearest_SimilarFactsOnly_IsFoundByCosine()
    {
        var request = Request(Someone("DURAND", "Paul", "1970-01-01"), "Robbery", "Penal Code s. 8",
            "Armed robbery of a jewellery shop in Nice with a handgun and a stolen scooter.");
        var m = Assert.Single(PrecedentFinder.Nearest(request, "IT", [FalseNews, Robbery]));
        Assert.Equal("P-2", m.Precedent.Reference);
        Assert.True(m.FactsSimilarity >= PrecedentFinder.SimilarFacts);
    }

    [Fact]
    public void Engine_RequestLikeARefusal_GetsRestrictedConcernNamingIt_NeverARefusalByItself()
    {
        var request = Request(Someone("IVANOV", "Pyotr", "1990-01-01"), "Fraud", "УК РФ ст. 207.3 ч. 2", "Took money from investors in Moscow in 2021 through a fake fund.");
        var a = ComplianceEngine.Default.Assess(request, "RU", ComplianceContext.Empty with { Precedents = [FalseNews, Robbery] });
        var f = Assert.Single(a.Findings, x => x.RuleId == RestrictedRules.PrecedentRefused);
        Assert.Equal(Severity.Concern, f.Severity);
        Assert.True(f.Restricted);
        Assert.Contains("P-1", f.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(a.ForRequester().Findings, x => x.RuleId == RestrictedRules.PrecedentRefused);
    }

    [Fact]
    public void Engine_RequestLikeAPublication_GetsNoPrecedentFinding()
    {
        var request = Request(Someone("DURAND", "Paul", "1970-01-01"), "Vol à main armée", "Code pénal art. 311-8", "Armed robbery of a jewellery shop in Nice with a handgun.");
        var a = ComplianceEngine.Default.Assess(request, "FR", ComplianceContext.Empty with { Precedents = [FalseNews, Robbery] });
        Assert.DoesNotContain(a.Findings, x => x.RuleId == RestrictedRules.PrecedentRefused);
    }
}
