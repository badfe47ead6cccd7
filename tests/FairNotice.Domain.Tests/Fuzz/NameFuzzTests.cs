using System.Text;
using CsCheck;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;
using FairNotice.Fuzz;

namespace FairNotice.Domain.Tests.Fuzz;

/// <summary>Issue #12 item 5: the screening name normaliser, romaniser, date parser and matcher take any string without
/// an exception, and their outputs keep the shape and stability the index relies on.</summary>
public sealed class NameFuzzTests
{
    private static readonly Gen<string> Dates = Gen.Frequency(
        (3, Gen.Select(Gen.Int[1800, 2100], Gen.Int[0, 13], Gen.Int[0, 32]).Select(d => $"{d.Item1}-{d.Item2:00}-{d.Item3:00}")),
        (2, Gen.Char['0', '9'].Array[1, 30].Select(a => new string(a)).Array[1, 4].Select(p => string.Join("-", p))),
        (1, Gen.OneOf("2000-02-30", "1999-00", "9999-12-31", "0000", "2000-99999999999", "2000-01-00000000000000000001", " 1975 ", "1975/03/14", "-", "", "２０００")),
        (2, Hostile.String));

    private static readonly ScreeningIndex<string> Index = BuildIndex();

    private static ScreeningIndex<string> BuildIndex()
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        foreach (var (family, forenames, original) in new[] { ("HU", "Binchen", "胡彬郴"), ("ORLOV", "Ilya", "Орлов Илья"), ("AL-SAYED", "Mohammed", "محمد السيد"), ("PAPADOPOULOS", "Giorgos", "Γιώργος Παπαδόπουλος") })
        {
            index.Upsert(Guid.NewGuid(), new Person(new PersonName(family, forenames), new PersonName(original, null), [], "M", new PartialDate(1965, 3, 14), null, null, ["CN"], [], null, []), family);
        }

        return index;
    }

    [Fact]
    public Task NameNormaliser_AnyString_GivesLowerAsciiPartsStably() => FuzzRun.Run("domain.name-normaliser", Hostile.String, 1500, name =>
    {
        var unfolded = NameNormaliser.UnfoldedParts(name);
        var parts = NameNormaliser.Default.Parts(name);
        if (unfolded.Any(p => p.Length == 0 || !p.All(char.IsAsciiLetterLower)))
        {
            return "a part is not lower-case ASCII letters: " + string.Join("|", unfolded);
        }

        if (!parts.SequenceEqual(unfolded.Select(NameNormaliser.Default.Fold)))
        {
            return "Parts is not the folded UnfoldedParts";
        }

        // Idempotent: normalising the normalised parts gives them back.
        if (!NameNormaliser.UnfoldedParts(string.Join(" ", unfolded)).SequenceEqual(unfolded))
        {
            return "re-normalising the parts changed them";
        }

        foreach (var p in unfolded)
        {
            var skeleton = NameNormaliser.Skeleton(p);
            if (NameNormaliser.Skeleton(skeleton) != skeleton || NameNormaliser.Skeleton(NameNormaliser.CoarseSkeleton(p)) != NameNormaliser.CoarseSkeleton(p))
            {
                return $"skeleton of '{p}' not stable";
            }

            _ = NameNormaliser.SpellingFold(p);
            _ = NameNormaliser.IsKnownName(p);
        }

        // The same name in composed or decomposed Unicode (two systems, two habits) gives the same parts.
        if (name.All(c => c < '\u0370') && IsNormalisable(name)
            && !NameNormaliser.UnfoldedParts(name.Normalize(NormalizationForm.FormC)).SequenceEqual(NameNormaliser.UnfoldedParts(name.Normalize(NormalizationForm.FormD))))
        {
            return "composed and decomposed forms differ";
        }

        var renderings = Romaniser.Default.Keyed(name);
        return renderings.Count > Romaniser.MaxRenderings || renderings.Any(r => r.Text is null) ? "romaniser renderings out of bounds" : null;
    }, s => s);

    [Fact]
    public Task Screening_AnyQuery_SearchesWithoutException() => FuzzRun.Run("domain.screening-query",
        Gen.Select(Hostile.String, Dates, Gen.OneOf<string?>(null, "M", "F", "U", "x"), Gen.OneOf<string?>(null, "CN", "RU", "ZZ")), 1000, q =>
        {
            var (name, dob, sex, nat) = q;
            var parsed = PartialDate.TryParse(dob, out var date);
            if (parsed && (date is null || date.Year < 1850 || date.Month is < 1 or > 12))
            {
                return $"accepted an impossible date {dob}";
            }

            var query = new ScreeningQuery(name, date, sex, nat);
            var hits = Index.Search(query, _ => true, threshold: 0.5, max: 5);
            // The score adds the date, sex and nationality evidence to the name's (it may pass 1); the probability may not.
            if (hits.Any(h => !double.IsFinite(h.Score) || h.Score < 0.5 || h.Probability is < 0 or > 1 || double.IsNaN(h.Probability)))
            {
                return "a hit's score below the threshold asked, or a probability outside [0, 1]";
            }

            _ = Index.NearMisses(query, _ => true, max: 3);
            return null;
        }, q => $"name={q.Item1} dob={q.Item2} sex={q.Item3} nat={q.Item4}");

    // .NET refuses to normalise lone surrogates and the noncharacters U+FFFE and U+FFFF.
    private static bool IsNormalisable(string s) => !s.Any(c => char.IsSurrogate(c) || c >= '\ufffe');
}
