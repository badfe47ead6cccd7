using static FairNotice.Domain.Screening.NameParts;

namespace FairNotice.Domain.Screening;

// Name scoring: two prepared names aligned part by part, each pair scored, and how they met put into words. In a
// name-only query (strict) a difference counts only when a table or a documented rule explains it (see NameParts).
public sealed partial class ScreeningIndex<T>
{
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
}
