using System.Runtime.InteropServices;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

// Candidate retrieval: the blocking keys a name is posted under, and the few hundred best-keyed persons a query scores.
public sealed partial class ScreeningIndex<T>
{
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


    // A cross-system key (one syllable per part) is blocked on as a whole, order-insensitively: its one-syllable parts
    // ("li", "ma") would each touch a large part of the index.
    // An Uzbek or Kazakh key's and a Russian key's parts are keyed apart ("u", "r" before each key), by their whole parts only: they are not spellings, so they must not make a
    // query's part a name on record (the "t:" postings, see Search).
    private static IEnumerable<string> NameKeys(IndexedName name) =>
        name.System is RenderingKind.CentralAsianKey ? Keys(name.Parts, spelling: false).Select(k => "u" + k)
        : name.System is RenderingKind.RussianKey ? Keys(name.Parts, spelling: false).Select(k => "r" + k)
        : name.System is RenderingKind.Spelling or RenderingKind.ArmenianKey or RenderingKind.HebrewKey or RenderingKind.ThaiKey or RenderingKind.PersianKey
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
    // A regional key's parts are exact letters by construction: its whole parts only ("t:"); a typo in it is found through
    // the spelling's own skeleton and deletion keys.
    private static IEnumerable<string> Keys(string[] parts, bool spelling = true)
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
            if (!spelling)
            {
                continue;
            }

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
}
