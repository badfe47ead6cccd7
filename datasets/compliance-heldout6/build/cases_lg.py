"""Legitimate requests (expected: clear): serious ordinary-law crimes with complete data.
Names, numbers and references are fictional; incidents are composites of common crime
patterns unless the note names a public incident."""
from common import person, charge, warrant, prior, case, LIFE

P, C, W = person, charge, warrant


def cases():
    out = []
    add = out.append

    add(case(
        "lg-01-ru-contract-killing-businessman", "clear", "RU",
        "Ordinary crime from a state that also appears among abusive requesters: contract killing "
        "over a debt. Statute text: UK RF art. 105. Fictional names and composite facts.",
        ["https://kodeksai.ru/laws/ukrf/105",
         "https://www.consultant.ru/law/podborki/105_ubijstvo_uk_rf"],
        P("LYSENKO", "Artyom Viktorovich", "M", "1987-11-02", ["RU"], "RU",
          [("Passport", "65 1194872", "RU")], ["ru"], aliases=[("LISENKO", "Artem")]),
        "14.03.2024 около 21:40 во дворе дома № 17 по ул. Шейнкмана г. Екатеринбурга обвиняемый, "
        "действуя по найму за вознаграждение 1 500 000 рублей, произвёл из пистолета ПМ четыре "
        "выстрела в потерпевшего Г., 1969 г.р., предпринимателя, причинив ранения, от которых тот "
        "скончался на месте. Орудие преступления и автомобиль обнаружены; установлен по записям "
        "камер и биллингу; 16.03.2024 выехал в ОАЭ.",
        "2024-03-14", "ул. Шейнкмана 17, Екатеринбург, Российская Федерация", "Prosecution",
        [C("Убийство по найму", "п. «з» ч. 2 ст. 105 УК РФ", LIFE),
         C("Незаконный оборот оружия", "ч. 1 ст. 222 УК РФ", 48)],
        W("ArrestWarrant", "Ленинский районный суд г. Екатеринбурга", "2024-04-02", "3/1-211/2024")))

    add(case(
        "lg-02-tr-cocaine-import-mersin", "clear", "TR",
        "Ordinary organised drug trafficking from a state that also appears among abusive "
        "requesters. Penalty text for TCK 188/1 (20-30 years) from Turkish practitioners. "
        "Fictional names.",
        ["https://www.otluoglu.av.tr/tag/uyusturucu-ticareti-sucu/",
         "https://metinpolat.av.tr/tck-188-uyusturucu-madde-ticareti-sucu-ve-cezasi-nedir.html"],
        P("AKSOY", "Cengiz", "M", "1979-02-17", ["TR"], "TR",
          [("Passport", "U11830294", "TR"), ("T.C. Kimlik", "28817344106", "TR")], ["tr", "en"]),
        "11.07.2024 tarihinde Mersin Limanı'nda Ekvador çıkışlı muz konteynerinde 412 kg kokain "
        "ele geçirilmiştir. Şüphelinin ithalatçı firmanın fiili yöneticisi olduğu, sevkiyatı "
        "organize ettiği ve gümrük işlemleri için talimat verdiği HTS kayıtları ve yazışmalarla "
        "tespit edilmiştir. Şüpheli 12.07.2024'te Gürcistan'a çıkış yapmıştır.",
        "2024-07-11", "Mersin Limanı, Mersin, Türkiye", "Prosecution",
        [C("Uyuşturucu madde ithal etme (örgüt faaliyeti çerçevesinde)", "TCK md. 188/1, 188/5", 360)],
        W("ArrestWarrant", "Mersin 2. Sulh Ceza Hakimliği", "2024-07-15", "2024/4471 D.İş")))

    add(case(
        "lg-03-in-robbery-murder-elderly-couple", "clear", "IN",
        "Ordinary crime from a state that also appears among abusive requesters; new Bharatiya "
        "Nyaya Sanhita numbering (s. 103 murder). Fictional names.",
        ["https://vidhijudicial.com/bns:-s103-105.html",
         "https://www.taxmanagementindia.com/visitor/detail_act.asp?ID=42879"],
        P("YADAV", "Sunil Ramesh", "M", "1993-06-10", ["IN"], "IN",
          [("Passport", "W7718204", "IN"), ("Aadhaar", "4471 0928 3316", "IN")], ["hi", "mr"]),
        "On 22.09.2024 between 14:00 and 16:00 hrs at flat 5B, Sahyadri Apartments, Kothrud, Pune, "
        "the accused, employed as domestic help, strangled the complainant's parents (aged 78 and "
        "74) and robbed gold ornaments and cash worth Rs 31 lakh. Fingerprints, CCTV and pawn "
        "receipts link him to the offence; he left India for Dubai on 24.09.2024.",
        "2024-09-22", "Kothrud, Pune, Maharashtra, India", "Prosecution",
        [C("Murder (two counts)", "s. 103(1) Bharatiya Nyaya Sanhita, 2023", LIFE),
         C("Robbery with voluntarily causing hurt", "s. 309(6) Bharatiya Nyaya Sanhita, 2023", 120)],
        W("ArrestWarrant", "Court of the Judicial Magistrate First Class, Pune", "2024-10-03", "NBW in C.R. No. 611/2024, Kothrud PS")))

    add(case(
        "lg-04-eg-poisoning-premeditated-murder", "clear", "EG",
        "Ordinary premeditated murder from a state that also appears among abusive requesters. "
        "Egyptian Penal Code arts. 230/233 (premeditation, poison). Fictional names.",
        ["https://pdfslide.us/documents/egypt-penal-code-197358.html",
         "https://maatpeace.org/en/%d8%a7%d9%84%d8%ac%d8%b1%d8%a7%d8%a6%d9%85-%d8%a7%d9%84%d9%85%d9%86%d8%b5%d9%88%d8%b5-%d8%b9%d9%84%d9%8a%d9%87%d8%a7-%d8%a8%d8%b9%d9%82%d9%88%d8%a8%d8%a9-%d8%a7%d9%84%d8%a5%d8%b9%d8%af%d8%a7%d9%85/"],
        P("HASSANEIN", "Tarek Mahmoud", "M", "1983-01-30", ["EG"], "EG",
          [("Passport", "A19920381", "EG"), ("National ID", "28301300102415", "EG")], ["ar"]),
        "On 04/02/2023 at his residence in Nasr City, Cairo, the accused, with premeditation and "
        "in order to inherit, added an arsenic compound to the food of his paternal uncle, who died "
        "on 06/02/2023. Forensic toxicology confirmed arsenic poisoning; purchase receipts and "
        "witness statements link the accused, who travelled to Kuwait on 09/02/2023.",
        "2023-02-04", "Nasr City, Cairo, Egypt", "Prosecution",
        [C("Premeditated murder by poison", "Arts. 230, 231, 233 Egyptian Penal Code", LIFE)],
        W("ArrestWarrant", "Public Prosecution, East Cairo (order confirmed by the investigating judge)", "2023-03-01",
          "Case 4418/2023 Nasr City First")))

    M_ZHOU = P("ZHOU", "Weiming", "M", "1978-04-08", ["CN"], "CN",
               [("Passport", "E88120473", "CN"), ("居民身份证", "330106197804081215", "CN")], ["zh", "en"])
    add(case(
        "lg-05-cn-illegal-fundraising-platform-collapse", "clear", "CN",
        "Ordinary large-scale fraud (P2P lending platform collapse, tens of thousands of victims) "
        "from a state that also appears among abusive requesters; resubmitted with full facts after "
        "an earlier refusal on a formal ground (a prior refusal alone must not block it). Fictional names.",
        ["https://www.110ask.com/zhishi/9233100745031159990.html",
         "http://www.01caijing.com/article/4497.htm"],
        M_ZHOU,
        "2017年3月至2021年6月，犯罪嫌疑人作为杭州某网络借贷信息中介平台实际控制人，以虚构借款项目、"
        "承诺高额回报为手段，向社会公众非法集资人民币48.6亿元，造成3.1万名投资人实际损失21.3亿元，"
        "资金用于购置境外房产及个人挥霍。2021年7月出境至柬埔寨。",
        "2021-06-30", "杭州市西湖区 (Xihu District, Hangzhou), China", "Prosecution",
        [C("集资诈骗罪 (fraudulent fund-raising)", "《中华人民共和国刑法》第一百九十二条", LIFE)],
        W("ArrestWarrant", "杭州市西湖区人民检察院 (approved arrest)", "2021-09-10", "杭西检捕〔2021〕388号"),
        priors=[prior("RN-REQ/2021/3371-CN", M_ZHOU, "2022-02-11T07:30:00Z",
                      "Art. 83(2)(b)(i): summary of facts insufficient (no period, amount or role stated); "
                      "NCB invited to resubmit")]))

    add(case(
        "lg-06-hk-dangerous-drugs-trafficking", "clear", "HK",
        "Ordinary drug trafficking from a jurisdiction that also appears among abusive requesters. "
        "Terse police style. Fictional names.",
        ["https://customs.gov.hk/en/customs-announcement/press-release/index_id_1291.html",
         "http://caritaslokheepclub.org.hk/en/our-service/drug-prevention-education-en/drug-related-law-en.html"],
        P("CHAN", "Ka-ho", "M", "1991-08-19", ["HK", "CN"], "HK",
          [("HKSAR Passport", "KJ0448172", "HK")], ["yue", "en"]),
        "On 2023-11-08 at Kwai Chung Container Terminal 9, officers seized 1,006 kg of crystal "
        "methamphetamine concealed in marble slabs. Subject arranged import, paid storage and "
        "collected keys (WhatsApp, CCTV, bank records). Left HK via Lok Ma Chau 2023-11-09.",
        "2023-11-08", "Kwai Chung Container Terminal 9, Hong Kong", "Prosecution",
        [C("Trafficking in a dangerous drug", "s. 4(1)(a) Dangerous Drugs Ordinance (Cap. 134)", LIFE)],
        W("ArrestWarrant", "Kwun Tong Magistrates' Courts", "2023-11-20", "KTCC 7712/2023")))

    add(case(
        "lg-07-th-child-sexual-abuse-pattaya", "clear", "TH",
        "Serious sexual offence against children from a state that also appears among abusive "
        "requesters. Fictional names; composite facts.",
        ["https://en.wikisource.org./wiki/Translation:Act_Amending_the_Penal_Code_(No._23),_2558_BE",
         "https://library.siam-legal.com/?p=321"],
        P("KOVALENKO", "Dmytro", "M", "1968-12-01", ["UA"], "UA",
          [("Passport", "FC901177", "UA")], ["uk", "ru", "en"]),
        "Between 1 May and 30 September 2023 at a rented condominium unit in Nong Prue, Bang Lamung "
        "district (Pattaya), Chon Buri, the alleged offender repeatedly sexually assaulted two boys "
        "aged 11 and 13 and recorded the acts. Devices seized hold 214 files; victims' statements "
        "and DNA evidence. Alleged offender left Thailand on 2 October 2023.",
        "2023-09-30", "Nong Prue, Bang Lamung, Chon Buri, Thailand", "Prosecution",
        [C("Sexual intercourse with a child not over fifteen years", "Criminal Code s. 277 paras. 1 and 3", LIFE),
         C("Possession and production of child pornography", "Criminal Code s. 287/1, 287/2", 120)],
        W("ArrestWarrant", "Pattaya Provincial Court", "2023-10-05", "Arrest warrant 1377/2566")))

    add(case(
        "lg-08-id-methamphetamine-shipment", "clear", "ID",
        "Ordinary drug crime from a state that also appears among abusive requesters (narcotics "
        "law with death penalty as maximum). Fictional names.",
        ["http://kantorpengacara-rs.com/pasal-pasal-bagi-pengedar-narkoba/",
         "https://123dok.com/article/sanksi-pidana-terhadap-tindak-pidana-narkotika.wq2ee2pq"],
        P("TANJUNG", "Rizal Effendi", "M", "1981-10-22", ["ID"], "ID",
          [("Passport", "C6129930", "ID"), ("KTP", "3171062210810003", "ID")], ["id", "ms"]),
        "Pada tanggal 3 Maret 2024 di perairan Selat Malaka dekat Bengkalis, Riau, petugas BNN "
        "menyita 211 kg sabu dari kapal nelayan; tersangka selaku pengendali jaringan mengatur "
        "penjemputan dari kapal asal Malaysia dan pembayaran kepada kurir, dibuktikan dengan "
        "percakapan dan aliran dana. Tersangka melarikan diri ke Malaysia.",
        "2024-03-03", "Perairan Bengkalis, Riau, Indonesia", "Prosecution",
        [C("Permufakatan jahat mengimpor dan menjadi perantara narkotika golongan I > 5 gram",
           "Pasal 114 ayat (2) jo. Pasal 132 ayat (1) UU No. 35 Tahun 2009 tentang Narkotika", LIFE)],
        W("ArrestWarrant", "Pengadilan Negeri Bengkalis (penetapan)", "2024-03-20", "Sp.Kap/22/III/2024/BNN")))

    add(case(
        "lg-09-sa-workplace-murder-qisas", "clear", "SA",
        "Ordinary intentional homicide from a state that also appears among abusive requesters; "
        "uncodified Sharia-based law named as the legal basis (tests that 'Sharia' is not read as a "
        "religious offence). Fictional names.",
        ["http://hrw.org/reports/2008/saudicrd0308/5.htm",
         "https://globalvillagespace.com/saudi-arabia-executes-five-pakistani-expatriates-for-murder"],
        P("QURESHI", "Imran Latif", "M", "1988-07-07", ["PK"], "PK",
          [("Passport", "BV1184772", "PK"), ("Iqama", "2471180391", "SA")], ["ur", "pa", "ar"]),
        "On 17/05/2023 at approximately 23:00 in the workers' accommodation of a contracting "
        "company in the Second Industrial City, Dammam, the accused stabbed a co-worker eleven "
        "times with a kitchen knife following a dispute over money, causing his death. Knife with "
        "victim's blood and the accused's fingerprints recovered; accused left on 19/05/2023 via "
        "King Fahd Causeway.",
        "2023-05-17", "Second Industrial City, Dammam, Eastern Province, Saudi Arabia", "Prosecution",
        [C("Intentional homicide (qatl 'amd)", "Islamic Sharia as applied under Art. 1 Basic Law of Governance; Law of Criminal Procedure", LIFE)],
        W("ArrestWarrant", "Criminal Court, Dammam (arrest order on application of the Public Prosecution)", "2023-06-04", "PP-EP/1444/77120")))

    add(case(
        "lg-10-es-marbella-gangland-shooting", "clear", "ES",
        "Ordinary organised-crime homicide from a state that also appears among abusive requesters. "
        "Fictional names.",
        ["https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444"],
        P("DE VRIES", "Sander", "M", "1990-05-29", ["NL"], "NL",
          [("Passport", "NW8K12P47", "NL")], ["nl", "en", "es"], aliases=[("DE VRIES", "Sandro")]),
        "El 9 de junio de 2024, sobre las 02:15 horas, en la urbanización Nueva Andalucía de "
        "Marbella, el investigado, integrado en una organización dedicada al tráfico de hachís, "
        "disparó en nueve ocasiones con una pistola 9 mm contra un miembro de un clan rival que se "
        "encontraba en su vehículo, causándole la muerte. Identificado por ADN en el vehículo "
        "incendiado utilizado en la huida.",
        "2024-06-09", "Nueva Andalucía, Marbella (Málaga), España", "Prosecution",
        [C("Asesinato con alevosía", "art. 139.1.1ª CP", 300),
         C("Pertenencia a organización criminal", "art. 570 bis CP", 96),
         C("Tenencia ilícita de armas", "art. 564 CP", 36)],
        W("ArrestWarrant", "Juzgado de Instrucción nº 5 de Marbella", "2024-07-02", "Diligencias previas 1187/2024")))

    add(case(
        "lg-11-ph-syndicated-estafa-investment", "clear", "PH",
        "Ordinary syndicated investment fraud (Ponzi) from a state that also appears among abusive "
        "requesters. Fictional names.",
        ["https://lawphil.net/judjuris/juri2016/jan2016/gr_207406_2016.html"],
        P("SANTIAGO", "Maria Lourdes Reyes", "F", "1976-02-14", ["PH"], "PH",
          [("Passport", "P7781220A", "PH")], ["tl", "en"]),
        "From January 2020 to August 2022 in Davao City and elsewhere, the accused, as president of "
        "an unregistered investment company and together with four officers acting as a syndicate, "
        "solicited investments from 6,200 persons promising 30% monthly returns and misappropriated "
        "PHP 1.9 billion. Left the Philippines on 2 September 2022.",
        "2022-08-31", "Davao City, Philippines", "Prosecution",
        [C("Syndicated estafa", "Art. 315 Revised Penal Code in relation to P.D. No. 1689", LIFE)],
        W("ArrestWarrant", "Regional Trial Court, Branch 12, Davao City", "2022-11-08", "Crim. Case No. R-DVO-22-11831")))

    add(case(
        "lg-12-kr-voice-phishing-ring-leader", "clear", "KR",
        "Ordinary organised telecom fraud ('voice phishing') from a state that also appears among "
        "abusive requesters. Fictional names.",
        ["https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=46410&type=part&key=9",
         "https://www.lawtrust2.com/work/%eb%b3%b4%ec%9d%b4%ec%8a%a4%ed%94%bc%ec%8b%b1"],
        P("KIM", "Dong-su", "M", "1985-09-03", ["KR"], "KR",
          [("Passport", "M22019847", "KR")], ["ko", "zh"]),
        "From March 2021 to June 2023 the suspect led a criminal group operating a call centre in "
        "Cebu, Philippines, whose members posed as prosecutors and bank staff and defrauded 1,340 "
        "victims in Korea of KRW 21.7 billion. Bank transfer records, seized scripts and "
        "statements of 14 arrested members.",
        "2023-06-30", "Seoul and Cebu (Philippines)", "Prosecution",
        [C("Organising a criminal group", "Criminal Act Art. 114", LIFE),
         C("Aggravated fraud (over KRW 5 billion)", "Act on the Aggravated Punishment of Specific Economic Crimes Art. 3(1)(1)", LIFE)],
        W("ArrestWarrant", "Seoul Eastern District Court", "2023-09-12", "2023-영장-2276")))

    add(case(
        "lg-13-ua-contract-murder-odesa", "clear", "UA",
        "Ordinary contract killing from a state that also appears among abusive requesters. "
        "Fictional names.",
        ["https://kku.com.ua/st-115",
         "https://legalexpert.in.ua/komkodeks/uk/81-uky/1795-115.html"],
        P("MOROZ", "Vitalii Serhiiovych", "M", "1986-03-31", ["UA"], "UA",
          [("Passport", "FU774120", "UA")], ["uk", "ru"]),
        "21.01.2021 близько 08:10 біля під'їзду будинку на вул. Генуезькій в м. Одесі підозрюваний "
        "на замовлення за грошову винагороду 20 000 доларів США здійснив п'ять пострілів у "
        "власника портової логістичної компанії, який помер на місці. Встановлений за "
        "відеозаписами, даними мобільного зв'язку та свідченнями посередника.",
        "2021-01-21", "вул. Генуезька, Одеса, Україна", "Prosecution",
        [C("Умисне вбивство на замовлення", "п. 11 ч. 2 ст. 115 КК України", LIFE)],
        W("ArrestWarrant", "Приморський районний суд м. Одеси", "2021-04-06", "522/4417/21")))

    add(case(
        "lg-14-ng-romance-scam-laundering", "clear", "NG",
        "Ordinary cyber-enabled fraud and money laundering from a state that also appears among "
        "abusive requesters (a law on money laundering tests keyword matching). Fictional names.",
        ["https://www.lawglobalhub.com/section-18-money-laundering-prevention-and-prohibition-act-2022",
         "https://regalert.today/document/1533a322-4b47-4304-b7f6-7136a828a4c9/text"],
        P("EZE", "Chinedu Paul", "M", "1992-01-19", ["NG"], "NG",
          [("Passport", "B02219847", "NG")], ["en", "ig"]),
        "Between February 2022 and May 2024 in Lagos, the suspect led a group that defrauded 87 "
        "victims in the United States and Europe through romance and business-email-compromise "
        "schemes and received USD 4.3 million into accounts of shell companies, converting the "
        "proceeds into real estate in Lekki. Devices seized, bank records, co-defendant pleas.",
        "2024-05-31", "Lekki, Lagos State, Nigeria", "Prosecution",
        [C("Obtaining property by false pretence", "s. 1(3) Advance Fee Fraud and Other Fraud Related Offences Act, 2006", 240),
         C("Money laundering", "s. 18(2) Money Laundering (Prevention and Prohibition) Act, 2022", 168)],
        W("ArrestWarrant", "Federal High Court, Lagos Judicial Division", "2024-08-15", "FHC/L/CS/1290/2024"),
        diffusion=True))

    add(case(
        "lg-15-bd-bank-loan-breach-of-trust", "clear", "BD",
        "Corruption by a bank official, proven by documents, from a state that also appears among "
        "abusive requesters. Fictional names.",
        ["https://www.bdlaws.minlaw.gov.bd/act-11.html"],
        P("HOSSAIN", "Mahbubul Alam", "M", "1969-04-04", ["BD"], "BD",
          [("Passport", "BY0198224", "BD")], ["bn", "en"]),
        "While serving as deputy managing director of a state-owned commercial bank, between 2016 "
        "and 2019 the accused sanctioned loans of BDT 1,180 crore to eleven paper companies "
        "without collateral, in exchange for BDT 42 crore transferred to relatives' accounts, and "
        "transferred the proceeds abroad. Anti-Corruption Commission audit and bank records.",
        "2019-12-31", "Motijheel, Dhaka, Bangladesh", "Prosecution",
        [C("Criminal breach of trust by a banker", "s. 409 Penal Code, 1860", LIFE),
         C("Money laundering", "s. 4(2) Money Laundering Prevention Act, 2012", 144)],
        W("ArrestWarrant", "Special Judge Court No. 4, Dhaka", "2022-05-10", "ACC Case 11/2021 – warrant of arrest")))

    add(case(
        "lg-16-kg-organised-group-murder-rival", "clear", "KG",
        "Ordinary organised-crime homicide from a state that also appears among abusive requesters. "
        "Fictional names.",
        ["https://continent-online.com/Document/?doc_id=36675065&mode=p&page=2"],
        P("TOKTOSUNOV", "Bakyt Almazbekovich", "M", "1984-08-18", ["KG"], "KG",
          [("Passport", "AC2219874", "KG")], ["ky", "ru"]),
        "05.08.2022 около 22:00 на трассе Бишкек–Ош (Чуйская область) обвиняемый в составе "
        "организованной преступной группы, действуя совместно с двумя соучастниками, расстрелял "
        "из автоматического оружия автомобиль лидера конкурирующей группировки; погибли два "
        "человека. Соучастники осуждены; установлен по показаниям и экспертизам.",
        "2022-08-05", "трасса Бишкек–Ош, Чуйская область, Кыргызская Республика", "Prosecution",
        [C("Убийство двух и более лиц, совершённое организованной группой", "п. 1, 15 ч. 2 ст. 130 УК КР", LIFE),
         C("Участие в преступном сообществе", "ч. 2 ст. 253 УК КР", 180)],
        W("ArrestWarrant", "Свердловский районный суд г. Бишкек", "2022-09-02", "УД-1-0712/22")))

    add(case(
        "lg-17-ge-armed-robbery-exchange-office", "clear", "GE",
        "Ordinary armed robbery from a state that also appears among abusive requesters. "
        "Fictional names.",
        ["https://matsne.gov.ge/en/document/view/16426"],
        P("BERIDZE", "Giorgi Tamazovich", "M", "1994-12-12", ["GE"], "GE",
          [("Passport", "16AC22917", "GE")], ["ka", "ru"]),
        "On 18 February 2025 at 10:05, at a currency exchange office on Tsereteli Avenue, Tbilisi, "
        "the accused with an accomplice, masked and armed with a pistol, threatened the cashier, "
        "fired one shot into the ceiling and stole GEL 96,000 and USD 41,000. Accomplice arrested; "
        "accused identified through DNA on a discarded mask and left via Sarpi border.",
        "2025-02-18", "Tsereteli Avenue, Tbilisi, Georgia", "Prosecution",
        [C("Robbery committed by a group, with a weapon, in large amount", "Criminal Code of Georgia, Article 179 §2 and §3", 180)],
        W("ArrestWarrant", "Tbilisi City Court", "2025-03-04", "10a/1887-25")))

    add(case(
        "lg-18-sv-gang-homicide-bus-driver", "clear", "SV",
        "Ordinary gang homicide from a state that also appears among abusive requesters. "
        "Fictional names.",
        ["https://rayflat.com/es",
         "https://newsondemand.com/el-salvador-endurece-penas-homicidas-enfrentaran-hasta-60-anos-de-carcel"],
        P("HERNÁNDEZ CRUZ", "José Manuel", "M", "1996-09-29", ["SV"], "SV",
          [("DUI", "05512984-3", "SV")], ["es"], aliases=[("EL FLACO", "Alias")]),
        "El día 7 de marzo de 2022, a las 06:30 horas, en la parada de buses de la colonia "
        "Zacamil, Mejicanos, el imputado, miembro de una clica de la pandilla, disparó contra el "
        "motorista de la ruta 2-C por negarse a pagar extorsión, causándole la muerte. Testigo "
        "con régimen de protección, análisis balístico y telefonía.",
        "2022-03-07", "Colonia Zacamil, Mejicanos, San Salvador, El Salvador", "Prosecution",
        [C("Homicidio agravado", "arts. 128 y 129 Código Penal", 600),
         C("Extorsión agravada", "arts. 2 y 3 Ley Especial contra el Delito de Extorsión", 240)],
        W("ArrestWarrant", "Juzgado Especializado de Instrucción \"B\", San Salvador", "2022-04-19", "Ref. 88-2022-JEI-B")))

    add(case(
        "lg-19-ug-adf-suicide-bombing-logistics", "clear", "UG",
        "Real terrorism with explosives and victims from a state that also appears among abusive "
        "requesters (modelled on the November 2021 Kampala bombings pattern; processable under "
        "AGN/53/RES/7). Fictional names.",
        ["https://nation.africa/kenya/news/africa/three-dead-tens-injured-in-kampala-twin-blasts-3621086",
         "https://somaliguardian.com/news/africa/uganda-charges-15-with-terrorism-for-role-in-kampala-bombings/",
         "https://www.monitor.co.ug/uganda/news/national/three-suicide-bombers-carried-out-kampala-twin-explosions-police-3620880"],
        P("SSENYONGA", "Abdul Karim", "M", "1990-02-02", ["UG"], "UG",
          [("National ID", "CM90002101AKX", "UG")], ["lg", "sw", "en"]),
        "On 16 November 2021 two suicide bombers detonated explosive vests near the Central Police "
        "Station and Parliament Avenue, Kampala, killing at least three civilians and injuring over 30. The "
        "accused rented the safe house in Nakasero where the vests were assembled, procured "
        "detonators and transported the bombers to the scene. Forensic and phone evidence.",
        "2021-11-16", "Central Police Station and Parliament Avenue, Kampala, Uganda", "Prosecution",
        [C("Terrorism", "s. 7(1) and (2) Anti-Terrorism Act, 2002", LIFE),
         C("Murder", "ss. 188, 189 Penal Code Act (Cap. 120)", LIFE)],
        W("ArrestWarrant", "International Crimes Division of the High Court, Kampala", "2021-12-06", "ICD-CR-0021-2021")))

    add(case(
        "lg-20-by-double-murder-garage", "clear", "BY",
        "Ordinary double murder from a state that also appears among abusive requesters. "
        "Fictional names.",
        ["https://bypravo.ru/otvetstvennost-za-ubijstva-sovershaemye-pri-otyagchayushhih-obstoyatelstvah-chast-1/"],
        P("ZHUK", "Pavel Ivanovich", "M", "1980-07-21", ["BY"], "BY",
          [("Passport", "MC2233107", "BY")], ["ru", "be"]),
        "19.10.2023 около 23:30 в гаражном кооперативе по ул. Машиностроителей г. Минска "
        "обвиняемый в ходе ссоры из-за долга нанёс двум потерпевшим многочисленные удары "
        "топором по голове, от которых они скончались; трупы вывез в лесной массив Минского "
        "района. Следы крови в автомобиле, ДНК; 21.10.2023 выехал в Российскую Федерацию.",
        "2023-10-19", "ул. Машиностроителей, Минск, Республика Беларусь", "Prosecution",
        [C("Убийство двух и более лиц", "п. 1 ч. 2 ст. 139 УК Республики Беларусь", LIFE)],
        W("ArrestWarrant", "Суд Московского района г. Минска (мера пресечения — заключение под стражу)", "2023-11-02", "УД № 23111010244")))

    add(case(
        "lg-21-us-crypto-investment-fraud", "clear", "US",
        "Ordinary wire fraud and money-laundering conspiracy (crypto investment scheme), terse "
        "indictment style. Statute text from Cornell LII. Fictional names.",
        ["https://www.law.cornell.edu/uscode/text/18/1343",
         "https://www.law.cornell.edu/uscode/text/18/1956"],
        P("MARKOVIC", "Luka", "M", "1989-10-10", ["RS", "US"], "RS",
          [("Passport", "011982247", "RS"), ("Passport", "A44118273", "US")], ["sr", "en"]),
        "From 2020-01 through 2023-03, in the S.D.N.Y. and elsewhere, defendant operated a purported "
        "crypto trading fund, made false statements on returns to 2,900 investors and obtained "
        "approx. USD 96 million, diverting funds to personal accounts and laundering them through "
        "exchanges in Dubai. Fled US 2023-03-18.",
        "2023-03-15", "New York, NY, United States", "Prosecution",
        [C("Wire fraud", "18 U.S.C. § 1343", 240),
         C("Conspiracy to commit money laundering", "18 U.S.C. § 1956(h)", 240)],
        W("ArrestWarrant", "U.S. District Court, Southern District of New York", "2023-06-21", "23 Cr. 318 (indictment; arrest warrant)")))

    add(case(
        "lg-22-gb-murder-liverpool-shooting", "clear", "GB",
        "Ordinary murder, terse English style (common-law offence, mandatory life). Fictional names.",
        ["https://www.legislation.gov.uk/ukpga/1968/27/section/16"],
        P("MCCANN", "Ryan Patrick", "M", "1997-04-18", ["GB", "IE"], "GB",
          [("Passport", "559018274", "GB")], ["en"]),
        "At 21:52 on 02/08/2024 on Lower Breck Road, Anfield, Liverpool, subject shot the victim "
        "(male, 24) twice with a handgun from a moped; victim died at the scene. Phone cell-site, "
        "CCTV, firearm residue in stolen moped. Subject flew Liverpool-Malaga 04/08/2024.",
        "2024-08-02", "Lower Breck Road, Anfield, Liverpool, England", "Prosecution",
        [C("Murder", "Common law; Murder (Abolition of Death Penalty) Act 1965 s. 1", LIFE),
         C("Possession of a firearm with intent to endanger life", "Firearms Act 1968 s. 16", LIFE)],
        W("ArrestWarrant", "Liverpool Magistrates' Court", "2024-08-20", "Warrant 0411/24/MRS")))

    add(case(
        "lg-23-de-cum-ex-tax-evasion", "clear", "DE",
        "Tax evasion as an ordinary serious crime (cum-ex dividend-stripping pattern, refunds of tax "
        "never paid, committed as a gang: organised-crime exception to the 'administrative' "
        "category); shares the words 'tax evasion' with political cases. Fictional names.",
        ["https://www.gesetze-im-internet.de/ao_1977/__370.html"],
        P("WEISSENBORN", "Klaus-Dieter", "M", "1952-03-09", ["DE"], "DE",
          [("Reisepass", "C4LM77921", "DE")], ["de", "en"]),
        "Der Beschuldigte hat als Berater und Mitinitiator von Aktiengeschäften um den "
        "Dividendenstichtag (sog. Cum-Ex-Geschäfte) in den Jahren 2007 bis 2011 in Frankfurt am "
        "Main bewirkt, dass Kapitalertragsteuer in Höhe von insgesamt 278 Mio. EUR erstattet bzw. "
        "angerechnet wurde, die nicht einbehalten worden war; er handelte als Mitglied einer Bande mit "
        "Bankmitarbeitern und Fondsinitiatoren, die sich zur fortgesetzten Begehung solcher Taten "
        "verbunden hatte. Er hält sich in der Schweiz auf.",
        "2011-12-31", "Frankfurt am Main, Deutschland", "Prosecution",
        [C("Bandenmäßige Steuerhinterziehung in besonders schwerem Fall", "§ 370 Abs. 1 Nr. 1, Abs. 3 Satz 2 Nr. 1 und 5 AO", 120)],
        W("ArrestWarrant", "Amtsgericht Bonn", "2020-06-23", "50 Gs 1198/20 (Haftbefehl)")))

    add(case(
        "lg-24-fr-drug-network-leader-marseille", "clear", "FR",
        "Ordinary organised drug trafficking and gang killings (Marseille 'narcomicide' pattern). "
        "Fictional names.",
        ["https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719/"],
        P("BENALI", "Yanis", "M", "1995-01-23", ["FR", "DZ"], "FR",
          [("Passeport", "19FK44172", "FR")], ["fr", "ar"]),
        "Entre janvier 2022 et décembre 2023 à Marseille, l'intéressé a dirigé un réseau "
        "exploitant trois points de vente de stupéfiants (cité de la Castellane) et a commandité "
        "l'assassinat d'un concurrent le 14 mai 2023 (tirs de kalachnikov). Écoutes, géolocalisation, "
        "saisies de 1,2 tonne de résine de cannabis et 41 kg de cocaïne. En fuite à Dubaï.",
        "2023-05-14", "Marseille (Bouches-du-Rhône), France", "Prosecution",
        [C("Direction d'un groupement ayant pour objet le trafic de stupéfiants", "art. 222-34 Code pénal", LIFE),
         C("Complicité d'assassinat en bande organisée", "art. 221-3 et 121-7 Code pénal", LIFE)],
        W("ArrestWarrant", "Juge d'instruction, JIRS de Marseille", "2024-02-12", "Mandat d'arrêt n° JIRS 23/118")))

    add(case(
        "lg-25-it-camorra-sentence-remaining", "clear", "IT",
        "Mafia-type association and extortion; sentence to serve, with remaining term well above "
        "six months. Fictional names.",
        ["https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:regio.decreto:1930-10-19;1398"],
        P("ESPOSITO", "Gennaro", "M", "1977-05-05", ["IT"], "IT",
          [("Passaporto", "YA4418271", "IT"), ("Carta d'identità", "CA44182AB", "IT")], ["it"]),
        "Condannato con sentenza irrevocabile per aver fatto parte, dal 2014 al 2019, di un clan "
        "camorristico operante a Secondigliano (Napoli), con ruolo di reggente della piazza di "
        "spaccio, e per estorsioni aggravate dal metodo mafioso ai danni di commercianti.",
        "2019-03-31", "Secondigliano, Napoli, Italia", "Sentence",
        [C("Associazione di tipo mafioso", "art. 416-bis c.p.", 216),
         C("Estorsione aggravata dal metodo mafioso", "artt. 629, 416-bis.1 c.p.", 240)],
        W("CourtDecision", "Corte d'Appello di Napoli, sentenza irrevocabile; ordine di esecuzione Procura Generale",
          "2024-01-22", "SIEP 112/2024"),
        sentence_imposed=216, sentence_remaining=168))

    add(case(
        "lg-26-nl-cocaine-rotterdam-port", "clear", "NL",
        "Ordinary cocaine import through a port with an insider network. Fictional names.",
        ["https://wetten.overheid.nl/BWBR0001941/"],
        P("BAKKER", "Jeroen", "M", "1983-12-19", ["NL"], "NL",
          [("Paspoort", "NSK8J44F1", "NL")], ["nl", "en"]),
        "In de periode van 1 januari 2022 tot en met 30 september 2023 heeft verdachte te "
        "Rotterdam (Maasvlakte) met anderen opzettelijk ongeveer 3.800 kilogram cocaïne binnen "
        "het grondgebied van Nederland gebracht, verborgen in koelcontainers, en daartoe "
        "havenmedewerkers omgekocht. Bewijs: ontsleutelde berichten, observaties, inbeslagnames.",
        "2023-09-30", "Maasvlakte, Rotterdam, Nederland", "Prosecution",
        [C("Opzettelijk binnen het grondgebied brengen van harddrugs (Lijst I)", "art. 2 onder A jo. art. 10 lid 4 en 5 Opiumwet", 144),
         C("Deelneming aan een criminele organisatie", "art. 140 Wetboek van Strafrecht", 72)],
        W("ArrestWarrant", "Rechter-commissaris, Rechtbank Rotterdam", "2023-11-07", "Parketnr. 10/960112-23")))

    add(case(
        "lg-27-br-mayor-bribery-sentence", "clear", "BR",
        "Corruption by a public official convicted by an independent appellate court (final "
        "judgment), sentence to serve. Fictional names.",
        ["https://www.planalto.gov.br/ccivil_03/decreto-lei/del2848compilado.htm"],
        P("FERREIRA DA SILVA", "Antônio Carlos", "M", "1963-08-15", ["BR", "PT"], "BR",
          [("Passaporte", "FX441827", "BR"), ("CPF", "441.827.119-08", "BR")], ["pt"]),
        "Na qualidade de Prefeito do Município de C. (PR), entre 2013 e 2016, solicitou e recebeu "
        "vantagem indevida de R$ 6,2 milhões de empreiteiras em troca do direcionamento de "
        "licitações de pavimentação e ocultou os valores por meio de imóveis em nome de "
        "terceiros. Condenação confirmada pelo Tribunal Regional Federal da 4ª Região; trânsito em "
        "julgado em 2024.",
        "2016-12-31", "Município de C., Paraná, Brasil", "Sentence",
        [C("Corrupção passiva", "art. 317, § 1º, Código Penal", 192),
         C("Lavagem de dinheiro", "art. 1º Lei nº 9.613/1998", 120)],
        W("CourtDecision", "Tribunal Regional Federal da 4ª Região – mandado de prisão para execução definitiva",
          "2024-09-03", "ACR 5011447-18.2019.4.04.7000"),
        sentence_imposed=110, sentence_remaining=108))

    add(case(
        "lg-28-co-hitman-environmental-defender", "clear", "CO",
        "Ordinary contract killing whose victim was a social leader: a political victim does not "
        "make the perpetrator's crime political. Fictional names.",
        ["https://www.thestar.com.my/news/world/2021/08/05/interpol-red-notices-re-issued-for-top-ex-farc-boss-ivan-marquez-colombia-says"],
        P("OSPINA RUIZ", "Jhon Fredy", "M", "1993-11-11", ["CO"], "CO",
          [("Cédula", "1.022.441.872", "CO")], ["es"]),
        "El 19 de agosto de 2023, hacia las 18:20 horas, en la vereda La Esperanza del municipio "
        "de Tumaco (Nariño), el indiciado, contratado por una estructura dedicada a la minería "
        "ilegal, disparó contra un líder ambiental comunitario, causándole la muerte. Testimonios, "
        "registro de llamadas y pago recibido.",
        "2023-08-19", "Vereda La Esperanza, Tumaco, Nariño, Colombia", "Prosecution",
        [C("Homicidio agravado", "arts. 103 y 104 Código Penal (Ley 599 de 2000)", 600),
         C("Concierto para delinquir agravado", "art. 340 inc. 2 Código Penal", 216)],
        W("ArrestWarrant", "Juzgado Segundo Penal Municipal con Función de Control de Garantías de Tumaco", "2023-10-02",
          "Orden de captura 528356001-2023-00441")))

    add(case(
        "lg-29-mx-kidnapping-ransom-cell", "clear", "MX",
        "Ordinary kidnapping for ransom. Fictional names.",
        ["https://portico.mx/2014/06/03/duplican-las-penas-por-secuestro",
         "https://grillaenelpoder.com/hemeroteca/index.php/secciones/politica/endurece-el-congreso-mexicano-castigo-a-secuestradores-complices-y-asesinos"],
        P("RAMÍREZ TORRES", "Édgar Iván", "M", "1988-02-26", ["MX"], "MX",
          [("Pasaporte", "G44182710", "MX")], ["es"]),
        "El 3 de febrero de 2024 en Ecatepec, Estado de México, el probable responsable, junto con "
        "otros tres, privó de la libertad a un comerciante de 52 años, lo mantuvo 11 días en una "
        "casa de seguridad y obtuvo un rescate de 2.4 millones de pesos; la víctima fue liberada "
        "con lesiones. Identificado por la víctima y por el cobro del rescate.",
        "2024-02-03", "Ecatepec de Morelos, Estado de México", "Prosecution",
        [C("Secuestro con fines de rescate, agravado", "arts. 9 y 10 Ley General para Prevenir y Sancionar los Delitos en Materia de Secuestro", 1080)],
        W("ArrestWarrant", "Juez de Control del Distrito Judicial de Ecatepec", "2024-04-18", "Causa penal 311/2024")))

    add(case(
        "lg-30-ar-community-centre-bombing-logistics", "clear", "AR",
        "Real mass-casualty terrorism (modelled on the 1994 AMIA bombing, for which INTERPOL's "
        "General Assembly endorsed Red Notices in 2007); fictional non-official logistics "
        "operative.",
        ["https://www.nysun.com/article/foreign-warrants-issued-for-iranians-in-1994-bombing",
         "http://www.nbcnews.com/id/21675512/ns/world_news-terrorism/t/interpol-seeks-over-jewish-center-bombing/"],
        P("HAMADE", "Khalil Youssef", "M", "1962-04-30", ["LB"], "LB",
          [("Passport", "RL0448172", "LB")], ["ar", "es", "fr"]),
        "El 18 de julio de 1994, a las 09:53 horas, una camioneta Renault Trafic cargada con "
        "explosivos fue detonada frente a la sede de la mutual comunitaria de la calle Pasteur 633, "
        "Ciudad de Buenos Aires, causando 85 muertos y más de 150 heridos. El imputado adquirió el "
        "vehículo mediante documentación falsa y coordinó su guarda en un garaje de Constitución.",
        "1994-07-18", "Pasteur 633, Ciudad Autónoma de Buenos Aires, Argentina", "Prosecution",
        [C("Homicidio agravado por el concurso premeditado de dos o más personas y por medio idóneo para crear peligro común",
           "art. 80 incs. 5 y 6 Código Penal", LIFE)],
        W("ArrestWarrant", "Juzgado Nacional en lo Criminal y Correccional Federal nº 6", "2006-11-09",
          "Causa 8566/96 – orden de detención internacional")))

    add(case(
        "lg-31-jp-robbery-murder-ring-abroad", "clear", "JP",
        "Ordinary robbery-murder directed from abroad (pattern of 2023 'Luffy' remote-directed "
        "robberies). Fictional names.",
        ["http://asianlii.org/jp/legis/laws/pc1907an45o1907133",
         "https://japancompliance.com/a-crime-of-life-or-property-a-1929-japanese-ruling-on-the-essence-of-robbery-murder"],
        P("SAITO", "Kenta", "M", "1990-07-14", ["JP"], "JP",
          [("Passport", "TR4418270", "JP")], ["ja", "tl"]),
        "On 19 January 2023 at a residence in Komae City, Tokyo, perpetrators recruited online and "
        "directed by the suspect via an encrypted messaging app from Manila broke in, bound and "
        "beat a 90-year-old resident to death and stole valuables. Chat logs, payment records "
        "and confessions of arrested perpetrators.",
        "2023-01-19", "Komae City, Tokyo, Japan", "Prosecution",
        [C("Robbery resulting in death (robbery-murder)", "Penal Code Art. 240", LIFE)],
        W("ArrestWarrant", "Tokyo Summary Court", "2023-02-07", "Arrest warrant 令和5年(令)第1881号")))

    add(case(
        "lg-32-au-meth-import-commercial-quantity", "clear", "AU",
        "Ordinary importation of a commercial quantity of a border-controlled drug. "
        "Fictional names.",
        ["https://www.armstronglegal.com.au/criminal-law/national/offences/import-export/",
         "https://pottslawyers.com.au/?p=2377"],
        P("NGUYEN", "Thanh Long", "M", "1986-09-09", ["AU", "VN"], "VN",
          [("Passport", "PA4418271", "AU")], ["en", "vi"]),
        "Between 1 March and 12 April 2024 the accused arranged the importation into Sydney of "
        "587 kg of methamphetamine concealed in industrial transformer units shipped from "
        "Thailand; ABF detected the consignment at Port Botany on 12 April 2024. Encrypted phone "
        "messages and financial records show his control of the consignee company.",
        "2024-04-12", "Port Botany, Sydney, New South Wales, Australia", "Prosecution",
        [C("Importing a commercial quantity of a border controlled drug", "Criminal Code (Cth) s 307.1", LIFE)],
        W("ArrestWarrant", "Local Court of New South Wales", "2024-05-01", "Warrant 2024/00118472")))

    add(case(
        "lg-33-za-rhino-horn-syndicate", "clear", "ZA",
        "Organised wildlife trafficking with racketeering charges. Fictional names.",
        ["https://www.gov.za/documents/prevention-organised-crime-act"],
        P("MABASO", "Sipho Themba", "M", "1975-11-30", ["ZA"], "ZA",
          [("Passport", "A04418277", "ZA")], ["zu", "en", "af"]),
        "Between 2019 and 2023 the accused managed an enterprise that procured horns from poachers "
        "operating in the Kruger National Park and Hluhluwe-iMfolozi Park and exported 312 rhino "
        "horns to Mozambique and Viet Nam; 14 poachers are co-accused. Cellphone downloads, "
        "bank and border records.",
        "2023-06-30", "Skukuza, Mpumalanga / Durban, KwaZulu-Natal, South Africa", "Prosecution",
        [C("Managing an enterprise through a pattern of racketeering activity", "s. 2(1)(f) Prevention of Organised Crime Act 121 of 1998", LIFE),
         C("Dealing in a listed threatened species", "s. 57 and s. 102 National Environmental Management: Biodiversity Act 10 of 2004", 120)],
        W("ArrestWarrant", "Nelspruit Regional Court", "2023-09-19", "J50 warrant 441/2023")))

    add(case(
        "lg-34-pe-trafficking-mining-camps", "clear", "PE",
        "Ordinary human trafficking for sexual exploitation (illegal gold-mining camps). "
        "Fictional names.",
        ["https://sherloc.unodc.org/cld/fr/legislation/per/codigo_penal/libro_segundo_-_titulo_i-a_-_capitulo_i/articulos_129-a-129-b/articulos_129-a-129-b.html"],
        P("QUISPE MAMANI", "Rosa Elvira", "F", "1980-03-08", ["PE"], "PE",
          [("DNI", "41882279", "PE")], ["es", "qu"]),
        "Entre enero de 2022 y mayo de 2023, en el campamento minero La Pampa, distrito de "
        "Inambari (Madre de Dios), la investigada captó mediante falsas ofertas de empleo a ocho "
        "adolescentes de Cusco y Puno, las trasladó y las explotó sexualmente en bares "
        "('prostibares') bajo su administración. Testimonios de víctimas rescatadas el 19/05/2023.",
        "2023-05-19", "La Pampa, Inambari, Madre de Dios, Perú", "Prosecution",
        [C("Trata de personas agravada (víctimas menores de edad)", "arts. 129-A y 129-B Código Penal", 240)],
        W("ArrestWarrant", "Juzgado de Investigación Preparatoria de Tambopata", "2023-08-08", "Exp. 00441-2023-15-2701-JR-PE-01")))

    add(case(
        "lg-35-pl-vat-carousel-organised-group", "clear", "PL",
        "Invoice/VAT fraud normally viewed as fiscal, but committed by an armed organised group "
        "on a massive scale (RPD Art. 83(1)(a) exception: connected to organised crime). "
        "Fictional names.",
        ["https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19970880553"],
        P("KOWALCZYK", "Marek Andrzej", "M", "1978-06-21", ["PL"], "PL",
          [("Paszport", "EJ4418271", "PL")], ["pl", "en"]),
        "W okresie od stycznia 2019 r. do grudnia 2022 r. w Warszawie i innych miejscowościach "
        "podejrzany kierował zorganizowaną grupą przestępczą, która wystawiła fikcyjne faktury na "
        "obrót elektroniką o wartości 1,1 mld zł i wyłudziła zwrot podatku VAT w kwocie 183 mln zł, "
        "a uzyskane środki wyprowadzała przez spółki na Cyprze.",
        "2022-12-31", "Warszawa, Polska", "Prosecution",
        [C("Kierowanie zorganizowaną grupą przestępczą", "art. 258 § 3 Kodeksu karnego", 120),
         C("Wystawianie fikcyjnych faktur o wartości przekraczającej 10 mln zł", "art. 271a § 2 i art. 277a § 1 Kodeksu karnego", 300),
         C("Pranie pieniędzy", "art. 299 § 1 i 5 Kodeksu karnego", 120)],
        W("ArrestWarrant", "Sąd Okręgowy w Warszawie (list gończy / europejski nakaz aresztowania)", "2023-05-16",
          "XVIII Kp 1118/23")))

    add(case(
        "lg-36-ae-laundering-under-aml-cft-law", "clear", "AE",
        "Money laundering of drug proceeds charged under a law whose title mentions terrorism "
        "financing; no terrorism element. Fictional names.",
        ["https://rulebook.centralbank.ae/en/node/141",
         "https://elaws.moj.gov.ae/UAE-MOJ_LC-En/00_TERRORISM/UAE-LC-En_2018-09-23_00020_Markait.html?val=EL1"],
        P("VAN DAMME", "Pieter", "M", "1981-09-17", ["BE"], "BE",
          [("Passport", "EP441827", "BE")], ["nl", "fr", "en"]),
        "Between March 2021 and October 2023 in Dubai, the accused received through a network of "
        "general-trading companies and cash couriers AED 212 million derived from cocaine "
        "trafficking in Europe, converted it into real estate and gold and transferred it abroad to "
        "conceal its illicit origin. Financial Intelligence Unit reports and seized ledgers.",
        "2023-10-31", "Dubai, United Arab Emirates", "Prosecution",
        [C("Money laundering (proceeds of drug trafficking)",
           "Art. 2 and Art. 22 Federal Decree-Law No. 20 of 2018 on Anti-Money Laundering and Combating the Financing of Terrorism and Illegal Organisations", 120)],
        W("ArrestWarrant", "Dubai Public Prosecution (order confirmed by the Dubai Criminal Court)", "2024-01-15", "DPP/ML/2024/0031"),
        diffusion=True))

    return out
