using System.Collections.Frozen;

namespace FairNotice.Domain.Screening;

/// <summary>
/// Japanese personal names written in kanji and their readings as Japanese passports romanise them (Hepburn without
/// macrons): the person-name entries of IPADIC, generated into <c>data/japanese-names.tsv</c> by
/// <c>tools/screening-data/gen.mjs</c> (sources and licences in <c>data/SOURCES.md</c>). A kanji name has no spaces as
/// a rule ("渡辺修二"); it is read as a known surname followed by a known given name.
/// </summary>
public static class JapaneseNames
{
    /// <summary>Most readings kept for one name.</summary>
    public const int MaxReadings = 6;

    private static readonly Lazy<(FrozenDictionary<string, string[]> Surnames, FrozenDictionary<string, string[]> Given)> Tables = new(Load);

    /// <summary>The plausible readings of a name in kanji (or kanji and kana) as "surname given", most likely first;
    /// empty when it cannot be read as a surname and a given name of the dictionary.</summary>
    /// <param name="name">The name as written: "渡辺修二", "渡辺 修二" or "渡辺・修二".</param>
    public static IReadOnlyList<string> Readings(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = name.Split([' ', '\u3000', '・', ','], StringSplitOptions.RemoveEmptyEntries);
        var (surnames, given) = Tables.Value;
        var result = new List<string>();
        void Add(string s, string g)
        {
            if (surnames.TryGetValue(s, out var sr) && Given(g) is { Length: > 0 } gr)
            {
                foreach (var a in sr.Take(2))
                {
                    foreach (var b in gr.Take(2))
                    {
                        result.Add($"{a} {b}");
                    }
                }
            }
        }

        string[]? Given(string g) => given.TryGetValue(g, out var r) ? r : IsKana(g) ? [string.Concat(NameNormaliser.UnfoldedParts(g))] : null;

        if (tokens.Length == 2)
        {
            Add(tokens[0], tokens[1]);
        }
        else if (tokens.Length == 1)
        {
            var t = tokens[0];
            // Surnames of one to three characters are the rule; the longest known surname is tried first.
            for (var i = Math.Min(4, t.Length - 1); i >= 1; i--)
            {
                Add(t[..i], t[i..]);
            }
        }

        return [.. result.Distinct(StringComparer.Ordinal).Take(MaxReadings)];
    }

    private static bool IsKana(string s) => s.Length > 0 && s.All(c => c is >= '\u3040' and <= '\u30FF');

    private static (FrozenDictionary<string, string[]>, FrozenDictionary<string, string[]>) Load()
    {
        using var stream = typeof(JapaneseNames).Assembly.GetManifestResourceStream("FairNotice.Domain.Screening.data.japanese-names.tsv")
            ?? throw new InvalidOperationException("japanese-names.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var surnames = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var given = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length == 3)
            {
                (f[1] == "S" ? surnames : given)[f[0]] = f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return (surnames.ToFrozenDictionary(StringComparer.Ordinal), given.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
