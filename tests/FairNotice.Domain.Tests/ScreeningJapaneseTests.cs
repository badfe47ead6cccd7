using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #11: Japanese names — kanji read through the IPADIC name dictionary, Kunrei-shiki and "oh" spellings.</summary>
public class ScreeningJapaneseTests
{
    private static readonly ScreeningIndex<string> Filed = Index(
        ("Watanabe", "Shuji", "1970-01-02"), ("Kobayashi", "Takashi", "1980-03-04"), ("Tsuchiya", "Hideki", "1975-05-06"),
        ("Kato", "Junichi", "1966-07-08"), ("Kondo", "Kenichi", "1968-02-26"));

    private static ScreeningIndex<string> Index(params (string Family, string Forenames, string Dob)[] people)
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        foreach (var p in people)
        {
            Assert.True(PartialDate.TryParse(p.Dob, out var dob));
            index.Upsert(Guid.NewGuid(), new Person(new PersonName(p.Family, p.Forenames), null, [], "M", dob, null, null, ["JP"], [], null, []), $"{p.Family} {p.Forenames}");
        }

        return index;
    }

    [Theory]
    [InlineData("渡辺修二", "watanabe shuji")]
    [InlineData("渡辺 修二", "watanabe shuji")]
    [InlineData("小林隆", "kobayashi takashi")]
    [InlineData("近藤健一", "kondo kenichi")]
    public void Readings_KanjiName_GivesThePassportSpelling(string kanji, string expected) =>
        Assert.Contains(expected, JapaneseNames.Readings(kanji));

    [Fact]
    public void Readings_NotAJapaneseName_GivesNone() => Assert.Empty(JapaneseNames.Readings("习近平习近平习近平"));

    [Theory]
    [InlineData("渡辺修二", "Watanabe Shuji")]
    [InlineData("小林隆", "Kobayashi Takashi")]
    [InlineData("Hideki Tutiya", "Tsuchiya Hideki")]
    [InlineData("Junichi Katoh", "Kato Junichi")]
    public void Search_KanjiOrOtherJapaneseSpelling_FindsLatinOnlyRecord(string query, string expected)
    {
        var hits = Filed.Search(new ScreeningQuery(query, null, null, null), _ => true);
        Assert.True(hits.Count > 0 && hits[0].Payload == expected, $"{query} → {string.Join(", ", hits.Select(h => $"{h.Payload} {h.Score}"))}");
    }

    [Fact]
    public void Search_KunreiRewrite_DoesNotTouchNonJapaneseNames() =>
        Assert.DoesNotContain(Romaniser.Default.Renderings("Martin Tibor"), r => r.Contains("chi", StringComparison.Ordinal));
}

/// <summary>Issue #11: a short form of a given name, with the full date of birth agreeing, is a hit; without it, not.</summary>
public class ScreeningShortFormTests
{
    private static readonly ScreeningIndex<string> Filed = Build();

    private static ScreeningIndex<string> Build()
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        Assert.True(PartialDate.TryParse("1992-01-27", out var dob));
        index.Upsert(Guid.NewGuid(), new Person(new PersonName("Shestakov", "Grigorii"), null, [], "M", dob, null, null, ["RU"], [], null, []), "Shestakov Grigorii");
        return index;
    }

    [Fact]
    public void Search_ShortFormWithTheSameFullDate_IsAHit() =>
        Assert.NotEmpty(Filed.Search(new ScreeningQuery("Grisha Shestakov", PartialDate.TryParse("1992-01-27", out var d) ? d : null, null, null), _ => true));

    [Fact]
    public void Search_ShortFormWithAnotherDate_IsNoHit() =>
        Assert.Empty(Filed.Search(new ScreeningQuery("Grisha Shestakov", PartialDate.TryParse("1990-06-02", out var d) ? d : null, null, null), _ => true));

    [Fact]
    public void Search_ShortFormWithoutDate_IsNoHit() =>
        Assert.Empty(Filed.Search(new ScreeningQuery("Grisha Shestakov", null, null, null), _ => true));
}

/// <summary>Issue #11: an initial and a surname ("P. Polishchuk") find the person whatever the order of the parts.</summary>
public class ScreeningInitialsTests
{
    [Theory]
    [InlineData("P. Polishchuk", "Polishchuk", "Petro")]
    [InlineData("O. Ragab", "Ragab", "Omar")]
    [InlineData("K. Kozłowska", "Kozłowska", "Katarzyna")]
    public void Search_InitialAndSurname_IsAHit(string query, string family, string given)
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), new Person(new PersonName(family, given), null, [], "M", null, null, null, ["XX"], [], null, []), family);
        var hits = index.Search(new ScreeningQuery(query, null, null, null), _ => true);
        Assert.True(hits.Count == 1, $"{query}: {string.Join(", ", index.Search(new ScreeningQuery(query, null, null, null), _ => true, threshold: 0).Select(h => $"{h.Score:F3} {h.Explanation.Parts}"))}");
    }

    [Fact]
    public void Search_WrongInitial_IsNoHit()
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), new Person(new PersonName("Polishchuk", "Petro"), null, [], "M", null, null, null, ["XX"], [], null, []), "x");
        Assert.Empty(index.Search(new ScreeningQuery("M. Polishchuk", null, null, null), _ => true));
    }
}

