using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Tests;

/// <summary>Issue #11 item 2: one given name across languages and its familiar forms, from documented equivalents
/// (tools/name-equivalents/given-names.csv), not from spellings that look alike.</summary>
public class ScreeningGivenNamesTests
{
    private static readonly ScreeningIndex<string> Filed = Build();

    private static ScreeningIndex<string> Build()
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        foreach (var (family, forenames, dob, nationality) in new[]
                 {
                     ("Tóth", "István", "1971-04-03", "HU"), ("Szabó", "Péter", "1969-10-11", "HU"),
                     ("García Ruiz", "José", "1980-02-14", "ES"), ("Wiśniewska", "Katarzyna", "1990-06-30", "PL"),
                 })
        {
            Assert.True(PartialDate.TryParse(dob, out var d));
            index.Upsert(Guid.NewGuid(), new Person(new PersonName(family, forenames), null, [], "M", d, null, null, [nationality], [], null, []), $"{family} {forenames}");
        }

        return index;
    }

    [Theory]
    [InlineData("istvan", "stephen")]
    [InlineData("istvan", "esteban")]
    [InlineData("pepe", "jose")]
    [InlineData("kasia", "katarzyna")]
    [InlineData("katarzyna", "catherine")]
    public void Share_DocumentedEquivalents_AreOneName(string a, string b) =>
        Assert.True(GivenNames.Share(GivenNames.Default.GroupsOf(a), GivenNames.Default.GroupsOf(b)), $"{a} / {b}");

    [Theory]
    [InlineData("peter", "paul")]
    [InlineData("istvan", "joseph")]
    [InlineData("toth", "istvan")]
    public void Share_DifferentNamesOrNoName_AreNot(string a, string b) =>
        Assert.False(GivenNames.Share(GivenNames.Default.GroupsOf(a), GivenNames.Default.GroupsOf(b)), $"{a} / {b}");

    [Theory]
    [InlineData("Stephen Toth", "Tóth István")]
    [InlineData("Pepe García Ruiz", "García Ruiz José")]
    [InlineData("Kasia Wisniewska", "Wiśniewska Katarzyna")]
    [InlineData("Catherine Wiśniewska", "Wiśniewska Katarzyna")]
    public void Search_NameOnlyInAnotherLanguageOrFamiliarForm_FindsTheRecord(string query, string expected)
    {
        var hits = Filed.Search(new ScreeningQuery(query, null, null, null), _ => true);
        Assert.True(hits.Count > 0 && hits[0].Payload == expected, $"{query} → {string.Join(", ", hits.Select(h => $"{h.Payload} {h.Score}"))}");
    }

    [Fact]
    public void Search_AnotherGivenNameWithTheSameSurname_IsNotAHit() =>
        Assert.DoesNotContain(Filed.Search(new ScreeningQuery("Joseph Szabo", null, null, null), _ => true), h => h.Payload == "Szabó Péter");

    [Fact]
    public void Data_EveryRowNamesItsSourceAndTheFileLoads()
    {
        var path = Path.Combine(RepoRoot(), "tools", "name-equivalents", "given-names.csv");
        var lines = File.ReadAllLines(path);
        Assert.Equal("group,form,language,kind,source", lines[0]);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',', 5);
            Assert.True(cells.Length == 5 && cells[3] is "standard" or "diminutive" && cells[4].TrimStart('"').StartsWith("http", StringComparison.Ordinal), line);
        }

        Assert.True(GivenNames.Default.GroupCount >= 200, GivenNames.Default.Version);
    }

    [Fact]
    public void Parse_WithoutTheHeader_IsRefused() =>
        Assert.Throws<FormatException>(() => GivenNames.Parse(new StringReader("stephen,Stephen,en,standard,https://example.org\n")));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
