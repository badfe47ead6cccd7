using System.Globalization;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

/// <summary>Who is being checked: a name in any script and order, and what else is known.</summary>
/// <param name="Name">The full name as presented (any script, any order).</param>
/// <param name="DateOfBirth">Date of birth, full or partial.</param>
/// <param name="Sex">M, F or null.</param>
/// <param name="Nationality">ISO alpha-2, or null.</param>
public sealed record ScreeningQuery(string Name, PartialDate? DateOfBirth, string? Sex, string? Nationality);

/// <summary>Why a hit matched, feature by feature.</summary>
/// <param name="MatchedName">The indexed name that matched best (primary, original script or alias).</param>
/// <param name="NameKind">primary, original-script or alias.</param>
/// <param name="NameScore">Name similarity, 0 to 1.</param>
/// <param name="Parts">How the query's parts met the name's parts.</param>
/// <param name="DateOfBirth">How the dates of birth relate.</param>
/// <param name="Sex">How the sexes relate.</param>
/// <param name="Nationality">How the nationalities relate.</param>
public sealed record HitExplanation(string MatchedName, string NameKind, double NameScore, string Parts, string DateOfBirth, string Sex, string Nationality);

/// <summary>A screening hit.</summary>
/// <typeparam name="T">The payload stored with the indexed person.</typeparam>
/// <param name="Id">The indexed record's id.</param>
/// <param name="Payload">Its payload.</param>
/// <param name="Score">Overall score, 0 to about 1.05.</param>
/// <param name="Explanation">Why.</param>
public sealed record ScreeningHit<T>(Guid Id, T Payload, double Score, HitExplanation Explanation);

/// <summary>An in-memory index of wanted persons, searched without scanning every name.</summary>
/// <typeparam name="T">What is stored with each person (e.g. the notice's reference and visibility facts).</typeparam>
/// <remarks>
/// Candidates are found through blocking keys (each name part, its consonant skeleton and its first three letters;
/// particles such as al, bin, van are not keys) and then scored: names order-insensitively (Jaro–Winkler over parts,
/// over the sorted joined name, and over the concatenation, which meets "Abdel Kader" with "Abdelkader"), dates of
/// birth (exact, year only, day and month transposed, one year apart), sex and nationality. Not thread-safe: the host
/// guards it with a reader–writer lock.
/// </remarks>
public sealed class ScreeningIndex<T>(NameNormaliser normaliser)
{
    /// <summary>Default score from which a candidate is reported.</summary>
    public const double DefaultThreshold = 0.86;

    private const int MaxCandidates = 400;
    private readonly Dictionary<Guid, Entry> _entries = [];
    private readonly Dictionary<string, HashSet<Guid>> _postings = new(StringComparer.Ordinal);

