using FairNotice.Domain.Compliance.OffenceClasses;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>Rules on the ICCS class of each charge (see <see cref="OffenceClassifier"/>).</summary>
public sealed partial class ComplianceEngine
{
    /// <summary>ICCS divisions whose charges get an Art. 3 examination as a concern: public order and authority of the
    /// State (08) where the offence is defined by conduct the State disapproves of, and state security (0904).</summary>
    /// <remarks>The revenue, migration, justice-system and labour divisions of section 08 (0804, 0805, 0806, 0808) hold
    /// ordinary offences (tax evasion, migrant smuggling, perjury): they are noted for the reviewer, not sent to review.</remarks>
    public static readonly IReadOnlySet<string> Article3Divisions = new HashSet<string>(["0801", "0802", "0803", "0807", "0809", "0904"], StringComparer.Ordinal);

    private void OffenceClassRules(NoticeContent content, List<Finding> f)
    {
        var classes = OffenceClassifier.Default.Classify(content.Case?.Charges);
        foreach (var c in classes.Where(c => c.Section == "08" || c.Division == "0904"))
        {
            var examine = Article3Divisions.Contains(c.Division!);
            f.Add(new("ICCS-ART3-EXAMINATION", "Constitution Art. 3; Repository of Practice on Article 3 (predominance test); ICCS 1.0 section " + c.Section,
                Ground.Article3, examine ? Severity.Concern : Severity.Information,
                examine
                    ? $"Charge {c.Charge + 1} is classed {c.Label} ({c.SectionTitle}): offences against the authority and provisions of the State call for an Art. 3 examination of the political element."
                    : $"Charge {c.Charge + 1} is classed {c.Label}: a regulatory offence of section 08; check that it is not a pretext.",
                [c.Evidence!]));
        }

        if (!NoticeColours.SeeksArrest(content.Colour))
        {
            return;
        }

        // The vocabulary rules may already have named the same charge; the class then adds nothing new.
        foreach (var c in classes.Where(c => c.Flag != ExclusionFlag.None))
        {
            var (rule, citation, words) = c.Flag == ExclusionFlag.Family
                ? ("ART83-FAMILY", "RPD Art. 83(1)(a)(ii)", "a family or private matter")
                : ("ART83-PRIVATE-ADMIN", "RPD Art. 83(1)(a)(iii)", "a private dispute (debts, cheques, contracts)");
            if (f.Any(x => x.RuleId == rule))
            {
                continue;
            }

            // As the vocabulary rule does: a private dispute linked to serious or organised crime is for a reviewer.
            var serious = c.Flag == ExclusionFlag.PrivateDispute ? vocabulary.Find("serious_crime", AllText(content))
                : vocabulary.Find("violence", content.Case?.SummaryOfFacts);
            f.Add(new(rule + "-ICCS", citation + "; ICCS 1.0 division " + c.Division, Ground.Article83, serious is null ? Severity.Blocking : Severity.Concern,
                serious is null
                    ? $"Charge {c.Charge + 1} ({c.Label}) is worded as {words}, which Art. 83(1)(a) excludes from Red Notices."
                    : c.Flag == ExclusionFlag.Family
                        ? $"Charge {c.Charge + 1} ({c.Label}) is worded as {words}, but the facts describe violence against a person ('{serious.Term}'): an ordinary crime unless it is in truth a family dispute; a reviewer decides."
                        : $"Charge {c.Charge + 1} ({c.Label}) is worded as {words}, but the request also speaks of serious or organised crime ('{serious.Term}'): a reviewer must confirm the link.",
                [c.Evidence!]));
        }
    }

    private static string AllText(NoticeContent content) =>
        string.Join(' ', (content.Case?.Charges ?? []).Select(c => $"{c.Description} {c.Law}").Append(content.Case?.SummaryOfFacts ?? ""));
}
