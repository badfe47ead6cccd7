namespace FairNotice.Domain.Compliance;

/// <summary>The compliance engine's explanations as templates (<see cref="MessageCatalog"/>): key "Finding.{rule id}", or
/// "Finding.{rule id}.{variant}" when a rule says different things; words inserted in them are "Finding.Word.…".</summary>
/// <remarks>Only how a finding is worded lives here; what the engine decides stays in the rules.</remarks>
public static class FindingMessages
{
    /// <summary>Every template.</summary>
    public static IReadOnlyList<(string Key, string English)> Templates { get; } =
    [
        ("Finding.ART2-REFUGEE", "The person holds confirmed refugee or asylum status, and the request comes from the country where persecution is feared. {0}"),
        ("Finding.ART2-REFUGEE-CHECK", "The person holds refugee or asylum status with respect to another country; check the grounds. {0}"),
        ("Finding.ART2-REFUGEE-CHECK.Unconfirmed", "A refugee or asylum claim is recorded but not confirmed; verify it before deciding. {0}"),
        ("Finding.ART3-ASSEMBLY", "The charge or facts concern assembly or association (protests, rallies, membership of a group) with no violence against persons or property."),
        ("Finding.ART3-ASSEMBLY.Violence", "Assembly-related wording alongside violence: apply the predominance test."),
        ("Finding.ART3-COHERENCE", "The charges name ordinary crimes but the facts describe only expression, assembly or political activity: the charges do not cohere with the facts."),
        ("Finding.ART3-EXPRESSION", "The charge or facts concern expression (publications, statements, 'false information') with no violence against persons or property."),
        ("Finding.ART3-EXPRESSION.Violence", "Expression-related wording alongside violence: apply the predominance test."),
        ("Finding.ART3-MILITARY", "Purely military offences (desertion, draft evasion, insubordination) may not be processed."),
        ("Finding.ART3-OFFICIALS", "The person is or was a politician or official, or the case follows a change of government: weigh the political element (predominance test)."),
        ("Finding.ART3-PERSON-STATUS", "The facts describe journalism, activism, protest or criticism of the authorities: check that the request does not target that activity."),
        ("Finding.ART3-POLITICAL", "Purely political offences (treason, sedition, subversion, espionage, insulting the state or its leaders) may not be processed."),
        ("Finding.ART3-POLITICAL.Violence", "Political wording beside a charge of violence against persons that the facts describe: apply the predominance test (RPD Art. 34(3))."),
        ("Finding.ART3-RACIAL", "Offences defined by race or ethnicity may not be processed."),
        ("Finding.ART3-RELIGIOUS", "Offences of a religious character (blasphemy, apostasy, proselytism, banned religious groups) may not be processed."),
        ("Finding.ART3-TERRORISM-FINANCING", "A terrorism charge without violence against persons or property, but the facts describe financing or other serious crime ('{0}'): a reviewer must check that the acts are concrete and that the group is not a political movement."),
        ("Finding.ART3-TERRORISM-MEMBERSHIP", "A terrorism charge whose facts describe no violent act against persons or property (membership or participation only) cannot be processed as such."),
        ("Finding.ART3-TERRORISM-MEMBERSHIP.FactsOnly", "The facts speak of terrorism but no charge is a terrorism offence and no violent act is described: a reviewer checks what the word refers to."),
        ("Finding.ART3-TERRORISM-VIOLENT", "Terrorism with violence against persons or property ('{0}') may be processed; check the armed-conflict context."),
        ("Finding.ART83-BEHAVIOURAL", "Offences that raise controversial issues of behavioural or cultural norms in different countries are excluded from Red Notices."),
        ("Finding.ART83-FAMILY", "Offences relating to family or private matters are excluded from Red Notices."),
        ("Finding.ART83-FAMILY.Violence", "Family wording, but the facts describe violence against a person ('{0}'): an ordinary crime unless the case is in truth a family dispute; a reviewer decides."),
        ("Finding.ART83-ICCS.Excluded", "Charge {0} ({1}) is worded as {2}, which Art. 83(1)(a) excludes from Red Notices."),
        ("Finding.ART83-ICCS.Family.Violence", "Charge {0} ({1}) is worded as {2}, but the facts describe violence against a person ('{3}'): an ordinary crime unless it is in truth a family dispute; a reviewer decides."),
        ("Finding.ART83-ICCS.Private.Serious", "Charge {0} ({1}) is worded as {2}, but the request also speaks of serious or organised crime ('{3}'): a reviewer must confirm the link."),
        ("Finding.ART83-PENALTY-PROSECUTION", "For prosecution the conduct must be punishable by at least two years; the highest maximum given is {0} months. Only the Secretariat may make an exception of particular importance to international police cooperation (Art. 83(1)(b)(iii)), with a recorded reason."),
        ("Finding.ART83-PENALTY-SENTENCE", "To serve a sentence, at least six months must have been imposed or remain ({0} imposed, {1} remaining). Only the Secretariat may make an exception of particular importance (Art. 83(1)(b)(iii))."),
        ("Finding.ART83-PRIVATE-ADMIN", "Administrative violations and private disputes (debts, cheques, contracts) are excluded unless aimed at facilitating serious crime or connected to organised crime; nothing in the request shows such a link."),
        ("Finding.ART83-PRIVATE-ADMIN.Commercial", "Civil, commercial or arbitral proceedings between the same parties run beside the criminal case: a reviewer checks that the request is not a lever in a private dispute."),
        ("Finding.ART83-PRIVATE-ADMIN.Serious", "Administrative or private-dispute wording, but the request also speaks of serious or organised crime ('{0}'): a reviewer must confirm the link (Art. 83(1)(a)(iii) exception)."),
        ("Finding.CCF-PROTECTIVE-MEASURE", "The Commission for the Control of Files has ordered a protective measure for this person. {0}"),
        ("Finding.DATA-CHARGES", "Each charge must be stated with the law that makes it an offence."),
        ("Finding.DATA-FACTS", "There is no summary of facts describing the criminal activity."),
        ("Finding.DATA-FACTS-THIN", "The summary of facts is too short to show the person's role, the acts, the time and the means concretely."),
        ("Finding.DATA-IDENTIFIERS", "No identity document and no physical description: the person may be hard to identify and easy to confuse with a namesake."),
        ("Finding.DATA-IDENTITY", "A Red Notice needs the family name and at least the year of birth."),
        ("Finding.DATA-TIME-PLACE", "The facts must say when and where the criminal activity took place."),
        ("Finding.DATA-WARRANT", "A valid arrest warrant or court decision (issuing authority, date, reference) is required."),
        ("Finding.DATA-WARRANT-AUTHORITY", "The warrant appears to come from a police or security body, not a judicial authority: ask for the court decision or for the judicial appeal national law provides."),
        ("Finding.ICCS-ART3-EXAMINATION", "Charge {0} is classed {1} ({2}): offences against the authority and provisions of the State call for an Art. 3 examination of the political element."),
        ("Finding.ICCS-ART3-EXAMINATION.Regulatory", "Charge {0} is classed {1}: a regulatory offence of section 08; check that it is not a pretext."),
        ("Finding.Link.Screened", "Linked as screening links names: {0}"),
        ("Finding.PRECEDENT-REFUSED", "Earlier decisions refused requests like this one: {0}. Weigh them; a precedent never refuses a request by itself."),
        ("Finding.PRECEDENT-REFUSED.Item", "{0} ({1}, {2} by the {3} {4}: {5})"),
        ("Finding.PRECEDENT-REFUSED.ItemWithGround", "{0} ({1}, {2} by the {3} {4}, {5}: {6})"),
        ("Finding.PRECHECK-REPEATED", "{0} pre-checks about this person by this member in the last {1} days ({2} to {3}), with {4} spelling(s): {5}."),
        ("Finding.REPEAT-ATTEMPT", "This member's earlier request about the same person was refused or cancelled: {0}."),
        ("Finding.REPEAT-ATTEMPT-BLOCK", "This is at least the third request from this member about the same person after refusals or cancellations: {0}."),
        ("Finding.REPEAT-ATTEMPT-BLOCK.Political", "An earlier request from this member about the same person was refused as political or contrary to human rights ({0}); repeated attempts against such a person are not accepted: {1}."),
        ("Finding.REPEAT-ATTEMPT.Item", "{0} {1} {2} — {3}"),
        ("Finding.REPEAT-ATTEMPT.ItemWithReason", "{0} {1} {2} ({3}) — {4}"),
        ("Finding.SIGNAL-AFFILIATION", "The person is described by a political role or affiliation ('{0}'): check that the request does not target it."),
        ("Finding.SIGNAL-DENIAL", "The request denies a political or professional connection that it was not asked about ('{0}'): check what the person does and why the requester says so."),
        ("Finding.SIGNAL-OLD-FACTS", "The facts date from {0}, {1} years before the warrant: check the limitation period and why the request comes now."),
        ("Finding.SIGNAL-OLD-FACTS.Violent", "The facts date from {0}, {1} years before the warrant: check the limitation period and why the request comes now (violent crime: old facts alone do not bar cooperation)."),
        ("Finding.SIGNAL-PRIOR-JUDGMENT", "The request speaks of an acquittal, a retrial or an earlier judgment ('{0}'): check that the person is not prosecuted again for facts already finally judged."),
        ("Finding.SIGNAL-RETRIAL-POLITICAL", "A new prosecution after an acquittal or earlier judgment ('{0}'), for facts of {1} ({2} years before the warrant), of a person described by political affiliation ('{3}'): the pattern of political retrials. Refuse unless the requester shows new evidence and a fair procedure."),
        ("Finding.STATUTE", "The charge cites {0} — {1} ({2}), registered as {3}. {4} Sources: {5}"),
        ("Finding.STATUTE.Effect.Ordinary", "The facts describe violence or serious crime, the ordinary use of the provision: check that they are concrete."),
        ("Finding.STATUTE.Effect.Misuse", "The facts describe only protected activity, with no violence or serious crime: the documented misuse of this provision."),
        ("Finding.STATUTE.Effect.Refuse", "The register says to refuse."),
        ("Finding.STATUTE.Effect.Review", "It also covers ordinary crime: a reviewer must apply the predominance test to the facts."),
        ("Finding.STATUTE.Effect.Unverified", "The row is not yet confirmed in a source, so it only sends the request to a reviewer."),
        ("Finding.STATUTE.Kind.Assembly", "an offence of assembly or association"),
        ("Finding.STATUTE.Kind.Dissent", "a provision documented as used against dissent"),
        ("Finding.STATUTE.Kind.Expression", "an offence of expression"),
        ("Finding.STATUTE.Kind.Military", "a purely military offence"),
        ("Finding.STATUTE.Kind.Political", "a pure political offence"),
        ("Finding.STATUTE.Kind.Religious", "an offence of a religious character"),
        ("Finding.STATUTE.WithNote", "The charge cites {0} — {1} ({2}), registered as {3}. {4} {5} Sources: {6}"),
        ("Finding.Word.FamilyMatter", "a family or private matter"),
        ("Finding.Word.PrivateDispute", "a private dispute (debts, cheques, contracts)"),
    ];

    /// <summary>A word of the catalogue (a template without placeholders) as an argument.</summary>
    /// <param name="key">Its key.</param>
    public static MessageArgument Word(string key) => MessageArgument.Word(key, MessageCatalog.Template(key));

    /// <summary>A phrase from the request, quoted as found.</summary>
    /// <param name="phrase">The phrase.</param>
    public static MessageArgument Phrase(string? phrase) => MessageArgument.Text(phrase);
}
