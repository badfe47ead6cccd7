using System.Globalization;
using System.Text.RegularExpressions;
using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>Rules read off the rules themselves rather than off any evaluation set's misses (ADR 0049): the minimum facts of
/// RPD Art. 83(2)(b)(i), an ordinary crime in a political context and the person's own status (Constitution Art. 3,
/// predominance test; RPD Art. 34(3)), and a fraud charge that describes only a relationship between two parties (RPD
/// Art. 83(1)(a)(iii), private disputes).</summary>
/// <remarks>
/// Each rests on the structure of the request — whether the facts carry a year or a date, the ICCS class of every charge,
/// a number before the people harmed — and on vocabularies of general concepts (the contexts the Repository of Practice
/// names, the words for a contract or a loan, for a bank, for people) in the six vocabulary languages, not on words that
/// abusive requests were seen to use. None of them refuses a request on Art. 3; the minimum-facts rule holds a request
/// whose facts state neither a time nor anything measurable, as Art. 83(2) holds one without data.
/// </remarks>
public sealed partial class ComplianceEngine
{
    /// <summary>Facts that do not say when the acts took place (RPD Art. 83(2)(b)(i)).</summary>
    public const string FactsTimeRule = "DATA-FACTS-TIME";

    /// <summary>An ordinary crime the facts place in a political context (Constitution Art. 3, predominance test).</summary>
    public const string PoliticalContextRule = "ART3-CONTEXT";

    /// <summary>A fraud charge whose facts describe only a relationship between the parties (RPD Art. 83(1)(a)(iii)).</summary>
    public const string PrivateContractRule = "ART83-PRIVATE-CONTRACT";

    /// <summary>ICCS divisions of fraud and breach of trust between parties (0701 Fraud: deception, embezzlement of
    /// entrusted property, breach of trust). Corruption and public funds (0703), forgery (0702) and proceeds of crime (0704)
    /// are not disputes between two parties.</summary>
    public static readonly IReadOnlySet<string> PrivateFraudDivisions = new HashSet<string>(["0701"], StringComparer.Ordinal);

    // Art. 83(2)(b)(i): "a succinct and clear description of the criminal activities of the wanted person, including the time
    // and location of the alleged criminal activity"; the CCF reads it as facts that "clearly identify the role of the
    // [individual], her specific criminal actions, the time and the means". The place has its own field (DATA-TIME-PLACE); the
    // time of the acts belongs in the description too. Facts with no year or date in any calendar or script are noted for the
    // reviewer (information: the offence-date field still dates the acts, and a sentence's facts are often written without
    // one); facts that also give nothing measurable (DATA-FACTS-VAGUE's test) and no violence describe no criminal activity
    // at all, and the request is held until the requester describes it.
    private void MinimumFacts(NoticeContent content, List<Finding> f)
    {
        var facts = content.Case?.SummaryOfFacts;
        if (!NoticeColours.SeeksArrest(content.Colour) || string.IsNullOrWhiteSpace(facts) || facts.Trim().Length < 80 || HasTime(facts))
        {
            return;
        }

        var nothingMeasurable = ContextSignals.Vague(facts) is not null && vocabulary.Find("violence", facts) is null;
        f.Add(new(FactsTimeRule, "RPD Art. 83(2)(b)(i) (time and location of the alleged criminal activity)", Ground.DataQuality,
            nothingMeasurable ? Severity.Blocking : Severity.Information,
            M(nothingMeasurable ? "Finding.DATA-FACTS-TIME.Nothing" : "Finding.DATA-FACTS-TIME"),
            [new("case.summaryOfFacts", null)]));
    }

