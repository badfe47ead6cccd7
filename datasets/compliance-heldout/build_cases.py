#!/usr/bin/env python3
"""Builds cases.json for the independent FairNotice evaluation set (issue #13 item 5).
All case text below is original (CC BY 4.0); names of persons are fictional."""
import json

LIFE = 1200  # life imprisonment / death penalty encoded as 1200 months (documented in README)

def alias_name(text):
    """An alias as the request model wants it ({familyName, forenames}); added by the lead when the set was
    taken into the repository: 'SURNAME Given' splits at the first space, Uyghur 'Given·Father' at the dot,
    a Han name without a space gives its first character as the family name."""
    if " " in text:
        fam, fore = text.split(" ", 1)
    elif "·" in text:
        fore, fam = text.split("·", 1)
    else:
        fam, fore = text[0], text[1:]
    return {"familyName": fam, "forenames": fore}

def person(fam, fore, sex, dob, nats, cob, doc_no, issuing=None, doc_type="Passport",
           aliases=None, langs=None):
    return {"name": {"familyName": fam, "forenames": fore}, "sex": sex, "dateOfBirth": dob,
            "nationalities": nats, "countryOfBirth": cob, "aliases": [alias_name(a) for a in aliases or []],
            "identityDocuments": [{"type": doc_type, "number": doc_no,
                                   "issuingCountry": issuing or nats[0]}],
            "languages": langs or []}

def refusal(ref, p, decided, reason):
    return {"reference": ref, "status": "Refused", "person": p,
            "decidedAt": decided + "T00:00:00Z", "reason": reason}

def protection(p, kind, feared, confirmed=True):
    return {"person": p, "kind": kind, "fearedPersecutionBy": feared, "confirmed": confirmed}

CASES = []

def add(cid, expected, category, requester, note, sources, p, facts, odate, place, charges,
        warrant, wanted="Prosecution", colour="Red", imposed=None, remaining=None,
        prior=None, protected=None):
    assert 1 <= len(sources) <= 3, cid
    # Added by the lead when the set was taken into the repository: the request model calls a sentence "Sentence",
    # and the fixture format carries notices only, so a red wanted-person diffusion is assessed as a Red request
    # (the same rules apply to both) and says so in its note.
    if wanted == "SentenceEnforcement":
        wanted = "Sentence"
    if colour == "Diffusion":
        colour = "Red"
        note = note + " (Filed as a red wanted-person diffusion in the source; assessed under the same rules.)"
    CASES.append({
        "id": cid, "expected": expected, "category": category, "requester": requester,
        "note": note, "sources": sources,
        "request": {"colour": colour, "person": p, "case": {
            "summaryOfFacts": facts, "offenceDate": odate, "offencePlace": place,
            "wantedFor": wanted,
            "charges": [{"description": d, "law": l, "maximumPenaltyMonths": m} for d, l, m in charges],
            "sentenceImposedMonths": imposed, "sentenceRemainingMonths": remaining,
            "warrant": {"kind": warrant[0], "issuingAuthority": warrant[1], "issuedOn": warrant[2],
                        "reference": warrant[3]}}},
        "context": {"priorRefusals": prior or [], "protected": protected or []}})

AB, LG, HD = "abusive", "legitimate", "hard"
R, C, V = "refuse", "clear", "review"
AW = "ArrestWarrant"

# ---------------------------------------------------------------- ABUSIVE (expected refuse)

add("ab-01-lese-majeste-th", R, AB, "TH",
    "Modelled on Thailand's post-2014 campaign to obtain the return of exiles charged under s.112 "
    "(Bangkok Post 2016: police seek INTERPOL help for s.112 suspects abroad; AsiaOne 2015: three s.112 "
    "suspects with asylum in France). Pure expression offence protecting the monarchy; no ordinary-law "
    "element. Penalty 'up to 15 years on each count' confirmed in AsiaOne.",
    ["http://www.bangkokpost.com/news/general/1120089/police-seek-interpol-help-in-s112-hunt",
     "http://www.asiaone.com/asia/thailand-seeks-french-help-capturing-lese-majeste-exiles"],
    person("SRISAKUL", "Anuwat", "M", "1979-03-14", ["TH"], "TH", "AA4471203",
           langs=["THA", "FRA"]),
    "Between 3 and 28 January 2025 the suspect, residing abroad, uploaded four video clips to a public "
    "online channel containing words that defamed and insulted HM the King and the Queen, causing damage "
    "to the institution and to the peace of mind of the people. Each clip was viewed in the Kingdom more "
    "than 40,000 times. Forensic report of the Technology Crime Suppression Division attached.",
    "2025-01-03", "Bangkok, Thailand (content uploaded from abroad)",
    [("Defaming, insulting or threatening the King, the Queen, the Heir-apparent or the Regent (4 counts)",
      "s.112 Criminal Code", 180),
     ("Importing into a computer system data affecting national security",
      "Computer Crime Act B.E. 2550 s.14(3)", 60)],
    (AW, "Criminal Court, Ratchadaphisek Road, Bangkok", "2025-02-20", "Or.1187/2568"))

add("ab-02-insulting-president-tr", R, AB, "TR",
    "Modelled on the Hakan Sukur warrants (Turkish Minute 2017: arrest warrant for 'insulting the "
    "President' over tweets). Insulting the head of State (TCK art. 299, up to 4 years per press reports) "
    "is a pure expression offence; the second charge is the generic insult article.",
    ["https://turkishminute.com/2017/07/11/arrest-warrant-issued-for-football-star-sukur-for-insulting-erdogan/amp",
     "https://nordicmonitor.com/?p=18825"],
    person("KARADAĞ", "Emre Selim", "M", "1974-09-01", ["TR"], "TR", "U09921734",
           aliases=["KARADAG Emre"], langs=["TUR", "ENG"]),
    "On 14.02.2024 and 02.03.2024 the suspect, via his social media account with about 2 million followers, "
    "published messages addressing the President of the Republic and his son in terms that attack their "
    "honour and dignity. He did not appear at hearings of the Bakırköy Criminal Court of First Instance and "
    "his address abroad could not be established.",
    "2024-02-14", "Istanbul, Türkiye (posts published from the United States)",
    [("Insulting the President of the Republic, publicly and repeatedly",
      "Article 299 of the Turkish Penal Code", 48),
     ("Insult committed publicly", "TCK md. 125/4", 24)],
    (AW, "Bakırköy 28th Criminal Court of First Instance", "2024-06-11", "2024/512 Esas"))

add("ab-03-army-fakes-ru", R, AB, "RU",
    "Modelled on prosecutions under art. 207.3 introduced 4 March 2022 (Interfax: penalty up to 15 years "
    "with 'grave consequences'; this case uses part 2, 5-10 years). Written in Russian as an NCB would. "
    "Facts are publication of war reporting. The line 'not political' is a deliberate negation.",
    ["https://interfax.com/newsroom/top-stories/75419/",
     "https://lemmygrad.ml/post/148422"],
    person("ЛАВРЕНТЬЕВА", "Ксения Игоревна", "F", "1991-06-22", ["RU"], "RU", "754321987",
           aliases=["LAVRENTYEVA Ksenia"], langs=["RUS", "ENG"]),
    "В период с 10 по 25 марта 2022 года обвиняемая, находясь за пределами РФ, разместила в своём "
    "Telegram-канале (аудитория ок. 180 000) публикации, содержащие заведомо ложную информацию об "
    "использовании Вооружённых Сил Российской Федерации в населённом пункте Буча, по мотивам "
    "политической ненависти. Дело не носит политического характера: речь идёт об общеуголовном "
    "преступлении против общественной безопасности.",
    "2022-03-10", "г. Москва, Российская Федерация (публикации из-за рубежа)",
    [("Публичное распространение под видом достоверных сообщений заведомо ложной информации об "
      "использовании Вооружённых Сил РФ, по мотивам политической ненависти",
      "п. «д» ч. 2 ст. 207.3 УК РФ", 120)],
    (AW, "Басманный районный суд г. Москвы (мера пресечения заочно)", "2022-09-14", "3/2-412/2022"))

add("ab-04-discrediting-army-ru", R, AB, "RU",
    "Modelled on art. 280.3 'discrediting' prosecutions (Interfax 2022; raised to 7 years in 2023 per "
    "TopWar/onlynewsgroups). Facts: an anti-war placard after a prior administrative fine. "
    "Part 1 penalty used here (3 years) - UNVERIFIED exact current maximum for part 1.",
    ["https://interfax.com/newsroom/top-stories/75419/",
     "https://onlynewsgroups.net/articles/for-fakes-about-the-participants-of-the-svo-will-be-punished-with-imprisonment-up-to-15-years-10757/"],
    person("GUSEV", "Artyom Pavlovich", "M", "1988-11-30", ["RU"], "RU", "721188430",
           aliases=["ГУСЕВ Артём Павлович"], langs=["RUS"]),
    "On 8 May 2023, within one year of an administrative penalty under art. 20.3.3 CoAO, the accused stood "
    "on Nevsky Prospekt, St Petersburg, holding a sign with words aimed at discrediting the use of the Armed "
    "Forces of the Russian Federation, then left the country via Georgia.",
    "2023-05-08", "St Petersburg, Russian Federation",
    [("Repeated public actions aimed at discrediting the use of the Armed Forces of the Russian Federation",
      "art. 280.3 УК РФ, part 1", 36)],
    (AW, "Dzerzhinsky District Court of St Petersburg", "2023-09-01", "3/10-88/2023"))

add("ab-05-foreign-collusion-hk", R, AB, "CN",
    "Modelled on the July 2023 Hong Kong national-security warrants and HK$1m bounties on eight overseas "
    "activists (SCMP; Epoch Times) - charges under NSL Art. 29 for asking foreign officials for sanctions. "
    "Written WITHOUT the words political/opposition/protest: advocacy is described as 'requesting foreign "
    "bodies to adopt hostile measures'. That INTERPOL was asked is press-reported (ThinkChina) - UNVERIFIED.",
    ["https://www.scmp.com/news/hong-kong/politics/article/3226465/hong-kong-national-security-law-john-lee-says-hk1-million-bounties-8-wanted-persons-will-send-world",
     "https://theepochtimes.com/china/uk-rights-advocates-condemn-hong-kong-national-security-police-over-bounties-for-pro-democracy-activists-5371237"],
    person("LEUNG", "Wing-sze Clara", "F", "1996-04-09", ["CN"], "HK", "K58830214", issuing="CN",
           aliases=["梁詠詩"], langs=["YUE", "ENG"]),
    "Between 1 July 2020 and 30 June 2023, from overseas, the suspect repeatedly requested officials and "
    "legislators of a foreign state to impose restrictive measures on HKSAR judges, prosecutors and "
    "officials, testified before a foreign legislative committee, and published articles urging "
    "international financial institutions to reassess the Region's status. These acts endangered national "
    "security and provoked hatred of the Central People's Government.",
    "2020-07-01", "Hong Kong SAR, China (acts committed abroad, Art. 38 NSL)",
    [("Collusion with a foreign country or with external elements to endanger national security",
      "Art. 29 of the Law of the PRC on Safeguarding National Security in the HKSAR", LIFE),
     ("Incitement to secession", "Art. 21 National Security Law (HKSAR)", 120)],
    (AW, "West Kowloon Magistrates' Courts, HKSAR", "2023-07-03", "NSD-WK-2023-0117"))

add("ab-06-uyghur-terrorism-cn", R, AB, "CN",
    "Modelled on Idris Hasan (Yidiresi Aishan): arrested in Casablanca in July 2021 on a PRC Red Notice; "
    "INTERPOL cancelled it in August 2021 (MENA Rights Group / Safeguard Defenders; Amnesty). 'Terrorist "
    "organisation' label attached to web design and translation for diaspora media. Written in Chinese.",
    ["http://www.menarights.org/en/articles/2-years-detention-uyghur-activist-idris-hasan-must-be-released",
     "https://www.amnesty.be/veux-agir/agir-individus/reseau-actions-urgentes/article/militant-ouighour-libere-prison-marocaine",
     "https://vdocuments.site/fa-no-room-to-run.html"],
    person("MAIMAITI", "Abulaiti", "M", "1988-02-17", ["CN"], "CN", "E71942266",
           aliases=["Ablet Memet", "阿布来提·买买提"], langs=["UIG", "TUR", "ZHO"]),
    "2016年至2021年间，犯罪嫌疑人在境外为“东突”组织设计、维护网站并翻译、传播宣扬极端主义的音视频材料，"
    "参加该组织的会议，为其招募人员提供帮助。该组织已被我国认定为恐怖组织。",
    "2016-05-01", "Istanbul, Türkiye / Korla, Xinjiang, China",
    [("参加恐怖组织罪 (participating in a terrorist organisation)",
      "《中华人民共和国刑法》第一百二十条 (Art. 120 PRC Criminal Code)", 120),
     ("宣扬恐怖主义、极端主义罪 (advocating terrorism and extremism)",
      "《刑法》第一百二十条之三", 60)],
    (AW, "巴音郭楞州公安局 (approved by Bayingolin Prefecture People's Procuratorate)", "2017-03-20",
     "巴公刑拘字[2017]0311号"))

add("ab-07-secession-refugee-cn", R, AB, "CN",
    "Modelled on Dolkun Isa: PRC Red Notice from 1997, recognised refugee in Germany 1996, notice deleted "
    "by INTERPOL in 2018 after Fair Trials' intervention (Fair Trials; WUC press release). Context carries "
    "a confirmed refugee status against the requesting state -> refugee policy applies.",
    ["https://www.fairtrials.org/articles/news/interpol-deletes-red-notice-against-persecuted-uyghur-dissident-dolkun-isa/",
     "https://www.uyghurcongress.org/en/?p=34081"],
    person("TURSUN", "Abdurehim", "M", "1967-09-03", ["DE"], "CN", "C4F7K2219", issuing="DE",
           aliases=["吐尔逊·阿不都热依木"], langs=["UIG", "DEU", "ENG"]),
    "犯罪嫌疑人自1990年代起在境外组织、领导以分裂国家为目的的组织，策划、煽动新疆地区的分裂活动，"
    "并为暴力恐怖活动提供舆论支持。",
    "1997-06-01", "Urumqi, Xinjiang, China (activities from Germany)",
    [("组织、领导、参加恐怖组织罪", "Art. 120 PRC Criminal Code", LIFE),
     ("分裂国家罪 (splitting the State)", "Art. 103 of the Criminal Code of the PRC", LIFE)],
    (AW, "新疆维吾尔自治区公安厅", "1997-11-05", "新公刑[1997]0788"),
    protected=[protection(person("TURSUN", "Abdurehim", "M", "1967-09-03", ["DE"], "CN", "C4F7K2219",
                                 issuing="DE"), "Refugee", ["CN"])])

