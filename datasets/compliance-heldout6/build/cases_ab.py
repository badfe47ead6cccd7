"""Abusive requests (expected: refuse). Every person, number and reference is fictional;
each case is modelled on a documented public pattern named in its note."""
from common import person, charge, warrant, prior, protected, case, LIFE

P, C, W = person, charge, warrant


def cases():
    out = []
    add = out.append

    # 1 ---------------------------------------------------------------- RU
    add(case(
        "ab-01-ru-international-judge-retaliation", "refuse", "RU",
        "Modelled on Russia's 2023 criminal case and wanted-list entries against judges and the "
        "prosecutor of an international criminal court after it issued warrants against Russian "
        "officials (retaliation for judicial acts; Art. 3). Names and references are fictional.",
        ["https://www.themoscowtimes.com/2023/07/27/russia-places-second-icc-judge-on-wanted-list-a81976",
         "https://www.floridastatesman.com/news/273844716/wanted-notices-posted-in-moscow-for-icc-staff-behind-putin-warrant",
         "https://pledgetimes.com/the-icc-found-unacceptable-russias-decision-to-put-their-prosecutors-and-judges-on-the-wanted-list/"],
        P("VAN DER LINDEN", "Margaretha Johanna", "F", "1966-09-02", ["NL"], "NL",
          [("Passport", "NX4K27T81", "NL")], ["nl", "en", "fr"]),
        "В период с 22 февраля по 17 марта 2023 г., находясь в г. Гааге (Королевство Нидерландов), "
        "являясь судьёй международного судебного органа, действуя умышленно, заведомо зная об "
        "абсолютном иммунитете главы иностранного государства от иностранной юрисдикции, вынесла "
        "незаконное решение о выдаче ордера на арест гражданина Российской Федерации, тем самым "
        "привлекла заведомо невиновного к уголовной ответственности, а также подготовила нападение "
        "на лицо, пользующееся международной защитой, в целях осложнения международных отношений.",
        "2023-03-17", "The Hague, Netherlands", "Prosecution",
        [C("Привлечение заведомо невиновного к уголовной ответственности (ч. 2 ст. 299 УК РФ)",
           "ч. 2 ст. 299 УК РФ", 120),
         C("Подготовка нападения на лицо, пользующееся международной защитой (ч. 3 ст. 30, ч. 2 ст. 360 УК РФ)",
           "ч. 3 ст. 30, ч. 2 ст. 360 УК РФ", 120)],
        W("ArrestWarrant", "Басманный районный суд г. Москвы", "2023-09-26",
          "3/1-0412/2023 (заочный арест)")))

    # 2 ---------------------------------------------------------------- RU (repeat)
    m2 = P("SOLOVTSOV", "Gleb Arkadyevich", "M", "1975-01-21", ["RU"], "RU",
           [("Passport", "75 4471206", "RU")], ["ru", "en", "uk"],
           aliases=[("SOLOVTSOV", "Gleb")])
    add(case(
        "ab-02-ru-exiled-deputy-lecture-fees-repeat", "refuse", "RU",
        "Modelled on the Skolkovo 'lecture fees' embezzlement case opened against the only Duma "
        "deputy who voted against annexing Crimea, after he left Russia; civil claim already settled. "
        "Re-submitted after an earlier refusal (priorRefusals). Fictional names.",
        ["https://meduza.io/en/news/2015/07/17/arrest-warrant-issued-for-only-russian-duma-deputy-to-vote-against-annexing-crimea",
         "https://en.sledcom.ru/news/item/940412/?tab=images",
         "https://rapsinews.com/judicial_news/20150717/274169974.html"],
        m2,
        "Обвиняемый, являясь депутатом Государственной Думы, в период с февраля 2011 г. по февраль "
        "2012 г. в г. Москве по предварительному сговору с вице-президентом некоммерческого фонда "
        "развития инновационного центра содействовал растрате вверенных фонду денежных средств в "
        "сумме 22 400 000 рублей, перечисленных ему по договорам на чтение лекций и проведение "
        "научно-исследовательских работ, фактически не выполненных в заявленном объёме.",
        "2012-02-28", "Moscow, Russian Federation", "Prosecution",
        [C("Пособничество в растрате в особо крупном размере", "ч. 5 ст. 33, ч. 4 ст. 160 УК РФ", 120)],
        W("ArrestWarrant", "Басманный районный суд г. Москвы", "2015-07-17", "3/12-331/15"),
        priors=[prior("RN-REQ/2016/0719-RU", m2, "2016-11-04T09:12:00Z",
                      "Art. 3: political element predominant (status of person as opposition "
                      "parliamentarian, timing of proceedings, prior civil settlement)")]))

    # 3 ---------------------------------------------------------------- RU (asylee)
    m3 = P("GALIULLIN", "Rinat Flyurovich", "M", "1983-06-02", ["RU"], "RU",
           [("Passport", "72 0193377", "RU")], ["ba", "ru", "lt"])
    add(case(
        "ab-03-ru-bashkir-movement-asylee", "refuse", "RU",
        "Modelled on the prosecution of an exiled Bashkir ethnic-rights activist granted asylum in "
        "Lithuania after his movement was declared 'extremist' (separatism speech, Art. 3 and refugee "
        "policy). Fictional names.",
        ["https://www.rferl.org/a/bashkir-gabbasov-russia-asylum/31596641.html",
         "https://kyivindependent.com/exiled-russian-activist-reports-detention-of-brother-in-bashkortostan/",
         "https://novayagazeta.eu/articles/2024/08/08/exiled-bashkir-activists-brother-jailed-in-his-place-on-spurious-terror-charges-en-news"],
        m3,
        "Являясь одним из руководителей межрегиональной общественной организации, признанной "
        "экстремистской решением Верховного суда Республики Башкортостан от 20.05.2020, продолжил "
        "её деятельность, а в период с 10.01.2023 по 30.06.2023, находясь за пределами РФ (г. Вильнюс), "
        "разместил в мессенджере Telegram публичные призывы к выходу Республики Башкортостан из "
        "состава Российской Федерации.",
        "2023-06-30", "Vilnius (Lithuania) / Internet; Republic of Bashkortostan", "Prosecution",
        [C("Публичные призывы к нарушению территориальной целостности РФ с использованием сети Интернет",
           "ч. 2 ст. 280.1 УК РФ", 60),
         C("Организация деятельности экстремистской организации", "ч. 1 ст. 282.2 УК РФ", 120)],
        W("ArrestWarrant", "Кировский районный суд г. Уфы", "2024-03-05", "3/1-88/2024"),
        protections=[protected(m3, "Asylum", ["RU"], True)]))

    # 4 ---------------------------------------------------------------- TR
    add(case(
        "ab-04-tr-athlete-critic-membership", "refuse", "TR",
        "Modelled on Turkey's 2019 Red Notice request against an NBA player critical of the "
        "government, accused of 'membership of an armed terrorist organisation' on the basis of "
        "social media posts and donations. Fictional names.",
        ["https://stockholmcf.org/turkey-requests-interpol-red-notice-for-nba-star-kanter-on-terrorism-charges/",
         "https://ahvalnews3.com/turkey-interpol/turkish-prosecutor-seeks-interpol-red-notice-nbas-enes-kanter",
         "https://www.nbcsports.com/northwest/portland-trail-blazers/enes-kanter-remains-usa-red-notice-what-does-mean"],
        P("KARAHAN", "Yusuf Emre", "M", "1993-05-11", ["TR"], "DE",
          [("Passport", "U09184476", "TR")], ["tr", "en", "de"]),
        "Şüphelinin FETÖ/PDY silahlı terör örgütünün hiyerarşik yapısı içinde yer aldığı, örgüte "
        "bağlı vakıflara düzenli bağış yaptığı, 2016-2018 yılları arasında sosyal medya hesaplarından "
        "örgüt liderini öven ve Cumhurbaşkanını hedef alan paylaşımlar yaptığı tespit edilmiştir. "
        "(Translation: the suspect is a member of the armed terrorist organisation, donated to "
        "affiliated foundations and praised its leader and insulted the President on social media.)",
        "2018-12-31", "İstanbul / social media", "Prosecution",
        [C("Silahlı terör örgütüne üye olma", "TCK md. 314/2; TMK md. 5", 150),
         C("Cumhurbaşkanına hakaret", "TCK md. 299/1", 48)],
        W("ArrestWarrant", "İstanbul 5. Sulh Ceza Hakimliği", "2019-01-09", "2019/214 D.İş (yakalama kararı)")))

    # 5 ---------------------------------------------------------------- IN (repeat x2)
    m5 = P("SHAIKH", "Abdul Rahim Yusuf", "M", "1966-10-18", ["IN"], "IN",
           [("Passport", "Z2281934", "IN")], ["en", "hi", "ur", "ar"])
    add(case(
        "ab-05-in-televangelist-uapa-third-attempt", "refuse", "IN",
        "Modelled on India's repeated Red Corner Notice requests against an Islamic televangelist "
        "(UAPA, hate-speech and PMLA charges); INTERPOL deleted the data in 2017 and the CCF again "
        "found non-compliance on a later attempt. Religious/political context; fictional names.",
        ["https://indiatoday.in/india/story/interpol-red-corner-notice-islamic-preacher-zakir-naik-1110835-2017-12-16",
         "https://www.thenews.com.pk/print/505067-interpol-refuses-red-notice-against-zakir-naik",
         "http://www.thesindhtimes.com/world/interpol-rejects-indian-plea-arrest-dr-zakir-naik/"],
        m5,
        "The accused, founder and managing trustee of a foundation declared an unlawful association "
        "under s. 3 UAPA by notification dated 15.11.2016, through public speeches and satellite TV "
        "broadcasts made between 2012 and 2016 promoted enmity between religious groups and "
        "encouraged Muslim youth towards radicalisation; the speeches are stated to have inspired "
        "persons who later committed terrorist acts in a neighbouring country. He also received "
        "foreign contributions routed through a media company and laundered them.",
        "2016-07-01", "Mumbai, Maharashtra, India", "Prosecution",
        [C("Membership of and advocating unlawful activities", "ss. 10, 13 Unlawful Activities (Prevention) Act, 1967", 84),
         C("Promoting enmity between groups on grounds of religion", "s. 153A Indian Penal Code, 1860", 36),
         C("Money laundering", "ss. 3, 4 Prevention of Money Laundering Act, 2002", 84)],
        W("ArrestWarrant", "Special Court for NIA cases, Greater Mumbai", "2017-04-20", "NBW in RC-05/2016/NIA/MUM"),
        priors=[prior("RN-REQ/2017/0519-IN", m5, "2017-11-09T14:00:00Z",
                      "CCF: data not compliant; retention deleted (insufficient judicial basis, "
                      "religious element)"),
                prior("RN-REQ/2019/1102-IN", m5, "2021-07-15T10:30:00Z",
                      "CCF 109th session: data raised questions as to compliance with Arts. 2, 3 "
                      "and 83; deleted")]))

    # 6 ---------------------------------------------------------------- BJ (refugee)
    m6 = P("AKPLOGAN", "Gérard Sègbédji", "M", "1964-11-07", ["BJ"], "BJ",
           [("Passport", "B1290477", "BJ")], ["fr", "fon", "yo"])
    add(case(
        "ab-06-bj-opposition-businessman-refugee", "refuse", "BJ",
        "Modelled on an opposition businessman first acquitted, then re-tried by a newly created "
        "special economic/terrorism court and sentenced in absentia to 20 years for cocaine found in "
        "his company's container; he obtained refugee status in France (refugee policy). Fictional names.",
        ["https://www.jeuneafrique.com/mag/786942/politique/benin-sebastien-ajavon-a-obtenu-le-statut-de-refugie-politique-en-france/",
         "https://www.dw.com/fr/lasile-en-france-pour-%C3%A9viter-la-prison/a-45962636",
         "https://differenceinfobenin.com/2019/02/03/cooperation-extradition-dajavon-cest-paris-qui-ne-veut-pas-ou-cest-porto-novo-qui-fait-semblant/"],
        m6,
        "Le 27 octobre 2016, 18 kg de cocaïne pure ont été découverts au Port autonome de Cotonou "
        "dans un conteneur de gésiers de dinde congelés importé du Brésil par la société dont "
        "l'intéressé est le président-directeur général. Reconnu coupable de trafic international "
        "de drogue à haut risque et condamné par arrêt de la Cour de répression des infractions "
        "économiques et du terrorisme (CRIET) à vingt ans d'emprisonnement ferme.",
        "2016-10-27", "Port autonome de Cotonou, Bénin", "Sentence",
        [C("Trafic international de drogues à haut risque",
           "Loi n° 97-025 du 18 juillet 1997 sur le contrôle des drogues et des précurseurs", 240)],
        W("CourtDecision", "Cour de répression des infractions économiques et du terrorisme (CRIET), Porto-Novo",
          "2018-10-18", "Arrêt n° 007/3C.COR du 18/10/2018"),
        sentence_imposed=240, sentence_remaining=240,
        protections=[protected(m6, "Refugee", ["BJ"], True)]))

    # 7 ---------------------------------------------------------------- UG (diffusion)
    add(case(
        "ab-07-ug-novelist-tweets-offensive-communication", "refuse", "UG",
        "Modelled on the satirical novelist charged with 'offensive communication' for tweets about "
        "the President and his son, who fled to Germany while on bail (speech offence, maximum one "
        "year: below threshold). Fictional names.",
        ["https://www.kfm.co.ug/news/court-orders-arrest-of-kakwenza-for-skipping-bail.html?utm_source=rss&utm_medium=rss&utm_campaign=court-orders-arrest-of-kakwenza-for-skipping-bail",
         "https://www.kampalasun.co.ug/court-renews-warrant-of-arrest-against-self-exiled-kakwenza/",
         "https://ugandaradionetwork.com/story/satirical-novelist-kakwenza-rukirabashaija-arrives-in-germany-"],
        P("TUMUSIIME", "Kenneth Arinaitwe", "M", "1988-04-19", ["UG"], "UG", [], ["en", "nyn", "lg"]),
        "Between 24th and 28th December 2021 at Kisaasi Central, Nakawa Division, Kampala District, "
        "the accused wilfully and repeatedly used electronic communication (Twitter) to disturb or "
        "attempt to disturb the peace, quiet or right of privacy of H.E. the President and of the "
        "Commander Land Forces with no purpose of legitimate communication. Accused jumped bail and "
        "is believed to be in the Federal Republic of Germany.",
        "2021-12-28", "Kisaasi, Nakawa Division, Kampala, Uganda", "Prosecution",
        [C("Offensive communication (count 1)", "s. 25 Computer Misuse Act, 2011", 12),
         C("Offensive communication (count 2)", "s. 25 Computer Misuse Act, 2011", 12)],
        W("ArrestWarrant", "Chief Magistrate's Court of Buganda Road", "2022-03-23", "BRC-00-CR-CO-0017/2022"),
        diffusion=True))

    # 8 ---------------------------------------------------------------- EG (HRD)
    add(case(
        "ab-08-eg-rights-defender-tweets-sentence", "refuse", "EG",
        "Modelled on the 15-year in-absentia sentence imposed by a 'terrorism circuit' on the exiled "
        "director of a human rights institute for tweets and UN advocacy ('false news', 'insulting "
        "the judiciary'). Fictional names.",
        ["https://www.middleeastmonitor.com/20200826-twitter-ignites-as-egypt-terror-court-hands-15-year-term-to-human-rights-defender/",
         "https://www.gc4hr.org/news/view/2458",
         "https://mideastdc.org/publication/18-ngos-call-for-international-action-on-conviction-of-human-rights-defender-on-trumped-up-charges"],
        P("ABDEL-MONEIM", "Hisham Fathy", "M", "1951-12-03", ["EG"], "EG",
          [("Passport", "A18823004", "EG")], ["ar", "en", "fr"]),
        "The convicted person, director of an unlicensed entity receiving foreign funds, published "
        "on his Twitter account between 2018 and 2019 posts insulting the judicial authority and "
        "broadcasting false news and statements abroad aimed at harming the national economy and "
        "the prestige of the State, and took part in a conference in Paris for the same purpose.",
        "2019-09-30", "Cairo / Internet; Paris", "Sentence",
        [C("Deliberately broadcasting false news and statements abroad", "Art. 80(d) Penal Code (Law 58/1937)", 60),
         C("Insulting the judicial authority", "Arts. 184, 186 Penal Code", 36),
         C("Use of an electronic account to commit a crime", "Art. 27 Law No. 175/2018 on Combating Information Technology Crimes", 60)],
        W("CourtDecision", "Cairo Criminal Court, Fifth Terrorism Circuit", "2020-08-25",
          "Case 5530/2018 Supreme State Security (judgment in absentia)"),
        sentence_imposed=180, sentence_remaining=180))

    # 9 ---------------------------------------------------------------- EG (contractor)
    m9 = P("EL-SAYED", "Mahmoud Ragab", "M", "1974-08-12", ["EG"], "EG",
           [("Passport", "A20566713", "EG")], ["ar", "es"])
    add(case(
        "ab-09-eg-whistleblower-contractor-tax", "refuse", "EG",
        "Modelled on the exiled army-contractor whose corruption videos sparked protests in 2019, "
        "then convicted in absentia of tax evasion and sought for extradition from Spain; asylum "
        "claim pending. Political element predominant; fictional names.",
        ["https://www.al-monitor.com/pulse/ru/contents/articles/originals/2020/07/egypt-mohamed-ali-spain-extradition-tax-fraud.html",
         "https://english.alaraby.co.uk/news/egypt-dissident-fights-extradition-spain-alleged-fraud",
         "https://usanews.net/breaking/spain-refuses-to-extradite-al-sisi-s-number-one-enemy-to-egypt.html"],
        m9,
        "The convicted person, owner of a construction company, evaded taxes due on the sale of "
        "real estate units and vehicles between 2006 and 2018 in an amount of EGP 135 million and "
        "laundered EGP 4 million. After leaving the country in 2018 he broadcast video recordings "
        "spreading false news about State institutions and their leadership and calling on "
        "citizens to demonstrate, which led to riots in September 2019.",
        "2018-06-30", "Cairo, Egypt", "Sentence",
        [C("Tax evasion", "Art. 133 Income Tax Law No. 91 of 2005", 60),
         C("Money laundering", "Art. 14 Anti-Money Laundering Law No. 80 of 2002", 84),
         C("Broadcasting false news inciting unrest", "Art. 80(d), Art. 102 bis Penal Code", 60)],
        W("CourtDecision", "Cairo Criminal Court (in absentia)", "2019-12-18", "Judgment 2711/2019 Qasr El Nil"),
        sentence_imposed=60, sentence_remaining=60,
        protections=[protected(m9, "Asylum", ["EG"], False)]))

    # 10 --------------------------------------------------------------- HK (diffusion)
    add(case(
        "ab-10-hk-overseas-youtuber-bounty", "refuse", "HK",
        "Modelled on Hong Kong's 2023-2025 arrest warrants and HK$1 million bounties for overseas "
        "activists (collusion with foreign forces, incitement to subversion, 'seditious' online "
        "commentary). Fictional names.",
        ["https://freespeechunion.org/hong-kong-places-bounty-on-british-based-pro-democracy-activists",
         "https://www.straitstimes.com/asia/east-asia/us-uk-hit-out-at-hong-kong-bounty-offers-for-5-wanted-activists",
         "https://www.ffhr.cz/post/hong-kong-issues-arrest-warrants-bounties-for-eight-overseas-activists"],
        P("TSANG", "Wing-kei", "M", "1957-02-14", ["CA"], "HK",
          [("Passport", "HP771203", "CA")], ["yue", "en", "zh"], aliases=[("TSANG", "Victor")]),
        "Between 1 July 2020 and 30 April 2025, outside the HKSAR (Toronto, Canada), the wanted "
        "person operated online channels through which he requested foreign governments to impose "
        "sanctions on HKSAR and Central People's Government officials, and incited others to "
        "subvert State power by urging a boycott of Legislative Council elections.",
        "2025-04-30", "Toronto, Canada (acts directed at the HKSAR)", "Prosecution",
        [C("Collusion with a foreign country or external elements to endanger national security",
           "Art. 29 Law of the PRC on Safeguarding National Security in the HKSAR", LIFE),
         C("Incitement to subversion", "Art. 23 Law of the PRC on Safeguarding National Security in the HKSAR", 120),
         C("Seditious intention (online publications)", "s. 24 Safeguarding National Security Ordinance (Cap. 632)", 84)],
        W("ArrestWarrant", "West Kowloon Magistrates' Courts", "2025-07-25", "NSD warrant WKCC 2291/2025"),
        diffusion=True))

    # 11 --------------------------------------------------------------- CN (asylee)
    m11 = P("LIU", "Haoyu", "M", "2000-10-03", ["CN"], "CN",
            [("Passport", "EJ4472198", "CN")], ["zh", "en"])
    add(case(
        "ab-11-cn-online-commenter-picking-quarrels", "refuse", "CN",
        "Modelled on the Chinese student abroad charged with 'picking quarrels' and 'slandering "
        "heroes and martyrs' for social-media comments on a border clash, whose parents were detained "
        "and who obtained asylum in the Netherlands. Non-judicial police warrant. Fictional names.",
        ["https://eps-hane.com/choosing-quarrels-chinas-critics-abroad-face-growing-risk-human-rights-news/",
         "https://exbulletin.com/world/1417137/"],
        m11,
        "犯罪嫌疑人于2021年2月19日至21日在境外社交平台多次发布贬损、诋毁卫国戍边英雄烈士的言论，"
        "并散布虚假信息，起哄闹事，造成恶劣社会影响。(Translation: between 19 and 21 February 2021 the "
        "suspect repeatedly posted on foreign social media remarks belittling border-defence heroes and "
        "martyrs and spread false information, stirring up trouble with a bad social impact.)",
        "2021-02-21", "Outside China / Internet (hukou: Chongqing)", "Prosecution",
        [C("寻衅滋事罪 (picking quarrels and provoking trouble)", "《中华人民共和国刑法》第二百九十三条", 60),
         C("侵害英雄烈士名誉、荣誉罪", "《中华人民共和国刑法》第二百九十九条之一", 36)],
        W("ArrestWarrant", "重庆市公安局江北区分局 (Chongqing PSB, Jiangbei sub-bureau)", "2021-02-24",
          "江公(网)捕字〔2021〕0037号"),
        protections=[protected(m11, "Asylum", ["CN"], True)]))

    # 12 --------------------------------------------------------------- ES (speech, sentence)
    add(case(
        "ab-12-es-rapper-lyrics-crown-terror-glorification", "refuse", "ES",
        "Modelled on the Mallorcan rapper sentenced to 3.5 years for song lyrics (glorifying "
        "terrorism, insulting the Crown, threats), whose surrender Belgian courts refused as the "
        "conduct was protected expression (lèse-majesté in a democracy). Fictional names.",
        ["https://catalannews.com/politics/item/belgian-court-to-rule-on-valtonyc-s-extradition-case-on-may-17",
         "https://www.channelstv.com/2018/09/17/belgium-refuses-extradition-of-fugitive-rapper/",
         "https://ruleoflaw.cat/the-belgian-courts-refuse-to-extradite-valtonyc-for-the-second-time"],
        P("ARBONA PUJOL", "Miquel Àngel", "M", "1993-07-28", ["ES"], "ES",
          [("DNI", "43218876Q", "ES")], ["ca", "es"]),
        "Entre 2012 y 2013 el condenado compuso e interpretó y difundió a través de YouTube "
        "canciones cuyas letras enaltecen a organizaciones terroristas y a sus miembros, contienen "
        "expresiones gravemente injuriosas contra S.M. el Rey y la Familia Real y amenazas contra "
        "un dirigente político. Condenado a dos años, un año y seis meses de prisión respectivamente.",
        "2013-01-15", "Palma de Mallorca / YouTube", "Sentence",
        [C("Enaltecimiento del terrorismo y humillación de las víctimas", "art. 578 CP", 36),
         C("Calumnias e injurias graves a la Corona", "art. 490.3 CP", 24),
         C("Amenazas no condicionales", "art. 169.2º CP", 24)],
        W("CourtDecision", "Audiencia Nacional, Sala de lo Penal, Sección 4ª (confirmada por STS 79/2018)",
          "2018-05-24", "SAN 3/2017; orden internacional de detención 24/05/2018"),
        sentence_imposed=42, sentence_remaining=42))

    # 13 --------------------------------------------------------------- ES (family, below threshold)
    add(case(
        "ab-13-es-unpaid-child-maintenance", "refuse", "ES",
        "Pattern: family/private matter (failure to pay child maintenance) with a maximum of one "
        "year, i.e. also below the two-year threshold. Statutory text from Spanish practitioners' "
        "pages. Fictional names.",
        ["https://gonzalezforradellas.com/?p=272",
         "https://www.salcedaabogados.com/index.php/es/contenidos/salceda-blog/194-delito-de-impago-de-pensiones-a-conyuge-o-hijos"],
        P("GARRIDO ORTUÑO", "Raúl", "M", "1982-02-09", ["ES"], "ES",
          [("DNI", "48733190K", "ES"), ("Passport", "PAF448120", "ES")], ["es"]),
        "El investigado dejó de abonar la pensión de alimentos a favor de sus dos hijos menores "
        "fijada en la sentencia de divorcio del Juzgado de Primera Instancia nº 5 de Alicante, "
        "desde marzo de 2022 hasta enero de 2024 (23 mensualidades, 13.800 euros), trasladando su "
        "residencia a la República Argentina.",
        "2024-01-31", "Alicante, España", "Prosecution",
        [C("Abandono de familia: impago de pensiones", "art. 227.1 CP", 12)],
        W("ArrestWarrant", "Juzgado de lo Penal nº 2 de Alicante", "2024-06-12",
          "Procedimiento abreviado 211/2024 – orden de busca y captura")))

    # 14 --------------------------------------------------------------- PH (bigamy)
    add(case(
        "ab-14-ph-bigamy-overseas-worker", "refuse", "PH",
        "Pattern: offence relating to family/private matters (bigamy) that clears the penalty "
        "threshold but falls in an excluded category under RPD Art. 83(1)(a). Fictional names.",
        ["https://lawphil.net/judjuris/juri2016/jan2016/gr_207406_2016.html",
         "https://www.respicio.ph/commentaries/bigamy-laws-and-penalties-in-philippines"],
        P("DELA CRUZ", "Ramon Villanueva", "M", "1979-12-30", ["PH"], "PH",
          [("Passport", "P4418820B", "PH")], ["tl", "en", "ceb"]),
        "That on or about 14 February 2019 in Quezon City, the accused, being then legally married "
        "to one M.S.D. (marriage celebrated in Cebu City on 22 April 2006), which marriage has not "
        "been legally dissolved, did then and there wilfully, unlawfully and feloniously contract "
        "a second marriage with one J.R.A. Accused is working abroad.",
        "2019-02-14", "Quezon City, Philippines", "Prosecution",
        [C("Bigamy", "Art. 349 Revised Penal Code", 144)],
        W("ArrestWarrant", "Regional Trial Court, Branch 98, Quezon City", "2021-09-14", "Crim. Case R-QZN-21-04417-CR")))

    # 15 --------------------------------------------------------------- KR (military)
    add(case(
        "ab-15-kr-conscription-evasion-abroad", "refuse", "KR",
        "Pattern: purely military offence (evasion of compulsory military service by staying "
        "abroad after a travel permit expired). Fictional names.",
        ["https://cm.asiae.co.kr/en/article/2025120710510051188",
         "http://www.koreatimesus.com/new-korean-law-calls-for-up-to-5-years-in-prison-for-military-service-evasion/",
         "https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=52485&type=part&key=14"],
        P("PARK", "Ji-hoon", "M", "1998-03-17", ["KR"], "KR",
          [("Passport", "M70213984", "KR")], ["ko", "en"]),
        "The suspect, a person liable for military service, left the Republic of Korea on "
        "2022-01-08 with an overseas travel permit valid until 2023-06-30, failed to return without "
        "justifiable reason and failed to comply with the notice of enlistment for active service "
        "dated 2023-08-01. He resides in Vancouver, Canada.",
        "2023-08-21", "Seoul / abroad (Vancouver, Canada)", "Prosecution",
        [C("Evasion of enlistment", "Military Service Act, Art. 88(1)", 36),
         C("Failure to return after overseas travel permit", "Military Service Act, Art. 94", 36)],
        W("ArrestWarrant", "Seoul Central District Court", "2024-02-06", "2024-영장-1187")))

    # 16 --------------------------------------------------------------- SA (cheque)
    add(case(
        "ab-16-sa-security-cheque-fleet-lease", "refuse", "SA",
        "Pattern: bounced 'security' cheque given for a commercial lease (private/commercial debt; "
        "CCF tags such cases 'Private matter; Unfunded cheques'). Fictional names.",
        ["https://kaarls-strafrechtadvocaten.nl/english/interpol-red-notice-and-diffusion-removal-request/bounced-cheques-a-civil-matter",
         "https://www.alnowaiserlaw.com/en/newsletters/criminal-liability-making-check",
         "https://europeancourt.org/en/wp-json/wp/v2/pages/232043"],
        P("MENON", "Rajesh Kumar", "M", "1977-06-25", ["IN"], "IN",
          [("Passport", "K9012377", "IN"), ("Iqama", "2398814470", "SA")], ["ml", "en", "ar"]),
        "The accused, general manager of a logistics establishment, issued cheque no. 000417 for "
        "SAR 480,000 in favour of a vehicle leasing company as a guarantee of lease instalments. "
        "On 05/09/2021 the cheque was presented and returned for insufficient funds; the accused "
        "left the Kingdom on final exit.",
        "2021-09-05", "Riyadh, Kingdom of Saudi Arabia", "Prosecution",
        [C("Issuing a cheque without sufficient funds", "Art. 118 Commercial Papers Law (Royal Decree M/37 of 11/10/1383H)", 36)],
        W("ArrestWarrant", "Public Prosecution, Riyadh", "2022-01-16", "PP-RYD/43/8871"),
        diffusion=True))

    # 17 --------------------------------------------------------------- TH
    add(case(
        "ab-17-th-london-facebook-page-admin", "refuse", "TH",
        "Modelled on the 2018 Thai 'red warrant' sought against a London-based administrator of a "
        "Facebook page mocking junta leaders over procurement (false computer data, sedition). "
        "Fictional names.",
        ["https://www.benarnews.org/english/news/thai/warrant-issued-06132018165724.html",
         "http://humanrights.asia/?p=14079",
         "https://disruptive.asia/thai-govt-arrest-warrant-facebook-poll/"],
        P("BOONCHU", "Siriporn", "F", "1962-05-09", ["TH", "GB"], "TH",
          [("Passport", "AA4417305", "TH")], ["th", "en"]),
        "The alleged offender, administrator of a Facebook page operated from London, on 10 June "
        "2018 imported into a computer system altered images of the Prime Minister and the Deputy "
        "Prime Minister with text alleging kickbacks in satellite procurement, being false data "
        "likely to damage national security or cause public panic, and to raise unrest and "
        "disaffection amongst the people.",
        "2018-06-10", "London, United Kingdom / Internet", "Prosecution",
        [C("Importing false computer data likely to damage national security or cause panic",
           "Computer-Related Crime Act B.E. 2550 (as amended B.E. 2560), s. 14(2)", 60),
         C("Sedition", "Criminal Code s. 116", 84)],
        W("ArrestWarrant", "Criminal Court, Bangkok", "2018-06-12", "Arrest warrant No. 1442/2561")))

    # 18 --------------------------------------------------------------- ID (blasphemy)
    add(case(
        "ab-18-id-youtuber-blasphemy-abroad", "refuse", "ID",
        "Modelled on Indonesia's 2021 Red Notice request for a Christian YouTuber in Europe accused "
        "of blasphemy over a video (religious offence, Art. 3); INTERPOL did not respond. "
        "Fictional names.",
        ["https://katadata.co.id/yuliawati/berita/60817a20e0814/polisi-ajukan-red-notice-paul-zhang-kominfo-blokir-44-konten",
         "https://www.ekskulnews.com/indonesia-meminta-bantuan-interpol-untuk-menangkap-youtube-kristen/",
         "https://new.news24xx.com/2021/08/19/interpol-belum-respon-red-notice-joseph-paul-zhang"],
        P("SURYADINATA", "Yohanes Paulus", "M", "1979-08-30", ["ID"], "ID",
          [("Passport", "C2290417", "ID")], ["id", "en", "de"]),
        "Bahwa pada tanggal 15 April 2021 tersangka melalui akun YouTube miliknya menayangkan "
        "diskusi daring berjudul tentang puasa Ramadan, di mana tersangka mengaku sebagai nabi ke-26 "
        "dan menghina Nabi Muhammad SAW serta ajaran agama Islam, yang menimbulkan rasa kebencian "
        "dan permusuhan berdasarkan SARA.",
        "2021-04-15", "Luar negeri (Eropa) / YouTube", "Prosecution",
        [C("Menyebarkan informasi yang menimbulkan kebencian berdasarkan SARA",
           "Pasal 28 ayat (2) jo. Pasal 45A ayat (2) UU No. 19 Tahun 2016 tentang Perubahan UU ITE", 72),
         C("Penodaan agama", "Pasal 156a KUHP", 60)],
        W("ArrestWarrant", "Bareskrim Polri, Direktorat Tindak Pidana Siber", "2021-04-21",
          "Sp.Kap/71/IV/2021/Dittipidsiber")))

    # 19 --------------------------------------------------------------- SV
    add(case(
        "ab-19-sv-rights-ngo-foreign-funds-laundering", "refuse", "SV",
        "Modelled on El Salvador's 2025 crackdown on human-rights NGOs and journalists (Foreign "
        "Agents Law, embezzlement/laundering accusations against an anti-corruption lawyer; exodus "
        "of staff). Fictional names.",
        ["https://www.fidh.org/en/region/americas/el-salvador/el-salvador-the-persecution-of-human-rights-defenders-reaches-a-new",
         "https://latamjournalismreview.org/?p=141288",
         "https://www.elsalvadornow.org/2025/07/17/why-dozens-of-journalists-and-human-rights-leaders-are-fleeing-el-salvador-por-que-decenas-de-periodistas-y-defensores-de-los-derechos-humanos-huyen-de-el-salvador"],
        P("MOLINA ESCOBAR", "Ana Gabriela", "F", "1985-11-21", ["SV"], "SV",
          [("DUI", "04418823-6", "SV")], ["es", "en"]),
        "La imputada, coordinadora de programas de una asociación sin fines de lucro, recibió entre "
        "2021 y 2025 fondos de agencias de cooperación extranjeras por US$1.2 millones sin "
        "inscribirse en el Registro de Agentes Extranjeros, y los transfirió a cuentas de terceros "
        "para financiar actividades de incidencia contra el régimen de excepción, ocultando su "
        "origen y destino.",
        "2025-05-31", "San Salvador, El Salvador", "Prosecution",
        [C("Lavado de dinero y de activos", "Art. 4 Ley contra el Lavado de Dinero y de Activos (D.L. 498/1998)", 180),
         C("Incumplimiento de obligaciones de registro", "Ley de Agentes Extranjeros (D.L. 2025), arts. 4 y 17", 12)],
        W("ArrestWarrant", "Juzgado Especializado de Instrucción \"A\", San Salvador", "2025-08-11",
          "Ref. 211-2025-JEI-A")))

    # 20 --------------------------------------------------------------- KG (diffusion)
    add(case(
        "ab-20-kg-reservoir-committee-mass-riots", "refuse", "KG",
        "Modelled on the 2022 'Kempir-Abad' case: members of a committee opposing a border deal "
        "charged with preparing mass riots and calling for seizure of power before any protest took "
        "place; the co-accused were later acquitted. Fictional names.",
        ["https://eurasianet.org/the-kempir-abad-saga-ground-zero-of-kyrgyzstans-latest-authoritarian-turn",
         "https://amnesty.ca/urgent-actions/kyrgyzstan-release-the-kempir-abad-defenders/",
         "https://dlatestscoop.org/?p=14602"],
        P("ASANBEKOV", "Nurlan Toktogulovich", "M", "1970-01-05", ["KG"], "KG", [], ["ky", "ru"]),
        "Являясь членом так называемого «Комитета по защите водохранилища», в период с 15 по 22 "
        "октября 2022 года в г. Бишкек и Джалал-Абадской области совместно с другими лицами "
        "готовил организацию массовых беспорядков, распространял в мессенджерах призывы к "
        "несанкционированным митингам и насильственному захвату власти.",
        "2022-10-22", "Bishkek and Jalal-Abad region, Kyrgyz Republic", "Prosecution",
        [C("Приготовление к организации массовых беспорядков", "ч. 1 ст. 30, ч. 1 ст. 278 УК КР", 120),
         C("Публичные призывы к насильственному захвату власти", "ч. 1 ст. 327 УК КР", 60)],
        W("ArrestWarrant", "Первомайский районный суд г. Бишкек", "2023-01-19", "УД № 05-022/2022 (заочно)"),
        diffusion=True))

    # 21 --------------------------------------------------------------- GE
    add(case(
        "ab-21-ge-opposition-sanctions-lists-sabotage", "refuse", "GE",
        "Modelled on Georgia's November 2025 'sabotage' and 'assistance to a foreign state' case "
        "against opposition leaders for lobbying Western partners for sanctions and calling for "
        "protests. Fictional names; this person is not one of the real defendants.",
        ["https://jam-news.net/?p=220076",
         "https://batumelebi.netgazeti.ge/articles-in-english/593890/",
         "https://messenger.com.ge/issues/6018_november_7_2025/6018_liza1.html"],
        P("KHUTSISHVILI", "Nino", "F", "1982-04-14", ["GE"], "GE",
          [("Passport", "19AB44178", "GE")], ["ka", "en", "ru"]),
        "After 24 February 2022 the accused, acting in Tbilisi and abroad, handed to representatives "
        "of a foreign state information on fuel imports into Georgia and on the defence sector, "
        "including false reports on the use of Georgian airspace, and lists of public servants, with "
        "the aim of having international sanctions imposed on Georgian citizens (about 300 persons "
        "sanctioned); after the October 2024 elections she publicly called for revolution.",
        "2024-12-31", "Tbilisi, Georgia and abroad", "Prosecution",
        [C("Sabotage", "Criminal Code of Georgia, Article 318 §1", 120),
         C("Assistance to a foreign state in hostile activities", "Criminal Code of Georgia, Article 319", 120),
         C("Public calls for violent change of the constitutional order", "Criminal Code of Georgia, Article 317", 36)],
        W("ArrestWarrant", "Tbilisi City Court", "2025-11-20", "1/5612-25 (pre-trial detention in absentia)")))

    # 22 --------------------------------------------------------------- SY (refugee)
    m22 = P("AL-HAMWI", "Omar Khaled", "M", "1984-02-28", ["SY"], "SY",
            [("Passport", "N011893304", "SY")], ["ar", "de", "en"])
    add(case(
        "ab-22-sy-media-activist-counterterrorism-court", "refuse", "SY",
        "Modelled on concerns raised by Fair Trials and Syrian groups when INTERPOL lifted corrective "
        "measures on Damascus in 2021: exiled media activists convicted in absentia by the "
        "Counter-Terrorism Court. Request made before the December 2024 change of government; "
        "refugee in Germany. Fictional names.",
        ["https://scm.bz/en/?p=193418",
         "https://www.middleeastmonitor.com/20211006-interpol-under-fire-for-lifting-corrective-measures-on-syria-put-in-place-after-2011/",
         "https://euobserver.com/tickers/153534?utm_source=euobs&utm_medium=rss"],
        m22,
        "The convicted person worked between 2012 and 2016 in the media office of armed terrorist "
        "groups in Eastern Ghouta, producing and broadcasting audio-visual material promoting "
        "terrorist acts, and from abroad continued to publish material inciting against the State.",
        "2016-12-31", "Eastern Ghouta, Rif Dimashq, Syria", "Sentence",
        [C("Promoting and publishing for terrorist acts", "Art. 8 Counter-Terrorism Law No. 19 of 2012", 180)],
        W("CourtDecision", "Counter-Terrorism Court, Damascus (in absentia)", "2019-03-12", "Judgment 412/2019"),
        sentence_imposed=180, sentence_remaining=180,
        protections=[protected(m22, "Refugee", ["SY"], True)]))

    # 23 --------------------------------------------------------------- SZ
    add(case(
        "ab-23-sz-mp-democracy-speech-terrorism", "refuse", "SZ",
        "Modelled on the 2021 Eswatini case against pro-democracy MPs charged under the Suppression "
        "of Terrorism Act for speeches calling for an elected Prime Minister (a third MP was wanted "
        "and left the country). Vague facts; fictional names.",
        ["https://www.journalducameroun.com/en/us-slams-arrest-of-mps-in-eswatini/",
         "https://www.southernafricalitigationcentre.org/news-release-more-delays-as-eswatini-mps-languish-in-jail/",
         "https://www.amnesty.ca/urgent-actions/eswatini-two-members-of-parliament-detained/"],
        P("DLAMINI", "Sibusiso Mandla", "M", "1979-09-09", ["SZ"], "SZ", [], ["ss", "en"]),
        "During June 2021 at various places in the Hhohho region the accused, a Member of "
        "Parliament, addressed gatherings and uttered statements calling for a democratically "
        "elected Prime Minister and the words 'akuklalwa namuhla', thereby inciting the unrest "
        "that followed. Accused fled the Kingdom.",
        "2021-06-30", "Hhohho region, Eswatini", "Prosecution",
        [C("Terrorist act (incitement)", "s. 5(1) Suppression of Terrorism Act, 2008", 300),
         C("Sedition", "Sedition and Subversive Activities Act, 1938, s. 4", 60)],
        W("ArrestWarrant", "Mbabane Magistrates Court", "2021-07-26", "MBA 311/21")))

    # 24 --------------------------------------------------------------- BD (refugee)
    m24 = P("KHAN", "Tanvir Ahmed", "M", "1981-03-26", ["BD"], "BD",
            [("Passport", "BX0442817", "BD")], ["bn", "en", "sv"])
    add(case(
        "ab-24-bd-exiled-journalist-digital-security-act", "refuse", "BD",
        "Modelled on Digital Security Act prosecutions of journalists and commentators abroad for "
        "'propaganda' against the Father of the Nation and the Prime Minister (pre-2024 "
        "government); refugee in Sweden. Fictional names.",
        ["https://thebangladeshtoday.com/?p=41235",
         "https://easterneye.biz/digital-security-act-threatens-bangladesh-democracy",
         "https://thedemocracywatch.com/?p=51"],
        m24,
        "From Sweden, through his YouTube channel and Facebook page, between January and August 2021 "
        "the accused published false, offensive and derogatory propaganda and campaign against the "
        "Father of the Nation and the Hon'ble Prime Minister and published information harming the "
        "image of the State and deteriorating law and order.",
        "2021-08-31", "Stockholm (Sweden) / Internet", "Prosecution",
        [C("Propaganda or campaign against the Father of the Nation / Liberation War", "s. 21 Digital Security Act, 2018", 120),
         C("Publishing offensive, false or threatening data", "s. 25(2) Digital Security Act, 2018", 36),
         C("Publishing information deteriorating law and order", "s. 31 Digital Security Act, 2018", 84)],
        W("ArrestWarrant", "Cyber Tribunal, Dhaka", "2021-11-23", "Cyber Tribunal Case No. 388/2021"),
        diffusion=True,
        protections=[protected(m24, "Refugee", ["BD"], True)]))

    # 25 --------------------------------------------------------------- UA
    add(case(
        "ab-25-ua-occupation-referendum-commission", "refuse", "UA",
        "Pattern: offences against the foundations of national security (collaboration, "
        "encroachment on territorial integrity) for organising a pseudo-referendum in occupied "
        "territory - a pure political offence under Art. 3 even though the requesting state is the "
        "victim of aggression. Fictional names.",
        ["https://babel.ua/en/news/84759-the-ssu-declared-the-suspicion-against-officials-of-the-so-called-l-dpr-who-organized-pseudo-referendums",
         "https://oporaua.org/en/viyna/report-on-the-practice-of-accountability-for-participation-in-the-conduct-and-organization-of-illegal-referendums-and-elections-25327",
         "https://mailbd.net/news/the-mayor-reminded-collaborators-of-criminal-liability-2513/"],
        P("ZHURAVLOVA", "Tetiana Mykolaivna", "F", "1969-07-01", ["UA", "RU"], "UA",
          [("Passport", "FE118273", "UA")], ["uk", "ru"]),
        "У вересні 2022 року на тимчасово окупованій території м. Мелітополь Запорізької області "
        "підозрювана, обіймаючи посаду «голови територіальної комісії», організувала та провела "
        "незаконний референдум щодо «входження» території до складу держави-агресора.",
        "2022-09-27", "Melitopol, Zaporizhzhia region, Ukraine", "Prosecution",
        [C("Колабораційна діяльність (організація незаконного референдуму)", "ч. 5 ст. 111-1 КК України", 144),
         C("Посягання на територіальну цілісність і недоторканність України", "ч. 2 ст. 110 КК України", 120)],
        W("ArrestWarrant", "Шевченківський районний суд м. Запоріжжя", "2023-03-14",
          "Ухвала про обрання запобіжного заходу in absentia № 336/1922/23")))

    # 26 --------------------------------------------------------------- TG
    add(case(
        "ab-26-tg-runner-up-candidate-state-security", "refuse", "TG",
        "Modelled on the runner-up of Togo's 2020 presidential election, who claimed victory and was "
        "charged with undermining state security, aggravated public disorder and false news; "
        "INTERPOL did not circulate the international warrant. Fictional names.",
        ["https://www.jeuneafrique.com/1119289/politique/togo-agbeyome-kodjo-nest-pas-sous-le-coup-dun-mandat-darret-international/",
         "https://fr.sputniknews.com/afrique/202007171044114889-togo-mandat-darret-international-contre-lopposant-kodjo-agbeyome-qui-a-fui-le-pays/",
         "https://lavoixdelanation.tg/index.php/2020/07/16/agbeyome-kodjo-sous-le-coup-dun-mandat-darret-international/"],
        P("AMEGAH", "Kossi Edem", "M", "1954-10-12", ["TG"], "TG",
          [("Passport", "TG0771182", "TG")], ["fr", "ee"]),
        "À la suite du scrutin présidentiel du 22 février 2020, l'inculpé s'est autoproclamé "
        "président de la République, a procédé à des nominations illégales, a fait usage des insignes "
        "de l'État, a diffusé de fausses informations sur les résultats et a appelé la population à "
        "des actions de nature à troubler gravement l'ordre public.",
        "2020-03-31", "Lomé, Togo", "Prosecution",
        [C("Atteinte à la sûreté intérieure de l'État", "Code pénal togolais (loi n° 2015-10), art. 1er et s. du titre sur la sûreté de l'État", 120),
         C("Troubles aggravés à l'ordre public", "Code pénal togolais, art. 495", 36),
         C("Diffusion de fausses nouvelles", "Code pénal togolais, art. 497", 24)],
        W("ArrestWarrant", "Doyen des juges d'instruction, Tribunal de première instance de Lomé", "2020-07-15",
          "Mandat d'arrêt international n° 044/2020")))

    # 27 --------------------------------------------------------------- LA (refugee)
    m27 = P("PHOMMASANE", "Bounthanh", "M", "1986-05-05", ["LA"], "LA", [], ["lo", "th"])
    add(case(
        "ab-27-la-free-laos-migrant-activist", "refuse", "LA",
        "Modelled on members of the 'Free Laos' movement of Lao migrant workers in Thailand, UNHCR-"
        "recognised refugees, sought for online criticism of the Party. Vague facts; fictional names.",
        ["https://www.benarnews.org/english/news/thai/laos-activist-held-deportation-from-thailand-01312022160913.html",
         "https://www.ucanews.com/news/fears-for-lao-dissidents-safety-after-his-arrest-in-thailand/95947",
         "https://www.thenews.com.pk/print/523065-laos-activist-feared-missing-in-thailand"],
        m27,
        "The suspect, residing unlawfully in the Kingdom of Thailand, joined an illegal organisation "
        "abroad and used Facebook to disseminate propaganda slandering the Party and the State with "
        "the aim of weakening the people's democratic regime.",
        "2021-12-31", "Bangkok (Thailand) / Facebook", "Prosecution",
        [C("Propaganda against the Lao People's Democratic Republic", "Penal Code 2017, Article 117", 60)],
        W("ArrestWarrant", "Office of the Supreme People's Prosecutor", "2022-01-20", "OSPP 017/2022"),
        protections=[protected(m27, "Refugee", ["LA"], True)]))

    # 28 --------------------------------------------------------------- ER (military, refugee)
    m28 = P("TESFAMARIAM", "Yonas Ghebre", "M", "1995-01-14", ["ER"], "ER", [], ["ti", "ar", "en"])
    add(case(
        "ab-28-er-national-service-deserter", "refuse", "ER",
        "Pattern: purely military offence (desertion from open-ended national service and illegal "
        "exit), person recognised as a refugee. Fictional names.",
        ["https://doczz.net/doc/4402034/just-deserters---amnesty-international",
         "https://docslib.org/doc/10149586/eritrea-national-service-and-illegal-exit"],
        m28,
        "A member of the 28th round of National Service assigned to a division in Gash-Barka, the "
        "suspect absconded from his unit in March 2017 and left the country without exit visa "
        "through the Sudanese border.",
        "2017-03-15", "Gash-Barka region, Eritrea", "Prosecution",
        [C("Evasion of national service", "Proclamation No. 82/1995 on National Service, Art. 37", 60),
         C("Desertion", "Penal Code of the State of Eritrea (2015), military offences", 120)],
        W("ArrestWarrant", "Office of the Attorney General, Asmara", "2018-02-02", "AG/NS/2018/0114"),
        protections=[protected(m28, "Refugee", ["ER"], True)]))

    # 29 --------------------------------------------------------------- NG (commercial dispute)
    add(case(
        "ab-29-ng-pipeline-supply-contract-dispute", "refuse", "NG",
        "Pattern: commercial contract dispute with a state-owned counterparty, already in "
        "international arbitration, re-labelled as 'obtaining by false pretences' (private dispute; "
        "RPD Art. 83(1)(a)). Fictional names.",
        ["https://removerednotice.com/grounds-for-deletion-commercial-disputes",
         "https://rednoticeabuse.com/category/businessmen"],
        P("ADEYEMI", "Olusegun Babatunde", "M", "1971-08-08", ["NG", "GB"], "NG",
          [("Passport", "A10442817", "NG"), ("Passport", "559102847", "GB")], ["en", "yo"]),
        "The suspect, managing director of a UK-registered engineering company, under a supply "
        "contract dated 12 March 2019 received an advance of NGN 2.1 billion from a state-owned "
        "petroleum products company for pipeline valves. Only part of the equipment was delivered "
        "and the company has commenced arbitration in London claiming the balance is not due.",
        "2019-11-30", "Abuja, Federal Capital Territory, Nigeria", "Prosecution",
        [C("Obtaining property by false pretence", "s. 1(1)(a), 1(3) Advance Fee Fraud and Other Fraud Related Offences Act, 2006", 240)],
        W("ArrestWarrant", "Federal High Court, Abuja Judicial Division", "2022-10-04", "FHC/ABJ/CR/512/2022")))

    # 30 --------------------------------------------------------------- CZ (below threshold, sentence)
    add(case(
        "ab-30-cz-short-theft-sentence", "refuse", "CZ",
        "Pattern: person sought to serve a sentence below six months (RPD Art. 83(1)(b)(ii)); "
        "ordinary but minor offence. Fictional names.",
        ["https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/",
         "https://www.londoncriminalbarrister.co.uk/interpol-red-notices-and-challenges"],
        P("HORVÁTH", "Tomáš", "M", "1990-06-06", ["CZ"], "CZ",
          [("Občanský průkaz", "214778093", "CZ")], ["cs", "sk"]),
        "Dne 3. 8. 2024 v Ostravě odcizil z nezajištěného stojanu jízdní kolo v hodnotě 18 400 Kč. "
        "Odsouzen k nepodmíněnému trestu odnětí svobody v trvání 5 měsíců; k výkonu trestu "
        "nenastoupil a zdržuje se v Irsku.",
        "2024-08-03", "Ostrava, Česká republika", "Sentence",
        [C("Krádež", "§ 205 odst. 1 zákona č. 40/2009 Sb., trestní zákoník", 24)],
        W("CourtDecision", "Okresní soud v Ostravě", "2025-04-10", "2 T 77/2024 – příkaz k dodání do výkonu trestu"),
        sentence_imposed=5, sentence_remaining=5))

    # 31 --------------------------------------------------------------- AT (defamation, below threshold)
    add(case(
        "ab-31-at-blogger-defamation-mayor", "refuse", "AT",
        "Pattern: defamation of a local politician by a blogger - a private/speech matter whose "
        "maximum penalty (one year) is below the threshold. Fictional names.",
        ["https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/",
         "https://amicusint.ca/red-notices-interpol-and-diffusions-faqs-part-3/"],
        P("HUBER", "Markus Johann", "M", "1975-10-30", ["AT"], "AT",
          [("Reisepass", "U4418270", "AT")], ["de"]),
        "Der Beschuldigte hat am 3. März 2024 in seinem Internet-Blog den Bürgermeister der "
        "Marktgemeinde L. öffentlich der Bestechlichkeit bei der Vergabe von Bauaufträgen bezichtigt "
        "und ihn als 'Korruptionisten' beschimpft. Er hält sich in Thailand auf.",
        "2024-03-03", "Graz, Steiermark / Internet", "Prosecution",
        [C("Üble Nachrede (in einem Medium)", "§ 111 Abs. 1 und 2 StGB", 12),
         C("Beleidigung", "§ 115 Abs. 1 StGB", 3)],
        W("ArrestWarrant", "Landesgericht für Strafsachen Graz", "2025-02-18", "14 Hv 12/25t – Festnahmeanordnung")))

    # 32 --------------------------------------------------------------- BY
    add(case(
        "ab-32-by-donations-to-independent-media", "refuse", "BY",
        "Modelled on Belarusian prosecutions for small donations to solidarity funds and "
        "independent media designated 'extremist formations' (Viasna counts dozens of convictions). "
        "Non-judicial warrant. Fictional names.",
        ["https://spring96.org/en/news/114028",
         "https://spring96.org./en/news/112103",
         "https://csometer.info/updates/belarus-growing-number-csos-labelled-extremist-formations"],
        P("KAVALEUSKI", "Andrei Mikalaevich", "M", "1989-12-12", ["BY"], "BY",
          [("Passport", "MP4418277", "BY")], ["be", "ru", "pl"]),
        "Находясь на территории Республики Польша, в период с 14.09.2021 по 02.03.2023 осуществил "
        "не менее семи денежных переводов на общую сумму 1 200 евро в поддержку интернет-ресурса, "
        "признанного экстремистским формированием, тем самым финансировал экстремистскую деятельность.",
        "2023-03-02", "Warsaw (Poland) / Internet", "Prosecution",
        [C("Финансирование экстремистской деятельности", "ч. 1 ст. 361-2 УК Республики Беларусь", 72),
         C("Содействие экстремистской деятельности", "ч. 1 ст. 361-4 УК Республики Беларусь", 72)],
        W("ArrestWarrant", "Следственный комитет Республики Беларусь, ГУ по г. Минску", "2023-10-05",
          "Постановление о розыске, уг. дело № 23011040117")))

    # 33 --------------------------------------------------------------- TR (journalist, repeat)
    m33 = P("ÖZDEMİR", "Kemal Bülent", "M", "1971-03-03", ["TR"], "TR",
            [("Passport", "U10394471", "TR")], ["tr", "en", "sv"])
    add(case(
        "ab-33-tr-exiled-journalist-propaganda-repeat", "refuse", "TR",
        "Modelled on Turkey's extradition and notice requests for exiled journalists in Sweden "
        "(named on the 2022 NATO-accession lists); Sweden's Supreme Court found the charges "
        "political. Re-submitted after an earlier refusal. Fictional names.",
        ["https://stockholmcf.org/sweden-rejects-turkeys-extradition-request-for-journalist-abdullah-bozkurt",
         "https://nordicmonitor.com/2025/12/sweden-refuses-turkeys-demand-to-arrest-and-extradite-journalist-declares-allegations-politically-motivated",
         "https://budapestpost.com/who-are-terrorists-turkey-wants-from-sweden-and-finland"],
        m33,
        "Şüphelinin, örgütün yayın organı olan gazetede genel yayın yönetmeni olarak görev yaptığı, "
        "ByLock kullanıcısı olduğu, yurt dışında kurduğu internet sitesi üzerinden devletin "
        "güvenliğine ilişkin gizli bilgileri yayımladığı ve örgüt propagandası yaptığı anlaşılmıştır.",
        "2021-12-31", "Ankara / Stockholm (Internet)", "Prosecution",
        [C("Silahlı terör örgütü yöneticiliği", "TCK md. 314/1", 180),
         C("Terör örgütü propagandası", "TMK md. 7/2", 60),
         C("Devletin güvenliğine ilişkin gizli bilgileri açıklama", "TCK md. 329", 96)],
        W("ArrestWarrant", "Ankara 4. Sulh Ceza Hakimliği", "2022-06-30", "2022/3388 D.İş"),
        priors=[prior("RN-REQ/2020/2231-TR", m33, "2020-10-22T08:45:00Z",
                      "Art. 3: journalistic activity; charges rest on publications and messaging-app use")]))

    return out
