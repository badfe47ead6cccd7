using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Tests.Fuzz;

/// <summary>One regression test per defect the Domain fuzz targets found (docs/fuzzing.md).</summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData("Παπαδόπουλος\ud800")]   // Greek with a lone high surrogate
    [InlineData("\udc00Γιώργος")]        // a lone low surrogate
    [InlineData("Γιώργος\ufffe")]        // a noncharacter
    [InlineData("Γιώργος\ufdd0")]        // another
    [InlineData("Γιώργος\ud83f\udffe")]  // a noncharacter outside the BMP (U+1FFFE)
    public void UnfoldedParts_GreekWithInvalidUtf16_GivesPartsInsteadOfThrowing(string name)
    {
        var parts = NameNormaliser.UnfoldedParts(name);
        Assert.Contains(parts, p => p is "papadopoulos" or "giorgos");
    }

    [Theory]
    [InlineData("Fraud in Lyon\ufffe")]
    [InlineData("Fraud\ud800 in Lyon")]
    [InlineData("Fraud in \ufdd0Lyon")]
    [InlineData("Fraud in Lyon\udbff\udfff")]
    public void VocabularyNormalise_CaseTextWithNoncharacters_IsReadNotThrown(string text) =>
        // Case facts, charges and warrants went through Normalize: one U+FFFE in a submission answered 500.
        Assert.Equal(["fraud", "in", "lyon"], Compliance.Vocabulary.Normalise(text).Split(' '));

    [Fact]
    public void Search_OneVeryLongPart_StaysWithinBoundedMemory()
    {
        // Each one-letter deletion of a part was a blocking key: 70,000 letters asked for ~20 GB and killed the process.
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), new Person(new PersonName("ORLOV", "Ilya"), null, [], "M", null, null, null, [], [], null, []), "x");
        var before = GC.GetAllocatedBytesForCurrentThread();
        index.Search(new ScreeningQuery(new string('a', 70_000), null, null, null), _ => true);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000_000);
    }

    [Fact]
    public void Search_ShortPartsStillUseDeletionKeys() =>
        // The cap leaves real names alone: one letter dropped still finds the candidate.
        Assert.NotEmpty(IndexWith("ABDELKADER", "Saleh").Search(new ScreeningQuery("Saleh Abdelkadr", new PartialDate(1970, 1, 1), null, null), _ => true, threshold: 0.5));

    [Theory]
    [InlineData("2000-99999999999")]
    [InlineData("2000-01-00000000000000000001")]
    [InlineData("2000-001")]
    public void PartialDate_LongMonthOrDay_IsRejectedNotOverflowing(string text) => Assert.False(PartialDate.TryParse(text, out _));

    private static ScreeningIndex<string> IndexWith(string family, string forenames)
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), new Person(new PersonName(family, forenames), null, [], "M", new PartialDate(1970, 1, 1), null, null, [], [], null, []), "x");
        return index;
    }
}
