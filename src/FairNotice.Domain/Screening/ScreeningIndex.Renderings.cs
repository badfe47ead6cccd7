using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

// Building the names a person is indexed under and a query is asked as: every plausible rendering of each name, with
// the regional keys its nationalities call for.
public sealed partial class ScreeningIndex<T>
{
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
        var cyrillic = original.Any(c => c is >= '\u0400' and <= '\u04FF');
        var postSoviet = cyrillic || PostSovietNationals.Any(has);
        var centralAsian = has("UZ") || has("KZ");
        if (nationalities is not { Count: > 0 })
        {
            return new(true, true, egyptian, armenian, hebrew, Thai: original.Any(c => c is >= '\u0E00' and <= '\u0E7F'), PostSoviet: postSoviet);
        }

        var other = nationalities.Any(n => !SiniticNationals.Contains(n) && !KoreanNationals.Contains(n) && n is not ("JP" or "VN"));
        var sinitic = nationalities.Any(n => SiniticNationals.Contains(n) && n is not "MY");
        // Greek is the exception among alphabets: η, ι, υ, ει, οι all say i, and romanisations write them e, i or y (ELOT 743
        // against the classical system: "Konstantinides", "Konstantinidis").
        var vowelsWritten = !nationalities.Any(n => AbjadNationals.Contains(n, StringComparer.OrdinalIgnoreCase) || n is "GR" or "CY") && !Romaniser.IsAbjad(original);
        var nasab = nationalities.Any(n => AbjadNationals.Take(ArabLeagueMembers).Contains(n, StringComparer.OrdinalIgnoreCase));
        return new(other || sinitic || nationalities.Contains("MY"), other || nationalities.Any(KoreanNationals.Contains), egyptian, armenian, hebrew, sinitic, vowelsWritten, nasab,
            has("ID"), has("TH"), has("IR") || has("AF"), has("HK") || has("MO"), postSoviet, centralAsian);
    }

    // Where a name read from Russian Cyrillic is written in Latin by one of several systems (ICAO Doc 9303, BGN/PCGN, the
    // popular English spelling): the states that issued Soviet passports, whose names are written through Russian
    // (Wikipedia "Romanization of Russian"; "Post-Soviet states" less the Baltic states, which write their own Latin alphabets, and Armenia, Azerbaijan and
    // Georgia, whose names are romanised from their own scripts: an Armenian "-yan" has its Armenian key).
    private static readonly string[] PostSovietNationals = ["RU", "UA", "BY", "MD", "KZ", "KG", "UZ", "TJ", "TM"];

    private readonly record struct Regions(bool WadeGiles, bool Korean, bool Egyptian, bool Armenian, bool Hebrew, bool Sinitic = false, bool VowelsWritten = false, bool Nasab = false, bool Indonesian = false, bool Thai = false, bool Persian = false, bool Cantonese = false, bool PostSoviet = false, bool CentralAsian = false);

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
        var keyed = Romaniser.Default.Keyed(name, query);
        foreach (var r in keyed)
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

        if (regions.PostSoviet)
        {
            // A name read from Russian in BGN/PCGN or popular spelling ("Fyodor Solovyov") as ICAO Doc 9303 writes it ("Fedor
            // Solovev"), as a key: a record of a state that wrote names through Russian and every Latin query have it, and a
            // query's key meets only those records' keys ("Yuko" read as "Iuko" must not meet a Japanese "Yoko"). Not a
            // spelling of the record: its parts would make a query's part a name on record ("karapetian", see Search).
            // Of each Latin spelling: the name as written, its French or German transcription read back ("Tchernychova" →
            // "chernyshova" → "chernysheva"), a Cyrillic name's romanisations.
            foreach (var r in keyed)
            {
                if (r.Kind == RenderingKind.Spelling && Romaniser.IsLatin(r.Text))
                {
                    var parts = NameNormaliser.UnfoldedParts(r.Text);
                    yield return new(RegionalSpellings.RussianIcao(parts) ?? string.Join(' ', parts), RenderingKind.RussianKey);
                }
            }
        }

        if (regions.CentralAsian)
        {
            // An Uzbek or Kazakh national's record and every query have the key of each Latin spelling (a query already in
            // the key's letters, "Janar", must still meet a record's key, "Zhanar" → "janar"; a Cyrillic query's Uzbek and
            // Kazakh Latin readings too).
            foreach (var r in keyed)
            {
                if (r.Kind == RenderingKind.Spelling && Romaniser.IsLatin(r.Text))
                {
                    yield return new(RegionalSpellings.CentralAsianKey(NameNormaliser.UnfoldedParts(r.Text)), RenderingKind.CentralAsianKey);
                }
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
                    Abjad = abjad, System = rendering.Kind, Family = Array.ConvertAll(parts, family.Contains), Known = known, Sinitic = regions.Sinitic || han, VowelsWritten = regions.VowelsWritten && !abjad, VowelsOmitted = abjad || NameParts.Abugida(display), Nasab = regions.Nasab, Cantonese = regions.Cantonese && Romaniser.IsLatin(display),
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
            string.Equals(nationality, "AM", StringComparison.OrdinalIgnoreCase) || Romaniser.LooksArmenian(name), true, Thai: true, Persian: true, PostSoviet: true, CentralAsian: true);
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
                    Abjad = abjad, VowelsOmitted = abjad || NameParts.Abugida(name), System = rendering.Kind, Known = known, Written = writtenRaw.Length == raw.Length ? writtenRaw : raw,
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
}
