"""Hard requests (expected "review"): mixed pictures that a careful reviewer would not
decide automatically. Persons, dates of birth, numbers and references are fictional."""

from helpers import person, charge, warrant, prior, protected, case

LIFE = 1200


def cases():
    out = []

    # hd-01 UA — ousted president: embezzlement (issued) after abuse-of-power/murder request refused
    p = person("HORBATENKO", "Vadym Mykolaiovych", "M", "1950-07-09", ["UA"], "UA",
               [("DiplomaticPassport", "DP0000912", "UA")], ["uk", "ru"])
    out.append(case(1, "ua-ousted-president-embezzlement", "review", "UA",
        "Modelled on the January 2015 Red Notices for Ukraine's ousted president, a former prime minister and a former "
        "finance minister for misappropriation/embezzlement 'in an especially gross amount', issued after months of "
        "review, while an earlier request for 'abuse of power and murder' was refused as non-compliant. Former office "
        "holder after a change of regime, but concrete, large-scale embezzlement. Hard: predominance test, timing, "
        "earlier refusal on different charges (sources differ: concorde.ua says that request was refused, EUobserver says it was still pending — UNVERIFIED). UNVERIFIED: Criminal Code art. 191(5) maximum (12 years used). Names fictional.",
        ["https://concorde.ua/en/interpol-issues-wanted-person-alerts-for-former-ukrainian-state-leaders/",
         "https://euobserver.com/foreign/127188"],
        p,
        "Гр. ГОРБАТЕНКО В.М., обіймаючи посаду Президента України, у період 2010-2013 рр. у змові з посадовими особами "
        "ДП «Надра» та інших суб'єктів організував заволодіння державним майном (земельні ділянки і будівлі держрезиденції) "
        "вартістю понад 1,2 млрд грн шляхом зловживання службовим становищем, в особливо великих розмірах, організованою "
        "групою. (Misappropriation of State property worth over UAH 1.2 bn by an organised group.)",
        "2013-12-31", "Kyiv region, Ukraine",
        [charge("Misappropriation, embezzlement or conversion of property by abuse of office, especially gross amount, organised group",
                "Criminal Code of Ukraine, art. 191(5)", 144)],
        warrant("CourtDecision", "Pechersk District Court of Kyiv", "2014-12-16", "757/3204/14-к"),
        priors=[prior("2014/RN-19005", p, "2014-07-15T00:00:00Z",
                      "Not compliant — abuse of power and murder charges linked to protest events (Art. 3)")]))

    # hd-02 LY — former interior minister, torture and illegal detention after revolution
    p = person("AL-FAITOURI", "Salem Ramadan", "M", "1951-03-03", ["LY"], "LY",
               [("Passport", "LY0229187", "LY")], ["ar"])
    out.append(case(2, "ly-former-interior-minister-torture", "review", "LY",
        "Modelled on the 2012 Red Notices issued at Libya's request for a former Interior Minister and his deputy "
        "(illegal arrests, unjustified deprivation of liberty, torture) after the fall of the regime; rights groups "
        "doubted a fair trial in Libya's courts. Serious ordinary-law/human-rights crimes, but requested by the successor "
        "authorities with Art. 2 fair-trial and death-penalty concerns. UNVERIFIED: Libyan Penal Code article numbers "
        "and maxima. Names fictional.",
        ["https://www.interpol.int/News-and-Events/News/2012/INTERPOL-issues-Red-Notices-for-former-Libyan-Minister-of-Interior-and-Deputy",
         "https://libyaherald.com/2012/04/interpol-hunts-qaddafis-interior-minister-and-deputy/"],
        p,
        "المتهم الفيتوري، بصفته وكيلاً لوزارة الداخلية آنذاك، أصدر خلال الفترة فبراير–أغسطس 2011 تعليمات بالقبض التعسفي على "
        "متظاهرين واحتجازهم في مقرات غير قانونية وتعذيبهم بطرابلس. As then deputy Interior Minister he ordered arbitrary "
        "arrests of protesters, their detention in unofficial sites in Tripoli and their torture (14 identified victims).",
        "2011-08-20", "Tripoli, Libya",
        [charge("Torture of detainees", "Libyan Penal Code, art. 435", 120),
         charge("Unlawful arrest and deprivation of liberty", "Libyan Penal Code, art. 433", 84)],
        warrant("ArrestWarrant", "Office of the Attorney General, Tripoli", "2012-03-21", "AG-TRP-2012-0412")))

    # hd-03 IQ — former PM's cabinet director, corruption after change of government
    p = person("AL-JUBOURI", "Qasim Hameed", "M", "1972-10-15", ["IQ", "US"], "IQ",
               [("Passport", "A10488213", "IQ"), ("Passport", "568214420", "US")], ["ar", "en"])
    out.append(case(3, "iq-former-pm-cabinet-director", "review", "IQ",
        "Modelled on Iraq's 2023 request for Red Notices against a former finance minister and staff of the previous "
        "prime minister (cabinet director, personal secretary, media adviser) living in the US, UK and UAE, accused by the "
        "Integrity Commission of corruption. Former office holders prosecuted after a change of government, but with a "
        "concrete embezzlement allegation. UNVERIFIED: Penal Code art. 315/316 maxima. Names fictional.",
        ["https://www.interpolrednotice.com/news-1/iraq-corruption-scandal%3A-how-does-an-interpol-red-notice-work%3F"],
        p,
        "المتهم الجبوري، بصفته مدير مكتب رئيس مجلس الوزراء السابق، تسبب خلال عام 2022 في صرف مبالغ من التخصيصات المالية "
        "للأمانة العامة لمجلس الوزراء مقدارها 11 مليار دينار لشركات وهمية واستولى على جزء منها. As former director of the "
        "previous PM's office he caused IQD 11 bn from the Council of Ministers' allocations to be paid to shell companies "
        "and appropriated part of it.",
        "2022-10-27", "Baghdad, Iraq",
        [charge("Embezzlement of public funds", "Iraqi Penal Code No. 111 of 1969, art. 315", 120),
         charge("Deliberate damage to public funds", "Iraqi Penal Code, art. 340", 84)],
        warrant("ArrestWarrant", "Central Criminal Court of Integrity, Baghdad (Al-Karkh)", "2023-07-30", "CIC-KRK-2023-1774")))

    # hd-04 PH — former presidential spokesperson, syndicated trafficking; asylum seeker (pending)
    p = person("RAMOS-VILLAREAL", "Honorio Jose", "M", "1966-11-18", ["PH"], "PH",
               [("Passport", "P7731200B", "PH")], ["tl", "en"])
    out.append(case(4, "ph-former-spokesperson-trafficking", "review", "PH",
        "Modelled on the Philippine DOJ's 2025 Red Notice request against a former presidential spokesperson charged with "
        "non-bailable qualified (syndicated) trafficking linked to a raided offshore-gaming scam hub; he says it is "
        "retaliation against allies of the former president and that he is a protected asylum seeker in the Netherlands "
        "(his passport was cancelled). Serious crime with documented victims vs. political context and pending asylum. "
        "UNVERIFIED: RA 9208 as amended maximum (life used). Names fictional.",
        ["https://tribune.net.ph/2025/12/07/roque-rejects-trafficking-rap",
         "https://www.newswatchplus.ph/?p=641193",
         "https://www.bworldonline.com/the-nation/2025/05/20/673769/doj-wants-roque-in-interpol-notice/"],
        p,
        "Accused RAMOS-VILLAREAL, acting in conspiracy with the officers of a licensed offshore gaming operator in Porac, "
        "Pampanga, facilitated the recruitment and harbouring of foreign and Filipino workers who were held against their "
        "will and forced to conduct online scams, as shown by documents recovered in the raid of 04/06/2024 naming him as "
        "legal representative and beneficiary. He left the country in September 2024.",
        "2024-06-04", "Porac, Pampanga, Philippines",
        [charge("Qualified trafficking in persons (syndicated)", "Republic Act No. 9208 as amended by RA 10364, s. 4 and 6", LIFE)],
        warrant("ArrestWarrant", "Regional Trial Court, Branch 118, Angeles City", "2025-05-14", "Crim. Case No. R-ANG-25-0418"),
        prot=[protected(p, ["PH"], "AsylumSeeker", False)]))

    # hd-05 CM — diaspora separatist with specific weapons funding linked to a fatal attack
    p = person("NFOR", "Daniel Tanjong", "M", "1975-08-08", ["CM", "NO"], "CM",
               [("Passport", "34480917", "NO")], ["en", "fr"])
    out.append(case(5, "cm-separatist-weapons-funding", "review", "CM",
        "Modelled on Cameroon's international arrest warrants for leaders of the Anglophone separatist movement abroad "
        "and the government's claim that diaspora figures fund weapons; unlike ab-14 this request names transfers and a "
        "fatal attack on a checkpoint. Political context (secession, Art. 3) vs. violent acts against persons; risk of "
        "unfair trial before a military court (Art. 2). UNVERIFIED: Law 2014/028 maxima. Names fictional.",
        ["http://africanews.com/2017/11/09/cameroon-issues-international-arrest-warrant-for-15-anglophone-leaders",
         "https://www.en.journalducameroun.com/goverment-targets-13-separatists-arrest/"],
        p,
        "Le nommé NFOR, chef d'un groupe armé sécessionniste, a ordonné entre août et octobre 2018 trois virements "
        "(total 14 800 000 FCFA) via un service de transfert d'argent vers un commandant de terrain à Bamenda, fonds "
        "utilisés pour l'achat de fusils de chasse et d'explosifs artisanaux ayant servi à l'attaque du poste de contrôle "
        "de Bambui le 06/11/2018, au cours de laquelle deux gendarmes ont été tués.",
        "2018-11-06", "Bambui, Région du Nord-Ouest, Cameroun",
        [charge("Financement d'actes de terrorisme", "Loi n°2014/028, art. 3", LIFE),
         charge("Assassinat (complicité)", "Code pénal, art. 276", LIFE)],
        warrant("ArrestWarrant", "Tribunal Militaire de Yaoundé, Juge d'instruction", "2019-02-11", "MA-TMY-2019-0071")))

    # hd-06 SD — former intelligence chief; illicit wealth after revolution
    p = person("OSMAN-ELNUR", "Hashim Abdelgadir", "M", "1957-01-01", ["SD"], "SD",
               [("DiplomaticPassport", "D00091872", "SD")], ["ar", "en"])
    out.append(case(6, "sd-former-intelligence-chief", "review", "SD",
        "Modelled on Sudan's 2020 Red Notices for the former head of the national intelligence service (who fled house "
        "arrest to Cairo), the ousted president's brother and a former finance minister for illicit wealth, fraud and "
        "corruption. Former regime officials pursued by the transitional authorities (concrete illicit-wealth facts, "
        "well-documented abuses) in a period of coup and war. UNVERIFIED: Illicit and Suspicious Enrichment Act maxima. "
        "Names fictional.",
        ["https://english.aawsat.com/home/article/3164111/sudan-calls-interpol-arrest-fugitives-egypt-turkey-uae"],
        p,
        "المتهم بصفته مديراً سابقاً لجهاز الأمن والمخابرات الوطني استغل منصبه خلال الفترة 2010-2019 في الحصول على أراضٍ "
        "وعقارات وأموال تقدر بـ 46 مليون دولار أمريكي لا تتناسب مع دخله المشروع، وفرّ من الإقامة الجبرية في ديسمبر 2019. "
        "(As former intelligence chief he acquired land, real estate and funds worth about USD 46 m disproportionate to "
        "lawful income and fled house arrest.)",
        "2019-04-11", "Khartoum, Sudan",
        [charge("Illicit enrichment", "Illicit and Suspicious Enrichment Act 1989, s. 6", 120),
         charge("Criminal breach of trust by a public servant", "Criminal Act 1991, s. 177(2)", LIFE)],
        warrant("ArrestWarrant", "Illicit Enrichment Prosecution, Khartoum", "2020-01-05", "IEP-KRT-2020-0009")))

    # hd-07 HN — pardoned former president, laundering/fraud; election crisis timing
    p = person("HENRÍQUEZ ALVARADO", "Julio Osmar", "M", "1968-10-28", ["HN"], "HN",
               [("Passport", "E118442", "HN")], ["es", "en"])
    out.append(case(7, "hn-pardoned-former-president", "review", "HN",
        "Modelled on the Honduran Attorney General's December 2025 call on INTERPOL to execute an international arrest "
        "order for the former president (money laundering and fraud in the 'Pandora II' diversion of public funds to a "
        "2013 campaign), announced days after a US presidential pardon and amid a disputed election. Concrete "
        "public-funds diversion vs. timing and political context. UNVERIFIED: Penal Code and Ley Especial contra el "
        "Lavado de Activos maxima. Names fictional.",
        ["https://www.elespectador.com/mundo/america/fiscal-general-de-honduras-ordena-captura-internacional-de-juan-orlando-hernandez/",
         "https://www.5septiembre.cu/fiscalia-de-honduras-ordena-captura-internacional-de-expresidente-indultado-por-trump/"],
        p,
        "El imputado HENRÍQUEZ ALVARADO, entonces candidato y presidente del Congreso Nacional, se benefició en 2013 del "
        "desvío de L 282 millones de la Secretaría de Agricultura a través de fundaciones y ONG de fachada hacia la campaña "
        "de su partido, ocultando el origen de los fondos mediante cuentas de terceros.",
        "2013-11-24", "Tegucigalpa, Honduras",
        [charge("Lavado de activos", "Ley Especial contra el Lavado de Activos (Decreto 144-2014), art. 36", 240),
         charge("Fraude", "Código Penal (1983), art. 376", 120)],
        warrant("ArrestWarrant", "Juzgado de Letras Penal con Competencia Nacional en Materia de Corrupción", "2025-12-05", "JLPCN-0801-2025-00312")))

    # hd-08 NI — exiled opponent accused of killing ruling-party militants; alibi evidence
    p = person("RUGAMA SOTO", "Ernesto Ulises", "M", "1983-05-21", ["NI"], "NI",
               [("Passport", "C01422390", "NI")], ["es"])
    out.append(case(8, "ni-opponent-murder-alibi", "review", "NI",
        "Modelled on a Nicaraguan opponent detained in Costa Rica on a red alert requested by Nicaragua for treason, "
        "undermining sovereignty, murder of Sandinista militants and use of restricted weapons; his family gave UNHCR "
        "evidence he was not in Nicaragua on the dates, and similar alerts hit other opponents. Violent crime allegation "
        "inside a documented persecution pattern. UNVERIFIED: Penal Code maxima. Names fictional.",
        ["https://dariomedios.com/interpol-como-herramienta-de-persecucion-politica-acnur-revisara-caso-de-opositor-nicaraguense-detenido-en-costa-rica",
         "https://latin-american.news/nicaraguan-opponents-call-on-interpol-to-be-careful-with-the-signings-made-by-the-ortega-murillo-dictatorship"],
        p,
        "El acusado RUGAMA SOTO, en concierto con otros, el 08/07/2018 en el tranque de la comunidad Las Mesas, Masaya, "
        "disparó con armas de uso restringido contra simpatizantes del partido de gobierno, dando muerte a dos de ellos, "
        "en el marco del intento fallido de golpe de Estado, y posteriormente menoscabó la soberanía nacional desde el "
        "exterior.",
        "2018-07-08", "Masaya, Nicaragua",
        [charge("Asesinato", "Código Penal, art. 140", 360),
         charge("Uso de armas restringidas", "Ley 510, art. 118", 84),
         charge("Traición a la patria / menoscabo a la integridad nacional", "Código Penal, art. 410", 180)],
        warrant("ArrestWarrant", "Juzgado Octavo Distrito Penal de Audiencia de Managua", "2024-11-18", "008733-ORM4-2024-PN")))

    # hd-09 LK — former central-bank governor, bond-issue fraud
    p = person("SIVALINGAM", "Ravindra Kumar", "M", "1950-03-15", ["SG"], "LK",
               [("Passport", "K4512209N", "SG")], ["en", "ta"])
    out.append(case(9, "lk-former-central-bank-governor", "review", "LK",
        "Modelled on Sri Lanka's Red Notice for a former Central Bank governor (Singaporean national) over the treasury "
        "bond issue, and a former ambassador, who told INTERPOL the notices were political; INTERPOL was reported to be "
        "reviewing them. Concrete losses to the State vs. claims of political motivation after a change of government; "
        "requested person not a national of the requester. UNVERIFIED: Penal Code/Public Property Act maxima. Names "
        "fictional.",
        ["https://lankanewsweb.net/news/special-news/item/8422-interpol-to-review-red-warrants-for-arjun-udayanga"],
        p,
        "The suspect SIVALINGAM, while Governor of the Central Bank, on 27/02/2015 increased the acceptance of a 30-year "
        "treasury bond auction from LKR 1 bn to LKR 10 bn after communicating confidential information to a primary dealer "
        "connected to his son-in-law, causing a loss to the State estimated at LKR 688 million.",
        "2015-02-27", "Colombo, Sri Lanka",
        [charge("Criminal breach of trust by a public servant", "Penal Code, s. 392", 240),
         charge("Offences against public property", "Offences against Public Property Act No. 12 of 1982, s. 5", 240)],
        warrant("ArrestWarrant", "Colombo Fort Magistrate's Court", "2018-03-05", "B 1128/2018")))

    # hd-10 UA — police officer took service weapon at outbreak of war
    p = person("KOVALENKO", "Oleksandr Ihorovych", "M", "1991-04-04", ["UA"], "UA",
               [("Passport", "FP118204", "UA")], ["uk", "ru", "en"])
    out.append(case(10, "ua-police-service-weapon", "review", "UA",
        "Modelled on a Ukrainian Red Notice against a police officer who received a service weapon in the first days of "
        "the full-scale invasion, left his post and the country, and was accused of misappropriating weapons and "
        "ammunition; he was detained in the UAE and the CCF was asked to delete the data. Ordinary-law weapons offence vs. "
        "military/war context and lack of intent. UNVERIFIED: Criminal Code art. 410 maximum. Names fictional.",
        ["https://dubaiextradition.com/cases/interpol-case-ukraine-uae-red-notice-removal",
         "https://rednoticetrack.com/interpol-and-military-offences"],
        p,
        "Поліцейський КОВАЛЕНКО О.І. 25.02.2022 отримав табельну вогнепальну зброю (пістолет Форт-14 та 32 набої), "
        "самовільно залишив місце служби, сховав зброю у підсобному приміщенні та виїхав за межі України, чим вчинив "
        "незаконне заволодіння зброєю в умовах воєнного стану.",
        "2022-02-25", "Kharkiv, Ukraine",
        [charge("Misappropriation of weapons and ammunition under martial law", "Criminal Code of Ukraine, art. 410(3)", 144)],
        warrant("CourtDecision", "Kyivskyi District Court of Kharkiv", "2022-11-09", "640/8813/22")))

    # hd-11 GE — former defence minister; withdrawn then reinstated after documents
    p = person("KAPANADZE", "Davit", "M", "1978-12-22", ["GE"], "GE",
               [("Passport", "09AG11875", "GE")], ["ka", "en", "ru"])
    out.append(case(11, "ge-former-defence-minister", "review", "GE",
        "Modelled on Georgia's requests for a former defence minister: the notice was withdrawn in 2015 after his "
        "complaint, while Georgia had earlier satisfied INTERPOL with additional documents and pursued extradition in a "
        "UK court (embezzlement / exceeding powers). Former office holder pursued by the successor government; earlier "
        "refusal; detailed financial facts. UNVERIFIED: Criminal Code maxima. Names fictional.",
        ["https://sputnikglobe.com/20150801/1025297341.html",
         "http://messenger.com.ge/issues/3426_august_3_2015/3426_gvanca_kezera.html"],
        p,
        "While Minister of Defence, KAPANADZE in 2008-2009 arranged the procurement of military fuel from a company "
        "controlled by his associates at prices 38% above market, causing the State budget a loss of GEL 5.1 million, and "
        "received part of the overpayment through offshore accounts.",
        "2009-06-30", "Tbilisi, Georgia",
        [charge("Embezzlement", "Criminal Code of Georgia, art. 182(3)", 132),
         charge("Exceeding official powers", "Criminal Code of Georgia, art. 333(3)", 96)],
        warrant("CourtDecision", "Tbilisi City Court", "2013-11-12", "1/4471-13"),
        priors=[prior("2013/RN-49022", p, "2015-07-30T00:00:00Z",
                      "Withdrawn following complaint — Art. 3 concerns", status="Refused")]))

    # hd-12 AE — repeated cheques with signs of dishonesty
    p = person("MENON", "Prakash Krishnan", "M", "1977-09-19", ["IN"], "IN",
               [("Passport", "Z4418127", "IN")], ["ml", "en", "hi"])
    out.append(case(12, "ae-repeated-cheques-business", "review", "AE",
        "Modelled on the CCF's cheque criteria (value of at least USD 10,000 or multiple cheques issued repetitively, plus "
        "fraudulent intent) and UAE cheque Red Notices generally. Here several cheques to different suppliers were issued "
        "in the weeks before the company owner left, which may show dishonesty — or an ordinary business failure. "
        "UNVERIFIED: decree-law article and maximum. Names fictional.",
        ["https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/challenging-interpol-red-notices-what-do-the-ccfs-decisions-tell-us-part-four-unfunded-or-bounced-cheques",
         "https://www.lexology.com/library/detail.aspx?g=9ebe3e21-3643-437a-b50a-57085202c506"],
        p,
        "The accused MENON, managing partner of a building-materials trading company in Sharjah, between 02/09/2025 and "
        "28/09/2025 issued eleven cheques totalling AED 1,940,000 to seven different suppliers against deliveries of "
        "steel and cement, which were resold for cash; all cheques were returned unpaid for insufficient funds and the "
        "account was closed on 30/09/2025, the day he left the State.",
        "2025-09-30", "Sharjah, United Arab Emirates",
        [charge("Fraud (obtaining goods by deception)", "Federal Decree-Law No. 31 of 2021 (Penal Code), art. 451", 36),
         charge("Issuing cheques in bad faith without sufficient funds", "Federal Decree-Law No. 50 of 2022, art. 643", 24)],
        warrant("ArrestWarrant", "Sharjah Public Prosecution", "2025-11-03", "SHJ-PP-2025-17740")))

    # hd-13 TN — relative of ousted ruler; illicit acquisition of assets
    p = person("TARHOUNI", "Imed Kaïs", "M", "1969-02-14", ["TN"], "TN",
               [("Passport", "Z0441820", "TN")], ["ar", "fr"])
    out.append(case(13, "tn-ruling-family-relative-assets", "review", "TN",
        "Modelled on the January 2011 INTERPOL global alert at Tunisia's request for the ousted president and six relatives "
        "for illegally acquiring assets and transferring funds abroad, and on a 2017 CCF case where a relative of a former "
        "president holding senior company posts argued political persecution but political elements were found not to "
        "predominate. The 2011 alert was an NCB-sent global alert, hence a diffusion here. Revolution context, relative of former ruler, concrete asset facts. UNVERIFIED: Penal Code art. 96 "
        "maximum. Names fictional.",
        ["http://news.smh.com.au/breaking-news-world/interpol-issues-arrest-alert-for-tunisias-exruler-20110127-1a5l9.html",
         "https://ngm.com.au/interpol-requests-to-delete-red-notices-political/"],
        p,
        "Le nommé TARHOUNI, neveu de l'épouse de l'ancien chef de l'État, a obtenu entre 2006 et 2010, grâce à "
        "l'intervention de fonctionnaires, la cession à vil prix de terrains domaniaux à La Marsa et Gammarth, revendus "
        "avec une plus-value de 27 millions de dinars, et a transféré une partie des fonds à l'étranger.",
        "2010-12-31", "La Marsa, Tunisie",
        [charge("Abus de fonction par un fonctionnaire / complicité (avantage injustifié)", "Code pénal, art. 96", 120),
         charge("Infraction à la réglementation des changes (transfert illicite)", "Code des changes, art. 34", 60)],
        warrant("ArrestWarrant", "Juge d'instruction, Tribunal de première instance de Tunis", "2011-01-26", "TPI-TN-2011-0218"),
        diffusion=True))

    # hd-14 NG — state's counterparty in a USD 11 bn arbitration, bribery of officials
    p = person("QUILTY", "Brendan Michael", "M", "1958-06-02", ["IE"], "IE",
               [("Passport", "PX4418207", "IE")], ["en"])
    out.append(case(14, "ng-arbitration-counterparty-bribery", "review", "NG",
        "Modelled on Nigeria's announced Red Notice request against individuals linked to P&ID, the offshore company that "
        "won a USD 6.6 bn (later ~11 bn) arbitration award against Nigeria: the company called it a political ploy to evade "
        "the award (the requesting state is the losing party in a commercial dispute), but the English Commercial Court "
        "in October 2023 set the awards aside as obtained by fraud, including bribes to a ministry legal director. Private/"
        "commercial-dispute exclusion vs. documented bribery of public officials. UNVERIFIED: Nigerian Criminal Code / "
        "Corrupt Practices Act maxima. Names fictional.",
        ["https://pandidfacts.com/buhari-administrations-interpol-request-a-farce/",
         "https://uklawtutors.com/2025/04/fraud-bribery-and-corruption-lead-to.html",
         "https://topeadebayolp.com/?p=14146"],
        p,
        "The suspect QUILTY, a director of a British Virgin Islands gas-processing company, between 2009 and 2013 in Abuja "
        "paid USD 5,000 monthly and other sums to a legal director of the Ministry of Petroleum Resources to procure the "
        "signature of a gas supply agreement on terms unfavourable to the Federation and, later, her silence in the "
        "arbitration, and caused false witness statements to be filed; the company never acquired the project site.",
        "2013-03-20", "Abuja, Federal Capital Territory, Nigeria",
        [charge("Official corruption (giving gratification to a public officer)", "Corrupt Practices and Other Related Offences Act 2000, s. 9", 84),
         charge("Conspiracy to defraud the Federal Government", "Criminal Code Act, s. 422", 84)],
        warrant("ArrestWarrant", "Federal High Court, Abuja Division", "2020-02-17", "FHC/ABJ/CR/047/2020")))

    return out
