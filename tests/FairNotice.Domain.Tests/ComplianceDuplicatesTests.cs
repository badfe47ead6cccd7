using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

// A published request filed again word for word under another name (an outside tester re-filed 2026/00126, DEMIR Mehmet
// Ali, as KARAKAYA Osman: same date of birth, same facts, same warrant 2026/918) must be linked to the earlier one.
public class ComplianceDuplicatesTests
{
    private const string Facts = "On 14 March 2025 in Ankara the person shot Mehmet Ali Demir's business partner twice in the chest "
        + "after a dispute over a debt of TRY 400,000 and fled the scene in a rented car.";

    private static NoticeContent Murder(string family, string forenames, string warrant = "2026/918", string facts = Facts, PartialDate? dob = null)
    {
        var c = NoticeValidationTests.CompleteRed();
        return c with
        {
            Person = c.Person with { Name = new PersonName(family, forenames), DateOfBirth = dob ?? new PartialDate(1980, 5, 2), Nationalities = ["TR"], CountryOfBirth = "TR" },
            Case = c.Case with
            {
                SummaryOfFacts = facts,
                Charges = [new Charge("Murder", "Turkish Penal Code art. 81", 0, LifeImprisonment: true)],
                Warrant = c.Case.Warrant! with { Reference = warrant, IssuingAuthority = "Ankara 3rd Criminal Court of Peace" },
            },
        };
    }

    private static EarlierRequest Published(NoticeContent c, string reference = "2026/00126") =>
        new(reference, NoticeStatus.Published, c.Person, c.Case.Warrant?.Reference, c.Case.SummaryOfFacts);

    private static Assessment Assess(NoticeContent c, params EarlierRequest[] earlier) =>
        ComplianceEngine.Default.Assess(c, "TR", new ComplianceContext([], [], Earlier: earlier));

    [Fact]
    public void Copy_UnderAnotherName_IsAPossibleDuplicateNamingTheEarlierRequest()
    {
        var original = Murder("DEMIR", "Mehmet Ali");
        var copy = Murder("KARAKAYA", "Osman");
        Assert.DoesNotContain(Assess(copy).Findings, f => f.RuleId == "DUPLICATE-REQUEST");

        var a = Assess(copy, Published(original));
        var finding = Assert.Single(a.Findings, f => f.RuleId == "DUPLICATE-REQUEST");
        Assert.Equal(Severity.Concern, finding.Severity);
        Assert.NotEqual(Recommendation.Clear, a.Recommendation);
        Assert.Contains("2026/00126", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("DEMIR Mehmet Ali", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("warrant or judgment reference (2026/918)", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("same date of birth (1980-05-02)", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("Finding.DUPLICATE-REQUEST", finding.Message!.Key);
    }

    [Fact]
    public void SameWarrantReference_WrittenOtherwise_Links()
    {
        var earlier = Murder("DEMIR", "Mehmet Ali");
        var other = Murder("KARAKAYA", "Osman", warrant: "2026-918", facts: "A different description of the events: the person robbed a jeweller in Izmir in 2024 and wounded the owner with a knife.",
            dob: new PartialDate(1970, null, null));
        var finding = Assert.Single(Assess(other, Published(earlier)).Findings, f => f.RuleId == "DUPLICATE-REQUEST");
        Assert.Contains("warrant or judgment reference", finding.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("date of birth", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SameDateOfBirthAndNearIdenticalFacts_Link_OneWordChanged()
    {
        var earlier = Murder("DEMIR", "Mehmet Ali");
        var copy = Murder("KARAKAYA", "Osman", warrant: "2026/1044", facts: Facts.Replace("rented", "stolen", StringComparison.Ordinal));
        var finding = Assert.Single(Assess(copy, Published(earlier)).Findings, f => f.RuleId == "DUPLICATE-REQUEST");
        Assert.Contains("near-identical facts", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other date of birth")]
    [InlineData("other facts")]
    [InlineData("reference without a digit")]
    public void UnrelatedRequests_AreNotLinked(string change)
    {
        var earlier = change == "reference without a digit" ? Murder("DEMIR", "Mehmet Ali", warrant: "none") : Murder("DEMIR", "Mehmet Ali");
        var request = change switch
        {
            "other date of birth" => Murder("KARAKAYA", "Osman", warrant: "2026/1044", dob: new PartialDate(1980, 5, 3)),
            "other facts" => Murder("KARAKAYA", "Osman", warrant: "2026/1044",
                facts: "On 2 June 2024 in Izmir the person stabbed a shop owner three times during a robbery of gold worth TRY 900,000 and escaped by ferry."),
            _ => Murder("KARAKAYA", "Osman", warrant: "none", dob: new PartialDate(1971, null, null),
                facts: "On 2 June 2024 in Izmir the person stabbed a shop owner three times during a robbery of gold worth TRY 900,000 and escaped by ferry."),
        };
        Assert.DoesNotContain(Assess(request, Published(earlier)).Findings, f => f.RuleId == "DUPLICATE-REQUEST");
    }

    [Fact]
    public void WholeWordTerm_IsQuotedWithoutItsMarker()
    {
        // vocabulary.json writes "=propaganda" for a whole-word term; the evidence is what the request said.
        var hit = Vocabulary.Default.Find("expression", "He spread propaganda on social media.");
        Assert.NotNull(hit);
        Assert.Equal("propaganda", hit.Term);
        var c = NoticeValidationTests.CompleteRed();
        var a = ComplianceEngine.Default.Assess(c with { Case = c.Case with { SummaryOfFacts = "The person spread propaganda on social media and in leaflets handed out in Istanbul in 2023 and 2024." } },
            "TR", ComplianceContext.Empty);
        var evidence = a.Findings.SelectMany(f => f.Evidence).Select(e => e.Phrase).OfType<string>().ToList();
        Assert.Contains("propaganda", evidence);
        Assert.DoesNotContain(evidence, p => p.StartsWith('='));
        Assert.DoesNotContain(a.Findings, f => f.Explanation.Contains("'=", StringComparison.Ordinal));
    }
}
