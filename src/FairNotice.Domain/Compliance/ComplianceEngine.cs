using FairNotice.Domain.Compliance.Statutes;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;

namespace FairNotice.Domain.Compliance;

/// <summary>The explainable rules engine: a request and its context in, an assessment with cited findings out.</summary>
/// <remarks>
/// Pure and deterministic. Every finding names a stable rule id and the article or policy it applies; the
/// recommendation is <see cref="Recommendation.Refuse"/> when any finding is blocking, <see cref="Recommendation.Review"/>
/// when any is a concern, and <see cref="Recommendation.Clear"/> otherwise. The engine recommends; people decide.
/// Art. 83 rules apply to requests that seek an arrest (Red Notices and red wanted-person diffusions); the
/// Constitution's Art. 2 and 3, the refugee policy and repeated attempts apply to every request. The refugee rule links
/// every spelling the screening matcher links (<see cref="Screening.PersonLinks"/>); its findings, and the flag on repeated
/// pre-checks, are restricted (<see cref="RestrictedRules"/>): members see <see cref="Assessment.ForRequester"/>.
/// </remarks>
public sealed partial class ComplianceEngine(Vocabulary vocabulary)
{
    /// <summary>Version of the rules in this class; bump on any change of behaviour.</summary>
    public const string RulesVersion = "2026.11-11";

    /// <summary>Pre-checks about one person from which reviewers are told (restricted finding).</summary>
    public const int RepeatedPreCheckThreshold = 2;

    private readonly StatuteRegister _statutes = StatuteRegister.Default;

    /// <summary>An engine with the given vocabulary and register of statutes.</summary>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <param name="statutes">The register of statutes.</param>
    public ComplianceEngine(Vocabulary vocabulary, StatuteRegister statutes)
        : this(vocabulary) => _statutes = statutes;

    /// <summary>The engine with the shipped vocabulary and register of statutes.</summary>
    public static ComplianceEngine Default { get; } = new(Vocabulary.Default, StatuteRegister.Default);

    /// <summary>Rules, vocabulary and statute register versions, recorded with every assessment.</summary>
    public string RuleSetVersion => $"rules {RulesVersion}; vocabulary {vocabulary.Version}; statutes {_statutes.Version}";

    /// <summary>Assesses a request.</summary>
    /// <param name="content">The request.</param>
    /// <param name="requester">The requesting member (ISO alpha-2).</param>
    /// <param name="context">History and protected persons.</param>
    public Assessment Assess(NoticeContent content, string requester, ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var f = new List<Finding>();
        var charges = (content.Case?.Charges ?? []).Select((c, i) => (Field: $"case.charges[{i}].description", Text: $"{c.Description} {c.Law}")).ToList();
        // What the person is charged with, without the name of the law: omnibus acts are named after their worst offence
        // ("Organised Crime and Terrorism Financing Act" for a drug charge).
        var described = (content.Case?.Charges ?? []).Select((c, i) => (Field: $"case.charges[{i}].description", Text: c.Description ?? "")).ToList();
        var facts = (Field: "case.summaryOfFacts", Text: content.Case?.SummaryOfFacts ?? "");
        var all = charges.Append(facts).ToList();

        if (NoticeColours.SeeksArrest(content.Colour))
        {
            MinimumData(content, f);
            WarrantAuthority(content, f);
            PenaltyThreshold(content, f);
            ExcludedCategories(all, facts, charges, f);
        }

        // A charge the ICCS classifier puts among acts against the person (sections 01-03: killing, injury, sexual violence),
        // whatever words the violence vocabulary knows in its language.
        var againstPerson = ContextSignals.AgainstPerson(content.Case);
        Article3(all, facts, charges, described, againstPerson, f);
        StatuteRules.Apply(content, requester, _statutes, FactsProfile.Of(vocabulary, facts.Text), f);
        ContextSignals.Apply(content, vocabulary, f);
        OffenceClassRules(content, f);
        Precedents(content, requester, context, f);
        // A violent act against persons that a charge names and the facts describe (a robbery-murder): the ordinary crime the
        // refugee policy does not shield when the status is held against another state.
        var violentCrime = vocabulary.Find("violence", facts.Text) is not null && described.Any(c => vocabulary.Find("violence", c.Text) is not null);
        Refugees(content, requester, context, violentCrime, f);
        RepeatedAttempts(content, context, f);
        Duplicates(content, context, f);
        RepeatedPreChecks(content, context, f);
        MinimumFacts(content, f);
        PersonRole(content, f);
        PoliticalContext(content, f);
        PrivateContract(content, f);
        Cumulative(content, f);

        var ordered = f.OrderByDescending(x => x.Severity).ThenBy(x => x.RuleId, StringComparer.Ordinal).ToList();
        return new Assessment(RuleSetVersion, Assessment.Recommend(ordered), ordered);
    }