add("ab-08-parental-retention-us", R, AB, "US",
    "Family matter despite a serious-sounding statute. Modelled on INTERPOL's 2022 restriction on Red "
    "Notices in parental child abduction where courts of two countries issued conflicting custody rulings "
    "or Hague proceedings are pending (otherside.law), and CCF Decision No. 1 (2025) 'Family matter - Not "
    "compliant'. 18 U.S.C. 1204 maximum 3 years (background knowledge, UNVERIFIED). Requester is a state "
    "with a good record, on purpose.",
    ["https://otherside.law/zh/challenge-interpol-red-yellow-notices-parental-child-abduction",
     "https://europeancourt.org/en/wp-json/wp/v2/pages/231328",
     "https://www.rednoticelawjournal.com/2011/08/interpol-and-child-custody-issues-red-notices-for-parents/"],
    person("MOREAU-PRICE", "Hélène", "F", "1985-12-05", ["US", "FR"], "FR", "18FD44102", issuing="FR",
           langs=["FRA", "ENG"]),
    "On or about August 14, 2024, defendant removed her minor daughter (age 6) from the State of Oregon to "
    "France and has since retained the child outside the United States with intent to obstruct the "
    "father's parental rights under a 2023 Multnomah County custody order. A French family court "
    "(Juge aux affaires familiales, Lyon) granted the defendant residence of the child on 3 December 2024; "
    "Hague Convention return proceedings are pending before the Lyon court.",
    "2024-08-14", "Portland, Oregon, United States",
    [("International parental kidnapping", "18 U.S.C. § 1204", 36)],
    (AW, "U.S. District Court for the District of Oregon", "2025-01-22", "3:25-mj-00019"))

add("ab-09-maintenance-fr", R, AB, "FR",
    "Family/private matter: non-payment of child maintenance. Penalty (2 years) exactly meets the 24-month "
    "threshold, so only the Art. 83 category rule stops it. Written in French. Penalty verified "
    "(legifrance/doctrine.fr text of art. 227-3).",
    ["https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000006418017",
     "https://rednoticetrack.com/interpol-and-parental-child-abduction"],
    person("BENHADDOU", "Karim", "M", "1982-07-19", ["FR", "MA"], "FR", "21AK88310", issuing="FR",
           langs=["FRA", "ARA"]),
    "Entre le 1er mars 2023 et le 31 janvier 2025, le mis en cause s'est abstenu de verser la contribution à "
    "l'entretien et l'éducation de ses deux enfants mineurs fixée à 450 euros par mois par jugement du juge "
    "aux affaires familiales de Lille du 12 janvier 2022, demeurant plus de deux mois sans s'acquitter "
    "intégralement de cette obligation (arriéré : 10 350 euros). Il réside désormais au Maroc.",
    "2023-03-01", "Lille (Nord), France",
    [("Abandon de famille (non-paiement de pension alimentaire)", "art. 227-3 du Code pénal", 24)],
    (AW, "Tribunal correctionnel de Lille (mandat d'arrêt)", "2025-04-02", "MA-25/0412"))

add("ab-10-adultery-eg", R, AB, "EG",
    "Family / behavioural-norm offence. Egyptian Penal Code: wife's adultery up to 2 years (Al Bawaba; "
    "MEWC/Al-Monitor). Article number 274 is from background knowledge and commentary, not the official "
    "text - UNVERIFIED. Written in Arabic.",
    ["https://www.albawaba.net/news/lawyer-challenges-constitutionality-egypt%E2%80%99s-adultery-law",
     "https://www.mewc.org/index.php/gender-issues/women-peace-security/9960-egypt-egyptian-bill-seeks-gender-equality-for-adultery"],
    person("EL-SAYED", "Mona Adel", "F", "1990-01-27", ["EG"], "EG", "A20911457", langs=["ARA", "ENG"]),
    "بتاريخ 2024/09/15 بدائرة قسم مصر الجديدة ارتكبت المتهمة جريمة الزنا حال قيام الزوجية، وذلك بناءً على "
    "شكوى زوجها المقدمة وفقاً للقانون، ثم غادرت البلاد إلى دولة أجنبية.",
    "2024-09-15", "Heliopolis, Cairo, Egypt",
    [("جريمة الزنا (زنا الزوجة)", "المادة 274 من قانون العقوبات المصري", 24)],
    (AW, "نيابة مصر الجديدة الجزئية", "2025-01-10", "2024/18873 جنح مصر الجديدة"))

add("ab-11-foreign-agent-ru", R, AB, "RU",
    "Foreign-agent law: journalist prosecuted for not labelling posts and not filing reports. Art. 330.1 "
    "maximum two years confirmed by Kommersant (Sept/Oct 2025). Exactly at the threshold - penalty test "
    "passes, so only Art. 3 / Art. 2 analysis refuses it.",
    ["https://www.kommersant.ru/doc/8062347",
     "https://www.sova-center.ru/misuse/news/lawmaking/2020/12/d43354/"],
    person("ORLOVA", "Yevgenia Markovna", "F", "1986-03-03", ["RU", "IL"], "RU", "760044512",
           aliases=["ОРЛОВА Евгения"], langs=["RUS", "HEB", "ENG"]),
    "The accused, included by the Ministry of Justice in the register of foreign agents on 29 September "
    "2023, after an administrative penalty under art. 19.34 CoAO, between 1 January and 30 June 2024 "
    "distributed 37 materials without the mandatory marking and failed to submit quarterly reports on the "
    "use of funds received from foreign sources.",
    "2024-01-01", "Moscow, Russian Federation",
    [("Evasion of obligations established by legislation on foreign agents",
      "ч. 2 ст. 330.1 УК РФ", 24)],
    (AW, "Meshchansky District Court of Moscow", "2024-10-21", "3/1-0977/2024"))

add("ab-12-foreign-funding-ngo-eg", R, AB, "EG",
    "Foreign funding / unregistered NGO. Modelled on Egypt's Case No. 173 ('foreign funding case') against "
    "human-rights NGOs (EIPR 2016) and the 2014 amendment of Penal Code art. 78 to life imprisonment "
    "(Library of Congress; Mada Masr). Euphemism: 'acts harmful to the national interest'. Arabic text.",
    ["https://eipr.org/en/press/2016/03/background-case-no-173-%E2%80%9Cforeign-funding-case%E2%80%9D",
     "http://www.loc.gov/law/foreign-news/article/egypt-presidential-decree-enhances-punishments-against-legal-persons-and-individuals-receiving-foreign-funding/"],
    person("ABDEL-RAHMAN", "Hossam Fathy", "M", "1975-05-18", ["EG"], "EG", "A11930284",
           langs=["ARA", "ENG", "FRA"]),
    "خلال الفترة من 2016 حتى 2022 تلقى المتهم أموالاً من جهات أجنبية بلغت 1.2 مليون دولار أمريكي بقصد "
    "ارتكاب أعمال ضارة بالمصلحة القومية والإخلال بالأمن والسلم العام، وأدار كياناً يمارس نشاط الجمعيات "
    "الأهلية دون ترخيص، وأصدر تقارير تمس سمعة البلاد.",
    "2016-01-01", "Cairo, Egypt",
    [("طلب وتلقي أموال من جهة أجنبية بقصد ارتكاب عمل ضار بمصلحة قومية",
      "المادة 78 من قانون العقوبات (معدلة بالقرار بقانون 128 لسنة 2014)", LIFE),
     ("ممارسة نشاط أهلي دون ترخيص", "قانون تنظيم العمل الأهلي رقم 149 لسنة 2019", 12)],
    (AW, "قاضي التحقيق المنتدب - القضية رقم 173 لسنة 2011 حصر تحقيق", "2022-11-07", "173/2011"))

add("ab-13-retrial-revolutionary-tr", R, AB, "TR",
    "Retrial after repeated acquittals for facts from the 1990s, membership of a 'revolutionary "
    "organisation'. Modelled on the Pinar Selek case: acquitted four times, acquittal reversed by the Court "
    "of Cassation in June 2022, new international arrest warrant sought January 2023 (Bianet/MLSA, "
    "esitlikadaletkadin). Unlike Selek, the facts here attribute no act of violence (fictionalised); "
    "INTERPOL did publish a notice for Selek in 2013 (Hurriyet), which is why the violent version would be 'hard'.",
    ["https://mlsaturkey.com/en/pinar-selek-has-been-on-trial-for-a-quarter-of-a-century-what-happened-from-1998-to-today",
     "https://esitlikadaletkadin.org/sociologist-writer-and-feminist-pinar-selek-faces-her-fifth-life-sentence",
     "https://www.aljazeera.com/features/2013/9/5/turkish-court-wants-scholar-on-interpol-list"],
    person("AKSOY", "Nurcan", "F", "1969-10-12", ["TR", "FR"], "TR", "U02277415", langs=["TUR", "FRA"]),
    "Şüpheli 1994-1997 yılları arasında 'Devrimci Halk Birliği' adlı silahlı terör örgütünün üyesi olarak "
    "örgüt yayın organını dağıtmış, örgüt toplantılarına katılmıştır. Şüpheli hakkında 2003, 2008 ve 2014 "
    "yıllarında beraat kararları verilmiş; Yargıtay Ceza Genel Kurulu 21.06.2022 tarihinde beraat kararını "
    "bozmuştur. Yeniden yargılamada duruşmalara katılmadığından yakalama kararı çıkarılmıştır.",
    "1994-03-01", "Istanbul, Türkiye",
    [("Silahlı terör örgütüne üye olma (membership of an armed organisation)", "TCK md. 314/2", 120),
     ("Devletin birlik ve bütünlüğünü bozmaya yönelik eylem (former penal code)",
      "765 sayılı TCK md. 125", LIFE)],
    (AW, "İstanbul 15. Ağır Ceza Mahkemesi", "2023-01-06", "2022/233 Esas"))

add("ab-14-blasphemy-sa", R, AB, "SA",
    "Blasphemy/apostasy. Modelled on Hamza Kashgari, detained in Malaysia in February 2012 over tweets "
    "addressed to the Prophet and returned to Saudi Arabia (AP/The National; ReadWrite). Whether an "
    "INTERPOL channel was used was disputed - UNVERIFIED. Anti-Cyber Crime Law art. 6 (5 years) from "
    "background knowledge - UNVERIFIED.",
    ["https://www.thenationalnews.com/world/asia/malaysia-deports-saudi-journalist-accused-of-blasphemy-on-twitter-1.377424",
     "http://readwrite.com/2012/02/13/malaysia_deports_saudi_to_face_capital_charge_for/"],
    person("AL-QAHTANI", "Faisal Nasser", "M", "1995-12-02", ["SA"], "SA", "P0183724",
           langs=["ARA", "ENG"]),
    "قام المتهم بتاريخ 1446/3/12هـ بنشر تغريدات عبر حسابه في موقع تويتر تتضمن إساءة للذات الإلهية "
    "والمقام النبوي والتشكيك في ثوابت الدين، مما يعد مساساً بالقيم الدينية والنظام العام، ثم غادر المملكة.",
    "2024-09-15", "Jeddah, Saudi Arabia",
    [("الإساءة إلى الدين والمساس بالقيم الدينية عبر الشبكة المعلوماتية",
      "Art. 6(1) Anti-Cyber Crime Law (Royal Decree M/17, 1428H)", 60),
     ("Apostasy / insulting the Prophet (ta'zir)", "Sharia (uncodified), ta'zir", LIFE)],
    (AW, "Specialized Criminal Court, Riyadh", "2024-10-01", "SCC-4611/1446"))

add("ab-15-blasphemy-pk", R, AB, "PK",
    "Blasphemy (religious offence, death penalty). Pakistan Penal Code s.295-C is a well-known provision; "
    "no specific INTERPOL case was confirmed in the search corpus - the case pattern is UNVERIFIED, the "
    "provision is from background knowledge.",
    ["Pakistan Penal Code (Act XLV of 1860), s. 295-C (use of derogatory remarks in respect of the Holy Prophet)"],
    person("MASIH", "Daniel Javed", "M", "1993-08-08", ["PK"], "PK", "BK7729941", langs=["URD", "ENG"]),
    "FIR No. 311/2024 PS Civil Lines: on 4 April 2024 the accused shared in a WhatsApp group of 220 members "
    "an image and remarks defiling the sacred name of the Holy Prophet (PBUH), hurting the religious "
    "feelings of Muslims. The accused absconded and is now believed to be in Thailand.",
    "2024-04-04", "Gujranwala, Punjab, Pakistan",
    [("Use of derogatory remarks in respect of the Holy Prophet", "PPC s.295-C", LIFE),
     ("Deliberate and malicious acts intended to outrage religious feelings", "Pakistan Penal Code s. 295-A", 120)],
    (AW, "Judicial Magistrate Section 30, Gujranwala", "2024-05-20", "FIR-311/2024"))

add("ab-16-desertion-ru", R, AB, "RU",
    "Purely military offence (desertion during mobilisation). Practitioner summary: INTERPOL categorically "
    "refuses desertion, draft evasion and AWOL (rednoticetrack). Russian text. Art. 338(2) penalty (up to "
    "15 years in mobilisation) from background knowledge - UNVERIFIED.",
    ["https://rednoticetrack.com/interpol-and-military-offences",
     "https://safewayadvisory.com/en/article-3-of-the-interpol-statute-protection-from-unlawful-prosecution/"],
    person("СЕМЁНОВ", "Дмитрий Олегович", "M", "1997-01-15", ["RU"], "RU", "758120077",
           aliases=["SEMYONOV Dmitry", "SEMENOV Dmitrii"], langs=["RUS"]),
    "Рядовой Семёнов Д.О., проходивший военную службу по мобилизации в в/ч 12345, 3 ноября 2022 года "
    "самовольно оставил место службы в г. Белгород в целях уклонения от прохождения военной службы и "
    "выехал в Республику Казахстан.",
    "2022-11-03", "г. Белгород, Российская Федерация",
    [("Дезертирство в период мобилизации", "ч. 2 ст. 338 УК РФ", 180)],
    (AW, "Белгородский гарнизонный военный суд", "2023-02-10", "3/2-0017/2023"))

