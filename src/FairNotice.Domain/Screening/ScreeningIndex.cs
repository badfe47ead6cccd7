using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

/// <summary>An in-memory index of wanted persons, searched without scanning every name.</summary>
/// <typeparam name="T">What is stored with each person (e.g. the notice's reference and visibility facts).</typeparam>
/// <remarks>
/// Candidates are found through blocking keys (each name part, its consonant skeleton and its first three letters;
/// particles such as al, bin, van are not keys) and then scored: names order-insensitively (Jaro–Winkler over parts,
/// over the sorted joined name, and over the concatenation, which meets "Abdel Kader" with "Abdelkader"), dates of
/// birth (exact, year only, day and month transposed, one year apart), sex and nationality. Not thread-safe: the host
/// guards it with a reader–writer lock.
/// </remarks>
public sealed partial class ScreeningIndex<T>(NameNormaliser normaliser)
{
    /// <summary>Default score from which a candidate is reported.</summary>
    public const double DefaultThreshold = 0.90;

    private const int MaxCandidates = 150;

    /// <summary>The score model that weighs the evidence (name, date of birth, sex, nationality) into one score.</summary>
    public ScoreModel Model { get; init; } = ScoreModel.Default;
    private readonly List<Entry?> _slots = [];

    // Year of birth per slot (0 when unknown), beside the entries so the candidate step reads an array, not an object.
    private readonly List<int> _birthYear = [];
    private readonly Stack<int> _free = new();
    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameCount = new(StringComparer.Ordinal);
    [ThreadStatic]
    private static Accumulator? t_scratch;

    /// <summary>Number of indexed persons.</summary>
    public int Count => _slotOf.Count;

    /// <summary>Adds or replaces a person.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="person">The person.</param>
    /// <param name="payload">What to return with hits.</param>
    public void Upsert(Guid id, Person person, T payload)
    {
        ArgumentNullException.ThrowIfNull(person);
        Remove(id);
        var names = new List<IndexedName>();
        var keys = RegionsFor(person);
        Add(names, person.Name, "primary", keys);
        Add(names, person.OriginalScriptName, "original-script", keys);
        foreach (var alias in person.Aliases ?? [])
        {
            Add(names, alias, "alias", keys);
        }

        var blocking = names.SelectMany(NameKeys).ToHashSet(StringComparer.Ordinal);
        var entry = new Entry(id, payload, [.. names], person.DateOfBirth, Sex(person.Sex), [.. person.Nationalities ?? []], [.. blocking]);
        var slot = _free.Count > 0 ? _free.Pop() : _slots.Count;
        var year = person.DateOfBirth?.Year ?? 0;
        if (slot == _slots.Count)
        {
            _slots.Add(entry);
            _birthYear.Add(year);
        }
        else
        {
            _slots[slot] = entry;
            _birthYear[slot] = year;
        }

        _slotOf[id] = slot;
        foreach (var key in blocking)
        {
            if (!_postings.TryGetValue(key, out var list))
            {
                _postings[key] = list = [];
            }

            list.Add(slot);
        }

        foreach (var n in names)
        {
            _nameCount[n.Sorted] = _nameCount.GetValueOrDefault(n.Sorted) + 1;
        }
    }

    /// <summary>Removes a person; nothing happens when absent.</summary>
    /// <param name="id">The record's id.</param>
    public void Remove(Guid id)
    {
        if (!_slotOf.Remove(id, out var slot))
        {
            return;
        }

        var old = _slots[slot]!;
        foreach (var key in old.Keys)
        {
            if (_postings.TryGetValue(key, out var list) && list.Remove(slot) && list.Count == 0)
            {
                _postings.Remove(key);
            }
        }

        foreach (var n in old.Names)
        {
            if (_nameCount.TryGetValue(n.Sorted, out var c))
            {
                if (c <= 1)
                {
                    _nameCount.Remove(n.Sorted);
                }
                else
                {
                    _nameCount[n.Sorted] = c - 1;
                }
            }
        }

        _slots[slot] = null;
        _free.Push(slot);
    }

    /// <summary>True when the record is indexed.</summary>
    /// <param name="id">The record's id.</param>
    public bool Contains(Guid id) => _slotOf.ContainsKey(id);

