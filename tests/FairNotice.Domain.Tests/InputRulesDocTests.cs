using System.Text.RegularExpressions;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Tests;

/// <summary>
/// ASVS 5.0 2.1.1 and 2.1.2: docs/input-rules.md documents every validation rule of a request, and this test keeps it
/// true — every field path, length, cap and message that <c>NoticeValidation</c> and <c>NameCharacters</c> use must be in
/// the document, read from the source itself so that a rule added to the code without the document fails here.
/// </summary>
public sealed partial class InputRulesDocTests
{
    private static string Root()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "FairNotice.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("FairNotice.slnx not found.");
        }

        return dir;
    }

    private static string Doc() => File.ReadAllText(Path.Combine(Root(), "docs", "input-rules.md"));

    private static string Code() => File.ReadAllText(Path.Combine(Root(), "src", "FairNotice.Domain", "Notices", "NoticeValidation.cs"));

    private static string Normalise(string path) => Interpolation().Replace(path, "i");

    [Fact]
    public void EveryFieldPathInTheValidator_IsDocumented()
    {
        var doc = Doc();
        var paths = FieldPath().Matches(Code()).Select(m => Normalise(m.Groups["path"].Value)).Distinct().ToList();
        Assert.True(paths.Count > 40, $"Only {paths.Count} field paths found: the pattern no longer matches the validator.");
        var missing = paths.Where(p => !doc.Contains($"`{p}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in docs/input-rules.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryMessageOfTheValidator_IsDocumented()
    {
        var doc = Doc();
        // The validator's messages are templates with keys since they are shown in the page's language (NoticeCheckMessages);
        // those without a placeholder are documented word for word, as the API says them in English.
        var messages = NoticeCheckMessages.Templates.Select(t => t.English).Where(m => !m.Contains('{', StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(messages.Count > 25, $"Only {messages.Count} messages found.");
        var missing = messages.Where(m => !doc.Contains(m, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in docs/input-rules.md: " + string.Join(" | ", missing));
        Assert.Contains(NameCharacters.Message, doc, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLengthAndCap_IsDocumentedOnItsField()
    {
        var code = Code();
        var constants = Constant().Matches(code).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        Assert.Equal(NoticeValidation.MaxAliases.ToString(System.Globalization.CultureInfo.InvariantCulture), constants["MaxAliases"]);
        var rows = Doc().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var missing = new List<string>();
        foreach (Match m in Limit().Matches(code))
        {
            var path = Normalise(m.Groups["path"].Value);
            var limit = constants.TryGetValue(m.Groups["limit"].Value, out var v) ? v : m.Groups["limit"].Value;
            if (!rows.Any(r => r.Split('|')[1].Contains($"`{path}`", StringComparison.Ordinal) && Regex.IsMatch(r, $@"\b{limit}\b")))
            {
                missing.Add($"{path} ≤ {limit}");
            }
        }

        Assert.True(missing.Count == 0, "Lengths or caps not on their row: " + string.Join(", ", missing));
        Assert.All(constants, c => Assert.Contains($"`{c.Key}` {c.Value}", Doc(), StringComparison.Ordinal));
    }

    [Fact]
    public void CrossFieldRules_AreListed()
    {
        var doc = Doc();
        var section = doc[doc.IndexOf("## Rules over combined fields", StringComparison.Ordinal)..];
        // The validator's cross-field checks: each compares two fields, and each must have its row.
        foreach (var pair in new[] { ("case.sentenceRemainingMonths", "case.sentenceImposedMonths"), ("addressedToAll", "addressees"), ("addressees", "restrictedCountries"), ("case.wantedFor", "case.charges[i].maximumPenaltyMonths") })
        {
            Assert.Contains(section.Split('\n'), l => l.Contains(pair.Item1, StringComparison.Ordinal) && l.Contains(pair.Item2, StringComparison.Ordinal));
        }
    }

    // A field path literal: the start of every path the validator names.
    [GeneratedRegex(@"\$?""(?<path>(person|case|colour|restrictedCountries|addressees)(\.[A-Za-z]+|\[\{i\}\])*)""")]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"\{i\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"const int (?<name>\w+) = (?<value>\d+);")]
    private static partial Regex Constant();

    // Text/Name(value, "path", limit, …) and Capped(list, "path", limit, …).
    [GeneratedRegex(@"\b(Text|Name|Capped)\([^,;]+,\s*\$?""(?<path>[^""]+)"",\s*(?<limit>\w+),")]
    private static partial Regex Limit();
}
