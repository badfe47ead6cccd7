"""Hard cases (expected: review). Every name, date of birth, document number and reference
below is fictional. Facts are modelled on documented cases; see note."""
from model import case, charge, person, prior, protected, warrant

W, C = "ArrestWarrant", "CourtDecision"


def cases():
    out = []

    p = person("CIOBANU", "Vladislav", "M", "1966-01-01", ["MD", "RO"], "MD",
               [("Passport", "AB0661203", "MD"), ("Passport", "058823117", "RO")], ["ro", "ru", "en"],
               aliases=[("NOVAC", "Vladislav")])
    out.append(case(
        "hd-01-md-former-party-leader-bank-fraud", "review", "MD",
        "Modelled on Moldova's pursuit of the former ruling-party leader: in 2020 the CCF deleted his data "
        "('not compatible with ... the spirit of the UDHR'); later the CCF accepted a new request and he was "
        "extradited from Greece in 2025. Massive bank fraud with strong evidence, but a successor government and "
        "an earlier deletion: a reviewer must weigh the new evidence. UNVERIFIED: ranges. Names fictional.",
        ["https://en.publika.press/interpol-refuses-to-issue-international-search-for-former-pdm-leader-_2661952.html",
         "https://zdg.md/en/?p=4244",
         "https://radiomoldova.md/c/en/13/2"],
        p,
        "În perioada 2014-2015 bănuitul, prin intermediul unor persoane juridice controlate, a organizat "
        "extragerea de mijloace financiare în sumă de circa 1 miliard USD din trei bănci comerciale prin credite "
        "fictive și a legalizat o parte din mijloace prin companii nerezidente. (In 2014-2015, through controlled "
        "companies, he organised the withdrawal of about USD 1 billion from three commercial banks by fictitious "
        "loans and laundered part of it through non-resident companies.)",
        "2014-11-24", "Chișinău, Republic of Moldova", "Prosecution",
        [charge("Fraud on an especially large scale", "Codul penal RM art. 190 alin. (5)", 180),
         charge("Money laundering on an especially large scale", "Codul penal RM art. 243 alin. (3)", 120),
         charge("Creating or leading a criminal organisation", "Codul penal RM art. 284 alin. (1)", 300)],
        warrant(C, "Judecătoria Chișinău, sediul Buiucani (arrest in absentia)", "2023-11-21", "1-2303/2023"),
        priors=[prior("2019/RN-71930", person("CIOBANU", "Vlad", "M", "1966-01-01", ["MD"], "MD",
                                               [("Passport", "AB0661203", "MD")], ["ro"]),
                      "2020-07-03T00:00:00Z",
                      "CCF: maintaining the data is not compatible with the obligation to ensure cooperation in the "
                      "spirit of the Universal Declaration of Human Rights; data deleted")]))

    p = person("FERREIRA NETO", "Mariana", "F", "1973-04-20", ["AO", "RU", "PT"], "AZ",
               [("Passport", "N2204471", "AO")], ["pt", "ru", "en"])
    out.append(case(
        "hd-02-ao-former-presidents-daughter-oil-company", "review", "AO",
        "Modelled on the 2022 INTERPOL red notice for the daughter of Angola's former president (embezzlement at "
        "the state oil company, fraud, money laundering; maximum 12 years per Lusa), who says she is the target of "
        "political revenge by the successor. Strong documentary evidence vs. successor-government context. "
        "UNVERIFIED: article numbers of the 2020 Angolan Penal Code. Names fictional.",
        ["https://news.yahoo.com/interpol-confirms-red-notice-angolan-173310519.html",
         "http://mznews.co.mz/en/interpol-confirma-alerta-vermelho-para-detencao-de-isabel-dos-santos",
         "https://medafricatimes.com/29111-angola-interpol-confirms-issuing-a-red-notice-for-isabel-dos-santos.html"],
        p,
        "Entre 2015 e 2017, a arguida, na qualidade de presidente do conselho de administração da sociedade "
        "petrolífera estatal, criou mecanismos financeiros com o propósito de obter ganhos ilícitos, ordenando "
        "pagamentos de cerca de 208 milhões de euros a sociedades de consultoria por si controladas, sem "
        "contrapartida, lesando o Estado angolano. (As board chair of the state oil company she ordered payments "
        "of about EUR 208m to consultancies she controlled, without consideration.)",
        "2017-11-15", "Luanda, Angola", "Prosecution",
        [charge("Peculato", "Código Penal angolano (Lei 38/20), art. 362", 144),
         charge("Burla qualificada", "Código Penal angolano, art. 417", 144),
         charge("Branqueamento de capitais", "Lei 5/20, art. 82", 144)],
        warrant(W, "Procuradoria-Geral da República — Direcção Nacional de Investigação e Acção Penal (validated by Tribunal Supremo)",
                "2022-11-04", "PGR-DNIAP 15/2020-MA")))

    p = person("RAHMAN CHOWDHURY", "Shahana", "F", "1947-09-28", ["BD"], "BD",
               [("DiplomaticPassport", "D00017742", "BD")], ["bn", "en", "hi"])
    out.append(case(
        "hd-03-bd-former-pm-crimes-against-humanity", "review", "BD",
        "Modelled on Bangladesh's 2025 red notice request for the ousted prime minister and 11 others (ICT "
        "warrants for crimes against humanity over the deadly crackdown on the 2024 student uprising; also "
        "'conspiracy to topple the interim government'). Mass killings are serious crimes outside Art. 3, but "
        "trial in absentia, death penalty and regime change weigh the other way. UNVERIFIED: ICT Act section. "
        "Names fictional.",
        ["https://freepresskashmir.news/2025/04/20/bangladesh-seeks-interpol-red-notice-against-ousted-pm-sheikh-hasina-11-others/",
         "https://www.devdiscourse.com/article/politics/3351925-interpol-seeks-red-notice-for-sheikh-hasina-and-others",
         "https://www.nationpress.com/international/bangladesh-pursues-red-notice-for-hasina"],
        p,
        "Between 15 July and 5 August 2024 the accused, as head of government, ordered and incited the law "
        "enforcement agencies to use lethal force, including helicopters and military rifles, against unarmed "
        "student protesters across Dhaka, Rangpur and Chattogram, resulting in the killing of several hundred "
        "persons, and failed to prevent or punish the killings.",
        "2024-08-05", "Dhaka, Bangladesh", "Prosecution",
        [charge("Crimes against humanity (murder, attempted murder, torture)", "International Crimes (Tribunals) Act 1973, s.3(2)(a)", 1200),
         charge("Superior responsibility", "International Crimes (Tribunals) Act 1973, s.4(2)", 1200)],
        warrant(W, "International Crimes Tribunal-1, Dhaka", "2024-10-17", "ICT-BD Misc. Case 01/2024")))

    p = person("SAVCHUK", "Mykola Yanovych", "M", "1947-12-17", ["UA", "RU"], "RU",
               [("Passport", "EM102293", "UA")], ["ru", "uk"])
    out.append(case(
        "hd-04-ua-former-pm-state-telecom", "review", "UA",
        "Modelled on the January 2015 red notices (after months of review) for Ukraine's ousted president, his "
        "son and former prime minister over embezzlement in the sale of the state telecom operator; only 8 of 22 "
        "requests were accepted. Office holders of an overthrown government prosecuted by successors, with a "
        "documented economic-crime core. UNVERIFIED: exact scheme. Names fictional.",
        ["https://en.interfax.com.ua/news/general/245091-amp.html",
         "https://voa.pangea-cms.com/preview/en-US/a/interpol-puts-ukraine-expresident-on-wanted-list/2595082.html",
         "https://www.dw.com/en/interpol-issues-wanted-notice-for-ukraines-former-president-yanukovych/a-18186125"],
        p,
        "У 2011-2013 роках підозрюваний, як посадова особа, що очолювала уряд, у складі організованої групи "
        "забезпечив продаж державного пакету акцій оператора зв'язку за заниженою вартістю та заволодіння "
        "коштами державного бюджету в особливо великому розмірі. (As the official heading the government, within "
        "an organised group, he ensured the sale of the state stake in the telecom operator at an undervalue and "
        "the appropriation of budget funds on an especially large scale.)",
        "2013-12-31", "Kyiv, Ukraine", "Prosecution",
        [charge("Misappropriation by abuse of office, especially large scale, organised group", "КК України ст. 191 ч. 5", 144)],
        warrant(C, "Pecherskyi District Court of Kyiv (detention in absentia)", "2014-07-30", "757/21403/14-к")))

    p = person("LYTVYNENKO", "Oleksandr Petrovych", "M", "1968-02-23", ["UA"], "UA",
               [("Passport", "ET771029", "UA")], ["uk", "ru"])
    out.append(case(
        "hd-05-ua-riot-unit-commander-protest-killings", "review", "UA",
        "Modelled on Ukraine's 2014 requests for former law-enforcement commanders over the killing of "
        "protesters on the Maidan: the prosecutor general said INTERPOL declined several of them. Killings "
        "during protests are grave crimes, but the requests target officials of the toppled government in a "
        "revolutionary context (Art. 3 assessment needed). UNVERIFIED: unit and numbers. Names fictional.",
        ["https://en.interfax.com.ua/news/general/245091-amp.html",
         "https://www.newssniffer.co.uk/articles/894172/versions/3027591"],
        p,
        "On 20 February 2014, between 08:50 and 10:30, the suspect, commanding a special company of the riot "
        "police regiment, gave the order to open aimed fire with automatic weapons on unarmed demonstrators on "
        "Instytutska Street, Kyiv, as a result of which 48 persons were killed and 80 wounded. He left Ukraine "
        "for the Russian Federation on 22 February 2014.",
        "2014-02-20", "Instytutska Street, Kyiv, Ukraine", "Prosecution",
        [charge("Premeditated murder of two or more persons by a group", "КК України ст. 115 ч. 2 пп. 1, 12", 1200),
         charge("Exceeding authority with violence and weapons", "КК України ст. 365 ч. 2", 96)],
        warrant(C, "Pecherskyi District Court of Kyiv (detention in absentia)", "2015-10-14", "757/30094/15-к")))

    p = person("ATAYEVA", "Gulshat", "F", "1969-07-11", ["TM", "RU"], "TM",
               [("Passport", "75 1209921", "RU")], ["tk", "ru", "lt"])
    out.append(case(
        "hd-06-tm-activist-old-central-bank-case", "review", "TM",
        "Modelled on the Turkmen activist (father an opposition supporter who died in prison) detained in "
        "Slovenia, Croatia and Poland on a Turkmen red notice for central bank embezzlement (request since 2002); "
        "Switzerland refused extradition in 2011; she served six years in Russia on similar charges; the CCF "
        "reportedly declined to delete. Old data, possible ne bis in idem, political family vs. a CCF-maintained "
        "notice. UNVERIFIED: charge article. Names fictional.",
        ["https://london-news.net/activist-aysoltan-niyazova-arrested-at-polish-border-amid-turkmenistans-pursuit",
         "https://www.deutschlandfunk.de/pussy-riot-warnt-vor-abschiebung-eines-mitglieds-von-polen-nach-turkmenistan-100.html"],
        p,
        "Atayeva G., in 1999-2002, as head of a division of the Central Bank of Turkmenistan, in a group with "
        "other employees, misappropriated foreign currency funds of the Central Bank in the amount of 40 million "
        "US dollars by transfers to foreign accounts under forged payment orders.",
        "2002-06-30", "Ashgabat, Turkmenistan", "Prosecution",
        [charge("Misappropriation of property in an especially large amount by an organised group", "Criminal Code of Turkmenistan, Art. 229 part 4", 300)],
        warrant(W, "Prosecutor General's Office of Turkmenistan", "2002-10-01", "02-18/2002")))

    p = person("ĐẶNG", "Minh Hải", "M", "1966-02-05", ["VN"], "VN",
               [("Passport", "B7718203", "VN")], ["vi", "en"])
    out.append(case(
        "hd-07-vn-state-construction-company-chairman", "review", "VN",
        "Modelled on the former chairman of a PetroVietnam construction subsidiary (losses of about USD 150m) "
        "who sought asylum in Germany and was abducted from Berlin in 2017 amid a party power struggle. Real "
        "losses and a documented prosecution, but factional context, a pending asylum claim and the death "
        "penalty for embezzlement. UNVERIFIED: articles and maxima under the 2015 Code. Names fictional.",
        ["https://asiatimes.com/2017/08/kidnapping-makes-vietnam-persona-non-grata-germany/",
         "https://tiue.org/dw/en/germany-warns-vietnam-of-consequences-for-cold-war-style-kidnapping/a-39973835",
         "http://blog.victimsofcommunism.org/vietnam-snatches-asylum-seeker-in-berlin/"],
        p,
        "Trong thời gian giữ chức Chủ tịch Hội đồng quản trị Tổng công ty cổ phần xây lắp (2009-2013), bị can đã "
        "chỉ đạo ký kết và thực hiện hợp đồng EPC trái quy định, gây thiệt hại cho Nhà nước hơn 3.300 tỷ đồng, "
        "và chiếm đoạt 14 tỷ đồng. (As board chairman of the state construction corporation he directed an "
        "unlawful EPC contract causing losses over VND 3,300 billion and appropriated VND 14 billion.)",
        "2013-06-30", "Hà Nội, Việt Nam", "Prosecution",
        [charge("Vi phạm quy định về quản lý, sử dụng tài sản Nhà nước gây thất thoát, lãng phí", "BLHS 2015, Điều 219 khoản 3", 240),
         charge("Tham ô tài sản (embezzlement)", "BLHS 2015, Điều 353 khoản 4", 1200)],
        warrant(W, "Cơ quan Cảnh sát điều tra, Bộ Công an (phê chuẩn bởi Viện KSND tối cao)", "2016-09-16",
                "QĐ 92/C46-P1"),
        protections=[protected(p, "Asylum", ["VN"], False)]))

    p = person("FALL", "Mbaye Cheikh", "M", "1964-03-03", ["SN", "FR"], "SN",
               [("Passport", "A00917736", "SN")], ["fr", "wo"])
    out.append(case(
        "hd-08-sn-media-owner-corruption", "review", "SN",
        "Modelled on the October 2025 red notice sought by Senegal's new government against a wealthy media "
        "owner and columnist for corruption-related offences (Red Notice Monitor / The Africa Report). Financial "
        "crime facts vs. a journalist-publisher critical of the new authorities. UNVERIFIED: exact charges. "
        "Names fictional.",
        ["https://rednoticemonitor.com/?p=1092"],
        p,
        "Entre 2019 et 2023, le mis en cause, en qualité de président du conseil de surveillance d'une société "
        "publique, a fait virer 12,7 milliards de francs CFA à des sociétés qu'il contrôle, au titre de contrats "
        "de prestations sans exécution, puis en a réinvesti une partie dans l'acquisition de biens immobiliers "
        "à Dakar et à Paris.",
        "2023-02-28", "Dakar, Sénégal", "Prosecution",
        [charge("Détournement de deniers publics", "Code pénal, art. 152", 240),
         charge("Blanchiment de capitaux", "Loi n° 2024-08, art. 7", 84)],
        warrant(W, "Juge d'instruction du Pool judiciaire financier, Dakar", "2025-10-06", "PJF/CI-2/2025-117")))

    p = person("RAJENDRAN", "Arul Kumar", "M", "1958-07-26", ["SG"], "LK",
               [("Passport", "K2231984C", "SG")], ["ta", "en", "si"])
    out.append(case(
        "hd-09-lk-central-bank-governor-bond-auction", "review", "LK",
        "Modelled on Sri Lanka's red notice for the former central bank governor (a foreign national) over the "
        "2015 treasury-bond auction that benefited a primary dealer linked to his son-in-law; he and a former "
        "ambassador told INTERPOL the notices were political and INTERPOL began a review. Documented loss "
        "(presidential commission) vs. change-of-government context. UNVERIFIED: charge sections. Names fictional.",
        ["https://lankanewsweb.net/news/special-news/item/8422-interpol-to-review-red-warrants-for-arjun-udayanga",
         "http://www.netrigun.com/2019/07/15/13-%E0%AE%87%E0%AE%B2%E0%AE%99%E0%AF%8D%E0%AE%95%E0%AF%88%E0%AE%AF%E0%AE%B0%E0%AF%8D%E0%AE%95%E0%AE%B3%E0%AF%81%E0%AE%95%E0%AF%8D%E0%AE%95%E0%AF%81-%E0%AE%9A%E0%AE%BF%E0%AE%B5%E0%AE%AA%E0%AF%8D/"],
        p,
        "On 27 February 2015 the suspect, then Governor of the Central Bank, caused the acceptance of bids of "
        "Rs 10,058 million at a 30-year treasury bond auction advertised for Rs 1,000 million, using inside "
        "information passed to a primary dealer in which a close relative was chief executive, causing a loss to "
        "the State estimated at Rs 688 million.",
        "2015-02-27", "Colombo, Sri Lanka", "Prosecution",
        [charge("Criminal breach of trust by a public servant", "Penal Code s.392 read with Public Property Act No. 12 of 1982 s.5(1)", 240),
         charge("Conspiracy", "Penal Code s.113A", 240)],
        warrant(W, "Colombo Fort Magistrate's Court", "2018-03-12", "B 7322/18")))

    p = person("FARAHANI", "Omid", "M", "1982-05-30", ["IR"], "IR",
               [("Passport", "Z51148822", "IR")], ["fa", "ku"])
    out.append(case(
        "hd-10-ir-scientist-assassination-logistics", "review", "IR",
        "Modelled on Iran's January 2021 red notice requests for four alleged perpetrators of the November 2020 "
        "assassination of a nuclear scientist. A real killing (ordinary-law murder) embedded in an inter-state "
        "intelligence/military conflict (Art. 3 'military' character), with death penalty and risk of coerced "
        "evidence. UNVERIFIED: identities; article numbers. Names fictional.",
        ["https://www.tehrantimes.com/news/456893/Iran-demands-Interpol-red-notice-for-4-individuals-involved-in",
         "https://iranpress.com/content/32372/iran-urges-interpol-red-notice-for-perpetrators-gen-soleimani-assassination"],
        p,
        "On 27 November 2020 near Absard, Damavand county, the accused, acting for a foreign intelligence "
        "service, transported and concealed in a pick-up truck the remote-controlled weapon used to kill an "
        "Iranian scientist and wound his guard, and left the country through the north-western border on "
        "28 November 2020.",
        "2020-11-27", "Absard, Damavand, Tehran Province, Iran", "Prosecution",
        [charge("Intentional homicide (complicity)", "Islamic Penal Code 2013, Arts. 290 and 126", 1200),
         charge("Espionage for a hostile state", "Islamic Penal Code, Book 5, Art. 501", 120)],
        warrant(W, "Islamic Revolutionary Court of Tehran, Branch 15", "2020-12-20", "9909980228400109")))

    p = person("NDONG OBAME", "Landry Stéphane", "M", "1979-09-14", ["GA", "FR"], "GA",
               [("Passport", "19GA27744", "GA")], ["fr", "fan"])
    out.append(case(
        "hd-11-ga-relative-of-former-president", "review", "GA",
        "Modelled on an anonymised 2017 CCF case (relative of a former president, senior posts in companies "
        "linked to the old government, fled after its fall): the CCF found political elements but not "
        "predominant and kept the red notice. Country assignment here is fictional (post-2023 Gabon chosen as a "
        "plausible setting). UNVERIFIED: code article. Names fictional.",
        ["https://ngm.com.au/interpol-requests-to-delete-red-notices-political/"],
        p,
        "Le mis en cause, neveu de l'ancien chef de l'État, en qualité de directeur général d'une société d'État "
        "de commercialisation du pétrole, a entre 2019 et 2023 fait transférer 68 milliards de francs CFA "
        "provenant des ventes de cargaisons de brut vers des comptes de sociétés écrans à Maurice et à Dubaï.",
        "2023-08-29", "Libreville, Gabon", "Prosecution",
        [charge("Détournement de deniers publics", "Code pénal gabonais, art. 140", 240),
         charge("Blanchiment de capitaux", "Règlement CEMAC n° 01/CEMAC/UMAC/CM/16, art. 8", 120)],
        warrant(W, "Juge d'instruction, Tribunal de première instance de Libreville", "2024-01-15", "CI-3/2024/021")))

    p = person("BENNANI", "Youssef", "M", "1974-11-11", ["MA", "FR"], "MA",
               [("Passport", "TK7714022", "MA")], ["ar", "fr"])
    out.append(case(
        "hd-12-ma-unfunded-cheques-in-absentia", "review", "MA",
        "Modelled on CCF decision 2018-2 (trial in absentia, unfunded cheques, private-matter argument; found "
        "compliant; its tags include 'international interest and seriousness') and on practitioners' concerns about "
        "in-absentia convictions. Cheques (private-matter heading) vs. many victims and a large total. "
        "UNVERIFIED: Code de commerce article and range. Names fictional.",
        ["https://europeancourt.org/en/wp-json/wp/v2/pages/232043",
         "https://www.rednoticelawjournal.com/2012/08/at-this-moment-i-would/"],
        p,
        "Le condamné, gérant d'une société de négoce de matériaux à Casablanca, a émis entre mars 2016 et juin "
        "2017 quarante-sept chèques d'un montant total de 18,4 millions de dirhams au profit de douze fournisseurs, "
        "tous revenus impayés pour défaut de provision; la société a été dissoute et l'intéressé a quitté le "
        "territoire en juillet 2017. Jugé par défaut le 5 février 2019.",
        "2017-06-30", "Casablanca, Maroc", "Sentence",
        [charge("Émission de chèques sans provision", "Code de commerce, art. 316", 60)],
        warrant(C, "Tribunal de première instance de Casablanca (jugement par défaut)", "2019-02-05", "2019/2103/884"),
        sentence_imposed=60, sentence_remaining=60))

    p = person("ZHELEV", "Todor Angelov", "M", "1959-09-06", ["BG"], "BG",
               [("Passport", "381129004", "BG")], ["bg", "sr", "en"])
    out.append(case(
        "hd-13-bg-banker-bank-collapse", "review", "BG",
        "Modelled on the majority owner of Bulgaria's Corporate Commercial Bank (2014 collapse, about EUR 2bn "
        "lost), wanted on a 2014 red notice, living in Serbia (no extradition decision in 5+ years); he calls "
        "the case retaliation for whistleblowing, and the CCF deleted notices against his wife and daughter. "
        "Huge ordinary-law loss vs. documented Art. 2 findings in the family's cases. UNVERIFIED: article "
        "ranges. Names fictional.",
        ["https://n1info.ba/english/news/a408365-Bulgaria-reports-Serbia-to-EU-for-failing-to-extradite-Interpol-wanted-man",
         "https://www.pakistanpoint.com/en/story/830811/bulgarias-prosecutor-general-slams-serbia-in-letter-fo.html",
         "https://www.vassilev.bg/en/major-slap-in-the-face-of-bulgarias-corrupt-regime-interpols-headquarters-cancelled-the-notices-issued-against-my-wife-and-our-daughter-by-bulgarias-prosecution-_7_69"],
        p,
        "Обвиняемият, в периода 2011-2014 г., като мажоритарен акционер на търговска банка, е ръководил "
        "организирана престъпна група и е присвоил чрез фиктивни кредити към свързани дружества средства на "
        "банката в размер на 206 млн. лв. (As majority shareholder of a commercial bank he led an organised group "
        "and misappropriated BGN 206m of the bank's funds through fictitious loans to related companies.)",
        "2014-06-20", "Sofia, Bulgaria", "Prosecution",
        [charge("Embezzlement in especially large amounts", "НК чл. 203, ал. 1", 240),
         charge("Leading an organised criminal group", "НК чл. 321, ал. 2", 120)],
        warrant(W, "Sofia City Court (detention in custody ordered in absentia)", "2014-08-01", "НОХД 2270/2014")))

    return out