    /// <summary>Finds the persons the query may be, best first, among those the filter allows.</summary>
    /// <param name="query">Who is checked.</param>
    /// <param name="allowed">Which payloads the screener may see (applied before scoring).</param>
    /// <param name="threshold">Lowest score reported.</param>
    /// <param name="max">Most hits returned.</param>
    /// <param name="discountKnownNames">False to score a near miss on a name that is itself on record like any other near
    /// miss. The discount depends on what the index holds; a caller that must link at least what screening of any
    /// population would link (the protected-status registry, pre-checks) turns it off.</param>
    /// <remarks>Safe to call from several threads at once as long as no writer runs (the host's reader lock).</remarks>
    public IReadOnlyList<ScreeningHit<T>> Search(ScreeningQuery query, Func<T, bool> allowed, double threshold = DefaultThreshold, int max = 20, bool discountKnownNames = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(allowed);
        var queries = QueryNames(query.Name ?? "", query.Nationality);
        if (queries.Count == 0)
        {
            return [];
        }

        var sex = Sex(query.Sex);
        // A name-only query needs a stronger name: no date of birth can rescue a weaker spelling (issue #11, item 3).
        var strict = query.DateOfBirth is null;
        var maxAdjustment = Model.MaxAdjustment(query.DateOfBirth is not null);
        var hits = new List<ScreeningHit<T>>();
        // A part read from an abjad ("ywsf", "yusf" for يوسف) is a transliteration, not a name as written: that other records
        // read alike says nothing about its being another name.
        var knowns = queries.ConvertAll(q => Array.ConvertAll(q.Parts, p => discountKnownNames && !q.Abjad && _postings.TryGetValue("t:" + p, out var list) && list.Count >= 3));
        foreach (var slot in Candidates(queries, query.DateOfBirth))
        {
            var e = _slots[slot]!;
            if (!allowed(e.Payload))
            {
                continue;
            }

            var best = (Score: 0.0, Weakest: 0.0, Name: e.Names[0], Query: 0);
            for (var qi = 0; qi < queries.Count; qi++)
            {
                foreach (var n in e.Names)
                {
                    if (n.System != queries[qi].System)
                    {
                        continue;
                    }

                    var (score, weakest, _) = Compare(queries[qi], n, knowns[qi], explain: false, strict);
                    if (score > best.Score)
                    {
                        best = (score, weakest, n, qi);
                    }
                }
            }

            if (best.Score < threshold - maxAdjustment)
            {
                continue;
            }

            var (date, dobText) = CompareDates(query.DateOfBirth, e.DateOfBirth);
            var namesakes = date is DateEvidence.NearDate or DateEvidence.OneYearApart ? _nameCount.GetValueOrDefault(best.Name.Sorted, 1) : 1;
            if (namesakes > 1)
            {
                // A near date of birth (a year or a day off) speaks for a rare name, hardly for a common one: with
                // dozens of namesakes indexed, one of them is bound to be born close by.
                dobText = ScreeningMessages.WithNamesakes(dobText, namesakes);
            }

            var sexAgreement = sex is null || e.Sex is null ? Agreement.NotCompared : sex == e.Sex ? Agreement.Agrees : Agreement.Differs;
            var sexText = ScreeningMessages.Sex(sexAgreement);
            var natMatch = query.Nationality is { } nat && e.Nationalities.Contains(nat, StringComparer.OrdinalIgnoreCase);
            var natAgreement = query.Nationality is null || e.Nationalities.Length == 0 ? Agreement.NotCompared : natMatch ? Agreement.Agrees : Agreement.Differs;
            var natText = ScreeningMessages.Nationality(natAgreement, query.Nationality);
            var evidence = new Evidence(best.Score, date, namesakes, sexAgreement, natAgreement, best.Weakest);
            var total = Model.Score(evidence);
            if (total >= threshold)
            {
                var how = CompareNames(queries[best.Query], best.Name, knowns[best.Query], strict: strict).How;
                hits.Add(new ScreeningHit<T>(e.Id, e.Payload, Math.Round(total, 4),
                    HitExplanation.Of(best.Name.Display, best.Name.Kind, Math.Round(best.Score, 4), new(how ?? ScreeningMessages.Parts([], 0), dobText, sexText, natText)))
                {
                    Evidence = evidence,
                    Probability = Math.Round(Model.Probability(total), 4),
                });
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id).Take(max)];
    }

    /// <summary>Lowest name score from which a candidate below the threshold is shown as a near miss.</summary>
    public const double NearMissFloor = 0.6;

    /// <summary>The nearest candidates that fell short of the threshold, best first, each with why (issue #11, item 4).</summary>
    /// <param name="query">Who is checked.</param>
    /// <param name="allowed">Which payloads the screener may see (applied before scoring).</param>
    /// <param name="threshold">The threshold the hits were reported from.</param>
    /// <param name="max">Most near misses returned.</param>
    public IReadOnlyList<(ScreeningHit<T> Candidate, LocalMessage WhyShort)> NearMisses(ScreeningQuery query, Func<T, bool> allowed, double threshold = DefaultThreshold, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The floor is on the name: a namesake born years apart scores low overall yet is exactly whom an operator
        // asking "why not found?" needs to see.
        return [.. Search(query, allowed, -10, max: 200)
            .Where(h => h.Score < threshold && h.Explanation.NameScore >= NearMissFloor)
            .Take(max)
            .Select(h => (h, WhyShort(h, threshold)))];
    }

    /// <summary>Says in words why a candidate scored below the threshold: the weakest evidence first.</summary>
    /// <param name="hit">The candidate.</param>
    /// <param name="threshold">The threshold it missed.</param>
    public static LocalMessage WhyShort(ScreeningHit<T> hit, double threshold)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return ScreeningMessages.WhyShort(hit.Score, threshold, hit.Explanation, hit.Evidence);
    }

    private sealed record Entry(Guid Id, T Payload, IndexedName[] Names, PartialDate? DateOfBirth, string? Sex, string[] Nationalities, string[] Keys);
}
