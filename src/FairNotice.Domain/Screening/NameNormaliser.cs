using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AnyAscii;

namespace FairNotice.Domain.Screening;

/// <summary>Turns a name in any script into comparable parts: transliterated, case-folded, variant families folded.</summary>
/// <remarks>
/// Culture-invariant: AnyAscii transliteration (Han to pinyin syllables, Cyrillic, Arabic, Greek, Hebrew, Devanagari,
/// Thai, Hangul, kana), ASCII lower case, splitting at anything that is not a letter and at lower-to-upper case changes
/// (so "HuBinChen" gives hu, bin, chen). Each part is then replaced by its variant family's first member
/// (Mohammed, Muhammad, Mohamed → muhammad) from the embedded <c>variants.json</c>.
/// </remarks>
public sealed class NameNormaliser
{
    private static readonly FrozenSet<string> ParticleSet = FrozenSet.ToFrozenSet(
        ["al", "el", "ul", "bin", "ibn", "bint", "ben", "abu", "de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "y", "e"], StringComparer.Ordinal);

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiou");

    private readonly FrozenDictionary<string, string> _families;

    private NameNormaliser(string version, FrozenDictionary<string, string> families)
    {
        Version = version;
        _families = families;
    }

    /// <summary>The normaliser with the shipped variant families.</summary>
    public static NameNormaliser Default { get; } = Load();

    /// <summary>Version of the variant families.</summary>
    public string Version { get; }

    /// <summary>True for name particles (al, bin, van, de, …) that are kept for comparison but not used to find candidates.</summary>
    /// <param name="part">A normalised part.</param>
    public static bool IsParticle(string part) => ParticleSet.Contains(part);

    /// <summary>The name's parts in order, normalised and folded into variant families.</summary>
    /// <param name="name">A name in any script.</param>
    public string[] Parts(string? name) => [.. UnfoldedParts(name).Select(Fold)];

    /// <summary>The name's parts in order, normalised but not folded (a misspelt "Yousxef" is compared with "Youssef",
    /// not only with its family's "yusuf").</summary>
    /// <param name="name">A name in any script.</param>
    public static string[] UnfoldedParts(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        // Apostrophes join (Dar'ya, O'Brien, N'Diaye): they are a soft sign or an elision, not a word break.
        var ascii = ArmenianDigraphs(GreekDigraphs(ThaiSilentLetters(UnicodeText.Normalisable(name)))).Transliterate().Replace("'", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        var parts = new List<string>(4);
        foreach (var token in ascii.Split(NonLetters(ascii), StringSplitOptions.RemoveEmptyEntries))
        {
            // "HuBinChen" (AnyAscii's pinyin) is three syllables; "GIxRGOS" (a typo in capitals) is one word.
            if (IsCamel(token))
            {
                var start = 0;
                for (var i = 1; i < token.Length; i++)
                {
                    if (char.IsAsciiLetterUpper(token[i]))
                    {
                        parts.Add(token[start..i].ToLowerInvariant());
                        start = i;
                    }
                }

                parts.Add(token[start..].ToLowerInvariant());
            }
            else
            {
                parts.Add(token.ToLowerInvariant());
            }
        }

        // "FNU" / "LNU" (first or last name unknown) stand for no name at all; a single name written twice ("SUKARNO
        // SUKARNO", as some passports and visa systems fill both fields for a person with one name) is that one name.
        if (parts.Count > 1)
        {
            parts.RemoveAll(p => p is "fnu" or "lnu");
        }

        if (parts.Count > 1 && parts.TrueForAll(p => p == parts[0]))
        {
            parts.RemoveRange(1, parts.Count - 1);
        }

        return [.. parts];
    }

    private static char[] NonLetters(string s) => [.. s.Where(c => !char.IsAsciiLetter(c)).Distinct()];

    // Two or more capitalised syllables and nothing else: ^([A-Z][a-z]+){2,}$
    private static bool IsCamel(string token)
    {
        if (token.Length < 4 || !char.IsAsciiLetterUpper(token[0]))
        {
            return false;
        }

        var capitals = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsAsciiLetterUpper(token[i]))
            {
                if (i + 1 >= token.Length || !char.IsAsciiLetterLower(token[i + 1]))
                {
                    return false;
                }

                capitals++;
            }
        }

        return capitals >= 2;
    }

    /// <summary>The variant family's representative for one lower-case ASCII part.</summary>
    /// <param name="part">The part.</param>
    public string Fold(string part) => _families.TryGetValue(part, out var canonical) ? canonical : part;

    // Greek vowel digraphs as ELOT 743 / ISO 843 (and Greek passports) write them: ου → ou, αυ → av, ευ → ev, ηυ → iv.
    // Letter by letter (AnyAscii) ου would give "oy": "Papadopoylos" for Παπαδόπουλος.
    private static string GreekDigraphs(string name)
    {
        if (!name.Any(c => c is >= '\u0370' and <= '\u03ff' or >= '\u1f00' and <= '\u1fff'))
        {
            return name;
        }

        var bare = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                bare.Append(char.ToLowerInvariant(c));
            }
        }

