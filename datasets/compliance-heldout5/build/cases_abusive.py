"""Abusive requests (expected: refuse). Every name, date of birth, document number and
reference below is fictional. Facts are modelled on documented cases or patterns; see note."""
from model import case, charge, person, prior, protected, warrant

W, C = "ArrestWarrant", "CourtDecision"


def cases():
    out = []

    # ab-01 ------------------------------------------------------------------
    p = person("GARAYEV", "Rovshan Elkhan oglu", "M", "1969-05-14", ["NL"], "AZ",
               [("Passport", "NX7K41P29", "NL")], ["az", "nl", "ru"],
               aliases=[("GARAEV", "Rovshan")])
    out.append(case(
        "ab-01-az-exiled-reporter-border-fraud", "refuse", "AZ",
        "Modelled on the 2017 detention in Kyiv of an Azerbaijani opposition journalist with Dutch asylum "
        "and citizenship on a Baku red notice for 'fraud' and 'illegal border crossing' (Fikret Huseynli "
        "pattern). The request hides that the person is a journalist; the facts date from the year he fled. "
        "UNVERIFIED: article numbers and maxima of the AZ Criminal Code. Names fictional.",
        ["https://www.rferl.org/a/azerbaijan-ukraine-interpol-alert-huseynli-baku-abuse/28804385.html",
         "https://turan.az/en/politics/ukraine-arrests-second-journalist-on-interpol-red-notice",
         "https://www.opendemocracy.net/en/odr/revenge-by-red-notice-how-azerbaijan-targets-its-critics-abroad/"],
        p,
        "Garayev R.E., in October 2007, having submitted knowingly false information about his place of work "
        "to the migration authorities, obtained a travel document and left the territory of the Republic of "
        "Azerbaijan bypassing the established checkpoint on the state border near Astara. Earlier, in March 2007 "
        "in Baku, he received 2,500 AZN from citizen M.A. promising him employment abroad and did not fulfil the "
        "promise. The criminal case is of an ordinary character and is not connected with any activity of the "
        "accused.",
        "2007-10-02", "Astara / Baku, Azerbaijan", "Prosecution",
        [charge("Fraud causing significant damage", "AR CM 178.2.4", 60),
         charge("Illegal crossing of the state border", "AR CM 318.1", 24),
         charge("Forgery and use of a forged document", "AR CM 320.2", 12)],
        warrant(W, "Nasimi District Court of Baku", "2025-02-18", "1(006)-318/2025"),
        protections=[protected(p, "Asylum", ["AZ"], True)]))

    # ab-02 ------------------------------------------------------------------
    p = person("TEYMUROV", "Namig Rafig oglu", "M", "1988-11-03", ["AZ"], "AZ",
               [("Passport", "C02938417", "AZ")], ["az", "fr"])
    out.append(case(
        "ab-02-az-online-calls-against-state", "refuse", "AZ",
        "Modelled on the September 2020 Azerbaijani prosecutor's announcement of red notice requests for seven "
        "exiled bloggers and YouTube activists charged with 'open calls against the state' and incitement to "
        "mass riots for their online videos. Pure expression offences framed as public-order crimes (Art. 3). "
        "UNVERIFIED: article numbers, maxima. Names fictional.",
        ["https://oc-media.org/azerbaijan-seeks-arrest-of-critics-abroad/",
         "https://www.az-netwatch.org/tag/arrest/page/2/"],
        p,
        "From January 2019 to August 2020, N.R. Teymurov, residing in France, acting in a prior conspiracy with "
        "other persons, published on his channel video addresses calling on citizens to gather in the squares of "
        "Baku, not to obey the lawful demands of police officers and to seize power by force, and financed "
        "the dissemination of these materials. The investigation established that the video addresses caused "
        "gatherings in Baku on 14-15 July 2020.",
        "2020-07-14", "Baku, Azerbaijan (acts committed from France via the internet)", "Prosecution",
        [charge("Public calls against the state, committed repeatedly", "AR CM 281.2", 96),
         charge("Calls to mass disorder and violence against citizens", "AR CM 220.2", 36),
         charge("Preparation of a crime (conspiracy)", "AR CM 28", 96)],
        warrant(W, "Khatai District Court of Baku", "2020-09-09", "4(001)-771/2020")))

    # ab-03 ------------------------------------------------------------------
    p = person("ALIZADA", "Turan Vugar oglu", "M", "1991-02-27", ["AZ"], "AZ",
               [("Passport", "C03381592", "AZ")], ["az", "en", "cs"])
    out.append(case(
        "ab-03-az-rapper-hooliganism", "refuse", "AZ",
        "Modelled on the exiled Azerbaijani rapper whose 2016 song mocked the monument of the president's father "
        "(relatives in Baku arrested and threatened). A song is re-labelled as group 'hooliganism' plus insult "
        "of the head of state: expression, behavioural/cultural-norm offence. UNVERIFIED: whether any red notice "
        "was sought; article numbers and maxima. Names fictional.",
        ["https://indexoncensorship.org/tag/azerbaijan/page/7"],
        p,
        "On 31.12.2016 T.V. Alizada, by prior agreement with unidentified persons, recorded and placed on the "
        "internet a video clip in which, using obscene expressions, he grossly insulted a monument located in "
        "Baku and the person commemorated by it, thereby grossly violating public order and expressing clear "
        "disrespect to society. The video was viewed more than 150,000 times and caused public indignation.",
        "2016-12-31", "Baku, Azerbaijan (clip recorded in Prague)", "Prosecution",
        [charge("Hooliganism committed by a group of persons", "AR CM 221.2.1", 36),
         charge("Discrediting the honour and dignity of the President", "AR CM 323.1", 24)],
        warrant(W, "Sabail District Court of Baku", "2024-06-11", "4(003)-229/2024")))

    # ab-04 ------------------------------------------------------------------
    p = person("ZHAKUPOV", "Arman Serikovich", "M", "1976-08-19", ["KZ"], "KZ",
               [("Passport", "N09213774", "KZ")], ["kk", "ru"])
    out.append(case(
        "ab-04-kz-bodyguard-vague-terror-bank", "refuse", "KZ",
        "Modelled on Kazakhstan's pursuit of the former security chief and associates of the exiled banker and "
        "opposition leader (bank fraud plus a 2012 'terrorist plot'); Poland and Spain refused extradition and "
        "several associates received protection. Facts are deliberately vague: no act, time or role (RPD Art. "
        "83(2)(b)(i)); asylum claim pending (unconfirmed). UNVERIFIED: article numbers, maxima. Names fictional.",
        ["https://www.rferl.org/a/kazakhstan-targets-ablyazov-associates/25043994.html",
         "https://en.odfoundation.eu/a/6218,the-list-of-kazakh-dissidents-their-families-and-colleagues-persecuted-with-the-use-of-interpol-in-the-european-union-in-2012-15/"],
        p,
        "Zhakupov A.S., in the period 2005-2012, being a member of a stable organised criminal group created by "
        "the former chairman of the board of a bank, took part in the misappropriation of the bank's funds in "
        "especially large amounts and in the legalisation of the proceeds, and also participated in the "
        "preparation of acts of terrorism on the territory of Almaty. Other members of the group have been "
        "convicted.",
        "2012-03-01", "Almaty, Kazakhstan", "Prosecution",
        [charge("Act of terrorism (preparation)", "UK RK st. 255 ch. 4", 1200),
         charge("Misappropriation of entrusted property, especially large scale", "UK RK st. 189 ch. 4", 144),
         charge("Legalisation of proceeds of crime", "UK RK st. 218 ch. 3", 120)],
        warrant(W, "Specialised Inter-district Investigating Court of Almaty", "2023-04-26", "7511-23-00-1/214"),
        protections=[protected(p, "Asylum", ["KZ"], False)]))

    # ab-05 ------------------------------------------------------------------
    p = person("ZHAKSYBEKOVA", "Aigerim Muratovna", "F", "1980-01-09", ["KZ"], "KZ",
               [("Passport", "N11402258", "KZ")], ["kk", "ru", "it"])
    out.append(case(
        "ab-05-kz-wife-of-exile-passport", "refuse", "KZ",
        "Modelled on the deportation from Italy of the wife and daughter of the exiled Kazakh opposition banker "
        "(2013) on passport-document accusations, and MEPs' letter on Kazakhstan targeting relatives to obtain "
        "testimony. Relative of an opponent; low-threshold document offence (below 2 years, UNVERIFIED). "
        "Names fictional.",
        ["https://www.rferl.org/a/kazakhstan-targets-ablyazov-associates/25043994.html",
         "http://www.juliewardmep.eu/meps_write_to_interpol_on_kazakh_dissident"],
        p,
        "Zhaksybekova A.M. in 2012 submitted to the migration police of Almaty documents containing knowingly "
        "false information about her place of residence, on the basis of which identity documents were issued "
        "to her and to her minor daughter. The documents were subsequently used to leave the Republic of "
        "Kazakhstan.",
        "2012-05-15", "Almaty, Kazakhstan", "Prosecution",
        [charge("Forgery, manufacture or sale of forged documents", "UK RK st. 385 ch. 1", 12)],
        warrant(W, "Investigating Court of Almaly District, Almaty", "2024-02-07", "7511-24-00-1/031")))

    # ab-06 ------------------------------------------------------------------
    p = person("SHARIFOVA", "Mavluda Rahmonovna", "F", "1986-06-21", ["TJ"], "TJ",
               [("Passport", "400918377", "TJ")], ["tg", "ru", "pl"])
    out.append(case(
        "ab-06-tj-group24-extremism", "refuse", "TJ",
        "Modelled on the red notice sought by Tajikistan in 2015 for a woman activist of the banned 'Group 24' "
        "movement charged with extremism, and HRW's warnings on returns of Group 24 members from Poland, "
        "Lithuania and Turkey. Membership of a peaceful opposition movement labelled 'extremist'. UNVERIFIED: "
        "article numbers and maxima. Names fictional.",
        ["https://rferl.org/amp/tajikistan-hrw-dissidents-return-poland-lithuania-turkey-exile/32907459.html",
         "https://old.asiaplustj.info/en/news/tajikistan/society/20180327/two-tajik-opposition-activists-reportedly-detained-in-turkey-no-immediate-extradition"],
        p,
        "Sharifova M.R., being a member of the organisation recognised as extremist by decision of the Supreme "
        "Court of the Republic of Tajikistan of 9 October 2014, from 2014 to 2015 administered pages of the said "
        "organisation in social networks, published materials containing public calls for the forcible change "
        "of the constitutional order, and recruited other persons into the organisation.",
        "2015-03-20", "Dushanbe, Tajikistan (acts committed via the internet)", "Prosecution",
        [charge("Public calls to extremist activity", "KJ JT m. 307(1) q. 2", 60),
         charge("Participation in the activity of an extremist organisation", "KJ JT m. 307(3) q. 2", 96)],
        warrant(W, "Prosecutor General's Office of Tajikistan (sanctioned by Dushanbe City Court)",
                "2015-07-14", "22-0174/15")))

    # ab-07 ------------------------------------------------------------------
    p = person("CHIDODO", "Farai Tinashe", "M", "1971-10-10", ["ZW"], "ZW",
               [("Passport", "FN418822", "ZW")], ["sn", "en"])
    p_old = person("CHIDODO", "Farai", "M", "1971-10-10", ["ZW"], "ZW",
                   [("Passport", "FN418822", "ZW")], ["sn", "en"])
    out.append(case(
        "ab-07-zw-former-minister-resubmitted", "refuse", "ZW",
        "Modelled on INTERPOL's 2019 refusal (Art. 3, neutrality) of Zimbabwe's red notice request for a former "
        "local-government minister of the ousted president's government, and the police chief's admission that "
        "INTERPOL would not assist. The request comes back with new charge labels; the person is described only "
        "by the facts of his former office. UNVERIFIED: Criminal Law Code maxima. Names fictional.",
        ["https://www.thezimbabwemail.com/law-crime/interpol-declines-zimbabwe-requests-to-arrest-former-mugabe-ministers/",
         "https://www.zimlive.com/police-chief-matanga-admits-interpol-snub-over-exiled-mugabe-ministers/",
         "https://bulawayo24.com/news/national/168921"],
        p,
        "Between March 2015 and October 2017 the accused, who was then responsible for the administration of "
        "urban local authorities, directed council officials in Harare South to allocate 312 residential stands "
        "to a housing cooperative without a tender and without payment of intrinsic value, occasioning a "
        "prejudice of USD 1,870,000 to the City of Harare. The accused left Zimbabwe in November 2017 for "
        "reasons unrelated to these proceedings.",
        "2017-10-20", "Harare, Zimbabwe", "Prosecution",
        [charge("Criminal abuse of duty as a public officer", "Criminal Law (Codification and Reform) Act [Chapter 9:23] s.174", 180),
         charge("Fraud", "Criminal Law (Codification and Reform) Act [Chapter 9:23] s.136", 420)],
        warrant(W, "Harare Magistrates Court", "2025-03-12", "CRB HRE 2291/25"),
        priors=[prior("2019/RN-50817", p_old, "2019-08-20T00:00:00Z",
                      "Art. 3 — considering the status of the person, the nature of the offence and the general "
                      "context, the request may engage the Organization in matters which would bring into "
                      "question its neutrality; data deleted")]))

    # ab-08 ------------------------------------------------------------------
    p = person("NYATHI", "Obadiah Mthokozisi", "M", "1953-04-02", ["ZW"], "ZW",
               [("Passport", "DN102935", "ZW")], ["nd", "sn", "en"])
    out.append(case(
        "ab-08-zw-ex-police-chief-refugee", "refuse", "ZW",
        "Modelled on Zimbabwe's attempts to use INTERPOL against exiled officials of the former government "
        "(including a former police commissioner) and the police chief's statement that INTERPOL will not assist "
        "where the person has refugee status abroad. Refugee policy hard stop. UNVERIFIED: s.113 maximum. "
        "Names fictional.",
        ["https://www.zimlive.com/police-chief-matanga-admits-interpol-snub-over-exiled-mugabe-ministers/",
         "https://thecitizenng.com/zimbabwemnangagwa-to-engage-interpol-to-hunt-down-mugabe-allies/"],
        p,
        "The accused, in his capacity as accounting authority of the police service, between January 2016 and "
        "September 2017 authorised the transfer of USD 2,400,000 from the police services fund, collected as "
        "fees from the public, to a private company for vehicles that were never delivered, and converted the "
        "funds to his own use and that of others.",
        "2017-09-15", "Harare, Zimbabwe", "Prosecution",
        [charge("Theft of trust property", "Criminal Law (Codification and Reform) Act [Chapter 9:23] s.113", 420)],
        warrant(W, "Harare Magistrates Court", "2024-11-05", "CRB HRE 8812/24"),
        protections=[protected(person("NYATHI", "Obadia M.", "M", "1953-04-02", ["ZW"], "ZW", [], ["en"]),
                               "Refugee", ["ZW"], True)]))

    # ab-09 ------------------------------------------------------------------
    p = person("KEO", "Sambath", "M", "1950-03-10", ["KH", "FR"], "KH",
               [("Passport", "19FR84471", "FR")], ["km", "fr", "en"])
    out.append(case(
        "ab-09-kh-insult-king-diffusion", "refuse", "KH",
        "Modelled on Cambodia's 2022 arrest warrant against the exiled former opposition party leader for "
        "'insulting the King' over a video, and the transmission of the warrant to ASEAN police (a regional "
        "diffusion, no prior GS review). Lese-majesty: political and cultural-norm offence. UNVERIFIED: article "
        "numbers and penalty ranges. Names fictional.",
        ["http://reaksmeyinaction-reaksmeykongkea.blogspot.com/2022/11/authorities-reach-out-to-interpol-to.html",
         "https://asia.nikkei.com/Spotlight/Hun-Sen-s-Cambodia/Sam-Rainsy-faces-ASEAN-roadblocks-to-Cambodia-homecoming"],
        p,
        "On 14 November 2022, from Paris, the accused published on his social network page a video in which he "
        "stated that His Majesty the King betrays the people and has no national conscience. The words affected "
        "the dignity of His Majesty. The accused has repeatedly committed similar acts and has been convicted "
        "previously.",
        "2022-11-14", "Phnom Penh, Cambodia (video published from Paris)", "Prosecution",
        [charge("Insulting the King", "Criminal Code of Cambodia, Art. 437 bis", 60),
         charge("Incitement to commit a felony", "Criminal Code of Cambodia, Art. 495", 24)],
        warrant(W, "Phnom Penh Municipal Court, Investigating Judge", "2022-11-22", "No. 412/2022"),
        diffusion=True))

    # ab-10 ------------------------------------------------------------------
    p = person("BOUZID", "Amine", "M", "1983-07-07", ["DZ"], "DZ",
               [("Passport", "218833401", "DZ")], ["ar", "kab", "fr"], aliases=[("AMINE", "DZ")])
    out.append(case(
        "ab-10-dz-blogger-terrorist-membership", "refuse", "DZ",
        "Modelled on the March 2021 Algiers warrants against exiled critics (a France-based blogger, a "
        "journalist, a former diplomat) for membership of a 'terrorist group' and money laundering, after the "
        "High Security Council designated opposition movements as terrorist without judicial review; NGOs report "
        "INTERPOL declined such requests. UNVERIFIED: penalty ranges. Names fictional.",
        ["https://www.atalayar.com/en/articulo/politics/algeria-issues-arrest-warrants-activists-accused-terrorism/20210323115207150450.amp.html",
         "https://northafricapost.com/61469-algeria-ngo-decries-unlawful-listing-of-pro-democracy-militants-as-terrorists.html",
         "https://www.newarab.com/news/algeria-targets-exiled-activists-terrorism-charges"],
        p,
        "Le nommé BOUZID Amine, établi en France, a, de 2019 à juin 2021, diffusé sur les réseaux sociaux des vidéos "
        "s'inscrivant dans un plan visant à entraîner le mouvement populaire vers la violence, en coordination "
        "avec une organisation classée terroriste par décision du Haut Conseil de Sécurité du 18 mai 2021, et a "
        "perçu des fonds d'origine étrangère destinés au financement de ces activités. Les investigations "
        "techniques ont établi ses liens avec les autres mis en cause.",
        "2021-06-30", "Alger, Algérie (faits commis depuis la France)", "Prosecution",
        [charge("Adhésion à un groupe terroriste visant la sécurité de l'État", "Code pénal, art. 87 bis 3", 240),
         charge("Blanchiment d'argent dans le cadre d'un groupe criminel", "Code pénal, art. 389 ter", 180)],
        warrant(W, "Juge d'instruction, Pôle pénal spécialisé, Tribunal de Sidi M'Hamed (Alger)", "2021-09-14",
                "MA-0097/21")))

    # ab-11 ------------------------------------------------------------------
    p = person("MEZIANE", "Rachid", "M", "1957-12-12", ["DZ"], "DZ",
               [("Passport", "197761202", "DZ")], ["ar", "fr"])
    out.append(case(
        "ab-11-dz-journalist-default-judgment", "refuse", "DZ",
        "Modelled on the France-based Algerian journalist sentenced in absentia in 2020 to seven years and "
        "later targeted with a terrorism warrant; sentence enforcement after a default judgment for speech "
        "offences. UNVERIFIED: articles and ranges. Names fictional.",
        ["https://www.urdupoint.com/en/world/algeria-issues-terrorism-warrants-for-exile-1200884.html",
         "https://english.alarabiya.net/News/north-africa/2021/03/22/Algeria-issues-terrorism-warrants-for-outspoken-exiled-critics"],
        p,
        "Le condamné a, entre 2018 et 2019, publié sur un site d'information et sur une chaîne vidéo des écrits "
        "et déclarations de nature à porter atteinte à l'unité nationale et à la sécurité de l'État et outrageant "
        "des corps constitués. Jugé par défaut le 26 octobre 2020, il a été condamné à sept ans d'emprisonnement "
        "ferme. Le jugement est devenu définitif.",
        "2019-06-30", "Alger, Algérie", "Sentence",
        [charge("Atteinte à l'unité nationale", "Code pénal, art. 79", 120),
         charge("Outrage à corps constitué", "Code pénal, art. 146", 24)],
        warrant(C, "Tribunal de Sidi M'Hamed, section correctionnelle (jugement par défaut)", "2020-10-26",
                "JUG-20/04118"),
        sentence_imposed=84, sentence_remaining=84))

    # ab-12 ------------------------------------------------------------------
    p = person("PETRESKI", "Goran", "M", "1970-08-31", ["MK"], "MK",
               [("Passport", "M1908372", "MK")], ["mk", "en"], aliases=[("PETRESKI", "Goran B.")])
    out.append(case(
        "ab-12-mk-former-pm-refugee-hu", "refuse", "MK",
        "Modelled on the former Macedonian prime minister sentenced to two years for abuse of office "
        "(armoured limousine purchase) who fled to Hungary in November 2018 and was reportedly granted refugee status there. "
        "Facts look like ordinary corruption; the refugee policy is the decisive ground. UNVERIFIED: whether a red "
        "notice was requested; Art. 353 maximum. Names fictional.",
        ["https://www.intellinews.com/asylum-request-from-fugitive-macedonian-ex-pm-a-tough-question-for-hungarian-authorities-152061/?source=albania",
         "http://pelagon.de/?p=7215",
         "https://www.3szek.ro/load/cikk/118431/hamarosan-kerik-gruevszki-kiadatasat?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+3szekHirek+%283szek.ro+H%C3%ADrek%29"],
        p,
        "Осудениот, во 2012 година, во својство на претседател на Владата, искористувајќи ја службената "
        "положба, влијаел врз службени лица во Министерството за внатрешни работи да спроведат постапка за "
        "набавка на блиндирано возило во вредност од 600.000 евра наменето за негова лична употреба. "
        "(The convicted person, in 2012, as President of the Government, influenced Ministry of Interior officials "
        "to procure an armoured vehicle worth EUR 600,000 for his personal use.) Sentence final on appeal "
        "9 November 2018; he did not report to prison.",
        "2012-06-15", "Skopje, North Macedonia", "Sentence",
        [charge("Abuse of official position and authority", "Кривичен законик, чл. 353", 60)],
        warrant(C, "Basic Criminal Court Skopje (judgment confirmed by the Appellate Court Skopje)", "2018-11-13",
                "К.бр. 1217/17"),
        sentence_imposed=24, sentence_remaining=24,
        protections=[protected(p, "Refugee", ["MK"], True)]))

    # ab-13 ------------------------------------------------------------------
    p = person("KOGOYA", "Markus", "M", "1975-05-17", ["GB"], "ID",
               [("Passport", "548812093", "GB")], ["id", "en"], aliases=[("KOGOIYA", "Marcus")])
    p_old = person("KOGOYA", "Markus", "M", "1975-05-17", ["ID"], "ID", [], ["id"])
    out.append(case(
        "ab-13-id-papuan-leader-resubmitted", "refuse", "ID",
        "Modelled on the West Papuan independence leader granted UK asylum whose Indonesian red notice (murder, "
        "arson over a 2000 police-post attack) was removed in 2012 as predominantly political (Fair Trials). "
        "The request returns with a treason count added; violent-crime wording hides the Art. 3 context. "
        "UNVERIFIED: KUHP maxima. Names fictional.",
        ["https://www.fairtrials.org/articles/case-studies/benny-wenda/",
         "https://www.theguardian.com/world/2011/nov/25/interpol-attempt-arrest-asian-separatist",
         "https://cathnews.co.nz/2012/08/10/interpol-removes-red-noticeon-west-papuan-activist"],
        p,
        "Tersangka pada tanggal 7 Desember 2000 di Abepura, Jayapura, menghasut dan memimpin massa menyerang Mapolsek "
        "Abepura yang mengakibatkan meninggalnya anggota Polri dan terbakarnya beberapa bangunan; tersangka melarikan "
        "diri dari tahanan pada tahun 2002. Sejak 2019 sampai 2024 tersangka dari luar negeri memimpin organisasi "
        "yang bertujuan memisahkan sebagian wilayah negara. (Incitement of an attack on a police post causing "
        "deaths and arson; escape from custody; since 2019 leads from abroad an organisation aiming at secession.)",
        "2000-12-07", "Abepura, Jayapura, Papua, Indonesia", "Prosecution",
        [charge("Makar (rebellion / separation of state territory)", "KUHP Pasal 106", 1200),
         charge("Open violence against persons or property causing death", "KUHP Pasal 170 ayat (2) ke-3", 144)],
        warrant(W, "Kepolisian Daerah Papua (ditetapkan Pengadilan Negeri Jayapura)", "2025-01-20",
                "SP.Kap/01/I/2025/Ditreskrimum"),
        priors=[prior("2011/RN-31154", p_old, "2012-08-06T00:00:00Z",
                      "Deleted following CCF review — the case was considered predominantly political in nature (Art. 3)")],
        protections=[protected(p, "Asylum", ["ID"], True)]))

    # ab-14 ------------------------------------------------------------------
    p = person("GUNASEKARA", "Lalith Chaminda", "M", "1966-09-01", ["LK"], "LK",
               [("Passport", "N4498107", "LK")], ["si", "en"])
    out.append(case(
        "ab-14-lk-editor-contempt", "refuse", "LK",
        "Modelled on the 2016 Sri Lankan warrant, to be executed 'via INTERPOL', against a UK-based news website "
        "editor for contempt of court over articles criticising judges. Speech/contempt matter, not serious "
        "ordinary-law crime; political context. UNVERIFIED: penalty for contempt. Names fictional.",
        ["https://slguardian.wordpress.com/2016/11/26/sri-lankan-court-orders-arrest-of-editor-based-in-uk/"],
        p,
        "The suspect, editor of an internet news site, between June and November 2016 published a series of "
        "articles and social-media posts scandalising and ridiculing judicial officers of the Gampaha courts, "
        "bringing the administration of justice into disrepute, and failed to appear before court when noticed.",
        "2016-11-01", "Gampaha, Sri Lanka", "Prosecution",
        [charge("Contempt of court (scandalising the court)", "Constitution Art. 105(3); Judicature Act s.55", 24)],
        warrant(W, "Chief Magistrate's Court of Gampaha", "2016-11-25", "B 3318/16")))

    # ab-15 ------------------------------------------------------------------
    p = person("ILUNGA KAPINGA", "Jean-Pierre", "M", "1964-12-28", ["CD"], "CD",
               [("Passport", "OP0477219", "CD")], ["fr", "sw", "lu"])
    out.append(case(
        "ab-15-cd-opposition-governor-property", "refuse", "CD",
        "Modelled on the DRC's 2018 'international arrest warrant' against the exiled opposition leader and "
        "former provincial governor, convicted in absentia in a property case and barred from returning to "
        "register as presidential candidate. Private property dispute + in-absentia sentence + political timing. "
        "UNVERIFIED: penal provision and range. Names fictional.",
        ["https://www.journaldekinshasa.com/rdc-mandat-darret-international-lance-contre-moise-katumbi/",
         "http://www.wab-infos.com/2018/08/la-rdc-lance-un-mandat-darret-mondial-contre-le-leader-de-lopposition-katumbi/",
         "https://africarivista.it/rd-congo-katumbi-va-arrestato/127910"],
        p,
        "Le condamné a, entre 2002 et 2004 à Lubumbashi, occupé et s'est approprié frauduleusement un immeuble "
        "appartenant à un tiers, au préjudice du propriétaire. Par jugement rendu par défaut le 22 juin 2016, le "
        "Tribunal de paix l'a condamné à 36 mois de servitude pénale principale. L'intéressé se trouve à l'étranger "
        "depuis mai 2016.",
        "2004-05-01", "Lubumbashi, Haut-Katanga, RD Congo", "Sentence",
        [charge("Spoliation immobilière", "Loi n° 73-021 (régime foncier), art. 207", 36)],
        warrant(C, "Tribunal de paix de Lubumbashi/Kamalondo (jugement par défaut)", "2016-06-22", "RP 7285/16"),
        sentence_imposed=36, sentence_remaining=36))

    # ab-16 ------------------------------------------------------------------
    p = person("LÓPEZ ARRIAGA", "Daniela", "F", "1987-04-04", ["MX", "US"], "MX",
               [("Passport", "G38119042", "MX")], ["es", "en"])
    out.append(case(
        "ab-16-mx-removal-of-minor", "refuse", "MX",
        "Modelled on INTERPOL's rare public statement (2024) that it blocked a Mexican red notice against a "
        "mother wanted for 'child abduction' of her own child, and on CCF decision 2024-5 (family matter, not "
        "compliant). The facts avoid every family word. UNVERIFIED: state code article and maximum. "
        "Names fictional.",
        ["https://3rblaw.com/2024/02/rare-public-statement-from-interpol/",
         "https://europeancourt.org/en/wp-json/wp/v2/pages/231997"],
        p,
        "El 14 de marzo de 2023 la indiciada trasladó a la menor de edad de iniciales V.M.L., de cinco años, fuera "
        "del territorio nacional por el Aeropuerto Internacional de la Ciudad de México, sin la anuencia del "
        "denunciante C.M.R., co-titular de los derechos reconocidos en la resolución judicial de 2 de febrero de "
        "2023, y desde entonces la retiene en el extranjero, impidiendo toda convivencia.",
        "2023-03-14", "Ciudad de México / Puebla, México", "Prosecution",
        [charge("Sustracción y retención de menores", "Código Penal del Estado Libre y Soberano de Puebla, art. 302", 96)],
        warrant(W, "Juzgado de Control del Distrito Judicial de Puebla", "2023-06-30", "CP 412/2023")))

    # ab-17 ------------------------------------------------------------------
    p = person("KOVAČEVIĆ", "Milan", "M", "1959-03-12", ["BA", "RS"], "BA",
               [("Passport", "A0391442", "BA"), ("Passport", "011847205", "RS")], ["sr"])
    out.append(case(
        "ab-17-ba-entity-president-constitutional-order", "refuse", "BA",
        "Modelled on the 2025 Bosnian court request for a red notice against the Republika Srpska president "
        "and an aide for 'attack on the constitutional order'; INTERPOL found it not aligned with Art. 3 "
        "(Serbia and Hungary protested). The person is described only by the acts of his office. UNVERIFIED: "
        "Art. 156 maximum. Names fictional.",
        ["https://www.rednoticelawjournal.com/2026/01/bosnia-interpol-and-politically-motivated-red-notices-post-1-of-2",
         "https://bosnia-herzegovina.news-pravda.com/en/bosnia-and-herzegovina/2025/03/31/980.html"],
        p,
        "Osumnjičeni je, kao nosilac funkcije predsjednika entiteta, u martu 2025. potpisao i proglasio zakone "
        "kojima se zabranjuje primjena odluka Suda BiH i rad državnih pravosudnih i policijskih organa na "
        "teritoriji entiteta, te se nije odazvao pozivu Tužilaštva BiH i napustio je zemlju. (As holder of the "
        "office of entity president, he promulgated laws prohibiting the application of state court decisions "
        "and the work of state judicial and police bodies in the entity, ignored a summons and left the country.)",
        "2025-03-05", "Banja Luka, Bosnia and Herzegovina", "Prosecution",
        [charge("Napad na ustavni poredak (attack on the constitutional order)", "KZ BiH čl. 156", 60)],
        warrant(W, "Sud Bosne i Hercegovine", "2025-03-26", "S1 2 K 049119 25 Kpp")))

    # ab-18 ------------------------------------------------------------------
    p = person("PETKOVA", "Desislava Tsvetanova", "F", "1984-02-14", ["BG"], "BG",
               [("Passport", "382201946", "BG")], ["bg", "en", "de"])
    out.append(case(
        "ab-18-bg-scholar-diffusion-after-deletion", "refuse", "BG",
        "Modelled on the legal scholar whose family (father: banker turned whistleblower) was put on INTERPOL's "
        "lists by the Bulgarian prosecution; the CCF found Bulgaria in breach of Art. 2 in several decisions and "
        "deleted notices for 'no evidence of crime'; prosecutors then used diffusions. A diffusion after deletion, "
        "same person, new labels. UNVERIFIED: article maxima. Names fictional.",
        ["https://www.rednoticemonitor.com/post/guest-blog-by-radosveta-vassileva-a-firsthand-account-of-bulgaria-s-abuses-of-interpol",
         "https://radosvetavassileva.blog/2017/11/08/how-to-purge-a-scholar/",
         "https://www.vassilev.bg/en/major-slap-in-the-face-of-bulgarias-corrupt-regime-interpols-headquarters-cancelled-the-notices-issued-against-my-wife-and-our-daughter-by-bulgarias-prosecution-_7_69"],
        p,
        "Обвиняемата, в периода 2014-2015 г., в качеството си на едноличен собственик на търговско дружество, е "
        "съдействала за присвояване на парични средства в особено големи размери — 2 100 000 лв. — собственост "
        "на банка, по която е открито производство по несъстоятелност. (As sole owner of a company, she assisted "
        "in the misappropriation of BGN 2.1 million belonging to a bank in insolvency.)",
        "2015-06-30", "Sofia, Bulgaria", "Prosecution",
        [charge("Complicity in embezzlement in especially large amounts", "НК чл. 203, ал. 1 вр. чл. 20, ал. 4", 240),
         charge("Money laundering", "НК чл. 253, ал. 3", 144)],
        warrant(W, "Sofia City Prosecutor's Office (detention ordered by Sofia City Court)", "2024-09-16",
                "Пр. 4112/2024"),
        diffusion=True,
        priors=[prior("2017/RN-88120", person("PETKOVA", "Desislava", "F", "1984-02-14", ["BG"], "BG",
                                               [("Passport", "382201946", "BG")], ["bg"]),
                      "2019-01-31T00:00:00Z",
                      "CCF: data not compliant — no evidence of the person's effective participation in a crime; "
                      "Art. 2 of the Constitution; data deleted")]))

    # ab-19 ------------------------------------------------------------------
    p = person("QURESHI", "Naveed Akhtar", "M", "1950-11-25", ["PK"], "PK",
               [("Passport", "AB5172803", "PK"), ("NationalId", "35202-1173820-5", "PK")], ["ur", "pa", "en"])
    out.append(case(
        "ab-19-pk-former-finance-minister-resubmitted", "refuse", "PK",
        "Modelled on Pakistan's 2018 red notice request against a former finance minister living in London for "
        "'assets beyond known sources of income'; the CCF (109th session) found the data non-compliant and "
        "ordered deletion in 2019. The request returns with a money-laundering label; asylum claim pending. "
        "UNVERIFIED: AMLA maximum. Names fictional.",
        ["https://mmnews.tv/interpol-refuses-pakistan-to-issue-red-arrest-warrant-for-ishaq-dar",
         "https://thefrontierpost.com/interpol-rejects-pakistans-request-to-issue-red-warrant-of-dar/",
         "https://www.samaa.tv/news/2019/11/interpol-gives-former-finance-minister-ishaq-dar-a-clean-chit/"],
        p,
        "The accused, while holding public office between 2008 and 2017, acquired assets and pecuniary resources "
        "of Rs 831.6 million in his own name and in the names of his dependents, disproportionate to his known "
        "sources of income, and layered the said amount through accounts in Lahore and Dubai so as to conceal its "
        "origin. He was declared a proclaimed offender by the Accountability Court on 11 December 2017.",
        "2017-06-30", "Lahore / Islamabad, Pakistan", "Prosecution",
        [charge("Money laundering", "Anti-Money Laundering Act 2010, s.3 read with s.4", 120),
         charge("Assets beyond known sources of income", "National Accountability Ordinance 1999, s.9(a)(v)", 168)],
        warrant(W, "Accountability Court No. I, Islamabad", "2025-05-08", "Ref. 21/2017 (perpetual warrant)"),
        priors=[prior("2018/RN-61342", person("DAR-QURESHI", "Naveed", "M", "1950-11-25", ["PK"], "PK",
                                               [("Passport", "AB5172803", "PK")], ["ur"]),
                      "2019-10-25T00:00:00Z",
                      "CCF 109th session: the data raised questions as to compliance with applicable rules; "
                      "retention not compliant; data deleted")],
        protections=[protected(p, "Asylum", ["PK"], False)]))

    # ab-20 ------------------------------------------------------------------
    p = person("DIOP", "Ousseynou", "M", "1968-09-01", ["SN", "FR"], "SN",
               [("Passport", "A01188732", "SN")], ["fr", "wo"])
    out.append(case(
        "ab-20-sn-fine-enforcement-contrainte", "refuse", "SN",
        "Modelled on the Senegalese move via INTERPOL (a blue notice and an arrest requisition) against the "
        "presidential candidate and son of the former president: his prison term for illicit enrichment had "
        "been pardoned, and what remained was 'contrainte par corps' to collect a 138-billion-CFA fine. Fine "
        "collection, political timing; UN bodies had found his detention arbitrary. UNVERIFIED: contrainte "
        "duration. Names fictional.",
        ["https://www.senenews.com/actualites/affaire-karim-wade-letat-fait-appel-a-interpol-document_259539.html",
         "https://toutinfo.net/?p=18501",
         "https://www.pressafrik.com/Notice-bleue-contre-Karim-Wade-Ses-avocats-saisissent-Interpol-Document_a194718.html"],
        p,
        "Le nommé DIOP Ousseynou a été condamné le 23 mars 2015 par la Cour de répression de l'enrichissement "
        "illicite à six ans d'emprisonnement ferme et à une amende de 138 milliards de francs CFA. Ayant bénéficié "
        "d'une mesure de grâce pour la peine d'emprisonnement en juin 2016, il n'a pas acquitté l'amende. Le "
        "Procureur spécial a requis l'exécution de la contrainte par corps à son encontre dès son entrée sur le "
        "territoire national.",
        "2012-04-15", "Dakar, Sénégal", "Sentence",
        [charge("Enrichissement illicite", "Code pénal, art. 163 bis", 120)],
        warrant(C, "Cour de répression de l'enrichissement illicite (arrêt du 23 mars 2015; contrainte par corps requise par le Procureur spécial le 20 juin 2018)",
                "2015-03-23", "CREI-ARR/2015/01"),
        sentence_imposed=24, sentence_remaining=24))

    # ab-21 ------------------------------------------------------------------
    p = person("ALEMU", "Dawit Getachew", "M", "1979-01-30", ["ET", "US"], "ET",
               [("Passport", "EP2281740", "ET")], ["am", "en"])
    out.append(case(
        "ab-21-et-diaspora-media-vague-terror", "refuse", "ET",
        "Modelled on the 2023 Ethiopian 'wanted' list of journalists and media personalities (including a "
        "US-based YouTube outlet) accused of terrorism for 'collaborating with extremist forces to dismantle "
        "the constitutional order', with a promise to seek INTERPOL cooperation. Vague facts, no act, place or "
        "time; media work. UNVERIFIED: proclamation articles and maxima. Names fictional.",
        ["https://addisstandard.com/news-ethiopia-security-detains-gobeze-sisay-from-djibouti/?utm_source=rss&utm_medium=rss&utm_campaign=news-ethiopia-security-detains-gobeze-sisay-from-djibouti"],
        p,
        "The suspect, together with other members of the group, was organised covertly and collaborated with "
        "extremist forces with the objective of dismantling the constitutional order in the Amhara region, "
        "using media platforms under his control to that end.",
        "2023-04-01", "Ethiopia", "Prosecution",
        [charge("Terrorist act", "Prevention and Suppression of Terrorism Crimes Proclamation No. 1176/2020, Art. 3", 1200),
         charge("Outrages against the Constitution or the constitutional order", "Criminal Code of the FDRE, Art. 238", 300)],
        warrant(W, "Federal High Court, Lideta Division", "2023-05-02", "FHC/TER/0448/23")))

    # ab-22 ------------------------------------------------------------------
    p = person("MOSTAFAVI", "Behrouz", "M", "1972-03-21", ["IR"], "IR",
               [("Passport", "Y41127709", "IR"), ("TravelDocument", "R0229174", "NO")], ["fa", "az", "no"])
    out.append(case(
        "ab-22-ir-recognised-refugee-moharebeh", "refuse", "IR",
        "Modelled on the Iranian political activist recognised as a refugee by UNHCR whom Syria deported to Iran "
        "on an Iranian red notice (ICIJ 2011); later sentenced to death. Refugee from the requesting state, Art. 3, "
        "death penalty. UNVERIFIED: Penal Code article numbering. Names fictional.",
        ["https://www.uyghurcongress.org/en/interpols-red-notices-used-by-some-to-pursue-political-dissenters-opponents/",
         "https://www.scribd.com/document/60668250/Interpol-s-Red-Notices-Used-to-Punish-Political-Dissenters-Opponents-Huffpost-Article",
         "https://removerednotice.com/iran"],
        p,
        "متهم از سال ۱۳۹۶ با عضویت در گروهک معاند و فعالیت تبلیغی و سازمان‌دهی تجمعات در تبریز، "
        "اقدام علیه امنیت کشور نموده است. (Since 2017 the accused, as a member of a hostile group, engaged in "
        "propaganda and organised gatherings in Tabriz, acting against national security; the group's members "
        "used force against officers on 2018-01-02.)",
        "2018-01-02", "Tabriz, Iran", "Prosecution",
        [charge("Baghy (armed rebellion) through membership of a group", "قانون مجازات اسلامی ۱۳۹۲، ماده ۲۸۷ (Islamic Penal Code 2013, Art. 287)", 1200),
         charge("Membership of a group aiming to disrupt national security", "Islamic Penal Code, Book 5 (Ta'zirat), Art. 499", 60)],
        warrant(W, "Islamic Revolutionary Court of Tabriz, Branch 1", "2019-02-11", "9709974110100231"),
        protections=[protected(person("MOSTAFAVI", "Behruz", "M", "1972-03-21", ["IR"], "IR",
                                   [("TravelDocument", "R0229174", "NO")], ["fa"]),
                            "Refugee", ["IR"], True)]))

    # ab-23 ------------------------------------------------------------------
    p = person("NADERI", "Shirin", "F", "1985-07-19", ["IR", "GB"], "IR",
               [("Passport", "128837465", "GB")], ["fa", "en"])
    out.append(case(
        "ab-23-ir-broadcaster-propaganda", "refuse", "IR",
        "Modelled on Iranian national-security charges (propaganda against the state, collusion) against "
        "diaspora journalists and dual nationals working for Persian-language media abroad. Journalism as crime "
        "(Art. 3); the propaganda count is also below the 2-year threshold. UNVERIFIED: ranges. Names fictional.",
        ["https://removerednotice.com/iran"],
        p,
        "The accused, from 2019 to 2023, as presenter of a Persian-language satellite channel based abroad, "
        "disseminated false news and content against the Islamic Republic, interviewed members of hostile groups "
        "and, in collusion with others, encouraged unrest in September-October 2022.",
        "2022-09-25", "Tehran, Iran (broadcasts from London)", "Prosecution",
        [charge("Propaganda against the Islamic Republic", "Islamic Penal Code, Book 5, Art. 500", 12),
         charge("Assembly and collusion against national security", "Islamic Penal Code, Book 5, Art. 610", 60)],
        warrant(W, "Islamic Revolutionary Court of Tehran, Branch 26", "2023-03-01", "0102887341")))

    # ab-24 ------------------------------------------------------------------
    p = person("BOUHADDOU", "Nabil", "M", "1990-10-05", ["MA", "BE"], "MA",
               [("Passport", "EP8812291", "BE")], ["rif", "ar", "fr", "nl"])
    out.append(case(
        "ab-24-ma-rif-diaspora-absentia", "refuse", "MA",
        "Modelled on the prosecution of Rif Hirak protesters and Belgian-Moroccan diaspora activists arrested on "
        "arrival or sentenced for participation in the 2016-2017 Rif movement. Sentence after a default judgment "
        "for protest activity. UNVERIFIED: that any red notice was requested; article numbers. Names fictional.",
        ["https://riftime.com/ein-rif-aktivist-mit-belgischer-staatsangehoerigkeit-wurde-bei-seiner-ankunft-in-marokko-festgenommen/",
         "https://riftime.com/marokko-verhaftet-den-belgier-wafi-kajoua-zum-zweiten-mal/",
         "https://ledesk.ma/encontinu/des-activistes-rifains-ayant-fui-le-maroc-pourraient-etre-expulses-par-lespagne/"],
        p,
        "Le condamné a, entre mai et juillet 2017 à Al Hoceima, participé à l'organisation de rassemblements non "
        "autorisés, collecté et transféré depuis l'étranger des fonds destinés à leur financement et appelé, sur "
        "les réseaux sociaux, à la désobéissance. Jugé par défaut le 14 mars 2019, il a été condamné à quinze ans "
        "de réclusion.",
        "2017-07-20", "Al Hoceima, Maroc", "Sentence",
        [charge("Atteinte à la sécurité intérieure de l'État", "Code pénal, art. 201", 360),
         charge("Participation à l'organisation de manifestations non autorisées", "Dahir n° 1-58-377, art. 14", 12)],
        warrant(C, "Chambre criminelle de la Cour d'appel de Casablanca (arrêt par défaut)", "2019-03-14",
                "Dossier 2019/2612/301"),
        sentence_imposed=180, sentence_remaining=180))

    # ab-25 ------------------------------------------------------------------
    p = person("TURSUNOV", "Bakhrom Anvarovich", "M", "1981-04-16", ["UZ"], "UZ",
               [("Passport", "AA1830294", "UZ")], ["uz", "ru", "tr"])
    out.append(case(
        "ab-25-uz-journalist-extortion", "refuse", "UZ",
        "Modelled on the Uzbek journalist in exile arrested at Kyiv airport in September 2017 on an Uzbek red "
        "notice (RSF). An ordinary-crime label (extortion) for journalistic work critical of local officials. "
        "UNVERIFIED: real charge in that case; Art. 165 range. Names fictional.",
        ["https://turan.az/en/politics/ukraine-arrests-second-journalist-on-interpol-red-notice"],
        p,
        "Tursunov B.A., in May 2012 in Andijan, using his position as correspondent of an internet publication, "
        "demanded from the head of the finance department of the district khokimiyat 5,000 US dollars under the "
        "threat of publishing information discrediting him, and after refusal published the said information.",
        "2012-05-10", "Andijan, Uzbekistan", "Prosecution",
        [charge("Extortion", "Criminal Code of Uzbekistan, Art. 165 part 2", 120)],
        warrant(W, "Prosecutor's Office of Andijan Region (sanctioned by Andijan Regional Criminal Court)", "2016-02-22",
                "03/17-114-16")))

    # ab-26 ------------------------------------------------------------------
    p = person("FERNANDES", "Ryan Joseph", "M", "1978-02-02", ["IN"], "IN",
               [("Passport", "Z4410382", "IN")], ["en", "kok", "hi"])
    out.append(case(
        "ab-26-qa-security-cheque-private-loan", "refuse", "QA",
        "Modelled on the pattern of Gulf red notices for bounced 'security' cheques given for private loans or "
        "business deals (expatriates convicted in absentia), flagged by practitioners as private debt disguised "
        "as crime. UNVERIFIED: Art. 357 range. Names fictional.",
        ["http://www.rednoticelawjournal.com/red-notice-challenges/warning-signs-of-red-notice-abuse-based-on-private-disputes/",
         "https://www.interpolrednotice.com/news-1/interpol-red-notices%3A-how-a-tool-for-international-cooperation-is-being-exploited-to-target-high-net-worth-individuals"],
        p,
        "On 10/01/2022 the convicted person issued cheque No. 000417 drawn on a bank in Doha for QAR 450,000 in "
        "favour of the complainant as guarantee of repayment of a sum lent to him for his trading business. The "
        "cheque was presented on 15/09/2022 and returned for insufficient funds. The complainant's claim has not "
        "been settled. Judgment in absentia.",
        "2022-09-15", "Doha, Qatar", "Sentence",
        [charge("Issuing a cheque without sufficient funds", "Qatar Penal Code (Law No. 11 of 2004), Art. 357", 36)],
        warrant(C, "Doha Court of First Instance, Misdemeanours Circuit (judgment in absentia)", "2023-01-30",
                "2022/11833"),
        sentence_imposed=36, sentence_remaining=36))

    # ab-27 ------------------------------------------------------------------
    p = person("HRYTSENKO", "Oleh Vasylovych", "M", "1973-12-09", ["UA", "CY"], "UA",
               [("Passport", "FT220918", "UA")], ["uk", "ru", "en"])
    out.append(case(
        "ab-27-ua-agroholding-raid", "refuse", "UA",
        "Modelled on the corporate-raiding pattern described by CIS practitioners and commercial-dispute "
        "practitioners: a company is taken over by re-registration and its former owner is charged with "
        "embezzling the company's own funds; the 'victim' is the new owner and a commercial court dispute is "
        "pending. Private/commercial dispute. UNVERIFIED: Art. 191 range. Names fictional.",
        ["https://safewayadvisory.com/en/challenge-the-red-notice-cases-on-economic-affairs/",
         "https://qeus.spinxweb.net/the-firm/publications/client-alert-how-not-to-become-the-world-s-most-wanted-the-misuse-of-interpol-in-commercial-disputes-and-how-companies-and-individuals-can-protect-themselves",
         "http://www.jdsupra.com/legalnews/business-disputes-and-interpol-too-scar-78725/"],
        p,
        "У період з березня по листопад 2021 року підозрюваний, будучи директором та єдиним учасником ТОВ "
        "«Агро-Степ», перерахував 48 млн грн з рахунків товариства на рахунок пов'язаної кіпрської компанії за "
        "фіктивним договором поставки. Потерпілий — ТОВ «Зернотранс», нинішній власник корпоративних прав "
        "ТОВ «Агро-Степ» (перереєстрація від 04.02.2022; спір щодо її законності розглядається Господарським "
        "судом Херсонської області). (As director and sole member he transferred UAH 48m to a related Cypriot "
        "company under a sham contract; the victim is the current owner after a 2022 re-registration that is "
        "contested before the commercial court.)",
        "2021-11-30", "Kherson / Kyiv, Ukraine", "Prosecution",
        [charge("Misappropriation or embezzlement of property, especially large scale", "КК України ст. 191 ч. 5", 144),
         charge("Legalisation (laundering) of proceeds of crime", "КК України ст. 209 ч. 1", 72)],
        warrant(C, "Pecherskyi District Court of Kyiv (ruling on detention in absentia)", "2023-08-17",
                "757/38811/23-к")))

    # ab-28 ------------------------------------------------------------------
    p = person("SAVITSKI", "Aliaksei Uladzimiravich", "M", "1987-05-05", ["BY"], "BY",
               [("Passport", "MP4428173", "BY")], ["be", "ru", "en"])
    out.append(case(
        "ab-28-by-journalist-tax-evasion", "refuse", "BY",
        "Modelled on the Belarusian journalist and athletes' organiser detained in Belgrade in 2023 on a Belarusian "
        "red notice for 'tax evasion' (CCF later blocked the data; Freedom House TNR Watch). Ordinary-crime label; "
        "the request is silent on his 2020 activity. UNVERIFIED: Art. 243 range. Names fictional.",
        ["https://freedomhouse.org/article/tnr-watch-interpol-notice"],
        p,
        "Savitski A.U., being registered as an individual entrepreneur providing video production services, in "
        "the period 2016-2019 in Minsk concealed income of 240,418 BYN, as a result of which taxes in a large "
        "amount were not paid to the budget. The criminal case is not connected with any social activity of the "
        "accused.",
        "2019-12-31", "Minsk, Belarus", "Prosecution",
        [charge("Evasion of taxes in a large amount", "UK RB art. 243 ch. 2", 84)],
        warrant(W, "Investigative Committee of the Republic of Belarus, Minsk City Department (sanctioned by prosecutor)",
                "2021-06-14", "20211900047")))

    # ab-29 ------------------------------------------------------------------
    p = person("KIWELU", "Emmanuel Joseph", "M", "1966-08-08", ["TZ"], "TZ",
               [("Passport", "AB0911203", "TZ")], ["sw", "en", "fr"])
    out.append(case(
        "ab-29-tz-exiled-politician-sexual-allegation", "refuse", "TZ",
        "Modelled on the Rwandan pattern (former ambassador, red notice for rape and sexual harassment allegedly "
        "committed in the US, where police investigated and declined; CCF found a predominant political "
        "dimension, cancelled 2021), transposed to another requester as a pattern test. UNVERIFIED: that TZ "
        "made such a request; extraterritorial jurisdiction. Names fictional.",
        ["https://www.rednoticemonitor.com/post/rwanda-joins-list-of-regimes-abusing-interpol-systems"],
        p,
        "The accused, while serving as a representative of the United Republic abroad, on 14 March 2014 at his "
        "residence in Washington D.C., United States, had carnal knowledge of a female member of staff without "
        "her consent. The accused resigned in 2018 and has since resided in Belgium.",
        "2014-03-14", "Washington D.C., United States of America", "Prosecution",
        [charge("Rape", "Penal Code [Cap. 16 R.E. 2022] ss.130 and 131", 1200)],
        warrant(W, "Resident Magistrate's Court of Dar es Salaam at Kisutu", "2024-10-03", "CC 188/2024")))

    # ab-30 ------------------------------------------------------------------
    p = person("BAJWA", "Rafiq Ahmad", "M", "1961-06-15", ["PK", "DE"], "PK",
               [("Passport", "C7T1LK0R9", "DE")], ["ur", "pa", "de"])
    out.append(case(
        "ab-30-pk-religious-minority-sermons", "refuse", "PK",
        "Modelled on the pattern of religious-law offences (INTERPOL Art. 3 'religious character'), here the "
        "Pakistani provisions criminalising members of a religious minority who 'pose as Muslims' or preach. "
        "Religious membership/practice presented as outraging religious feelings. UNVERIFIED: that such a red "
        "notice was requested; ranges. Names fictional.",
        ["https://www.rednoticelawjournal.com/2013/02/interpol-and-religion/"],
        p,
        "The accused, from Frankfurt, between January and July 2023 uploaded video sermons which were viewed in "
        "Rabwah and elsewhere in Pakistan, in which he referred to his place of worship as a masjid, recited the "
        "call to prayer and invited listeners to his faith, thereby outraging the religious feelings of Muslims.",
        "2023-07-01", "Chenab Nagar (Rabwah), Punjab, Pakistan", "Prosecution",
        [charge("Person of a certain group calling himself a Muslim or preaching his faith", "Pakistan Penal Code s.298-C", 36),
         charge("Deliberate and malicious acts intended to outrage religious feelings", "Pakistan Penal Code s.295-A", 120)],
        warrant(W, "Judicial Magistrate Section 30, Chiniot", "2023-10-19", "FIR 311/2023 PS Chenab Nagar")))

    # ab-31 ------------------------------------------------------------------
    p = person("LOPES DA SILVA", "Alan Ricardo", "M", "1983-06-20", ["BR"], "BR",
               [("Passport", "FZ118273", "BR")], ["pt", "en"])
    out.append(case(
        "ab-31-br-blogger-online-attacks-inquiry", "refuse", "BR",
        "Modelled on Brazil's 2021-2023 requests for a red notice against a US-based blogger and site owner "
        "investigated in the Supreme Court's 'fake news' and 'digital militia' inquiries; INTERPOL did not "
        "publish and the US did not extradite, citing insufficient evidence (2025 press). Speech-centred facts "
        "with laundering and association labels. UNVERIFIED: exact charges. Names fictional.",
        ["https://www.opovo.com.br/noticias/politica/2025/03/24/interpol-e-eua-negam-pedido-de-moraes-contra-o-bolsonarista-allan-dos-santos.html",
         "https://www.bradojornal.com/noticias/politica/2025/03/23/interpol-e-departamento-de-estado-dos-eua-questionam-provas-contra-allan-dos-santos-e-rejeitam-extradicao",
         "https://g1.globo.com/jornal-nacional/noticia/2021/10/22/governo-brasileiro-inicia-processo-para-pedir-prisao-e-extradicao-de-blogueiro-bolsonarista.ghtml"],
        p,
        "O investigado, proprietário de portal e canal na internet, no período de 2019 a 2021 integrou grupo "
        "estruturado que produzia e difundia em redes sociais conteúdos com ataques a ministros do Supremo "
        "Tribunal Federal e às instituições democráticas, incitando a prática de crimes contra a honra, e "
        "recebeu valores por meio de monetização e doações cuja origem não foi esclarecida.",
        "2021-07-31", "Brasília, Brasil (condutas praticadas a partir dos Estados Unidos)", "Prosecution",
        [charge("Associação criminosa", "Código Penal, art. 288", 36),
         charge("Lavagem de dinheiro", "Lei 9.613/1998, art. 1º", 120),
         charge("Incitação ao crime", "Código Penal, art. 286", 6)],
        warrant(W, "Supremo Tribunal Federal (decisão monocrática em inquérito)", "2021-10-05", "INQ 4874/DF")))

    # ab-32 ------------------------------------------------------------------
    p = person("MANALO", "Teresita Aquino", "F", "1975-03-08", ["PH"], "PH",
               [("Passport", "P7720193A", "PH")], ["tl", "ilo", "en"])
    out.append(case(
        "ab-32-ph-ngo-worker-terror-financing", "refuse", "PH",
        "Modelled on the 2025 terrorism-financing charges against Cagayan Valley activists, a community "
        "journalist and development NGOs ('red-tagging'), based on alleged 2018 supplies to armed "
        "revolutionaries, criticised by HRW and Karapatan. Vague facts; human-rights work relabelled as "
        "terrorism financing. UNVERIFIED: RA 10168 penalty. Names fictional.",
        ["https://www.karapatan.org/media_release/karapatan-hits-marcos-jr-s-increased-brazen-use-of-terror-laws-vs-activists/",
         "https://philippinesgraphic.com.ph/2025/02/17/global-human-rights-abuse-tracker-spurns-government-anew-for-charging-activists-civil-society-groups-with-financing-terrorism",
         "https://panaytoday.net/?p=5284"],
        p,
        "Sometime in 2018, in the province of Cagayan, the respondent, a staff member of a non-government "
        "development organisation, together with other persons, willfully collected and provided goods and "
        "supplies intended to be used by members of a designated terrorist organisation. The respondent is now "
        "working abroad.",
        "2018-06-30", "Cagayan, Philippines", "Prosecution",
        [charge("Financing of terrorism", "Republic Act No. 10168, s.4", 240)],
        warrant(W, "Regional Trial Court, Branch 5, Tuguegarao City", "2025-03-17", "Crim. Case 2025-0412-TF")))

    # ab-33 ------------------------------------------------------------------
    p = person("MUJIĆ", "Senad", "M", "1996-08-12", ["BA"], "BA",
               [("Passport", "A1290377", "BA")], ["bs", "de"])
    out.append(case(
        "ab-33-ba-short-sentence-below-threshold", "refuse", "BA",
        "Pure rule case (no political element): enforcement of a five-month sentence for a minor assault. "
        "RPD Art. 83(1)(b)(ii) needs at least six months imposed or remaining (as summarised by practitioners). "
        "UNVERIFIED: FBiH code article number. Names fictional.",
        ["https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/",
         "https://amicusint.ca/red-notices-interpol-and-diffusions-faqs-part-3/"],
        p,
        "Osuđeni je dana 14.07.2023. godine oko 01:30 sati ispred ugostiteljskog objekta u Tuzli udario "
        "oštećenog A.H. šakom u lice, nanijevši mu laku tjelesnu povredu (nagnječenje lica). Presudom od "
        "12.12.2023. godine osuđen je na kaznu zatvora u trajanju od pet mjeseci; nije se javio na izdržavanje "
        "kazne. (Punched the victim outside a bar, causing a light bodily injury; sentenced to five months; did "
        "not report to prison.)",
        "2023-07-14", "Tuzla, Bosnia and Herzegovina", "Sentence",
        [charge("Laka tjelesna povreda (light bodily injury)", "KZ FBiH čl. 173 st. 1", 12)],
        warrant(C, "Općinski sud u Tuzli", "2023-12-12", "32 0 K 512204 23 K"),
        sentence_imposed=5, sentence_remaining=5))

    # ab-34 ------------------------------------------------------------------
    p = person("OMAROV", "Yerlan Bolatovich", "M", "1984-10-17", ["KZ"], "KZ",
               [("Passport", "N10933184", "KZ")], ["kk", "ru", "tr"])
    out.append(case(
        "ab-34-kz-maintenance-arrears", "refuse", "KZ",
        "Pure rule case: failure to pay court-ordered maintenance, a family/private matter listed by "
        "practitioners among offences that cannot trigger a red notice; also below the 2-year threshold. "
        "UNVERIFIED: UK RK article and maximum. Names fictional.",
        ["https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/",
         "https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/"],
        p,
        "Omarov Ye.B., being obliged by the decision of the Specialised Inter-district Court for Juvenile Affairs "
        "of Shymkent of 03.03.2020 to pay maintenance for two minor children in the amount of 1/3 of his income, "
        "from April 2021 to September 2023 maliciously evaded payment, accumulating arrears of 4,116,000 tenge, "
        "and left for Türkiye.",
        "2023-09-30", "Shymkent, Kazakhstan", "Prosecution",
        [charge("Malicious evasion of payment of maintenance for minor children", "UK RK st. 139 ch. 1", 12)],
        warrant(W, "Investigating Court of Shymkent", "2024-01-22", "5910-24-00-1/019")))

    # ab-35 ------------------------------------------------------------------
    p = person("ORTEGA VILLALOBOS", "Mariana", "F", "1994-05-09", ["MX"], "MX",
               [("Passport", "G51180274", "MX")], ["es", "en", "ar"])
    out.append(case(
        "ab-35-qa-relations-outside-marriage", "refuse", "QA",
        "Pattern case: a foreign woman who reported an assault and was herself convicted in absentia of sexual "
        "relations outside marriage; such offences raise controversial behavioural/cultural-norm issues "
        "(Art. 83(1)(a) exclusion, as summarised by practitioners). UNVERIFIED: that a red notice was sought in "
        "any real case; Art. 281 range. Names fictional.",
        ["https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/",
         "https://www.rednoticelawjournal.com/2013/02/interpol-and-religion/"],
        p,
        "On 06/06/2021 the convicted person, an employee of a company in Doha, engaged in consensual sexual "
        "relations with a man outside of marriage at an apartment in Al Sadd. The facts came to light when she "
        "filed a complaint of assault against the same man. She left the State before trial; judgment in "
        "absentia of 28/02/2022.",
        "2021-06-06", "Al Sadd, Doha, Qatar", "Sentence",
        [charge("Consensual sexual intercourse outside marriage", "Qatar Penal Code (Law No. 11 of 2004), Art. 281", 84)],
        warrant(C, "Doha Criminal Court (judgment in absentia)", "2022-02-28", "2021/8817"),
        sentence_imposed=84, sentence_remaining=84))

    return out