add("ab-17-draft-evasion-ua", R, AB, "UA",
    "Draft evasion during mobilisation - military offence whatever the sympathy for the requesting state "
    "(neutrality test). Art. 336 Criminal Code of Ukraine penalty 3-5 years from background knowledge - "
    "UNVERIFIED.",
    ["https://rednoticetrack.com/interpol-and-military-offences",
     "Criminal Code of Ukraine, art. 336 (evasion of conscription during mobilisation)"],
    person("KOVALCHUK", "Taras Mykolayovych", "M", "1992-05-21", ["UA"], "UA", "FK204871",
           aliases=["КОВАЛЬЧУК Тарас"], langs=["UKR", "RUS"]),
    "Having received a summons from the Territorial Recruitment Centre of Lviv on 12 February 2024, the "
    "suspect failed to report for military service under mobilisation and on 20 February 2024 left Ukraine "
    "illegally across the border with Moldova outside a checkpoint.",
    "2024-02-20", "Lviv, Ukraine",
    [("Evasion of conscription for military service during mobilisation",
      "ст. 336 КК України", 60)],
    (AW, "Halytskyi District Court of Lviv", "2024-07-03", "461/5521/24"))

add("ab-18-jehovahs-witness-ru", R, AB, "RU",
    "'Extremism' for religious membership: Jehovah's Witnesses banned by the Russian Supreme Court on "
    "20 April 2017; F18News lists Jehovah's Witnesses on Russia's wanted list (Eurasia Review 2024). "
    "Facts are Bible study; euphemism 'continuing the activity of a liquidated organisation'. Art. 282.2(1) "
    "maximum 10 years - background knowledge, UNVERIFIED.",
    ["https://www.eurasiareview.com/20022024-russia-42-on-wanted-list-for-exercising-freedom-of-religion-or-belief/",
     "https://jwitness.wordpress.com/2017/04/25/interview-with-an-attorney-member-of-the-human-rights-council-under-the-president-of-the-russian-federation/"],
    person("VOLKOVA", "Larisa Petrovna", "F", "1964-02-28", ["RU"], "RU", "712205836",
           aliases=["ВОЛКОВА Лариса"], langs=["RUS", "FIN"]),
    "From January 2019 to March 2023 the accused organised gatherings in private flats in Petrozavodsk at "
    "which she conducted sessions on religious literature and recruited new participants, thereby "
    "continuing the activity of a religious organisation liquidated by a court decision and recognised as "
    "extremist.",
    "2019-01-10", "Petrozavodsk, Republic of Karelia, Russian Federation",
    [("Organising the activity of an extremist organisation", "ч. 1 ст. 282.2 УК РФ", 120)],
    (AW, "Petrozavodsk City Court", "2023-08-15", "3/1-231/2023"))

add("ab-19-hizb-ut-tahrir-uz", R, AB, "UZ",
    "Membership-only 'religious extremism' charge (Hizb ut-Tahrir study circles, no act of violence). "
    "Article 244-2 of the Uzbek Criminal Code from background knowledge - UNVERIFIED. Pattern of Central "
    "Asian requests against religious exiles: Foreign Policy Centre 'No Shelter' (2016); F18News (2024).",
    ["https://fpc.org.uk/no-shelter-introduction-harassment-activists-abroad-intelligence-services-former-soviet-union/",
     "https://www.eurasiareview.com/20022024-russia-42-on-wanted-list-for-exercising-freedom-of-religion-or-belief/"],
    person("TOSHMATOV", "Bakhrom Ilkhomovich", "M", "1984-09-17", ["UZ"], "UZ", "FA3398217",
           langs=["UZB", "RUS", "ARA"]),
    "В 2015-2019 годах обвиняемый являлся участником запрещённой религиозной экстремистской организации "
    "«Хизб ут-Тахрир аль-Ислами», посещал закрытые собрания (халака) в г. Андижан, хранил и распространял "
    "журнал «Аль-Ваъй».",
    "2015-06-01", "Andijan, Uzbekistan",
    [("Creation, leadership or participation in religious extremist, separatist, fundamentalist or other "
      "banned organisations", "Article 244-2 of the Criminal Code of the Republic of Uzbekistan", 180)],
    (AW, "Andijan Regional Criminal Court", "2019-11-04", "1-1287/2019"))

add("ab-20-mass-riots-by", R, AB, "BY",
    "Peaceful protest reworded as 'mass riots' (Belarus, August 2020). INTERPOL reportedly rejected Belarusian "
    "attempts to list Tsikhanouskaya and other opposition leaders (Belsat 2021); Partyzanka reports continuing "
    "detentions on Belarusian notices. No personal violence is alleged. Penalties (art. 293(2) up to 8 years) "
    "from background knowledge - UNVERIFIED.",
    ["https://belsat.eu/en/news/04-11-2021-belarusians-picket-interpol-office-in-warsaw/",
     "https://reform.news/en/two-belarusians-detained-in-the-eu-in-two-days-on-interpol-notices-partyzanka"],
    person("ЯРОШЕВИЧ", "Павел Андреевич", "M", "1994-12-01", ["BY"], "BY", "MP4417720",
           aliases=["YAROSHEVICH Pavel", "YARASHEVICH Pavel"], langs=["BEL", "RUS", "POL"]),
    "9-10 августа 2020 года обвиняемый принял активное участие в массовых беспорядках на проспекте "
    "Победителей в г. Минске, сопровождавшихся блокированием движения транспорта, неповиновением "
    "законным требованиям сотрудников милиции, выкрикиванием лозунгов; координировал действия "
    "участников через Telegram-чат.",
    "2020-08-09", "г. Минск, Республика Беларусь",
    [("Участие в массовых беспорядках", "ч. 2 ст. 293 УК РБ", 96),
     ("Организация и подготовка действий, грубо нарушающих общественный порядок", "ст. 342 УК РБ", 36)],
    (AW, "Следственный комитет Республики Беларусь (санкция прокурора г. Минска)", "2020-10-15",
     "20011040123"))

add("ab-21-hooliganism-religious-ru", R, AB, "RU",
    "Peaceful performance charged as 'hooliganism motivated by religious hatred' (pattern of the 2012 "
    "Pussy Riot cathedral case; public-order charge for expressive act). No specific INTERPOL request in "
    "this pattern was confirmed - UNVERIFIED; art. 213(2) up to 7 years from background knowledge.",
    ["https://www.rednoticelawjournal.com/tag/political-motivation/",
     "https://docslib.org/doc/6402508/russias-abuse-of-interpol"],
    person("ZOTOVA", "Alina Sergeyevna", "F", "1998-07-07", ["RU"], "RU", "765503392",
           langs=["RUS", "ENG"]),
    "On 21 February 2025 the accused, acting by prior agreement with unidentified persons, entered the "
    "Cathedral of the Nativity in Kazan, climbed onto the soleas and for 40 seconds performed a song with "
    "obscene words, grossly violating public order and expressing clear disrespect for society, motivated "
    "by hatred towards a social group (Orthodox believers). No damage or injury resulted.",
    "2025-02-21", "Kazan, Republic of Tatarstan, Russian Federation",
    [("Hooliganism by a group by prior agreement, motivated by religious hatred",
      "ч. 2 ст. 213 УК РФ", 84)],
    (AW, "Vakhitovsky District Court of Kazan", "2025-05-12", "3/2-93/2025"))

P_BR = person("FAIRBANKS", "William Edward", "M", "1964-04-23", ["GB"], "US", "552918374", issuing="GB",
              langs=["ENG"])
add("ab-22-repeat-browder-type-ru", R, AB, "RU",
    "Repeated request against a person already refused. Modelled on Bill Browder: Russia tried six times; "
    "INTERPOL said in 2013 the request was 'of a predominantly political nature', rejected again in October "
    "2017; in-absentia tax-evasion conviction, 9 years (NYT via newssniffer; Moscow Times). Prior-refusal "
    "references and dates in context are fictionalised.",
    ["https://newssniffer.co.uk/articles/1610087/versions/5783694",
     "https://themoscowtimes.com/news/spain-arrests-us-born-investor-browder-on-russian-interpol-warrant-61624"],
    P_BR,
    "The convicted person, head of an investment fund, in 2001-2004 used sham tax benefits in the "
    "Republic of Kalmykia for companies under his control, evading corporate tax of RUB 3.1 billion. "
    "Convicted in absentia by the Tverskoy District Court of Moscow on 29 December 2017.",
    "2001-01-01", "Moscow and Elista, Russian Federation",
    [("Tax evasion by an organisation on a particularly large scale by an organised group",
      "п. «а», «б» ч. 2 ст. 199 УК РФ", 72),
     ("Tax evasion by an individual on a particularly large scale", "ч. 2 ст. 198 УК РФ", 36)],
    (AW, "Tverskoy District Court of Moscow", "2017-12-29", "1-0311/2017"),
    wanted="SentenceEnforcement", imposed=108, remaining=108,
    prior=[refusal("2013/RN-4471", P_BR, "2013-07-26",
                   "Art. 3 - predominantly political nature"),
           refusal("2017/DIF-8812", P_BR, "2017-10-20",
                   "Art. 3 - same facts; request cancelled, NCBs advised to ignore")])

P_DU = person("ÖZKAN", "Levent", "M", "1961-06-16", ["TR"], "TR", "U00631558",
              aliases=["OZKAN Levent"], langs=["TUR", "DEU", "ENG"])
add("ab-23-repeat-journalist-espionage-tr", R, AB, "TR",
    "Repeated request + national security charge for journalism, written without the obvious words. "
    "Modelled on Can Dündar (sentenced in absentia to 27 years 6 months in December 2020 for "
    "'espionage' over the MIT trucks story; courts sought Red Notices in 2017 and 2021; Turkish Minute; "
    "Medya News). The prior refusal is fictional.",
    ["https://turkishminute.com/2021/06/08/turkeyseeks-interpol-red-notice-for-exiled-journalist-dundar/amp",
     "https://medyanews.net/turkey-adds-journalist-can-dundar-to-grey-list-of-wanted-terrorists/"],
    P_DU,
    "Hükümlü, 29.05.2015 tarihinde yayın yönetmeni olduğu gazetede Devlet'in güvenliğine ilişkin gizli "
    "kalması gereken bilgi ve belgeleri siyasal ve askeri casusluk maksadıyla temin ederek yayımlamış, "
    "silahlı terör örgütüne bilerek ve isteyerek yardım etmiştir.",
    "2015-05-29", "Istanbul, Türkiye",
    [("Devletin güvenliğine ilişkin gizli belgeleri casusluk maksadıyla temin etme (espionage)",
      "TCK md. 328", 240),
     ("Silahlı terör örgütüne yardım (aiding an armed organisation)", "TCK md. 314/2 ve 220/7", 90)],
    (AW, "İstanbul 14. Ağır Ceza Mahkemesi", "2020-12-23", "2020/186 Esas"),
    wanted="SentenceEnforcement", imposed=330, remaining=330,
    prior=[refusal("2021/RN-55120",
                   person("OEZKAN", "Levent", "M", "1961-06-16", ["TR"], "TR", "U00631558"),
                   "2021-09-30", "Art. 3 - journalism; predominance of political element")])

P_AR = person("AL-MADANI", "Hussain Ali", "M", "1993-07-11", ["BH"], "BH", "2189320",
              aliases=["ALMADANI Hussein"], langs=["ARA", "ENG"])
add("ab-24-refugee-footballer-bh", R, AB, "BH",
    "Refugee sought by the state he fled. Modelled on Hakeem al-Araibi: refugee status in Australia 2017, "
    "Bahraini in-absentia conviction (10 years, vandalism of a police station) in January 2014, Red Notice "
    "issued 8 November 2018 contrary to the refugee policy and lifted after his arrest in Bangkok "
    "(Guardian; ADHRB). Arabic summary.",
    ["https://www.theguardian.com/world/2018/dec/12/hakeem-al-araibi-interpol-red-notice-against-refugee-contravened-its-own-regulations",
     "https://adhrb.org/?p=16385"],
    P_AR,
    "قام المحكوم عليه بتاريخ 2012/11/03 مع آخرين بالاعتداء على مركز شرطة الخميس وإتلافه وإضرام النار "
    "فيه لأغراض إرهابية، وقد صدر بحقه حكم غيابي بالسجن عشر سنوات.",
    "2012-11-03", "Al-Khamis, Manama, Bahrain",
    [("إتلاف منشأة عامة وإضرام النار لغرض إرهابي",
      "Penal Code of Bahrain arts. 277 and 279; Law No. 58 of 2006 (Protection of Society from Terrorist Acts)", 120)],
    (AW, "High Criminal Court, Manama", "2014-01-05", "2013/07711/4"),
    wanted="SentenceEnforcement", imposed=120, remaining=120,
    protected=[protection(P_AR, "Refugee", ["BH"])])

P_KU = person("KUZNETSOV", "Roman Viktorovich", "M", "1981-08-19", ["RU"], "RU", "751033210",
              aliases=["КУЗНЕЦОВ Роман"], langs=["RUS", "LIT", "ENG"])
add("ab-25-asylee-poster-theft-ru", R, AB, "RU",
    "Asylee sought by the state he fled, on a trivial theft charge with a political backdrop. Modelled on "
    "Nikita Kulachenkov (anti-corruption investigator; 'theft' of a street poster valued at $1.55; diffusion "
    "to 50 countries; asylum in Lithuania) - Fair Trials case study; NYT 2016.",
    ["https://www.fairtrials.org/articles/case-studies/nikita-kulachenkov/",
     "http://leagueoftechnicalvoters.org/2016/11/11/how-moscow-uses-interpol-to-pursue-its-enemies/"],
    P_KU,
    "On 3 May 2014, in Vladimir, the accused, acting in a group by prior agreement, secretly stole a "
    "graphic work (drawing on paper) belonging to citizen M., causing significant damage.",
    "2014-05-03", "Vladimir, Russian Federation",
    [("Theft committed by a group of persons by prior agreement", "п. «а» ч. 2 ст. 158 УК РФ", 60)],
    (AW, "Leninsky District Court of Vladimir", "2015-06-18", "3/1-201/2015"),
    colour="Diffusion", protected=[protection(P_KU, "Asylum", ["RU"])])

add("ab-26-group24-tj", R, AB, "TJ",
    "Tajik opposition 'Group 24', banned as extremist/terrorist in 2014; HRW / Norwegian Helsinki Committee "
    "on attempted returns from Lithuania, Poland, Türkiye; a Group 24 member placed on INTERPOL's list in 2015 "
    "(RFE/RL). Article 307 numbers from background knowledge - UNVERIFIED.",
    ["https://rferl.org/amp/tajikistan-hrw-dissidents-return-poland-lithuania-turkey-exile/32907459.html",
     "https://justicespreader.com/tajikistan-and-turkiye-should-not-return-dissidents"],
    person("KHUDOYBERDIEVA", "Shahnoza", "F", "1989-04-04", ["TJ"], "TJ", "400839211",
           langs=["TGK", "RUS"]),
    "В 2014-2015 годах обвиняемая, являясь участницей организации «Группа 24», признанной Верховным судом "
    "РТ экстремистской, через социальные сети распространяла видеообращения с публичными призывами к "
    "насильственному изменению конституционного строя Республики Таджикистан.",
    "2014-10-10", "Dushanbe, Tajikistan (online, from the Russian Federation)",
    [("Публичные призывы к насильственному изменению конституционного строя", "ч. 2 ст. 307 УК РТ", 180),
     ("Участие в деятельности экстремистской организации", "ст. 307(3) УК Республики Таджикистан", 120)],
    (AW, "Prosecutor General of the Republic of Tajikistan (sanctioned)", "2015-02-12", "PG-TJ-15-0212"))

