using System.Text;

namespace FairNotice.Domain.Screening;

/// <summary>
/// Spellings that one name is written in side by side in a region (issue #11): the Indonesian spelling before the 1972
/// reform, the Royal Thai General System against the spellings Thai passports and newspapers use, Persian q and gh.
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
}
