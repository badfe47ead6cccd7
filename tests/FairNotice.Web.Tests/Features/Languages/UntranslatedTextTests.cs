using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 item 1: no page carries English words outside the resources. A heuristic read of the Razor source:
/// text between tags and the human-facing attributes (placeholder, alt, title, aria-label), with Razor expressions,
/// code blocks, comments and <c>&lt;code&gt;</c> samples taken out, must hold no word of three Latin letters or more
/// beyond the allow-list (product names, units, formats).</summary>
public sealed partial class UntranslatedTextTests
{
    /// <summary>Words every language writes the same way: names, acronyms, formats.</summary>
    private static readonly HashSet<string> SameInEveryLanguage = new(StringComparer.Ordinal)
    {
        "FairNotice", "INTERPOL", "API", "JSON", "CSV", "PDF", "UTC", "ISO", "SHA", "YYYY", "ENG", "FRA", "ARA", "JavaScript", "English",
        "Français", "Español", "PIN", "QR", "NCB", "CCF", "POST", "GET", "TLS", "nbsp", "hellip", "middot", "rarr", "mdash", "ndash", "amp", "KiB",
    };

    /// <summary>Pages another change owns in this round (issue #15 items 4 and 5: the Commission desk and account
    /// administration); each is translated there, and leaves this list when it is.</summary>
    private static readonly HashSet<string> OwnedElsewhere = new(StringComparer.Ordinal)
    {
        "Accounts/Index.cshtml", "Accounts/Detail.cshtml", "Accounts/New.cshtml", "Accounts/_Link.cshtml",
    };

    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FeaturesDirectory(), "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(FeaturesDirectory(), file).Replace('\\', '/');
            if (!OwnedElsewhere.Contains(relative))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void View_HoldsNoUntranslatedText(string view)
    {
        var found = EnglishIn(File.ReadAllText(Path.Combine(FeaturesDirectory(), view)));

        Assert.True(found.Count == 0, $"{view} shows text that is not from the resources: {string.Join(" | ", found)}");
    }

    [Fact]
    public void Scan_FindsLiteralTextAndAttributes_ButNotExpressionsOrCode()
    {
        // The heuristic is only as good as what it catches: a literal label, a placeholder; and what it leaves: a resource, code.
        Assert.Equal(["Family name"], EnglishIn("<label for=\"x\">Family name</label>"));
        Assert.Equal(["Your password"], EnglishIn("<input placeholder=\"Your password\" />"));
        Assert.Empty(EnglishIn("<label>@L[\"New.Family\"] *</label><code>fairnotice election verify</code>@* a comment *@"));
        Assert.Empty(EnglishIn("<td>@(r.Confirmed ? L[\"Common.Yes\"] : L[\"Common.No\"])</td><td>@string.Join(\", \", r.Items)</td>"));
    }

    [Fact]
    public void EveryMessageAPageModelWrites_IsInTheEnglishResources()
    {
        // Messages a page model puts in ModelState, TempData or its own "done" line are shown through the resources
        // (KnownSentences): one missing from the resources would stay English on every page.
        var english = ResourceCompletenessTests.In("").Values.ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(FeaturesDirectory(), "*.cshtml.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(FeaturesDirectory(), file).Replace('\\', '/');
            if (OwnedElsewhere.Contains(relative.Replace(".cs", "", StringComparison.Ordinal)) || relative.StartsWith("Accounts/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var line in File.ReadLines(file).Where(l => MessageSink().IsMatch(l)))
            {
                missing.AddRange(Literal().Matches(line).Select(m => m.Groups[1].Value).Where(s => s.Contains(' ', StringComparison.Ordinal) && Word().IsMatch(s) && !english.Contains(s))
                    .Select(s => $"{relative}: {s}"));
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    internal static List<string> EnglishIn(string razor)
    {
        var text = Generic().Replace(RazorComment().Replace(razor, " "), "");
        text = CodeSample().Replace(text, " ");
        text = ScriptOrStyle().Replace(text, " ");
        var found = new List<string>();
        foreach (Match attribute in HumanAttribute().Matches(text))
        {
            Check(attribute.Groups[2].Value, found);
        }

        foreach (Match node in TextNode().Matches(Tag().Replace(text, "<>")))
        {
            Check(node.Groups[1].Value, found);
        }

        return found;
    }

    private static void Check(string segment, List<string> found)
    {
        // Code, not text: a Razor block, a statement, a lambda.
        if (segment.Contains('{', StringComparison.Ordinal) || segment.Contains('}', StringComparison.Ordinal) || segment.Contains(';', StringComparison.Ordinal)
            || segment.Contains("=>", StringComparison.Ordinal))
        {
            return;
        }

        var words = Address().Replace(RazorExpression().Replace(segment, " "), " ");
        if (Word().Matches(words).Any(w => !SameInEveryLanguage.Contains(w.Value)))
        {
            found.Add(segment.Trim());
        }
    }

    private static string FeaturesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "FairNotice.Web", "Features");
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<code\b[^>]*>.*?</code>", RegexOptions.Singleline)]
    private static partial Regex CodeSample();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>|<!script\b.*?</!script>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"\b(placeholder|alt|title|aria-label)=""([^""@]*)""")]
    private static partial Regex HumanAttribute();

    // Tags, with their attributes (which may hold Razor and '>' inside quotes).
    [GeneratedRegex(@"<[/!]?[a-zA-Z][^<>""]*(?:""[^""]*""[^<>""]*)*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<>([^<]+)(?=<>)")]
    private static partial Regex TextNode();

    // @L["…"], @Model.X, @(…) with one level of nesting, @x.Y(…)[…], @@ (an escaped @).
    [GeneratedRegex(@"@@|@\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|@[A-Za-z_][\w.]*(?:\[[^\]]*\]|\((?:[^()]|\([^()]*\))*\)|\??\.[A-Za-z_]\w*|!)*|@:|&\w+;")]
    private static partial Regex RazorExpression();

    // A type argument in Razor code (L.Label<NoticeStatus>(…), Enum.GetValues<Post>()), not a tag.
    [GeneratedRegex(@"<[A-Z][\w.]*>(?=\()")]
    private static partial Regex Generic();

    // A path or an address (/api/statistics, /Redress/Status): the same in every language.
    [GeneratedRegex(@"\S*/\S*")]
    private static partial Regex Address();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"ErrorMessage\s*=|AddModelError\(|TempData\[""Message""\]\s*=|\bDone\s*=\s*""|\bmissing\b.*""")]
    private static partial Regex MessageSink();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();
}