    private static void MinimumData(NoticeContent c, List<Finding> f)
    {
        var p = c.Person;
        if (string.IsNullOrWhiteSpace(p?.Name?.FamilyName) || p.DateOfBirth is null)
        {
            f.Add(new("DATA-IDENTITY", "RPD Art. 83(2)(a)", Ground.DataQuality, Severity.Blocking,
                M("Finding.DATA-IDENTITY"), [new("person", null)]));
        }

        if (p is not null && (p.IdentityDocuments?.Count ?? 0) == 0 && p.Description is null)
        {
            f.Add(new("DATA-IDENTIFIERS", "RPD Art. 83(2)(a)", Ground.DataQuality, Severity.Concern,
                M("Finding.DATA-IDENTIFIERS"),
                [new("person.identityDocuments", null), new("person.description", null)]));
        }

        var k = c.Case;
        if (string.IsNullOrWhiteSpace(k?.SummaryOfFacts))
        {
            f.Add(new("DATA-FACTS", "RPD Art. 83(2)(b)(i)", Ground.DataQuality, Severity.Blocking,
                M("Finding.DATA-FACTS"), [new("case.summaryOfFacts", null)]));
        }
        else if (k.SummaryOfFacts.Trim().Length < 80)
        {
            f.Add(new("DATA-FACTS-THIN", "RPD Art. 83(2)(b)(i)", Ground.DataQuality, Severity.Concern,
                M("Finding.DATA-FACTS-THIN"), [new("case.summaryOfFacts", null)]));
        }

        if (string.IsNullOrWhiteSpace(k?.OffenceDate) || string.IsNullOrWhiteSpace(k.OffencePlace))
        {
            f.Add(new("DATA-TIME-PLACE", "RPD Art. 83(2)(b)(i)", Ground.DataQuality, Severity.Blocking,
                M("Finding.DATA-TIME-PLACE"), [new("case.offenceDate", null), new("case.offencePlace", null)]));
        }

        var charges = k?.Charges ?? [];
        if (charges.Count == 0 || charges.Any(ch => string.IsNullOrWhiteSpace(ch.Description) || string.IsNullOrWhiteSpace(ch.Law)))
        {
            f.Add(new("DATA-CHARGES", "RPD Art. 83(2)(b)", Ground.DataQuality, Severity.Blocking,
                M("Finding.DATA-CHARGES"), [new("case.charges", null)]));
        }

        if (k?.Warrant is not { } w || string.IsNullOrWhiteSpace(w.IssuingAuthority) || string.IsNullOrWhiteSpace(w.Reference) || w.IssuedOn is null)
        {
            f.Add(new("DATA-WARRANT", "RPD Art. 83(2)(b); INTERPOL fact sheet COM/FS/2015-02/GI-02", Ground.DataQuality, Severity.Blocking,
                M("Finding.DATA-WARRANT"), [new("case.warrant", null)]));
        }
    }

    private void WarrantAuthority(NoticeContent c, List<Finding> f)
    {
        var authority = c.Case?.Warrant?.IssuingAuthority;
        var police = vocabulary.Find("non_judicial_authority", authority);
        if (police is not null && vocabulary.Find("judicial_authority", authority) is null)
        {
            f.Add(new("DATA-WARRANT-AUTHORITY", "INTERPOL fact sheet COM/FS/2015-02/GI-02 (warrant issued by a judicial authority); RPD Art. 84 assurances", Ground.DataQuality, Severity.Concern,
                M("Finding.DATA-WARRANT-AUTHORITY"),
                [new("case.warrant.issuingAuthority", police.Term)]));
        }
    }

