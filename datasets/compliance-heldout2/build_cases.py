#!/usr/bin/env python3
"""Builds cases.json for the SECOND independent FairNotice evaluation set (compliance-heldout2).
Same JSON shape as datasets/compliance-heldout. All case text is original (CC BY 4.0); all persons,
birth dates and document numbers are fictional. Sources are public pages found with the search tool."""
import json

LIFE = 1200  # life imprisonment or death penalty, encoded as 1200 months (as in the first set)


def alias_name(text):
    """'SURNAME Given' -> {familyName, forenames} (split at the first space)."""
    if " " in text:
        fam, fore = text.split(" ", 1)
    else:
        fam, fore = text, ""
    return {"familyName": fam, "forenames": fore}


def person(fam, fore, sex, dob, nats, cob, doc_no, issuing=None, doc_type="Passport",
           aliases=None, langs=None):
    return {"name": {"familyName": fam, "forenames": fore}, "sex": sex, "dateOfBirth": dob,
            "nationalities": nats, "countryOfBirth": cob, "aliases": [alias_name(a) for a in aliases or []],
            "identityDocuments": [{"type": doc_type, "number": doc_no,
                                   "issuingCountry": issuing or (nats[0] if nats else cob)}],
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
    assert wanted in ("Prosecution", "Sentence"), cid
    # As in the first set: the fixture format carries notices only, so a red wanted-person diffusion is
    # assessed as a Red request (the same rules apply) and the note says so.
    if colour == "Diffusion":
        colour = "Red"
        note = note + " (Filed as a red wanted-person diffusion in the scenario; assessed under the same rules.)"
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

# =============================================================== ABUSIVE (expected refuse)

add("ab-01-public-calls-blogger-az", R, AB, "AZ",
    "Modelled on the September 2020 Azerbaijani requests against seven exiled bloggers and YouTube activists "
    "(OC Media; Azerbaijan Internet Watch): 'open calls against the state from abroad' and 'calls to mass riots' "
    "for online videos and protests at embassies in Europe. Pure expression; the facts name no violent act by "
    "the person. Penalties of the Azerbaijani articles are background knowledge, UNVERIFIED.",
    ["https://oc-media.org/azerbaijan-seeks-arrest-of-critics-abroad/",
     "https://www.az-netwatch.org/tag/arrest/page/2/"],
    person("QULİYEV", "Elnur Rafiq oğlu", "M", "1987-02-11", ["AZ"], "AZ", "C03318842",
           aliases=["GULIYEV Elnur"], langs=["AZE", "RUS", "DEU"]),
    "Təqsirləndirilən şəxs 2019-2020-ci illərdə xaricdə yaşayaraq YouTube kanalında (təxminən 210 000 abunəçi) "
    "dövlətə qarşı açıq çağırışlar edən videolar yayımlamış, kütləvi iğtişaşlara çağırmış və Berlində səfirlik "
    "qarşısında icazəsiz aksiyalar təşkil etmişdir. The accused, residing in Germany, published 37 videos calling "
    "on citizens to 'take to the streets and sweep away the regime' and organised pickets at the Embassy in Berlin.",
    "2019-06-01", "Baku, Republic of Azerbaijan (videos published from Germany)",
    [("Açıq çağırışlar - dövlət əleyhinə, təkrar və ya qrup halında (public calls against the state)",
      "AR CM-nin 281.2-ci maddəsi", 96),
     ("Kütləvi iğtişaşlara çağırış (calls to mass riots)", "AR CM-nin 220.2-ci maddəsi", 36)],
    (AW, "Baku Grave Crimes Court (in absentia measure of restraint)", "2020-09-07", "1(101)-614/2020"))

P_HUS = person("MƏMMƏDLİ", "Fərid Vaqif oğlu", "M", "1975-10-30", ["AZ"], "AZ", "C00871123",
               aliases=["MAMMADLI Farid"], langs=["AZE", "NLD", "ENG"])
add("ab-02-asylee-journalist-fraud-az", R, AB, "AZ",
    "Refugee-policy case. Modelled on Fikret Huseynli: opposition journalist granted asylum in the Netherlands "
    "(2008), detained in Kyiv in 2017 on an Azerbaijani Red Notice for 'fraud, forgery and "
    "illegal border crossing' (RFE/RL; openDemocracy 'Revenge by red notice'). Ordinary-sounding charges, but the "
    "requester is the state he fled and protection is confirmed. Fictional person; unlike the model he has not "
    "been naturalised (the real person later became Dutch, which could end refugee status).",
    ["https://www.rferl.org/a/azerbaijan-ukraine-interpol-alert-huseynli-baku-abuse/28804385.html",
     "https://www.opendemocracy.net/en/odr/revenge-by-red-notice-how-azerbaijan-targets-its-critics-abroad/"],
    P_HUS,
    "In 2006 the suspect obtained an Azerbaijani passport using a forged residence certificate, crossed the state "
    "border at Astara outside a checkpoint and received AZN 9,400 from a media company on the basis of a false "
    "employment contract.",
    "2006-03-14", "Baku and Astara, Republic of Azerbaijan",
    [("Fraud causing significant damage", "Article 178.2 of the Criminal Code of the Republic of Azerbaijan", 60),
     ("Forgery of official documents", "Article 320.2 CC AR", 24),
     ("Illegal crossing of the state border", "Article 318.1 CC AR", 24)],
    (AW, "Nasimi District Court, Baku", "2016-11-02", "1-4411/2016"),
    protected=[protection(P_HUS, "Asylum", ["AZ"])])

add("ab-03-banned-movement-posts-kz", R, AB, "KZ",
    "Modelled on Kazakhstan's prosecutions for 'participation in the activities of an organisation banned as "
    "extremist' (art. 405 CC RK) of supporters of the opposition movement Democratic Choice of Kazakhstan, banned "
    "in March 2018; HRW counted 135 people targeted, often for posts, likes and rallies (ODF report; HRW via "
    "neweurasia). Russian/Kazakh text. Penalty of art. 405(2) UNVERIFIED.",
    ["https://en.neweurasia.info/political-process/2008-kazakhstan-crackdown-on-government-critics",
     "https://en.odfoundation.eu/a/8606,report-the-persecution-of-the-dck-activists-in-kazakhstan/"],
    person("ЖАКСЫБЕКОВА", "Айгерим Нурлановна", "F", "1990-12-05", ["KZ"], "KZ", "N14830219",
           aliases=["ZHAKSYBEKOVA Aigerim"], langs=["KAZ", "RUS", "POL"]),
    "В период с апреля 2018 г. по октябрь 2021 г. подозреваемая, являясь администратором регионального "
    "Telegram-чата «ДВК Актобе», размещала материалы запрещённого движения «Демократический выбор Казахстана», "
    "призывала подписчиков выходить на несанкционированные митинги 22 февраля и 1 мая, распространяла листовки "
    "с символикой движения. Выехала в Республику Польша.",
    "2018-04-10", "г. Актобе, Республика Казахстан",
    [("Участие в деятельности общественного объединения после вступления в законную силу решения суда о запрете "
      "его деятельности в связи с экстремизмом", "ч. 2 ст. 405 УК РК", 72)],
    (AW, "Следственный суд г. Актобе (санкция на арест заочно)", "2022-01-20", "0210-22-00-1/44"))

add("ab-04-false-information-emergency-kz", R, AB, "KZ",
    "'Fake news' law used against a blogger who reported on casualties during the January 2022 unrest "
    "(Kazakhstan's broad speech/extremism charges against critics: HRW via neweurasia; Kazakhstan using INTERPOL "
    "against dissidents in the EU: EUobserver). The facts are publication only; no violence. Art. 274(4) penalty "
    "UNVERIFIED.",
    ["https://euobserver.com/opinion/121311",
     "https://en.neweurasia.info/political-process/2008-kazakhstan-crackdown-on-government-critics"],
    person("ОМАРОВ", "Данияр Серикович", "M", "1984-07-19", ["KZ"], "KZ", "N09921453",
           aliases=["OMAROV Daniyar"], langs=["KAZ", "RUS", "ENG"]),
    "5–7 января 2022 года в условиях чрезвычайного положения подозреваемый в своём YouTube-канале распространил "
    "заведомо ложную информацию о «сотнях расстрелянных мирных жителей» в г. Алматы и о применении силами ОДКБ "
    "оружия против демонстрантов, создав опасность нарушения общественного порядка. Находится в Грузии.",
    "2022-01-05", "г. Алматы, Республика Казахстан",
    [("Распространение заведомо ложной информации в условиях чрезвычайного положения",
      "п. 2) ч. 4 ст. 274 УК РК", 84)],
    (AW, "Специализированный следственный суд г. Алматы", "2022-03-15", "7511-22-00-2/301"))

add("ab-05-irpt-council-member-tj", R, AB, "TJ",
    "Modelled on the Tajik Red Notice against IRPT political-council member Shohnaim Karim (Mirzorahim Kuzov), "
    "detained in Athens in October 2017 after an OSCE conference; Greek court refused extradition (HRW via news.tj). "
    "IRPT was the legal opposition party until banned as 'terrorist' in 2015; INTERPOL removed the notice on its "
    "leader Kabiri in 2018 (RFE/RL). Tajik/Russian text; penalties UNVERIFIED.",
    ["http://www.news.tj/ru/node/248025",
     "https://www.rferl.org/a/tajikistan-islamic-renaissance-party-leader-kabiri-interpol/29076658.html"],
    person("НАЗАРОВ", "Ҷамшед Саидович", "M", "1972-04-21", ["TJ"], "TJ", "401133870",
           aliases=["NAZAROV Jamshed", "НАЗАРОВ Джамшед"], langs=["TGK", "RUS", "FAS"]),
    "Айбдоршаванда ҳамчун узви шӯрои сиёсии ташкилоти террористӣ-экстремистии ҲНИТ дар конфронсҳои байналмилалӣ "
    "баромад карда, ба ғасби ҳокимият даъват кардааст. Обвиняемый, член политсовета запрещённой ПИВТ, в 2016–2017 "
    "гг. выступал на международных конференциях в Варшаве и Вене, распространял видеообращения партии и собирал "
    "членские взносы с трудовых мигрантов в пользу запрещённой организации.",
    "2016-09-20", "г. Душанбе, Республика Таджикистан (выступления за рубежом)",
    [("Участие в деятельности экстремистской организации", "ч. 2 ст. 307.3 УК РТ", 96),
     ("Публичные призывы к осуществлению экстремистской деятельности с использованием СМИ и интернета",
      "ч. 2 ст. 307.1 УК РТ", 96)],
    (AW, "Генеральная прокуратура Республики Таджикистан (санкция на арест)", "2017-03-02", "02-17/2017-ПИВТ"))

add("ab-06-journalist-espionage-ir", R, AB, "IR",
    "Journalist charged with 'espionage'/'cooperation with hostile states' and 'propaganda against the system' "
    "for working for a Persian-language broadcaster abroad. Iran frames dissent as national security "
    "(removerednotice.com country file: espionage, propaganda, acting against national security); ICIJ 2011 on "
    "Iranian requests against refugees (Rasoul Mazrae). Persian text. Art. 500 alone is below threshold; art. 508 "
    "lifts it, so the penalty test passes and only Art. 3 refuses. Art. 508 maximum (10 years) is background knowledge, UNVERIFIED.",
    ["https://removerednotice.com/iran",
     "https://icij.org/investigations/interpols-red-flag/interpols-red-notices-used-some-pursue-political-dissenters-opponents"],
    person("RAHIMI", "Nasrin", "F", "1986-01-09", ["IR", "GB"], "IR", "U41877201",
           aliases=["رحیمی نسرین"], langs=["FAS", "ENG"]),
    "متهم از سال ۱۳۹۹ با شبکه معاند فارسی‌زبان خارج از کشور همکاری کرده، اخبار و تصاویر اغتشاشات را به قصد "
    "تشویش اذهان عمومی منتشر و با سرویس‌های اطلاعاتی دولت متخاصم ارتباط داشته است. The accused, a presenter for a "
    "London-based Persian-language channel, broadcast reports on the 2022 protests and interviewed families of "
    "detainees, thereby cooperating with a hostile government.",
    "2022-09-20", "Tehran, Islamic Republic of Iran (broadcasts from London)",
    [("همکاری با دول متخاصم (cooperation with hostile states)", "ماده ۵۰۸ قانون مجازات اسلامی (تعزیرات)", 120),
     ("تبلیغ علیه نظام (propaganda against the system)", "ماده ۵۰۰ قانون مجازات اسلامی", 12)],
    (AW, "Islamic Revolutionary Court of Tehran, Branch 15", "2023-01-28", "۱۴۰۱-۹۹۸۲"))

P_CONV = person("KARIMI", "Behzad", "M", "1983-05-17", ["IR"], "IR", "Y77310456",
                aliases=["کریمی بهزاد"], langs=["FAS", "DEU"])
add("ab-07-convert-house-church-ir", R, AB, "IR",
    "Religious case plus refugee policy. Christian convert leading a house church, charged under the 2021 "
    "amended art. 500 bis ('deviant propaganda contrary to the holy religion of Islam', up to 5 years) and "
    "'acting against national security' (Article18; Christian Today on art. 500 convictions). Recognised refugee "
    "in Germany against Iran.",
    ["https://articleeighteen.com/news/9548/",
     "https://www.christiantoday.com/article/iran.sentences.18.christian.converts.to.prison.for.creating.house.churches/55400.htm"],
    P_CONV,
    "The accused organised weekly gatherings of a so-called house church in Karaj between 2019 and 2021, "
    "distributed Persian Bibles, baptised at least six Muslims and maintained contact with 'Zionist evangelical' "
    "networks abroad. He left the country illegally in May 2021.",
    "2019-03-01", "Karaj, Alborz Province, Islamic Republic of Iran",
    [("Deviant educational or proselytising activity contrary to the holy religion of Islam",
      "Article 500 bis of the Islamic Penal Code (amended 2021)", 60),
     ("Assembly and collusion against national security", "Article 610 of the Islamic Penal Code (Ta'zirat)", 60)],
    (AW, "Revolutionary Court of Karaj, Branch 1", "2021-09-12", "1400-33-571"),
    protected=[protection(P_CONV, "Refugee", ["IR"])])

add("ab-08-hirak-blogger-terror-dz", R, AB, "DZ",
    "Modelled on the March 2021 Algerian international arrest warrants against exiled critics (a France-based "
    "blogger, a journalist, a former diplomat) for 'joining a terrorist group targeting state security and national "
    "unity' and money laundering, i.e. the Rachad movement accused of 'infiltrating' the peaceful Hirak (Middle East "
    "Monitor; AFP via Africa Radio). No violent act is attributed. French/Arabic text; penalties UNVERIFIED.",
    ["https://www.middleeastmonitor.com/20210323-algeria-issues-arrest-warrants-for-ex-politician-ex-intelligence-officer/",
     "https://www.africaradio.com/news/alger-lance-des-mandats-d-arrets-contre-des-activistes-accuses-de-terrorisme-183433"],
    person("BENSALEM", "Yacine", "M", "1983-08-23", ["DZ", "FR"], "DZ", "198341177",
           aliases=["بن سالم ياسين"], langs=["ARA", "FRA", "KAB"]),
    "Le mis en cause, établi en France, diffuse depuis 2019 sur sa chaîne YouTube des vidéos appelant au "
    "« changement radical du système » et relayant les mots d'ordre du mouvement Rachad, classé organisation "
    "terroriste. Il aurait perçu des dons en ligne (environ 18 000 EUR) qualifiés de financement. "
    "المتهم ينشط ضمن حركة رشاد الإرهابية ويحرض على المساس بالوحدة الوطنية.",
    "2019-04-01", "Alger, Algérie (vidéos diffusées depuis la France)",
    [("Adhésion à une organisation terroriste visant la sûreté de l'État et l'unité nationale",
      "art. 87 bis 3 du Code pénal algérien", 120),
     ("Blanchiment d'argent dans le cadre d'une association de malfaiteurs", "art. 389 bis 2 du Code pénal", 180)],
    (AW, "Tribunal de Bir Mourad Raïs, juge d'instruction (mandat d'arrêt international)", "2021-03-21",
     "MAI 0113/21"))

add("ab-09-proselytism-dz", R, AB, "DZ",
    "Religious offence: Ordinance 06-03 (2006) punishes 'inciting, constraining or using means of seduction to "
    "convert a Muslim', or material 'to shake the faith of a Muslim', with 2-5 years (IIRF/HRWF; Compass Direct via "
    "christianpersecution.info). Christian convert who spoke about his faith and handed out Bibles. French text.",
    ["https://iirf.eu/news/archiv/one-year-in-prison-for-proselytism/",
     "https://christianpersecution.info/algeria-christians-found-guilty-of-proselytizing-muslims/"],
    person("AIT SAADA", "Mourad", "M", "1979-11-02", ["DZ"], "DZ", "179220431", langs=["KAB", "ARA", "FRA"]),
    "Courant 2022, le nommé AIT SAADA Mourad a remis à des collègues de travail musulmans, sur le site pétrolier "
    "de Hassi Messaoud, des exemplaires de la Bible et des documents audiovisuels visant à ébranler la foi d'un "
    "musulman, et a tenu des réunions de prière dans un local non agréé. Il a quitté le territoire national.",
    "2022-02-15", "Hassi Messaoud, wilaya d'Ouargla, Algérie",
    [("Incitation d'un musulman à changer de religion et distribution de documents visant à ébranler sa foi",
      "art. 11 de l'Ordonnance n° 06-03 du 28 février 2006", 60),
     ("Exercice d'un culte non musulman dans un lieu non autorisé", "art. 13 de l'Ordonnance n° 06-03", 36)],
    (AW, "Tribunal de Touggourt, juge d'instruction", "2022-09-04", "0342/22"))

add("ab-10-insulting-officials-youtuber-ma", R, AB, "MA",
    "Defamation/insult of officials, and below the penalty threshold. Modelled on Chafik Amrani, a US-resident "
    "Moroccan YouTuber prosecuted for 'outrage and defamation' of public officials and constitutional institutions "
    "after complaints by three security agencies; sentenced to three months (El Español; Tribuna); NGM lists 'offences related to damaging honour' among excluded behavioural-norm offences. Art. 263 "
    "(outrage à fonctionnaire) carries 1 month-1 year: two independent grounds to refuse. French/Arabic.",
    ["https://elespanol.com/mundo/20210208/youtuber-criticaba-marruecos-eeuu-detenido-poner-rabat/557194896_0.amp.html",
     "https://www.tribuna.com.mx/mundo/2021/3/25/increible-youtuber-es-detenido-en-marruecos-por-criticar-instituciones-funcionarios-235995.html",
     "https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/"],
    person("EL OUAFI", "Hamza", "M", "1988-03-30", ["MA", "CA"], "MA", "UZ4419027",
           aliases=["الوافي حمزة"], langs=["ARA", "FRA", "ENG"]),
    "Le mis en cause, résidant au Canada, a publié entre septembre et décembre 2023 sur sa chaîne YouTube "
    "« Dzayer Talk » onze vidéos comportant des expressions injurieuses et outrageantes à l'égard de hauts "
    "responsables de la DGSN et de la DGST ainsi que des institutions constitutionnelles, suite à des plaintes "
    "déposées par ces institutions. نشر فيديوهات تتضمن إهانة موظفين عموميين وهيئات منظمة.",
    "2023-09-01", "Casablanca, Royaume du Maroc (vidéos publiées depuis le Canada)",
    [("Outrage envers des fonctionnaires publics dans l'exercice de leurs fonctions", "art. 263 du Code pénal", 12),
     ("Outrage envers des corps constitués", "art. 265 du Code pénal", 12)],
    (AW, "Procureur du Roi près le Tribunal de première instance de Casablanca", "2024-01-17", "2024/2101/117"))

add("ab-11-homosexual-acts-ma", R, AB, "MA",
    "Behavioural/cultural-norm offence (Art. 83(1)(a)(i)): art. 489 Moroccan Penal Code, 'lewd or unnatural acts "
    "with an individual of the same sex', 6 months-3 years - penalty confirmed by several sources (Afrik.com; HRW "
    "via Kuchu Times). The penalty threshold is met on purpose, so only the category test refuses.",
    ["https://www.afrik.com/maroc-la-prison-pour-les-homos",
     "https://kuchutimes.com/2016/08/morroco-two-arrested-and-charged-with-homosexuality"],
    person("TAZI", "Anas", "M", "1996-06-14", ["MA"], "MA", "VB8830175", langs=["ARA", "FRA", "SPA"]),
    "Le 12 juillet 2024, les services de police de Tanger ont été saisis d'une vidéo diffusée sur les réseaux "
    "sociaux montrant le nommé TAZI Anas et un autre homme majeur se livrant à des actes impudiques entre personnes "
    "du même sexe dans un appartement loué. Le co-mis en cause a été interpellé ; TAZI a rejoint l'Espagne.",
    "2024-07-10", "Tanger, Royaume du Maroc",
    [("Acte impudique ou contre nature avec un individu de son sexe", "art. 489 du Code pénal marocain", 36)],
    (AW, "Juge d'instruction près le Tribunal de première instance de Tanger", "2024-09-02", "2024/1833"))

add("ab-12-state-security-plot-tn", R, AB, "TN",
    "Modelled on the September 2023 Tunisian international warrants against 12 political figures abroad (a "
    "former head of government, a former presidential chief of staff, Ennahda leaders, a journalist) for 'forming a "
    "terrorist alliance' and 'conspiracy against state security' after President Saied's July 2021 measures "
    "(Reuters via Nasdaq; Middle East Monitor). Facts: contacts with diplomats and media statements. Arabic/French.",
    ["https://www.nasdaq.com/articles/tunisian-judge-issues-international-arrest-warrants-for-prominent-political-figures",
     "https://www.middleeastmonitor.com/20230913-tunisia-issues-international-arrest-warrants-against-12-ex-officials/"],
    person("BEN AMOR", "Leila", "F", "1971-09-09", ["TN", "FR"], "TN", "X0751122",
           aliases=["بن عمر ليلى"], langs=["ARA", "FRA"]),
    "تولت المظنون فيها خلال سنة 2022 ربط الاتصال بدبلوماسيين أجانب وبمسؤولين سابقين بهدف تغيير هيئة الدولة. "
    "La mise en cause, ancienne conseillère auprès de la Présidence, aurait rencontré des diplomates étrangers à "
    "Paris et participé à des échanges sur une messagerie avec des opposants en vue de « renverser le régime », "
    "et tenu des déclarations médiatiques hostiles au chef de l'État.",
    "2022-06-01", "Tunis, Tunisie (réunions tenues à Paris)",
    [("Complot contre la sûreté intérieure de l'État, attentat ayant pour but de changer la forme du gouvernement",
      "الفصل 72 من المجلة الجزائية (art. 72 du Code pénal)", LIFE),
     ("Formation d'une entente en rapport avec des infractions terroristes",
      "art. 32 de la loi organique n° 2015-26 relative à la lutte contre le terrorisme", 240)],
    (AW, "Juge d'instruction du Pôle judiciaire antiterroriste, Tunis", "2023-09-12", "PJAT 36841/2023"))

add("ab-13-papua-lawyer-hoax-id", R, AB, "ID",
    "Modelled on Veronica Koman, a human-rights lawyer charged by East Java police in September 2019 under the ITE "
    "law ('hoaxes', 'provocation') for tweets about the racist siege of a Papuan student dormitory in Surabaya; police "
    "announced a Red Notice request (Antara; IndNews lists the articles charged). Indonesian text. ITE penalty "
    "'up to six years' per the Guardian report reproduced by archynetys.",
    ["https://sulteng.antaranews.com/berita/76562/police-to-put-veronika-koman-on-most-wanted-list",
     "https://indnews.id/veronica-koman-masuk-dpo-polisi-kirim-red-notice-ke-interpol/",
     "https://www.archynetys.com/health/australia-refuses-to-exclude-the-delivery-of-the-sydney-lawyer-who-supports-indonesia-in-western-papuans-world-news/"],
    person("WATTIMENA", "Maria Yohana", "F", "1988-04-26", ["ID"], "ID", "C2298417",
           langs=["IND", "ENG"]),
    "Tersangka pada tanggal 18-20 Agustus 2019 melalui akun Twitter miliknya menyebarkan berita bohong (hoaks) dan "
    "konten provokatif terkait peristiwa di Asrama Mahasiswa Papua di Surabaya, yang menimbulkan rasa kebencian "
    "berdasarkan SARA dan memicu kerusuhan di Manokwari dan Jayapura. Tersangka mangkir dua kali dari panggilan "
    "penyidik dan berada di Australia.",
    "2019-08-18", "Surabaya, Jawa Timur, Indonesia (unggahan dari luar negeri)",
    [("Menyebarkan informasi untuk menimbulkan rasa kebencian berdasarkan SARA",
      "Pasal 28 ayat (2) jo. Pasal 45A ayat (2) UU No. 19 Tahun 2016 (UU ITE)", 72),
     ("Penghasutan di muka umum", "Pasal 160 KUHP", 72),
     ("Menyiarkan berita bohong yang menerbitkan keonaran", "Pasal 14 ayat (1) UU No. 1 Tahun 1946", 120)],
    (AW, "Direktorat Reserse Kriminal Khusus Polda Jawa Timur (DPO)", "2019-09-20", "DPO/37/IX/2019/Ditreskrimsus"))

add("ab-14-insulting-king-kh", R, AB, "KH",
    "Modelled on the warrants against exiled CNRP leader Sam Rainsy for 'insulting the King' after an interview, "
    "and for incitement; sent to all ASEAN states, and the Cambodian INTERPOL office contacted regional NCBs "
    "(Phnom Penh Post; VOA Khmer; Khmer Times via blog). Expression offences protecting the monarchy and "
    "government; warrants issued by a prosecutor's request and investigating judge.",
    ["https://phnompenhpost.com/national-politics/rainsy-asean-arrest-warrants-sent",
     "http://reaksmeyinaction-reaksmeykongkea.blogspot.com/2022/11/authorities-reach-out-to-interpol-to.html"],
    person("SOK", "Vannak", "M", "1961-02-18", ["KH", "FR"], "KH", "N01188374", langs=["KHM", "FRA", "ENG"]),
    "On 12 September 2024, in an interview broadcast by a foreign radio station and shared on Facebook, the "
    "suspect, acting president of a party dissolved by the Supreme Court, stated that His Majesty the King is "
    "'a puppet who betrays the nation' and called on the armed forces to 'stand with the people' on his return.",
    "2024-09-12", "Phnom Penh, Kingdom of Cambodia (interview from Paris)",
    [("Insulting the King", "Article 437 bis of the Criminal Code of the Kingdom of Cambodia", 60),
     ("Incitement to commit a felony", "Articles 494-495 of the Criminal Code", 24),
     ("Incitement of military personnel to disobedience", "Article 471 of the Criminal Code", 60)],
    (AW, "Investigating Judge, Phnom Penh Municipal Court", "2024-09-17", "No. 412/2024 ស.ប.ក"))

P_VNB = person("ĐẶNG", "Văn Khoa", "M", "1982-12-02", ["VN"], "VN", "C5510982",
               aliases=["DANG Van Khoa"], langs=["VIE", "THA", "ENG"])
add("ab-15-refugee-blogger-propaganda-vn", R, AB, "VN",
    "Refugee policy + political offence. Modelled on blogger Duong Van Thai, UNHCR-recognised refugee in Thailand "
    "since 2019, abducted in April 2023 and sentenced to 12 years under art. 117 ('making, storing, disseminating "
    "information aimed at opposing the State'; up to 20 years per RSF) (RFA; The Diplomat; RSF via vietnam-aujourdhui). Vietnamese text. "
    "Protection record: UNHCR mandate refugee, confirmed.",
    ["https://www.rfa.org/english/news/vietnam/thai-07202023162231.html",
     "https://thediplomat.com./2024/10/vietnamese-court-sentences-dissident-blogger-to-12-years-in-prison",
     "https://vietnam-aujourdhui.info/2023/07/26/vietnam-anti-corruption-journalist-kidnapped-in-thailand-charged-for-propaganda-against-state"],
    P_VNB,
    "Từ năm 2019 đến năm 2023, bị can đã thu thập thông tin, biên tập và phát trực tiếp trên kênh YouTube các video "
    "có nội dung xuyên tạc, bôi nhọ lãnh đạo Đảng và Nhà nước, kích động người dân tham gia hoạt động gây rối. "
    "The suspect, living in Thailand, livestreamed 240 videos alleging corruption among Party leaders.",
    "2019-03-01", "Hà Nội, Việt Nam (phát trực tiếp từ Thái Lan)",
    [("Làm, tàng trữ, phát tán hoặc tuyên truyền thông tin, tài liệu, vật phẩm nhằm chống Nhà nước CHXHCN Việt Nam",
      "Điều 117 Bộ luật Hình sự năm 2015", 240)],
    (AW, "Cơ quan An ninh điều tra, Bộ Công an (lệnh bắt bị can để tạm giam, VKSND tối cao phê chuẩn)",
     "2022-11-08", "117/LBBCĐTG-ANĐT"),
    protected=[protection(P_VNB, "Refugee", ["VN"])])

add("ab-16-diaspora-media-terror-et", R, AB, "ET",
    "Terrorism label for diaspora journalism. Modelled on Ethiopia's terrorism charges in absentia against the "
    "editor of US-based Ethiopian Review (2011) and the 2023 'wanted' list naming personalities of the US-based "
    "YouTube outlet Ethio-360, with a stated plan to seek INTERPOL cooperation (CMFR/RSF; Addis Standard). "
    "Facts are broadcasts; no act of violence. Amharic/English.",
    ["https://addisstandard.com/news-ethiopia-security-detains-gobeze-sisay-from-djibouti/?utm_source=rss&utm_medium=rss&utm_campaign=news-ethiopia-security-detains-gobeze-sisay-from-djibouti",
     "https://cmfr-phil.org/press-freedom-protection/press-freedom/journalists-charged-under-anti-terrorism-law-in-ethiopia"],
    person("TESFAYE", "Abebe Girma", "M", "1976-10-12", ["US", "ET"], "ET", "583302911", issuing="US",
           langs=["AMH", "ENG"]),
    "ተጠርጣሪው ከውጭ ሀገር በሚያሰራጨው የዩቲዩብ ሚዲያ ህገ-መንግስታዊ ስርዓቱን ለማፍረስ ቀስቅሷል። From March to "
    "April 2023 the suspect, through a US-based online media channel, broadcast programmes urging the public to "
    "'rise up against the government', disclosed the positions of federal forces in the Amhara region and "
    "praised armed groups, thereby encouraging terrorist acts.",
    "2023-03-15", "Addis Ababa, Ethiopia (broadcasts from the United States)",
    [("Encouragement of a terrorist act through media",
      "Prevention and Suppression of Terrorism Crimes Proclamation No. 1176/2020, Art. 6", 180),
     ("Attack on the constitutional order through outrages against the Constitution",
      "Art. 238 of the Criminal Code of the FDRE (2004)", 180)],
    (AW, "Federal High Court, Lideta Division (on application of the Federal Police)", "2023-05-02",
     "FHC/TR/ 311724"))

add("ab-17-exiled-priest-ni", R, AB, "NI",
    "Nicaragua after 2018: persecution of Catholic clergy, forced exile and stripping of nationality of opponents "
    "(Wikipedia '2018 Nicaraguan protests' status list; the Ortega majority's 2019 amnesty and 'terrorism' labels: "
    "JURIST). Priest who sheltered wounded protesters and preached against repression, charged with 'undermining "
    "national integrity' and 'false news'. Stateless after deprivation of nationality (nationalities empty on "
    "purpose). Spanish text; penalties UNVERIFIED.",
    ["https://en.wikipedia.org/wiki/2018_Nicaraguan_protests",
     "https://www.jurist.org/news/2019/06/nicaraguas-congress-approves-amnesty-law-for-crimes-during-protests/"],
    person("ZELEDÓN", "José Ignacio", "M", "1968-05-03", [], "NI", "C01734520", issuing="NI",
           aliases=["ZELEDON Jose Ignacio"], langs=["SPA", "ENG"]),
    "El acusado, sacerdote de la diócesis de Matagalpa, desde su púlpito y redes sociales incitó al odio contra "
    "las autoridades constituidas, propagó noticias falsas sobre supuestas ejecuciones extrajudiciales y solicitó "
    "sanciones internacionales contra el Estado de Nicaragua, menoscabando la integridad nacional. Se encuentra "
    "fuera del país; por sentencia se declaró la pérdida de su nacionalidad nicaragüense.",
    "2022-05-01", "Matagalpa, República de Nicaragua",
    [("Conspiración para cometer menoscabo a la integridad nacional",
      "art. 410 y 412 Código Penal, en relación con Ley 1055 (Ley de Defensa de los Derechos del Pueblo)", 96),
     ("Propagación de noticias falsas a través de las tecnologías de la información",
      "art. 30 de la Ley 1042 (Ley Especial de Ciberdelitos)", 60)],
    (AW, "Juzgado Décimo Distrito Penal de Audiencias de Managua", "2023-02-10", "000612-ORM4-2023-PN"))

add("ab-18-influencer-terror-list-cu", R, AB, "CU",
    "Modelled on Cuba's December 2023 'National List' of 61 people accused of terrorism, delivered to INTERPOL, "
    "including Miami influencers accused of 'inciting actions that affect social order... violent acts against "
    "public officials; promoting armed aggression against Cuba' (CiberCuba; Reuters via The Star). Facts are social "
    "media speech; no act. Spanish text; penalty of Ley 93 UNVERIFIED.",
    ["https://en.cibercuba.com/noticias/2024-01-11-u1-e199894-s27061-regimen-cubano-entrega-lista-nacional-terroristas-interpol",
     "https://www.thestar.com.my/news/world/2023/12/09/cuba-publishes-list-of-accused-terrorists-including-miami-mayoral-candidate"],
    person("VALDÉS ARENCIBIA", "Yoandry", "M", "1985-03-14", ["CU", "US"], "CU", "K482911", issuing="CU",
           aliases=["VALDES ARENCIBIA Yoandry"], langs=["SPA", "ENG"]),
    "El ciudadano, residente en Miami, desde 2021 a través de sus transmisiones en vivo en redes sociales instigó "
    "a la realización de acciones que afectan el orden social en Cuba, mediante actos violentos contra funcionarios "
    "públicos y el funcionamiento de entidades socioeconómicas, y promovió una agresión armada contra Cuba. "
    "Figura en la Lista Nacional publicada en la Gaceta Oficial (Resolución del MININT, diciembre de 2023).",
    "2021-07-11", "La Habana, República de Cuba (transmisiones desde Estados Unidos)",
    [("Instigación a cometer actos de terrorismo", "Ley No. 93 contra Actos de Terrorismo, art. 11", 240),
     ("Propaganda contra el orden constitucional", "art. 124 del Código Penal (Ley 151 de 2022)", 96)],
    (AW, "Fiscalía General de la República, Dirección de Investigación Criminal del MININT", "2023-12-07",
     "EFP 41/2021"))

add("ab-19-bylock-teacher-sentence-tr", R, AB, "TR",
    "Turkey 'FETÖ membership' on the basis of ByLock use, a Bank Asya account and union membership - the exact "
    "evidence the ECtHR Grand Chamber held insufficient and unforeseeable in Yüksel Yalçınkaya v. Türkiye (26 Sept "
    "2023; 6 years 3 months sentence) (Turkey Rights Monitor; Lawyers for Lawyers). Sentence enforcement, Turkish text.",
    ["https://database.turkeyrightsmonitor.com/en/yuksel-yalcinkaya/hakkinda",
     "https://lawyersforlawyers.org/en/?p=31952",
     "https://app.lexploria.com/document/848265-yalcinkaya-v-turkey"],
    person("KORKMAZ", "Hülya", "F", "1980-01-27", ["TR"], "TR", "U18802145",
           aliases=["KORKMAZ Hulya"], langs=["TUR", "DEU"]),
    "Hükümlünün ByLock programını 2015 yılında 'turuncu' seviyede kullandığı, Bank Asya'da talimatla hesap açtığı "
    "ve kapatılan Aktif Eğitim-Sen sendikasına üye olduğu tespit edilmiştir. Silahlı terör örgütü FETÖ/PDY üyeliğinden "
    "mahkûm olmuş, karar kesinleşmeden yurt dışına (Almanya) kaçmıştır.",
    "2014-01-01", "Kayseri, Türkiye",
    [("Silahlı terör örgütüne üye olma (membership of an armed terrorist organisation)", "TCK md. 314/2", 120)],
    (AW, "Kayseri 2. Ağır Ceza Mahkemesi (yakalama kararı)", "2019-05-14", "2017/218 E., 2019/301 K."),
    wanted="Sentence", imposed=75, remaining=75)

P_FT = person("AYDOĞAN", "Mehmet Emin", "M", "1977-04-08", ["TR"], "TR", "U10944371",
              aliases=["AYDOGAN Mehmet Emin"], langs=["TUR", "ENG"])
P_FT_OLD = person("AYDOGAN", "Mehmet", "M", "1977-04-08", ["TR"], "TR", "U10944371", langs=["TUR"])
add("ab-20-feto-refiled-as-fraud-tr", R, AB, "TR",
    "Repeated request after refusal. A Gülen-movement businessman refused in 2018 under Art. 3 is re-filed in 2025 "
    "with 'qualified fraud' added for donations to a charity closed by decree - the same facts relabelled. "
    "Pattern: Turkey's post-2016 mass FETÖ requests and their rejection (Yalçınkaya context: Medya News; ByLock/"
    "Bank Asya evidence: Turkey Rights Monitor). The prior record spells the name without Turkish letters and "
    "without the second forename (matching test). Filed as a diffusion.",
    ["https://medyanews.net/european-court-rules-against-turkey-highlights-systemic-flaws-in-judiciarys-approach-to-evidence/",
     "https://database.turkeyrightsmonitor.com/en/yuksel-yalcinkaya/hakkinda"],
    P_FT,
    "Şüpheli, FETÖ/PDY'nin 'Kimse Yok Mu' derneği adına 2012-2016 yılları arasında topladığı bağışları örgüt "
    "talimatıyla yurt dışına aktararak bağışçıları dolandırmış, Bank Asya'ya örgüt talimatıyla para yatırmış ve "
    "örgütün himmet yapılanmasında 'esnaf imamı' olarak faaliyet göstermiştir.",
    "2012-03-01", "İstanbul, Türkiye",
    [("Silahlı terör örgütüne üye olma", "TCK md. 314/2", 120),
     ("Nitelikli dolandırıcılık (qualified fraud using a charity)", "TCK md. 158/1-d", 120)],
    (AW, "İstanbul 25. Ağır Ceza Mahkemesi (gıyabi tutuklama)", "2025-02-11", "2024/488 E."),
    colour="Diffusion",
    prior=[refusal("2018/RN-66102", P_FT_OLD, "2018-06-29",
                   "Art. 3 of the Constitution - predominantly political character (FETÖ membership)")])

add("ab-21-draft-evasion-tr", R, AB, "TR",
    "Purely military offence (Art. 3 'military character'): evasion of compulsory military service by a "
    "conscientious objector living abroad. Turkish Military Penal Code art. 63 scales up to 3 years for those caught "
    "after three months (War Resisters' International via muhaz.org; Quaker Council report on Turkish objectors; "
    "Red Notice Track: desertion and draft evasion are categorically refused). Penalty at the 24-month test passes, so only the military exclusion refuses.",
    ["http://muhaz.org/turkey-country-assessment.html?page=6",
     "http://www.refusingtokill.net/Turkey/QuakerReportRightConscientiousObjection.htm",
     "https://rednoticetrack.com/interpol-and-military-offences"],
    person("ÖZTÜRK", "Deniz Can", "M", "1998-08-19", ["TR", "DE"], "DE", "U30221876", issuing="TR",
           aliases=["OZTURK Deniz Can"], langs=["TUR", "DEU"]),
    "Yoklama kaçağı olan şüpheli, 2023 yılı celp döneminde askerlik şubesine başvurmamış, sosyal medyada vicdani "
    "retçi olduğunu açıklayarak askerlik hizmetini reddetmiş ve Almanya'da kalmaya devam etmiştir. The person was "
    "called up in February 2023, did not report, and publicly declared himself a conscientious objector.",
    "2023-02-20", "Ankara, Türkiye",
    [("Askerlikten kaçma - yoklama kaçağı ve bakaya (draft evasion, not reporting for service)",
      "Askeri Ceza Kanunu md. 63/1-a", 36),
     ("Halkı askerlikten soğutma (alienating the people from military service)", "TCK md. 318/1", 24)],
    (AW, "Ankara 21. Asliye Ceza Mahkemesi", "2023-11-06", "2023/1177 E."))

add("ab-22-undesirable-organisation-ru", R, AB, "RU",
    "Russia, 'participation in the activities of an undesirable organisation' (art. 284.1): first used in 2019 "
    "against Open Russia activists (HRW; Wilson Center/Memorial). Here a journalist working from Riga for a media "
    "outlet declared 'undesirable'. Russian text; the part 1 maximum (4 years after the 2021 amendment) is "
    "background knowledge, UNVERIFIED.",
    ["https://www.hrw.org/news/2019/01/24/russia-first-criminal-case-under-undesirables-law",
     "https://wilsoncenter.org/blog-post/russias-undesirable-organization-law-marks-new-level-repression"],
    person("СОКОЛОВА", "Марина Андреевна", "F", "1992-09-01", ["RU"], "RU", "762211093",
           aliases=["SOKOLOVA Marina"], langs=["RUS", "LAV", "ENG"]),
    "Обвиняемая, являясь корреспондентом интернет-издания, деятельность которого признана нежелательной на "
    "территории РФ, в 2023–2024 гг. подготовила и опубликовала 54 материала, участвовала в эфирах издания, "
    "будучи ранее (12.04.2023) привлечённой к административной ответственности по ст. 20.33 КоАП РФ.",
    "2023-06-01", "г. Москва, Российская Федерация (публикации из г. Рига)",
    [("Участие в деятельности иностранной или международной неправительственной организации, в отношении которой "
      "принято решение о признании нежелательной на территории РФ", "ч. 1 ст. 284.1 УК РФ", 48)],
    (AW, "Басманный районный суд г. Москвы (заочный арест)", "2024-08-21", "3/1-511/2024"))

add("ab-23-lgbt-extremism-ru", R, AB, "RU",
    "Russia's Supreme Court (30 Nov 2023) declared an undefined 'international LGBT movement' extremist; "
    "'participants' face up to 6 and 'organisers' up to 10 years under art. 282.2 (Law.com; HRW via 108scoop on the "
    "first convictions). Charge: organising a support chat and a private Pride party. Also a behavioural-norm "
    "matter. Russian text.",
    ["https://www.law.com/thelegalintelligencer/2024/01/02/supreme-court-of-russia-holds-the-lgbtq-movement-is-extremist/",
     "https://108scoop.com/russia-first-convictions-under-lgbt-extremist-ruling"],
    person("ВЕТРОВ", "Кирилл Олегович", "M", "1994-03-22", ["RU"], "RU", "759910442",
           aliases=["VETROV Kirill"], langs=["RUS", "ENG", "SRP"]),
    "В период с 1 декабря 2023 г. по 10 марта 2024 г. обвиняемый организовал деятельность ячейки экстремистской "
    "организации «Международное общественное движение ЛГБТ» в г. Екатеринбурге: администрировал закрытый "
    "Telegram-чат «Радуга-Урал» (312 участников), организовал вечеринку с использованием символики движения, "
    "после чего выехал в Республику Сербия.",
    "2023-12-01", "г. Екатеринбург, Российская Федерация",
    [("Организация деятельности общественного объединения, в отношении которого судом принято вступившее в "
      "законную силу решение о запрете деятельности в связи с осуществлением экстремистской деятельности",
      "ч. 1 ст. 282.2 УК РФ", 120)],
    (AW, "Ленинский районный суд г. Екатеринбурга (заочно)", "2024-05-30", "3/10-214/2024"))

P_CHE = person("ДУДАЕВ", "Ислам Рамзанович", "M", "1993-11-11", ["RU"], "RU", "751388420",
               aliases=["DUDAYEV Islam", "DOUDAEV Islam"], langs=["CHE", "RUS", "DEU"])
add("ab-24-chechen-critic-refugee-ru", R, AB, "RU",
    "Chechen diaspora: a Telegram critic of the Chechen leadership, recognised refugee in Austria, charged with "
    "'public justification of terrorism' and 'calls to extremism' for his channel. Modelled on the Kadyrov critic "
    "Mansur Movlayev, wanted on 'extremism' charges he calls political (RFE/RL; Meduza) and on AFP's report on "
    "Chechen exiles in Vienna and Red Notice extraditions (The Citizen via PressReader). Refugee protection confirmed.",
    ["https://rferl.org/amp/kadyrov-critic-flees-kyrgyzstan-chechnya-russia-rights/32701566.html",
     "https://www.pressreader.com/south-africa/the-citizen-kzn/20220506/281857237118257"],
    P_CHE,
    "Обвиняемый, являясь администратором Telegram-канала, в период с января по май 2022 г. опубликовал "
    "комментарии, содержащие оправдание деятельности участников незаконных вооружённых формирований 1990-х годов, "
    "а также призывы к «свержению кадыровского режима», оскорбительные для руководства Чеченской Республики.",
    "2022-01-15", "г. Грозный, Чеченская Республика (публикации из Австрии)",
    [("Публичное оправдание терроризма с использованием сети «Интернет»", "ч. 2 ст. 205.2 УК РФ", 84),
     ("Публичные призывы к осуществлению экстремистской деятельности с использованием сети «Интернет»",
      "ч. 2 ст. 280 УК РФ", 60)],
    (AW, "Ленинский районный суд г. Грозного (заочно)", "2022-09-09", "3/1-77/2022"),
    protected=[protection(P_CHE, "Refugee", ["RU"])])

P_BH = person("AL-SAYED", "Hussain Ali", "M", "1984-02-02", [], "BH", "2177039", issuing="BH",
              aliases=["السيد حسين علي"], langs=["ARA", "ENG"])
add("ab-25-stateless-activist-sentence-bh", R, AB, "BH",
    "Bahrain citizenship revocation: the Interior Ministry stripped 72 people in 2015 (journalists, doctors, "
    "activists) for 'defaming the image of the regime', 'spreading false news', 'defaming brotherly countries' "
    "(GC4HR; BCHR). UK-based activist convicted in absentia for tweets and TV interviews; stateless (nationalities "
    "empty on purpose); refugee in the UK. Joint HRW/Fair Trials/BIRD letter on Bahraini Red Notices. Sentence "
    "enforcement.",
    ["https://www.gc4hr.org/news/view/902",
     "http://edit.hrw.org/news/2022/02/14/joint-ngo-letter-interpol-regarding-bahraini-red-notices"],
    P_BH,
    "صدر حكم غيابي بإدانة المحكوم عليه لقيامه من الخارج بنشر أخبار كاذبة وتغريدات تحرض على كراهية نظام الحكم "
    "وتسيء إلى دولة شقيقة. Convicted in absentia for 214 tweets and three satellite-TV interviews from London "
    "'inciting hatred of the regime' and 'insulting a brotherly country'; citizenship revoked by Ministry order.",
    "2014-02-14", "Manama, Kingdom of Bahrain (statements from London)",
    [("Deliberately broadcasting false news harming public order", "Article 168 of the Bahrain Penal Code (1976)", 24),
     ("Inciting hatred of the system of government", "Article 165 of the Bahrain Penal Code", 36),
     ("Offending a foreign state (brotherly country)", "Article 215 of the Bahrain Penal Code", 24)],
    (AW, "Fourth High Criminal Court, Manama", "2016-10-27", "07201620415"),
    wanted="Sentence", imposed=60, remaining=60,
    protected=[protection(P_BH, "Refugee", ["BH"])])

P_KZF = person("ТУРЛЫХАНОВ", "Ерлан Бакытович", "M", "1969-06-30", ["KZ"], "KZ", "N05512260",
               aliases=["TURLYKHANOV Yerlan"], langs=["KAZ", "RUS", "FRA"])
P_KZF_OLD = person("TURLYKHANOV", "Erlan", "M", "1969-06-30", ["KZ"], "KZ", "N05512260", langs=["RUS"])
add("ab-26-opposition-financier-refiled-kz", R, AB, "KZ",
    "Economic charges against an opposition financier, re-filed after refusal. A businessman who funded the "
    "Democratic Choice of Kazakhstan was refused in 2020 under Art. 3 ('creation of an extremist group'); in 2025 "
    "Kazakhstan re-files the same period and money as 'large-scale fraud'. Pattern: Kazakhstan's use of INTERPOL "
    "against exiled opponents in the EU and economic cases around the Ablyazov circle (EUobserver; ODF report "
    "'The case of Mukhtar Ablyazov...'). Transliteration differs from the prior record.",
    ["https://euobserver.com/opinion/121311",
     "https://docslib.org/doc/875694/the-case-of-mukhtar-ablyazov-the-case-of-tatiana-paraskevich-the"],
    P_KZF,
    "В 2017–2019 гг. подозреваемый, являясь учредителем ТОО «Сарыарка-Логистик», путём обмана похитил денежные "
    "средства граждан в размере 412 млн тенге под видом «народного фонда», которые перечислил в пользу лиц, "
    "проживающих за рубежом. Ранее проходил по делу о финансировании ДВК.",
    "2017-05-01", "г. Нур-Султан (Астана), Республика Казахстан",
    [("Мошенничество в особо крупном размере", "п. 2) ч. 4 ст. 190 УК РК", 120)],
    (AW, "Следственный суд г. Астаны", "2025-04-03", "7111-25-00-1/99"),
    prior=[refusal("2020/RN-18345", P_KZF_OLD, "2020-11-17",
                   "Art. 3 - creation and leadership of an extremist group (financing of banned movement)")])

add("ab-27-security-cheque-car-loan-ae", R, AB, "AE",
    "Private/financial dispute (Art. 83(1)(a)(iii)): a bounced security cheque given to a bank for a car loan, "
    "recast as a crime; the UAE routinely requested Red Notices for 'uttering an unfunded cheque' (art. 401, up to "
    "3 years before reform) (Lexology/Corker Binning; Detained in Dubai). CCF excerpt 2018-3 (tags 'private matter; "
    "unfunded cheques') found such a notice not compliant. Arabic text.",
    ["https://www.lexology.com/library/detail.aspx?g=9ebe3e21-3643-437a-b50a-57085202c506",
     "https://detainedindubai.org/posts/interpol-red-notices-issued-by-the-uae-for-civil-matters%3A-bounced-cheques%2C-debt%2C-private-disputes",
     "https://europeancourt.org/en/wp-json/wp/v2/pages/232045"],
    person("FERNANDES", "Clive Anthony", "M", "1979-08-08", ["GB"], "IN", "538812904", langs=["ENG", "HIN"]),
    "أصدر المتهم شيكاً بمبلغ 87,500 درهم لصالح بنك بصفة ضمان لقرض سيارة، وعند تقديمه للصرف ارتد لعدم كفاية "
    "الرصيد. The accused, a former sales manager, issued a security cheque to a bank for a car loan; when he lost "
    "his job and left the UAE in 2019 the bank presented it and it was returned for insufficient funds.",
    "2019-04-02", "Dubai, United Arab Emirates",
    [("إعطاء شيك بسوء نية ليس له مقابل وفاء كاف (issuing a cheque without sufficient funds)",
      "Article 401 of Federal Law No. 3 of 1987 (Penal Code)", 36)],
    (AW, "Dubai Public Prosecution (Bur Dubai Prosecution)", "2019-09-15", "2019/18775 جزاء"))

add("ab-28-cheque-dishonour-in", R, AB, "IN",
    "Private debt between two businessmen: dishonour of a cheque given to repay a loan, s.138 Negotiable "
    "Instruments Act 1881 - maximum 2 years (so the 24-month test passes exactly) with civil-style safeguards "
    "(notice of demand, 15 days to pay) (SCC Online blog on s.138; lawfultalks). Excluded as a private dispute.",
    ["https://blogscconline-staging.azurewebsites.net/post/2019/05/07/dishonour-of-cheque-s-138-ni-act-and-allied-sections",
     "http://lawfultalks.com/notice-under-section-138-negotiable-instrument-act/"],
    person("MEHTA", "Rohit Suresh", "M", "1975-12-19", ["IN"], "IN", "Z4471082", langs=["HIN", "GUJ", "ENG"]),
    "The accused borrowed Rs. 38,00,000 from the complainant, a fellow textile trader, and issued cheque "
    "No. 004417 dated 15.01.2023 drawn on a Surat bank towards repayment; it was returned 'Funds Insufficient'. "
    "Despite the statutory notice of 02.02.2023 he did not pay within 15 days and moved to Dubai. He did not "
    "appear before the Magistrate, who issued a non-bailable warrant.",
    "2023-01-15", "Surat, Gujarat, India",
    [("Dishonour of cheque for insufficiency of funds", "Section 138, Negotiable Instruments Act, 1881", 24)],
    (AW, "Judicial Magistrate First Class, Surat (non-bailable warrant)", "2024-03-11", "CC No. 8812/2023"))

add("ab-29-absconding-domestic-worker-kw", R, AB, "KW",
    "Labour/administrative matter: an 'absconding' charge filed by a sponsor against a domestic worker who left "
    "an abusive employment, plus an unsupported theft allegation of low value. Gulf 'absconding' reports criminalise "
    "leaving a sponsor (Migrant-Rights.org campaign and case reports; Times Kuwait on 53,000 absconding workers and "
    "arrest warrants). Penalties UNVERIFIED.",
    ["https://www.migrant-rights.org/campaign/%d8%a5%d9%84%d8%ba%d8%a7%d8%a1-%d8%a8%d9%84%d8%a7%d8%ba-%d8%a7%d9%84%d9%87%d8%b1%d9%88%d8%a8/",
     "http://www.timeskuwait.com/Times_-Interior-working-to-solve-problem-of-absconding-domestic-workers"],
    person("DELA CRUZ", "Rowena Mae", "F", "1991-07-07", ["PH"], "PH", "P3341887A", langs=["TGL", "ENG"]),
    "تغيبت المذكورة عن منزل الكفيل دون إذن بتاريخ 2024/03/03 وسجل بحقها بلاغ تغيب، وادعى الكفيل فقدان هاتف نقال. "
    "The domestic worker left her sponsor's house without permission; an absence (absconding) report was filed "
    "and the sponsor alleged the loss of a mobile phone (value KWD 120). She is now in the Philippines.",
    "2024-03-03", "Al-Jahra, State of Kuwait",
    [("Absence from the sponsor without permission (absconding) in breach of residence conditions",
      "Amiri Decree No. 17 of 1959 (Aliens Residence Law), art. 24", 36),
     ("Theft by a servant", "Article 218 of the Kuwaiti Penal Code (Law No. 16 of 1960)", 36)],
    (AW, "Public Prosecution, Al-Jahra", "2024-05-20", "2024/611 جنح الجهراء"),
    colour="Diffusion")

add("ab-30-fare-evasion-below-threshold-de", R, AB, "DE",
    "Penalty threshold: a good-record requester files for fare evasion (§ 265a StGB, up to 1 year) - below the "
    "2-year prosecution minimum in RPD Art. 83(1)(b) (text quoted by NGM Lawyers; Amicus on the two-year and "
    "six-month rules). Facts are concrete, the warrant is judicial: only the threshold refuses. German text.",
    ["https://ngm.com.au/?p=18805",
     "https://amicusint.ca/red-notices-interpol-and-diffusions-faqs-part-3/"],
    person("KOWALSKI", "Dariusz", "M", "1989-05-05", ["PL"], "PL", "EK4409123", langs=["POL", "DEU"]),
    "Der Beschuldigte nutzte zwischen dem 01.02.2024 und dem 30.06.2024 in 23 Fällen Regionalzüge der "
    "Deutschen Bahn zwischen Frankfurt (Oder) und Berlin, ohne einen gültigen Fahrschein zu besitzen, in der "
    "Absicht, das Entgelt nicht zu entrichten (Gesamtschaden 412,70 EUR). Er erschien nicht zur Hauptverhandlung.",
    "2024-02-01", "Frankfurt (Oder) und Berlin, Deutschland",
    [("Erschleichen von Leistungen in 23 Fällen", "§ 265a Abs. 1, § 53 StGB", 12)],
    (AW, "Amtsgericht Frankfurt (Oder) - Sicherungshaftbefehl/Haftbefehl nach § 230 StPO", "2024-10-14",
     "411 Cs 274 Js 1188/24"))

add("ab-31-short-sentence-pl", R, AB, "PL",
    "Sentence enforcement below threshold: 5 months imposed and 5 months remaining, less than the 6 months the "
    "RPD require for a person sought to serve a sentence (RPD Art. 83(1)(b) text via NGM Lawyers; Amicus FAQ: "
    "'petty theft and sentenced to three months ... prevent a Red Notice'). Theft is an ordinary crime and the "
    "warrant is judicial; only the sentence length refuses. Polish text.",
    ["https://ngm.com.au/?p=18805",
     "https://amicusint.ca/red-notices-interpol-and-diffusions-faqs-part-3/"],
    person("NOWICKI", "Paweł Krzysztof", "M", "1993-10-21", ["PL"], "PL", "EP2287410",
           aliases=["NOWICKI Pawel"], langs=["POL", "ENG"]),
    "Skazany w dniu 14 marca 2023 r. dokonał kradzieży w sklepie w Poznaniu sprzętu elektronicznego o wartości "
    "2 740 zł. Wyrokiem Sądu Rejonowego skazany na karę 5 miesięcy pozbawienia wolności; nie stawił się do "
    "odbycia kary i wyjechał do Irlandii.",
    "2023-03-14", "Poznań, Polska",
    [("Kradzież (theft)", "art. 278 § 1 Kodeksu karnego", 60)],
    (AW, "Sąd Rejonowy Poznań-Stare Miasto, VIII Wydział Karny (nakaz doprowadzenia / list gończy)",
     "2024-06-03", "VIII K 512/23"),
    wanted="Sentence", imposed=5, remaining=5)

# =============================================================== LEGITIMATE (expected clear)

add("lg-01-heroin-network-az", C, LG, "AZ",
    "Ordinary drug trafficking requested by Azerbaijan (which also files abusive requests, ab-01/02). Pattern of "
    "heroin/methamphetamine supplied by Iranian contacts via social networks and couriered to Baku (Caliber.az; "
    "Azernews 2023, 20 kg heroin). Azerbaijani text. Penalty of art. 234.4.3 background knowledge.",
    ["https://caliber.az/en/post/azerbaijani-police-thwart-drug-smuggling",
     "https://www.azernews.az/nation/213874.html"],
    person("SƏFƏROV", "Kənan Elçin oğlu", "M", "1986-01-13", ["AZ"], "AZ", "C02271934",
           aliases=["SAFAROV Kanan"], langs=["AZE", "RUS", "TUR"]),
    "Təqsirləndirilən şəxs 2023-cü ilin mart-avqust aylarında İran vətəndaşı ilə əlbir olaraq 24 kq heroin və 2 kq "
    "metamfetamini Biləsuvar rayonu ərazisindən ölkəyə keçirmiş, Bakıda kuryerlər vasitəsilə satışını təşkil "
    "etmişdir. Three couriers were arrested with 20.3 kg of heroin on 22.08.2023; the organiser fled to Türkiye.",
    "2023-03-01", "Baku and Bilasuvar district, Republic of Azerbaijan",
    [("Narkotik vasitələrin xüsusilə külli miqdarda satış məqsədilə qanunsuz dövriyyəsi, mütəşəkkil dəstə tərəfindən",
      "AR CM-nin 234.4.3-cü maddəsi", 144),
     ("Narkotik vasitələrin qaçaqmalçılığı (drug smuggling)", "AR CM-nin 206.3.2-ci maddəsi", 144)],
    (AW, "Binagadi District Court, Baku", "2023-10-02", "4(003)-1187/2023"))

P_KZP = person("АХМЕТОВ", "Руслан Маратович", "M", "1988-09-14", ["KZ"], "KZ", "N13376602",
               aliases=["AKHMETOV Ruslan"], langs=["KAZ", "RUS"])
add("lg-02-crypto-pyramid-resubmitted-kz", C, LG, "KZ",
    "Financial pyramid with hundreds of identified private victims, requested by Kazakhstan (which also files "
    "abusive requests, ab-03/04/26). Pattern: Kazakh crypto-pyramid organiser wanted via INTERPOL, arrested in "
    "Russia 2019, 300+ fraud episodes (Cointelegraph Italia; STMarket). A 2024 request was refused for insufficient "
    "facts (Art. 83(2)(b)); this resubmission is complete. The prior refusal must not count as a repeated abusive "
    "request (trap).",
    ["https://it.cointelegraph.com/news/russian-police-arrest-alleged-creator-of-large-crypto-pyramid-scheme-from-kazakhstan",
     "https://stmarket.co/en/news/398/Russian-Police-Arrests-Founder-of-Crypto-Ponzi-with-300-Victims.html"],
    P_KZP,
    "В период с марта 2022 г. по январь 2024 г. подозреваемый, являясь организатором интернет-проекта «QazCoin "
    "Profit», привлекал денежные средства граждан под обещание доходности 30% в месяц от «арбитража "
    "криптовалют», выплачивая доход ранним вкладчикам за счёт поздних. Признаны потерпевшими 1 146 граждан, "
    "ущерб 6,2 млрд тенге; средства выведены на биржевые кошельки в ОАЭ.",
    "2022-03-01", "г. Шымкент и г. Алматы, Республика Казахстан",
    [("Создание и руководство финансовой (инвестиционной) пирамидой в особо крупном размере",
      "ч. 3 ст. 217 УК РК", 120),
     ("Мошенничество, совершённое преступной группой в особо крупном размере", "п. 2) ч. 4 ст. 190 УК РК", 120)],
    (AW, "Следственный суд г. Шымкента", "2025-01-22", "5910-25-00-1/12"),
    prior=[refusal("2024/RN-40571", P_KZP, "2024-06-05",
                   "Art. 83(2)(b) - summary of facts insufficient (no time, place or role described)")])

add("lg-03-banker-kidnap-murder-tj", C, LG, "TJ",
    "Ordinary violent crime requested by Tajikistan (which also files abusive requests, ab-05). Modelled on the "
    "2023 kidnapping and murder of an Orienbank deputy chairman; the alleged gang leader fled to Russia and two "
    "suspects were detained under the 'Rozysk' operation (Asia-Plus; azda.tv). Russian/Tajik text.",
    ["https://www.asiaplustj.info/en/news/tajikistan/laworder/20230811/wherever-he-is-we-will-detain-him-ramazon-rahimzoda-denied-the-information-that-dilshod-the-handsome-is-in-the-wagner-team",
     "https://ru.azda.tv/?p=6073"],
    person("САЙФУЛЛОЕВ", "Бахтовар Ҳамидович", "M", "1990-02-27", ["TJ"], "TJ", "401872291",
           aliases=["SAIFULLOEV Bakhtovar"], langs=["TGK", "RUS"]),
    "26 июня 2023 г. обвиняемый, руководя организованной преступной группой из пяти человек, похитил у подъезда "
    "дома в г. Душанбе заместителя председателя коммерческого банка, удерживал его в съёмном доме в Вахдатском "
    "районе, требуя выкуп 2 млн долларов США, после чего потерпевший был убит, а тело сокрыто. Обвиняемый выехал в РФ.",
    "2023-06-26", "г. Душанбе и Вахдатский район, Республика Таджикистан",
    [("Убийство, сопряжённое с похищением человека, совершённое организованной группой", "ч. 2 ст. 104 УК РТ", LIFE),
     ("Похищение человека с целью выкупа", "ч. 3 ст. 130 УК РТ", 240)],
    (AW, "Суд района Шохмансур г. Душанбе (санкция прокурора, мера пресечения)", "2023-07-10", "1-311/2023"))

add("lg-04-gold-coin-scam-ir", C, LG, "IR",
    "Ordinary fraud requested by Iran (which also files abusive requests, ab-06/07). Pattern: the 'Saamen gold "
    "coin scam' whose fraudster was returned via INTERPOL (head of Iran's NCB interviewed by Iran Press); Iranian "
    "fraud law penalty (Law on Intensification of Punishment for Bribery, Embezzlement and Fraud 1988, art. 1, "
    "1-7 years) is background knowledge. Persian text.",
    ["https://ugc.iranpress.com/content/6292"],
    person("MOHSENI", "Kourosh", "M", "1979-03-03", ["IR"], "IR", "L20331876",
           aliases=["محسنی کوروش"], langs=["FAS", "TUR"]),
    "متهم با تأسیس صرافی و وب‌سایت پیش‌فروش سکه طلا در مشهد طی سال‌های ۱۴۰۰ تا ۱۴۰۱ از ۲٬۳۱۰ نفر وجه دریافت و "
    "بدون تحویل سکه متواری شده است. The accused presold gold coins to 2,310 customers through an exchange office "
    "and website in Mashhad (2021-2022), collected IRR 4.8 trillion and fled to Türkiye without delivering.",
    "2021-04-01", "Mashhad, Razavi Khorasan, Islamic Republic of Iran",
    [("کلاهبرداری (fraud) - large-scale, against the public",
      "ماده ۱ قانون تشدید مجازات مرتکبین ارتشاء، اختلاس و کلاهبرداری (۱۳۶۷)", 84)],
    (AW, "Mashhad Public and Revolutionary Prosecutor's Office, Investigation Branch 7", "2022-11-19",
     "۱۴۰۱-۰۷-۵۵۱۲"))

add("lg-05-cocaine-import-dz", C, LG, "DZ",
    "Ordinary drug trafficking requested by Algeria (which also files abusive requests, ab-08/09). Modelled on the "
    "May 2018 seizure of 701 kg of cocaine hidden in frozen-meat containers at Oran (the 'El Bouchi' case), "
    "charges of transnational organised crime and money laundering (Reflexion DZ; The Africa Report). French text. "
    "Law 04-18 penalties background knowledge.",
    ["https://www.reflexiondz.net/SAISIE-DES-701KG-DE-COCAINE-El-Bouchi--ses-2-freres-et-son-associe-emprisonnes_a51954.html",
     "https://www.theafricareport.com/105204/from-brazil-to-spain-how-algerias-port-of-oran-fits-into-the-cocaine-drug-trade/"],
    person("HADJ MOUSSA", "Karim", "M", "1976-12-12", ["DZ"], "DZ", "176031442", langs=["ARA", "FRA", "SPA"]),
    "Le mis en cause, transitaire, a organisé en mai 2018 le dédouanement d'un conteneur de viande bovine congelée "
    "en provenance du Brésil dans lequel 701 kg de cocaïne ont été découverts au port d'Oran ; le numéro du "
    "conteneur ne figurait sur aucun document commercial. Il a quitté le territoire par voie maritime vers l'Espagne.",
    "2018-05-26", "Port d'Oran, Algérie",
    [("Importation de stupéfiants dans le cadre d'un groupe criminel organisé",
      "art. 19 de la loi n° 04-18 du 25 décembre 2004", LIFE),
     ("Blanchiment d'argent en bande organisée", "art. 389 ter du Code pénal", 240)],
    (AW, "Juge d'instruction, 9e chambre, Tribunal de Sidi M'hamed (Alger)", "2018-07-03", "MAI 221/18"))

add("lg-06-hashish-network-ma", C, LG, "MA",
    "Ordinary drug trafficking requested by Morocco (which also files abusive requests, ab-10/11). Pattern: head "
    "of an international hashish and cocaine network wanted on a Moroccan arrest warrant, arrested by the Spanish "
    "Civil Guard (Morocco World News via Wake&Bake; Arabic press on Moroccan warrants through INTERPOL). Arabic text.",
    ["https://wakeandbakedaily.com/ivil-guards-arrest-major-moroccan-cannabis-resin-and-cocaine-smuggler/",
     "https://nouhapress.com/إسبانيا-توقف-مغربيا-مطلوبا-لـالأنترب"],
    person("EL AMRANI", "Noureddine", "M", "1980-02-09", ["MA"], "MA", "ZR7713420",
           aliases=["العمراني نور الدين"], langs=["ARA", "SPA"]),
    "المتهم يتزعم شبكة إجرامية تنشط في تهريب مخدر الشيرا عبر زوارق سريعة انطلاقاً من سواحل الناظور نحو الأندلس، "
    "وتم حجز 6.8 أطنان من الشيرا و3 زوارق بتاريخ 2022/11/14. He leads a network shipping cannabis resin by "
    "speedboat from Nador to Andalusia; 6.8 tonnes and three boats were seized on 14.11.2022; 11 members arrested.",
    "2022-11-14", "Nador, Royaume du Maroc",
    [("الاتجار الدولي في المخدرات (international trafficking in narcotics)",
      "الفصل 2 من ظهير 21 ماي 1974 المتعلق بالمخدرات", 120),
     ("Constitution d'une bande criminelle", "art. 293 du Code pénal", 120)],
    (AW, "Juge d'instruction près la Cour d'appel de Nador", "2023-01-09", "2023/09/ت.ج"))

add("lg-07-assassination-of-opposition-leader-tn", C, LG, "TN",
    "Anti-keyword case: the VICTIM is a left-wing opposition leader; the words 'political', 'opposition', "
    "'assassination' appear, but the wanted person is an armed extremist who helped kill him. Modelled on the "
    "February 2013 assassination of Chokri Belaïd (Arab News; Tekiano). Violent terrorism, processable. French text.",
    ["https://www.arabnews.com/middle-east/tunisia-belaid-killer-run-four-arrested",
     "https://tekiano.com/2013/02/26/tunisie-lassassin-de-chokri-belaid-en-etat-de-fuite"],
    person("JLASSI", "Ridha", "M", "1986-06-06", ["TN"], "TN", "Y4419970", langs=["ARA", "FRA"]),
    "Le mis en cause, membre d'un groupe salafiste armé, a assuré la surveillance du domicile d'un dirigeant "
    "politique de l'opposition pendant trois semaines et a conduit la moto à bord de laquelle le tireur a pris la "
    "fuite après avoir abattu la victime de quatre balles le 6 février 2013 au matin, devant son domicile à "
    "El Menzah. Il a rejoint la Libye en mars 2013.",
    "2013-02-06", "El Menzah VI, Tunis, Tunisie",
    [("Homicide volontaire avec préméditation (complicité)", "art. 32, 201 et 202 du Code pénal", LIFE),
     ("Participation à une organisation terroriste", "loi n° 2003-75 relative à la lutte contre le terrorisme", 240)],
    (AW, "Juge d'instruction, 13e bureau, Tribunal de première instance de Tunis", "2013-04-02", "26511/13"))

add("lg-08-umrah-ponzi-id", C, LG, "ID",
    "Anti-keyword case (religion): a pilgrimage travel agency run as a Ponzi scheme that defrauded tens of "
    "thousands of would-be pilgrims. Modelled on First Travel (2017, about 58,000 victims, Rp 848 billion) "
    "(Nikkei Asia; Salaam Gateway). Ordinary fraud and money laundering requested by Indonesia (which also filed "
    "ab-13). Indonesian text.",
    ["https://asia.nikkei.com/Business/Indonesian-scandal-rocks-booming-Mecca-pilgrimage-industry",
     "https://salaamgateway.com/story/new-umrah-agency-for-indonesia-in-wake-of-8487-bln-rupiah-anniesa-hasibuan-first-travel-scam"],
    person("SURYADINATA", "Hendra", "M", "1984-11-30", ["ID"], "ID", "B8812044", langs=["IND", "ARA", "ENG"]),
    "Tersangka selaku direktur utama PT Baitullah Amanah Wisata pada tahun 2021-2023 menjual paket umrah promo "
    "seharga Rp 15 juta kepada 21.430 calon jemaah, namun hanya memberangkatkan jemaah lama dengan dana jemaah baru; "
    "kerugian Rp 312 miliar. Dana digunakan untuk membeli properti di Malaysia. Tersangka melarikan diri ke luar negeri.",
    "2021-02-01", "Jakarta Selatan, Indonesia",
    [("Penipuan dan penggelapan", "Pasal 378 dan 372 KUHP", 48),
     ("Penyelenggaraan perjalanan ibadah umrah tanpa memberangkatkan jemaah",
      "Pasal 122 UU No. 8 Tahun 2019 tentang Penyelenggaraan Ibadah Haji dan Umrah", 72),
     ("Tindak pidana pencucian uang", "Pasal 3 UU No. 8 Tahun 2010 (TPPU)", 240)],
    (AW, "Bareskrim Polri, Direktorat Tindak Pidana Umum (DPO)", "2023-10-05", "DPO/112/X/2023/Dittipidum"))

add("lg-09-easter-bombing-logistics-lk", C, LG, "LK",
    "Violent terrorism requested by Sri Lanka: logistics for the 21 April 2019 Easter Sunday bombings of "
    "churches and hotels (250+ killed). INTERPOL published Red Notices and announced the arrest of an alleged "
    "ringleader in the Middle East (The Leaders/AFP; Sri Lanka Mirror). Processable under AGN/53/RES/7 despite "
    "the religious setting.",
    ["https://theleaders-online.com/key-suspects-of-sri-lanka-easter-bombings-arrested-extradited/",
     "https://srilankamirror.com/news/14487-interpol-red-notice-leads-to-arrest-of-april-21st-bombing-suspect"],
    person("MOHAMED RIZWAN", "Ahamed", "M", "1990-08-11", ["LK"], "LK", "N7723914", langs=["TAM", "SIN", "ARA"]),
    "Between January and April 2019 the suspect rented the Wattala safe house used by the bombers, purchased "
    "hydrogen-peroxide precursors and transported two of the explosive-laden rucksacks used on 21 April 2019 at "
    "a church in Negombo and a hotel in Colombo, which killed 168 persons. He left for the Gulf on 23 April 2019.",
    "2019-04-21", "Negombo and Colombo, Sri Lanka",
    [("Murder (abetment and conspiracy)", "Sections 102, 113B and 296 of the Penal Code of Sri Lanka", LIFE),
     ("Causing death by explosives in furtherance of a terrorist act",
      "Prevention of Terrorism (Temporary Provisions) Act No. 48 of 1979, s. 2(1)(a)", LIFE)],
    (AW, "Colombo Chief Magistrate's Court (on report of the CID)", "2019-05-20", "B 7855/19"))

add("lg-10-child-abuse-foreigner-kh", C, LG, "KH",
    "Child sexual abuse requested by Cambodia (which also filed ab-14). Pattern: foreign offenders abusing "
    "children in Cambodia and fleeing, the Trofimov case (17 girls, sentence reduced on appeal) and APLE-assisted "
    "arrests (AFP via Khmerization; Cambodia Daily).",
    ["http://khmerization.blogspot.com/2012/06/cambodia-to-deport-notorious-russian.html",
     "https://english.cambodiadaily.com/news/alleged-child-sex-abuser-has-active-us-warrants-128162/"],
    person("HAGEN", "Rudolf Peter", "M", "1958-04-04", ["AT"], "AT", "P8812076", langs=["DEU", "ENG", "KHM"]),
    "Between March 2022 and January 2024, the suspect, operating an English-language 'school' in Siem Reap, "
    "paid money and gifts to at least seven boys aged 9 to 14 to commit sexual acts, and filmed some acts. "
    "A victim's mother complained on 12.01.2024; the suspect left via Bangkok on 14.01.2024.",
    "2022-03-01", "Siem Reap, Kingdom of Cambodia",
    [("Purchase of child prostitution / sexual intercourse with a minor under 15",
      "Law on Suppression of Human Trafficking and Sexual Exploitation (2008), arts. 34 and 42", 180),
     ("Production of child pornography", "Law on Suppression of Human Trafficking and Sexual Exploitation, art. 41", 120)],
    (AW, "Investigating Judge, Siem Reap Provincial Court", "2024-02-02", "No. 031/2024"))

add("lg-11-people-smuggling-deaths-vn", C, LG, "VN",
    "Smuggling of migrants causing 39 deaths, requested by Vietnam (which also filed ab-15). Modelled on the "
    "October 2019 Essex lorry deaths of 39 Vietnamese nationals; organisers were prosecuted in the UK, Belgium and "
    "Vietnam (BBC; ITV). Anti-keyword: 'emigration', 'migrants'. Vietnamese text.",
    ["https://feeds.bbci.co.uk/news/uk-england-essex-59507823",
     "https://www.itv.com/news/anglia/2022-01-19/smuggling-ringleader-jailed-over-essex-lorry-deaths-of-39-vietnamese-migrants"],
    person("NGUYỄN", "Đình Hưng", "M", "1981-09-01", ["VN"], "VN", "C3318450",
           aliases=["NGUYEN Dinh Hung"], langs=["VIE", "FRA"]),
    "Bị can đã tổ chức, môi giới cho 14 người dân Nghệ An, Hà Tĩnh xuất cảnh trái phép sang châu Âu, thu mỗi người "
    "từ 10.000 đến 40.000 USD, bố trí đưa họ vào container đông lạnh từ Bỉ sang Anh; hậu quả 39 người chết ngày "
    "23/10/2019. Organised the final leg for 14 victims through safe houses in Brussels.",
    "2019-10-22", "Nghệ An, Việt Nam; Bruxelles (Bỉ); Grays (Anh)",
    [("Tổ chức, môi giới cho người khác xuất cảnh trái phép, làm chết người",
      "điểm đ khoản 3 Điều 348 Bộ luật Hình sự 2015", 180)],
    (AW, "Cơ quan CSĐT Công an tỉnh Nghệ An (VKSND tỉnh phê chuẩn)", "2020-04-15", "15/LBBCĐTG-PC01"))

add("lg-12-trafficking-kingpin-sentence-et", C, LG, "ET",
    "Human trafficking, sentence enforcement, requested by Ethiopia (which also filed ab-16). Modelled on Kidane "
    "Zekarias Habtemariam: Eritrean smuggler who kidnapped, extorted and abused migrants in Libyan camps, escaped "
    "from an Addis Ababa court in 2021, sentenced to life in absentia; subject of Ethiopian and Dutch Red Notices "
    "(Big News Network/RT; Africa.com/Al Jazeera). Fictional person.",
    ["https://bignewsnetwork.com/news/273333480/worlds-most-wanted-human-trafficker-caught-interpol",
     "https://www.africa.com/eritrean-fugitive-accused-of-being-the-worlds-most-wanted-people-smuggler-arrested/"],
    person("GEBREMEDHIN", "Tesfalem Haile", "M", "1984-01-01", ["ER"], "ER", "P01188342", langs=["TIR", "AMH", "ARA"]),
    "The convicted person ran a warehouse near Bani Walid, Libya, from 2015 to 2019 where East African migrants "
    "were held, beaten and raped until relatives paid USD 3,000-5,500 ransom; at least 14 died. Arrested in Addis "
    "Ababa in 2020, he escaped from the court building in February 2021 and was sentenced to life in absentia.",
    "2015-01-01", "Addis Ababa (organisation) and Bani Walid (Libya)",
    [("Trafficking in persons, aggravated (death, rape)",
      "Proclamation No. 909/2015 on Prevention and Suppression of Trafficking in Persons, Arts. 3 and 7", LIFE)],
    (AW, "Federal High Court, Arada Criminal Bench", "2021-09-23", "FHC/CR/ 234811"),
    wanted="Sentence", imposed=LIFE, remaining=LIFE)

add("lg-13-cash-in-transit-heist-zw", C, LG, "ZW",
    "Armed robbery requested by Zimbabwe (whose post-2017 requests against ex-ministers were refused; see hd-02). "
    "Modelled on the October 2024 Bulawayo Ecobank heist (about US$4.4m, AK-47s, two minutes), suspects believed "
    "to live in South Africa; ZRP enlisted INTERPOL (Pindula; Bulawayo24/Herald).",
    ["https://www.pindula.co.zw/2024/10/10/zrp-enlists-interpol-to-hunt-down-us4-4-million-ecobank-heist-suspects/",
     "https://bulawayo24.com/news/national/246545"],
    person("MUCHENJE", "Tawanda", "M", "1982-07-17", ["ZW"], "ZW", "FN441287", langs=["SNA", "NDE", "ENG"]),
    "On 3 October 2024 the accused and five others, armed with AK-47 rifles, accosted security guards offloading "
    "cash boxes from a cash-in-transit vehicle outside a bank in Bulawayo, disarmed them at gunpoint and stole "
    "US$4,412,000 before fleeing in a Ford Ranger towards Plumtree and the South African border.",
    "2024-10-03", "Bulawayo, Zimbabwe",
    [("Robbery with aggravating circumstances (firearm)",
      "Section 126 of the Criminal Law (Codification and Reform) Act [Chapter 9:23]", LIFE),
     ("Possession of dangerous weapons (firearms) without a licence", "Firearms Act [Chapter 10:09], s. 4", 120)],
    (AW, "Magistrates Court, Bulawayo (warrant of arrest)", "2024-10-08", "BYO CR 412/10/24"))

add("lg-14-cocaine-cartel-laundering-tr", C, LG, "TR",
    "Organised drug trafficking requested by Türkiye (which also files ab-19/20/21). Modelled on the October "
    "2025 extradition from the UAE of a cartel leader wanted on a Red Notice for drug trafficking, money "
    "laundering and forming a criminal organisation (Hürriyet Daily News; Xinhua via china.org.cn). Turkish text.",
    ["https://www.hurriyetdailynews.com/turkiye-extradites-top-drug-trafficker-from-uae-214587",
     "http://www.china.org.cn/world/Off_the_Wire/2025-10/12/content_118119338.shtml"],
    person("KARAKAYA", "Burak Alp", "M", "1987-01-30", ["TR"], "TR", "U25510384", langs=["TUR", "ENG", "SPA"]),
    "Şüpheli, Ekvador'dan muz konteynerleri içinde Mersin Limanı'na getirilen toplam 1.480 kg kokainin ithalini "
    "organize etmiş, suç gelirini kripto para ve paravan şirketler aracılığıyla Dubai'ye aktarmıştır. 2024 yılında "
    "Mersin'de yapılan operasyonda 612 kg kokain ele geçirilmiştir.",
    "2023-08-01", "Mersin ve İstanbul, Türkiye",
    [("Uyuşturucu madde ticareti (örgüt faaliyeti çerçevesinde)", "TCK md. 188/1-3-4", 360),
     ("Suç işlemek amacıyla örgüt kurma ve yönetme", "TCK md. 220/1", 72),
     ("Suçtan kaynaklanan malvarlığı değerlerini aklama", "TCK md. 282/1", 84)],
    (AW, "İstanbul 4. Sulh Ceza Hakimliği (yakalama kararı)", "2024-05-17", "2024/3318 D.İş"))

add("lg-15-child-murder-tr", C, LG, "TR",
    "Ordinary homicide of a child requested by Türkiye. Pattern: three Red Notice fugitives extradited from Russia "
    "in 2025, one wanted for the premeditated killing of a child (Hürriyet Daily News; Daily Sabah). Turkish text.",
    ["https://www.hurriyetdailynews.com/turkiye-extradites-three-red-notice-fugitives-from-russia-212782",
     "https://www.dailysabah.com/turkiye/investigations/turkiye-secures-extradition-of-3-wanted-fugitives-from-russia"],
    person("GÜNEŞ", "Sinan", "M", "1991-03-09", ["TR"], "TR", "U40118263",
           aliases=["GUNES Sinan"], langs=["TUR", "RUS"]),
    "Şüpheli, 14.07.2024 tarihinde Samsun Atakum'da eski eşiyle yaşadığı velayet tartışması sonrasında 7 yaşındaki "
    "oğlunu bıçakla öldürmüş, aynı gece Sarp sınır kapısından Gürcistan'a, oradan Rusya'ya geçmiştir. Otopsi "
    "raporu ve güvenlik kamerası kayıtları dosyadadır.",
    "2024-07-14", "Atakum, Samsun, Türkiye",
    [("Kasten öldürme - çocuğa karşı ve üstsoya/altsoya karşı (nitelikli)", "TCK md. 82/1-d-e", LIFE)],
    (AW, "Samsun 2. Sulh Ceza Hakimliği", "2024-07-16", "2024/2210 D.İş"))

add("lg-16-child-sexual-abuse-ru", C, LG, "RU",
    "Child sexual abuse requested by Russia (which also files ab-22/23/24). Pattern: a Russian businessman wanted "
    "by Russia via INTERPOL for sexual abuse of minors who fled abroad and later abused children in Cambodia (Phnom "
    "Penh Post via KI-Media; AFP via Khmerization). Russian text.",
    ["https://ki-media.blogspot.com/2012/06/disgraced-pedophile-finally-booted-out.html",
     "http://khmerization.blogspot.com/2012/06/cambodia-to-deport-notorious-russian.html"],
    person("ЛАПТЕВ", "Геннадий Аркадьевич", "M", "1966-08-25", ["RU"], "RU", "750041277",
           aliases=["LAPTEV Gennady"], langs=["RUS", "ENG"]),
    "В период с 2019 по 2021 г. обвиняемый, являясь руководителем частного детского спортивного клуба в "
    "г. Пскове, совершил насильственные действия сексуального характера в отношении трёх воспитанниц в возрасте "
    "10–12 лет. Заключения судебно-медицинских экспертиз и показания потерпевших приобщены. Выехал в Таиланд.",
    "2019-09-01", "г. Псков, Российская Федерация",
    [("Насильственные действия сексуального характера в отношении лица, не достигшего 12-летнего возраста",
      "п. «б» ч. 4 ст. 132 УК РФ", LIFE)],
    (AW, "Псковский городской суд (заочный арест)", "2021-12-08", "3/1-209/2021"))

add("lg-17-army-rifles-sold-to-gang-kz", C, LG, "KZ",
    "Anti-keyword case (military): a former army warrant officer stole assault rifles from a military depot and "
    "sold them to a drug gang. Theft and trafficking of firearms are ordinary crimes; a purely military offence "
    "would be desertion or insubordination (Red Notice Track on INTERPOL and military offences; RPD Art. 83 text via "
    "NGM). Penalties of arts. 291/287 CC RK UNVERIFIED.",
    ["https://rednoticetrack.com/interpol-and-military-offences",
     "https://ngm.com.au/?p=18805"],
    person("ИСКАКОВ", "Марат Ерболович", "M", "1981-05-28", ["KZ"], "KZ", "N11190871",
           aliases=["ISKAKOV Marat"], langs=["KAZ", "RUS"]),
    "В период с августа по ноябрь 2023 г. подозреваемый, проходя службу по контракту в должности начальника "
    "склада вооружения войсковой части в Алматинской области, похитил 38 автоматов АК-74 и 9 000 патронов, "
    "которые через посредника продал членам организованной группы, занимающейся сбытом наркотиков в г. Алматы. "
    "Шесть автоматов изъяты при задержании членов группы. Скрылся в Кыргызстане.",
    "2023-08-01", "Алматинская область, Республика Казахстан",
    [("Хищение огнестрельного оружия и боеприпасов лицом с использованием служебного положения",
      "п. 2) ч. 3 ст. 291 УК РК", 144),
     ("Незаконный сбыт огнестрельного оружия организованной группе", "ч. 3 ст. 287 УК РК", 120)],
    (AW, "Военный суд Алматинского гарнизона (санкция на арест)", "2024-01-15", "ВС-7/2024"))

add("lg-18-fraud-sentence-bh", C, LG, "BH",
    "Ordinary fraud, sentence enforcement, requested by Bahrain (which also filed ab-25). Pattern: a man convicted "
    "of fraud in Bahrain arrested in El Jadida on a Bahraini Red Notice for extradition to serve his sentence "
    "(Bladi); contrast with Bahrain's political requests (HRW joint letter).",
    ["https://en.bladi.net/interpol-fugitive-from-bahrain-arrested-morocco-fraud,94021.html",
     "http://edit.hrw.org/news/2022/02/14/joint-ngo-letter-interpol-regarding-bahraini-red-notices"],
    person("AL-HAMMADI", "Saleh Fawzi", "M", "1980-10-10", ["JO"], "JO", "Q771280", langs=["ARA", "ENG"]),
    "The convicted person, as manager of a car-leasing company in Manama, sold 41 leased vehicles to third "
    "parties in 2019-2020 using forged release letters and kept the proceeds (BHD 612,000). Convicted in absentia "
    "after leaving the Kingdom on bail.",
    "2019-05-01", "Manama, Kingdom of Bahrain",
    [("Fraud (obtaining property by deception)", "Article 391 of the Bahrain Penal Code", 60),
     ("Forgery of private documents and use", "Articles 270-271 of the Bahrain Penal Code", 60)],
    (AW, "Third Lower Criminal Court, Manama", "2022-03-09", "07202110388"),
    wanted="Sentence", imposed=60, remaining=60)

add("lg-19-scam-compound-trafficking-kh", C, LG, "KH",
    "Human trafficking and forced labour in a cyber-scam compound, requested by Cambodia. Pattern: Sihanoukville "
    "compounds where trafficked foreigners were confined, beaten and forced to run online scams; raids freed "
    "hundreds (The Star/Reuters; Cambodia Daily/DW). Ordinary serious crime with named victims.",
    ["https://www.thestar.com.my/news/nation/2022/09/22/escape-from-forced-labour",
     "https://english.cambodiadaily.com/news/human-trafficking-crisis-driven-by-cyberscams-179709/"],
    person("LIN", "Zhiwei", "M", "1985-12-25", ["CN"], "CN", "EH4411287", langs=["ZHO", "KHM", "ENG"]),
    "From February 2021 to September 2022 the suspect managed security at a compound in Sihanoukville where "
    "foreign nationals recruited by fake job offers had their passports confiscated, were confined behind barbed "
    "wire and forced to conduct online investment fraud; workers failing targets were beaten with electric batons. "
    "During the raid of 16.09.2022, 403 people were freed; the suspect left for Thailand.",
    "2021-02-01", "Sihanoukville, Preah Sihanouk Province, Kingdom of Cambodia",
    [("Unlawful removal for cross-border transfer / human trafficking for labour exploitation",
      "Law on Suppression of Human Trafficking and Sexual Exploitation (2008), arts. 10 and 15", 180),
     ("Illegal confinement", "Article 253 of the Criminal Code of Cambodia", 120),
     ("Torture and cruel acts", "Article 210 of the Criminal Code", 180)],
    (AW, "Investigating Judge, Preah Sihanouk Provincial Court", "2022-10-04", "No. 118/2022"))

add("lg-20-wife-murder-zw", C, LG, "ZW",
    "Domestic homicide requested by Zimbabwe. Modelled on a Gweru man on a Red Notice since 2017 for killing his "
    "wife and leaving their baby beside the body (Newsdzezimbabwe/Sunday Mail; Mbare Times list of Zimbabweans "
    "on Red Notices). The word 'family' must not trigger the family-matters exclusion (trap).",
    ["http://www.newsdzezimbabwe.co.uk/2021/04/seven-zimbas-on-interpol-red-notice.html",
     "https://mbaretimes.com/2023/03/8-zimbabweans-placed"],
    person("MOYO", "Tinashe Blessing", "M", "1989-02-14", ["ZW"], "ZW", "EN771032", langs=["SNA", "ENG"]),
    "On 17 December 2021 at their home in Mkoba, Gweru, following a family dispute, the accused struck his wife "
    "repeatedly with a log and strangled her; their eight-month-old child was found next to the body the next "
    "morning. The post-mortem report gives asphyxia and head injuries. The accused crossed to South Africa.",
    "2021-12-17", "Mkoba, Gweru, Zimbabwe",
    [("Murder", "Section 47 of the Criminal Law (Codification and Reform) Act [Chapter 9:23]", LIFE)],
    (AW, "Magistrates Court, Gweru (warrant of arrest)", "2021-12-22", "GW CR 133/12/21"))

add("lg-21-heroin-child-courier-tj", C, LG, "TJ",
    "Drug trafficking requested by Tajikistan. Modelled on a case in the Russian Prosecutor General's list of "
    "extraditions to Tajikistan: an organiser who hid 416 g of heroin in a child's jacket carried by a recruited "
    "woman courier (genproc.gov.ru). Russian text.",
    ["https://epp.genproc.gov.ru/web/eng_gprf/mass-media/news?item=64561367",
     "https://tajikherald.com/russia-extradites-accused-of-30-year-old-mass-murder-to-tajikistan/"],
    person("БОБОЕВ", "Фаридун Абдуллоевич", "M", "1979-10-03", ["TJ"], "TJ", "400551187",
           aliases=["BOBOEV Faridun"], langs=["TGK", "UZB", "RUS"]),
    "В сентябре 2022 г. обвиняемый, действуя в составе группы, приобрёл 1,2 кг героина, организовал его сокрытие "
    "в подкладке детской одежды и привлёк за вознаграждение женщину с малолетним ребёнком для перевозки "
    "наркотика авиарейсом Худжанд – Москва; курьер задержана в аэропорту Худжанда, героин изъят. Обвиняемый "
    "руководил группой по телефону из г. Москвы.",
    "2022-09-10", "г. Худжанд, Согдийская область, Республика Таджикистан",
    [("Незаконный оборот наркотических средств в особо крупном размере с целью сбыта, организованной группой",
      "ч. 3 ст. 200 УК РТ", 180),
     ("Контрабанда наркотических средств (покушение)", "ч. 3 ст. 289 УК РТ", 180)],
    (AW, "Прокуратура Согдийской области (санкция на арест), суд г. Худжанда", "2022-10-12", "1-744/2022"))

add("lg-22-escaped-terror-convict-sentence-tn", C, LG, "TN",
    "Sentence enforcement for a violent-terrorism convict who escaped from Mornaguia prison in 2023 (five "
    "escapees, one serving 24 years in connection with the killings of opposition figures) (iNews.id/AFP). Tunisia "
    "also filed ab-12; this one is clear. Anti-keyword 'opposition'. French text.",
    ["https://www.inews.id/amp/news/internasional/5-teroris-kabur-dari-penjara-di-tunisia-lewat-terowongan-bawah-tanah/2",
     "https://www.thenational.ae/world/mena/tunisia-identifies-belaid-s-assassin-arrests-four-accomplices-1.343709"],
    person("KHALFAOUI", "Marouane", "M", "1982-04-13", ["TN"], "TN", "Z0998124", langs=["ARA", "FRA"]),
    "Le condamné, membre d'une cellule armée, a été reconnu coupable d'avoir participé à la préparation d'un "
    "assassinat et à l'attaque d'une patrouille de la garde nationale à Kasserine en 2014 (deux agents tués). "
    "Condamné à 24 ans d'emprisonnement, il s'est évadé de la prison de Mornaguia le 31 octobre 2023 par un "
    "tunnel et aurait gagné la Libye.",
    "2014-05-28", "Kasserine, Tunisie",
    [("Meurtre en relation avec une infraction terroriste", "art. 28 de la loi organique n° 2015-26", LIFE),
     ("Évasion d'un détenu", "art. 147 du Code pénal", 60)],
    (AW, "Chambre criminelle spécialisée dans les affaires terroristes, Tribunal de première instance de Tunis",
     "2023-11-01", "AT 11742/2019"),
    wanted="Sentence", imposed=288, remaining=146)

add("lg-23-organised-crime-boss-murder-tr", C, LG, "TR",
    "Organised crime with murder requested by Türkiye. Modelled on the leader of the 'Demirözler' gang extradited "
    "from Russia in 2025 (53 records incl. forming a criminal organisation, premeditated murder, intentional "
    "injury) (Daily Sabah; Hürriyet Daily News). Turkish text.",
    ["https://www.dailysabah.com/turkiye/investigations/turkiye-secures-extradition-of-3-wanted-fugitives-from-russia",
     "https://www.hurriyetdailynews.com/turkiye-extradites-three-red-notice-fugitives-from-russia-212782"],
    person("DEMİRTAŞ", "Uğur", "M", "1978-06-02", ["TR"], "TR", "U12200871",
           aliases=["DEMIRTAS Ugur"], langs=["TUR", "RUS"]),
    "Şüpheli, Trabzon merkezli suç örgütünün lideri olarak 11.03.2023 tarihinde rakip örgüt üyesi M.K.'nin "
    "tetikçiler aracılığıyla silahla öldürülmesini azmettirmiş; örgüt üyeleri tefecilik ve yağma eylemleri "
    "gerçekleştirmiştir. Olay yerinde ele geçen kovanlar ve HTS kayıtları dosyadadır.",
    "2023-03-11", "Trabzon, Türkiye",
    [("Suç işlemek amacıyla örgüt kurma ve yönetme", "TCK md. 220/1", 72),
     ("Kasten öldürmeye azmettirme (tasarlayarak)", "TCK md. 82/1-a, 38", LIFE)],
    (AW, "Trabzon 1. Sulh Ceza Hakimliği", "2023-04-03", "2023/1402 D.İş"))

add("lg-24-tourist-attack-plot-lk", C, LG, "LK",
    "Terrorist plot with weapons and reconnaissance of a tourist resort (Arugam Bay, 2024-2025), two foreign "
    "suspects pursued through Red Notices (Puja/SLCAT summary of the foiled plot). Sri Lanka's PTA is abused "
    "against Tamils (see hd-13), but here the facts are a concrete plan of mass violence against civilians.",
    ["https://puja.lk/?p=1303",
     "https://slcat.org/tag/pta"],
    person("ABDUL SAMAD", "Ibrahim", "M", "1994-01-19", ["MV"], "MV", "LA0911827", langs=["DIV", "ENG", "ARA"]),
    "Between August and October 2024 the suspect, with Sri Lankan accomplices, filmed hotels and surf spots in "
    "Arugam Bay frequented by Israeli tourists, procured two hand grenades and a T-56 rifle through a former "
    "militant and planned an attack during the tourist season; the plot was disrupted on 23.10.2024 and the "
    "weapons seized. The suspect left for the Maldives.",
    "2024-08-01", "Arugam Bay, Ampara District, Sri Lanka",
    [("Conspiracy to commit murder and acts of terrorism",
      "Sections 113A and 296 of the Penal Code; Prevention of Terrorism Act No. 48 of 1979, ss. 2 and 3", LIFE),
     ("Possession of explosives and automatic firearm", "Offensive Weapons Act No. 18 of 1966, s. 2", 240)],
    (AW, "Colombo Fort Magistrate's Court (on report of the TID)", "2025-01-18", "B 1144/2025"))

add("lg-25-baby-kidnapping-zw", C, LG, "ZW",
    "Kidnapping of infants requested by Zimbabwe. Modelled on a woman on a Red Notice for kidnapping a one-month-old "
    "baby at a Harare supermarket and two other children (Mbare Times list; Newsdzezimbabwe).",
    ["https://mbaretimes.com/2023/03/8-zimbabweans-placed",
     "http://www.newsdzezimbabwe.co.uk/2021/04/seven-zimbas-on-interpol-red-notice.html"],
    person("CHIGWADA", "Rudo", "F", "1987-09-30", ["ZW"], "ZW", "FN119032", langs=["SNA", "ENG"]),
    "On 9 March 2020 at a supermarket in central Harare the accused, posing as a helper, took a one-month-old "
    "baby from its mother and disappeared; two other children abducted in 2019 were later found at a relative's "
    "homestead in Mutoko where she had left them. She evaded a police raid and crossed into South Africa.",
    "2020-03-09", "Harare, Zimbabwe",
    [("Kidnapping or unlawful detention of a child", "Section 93 of the Criminal Law (Codification and Reform) Act", LIFE)],
    (AW, "Magistrates Court, Harare (warrant of arrest)", "2020-04-14", "HRE CR 511/03/20"))

add("lg-26-hajj-quota-fraud-id", C, LG, "ID",
    "Second religious anti-keyword case: travel-agency owners sold Hajj departures on Philippine quotas with "
    "fraudulently obtained Philippine passports, 177 Indonesians stranded in Manila; charges carry 12 years "
    "(Anadolu via usmuslims.com). Ordinary fraud against pilgrims.",
    ["https://usmuslims.com/service/amp/7-named-for-illegally-sending-indonesians-on-hajj-7953h.htm",
     "https://www.thejakartapost.com/news/2017/06/08/when-righteous-business-goes-wrong.html"],
    person("RAHMATULLAH", "Ahmad Fauzi", "M", "1972-05-21", ["ID"], "ID", "B5510733", langs=["IND", "ARA"]),
    "Tersangka selaku pemilik biro perjalanan di Tuban menjanjikan keberangkatan haji cepat melalui kuota negara "
    "lain kepada 96 calon jemaah dengan biaya USD 6.000-10.000 per orang, memperoleh paspor asing secara melawan "
    "hukum; jemaah ditahan di bandara Manila pada 19 Agustus 2016. Kerugian Rp 9,1 miliar.",
    "2016-08-19", "Tuban, Jawa Timur, Indonesia",
    [("Penipuan", "Pasal 378 KUHP", 48),
     ("Memberangkatkan jemaah haji secara melawan hukum",
      "Pasal 63 UU No. 13 Tahun 2008 tentang Penyelenggaraan Ibadah Haji", 72),
     ("Tindak pidana pencucian uang", "Pasal 3 UU No. 8 Tahun 2010", 240)],
    (AW, "Bareskrim Polri (DPO)", "2016-10-10", "DPO/51/X/2016/Dittipidum"))

add("lg-27-crypto-pyramid-leader-ru", C, LG, "RU",
    "Large-scale investment fraud requested by Russia. Modelled on the Finiko crypto pyramid (losses up to about "
    "USD 95m); a leader was arrested in the UAE on INTERPOL channels and handed to NCB Moscow (CoinGeek; MEXC news). "
    "Russian text; art. 159(4) and 210 background knowledge.",
    ["https://coingeek.com/alleged-leader-of-russian-ponzi-scheme-nabbed-after-costing-investors-nearly-100m/",
     "https://www.mexc.co/fr-FR/news/254940"],
    person("ГАРИФУЛЛИН", "Тимур Ринатович", "M", "1980-01-08", ["RU"], "RU", "753311928",
           aliases=["GARIFULLIN Timur"], langs=["RUS", "TAT", "ENG"]),
    "В 2019–2021 гг. обвиняемый, являясь одним из организаторов преступного сообщества, под видом "
    "инвестиционной платформы привлёк денежные средства не менее 6 900 граждан, обещая доходность 20–30% в месяц, "
    "после чего заблокировал вывод средств; ущерб свыше 7 млрд рублей. Скрылся в ОАЭ.",
    "2019-03-01", "г. Казань, Республика Татарстан, Российская Федерация",
    [("Мошенничество в особо крупном размере, организованной группой", "ч. 4 ст. 159 УК РФ", 120),
     ("Организация преступного сообщества", "ч. 1 ст. 210 УК РФ", 240)],
    (AW, "Вахитовский районный суд г. Казани (заочный арест)", "2021-11-12", "3/1-422/2021"))

add("lg-28-cocaine-canaries-network-ma", C, LG, "MA",
    "Hard-drug trafficking requested by Morocco: leader of a criminal organisation smuggling cocaine towards the "
    "Canary Islands, detained at Málaga airport on a Moroccan warrant via INTERPOL for surrender (Nouha Press, "
    "Arabic); Moroccan-Spanish cooperation against hashish networks (Morocco World News). Arabic/French.",
    ["https://nouhapress.com/إسبانيا-توقف-مغربيا-مطلوبا-لـالأنترب",
     "https://www.moroccoworldnews.com/2017/02/208618/spanish-police-dismantle-two-international-hashish-trafficking-networks/"],
    person("BOUZIANE", "Adil", "M", "1977-07-19", ["MA", "ES"], "MA", "JT9915208",
           aliases=["بوزيان عادل"], langs=["ARA", "SPA", "FRA"]),
    "يتزعم المتهم منظمة إجرامية مختصة في تهريب الكوكايين من سواحل طرفاية نحو جزر الكناري. Le 21/02/2024, "
    "420 kg de cocaïne ont été saisis sur un bateau de pêche au large de Tarfaya ; les écoutes et les aveux de deux "
    "marins désignent le mis en cause comme commanditaire et financier de l'opération.",
    "2024-02-21", "Tarfaya et Laâyoune, Royaume du Maroc",
    [("Trafic international de stupéfiants (drogues dures)", "Dahir du 21 mai 1974, art. 2", 120),
     ("Association de malfaiteurs", "art. 293-294 du Code pénal", 120),
     ("Infractions douanières - importation sans déclaration de marchandises prohibées",
      "Code des douanes et impôts indirects, art. 279 bis", 60)],
    (AW, "Juge d'instruction près la Cour d'appel de Laâyoune", "2024-03-05", "2024/27/ت"))

# =============================================================== HARD (expected review)

add("hd-01-bank-theft-party-leader-sentence-md", V, HD, "MD",
    "HARD: CCF-upheld notice despite political claims. Modelled on Ilan Shor: convicted in absentia (15 years, "
    "April 2023) for the 2014 'theft of the billion' from Moldovan banks, also leader of a (later outlawed) "
    "pro-Russian party organising protests; Moldova's NCB says the CCF found the request compliant in 2021, while "
    "Russia invoked Art. 3 to refuse cooperation (Gazzetta Italia-Moldova; IPN; Reuters via squidbusiness). Strong "
    "documentation (Kroll report) versus a real political dimension: a human should weigh it.",
    ["https://gazzettaitalomoldova.md/viorel-tentiu-interpol-moldova-aberrante-la-risposta-della-russia-su-ilan-shor",
     "http://www.intellinews.com/moldovan-court-sentences-businessman-shor-in-1bn-bank-fraud-case-123989/?source=moldova",
     "https://ipn.md/en/print/ilan-shor-is-allegedly-in-russia-police-provide-details--7965_1102594.html"],
    person("ȘTEFĂNESCU", "Igor", "M", "1985-03-06", ["MD", "IL"], "IL", "A0771392", issuing="MD",
           aliases=["STEFANESCU Igor", "SHTEFANESKU Igor"], langs=["RUM", "RUS", "HEB"]),
    "Condamnatul, în calitate de președinte al consiliului de administrație al unei bănci, a organizat în 2014 "
    "acordarea de credite nerambursabile unor firme controlate de el, prejudiciind banca cu circa 5,2 miliarde lei "
    "și spălând mijloacele prin bănci din Letonia. Ulterior a fondat un partid politic și organizează proteste "
    "antiguvernamentale din străinătate; pretinde persecuție politică.",
    "2014-11-01", "Chișinău, Republica Moldova",
    [("Escrocherie în proporții deosebit de mari", "art. 190 alin. (5) Cod penal al RM", 180),
     ("Spălarea banilor în proporții deosebit de mari", "art. 243 alin. (3) lit. b) Cod penal al RM", 120)],
    (AW, "Curtea de Apel Chișinău (sentință în lipsă, mandat de arestare)", "2023-04-13", "1a-12/2023"),
    wanted="Sentence", imposed=180, remaining=180)

add("hd-02-ex-minister-after-coup-zw", V, HD, "ZW",
    "HARD: corruption of a former minister filed right after a change of government. Modelled on Saviour "
    "Kasukuwere and other G40 ministers who fled the November 2017 military takeover; the new President said he "
    "had 'forgiven' all but three; the GS later declined a Red Notice citing Art. 3 and the police chief admitted "
    "the snub (ZimLive via The Zimbabwe Mail; Khuluma Afrika). The charges are ordinary on their face; the context "
    "decides - exactly what a human reviewer, not a machine, must weigh. Note: the real GS outcome was refusal.",
    ["https://www.thezimbabwemail.com/law-crime/interpol-declines-zimbabwe-requests-to-arrest-former-mugabe-ministers/",
     "https://khulumaafrika.com/2017/12/18/jonathan-moyo-kasukuwere-placed-interpol-wanted-list/",
     "https://www.zimlive.com/police-chief-matanga-admits-interpol-snub-over-exiled-mugabe-ministers/"],
    person("MAKONI", "Tendai Simbarashe", "M", "1970-10-23", ["ZW"], "ZW", "AN114092", langs=["SNA", "ENG"]),
    "While Minister of Local Government (2015-2017) the accused directed the allocation of 1,200 residential "
    "stands in Harare's peri-urban areas to companies linked to his relatives, causing prejudice to the State of "
    "US$3.1m, and externalised US$780,000 through a Johannesburg account. He left the country on 15 November 2017 "
    "during 'Operation Restore Legacy'.",
    "2015-06-01", "Harare, Zimbabwe",
    [("Criminal abuse of duty as a public officer",
      "Section 174 of the Criminal Law (Codification and Reform) Act [Chapter 9:23]", 180),
     ("Fraud", "Section 136 of the Criminal Law (Codification and Reform) Act", LIFE),
     ("Contravening exchange control regulations (externalisation)", "Exchange Control Act [Chapter 22:05], s. 5", 120)],
    (AW, "Magistrates Court, Harare (warrant of arrest)", "2018-05-14", "HRE CR 2201/05/18"))

P_PV = person("TRẦN", "Quốc Vinh", "M", "1965-02-13", ["VN"], "VN", "B9917702",
              aliases=["TRAN Quoc Vinh"], langs=["VIE", "DEU", "ENG"])
add("hd-03-state-company-losses-exile-vn", V, HD, "VN",
    "HARD: embezzlement/mismanagement against an exiled ex-official with a pending asylum claim. Modelled on Trinh "
    "Xuan Thanh: ex-chairman of PetroVietnam Construction accused of about US$150m losses, fled in 2016, sought "
    "asylum in Germany, was kidnapped from Berlin by Vietnamese agents in 2017 and given two life sentences "
    "(Reuters; VOA; Wikipedia). Real economic loss but a Party purge context, death-penalty exposure (Art. 2) and an "
    "UNCONFIRMED asylum application in context.protected (confirmed=false on purpose). Vietnamese text.",
    ["https://www.reuters.com/article/us-germany-vietnam-idUSKBN1AJ12K?il=0",
     "https://www.51voa.com/VOA_Special_English/germany-says-vietnamese-agents-kidnapped-former-oil-official-in-berlin-76161.html",
     "https://en.wikipedia.org/wiki/Tr%E1%BB%8Bnh_Xu%C3%A2n_Thanh"],
    P_PV,
    "Trong thời gian giữ chức Chủ tịch HĐQT Tổng công ty xây lắp dầu khí (2009-2013), bị can đã chỉ đạo ký kết, "
    "thanh toán tạm ứng trái quy định cho các gói thầu, gây thiệt hại 3.300 tỷ đồng, và chiếm đoạt 14 tỷ đồng. "
    "Sau đó bị can giữ chức Phó Chủ tịch UBND tỉnh, bị khai trừ khỏi Đảng năm 2016 và bỏ trốn ra nước ngoài.",
    "2009-06-01", "Hà Nội, Việt Nam",
    [("Cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng",
      "Điều 165 Bộ luật Hình sự 1999 (Điều 219 BLHS 2015)", 240),
     ("Tham ô tài sản", "Điều 353 Bộ luật Hình sự 2015", LIFE)],
    (AW, "Cơ quan CSĐT Bộ Công an (VKSND tối cao phê chuẩn)", "2016-09-16", "06/LBBCĐTG-C46"),
    protected=[protection(P_PV, "Asylum", ["VN"], confirmed=False)])

add("hd-04-akimat-storming-jan2022-kz", V, HD, "KZ",
    "HARD: violence during a protest. January 2022 unrest ('Qandy Qantar'): peaceful fuel-price protests turned into "
    "riots in Almaty, 227 dead, administration buildings burned; authorities called it an attempted coup and "
    "'terrorism', with 5,300 cases (Qazaq TV; JJTV on the Prosecutor General's report). Concrete violence against "
    "police, but a mass political event with credible torture and fair-trial concerns. Russian text.",
    ["https://jjtv.kz/en/news/society/27703-results-of-investigation-into-january-events-announced-in-kazakh-mazhilis",
     "https://qazaqtv.com/amp/en/news/society/19660-suspect-in-organizing-january-riots-arrested"],
    person("САПАРОВ", "Нурлан Асылбекович", "M", "1992-11-18", ["KZ"], "KZ", "N12280911",
           aliases=["SAPAROV Nurlan"], langs=["KAZ", "RUS"]),
    "5 января 2022 г. подозреваемый в составе толпы участвовал в штурме здания акимата г. Алматы, бросил не менее "
    "двух бутылок с зажигательной смесью в служебный автомобиль полиции, нанёс удары арматурой сотруднику "
    "Национальной гвардии (тяжкий вред здоровью). Видеозаписи и заключение СМЭ приобщены. Выехал в Кыргызстан.",
    "2022-01-05", "г. Алматы, площадь Республики, Республика Казахстан",
    [("Участие в массовых беспорядках, сопровождавшихся насилием, поджогами, уничтожением имущества",
      "ч. 2 ст. 272 УК РК", 96),
     ("Применение опасного для жизни насилия в отношении представителя власти", "ч. 2 ст. 380 УК РК", 120)],
    (AW, "Специализированный следственный суд г. Алматы", "2022-02-11", "7511-22-00-2/118"))

add("hd-05-mosque-bombing-monarchist-ir", V, HD, "IR",
    "HARD: terrorism charges with serious violent facts against a leader of an exiled armed opposition group. "
    "Modelled on Jamshid Sharmahd (Tondar / Kingdom Assembly of Iran), accused of the April 2008 Shiraz mosque "
    "bombing (14 killed), abducted in Dubai, sentenced to death for 'corruption on earth', executed in 2024 (The Nation/AFP; PanX Media). "
    "Violence against civilians can be processed, but the group is political, the requester's courts and the death "
    "penalty raise Art. 2/3 issues. Persian text.",
    ["https://www.nation.com.pk/22-Feb-2023/iranian-german-dual-national-sentenced-to-death-for-terrorism",
     "https://panxmedia.blogspot.com/2024/10/iran-executes-german-iranian-jamshid.html"],
    person("FARHADI", "Shahram", "M", "1957-08-30", ["IR", "US"], "IR", "K01183326", issuing="IR",
           aliases=["فرهادی شهرام"], langs=["FAS", "ENG", "DEU"]),
    "متهم به عنوان سرکرده گروهک تروریستی سلطنت‌طلب، بمب‌گذاری در حسینیه شیراز در تاریخ ۲۳ فروردین ۱۳۸۷ را "
    "طراحی و مواد منفجره آن را تأمین کرده است که منجر به شهادت ۱۴ نفر و مجروحیت بیش از ۲۰۰ نفر شد. Radio "
    "broadcasts from California called for armed action against the Islamic Republic.",
    "2008-04-12", "Shiraz, Fars Province, Islamic Republic of Iran",
    [("افساد فی‌الارض از طریق طراحی و هدایت اقدامات تروریستی (corruption on earth)",
      "ماده ۲۸۶ قانون مجازات اسلامی", LIFE),
     ("Murder (qisas) - 14 victims, as instigator", "Article 290 of the Islamic Penal Code", LIFE)],
    (AW, "Islamic Revolutionary Court of Tehran, Branch 15", "2020-08-03", "۹۹-۴۴۱۸"))

add("hd-06-lynching-separatist-in-absentia-dz", V, HD, "DZ",
    "HARD: violent murder conviction in absentia in a case with political overtones. August 2021: a volunteer "
    "firefighter was lynched and burned in Larbaâ Nath Irathen; Algeria blamed the separatist MAK (designated "
    "terrorist) for the wildfires and the killing; 49 death sentences, five people convicted in absentia "
    "(newsnetdaily/AP; Echorouk). Real, brutal violence, but thin evidence against exiled MAK members and a mass "
    "trial. Sentence enforcement. French text.",
    ["https://newsnetdaily.com/algeria-sentences-49-people-to-death-for-mass-killings-amid-forest-fires/",
     "https://www.echoroukonline.com/arrest-of-16-suspects-belonging-to-mak-terrorist-organization",
     "http://le-top-des-voyages.com/index.php/2024/06/21/un-opposant-kabyle-recherche-par-lalgerie-pour-terrorisme-en-retention-judiciaire-a-paris"],
    person("AIT MEBAREK", "Ameziane", "M", "1989-01-07", ["DZ"], "DZ", "189114306", langs=["KAB", "FRA", "ARA"]),
    "Le condamné, cadre du MAK établi en France, est reconnu coupable d'avoir, par des publications et des appels "
    "téléphoniques, incité la foule à s'en prendre au jeune Djamel B. accusé à tort d'être pyromane, le 11 août "
    "2021, et d'avoir participé à la coordination des incendies de forêt en Kabylie. Condamné par défaut à la peine "
    "capitale (moratoire sur les exécutions).",
    "2021-08-11", "Larbaâ Nath Irathen, wilaya de Tizi Ouzou, Algérie",
    [("Homicide volontaire avec préméditation (complicité par instigation)", "art. 41, 254, 255 et 261 du Code pénal", LIFE),
     ("Actes terroristes - incendies volontaires de forêts", "art. 87 bis et 396 du Code pénal", LIFE)],
    (AW, "Tribunal criminel de première instance de Dar El Beïda (jugement par défaut)", "2022-11-24",
     "TC 02811/22"),
    wanted="Sentence", imposed=LIFE, remaining=LIFE)

add("hd-07-police-killing-2018-protests-ni", V, HD, "NI",
    "HARD: a protester charged with killing a police officer during the 2018 uprising (325 dead, mostly opponents). "
    "The Ortega majority called protesters 'terrorists', then passed a 2019 amnesty covering 'all who took part in "
    "the events since 18 April 2018' while speaking of 'confessed assassins of police' (AFP via BSS; JURIST; Amnesty "
    "'Instilling terror'). Violent facts, political context, amnesty question. Spanish text.",
    ["https://wp.bssnews.net/?p=223569",
     "https://docslib.org/doc/2694255/sembrando-el-terror",
     "https://www.jurist.org/news/2019/06/nicaraguas-congress-approves-amnesty-law-for-crimes-during-protests/"],
    person("LÓPEZ TÉLLEZ", "Bayardo Antonio", "M", "1996-12-01", ["NI"], "NI", "C02281145",
           aliases=["LOPEZ TELLEZ Bayardo"], langs=["SPA"]),
    "El 12 de julio de 2018, en el tranque de la carretera a Masaya, el acusado, integrante de un grupo armado "
    "con fusiles y morteros artesanales, disparó contra una patrulla policial causando la muerte del suboficial "
    "L.M.R. y lesiones a otros dos agentes. Se encuentra en Costa Rica. La defensa alega que la causa es una "
    "represalia por su participación en las protestas y que los hechos están cubiertos por la Ley 996 de Amnistía.",
    "2018-07-12", "Masaya, República de Nicaragua",
    [("Asesinato agravado de un agente de autoridad", "art. 140 y 141 Código Penal (Ley 641)", 360),
     ("Terrorismo", "art. 394 Código Penal (reformado por Ley 977)", 240)],
    (AW, "Juzgado Noveno Distrito Penal de Audiencias de Managua", "2018-09-19", "009012-ORM4-2018-PN"))

add("hd-08-armed-mutiny-2015-tj", V, HD, "TJ",
    "HARD: terrorism with some violent facts, tied to a banned opposition party. September 2015: followers of the "
    "sacked deputy defence minister Nazarzoda attacked the Vahdat police station and Dushanbe (9 police killed); "
    "the authorities attributed it to the IRPT, which denied it; 40 participants 'internationally wanted' "
    "(Asia-Plus; Tajik Prosecutor General's statement). Concrete armed attack vs the pattern of branding IRPT "
    "members terrorists (see ab-05). Russian text.",
    ["https://asiaplus.news/en/news/tajikistan/security/20160208/cases-199-people-suspected-participation-last-year-s-deadly-mutiny-move-court",
     "http://prokuratura.tj/en/news-eng/464-zayavlenie-generalnoj-prokuratury-respubliki-tadzhikistan-11.html"],
    person("ШАРИПОВ", "Сухроб Назарович", "M", "1988-04-04", ["TJ"], "TJ", "400981273",
           aliases=["SHARIPOV Sukhrob"], langs=["TGK", "RUS", "TUR"]),
    "4 сентября 2015 г. обвиняемый, военнослужащий войсковой части 31001, в составе вооружённой группы под "
    "руководством бывшего замминистра обороны участвовал в захвате оружия со склада МО и в нападении на ОВД "
    "г. Вахдат, в ходе которого были убиты трое сотрудников милиции. По версии следствия, группа действовала по "
    "указанию руководства запрещённой ПИВТ. Скрылся в Турции.",
    "2015-09-04", "г. Вахдат и г. Душанбе, Республика Таджикистан",
    [("Терроризм, повлёкший гибель людей", "ч. 3 ст. 179 УК РТ", LIFE),
     ("Убийство двух и более лиц, сотрудников правоохранительных органов", "ч. 2 ст. 104 УК РТ", LIFE),
     ("Хищение огнестрельного оружия", "ч. 3 ст. 199 УК РТ", 180)],
    (AW, "Генеральная прокуратура Республики Таджикистан (санкция), Верховный суд РТ", "2015-10-02", "15-0904/2015"))

add("hd-09-coup-night-bridge-shooting-tr", V, HD, "TR",
    "HARD: military + political + violent. A cadet officer who allegedly fired on civilians on the Bosphorus Bridge "
    "on the night of the 15 July 2016 coup attempt (34 killed on the bridge; 72 aggravated life sentences in July "
    "2018) (TRT World; The New Arab; Turkish Minute). Coups are political offences and FETÖ requests are routinely "
    "refused, but killing unarmed civilians is a serious ordinary crime: a human must look. Turkish text.",
    ["https://trtworld.com/turkey/court-sentences-72-former-soldiers-to-life-in-jail-for-2016-turkey-coup-bid-18866",
     "https://www.newarab.com/news/turkey-sentences-dozens-life-over-coup-deaths",
     "https://trnews0.blogspot.com/2018/07/72-given-aggravated-life-sentences-in.html"],
    person("ERDEM", "Oğuzhan", "M", "1994-07-07", ["TR"], "TR", "U01987234",
           aliases=["ERDEM Oguzhan"], langs=["TUR", "ENG"]),
    "Şüpheli, 15 Temmuz 2016 gecesi Boğaziçi Köprüsü'nü kapatan darbeci birlik içinde yer almış, saat 23.30 "
    "sıralarında köprüye yürüyen silahsız sivillere piyade tüfeğiyle ateş açarak iki kişinin ölümüne ve dört "
    "kişinin yaralanmasına neden olmuştur. Kamera kayıtları ve balistik rapor dosyadadır. 2017'de Yunanistan'a kaçmıştır.",
    "2016-07-15", "İstanbul, 15 Temmuz Şehitler Köprüsü, Türkiye",
    [("Anayasayı ihlal (anayasal düzeni cebren ortadan kaldırmaya teşebbüs)", "TCK md. 309/1", LIFE),
     ("Kasten öldürme (iki kişi) ve kasten öldürmeye teşebbüs", "TCK md. 81, 82/1-a, 35", LIFE)],
    (AW, "İstanbul 25. Ağır Ceza Mahkemesi (yakalama kararı)", "2017-08-01", "2017/157 E."))

add("hd-10-athlete-tax-evasion-by", V, HD, "BY",
    "HARD: an athlete who signed the 2020 open letter against election fraud and left Belarus is charged with tax "
    "evasion on sponsorship income, with figures. Pattern: reprisals against Belarusian athletes after 2020 "
    "(Tsimanouskaya case, World News Vine) and tax/financial charges used against critics, which the CCF can see "
    "through (Red Notice Abuse Report via NEMETS on tax-evasion decisions). Specific amounts make it look ordinary.",
    ["https://worldnewsvine.net/belarusian-olympic-runner-seeks-asylum-at-polish-embassy/",
     "https://nemetslaw.com/post/red-notice-abuse-report-in-protecting-refugees-and-asylum-seekers-the-commission-for-the-control-of-interpols-files-looks-beyond-interpols-refugee-asylum-seeker-policy"],
    person("ГРИЦЕВИЧ", "Алеся Викторовна", "F", "1995-05-29", ["BY"], "BY", "MP4418207",
           aliases=["HRYTSEVICH Alesia", "GRITSEVICH Alesya"], langs=["BEL", "RUS", "POL", "ENG"]),
    "Обвиняемая, член национальной сборной по лёгкой атлетике, в 2018–2020 гг. получила от иностранных спонсоров "
    "вознаграждение в размере 186 400 долларов США на счёт в литовском банке и не задекларировала его, уклонившись "
    "от уплаты подоходного налога на сумму 87 120 белорусских рублей (особо крупный размер). В августе 2020 г. "
    "подписала открытое письмо спортсменов; выехала в Польшу.",
    "2018-01-01", "г. Минск, Республика Беларусь",
    [("Уклонение от уплаты сумм налогов в особо крупном размере", "ч. 2 ст. 243 УК Республики Беларусь", 84)],
    (AW, "Следственный комитет Республики Беларусь (постановление о заключении под стражу, санкция прокурора)",
     "2021-10-20", "21131012345"))

add("hd-11-civil-war-family-massacre-tj", V, HD, "TJ",
    "HARD: a 1992 civil-war-era massacre of a family described as robbery-murder, requested 30 years later. "
    "Modelled on Russia's extradition to Tajikistan of a man accused of shooting 22 people in Kalininabad on 14 "
    "October 1992 and burning the bodies (Tajik Herald); civil-war acts by armed factions are usually excluded "
    "unless war crimes, and the 1997 peace amnesty may apply (Red Notice Track on acts during armed conflict). "
    "Mass murder vs conflict context, limitation and amnesty questions.",
    ["https://tajikherald.com/russia-extradites-accused-of-30-year-old-mass-murder-to-tajikistan/",
     "https://rednoticetrack.com/interpol-and-military-offences"],
    person("КАРИМОВ", "Юсуфджон Сайфуллоевич", "M", "1968-03-25", ["TJ", "RU"], "TJ", "400115284",
           aliases=["KARIMOV Yusufjon"], langs=["TGK", "UZB", "RUS"]),
    "14 октября 1992 г. обвиняемый совместно с вооружёнными соучастниками ворвался в жилой дом в кишлаке "
    "Калининабад с целью хищения имущества, расстрелял из автомата находившихся там членов семьи (22 человека, "
    "двое выжили), облил тела бензином и поджёг, после чего скрылся на автомобилях потерпевших. С 1993 г. "
    "проживает в Российской Федерации.",
    "1992-10-14", "кишлак Калининабад (ныне Леваканд), Хатлонская область, Республика Таджикистан",
    [("Убийство двух и более лиц, совершённое с особой жестокостью, сопряжённое с разбоем",
      "ч. 2 ст. 104 УК РТ (ст. 91 УК ТССР 1961 г.)", LIFE),
     ("Бандитизм", "ст. 186 УК РТ", 240)],
    (AW, "Суд г. Бохтар (избрание меры пресечения заочно)", "2022-03-17", "1-1/2022-Б"))

add("hd-12-armed-cell-coordinator-et", V, HD, "ET",
    "HARD: terrorism charge with some violent facts in an armed regional insurgency. In April 2023 Ethiopia's "
    "security taskforce listed 'wanted' diaspora figures and opposition politicians, claiming detainees were seized "
    "with 'weapons, bombs and incendiary explosives', and said it would seek INTERPOL cooperation (Addis Standard). "
    "Contrast with ab-16 (media only): here the person allegedly financed weapons and directed an attack.",
    ["https://addisstandard.com/news-ethiopia-security-detains-gobeze-sisay-from-djibouti/?utm_source=rss&utm_medium=rss&utm_campaign=news-ethiopia-security-detains-gobeze-sisay-from-djibouti",
     "https://pledgetimes.com/ethiopia-three-journalists-arrested-in-ethiopia-the-state-accuses-of-promoting-terrorism/"],
    person("ALEMU", "Yared Wondimu", "M", "1983-03-03", ["ET"], "ET", "EP1190873", langs=["AMH", "ENG"]),
    "Between February and April 2023 the suspect, based in Nairobi, transferred ETB 4.6 million to a cell in "
    "Bahir Dar that purchased rifles and grenades, and gave instructions by phone for the 26 April 2023 grenade "
    "attack on a district administration office that injured three guards. The suspect describes himself as a "
    "spokesman of a political movement defending the Amhara people.",
    "2023-02-01", "Bahir Dar, Amhara Region, Ethiopia",
    [("Financing and directing a terrorist act",
      "Prevention and Suppression of Terrorism Crimes Proclamation No. 1176/2020, Arts. 3 and 7", LIFE),
     ("Armed rebellion against the constitutional order", "Art. 241 of the Criminal Code of the FDRE", LIFE)],
    (AW, "Federal High Court, Lideta Division", "2023-05-10", "FHC/TR/ 312088"))

add("hd-13-diaspora-ltte-fundraising-lk", V, HD, "LK",
    "HARD: terrorism-financing charge against a Tamil diaspora activist for fundraising that Sri Lanka links to an "
    "'LTTE revival'. Sri Lanka proscribes diaspora organisations (re-listed 300+ individuals in 2021) and arrests "
    "people for LTTE content online under the PTA (Daily Express LK; SLKDIASPO/D.B.S. Jeyaraj on proscription and "
    "planned INTERPOL notices). Money and some weapons purchase alleged, but an ethnic/political context.",
    ["https://dailyexpress.lk/glocal/7630/",
     "https://slkdiaspo.hypotheses.org/3411"],
    person("SIVAKUMARAN", "Tharshan", "M", "1978-09-15", ["CA", "LK"], "LK", "AK0911284", issuing="CA",
           langs=["TAM", "ENG"]),
    "Between 2019 and 2022 the suspect, an office-bearer of a proscribed diaspora organisation in Toronto, "
    "collected about CAD 410,000 at commemorations of 'Maaveerar Naal' and remitted part of it via hawala to former "
    "LTTE cadres in Kilinochchi, one of whom was arrested in 2022 with a claymore mine and two pistols. The suspect "
    "says the funds were for war widows.",
    "2019-11-27", "Kilinochchi, Sri Lanka (funds raised in Canada)",
    [("Financing of terrorism", "Convention on the Suppression of Terrorist Financing Act No. 25 of 2005, s. 3", 240),
     ("Supporting a proscribed organisation", "Prevention of Terrorism Act No. 48 of 1979, s. 2(1)(h)", 240)],
    (AW, "Colombo Chief Magistrate's Court (on report of the TID)", "2023-02-27", "B 3301/2023"))

add("hd-14-border-map-forgery-opposition-kh", V, HD, "KH",
    "HARD: dual political/ordinary profile. An opposition MP who uprooted temporary border posts and published a "
    "map said to be forged, charged with forgery of public documents and incitement to discrimination. Pattern: Sam "
    "Rainsy's 2009-2010 border-post and map convictions (exile; later pardon and new warrants) (VOA Khmer; Xinhua "
    "via china.org.cn). Forgery is ordinary law; the setting is a nationalist political campaign.",
    ["https://www.voacambodia.com/a/warrant-issued-for-arrest-of-opposition-leader-sam-rainsy/3056705.html",
     "http://en.chinagate.cn/2015-11/16/content_37078285.htm"],
    person("CHEA", "Sophal", "M", "1966-12-09", ["KH", "US"], "KH", "N02277153", langs=["KHM", "ENG", "VIE"]),
    "On 25 October 2023 the accused, a member of the National Assembly of an opposition party, led villagers in "
    "Svay Rieng province to pull out six temporary border posts, and on 10 November 2023 posted on Facebook a "
    "1:50,000 map bearing the seal of the Ministry of Foreign Affairs which the Ministry states was altered to show "
    "a different border line. He left for the United States before his immunity was lifted.",
    "2023-10-25", "Chantrea district, Svay Rieng province, Kingdom of Cambodia",
    [("Forgery of public documents and use of forged public documents", "Articles 629-630 of the Criminal Code", 120),
     ("Destruction of public property (border posts)", "Article 411 of the Criminal Code", 60),
     ("Incitement to discrimination", "Article 496 of the Criminal Code", 36)],
    (AW, "Investigating Judge, Svay Rieng Provincial Court", "2024-01-22", "No. 004/2024"))

# ---------------------------------------------------------------- write
ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids))
with open("cases.json", "w", encoding="utf-8") as f:
    json.dump({"cases": CASES}, f, ensure_ascii=False, indent=1)
print(len(CASES))
