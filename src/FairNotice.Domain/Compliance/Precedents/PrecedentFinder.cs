using System.Globalization;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance.Precedents;

/// <summary>Finds the earlier decisions nearest a request: same person across spellings, same provision, same offence class
/// from the same requester, similar facts.</summary>
/// <remarks>
/// Pure and explainable: every match lists the reasons that made it. Provisions compare after normalisation (case,
/// diacritics, punctuation, and the words "article", "art", "section", "s", "ст", "статья", "md" dropped), so "Art. 280.3 УК
/// РФ" and "ст. 280.3 УК РФ" are one provision. Facts compare by TF-IDF cosine over words (Han text: character pairs),
/// with document frequencies taken from the precedents searched. A match needs at least one reason.
/// </remarks>
public static class PrecedentFinder
{
    /// <summary>Cosine from which facts count as similar.</summary>
    public const double SimilarFacts = 0.30;

    /// <summary>How many precedents to show.</summary>
    public const int DefaultCount = 5;

    private static readonly HashSet<string> CitationWords = new(StringComparer.Ordinal)
    {
        "article", "articles", "art", "arts", "section", "sections", "s", "ss", "sec", "para", "paragraph", "part", "p", "ст", "статья", "статьи", "ч", "часть", "md", "madde", "al", "alinea", "no", "of", "the", "and", "и",
    };