add("ab-27-turkmen-blogger-tm", R, AB, "TM",
    "Turkmen exile blogger; Turkmenistan among the top five perpetrators of transnational repression in 2023 "
    "(Freedom House via Central Asia 24: blogger Farhad Durdyev returned from Türkiye). Charge 'inciting "
    "hatred' for videos on food queues. Article number from background knowledge - UNVERIFIED.",
    ["https://centralasia24.com/turkmenistan/national-security/post/32/turkmenistan-among-top-countries-pursuing-dissidents-abroad-in-2023",
     "https://fpc.org.uk/no-shelter-introduction-harassment-activists-abroad-intelligence-services-former-soviet-union/"],
    person("ORAZOV", "Merdan", "M", "1990-10-10", ["TM"], "TM", "A1293388", langs=["TUK", "RUS", "TUR"]),
    "In 2022-2023 the accused, residing in Istanbul, published on a video-sharing platform 46 videos "
    "containing deliberately distorted information about the supply of bread and flour in Mary province, "
    "aimed at inciting social discord and undermining public trust in the authorities.",
    "2022-06-01", "Mary, Turkmenistan (online)",
    [("Incitement of social, national or religious hatred", "art. 177 Criminal Code of Turkmenistan", 60)],
    (AW, "Prosecutor's Office of Mary velayat", "2023-08-22", "TM-MR-23-114"))

add("ab-28-false-info-commentator-rw", R, AB, "RW",
    "Rwanda: commentator abroad charged with 'spreading false information to create hostile international "
    "opinion'. HRW 2023 report on Rwanda's misuse of Red Notices, confirmed by INTERPOL in two cases (Red "
    "Notice Monitor). Law No. 68/2018 art. 194 number and 7-10 year penalty from background knowledge - UNVERIFIED.",
    ["https://www.rednoticemonitor.com/post/human-rights-watch-calls-on-countries-to-vet-all-interpol-red-notices-from-rwanda-to-prevent-abuse",
     "https://www.rednoticemonitor.com/post/rwanda-joins-list-of-regimes-abusing-interpol-systems"],
    person("MUGISHA", "Jean-Bosco", "M", "1983-03-30", ["RW", "BE"], "RW", "PC882013",
           langs=["KIN", "FRA", "ENG"]),
    "Entre janvier et juin 2024, le suspect, résidant en Belgique, a diffusé sur sa chaîne YouTube des "
    "émissions contenant de fausses informations sur les institutions de l'État, dans l'intention de "
    "provoquer une opinion internationale hostile envers le Gouvernement rwandais, ainsi que des propos "
    "constitutifs d'idéologie du génocide. Ceci n'est pas une affaire politique.",
    "2024-01-15", "Kigali, Rwanda (online)",
    [("Spreading false information with intent to cause a hostile international opinion against the "
      "Rwandan Government", "Law No. 68/2018 of 30/08/2018, art. 194", 120),
     ("Genocide ideology", "Law No. 59/2018 on the crime of genocide ideology, art. 4", 108)],
    (AW, "Intermediate Court of Nyarugenge", "2024-09-09", "RP 00412/2024/TGI/NYGE"))

add("ab-29-treason-tweet-ve", R, AB, "VE",
    "Venezuela: opposition leader in exile in Spain charged with treason and 'instigating armed action' "
    "for endorsing on social media a call for foreign intervention (Leopoldo López pattern, January 2025; "
    "also 2023 red-alert requests against Figuera/Vásquez/Fernández). Spanish text; mislabel of speech as "
    "armed action.",
    ["https://nxnoticias.com/venezuela-solicito-a-la-interpol-una-notificacion-roja-para-detener-a-leopoldo-lopez",
     "https://uk.news.yahoo.com/venezuela-targets-opposition-figures-interpol-223618186.html"],
    person("ARISMENDI URDANETA", "Gustavo Adolfo", "M", "1971-04-29", ["VE", "ES"], "VE", "153321908",
           langs=["SPA", "ENG"]),
    "El 11 de enero de 2025, desde Madrid, el imputado difundió por la red social X un mensaje en el que "
    "respaldó la propuesta de una intervención militar extranjera contra la República, instigando a "
    "acciones armadas, en asociación con factores de la ultraderecha internacional.",
    "2025-01-11", "Caracas, Venezuela (mensaje emitido desde Madrid)",
    [("Traición a la patria", "Art. 128 del Código Penal venezolano", 360),
     ("Conspiración y asociación para delinquir",
      "Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo, art. 37", 120)],
    (AW, "Tribunal Primero de Control con Competencia en Terrorismo, Caracas", "2025-01-13", "TC1-2025-004"))

add("ab-30-cybercrime-fake-news-ni", R, AB, "NI",
    "Nicaragua: exile journalist charged under the 'special cybercrime law' and 'undermining national "
    "integrity'; US human-rights report warned Nicaraguan police tried to manipulate INTERPOL against "
    "refugees (latin-american.news). Article numbers from background knowledge - UNVERIFIED.",
    ["https://latin-american.news/nicaraguan-opponents-call-on-interpol-to-be-careful-with-the-signings-made-by-the-ortega-murillo-dictatorship"],
    person("SOLÓRZANO BRAVO", "Lucía Fernanda", "F", "1987-02-14", ["NI", "CR"], "NI", "C01877364",
           langs=["SPA"]),
    "Entre abril y julio de 2023 la imputada, desde San José, Costa Rica, publicó en un medio digital "
    "noticias falsas que produjeron alarma y zozobra en la población y menoscabaron la integridad "
    "nacional, incitando a la injerencia extranjera en los asuntos internos.",
    "2023-04-18", "Managua, Nicaragua",
    [("Propagación de noticias falsas a través de las TIC", "Ley 1042 Especial de Ciberdelitos, art. 30", 60),
     ("Menoscabo a la integridad nacional", "Art. 410 Código Penal de Nicaragua (Ley 641), reformado por Ley 1060",
      180)],
    (AW, "Juzgado Décimo Distrito Penal de Audiencia de Managua", "2023-08-30", "012233-ORM4-2023-PN"))

P_SB = person("NURLANQYZY", "Gulnar", "F", "1977-01-05", ["CN"], "CN", "E28813304",
              aliases=["努尔兰克孜·古丽娜尔"], langs=["KAZ", "ZHO"])
add("ab-31-camp-witness-secrets-cn", R, AB, "CN",
    "Witness to the Xinjiang camps charged with 'illegally providing state secrets abroad'; asylum in "
    "Sweden. Modelled on Sayragul Sauytbay (convicted in Kazakhstan only of illegal border crossing, "
    "6-month suspended sentence; left for Sweden June 2019 - The Diplomat; Eurasianet). The PRC charge "
    "itself is fictionalised.",
    ["https://thediplomat.com/2019/06/xinjiang-camp-whistle-blower-sauytbay-seeks-asylum-elsewhere/",
     "https://eurasianet.org/kazakhstan-xinjiang-kazakh-finds-haven-in-europe"],
    P_SB,
    "犯罪嫌疑人曾在伊犁州某职业技能教育培训中心任教，2018年4月偷越国境，并向境外机构和媒体非法提供"
    "所掌握的国家秘密和内部信息，严重损害国家安全和利益。",
    "2018-04-05", "Yili (Ili) Kazakh Autonomous Prefecture, Xinjiang, China",
    [("为境外非法提供国家秘密、情报罪", "《中华人民共和国刑法》第一百一十一条", LIFE),
     ("偷越国（边）境罪 (illegal border crossing)", "Art. 322 PRC Criminal Code", 12)],
    (AW, "伊犁哈萨克自治州国家安全局", "2019-07-01", "伊安刑[2019]07号"),
    protected=[protection(P_SB, "Asylum", ["CN"])])

add("ab-32-terror-label-telegram-ru", R, AB, "RU",
    "Mislabel: requested under 'terrorism' for a Telegram comment. Art. 205.2 ('public justification of "
    "terrorism' on the internet, up to 7 years) is widely used against commentary - background knowledge, "
    "UNVERIFIED. The request claims 'terrorism - not political'. Pattern: Free Russia Foundation report on "
    "Russia using terrorism labels via INTERPOL (vayfond.com).",
    ["https://vayfond.com/en/5393/",
     "https://www.newsy-today.com/?p=3468076"],
    person("BELOUSOV", "Ilya Konstantinovich", "M", "2000-03-19", ["RU"], "RU", "768811204",
           langs=["RUS", "ENG"]),
    "TERRORISM. On 8 October 2022 the accused posted in a public Telegram chat (1,200 members) a comment "
    "approving the explosion on the Crimean Bridge of the same day, thereby publicly justifying terrorism "
    "using the internet. This request concerns a terrorist offence and is not of a political character.",
    "2022-10-08", "Novosibirsk, Russian Federation (online)",
    [("Public justification of terrorism using the internet", "ч. 2 ст. 205.2 УК РФ", 84)],
    (AW, "2nd Western District Military Court (in absentia custody order)", "2023-03-15", "3/2-51/2023"))

add("ab-33-inciting-subversion-cn", R, AB, "CN",
    "Art. 105(2) PRC Criminal Code (inciting subversion of State power) for essays - a pure political "
    "offence. Pattern: HRW letter to INTERPOL (2017) and Safeguard Defenders 'No Room to Run' (2021) on PRC "
    "misuse against dissidents; the individual is fictional.",
    ["https://www.hrw.org/news/2017/09/24/letter-hrw-interpol-secretary-general-stock",
     "https://vdocuments.site/fa-no-room-to-run.html"],
    person("ZHOU", "Wenjie", "M", "1972-11-11", ["CN"], "CN", "E50023177", aliases=["周文杰"],
           langs=["ZHO", "ENG"]),
    "犯罪嫌疑人周文杰于2021年至2023年间，在境外网站发表文章四十余篇，以造谣、诽谤等方式煽动颠覆国家"
    "政权、推翻社会主义制度，并联络境内人员传播。",
    "2021-03-01", "Beijing, China (online)",
    [("煽动颠覆国家政权罪 (inciting subversion of State power)",
      "Art. 105 of the Criminal Code of the PRC (para. 2)", 180)],
    (AW, "北京市国家安全局 (approved by Beijing No. 2 Branch People's Procuratorate)", "2023-09-18",
     "京安刑[2023]112号"))

add("ab-34-calls-for-sanctions-by", R, AB, "BY",
    "Belarus art. 361 ('calls for actions aimed at harming national security', including calls for "
    "sanctions) used against exiles after 2020; leaked calls show attempts to list Tsikhanouskaya, rejected "
    "by INTERPOL (Belsat). Article scope from background knowledge - UNVERIFIED.",
    ["https://belsat.eu/en/news/04-11-2021-belarusians-picket-interpol-office-in-warsaw/",
     "https://www.voiceofbelarus.org/belarus-news/representatives-of-belarusian-diaspora-in-france-held-a-picket-near-interpols-headquarters/"],
    person("LITVINCHUK", "Volha", "F", "1985-06-06", ["BY"], "BY", "MC1190382",
           aliases=["ЛИТВИНЧУК Ольга", "LITVINCHUK Olga"], langs=["BEL", "RUS", "LIT", "ENG"]),
    "В 2021-2023 годах обвиняемая, находясь в Литовской Республике, в интервью иностранным СМИ и на "
    "встречах с должностными лицами иностранных государств призывала к введению ограничительных мер "
    "(санкций) в отношении предприятий Республики Беларусь, направленных на причинение вреда "
    "национальной безопасности.",
    "2021-05-01", "г. Минск, Республика Беларусь (действия за рубежом)",
    [("Призывы к действиям, направленным на причинение вреда национальной безопасности",
      "ч. 3 ст. 361 УК РБ", 144)],
    (AW, "КГБ Республики Беларусь (санкция Генеральной прокуратуры)", "2023-04-03", "23-KGB-0915"))

# ---------------------------------------------------------------- LEGITIMATE (expected clear)

add("lg-01-murder-ru", C, LG, "RU",
    "Ordinary homicide requested by Russia; must pass despite the requester's record. Art. 105(1) penalty "
    "6-15 years (background knowledge; Russian Criminal Code). Comparable: TASS 2017 on Russians returned "
    "from Thailand for homicide and fraud.",
    ["http://tass.com/society/954955",
     "Criminal Code of the Russian Federation (Federal Law No. 63-FZ of 13.06.1996), art. 105 part 1"],
    person("ЗАХАРЧЕНКО", "Виталий Юрьевич", "M", "1985-02-02", ["RU"], "RU", "733901266",
           aliases=["ZAKHARCHENKO Vitaly"], langs=["RUS"]),
    "14 июня 2024 года около 23:40 в квартире по ул. Малышева, д. 51 в г. Екатеринбурге обвиняемый в "
    "ходе ссоры на почве личных неприязненных отношений нанёс потерпевшему Р. не менее пяти ударов "
    "кухонным ножом в грудь и живот, от которых потерпевший скончался на месте. Нож с отпечатками и "
    "следами крови изъят; заключение СМЭ № 2411 прилагается. 16 июня обвиняемый вылетел в Таиланд.",
    "2024-06-14", "г. Екатеринбург, Российская Федерация",
    [("Убийство (умышленное причинение смерти другому человеку)", "ч. 1 ст. 105 УК РФ", 180)],
    (AW, "Ленинский районный суд г. Екатеринбурга", "2024-07-02", "3/1-0566/2024"))

add("lg-02-murder-tr", C, LG, "TR",
    "Ordinary homicide requested by Türkiye (which also files abusive requests). TCK art. 82 qualified "
    "homicide carries aggravated life imprisonment (background knowledge).",
    ["Turkish Penal Code No. 5237, art. 81-82 (intentional and qualified homicide)"],
    person("ÇELİK", "Burak", "M", "1990-08-25", ["TR"], "TR", "U14470312", aliases=["CELIK Burak"],
           langs=["TUR"]),
    "On 02.11.2024 at about 21:15, in front of a café on Kıbrıs Şehitleri Caddesi, Alsancak, İzmir, the "
    "suspect shot the victim A.Y. four times with an unlicensed 9 mm pistol after a dispute over a debt of "
    "300,000 TRY, killing him. CCTV footage, ballistic report and two eyewitness statements are in the file. "
    "The suspect left Türkiye for Georgia on 04.11.2024 via Sarp border gate.",
    "2024-11-02", "Alsancak, İzmir, Türkiye",
    [("Qualified intentional homicide (premeditated)", "TCK md. 82/1-a", LIFE),
     ("Unlicensed possession of a firearm", "Law No. 6136, art. 13", 60)],
    (AW, "İzmir 3rd Criminal Judgeship of Peace", "2024-11-05", "2024/8841 D.İş"))

