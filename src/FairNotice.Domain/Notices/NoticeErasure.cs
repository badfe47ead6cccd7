namespace FairNotice.Domain.Notices;

/// <summary>What a request keeps when its personal data are erased: on the Commission's "not compliant" decision
/// (CCF Statute Art. 41), on its source's own deletion, or at the end of its retention period.</summary>
/// <remarks>
/// The erased content keeps only what the decision and the statistics need: the kind and colour, the countries it was
/// restricted from or addressed to, whether it was wanted for prosecution or a sentence, and each charge's law and
/// maximum penalty (the offence class is computed from them before erasure and kept beside the request). The person
/// (names, aliases, original script, sex, birth, nationalities, identity documents, description, languages), the facts,
/// the place and date of the offence, the charges' descriptions, the sentence and the warrant are gone; the public
/// extract is switched off. Erasing an erased content changes nothing.
/// </remarks>
public static class NoticeErasure
{
    /// <summary>The person as an erased request holds it: no name, no identifier, nothing that describes them.</summary>
    public static Person ErasedPerson { get; } = new(new PersonName(null, null), null, [], "", null, null, null, [], [], null, []);

    /// <summary>What the tombstone says was erased (also the list the data-protection document gives).</summary>
    public static IReadOnlyList<string> ErasedParts { get; } =
    [
        "names, aliases and original-script name", "sex, date and place of birth, nationalities, languages", "identity documents",
        "physical description", "photographs", "summary of facts, offence date and place", "charges' descriptions, sentence and warrant",
        "compliance findings (quoted evidence)", "reasons written in the history", "copies in precedents, screening and the public extract",
    ];

    /// <summary>The content with every personal datum removed.</summary>
    /// <param name="content">The request's content.</param>
    public static NoticeContent Erase(NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var charges = (content.Case?.Charges ?? []).Select(c => new Charge("", c.Law, c.MaximumPenaltyMonths, c.LifeImprisonment)).ToList();
        return content with
        {
            Person = ErasedPerson,
            Case = new CaseFacts(null, null, null, content.Case?.WantedFor, charges, null, null, null),
            PublicExtract = false,
        };
    }
}
