using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FairNotice.Domain.Compliance.Statutes;

/// <summary>One provision cited in a charge's law field, reduced to its number parts.</summary>
/// <param name="Parts">The number parts, lower case: "280.3", "Article 280(3)" and "Art. 280 § 3" all give [280, 3];
/// "86 bis" and "المادة 86 مكرر" give [86, bis]; "295-C" gives [295, c]; a part named by a word ("ст. 205 ч. 2", "part 2")
/// gives [205, p2], so that it is covered by art. 205 but never read as art. 205.2.</param>
/// <param name="Text">The citation as written.</param>
public sealed record Citation(IReadOnlyList<string> Parts, string Text)
{
    /// <summary>The parts joined by dots, e.g. "280.3".</summary>
    public string Canonical => string.Join('.', Parts);

    /// <summary>Parses a provision number as the register writes it ("280.3", "7/2", "86 bis", "20").</summary>
    /// <param name="provision">The provision.</param>
    public static Citation Of(string provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        var text = Citations.Prepare(provision);
        var parts = new List<string>();
        Citations.ReadNumber(text, 0, parts);
        return new Citation(parts, provision);
    }

    /// <summary>True when <paramref name="provision"/>'s parts are a prefix of this citation's (art. 299 covers art. 299(2)).</summary>
    /// <param name="provision">A provision of the register.</param>
    public bool IsWithin(Citation provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        return provision.Parts.Count > 0 && provision.Parts.Count <= Parts.Count
            && provision.Parts.Select((p, i) => string.Equals(p, Parts[i], StringComparison.Ordinal)).All(x => x);
    }
}

/// <summary>Reads provision numbers out of free-text law fields in the common citation forms.</summary>
/// <remarks>
/// Recognised: "art. 280.3", "Article 280(3)", "Art. 280 § 3", "ст. 280.3 УК РФ", "статья 280.3", "TCK md. 301",
/// "s.112", "section 112", "§ 370(3)", "第105条" (also in Chinese numerals), "المادة 86 مكرر", lists ("art. 140, 311"),
/// and a bare number right after a code's name ("TCK 301"). Arabic-Indic digits count as digits. Pure and culture-invariant.
/// </remarks>
public static partial class Citations
{
    private static readonly string[] Suffixes = ["bis", "ter", "quater", "مكرر"];

    /// <summary>Every provision cited after an article marker ("art.", "ст.", "md.", "s.", "§", "第…条", "المادة").</summary>
    /// <param name="law">The law field, or one segment of it.</param>
    public static IReadOnlyList<Citation> AfterMarkers(string? law)
    {
        if (string.IsNullOrWhiteSpace(law))
        {
            return [];
        }

        var text = Prepare(law);
        var found = new List<Citation>();
        foreach (Match m in Marker().Matches(text))
        {
            ReadList(text, m.Index + m.Length, found);
        }

        foreach (Match m in HanArticle().Matches(text))
        {
            var parts = new List<string> { HanNumber(m.Groups["a"].Value).ToString(CultureInfo.InvariantCulture) };
            if (m.Groups["p"].Success)
            {
                parts.Add(HanNumber(m.Groups["p"].Value).ToString(CultureInfo.InvariantCulture));
            }

            found.Add(new Citation(parts, m.Value));
        }

        return found;
    }

    /// <summary>The provisions cited as a bare number right after <paramref name="position"/> (after a code's name: "TCK 301").</summary>
    /// <param name="law">The law field.</param>
    /// <param name="position">Where the number may start, in the prepared text.</param>
    internal static IReadOnlyList<Citation> At(string law, int position)
    {
        var found = new List<Citation>();
        ReadList(law, position, found);
        return found;
    }

