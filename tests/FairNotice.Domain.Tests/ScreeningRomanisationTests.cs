using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #11: names written by other romanisation systems or in their own script, name-only strictness, near misses.</summary>
public class ScreeningRomanisationTests
{
    private static ScreeningIndex<string> Index(params (string Family, string Forenames, string? Original, string? Dob, string Sex)[] people)
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        foreach (var p in people)
        {
            var dob = p.Dob is not null && PartialDate.TryParse(p.Dob, out var d) ? d : null;
            var original = p.Original is null ? null : new PersonName(p.Original, null);
            index.Upsert(Guid.NewGuid(), new Person(new PersonName(p.Family, p.Forenames), original, [], p.Sex, dob, null, null, ["XX"], [], null, []), $"{p.Family} {p.Forenames}");
        }

        return index;
    }

    // Every person is filed in Latin only: the query must reach them through a generated romanisation.
    private static readonly ScreeningIndex<string> Filed = Index(
        ("Hnatiuk", "Hryhorii", null, "1971-02-03", "M"),
        ("Tsvetkov", "Hristo", null, "1982-10-28", "M"),
        ("Chu", "Kin Kwok", null, "1970-11-03", "M"),
        ("Xu", "Zijian", null, "1997-05-15", "M"),
        ("Lo", "Chun-Chieh", null, "1991-01-01", "M"),
        ("Park", "Ji-young", null, "1964-06-06", "F"),
        ("Cho", "Sang-chul", null, "1989-10-11", "M"),
        ("Friedman", "Rachel", null, "1980-01-01", "F"),
        ("Ghorbani", "Hamid", null, "1956-04-22", "M"),
        ("Al-Qahtani", "Abdulrahman", null, "1994-02-02", "M"),
        ("Nikolić", "Ivana", null, "1990-03-04", "F"),
        ("Demir", "İsmail", null, "1985-05-05", "M"),
        ("Warsame", "Abdullahi Ali", null, "1979-08-08", "M"));

    [Theory]
    [InlineData("Ukrainian Cyrillic (national 2010 / ICAO: Г → H)", "Григорій Гнатюк", "Hnatiuk Hryhorii")]
    [InlineData("German transcription of Bulgarian", "Christo Zwetkow", "Tsvetkov Hristo")]
    [InlineData("Somali orthography (c for ʿayn, doubled long vowels)", "Cabdullaahi Cali Warsame", "Warsame Abdullahi Ali")]
    [InlineData("traditional Han, Hong Kong Cantonese reading", "朱建國", "Chu Kin Kwok")]
    [InlineData("Wade–Giles for a pinyin record", "Hsu Tzu-Chien", "Xu Zijian")]
    [InlineData("pinyin for a Wade–Giles record", "Luo Junjie", "Lo Chun-Chieh")]
    [InlineData("Hangul, customary passport spelling", "박지영", "Park Ji-young")]
    [InlineData("McCune–Reischauer for a customary record", "Pak Chi-yŏng", "Park Ji-young")]
    [InlineData("Revised Romanization for a customary record", "Jo Sangcheol", "Cho Sang-chul")]
    [InlineData("Hebrew script", "רחל פרידמן", "Friedman Rachel")]
    [InlineData("Persian script", "حمید قربانی", "Ghorbani Hamid")]
    [InlineData("Arabic script, Abd al- compound and article", "عبد الرحمن القحطاني", "Al-Qahtani Abdulrahman")]
    [InlineData("passport machine-readable zone", "AL<QAHTANI<<ABDULRAHMAN<<<<<<<<", "Al-Qahtani Abdulrahman")]
    public void Search_OtherSystemOrScript_FindsLatinOnlyRecord(string how, string query, string expected)
    {
        var hits = Filed.Search(new ScreeningQuery(query, null, null, null), _ => true);
        Assert.True(hits.Count > 0 && hits[0].Payload == expected, $"{how}: {query} → {string.Join(", ", hits.Select(h => $"{h.Payload} {h.Score}"))}");
    }

    [Theory]
    [InlineData("Ivona Nikolić", "1990-03-04")]
    [InlineData("İsmail Demirel", "1985-05-05")]
    public void Search_DifferentRealNameWithoutDate_IsNoHit_ButTheExactDateRescuesIt(string query, string dob)
    {
        Assert.Empty(Filed.Search(new ScreeningQuery(query, null, null, null), _ => true));
        Assert.True(PartialDate.TryParse(dob, out var d));
        Assert.NotEmpty(Filed.Search(new ScreeningQuery(query, d, null, null), _ => true));
    }

    // Without a date of birth a letter typed wrong cannot be told from another name one letter away ("Beradze" is not
    // "Beridze"), so it is a near miss; two neighbouring letters swapped spell no other name, and are still found.
    [Fact]
    public void Search_TypoOfAName_FoundWithTheDate_OrWhenTwoLettersAreSwapped()
    {
        Assert.Empty(Filed.Search(new ScreeningQuery("Ivana Nikoluć", null, null, null), _ => true));
        Assert.Equal("Nikolić Ivana", Assert.Single(Filed.Search(new ScreeningQuery("Ivana Nikoluć", new PartialDate(1990, 3, 4), null, null), _ => true)).Payload);
        Assert.Equal("Nikolić Ivana", Assert.Single(Filed.Search(new ScreeningQuery("Ivana Nikoilć", null, null, null), _ => true)).Payload);
    }

    [Fact]
    public void NearMisses_SayWhyACandidateFellShort()
    {
        var near = Filed.NearMisses(new ScreeningQuery("Ivona Nikolić", null, null, null), _ => true);
        var (candidate, why) = Assert.Single(near, n => n.Candidate.Payload == "Nikolić Ivana");
        Assert.True(candidate.Score < ScreeningIndex<string>.DefaultThreshold);
        Assert.Contains("below 0.90", why.English, StringComparison.Ordinal);
        Assert.Contains("no date of birth", why.English, StringComparison.Ordinal);
        Assert.DoesNotContain(Filed.NearMisses(new ScreeningQuery("Nikolić Ivana", null, null, null), _ => true), n => n.Candidate.Payload == "Nikolić Ivana");
    }

    [Fact]
    public void Renderings_Cyrillic_IncludeSeveralSystems()
    {
        var r = Romaniser.Default.Renderings("Журавлёв").Select(s => s.ToLowerInvariant()).ToList();
        Assert.Contains("zhuravlev", r);
        Assert.Contains(r, s => s.StartsWith("jouravl", StringComparison.Ordinal));
        Assert.Contains(r, s => s.StartsWith("schurawl", StringComparison.Ordinal));
    }

    [Fact]
    public void Renderings_LatinNameOfNoOtherSystem_IsJustTheName() =>
        Assert.Equal(["Dupont Marc"], Romaniser.Default.Renderings("Dupont Marc"));
}
