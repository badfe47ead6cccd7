using System.Globalization;
using System.Runtime.InteropServices;
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
/// <remarks>The four texts are <see cref="Messages"/> in English: the API and the CLI read these, a page the messages in its language.</remarks>
public sealed record HitExplanation(string MatchedName, string NameKind, double NameScore, string Parts, string DateOfBirth, string Sex, string Nationality)
{
    /// <summary>The parts, date of birth, sex and nationality explanations as messages (<see cref="ScreeningMessages"/>); their keys are stable codes.</summary>
    public HitMessages Messages { get; init; } = HitMessages.None;

    /// <summary>An explanation whose texts are the messages in English.</summary>
    /// <param name="matchedName">The indexed name that matched best.</param>
    /// <param name="nameKind">primary, original-script or alias.</param>
    /// <param name="nameScore">Name similarity, 0 to 1.</param>
    /// <param name="messages">How the parts, dates of birth, sexes and nationalities relate.</param>
    public static HitExplanation Of(string matchedName, string nameKind, double nameScore, HitMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new(matchedName, nameKind, nameScore, messages.Parts.English, messages.DateOfBirth.English, messages.Sex.English, messages.Nationality.English) { Messages = messages };
    }
}

/// <summary>Why a hit matched, as messages a page shows in its own language.</summary>
/// <param name="Parts">How the query's parts met the name's parts.</param>
/// <param name="DateOfBirth">How the dates of birth relate.</param>
/// <param name="Sex">How the sexes relate.</param>
/// <param name="Nationality">How the nationalities relate.</param>
public sealed record HitMessages(LocalMessage Parts, LocalMessage DateOfBirth, LocalMessage Sex, LocalMessage Nationality)
{
    internal static HitMessages None { get; } = new(ScreeningMessages.Parts([], 0), ScreeningMessages.Fixed("ScreeningWhy.NotCompared"),
        ScreeningMessages.Fixed("ScreeningWhy.NotCompared"), ScreeningMessages.Fixed("ScreeningWhy.NotCompared"));
}

/// <summary>A screening hit.</summary>
/// <typeparam name="T">The payload stored with the indexed person.</typeparam>
/// <param name="Id">The indexed record's id.</param>
/// <param name="Payload">Its payload.</param>
/// <param name="Score">Overall score, 0 to about 1.05.</param>
/// <param name="Explanation">Why.</param>
public sealed record ScreeningHit<T>(Guid Id, T Payload, double Score, HitExplanation Explanation)
{
    /// <summary>The evidence the score was computed from (see <see cref="ScoreModel"/>).</summary>
    public Evidence Evidence { get; init; }

