using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

/// <summary>Rules read off the rules (ADR 0049): minimum facts (RPD Art. 83(2)(b)(i)), an ordinary crime in a political
/// context (Constitution Art. 3, predominance test), and a fraud charge that describes only a relationship between the parties
/// (RPD Art. 83(1)(a)(iii)). The cases are written here, in the six vocabulary languages, not taken from an evaluation set.</summary>
public class ComplianceRuleGroundedTests
{
    private static NoticeContent Request(string charge, string facts, string offenceDate = "2024-03-02", int warrantYear = 2025,
        WantedFor wantedFor = WantedFor.Prosecution, string law = "Criminal code art. 1") =>
        ContextSignalsTests.Request(charge, facts, offenceDate, warrantYear, law, wantedFor);

    private static Assessment Assess(NoticeContent c) => ComplianceEngine.Default.Assess(c, "XX", ComplianceContext.Empty);

    private static NoticeContent WithCharges(NoticeContent c, params Charge[] charges) => c with { Case = c.Case! with { Charges = charges } };

    // --- 1. Minimum facts: the time of the acts, and something measurable about them -------------------------------------

    [Theory]
    [InlineData("In 2023 the person, acting with others, defrauded citizens and concealed the proceeds abroad, damaging the State.", true)]
    [InlineData("On 12.03.2023 the person, acting with others, defrauded citizens and concealed the proceeds abroad.", true)]
    [InlineData("متهم در تاریخ ۱۴۰۲/۰۸/۱۲ در شیراز مرتکب کلاهبرداری شد و متواری است.", true)] // Solar Hijri year in Persian digits
    [InlineData("بتاريخ ١٤٤٦/٠١/٢٠ هـ ضبطت الشرطة الشحنة في الميناء.", true)] // Hijri year in Arabic-Indic digits
    [InlineData("The person, acting with others, defrauded citizens and concealed the proceeds abroad, damaging the State.", false)]
    [InlineData("The person sold 42 fictitious contracts to 17 savers and kept EUR 380,000.", false)]
    public void HasTime_AYearOrDateInAnyCalendarOrScript_IsATime(string facts, bool time) =>
        Assert.Equal(time, ComplianceEngine.HasTime(facts));