    /// <summary>Number of indexed persons.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds or replaces a person.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="person">The person.</param>
    /// <param name="payload">What to return with hits.</param>
    public void Upsert(Guid id, Person person, T payload)
    {
        ArgumentNullException.ThrowIfNull(person);
        Remove(id);
        var names = new List<IndexedName>();
        Add(names, person.Name, "primary");
        Add(names, person.OriginalScriptName, "original-script");
        foreach (var alias in person.Aliases ?? [])
        {
            Add(names, alias, "alias");
        }

        var keys = names.SelectMany(n => Keys(n.Parts)).ToHashSet(StringComparer.Ordinal);
        var entry = new Entry(id, payload, [.. names], person.DateOfBirth, Sex(person.Sex), [.. person.Nationalities ?? []], [.. keys]);
        _entries[id] = entry;
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var set))
            {
                _postings[key] = set = [];
            }

            set.Add(id);
        }
    }

    /// <summary>Removes a person; nothing happens when absent.</summary>
    /// <param name="id">The record's id.</param>
    public void Remove(Guid id)
    {
        if (!_entries.Remove(id, out var old))
        {
            return;
        }

        foreach (var key in old.Keys)
        {
            if (_postings.TryGetValue(key, out var set) && set.Remove(id) && set.Count == 0)
            {
                _postings.Remove(key);
            }
        }
    }

    /// <summary>True when the record is indexed.</summary>
    /// <param name="id">The record's id.</param>
    public bool Contains(Guid id) => _entries.ContainsKey(id);

    /// <summary>Finds the persons the query may be, best first, among those the filter allows.</summary>
    /// <param name="query">Who is checked.</param>
    /// <param name="allowed">Which payloads the screener may see (applied before scoring).</param>
    /// <param name="threshold">Lowest score reported.</param>
    /// <param name="max">Most hits returned.</param>
    public IReadOnlyList<ScreeningHit<T>> Search(ScreeningQuery query, Func<T, bool> allowed, double threshold = DefaultThreshold, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(allowed);
        var parts = normaliser.Parts(query.Name);
        if (parts.Length == 0)
        {
            return [];
        }

        var counts = new Dictionary<Guid, int>();
        foreach (var key in Keys(parts))
        {
            if (_postings.TryGetValue(key, out var set))
            {
                foreach (var id in set)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        var candidates = counts.Count <= MaxCandidates ? counts.Keys : counts.OrderByDescending(kv => kv.Value).Take(MaxCandidates).Select(kv => kv.Key);
        var q = new IndexedName(parts, query.Name, "query");
        var sex = Sex(query.Sex);
        var hits = new List<ScreeningHit<T>>();
        foreach (var id in candidates)
        {
            var e = _entries[id];
            if (!allowed(e.Payload))
            {
                continue;
            }

            var best = (Score: 0.0, Name: e.Names[0], How: "");
            foreach (var n in e.Names)
            {
                var (score, how) = CompareNames(q, n);
                if (score > best.Score)
                {
                    best = (score, n, how);
                }
            }

            if (best.Score < threshold - 0.1)
            {
                continue;
            }

            var (dobAdjust, dobText) = CompareDates(query.DateOfBirth, e.DateOfBirth);
            var sexAdjust = sex is null || e.Sex is null ? 0 : sex == e.Sex ? 0.01 : -0.15;
            var sexText = sex is null || e.Sex is null ? "not compared" : sex == e.Sex ? "same" : "different";
            var natMatch = query.Nationality is { } nat && e.Nationalities.Contains(nat, StringComparer.OrdinalIgnoreCase);
            var natText = query.Nationality is null || e.Nationalities.Length == 0 ? "not compared" : natMatch ? $"{query.Nationality!.ToUpperInvariant()} in common" : "none in common";
            var total = best.Score + dobAdjust + sexAdjust + (natMatch ? 0.02 : 0);
            if (total >= threshold)
            {
                hits.Add(new ScreeningHit<T>(id, e.Payload, Math.Round(total, 4),
                    new HitExplanation(best.Name.Display, best.Name.Kind, Math.Round(best.Score, 4), best.How, dobText, sexText, natText)));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id).Take(max)];
    }

    /// <summary>Compares two names order-insensitively; returns the similarity and how the parts met.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    public static (double Score, string How) CompareNames(IndexedName a, IndexedName b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sorted = PersonMatch.JaroWinkler(a.Sorted, b.Sorted);
        // The concatenation only speaks for compounds split or joined differently: near-identical strings, different part counts.
        var joinedRaw = a.Parts.Length != b.Parts.Length ? PersonMatch.JaroWinkler(a.Joined, b.Joined) : 0;
        var joined = joinedRaw >= 0.93 ? joinedRaw - 0.01 : 0;
        var (aligned, how) = Align(a.Parts, b.Parts);
        if (aligned >= sorted && aligned >= joined)
        {
            return (aligned, how);
        }

        return sorted >= joined ? (sorted, $"whole name, order-insensitive: '{a.Sorted}' ~ '{b.Sorted}'") : (joined, $"joined parts: '{a.Joined}' ~ '{b.Joined}'");
    }

    private static (double, string) Align(string[] q, string[] e)
    {
        if (q.Length == 0 || e.Length == 0)
        {
            return (0, "");
        }

        var (small, large) = q.Length <= e.Length ? (q, e) : (e, q);
        var used = new bool[large.Length];
        var total = 0.0;
        var worst = 1.0;
        var pairs = new List<string>(small.Length);
        foreach (var p in small)
        {
            var best = (Score: 0.0, Index: -1);
            for (var i = 0; i < large.Length; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var s = p.Length == 1 || large[i].Length == 1
                    ? (p[0] == large[i][0] ? 0.9 : 0)
                    : PersonMatch.JaroWinkler(p, large[i]);
                if (s > best.Score)
                {
                    best = (s, i);
                }
            }

            if (best.Index >= 0)
            {
                used[best.Index] = true;
                pairs.Add($"{p}~{large[best.Index]}");
            }

            total += best.Score;
            worst = Math.Min(worst, best.Score);
        }

        // The weakest part weighs most: a shared common forename must not carry a different surname.
        var mean = (0.4 * total / small.Length) + (0.6 * worst);
        var extra = large.Length - small.Length;
        // A one-part name says little; unmatched extra parts (a middle name, a second surname) cost a little.
        var score = mean * (1 - (0.03 * extra)) * (small.Length == 1 ? 0.92 : 1);
        return (score, $"parts: {string.Join(", ", pairs)}{(extra > 0 ? $" (+{extra} unmatched)" : "")}");
    }

    private static (double Adjust, string Text) CompareDates(PartialDate? q, PartialDate? e)
    {
        if (q is null || e is null)
        {
            return (0, "not compared (unknown on one side)");
        }

        var dy = Math.Abs(q.Year - e.Year);
        if (q.Month is null || e.Month is null)
        {
            return dy == 0 ? (0.02, "same year (one side gives the year only)") : dy == 1 ? (-0.04, "one year apart") : (-0.3, $"{dy} years apart");
        }

        if (q.Day is not null && e.Day is not null)
        {
            // Both dates are complete: only an exact date or a plausible slip (transposition, one digit of the day or
            // the year) is compatible; anything else says these are two people with the same name.
            if (dy == 0 && q.Month == e.Month && q.Day == e.Day)
            {
                return (0.05, "exact");
            }

            if (dy == 0 && q.Month == e.Day && q.Day == e.Month)
            {
                return (0.03, "day and month transposed");
            }

            if (dy == 1 && q.Month == e.Month && q.Day == e.Day)
            {
                return (0, "same day and month, one year apart");
            }

            if (dy == 0 && q.Month == e.Month && (Math.Abs(q.Day.Value - e.Day.Value) == 1 || (q.Day % 10 == e.Day / 10 && q.Day / 10 == e.Day % 10)))
            {
                return (-0.05, "same year and month, day one off or its digits swapped");
            }

            return (-0.3, dy == 0 ? "same year, different day and month" : $"different dates ({dy} year(s) apart)");
        }

        return dy == 0 ? (q.Month == e.Month ? (0.01, "same year and month") : (-0.1, "same year, different month"))
            : dy == 1 ? (-0.06, "one year apart")
            : (-0.3, $"{dy} years apart");
    }

    private static string? Sex(string? s) => s is "M" or "F" ? s : null;

    private void Add(List<IndexedName> names, PersonName? name, string kind)
    {
        if (name is null)
        {
            return;
        }

        var display = $"{name.FamilyName} {name.Forenames}".Trim();
        var parts = normaliser.Parts(display);
        if (parts.Length > 0 && !names.Any(n => n.Sorted == string.Join(' ', parts.Order(StringComparer.Ordinal))))
        {
            names.Add(new IndexedName(parts, display, kind));
        }
    }

    private static IEnumerable<string> Keys(string[] parts)
    {
        foreach (var p in parts)
        {
            if (p.Length < 2 || NameNormaliser.IsParticle(p))
            {
                continue;
            }

            yield return "t:" + p;
            var skeleton = NameNormaliser.Skeleton(p);
            if (skeleton.Length >= 2)
            {
                yield return "s:" + (skeleton.Length > 4 ? skeleton[..4] : skeleton);
            }

            if (p.Length >= 4)
            {
                yield return "x:" + p[..3];
            }
        }
    }

    private sealed record Entry(Guid Id, T Payload, IndexedName[] Names, PartialDate? DateOfBirth, string? Sex, string[] Nationalities, string[] Keys);
}

/// <summary>A name prepared for comparison.</summary>
public sealed record IndexedName
{
    /// <summary>Prepares a name.</summary>
    /// <param name="parts">Normalised parts in order.</param>
    /// <param name="display">The name as written.</param>
    /// <param name="kind">primary, original-script, alias or query.</param>
    public IndexedName(string[] parts, string display, string kind)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
        Display = display;
        Kind = kind;
        var ordered = parts.Order(StringComparer.Ordinal).ToArray();
        Sorted = string.Join(' ', ordered);
        Joined = string.Concat(ordered);
    }

    /// <summary>Normalised parts in order.</summary>
    public string[] Parts { get; }

    /// <summary>As written.</summary>
    public string Display { get; }

    /// <summary>primary, original-script, alias or query.</summary>
    public string Kind { get; }

    /// <summary>Parts sorted and joined by spaces (order-insensitive form).</summary>
    public string Sorted { get; }

    /// <summary>Parts sorted and concatenated (meets joined and split compounds: "al hassan" and "alhassan").</summary>
    public string Joined { get; }

    /// <inheritdoc />
    public override string ToString() => Display.ToString(CultureInfo.InvariantCulture);
}
