using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FairNotice.Domain.Compliance;

/// <summary>A vocabulary term found in a text.</summary>
/// <param name="Category">The vocabulary category (e.g. political, violence).</param>
/// <param name="Term">The term as written in the data file, without the "=" that marks a whole-word term: it is quoted to
/// reviewers as evidence, and "=propaganda" is not what the request said.</param>
/// <param name="Language">The term's language code.</param>
public sealed record TermHit(string Category, string Term, string Language);

/// <summary>The multilingual offence and context vocabularies, read from the embedded <c>vocabulary.json</c>.</summary>
/// <remarks>
/// Matching is culture-invariant: canonical decomposition, diacritics removed, invariant lower case, punctuation as
/// space. Latin and Cyrillic terms match at a word start ("terroris" finds "terrorism"); a term written "=word" matches
/// the whole word only; Arabic and Han terms match anywhere, since those scripts attach particles or use no spaces.
/// A term preceded in its sentence by a negation cue (category <c>negation</c>, with at most two
/// <c>negation_filler</c> words between) does not count: "no violence", "not a political case" (see Vocabulary.Negation.cs).
/// </remarks>
public sealed partial class Vocabulary
{
    private readonly FrozenDictionary<string, Entry[]> _categories;

    private Vocabulary(string version, FrozenDictionary<string, Entry[]> categories)
    {
        Version = version;
        _categories = categories;
        (_negations, _fillers) = NegationCues(categories);
    }

    /// <summary>The vocabulary shipped with this build.</summary>
    public static Vocabulary Default { get; } = LoadEmbedded();

    /// <summary>The vocabulary's version, recorded in every assessment.</summary>
    public string Version { get; }

    /// <summary>The category names.</summary>
    public IEnumerable<string> Categories => _categories.Keys;

    /// <summary>Parses a vocabulary document (same shape as the embedded one).</summary>
    /// <param name="json">The JSON text.</param>
    public static Vocabulary Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var version = doc.RootElement.GetProperty("version").GetString() ?? "unknown";
        var categories = new Dictionary<string, Entry[]>(StringComparer.Ordinal);
        foreach (var category in doc.RootElement.GetProperty("categories").EnumerateObject())
        {
            var entries = new List<Entry>();
            foreach (var language in category.Value.EnumerateObject())
            {
                foreach (var term in language.Value.EnumerateArray())
                {
                    var raw = term.GetString()!;
                    var whole = raw.StartsWith('=');
                    var normalised = Normalise(whole ? raw[1..] : raw).Trim();
                    var anywhere = normalised.Any(IsUnspacedScript);
                    entries.Add(new Entry(whole ? raw[1..] : raw, language.Name, anywhere ? normalised : whole ? $" {normalised} " : $" {normalised}"));
                }
            }

            categories[category.Name] = [.. entries];
        }

        return new Vocabulary(version, categories.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Every term of the category found in the text, longest first.</summary>
    /// <param name="category">The category.</param>
    /// <param name="text">The text, in any script.</param>
    public IReadOnlyList<TermHit> FindAll(string category, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !_categories.TryGetValue(category, out var entries))
        {
            return [];
        }

        var clauses = Clauses(text, negatable: category is not (NegationCategory or FillerCategory or DenialCategory));
        return [.. entries.Where(e => clauses.Any(c => Affirmed(c, e.Needle)))
            .OrderByDescending(e => e.Needle.Length).Select(e => new TermHit(category, e.Raw, e.Language))];
    }

    /// <summary>The first (longest) term of the category found in the text, or null.</summary>
    /// <param name="category">The category.</param>
    /// <param name="text">The text.</param>
    public TermHit? Find(string category, string? text) => FindAll(category, text) is [var first, ..] ? first : null;

    /// <summary>The terms of a category as written (without the "=" of whole-word terms).</summary>
    /// <param name="category">The category.</param>
    public IReadOnlyList<string> Terms(string category) =>
        _categories.TryGetValue(category, out var entries) ? [.. entries.Select(e => e.Raw)] : [];

    /// <summary>The first (longest) term of the category that a number stands before, with at most two words between
    /// ("9 214 depositors", "120 small savers", "1200余名投资人"), or null. A year (1900–2099) is not a count.</summary>
    /// <param name="category">The category (e.g. <c>persons</c>).</param>
    /// <param name="text">The text, in any script.</param>
    public TermHit? Counted(string category, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !_categories.TryGetValue(category, out var entries))
        {
            return null;
        }

