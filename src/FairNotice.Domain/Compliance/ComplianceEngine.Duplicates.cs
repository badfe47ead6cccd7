using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

// Duplicates and aliases (issue #13, repeated attempts): a request the member already filed, filed again — under the same
// name or another. Repeated attempts link requests by the person (PersonMatch: spellings, the same identity document);
// a copy under a new name defeats that, but not the judicial reference or the facts: the same warrant or judgment reference
// from the same member, or the same date of birth with near-identical facts, links the request to the earlier one.
public sealed partial class ComplianceEngine
{
    /// <summary>Share of word pairs two summaries of facts have in common (Jaccard) from which they are near-identical.</summary>
    public const double DuplicateFactsThreshold = 0.8;

    /// <summary>Words a summary of facts needs before its wording is compared (a one-line summary says too little).</summary>
    public const int DuplicateFactsMinWords = 12;

    private static void Duplicates(NoticeContent content, ComplianceContext context, List<Finding> f)
    {
        if (context.Earlier is not { Count: > 0 } earlier)
        {
            return;
        }

        var warrant = WarrantKey(content.Case?.Warrant?.Reference);
        var dob = content.Person?.DateOfBirth;
        var facts = WordPairs(content.Case?.SummaryOfFacts);
        foreach (var e in earlier)
        {
            var reasons = new List<MessageArgument>();
            if (warrant is not null && warrant == WarrantKey(e.WarrantReference))
            {
                reasons.Add(MessageArgument.Of(M("Finding.DUPLICATE-REQUEST.Warrant", MessageArgument.Code(e.WarrantReference!.Trim()))));
            }

            if (dob is not null && e.Person?.DateOfBirth is { } other && dob.ToString() == other.ToString() && facts.Count > 0
                && FactsOverlap(facts, WordPairs(e.Facts)) is var overlap && overlap >= DuplicateFactsThreshold)
            {
                reasons.Add(MessageArgument.Of(M("Finding.DUPLICATE-REQUEST.Facts", MessageArgument.Code(dob.ToString()),
                    MessageArgument.Number((long)Math.Floor(overlap * 100)))));
            }

            if (reasons.Count == 0)
            {
                continue;
            }

            var name = $"{e.Person?.Name?.FamilyName} {e.Person?.Name?.Forenames}".Trim();
            f.Add(new("DUPLICATE-REQUEST", "Secretary-General's policy on repeated attempts; RPD Art. 12 (quality of data); RPD Art. 34(3) (identity of the source)",
                Ground.DataQuality, Severity.Concern,
                M("Finding.DUPLICATE-REQUEST", MessageArgument.Code(e.Reference), Status(e.Status), MessageArgument.Text(name.Length == 0 ? "?" : name),
                    MessageArgument.List(MessageCatalog.Semicolon, reasons)),
                [new("case.warrant.reference", content.Case?.Warrant?.Reference), new("case.summaryOfFacts", null)]));
        }
    }

    // A reference compared without case, spaces or punctuation ("2026/918" = "2026-918"); one without a digit ("none", "n/a")
    // identifies nothing.
    private static string? WarrantKey(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var key = Vocabulary.Normalise(reference).Replace(" ", "", StringComparison.Ordinal);
        return key.Length >= 3 && key.Any(char.IsDigit) ? key : null;
    }

    private static HashSet<string> WordPairs(string? facts)
    {
        var words = Vocabulary.Normalise(facts ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < DuplicateFactsMinWords ? [] : [.. words.Zip(words.Skip(1), (a, b) => $"{a} {b}")];
    }

    private static double FactsOverlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / (a.Count + b.Count - a.Count(b.Contains));
}
