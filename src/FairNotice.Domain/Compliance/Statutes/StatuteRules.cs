using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance.Statutes;

/// <summary>The rule that reads each charge's law in the register of statutes.</summary>
/// <remarks>
/// One finding per provision cited: rule id "STATUTE-" + the row's kind (STATUTE-POLITICAL, STATUTE-MILITARY,
/// STATUTE-RELIGIOUS, STATUTE-EXPRESSION, STATUTE-ASSEMBLY, STATUTE-DISSENT); blocking when the row refuses and is verified, a concern
/// otherwise. The explanation names the provision, its titles and every source, so the reviewer can check the register.
/// </remarks>
public static class StatuteRules
{
    /// <summary>Adds a finding for every provision of the register cited in the request's charges.</summary>
    /// <param name="content">The request.</param>
    /// <param name="requester">The requesting member (ISO alpha-2), whose law the citations are read in.</param>
    /// <param name="register">The register.</param>
    /// <param name="findings">Where findings go.</param>
    public static void Apply(NoticeContent content, string requester, StatuteRegister register, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(findings);
        var charges = content.Case?.Charges ?? [];
        for (var i = 0; i < charges.Count; i++)
        {
            foreach (var m in register.Match(requester, charges[i].Law))
            {
                findings.Add(Describe(m, $"case.charges[{i}].law"));
            }
        }
    }

    /// <summary>The finding for one match.</summary>
    /// <param name="match">The match.</param>
    /// <param name="field">The law field it was found in.</param>
    public static Finding Describe(StatuteMatch match, string field)
    {
        ArgumentNullException.ThrowIfNull(match);
        var s = match.Statute;
        var provision = match.Provision == "*" ? "" : $" art. {match.Provision}";
        var (label, citation, ground) = s.Kind switch
        {
            StatuteKind.Political => ("a pure political offence", "Constitution Art. 3; Repository of Practice (pure political offences)", Ground.Article3),
            StatuteKind.Military => ("a purely military offence", "Constitution Art. 3; Repository of Practice (purely military offences)", Ground.Article3),
            StatuteKind.Religious => ("an offence of a religious character", "Constitution Art. 3 (religious character)", Ground.Article3),
            StatuteKind.Expression => ("an offence of expression", "Constitution Art. 3; Constitution Art. 2 (UDHR Art. 19)", Ground.Article3),
            StatuteKind.Assembly => ("an offence of assembly or association", "Constitution Art. 3; Constitution Art. 2 (UDHR Art. 20)", Ground.Article3),
            _ => ("a provision documented as used against dissent", "Constitution Art. 2 and 3; RPD Art. 34(3) (predominance test)", Ground.Article3),
        };
        var effect = s.EffectiveEffect == StatuteEffect.Refuse
            ? "The register says to refuse."
            : s.Unverified
                ? "The row is not yet confirmed in a source, so it only sends the request to a reviewer."
                : "It also covers ordinary crime: a reviewer must apply the predominance test to the facts.";
        var note = string.IsNullOrWhiteSpace(s.Note) ? "" : $" {s.Note}";
        return new Finding($"STATUTE-{s.Kind.ToString().ToUpperInvariant()}", $"{citation}; register of statutes: {s.Country} {match.Code.Name}{provision}", ground,
            s.EffectiveEffect == StatuteEffect.Refuse ? Severity.Blocking : Severity.Concern,
            $"The charge cites {s.Country} {match.Code.Name}{provision} — {s.TitleEn} ({s.Title}), registered as {label}. {effect}{note} Sources: {string.Join(" ; ", s.Sources)}",
            [new Evidence(field, match.Cited)]);
    }
}