    /// <summary>The nearest earlier decisions, nearest first.</summary>
    /// <param name="content">The request.</param>
    /// <param name="requester">Its requesting member.</param>
    /// <param name="precedents">Earlier decisions (the request's own excluded by the caller).</param>
    /// <param name="count">How many at most.</param>
    public static IReadOnlyList<PrecedentMatch> Nearest(NoticeContent content, string requester, IReadOnlyList<Precedent> precedents, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(precedents);
        if (precedents.Count == 0)
        {
            return [];
        }

        var charges = content.Case?.Charges ?? [];
        var divisions = OffenceClassifier.Default.Classify(charges).Select(c => c.Division).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var provisions = charges.SelectMany(c => Provisions(c.Law)).ToHashSet(StringComparer.Ordinal);
        var text = FactsOf(content);
        var docs = precedents.Select(p => Tokens(p.Facts)).ToList();
        var query = Tokens(text);
        var idf = InverseDocumentFrequencies(docs.Append(query).ToList());
        var q = Weights(query, idf);

        // Linked as the refugee rule links: whatever screening's matcher links, and whatever PersonMatch links.
        var withPerson = precedents.Select((p, i) => (p.Person, Index: i)).Where(x => x.Person is not null).ToList();
        var screened = content.Person is null ? new Dictionary<int, LocalMessage>()
            : Screening.PersonLinks.Find(content.Person, [.. withPerson.Select(x => x.Person!)]).ToDictionary(l => withPerson[l.Index].Index, l => l.Message);
        var matches = new List<PrecedentMatch>();
        for (var i = 0; i < precedents.Count; i++)
        {
            var p = precedents[i];
            var reasons = new List<LocalMessage>();
            var person = content.Person is not null && p.Person is not null ? PersonMatch.Compare(content.Person, p.Person) : null;
            var samePerson = person?.Same == true || screened.ContainsKey(i);
            if (samePerson)
            {
                reasons.Add(LocalMessage.Of("Finding.Precedent.SamePerson", MessageArgument.Of(screened.TryGetValue(i, out var how) ? how : person!.Message)));
            }

            // Shown as the precedent wrote them, which a reviewer can look up.
            var sameProvisions = p.Laws.Where(l => Provisions(l).Any(provisions.Contains)).Distinct(StringComparer.Ordinal).ToList();
            if (sameProvisions.Count > 0)
            {
                reasons.Add(LocalMessage.Of("Finding.Precedent.SameProvision", MessageArgument.List(MessageCatalog.Semicolon, sameProvisions.Select(MessageArgument.Text))));
            }

            var sameClass = string.Equals(p.Requester, requester, StringComparison.OrdinalIgnoreCase)
                ? p.Divisions.Where(divisions.Contains).Distinct(StringComparer.Ordinal).ToList() : [];
            if (sameClass.Count > 0)
            {
                reasons.Add(LocalMessage.Of("Finding.Precedent.SameClass", MessageArgument.List(MessageCatalog.Comma, sameClass.Select(MessageArgument.Code)), MessageArgument.Code(p.Requester)));
            }

            var cosine = Cosine(q, Weights(docs[i], idf));
            if (cosine >= SimilarFacts)
            {
                reasons.Add(LocalMessage.Of("Finding.Precedent.SimilarFacts", MessageArgument.Code(cosine.ToString("0.00", CultureInfo.InvariantCulture))));
            }

            if (reasons.Count == 0)
            {
                continue;
            }

            var score = (samePerson ? 1.0 : 0) + (sameProvisions.Count > 0 ? 0.6 : 0) + (sameClass.Count > 0 ? 0.3 : 0) + cosine;
            matches.Add(new PrecedentMatch(p, score, samePerson, sameProvisions, sameClass, cosine, reasons));
        }

        return [.. matches.OrderByDescending(m => m.Score).ThenByDescending(m => m.Precedent.DecidedAt).ThenBy(m => m.Precedent.Reference, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The provisions a law field cites, normalised: "УК РФ ст. 280.3" and "Art. 280.3 УК РФ" both give "280 3 ук рф".</summary>
    /// <param name="law">The law field.</param>
    public static IEnumerable<string> Provisions(string? law)
    {
        if (string.IsNullOrWhiteSpace(law))
        {
            yield break;
        }

        // ";" separates provisions; "," may separate them ("art. 360, 207") or be part of one ("УК РФ, статья 207.3, часть 2"):
        // both readings are kept. A citation counts only if it names a code as well as a number: "art. 159" alone could be any country's.
        foreach (var part in law.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Key(part, requireName: true) is { } whole)
            {
                yield return whole;
            }

            var pieces = part.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var piece in pieces.Length > 1 ? pieces : [])
            {
                if (Key(piece, requireName: true) is { } key)
                {
                    yield return key;
                }
            }
        }
    }

    private static string? Key(string citation, bool requireName)
    {
        var words = Vocabulary.Normalise(citation).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !CitationWords.Contains(w)).ToList();
        // Without a number there is no provision to compare, only a code's name.
        if (!words.Any(w => w.Any(char.IsDigit)) || (requireName && !words.Any(w => w.Any(char.IsLetter))))
        {
            return null;
        }

        return string.Join(' ', words.Order(StringComparer.Ordinal));
    }

    /// <summary>The text compared for similarity: the charges' descriptions and the summary of facts.</summary>
    /// <param name="content">The request.</param>
    public static string FactsOf(NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return string.Join(' ', (content.Case?.Charges ?? []).Select(c => c.Description).Append(content.Case?.SummaryOfFacts ?? ""));
    }

    /// <summary>Words of three letters or more (Latin, Cyrillic, Arabic) and pairs of Han characters, normalised.</summary>
    /// <param name="text">The text.</param>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new List<string>();
        foreach (var word in Vocabulary.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(IsHan))
            {
                for (var i = 0; i + 1 < word.Length; i++)
                {
                    tokens.Add(word.Substring(i, 2));
                }
            }
            else if (word.Length >= 3 && !word.All(char.IsDigit))
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static Dictionary<string, double> InverseDocumentFrequencies(List<IReadOnlyList<string>> docs)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var t in doc.Distinct(StringComparer.Ordinal))
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        return df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + docs.Count) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Weights(IReadOnlyList<string> tokens, Dictionary<string, double> idf) =>
        tokens.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count() * idf.GetValueOrDefault(g.Key, 1.0), StringComparer.Ordinal);

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var dot = a.Sum(kv => b.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }
}
