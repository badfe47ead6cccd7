using FairNotice.Domain.Compliance;

namespace FairNotice.Domain.Screening;

/// <summary>How two single name parts relate: the string measure, and the rules that tell a spelling or a typo from another
/// name (Arabic compounds and articles, short forms, syllables, vowels an abjad or an abugida leaves out, typing slips).</summary>
internal static class NameParts
{
    // Jaro–Winkler of two parts; two parts with the article joined ("albanna" and "elbanna") are compared by the noun.
    internal static double Similarity(string a, string b) =>
        ArticleJoined(a) && ArticleJoined(b) ? PersonMatch.JaroWinkler(a[2..], b[2..])
        : AbdRemainder(a) is { } ra && AbdRemainder(b) is { } rb ? PersonMatch.JaroWinkler(ra, rb)
        : PersonMatch.JaroWinkler(a, b);

    // The name after "servant of" in an Arabic compound written as one word ("abdulrazzaq" → "razzaq", "abdirahman" and
    // "abdurrahman" → "rahman", "abdelaziz" → "aziz"): two such compounds are the same name only if what follows "abd"
    // is, so the shared head must not carry Jaro–Winkler ("abdulrazzaq" and "abdulrahman" are 0.9 alike as strings).
    internal static string? AbdRemainder(string part)
    {
        if (part.Length < 7 || !part.StartsWith("abd", StringComparison.Ordinal))
        {
            return null;
        }

        var i = 3;
        if (part[i] is 'u' or 'e' or 'a' or 'o' or 'i')
        {
            i++;
        }

        if (part[i] == 'l' && part.Length - i > 4)
        {
            i++;
        }

        // An assimilated article doubles the consonant ("abdurrahman", "abdessalam").
        if (i + 1 < part.Length && part[i] == part[i + 1])
        {
            i++;
        }

        return part.Length - i >= 3 ? part[i..] : null;
    }

    // A part with the Arabic article joined to it ("alqahtani", "elbanna").
    internal static bool ArticleJoined(string part) => part.Length > 5 && part[1] == 'l' && part[0] is 'a' or 'e';

    // Jaro similarity from a Jaro–Winkler one (prefix scale 0.1 over at most four shared leading letters).
    internal static double WithoutPrefixBonus(double jaroWinkler, string a, string b)
    {
        var l = 0;
        while (l < 4 && l < a.Length && l < b.Length && a[l] == b[l])
        {
            l++;
        }

        return l == 0 ? jaroWinkler : (jaroWinkler - (0.1 * l)) / (1 - (0.1 * l));
    }

