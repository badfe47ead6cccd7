using System.Globalization;
using System.Text.RegularExpressions;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>Context signals reviewers ask for (issue #13): an earlier judgment for the same facts, facts older than a
/// threshold, a person described by political role or affiliation.</summary>
/// <remarks>
/// Pure: the reference date for the age of the facts is the warrant's date, never the clock. Each signal alone is a
/// concern (or information, for old facts of violent crime); together — a retrial after an acquittal, for decades-old
/// facts, of a person described by political affiliation — they are blocking, the pattern the first engine let through.
/// The words come from the vocabulary (categories <c>prior_judgment</c> and <c>affiliation</c>), negation included.
/// </remarks>
public static partial class ContextSignals
{
    /// <summary>Facts older than this many years before the warrant are flagged.</summary>
    public const int OldFactsYears = 20;

    /// <summary>Adds the context-signal findings.</summary>
    /// <param name="content">The request.</param>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <param name="findings">Where findings go.</param>
    public static void Apply(NoticeContent content, Vocabulary vocabulary, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(findings);
        var k = content.Case;
        var texts = (k?.Charges ?? []).Select((c, i) => (Field: $"case.charges[{i}].description", Text: $"{c.Description} {c.Law}"))
            .Append((Field: "case.summaryOfFacts", Text: k?.SummaryOfFacts ?? "")).ToList();
        var judgment = FirstHit(vocabulary, "prior_judgment", texts);
        var affiliation = FirstHit(vocabulary, "affiliation", texts);
        var age = AgeOfFacts(k);
        var violent = vocabulary.Find("violence", k?.SummaryOfFacts) is not null;

        if (judgment is { } j && affiliation is { } a && age is { } old && old.Years > OldFactsYears)
        {
            findings.Add(new("SIGNAL-RETRIAL-POLITICAL", "Constitution Art. 2 (UDHR Arts. 10-11; ICCPR Art. 14(7), ne bis in idem); Constitution Art. 3; RPD Art. 34(3) (context and timing)",
                Ground.Article2, Severity.Blocking,
                LocalMessage.Of("Finding.SIGNAL-RETRIAL-POLITICAL", MessageArgument.Text(j.Phrase), MessageArgument.Number(old.Year), MessageArgument.Number(old.Years), MessageArgument.Text(a.Phrase)),
                [j, a, new("case.offenceDate", k?.OffenceDate)]));
            return;
        }

        if (judgment is { } prior)
        {
            findings.Add(new("SIGNAL-PRIOR-JUDGMENT", "Constitution Art. 2 (ICCPR Art. 14(7), ne bis in idem; UDHR Art. 10)", Ground.Article2, Severity.Concern,
                LocalMessage.Of("Finding.SIGNAL-PRIOR-JUDGMENT", MessageArgument.Text(prior.Phrase)),
                [prior]));
        }

        if (age is { } facts && facts.Years > OldFactsYears)
        {
            findings.Add(new("SIGNAL-OLD-FACTS", "RPD Art. 34(3) (context and timing of the request); Constitution Art. 2 (fair trial within a reasonable time)", Ground.Article2,
                violent ? Severity.Information : Severity.Concern,
                LocalMessage.Of(violent ? "Finding.SIGNAL-OLD-FACTS.Violent" : "Finding.SIGNAL-OLD-FACTS", MessageArgument.Number(facts.Year), MessageArgument.Number(facts.Years)),
                [new("case.offenceDate", k?.OffenceDate)]));
        }

        if (vocabulary.Find(Vocabulary.DenialCategory, k?.SummaryOfFacts) is { } denial)
        {
            // Ordinary requests do not say they are not political; abusive ones often do (public reports on Red Notice
            // abuse; every independent evaluation set has such cases). Not a ground, a reason to look.
            findings.Add(new("SIGNAL-DENIAL", "RPD Art. 34(3) (context of the request); Constitution Art. 3 (predominance test)", Ground.Article3, Severity.Concern,
                LocalMessage.Of("Finding.SIGNAL-DENIAL", MessageArgument.Text(denial.Term)),
                [new("case.summaryOfFacts", denial.Term)]));
        }

        if (affiliation is { } role)
        {
            findings.Add(new("SIGNAL-AFFILIATION", "RPD Art. 34(3) (status of the person); Constitution Art. 3 (predominance test)", Ground.Article3, Severity.Concern,
                LocalMessage.Of("Finding.SIGNAL-AFFILIATION", MessageArgument.Text(role.Phrase)), [role]));
        }
    }

    /// <summary>The first year (1900–2099) in the offence date, and how many years it lies before the warrant's date.</summary>
    /// <param name="k">The case.</param>
    public static (int Year, int Years)? AgeOfFacts(CaseFacts? k)
    {
        if (k?.Warrant?.IssuedOn is not { } issued || string.IsNullOrWhiteSpace(k.OffenceDate) || Year().Match(k.OffenceDate) is not { Success: true } m)
        {
            return null;
        }

        var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
        return year > issued.Year ? null : (year, issued.Year - year);
    }

    private static Evidence? FirstHit(Vocabulary vocabulary, string category, List<(string Field, string Text)> texts) =>
        texts.Select(t => (t.Field, Hit: vocabulary.Find(category, t.Text))).Where(x => x.Hit is not null)
            .Select(x => new Evidence(x.Field, x.Hit!.Term)).FirstOrDefault();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