add("lg-03-murder-cn", C, LG, "CN",
    "Ordinary homicide requested by China; must pass. Art. 232 PRC Criminal Code (intentional homicide: "
    "death, life or not less than 10 years) - background knowledge.",
    ["Criminal Law of the People's Republic of China (1997, as amended), Art. 232"],
    person("WANG", "Haitao", "M", "1983-05-09", ["CN"], "CN", "E66120395", aliases=["王海涛"],
           langs=["ZHO"]),
    "2023年8月19日凌晨2时许，犯罪嫌疑人王海涛在广东省东莞市长安镇某出租屋内，因感情纠纷持刀刺伤"
    "被害人李某（女，29岁）胸部、颈部多处，致其失血性休克死亡。现场提取的凶器及血迹经DNA鉴定与"
    "犯罪嫌疑人一致。犯罪嫌疑人于8月21日经深圳湾口岸出境。",
    "2023-08-19", "Chang'an Town, Dongguan, Guangdong, China",
    [("故意杀人罪 (intentional homicide)", "《中华人民共和国刑法》第二百三十二条", LIFE)],
    (AW, "东莞市公安局 (approved by Dongguan People's Procuratorate)", "2023-09-01",
     "东公(长)捕字[2023]0419号"))

add("lg-04-murder-eg", C, LG, "EG",
    "Ordinary premeditated murder requested by Egypt; must pass. Penal Code arts. 230-231 (premeditated "
    "murder, death) - background knowledge.",
    ["Egyptian Penal Code (Law No. 58 of 1937), arts. 230-231"],
    person("SHAHIN", "Tarek Mahmoud", "M", "1987-12-13", ["EG"], "EG", "A28843170",
           langs=["ARA"]),
    "في مساء يوم 2024/03/07 بدائرة مركز طنطا قتل المتهم المجني عليه (ابن عمه) عمداً مع سبق الإصرار "
    "والترصد بسبب نزاع على ميراث قطعة أرض زراعية، بأن أطلق عليه ثلاثة أعيرة نارية من بندقية آلية، "
    "وثبت ذلك بتقرير الطب الشرعي وأقوال ثلاثة شهود، ثم فر إلى ليبيا.",
    "2024-03-07", "Tanta, Gharbia Governorate, Egypt",
    [("القتل العمد مع سبق الإصرار والترصد", "المادتان 230 و231 من قانون العقوبات", LIFE),
     ("حيازة سلاح ناري مششخن بدون ترخيص", "Law No. 394 of 1954 on Weapons and Ammunition, art. 26", 180)],
    (AW, "Tanta Criminal Court (Public Prosecution order)", "2024-04-02", "2024/5521 جنايات مركز طنطا"))

add("lg-05-cocaine-co", C, LG, "CO",
    "Drug trafficking; Colombian Penal Code art. 376 (128-360 months) - background knowledge.",
    ["Código Penal colombiano (Ley 599 de 2000), art. 376 (tráfico, fabricación o porte de estupefacientes)"],
    person("RESTREPO OSPINA", "Jhon Fredy", "M", "1979-06-30", ["CO"], "CO", "AU448120", langs=["SPA"],
           aliases=["El Paisa"]),
    "El 17 de febrero de 2024 en el puerto de Buenaventura se incautaron 2.340 kg de clorhidrato de cocaína "
    "ocultos en un contenedor de banano con destino a Amberes. Interceptaciones telefónicas autorizadas y "
    "el testimonio de dos coimputados identifican al requerido como el coordinador logístico que contrató "
    "el contenedor y pagó a los operarios portuarios.",
    "2024-02-17", "Buenaventura, Valle del Cauca, Colombia",
    [("Tráfico, fabricación o porte de estupefacientes (agravado)", "Art. 376 inc. 1 Código Penal", 360),
     ("Concierto para delinquir agravado", "Art. 340 inc. 2 Código Penal", 216)],
    (AW, "Juzgado Tercero Penal Municipal con Función de Control de Garantías de Cali", "2024-03-11",
     "76001-6000-000-2024-00211"))

add("lg-06-meth-th", C, LG, "TH",
    "Drug trafficking requested by Thailand (which also requests s.112 cases); must pass. Narcotics Code "
    "section numbers are UNVERIFIED.",
    ["Narcotics Code B.E. 2564 (2021), Thailand - trafficking of Category 1 narcotics"],
    person("PHONGSRI", "Kittipong", "M", "1986-01-19", ["TH"], "TH", "AB0711344", langs=["THA", "LAO"]),
    "On 5 July 2024 at Chiang Khong checkpoint police seized 1.2 million methamphetamine tablets (yaba) "
    "and 48 kg of crystal methamphetamine concealed in a pickup truck. The driver, arrested, identified the "
    "suspect as the financier; bank transfers of THB 6.8 million from the suspect's account to the driver's "
    "associates and phone records corroborate. The suspect crossed into Lao PDR on 6 July 2024.",
    "2024-07-05", "Chiang Khong, Chiang Rai, Thailand",
    [("Possession of Category 1 narcotics for the purpose of disposal, large quantity",
      "Narcotics Code B.E. 2564 s. 90 and s. 145", LIFE),
     ("Conspiracy / supporting a drug network", "Narcotics Code B.E. 2564 s. 126", 180)],
    (AW, "Chiang Rai Provincial Court", "2024-07-20", "Jor.342/2567"))

add("lg-07-child-abuse-de", C, LG, "DE",
    "Child sexual abuse; § 176c StGB (serious sexual abuse of children, not less than 2 years, up to 15) - "
    "background knowledge.",
    ["German Criminal Code (StGB), § 176c Schwerer sexueller Missbrauch von Kindern"],
    person("HOFMANN", "Jens-Peter", "M", "1971-09-29", ["DE"], "DE", "C01X9M7R2", langs=["DEU", "ENG"]),
    "Between March 2021 and November 2023 in Leipzig the suspect, a youth sports coach, on at least 14 "
    "occasions performed acts of sexual penetration on a boy born in 2012 entrusted to him for training, "
    "and filmed some of the acts. Video files were recovered from his seized laptop (forensic report LKA "
    "Sachsen). He left for the Philippines on 2 December 2023.",
    "2021-03-01", "Leipzig, Saxony, Germany",
    [("Serious sexual abuse of children (14 counts)", "§ 176c Abs. 1 Nr. 2a StGB", 180),
     ("Production of child sexual abuse material", "§ 184b Abs. 1 Nr. 3 StGB", 120)],
    (AW, "Amtsgericht Leipzig (Haftbefehl)", "2023-12-15", "256 Gs 1481/23"))

add("lg-08-child-rape-gb", C, LG, "GB",
    "Child sexual abuse requested by the United Kingdom. Sexual Offences Act 2003 s.5 (rape of a child "
    "under 13, life) - background knowledge.",
    ["Sexual Offences Act 2003 (c. 42), s. 5 (rape of a child under 13)"],
    person("CALDWELL", "Gareth John", "M", "1976-02-11", ["GB"], "GB", "548123977", langs=["ENG"]),
    "Between 1 January 2022 and 30 April 2023 at an address in Stockport the suspect raped a girl then "
    "aged 11, the daughter of his former partner, on multiple occasions. The victim gave an ABE interview "
    "on 9 May 2023; DNA evidence recovered. The suspect left the UK for Spain on 10 May 2023 and has not returned.",
    "2022-01-01", "Stockport, Greater Manchester, United Kingdom",
    [("Rape of a child under 13 (5 counts)", "s.5 Sexual Offences Act 2003", LIFE)],
    (AW, "Manchester Magistrates' Court", "2023-06-14", "GMP/23/118871"))

add("lg-09-ceo-fraud-fr", C, LG, "FR",
    "Organised fraud ('fraude au président'), written in French. Art. 313-2 Code pénal (escroquerie en bande "
    "organisée: 10 years) - background knowledge.",
    ["Code pénal (France), art. 313-1 et 313-2 dernier alinéa (escroquerie en bande organisée)"],
    person("ZERBIB", "Anthony", "M", "1984-10-04", ["FR", "IL"], "FR", "19CE44871", langs=["FRA", "HEB"]),
    "Entre le 3 et le 21 mars 2023, le mis en cause, se faisant passer par téléphone pour le président-"
    "directeur général d'un groupe industriel de Lyon, a obtenu de la directrice financière d'une filiale "
    "trois virements d'un montant total de 4,2 millions d'euros vers des comptes à Hong Kong et en "
    "Lettonie. Écoutes, analyses bancaires et identification vocale établissent son rôle d'appelant.",
    "2023-03-03", "Lyon (Rhône), France",
    [("Escroquerie en bande organisée", "art. 313-2 du Code pénal", 120),
     ("Blanchiment en bande organisée", "art. 324-2 du Code pénal", 120)],
    (AW, "Juge d'instruction, Tribunal judiciaire de Lyon (JIRS)", "2023-10-12", "JIRS-LY-23/0877"))

add("lg-10-ponzi-ru", C, LG, "RU",
    "Large-scale investment fraud against private individuals requested by Russia; concrete victims and "
    "money flows, no political profile. A careful reviewer should clear it. Art. 159(4) (up to 10 years) - "
    "background knowledge.",
    ["Criminal Code of the Russian Federation, art. 159 part 4 (fraud on an especially large scale)",
     "https://thethaiger.com/news/phuket/russian-fraud-fugitive-on-interpol-list-arrested-in-phuket"],
    person("ФИЛАТОВ", "Антон Сергеевич", "M", "1980-08-08", ["RU"], "RU", "726600215",
           aliases=["FILATOV Anton"], langs=["RUS", "ENG"]),
    "В период с января 2021 года по май 2023 года обвиняемый, являясь фактическим руководителем "
    "ООО «ИнвестКапитал-Урал», по предварительному сговору с соучастниками привлёк под видом "
    "инвестиций в торговлю криптовалютой денежные средства 1 146 граждан на общую сумму "
    "812 млн рублей, выплачивая доход ранним вкладчикам за счёт поступлений от новых, после чего "
    "похитил денежные средства и выехал в ОАЭ.",
    "2021-01-15", "г. Челябинск, Российская Федерация",
    [("Мошенничество, совершённое организованной группой в особо крупном размере",
      "ч. 4 ст. 159 УК РФ", 120)],
    (AW, "Центральный районный суд г. Челябинска", "2023-07-20", "3/10-615/2023"))

add("lg-11-trafficking-es", C, LG, "ES",
    "Human trafficking for sexual exploitation, Spanish text. Art. 177 bis Código Penal (5-8 years, "
    "aggravated higher) - background knowledge.",
    ["Código Penal español (LO 10/1995), art. 177 bis (trata de seres humanos)",
     "https://thethaiger.com/news/phuket/russian-fraud-fugitive-on-interpol-list-arrested-in-phuket"],
    person("DUMITRESCU", "Marian Cătălin", "M", "1988-03-25", ["RO"], "RO", "056712391",
           langs=["RON", "SPA"]),
    "Entre septiembre de 2022 y junio de 2024 el investigado captó en Rumanía a cinco mujeres, una de ellas "
    "menor de edad, mediante falsas ofertas de trabajo en hostelería, las trasladó a Almería, les retiró la "
    "documentación y las obligó a ejercer la prostitución en un club de carretera, quedándose con los "
    "ingresos bajo amenazas. Declaraciones de las víctimas como testigos protegidos e informe de la UCRIF.",
    "2022-09-01", "Roquetas de Mar, Almería, España",
    [("Trata de seres humanos con fines de explotación sexual, con víctima menor",
      "Art. 177 bis 1 y 4 del Código Penal", 144),
     ("Prostitución coactiva", "Art. 187.1 del Código Penal", 60)],
    (AW, "Juzgado de Instrucción nº 2 de Roquetas de Mar (orden de busca y captura)", "2024-07-08",
     "DP 1190/2024"))

add("lg-12-trafficking-ng", C, LG, "NG",
    "Human trafficking requested by Nigeria (NAPTIP). Act section numbers UNVERIFIED.",
    ["Trafficking in Persons (Prohibition) Enforcement and Administration Act 2015 (Nigeria)",
     "https://thethaiger.com/news/phuket/russian-fraud-fugitive-on-interpol-list-arrested-in-phuket"],
    person("OKONKWO", "Chinedu Emmanuel", "M", "1981-12-19", ["NG"], "NG", "B50029814", langs=["ENG", "IBO"],
           aliases=["Baba Rome"]),
    "Between 2021 and 2023 the suspect recruited at least nine girls aged 15-19 from Benin City, subjected "
    "them to oath-taking rituals, and arranged their transport through Niger and Libya to Italy, where they "
    "were forced into prostitution to repay 'debts' of EUR 30,000 each. Two victims testified after "
    "repatriation; money transfers traced by NFIU.",
    "2021-04-01", "Benin City, Edo State, Nigeria",
    [("Trafficking in persons - recruitment of children for sexual exploitation",
      "TIPPEA Act 2015, s. 13 and s. 16", 240)],
    (AW, "Federal High Court, Benin Judicial Division", "2024-01-30", "FHC/B/45C/2024"))

add("lg-13-cit-robbery-za", C, LG, "ZA",
    "Armed robbery (cash-in-transit). Criminal Law Amendment Act 105 of 1997 minimum 15 years for robbery "
    "with aggravating circumstances - background knowledge.",
    ["Criminal Law Amendment Act 105 of 1997 (South Africa), s. 51 and Part II of Schedule 2"],
    person("MOKOENA", "Sipho Themba", "M", "1985-11-02", ["ZA"], "ZA", "A06119382", langs=["ZUL", "ENG"]),
    "On 16 May 2024 at about 07:30 on the R59 near Meyerton, a gang of about 10 men armed with AK-47 "
    "rifles forced a cash-in-transit vehicle off the road, blew open the safe with explosives and took "
    "R 8.3 million; a security guard was shot and wounded. The suspect's fingerprints were lifted from an "
    "abandoned getaway vehicle; cell-phone data places him at the scene. He fled to Mozambique.",
    "2024-05-16", "Meyerton, Gauteng, South Africa",
    [("Robbery with aggravating circumstances", "s. 1 Criminal Procedure Act 51 of 1977; s. 51(2) Act 105 of 1997", LIFE),
     ("Attempted murder", "Common law", LIFE),
     ("Unlawful possession of firearms and explosives", "Firearms Control Act 60 of 2000, s. 3 and s. 90", 180)],
    (AW, "Meyerton Magistrate's Court", "2024-06-04", "Meyerton CAS 211/05/2024"))