        var normalised = $" {Normalise(text)} ";
        foreach (var e in entries.OrderByDescending(e => e.Needle.Length))
        {
            for (var at = normalised.IndexOf(e.Needle, StringComparison.Ordinal); at >= 0; at = normalised.IndexOf(e.Needle, at + 1, StringComparison.Ordinal))
            {
                if (NumberBefore(normalised, at))
                {
                    return new TermHit(category, e.Raw, e.Language);
                }
            }
        }

        return null;
    }

    // A count in the two words before the term; a term inside an unspaced run (Han, Arabic) counts a number in the three
    // characters before it in that run ("9214人", "1200余名投资人").
    private static bool NumberBefore(string text, int at)
    {
        var start = text[at] == ' ' ? at + 1 : at;
        var words = text[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && text[start - 1] != ' ')
        {
            var run = words[^1];
            if (run[Math.Max(0, run.Length - 3)..].Any(char.IsDigit))
            {
                return true;
            }

            words.RemoveAt(words.Count - 1);
        }

        return words.TakeLast(3).Any(w => w.All(char.IsDigit) && !IsYear(w));
    }

    // The head ends the run, or only a copula stands between it and the term ("被告人系记者", "被告人是记者"): "被告人在示威活动中"
    // (the accused, at a demonstration) is no apposition.
    private static bool EndsNear(string run, string head) =>
        run.LastIndexOf(head, StringComparison.Ordinal) is var i and >= 0 && run[(i + head.Length)..] is "" or "系" or "是" or "为";

    private static bool IsYear(string word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099;

    /// <summary>The first (longest) term of the category that stands in apposition to one of the heads, in one sentence: right
    /// after it or with one word between ("the accused, a journalist", "l'intéressé, journaliste", "Petrov, blogger",
    /// "被告人系记者"), or null. "The accused shot a journalist" has two words between: the journalist is not the accused.</summary>
    /// <param name="category">The category (e.g. <c>protected_activity</c>).</param>
    /// <param name="text">The text, in any script.</param>
    /// <param name="heads">What names the person: the terms of a category for "the accused" and the person's names.</param>
    public TermHit? Apposed(string category, string? text, IEnumerable<string> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        if (string.IsNullOrWhiteSpace(text) || !_categories.TryGetValue(category, out var entries))
        {
            return null;
        }

        var needles = heads.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => Normalise(h).Trim()).Where(h => h.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        foreach (var sentence in SentenceEnd().Split(text).Where(x => !string.IsNullOrWhiteSpace(x)))
        {
            var t = $" {Normalise(sentence)} ";
            foreach (var e in entries.OrderByDescending(e => e.Needle.Length))
            {
                for (var at = t.IndexOf(e.Needle, StringComparison.Ordinal); at >= 0; at = t.IndexOf(e.Needle, at + 1, StringComparison.Ordinal))
                {
                    var start = t[at] == ' ' ? at + 1 : at;
                    var words = t[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // A term inside an unspaced run (Han, Arabic): the head ends right before it, or a copula stands between.
                    if (words.Length > 0 && t[start - 1] != ' ' && needles.Any(h => h.Any(IsUnspacedScript) && EndsNear(words[^1], h)))
                    {
                        return new TermHit(category, e.Raw, e.Language);
                    }

                    for (var skip = 0; skip <= 1 && skip < words.Length; skip++)
                    {
                        var upto = $" {string.Join(' ', words[..(words.Length - skip)])}";
                        if (needles.Any(h => upto.EndsWith(" " + h, StringComparison.Ordinal) || (h.Any(IsUnspacedScript) && upto.EndsWith(h, StringComparison.Ordinal))))
                        {
                            return new TermHit(category, e.Raw, e.Language);
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Decomposes, strips diacritics, folds case and turns punctuation into single spaces.</summary>
    /// <param name="text">The text.</param>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = UnicodeText.Normalisable(text).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().Trim();
    }

    private static bool IsUnspacedScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static Vocabulary LoadEmbedded()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("FairNotice.Domain.Compliance.vocabulary.json")
            ?? throw new InvalidOperationException("vocabulary.json is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record Entry(string Raw, string Language, string Needle);
}
