using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>The cumulative rule: several independent signs that a non-violent request targets the person, not a crime.</summary>
/// <remarks>
/// Each sign alone is a concern a reviewer weighs (a journalist charged with fraud; facts with no measurable detail; a
/// warrant issued years after the facts; a denial nobody asked for; an earlier refusal; protection elsewhere). The
/// Repository of Practice on Article 3 weighs them together — the status of the person, the context and timing, the
/// coherence of the facts, the position of other states — and so does this rule: when signs of at least
/// <see cref="CumulativeThreshold"/> different kinds meet on a request whose facts describe no violence against persons and
/// whose charges are not for one (ICCS 01-03),
/// the request is refused on Art. 3 (RPD Art. 34(3)). Each evaluation set since the first had abusive requests that the
/// engine sent to review with three or more such signs and no violence, and hard cases with violence or with one or two.
/// A sign drawn from restricted data (the protected-status registry, precedents) only counts in a restricted finding, so
/// the requester's view never changes because the person is protected.
/// </remarks>
public sealed partial class ComplianceEngine
{
    /// <summary>Signs of different kinds needed before the cumulative rule refuses.</summary>
    public const int CumulativeThreshold = 3;

    /// <summary>A politician or official and facts without measurable detail.</summary>
    public const string OfficeWithoutFactsRule = "ART3-OFFICIALS-NO-FACTS";

    /// <summary>The cumulative rule's id when it rests on open findings only.</summary>
    public const string CumulativeRule = "ART3-CUMULATIVE";

    // The kind of sign each concern is (the key of its words in FindingMessages); findings not listed are not signs of targeting (data quality, ICCS notes, offices
    // held: former office holders are the typical hard case). Signs read off the same words count once: the person's
    // activity, charges that do not cohere with it and facts without measurable detail all say "the facts describe the
    // person, not acts", so together they are one kind.
    private static readonly Dictionary<string, string> SignKinds = new(StringComparer.Ordinal)
    {
        ["ART3-PERSON-STATUS"] = "Finding.Word.Sign.Person",
        ["SIGNAL-AFFILIATION"] = "Finding.Word.Sign.Person",
        ["ART3-COHERENCE"] = "Finding.Word.Sign.Person",
        ["DATA-FACTS-VAGUE"] = "Finding.Word.Sign.Person",
        ["SIGNAL-DENIAL"] = "Finding.Word.Sign.Denial",
        ["REPEAT-ATTEMPT"] = "Finding.Word.Sign.EarlierRefusal",
        ["SIGNAL-LATE-WARRANT"] = "Finding.Word.Sign.Timing",
        ["SIGNAL-OLD-FACTS"] = "Finding.Word.Sign.Timing",
        ["SIGNAL-PRIOR-JUDGMENT"] = "Finding.Word.Sign.EarlierJudgment",
        ["ART3-EXPRESSION"] = "Finding.Word.Sign.Expression",
        ["ART3-ASSEMBLY"] = "Finding.Word.Sign.Expression",
        ["STATUTE-EXPRESSION"] = "Finding.Word.Sign.Provision",
        ["STATUTE-ASSEMBLY"] = "Finding.Word.Sign.Provision",
        ["STATUTE-POLITICAL"] = "Finding.Word.Sign.Provision",
        ["STATUTE-DISSENT"] = "Finding.Word.Sign.Provision",
        ["STATUTE-RELIGIOUS"] = "Finding.Word.Sign.Provision",
        ["ART83-PRIVATE-ADMIN"] = "Finding.Word.Sign.PrivateDispute",
        ["DATA-WARRANT-AUTHORITY"] = "Finding.Word.Sign.PoliceWarrant",
        [RestrictedRules.RefugeeCheck] = "Finding.Word.Sign.Protection",
        [RestrictedRules.PrecedentRefused] = "Finding.Word.Sign.Precedents",
    };

    private void Cumulative(NoticeContent content, List<Finding> f)
    {
        if (f.Any(x => x.Severity == Severity.Blocking) || vocabulary.Find("violence", content.Case?.SummaryOfFacts) is not null || ContextSignals.AgainstPerson(content.Case))
        {
            return;
        }

        // A politician or official, and facts that give no amount, number or other measurable detail of what was done: the
        // Repository of Practice asks, for requests about (former) office holders, for concrete facts of an ordinary-law crime
        // committed in office (the money taken, the contract, the victim); without them only the office remains.
        if (f.FirstOrDefault(x => x.RuleId == "ART3-OFFICIALS" && x.Severity == Severity.Concern) is { } office
            && f.FirstOrDefault(x => x.RuleId == "DATA-FACTS-VAGUE") is { } vague)
        {
            f.Add(new(OfficeWithoutFactsRule, "Constitution Art. 3; Repository of Practice on Article 3 (current or former politicians and officials); RPD Art. 83(2)(b)(i)", Ground.Article3,
                Severity.Blocking,
                M("Finding.ART3-OFFICIALS-NO-FACTS"),
                [.. office.Evidence, .. vague.Evidence]));
            return;
        }

        var signs = f.Where(x => x.Severity == Severity.Concern && SignKinds.ContainsKey(x.RuleId)).ToList();
        var open = signs.Where(x => !x.Restricted).ToList();
        var openKinds = open.Select(x => SignKinds[x.RuleId]).Distinct(StringComparer.Ordinal).ToList();
        var allKinds = signs.Select(x => SignKinds[x.RuleId]).Distinct(StringComparer.Ordinal).ToList();
        if (openKinds.Count >= CumulativeThreshold)
        {
            f.Add(Describe(CumulativeRule, openKinds, open));
        }
        else if (allKinds.Count >= CumulativeThreshold)
        {
            f.Add(Describe(RestrictedRules.CumulativeRestricted, allKinds, signs));
        }
    }

    private static Finding Describe(string rule, List<string> kinds, List<Finding> signs) =>
        new(rule, "Constitution Art. 3; RPD Art. 34(3) (predominance test: status of the person, context, timing, coherence); Repository of Practice on Article 3", Ground.Article3,
            Severity.Blocking,
            M("Finding.ART3-CUMULATIVE", MessageArgument.Number(kinds.Count), MessageArgument.List(MessageCatalog.Semicolon, kinds.Select(FindingMessages.Word)),
                MessageArgument.List(MessageCatalog.Comma, signs.Select(s => s.RuleId).Distinct(StringComparer.Ordinal).Select(MessageArgument.Code))),
            [.. signs.SelectMany(s => s.Evidence).Distinct()]);
}
