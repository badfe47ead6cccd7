using FairNotice.Domain.Compliance;

namespace FairNotice.Domain.Tests;

// The languages added to the vocabulary (tr, fa, az, kk, uz, vi, id, pt, am) and the euphemisms of abusive requests found
// in public reports: each abusive wording is found in its category, and ordinary crime written in the same language fires
// none of the refusing categories.
public class VocabularyLanguagesTests
{
    private static readonly Vocabulary V = Vocabulary.Default;

    private static readonly string[] Refusing = ["political", "expression", "assembly", "military", "religious", "behavioural", "family", "private_dispute"];

    [Theory]
    [InlineData("expression", "tr", "Sosyal medyada halkı yanıltıcı bilgiyi alenen yaymak")]
    [InlineData("political", "tr", "Cumhurbaşkanına hakaret suçu")]
    [InlineData("private_dispute", "tr", "Karşılıksız çek keşide etmek")]
    [InlineData("family", "tr", "Çocuğun teslim edilmemesi ve nafaka borcu")]
    [InlineData("expression", "fa", "تبلیغ علیه نظام و نشر اکاذیب در فضای مجازی")]
    [InlineData("religious", "fa", "توهین به مقدسات اسلام")]
    [InlineData("private_dispute", "fa", "صدور چک بلامحل")]
    [InlineData("behavioural", "fa", "کشف حجاب در اماکن عمومی")]
    [InlineData("assembly", "az", "İcazəsiz mitinq keçirmək")]
    [InlineData("expression", "kk", "Көрінеу жалған ақпарат тарату")]
    [InlineData("political", "uz", "Konstitutsiyaviy tuzumga tajovuz qilish")]
    [InlineData("expression", "vi", "Tuyên truyền chống Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("expression", "vi", "Lợi dụng các quyền tự do dân chủ xâm phạm lợi ích của Nhà nước")]
    [InlineData("religious", "id", "Penodaan agama melalui media sosial")]
    [InlineData("private_dispute", "id", "Penerbitan cek kosong")]
    [InlineData("private_dispute", "pt", "Emissão de cheque sem fundos")]
    [InlineData("family", "pt", "Não pagamento de pensão alimentícia")]
    [InlineData("private_dispute", "en", "Dishonour of cheque under section 138 of the Negotiable Instruments Act")]
    [InlineData("private_dispute", "en", "Absconding from his sponsor and unpaid debt")]
    [InlineData("religious", "en", "Shaking the faith of a Muslim by proselytism")]
    [InlineData("behavioural", "en", "Habitual debauchery and inciting debauchery")]
    [InlineData("expression", "en", "Spreading hoaxes about the government")]
    [InlineData("political", "en", "Encroachment on the constitutional order")]
    public void Find_AbusiveWordingInANewLanguage_IsInItsCategory(string category, string language, string text)
    {
        var hit = V.Find(category, text);
        Assert.NotNull(hit);
        Assert.Contains(V.FindAll(category, text), h => h.Language == language);
    }

    [Theory]
    [InlineData("Kasten öldürme: sanık eşini bıçakla öldürdü ve kaçtı")]
    [InlineData("Uyuşturucu madde ticareti ve suç örgütü kurmak")]
    [InlineData("قتل عمد با سلاح سرد و سرقت مسلحانه از بانک")]
    [InlineData("قاچاق مواد مخدر به صورت سازمان یافته")]
    [InlineData("Qəsdən adam öldürmə və soyğunçuluq")]
    [InlineData("Кісі өлтіру және есірткі сату")]
    [InlineData("Qasddan odam o'ldirish va giyohvand moddalar savdosi")]
    [InlineData("Giết người và cướp tài sản tại Hà Nội; chúng ta đạo đức; vợ nó đã bỏ đi")]
    [InlineData("Pembunuhan berencana dan perdagangan narkotika")]
    [InlineData("Homicídio qualificado e tráfico de drogas; o réu matou a vítima com uma faca")]
    [InlineData("Fraud: he provided misleading information to investors and defaulted on a loan")]
    [InlineData("Rape of a person of the same sex; the victim was injured")]
    public void Find_OrdinaryCrimeInANewLanguage_FiresNoRefusingCategory(string text) =>
        Assert.All(Refusing, c => Assert.Null(V.Find(c, text)));

    [Theory]
    [InlineData("Sanık hiçbir şiddet eylemine katılmadı", "violence")]
    [InlineData("Pelaku tidak melakukan kekerasan", "violence")]
    [InlineData("O acusado não cometeu agressão", "violence")]
    [InlineData("بدون هیچ خشونت", "violence")]
    public void Find_NegatedTermInANewLanguage_DoesNotCount(string text, string category) =>
        Assert.Null(V.Find(category, text));

    [Theory]
    [InlineData("Ông ta đã giết người", "violence")]
    [InlineData("Jurnalist tənqidi məqalələr dərc edib", "protected_activity")]
    [InlineData("ጋዜጠኛ ነው", "protected_activity")]
    public void Find_AffirmedTermInANewLanguage_Counts(string text, string category) =>
        Assert.NotNull(V.Find(category, text));

    // Russian "арбитраж" is arbitration (a parallel proceeding) only as a court or tribunal; bare, it is also financial
    // arbitrage, the bait of an investment fraud.
    [Theory]
    [InlineData("Спор между сторонами рассматривается Арбитражным судом г. Москвы", true)]
    [InlineData("Спор передан в третейский суд", true)]
    [InlineData("Привлекал средства граждан под обещание доходности от арбитража криптовалют", false)]
    public void Find_RussianArbitration_IsAProceedingNotArbitrage(string text, bool parallel) =>
        Assert.Equal(parallel, V.Find("commercial_dispute", text) is not null);
}
