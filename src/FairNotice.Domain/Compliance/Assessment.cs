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
public sealed record Finding(string RuleId, string Citation, Ground Ground, Severity Severity, string Explanation, IReadOnlyList<Evidence> Evidence);

/// <summary>The engine's verdict on a request.</summary>
/// <param name="RuleSetVersion">Rules and vocabulary version that produced it.</param>
/// <param name="Recommendation">Refuse, review or clear.</param>
/// <param name="Findings">Every finding, most severe first.</param>
/// <remarks>Deterministic: the same request and context always give the same assessment.</remarks>
public sealed record Assessment(string RuleSetVersion, Recommendation Recommendation, IReadOnlyList<Finding> Findings);