/// <summary>Issue #11: Arabic articles and compounds written apart or joined; a shared surname never carries another given name.</summary>
public class ScreeningArabicCompoundTests
{
    [Theory]
    [InlineData("Yousef Elbanna", "El-Banna", "Yousef")]
    [InlineData("Abd al-Rahman al-Qahtani", "Al-Qahtani", "Abdulrahman")]
    [InlineData("Abdul Rahman Al Qahtani", "Al-Qahtani", "Abdulrahman")]
    [InlineData("Omar Adel An-Najjar", "al-Najjar", "Omar Adel")]
    public void Search_CompoundWrittenOtherwise_IsAHit(string query, string family, string given) =>
        Assert.NotEmpty(OnePerson.Filed(family, given).Search(new ScreeningQuery(query, null, null, null), _ => true));

    // By name alone a difference must be one a table or rule explains (ADR 0006 addendum 4): Adil for Adel, on a record
    // filed in Latin with no script or nationality that says it is Arabic, is not — the candidate is a near miss the
    // officer sees with its reason, not a hit. (A hit before h-scr5; the closing note of 27 Nov asks steering about it.)
    [Theory]
    [InlineData("Adil Bu Aziz", "Bouaziz", "Adel")]
    public void Search_NameOnly_CompoundWithAnUnexplainedVowel_IsANearMissNotAHit(string query, string family, string given)
    {
        var index = OnePerson.Filed(family, given);
        Assert.Empty(index.Search(new ScreeningQuery(query, null, null, null), _ => true));
        Assert.NotEmpty(index.NearMisses(new ScreeningQuery(query, null, null, null), _ => true));
    }

    [Theory]
    [InlineData("Mirna Hassan Al-Ghamdi", "Al-Ghamdi", "Maryam Hassan")]
    [InlineData("Ibrahim Saud Abdel Fattah", "Abdel Fattah", "Ibrahim Said")]
    [InlineData("Omar Mohammed Al-Muhairi", "Al-Marri", "Omar Mohammed")]
    public void Search_SharedSurnameOtherGivenName_IsNoHit(string query, string family, string given) =>
        Assert.Empty(OnePerson.Filed(family, given).Search(new ScreeningQuery(query, null, null, null), _ => true));
}

/// <summary>Issue #11: name-only queries — surnames that only share their start are other families; Armenian ու is u.</summary>
public class ScreeningSurnamePrefixTests
{
    [Theory]
    [InlineData("Grigorii Aleksandrovich Shestopalov", "Shestakov", "Grigorii Aleksandrovich")]
    [InlineData("Takashi Kobayakawa", "Kobayashi", "Takashi")]
    [InlineData("Iauhen Hrytsuk", "Hrytskevich", "Iauhen")]
    public void Search_NameOnly_SurnameSharingOnlyItsStart_IsNoHit(string query, string family, string given) =>
        Assert.Empty(OnePerson.Filed(family, given).Search(new ScreeningQuery(query, null, null, null), _ => true));

    [Theory]
    [InlineData("Takashi Kobayasi", "Kobayashi", "Takashi")]
    [InlineData("Վարդան Մանուկյան", "Manukyan", "Vardan")]
    public void Search_NameOnly_SurnameTypoOrOtherSpelling_IsStillAHit(string query, string family, string given) =>
        Assert.NotEmpty(OnePerson.Filed(family, given).Search(new ScreeningQuery(query, null, null, null), _ => true));

    // A one-letter change no table explains (v → f), asked by name alone: a near miss shown with its reason, not a hit
    // (ADR 0006 addendum 4; a hit before h-scr5).
    [Fact]
    public void Search_NameOnly_UnexplainedLetter_IsANearMissNotAHit()
    {
        var index = OnePerson.Filed("Shestakov", "Grigorii");
        Assert.Empty(index.Search(new ScreeningQuery("Grigorii Shestakof", null, null, null), _ => true));
        Assert.NotEmpty(index.NearMisses(new ScreeningQuery("Grigorii Shestakof", null, null, null), _ => true));
    }
}

/// <summary>An index holding one person filed in Latin only, without a date of birth.</summary>
internal static class OnePerson
{
    public static ScreeningIndex<string> Filed(string family, string given)
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), new Person(new PersonName(family, given), null, [], "M", null, null, null, ["XX"], [], null, []), family);
        return index;
    }
}