    // A given name and a possible short form or diminutive of it: the shorter (four letters or more) starts like the
    // longer, or (five letters or fewer) has its first three letters inside the longer ("katia" in "ekaterina") or ends
    // like it ("tiao" and "sebastiao"). Chinese given names are syllables, not short forms ("mingna" and "mingpeng"
    // share a syllable, not a person). The generated benchmark keeps this narrow: "andrei" is not short for
    // "alexander" for the "and" inside it.
    internal static bool IsShortForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 4 || shorter == longer)
        {
            return false;
        }

        var alike = string.CompareOrdinal(shorter, 0, longer, 0, 3) == 0
            || (shorter.Length <= 5 && longer.AsSpan(1).IndexOf(shorter.AsSpan(0, 3), StringComparison.Ordinal) >= 0)
            || (shorter.Length <= 4 && longer.Length > shorter.Length && longer.EndsWith(shorter[^3..], StringComparison.Ordinal));

        // Two Chinese syllable names are never short forms of each other; the syllable segmentation is the costly test,
        // so it runs only for the few pairs the letters allow.
        return alike && !(Romaniser.Default.IsChinese(shorter) && Romaniser.Default.IsChinese(longer));
    }

    // Two parts of two or more pinyin syllables each, as many on both sides, that share all syllables but one.
    internal static bool OneSyllableApart(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a == b || Romaniser.Default.PinyinSyllables(a) is not { Length: >= 2 } sa || Romaniser.Default.PinyinSyllables(b) is not { } sb || sa.Length != sb.Length)
        {
            return false;
        }

        var differ = 0;
        for (var i = 0; i < sa.Length; i++)
        {
            differ += sa[i] == sb[i] ? 0 : 1;
        }

        return differ == 1;
    }

    // One part is the other plus two or more letters at the end.
    internal static bool PrefixOnly(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.Length - shorter.Length >= 2 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    // Written in an abugida whose transliteration leaves out the inherent vowel (Brahmic scripts from Devanagari to Sinhala,
    // Thai and Lao, Myanmar, Khmer, Ethiopic): like an abjad, its Latin reading may lack vowels a spelling writes.
    internal static bool Abugida(string name) => name.Any(c => c is (>= '\u0900' and <= '\u0DFF') or (>= '\u0E00' and <= '\u0EFF')
        or (>= '\u1000' and <= '\u109F') or (>= '\u1200' and <= '\u139F') or (>= '\u1780' and <= '\u17FF'));

    // Same length, one letter different, and that letter e for i or o for u (or the reverse).
    internal static bool OneVowelApart(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var at = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (at >= 0)
                {
                    return false;
                }

                at = i;
            }
        }

        return at >= 0 && (a[at], b[at]) is ('e', 'i') or ('i', 'e') or ('o', 'u') or ('u', 'o');
    }

    // The longer part is the shorter with one or more "a" added (an inherent vowel written on one side only).
    internal static bool InherentVowelDropped(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length == longer.Length)
        {
            return false;
        }

        var j = 0;
        foreach (var c in longer)
        {
            if (j < shorter.Length && shorter[j] == c)
            {
                j++;
            }
            else if (c != 'a')
            {
                return false;
            }
        }

        return j == shorter.Length;
    }

    // Some rotation of one name's parts, concatenated, spells some rotation of the other's.
    internal static bool JoinedInTurn(string[] a, string[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var x = string.Concat(a[i..]) + string.Concat(a[..i]);
            for (var j = 0; j < b.Length; j++)
            {
                if (x == string.Concat(b[j..]) + string.Concat(b[..j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The indices are 0..n-1 in order, or rotated (3, 0, 1, 2); false when a part met nothing.
    internal static bool IsRotation(ReadOnlySpan<int> met)
    {
        var n = met.Length;
        for (var i = 0; i < n; i++)
        {
            if (met[i] < 0 || met[(i + 1) % n] != (met[i] + 1) % n)
            {
                return false;
            }
        }

        return true;
    }

    // The record's first forename (the first part that is neither family name nor particle) was not met while a later
    // forename was.
    internal static bool FirstForenameSkipped(ReadOnlySpan<bool> used, bool[] family, string[] raw)
    {
        var first = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            if (family[i] || NameNormaliser.IsParticle(raw[i]))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                if (used[i])
                {
                    return false;
                }
            }
            else if (used[i])
            {
                return true;
            }
        }

        return false;
    }

    // Two parts that differ only by two neighbouring letters swapped: a typing slip (one of the four single errors behind
    // most misspellings — Damerau, "A technique for computer detection and correction of spelling errors", CACM 7(3),
    // 1964) that, unlike a wrong, missing or extra letter ("beradze", "popkov"), seldom spells another name: it keeps every
    // letter ("isamil", "catsillo"). Vowel for consonant was tried too: "eseniia"/"kseniia", "solovei"/"solovev" are names.
    internal static bool TypingSlip(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length)
        {
            return false;
        }

        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    // Damerau–Levenshtein distance at most one, without building the matrix.
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            // A substitution, or two neighbours swapped.
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        // One letter added or dropped.
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }

    // Two spellings of one sound: the same consonant skeleton of three or more letters ("srma", AnyAscii's Devanagari,
    // and "sharma"), or, when one side has no vowels at all (Arabic and Hebrew script omit short vowels: "أحمد" gives
    // "hmd"), the same skeleton of any length ("hmd" and "ahmad" both give "md").
    internal static double SoundsAlike(string a, string skeletonA, string b, string skeletonB)
    {
        if (a.Length < 2 || b.Length < 2 || skeletonA.Length == 0 || skeletonA != skeletonB)
        {
            return 0;
        }

        return skeletonA.Length >= 3 ? 0.95 : !NameNormaliser.HasVowel(a) || !NameNormaliser.HasVowel(b) ? 0.92 : 0;
    }
}