    /// <summary>The score model's probability that this is the person sought.</summary>
    public double Probability { get; init; }
}

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
    public const double DefaultThreshold = 0.90;

    private const int MaxCandidates = 150;

    /// <summary>The score model that weighs the evidence (name, date of birth, sex, nationality) into one score.</summary>
    public ScoreModel Model { get; init; } = ScoreModel.Default;


    // A name that only extends the other ("demir", "demirel") scores at most this in a name-only query.
    private const double PrefixCap = 0.85;

    // How much a near miss counts less when the query's part is itself a name on record (see CompareNames).
    private const double KnownNameDiscount = 0.1;

    // Part score of a given name and its documented equivalent in another language or familiar form (see GivenNames).
    private const double GivenNameFloor = 0.97;

    // Part score of a possible short form of a given name in a query with a full date of birth (see IsShortForm).
    private const double ShortFormFloor = 0.84;

    // Most a part scores, in a name-only query, when its letters differ from the other's in a way no table explains: below
    // what a name alone needs with its other parts exact (see Align). Chosen on the development sets' trade-off
    // (bench/results/screening-eval-20261127-h-scr5.md).
    private const double UnexplainedCap = 0.88;

    // Part score, in a name-only query, of two different syllables of a syllable key, or two short parts that differ.
    private const double SyllableCap = 0.7;
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

    // Blocking: every indexed person sharing a key with the query gets the key's weight (rare keys weigh more, as in
    // IDF); the best-weighted few hundred are scored. Weights accumulate in a per-thread array, not a dictionary.
    private List<int> Candidates(List<IndexedName> queries, PartialDate? dateOfBirth)
    {
        var acc = t_scratch ??= new Accumulator();
        acc.Ensure(_slots.Count);
        var n = Math.Max(1, _slotOf.Count);
        var keys = queries.Count == 1 ? NameKeys(queries[0]) : queries.SelectMany(NameKeys);
        var scores = acc.Scores;
        var touched = acc.Touched;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(key, out var list))
            {
                continue;
            }

            var w = (float)Math.Log(1 + ((double)n / list.Count));
            foreach (var slot in CollectionsMarshal.AsSpan(list))
            {
                if (scores[slot] == 0)
                {
                    touched.Add(slot);
                }

                scores[slot] += w;
            }
        }

        // Among equally named candidates (hundreds of "wang bin"), those born within a year of the query come first.
        if (dateOfBirth is { } dob)
        {
            var w = (float)Math.Log(1 + 20.0);
            var years = CollectionsMarshal.AsSpan(_birthYear);
            foreach (var slot in CollectionsMarshal.AsSpan(touched))
            {
                if (years[slot] != 0 && Math.Abs(years[slot] - dob.Year) <= 1)
                {
                    scores[slot] += w;
                }
            }
        }

        var result = acc.Top(MaxCandidates);
        acc.Clear();
        return result;
    }

    private sealed class Accumulator
    {
        private readonly int[] _histogram = new int[64];

        public float[] Scores { get; private set; } = new float[1024];

        public List<int> Touched { get; } = new(1024);

        public void Ensure(int size)
        {
            if (Scores.Length < size)
            {
                Scores = new float[Math.Max(size, Scores.Length * 2)];
            }
        }

        // The k best-weighted slots, in O(touched): a histogram of weights finds the cut, ties at the cut are taken in order.
        public List<int> Top(int k)
        {
            if (Touched.Count <= k)
            {
                return [.. Touched];
            }

            var top = 0f;
            foreach (var s in Touched)
            {
                top = Math.Max(top, Scores[s]);
            }

            Array.Clear(_histogram);
            var scale = (_histogram.Length - 1) / top;
            foreach (var s in Touched)
            {
                _histogram[(int)(Scores[s] * scale)]++;
            }

            var cut = _histogram.Length - 1;
            for (var taken = 0; cut > 0 && taken + _histogram[cut] < k; cut--)
            {
                taken += _histogram[cut];
            }

            var above = new List<int>(k);
            var at = new List<int>();
            foreach (var s in Touched)
            {
                var bin = (int)(Scores[s] * scale);
                if (bin > cut)
                {
                    above.Add(s);
                }
                else if (bin == cut)
                {
                    at.Add(s);
                }
            }

            above.AddRange(at.Take(k - above.Count));
            return above;
        }

        public void Clear()
        {
            foreach (var s in Touched)
            {
                Scores[s] = 0;
            }

            Touched.Clear();
        }
    }

    /// <summary>Compares two names order-insensitively; returns the similarity and how the parts met.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <param name="known">For each part of <paramref name="a"/>, whether it is itself a name on record: a near miss on
    /// such a part ("zheng" for "zhang") is more likely a different name than a typo, and counts less.</param>
    /// <param name="explain">False to skip writing the explanation (the search scores every candidate, explains hits only).</param>
    /// <param name="strict">True for a name-only query (no full date of birth to rescue a weaker spelling): two different
    /// real names and a name that only extends the other count as near misses, not as typos.</param>
    public static (double Score, LocalMessage? How) CompareNames(IndexedName a, IndexedName b, bool[]? known = null, bool explain = true, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Parts are aligned one to one, so a shared forename cannot carry a different surname (the whole sorted string
        // would: "andrei orlov" and "andrei popov" are 0.93 alike). The concatenation only speaks for compounds split or
        // joined differently: near-identical strings, different part counts ("abdel kader" / "abdelkader").
        var (score, _, how) = Compare(a, b, known, explain, strict);
        return (score, how);
    }

    // As CompareNames, with the score of the weakest aligned part (the whole joined name when the parts were joined).
    private static (double Score, double Weakest, LocalMessage? How) Compare(IndexedName a, IndexedName b, bool[]? known, bool explain, bool strict)
    {
        var (aligned, worst, how) = Align(a, b, known, explain, strict);
        if (aligned < 1 && a.Parts.Length != b.Parts.Length)
        {
            // One side writes as two words what the other writes as one ("Mohammad Reza" / "Mohammadreza", "Gebre Mariam"
            // / "Gebremariam"): the two neighbouring parts that spell the other's part, joined, are aligned as that part.
            var (longer, shorter) = a.Parts.Length > b.Parts.Length ? (a, b) : (b, a);
            if (JoinNeighbours(longer, shorter) is { } merged)
            {
                var (m, mk) = (merged.Name, merged.Pair);
                var mergedKnown = known is not null && ReferenceEquals(longer, a) ? JoinFlags(known, mk) : known;
                var (s2, w2, h2) = ReferenceEquals(longer, a) ? Align(m, b, mergedKnown, explain, strict) : Align(a, m, known, explain, strict);
                // At most what the whole joined name gets (0.99): a name written as the record writes it stays the better match.
                (s2, w2) = (Math.Min(s2, 0.99), Math.Min(w2, 0.99));
                if (s2 > aligned)
                {
                    (aligned, worst, how) = (s2, w2, h2);
                }
            }
        }

        // Only the same letters count: Jaro–Winkler over a whole name, or one edit, would let a shared surname carry a
        // different given name ("alghamdihasanmirna" / "alghamdihasanmaryam" are 0.96 alike; "saud" / "said" one edit).
        // Compounds written apart or joined meet through the renderings that join them (Romaniser).
        // By name alone the joined parts must also read in the same order, the family name moved from one end to the other
        // at most: "Zheng Jiejun" and 郑俊杰 (zheng jun jie) join, sorted, to the same letters but are two given names.
        var joined = a.Parts.Length != b.Parts.Length && a.Joined == b.Joined && (!strict || JoinedInTurn(a.Parts, b.Parts)) ? 0.99 : 0;
        return aligned >= joined ? (aligned, worst, how) : (joined, joined, explain ? ScreeningMessages.Joined(a.Joined, b.Joined) : null);
    }

    // The longer name with its first pair of neighbouring parts that, joined as written, is a part of the shorter name
    // (the pair's index returned too); null when there is none. Parts of fewer than two letters are never joined.
    private static (IndexedName Name, int Pair)? JoinNeighbours(IndexedName longer, IndexedName shorter)
    {
        for (var i = 0; i + 1 < longer.Raw.Length; i++)
        {
            var (x, y) = (longer.Raw[i], longer.Raw[i + 1]);
            if (x.Length < 2 || y.Length < 2 || !Array.Exists(shorter.Raw, p => p.Length == x.Length + y.Length
                && p.StartsWith(x, StringComparison.Ordinal) && p.EndsWith(y, StringComparison.Ordinal)))
            {
                continue;
            }

            var raw = JoinAt(longer.Raw, i, (p, q) => p + q);
            var parts = JoinAt(longer.Parts, i, (_, _) => x + y);
            return (new IndexedName(parts, longer.Display, longer.Kind, raw)
            {
                Abjad = longer.Abjad,
                System = longer.System,
                Sinitic = longer.Sinitic,
                VowelsWritten = longer.VowelsWritten,
                VowelsOmitted = longer.VowelsOmitted,
                Nasab = longer.Nasab,
                Cantonese = longer.Cantonese,
                MandarinSyllables = longer.MandarinSyllables,
                Family = longer.Family is { } f ? JoinFlags(f, i) : null,
                Known = JoinFlags(longer.Known, i),
            }, i);
        }

        return null;
    }

    private static string[] JoinAt(string[] parts, int i, Func<string, string, string> join) =>
        [.. parts[..i], join(parts[i], parts[i + 1]), .. parts[(i + 2)..]];

    private static bool[] JoinFlags(bool[] flags, int i) => [.. flags[..i], flags[i] || flags[i + 1], .. flags[(i + 2)..]];

    private static (double Score, double Worst, LocalMessage? How) Align(IndexedName qn, IndexedName en, bool[]? known, bool explain, bool strict)
    {
        var (q, e) = (qn.Parts, en.Parts);
        if (q.Length == 0 || e.Length == 0)
        {
            return (0, 0, null);
        }

        var queryIsSmall = q.Length <= e.Length;
        var ((small, smallRaw, smallSk), (large, largeRaw, largeSk)) = queryIsSmall
            ? ((q, qn.Raw, qn.Skeletons), (e, en.Raw, en.Skeletons))
            : ((e, en.Raw, en.Skeletons), (q, qn.Raw, qn.Skeletons));
        Span<bool> used = stackalloc bool[large.Length];
        // Which part of the larger name each part of the smaller met (-1: none), for the syllable-order test below.
        var syllables = strict && (qn.System is RenderingKind.WadeGilesKey or RenderingKind.KoreanKey || qn.MandarinSyllables) && q.Length == e.Length && q.Length >= 3;
        Span<int> met = stackalloc int[syllables ? small.Length : 0];
        var (smallName, largeName) = queryIsSmall ? (qn, en) : (en, qn);
        var total = 0.0;
        var worst = 1.0;
        // The weakest score of the indexed name's family-name parts (1 when it has none known).
        var familyWorst = 1.0;
        var entryFamily = en.Family;
        var pairs = explain ? new List<MessageArgument>(small.Length) : null;
        // Initials are aligned last: "P. Polishchuk" must not spend the surname on the initial P.
        for (var pass = 0; pass < 2; pass++)
        for (var k = 0; k < small.Length; k++)
        {
            var p = small[k];
            if ((p.Length == 1) != (pass == 1))
            {
                continue;
            }

            var best = (Score: 0.0, Index: -1);
            for (var i = 0; i < large.Length; i++)
            {
                if (used[i])
                {
                    continue;
                }

                // An initial agrees with the part as written too ("O." for Omar, whose variant family is "umar").
                var s = p.Length == 1 || large[i].Length == 1
                    ? (p[0] == large[i][0] || smallRaw[k][0] == largeRaw[i][0] ? 0.92 : 0)
                    : Similarity(p, large[i]);
                if (s < 1 && (!ReferenceEquals(p, smallRaw[k]) || !ReferenceEquals(large[i], largeRaw[i])) && p.Length > 1 && large[i].Length > 1)
                {
                    // A variant family folded one side only (a misspelt "yousxef" is not folded to "yusuf"): compare as written too.
                    s = Math.Max(s, Similarity(smallRaw[k], largeRaw[i]));
                }

                if (strict && s < 1 && entryFamily is not null && entryFamily[queryIsSmall ? i : k] && p.Length > 1 && large[i].Length > 1)
                {
                    // A name-only query: two surnames that only share their start ("shestopalov" and "shestakov",
                    // "kobayakawa" and "kobayashi") are other families, so the surname loses Winkler's prefix bonus.
                    s = ArticleJoined(p) && ArticleJoined(large[i]) ? WithoutPrefixBonus(s, p[2..], large[i][2..]) : WithoutPrefixBonus(s, p, large[i]);
                }

                if (strict && s is < 1 and > UnexplainedCap && p.Length > 1 && large[i].Length > 1)
                {
                    // A name-only query: letters that differ where no table explains them (below: spelling folds, consonant
                    // skeletons of abjad names, documented equivalents) are a typo or another name, and a string measure cannot
                    // tell which: Jaro–Winkler gives "popkova" and "popova" 0.97, "zhuchkov" and "zhukov" 0.96, and "beradze"
                    // is one letter from "beridze" as "bcridze" is. Such a part stays below what a name alone needs; a date
                    // of birth rescues a typo (the one-edit floor below applies only then).
                    s = UnexplainedCap;
                }

                if (s < 0.95 && !(strict && en.VowelsWritten && !qn.VowelsOmitted && !en.VowelsOmitted))
                {
                    // Two spellings with the same consonants: the same name where the script it was read from omits short
                    // vowels (an abjad). In a name-only query about a record from a script that writes every vowel (Georgian,
                    // Cyrillic, Greek, kana, Latin), another vowel is another name ("beradze" and "beridze", "takeshi" and
                    // "takashi"; see AbjadNationals) — unless one side was read from a script that leaves vowels out.
                    s = Math.Max(s, ArticleJoined(p) && ArticleJoined(large[i]) && smallSk[k].StartsWith('l') && largeSk[i].StartsWith('l')
                        ? SoundsAlike(p[2..], smallSk[k][1..], large[i][2..], largeSk[i][1..])
                        : SoundsAlike(p, smallSk[k], large[i], largeSk[i]));
                }

                if (s < 0.95 && smallName.Spelled[k] == largeName.Spelled[i]
                    && !(strict && en.VowelsWritten && !qn.VowelsOmitted && !en.VowelsOmitted && OneVowelApart(smallRaw[k], largeRaw[i])))
                {
                    // (Not, by name alone, two vowels the fold merges where the script writes vowels: "yuko" and "yoko",
                    // "chaiprasit" and "chaipraset" are two names.)
                    // Only the spellings that romanisations swap differ ("tarek" and "tariq", "idrisi" and "idrissi").
                    s = 0.95;
                }

                if (s < 0.92 && (qn.Abjad || en.Abjad))
                {
                    // Arabic or Hebrew script: no short vowels, and one letter is written several ways in Latin
                    // (ق q/k/g, ح h/kh/ch, و w/v/o): the coarse skeletons ("qrbny" and "ghorbani" both give "krbn").
                    var (cs, cl) = queryIsSmall ? (qn.Coarse[k], en.Coarse[i]) : (en.Coarse[k], qn.Coarse[i]);
                    if (cs.Length > 0 && cs == cl)
                    {
                        s = 0.92;
                    }
                }

                // Two different real names ("ivona" and "ivana", "hamid" and "hamed" excepted: only vowel spellings
                // differ) are not a typo of each other; in a name-only query such a near miss counts less.
                // A part read from an abjad without its vowels ("hmd") cannot be judged; one read with them ("amir") can.
                var distinctNames = strict && s is < 1 and >= 0.75 && (!smallName.Abjad || NameNormaliser.HasVowel(smallRaw[k]))
                    && (!largeName.Abjad || NameNormaliser.HasVowel(largeRaw[i])) && smallName.Known[k] && largeName.Known[i]
                    && smallName.Spelled[k] != largeName.Spelled[i] && smallRaw[k] != largeRaw[i];
                if (strict && s < 1 && PrefixOnly(p, large[i]))
                {
                    // "koc" and "kocak", "demir" and "demirel": Jaro–Winkler rewards the shared start; another name.
                    s = Math.Min(s, PrefixCap);
                }

                if (s < 0.93 && !distinctNames && p.Length >= 4 && large[i].Length >= 4 && (strict ? TypingSlip(p, large[i]) : OneEditApart(p, large[i])))
                {
                    // One letter wrong, missing, added or two swapped: a typo, whatever Jaro–Winkler makes of "haxdad" — when a
                    // date of birth is there to tell it from another name one letter away. A name-only query takes only the
                    // slip that seldom makes another name, two neighbours swapped ("isamil"); "beradze" (another vowel) and
                    // "popkov" (a letter more) may be other names.
                    s = 0.93;
                }

                if (strict && s < 0.93 && !distinctNames && p.Length >= 3 && large[i].Length >= 3 && InherentVowelDropped(smallRaw[k], largeRaw[i]))
                {
                    // An abugida (Devanagari, Bengali …) does not write the inherent vowel "a", and Hindi and Bengali do not
                    // say it at the end of a syllable (schwa deletion): a transliteration without it ("rhul", "gupt") is the
                    // same name spelt letter for letter, not another one (Wikipedia, "Abugida"; "Schwa deletion in
                    // Indo-Aryan languages").
                    s = 0.93;
                }

                if (s < 1 && ((known is not null && known[queryIsSmall ? k : i]) || distinctNames))
                {
                    s -= KnownNameDiscount;
                }


                if (!strict && s < ShortFormFloor && entryFamily is not null && !entryFamily[queryIsSmall ? i : k] && IsShortForm(smallRaw[k], largeRaw[i]))
                {
                    // A query with a full date of birth: a given name that may be a short form of the other ("grisha" and
                    // "grigorii", "katia" and "ekaterina", "tiao" and "sebastiao") is near enough for an agreeing date to
                    // make a hit; a different or missing date still keeps it below the threshold.
                    s = ShortFormFloor;
                }

                if (strict && s is < 1 and > SyllableCap && p.Length > 1 && large[i].Length > 1
                    && (qn.System is RenderingKind.WadeGilesKey or RenderingKind.KoreanKey || (p.Length <= 3 && large[i].Length <= 3)
                        || ((qn.Sinitic || en.Sinitic) && qn.System == RenderingKind.Spelling && OneSyllableApart(smallName.Written[k], largeName.Written[i]))))
                {
                    // The same for a Chinese name written in pinyin: given names that differ in one whole syllable ("xiaoyun"
                    // and "xiaoyan", "mingna" and "mingpeng") are two names, whatever Jaro–Winkler or one edit make of them.
                    // A name-only query: in a syllable key (Chinese, Korean) every romanisation of a syllable is already one
                    // key, so two keys that differ are two syllables ("chieh" and "chien": Zijie is not Zijian); a short part
                    // one letter off is another name as well ("an" and "anh", "li" and "lin"), not a typo. Initials are not
                    // syllables.
                    s = Math.Min(s, SyllableCap);
                }

                if (s < 0.93 && en.Cantonese && qn.MandarinSyllables && p.Length > 1 && large[i].Length > 1
                    && Romaniser.Default.MandarinOfHk(queryIsSmall ? largeRaw[i] : smallRaw[k]).Contains(queryIsSmall ? smallRaw[k] : largeRaw[i]))
                {
                    // A Hong Kong or Macau record spelt in Cantonese, a query in pinyin: one character read both ways ("chow"
                    // and "zhou" for 周; Unihan-style readings from to-jyutping and AnyAscii). Many characters share a
                    // reading, so this is a spelling at typo strength, not an exact match.
                    s = 0.93;
                }

                if (s < GivenNameFloor && (entryFamily is null || !entryFamily[queryIsSmall ? i : k])
                    && GivenNames.Share(smallName.Given[k], largeName.Given[i]))
                {
                    // One given name in another language or its familiar form ("stephen" and "istvan", "pepe" and
                    // "jose", "kasia" and "katarzyna"): documented equivalents, not a spelling that looks alike.
                    s = GivenNameFloor;
                }

                if (s > best.Score)
                {
                    best = (s, i);
                }
            }

            if (best.Index >= 0)
            {
                used[best.Index] = true;
            }

            if (syllables)
            {
                met[k] = best.Index;
            }

            if (best.Index >= 0 && pairs is not null)
            {
                var queryPart = queryIsSmall ? p : large[best.Index];
                var differs = p != large[best.Index] && known is not null && known[queryIsSmall ? k : best.Index];
                pairs.Add(ScreeningMessages.Pair(p, large[best.Index], differs ? queryPart : null));
            }

            total += best.Score;
            worst = Math.Min(worst, best.Score);
            if (entryFamily is not null)
            {
                var entryPart = queryIsSmall ? best.Index : k;
                if (entryPart >= 0 && entryFamily[entryPart])
                {
                    familyWorst = Math.Min(familyWorst, best.Score);
                }
            }
        }

        if (entryFamily is not null && queryIsSmall)
        {
            // A family-name part the query does not give at all (not a particle such as "al" or "de"): no rescue either.
            for (var i = 0; i < large.Length; i++)
            {
                if (!used[i] && entryFamily[i] && !NameNormaliser.IsParticle(largeRaw[i]))
                {
                    familyWorst = 0;
                }
            }
        }

        // A name-only query about a record whose forenames after the first are its father's and grandfather's names (Arab
        // naming, nasab: "Al-Mansoori, Khalfan Hamad" is Khalfan son of Hamad) that gives a later forename but not the
        // first names the father, not the person ("Hamad Al-Mansoori").
        var relative = strict && queryIsSmall && en.Nasab && entryFamily is not null && FirstForenameSkipped(used, entryFamily, largeRaw);

        // A Chinese or Korean name as syllables: the name may come family name first or last, but the syllables of a given
        // name keep their order ("Zheng Junjie" is not "Zheng Jiejun"). By name alone, syllables met out of order (other
        // than by moving the family name from one end to the other, a rotation) are another name.
        var reordered = syllables && !IsRotation(met);

        // The weakest part weighs most: a shared common forename must not carry a different surname.
        var mean = (0.4 * total / small.Length) + (0.6 * worst);
        var extra = large.Length - small.Length;
        // A one-part name says little; each unmatched extra part (a middle name, a second surname, a syllable) costs 5%.
        // Two single names ("Sukarno", an Indonesian or Burmese mononym) are the whole name on both sides, not a part.
        // In a name-only query one near-miss single name has nothing beside it to vouch for it ("Sukarni" and "Sukarno").
        var score = (relative || reordered ? Math.Min(mean, UnexplainedCap) : mean) * (1 - (0.05 * extra)) * (small.Length == 1 && large.Length > 1 ? 0.85 : small.Length == 1 && strict && mean < 1 ? 0.9 : 1);
        // An indexed rendering without any family-name part (a given name alone in Arabic script) rescues nothing when the
        // query has parts it lacks: a missing surname is not a spelling.
        var familyKnown = entryFamily is not null && Array.IndexOf(entryFamily, true) >= 0;
        var rescue = familyKnown ? familyWorst : entryFamily is not null && !queryIsSmall && extra > 0 ? 0 : worst;
        return (score, rescue, pairs is null ? null : ScreeningMessages.Parts(pairs, extra));
    }

    // Jaro–Winkler of two parts; two parts with the article joined ("albanna" and "elbanna") are compared by the noun.
    private static double Similarity(string a, string b) =>
        ArticleJoined(a) && ArticleJoined(b) ? PersonMatch.JaroWinkler(a[2..], b[2..])
        : AbdRemainder(a) is { } ra && AbdRemainder(b) is { } rb ? PersonMatch.JaroWinkler(ra, rb)
        : PersonMatch.JaroWinkler(a, b);

    // The name after "servant of" in an Arabic compound written as one word ("abdulrazzaq" → "razzaq", "abdirahman" and
    // "abdurrahman" → "rahman", "abdelaziz" → "aziz"): two such compounds are the same name only if what follows "abd"
    // is, so the shared head must not carry Jaro–Winkler ("abdulrazzaq" and "abdulrahman" are 0.9 alike as strings).
    private static string? AbdRemainder(string part)
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
    private static bool ArticleJoined(string part) => part.Length > 5 && part[1] == 'l' && part[0] is 'a' or 'e';

    // Jaro similarity from a Jaro–Winkler one (prefix scale 0.1 over at most four shared leading letters).
    private static double WithoutPrefixBonus(double jaroWinkler, string a, string b)
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
    private static bool IsShortForm(string a, string b)
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
    private static bool OneSyllableApart(string a, string b)
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
    private static bool PrefixOnly(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.Length - shorter.Length >= 2 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    // Written in an abugida whose transliteration leaves out the inherent vowel (Brahmic scripts from Devanagari to Sinhala,
    // Thai and Lao, Myanmar, Khmer, Ethiopic): like an abjad, its Latin reading may lack vowels a spelling writes.
    private static bool Abugida(string name) => name.Any(c => c is (>= '\u0900' and <= '\u0DFF') or (>= '\u0E00' and <= '\u0EFF')
        or (>= '\u1000' and <= '\u109F') or (>= '\u1200' and <= '\u139F') or (>= '\u1780' and <= '\u17FF'));

    // Same length, one letter different, and that letter e for i or o for u (or the reverse).
    private static bool OneVowelApart(string a, string b)
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
    private static bool InherentVowelDropped(string a, string b)
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
    private static bool JoinedInTurn(string[] a, string[] b)
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
    private static bool IsRotation(ReadOnlySpan<int> met)
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
    private static bool FirstForenameSkipped(ReadOnlySpan<bool> used, bool[] family, string[] raw)
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
    private static bool TypingSlip(string a, string b)
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
    private static bool OneEditApart(string a, string b)
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
    private static double SoundsAlike(string a, string skeletonA, string b, string skeletonB)
    {
        if (a.Length < 2 || b.Length < 2 || skeletonA.Length == 0 || skeletonA != skeletonB)
        {
            return 0;
        }

        return skeletonA.Length >= 3 ? 0.95 : !NameNormaliser.HasVowel(a) || !NameNormaliser.HasVowel(b) ? 0.92 : 0;
    }

    // What the dates of birth say, as evidence; the score model weighs it.
    private static (DateEvidence Date, LocalMessage Text) CompareDates(PartialDate? q, PartialDate? e)
    {
        if (q is null || e is null)
        {
            return (DateEvidence.Unknown, ScreeningMessages.Fixed("ScreeningWhy.Dob.Unknown"));
        }

        var dy = Math.Abs(q.Year - e.Year);
        if (q.Month is null || e.Month is null)
        {
            return dy == 0 ? (DateEvidence.SameYear, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYear")) : dy == 1 ? (DateEvidence.OneYearApart, ScreeningMessages.Fixed("ScreeningWhy.Dob.OneYearApart")) : (DateEvidence.Different, ScreeningMessages.Years("ScreeningWhy.Dob.YearsApart", dy));
        }

        if (q.Day is not null && e.Day is not null)
        {
            // Both dates are complete: only an exact date or a plausible slip (transposition, one digit of the day or
            // the year) is compatible; anything else says these are two people with the same name.
            if (dy == 0 && q.Month == e.Month && q.Day == e.Day)
            {
                return (DateEvidence.Exact, ScreeningMessages.Fixed("ScreeningWhy.Dob.Exact"));
            }

            if (dy == 0 && q.Month == e.Day && q.Day == e.Month)
            {
                return (DateEvidence.Transposed, ScreeningMessages.Fixed("ScreeningWhy.Dob.Transposed"));
            }

            if (dy == 1 && q.Month == e.Month && q.Day == e.Day)
            {
                return (DateEvidence.NearDate, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameDayAndMonth"));
            }

            if (dy == 0 && q.Month == e.Month && (Math.Abs(q.Day.Value - e.Day.Value) == 1 || (q.Day % 10 == e.Day / 10 && q.Day / 10 == e.Day % 10)))
            {
                return (DateEvidence.NearDate, ScreeningMessages.Fixed("ScreeningWhy.Dob.DayOneOff"));
            }

            return (DateEvidence.Different, dy == 0 ? ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYearOtherDay") : ScreeningMessages.Years("ScreeningWhy.Dob.DifferentDates", dy));
        }

        return dy == 0 ? (q.Month == e.Month ? (DateEvidence.SameYearMonth, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYearAndMonth")) : (DateEvidence.DifferentMonth, ScreeningMessages.Fixed("ScreeningWhy.Dob.SameYearOtherMonth")))
            : dy == 1 ? (DateEvidence.OneYearApart, ScreeningMessages.Fixed("ScreeningWhy.Dob.OneYearApart"))
            : (DateEvidence.Different, ScreeningMessages.Years("ScreeningWhy.Dob.YearsApart", dy));
    }

    private static string? Sex(string? s) => s is "M" or "F" ? s : null;

    // Which syllable keys a person's Latin names get, from the nationalities: a Japanese or Vietnamese national's name is in
    // Hepburn or quốc ngữ, so reading "Kondo Yoko" or "Hoang Tuan" as Wade–Giles syllables ("kon to yo ko", "ho ang tu an")
    // only makes other names meet it; a Korean national's name is no Wade–Giles either, nor a Chinese, Japanese or
    // Vietnamese national's a Korean one. Unknown or other nationalities keep both (a Chinese- or Korean-born person may hold
    // any passport). Regional spellings: an Egyptian or Sudanese national's ج written "g" gets the standard "j" as well, an
    // Armenian name (Armenian national, Armenian script, or an -yan/-ian surname) an Eastern/Western key, an Israeli
    // national's or a Hebrew-script name a Hebrew key.
    private static Regions RegionsFor(Person person)
    {
        var nationalities = person.Nationalities;
        var original = person.OriginalScriptName is { } o ? $"{o.FamilyName} {o.Forenames}" : "";
        var has = (string code) => nationalities?.Contains(code, StringComparer.OrdinalIgnoreCase) == true;
        var egyptian = EgyptianNationals.Any(has);
        var armenian = has("AM") || Romaniser.LooksArmenian(original) || Romaniser.LooksArmenian(person.Name.FamilyName ?? "");
        var hebrew = has("IL") || original.Any(c => c is >= '\u0590' and <= '\u05FF');
        if (nationalities is not { Count: > 0 })
        {
            return new(true, true, egyptian, armenian, hebrew, Thai: original.Any(c => c is >= '\u0E00' and <= '\u0E7F'));
        }

        var other = nationalities.Any(n => !SiniticNationals.Contains(n) && !KoreanNationals.Contains(n) && n is not ("JP" or "VN"));
        var sinitic = nationalities.Any(n => SiniticNationals.Contains(n) && n is not "MY");
        // Greek is the exception among alphabets: η, ι, υ, ει, οι all say i, and romanisations write them e, i or y (ELOT 743
        // against the classical system: "Konstantinides", "Konstantinidis").
        var vowelsWritten = !nationalities.Any(n => AbjadNationals.Contains(n, StringComparer.OrdinalIgnoreCase) || n is "GR" or "CY") && !Romaniser.IsAbjad(original);
        var nasab = nationalities.Any(n => AbjadNationals.Take(ArabLeagueMembers).Contains(n, StringComparer.OrdinalIgnoreCase));
        return new(other || sinitic || nationalities.Contains("MY"), other || nationalities.Any(KoreanNationals.Contains), egyptian, armenian, hebrew, sinitic, vowelsWritten, nasab,
            has("ID"), has("TH"), has("IR") || has("AF"), has("HK") || has("MO"));
    }

    private readonly record struct Regions(bool WadeGiles, bool Korean, bool Egyptian, bool Armenian, bool Hebrew, bool Sinitic = false, bool VowelsWritten = false, bool Nasab = false, bool Indonesian = false, bool Thai = false, bool Persian = false, bool Cantonese = false);

    private static readonly string[] SiniticNationals = ["CN", "TW", "HK", "MO", "SG", "MY"];
    private static readonly string[] KoreanNationals = ["KR", "KP"];
    private static readonly string[] EgyptianNationals = ["EG", "SD"];

    // Nationals whose names are written in an abjad (Arabic or Hebrew script: short vowels not written), whose Latin
    // spellings therefore vary in their vowels: the member states of the Arab League, Iran, Afghanistan, Pakistan, Israel.
    // The first this many of AbjadNationals: the member states of the Arab League, whose records give the forenames as a chain
    // of father's names (nasab).
    private const int ArabLeagueMembers = 22;

    internal static readonly string[] AbjadNationals =
        ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF", "PK", "IL"];

    // The renderings of a name as written, with its regional ones (see RegionsFor) after them.
    private static IEnumerable<Rendering> RenderingsOf(string name, Regions regions, bool query = false)
    {
        foreach (var r in Romaniser.Default.Keyed(name, query))
        {
            if ((r.Kind == RenderingKind.WadeGilesKey && !regions.WadeGiles) || (r.Kind == RenderingKind.KoreanKey && !regions.Korean))
            {
                continue;
            }

            yield return r;
        }

        var latin = Romaniser.IsLatin(name);
        if (regions.Egyptian && latin && Romaniser.Default.EgyptianJim(name) is { } jim)
        {
            yield return new(jim, RenderingKind.Spelling);
        }

        if (regions.Armenian)
        {
            yield return new(Romaniser.Default.ArmenianKey(name), RenderingKind.ArmenianKey);
        }

        if (regions.Hebrew && latin)
        {
            // An indexed name always has its key, and the key as a spelling too (the Academy's "Hana Mizrahi" for a record
            // filed as "Chana Mizrachi"); a query has a key only where one of the merged spellings occurs in it, so a query
            // without any pays nothing.
            var parts = NameNormaliser.UnfoldedParts(name);
            var key = Romaniser.Default.HebrewKey(parts);
            var differs = key != string.Join(' ', parts);
            if (!query || differs)
            {
                yield return new(key, RenderingKind.HebrewKey);
            }

            if (!query && differs)
            {
                yield return new(key, RenderingKind.Spelling);
            }
        }

        if (latin && (query || regions.Indonesian) && RegionalSpellings.IndonesianModern(NameNormaliser.UnfoldedParts(name)) is { } modern)
        {
            // An Indonesian name in the spelling before 1972 ("Soeharto") also in today's ("Suharto"), on a query whatever
            // its nationality (the old spelling's marks say enough) and on an Indonesian national's record.
            yield return new(modern, RenderingKind.Spelling);
        }

        if (regions.Persian && latin)
        {
            var parts = NameNormaliser.UnfoldedParts(name);
            var key = RegionalSpellings.PersianKey(parts);
            var differs = key != string.Join(' ', parts);
            if (!query || differs)
            {
                yield return new(key, RenderingKind.PersianKey);
            }

            if (!query && differs)
            {
                yield return new(key, RenderingKind.Spelling);
            }
        }

        if (regions.Thai && latin)
        {
            // As for Hebrew: a Thai national's record always has its key (and the key as a spelling); a query has one
            // only where a merged spelling occurs in it.
            var parts = NameNormaliser.UnfoldedParts(name);
            var key = RegionalSpellings.ThaiKey(parts);
            var differs = key != string.Join(' ', parts);
            if (!query || differs)
            {
                yield return new(key, RenderingKind.ThaiKey);
            }

            if (!query && differs)
            {
                yield return new(key, RenderingKind.Spelling);
            }
        }
    }

    private void Add(List<IndexedName> names, PersonName? name, string kind, Regions regions)
    {
        if (name is null)
        {
            return;
        }

        var display = $"{name.FamilyName} {name.Forenames}".Trim();
        var abjad = Romaniser.IsAbjad(display);
        var han = display.Any(c => c is >= '\u4E00' and <= '\u9FFF');
        // Which parts are the family name, in any of its renderings: a date of birth may rescue a different given name
        // (a nickname, a cognate), never a different surname (see ScoreModel.RescueFloor).
        var family = string.IsNullOrWhiteSpace(name.FamilyName) ? new HashSet<string>(StringComparer.Ordinal)
            : RenderingsOf(name.FamilyName, regions).SelectMany(r => NameNormaliser.UnfoldedParts(r.Text)).Select(normaliser.Fold).ToHashSet(StringComparer.Ordinal);
        bool[]? written = null;
        string[]? writtenRaw = null;
        foreach (var rendering in RenderingsOf(display, regions))
        {
            var raw = NameNormaliser.UnfoldedParts(rendering.Text);
            var parts = Array.ConvertAll(raw, normaliser.Fold);
            var known = KnownAsWritten(raw, ref written);
            writtenRaw ??= raw;
            if (parts.Length > 0 && !names.Any(n => n.System == rendering.Kind && n.Sorted == string.Join(' ', parts.Order(StringComparer.Ordinal))))
            {
                names.Add(new IndexedName(parts, display, kind, raw)
                {
                    Abjad = abjad, System = rendering.Kind, Family = Array.ConvertAll(parts, family.Contains), Known = known, Sinitic = regions.Sinitic || han, VowelsWritten = regions.VowelsWritten && !abjad, VowelsOmitted = abjad || Abugida(display), Nasab = regions.Nasab, Cantonese = regions.Cantonese && Romaniser.IsLatin(display),
                    Written = writtenRaw.Length == raw.Length ? writtenRaw : raw,
                });
            }
        }
    }

    // Whether each part is a real name: a part of another rendering is as real as the part it renders when the parts
    // correspond one to one ("fachima", Fatima read as Kunrei-shiki, is still Fatima), so two different real names stay
    // two names in every rendering (see Align's distinctNames). The first rendering is the name as written.
    private static bool[] KnownAsWritten(string[] raw, ref bool[]? written)
    {
        var known = Array.ConvertAll(raw, NameNormaliser.IsKnownName);
        if (written is null)
        {
            written = known;
        }
        else if (written.Length == known.Length)
        {
            for (var i = 0; i < known.Length; i++)
            {
                known[i] |= written[i];
            }
        }

        return known;
    }

    // The query in each of its plausible Latin spellings (one for a Latin name), and its regional keys: an Armenian key
    // for an Armenian-looking name or an Armenian national, a Hebrew key for any Latin name (compared only with the
    // Hebrew keys of Israeli nationals' names), the Egyptian "j" for an Egyptian or Sudanese national.
    private List<IndexedName> QueryNames(string name, string? nationality)
    {
        var abjad = Romaniser.IsAbjad(name);
        var regions = new Regions(true, true, nationality is { } n && EgyptianNationals.Contains(n, StringComparer.OrdinalIgnoreCase),
            string.Equals(nationality, "AM", StringComparison.OrdinalIgnoreCase) || Romaniser.LooksArmenian(name), true, Thai: true, Persian: true);
        var result = new List<IndexedName>();
        bool[]? written = null;
        string[]? writtenRaw = null;
        foreach (var (rendering, split) in RenderingsOf(name, regions, query: true).Select(r => (r, false)).Concat(PinyinSplit(name).Select(r => (r, true))))
        {
            var raw = NameNormaliser.UnfoldedParts(rendering.Text);
            var parts = Array.ConvertAll(raw, normaliser.Fold);
            var known = KnownAsWritten(raw, ref written);
            writtenRaw ??= raw;
            if (parts.Length > 0 && !result.Any(n => n.System == rendering.Kind && n.Sorted == string.Join(' ', parts.Order(StringComparer.Ordinal))))
            {
                result.Add(new IndexedName(parts, name, "query", raw)
                {
                    Abjad = abjad, VowelsOmitted = abjad || Abugida(name), System = rendering.Kind, Known = known, Written = writtenRaw.Length == raw.Length ? writtenRaw : raw,
                    MandarinSyllables = split,
                });
            }
        }

        return result;
    }

    // A Latin query in pinyin (two parts or more), with its given names split into syllables ("zhou jia xin" for Zhou Jiaxin),
    // to meet a Hong Kong or Macau record spelt in Cantonese one syllable a part; none when no part has two syllables.
    private static IEnumerable<Rendering> PinyinSplit(string name)
    {
        if (!Romaniser.IsLatin(name))
        {
            yield break;
        }

        var parts = NameNormaliser.UnfoldedParts(name);
        if (parts.Length is < 2 or > 4)
        {
            yield break;
        }

        // An English forename beside the Chinese name ("Grace Zhou Jiaxin") is kept as it is.
        var syllables = new List<string>();
        var pinyin = 0;
        foreach (var p in parts)
        {
            if (Romaniser.Default.PinyinSyllables(p) is { } sy)
            {
                syllables.AddRange(sy);
                pinyin++;
            }
            else
            {
                syllables.Add(p);
            }
        }

        if (pinyin >= 2 && syllables.Count > parts.Length)
        {
            yield return new Rendering(string.Join(' ', syllables), RenderingKind.Spelling);
        }
    }

    // A cross-system key (one syllable per part) is blocked on as a whole, order-insensitively: its one-syllable parts
    // ("li", "ma") would each touch a large part of the index.
    private static IEnumerable<string> NameKeys(IndexedName name) =>
        name.System is RenderingKind.Spelling or RenderingKind.ArmenianKey or RenderingKind.HebrewKey or RenderingKind.ThaiKey or RenderingKind.PersianKey
            ? (name.Cantonese ? Keys(name.Parts).Concat(MandarinKeys(name)) : name.MandarinSyllables ? Keys(name.Parts).Concat(name.Raw.Select(p => "c:" + p)) : Keys(name.Parts))
            : ["x:" + name.Joined];

    // A Hong Kong or Macau national's name spelt in Cantonese: each part's Mandarin readings as keys ("c:zhou" for Chow), so a
    // query in pinyin, split into syllables, meets it (see Romaniser.MandarinOfHk).
    private static IEnumerable<string> MandarinKeys(IndexedName name) =>
        name.Raw.SelectMany(p => Romaniser.Default.MandarinOfHk(p)).Distinct(StringComparer.Ordinal).Select(py => "c:" + py);

    // No name part is this long; past it, one-letter deletions would cost memory quadratic in the part's length (a
    // 70,000-letter part asked for gigabytes; found by fuzzing, docs/fuzzing.md).
    private const int MaxDeletionKeyPart = 40;

    // Blocking keys: each part ("t:"), its consonant skeleton ("s:", sounds-alike), its one-letter deletions ("d:", so a
    // substituted, dropped or added letter still shares a key: "saveh" and "saleh" both give "saeh") and the
    // concatenation of neighbouring parts (so "abdel kader" and "abdelkader" share "t:abdelkader").
    private static IEnumerable<string> Keys(string[] parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (i + 1 < parts.Length && p.Length >= 2 && parts[i + 1].Length >= 2)
            {
                yield return "t:" + p + parts[i + 1];
            }

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

            if (p.Length is >= 4 and <= MaxDeletionKeyPart)
            {
                for (var d = 0; d < p.Length; d++)
                {
                    yield return string.Concat("d:", p.AsSpan(0, d), p.AsSpan(d + 1));
                }
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
    /// <param name="raw">The same parts before variant families were folded (defaults to <paramref name="parts"/>).</param>
    public IndexedName(string[] parts, string display, string kind, string[]? raw = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
        Raw = raw is { } r && r.Length == parts.Length ? r : parts;
        Skeletons = Array.ConvertAll(parts, NameNormaliser.Skeleton);

        Spelled = Array.ConvertAll(Raw, NameNormaliser.SpellingFold);
        Known = Array.ConvertAll(Raw, NameNormaliser.IsKnownName);
        Given = Array.ConvertAll(Raw, GivenNames.Default.GroupsOf);
        Display = display;
        Kind = kind;
        var ordered = parts.Order(StringComparer.Ordinal).ToArray();
        Sorted = string.Join(' ', ordered);
        Joined = string.Concat(ordered);
    }

    /// <summary>Normalised parts in order.</summary>
    public string[] Parts { get; }

    /// <summary>For each part, whether it belongs to the family name (indexed names only; null for a query).</summary>
    public bool[]? Family { get; init; }

    /// <summary>Normalised parts before folding into variant families, index for index with <see cref="Parts"/>.</summary>
    public string[] Raw { get; }

    /// <summary>The parts of the name as written that <see cref="Raw"/>'s parts render, index for index (a rendering by another
    /// system of a Latin name, "hiaoyan" for Xiaoyan, is still that name); <see cref="Raw"/> itself when the parts do not
    /// correspond one to one.</summary>
    public string[] Written { get => _written ?? Raw; init => _written = value; }

    private string[]? _written;

    /// <summary>Consonant skeletons of <see cref="Parts"/>, index for index.</summary>
    public string[] Skeletons { get; }

    /// <summary>Coarse consonant skeletons of <see cref="Raw"/> (letters written several ways in Latin merged), index for index.</summary>
    public string[] Coarse => _coarse ??= Array.ConvertAll(Raw, NameNormaliser.CoarseSkeleton);

    private string[]? _coarse;

    /// <summary>For each part of <see cref="Raw"/>, whether it is a given name or surname in the shipped dictionary.</summary>
    public bool[] Known { get; init; }

    /// <summary>For each part of <see cref="Raw"/>, the given names (across languages, with their short forms) it is a form of,
    /// or null (<see cref="GivenNames"/>).</summary>
    public int[]?[] Given { get; }

    /// <summary><see cref="Raw"/> with the spellings that romanisations swap folded (<see cref="NameNormaliser.SpellingFold"/>), index for index.</summary>
    public string[] Spelled { get; }

    /// <summary>A spelling, or a cross-system key (compared only with names of the same kind).</summary>
    public RenderingKind System { get; init; }

    /// <summary>True for an indexed name of a record whose nationalities all write their names in a script that writes every
    /// vowel (no Arabic- or Hebrew-script nationality, no abjad original-script name): a different vowel is another name.</summary>
    public bool VowelsWritten { get; init; }

    /// <summary>True when written in a script whose Latin reading may leave vowels out (an abjad, or an abugida's inherent vowel).</summary>
    public bool VowelsOmitted { get; init; }

    /// <summary>True for an indexed name of a Hong Kong or Macau national's record spelt in Latin letters (Cantonese
    /// readings): a part may meet a pinyin syllable of the same character (<see cref="Romaniser.MandarinOfHk"/>).</summary>
    public bool Cantonese { get; init; }

    /// <summary>True for a query rendering whose parts are pinyin syllables, split from the given names as written.</summary>
    public bool MandarinSyllables { get; init; }

    /// <summary>True for an indexed name of an Arab League national's record: the forenames after the first are the father's
    /// and grandfather's names (nasab).</summary>
    public bool Nasab { get; init; }

    /// <summary>True when written in an abjad (Arabic or Hebrew script): short vowels are missing.</summary>
    public bool Abjad { get; init; }

    /// <summary>True for a name in Han script or of a Chinese, Taiwanese, Hong Kong, Macau or Singaporean national's record:
    /// its given names are syllables, and one different syllable is another name.</summary>
    public bool Sinitic { get; init; }

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
