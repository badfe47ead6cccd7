using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.Statutes;

namespace FairNotice.Domain.Tests;

// The members and citation forms added when the register was broadened from public sources (2026-11-27): each law field is
// written as a requester of that member would write it, in the national language or in English.
public class StatuteRegisterBroadeningTests
{
    private static readonly StatuteRegister Register = StatuteRegister.Default;

    [Theory]
    [InlineData("IN", "Section 124A IPC", "124A")]
    [InlineData("IN", "Bharatiya Nyaya Sanhita, s. 152", "152")]
    [InlineData("IN", "UAPA sections 13 and 18", "*")]
    [InlineData("BD", "Digital Security Act 2018, section 25", "25")]
    [InlineData("BD", "Cyber Security Act s. 31", "31")]
    [InlineData("VN", "Điều 117 Bộ luật Hình sự", "117")]
    [InlineData("VN", "BLHS 331", "331")]
    [InlineData("VN", "Article 88 of the Penal Code 1999", "88")]
    [InlineData("LA", "Article 117 of the Penal Code", "117")]
    [InlineData("KG", "ст. 278 УК КР", "278")]
    [InlineData("KZ", "ҚР ҚК 174-бабы", "174")]
    [InlineData("AZ", "AR CM 192.3.2", "192.3")]
    [InlineData("ID", "Pasal 156a KUHP", "156")]
    [InlineData("DZ", "Article 87 bis du Code pénal", "87 bis")]
    [InlineData("DZ", "المادة 79 من قانون العقوبات", "79")]
    [InlineData("TN", "Décret-loi n° 2022-54, art. 24", "24")]
    [InlineData("KW", "المادة 25 من قانون الجزاء", "25")]
    [InlineData("ZW", "Section 33 of the Criminal Law (Codification and Reform) Act", "33")]
    [InlineData("CU", "artículo 185 del Código Penal", "185")]
    [InlineData("LK", "Prevention of Terrorism Act, section 2(1)(h)", "*")]
    [InlineData("ET", "Proclamation No. 1185/2020 art. 5", "5")]
    [InlineData("IR", "ماده ۲۸۶ قانون مجازات اسلامی", "286")]
    [InlineData("QA", "المادة 136 مكرر من قانون العقوبات", "136 bis")]
    [InlineData("QA", "Law No. 14 of 2014, Article 6", "6")]
    [InlineData("MA", "Article 267-5 du Code pénal", "267-5")]
    [InlineData("AE", "Federal Decree-Law 34/2021 art. 52", "52")]
    public void Match_NewMembersInTheirCitationForms_FindsTheRow(string requester, string law, string provision) =>
        Assert.Contains(Register.Match(requester, law), m => m.Provision == provision);

    // A citation is read in the requester's law: the same number from another member, or an ordinary article, is not a row.
    [Theory]
    [InlineData("IN", "IPC s. 302")]
    [InlineData("VN", "Điều 123 Bộ luật Hình sự")]
    [InlineData("KW", "Penal Code art. 149")]
    [InlineData("TN", "Code pénal art. 201")]
    [InlineData("BD", "Penal Code s. 302")]
    public void Match_OrdinaryCrimeOfANewMember_FindsNothing(string requester, string law) =>
        Assert.Empty(Register.Match(requester, law));

    // A private dispute is not in the register's kinds: cheque dishonour under India's Negotiable Instruments Act is left to
    // the vocabulary (category private_dispute), and a segment naming that act is never read as the penal code.
    [Fact]
    public void Match_NegotiableInstrumentsAct_IsNotReadAsThePenalCode() =>
        Assert.Empty(Register.Match("IN", "Negotiable Instruments Act, section 124A"));

    [Fact]
    public void Register_NewUnverifiedRowsOnlyReview() =>
        Assert.All(Register.Statutes.Where(s => s.Country is "KH" or "CU" or "TN" && s.Unverified), s => Assert.Equal(StatuteEffect.Review, s.EffectiveEffect));
}
