using FairNotice.Domain.Compliance.OffenceClasses;

namespace FairNotice.Domain.Transparency;

/// <summary>A refused request as the offence-class statistics see it: no person, only its year, ground and ICCS sections.</summary>
/// <param name="Year">Year of submission.</param>
/// <param name="Outcome">Which refusal (Art. 2, 3, 83, data quality).</param>
/// <param name="Sections">The ICCS sections of its charges (empty when none is classified).</param>
public sealed record RefusalFact(int Year, StatOutcome Outcome, IReadOnlyList<string> Sections);

/// <summary>Refusals counted per ICCS section (UNODC ICCS 1.0, level 1).</summary>
/// <remarks>A request whose charges fall in two sections counts once in each; a request with no classified charge counts
/// as "unclassified". Counts from 1 to 4 are suppressed (<see cref="SmallCells"/>).</remarks>
public static class RefusalsBySection
{
    /// <summary>The table name (also the CSV and JSON download name).</summary>
    public const string Name = "refusals-by-iccs";

    /// <summary>The title of the row of refusals with no classified charge.</summary>
    public const string NoChargeClassified = "No charge classified";

    /// <summary>Every section, then "unclassified", with refusals by ground.</summary>
    /// <param name="facts">The refused requests.</param>
    /// <param name="classifier">The classification (section titles).</param>
    public static StatTable Table(IReadOnlyList<RefusalFact> facts, OffenceClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(classifier);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (code, title) in classifier.Sections.Select(s => (s.Code, s.Title)).Append(("unclassified", NoChargeClassified)))
        {
            var these = facts.Where(f => code == "unclassified" ? f.Sections.Count == 0 : f.Sections.Contains(code, StringComparer.Ordinal)).ToList();
            rows.Add([code, title, SmallCells.Count(these.Count),
                SmallCells.Count(these.Count(f => f.Outcome == StatOutcome.RefusedArticle2)), SmallCells.Count(these.Count(f => f.Outcome == StatOutcome.RefusedArticle3)),
                SmallCells.Count(these.Count(f => f.Outcome == StatOutcome.RefusedArticle83)), SmallCells.Count(these.Count(f => f.Outcome == StatOutcome.RefusedDataQuality))]);
        }

        return new StatTable(Name, "Refused requests by offence class (ICCS section of their charges)",
            ["ICCS section", "title", "refused", "refused Art. 2", "refused Art. 3", "refused Art. 83", "refused data quality"], rows);
    }

    /// <summary>Refusals per section, unsuppressed, for a chart that then leaves out small cells.</summary>
    /// <param name="facts">The refused requests.</param>
    public static IReadOnlyList<(string Section, int Count)> Counts(IReadOnlyList<RefusalFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. facts.SelectMany(f => f.Sections.Count == 0 ? ["unclassified"] : f.Sections.Distinct(StringComparer.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];
    }
}