    [Theory]
    [InlineData("The person, residing abroad, conducts sustained campaigns against the authorities and undermines the constitutional order of the Republic.")]
    [InlineData("L'intéressé, résidant à l'étranger, a commis des crimes contre l'État et ses citoyens et doit être remis à la justice de la République.")]
    [InlineData("El ciudadano se encuentra presuntamente incurso en la comisión de delitos graves contra la salud pública en perjuicio de pacientes.")]
    [InlineData("Обвиняемый, находясь за рубежом, совершил тяжкие преступления против государства и его граждан и скрывается от следствия и суда.")]
    public void Assess_FactsWithNeitherTimeNorAnythingMeasurable_AreHeld(string facts)
    {
        var a = Assess(Request("Fraud", facts));
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.FactsTimeRule && f.Severity == Severity.Blocking && f.Citation.Contains("83(2)(b)(i)", StringComparison.Ordinal));
        Assert.Equal(Recommendation.Refuse, a.Recommendation);
    }

    [Fact]
    public void Assess_FactsWithoutATimeButWithMeasurableDetail_AreOnlyNoted()
    {
        var a = Assess(Request("Drug trafficking", "The convicted person organised the import of 1,160 kg of cocaine in a banana container through the port, with 4 co-accused."));
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.FactsTimeRule && f.Severity == Severity.Information);
        Assert.Equal(Recommendation.Clear, a.Recommendation);
    }

    [Fact]
    public void Assess_ViolentFactsWithoutATime_AreNotHeld()
    {
        var a = Assess(Request("Murder", "The accused stabbed his neighbour to death in the stairwell of their building after a quarrel and fled abroad."));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == ComplianceEngine.FactsTimeRule && f.Severity == Severity.Blocking);
    }

    [Fact]
    public void Assess_AYellowNotice_IsNotHeldForMissingTime()
    {
        var request = Request("Fraud", "The person, acting with others, defrauded citizens and concealed the proceeds abroad, damaging the State.");
        var a = Assess(request with { Colour = NoticeColour.Yellow });
        Assert.DoesNotContain(a.Findings, f => f.RuleId == ComplianceEngine.FactsTimeRule);
    }

    // --- 2. An ordinary crime in a political context -----------------------------------------------------------------------

    [Theory]
    [InlineData("On 10.08.2024 at about 22:40, during a protest in the city centre, the accused attacked a police officer and injured him with a stone thrown at 2 metres.")]
    [InlineData("Le 14 mars 2023, lors d'une manifestation devant la préfecture, l'accusé a lancé 3 cocktails Molotov sur un véhicule de gendarmerie, blessant un gendarme.")]
    [InlineData("El 28 de mayo de 2021, durante el paro nacional, el indiciado incendió 2 autobuses del transporte público en el centro de la ciudad.")]
    [InlineData("10.08.2020 около 22.40 во время митинга обвиняемый нанёс удары сотруднику полиции, причинив ему ранения, и повредил 1 служебный автомобиль.")]
    [InlineData("في 15 يونيو 2023 قاد المتهم، وهو قائد في ميليشيا مسلحة، هجوما على حي سكني أسفر عن مقتل 12 مدنيا.")]
    [InlineData("2019年11月12日，被告人在示威活动中向警察投掷汽油弹两枚，致一名警察受伤，并烧毁警车1辆，造成损失人民币12万元。")]
    [InlineData("On 11 April 2021, election day, the accused shot and wounded 2 voters queuing at a polling station in the capital.")]
    [InlineData("In 2010, after the change of power, the accused transferred USD 35 million of a development fund to 4 companies he controlled.")]
    public void Assess_OrdinaryCrimeInAPoliticalContext_IsReviewed(string facts)
    {
        var a = Assess(Request("Assault on a police officer", facts));
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.PoliticalContextRule && f.Severity == Severity.Concern);
        Assert.Equal(Recommendation.Review, a.Recommendation);
    }

    [Fact]
    public void Assess_ThePersonsClaimOfPersecution_IsAContext()
    {
        var a = Assess(Request("Rape", "Between 2004 and 2009 the accused, head of a religious trust, raped a disciple 11 times at the ashram; he publicly claims persecution of his faith."));
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.PoliticalContextRule);
        Assert.Equal(Recommendation.Review, a.Recommendation);
    }

    [Theory]
    [InlineData("On 2 May 2024 in Lyon the person shot and killed a shopkeeper during a robbery and took EUR 3,000.")]
    [InlineData("There was no protest. On 2 May 2024 in Lyon the person shot and killed a shopkeeper during a robbery and took EUR 3,000.")]
    [InlineData("On 2 May 2024 the person stole 14 cars worth EUR 420,000 from 3 dealerships in Rotterdam and shipped them abroad.")]
    // Legal usage that only looks like a context: protesting innocence, a deposition, a revolutionary court, criminal
    // prosecution ("persecución penal"), knocking a pedestrian over, brandishing a knife, overturning a judgment.
    [InlineData("On 2 May 2024 in Lyon the person shot and killed a shopkeeper during a robbery; he protested his innocence and a witness deposed that he fled.")]
    [InlineData("On 2 May 2024 the person was caught with 40 kg of heroin; the Revolutionary Court of Tehran convicted him in absentia.")]
    [InlineData("El 2 de mayo de 2024 el imputado mató a un comerciante durante un robo; la persecución penal se inició el mismo día.")]
    [InlineData("Le 2 mai 2024 à Lyon, l'accusé a renversé un piéton avec son véhicule, le blessant mortellement, et a pris la fuite.")]
    [InlineData("2 мая 2024 года обвиняемый с демонстрацией ножа совершил разбойное нападение на магазин и похитил 300 000 рублей.")]
    [InlineData("2024年5月2日，被告人持刀抢劫商店，抢走现金3万元；二审推翻原判，改判十年。")]
    public void Assess_OrdinaryCrimeWithoutAPoliticalContext_IsNotFlagged(string facts)
    {
        var a = Assess(Request("Murder", facts));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == ComplianceEngine.PoliticalContextRule);
    }

    [Fact]
    public void Assess_APoliticalContextBesideAnotherArticle3Concern_AddsNoSecondFinding()
    {
        var a = Assess(Request("Participation in mass riots", "On 16 December 2011, during mass riots in the town, the accused set fire to the town hall with 2 petrol bombs."));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == ComplianceEngine.PoliticalContextRule);
        Assert.Contains(a.Findings, f => f.Ground == Ground.Article3 && f.Severity >= Severity.Concern);
    }

    [Fact]
    public void Assess_APoliticalContext_NeverRefusesOnItsOwn()
    {
        var a = Assess(Request("Murder", "On 20 June 2023, during an armed conflict in the region, the accused, a militia commander, ordered the killing of 112 civilians in 3 villages."));
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.PoliticalContextRule);
        Assert.NotEqual(Recommendation.Refuse, a.Recommendation);
    }

    // The person's own status (RPD Art. 34(3)): a journalist or activist in apposition to "the accused" or the person's name is
    // the person sought; one the accused attacked is the victim.
    [Theory]
    [InlineData("On 2 May 2024 in the capital the accused, a journalist, stabbed a police officer 3 times during a search of his flat.", true)]
    [InlineData("Le 2 mai 2024, l'intéressé, militant, a poignardé un policier de 3 coups de couteau lors d'une perquisition.", true)]
    [InlineData("El 2 de mayo de 2024 el imputado, periodista, apuñaló 3 veces a un policía y le causó la muerte durante un registro.", true)]
    [InlineData("2 мая 2024 года обвиняемый, журналист, нанес удары ножом сотруднику полиции, причинив ему тяжкий вред здоровью, 3 раны.", true)]
    [InlineData("On 2 May 2024 in the capital the accused shot and killed a journalist outside his office and took 2 phones.", false)]
    public void Assess_AJournalistWhoIsThePersonSought_IsReviewedEvenBesideViolence(string facts, bool role)
    {
        var a = Assess(Request("Murder", facts));
        Assert.Equal(role, a.Findings.Any(f => f.RuleId == ComplianceEngine.PersonRoleRule && f.Severity == Severity.Concern));
        Assert.Equal(role ? Recommendation.Review : Recommendation.Clear, a.Recommendation);
    }

    // "Coups de couteau" are knife blows: the English word for a coup d'état must not read French facts as a change of government.
    [Fact]
    public void Assess_KnifeBlowsInFrench_AreNoCoup()
    {
        var a = Assess(Request("Meurtre", "Le 2 mai 2024 à Lyon, l'accusé a porté 3 coups de couteau à son voisin au cours d'une dispute et a pris la fuite."));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == "ART3-OFFICIALS");
    }

    [Theory]
    [InlineData("The accused, a journalist, stabbed a guard.", true)]
    [InlineData("2024年5月2日，被告人在示威活动中持刀伤人。", false)]
    [InlineData("PETROV, blogger, stabbed a guard.", true)]
    [InlineData("The accused shot a journalist.", false)]
    [InlineData("2024年5月2日，被告人系记者，持刀伤人。", true)]
    public void Apposed_ARoleRightAfterTheHead_IsThePersons(string text, bool apposed) =>
        Assert.Equal(apposed, Vocabulary.Default.Apposed("protected_activity", text, ["the accused", "被告人", "Petrov"]) is not null);

    // --- 3. A fraud charge whose facts describe only a relationship between the parties -----------------------------------

    [Theory]
    [InlineData("Under a supply contract of 12 March 2023 the person's company received 55,000 tonnes of coal from the complainant and paid only 70%, leaving USD 1.42 million unpaid.")]
    [InlineData("En mars 2022, l'intéressé, associé du plaignant, a conservé EUR 640 000 dus au titre du contrat de fourniture de la société commune.")]
    [InlineData("En marzo de 2022 el imputado, socio del denunciante, retuvo 640.000 euros de la deuda derivada del contrato de suministro.")]
    [InlineData("В 2022 году обвиняемый, являясь учредителем общества, не вернул предоплату 12 млн рублей по договору поставки.")]
    [InlineData("2022年3月，被告人与被害公司签订供货合同后收取预付款人民币300万元，未按约定交货。")]
    public void Assess_FraudChargeOverAContractBetweenTheParties_IsReviewed(string facts)
    {
        var a = Assess(Request("Fraud", facts, "2022-03-31", 2024));
        Assert.Contains(a.Findings, f => f.RuleId == ComplianceEngine.PrivateContractRule && f.Severity == Severity.Concern && f.Citation.Contains("83(1)(a)(iii)", StringComparison.Ordinal));
        Assert.Equal(Recommendation.Review, a.Recommendation);
    }

    // Deceit of the public — a number of people harmed, a bank deceived, a public body's money, laundering beyond the charge —
    // is not a dispute between two private parties; nor is a charge that is not fraud (forgery, corruption of public funds).
    [Theory]
    [InlineData("Fraud", "Between 2021 and 2023 the person sold investment agreements to 9 214 depositors and kept USD 48 million.")]
    [InlineData("Fraud", "Between 2021 and 2023 the person obtained 14 loans from a state bank on forged supply contracts, USD 48 million in all.")]
    [InlineData("Fraud", "Under a supply contract of 12 March 2023 the person received USD 1.42 million and laundered it through 4 shell companies.")]
    [InlineData("Embezzlement of public funds", "Under a supply contract of 12 March 2023 the minister paid USD 1.42 million of the ministry's budget to a company he owned.")]
    [InlineData("Fraud", "Over 2018-2020 the person invoiced a regional hospital for 1,200 ventilator parts never delivered, causing a loss of RUB 180 million.")]
    [InlineData("Forgery of documents", "Under a supply contract of 12 March 2023 the person presented 6 forged delivery notes and was paid USD 1.42 million.")]
    public void Assess_DeceitOfThePublicOrAnotherCharge_IsNoPrivateContract(string charge, string facts)
    {
        var a = Assess(Request(charge, facts, "2023-03-31", 2024));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == ComplianceEngine.PrivateContractRule);
    }

    [Fact]
    public void Assess_AFraudBesideAnotherKindOfCharge_IsNoPrivateContract()
    {
        var request = Request("Fraud", "Under a supply contract of 12 March 2023 the person received USD 1.42 million, then set fire to the complainant's warehouse.", "2023-03-31", 2024);
        var a = Assess(WithCharges(request, new Charge("Fraud", "Criminal code art. 1", 120), new Charge("Arson", "Criminal code art. 2", 120)));
        Assert.DoesNotContain(a.Findings, f => f.RuleId == ComplianceEngine.PrivateContractRule);
    }

    [Theory]
    [InlineData("The person sold agreements to 9 214 depositors.", "persons", true)]
    [InlineData("The person sold agreements to 120 small savers.", "persons", true)]
    [InlineData("In 2019 investors were told the fund was safe.", "persons", false)]
    [InlineData("被告人向1200余名投资人非法集资。", "persons", true)]
    [InlineData("The person deceived the investors.", "persons", false)]
    public void Counted_ANumberBeforePeople_IsACount(string text, string category, bool counted) =>
        Assert.Equal(counted, Vocabulary.Default.Counted(category, text) is not null);
}