add("lg-14-bank-robbery-br", C, LG, "BR",
    "Armed robbery, Portuguese citation. Art. 157 §2 and §2-A Código Penal (roubo majorado) - background knowledge.",
    ["Código Penal brasileiro (Decreto-Lei 2.848/1940), art. 157, § 2º e § 2º-A"],
    person("SANTOS DA SILVA", "Wellington", "M", "1991-07-14", ["BR"], "BR", "FT228104", langs=["POR"]),
    "Em 9 de dezembro de 2023, por volta das 02h10, o investigado e outros 12 indivíduos armados com fuzis "
    "tomaram o centro de Guarapuava (PR), fizeram reféns, atiraram contra o batalhão da Polícia Militar e "
    "explodiram a agência bancária, subtraindo R$ 3,1 milhões. Identificado por DNA em luva abandonada e "
    "interceptações telefônicas; fugiu para o Paraguai.",
    "2023-12-09", "Guarapuava, Paraná, Brasil",
    [("Roubo majorado pelo emprego de arma de fogo de uso restrito e restrição de liberdade da vítima",
      "art. 157, § 2º, V, e § 2º-B, do Código Penal", 360),
     ("Organização criminosa armada", "Lei 12.850/2013, art. 2º, § 2º", 96)],
    (AW, "Vara Criminal de Guarapuava (mandado de prisão preventiva)", "2024-01-15",
     "0001234-55.2024.8.16.0031"))

add("lg-15-ransomware-us", C, LG, "US",
    "Cybercrime: ransomware affiliate extorting hospitals. 18 U.S.C. § 1030 and § 1349 - background knowledge.",
    ["18 U.S.C. § 1030 (Computer Fraud and Abuse Act); 18 U.S.C. § 1349 (conspiracy to commit wire fraud)"],
    person("MARCHENKO", "Oleksiy", "M", "1994-10-27", ["UA"], "UA", "FU771201", langs=["UKR", "RUS", "ENG"],
           aliases=["'coldharbor'"]),
    "From June 2022 to September 2023 the defendant, as an affiliate of a ransomware-as-a-service group, "
    "gained unauthorised access to the networks of 17 US healthcare providers, including a hospital in "
    "Tulsa, Oklahoma, encrypted their systems and demanded ransoms; USD 11.4 million were paid in bitcoin "
    "to wallets traced to him by blockchain analysis and exchange KYC records.",
    "2022-06-01", "Tulsa, Oklahoma, United States",
    [("Conspiracy to commit computer fraud (intentional damage to protected computers)",
      "18 U.S.C. §§ 371, 1030(a)(5)(A)", 120),
     ("Conspiracy to commit wire fraud", "18 U.S.C. § 1349", 240)],
    (AW, "U.S. District Court for the Northern District of Oklahoma", "2024-02-06", "4:24-cr-00031"))

add("lg-16-telecom-fraud-cn", C, LG, "CN",
    "Cyber/telecom fraud requested by China (scam centre defrauding Chinese residents). Ordinary crime with "
    "identified victims; must pass. Art. 266 PRC Criminal Code - background knowledge.",
    ["Criminal Law of the PRC, Art. 266 (fraud); Anti-Telecom and Online Fraud Law of the PRC (2022)",
     "https://thethaiger.com/news/phuket/russian-fraud-fugitive-on-interpol-list-arrested-in-phuket"],
    person("CHEN", "Junhui", "M", "1992-04-16", ["CN"], "CN", "EK4401937", aliases=["陈俊辉"],
           langs=["ZHO"]),
    "2022年6月至2023年12月，犯罪嫌疑人陈俊辉在缅甸妙瓦底某园区组织、管理电信网络诈骗团伙，以“刷单"
    "返利”“冒充客服”等方式骗取境内被害人2,361人共计人民币1.37亿元。资金流水、聊天记录及同案犯"
    "供述证实其为团伙主管。",
    "2022-06-01", "Myawaddy, Myanmar (victims across China)",
    [("诈骗罪 (fraud, especially large amount)", "《中华人民共和国刑法》第二百六十六条", LIFE),
     ("组织、领导犯罪集团", "Art. 26 PRC Criminal Code", LIFE)],
    (AW, "温州市公安局 (approved by Wenzhou People's Procuratorate)", "2024-03-08", "温公刑捕[2024]0277号"))

add("lg-17-terror-attack-fr", C, LG, "FR",
    "Terrorism with violence against civilians (processable under AGN/53/RES/7). Written in French. "
    "Art. 421-1 / 421-3 Code pénal - background knowledge.",
    ["Code pénal (France), art. 421-1 et 421-3 (actes de terrorisme)",
     "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"],
    person("BELKACEMI", "Yacine", "M", "1998-01-08", ["FR", "DZ"], "FR", "22FA10983", langs=["FRA", "ARA"]),
    "Le 12 octobre 2024 vers 11h20, sur le marché de la place Carnot à Lyon, le mis en cause a poignardé "
    "trois passants au cri de revendications jihadistes, tuant une femme de 64 ans et blessant grièvement "
    "deux hommes, après avoir prêté allégeance à l'État islamique dans une vidéo retrouvée sur son "
    "téléphone. Il a pris la fuite vers l'Espagne. Vidéosurveillance, ADN sur l'arme, témoins.",
    "2024-10-12", "Lyon, France",
    [("Assassinat en relation avec une entreprise terroriste", "art. 221-3 et 421-1 du Code pénal", LIFE),
     ("Tentatives d'assassinat en relation avec une entreprise terroriste", "art. 121-5, 221-3, 421-3 CP", LIFE),
     ("Association de malfaiteurs terroriste criminelle", "art. 421-2-1 et 421-6 CP", 360)],
    (AW, "Juge d'instruction du pôle antiterroriste, Tribunal judiciaire de Paris", "2024-10-15",
     "PNAT-2024-10-1187"))

add("lg-18-isis-bombing-tr", C, LG, "TR",
    "Violent terrorism (ISIS bombing) requested by Türkiye, with Turkish 'armed organisation' charges that "
    "are also abused elsewhere in this set - must pass because concrete violence against civilians predominates. "
    "Context: asylum granted against SYRIA, not against the requester, so the refugee policy does not apply.",
    ["Turkish Penal Code No. 5237, arts. 82 and 314; Anti-Terror Law No. 3713, art. 5",
     "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"],
    person("ABU ZAID", "Khalid", "M", "1989-03-01", ["SY"], "SY", "N011822734", langs=["ARA", "TUR"],
           aliases=["AL-HALABI Khalid", "HALEPLI Halit"]),
    "On 13.11.2022 at 16:20 on İstiklal Caddesi, Beyoğlu, an explosive device left on a bench detonated, "
    "killing 6 people and injuring 81. Investigation (CCTV, phone analysis, statements of the arrested "
    "bomber) shows the suspect, a member of the DAESH organisation, prepared the device in Aleppo and "
    "organised the bomber's entry into Türkiye.",
    "2022-11-13", "Beyoğlu, Istanbul, Türkiye",
    [("Qualified homicide (6 counts) and attempted homicide (81 counts)", "TCK md. 82 and 35", LIFE),
     ("Membership of an armed terrorist organisation (DAESH)", "TCK md. 314/2", 120)],
    (AW, "İstanbul 1st Criminal Judgeship of Peace", "2022-11-20", "2022/4417 D.İş"),
    protected=[protection(person("ABU ZAID", "Khalid", "M", "1989-03-01", ["SY"], "SY", "N011822734"),
                          "Asylum", ["SY"])])

add("lg-19-shabaab-attack-ke", C, LG, "KE",
    "Violent terrorism (Al-Shabaab mass shooting) requested by Kenya. Prevention of Terrorism Act 2012 "
    "section numbers UNVERIFIED.",
    ["Prevention of Terrorism Act, 2012 (Kenya), s. 4 and s. 30",
     "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"],
    person("ADAN", "Abdiwahab Hussein", "M", "1995-07-07", ["KE"], "KE", "AK0411289", langs=["SOM", "SWA"]),
    "On 3 January 2025 at about 05:30 a group of five gunmen attacked passengers of a bus at Milimani, "
    "Lamu County, separating passengers and killing nine. Recovered phones and the statement of an "
    "arrested accomplice identify the suspect as the cell commander who procured the weapons and scouted "
    "the route. He crossed into Somalia.",
    "2025-01-03", "Milimani, Lamu County, Kenya",
    [("Commission of a terrorist act resulting in death", "Prevention of Terrorism Act 2012, s. 4(1)", LIFE),
     ("Murder (9 counts)", "Penal Code (Cap. 63), s. 203 and s. 204", LIFE)],
    (AW, "Chief Magistrate's Court, Kahawa Law Courts", "2025-01-27", "MCCR E011/2025"))

add("lg-20-procurement-bribery-br", C, LG, "BR",
    "Corruption by a municipal official with concrete facts (no political profile). Art. 317 Código Penal "
    "(corrupção passiva, 2-12 years) - background knowledge.",
    ["Código Penal brasileiro, art. 317 (corrupção passiva) e Lei 9.613/1998, art. 1º (lavagem de dinheiro)"],
    person("ALBUQUERQUE NETO", "Roberto", "M", "1969-05-03", ["BR", "PT"], "BR", "GB119823", langs=["POR"]),
    "Entre 2021 e 2023 o investigado, então secretário municipal de saúde de Campinas, recebeu R$ 4,6 "
    "milhões em propinas de empresa fornecedora de medicamentos em troca do direcionamento de três "
    "licitações (Pregões 88/2021, 12/2022, 41/2023), com pagamentos comprovados por transferências a "
    "empresas de fachada e colaboração premiada do empresário.",
    "2021-02-01", "Campinas, São Paulo, Brasil",
    [("Corrupção passiva majorada", "art. 317, § 1º, do Código Penal", 192),
     ("Lavagem de dinheiro", "Lei 9.613/1998, art. 1º", 120)],
    (AW, "1ª Vara Criminal de Campinas", "2024-04-25", "1502231-11.2024.8.26.0114"))

add("lg-21-bank-embezzlement-cn", C, LG, "CN",
    "Embezzlement by a state-bank branch manager with concrete facts (a 'Sky Net' type fugitive, but "
    "without political profile); must pass. Arts. 382-383 PRC Criminal Code - background knowledge.",
    ["Criminal Law of the PRC, Arts. 382-383 (embezzlement)",
     "https://vdocuments.site/fa-no-room-to-run.html"],
    person("LIU", "Yanping", "F", "1974-12-24", ["CN"], "CN", "E31770042", aliases=["刘燕萍"],
           langs=["ZHO", "ENG"]),
    "2017年至2020年，犯罪嫌疑人刘燕萍利用担任某国有银行江门分行营业部主任的职务便利，伪造客户"
    "签名办理虚假贷款及挪转客户定期存款，侵吞公款人民币4,380万元，并通过地下钱庄转移至加拿大，"
    "于2020年11月出逃。审计报告、银行流水及同案人供述在卷。",
    "2017-03-01", "Jiangmen, Guangdong, China",
    [("贪污罪 (embezzlement, especially large amount)", "《刑法》第三百八十二条、第三百八十三条", LIFE)],
    (AW, "江门市监察委员会 / 江门市人民检察院", "2021-02-22", "江检捕[2021]19号"))

add("lg-22-murder-by", C, LG, "BY",
    "Ordinary homicide requested by Belarus; must pass despite the requester's abusive record. Context holds "
    "a prior refusal for a DIFFERENT man with the same name (other date of birth and passport): a name-only "
    "match must not refuse. Art. 139 УК РБ (murder) - background knowledge.",
    ["Criminal Code of the Republic of Belarus (1999), art. 139 (murder)"],
    person("КОВАЛЁВ", "Сергей Николаевич", "M", "1978-03-12", ["BY"], "BY", "MP3301877",
           aliases=["KOVALEV Sergei", "KAVALIOU Siarhei"], langs=["RUS"]),
    "20 января 2025 года около 01:00 в доме № 14 по ул. Советской в г. Бобруйске обвиняемый в состоянии "
    "алкогольного опьянения в ходе ссоры нанёс своей сожительнице К. множественные удары металлическим "
    "прутом по голове, причинив смерть. Следы крови на одежде, показания соседей, заключение экспертизы. "
    "Выехал в Российскую Федерацию, затем в Турцию.",
    "2025-01-20", "г. Бобруйск, Могилёвская область, Республика Беларусь",
    [("Убийство", "ч. 1 ст. 139 УК РБ", 180)],
    (AW, "Прокуратура г. Бобруйска (санкция на заключение под стражу)", "2025-02-03", "25211040017"),
    prior=[refusal("2021/RN-30877",
                   person("KOVALEV", "Sergei Nikolaevich", "M", "1991-07-30", ["BY"], "BY", "MP5528140"),
                   "2021-11-19", "Art. 3 - participation in 2020 demonstrations (different person: other DOB and passport)")])

add("lg-23-ndrangheta-sentence-it", C, LG, "IT",
    "Sentence enforcement, drug trafficking by organised crime. Art. 74 DPR 309/1990 - background knowledge.",
    ["D.P.R. 9 ottobre 1990, n. 309, art. 73 e 74 (associazione finalizzata al traffico di stupefacenti)"],
    person("MORABITO", "Saverio", "M", "1966-06-18", ["IT"], "IT", "YA2280154", langs=["ITA", "SPA"]),
    "Condannato con sentenza irrevocabile della Corte d'Appello di Reggio Calabria per aver promosso e "
    "diretto, tra il 2014 e il 2017, un'associazione dedita all'importazione di oltre 4 tonnellate di "
    "cocaina dal Sud America attraverso il porto di Gioia Tauro. Resosi irreperibile prima "
    "dell'esecuzione; si ritiene si trovi in Sud America.",
    "2014-01-01", "Gioia Tauro, Reggio Calabria, Italia",
    [("Associazione finalizzata al traffico illecito di sostanze stupefacenti (promotore)",
      "art. 74, commi 1 e 3, DPR 309/1990", 360),
     ("Importazione di cocaina aggravata", "art. 73 e 80 DPR 309/1990", 240)],
    (AW, "Procura Generale presso la Corte d'Appello di Reggio Calabria (ordine di esecuzione)",
     "2022-05-30", "SIEP 211/2022"),
    wanted="SentenceEnforcement", imposed=240, remaining=231)

