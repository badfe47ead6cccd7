using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance.Precedents;

/// <summary>What an earlier decision was.</summary>
public enum PrecedentOutcome
{
    /// <summary>The Secretariat refused the request.</summary>
    Refused,
    /// <summary>The Secretariat published it (or found a diffusion compliant), with or without restrictions.</summary>
    Published,
    /// <summary>The Commission found the data not compliant (deleted).</summary>
    CommissionNotCompliant,
    /// <summary>The Commission found the data compliant (upheld).</summary>
    CommissionCompliant,
}

/// <summary>An earlier decision on a request: the memory the Repository of Practice keeps.</summary>
/// <param name="Reference">The request's reference (or the published case's reference for seeded precedents).</param>
/// <param name="Requester">The requesting member (ISO alpha-2).</param>
/// <param name="DecidedAt">When the decision took effect.</param>
/// <param name="DecidedBy">"Secretariat" or "Commission".</param>
/// <param name="Outcome">What was decided.</param>
/// <param name="Ground">The ground of a refusal or deletion, if any.</param>
/// <param name="Reason">The recorded reason.</param>
/// <param name="Divisions">The ICCS divisions of its charges.</param>
/// <param name="Laws">The law of each charge, as written.</param>
/// <param name="Facts">The charges' descriptions and the summary of facts (for text similarity).</param>
/// <param name="Person">The person (names, date of birth) for matching across spellings; null when not kept.</param>
/// <param name="Source">For precedents drawn from the public record: where the decision is published.</param>
/// <remarks>Details of another member's refused request are for the Secretariat and the Commission only: findings that
/// name precedents are restricted (<see cref="RestrictedRules.PrecedentRefused"/>).</remarks>
public sealed record Precedent(string Reference, string Requester, DateTimeOffset DecidedAt, string DecidedBy, PrecedentOutcome Outcome, Ground? Ground,
    string? Reason, IReadOnlyList<string> Divisions, IReadOnlyList<string> Laws, string Facts, Person? Person, string? Source = null)
{
    /// <summary>True for a refusal or a Commission finding of non-compliance.</summary>
    public bool Negative => Outcome is PrecedentOutcome.Refused or PrecedentOutcome.CommissionNotCompliant;
}

/// <summary>Why an earlier decision is near a request.</summary>
/// <param name="Precedent">The earlier decision.</param>
/// <param name="Score">Higher is nearer (person 1.0, provision 0.6, class and requester 0.3, plus the facts' cosine).</param>
/// <param name="SamePerson">The same person, possibly spelt otherwise (<see cref="PersonMatch"/> or screening's <see cref="Screening.PersonLinks"/>).</param>
/// <param name="SameProvisions">The precedent's laws, as written there, that cite a provision the request cites too.</param>
/// <param name="SameClassAndRequester">ICCS divisions shared when the requester is the same.</param>
/// <param name="FactsSimilarity">TF-IDF cosine of the charges and facts, 0 to 1.</param>
/// <param name="Messages">The reasons as messages a page shows in its own language.</param>
public sealed record PrecedentMatch(Precedent Precedent, double Score, bool SamePerson, IReadOnlyList<string> SameProvisions, IReadOnlyList<string> SameClassAndRequester,
    double FactsSimilarity, IReadOnlyList<LocalMessage> Messages)
{
    /// <summary>The reasons in English.</summary>
    public IReadOnlyList<string> Reasons => [.. Messages.Select(m => m.English)];
}
