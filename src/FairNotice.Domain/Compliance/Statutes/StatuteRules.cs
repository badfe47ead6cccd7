using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance.Statutes;

/// <summary>The rule that reads each charge's law in the register of statutes.</summary>
/// <remarks>
/// One finding per provision cited: rule id "STATUTE-" + the row's kind (STATUTE-POLITICAL, STATUTE-MILITARY,
/// STATUTE-RELIGIOUS, STATUTE-EXPRESSION, STATUTE-ASSEMBLY, STATUTE-DISSENT); blocking when the row refuses and is verified, a concern
/// otherwise; rows that only send to review are weighed against the facts, since the misuse the sources document is the
/// prosecution of non-violent activity. A speech or association provision that also covers real hate speech or violent groups
/// (a verified row with effect review) is blocking when the facts describe only protected activity (journalism, activism,
/// protest, a political role) with no violence or serious crime. An ordinary-crime provision documented as used against
/// dissent (kind Dissent: smuggling, "picking quarrels", terrorism clauses) stays a concern — the charge may be pretextual or
/// real, a reviewer decides — and is information when the facts describe violence or serious crime and no protected activity.
/// The explanation names the provision, its titles and every source, so the reviewer can check the register.
/// </remarks>
public static class StatuteRules
{
    /// <summary>Adds a finding for every provision of the register cited in the request's charges.</summary>
    /// <param name="content">The request.</param>
    /// <param name="requester">The requesting member (ISO alpha-2), whose law the citations are read in.</param>
    /// <param name="register">The register.</param>
    /// <param name="facts">What the facts describe, from the vocabulary.</param>
    /// <param name="findings">Where findings go.</param>
    public static void Apply(NoticeContent content, string requester, StatuteRegister register, FactsProfile facts, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(findings);
        var charges = content.Case?.Charges ?? [];
        for (var i = 0; i < charges.Count; i++)
        {
            foreach (var m in register.Match(requester, charges[i].Law))
            {
                findings.Add(Describe(m, $"case.charges[{i}].law", facts));
            }
        }
    }

    /// <summary>The finding for one match.</summary>
    /// <param name="match">The match.</param>
    /// <param name="field">The law field it was found in.</param>
    /// <param name="facts">What the facts describe; null when unknown.</param>
    public static Finding Describe(StatuteMatch match, string field, FactsProfile? facts = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var s = match.Statute;
        var provision = match.Provision == "*" ? "" : $" art. {match.Provision}";
        var (label, citation, ground) = s.Kind switch
        {
            StatuteKind.Political => ("Finding.STATUTE.Kind.Political", "Constitution Art. 3; Repository of Practice (pure political offences)", Ground.Article3),
            StatuteKind.Military => ("Finding.STATUTE.Kind.Military", "Constitution Art. 3; Repository of Practice (purely military offences)", Ground.Article3),
            StatuteKind.Religious => ("Finding.STATUTE.Kind.Religious", "Constitution Art. 3 (religious character)", Ground.Article3),
            StatuteKind.Expression => ("Finding.STATUTE.Kind.Expression", "Constitution Art. 3; Constitution Art. 2 (UDHR Art. 19)", Ground.Article3),
            StatuteKind.Assembly => ("Finding.STATUTE.Kind.Assembly", "Constitution Art. 3; Constitution Art. 2 (UDHR Art. 20)", Ground.Article3),
            _ => ("Finding.STATUTE.Kind.Dissent", "Constitution Art. 2 and 3; RPD Art. 34(3) (predominance test)", Ground.Article3),
        };
        var crime = facts is { Violence: true } or { SeriousCrime: true };
        var misuse = s.Kind != StatuteKind.Dissent && s.Effect == StatuteEffect.Review && !s.Unverified && facts is { ProtectedActivity: true } && !crime;
        var ordinary = s.Kind == StatuteKind.Dissent && crime && facts is { ProtectedActivity: false };
        var effect = misuse
            ? "Finding.STATUTE.Effect.Misuse"
            : s.EffectiveEffect == StatuteEffect.Refuse
            ? "Finding.STATUTE.Effect.Refuse"
            : ordinary
                ? "Finding.STATUTE.Effect.Ordinary"
            : s.Unverified
                ? "Finding.STATUTE.Effect.Unverified"
                : "Finding.STATUTE.Effect.Review";
        // The register's own words (its titles, note and sources) are data: shown as the register holds them.
        MessageArgument[] cited = [MessageArgument.Code($"{s.Country} {match.Code.Name}{provision}"), MessageArgument.Text(s.TitleEn), MessageArgument.Text(s.Title),
            FindingMessages.Word(label), FindingMessages.Word(effect)];
        var sources = MessageArgument.Code(string.Join(" ; ", s.Sources));
        var message = string.IsNullOrWhiteSpace(s.Note)
            ? LocalMessage.Of("Finding.STATUTE", [.. cited, sources])
            : LocalMessage.Of("Finding.STATUTE.WithNote", [.. cited, MessageArgument.Text(s.Note), sources]);
        return new Finding($"STATUTE-{s.Kind.ToString().ToUpperInvariant()}", $"{citation}; register of statutes: {s.Country} {match.Code.Name}{provision}", ground,
            s.EffectiveEffect == StatuteEffect.Refuse || misuse ? Severity.Blocking : ordinary ? Severity.Information : Severity.Concern,
            message,
            [new Evidence(field, match.Cited)]);
    }
}

/// <summary>What a request's facts describe, as the vocabulary reads them (negation included).</summary>
/// <param name="Violence">Violence against persons or property.</param>
/// <param name="SeriousCrime">Serious or organised crime (drugs, trafficking, laundering, corruption).</param>
/// <param name="ProtectedActivity">Journalism, activism, protest, criticism, or a political role or affiliation.</param>
public sealed record FactsProfile(bool Violence, bool SeriousCrime, bool ProtectedActivity)
{
    /// <summary>Reads the facts.</summary>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <param name="facts">The summary of facts.</param>
    public static FactsProfile Of(Vocabulary vocabulary, string? facts)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new(vocabulary.Find("violence", facts) is not null, vocabulary.Find("serious_crime", facts) is not null,
            vocabulary.Find("protected_activity", facts) is not null || vocabulary.Find("affiliation", facts) is not null);
    }
}