    /// <summary>The text as the parser reads it: compatibility-normalised, Arabic-Indic digits as ASCII, invariant lower case.</summary>
    /// <param name="text">Any text.</param>
    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in UnicodeText.Normalisable(text).Normalize(NormalizationForm.FormKC))
        {
            sb.Append(char.IsDigit(ch) && ch > '9' ? (char)('0' + (int)char.GetNumericValue(ch)) : char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    // One number with its sub-parts, then ", 311" / " and 12" / " и 12" for lists of articles under one marker.
    private static void ReadList(string text, int at, List<Citation> found)
    {
        while (true)
        {
            var parts = new List<string>();
            var end = ReadNumber(text, at, parts);
            if (parts.Count == 0)
            {
                return;
            }

            found.Add(new Citation(parts, text[at..end].Trim()));
            var next = ListSeparator().Match(text, end);
            if (!next.Success || next.Index != end)
            {
                return;
            }

            at = end + next.Length;
        }
    }

    /// <summary>Reads "280.3", "280(3)", "280 § 3", "301/1", "86 bis", "295-C", "163 ч. 3" from <paramref name="at"/>; returns where it stopped.</summary>
    internal static int ReadNumber(string text, int at, List<string> parts)
    {
        var i = SkipSpaces(text, at);
        var digits = Digits(text, i);
        if (digits.Length == 0)
        {
            return at;
        }

        parts.Add(digits.TrimStart('0') is { Length: > 0 } d ? d : "0");
        i += digits.Length;
        while (i < text.Length)
        {
            var j = SkipSpaces(text, i);
            if (j < text.Length && text[j] == ')')
            {
                i = j + 1;
                continue;
            }

            var joined = false;
            var part = false;
            if (j < text.Length && text[j] is '.' or '-' or '/' or '§' or '(' or '–')
            {
                j = SkipSpaces(text, j + 1);
                while (j < text.Length && text[j] is '(' or '§')
                {
                    j = SkipSpaces(text, j + 1);
                }

                joined = true;
            }
            else if (PartWord().Match(text, j) is { Success: true } w && w.Index == j)
            {
                j = SkipSpaces(text, j + w.Length);
                joined = true;
                part = true;
            }

            var more = Digits(text, j);
            if (more.Length > 0 && joined)
            {
                // "ст. 205 ч. 2" is part 2 of art. 205, not art. 205.2: a part named by a word is marked so it never equals a sub-article.
                parts.Add((part ? "p" : "") + (more.TrimStart('0') is { Length: > 0 } m ? m : "0"));
                i = j + more.Length;
                continue;
            }

            var suffix = Suffixes.FirstOrDefault(s => string.CompareOrdinal(text, j, s, 0, s.Length) == 0 && !IsLetterAt(text, j + s.Length));
            if (suffix is not null)
            {
                parts.Add("bis" == suffix || "مكرر" == suffix ? "bis" : suffix);
                i = j + suffix.Length;
                continue;
            }

            // A single Latin letter after a joiner: "295-C", "108-B", "98(f)".
            if (joined && j < text.Length && text[j] is >= 'a' and <= 'z' && !IsLetterAt(text, j + 1) && text[j - 1] is '-' or '.' or '(')
            {
                parts.Add(text[j].ToString());
                i = j + 1;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsLetterAt(string text, int i) => i < text.Length && char.IsLetter(text[i]);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string Digits(string text, int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>A number in Chinese numerals (一百零五 = 105) or ASCII digits.</summary>
    internal static int HanNumber(string s)
    {
        if (s.All(char.IsAsciiDigit))
        {
            return int.Parse(s, CultureInfo.InvariantCulture);
        }

        var total = 0;
        var current = 0;
        foreach (var ch in s)
        {
            var digit = "零一二三四五六七八九".IndexOf(ch, StringComparison.Ordinal);
            if (ch == '两')
            {
                digit = 2;
            }

            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = ch switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }

        return total + current;
    }

    // An article marker followed by a number. Latin and Cyrillic words must start at a word boundary; "s" alone is the
    // common-law "section"; Arabic forms carry attached prepositions (بالمادة, للمادة).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:art(?:icles?|[íi]culos?|igos?|icolo|ikel|s)?|ст(?:атья|атьи|атье|атьей|аття|\.)?|md|madde(?:si|leri)?|ss?|sec(?:tions?)?|section|pasal|čl|cl|[بل]?الماد[ةه]|ماد[ةه]|المواد)\.?\s*(?=\d)|§§?\s*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"第\s*(?<a>[0-9零一二两三四五六七八九十百千]+)\s*条(?:\s*第\s*(?<p>[0-9零一二两三四五六七八九十百千]+)\s*款)?", RegexOptions.CultureInvariant)]
    private static partial Regex HanArticle();

    [GeneratedRegex(@"\s*(?:,|\band\b|\bet\b|\by\b|\bи\b|و)\s*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?:part|para(?:graph)?|ч\.?|п\.?|fıkra|fikra|al\.?|par\.?)(?![\p{L}])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PartWord();
}