    /// <summary>True when the text gives a year (1300–2099, so the Hijri and Solar Hijri calendars count) or a full date, in
    /// the digits of any script.</summary>
    /// <param name="facts">The summary of facts.</param>
    public static bool HasTime(string facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ascii = string.Concat(facts.Select(c => char.IsDigit(c) ? ((int)char.GetNumericValue(c)).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return AnyYear().IsMatch(ascii);
    }

    // The predominance test (AGN/20/RES/11) covers ordinary crimes committed in a political context, and the Repository of
    // Practice names the contexts: political unrest, a coup d'état, an armed conflict, a separatist movement, a change of
    // government, an election. When the facts place the acts in one of them (or report that the person claims persecution)
    // and no other Art. 3 finding already sends the request to a reviewer, a human weighs which element predominates. It never
    // refuses: violence in such a context is often the ordinary crime it looks like.
    private void PoliticalContext(NoticeContent content, List<Finding> f)
    {
        var facts = content.Case?.SummaryOfFacts;
        if (vocabulary.Find("political_context", facts) is not { } context
            || f.Any(x => x.Ground == Ground.Article3 && x.Severity >= Severity.Concern))
        {
            return;
        }

        f.Add(new(PoliticalContextRule, "Constitution Art. 3; GA resolution AGN/20/RES/11 (predominance test); RPD Art. 34(3) (context and timing); Repository of Practice on Article 3",
            Ground.Article3, Severity.Concern,
            M("Finding.ART3-CONTEXT", FindingMessages.Phrase(context.Term)),
            [new("case.summaryOfFacts", context.Term)]));
    }

    /// <summary>The person sought is described as a journalist, activist or critic beside concrete violence (RPD Art. 34(3)).</summary>
    public const string PersonRoleRule = "ART3-PERSON-ROLE";

    // RPD Art. 34(3) lists the status of the person among the elements of the predominance test. Beside a concrete, charged
    // act of violence ART3-PERSON-STATUS is only information, because the journalist or protester in such facts is as often
    // the victim. When the facts say it of the person sought — the word stands in apposition to "the accused" or the
    // person's name ("the accused, a journalist,"; "l'intéressé, militant") — it is the person's status, and a reviewer weighs it.
    private void PersonRole(NoticeContent content, List<Finding> f)
    {
        if (!f.Any(x => x.RuleId == "ART3-PERSON-STATUS" && x.Severity == Severity.Information)
            || f.Any(x => x.Ground == Ground.Article3 && x.Severity >= Severity.Concern))
        {
            return;
        }

        var name = content.Person?.Name;
        IEnumerable<string> heads = [.. vocabulary.Terms("accused"), name?.FamilyName ?? "", $"{name?.FamilyName} {name?.Forenames}".Trim()];
        if (vocabulary.Apposed("protected_activity", content.Case?.SummaryOfFacts, heads) is { } role)
        {
            f.Add(new(PersonRoleRule, "RPD Art. 34(3) (status of the person); Constitution Art. 3 (predominance test)", Ground.Article3, Severity.Concern,
                M("Finding.ART3-PERSON-ROLE", FindingMessages.Phrase(role.Term)),
                [new("case.summaryOfFacts", role.Term)]));
        }
    }

    // Art. 83(1)(a)(iii) excludes offences "deriving from private disputes" unless connected with serious or organised crime.
    // The structure of such a request: every charge is fraud or breach of trust (ICCS 0701), the facts describe a relationship
    // between the parties (a contract, a loan, a debt, a partnership, a supply), and nothing shows deceit of the public — no
    // number of people harmed, no bank or other financial institution deceived, no public body or public money (a dispute
    // with the State is not a private one), no serious or organised crime named in the facts beyond the charge's own name,
    // no violence. A reviewer checks whether the charge derives from the dispute.
    private void PrivateContract(NoticeContent content, List<Finding> f)
    {
        var k = content.Case;
        var facts = k?.SummaryOfFacts;
        if (!NoticeColours.SeeksArrest(content.Colour) || k is null || string.IsNullOrWhiteSpace(facts) || k.Charges.Count == 0
            || f.Any(x => x.RuleId.StartsWith("ART83-PRIVATE-ADMIN", StringComparison.Ordinal))
            || vocabulary.Find("bilateral", facts) is not { } relationship)
        {
            return;
        }

        var classes = OffenceClassifier.Default.Classify(k.Charges);
        if (classes.Count != k.Charges.Count || !classes.All(c => c.Division is { } d && PrivateFraudDivisions.Contains(d)))
        {
            return;
        }

        var charges = string.Join(' ', k.Charges.Select(c => $"{c.Description} {c.Law}"));
        var seriousBeyondCharge = vocabulary.FindAll("serious_crime", facts).Any(h => vocabulary.FindAll("serious_crime", charges).All(c => c.Term != h.Term));
        if (seriousBeyondCharge || vocabulary.Counted("persons", facts) is not null || vocabulary.Find("financial_institution", facts) is not null
            || vocabulary.Find("public_body", facts) is not null || vocabulary.Find("violence", facts) is not null)
        {
            return;
        }

        f.Add(new(PrivateContractRule, "RPD Art. 83(1)(a)(iii) (offences deriving from private disputes); CCF practice (private matters)", Ground.Article83,
            Severity.Concern,
            M("Finding.ART83-PRIVATE-CONTRACT", FindingMessages.Phrase(relationship.Term)),
            [new("case.summaryOfFacts", relationship.Term), .. k.Charges.Select((_, i) => new Evidence($"case.charges[{i}].description", null))]));
    }

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d\d|20\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();
}
