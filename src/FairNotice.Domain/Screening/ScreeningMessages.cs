using System.Globalization;

namespace FairNotice.Domain.Screening;

/// <summary>The matcher's explanations as templates (<see cref="MessageCatalog"/>, keys "ScreeningWhy.…"): how the names'
/// parts met, how the dates of birth, sexes and nationalities relate, why a near miss fell short, and why screening links
/// two persons.</summary>
/// <remarks>Only how an explanation is worded lives here; what the matcher decides stays in <see cref="ScreeningIndex{T}"/>.
/// The English strings of <see cref="HitExplanation"/> are these templates filled in English, so the API says what the page shows.</remarks>
public static class ScreeningMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
        ("ScreeningWhy.Dob.DayOneOff", "same year and month, day one off or its digits swapped"),
        ("ScreeningWhy.Dob.DifferentDates", "different dates ({0} year(s) apart)"),
        ("ScreeningWhy.Dob.Exact", "exact"),
        ("ScreeningWhy.Dob.Namesakes", "{0}; the name is shared by {1} indexed persons"),
        ("ScreeningWhy.Dob.OneYearApart", "one year apart"),
        ("ScreeningWhy.Dob.SameDayAndMonth", "same day and month, one year apart"),
        ("ScreeningWhy.Dob.SameYear", "same year (one side gives the year only)"),
        ("ScreeningWhy.Dob.SameYearAndMonth", "same year and month"),
        ("ScreeningWhy.Dob.SameYearOtherDay", "same year, different day and month"),
        ("ScreeningWhy.Dob.SameYearOtherMonth", "same year, different month"),
        ("ScreeningWhy.Dob.Transposed", "day and month transposed"),
        ("ScreeningWhy.Dob.Unknown", "not compared (unknown on one side); a name-only match needs a stronger name"),
        ("ScreeningWhy.Dob.YearsApart", "{0} years apart"),
        ("ScreeningWhy.Link", "'{0}' ~ '{1}' (screening score {2}; names {3}, {4}; date of birth {5}; nationality {6})."),
        ("ScreeningWhy.Nationality.InCommon", "{0} in common"),
        ("ScreeningWhy.Nationality.NoneInCommon", "none in common"),
        ("ScreeningWhy.NotCompared", "not compared"),
        ("ScreeningWhy.Parts", "parts: {0}"),
        ("ScreeningWhy.Parts.Joined", "joined parts: '{0}' ~ '{1}'"),
        ("ScreeningWhy.Parts.KnownName", "{0} ('{1}' is itself a name on record)"),
        ("ScreeningWhy.Parts.Unmatched", "parts: {0} (+{1} unmatched)"),
        ("ScreeningWhy.Sex.Different", "different"),
        ("ScreeningWhy.Sex.Same", "same"),
        ("ScreeningWhy.Short", "score {0} below {1}: {2}"),
        ("ScreeningWhy.Short.Date", "date of birth: {0}"),
        ("ScreeningWhy.Short.NoDate", "no date of birth to compare, so the name alone had to reach the threshold"),
        ("ScreeningWhy.Short.NotEnough", "the name ({0}) with the other evidence did not add up"),
        ("ScreeningWhy.Short.Sex", "different sex"),
        ("ScreeningWhy.Short.WeakName", "the name is only {0} alike ({1})"),
    ];

    /// <summary>A message without data.</summary>
    /// <param name="key">Its key.</param>
    public static LocalMessage Fixed(string key) => LocalMessage.Of(key);

    /// <summary>How the dates of birth relate, with the number of years between them.</summary>
    /// <param name="key">The template's key.</param>
    /// <param name="years">Years apart.</param>
    public static LocalMessage Years(string key, int years) => LocalMessage.Of(key, MessageArgument.Number(years));

    /// <summary>A near date of birth that many indexed persons with the same name could share.</summary>
    /// <param name="dateOfBirth">How the dates relate.</param>
    /// <param name="namesakes">Indexed persons with the name.</param>
    public static LocalMessage WithNamesakes(LocalMessage dateOfBirth, int namesakes) =>
        LocalMessage.Of("ScreeningWhy.Dob.Namesakes", MessageArgument.Of(dateOfBirth), MessageArgument.Number(namesakes));

    /// <summary>How the sexes relate.</summary>
    /// <param name="agreement">What the comparison found.</param>
    public static LocalMessage Sex(Agreement agreement) =>
        Fixed(agreement switch { Agreement.NotCompared => "ScreeningWhy.NotCompared", Agreement.Agrees => "ScreeningWhy.Sex.Same", _ => "ScreeningWhy.Sex.Different" });

    /// <summary>How the nationalities relate.</summary>
    /// <param name="agreement">What the comparison found.</param>
    /// <param name="nationality">The nationality searched (ISO alpha-2), when the two have it in common.</param>
    public static LocalMessage Nationality(Agreement agreement, string? nationality) => agreement switch
    {
        Agreement.NotCompared => Fixed("ScreeningWhy.NotCompared"),
        Agreement.Agrees => LocalMessage.Of("ScreeningWhy.Nationality.InCommon", MessageArgument.Code(nationality?.ToUpperInvariant())),
        _ => Fixed("ScreeningWhy.Nationality.NoneInCommon"),
    };

    /// <summary>Two aligned parts ("ahmad~ahmed"), as one left-to-right datum.</summary>
    /// <param name="part">The part of the name with fewer parts.</param>
    /// <param name="other">The part it met.</param>
    /// <param name="knownName">The query's part, when the two differ and it is itself a name on record.</param>
    public static MessageArgument Pair(string part, string other, string? knownName)
    {
        var pair = MessageArgument.Code($"{part}~{other}");
        return knownName is null ? pair : MessageArgument.Of(LocalMessage.Of("ScreeningWhy.Parts.KnownName", pair, MessageArgument.Code(knownName)));
    }

    /// <summary>How the names' parts met.</summary>
    /// <param name="pairs">The aligned parts (<see cref="Pair"/>).</param>
    /// <param name="unmatched">Parts of the longer name left over.</param>
    public static LocalMessage Parts(IEnumerable<MessageArgument> pairs, int unmatched)
    {
        var list = MessageArgument.List(MessageCatalog.Comma, pairs);
        return unmatched > 0 ? LocalMessage.Of("ScreeningWhy.Parts.Unmatched", list, MessageArgument.Number(unmatched)) : LocalMessage.Of("ScreeningWhy.Parts", list);
    }

    /// <summary>Two names met only with their parts joined ("abdelkader", "abdel kader").</summary>
    /// <param name="a">One name's parts joined.</param>
    /// <param name="b">The other's.</param>
    public static LocalMessage Joined(string a, string b) => LocalMessage.Of("ScreeningWhy.Parts.Joined", MessageArgument.Code(a), MessageArgument.Code(b));

    /// <summary>Why a candidate scored below the threshold, the weakest evidence first.</summary>
    /// <param name="score">The candidate's score.</param>
    /// <param name="threshold">The threshold it missed.</param>
    /// <param name="explanation">Why the candidate matched as far as it did.</param>
    /// <param name="evidence">The evidence the score was computed from.</param>
    /// <remarks>A date of birth that agrees (exact, transposed, same year and month, same year where one side gives the year
    /// only) is not a reason; an unknown one is, since the name alone then had to reach the threshold.</remarks>
    public static LocalMessage WhyShort(double score, double threshold, HitExplanation explanation, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var reasons = new List<MessageArgument>();
        if (explanation.NameScore < threshold)
        {
            reasons.Add(MessageArgument.Of(LocalMessage.Of("ScreeningWhy.Short.WeakName", Score(explanation.NameScore), MessageArgument.Of(explanation.Messages.Parts))));
        }

        if (evidence.Date == DateEvidence.Unknown)
        {
            reasons.Add(MessageArgument.Of(Fixed("ScreeningWhy.Short.NoDate")));
        }
        else if (evidence.Date is not (DateEvidence.Exact or DateEvidence.Transposed or DateEvidence.SameYearMonth or DateEvidence.SameYear))
        {
            reasons.Add(MessageArgument.Of(LocalMessage.Of("ScreeningWhy.Short.Date", MessageArgument.Of(explanation.Messages.DateOfBirth))));
        }

        if (evidence.Sex == Agreement.Differs)
        {
            reasons.Add(MessageArgument.Of(Fixed("ScreeningWhy.Short.Sex")));
        }

        if (reasons.Count == 0)
        {
            reasons.Add(MessageArgument.Of(LocalMessage.Of("ScreeningWhy.Short.NotEnough", Score(explanation.NameScore))));
        }

        return LocalMessage.Of("ScreeningWhy.Short", Score(score), Score(threshold), MessageArgument.List(MessageCatalog.Semicolon, reasons));
    }

    /// <summary>Why screening links a subject's name to another person.</summary>
    /// <param name="written">The subject's name as searched.</param>
    /// <param name="score">The screening score.</param>
    /// <param name="explanation">The hit's explanation.</param>
    public static LocalMessage Link(string written, double score, HitExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return LocalMessage.Of("ScreeningWhy.Link", MessageArgument.Text(written), MessageArgument.Text(explanation.MatchedName), Score(score), Score(explanation.NameScore),
            MessageArgument.Of(explanation.Messages.Parts), MessageArgument.Of(explanation.Messages.DateOfBirth), MessageArgument.Of(explanation.Messages.Nationality));
    }

    private static MessageArgument Score(double value) => MessageArgument.Code(value.ToString("0.00", CultureInfo.InvariantCulture));
}
