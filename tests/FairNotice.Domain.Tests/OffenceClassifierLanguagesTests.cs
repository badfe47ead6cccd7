using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

// ICCS keywords added for the requesters' languages (2026-11-27): a charge written in Turkish, Portuguese, Indonesian,
// Vietnamese, Persian or a Central Asian language gets its division, and the longest term decides.
public class OffenceClassifierLanguagesTests
{
    private static ChargeClass Classify(string description) => OffenceClassifier.Default.Classify(new Charge(description, "Criminal code art. 1", 120), 0);

    [Theory]
    [InlineData("Kasten öldürme", "0101")]
    [InlineData("Taksirle öldürme", "0103")]
    [InlineData("Cumhurbaşkanına hakaret", "0803")]
    [InlineData("Hakaret", "0209")]
    [InlineData("Uyuşturucu madde ticareti", "0601")]
    [InlineData("Estelionato", "0701")]
    [InlineData("Homicídio culposo na direção de veículo", "0103")]
    [InlineData("Tindak pidana korupsi", "0703")]
    [InlineData("Makar", "0904")]
    [InlineData("Tuyên truyền chống Nhà nước", "0803")]
    [InlineData("Tội tham ô tài sản", "0703")]
    [InlineData("کلاهبرداری", "0701")]
    [InlineData("Qəsdən adam öldürmə", "0101")]
    [InlineData("Алаяқтық", "0701")]
    public void Classify_ChargeInANewLanguage_GetsItsDivision(string description, string division) =>
        Assert.Equal(division, Classify(description).Division);

    [Theory]
    [InlineData("Karşılıksız çek keşide etmek")]
    [InlineData("Emissão de cheque sem fundos")]
    [InlineData("Dishonour of cheque under the Negotiable Instruments Act")]
    [InlineData("صدور چک بلامحل")]
    public void Classify_ChequeWording_IsAPrivateDispute(string description)
    {
        var c = Classify(description);
        Assert.Equal("0701", c.Division);
        Assert.Equal(ExclusionFlag.PrivateDispute, c.Flag);
    }
}