    private static void PenaltyThreshold(NoticeContent c, List<Finding> f)
    {
        var k = c.Case;
        if (k is null)
        {
            return;
        }

        if (k.WantedFor == WantedFor.Prosecution && k.Charges.Count > 0
            && !k.Charges.Any(ch => ch.LifeImprisonment || ch.MaximumPenaltyMonths >= 24))
        {
            var max = k.Charges.Max(ch => ch.MaximumPenaltyMonths ?? 0);
            f.Add(new("ART83-PENALTY-PROSECUTION", "RPD Art. 83(1)(b)(i)", Ground.Article83, Severity.Blocking,
                M("Finding.ART83-PENALTY-PROSECUTION", MessageArgument.Number(max)),
                [.. k.Charges.Select((_, i) => new Evidence($"case.charges[{i}].maximumPenaltyMonths", null))]));
        }

        if (k.WantedFor == WantedFor.Sentence && !(k.SentenceImposedMonths >= 6 || k.SentenceRemainingMonths >= 6))
        {
            f.Add(new("ART83-PENALTY-SENTENCE", "RPD Art. 83(1)(b)(ii)", Ground.Article83, Severity.Blocking,
                M("Finding.ART83-PENALTY-SENTENCE", MessageArgument.Code(k.SentenceImposedMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"),
                    MessageArgument.Code(k.SentenceRemainingMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")),
                [new("case.sentenceImposedMonths", null), new("case.sentenceRemainingMonths", null)]));
        }
        else if (k.WantedFor == WantedFor.Sentence && k.SentenceImposedMonths >= 6 && k.SentenceRemainingMonths is { } left && left < 6)
        {
            // Six months imposed "and/or" remaining: the sentence meets the threshold on what was imposed, but less than six
            // months are left to serve. Whether that is enough, and whether a few months are of interest for international
            // police cooperation (Art. 83(1)(c)), is a reviewer's judgment, not the engine's.
            f.Add(new("ART83-PENALTY-SENTENCE-REMAINDER", "RPD Art. 83(1)(b)(ii) (six months imposed and/or remaining); RPD Art. 83(1)(c) (interest for international police cooperation)", Ground.Article83, Severity.Concern,
                M("Finding.ART83-PENALTY-SENTENCE-REMAINDER", MessageArgument.Number(k.SentenceImposedMonths.Value), MessageArgument.Number(left)),
                [new("case.sentenceImposedMonths", null), new("case.sentenceRemainingMonths", null)]));
        }
    }

    private void ExcludedCategories(List<(string Field, string Text)> all, (string Field, string Text) facts, List<(string Field, string Text)> charges, List<Finding> f)
    {
        Category(all, "behavioural", "ART83-BEHAVIOURAL", "RPD Art. 83(1)(a)(i)", Ground.Article83, Severity.Blocking,
            M("Finding.ART83-BEHAVIOURAL"), f);
        // Violence against a person within a family (a child killed, a spouse assaulted) is an ordinary crime, not the family
        // matter Art. 83(1)(a)(ii) excludes (custody, maintenance, adultery): a reviewer tells them apart.
        var violence = vocabulary.Find("violence", facts.Text);
        // Family words only in the facts of a violent crime (a child killed by a parent) describe the victim, not a family
        // matter: the charges decide. Family words in a charge beside violence still need a reviewer.
        // Taking a child away is what a parent's removal of a child is called in a charge: with family words and no other
        // violence it is the family matter, not a kidnapping.
        var familyCharge = charges.Any(c => vocabulary.Find("family", c.Text) is not null);
        if (violence is not null && vocabulary.FindAll("violence", facts.Text).All(v => vocabulary.Find("abduction", v.Term) is not null))
        {
            violence = null;
        }

        Category(all, "family", "ART83-FAMILY", "RPD Art. 83(1)(a)(ii)", Ground.Article83,
            violence is null ? Severity.Blocking : familyCharge ? Severity.Concern : Severity.Information,
            violence is null
                ? M("Finding.ART83-FAMILY")
                : M("Finding.ART83-FAMILY.Violence", FindingMessages.Phrase(violence.Term)), f);
        var serious = vocabulary.Find("serious_crime", string.Join(' ', all.Select(a => a.Text)));
        Category(all, "private_dispute", "ART83-PRIVATE-ADMIN", "RPD Art. 83(1)(a)(iii)", Ground.Article83, serious is null ? Severity.Blocking : Severity.Concern,
            serious is null
                ? M("Finding.ART83-PRIVATE-ADMIN")
                : M("Finding.ART83-PRIVATE-ADMIN.Serious", FindingMessages.Phrase(serious.Term)), f);
        if (!f.Any(x => x.RuleId == "ART83-PRIVATE-ADMIN"))
        {
            // With parallel proceedings between the parties and facts that state no amount, number or other measurable detail of
            // a criminal act, nothing shows a crime beyond the dispute: the exclusion applies.
            // Likewise when the facts describe a contract between the parties (a supply contract, a loan, a joint venture) and
            // nothing of the serious or organised crime Art. 83(1)(a)(iii) makes an exception for: the charge derives from the
            // performance of the contract, which the parallel proceedings are deciding.
            var vague = ContextSignals.Vague(facts.Text) is not null;
            // Arbitration or a commercial court, not a victim's civil claim: defrauded investors claim damages too.
            var contractual = vocabulary.Find("contract", facts.Text) is not null && vocabulary.Find("commercial_forum", facts.Text) is not null;
            var unsupported = (vague || contractual) && serious is null && violence is null;
            Category([facts], "commercial_dispute", "ART83-PRIVATE-ADMIN", "RPD Art. 83(1)(a)(iii)", Ground.Article83, unsupported ? Severity.Blocking : Severity.Concern,
                !unsupported ? M("Finding.ART83-PRIVATE-ADMIN.Commercial")
                    : vague ? M("Finding.ART83-PRIVATE-ADMIN.CommercialUnsupported")
                    : M("Finding.ART83-PRIVATE-ADMIN.CommercialContract"), f);
        }
    }

    private void Article3(List<(string Field, string Text)> all, (string Field, string Text) facts, List<(string Field, string Text)> charges,
        List<(string Field, string Text)> described, bool againstPerson, List<Finding> f)
    {
        var violence = vocabulary.Find("violence", facts.Text);
        // A political charge beside a charge of violence against persons that the facts describe (a killing during an
        // uprising, an attack by a separatist group) is not a purely political offence: the predominance test is a
        // reviewer's. Without a violent charge it is refused.
        // A charge classed among acts against the person (ICCS 01-03), or a terrorism charge for violent acts the facts name
        // (a grenade attack, not the bare word), is such a charge too, whatever words it uses (AGN/53/RES/7).
        var actOfViolence = vocabulary.FindAll("violence", facts.Text).Any(h => !GenericViolence.Contains(h.Term));
        var violentCharge = violence is not null && (described.Any(c => vocabulary.Find("violence", c.Text) is not null && vocabulary.Find("political", c.Text) is null)
            || againstPerson || actOfViolence && described.Any(c => vocabulary.Find("terrorism", c.Text) is not null && vocabulary.Find("political", c.Text) is null));
        Category(all, "political", "ART3-POLITICAL", "Constitution Art. 3; Repository of Practice (pure political offences)", Ground.Article3,
            violentCharge ? Severity.Concern : Severity.Blocking,
            violentCharge
                ? M("Finding.ART3-POLITICAL.Violence")
                : M("Finding.ART3-POLITICAL"), f);
        // As for political wording: when the facts themselves describe speech or assembly, violence weighs against it only when
        // a charge is for a violent act. A word of violence beside the speech ("attacks on judges" in posts, "incited
        // violence") is what the speech is said to be or cause.
        // When only the charge has the word (a "picking quarrels" charge for a beating the facts describe), the facts' violence weighs.
        bool Charged(string category) => violence is not null && (vocabulary.Find(category, facts.Text) is null && vocabulary.Find("protected_activity", facts.Text) is null
            || againstPerson || described.Any(c => vocabulary.Find("violence", c.Text) is not null && vocabulary.Find(category, c.Text) is null));
        var violentBesideExpression = Charged("expression");
        Category(all, "expression", "ART3-EXPRESSION", "Constitution Art. 3; Constitution Art. 2 (UDHR Art. 19)", Ground.Article3, violentBesideExpression ? Severity.Concern : Severity.Blocking,
            !violentBesideExpression
                ? (violence is null ? M("Finding.ART3-EXPRESSION")
                    : M("Finding.ART3-EXPRESSION.UnchargedViolence", FindingMessages.Phrase(violence.Term)))
                : M("Finding.ART3-EXPRESSION.Violence"), f);
        var violentBesideAssembly = Charged("assembly");
        Category(all, "assembly", "ART3-ASSEMBLY", "Constitution Art. 3; Constitution Art. 2 (UDHR Art. 20)", Ground.Article3, violentBesideAssembly ? Severity.Concern : Severity.Blocking,
            !violentBesideAssembly
                ? (violence is null ? M("Finding.ART3-ASSEMBLY")
                    : M("Finding.ART3-ASSEMBLY.UnchargedViolence", FindingMessages.Phrase(violence.Term)))
                : M("Finding.ART3-ASSEMBLY.Violence"), f);
        Category(all, "military", "ART3-MILITARY", "Constitution Art. 3; Repository of Practice (purely military offences)", Ground.Article3, Severity.Blocking,
            M("Finding.ART3-MILITARY"), f);
        Category(all, "religious", "ART3-RELIGIOUS", "Constitution Art. 3 (religious character)", Ground.Article3, Severity.Blocking,
            M("Finding.ART3-RELIGIOUS"), f);
        Category(all, "racial", "ART3-RACIAL", "Constitution Art. 3 (racial character)", Ground.Article3, Severity.Blocking,
            M("Finding.ART3-RACIAL"), f);

        var terror = FirstHit([.. described, facts], "terrorism");
        var financing = violence is null && terror is not null ? vocabulary.Find("serious_crime", facts.Text) : null;
        if (terror is { } t && financing is { } money)
        {
            // Moving money for the group is a concrete act, not membership alone; whether the group and the act are what the
            // requester says is for a reviewer (the same charge is used against opposition movements).
            f.Add(new("ART3-TERRORISM-FINANCING", "Constitution Art. 3; GA resolution AGN/53/RES/7 (1984); RPD Art. 34(3) (predominance test)", Ground.Article3, Severity.Concern,
                M("Finding.ART3-TERRORISM-FINANCING", FindingMessages.Phrase(money.Term)),
                [t, new(facts.Field, money.Term)]));
        }
        else if (terror is { } term)
        {
            // Terrorism named only in the facts (a counter-terrorism fund, a group the person once belonged to) is not a
            // terrorism charge: a reviewer weighs it; only a charge of terrorism without any violent act is refused.
            var charged = FirstHit(described, "terrorism") is not null;
            // The resolution lets terrorism be processed for violent acts: when the facts speak of violence but no charge is
            // for a violent act (membership, videos said to lead others to violence), whose violence it was is for a reviewer.
            // The bare word for violence ("a plan to lead the movement towards violence") names no act; a bombing or a killing does.
            var violentAct = againstPerson || described.Any(c => vocabulary.Find("violence", c.Text) is not null)
                || vocabulary.FindAll("violence", facts.Text).Any(h => !GenericViolence.Contains(h.Term));
            f.Add(violence is null
                ? new("ART3-TERRORISM-MEMBERSHIP", "Constitution Art. 3; GA resolution AGN/53/RES/7 (1984)", Ground.Article3, charged ? Severity.Blocking : Severity.Concern,
                    charged
                        ? M("Finding.ART3-TERRORISM-MEMBERSHIP")
                        : M("Finding.ART3-TERRORISM-MEMBERSHIP.FactsOnly"), [term])
                : violentAct
                ? new("ART3-TERRORISM-VIOLENT", "GA resolution AGN/53/RES/7 (1984)", Ground.Article3, Severity.Information,
                    M("Finding.ART3-TERRORISM-VIOLENT", FindingMessages.Phrase(violence.Term)), [term, new(facts.Field, violence.Term)])
                : new("ART3-TERRORISM-VIOLENT", "GA resolution AGN/53/RES/7 (1984); RPD Art. 34(3) (predominance test)", Ground.Article3, Severity.Concern,
                    M("Finding.ART3-TERRORISM-VIOLENT.Uncharged", FindingMessages.Phrase(violence.Term)), [term, new(facts.Field, violence.Term)]));
        }

        Category([facts, .. charges], "official", "ART3-OFFICIALS", "Constitution Art. 3; RPD Art. 34(3) (status of the person, context and timing)", Ground.Article3, Severity.Concern,
            M("Finding.ART3-OFFICIALS"), f);
        // A killing or assault that a charge names and the facts describe with measurable detail (time, count, amount), with no
        // political, expression, assembly, religious or terrorism wording in any charge (protesters labelled terrorists are the
        // classic political case): the journalist or protester in the facts is
        // as often the victim as the accused; the finding informs the reviewer instead of holding the request.
        var concreteViolence = violence is not null && ContextSignals.Vague(facts.Text) is null
            && described.Any(c => vocabulary.Find("violence", c.Text) is not null)
            && !charges.Any(c => vocabulary.Find("political", c.Text) is not null || vocabulary.Find("expression", c.Text) is not null
                || vocabulary.Find("assembly", c.Text) is not null || vocabulary.Find("religious", c.Text) is not null
                || vocabulary.Find("terrorism", c.Text) is not null);
        Category([facts], "protected_activity", "ART3-PERSON-STATUS", "RPD Art. 34(3) (status of the person); Constitution Art. 2", Ground.Article3,
            concreteViolence ? Severity.Information : Severity.Concern,
            concreteViolence
                ? M("Finding.ART3-PERSON-STATUS.ConcreteViolence")
                : M("Finding.ART3-PERSON-STATUS"), f);

        var art3InCharges = charges.Any(c => vocabulary.Find("political", c.Text) is not null || vocabulary.Find("expression", c.Text) is not null
            || vocabulary.Find("assembly", c.Text) is not null || vocabulary.Find("religious", c.Text) is not null);
        var protectedFacts = vocabulary.Find("protected_activity", facts.Text) ?? vocabulary.Find("expression", facts.Text) ?? vocabulary.Find("assembly", facts.Text);
        if (charges.Count > 0 && !art3InCharges && protectedFacts is not null && violence is null && vocabulary.Find("serious_crime", facts.Text) is null)
        {
            f.Add(new("ART3-COHERENCE", "Repository of Practice: coherence between the charges and supporting facts", Ground.Article3, Severity.Concern,
                M("Finding.ART3-COHERENCE"),
                [new(facts.Field, protectedFacts.Term), .. charges.Select(c => new Evidence(c.Field, null))]));
        }
    }

    // Every spelling screening links is linked here too (PersonLinks: screening's matcher, threshold, date of birth and
    // nationality logic); the older PersonMatch still counts, so no link it made is lost.
    private static void Refugees(NoticeContent content, string requester, ComplianceContext context, bool violentCrime, List<Finding> f)
    {
        if (context.Protected.Count == 0 || content.Person is null)
        {
            return;
        }

        var screened = PersonLinks.Find(content.Person, [.. context.Protected.Select(p => p.Person)]).ToDictionary(l => l.Index);
        for (var i = 0; i < context.Protected.Count; i++)
        {
            var status = context.Protected[i];
            var compared = PersonMatch.Compare(content.Person, status.Person);
            MessageArgument explanation;
            if (screened.TryGetValue(i, out var link))
            {
                explanation = MessageArgument.Of(M("Finding.Link.Screened", MessageArgument.Of(link.Message)));
            }
            else if (compared.Same)
            {
                explanation = MessageArgument.Of(compared.Message);
            }
            else
            {
                continue;
            }

            if (status.Kind == ProtectionKind.CommissionMeasure)
            {
                f.Add(new(RestrictedRules.CommissionMeasure, "CCF Statute Art. 37", Ground.Article2, Severity.Blocking,
                    M("Finding.CCF-PROTECTIVE-MEASURE", explanation), [new("person", null)]));
                continue;
            }

            var fromPersecutor = status.FearedPersecutionBy.Contains(requester, StringComparer.OrdinalIgnoreCase);
            // Never say which country granted the status: even reviewers do not need it to decide.
            f.Add(status.Confirmed && fromPersecutor
                ? new(RestrictedRules.Refugee, "Refugee policy (Executive Committee 2014, GA 2017); Constitution Art. 2", Ground.Article2, Severity.Blocking,
                    M("Finding.ART2-REFUGEE", explanation), [new("person", null)])
                : status.Confirmed && violentCrime
                ? new(RestrictedRules.RefugeeCheck, "Refugee policy (Executive Committee 2014, GA 2017); Constitution Art. 2", Ground.Article2, Severity.Information,
                    M("Finding.ART2-REFUGEE-CHECK.ViolentCrime", explanation), [new("person", null)])
                : new(RestrictedRules.RefugeeCheck, "Refugee policy (Executive Committee 2014, GA 2017); Constitution Art. 2", Ground.Article2, Severity.Concern,
                    status.Confirmed
                        ? M("Finding.ART2-REFUGEE-CHECK", explanation)
                        : M("Finding.ART2-REFUGEE-CHECK.Unconfirmed", explanation), [new("person", null)]));
        }
    }

    // Several pre-checks about one person, under several spellings, look like probing for protection: reviewers see them.
    private static void RepeatedPreChecks(NoticeContent content, ComplianceContext context, List<Finding> f)
    {
        if (context.PreChecks is not { Count: > 0 } all || content.Person is null)
        {
            return;
        }

        var about = PreCheckBudget.AboutSamePerson(content.Person, all);
        if (about.Count < RepeatedPreCheckThreshold)
        {
            return;
        }

        var spellings = about.Select(p => $"{p.Person.Name?.FamilyName} {p.Person.Name?.Forenames}".Trim()).Distinct(StringComparer.Ordinal).ToList();
        var days = (int)PreCheckBudget.FlagWindow.TotalDays;
        f.Add(new(RestrictedRules.RepeatedPreChecks, "RPD Art. 34(3) (identity of the source, context); refugee policy (probing the registry)", Ground.Article2,
            spellings.Count >= 2 ? Severity.Concern : Severity.Information,
            M("Finding.PRECHECK-REPEATED", MessageArgument.Number(about.Count), MessageArgument.Number(days), MessageArgument.Date(about[0].At), MessageArgument.Date(about[^1].At),
                MessageArgument.Number(spellings.Count), MessageArgument.List(MessageCatalog.Semicolon, spellings.Select(s => MessageArgument.Of(M(MessageCatalog.Quoted, MessageArgument.Text(s)))))),
            [new("person", null)]));
    }

    private static void RepeatedAttempts(NoticeContent content, ComplianceContext context, List<Finding> f)
    {
        var earlier = context.PriorRefusals.Select(p => (Prior: p, Match: PersonMatch.Compare(content.Person, p.Person))).Where(x => x.Match.Same)
            .OrderBy(x => x.Prior.DecidedAt).ToList();
        if (earlier.Count == 0)
        {
            return;
        }

        var history = MessageArgument.List(MessageCatalog.Semicolon, earlier.Select(e => MessageArgument.Of(string.IsNullOrWhiteSpace(e.Prior.Reason)
            ? M("Finding.REPEAT-ATTEMPT.Item", MessageArgument.Code(e.Prior.Reference), Status(e.Prior.Status), MessageArgument.Date(e.Prior.DecidedAt), MessageArgument.Of(e.Match.Message))
            : M("Finding.REPEAT-ATTEMPT.ItemWithReason", MessageArgument.Code(e.Prior.Reference), Status(e.Prior.Status), MessageArgument.Date(e.Prior.DecidedAt),
                MessageArgument.Text(e.Prior.Reason), MessageArgument.Of(e.Match.Message)))));
        var political = earlier.Where(e => PoliticalRefusal(e.Prior)).Select(e => e.Prior.Reference).ToList();
        if (earlier.Count == 1 && political.Count == 0 && DataOnlyRefusal(earlier[0].Prior))
        {
            // Refused only because data were missing (RPD Art. 83(2)): resubmitting with the data is what the refusal invited,
            // not a repeated attempt; the data rules judge the new request.
            f.Add(new("REPEAT-ATTEMPT", "Secretary-General's policy on repeated attempts; RPD Art. 83(2) (data required)", Ground.DataQuality, Severity.Information,
                M("Finding.REPEAT-ATTEMPT.DataOnly", history), [new("person", null)]));
            return;
        }

        f.Add(earlier.Count >= 2 || political.Count > 0
            ? new("REPEAT-ATTEMPT-BLOCK", "Secretary-General's policy on repeated attempts; RPD Art. 34(3) (identity of the source)", Ground.Article3, Severity.Blocking,
                political.Count > 0
                    ? M("Finding.REPEAT-ATTEMPT-BLOCK.Political", MessageArgument.List(MessageCatalog.Comma, political.Select(MessageArgument.Code)), history)
                    : M("Finding.REPEAT-ATTEMPT-BLOCK", history), [new("person", null)])
            : new("REPEAT-ATTEMPT", "Secretary-General's policy on repeated attempts; RPD Art. 34(3) (identity of the source)", Ground.Article3, Severity.Concern,
                M("Finding.REPEAT-ATTEMPT", history), [new("person", null)]));
    }

    // Refused or cancelled on Art. 3 (political, military, religious, racial) or Art. 2 (human rights, refugee) grounds: the
    // ground a reviewer recorded, or, for history without one, the reason's own words. A request the member withdrew is
    // not a refusal on grounds.
    private static bool PoliticalRefusal(PriorRequest prior)
    {
        if (prior.Ground is { } ground)
        {
            return ground is Ground.Article3 or Ground.Article2;
        }

        var reason = prior.Reason ?? "";
        return !WithdrawnReason().IsMatch(reason) && PoliticalReason().IsMatch(reason);
    }

    // Refused on the data alone: a recorded data-quality ground, or a reason that cites only RPD Art. 83(2) or insufficient,
    // missing or incomplete data or facts.
    private static bool DataOnlyRefusal(PriorRequest prior) =>
        prior.Ground is { } ground ? ground == Ground.DataQuality : DataReason().IsMatch(prior.Reason ?? "") && !WithdrawnReason().IsMatch(prior.Reason ?? "");

    [System.Text.RegularExpressions.GeneratedRegex(@"83\s*\(\s*2\s*\)|\b(insufficient|incomplete|missing)\b.{0,40}\b(data|facts|information|details)\b|\b(data|facts|information|details)\b.{0,40}\b(insufficient|incomplete|missing)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DataReason();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(withdrawn|withdrew|retir[ée]e?|retirad[ao])\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WithdrawnReason();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(art(icle|\.|ículo|icolo)?\s*[23])(?![0-9(])|politic|politiq|polític|политическ|سياسي|refugee|réfugié|refugiad", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PoliticalReason();

    private void Category(IEnumerable<(string Field, string Text)> texts, string category, string ruleId, string citation, Ground ground, Severity severity, LocalMessage explanation, List<Finding> f)
    {
        var evidence = texts.Select(t => (t.Field, Hit: vocabulary.Find(category, t.Text))).Where(x => x.Hit is not null)
            .Select(x => new Evidence(x.Field, x.Hit!.Term)).ToList();
        if (evidence.Count > 0)
        {
            f.Add(new(ruleId, citation, ground, severity, explanation, evidence));
        }
    }

    // The vocabulary's words for violence in general, as against words for a violent act.
    private static readonly HashSet<string> GenericViolence = new(["violence", "violent", "violencia", "عنف", "насили", "暴力", "şiddet", "خشونت", "zorakılıq", "zo'ravonlik", "bạo lực", "kekerasan"], StringComparer.Ordinal);

    private static LocalMessage M(string key, params MessageArgument[] arguments) => LocalMessage.Of(key, arguments);

    // A prior request's status as the history names it ("refused"), in the page's language elsewhere.
    private static MessageArgument Status(NoticeStatus status) => MessageArgument.Word($"NoticeStatus.{status}", status.ToString().ToLowerInvariant());

    private Evidence? FirstHit(IEnumerable<(string Field, string Text)> texts, string category) =>
        texts.Select(t => (t.Field, Hit: vocabulary.Find(category, t.Text))).Where(x => x.Hit is not null)
            .Select(x => new Evidence(x.Field, x.Hit!.Term)).FirstOrDefault();
}