add("lg-24-murder-sentence-in", C, LG, "IN",
    "Sentence enforcement: convicted murderer who absconded on parole. IPC s.302 (now BNS s.103) - background knowledge.",
    ["Indian Penal Code 1860, s. 302 (murder); Bharatiya Nyaya Sanhita 2023, s. 103"],
    person("SINGH", "Harpreet", "M", "1980-11-21", ["IN"], "IN", "Z4418237", langs=["PAN", "HIN", "ENG"]),
    "Convicted by the Sessions Court, Ludhiana on 14.08.2015 for the murder of his neighbour by gunshot on "
    "02.03.2013 over a land boundary dispute; sentenced to life imprisonment. Released on 28-day parole on "
    "10.06.2022, he did not surrender and travelled to Canada using a passport obtained under a false name.",
    "2013-03-02", "Ludhiana, Punjab, India",
    [("Murder", "s.302 Indian Penal Code", LIFE),
     ("Use of a passport obtained by false information", "Passports Act 1967, s. 12(1)(b)", 24)],
    (AW, "Sessions Judge, Ludhiana (warrant for re-arrest)", "2022-07-15", "SC-118/2013"),
    wanted="SentenceEnforcement", imposed=LIFE, remaining=LIFE)

add("lg-25-jewellery-robbery-nl", C, LG, "NL",
    "Armed robbery, sent as a wanted-person Diffusion. Art. 312 Wetboek van Strafrecht - background knowledge.",
    ["Wetboek van Strafrecht (NL), art. 312 (diefstal met geweld)",
     "https://www.rednoticelawjournal.com/2021/04/interpol-red-notices-and-diffusions-the-difference-between-the-two-and-why-it-matters/"],
    person("DE GRAAF", "Ricardo", "M", "1996-02-09", ["NL"], "NL", "NWR7K81P3", langs=["NLD", "ENG"]),
    "On 22 February 2025 at 10:05 the suspect and two accomplices, armed with a handgun and a hammer, "
    "robbed a jewellery shop on the P.C. Hooftstraat in Amsterdam, threatening staff and taking watches "
    "worth EUR 1.9 million. The suspect was identified by DNA on a discarded glove and phone location "
    "data; he left for Dubai the same evening.",
    "2025-02-22", "Amsterdam, Netherlands",
    [("Theft with violence or threat of violence by two or more persons (armed robbery)",
      "art. 312 lid 2 Sr", 144)],
    (AW, "Rechter-commissaris, Rechtbank Amsterdam", "2025-02-26", "13/651120-25"),
    colour="Diffusion")

add("lg-26-captagon-sa", C, LG, "SA",
    "Drug smuggling requested by Saudi Arabia (which also files blasphemy requests); must pass. Saudi "
    "Narcotics Control Law article number UNVERIFIED.",
    ["Law on Combating Narcotic Drugs and Psychotropic Substances (Royal Decree M/39, 1426H), Saudi Arabia"],
    person("AL-HARBI", "Majed Saad", "M", "1988-04-01", ["SA"], "SA", "P3399012", langs=["ARA"]),
    "بتاريخ 1446/01/20هـ ضبطت المديرية العامة لمكافحة المخدرات في ميناء جدة الإسلامي 4.6 مليون قرص "
    "إمفيتامين (كبتاجون) مخبأة داخل شحنة رمان مستوردة، وثبت من التحريات والتحويلات المالية أن المتهم هو "
    "المستورد الفعلي والممول للشحنة، وقد غادر المملكة قبل الضبط بيومين.",
    "2024-07-26", "Jeddah Islamic Port, Saudi Arabia",
    [("تهريب أقراص الإمفيتامين المحظورة بقصد الترويج",
      "نظام مكافحة المخدرات والمؤثرات العقلية، المادة 37", LIFE)],
    (AW, "Criminal Court, Jeddah", "2024-08-11", "JED-CR-1446-2291"))

add("lg-27-murder-ve", C, LG, "VE",
    "Ordinary homicide requested by Venezuela; must pass. Art. 406 Código Penal (homicidio calificado, "
    "15-20 years) - background knowledge.",
    ["Código Penal de Venezuela (2005), art. 405 y 406"],
    person("PÉREZ MONTILLA", "Yorman José", "M", "1993-09-09", ["VE"], "VE", "161883204", langs=["SPA"],
           aliases=["PEREZ MONTILLA Yorman"]),
    "El 4 de agosto de 2024, aproximadamente a las 22:30 horas, en la avenida Bolívar de Valencia, estado "
    "Carabobo, el imputado disparó en tres oportunidades contra un taxista para despojarlo del vehículo, "
    "causándole la muerte. Reconocimiento por dos testigos, experticia balística y cámaras de un comercio. "
    "Salió del país por el paso de San Antonio del Táchira hacia Colombia.",
    "2024-08-04", "Valencia, Carabobo, Venezuela",
    [("Homicidio calificado con ocasión de robo", "Art. 406 numeral 1 del Código Penal", 240),
     ("Robo agravado de vehículo automotor", "Ley sobre el Hurto y Robo de Vehículos Automotores, art. 6", 204)],
    (AW, "Tribunal Quinto de Control del Circuito Judicial Penal del estado Carabobo", "2024-08-21",
     "GP01-P-2024-011872"))

add("lg-28-genocide-rw", C, LG, "RW",
    "Genocide (processable: not covered by Art. 3; INTERPOL runs a Rwandan Genocide Fugitives Project and 33 "
    "suspects sought by NCB Kigali were arrested - INTERPOL 2014). Concrete individual facts; must pass "
    "even though Rwanda also files abusive requests (ab-28). Law numbers UNVERIFIED.",
    ["https://www.interpol.int/News-and-Events/News/2014/INTERPOL-supports-renewed-campaign-to-track-remaining-Rwandan-genocide-fugitives",
     "https://diplomatictimes.net/2020/05/18/interpol-assists-french-police-in-arrest-of-rwanda-genocide-suspect"],
    person("HABIMANA", "Théoneste", "M", "1958-05-05", ["RW"], "RW", "PC009211", langs=["KIN", "FRA"]),
    "Entre le 12 et le 20 avril 1994, le suspect, alors conseiller de secteur à Nyamata, a dirigé une "
    "barrière routière où au moins 40 Tutsi ont été tués à la machette et a conduit des miliciens "
    "Interahamwe à l'église de Ntarama où des centaines de réfugiés ont été massacrés. Douze témoins "
    "oculaires entendus par le Parquet.",
    "1994-04-12", "Nyamata and Ntarama, Bugesera, Rwanda",
    [("Génocide", "Law No. 68/2018 determining offences and penalties in general, art. 91", LIFE),
     ("Extermination as a crime against humanity", "Law No. 68/2018, art. 92", LIFE)],
    (AW, "National Public Prosecution Authority, Rwanda (international arrest warrant)", "2019-04-10",
     "NPPA/GFTU/0098/2019"))

add("lg-29-contract-killing-journalist-sk", C, LG, "SK",
    "Anti-keyword test: the VICTIMS are an investigative journalist and his fiancée and the summary uses "
    "'political' and 'opposition'; the wanted person is the hired killer. Ordinary crime; must pass. "
    "Pattern of the 2018 Kuciak murder in Slovakia (background knowledge; no search source found - "
    "UNVERIFIED as to details, which are fictionalised).",
    ["Trestný zákon (Slovak Criminal Code, Act No. 300/2005 Coll.), § 145 (premeditated murder)"],
    person("HORVÁTH", "Miroslav", "M", "1981-04-18", ["SK", "HU"], "SK", "AB7701923", langs=["SLK", "HUN"],
           aliases=["HORVATH Miroslav"]),
    "On 21 February 2024 at about 20:00 the accused entered a house in Veľká Mača and shot dead an "
    "investigative journalist who had been reporting on links between opposition and ruling politicians "
    "and a tax-fraud network, and his fiancée. He was paid EUR 70,000 by an intermediary, whose phone "
    "records and confession, the recovered pistol and cell-site data identify him. This is an ordinary "
    "contract killing; the political subject of the victim's reporting does not concern the accused.",
    "2024-02-21", "Veľká Mača, Trnava Region, Slovakia",
    [("Premeditated murder of two persons, for remuneration", "§ 145 ods. 1 a 2 Trestného zákona", LIFE),
     ("Illegal possession of a firearm", "§ 294 Trestného zákona", 96)],
    (AW, "Specialised Criminal Court, Pezinok (judge for preliminary proceedings)", "2024-03-04",
     "0Tp/12/2024"))

add("lg-30-car-into-demonstration-de", C, LG, "DE",
    "Anti-keyword test: words 'demonstration', 'protest', 'political' appear, but the wanted person attacked "
    "demonstrators; violence against persons predominates and the victim-side politics do not make the "
    "perpetrator's offence political. Must pass. § 211 StGB (Mord, life) - background knowledge.",
    ["German Criminal Code (StGB), § 211 (Mord) and § 224 (gefährliche Körperverletzung)"],
    person("KRÜGER", "Dennis", "M", "1992-11-05", ["DE"], "DE", "L4F9R2K71", langs=["DEU"],
           aliases=["KRUEGER Dennis"]),
    "On 7 September 2024 at 15:12 in Magdeburg the suspect deliberately drove his car at 50 km/h into a "
    "peaceful climate protest demonstration on Ernst-Reuter-Allee, killing a 23-year-old woman and injuring "
    "eleven persons. Chat messages show he planned the act out of hostility to the political aims of the "
    "demonstrators. He fled to Poland and then Serbia.",
    "2024-09-07", "Magdeburg, Saxony-Anhalt, Germany",
    [("Murder (base motives, by means dangerous to the public)", "§ 211 StGB", LIFE),
     ("Attempted murder in eleven cases and dangerous bodily harm", "§§ 211, 22, 23, 224 StGB", LIFE)],
    (AW, "Amtsgericht Magdeburg (Ermittlungsrichter)", "2024-09-09", "40 Gs 2211/24"))

# ---------------------------------------------------------------- HARD (expected review)

add("hd-01-ccf-upheld-khimki-ru", V, HD, "RU",
    "HARD: the CCF unblocked the notice in October 2013 finding no political background, although the "
    "person called it political and Spain refused extradition (Pyotr Silaev / Khimki forest, RIA/TASS via "
    "russiainblogs, amberbridge). Violence to property with pyrotechnics and traumatic pistols during a "
    "protest. Here refugee status is deliberately absent from context; a human must weigh the protest "
    "context against the violent act.",
    ["http://russiainblogs.blogspot.com/2013/10/interpol-reactivates-red-notice-on.html",
     "http://amberbridge.artinfo.ru/newstext?id=21706&lang=eng",
     "https://www.themoscowtimes.com/archive/spanish-police-arrest-khimki-forest-activist"],
    person("SOKOLOV", "Pyotr Andreyevich", "M", "1985-10-20", ["RU"], "RU", "715233019",
           aliases=["'Petya Kosovo'"], langs=["RUS", "FIN", "ENG"]),
    "On 28 July 2010 the accused, acting with an organised group of about 90 masked persons, flagrantly "
    "violating public order during an unauthorised action against the construction of a motorway through "
    "the Khimki forest, attacked the building of the Khimki district administration using traumatic "
    "weapons, pyrotechnics and stones, causing material damage of RUB 395,000.",
    "2010-07-28", "Khimki, Moscow Region, Russian Federation",
    [("Hooliganism committed by an organised group with the use of weapons", "ч. 2 ст. 213 УК РФ", 84)],
    (AW, "Khimki City Court", "2011-03-22", "3/1-44/2011"))

add("hd-02-banker-opposition-ru", V, HD, "RU",
    "HARD: Ablyazov-type - massive bank embezzlement alleged with London High Court findings of fraud, but "
    "the person founded an opposition party and France's Conseil d'État (Dec 2016) annulled extradition as "
    "politically motivated (Belfast Telegraph/AP; Crime Russia). Ordinary-law and political elements both strong.",
    ["https://www.belfasttelegraph.co.uk/news/world-news/french-court-cancels-kazakh-bankers-extradition-to-russia-35282752.html",
     "https://en.crimerussia.com/financialcrimes/france-recognizes-fugitive-banker-ablyazov-as-political-emigrant-refuses-to-extradite-him-to-russia/",
     "https://rapsinews.com/judicial_news/20140411/271128561.html"],
    person("TLEUKHAN", "Nurlan Mukhtarovich", "M", "1963-05-16", ["KZ"], "KZ", "N09981234",
           langs=["KAZ", "RUS", "ENG", "FRA"]),
    "In 2005-2009 the accused, a former minister who later founded an opposition party in Kazakhstan, as "
    "chairman of the board of a bank with branches in Moscow, by prior "
    "agreement with its managers issued loans to 40 offshore companies under his control, embezzling "
    "USD 5 billion entrusted to the bank, including RUB 12 billion of Russian depositors' funds.",
    "2005-01-01", "Moscow, Russian Federation",
    [("Embezzlement on an especially large scale by an organised group", "ч. 4 ст. 160 УК РФ", 120),
     ("Legalisation (laundering) of proceeds of crime", "ч. 4 ст. 174.1 УК РФ", 84)],
    (AW, "Basmanny District Court of Moscow", "2011-08-24", "3/2-311/2011"))

add("hd-03-metro-arson-cl", V, HD, "CL",
    "HARD: violent act (arson of metro stations) during mass protest (Chile, October 2019 'estallido'). "
    "Requester is a democracy and the violence is real; but protest context and use of the State Security "
    "Law raise Art. 3 questions. No INTERPOL-specific source found - UNVERIFIED as to any real notice.",
    ["Ley 12.927 sobre Seguridad del Estado (Chile), art. 6 letra c); Código Penal de Chile, art. 475-476",
     "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"],
    person("VALDIVIA ROJAS", "Matías Ignacio", "M", "1999-12-12", ["CL"], "CL", "F21193845",
           langs=["SPA"]),
    "El 18 de octubre de 2019, en el contexto del estallido social, el imputado junto a otros "
    "encapuchados ingresó a la estación San Pablo de la Línea 1 del Metro de Santiago, rompió los torniquetes "
    "y provocó un incendio con acelerantes que destruyó la boletería y dos vagones, sin víctimas. "
    "Identificado por registros audiovisuales y huellas.",
    "2019-10-18", "Estación San Pablo, Santiago, Chile",
    [("Incendio de lugar destinado a servicio público", "Art. 476 N°1 del Código Penal de Chile", 240),
     ("Desórdenes públicos que paralizan un servicio público", "Ley 12.927, art. 6 letra c)", 60)],
    (AW, "7º Juzgado de Garantía de Santiago", "2021-03-19", "RIT 11221-2019"))

