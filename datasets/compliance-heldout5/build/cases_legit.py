"""Legitimate requests (expected: clear). Every name, date of birth, document number and
reference below is fictional. Most come from members that also appear among the abusive
requests. Sources point to the documented pattern (published wanted lists, INTERPOL fugitive
operations), not to the fictional person."""
from model import case, charge, person, prior, protected, warrant

W, C = "ArrestWarrant", "CourtDecision"
FUG = "http://www.interpol.int/en/Crime-areas/Fugitive-investigations/Fugitive-investigations"
OPS = "https://www.frontpagemonitor.com/frontpagemonitor/channel.php?channel=120363344108955798%40newsletter&time=30d"
RED2 = "http://www.us-immigration.com/us-immigration-news/us-immigration/45-foreign-fugitives-arrested-by-us-marshals/"
ZWL = "https://mbaretimes.com/2023/03/8-zimbabweans-placed"


def cases():
    out = []

    out.append(case(
        "lg-01-zw-stranger-abducts-infant", "clear", "ZW",
        "Modelled on a Zimbabwean red notice subject who abducted a month-old baby from a Harare supermarket "
        "(published wanted list, 2023). Stranger abduction; not a family matter. UNVERIFIED: s.93 maximum. "
        "Names fictional.",
        [ZWL],
        person("BWANALI", "Ruvimbo", "F", "1989-06-02", ["ZW", "MW"], "ZW",
               [("NationalId", "63-2298411-F-47", "ZW")], ["sn", "ny", "en"]),
        "On 12 January 2021 at about 11:15, at a supermarket in Montagu shopping centre, central Harare, the "
        "accused, who had no connection with the family, offered to hold a one-month-old baby while the mother "
        "paid at the till and walked away with the child. The child was found on 19 January 2021 at a homestead "
        "in Mutoko, together with two other children the accused had taken the same way in December 2020. The "
        "accused evaded a police raid on 19 January 2021 and crossed into South Africa.",
        "2021-01-12", "Harare, Zimbabwe", "Prosecution",
        [charge("Kidnapping (three counts)", "Criminal Law (Codification and Reform) Act [Chapter 9:23] s.93", 1200)],
        warrant(W, "Harare Magistrates Court", "2021-02-03", "CRB HRE 611/21")))

    out.append(case(
        "lg-02-zw-murder-of-wife", "clear", "ZW",
        "Modelled on a Zimbabwean red notice subject who killed his wife in Gweru in 2017 (published wanted "
        "list). The word 'wife' must not trigger a family-matter exclusion: this is homicide. UNVERIFIED: s.47 penalty range. Names fictional.",
        [ZWL],
        person("RUSERE", "Tawanda", "M", "1988-08-08", ["ZW"], "ZW",
               [("Passport", "EN662017", "ZW")], ["sn", "en"]),
        "On 21 December 2017 at about 22:00 at house no. 1144 Mkoba 12, Gweru, the accused, following an "
        "argument, struck his wife repeatedly on the head with an iron bar, killing her, and fled leaving their "
        "six-month-old son beside the body. Post-mortem report 1337/17 confirms death by blunt force head injury. "
        "The accused was traced to Gauteng, South Africa.",
        "2017-12-21", "Mkoba, Gweru, Zimbabwe", "Prosecution",
        [charge("Murder", "Criminal Law (Codification and Reform) Act [Chapter 9:23] s.47", 1200)],
        warrant(W, "Gweru Magistrates Court", "2018-01-09", "CRB GWE 4122/17")))

    out.append(case(
        "lg-03-lk-gang-leader-contract-killings", "clear", "LK",
        "Modelled on Sri Lanka's 2019-2020 red notices for organised-crime leaders directing killings from "
        "abroad. Sri Lanka also files abusive requests (ab-14, hd-09). UNVERIFIED: Penal Code section numbers. Names fictional.",
        ["https://adaderana.lk/news/66897/sri-lanka-obtains-interpol-red-notices-on-14-wanted-suspects",
         "https://netrigun.com/?p=121535"],
        person("JAYAMUNI", "Suranga Pradeep", "M", "1986-03-14", ["LK"], "LK",
               [("Passport", "N7720194", "LK")], ["si", "en"], aliases=[("SURA", "Kosgama")]),
        "The suspect heads a criminal gang operating in Gampaha and Colombo districts. On 3 March 2019 at "
        "20:40 in Kadawatha, acting on his instructions relayed by phone from abroad, two gunmen shot dead a rival "
        "drug dealer, K.P.R., and wounded a bystander. Call records, a recovered T-56 rifle and the statements "
        "of the arrested gunmen link the suspect to the order and to the payment of Rs 2 million.",
        "2019-03-03", "Kadawatha, Gampaha District, Sri Lanka", "Prosecution",
        [charge("Murder (abetment)", "Penal Code ss.296 and 102", 1200),
         charge("Conspiracy to commit murder", "Penal Code s.113B", 1200)],
        warrant(W, "Magistrate's Court of Mahara", "2019-05-20", "B 1402/19")))

    out.append(case(
        "lg-04-mx-cartel-plaza-chief", "clear", "MX",
        "Modelled on INTERPOL wanted-person alerts for Mexican cartel leaders (e.g. the murderer of a DEA agent "
        "released on a technicality). Mexico also files an abusive request (ab-16). UNVERIFIED: ranges. "
        "Names fictional.",
        ["https://gnnaip.blogspot.com/2013/12/interpol-joins-hunt-for-mexican-drug.html", OPS],
        person("SALAZAR QUINTANA", "Héctor Arturo", "M", "1979-01-19", ["MX"], "MX",
               [("Passport", "G20917733", "MX"), ("NationalId", "SAQH790119HSLLNC04", "MX")], ["es"],
               aliases=[("SALAZAR", "El Güero")]),
        "El indiciado es jefe de plaza de una organización delictiva en Culiacán, Sinaloa. El 9 de agosto de 2022, "
        "a las 23:10, en la colonia Las Quintas, ordenó y participó en la privación de la vida de dos agentes de "
        "la policía estatal que custodiaban un domicilio; entre enero y julio de 2022 coordinó el envío de 1.2 "
        "toneladas de cocaína en tractocamiones hacia Tijuana. Testigos protegidos, intervenciones autorizadas y "
        "balística vinculan al indiciado.",
        "2022-08-09", "Culiacán, Sinaloa, México", "Prosecution",
        [charge("Homicidio calificado (2 víctimas)", "Código Penal para el Estado de Sinaloa, arts. 134 y 139", 600),
         charge("Contra la salud (tráfico de cocaína)", "Código Penal Federal, art. 194 fr. I", 300),
         charge("Delincuencia organizada", "Ley Federal contra la Delincuencia Organizada, art. 4", 480)],
        warrant(W, "Juzgado de Distrito Especializado en el Sistema Penal Acusatorio, Culiacán", "2022-10-05",
                "CP 218/2022")))

    out.append(case(
        "lg-05-br-faction-member-drug-trafficking", "clear", "BR",
        "Modelled on Paraguay's handling of a Brazilian red notice for an alleged PCC member (2022). "
        "UNVERIFIED: sentence details. Names fictional.",
        ["https://monumental.com.py/la-lupa/08/11/2022/jefe-de-interpol-asegura-que-informo-sobre-codigo-rojo-de-cachorrao"],
        person("PEREIRA DOS SANTOS", "Wanderlei", "M", "1984-10-30", ["BR"], "BR",
               [("NationalId", "412.883.019-20", "BR")], ["pt", "es"], aliases=[("PEREIRA", "Cachorro")]),
        "Entre fevereiro e setembro de 2020, o acusado, integrante de facção criminosa, coordenou a partir de "
        "Ponta Porã/MS a remessa de 2.380 kg de maconha e 96 kg de cocaína escondidos em cargas de soja para "
        "Campinas/SP, sendo responsável pela logística e pagamentos, conforme interceptações telefônicas "
        "autorizadas e apreensão de 23/09/2020 na BR-163.",
        "2020-09-23", "Ponta Porã, Mato Grosso do Sul, Brasil", "Prosecution",
        [charge("Tráfico de drogas", "Lei 11.343/2006, art. 33", 180),
         charge("Associação para o tráfico", "Lei 11.343/2006, art. 35", 120),
         charge("Organização criminosa armada", "Lei 12.850/2013, art. 2º §2º", 96)],
        warrant(W, "1ª Vara Federal de Ponta Porã", "2020-11-18", "5001183-22.2020.4.03.6005")))

    out.append(case(
        "lg-06-az-contract-killer-of-journalist", "clear", "AZ",
        "Pattern test: the victim was an opposition journalist; the wanted person is the hired gunman, with "
        "forensic and witness evidence. Alarming words used innocently; same requester as ab-01..ab-03. "
        "UNVERIFIED: AZ CC maximum. Names fictional.",
        [OPS],
        person("QULIYEV", "Elvin Tahir oglu", "M", "1990-09-09", ["AZ"], "AZ",
               [("Passport", "C02277810", "AZ")], ["az", "ru"]),
        "On 2 April 2024 at about 21:30, near building 14 on Azadlig Avenue, Baku, Quliyev E.T., for a payment of "
        "15,000 USD, shot the journalist R.N., known for his critical publications, four times with a Makarov "
        "pistol, causing his death. CCTV, the pistol recovered from the accused's car, DNA on the casing and "
        "the statement of the intermediary (convicted) identify the accused, who left for Georgia on 3 April 2024.",
        "2024-04-02", "Baku, Azerbaijan", "Prosecution",
        [charge("Murder committed for hire", "AR CM 120.2.4", 1200),
         charge("Illegal possession of firearms", "AR CM 228.1", 36)],
        warrant(W, "Baku Grave Crimes Court", "2024-04-19", "1(101)-412/2024")))

    p = person("ABENOV", "Timur Kairatovich", "M", "1982-12-01", ["KZ"], "KZ",
               [("Passport", "N12209841", "KZ"), ("NationalId", "821201300455", "KZ")], ["kk", "ru"])
    out.append(case(
        "lg-07-kz-financial-pyramid-resubmitted", "clear", "KZ",
        "Pattern test: a large investment pyramid with thousands of victims, resubmitted after an earlier "
        "refusal whose stated reason was only missing data (no time/place/role). Now complete. A repeated "
        "request is not in itself abusive. Source: India's return of a scam-company director on a red notice as "
        "an example of mass-victim fraud. UNVERIFIED: Art. 217 range. Names fictional.",
        ["https://www.hindustantimes.com/india-news/cbi-extradited-33-fugitives-under-operation-trishul-in-a-year-report-101678685325311-amp.html"],
        p,
        "Abenov T.K., as founder and actual head of LLP 'Altyn Invest Group', from 10 February 2021 to "
        "30 November 2022 in Astana and Karaganda attracted funds of 12,418 citizens under agreements promising "
        "monthly returns of 12%, paid earlier depositors from new deposits, and on 1 December 2022 transferred "
        "the remaining 7.9 billion tenge to accounts in the UAE and left Kazakhstan. Damage: 19.6 billion tenge.",
        "2022-12-01", "Astana, Kazakhstan", "Prosecution",
        [charge("Creation and leadership of a financial pyramid", "UK RK st. 217 ch. 3", 120),
         charge("Fraud committed on an especially large scale", "UK RK st. 190 ch. 4", 144)],
        warrant(W, "Specialised Investigating Court of Astana", "2023-09-12", "7111-23-00-1/503"),
        priors=[prior("2023/RN-14220", person("ABENOV", "Timur", "M", "1982-12-01", ["KZ"], "KZ",
                                               [("Passport", "N12209841", "KZ")], ["kk"]),
                      "2023-06-15T00:00:00Z",
                      "Art. 83(2)(b)(i) RPD — summary of facts insufficient (no dates, places or role); the NCB may "
                      "resubmit with complete judicial data")]))

    out.append(case(
        "lg-08-ua-trafficking-women-sexual-exploitation", "clear", "UA",
        "Ordinary serious crime from a requester that also appears with an abusive request (ab-27). Human "
        "trafficking figures among the offences in INTERPOL fugitive operations. UNVERIFIED: Art. 149 range. Names fictional.",
        [RED2, OPS],
        person("MOROZ", "Vitalii Ihorovych", "M", "1985-05-25", ["UA"], "UA",
               [("Passport", "FE331872", "UA")], ["uk", "ru", "pl"]),
        "У період з травня 2022 по березень 2023 року підозрюваний, діючи в складі організованої групи, під "
        "приводом працевлаштування офіціантками завербував у м. Одесі 11 жінок, у тому числі двох неповнолітніх, "
        "перевіз їх до Польщі та Німеччини, відібрав паспорти і примушував до надання сексуальних послуг, "
        "отримавши не менше 310 000 євро.",
        "2023-03-10", "Odesa, Ukraine (and Poland, Germany)", "Prosecution",
        [charge("Trafficking in human beings by an organised group, including minors", "КК України ст. 149 ч. 3", 180)],
        warrant(C, "Prymorskyi District Court of Odesa (detention ruling)", "2023-07-21", "522/14410/23")))

    out.append(case(
        "lg-09-md-phishing-group-sentence", "clear", "MD",
        "Ordinary cybercrime sentence from a requester also in the hard set (hd-01). Convicted after an "
        "adversarial trial in his presence; he fled before the appeal decision. UNVERIFIED: article numbering. "
        "Names fictional.",
        [FUG],
        person("RUSU", "Andrei", "M", "1994-01-13", ["MD", "RO"], "MD",
               [("Passport", "AB1203394", "MD")], ["ro", "ru", "en"]),
        "În perioada martie 2019 - iunie 2020, condamnatul, în calitate de administrator tehnic al unui grup, a "
        "creat pagini clonă ale unor bănci din Republica Moldova și România, prin care a obținut datele cardurilor "
        "a 2.417 clienți și a sustras 6,1 milioane lei. Condamnat la 7 ani de închisoare în prezența sa; s-a "
        "sustras de la executare după pronunțarea deciziei Curții de Apel Chișinău din 14.09.2022.",
        "2020-06-30", "Chișinău, Republica Moldova", "Sentence",
        [charge("Escrocherie în proporții deosebit de mari", "Codul penal RM art. 190 alin. (5)", 180),
         charge("Accesul ilegal la informația computerizată", "Codul penal RM art. 259 alin. (2)", 60)],
        warrant(C, "Curtea de Apel Chișinău", "2022-09-14", "1a-1188/2022"),
        sentence_imposed=84, sentence_remaining=84))

    out.append(case(
        "lg-10-dz-bombing-killed-gendarmes", "clear", "DZ",
        "Terrorism with real violence (a bombing that killed gendarmes) from a requester that also files "
        "abusive 'terrorism' requests against bloggers (ab-10). The label is the same; the facts differ. "
        "UNVERIFIED: article numbering. Names fictional.",
        [FUG],
        person("KHELIFI", "Abdelmalek", "M", "1981-02-02", ["DZ"], "DZ",
               [("NationalId", "109810202118833", "DZ")], ["ar"]),
        "Le 16 septembre 2019 vers 06h30, sur la RN 4 près de Aïn Defla, le mis en cause, membre d'un groupe armé "
        "affilié à une organisation terroriste au Sahel, a déclenché à distance un engin explosif au passage d'un "
        "véhicule de la Gendarmerie nationale, tuant trois gendarmes et blessant deux autres. Les empreintes "
        "relevées sur le détonateur, la téléphonie et les aveux d'un complice arrêté l'identifient.",
        "2019-09-16", "Aïn Defla, Algérie", "Prosecution",
        [charge("Assassinat de trois gendarmes par engin explosif, acte terroriste", "Code pénal, art. 87 bis et 255", 1200),
         charge("Adhésion à un groupe terroriste armé", "Code pénal, art. 87 bis 3", 240)],
        warrant(W, "Juge d'instruction, Pôle pénal spécialisé de Constantine", "2019-11-04", "MA-1189/19")))

    out.append(case(
        "lg-11-id-church-bombing", "clear", "ID",
        "Terrorism with real violence at a religious building (a church) from Indonesia, which also files an "
        "abusive Papua request (ab-13). Religious words describe the crime scene, not the motive of the "
        "requester. UNVERIFIED: statutory article. Names fictional.",
        [FUG],
        person("SAPUTRA", "Rizky Hidayat", "M", "1993-07-17", ["ID"], "ID",
               [("NationalId", "3578011707930004", "ID")], ["id", "jv"]),
        "Pada tanggal 13 Mei 2018 sekitar pukul 07.30 WIB tersangka merakit dan menyerahkan tiga bom panci "
        "kepada pelaku yang meledakkannya di halaman sebuah gereja di Jl. Ngagel Madya, Surabaya, menewaskan "
        "tujuh jemaat dan melukai 41 orang. Bahan peledak, jejak DNA dan keterangan saksi mengidentifikasi "
        "tersangka. (Built and handed over three pot bombs detonated at a Surabaya church, killing 7 and injuring 41.)",
        "2018-05-13", "Surabaya, Jawa Timur, Indonesia", "Prosecution",
        [charge("Tindak pidana terorisme yang mengakibatkan kematian", "UU No. 5 Tahun 2018 jo. Perppu No. 1 Tahun 2002, Pasal 6", 1200)],
        warrant(W, "Densus 88 Antiteror Polri (penetapan Pengadilan Negeri Jakarta Timur)", "2018-06-04",
                "SP.Kap/114/VI/2018/Densus")))

    out.append(case(
        "lg-12-pk-relative-of-former-minister-shooting", "clear", "PK",
        "Pattern test: the accused is the nephew of a former provincial minister, an ordinary homicide with "
        "witnesses and forensic evidence. Same requester as ab-19 and ab-30. UNVERIFIED: none beyond the fictional facts (s.302 PPC carries death or life). Names fictional.",
        [RED2],
        person("GONDAL", "Sheraz Hayat", "M", "1996-04-04", ["PK"], "PK",
               [("Passport", "FR8112097", "PK"), ("NationalId", "35202-8844120-1", "PK")], ["ur", "pa", "en"]),
        "On 23 October 2023 at about 23:45, outside a restaurant on MM Alam Road, Gulberg, Lahore, the accused, "
        "nephew of a former provincial minister, after an altercation over parking, fired five shots from a 9mm "
        "pistol at A.R., a 27-year-old delivery rider, who died at the scene. Three eyewitnesses, CCTV and the "
        "matching pistol recovered from the accused's farmhouse identify him. He flew to Dubai on 25 October 2023.",
        "2023-10-23", "Gulberg, Lahore, Pakistan", "Prosecution",
        [charge("Qatl-i-amd (murder)", "Pakistan Penal Code s.302", 1200)],
        warrant(W, "Judicial Magistrate Section 30, Lahore Cantt", "2023-11-09", "FIR 1771/2023 PS Gulberg")))

    out.append(case(
        "lg-13-bd-trafficking-migrants-to-libya", "clear", "BD",
        "Ordinary serious crime (human trafficking ring) from Bangladesh, also in the hard set (hd-03). "
        "UNVERIFIED: statutory maximum. Names fictional.",
        [RED2],
        person("MIAH", "Kamrul Hasan", "M", "1980-11-20", ["BD"], "BD",
               [("Passport", "BJ0117723", "BD")], ["bn", "ar"]),
        "Between January 2019 and May 2020 the accused, leader of a trafficking ring operating from Madaripur and "
        "Tripoli, recruited 38 men with promises of jobs in Italy, took Tk 4-7 lakh from each, transported them to "
        "Libya, confined them in a warehouse in Mizdah and extorted further ransoms from their families; on "
        "28 May 2020, 26 of them were killed there. Recovered ledgers and survivors' statements identify him.",
        "2020-05-28", "Madaripur, Bangladesh and Mizdah, Libya", "Prosecution",
        [charge("Human trafficking by an organised group", "Prevention and Suppression of Human Trafficking Act 2012, ss.6 and 7", 1200)],
        warrant(W, "Human Trafficking Offence Suppression Tribunal, Dhaka", "2020-07-14", "HT Case 212/2020")))

    out.append(case(
        "lg-14-kh-scam-compound-forced-labour", "clear", "KH",
        "Ordinary serious crime (online-scam compound with trafficked workers) from Cambodia, which also files "
        "an abusive lese-majesty diffusion (ab-09). UNVERIFIED: article and range. Names fictional.",
        [OPS],
        person("CHEN", "Wei-Lun", "M", "1985-03-09", ["TW"], "TW",
               [("Passport", "356018842", "TW")], ["zh", "en"], aliases=[("TAN", "Ah Wei")]),
        "From June 2021 to August 2022 the accused managed a compound in Sihanoukville where 214 foreign "
        "nationals recruited through false job offers were held, their passports confiscated, beaten and forced "
        "to run online investment scams; two workers died after beatings on 11 August 2022. Rescued victims, "
        "payroll records and CCTV identify the accused as the manager.",
        "2022-08-11", "Sihanoukville, Preah Sihanouk, Cambodia", "Prosecution",
        [charge("Unlawful removal for cross-border transfer and human trafficking", "Law on Suppression of Human Trafficking and Sexual Exploitation (2008), Art. 12", 180),
         charge("Wrongful confinement with torture", "Criminal Code of Cambodia, Art. 253", 240)],
        warrant(W, "Preah Sihanouk Provincial Court, Investigating Judge", "2022-10-03", "No. 1277/2022")))

    out.append(case(
        "lg-15-vn-heroin-trafficking", "clear", "VN",
        "Ordinary drug trafficking from Viet Nam (also in hd-07). Note: death penalty exists; requested for "
        "prosecution with full facts. UNVERIFIED: BLHS article numbering. Names fictional.",
        [FUG],
        person("LÒ", "Văn Thắng", "M", "1983-08-18", ["VN"], "VN",
               [("NationalId", "014083001234", "VN")], ["vi"]),
        "Ngày 04/02/2022, tại bản Huổi Luông, huyện Mường Nhé, tỉnh Điện Biên, bị can cùng đồng bọn vận chuyển "
        "60 bánh heroin (20,8 kg) từ biên giới về Hà Nội, bị lực lượng biên phòng phát hiện và bắt giữ hai đồng "
        "phạm; bị can bỏ trốn sang nước ngoài. (Transported 60 bricks of heroin, 20.8 kg, from the border; two "
        "accomplices caught, the accused fled abroad.)",
        "2022-02-04", "Mường Nhé, Điện Biên, Việt Nam", "Prosecution",
        [charge("Vận chuyển trái phép chất ma túy (drug transport, heroin ≥ 100 g)", "BLHS 2015, Điều 250 khoản 4", 1200)],
        warrant(W, "Cơ quan CSĐT Công an tỉnh Điện Biên (phê chuẩn VKSND tỉnh Điện Biên)", "2022-03-01", "QĐ 41/ANĐT")))

    p = person("TEKLE", "Robel Habte", "M", "1995-12-12", ["ER"], "ER",
               [("TravelDocument", "ET-RTD-0488121", "ET")], ["ti", "am"])
    out.append(case(
        "lg-16-et-robbery-homicide-eritrean-refugee", "clear", "ET",
        "Pattern test: the person holds refugee status, but the feared persecutor is a different state (ER); the "
        "requester (ET) is the country of refuge where the crime took place. The refugee policy does not apply. "
        "Ethiopia also files ab-21. UNVERIFIED: FDRE Criminal Code article numbers. Names fictional.",
        [RED2],
        p,
        "On 8 June 2023 at about 20:15 in Bole Sub-City, Woreda 03, Addis Ababa, the accused and an accomplice "
        "robbed a mobile-money agent at knife-point, stabbing him twice in the chest; the victim died the same "
        "night at Tikur Anbessa hospital. The accomplice (convicted) and two witnesses identify the accused, "
        "who crossed into Kenya at Moyale on 12 June 2023.",
        "2023-06-08", "Bole, Addis Ababa, Ethiopia", "Prosecution",
        [charge("Aggravated homicide", "Criminal Code of the FDRE, Art. 539", 1200),
         charge("Aggravated robbery", "Criminal Code of the FDRE, Art. 671", 300)],
        warrant(W, "Federal First Instance Court, Bole Division", "2023-06-26", "FFIC/BL/1187/15"),
        protections=[protected(p, "Refugee", ["ER"], True)]))

    out.append(case(
        "lg-17-ir-car-import-fraud-many-victims", "clear", "IR",
        "Ordinary large fraud with many victims from Iran, which also files ab-22, ab-23 and hd-10. "
        "UNVERIFIED: law title translation. Names fictional.",
        [RED2],
        person("SHARIFZADEH", "Mehdi", "M", "1976-02-10", ["IR"], "IR",
               [("Passport", "X92177140", "IR")], ["fa", "en"]),
        "The accused, managing director of a car-import company in Tehran, between April 2021 and March 2022 "
        "took pre-payments of 3.1 trillion rials from 912 buyers for imported vehicles, presenting forged customs "
        "clearance documents; no vehicles were delivered and the funds were transferred to exchange houses in "
        "Dubai. Bank records and the forged documents seized on 14 March 2022 establish the facts.",
        "2022-03-14", "Tehran, Iran", "Prosecution",
        [charge("Fraud (kelāhbardāri) on a large scale", "Law on Intensifying Punishment for Bribery, Embezzlement and Fraud (1367), Art. 1", 84),
         charge("Forgery and use of forged official documents", "Islamic Penal Code, Book 5, Arts. 533 and 535", 60)],
        warrant(W, "Tehran Prosecutor's Office, Economic Crimes, Branch 4 (court-approved)", "2022-05-02",
                "0101779402")))

    out.append(case(
        "lg-18-ma-cocaine-tanger-med", "clear", "MA",
        "Ordinary drug trafficking from Morocco, which also appears in ab-24 and hd-12. UNVERIFIED: dahir "
        "article range. Names fictional.",
        [OPS],
        person("EL AMRANI", "Hicham", "M", "1986-05-05", ["MA", "ES"], "MA",
               [("Passport", "UZ2218840", "MA")], ["ar", "es", "fr"]),
        "Le 22 novembre 2022 au port de Tanger Med, 1,46 tonne de cocaïne a été saisie dans un conteneur de "
        "bananes en provenance de Guayaquil, déclaré au nom d'une société d'import dont le mis en cause est le "
        "gérant de fait. Les écoutes autorisées, les virements à l'exportateur équatorien et les déclarations de "
        "deux transitaires établissent qu'il a organisé l'importation.",
        "2022-11-22", "Tanger Med, Maroc", "Prosecution",
        [charge("Importation et trafic de stupéfiants", "Dahir du 21 mai 1974 relatif aux stupéfiants, art. 2", 120),
         charge("Association de malfaiteurs", "Code pénal, art. 293", 120)],
        warrant(W, "Juge d'instruction près la Cour d'appel de Tanger", "2023-01-11", "Dossier 2023/11/48")))

    out.append(case(
        "lg-19-sn-forged-cheque-network", "clear", "SN",
        "Pattern test: cheques are part of an organised scheme of forged instruments and shell companies with "
        "40 victims, not a private debt. Senegal also files ab-20 and hd-08. UNVERIFIED: ranges. Names fictional.",
        [OPS],
        person("SECK", "Aliou Badara", "M", "1982-01-25", ["SN"], "SN",
               [("Passport", "A01772093", "SN")], ["fr", "wo"]),
        "Entre janvier et octobre 2022 à Dakar, le mis en cause, à la tête d'un réseau de cinq personnes, a créé "
        "quatre sociétés fictives au moyen de pièces d'identité falsifiées, ouvert des comptes bancaires, puis "
        "remis à quarante fournisseurs de matériaux des chèques contrefaits et des chèques tirés sur des comptes "
        "clôturés en paiement de marchandises revendues aussitôt; préjudice de 1,9 milliard de francs CFA. Ses "
        "complices arrêtés et l'expertise des chèques l'identifient.",
        "2022-10-31", "Dakar, Sénégal", "Prosecution",
        [charge("Association de malfaiteurs", "Code pénal, art. 238", 120),
         charge("Escroquerie", "Code pénal, art. 379", 60),
         charge("Faux et usage de faux en écriture de commerce ou de banque", "Code pénal, art. 135", 120)],
        warrant(W, "Juge d'instruction du 2e cabinet, Tribunal de grande instance hors classe de Dakar", "2022-12-08",
                "CI-2/2022/0912")))

    out.append(case(
        "lg-20-cd-war-weapons-to-armed-groups", "clear", "CD",
        "Pattern test: military-grade weapons trafficking to armed groups (ordinary organised crime), from the "
        "DRC, which also files ab-15. UNVERIFIED: statutory reference and range. Names fictional.",
        [OPS],
        person("BAHATI MUGISHO", "Pascal", "M", "1978-06-30", ["CD"], "CD",
               [("Passport", "OP0831177", "CD")], ["fr", "sw"]),
        "Entre mars et juillet 2023, le prévenu a acheminé par camions depuis la frontière de Mahagi vers Djugu "
        "(Ituri) quatre livraisons totalisant 160 fusils AK-47, 12 lance-roquettes RPG-7 et 40 000 cartouches, "
        "vendus à une milice armée responsable d'attaques contre des civils. Saisie partielle le 19 juillet 2023 "
        "à Bunia; téléphonie et témoignages des convoyeurs arrêtés.",
        "2023-07-19", "Bunia / Djugu, Ituri, RD Congo", "Prosecution",
        [charge("Trafic illicite d'armes et de munitions de guerre", "Loi n° 85-035 portant régime des armes et munitions, art. 38 et Code pénal", 240),
         charge("Association de malfaiteurs", "Code pénal, art. 156", 120)],
        warrant(W, "Auditorat militaire supérieur près la Cour militaire de l'Ituri", "2023-09-04", "RMP 0412/23")))

    out.append(case(
        "lg-21-tz-ivory-trafficking-network", "clear", "TZ",
        "Ordinary organised wildlife crime from Tanzania, which also files ab-29. UNVERIFIED: EOCCA ranges. "
        "Names fictional.",
        [OPS],
        person("SHIRIMA", "Joseph Alfred", "M", "1970-10-01", ["TZ"], "TZ",
               [("Passport", "AB0388112", "TZ")], ["sw", "en"]),
        "Between January 2018 and April 2021 the accused financed and organised a network that bought ivory from "
        "poachers around Ruaha and Selous and exported it through Dar es Salaam concealed in timber containers; "
        "on 16 April 2021 officers seized 2.4 tonnes (318 tusks). Financial records, the shipping manifests and "
        "co-accused statements identify him as the financier.",
        "2021-04-16", "Dar es Salaam, Tanzania", "Prosecution",
        [charge("Leading organised crime", "Economic and Organised Crime Control Act [Cap. 200] para. 4(1)(a) First Schedule, s.60(2)", 360),
         charge("Unlawful dealing in government trophies", "Wildlife Conservation Act [Cap. 283] s.84(1)", 360)],
        warrant(W, "Corruption and Economic Crimes Division of the High Court, Dar es Salaam", "2021-06-01",
                "Economic Case 14/2021")))

    out.append(case(
        "lg-22-ao-child-kidnap-for-ransom-diffusion", "clear", "AO",
        "Pattern test: child abduction by strangers for ransom, sent as an urgent diffusion; a diffusion is not "
        "abusive in itself. Angola also appears in hd-02. UNVERIFIED: penal code ranges. Names fictional.",
        [OPS],
        person("CAMBAMBE", "Nelson Domingos", "M", "1991-03-03", ["AO"], "AO",
               [("NationalId", "004412881LA041", "AO")], ["pt", "kmb"]),
        "No dia 2 de outubro de 2026, cerca das 07h10, no bairro Talatona, Luanda, o suspeito e dois comparsas "
        "armados interceptaram a viatura que levava à escola um menino de 9 anos, filho de um empresário sem "
        "qualquer relação com os suspeitos, levaram a criança para um cativeiro em Viana e exigiram 500.000 USD "
        "de resgate. A criança foi libertada pela polícia em 6 de outubro; o suspeito, identificado pelas "
        "chamadas de resgate e pelos comparsas detidos, fugiu para a Namíbia.",
        "2026-10-02", "Talatona / Viana, Luanda, Angola", "Prosecution",
        [charge("Sequestro agravado de menor com pedido de resgate", "Código Penal angolano (Lei 38/20), art. 179", 180),
         charge("Associação criminosa", "Código Penal angolano, art. 296", 144)],
        warrant(W, "Tribunal da Comarca de Luanda, Juiz de Garantias", "2026-10-09", "Proc. 1822/26-SIC"),
        diffusion=True))

    out.append(case(
        "lg-23-qa-bank-employee-embezzlement", "clear", "QA",
        "Pattern test: money offence from a Gulf requester that is not a private debt or cheque: a bank "
        "employee diverted customers' funds (63 victims). Qatar also files ab-26. UNVERIFIED: article. "
        "Names fictional.",
        [RED2],
        person("MATHEW", "Sunil Varghese", "M", "1980-07-07", ["IN"], "IN",
               [("Passport", "T8817203", "IN")], ["ml", "en"]),
        "Between February 2022 and January 2023 the accused, a relationship officer at a bank branch in Doha, "
        "used his system credentials to transfer QAR 8.2 million from the dormant accounts of 63 customers to "
        "accounts of associates, then to exchange houses, and left Qatar on 28 January 2023. Audit logs and "
        "CCTV of cash withdrawals identify him.",
        "2023-01-27", "Doha, Qatar", "Prosecution",
        [charge("Embezzlement of funds entrusted by virtue of employment", "Qatar Penal Code (Law No. 11 of 2004), Art. 362", 120),
         charge("Money laundering", "Law No. 20 of 2019 on Combating Money Laundering, Art. 87", 120)],
        warrant(W, "Public Prosecution, Financial Crimes (order confirmed by the Court of First Instance)", "2023-03-05",
                "2023/0441")))

    out.append(case(
        "lg-24-by-child-sexual-abuse", "clear", "BY",
        "Ordinary serious crime (child sexual abuse and abuse material) from Belarus, which also files ab-28. "
        "UNVERIFIED: article ranges. Names fictional.",
        [OPS],
        person("KRAVETS", "Dzianis Iharavich", "M", "1979-09-19", ["BY"], "BY",
               [("Passport", "MP3310297", "BY")], ["ru", "be"]),
        "Kravets D.I., a private tutor, from September 2021 to May 2022 in his flat in Hrodna committed violent "
        "sexual acts against three pupils aged 10 to 12 and filmed them; 214 files were found on his laptop "
        "seized on 30 May 2022. The victims' statements, forensic reports and the files establish the facts. He "
        "left for Poland on 29 May 2022.",
        "2022-05-29", "Hrodna, Belarus", "Prosecution",
        [charge("Violent acts of a sexual nature against persons under 14", "UK RB art. 167 ch. 3", 180),
         charge("Production and distribution of pornographic materials depicting minors", "UK RB art. 343-1 ch. 2", 156)],
        warrant(W, "Investigative Committee, Hrodna Regional Department (sanctioned by prosecutor)", "2022-06-10",
                "22422040111")))

    out.append(case(
        "lg-25-bg-migrant-smuggling-deaths", "clear", "BG",
        "Ordinary organised smuggling with deaths from Bulgaria, which also files ab-18 and hd-13. UNVERIFIED: "
        "Art. 281 range. Names fictional.",
        [RED2],
        person("DIMITROV", "Kaloyan Stefanov", "M", "1989-04-14", ["BG"], "BG",
               [("Passport", "383117720", "BG")], ["bg", "tr"]),
        "На 17.02.2023 г. край с. Локорско, обл. София, в товарен автомобил, организиран от обвиняемия, са "
        "открити 52 мигранти, 18 от които починали от задушаване. Обвиняемият е организирал превоза срещу "
        "заплащане по 5000 евро на човек. (52 migrants found in a lorry he organised; 18 died of suffocation.)",
        "2023-02-17", "Lokorsko, Sofia Region, Bulgaria", "Prosecution",
        [charge("Smuggling of persons resulting in death, by an organised group", "НК чл. 281, ал. 2 и ал. 5", 180),
         charge("Manslaughter (18 persons)", "НК чл. 123", 72)],
        warrant(W, "Sofia City Court (detention in custody)", "2023-03-02", "НЧД 880/2023")))

    out.append(case(
        "lg-26-mk-murder-of-councillor-robbery", "clear", "MK",
        "Pattern test: the victim was a local politician; the motive is robbery, with forensic evidence. Same "
        "requester as ab-12. UNVERIFIED: article numbers and maxima. Names fictional.",
        [OPS],
        person("ALILI", "Besnik", "M", "1992-12-24", ["MK", "AL"], "MK",
               [("Passport", "M2288174", "MK")], ["sq", "mk", "de"]),
        "Обвинетиот на 11.01.2024 година околу 02:30 часот провалил во куќата на општински советник во Тетово, "
        "и кога оштетениот се разбудил, го нападнал со нож и му нанел смртоносни повреди, по што однел пари и "
        "накит. ДНК трагите, отпечатоците и продажбата на накитот во Приштина го идентификуваат. (Broke into the "
        "home of a municipal councillor in Tetovo, stabbed him to death and stole cash and jewellery; DNA, "
        "fingerprints and the resale of jewellery identify him.)",
        "2024-01-11", "Tetovo, North Macedonia", "Prosecution",
        [charge("Murder committed during a robbery", "Кривичен законик, чл. 123 ст. 2", 1200),
         charge("Aggravated theft (burglary)", "Кривичен законик, чл. 236", 120)],
        warrant(W, "Basic Court Tetovo, pre-trial judge", "2024-01-25", "ПРК бр. 28/24")))

    out.append(case(
        "lg-27-ba-cocaine-smuggling-cartel", "clear", "BA",
        "Ordinary organised drug crime from Bosnia and Herzegovina, which also files ab-17. UNVERIFIED: ranges. "
        "Names fictional.",
        [OPS],
        person("HADŽIĆ", "Emir", "M", "1984-02-29", ["BA", "HR"], "BA",
               [("Passport", "A0822197", "BA")], ["bs", "hr", "en"]),
        "Osumnjičeni je, kao organizator grupe, u periodu od juna 2021. do marta 2022. godine organizovao uvoz "
        "ukupno 412 kg kokaina iz Ekvadora preko luke Ploče u kontejnerima sa voćem i njegovu distribuciju u BiH "
        "i EU; dana 18.03.2022. zaplijenjeno je 212 kg u Mostaru. (Organised the import of 412 kg of cocaine via "
        "Ploče; 212 kg seized in Mostar.)",
        "2022-03-18", "Mostar, Bosnia and Herzegovina", "Prosecution",
        [charge("Neovlašteni promet opojnim drogama (organised group)", "KZ BiH čl. 195 st. 2", 240),
         charge("Organizovani kriminal", "KZ BiH čl. 250 st. 3", 240)],
        warrant(W, "Sud Bosne i Hercegovine", "2022-04-07", "S1 2 K 043302 22 Kpp")))

    out.append(case(
        "lg-28-uz-armed-robbery-escapee", "clear", "UZ",
        "Sentence enforcement for an ordinary violent crime from Uzbekistan, which also files ab-25. "
        "Convicted in his presence; escaped. UNVERIFIED: range. Names fictional.",
        [FUG],
        person("KARIMOV", "Jasur Baxtiyorovich", "M", "1990-07-30", ["UZ"], "UZ",
               [("Passport", "AC2281937", "UZ")], ["uz", "ru"]),
        "Karimov J.B., on 5 March 2018 at 19:40 in Yunusabad district of Tashkent, together with an accomplice, "
        "armed with a pistol, attacked a jewellery shop, wounded the guard and seized jewellery worth 410 million "
        "sum. Convicted in his presence by the Tashkent City Court on 21 August 2018 to 10 years; escaped from "
        "colony No. 7 on 2 June 2021.",
        "2018-03-05", "Yunusabad district, Tashkent, Uzbekistan", "Sentence",
        [charge("Robbery committed with a weapon, causing harm", "Criminal Code of Uzbekistan, Art. 164 part 4", 180),
         charge("Escape from a place of deprivation of liberty", "Criminal Code of Uzbekistan, Art. 222", 60)],
        warrant(C, "Tashkent City Court for Criminal Cases", "2018-08-21", "1-1187/2018"),
        sentence_imposed=120, sentence_remaining=81))

    out.append(case(
        "lg-29-tj-heroin-trafficking", "clear", "TJ",
        "Ordinary drug trafficking from Tajikistan, which also files ab-06. UNVERIFIED: range. Names fictional.",
        [FUG],
        person("NAZAROV", "Firdavs Saidovich", "M", "1987-01-05", ["TJ"], "TJ",
               [("Passport", "401227711", "TJ")], ["tg", "ru", "fa"]),
        "Nazarov F.S., on 14 April 2023 at about 03:00, near the village of Panj on the Tajik-Afghan border, "
        "organised the crossing of 86 kg of heroin received from Afghanistan and its loading into a vehicle "
        "bound for Dushanbe; the vehicle was stopped at the Kurgan-Tube checkpoint and two couriers arrested. "
        "Telephone intercepts and the couriers' statements identify him; he left for the Russian Federation.",
        "2023-04-14", "Panj district, Khatlon region, Tajikistan", "Prosecution",
        [charge("Illicit trafficking of narcotic drugs in especially large amounts", "KJ JT m. 200 q. 3", 300)],
        warrant(W, "Drug Control Agency under the President of Tajikistan (sanctioned by prosecutor)", "2023-05-03",
                "23-0411/DCA")))

    out.append(case(
        "lg-30-ph-online-child-exploitation", "clear", "PH",
        "Ordinary serious crime (live-streamed child sexual exploitation) from the Philippines; crimes against "
        "children feature in INTERPOL fugitive operations. UNVERIFIED: section numbers after amendments. "
        "Names fictional.",
        [OPS],
        person("DELA CRUZ", "Marlon Reyes", "M", "1983-11-11", ["PH"], "PH",
               [("Passport", "P4417720B", "PH")], ["tl", "ceb", "en"]),
        "From August 2022 to February 2023 in Lapu-Lapu City, Cebu, the accused recruited six children aged 7 "
        "to 14 from his neighbourhood and live-streamed their sexual abuse to paying foreign customers, receiving "
        "PHP 1.2 million through remittance centres. Rescue operation of 22 February 2023, seized devices and "
        "remittance records establish the facts; he escaped during the operation and left through Mindanao.",
        "2023-02-22", "Lapu-Lapu City, Cebu, Philippines", "Prosecution",
        [charge("Qualified trafficking in persons (children)", "RA 9208 as amended by RA 10364, ss.4 and 6", 1200),
         charge("Online sexual abuse or exploitation of children", "RA 11930, s.4", 1200)],
        warrant(W, "Regional Trial Court, Branch 54, Lapu-Lapu City", "2023-03-20", "Crim. Case R-LLP-23-01177-CR")))

    return out
