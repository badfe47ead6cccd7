using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FairNotice.Domain.Compliance;

/// <summary>Negation: a term the text denies ("no violence", "this is not a political case") is not evidence.</summary>
public sealed partial class Vocabulary
{
    /// <summary>The category of negation cues ("no", "not", "without", "не", "没有", "لا").</summary>
    public const string NegationCategory = "negation";

    /// <summary>Words that may stand between a cue and the term it denies ("not a", "no physical").</summary>
    public const string FillerCategory = "negation_filler";

    /// <summary>Category of a requester's denials ("this case is not political"): matched as written, never negated.</summary>
    public const string DenialCategory = "denial";

    /// <summary>At most this many filler words between a cue and the term.</summary>
    private const int MaxFillers = 2;

    private readonly FrozenSet<string> _negations;
    private readonly FrozenSet<string> _fillers;

    private static (FrozenSet<string> Negations, FrozenSet<string> Fillers) NegationCues(FrozenDictionary<string, Entry[]> categories)
    {
        static FrozenSet<string> Words(FrozenDictionary<string, Entry[]> c, string name) =>
            c.TryGetValue(name, out var e) ? e.Select(x => x.Needle.Trim()).ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
        return (Words(categories, NegationCategory), Words(categories, FillerCategory));
    }

    // Sentences are the scope of a negation: "He was not armed. Violence broke out" still affirms violence.
    private List<Clause> Clauses(string text, bool negatable) =>
        [.. SentenceEnd().Split(text).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => new Clause($" {Normalise(s)} ", negatable && _negations.Count > 0))];

    private bool Affirmed(Clause clause, string needle)
    {
        for (var at = clause.Text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = clause.Text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (!clause.Negatable || !Negated(clause.Text, at))
            {
                return true;
            }
        }

        return false;
    }

    // Looks back from the term: skip up to two fillers, then a cue word ("no", "not a", "sans aucune") denies it. A Han or
    // Arabic term may start inside a run of unspaced script, so the run's tail is checked for an unspaced cue ("没有暴力").
    private bool Negated(string text, int at)
    {
        var start = text[at] == ' ' ? at + 1 : at; // Latin and Cyrillic needles begin with the space before the word
        var words = text[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = words.Length - 1;
        if (i >= 0 && text[start - 1] != ' ')
        {
            if (_negations.Any(n => n.Any(IsUnspacedScript) && words[i].EndsWith(n, StringComparison.Ordinal)))
            {
                return true;
            }

            i--; // the term starts inside this word: look at the words before it
        }

        for (var skipped = 0; i >= 0; i--, skipped++)
        {
            if (_negations.Contains(words[i]) || _negations.Any(n => n.Any(IsUnspacedScript) && words[i].EndsWith(n, StringComparison.Ordinal)))
            {
                return true;
            }

            if (skipped >= MaxFillers || !_fillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=[.!?;:])\s+|[。！？；؛\n\r]+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    private sealed record Clause(string Text, bool Negatable);
}
