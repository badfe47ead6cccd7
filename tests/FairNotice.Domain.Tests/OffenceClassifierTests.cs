using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

public class OffenceClassifierTests
{
    private static readonly OffenceClassifier Classifier = OffenceClassifier.Default;

    private static ChargeClass Classify(string description, string law = "Criminal code art. 1") => Classifier.Classify(new Charge(description, law, 120), 0);

    // Expected divisions: ICCS 1.0 (UNODC 2015) level 2 — 0101 intentional homicide, 0102 attempted intentional homicide,
    // 0301 sexual violence, 0502 theft, 0601 controlled drugs, 0701 fraud, 0703 corruption, 0704 proceeds of crime,
    // 0803 freedom of expression, 0904 state security, 0906 terrorism.
    [Theory]
    [InlineData("en", "Attempted murder of a police officer", "0102")]
    [InlineData("en", "Money laundering", "0704")]
    [InlineData("en", "Defaming the King on social media", "0803")]
    [InlineData("fr", "Escroquerie en bande organisée", "0701")]
    [InlineData("fr", "Viol sur mineur", "0301")]
    [InlineData("es", "Tráfico de drogas", "0601")]
    [InlineData("es", "Cohecho y peculado", "0703")]
    [InlineData("ar", "القتل العمد مع سبق الإصرار", "0101")]
    [InlineData("ar", "نشر أخبار كاذبة", "0803")]
    [InlineData("ru", "Мошенничество в особо крупном размере", "0701")]
    [InlineData("ru", "Государственная измена", "0904")]
    [InlineData("zh", "盗窃罪", "0502")]
    [InlineData("zh", "组织、领导、参加恐怖组织罪", "0906")]
    public void Classify_ChargeInEachLanguage_GetsItsDivision(string language, string description, string division)
    {
        var c = Classify(description);
        Assert.Equal(division, c.Division);
        Assert.Equal(division[..2], c.Section);
        Assert.Equal("case.charges[0].description", c.Evidence!.Field);
        Assert.NotNull(c.Evidence.Phrase);
        Assert.False(string.IsNullOrEmpty(language));
    }

    [Fact]
    public void Classify_LongerTermWins_AttemptOverHomicide()
    {
        var c = Classify("Attempted murder");
        Assert.Equal("0102", c.Division);
        Assert.Contains("0101", c.Others);
    }

    [Fact]
    public void Classify_DescriptionSaysNothing_LawDecides()
    {
        var c = Classify("Article 228 offences", "Federal law on narcotic drugs");
        Assert.Equal("0601", c.Division);
        Assert.Equal("case.charges[0].law", c.Evidence!.Field);
    }

    [Fact]
    public void Classify_NoTermMatches_StaysUnclassified()
    {
        var c = Classify("Offence under article 12", "Code 4");
        Assert.Null(c.Division);
        Assert.Equal("unclassified", c.Label);
    }

    [Theory]
    [InlineData("Keeping the child abroad after the divorce (parental child abduction)", ExclusionFlag.Family)]
    [InlineData("Non-représentation d'enfant", ExclusionFlag.Family)]
    [InlineData("إصدار شيك بدون رصيد", ExclusionFlag.PrivateDispute)]
    [InlineData("Armed robbery", ExclusionFlag.None)]
    public void Classify_FamilyOrPrivateWording_IsFlagged(string description, ExclusionFlag flag) => Assert.Equal(flag, Classify(description).Flag);

    [Fact]
    public void Data_EveryKeywordDivisionExists_AndSectionsAreEleven()
    {
        Assert.Equal(11, Classifier.Sections.Count);
        Assert.All(Classifier.Divisions, d => Assert.NotNull(Classifier.SectionOf(d.Section)));
        Assert.Equal("Acts against public order, authority and provisions of the State", Classifier.SectionOf("08")!.Title);
    }

    [Fact]
    public void Engine_Iccs08Charge_GetsArticle3ExaminationAsConcern()
    {
        var content = NoticeValidationTests.CompleteRed() with
        {
            Case = NoticeValidationTests.CompleteRed().Case with { Charges = [new Charge("Defaming the King", "Criminal Code s. 112", 180)] },
        };
        var a = ComplianceEngine.Default.Assess(content, "TH", ComplianceContext.Empty);
        var f = Assert.Single(a.Findings, x => x.RuleId == "ICCS-ART3-EXAMINATION");
        Assert.Equal(Severity.Concern, f.Severity);
        Assert.Contains("0803", f.Explanation, StringComparison.Ordinal);
        Assert.NotEqual(Recommendation.Clear, a.Recommendation);
    }

    [Fact]
    public void Engine_ParentalAbductionWithoutFamilyVocabulary_IsExcludedByClass()
    {
        var content = NoticeValidationTests.CompleteRed() with
        {
            Case = NoticeValidationTests.CompleteRed().Case with { Charges = [new Charge("Retaining a child abroad in breach of a court order", "Penal Code art. 270", 36)] },
        };
        var a = ComplianceEngine.Default.Assess(content, "FR", ComplianceContext.Empty);
        Assert.Contains(a.Findings, f => f.RuleId is "ART83-FAMILY-ICCS" or "ART83-FAMILY");
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
    }

    [Fact]
    public void DevFixtures_MostChargesGetAClass()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "FairNotice.slnx")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "tests", "fixtures", "compliance", "cases.json")));
        var charges = doc.RootElement.GetProperty("cases").EnumerateArray()
            .SelectMany(c => c.GetProperty("request").GetProperty("case").GetProperty("charges").EnumerateArray())
            .Select(ch => new Charge(ch.GetProperty("description").GetString() ?? "", ch.GetProperty("law").GetString() ?? "", null)).ToList();
        var classes = Classifier.Classify(charges);
        var unclassified = classes.Where(c => c.Division is null).Select(c => charges[c.Charge].Description).ToList();
        TestContext.Current.SendDiagnosticMessage($"ICCS coverage on the dev fixtures: {charges.Count - unclassified.Count}/{charges.Count}; unclassified: {string.Join(" | ", unclassified)}; " +
            string.Join(" | ", classes.Select(c => $"{charges[c.Charge].Description} → {c.Division}")));
        Assert.True(unclassified.Count * 10 <= charges.Count, $"{unclassified.Count} of {charges.Count} unclassified: {string.Join(" | ", unclassified)}");
    }
}
