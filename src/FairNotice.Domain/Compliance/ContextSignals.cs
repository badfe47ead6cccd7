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

    /// <summary>A warrant for prosecution issued this many years or more after the last year of non-violent facts is flagged.</summary>
    public const int LateWarrantYears = 5;

    /// <summary>A judgment (request to serve a sentence) given this many years or more after the last year of non-violent
    /// facts is flagged: twice the prosecution threshold, since a trial takes time.</summary>
    public const int LateJudgmentYears = 10;

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

        var sentence = k?.WantedFor == WantedFor.Sentence;
        if (k?.WantedFor is not null && !violent && LateWarrant(k) is { } late && late.Years >= (sentence ? LateJudgmentYears : LateWarrantYears)
            && !(age is { } older && older.Years > OldFactsYears))
        {
            // A judgment follows a trial, so a sentence gets a longer threshold; an arrest warrant or a judgment years after
            // non-violent facts is what a reviewer asks about: what happened to the person in between (exile, a new role abroad)?
            findings.Add(new("SIGNAL-LATE-WARRANT", "RPD Art. 34(3) (context and timing of the request); Constitution Art. 2 (fair trial within a reasonable time)", Ground.Article3,
                Severity.Concern,
                LocalMessage.Of(sentence ? "Finding.SIGNAL-LATE-WARRANT.Judgment" : "Finding.SIGNAL-LATE-WARRANT",
                    MessageArgument.Number(late.Issued), MessageArgument.Number(late.Years), MessageArgument.Number(late.Year)),
                [new("case.offenceDate", k.OffenceDate), new("case.warrant.issuedOn", late.Issued.ToString(CultureInfo.InvariantCulture))]));
        }

        if (NoticeColours.SeeksArrest(content.Colour) && !violent && Vague(k) is { } summary)
        {
            // Every independent evaluation set shows it: ordinary requests give amounts, counts, times or victims; requests
            // against critics often describe conduct only in general terms. Not a ground by itself, a reason to ask.
            findings.Add(new("DATA-FACTS-VAGUE", "RPD Art. 83(2)(b)(i) (succinct and clear description of the criminal activities); RPD Art. 34(3)", Ground.DataQuality,
                Severity.Concern,
                LocalMessage.Of("Finding.DATA-FACTS-VAGUE"),
                [new("case.summaryOfFacts", summary)]));
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

    /// <summary>True when a charge is classed among acts against the person: killing, injury or sexual violence (ICCS 01-03),
    /// except the divisions of section 02 that are speech or status offences — harassment (0208), defamation or insult (0209),
    /// discrimination (0210), trespass on privacy (0211): "insulting the President" is no act of violence.</summary>
    /// <param name="k">The case.</param>
    public static bool AgainstPerson(CaseFacts? k) =>
        OffenceClasses.OffenceClassifier.Default.Classify(k?.Charges).Any(c => c.Section is "01" or "02" or "03" && c.Division is not ("0208" or "0209" or "0210" or "0211"));

    /// <summary>The last year (1900–2099) in the offence date, the warrant's year, and the years between them.</summary>
    /// <param name="k">The case.</param>
    public static (int Year, int Issued, int Years)? LateWarrant(CaseFacts? k)
    {
        if (k?.Warrant?.IssuedOn is not { } issued || string.IsNullOrWhiteSpace(k.OffenceDate))
        {
            return null;
        }

        var years = Year().Matches(k.OffenceDate).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(y => y <= issued.Year).ToList();
        return years.Count == 0 ? null : (years.Max(), issued.Year, issued.Year - years.Max());
    }

    /// <summary>The start of the summary of facts when it states no quantity at all — no amount, count, time or age, only
    /// dates — and null otherwise (or when it is missing or too short for <c>DATA-FACTS-THIN</c> to apply instead).</summary>
    /// <param name="k">The case.</param>
    public static string? Vague(CaseFacts? k) => Vague(k?.SummaryOfFacts);

    /// <summary>The start of a summary of facts that states no quantity at all (see <see cref="Vague(CaseFacts?)"/>).</summary>
    /// <param name="facts">The summary of facts.</param>
    public static string? Vague(string? facts)
    {
        if (string.IsNullOrWhiteSpace(facts) || facts.Trim().Length < 80)
        {
            return null;
        }

        var withoutDates = Year().Replace(FullDate().Replace(facts, " "), " ");
        return withoutDates.Any(char.IsDigit) ? null : facts.Trim()[..Math.Min(60, facts.Trim().Length)];
    }

    private static Evidence? FirstHit(Vocabulary vocabulary, string category, List<(string Field, string Text)> texts) =>
        texts.Select(t => (t.Field, Hit: vocabulary.Find(category, t.Text))).Where(x => x.Hit is not null)
            .Select(x => new Evidence(x.Field, x.Hit!.Term)).FirstOrDefault();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    // A day and month beside a year (12.10.2011, 2011-10-12, 3/6/2024), in any script's digits.
    [GeneratedRegex(@"(?<!\d)(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
