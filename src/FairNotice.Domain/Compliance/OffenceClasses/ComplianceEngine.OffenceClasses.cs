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
                    ? M("Finding.ICCS-ART3-EXAMINATION", MessageArgument.Number(c.Charge + 1), MessageArgument.Text(c.Label), MessageArgument.Text(c.SectionTitle))
                    : M("Finding.ICCS-ART3-EXAMINATION.Regulatory", MessageArgument.Number(c.Charge + 1), MessageArgument.Text(c.Label)),
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
                ? ("ART83-FAMILY", "RPD Art. 83(1)(a)(ii)", FindingMessages.Word("Finding.Word.FamilyMatter"))
                : ("ART83-PRIVATE-ADMIN", "RPD Art. 83(1)(a)(iii)", FindingMessages.Word("Finding.Word.PrivateDispute"));
            if (f.Any(x => x.RuleId == rule))
            {
                continue;
            }

            // As the vocabulary rule does: a private dispute linked to serious or organised crime is for a reviewer.
            var serious = c.Flag == ExclusionFlag.PrivateDispute ? vocabulary.Find("serious_crime", AllText(content))
                : vocabulary.Find("violence", content.Case?.SummaryOfFacts);
            f.Add(new(rule + "-ICCS", citation + "; ICCS 1.0 division " + c.Division, Ground.Article83, serious is null ? Severity.Blocking : Severity.Concern,
                serious is null
                    ? M("Finding.ART83-ICCS.Excluded", MessageArgument.Number(c.Charge + 1), MessageArgument.Text(c.Label), words)
                    : M(c.Flag == ExclusionFlag.Family ? "Finding.ART83-ICCS.Family.Violence" : "Finding.ART83-ICCS.Private.Serious",
                        MessageArgument.Number(c.Charge + 1), MessageArgument.Text(c.Label), words, MessageArgument.Text(serious.Term)),
                [c.Evidence!]));
        }
    }

    private static string AllText(NoticeContent content) =>
        string.Join(' ', (content.Case?.Charges ?? []).Select(c => $"{c.Description} {c.Law}").Append(content.Case?.SummaryOfFacts ?? ""));
}