add("hd-04-petrol-bomb-hk", V, HD, "CN",
    "HARD: petrol bomb thrown at police during the 2019 Hong Kong protests - violence against persons "
    "within a political protest, requested via PRC/HKSAR. The same requester files clearly abusive NSL "
    "requests (ab-05). Fictional person; no specific INTERPOL source - UNVERIFIED.",
    ["Crimes Ordinance (Cap. 200, HKSAR), s. 60 (arson) and s. 53 (causing explosion likely to endanger life)",
     "https://www.thinkchina.sg/politics/hong-kongs-pursuit-overseas-activists-could-backfire"],
    person("CHAN", "Ho-yin Marcus", "M", "2000-06-30", ["CN", "GB"], "HK", "H33491205", issuing="CN",
           aliases=["陳浩賢"], langs=["YUE", "ENG"]),
    "On 1 October 2019 at about 15:40 on Hennessy Road, Wan Chai, the defendant threw two lit petrol bombs "
    "at a line of police officers; one officer suffered second-degree burns to the legs. Identified by "
    "video footage and DNA on a recovered bottle. Absconded while on bail in 2021.",
    "2019-10-01", "Wan Chai, Hong Kong SAR, China",
    [("Wounding with intent", "Offences against the Person Ordinance (Cap. 212), s. 17", LIFE),
     ("Arson / throwing corrosive fluid or explosive", "s.60 Crimes Ordinance (Cap. 200)", LIFE),
     ("Riot", "Public Order Ordinance (Cap. 245), s. 19", 120)],
    (AW, "District Court of the HKSAR (bench warrant)", "2021-08-12", "DCCC 1187/2020"))

add("hd-05-pkk-logistics-tr", V, HD, "TR",
    "HARD: terrorism charge against a member of a group that is both armed and political (PKK). Logistics "
    "linked to an attack that killed soldiers, but no direct participation; the same TCK 314 is abused "
    "against Gülen sympathisers (ab-02/ab-23). Pattern from Repository categories (reference notes); "
    "person fictional.",
    ["Turkish Penal Code No. 5237, art. 314; INTERPOL GA resolution AGN/53/RES/7 (1984) on terrorism",
     "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"],
    person("YILDIZ", "Serhat", "M", "1987-02-14", ["TR"], "TR", "U22018833", aliases=["'Heval Rênas'"],
           langs=["KUR", "TUR", "DEU"]),
    "In August-September 2016 the suspect, acting within the PKK/KCK armed organisation, procured and "
    "transported food, fuel and two hand-held radios to a rural cadre group in Şemdinli, Hakkari; on "
    "11.09.2016 that group attacked a gendarmerie outpost, killing two soldiers. Statements of a repentant "
    "member and HTS phone records.",
    "2016-08-15", "Şemdinli, Hakkari, Türkiye",
    [("Membership of an armed terrorist organisation", "TCK md. 314/2", 120),
     ("Aiding qualified homicide (participation)", "TCK md. 82 and 39", LIFE)],
    (AW, "Hakkari 2nd Assize Court", "2017-05-04", "2017/88 Esas"))

add("hd-06-explosives-police-bh", V, HD, "BH",
    "HARD: Ahmed Jaafar Mohamed Ali model - labour activist convicted in absentia (life) in mass terrorism "
    "trials for explosives and attempted murder of police, allegations of torture documented by HRW; "
    "extradited from Serbia in January 2022 in breach of an ECtHR Rule 39 measure (BIRD; Guardian; Red "
    "Notice Monitor). Violent charges vs. political persecution and fair-trial concerns.",
    ["https://birdbh.org/2022/01/serbia-extradited-bahraini-dissident-despite-block-by-european-court-of-human-rights/",
     "https://www.rednoticemonitor.com/post/is-interpol-being-corrupted-by-bahrain"],
    person("AL-SHEHABI", "Sayed Kadhim", "M", "1973-09-09", ["BH"], "BH", "1844221", langs=["ARA", "FAS"]),
    "أدين المتهم غيابياً في عامي 2013 و2015 بتهم تصنيع وحيازة متفجرات والشروع في قتل أفراد من الشرطة "
    "ضمن جماعة إرهابية، في قضية شملت مقتل شرطي في منطقة الديه.",
    "2013-03-01", "Sitra and Al-Daih, Bahrain",
    [("الشروع في قتل أفراد الشرطة تنفيذاً لغرض إرهابي", "Law No. 58 of 2006, arts. 1, 3 and 5", LIFE),
     ("تصنيع وحيازة مفرقعات", "Law No. 58 of 2006, art. 9", LIFE)],
    (AW, "High Criminal Court, Manama", "2015-12-30", "2015/03321/4"),
    wanted="SentenceEnforcement", imposed=LIFE, remaining=LIFE)

add("hd-07-ex-minister-ua", V, HD, "UA",
    "HARD: corruption/embezzlement by a former minister filed after a change of government (Ukraine after "
    "February 2014). Concrete procurement facts but obvious timing/context issues - the Repository names "
    "this as a typical predominance-test category (reference notes 2.3). Person fictional.",
    ["Criminal Code of Ukraine, art. 191 (misappropriation, embezzlement or conversion by abuse of office)",
     "https://bsblaw.co.uk/blog/interpols-updated-repository-of-practice-a-welcome-step-toward-transparency"],
    person("MYKHAILYSHYN", "Viktor Oleksandrovych", "M", "1960-01-22", ["UA", "RU"], "UA", "EK119034",
           aliases=["МИХАЙЛИШИН Віктор", "MIKHAILISHIN Viktor"], langs=["UKR", "RUS"]),
    "In 2012-2013 the suspect, as Minister of Energy, by prior agreement with managers of a state company, "
    "approved the purchase of drilling equipment at prices inflated by UAH 1.1 billion via intermediary "
    "companies registered in Cyprus, and the funds were appropriated. He left Ukraine on 22 February 2014.",
    "2012-04-01", "Kyiv, Ukraine",
    [("Misappropriation of property by abuse of office, especially large amount, organised group",
      "ч. 5 ст. 191 КК України", 144)],
    (AW, "Pechersk District Court of Kyiv", "2014-09-18", "757/12231/14-к"))

add("hd-08-journalist-tax-by", V, HD, "BY",
    "HARD: journalist/activist charged with ordinary tax evasion with specific amounts. Modelled on Andrei "
    "Hniot (detained in Belgrade October 2023 on a Belarusian Red Notice for tax evasion; access blocked "
    "by INTERPOL in February 2024 - Freedom House TNR Watch). Facts look ordinary; context is not.",
    ["https://freedomhouse.org/article/tnr-watch-interpol-notice"],
    person("LAPATSENKA", "Dzmitry Uladzimiravich", "M", "1983-10-10", ["BY"], "BY", "MP2299011",
           aliases=["ЛАПАЦЕНКО Дмитрий"], langs=["BEL", "RUS", "SRP"]),
    "В 2017-2019 годах обвиняемый, являясь индивидуальным предпринимателем (видеопроизводство для "
    "независимых интернет-изданий), не "
    "отразил в налоговых декларациях выручку в сумме 1 284 000 белорусских рублей, полученную на счета "
    "в иностранных банках, и уклонился от уплаты налогов на сумму 212 560 рублей (особо крупный размер).",
    "2017-01-01", "г. Минск, Республика Беларусь",
    [("Уклонение от уплаты сумм налогов, сборов в особо крупном размере", "ч. 2 ст. 243 УК РБ", 84)],
    (AW, "Управление Департамента финансовых расследований КГК по г. Минску", "2021-11-02", "21-DFR-7718"))

add("hd-09-ex-ambassador-sexual-rw", V, HD, "RW",
    "HARD: sexual-offence allegations (ordinary law) against a former ambassador who fell out with the "
    "government; the alleged conduct occurred in the US where prosecutors declined. Modelled on Eugene "
    "Gasana (Red Notice 2020 cancelled 2021 for 'predominant political dimension' - Red Notice Monitor on "
    "the Guardian investigation).",
    ["https://www.rednoticemonitor.com/post/rwanda-joins-list-of-regimes-abusing-interpol-systems",
     "https://www.mirrornewstoday.com/rwandas-top-uk-diplomat-oversaw-use-of-interpol-to-target-regime-opponents/"],
    person("NSENGIYUMVA", "Emmanuel", "M", "1972-08-14", ["RW"], "RW", "PD011278", langs=["KIN", "ENG", "FRA"]),
    "Between 2016 and 2017, while serving as Permanent Representative in New York, the suspect sexually "
    "assaulted a female subordinate on two occasions at the official residence and harassed two other "
    "staff members, according to the complaint of the victim filed with the Rwanda Investigation Bureau in 2019.",
    "2016-09-01", "New York, United States (Rwandan diplomatic residence)",
    [("Rape", "Law No. 68/2018, art. 134", 180),
     ("Sexual harassment", "Law No. 68/2018, art. 137", 24)],
    (AW, "Nyarugenge Primary Court", "2020-05-06", "RP 0211/2020/TB/NYGE"))

add("hd-10-contract-fraud-ru", V, HD, "RU",
    "HARD: businessman in a government contract (Vladivostok shipyards) who says he was targeted for "
    "refusing to give false testimony and threatening to expose officials; spent 15 months in US custody "
    "(Guardian 2021 via mirror sites; UNVERIFIED whether the US court denied extradition). Fraud facts vs "
    "retaliation claim.",
    ["https://www.198indonesianews.com/2021/10/17/has-interpol-become-the-long-arm-of-oppressive-regimes-interpol/",
     "https://docslib.org/doc/6402508/russias-abuse-of-interpol"],
    person("KHOROSHEV", "Alexei Borisovich", "M", "1969-01-28", ["RU"], "RU", "700922163",
           langs=["RUS", "ENG"]),
    "In 2010-2012 the accused, director of ZAO 'StroySnab-Vostok', by prior agreement with B. and officials "
    "of a federal agency, submitted acts of completed work containing false data on the reconstruction of "
    "a shipyard near Vladivostok and received RUB 1.4 billion of budget funds for work not performed. "
    "Previously questioned as a witness in the case against B., the accused left for the United States in 2013.",
    "2010-06-01", "Vladivostok, Primorsky Krai, Russian Federation",
    [("Fraud on an especially large scale by an organised group", "ч. 4 ст. 159 УК РФ", 120)],
    (AW, "Leninsky District Court of Vladivostok", "2014-12-19", "3/2-92/2014"))

add("hd-11-central-bank-tm", V, HD, "TM",
    "HARD: embezzlement from the Central Bank (2002 facts) against the daughter of a deceased opposition "
    "supporter; Switzerland refused extradition in 2011, she served 6 years in Russia on similar charges, "
    "detained again in Slovenia, Croatia and Poland; INTERPOL reportedly declined to delete (London News "
    "Net / Moscow Times report on Aysoltan Niyazova). Ne bis in idem + political context vs financial facts.",
    ["https://london-news.net/activist-aysoltan-niyazova-arrested-at-polish-border-amid-turkmenistans-pursuit"],
    person("ATAYEVA", "Maral", "F", "1968-02-20", ["RU"], "TM", "753300981", issuing="RU",
           langs=["TUK", "RUS", "ENG"]),
    "In 2001-2002 the accused, head of a department of the Central Bank of Turkmenistan, together with "
    "other officials transferred USD 30 million of bank funds abroad to accounts of companies under their "
    "control, appropriating them. For part of these acts the accused was convicted in the Russian "
    "Federation and served a sentence in 2011-2017.",
    "2001-05-01", "Ashgabat, Turkmenistan",
    [("Embezzlement of State property on an especially large scale", "art. 229 Criminal Code of Turkmenistan", 300)],
    (AW, "Prosecutor General of Turkmenistan", "2002-12-01", "TM-GP-2002-511"))

add("hd-12-armed-formation-ru", V, HD, "RU",
    "HARD / mislabel risk: 'participation in an armed formation abroad' (art. 208 part 2). Could be a "
    "foreign fighter with ISIS (processable) or a volunteer with Ukraine's forces (military/political). The "
    "reference notes cite a public Russian Red Notice on exactly this charge. The facts are vague on which "
    "armed formation - a human must ask.",
    ["https://bsblaw.co.uk/blog/interpols-updated-repository-of-practice-a-welcome-step-toward-transparency",
     "Criminal Code of the Russian Federation, art. 208 part 2 (participation in an armed formation not provided for by law)"],
    person("KURBANOV", "Shamil Magomedovich", "M", "1990-12-02", ["RU"], "RU", "762101998",
           langs=["RUS", "ARA", "AVA"]),
    "In 2014-2016 the accused, having left the Republic of Dagestan, took part in the territory of a "
    "foreign state in an armed formation not provided for by the law of that state, for purposes contrary "
    "to the interests of the Russian Federation, underwent weapons training and took part in armed clashes.",
    "2014-03-01", "Syrian Arab Republic (departure from Makhachkala, Russian Federation)",
    [("Participation in an armed formation not provided for by law on the territory of a foreign state",
      "ч. 2 ст. 208 УК РФ", 180)],
    (AW, "Sovetsky District Court of Makhachkala", "2016-10-14", "3/1-377/2016"))

add("hd-13-brotherhood-finance-eg", V, HD, "EG",
    "HARD: Egyptian request against exiled Muslim Brotherhood leaders for 'smuggling funds abroad to "
    "finance terrorism' (North Africa Post 2022; Red Notice Law Journal series). Terror-financing is "
    "processable in principle, but the group is a banned political movement and INTERPOL removed "
    "al-Qaradawi for political character. Arabic text.",
    ["https://northafricapost.com/58299-egypt-interpol-asked-to-put-six-muslim-brotherhood-members-on-red-notice-for-terrorism-financing.html",
     "https://www.rednoticelawjournal.com/2022/09/interpol-red-notice-egypts-red-notices-and-the-muslim-brotherhood-part-2-of-3/"],
    person("ABDEL-HAMID", "Medhat Youssef", "M", "1962-03-15", ["EG", "TR"], "EG", "A00911256",
           langs=["ARA", "TUR"]),
    "خلال الفترة من 2015 حتى 2021 تولى المتهم قيادة في جماعة إرهابية (جماعة الإخوان) وقام بتهريب أموال "
    "إلى الخارج وإدارة شبكة تحويلات بلغت 14 مليون دولار لتمويل أنشطة الجماعة، وحاز مطبوعات تحريضية.",
    "2015-01-01", "Cairo, Egypt (transfers via Istanbul)",
    [("تولي قيادة في جماعة إرهابية", "قانون مكافحة الإرهاب رقم 94 لسنة 2015، المادة 12", LIFE),
     ("تمويل الإرهاب", "Law No. 94 of 2015, art. 13", LIFE)],
    (AW, "محكمة جنايات أمن الدولة العليا", "2022-06-20", "2021/1117 حصر أمن دولة عليا"))

# ---------------------------------------------------------------- write
ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids))
with open("cases.json", "w", encoding="utf-8") as f:
    json.dump({"cases": CASES}, f, ensure_ascii=False, indent=1)
print(len(CASES))
