using System.Globalization;
using System.Text;
using AnyAscii;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>The outcome of comparing two persons.</summary>
/// <param name="Same">True when they are probably the same person.</param>
/// <param name="Score">Best name similarity, 0 to 1.</param>
/// <param name="Message">Which names matched and why.</param>
public sealed record PersonComparison(bool Same, double Score, LocalMessage Message)
{
    /// <summary>The message in English.</summary>
    public string Explanation => Message.English;
}

/// <summary>Decides whether two request subjects are probably the same person, across scripts, spellings and name order.</summary>
/// <remarks>
/// Every name (Latin, original script, aliases) is transliterated to ASCII (AnyAscii), split into parts (also at
/// case changes, so "HuBinChen" gives hu, bin, chen), sorted, and compared with Jaro–Winkler, both as written and as
/// consonant skeletons (so that unvocalised Arabic "mhmd" meets "Mohammed"). Dates of birth must not contradict
/// each other (same year ±1 when both are known). Culture-invariant throughout. The screening engine (issue #4)
/// generalises this with candidate retrieval and variant families.
/// </remarks>
public static class PersonMatch
{
    /// <summary>Name similarity from which two persons are taken to be the same.</summary>
    public const double Threshold = 0.9;

    /// <summary>Compares two persons.</summary>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    public static PersonComparison Compare(Person a, Person b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DateOfBirth is { } da && b.DateOfBirth is { } db && Math.Abs(da.Year - db.Year) > 1)
        {
            return new PersonComparison(false, 0, LocalMessage.Of("Finding.Link.DatesDiffer", MessageArgument.Code(Written(da)), MessageArgument.Code(Written(db))));
        }

        // The same identity document (number and issuing country) is the same person, however the name is spelt now
        // ("DAR-QURESHI Naveed" then "QURESHI Naveed Akhtar").
        if (SharedDocument(a, b) is { } document)
        {
            return new PersonComparison(true, 1, LocalMessage.Of("Finding.Link.Document", MessageArgument.Code(document.Type), MessageArgument.Code(document.Number), MessageArgument.Code(document.IssuingCountry)));
        }

        var best = (Score: 0.0, A: "", B: "");
        foreach (var na in Names(a))
        {
            foreach (var nb in Names(b))
            {
                var score = Similarity(na, nb);
                if (score > best.Score)
                {
                    best = (score, na, nb);
                }
            }
        }

        var same = best.Score >= Threshold;
        var similarity = MessageArgument.Code(best.Score.ToString("0.00", CultureInfo.InvariantCulture));
        return new PersonComparison(same, best.Score,
            same ? LocalMessage.Of("Finding.Link.Names", MessageArgument.Text(best.A), MessageArgument.Text(best.B), similarity) : LocalMessage.Of("Finding.Link.Weak", similarity));
    }

    // yyyy, yyyy-MM or yyyy-MM-dd, as the date is known.
    private static string Written(PartialDate d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Year:0000}{(d.Month is { } m ? $"-{m:00}" : "")}{(d.Month is not null && d.Day is { } day ? $"-{day:00}" : "")}");

    /// <summary>An identity document both persons give: the same number (letters and digits only, case-insensitive) from the
    /// same issuing country (or with no country on either side).</summary>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    public static IdentityDocument? SharedDocument(Person a, Person b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        static string Number(string? n) => new([.. (n ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return (a.IdentityDocuments ?? []).FirstOrDefault(d => Number(d.Number).Length >= 6 && (b.IdentityDocuments ?? []).Any(e =>
            Number(e.Number) == Number(d.Number) && string.Equals(e.IssuingCountry ?? "", d.IssuingCountry ?? "", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The person's names as sorted ASCII parts joined by spaces.</summary>
    /// <param name="p">The person.</param>
    public static IEnumerable<string> Names(Person p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var all = new List<PersonName?> { p.Name, p.OriginalScriptName };
        all.AddRange(p.Aliases ?? []);
        return all.OfType<PersonName>().Select(n => Key($"{n.FamilyName} {n.Forenames}")).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Transliterates, splits into parts (also at case changes), lower-cases and sorts.</summary>
    /// <param name="name">A name in any script.</param>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var ascii = name.Transliterate();
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < ascii.Length; i++)
        {
            var c = ascii[i];
            var boundary = !char.IsAsciiLetter(c) || (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(ascii[i - 1]));
            if (boundary && current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            if (char.IsAsciiLetter(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join(' ', parts);
    }

    private static double Similarity(string a, string b)
    {
        var direct = JaroWinkler(a, b);
        var joined = JaroWinkler(a.Replace(" ", "", StringComparison.Ordinal), b.Replace(" ", "", StringComparison.Ordinal));
        var skeleton = Skeleton(a) is { Length: >= 3 } sa && Skeleton(b) is { Length: >= 3 } sb ? JaroWinkler(sa, sb) * 0.97 : 0;
        return Math.Max(Math.Max(direct, joined), Math.Max(skeleton, Subset(a, b)));
    }

    // An extra forename or a second family name on one side: every part of the shorter name (at least two parts) is found in the longer.
    private static double Subset(string a, string b)
    {
        var ta = a.Split(' ');
        var tb = b.Split(' ');
        var (small, large) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        if (small.Length < 2 || small.Length == large.Length)
        {
            return 0;
        }

        var mean = small.Average(t => large.Max(u => JaroWinkler(t, u)));
        return mean >= 0.92 ? mean * 0.98 : 0;
    }

    private static string Skeleton(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w' or ' ') && (sb.Length == 0 || sb[^1] != c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Jaro–Winkler similarity (prefix scale 0.1, up to four characters).</summary>
    /// <param name="s">One string.</param>
    /// <param name="t">The other.</param>
    public static double JaroWinkler(string s, string t)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        if (s.Length == 0 && t.Length == 0)
        {
            return 1;
        }

        if (s.Length == 0 || t.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(s.Length, t.Length) / 2) - 1);
        Span<bool> sm = s.Length <= 256 ? stackalloc bool[s.Length] : new bool[s.Length];
        Span<bool> tm = t.Length <= 256 ? stackalloc bool[t.Length] : new bool[t.Length];
        var matches = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(t.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if (!tm[j] && s[i] == t[j])
                {
                    sm[i] = tm[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!sm[i])
            {
                continue;
            }

            while (!tm[k])
            {
                k++;
            }

            if (s[i] != t[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / s.Length) + (m / t.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(s.Length, t.Length)) && s[prefix] == t[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
