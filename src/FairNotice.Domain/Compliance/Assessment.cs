using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace FairNotice.Domain.Compliance;

/// <summary>What the engine recommends.</summary>
public enum Recommendation
{
    /// <summary>No finding of concern: the reviewer may publish.</summary>
    Clear,
    /// <summary>Concerns a reviewer must weigh (predominance test, context).</summary>
    Review,
    /// <summary>At least one blocking finding: the rules forbid processing as it stands.</summary>
    Refuse,
}

/// <summary>How much a finding weighs.</summary>
public enum Severity
{
    /// <summary>Context for the reviewer; changes nothing on its own.</summary>
    Information,
    /// <summary>Needs a reviewer's judgement.</summary>
    Concern,
    /// <summary>The rules forbid processing as it stands.</summary>
    Blocking,
}

/// <summary>The structured grounds a finding or a refusal rests on.</summary>
public enum Ground
{
    /// <summary>Constitution Art. 2 (human rights), including the refugee policy.</summary>
    Article2,
    /// <summary>Constitution Art. 3 (neutrality).</summary>
    Article3,
    /// <summary>RPD Art. 83 criteria (serious ordinary-law crime, penalty threshold).</summary>
    Article83,
    /// <summary>Minimum identity and judicial data, data quality.</summary>
    DataQuality,
}

/// <summary>Which part of the request a finding rests on.</summary>
/// <param name="Field">The field (JSON path), e.g. case.charges[0].description.</param>
/// <param name="Phrase">The phrase found there, if any.</param>
public sealed record Evidence(string Field, string? Phrase);

/// <summary>One finding, always with the article or policy it applies.</summary>
/// <param name="RuleId">Stable id, e.g. ART3-POLITICAL.</param>
/// <param name="Citation">The article or policy, e.g. "RPD Art. 83(1)(b)(i)".</param>
/// <param name="Ground">The structured ground.</param>
/// <param name="Severity">Blocking, concern or information.</param>
/// <param name="Explanation">Plain language.</param>
/// <param name="Evidence">What triggered it.</param>
/// <remarks>
/// A finding drawn from secret data (the protected-status registry, a member's pre-check pattern) is
/// <see cref="Restricted"/>: only the Secretariat and the Commission may see it (see <see cref="Assessment.ForRequester"/>).
/// Restriction follows from the rule id, so a finding stored before the flag existed is restricted all the same.
/// The engine words every finding as a <see cref="LocalMessage"/> (<see cref="Message"/>): a page shows it in its own
/// language, and <see cref="Explanation"/> is the same template filled in English, so the two cannot say different things.
/// A finding stored before messages existed has only its explanation.
/// </remarks>
public sealed record Finding(string RuleId, string Citation, Ground Ground, Severity Severity, string Explanation, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>A finding worded by a message of the catalogue; its explanation is the message in English.</summary>
    internal Finding(string ruleId, string citation, Ground ground, Severity severity, LocalMessage message, IReadOnlyList<Evidence> evidence)
        : this(ruleId, citation, ground, severity, message.English, evidence) => Message = message;

    /// <summary>The explanation as a message key and its arguments, for showing it in another language; null for a finding
    /// stored before messages existed.</summary>
    public LocalMessage? Message { get; init; }

    /// <summary>True when the finding derives from secret data and is shown only to the Secretariat and the Commission.</summary>
    public bool Restricted => RestrictedRules.Restricted.Contains(RuleId);

    /// <summary>True when the finding says the person is linked to an entry of the protected-status registry.</summary>
    [JsonIgnore]
    public bool LinksProtectedPerson => RestrictedRules.ProtectedStatus.Contains(RuleId);
}

/// <summary>The rules whose findings only the Secretariat and the Commission may see.</summary>
/// <remarks>
/// The registry rules reveal that a person is protected, against whom, and the registry's own spelling of the name; the
/// pre-check rule reveals that reviewers watch a member's pattern of pre-checks. Neither may reach any member.
/// </remarks>
public static class RestrictedRules
{
    /// <summary>Confirmed refugee or asylum status, the request coming from the country of feared persecution.</summary>
    public const string Refugee = "ART2-REFUGEE";

    /// <summary>Refugee or asylum status with respect to another country, or a claim not yet confirmed.</summary>
    public const string RefugeeCheck = "ART2-REFUGEE-CHECK";

    /// <summary>A protective measure ordered by the Commission for the Control of Files.</summary>
    public const string CommissionMeasure = "CCF-PROTECTIVE-MEASURE";

    /// <summary>Repeated pre-checks about the person by the requesting member.</summary>
    public const string RepeatedPreChecks = "PRECHECK-REPEATED";

    /// <summary>Earlier refused requests like this one, possibly from other members (their details are the Secretariat's).</summary>
    public const string PrecedentRefused = "PRECEDENT-REFUSED";

    /// <summary>The cumulative rule when one of the signs it counts is restricted (protection elsewhere, refused precedents).</summary>
    public const string CumulativeRestricted = "ART3-CUMULATIVE-RESTRICTED";

    /// <summary>Rules that say the person is linked to a protected-status entry.</summary>
    public static FrozenSet<string> ProtectedStatus { get; } = FrozenSet.ToFrozenSet([Refugee, RefugeeCheck, CommissionMeasure], StringComparer.Ordinal);

    /// <summary>Every restricted rule.</summary>
    public static FrozenSet<string> Restricted { get; } = FrozenSet.ToFrozenSet([Refugee, RefugeeCheck, CommissionMeasure, RepeatedPreChecks, PrecedentRefused, CumulativeRestricted], StringComparer.Ordinal);
}

/// <summary>The engine's verdict on a request.</summary>
/// <param name="RuleSetVersion">Rules and vocabulary version that produced it.</param>
/// <param name="Recommendation">Refuse, review or clear.</param>
/// <param name="Findings">Every finding, most severe first.</param>
/// <remarks>Deterministic: the same request and context always give the same assessment.</remarks>
public sealed record Assessment(string RuleSetVersion, Recommendation Recommendation, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when a finding links the person to an entry of the protected-status registry (publication then needs two reviewers).</summary>
    [JsonIgnore]
    public bool LinksProtectedPerson => Findings.Any(f => f.LinksProtectedPerson);

    /// <summary>The recommendation the findings call for: refuse when any is blocking, review when any is a concern, clear otherwise.</summary>
    /// <param name="findings">The findings.</param>
    public static Recommendation Recommend(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var severities = findings.Select(f => f.Severity).ToList();
        return severities.Contains(Severity.Blocking) ? Recommendation.Refuse
            : severities.Contains(Severity.Concern) ? Recommendation.Review
            : Recommendation.Clear;
    }

    /// <summary>The assessment as anyone but the Secretariat and the Commission may see it: computed without the restricted findings.</summary>
    /// <remarks>
    /// The restricted findings are removed and the recommendation is the one the remaining findings call for, so that
    /// the requester's view is the same whether or not the person is protected: neither the findings nor the
    /// recommendation may serve as an oracle.
    /// </remarks>
    public Assessment ForRequester()
    {
        if (!Findings.Any(f => f.Restricted))
        {
            return this with { Recommendation = Recommend(Findings) };
        }

        var open = Findings.Where(f => !f.Restricted).ToList();
        return this with { Recommendation = Recommend(open), Findings = open };
    }
}
