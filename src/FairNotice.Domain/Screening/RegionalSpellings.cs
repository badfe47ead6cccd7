using System.Text;

namespace FairNotice.Domain.Screening;

/// <summary>
/// Spellings that one name is written in side by side in a region (issue #11): the Indonesian spelling before the 1972
/// reform, the Royal Thai General System against the spellings Thai passports and newspapers use, Persian q and gh,
/// Russian names in BGN/PCGN or popular spelling against ICAO Doc 9303, Uzbek and Kazakh Latin against Russian spellings.
/// Pure; the sources are in <c>data/SOURCES.md</c>.
/// </summary>
public static class RegionalSpellings
{
    /// <summary>
    /// A Latin name in the Indonesian spelling of 1972 (Ejaan yang Disempurnakan) when it is written in the earlier one
    /// (Van Ophuijsen 1901, Soewandi 1947): oe → u, dj → j, tj → c, j → y (so nj → ny, sj → sy), ch → kh — "Soeharto"
    /// is "Suharto", "Soeprijadi" "Supriyadi". Null when the name has none of the old spelling's marks (oe, dj, tj), so a
    /// "j" is not read as "y" in a name that is not in the old spelling ("Juliana" alone stays as written).
    /// </summary>
    /// <param name="parts">The name's parts (<see cref="NameNormaliser.UnfoldedParts"/>).</param>
    public static string? IndonesianModern(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (!parts.Any(p => p.Contains("oe", StringComparison.Ordinal) || p.Contains("dj", StringComparison.Ordinal) || p.Contains("tj", StringComparison.Ordinal)))
        {
            return null;
        }

        return string.Join(' ', parts.Select(p => p
            .Replace("oe", "u", StringComparison.Ordinal)
            .Replace("dj", "\u0001", StringComparison.Ordinal)
            .Replace("tj", "\u0002", StringComparison.Ordinal)
            .Replace("j", "y", StringComparison.Ordinal)
            .Replace("\u0001", "j", StringComparison.Ordinal)
            .Replace("\u0002", "c", StringComparison.Ordinal)
            .Replace("ch", "kh", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A Thai name as a key that the Royal Thai General System of Transcription (RTGS, Royal Institute 1999) and the usual
    /// non-RTGS spellings of Thai names share: aspirates ph th kh as p t k ("Phonthip"/"Porntip"); จ written j as ch
    /// ("Jaidee"/"Chaidi"); long ii uu written ee oo as i u; เ-อ written oe or er as e ("Chaiprasoet"/"Chaiprasert");
    /// ร after a vowel before a consonant or at the end, which RTGS leaves out or writes n, left out ("porn"/"phon"); a
    /// final ล written l as n ("Thanapol"/"Thanaphon", "Rattanakul"/"Rattanakun"); final ว written w as o ("Kaew"/"Kaeo");
    /// ศรี written sri as si ("Srisuk"/"Sisuk"); a final ย written y as i ("Somchay"/"Somchai").
    /// </summary>
    /// <param name="parts">The name's parts (<see cref="NameNormaliser.UnfoldedParts"/>).</param>
    public static string ThaiKey(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join(' ', parts.Select(ThaiPart));
    }

    private static string ThaiPart(string part)
    {
        var p = part.StartsWith("sri", StringComparison.Ordinal) ? "si" + part[3..] : part;
        p = p.Replace("ph", "p", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal).Replace("kh", "k", StringComparison.Ordinal)
            .Replace("j", "ch", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal)
            .Replace("oe", "e", StringComparison.Ordinal);
        var sb = new StringBuilder(p.Length);
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            var afterVowel = i > 0 && IsVowel(p[i - 1]);
            var last = i == p.Length - 1;
            if (c == 'r' && afterVowel && (last || !IsVowel(p[i + 1])))
            {
                continue;
            }

            sb.Append(last && afterVowel ? c switch { 'l' => 'n', 'w' => 'o', 'y' => 'i', _ => c } : c);
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// A Persian name as a key in which ق and غ, which Iranian Persian says alike ([ɢ] ~ [ɣ]) and romanisations write q or
    /// gh, are one letter ("Ghasem"/"Qasem", "Ghorbani"/"Qorbani"; Wikipedia "Persian phonology", "Romanization of Persian").
    /// Arabic keeps the two apart, so the key is for Iranian and Afghan nationals' names only.
    /// </summary>
    /// <param name="parts">The name's parts (<see cref="NameNormaliser.UnfoldedParts"/>).</param>
    public static string PersianKey(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join(' ', parts.Select(p => p.Replace("gh", "q", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A Latin name from a Cyrillic original in the form ICAO Doc 9303 (8th ed., Part 3, §6, the Russian table in force
    /// since 2013) writes it, when it is written in BGN/PCGN (1947) or the popular English spelling: ё written "yo", "jo",
    /// "io" or "o" after ж ч ш щ where ICAO writes e ("Fyodor", "Pyotr", "Semyon", "Alyona", "Solovyova", "Khrushchov" →
    /// Fedor, Petr, Semen, Alena, Soloveva, Khrushchev); е written "ye" at the start, after a vowel or after ь where ICAO
    /// writes e ("Yegor", "Sergeyev", "Vasilyev" → Egor, Sergeev, Vasilev); я ю written "ya" "yu" where ICAO writes ia iu
    /// ("Tatyana", "Yuliya" → Tatiana, Iuliia); й written "y" after a vowel where ICAO writes i ("Sergey", "Zaytsev" →
    /// Sergei, Zaitsev). Null when nothing changes. The sources: Wikipedia "Romanization of Russian" (comparison table:
    /// ICAO, BGN/PCGN, the English popular spelling, and "o" for ё after ж ч ш щ), and the same tables as
    /// <c>romanisation.json</c>'s <c>iuliia:icao_doc_9303</c> and <c>iuliia:bgn_pcgn</c>.
    /// </summary>
    /// <param name="parts">The name's parts (<see cref="NameNormaliser.UnfoldedParts"/>).</param>
    public static string? RussianIcao(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var icao = string.Join(' ', parts.Select(RussianIcaoPart));
        return icao == string.Join(' ', parts) ? null : icao;
    }

    private static string RussianIcaoPart(string part)
    {
        var p = part;
        // ё after ж ч ш щ: said and popularly written "o" in the surname endings -ёв, -ёва ("Gorbachov", "Chernyshova").
        foreach (var (o, e) in SibilantYo)
        {
            if (p.Length > o.Length + 2 && p.EndsWith(o, StringComparison.Ordinal))
            {
                p = p[..^o.Length] + e;
                break;
            }
        }

        var sb = new StringBuilder(p.Length);
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            var prev = i > 0 ? p[i - 1] : '\0';
            var next = i + 1 < p.Length ? p[i + 1] : '\0';
            var afterConsonant = i > 0 && !IsVowel(prev) && prev != 'y';
            if (c is 'y' or 'j' && next == 'o' && (i == 0 || afterConsonant))
            {
                sb.Append('e'); // ё: "yo"/"jo" (BGN/PCGN ë, popular yo, German jo) → e
                i++;
                continue;
            }

            if (c == 'i' && next == 'o' && afterConsonant && i + 2 < p.Length && !IsVowel(p[i + 2]))
            {
                sb.Append('e'); // ё after a consonant in the French transcription ("Fiodor", "Piotr") → e
                i++;
                continue;
            }

            if (c == 'y' && next == 'e')
            {
                sb.Append('e'); // е as "ye" at the start, after a vowel or after ь → e
                i++;
                continue;
            }

            if (c == 'y' && next is 'a' or 'u')
            {
                sb.Append('i'); // я, ю as "ya", "yu" → ia, iu
                continue;
            }

            if (c == 'y' && i > 0 && IsVowel(prev) && !IsVowel(next))
            {
                sb.Append('i'); // й after a vowel as "y" → i
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static readonly (string O, string E)[] SibilantYo =
        [("shchova", "shcheva"), ("shchov", "shchev"), ("zhova", "zheva"), ("zhov", "zhev"), ("chova", "cheva"), ("chov", "chev"), ("shova", "sheva"), ("shov", "shev")];

    /// <summary>
    /// An Uzbek or Kazakh name as a key that their Latin alphabets and the Russian-style spellings of their Cyrillic
    /// letters share: Uzbek Oʻ (Cyrillic Ў), written "o'", "oʻ", "o`", "o’", bare "o" once the mark is dropped, or "u" as
    /// the Russian spelling of Ў, and Kazakh Ө Ұ Ү (Latin 2021 ö ū ü; Russian spellings o or u: Төлеген "Tolegen" and
    /// "Tulegen") merged as o; Uzbek Gʻ (Ғ) "g'"/"gh"/"g" as g; Uzbek X and Kazakh H (Х) against the Russian "kh" as h;
    /// Q (Қ) against "k" as k; J (Ж, Uzbek also Дж) against "zh", "dzh" as j. Sources: the Uzbek Latin alphabet (Law of the
    /// Republic of Uzbekistan of 2 September 1993, revised 1995; Wikipedia "Uzbek alphabet", Cyrillic–Latin table) and the
    /// Kazakh Latin alphabet of 2021 (Wikipedia "Kazakh alphabets", comparison table). For Uzbek and Kazakh nationals only:
    /// elsewhere o and u are two vowels.
    /// </summary>
    /// <param name="parts">The name's parts (<see cref="NameNormaliser.UnfoldedParts"/>).</param>
    public static string CentralAsianKey(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join(' ', parts.Select(p => p
            .Replace("dzh", "j", StringComparison.Ordinal).Replace("zh", "j", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("x", "h", StringComparison.Ordinal)
            .Replace("gh", "g", StringComparison.Ordinal).Replace("q", "k", StringComparison.Ordinal)
            .Replace("u", "o", StringComparison.Ordinal)));
    }
}