        return bare.ToString().Replace("ου", "ou", StringComparison.Ordinal).Replace("αυ", "av", StringComparison.Ordinal)
            .Replace("ευ", "ev", StringComparison.Ordinal).Replace("ηυ", "iv", StringComparison.Ordinal);
    }

    // Thai: a consonant marked with the thanthakhat (์, U+0E4C), with the vowel sign written over it, is not pronounced, and
    // the Royal Thai General System of Transcription (Royal Institute, 1999) leaves it out: สุรศักดิ์ is Surasak, not
    // "Surasakdi" as letter-by-letter transliteration gives.
    private static string ThaiSilentLetters(string name)
    {
        var mark = name.IndexOf('\u0E4C', StringComparison.Ordinal);
        if (mark < 0)
        {
            return name;
        }

        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c == '\u0E4C')
            {
                // Drop the vowel signs above or below and the consonant they sit on.
                while (sb.Length > 0 && sb[^1] is >= '\u0E31' and <= '\u0E3A' or >= '\u0E47' and <= '\u0E4E')
                {
                    sb.Length--;
                }

                if (sb.Length > 0 && sb[^1] is >= '\u0E01' and <= '\u0E2E')
                {
                    sb.Length--;
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // Armenian ու is one vowel, u (Manukyan for Մանուկյան), as every romanisation of Armenian (ISO 9985, BGN/PCGN,
    // passports) writes it; letter by letter (AnyAscii) it gives "ow".
    private static string ArmenianDigraphs(string name) =>
        name.AsSpan().IndexOfAnyInRange('\u0531', '\u0587') < 0
            ? name
            : name.Replace("ու", "u", StringComparison.Ordinal).Replace("Ու", "U", StringComparison.Ordinal).Replace("ՈՒ", "U", StringComparison.Ordinal);

    /// <summary>True when the unfolded part is a given name or surname in the shipped dictionary (<c>data/known-names.txt</c>).</summary>
    /// <param name="part">A normalised, unfolded part.</param>
    public static bool IsKnownName(string part) => KnownNames.Contains(part);

    /// <summary>The part with the spellings that romanisations and national orthographies swap folded (vowels e/i,
    /// o/u, ou/oo/u, ee/i, y/i; x/ks, z/s, w/v, c/q/k, ph/f, th/t, kh/h as Cyrillic Х is written, ch/h inside a name) and doubled letters single: "adel" and "adil",
    /// "youssef" and "yusef", "luiz" and "luis", "aleksandre" and "alexandre" give the same.</summary>
    /// <param name="part">A normalised part.</param>
    public static string SpellingFold(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part is "el" or "ul" or "il")
        {
            return "al"; // the Arabic article, however written
        }

        // A long o written "oh" at the end of a Japanese name ("Katoh", "Satoh") is the Hepburn "o".
        var source = part.Length >= 4 && part.EndsWith("oh", StringComparison.Ordinal) ? part[..^1] : part;
        // Inside a name "ch" is the German, Dutch, Polish and Hebrew spelling of the sound others write h or kh
        // ("Mizrachi" and "Mizrahi", "Yitzchak" and "Yitzhak", "Schmidt" and "Shmidt"); at the start it is too often
        // another sound (Chen, Charles) and "tch" is the English "ch" (Tchaikovsky).
        var ch = source.IndexOf("ch", 1, StringComparison.Ordinal);
        if (ch > 0 && source[ch - 1] != 't')
        {
            source = source[..ch] + source[ch..].Replace("ch", "h", StringComparison.Ordinal);
        }

        // "oe" and "ue" are the ICAO Doc 9303 (Part 3) transliterations of ö and ü ("OEZDEMIR", "SUEKRUE"), and "oe" the
        // Indonesian spelling of u before 1972 ("Soeharto"). "sh" is how English spells the š, ś, ş that become "s" once
        // their diacritic is dropped as passports drop it (ISO 15919 "Aśok", Hunterian "Ashok"; Turkish "Şahin", "Shahin").
        var s = source.Replace("sh", "s", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal).Replace("ou", "u", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var f = c switch { 'e' or 'y' => 'i', 'o' => 'u', 'z' => 's', 'w' => 'v', 'c' or 'q' => 'k', _ => c };
            if (sb.Length == 0 || sb[^1] != f)
            {
                sb.Append(f);
            }
        }

        return sb.ToString();
    }

    private static readonly FrozenSet<string> KnownNames = LoadKnownNames();

    private static FrozenSet<string> LoadKnownNames()
    {
        using var stream = typeof(NameNormaliser).Assembly.GetManifestResourceStream("FairNotice.Domain.Screening.data.known-names.txt")
            ?? throw new InvalidOperationException("known-names.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when a normalised part has a vowel (a, e, i, o, u); unvocalised transliterations ("hmd", "syd") have none.</summary>
    /// <param name="part">A normalised part.</param>
    public static bool HasVowel(string part) => part.AsSpan().IndexOfAny(Vowels) >= 0;

    /// <summary>Consonant skeleton: letters without vowels, h, w and y, doubled letters collapsed ("mohammed" → "mmd").</summary>
    /// <param name="part">A normalised part.</param>
    public static string Skeleton(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var sb = new StringBuilder(part.Length);
        foreach (var c in part)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w')
            {
                continue;
            }

            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A coarser skeleton for names from an abjad: digraphs and letters that one Arabic or Hebrew letter is
    /// written as are merged (ch, kh → h; sh → s; th → t; c, g, j, k, q → k; p → b; v → w), then <see cref="Skeleton"/>.</summary>
    /// <param name="part">A normalised part.</param>
    public static string CoarseSkeleton(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var sb = new StringBuilder(part.Length);
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            var next = i + 1 < part.Length ? part[i + 1] : '\0';
            if (next == 'h' && c is 'c' or 'k' or 's' or 't' or 'd' or 'g' or 'p')
            {
                sb.Append(c switch { 'c' or 'k' => 'h', 'p' => 'f', 'g' => 'k', _ => c });
                i++;
                continue;
            }

            sb.Append(c switch { 'c' or 'g' or 'j' or 'q' => 'k', 'p' => 'b', 'v' => 'w', _ => c });
        }

        return Skeleton(sb.ToString());
    }

    private static NameNormaliser Load()
    {
        using var stream = typeof(NameNormaliser).Assembly.GetManifestResourceStream("FairNotice.Domain.Screening.variants.json")
            ?? throw new InvalidOperationException("variants.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in doc.RootElement.GetProperty("families").EnumerateArray())
        {
            var members = family.EnumerateArray().Select(m => m.GetString()!).ToList();
            foreach (var m in members)
            {
                map.TryAdd(m, members[0]);
            }
        }

        return new NameNormaliser(doc.RootElement.GetProperty("version").GetString() ?? "unknown", map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
