using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FairNotice.Web.Features.Languages;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 item 1: every text a page shows exists in the four working languages.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly ResourceManager Resources = new("FairNotice.Web.Resources.SharedResource", typeof(Program).Assembly);

    internal static Dictionary<string, string> In(string culture)
    {
        var set = Resources.GetResourceSet(culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    public static TheoryData<string> Translations => new() { "ar", "es", "fr" };

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryEnglishKey_HasANonEmptyTranslation(string culture)
    {
        var english = In("");
        var translated = In(culture);

        Assert.True(english.Count > 300, $"only {english.Count} English keys");
        var missing = english.Keys.Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        Assert.True(missing.Count == 0, $"{culture} lacks: {string.Join(", ", missing)}");
        var extra = translated.Keys.Except(english.Keys).ToList();
        Assert.True(extra.Count == 0, $"{culture} has keys English lacks: {string.Join(", ", extra)}");
    }

    [Fact]
    public void ResourceFiles_NameEachKeyOnce_IgnoringCase()
    {
        // MSBuild compiles resource names case-insensitively and silently drops the second of "Detail.PreCheck" and
        // "Detail.Precheck" (warning MSB3568): the page then shows the first one's text.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
        {
            dir = dir.Parent;
        }

        var files = Directory.GetFiles(Path.Combine(dir!.FullName, "src", "FairNotice.Web", "Resources"), "*.resx");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var names = System.Xml.Linq.XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
            var twice = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join("/", g)).ToList();
            Assert.True(twice.Count == 0, $"{Path.GetFileName(file)}: {string.Join(", ", twice)}");
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryTranslation_KeepsTheSamePlaceholders(string culture)
    {
        var english = In("");
        var translated = In(culture);

        var wrong = english.Where(e => !Placeholders(e.Value).SetEquals(Placeholders(translated[e.Key]))).Select(e => e.Key).ToList();

        Assert.True(wrong.Count == 0, $"{culture}: placeholders differ in {string.Join(", ", wrong)}");
    }

    [Fact]
    public void EveryEnumShownOnAPage_HasALabel()
    {
        var english = In("");

        var missing = Labels.Shown.SelectMany(t => Enum.GetNames(t).Select(n => Labels.Key(t, n))).Where(k => !english.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, $"no label for {string.Join(", ", missing)}");
    }

    [Fact]
    public void Labels_ReadAsWords_NotAsEnumNames()
    {
        var fr = In("fr");

        Assert.Equal("En cours d'examen", fr["NoticeStatus.UnderReview"]);
        Assert.Equal("Under review", In("")["NoticeStatus.UnderReview"]);
        Assert.Equal("المكتب المركزي الوطني", In("ar")["Affiliation.Ncb"]);
        Assert.Equal("Oficina Central Nacional", In("es")["Affiliation.Ncb"]);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
