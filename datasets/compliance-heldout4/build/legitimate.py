"""Legitimate requests (expected "clear"), filed by the same countries that appear among the
abusive requests. Full data; some use alarming words innocently. Persons, dates of birth,
numbers and references are fictional; statutory maxima are UNVERIFIED unless a note says
otherwise."""

from helpers import person, charge, warrant, case

LIFE = 1200
GENERIC = "https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/"


def cases():
    out = []

    # lg-01 RW — genocide fugitive (real violence)
    p = person("HABIMANA", "Céléstin", "M", "1961-03-19", ["RW"], "RW",
               [("Passport", "PB0031774", "RW")], ["rw", "fr"], aliases=[("NKUSI", "Jean")])
    out.append(case(1, "rw-genocide-parish-massacre", "clear", "RW",
        "Modelled on the long-running INTERPOL support to Rwanda's National Public Prosecution Authority in tracking 1994 "
        "genocide fugitives (about 200 Red Notices at Rwanda's request). Alarming label used legitimately: specific "
        "massacre, date, place and role. UNVERIFIED: Law 59/2018 article numbers. Names fictional.",
        ["https://www.interpol.int/News-and-Events/News/2014/INTERPOL-supports-renewed-campaign-to-track-remaining-Rwandan-genocide-fugitives",
         "http://allafrica.com/stories/201404210533.html"],
        p,
        "HABIMANA Céléstin, then a commune councillor in Nyamata, on 11-14 April 1994 led armed militiamen who attacked "
        "Tutsi civilians sheltering in Ntarama parish church, distributing machetes and grenades and directing the killing "
        "of at least 1,000 persons, as established by 23 witness statements and exhumation records.",
        "1994-04-11", "Ntarama, Bugesera District, Rwanda",
        [charge("Genocide", "Law No 59/2018 on the crime of genocide ideology and related crimes / Organic Law 01/2012, art. 114", LIFE),
         charge("Crimes against humanity (murder)", "Organic Law 01/2012/OL, art. 120", LIFE)],
        warrant("ArrestWarrant", "National Public Prosecution Authority — Genocide Fugitive Tracking Unit (confirmed by Intermediate Court of Nyamagabe)",
                "2019-06-04", "NPPA/GFTU/0219/2019")))

    # lg-02 VE — cocaine aircraft
    p = person("CAMEJO RIVAS", "Yonathan Alexis", "M", "1986-07-30", ["VE", "CO"], "VE",
               [("Passport", "151140292", "VE"), ("NationalID", "V-18551209", "VE")], ["es"])
    out.append(case(2, "ve-cocaine-aircraft", "clear", "VE",
        "Ordinary drug-trafficking pattern from a requester that also files abusive requests (ab-01..04). UNVERIFIED: "
        "Ley Orgánica de Drogas arts. 149/37 maxima. Names fictional.",
        [GENERIC],
        p,
        "El 22/02/2025, en una pista clandestina del sector La Macanilla, municipio Páez, estado Apure, funcionarios de la "
        "FANB incautaron una aeronave Hawker 800 matrícula falsa con 1.284 kg de clorhidrato de cocaína. El ciudadano "
        "CAMEJO RIVAS, identificado por registros telefónicos y el testimonio del copiloto aprehendido, coordinó la carga y "
        "pagó a los vigilantes de la pista; huyó a Colombia.",
        "2025-02-22", "Municipio Páez, estado Apure, Venezuela",
        [charge("Tráfico ilícito de sustancias estupefacientes en la modalidad de distribución", "Ley Orgánica de Drogas, art. 149", 300),
         charge("Asociación para delinquir", "Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo, art. 37", 120)],
        warrant("ArrestWarrant", "Tribunal Segundo de Control del Circuito Judicial Penal del estado Apure", "2025-03-10", "2C-APR-2025-0417")))

    # lg-03 EC — murder of a journalist (victim was a journalist)
    p = person("CHALÉN VERA", "Bryan Josué", "M", "1995-01-04", ["EC"], "EC",
               [("NationalID", "0928871455", "EC")], ["es"], aliases=[("CHALEN", "Flaco")])
    out.append(case(3, "ec-journalist-victim-murder", "clear", "EC",
        "Alarming word used innocently: the victim, not the wanted person, was a journalist; hired killing with "
        "ballistic and CCTV evidence. Ecuador also appears in ab-06. UNVERIFIED: COIP art. 140 maximum (26 years). "
        "Names fictional.",
        [GENERIC],
        p,
        "El 17/08/2025, a las 19:40, en la ciudadela Sauces 8 de Guayaquil, el procesado CHALÉN VERA, a bordo de una "
        "motocicleta conducida por un cómplice ya detenido, disparó seis veces contra el periodista radial L. M. Q. cuando "
        "salía de la emisora, causándole la muerte. Fue identificado por cámaras ECU-911, pericia balística y el pago "
        "recibido de una estructura delictiva; salió del país por paso irregular hacia Perú.",
        "2025-08-17", "Guayaquil, Guayas, Ecuador",
        [charge("Asesinato", "Código Orgánico Integral Penal, art. 140", 312),
         charge("Delincuencia organizada", "Código Orgánico Integral Penal, art. 369", 120)],
        warrant("ArrestWarrant", "Unidad Judicial Penal Norte 2 de Guayaquil", "2025-09-02", "09286-2025-04417")))

    # lg-04 GT — gang extortion & murders of bus drivers (sentence)
    p = person("SAMAYOA CUXIL", "Kevin Estuardo", "M", "1993-12-12", ["GT"], "GT",
               [("NationalID", "2987 44102 0101", "GT")], ["es"], aliases=[("SAMAYOA", "Chaparro")])
    out.append(case(4, "gt-extortion-bus-drivers-sentence", "clear", "GT",
        "Ordinary gang extortion/murder case from a requester that also files abusive requests (ab-07, ab-08). "
        "Sentence enforcement after escape. UNVERIFIED: maxima. Names fictional.",
        [GENERIC],
        p,
        "El condenado SAMAYOA CUXIL, integrante de una clica de la pandilla Barrio 18, entre enero y junio de 2021 exigió "
        "cuotas semanales a pilotos de la ruta 32 de buses urbanos y el 04/06/2021, en la 12 avenida de la zona 18, disparó "
        "contra el piloto O. L. T., causándole la muerte por no pagar. Condenado a 50 años; se fugó del centro de "
        "detención Fraijanes II el 19/01/2025.",
        "2021-06-04", "Zona 18, Ciudad de Guatemala, Guatemala",
        [charge("Asesinato", "Código Penal, art. 132", 600),
         charge("Extorsión", "Código Penal, art. 261", 144)],
        warrant("CourtDecision", "Tribunal Primero de Sentencia Penal de Delitos de Femicidio y Pandillas, Guatemala", "2023-05-16", "C-01081-2021-00455"),
        wanted_for="Sentence", imposed=600, remaining=553))

    # lg-05 HN — migrant smuggling
    p = person("MEJÍA PORTILLO", "Santos Elías", "M", "1984-06-06", ["HN"], "HN",
               [("NationalID", "0501-1984-08812", "HN")], ["es"])
    out.append(case(5, "hn-migrant-smuggling", "clear", "HN",
        "Modelled on a Honduran red-alert arrest for smuggling 36 Hondurans, 26 Cubans and 4 Nicaraguans towards the "
        "US for money. Honduras also appears in ab-09. UNVERIFIED: 2019 Penal Code article and maximum. Names fictional.",
        ["https://elheraldo.hn/sucesos/detenido-copan-hondureno-alerta-roja-internacional-trafico-personas-EB14046002"],
        p,
        "El imputado MEJÍA PORTILLO, entre agosto y octubre de 2020, captó en San Pedro Sula a 66 migrantes (36 hondureños, "
        "26 cubanos y 4 nicaragüenses) a quienes cobró entre USD 6.000 y 9.000 por trasladarlos a Estados Unidos, "
        "transportándolos hacinados en un contenedor desde Corinto hacia Guatemala el 12/10/2020.",
        "2020-10-12", "Corinto, Omoa, Cortés, Honduras",
        [charge("Tráfico ilícito de personas", "Código Penal (Decreto 130-2017), art. 295", 120),
         charge("Asociación para delinquir", "Código Penal (Decreto 130-2017), art. 554", 120)],
        warrant("ArrestWarrant", "Juzgado de Letras Seccional de San Pedro Sula", "2020-11-18", "0501-2020-03318")))

    # lg-06 BO — armed robbery at a senator's house (alarming word)
    p = person("CONDORI LAURA", "Wilber", "M", "1990-05-24", ["BO"], "BO",
               [("NationalID", "8844120 LP", "BO")], ["es", "ay"])
    out.append(case(6, "bo-senator-house-robbery", "clear", "BO",
        "Alarming word used innocently: the victim of the burglary is a senator; ordinary armed robbery. Bolivia also "
        "appears in ab-05. UNVERIFIED: Bolivian Penal Code art. 332 maximum. Names fictional.",
        [GENERIC],
        p,
        "El 03/03/2026 a horas 02:15, el imputado CONDORI LAURA, junto a dos cómplices aprehendidos, ingresó por la fuerza "
        "al domicilio de un senador en la zona de Achumani, La Paz, redujo con arma de fuego al personal de seguridad y "
        "sustrajo joyas, dinero y un vehículo. Fue identificado por huellas dactilares en el vehículo recuperado en Oruro.",
        "2026-03-03", "Achumani, La Paz, Bolivia",
        [charge("Robo agravado", "Código Penal, art. 332", 180)],
        warrant("ArrestWarrant", "Juzgado de Instrucción Penal Décimo de La Paz", "2026-03-20", "JIP10-LP-2026-00981")))

    # lg-07 NI — femicide
    p = person("GAITÁN LÓPEZ", "Erick Josué", "M", "1992-11-30", ["NI"], "NI",
               [("NationalID", "001-301192-0017K", "NI")], ["es"])
    out.append(case(7, "ni-femicide", "clear", "NI",
        "Ordinary violent crime from Nicaragua, which also files abusive requests (ab-10, ab-11). UNVERIFIED: Ley 779 "
        "art. 9 maximum. Names fictional.",
        [GENERIC],
        p,
        "El 21/04/2025, aproximadamente a las 23:00 horas, en el barrio Sutiava de León, el acusado GAITÁN LÓPEZ atacó con "
        "un arma blanca a su excompañera de vida K. M. R., causándole doce heridas que le provocaron la muerte, en presencia "
        "de dos testigos. Huyó hacia Costa Rica por un punto ciego el 23/04/2025.",
        "2025-04-21", "León, Nicaragua",
        [charge("Femicidio", "Ley 779 (Ley Integral contra la Violencia hacia las Mujeres), art. 9", 360)],
        warrant("ArrestWarrant", "Juzgado Especializado en Violencia de León", "2025-05-06", "000214-ORO1-2025-VM")))

    # lg-08 BI — armed robbery-murder of a money-transfer agent
    p = person("NIYONZIMA", "Déogratias", "M", "1988-02-02", ["BI"], "BI",
               [("Passport", "OP0551829", "BI")], ["rn", "fr", "sw"])
    out.append(case(8, "bi-money-agent-robbery-murder", "clear", "BI",
        "Ordinary violent crime from Burundi, which also files abusive requests (ab-13). UNVERIFIED: Code pénal (2017) "
        "article numbers and maxima. Names fictional.",
        [GENERIC],
        p,
        "Le 08/01/2026 vers 18h30, à Bujumbura (quartier Rohero), NIYONZIMA, armé d'un pistolet, a attaqué un agent de "
        "transfert d'argent mobile alors qu'il fermait son kiosque, l'a mortellement blessé et a emporté 14 500 000 BIF. "
        "Il a été identifié par un témoin et par la géolocalisation de son téléphone ; il a fui vers la Tanzanie.",
        "2026-01-08", "Rohero, Bujumbura, Burundi",
        [charge("Meurtre", "Code pénal (2017), art. 211", LIFE),
         charge("Vol à main armée", "Code pénal (2017), art. 273", 240)],
        warrant("ArrestWarrant", "Parquet de la République en Mairie de Bujumbura", "2026-01-22", "RMP 1448/NT/2026")))

    # lg-09 CM — church arson for insurance
    p = person("NGOUNOU", "Serge Landry", "M", "1976-09-09", ["CM"], "CM",
               [("Passport", "0B4418093", "CM")], ["fr", "en"])
    out.append(case(9, "cm-church-arson-insurance", "clear", "CM",
        "Alarming words used innocently: a church building set on fire by its contractor to claim insurance; no "
        "religious element. Cameroon also appears in ab-14. UNVERIFIED: Penal Code maxima. Names fictional.",
        [GENERIC],
        p,
        "Le nommé NGOUNOU, entrepreneur chargé de la rénovation d'un temple à Douala-Bonabéri, a souscrit le 02/05/2025 une "
        "police d'assurance tous risques chantier pour 180 000 000 FCFA puis, dans la nuit du 14 au 15/06/2025, a mis le feu "
        "au bâtiment avec de l'essence (rapport des sapeurs-pompiers, vidéosurveillance) avant de déclarer le sinistre. "
        "Il a quitté le territoire le 20/06/2025.",
        "2025-06-15", "Bonabéri, Douala, Cameroun",
        [charge("Incendie volontaire", "Code pénal, art. 227", 240),
         charge("Escroquerie à l'assurance", "Code pénal, art. 318", 120)],
        warrant("ArrestWarrant", "Juge d'instruction, Tribunal de Grande Instance du Wouri", "2025-07-08", "TGI-W-2025-0833")))

    # lg-10 SD — kidnapping of migrants for ransom
    p = person("ADAM", "Ibrahim Hamid", "M", "1980-04-01", ["SD"], "SD",
               [("Passport", "P02844718", "SD")], ["ar", "ti"])
    out.append(case(10, "sd-migrant-kidnap-ransom", "clear", "SD",
        "Ordinary serious crime from Sudan, which also files abusive requests (ab-15). UNVERIFIED: Combating Human "
        "Trafficking Act 2014 maxima. Names fictional.",
        [GENERIC],
        p,
        "The accused ADAM, with three others, between 10 and 28 May 2023 abducted 14 Eritrean asylum seekers near the "
        "Shagarab camp, held them in a farm building east of Kassala, beat them and demanded USD 8,000 each from relatives "
        "abroad by phone; two victims died. He was identified by survivors and mobile-money records.",
        "2023-05-10", "Kassala State, Sudan",
        [charge("Human trafficking with aggravating circumstances", "Combating Human Trafficking Act 2014 (as amended 2021), s. 9", LIFE),
         charge("Kidnapping for ransom", "Criminal Act 1991, s. 162", 120)],
        warrant("ArrestWarrant", "Kassala Criminal Court", "2023-07-19", "KCC/TR/2023/077")))

    # lg-11 NG — advance-fee fraud ring
    p = person("OKONKWO", "Chibuike Emmanuel", "M", "1990-08-17", ["NG"], "NG",
               [("Passport", "B50018847", "NG")], ["en", "ig"])
    out.append(case(11, "ng-advance-fee-fraud", "clear", "NG",
        "Ordinary fraud pattern (Nigerians wanted for fraud/forgery are routinely published). Nigeria's own request here. "
        "UNVERIFIED: Advance Fee Fraud Act 2006 s.1 maximum (20 years). Names fictional.",
        ["https://diasporadigitalmedia.com/red-notices-interpol-issues-wanted-notice-for-14-nigerians-for-human-drug-trafficking/"],
        p,
        "Between 01/03/2024 and 30/09/2024 in Lekki, Lagos, the suspect OKONKWO, operating fake contract-award websites "
        "in the name of the Nigerian National Petroleum Company, obtained USD 2.3 million from 41 foreign and local "
        "victims as 'processing fees', laundered through 17 accounts opened with forged identity documents (EFCC "
        "investigation report, bank records, device forensics).",
        "2024-09-30", "Lekki, Lagos State, Nigeria",
        [charge("Obtaining property by false pretence", "Advance Fee Fraud and Other Fraud Related Offences Act 2006, s. 1", 240),
         charge("Money laundering", "Money Laundering (Prevention and Prohibition) Act 2022, s. 18", 168)],
        warrant("ArrestWarrant", "Federal High Court, Lagos Division", "2024-12-02", "FHC/L/CS/2411/2024")))

    # lg-12 KG — heroin trafficking
    p = person("ABDRAKHMANOV", "Nurlan Sultanovich", "M", "1983-03-23", ["KG"], "KG",
               [("Passport", "AC2290031", "KG")], ["ky", "ru"])
    out.append(case(12, "kg-heroin-trafficking", "clear", "KG",
        "Ordinary drug-trafficking case from Kyrgyzstan, which also files abusive requests (ab-16). UNVERIFIED: Criminal "
        "Code article and maximum. Names fictional.",
        [GENERIC],
        p,
        "Абдрахманов Н.С., являясь организатором преступной группы, 14.09.2024 организовал перевозку в тайнике грузового "
        "автомобиля через КПП «Карамык» 38,6 кг героина, изъятого сотрудниками СБНОН в г. Ош. Установлен по показаниям "
        "задержанного водителя и биллингу телефонных соединений.",
        "2024-09-14", "Ош, Кыргызская Республика",
        [charge("Незаконный оборот наркотических средств в особо крупном размере в составе преступной группы",
                "Уголовный кодекс КР, ст. 283 ч. 3", 240)],
        warrant("ArrestWarrant", "Ошский городской суд", "2024-10-30", "УД-ОШ-2024-1187")))

    # lg-13 GE — former minister's driver: armed robbery
    p = person("GOGUADZE", "Zurab", "M", "1979-06-15", ["GE"], "GE",
               [("Passport", "11AB70342", "GE")], ["ka", "ru"])
    out.append(case(13, "ge-former-minister-driver-robbery", "clear", "GE",
        "Alarming words used innocently: the wanted man was once the driver of a former minister; the offence is an "
        "ordinary armed robbery. Georgia also appears in ab-17 and hd-11. UNVERIFIED: Criminal Code art. 179 maximum. "
        "Names fictional.",
        [GENERIC],
        p,
        "On 11/10/2025 at about 20:10 GOGUADZE, formerly employed as the personal driver of a former minister, entered a "
        "currency-exchange office on Tsereteli Avenue, Tbilisi, threatened the cashier with a pistol and took GEL 86,000 "
        "and USD 21,000. CCTV, DNA on the abandoned jacket and the testimony of an accomplice identify him; he left for "
        "Türkiye through Sarpi on 12/10/2025.",
        "2025-10-11", "Tbilisi, Georgia",
        [charge("Robbery with a firearm, large amount", "Criminal Code of Georgia, art. 179(3)", 180)],
        warrant("CourtDecision", "Tbilisi City Court (pre-trial detention in absentia)", "2025-10-24", "10a/5518-25")))

    # lg-14 AM — murder in the course of robbery
    p = person("PETROSYAN", "Armen Gagikovich", "M", "1987-01-29", ["AM"], "AM",
               [("Passport", "AT0771220", "AM")], ["hy", "ru"])
    out.append(case(14, "am-robbery-murder", "clear", "AM",
        "Ordinary violent crime from Armenia, which also files abusive requests (ab-18). UNVERIFIED: 2021 Criminal Code "
        "article numbers and maxima. Names fictional.",
        [GENERIC],
        p,
        "On 30/05/2025 around 01:00 in Gyumri, PETROSYAN entered the house of a 71-year-old pensioner to steal savings he "
        "knew were kept there, struck her repeatedly with a hammer, causing her death, and took AMD 4.2 million and gold "
        "jewellery. Fingerprints, blood traces and his sale of the jewellery in Yerevan link him; he flew to Moscow on "
        "02/06/2025.",
        "2025-05-30", "Gyumri, Shirak, Armenia",
        [charge("Murder committed for profit / with robbery", "Criminal Code of the Republic of Armenia (2021), art. 155(2)", LIFE),
         charge("Robbery", "Criminal Code (2021), art. 253", 144)],
        warrant("ArrestWarrant", "Shirak Regional Court of First Instance", "2025-06-10", "ՇԴ/0441/06/25")))

    # lg-15 UA — military-grade weapons trafficking (diffusion)
    p = person("TKACHENKO", "Serhii Petrovych", "M", "1975-12-05", ["UA"], "UA",
               [("Passport", "FN441908", "UA")], ["uk", "ru"])
    out.append(case(15, "ua-military-weapons-trafficking", "clear", "UA",
        "Alarming words used innocently: 'military-grade weapons' trafficked by a criminal group for sale abroad — an "
        "ordinary-law crime, not a military offence. Diffusion to neighbouring states. Ukraine also appears in hd-01 and "
        "hd-10. UNVERIFIED: Criminal Code maxima. Names fictional.",
        [GENERIC, "https://rednoticetrack.com/interpol-and-military-offences"],
        p,
        "ТКАЧЕНКО С.П., у складі організованої групи, у період з 01.04.2025 по 18.07.2025 придбав у невстановлених осіб "
        "та зберігав у гаражі в м. Ізмаїл 12 ручних протитанкових гранатометів РПГ-18, 60 гранат Ф-1 та 2 ПЗРК, які 18.07.2025 "
        "намагався переправити до Республіки Молдова для продажу; під час затримання спільників утік.",
        "2025-07-18", "Izmail, Odesa oblast, Ukraine",
        [charge("Illegal handling of weapons and explosives by an organised group", "Criminal Code of Ukraine, art. 263(1)", 84),
         charge("Smuggling of weapons", "Criminal Code of Ukraine, art. 201(2)", 144)],
        warrant("CourtDecision", "Izmail City-District Court", "2025-08-04", "500/7724/25"),
        diffusion=True))

    # lg-16 TN — terrorist attack with real violence
    p = person("JEBALI", "Oussama Hédi", "M", "1994-05-12", ["TN"], "TN",
               [("Passport", "Z1188206", "TN")], ["ar", "fr"])
    out.append(case(16, "tn-terror-attack-logistics", "clear", "TN",
        "Terrorism with real violence against persons (processable under AGN/53/RES/7). Tunisia also files abusive "
        "requests (ab-19, ab-20). UNVERIFIED: Organic Law 2015-26 article numbers. Names fictional.",
        [GENERIC],
        p,
        "Le nommé JEBALI a assuré la logistique de l'attaque armée du 09/05/2023 contre un site touristique de Djerba, au "
        "cours de laquelle cinq personnes ont été tuées : il a loué l'appartement de repérage, acheté deux téléphones et "
        "transporté l'assaillant le matin même (factures, bornage téléphonique, aveux d'un coaccusé). Il a quitté le "
        "territoire vers la Libye le 12/05/2023.",
        "2023-05-09", "Djerba, Médenine, Tunisie",
        [charge("Participation à un homicide à caractère terroriste", "Loi organique n°2015-26, art. 28", LIFE),
         charge("Adhésion à une organisation terroriste", "Loi organique n°2015-26, art. 32", 144)],
        warrant("ArrestWarrant", "Pôle judiciaire de lutte contre le terrorisme, Tunis", "2023-06-01", "PJT-2023-4471")))

    # lg-17 MR — migrant-smuggling boat deaths
    p = person("SALL", "Amadou Demba", "M", "1982-10-10", ["MR", "SN"], "MR",
               [("Passport", "B00882117", "MR")], ["fr", "ar", "wo"])
    out.append(case(17, "mr-migrant-boat-deaths", "clear", "MR",
        "Ordinary serious crime from Mauritania, which also files an abusive request (ab-21). UNVERIFIED: Law 2010-021 "
        "article and maximum. Names fictional.",
        [GENERIC],
        p,
        "Le nommé SALL a organisé le départ, le 22/07/2024 depuis la plage de Nouadhibou, d'une pirogue transportant 187 "
        "migrants vers les îles Canaries, contre 1 200 000 MRO par passager ; l'embarcation surchargée a chaviré le "
        "24/07/2024 et 37 corps ont été repêchés. Il est identifié par les survivants et les transferts d'argent.",
        "2024-07-22", "Nouadhibou, Mauritanie",
        [charge("Trafic illicite de migrants ayant entraîné la mort", "Loi n°2010-021 relative au trafic illicite de migrants, art. 18", LIFE),
         charge("Homicide involontaire", "Code pénal, art. 295", 36)],
        warrant("ArrestWarrant", "Juge d'instruction, Tribunal de Nouadhibou", "2024-08-12", "NDB-JI-2024-0301")))

    # lg-18 KW — bank employee embezzlement
    p = person("AL-SHAMMARI", "Fahad Nasser", "M", "1985-02-28", ["KW"], "KW",
               [("Passport", "K01177342", "KW")], ["ar", "en"])
    out.append(case(18, "kw-bank-employee-embezzlement", "clear", "KW",
        "Ordinary financial crime from Kuwait, which also files an abusive request (ab-22). UNVERIFIED: Penal Code "
        "(Law 16/1960) article numbers and maxima. Names fictional.",
        [GENERIC],
        p,
        "The accused AL-SHAMMARI, a relationship manager at a commercial bank in Kuwait City, between 01/01/2025 and "
        "15/06/2025 forged 63 transfer instructions from dormant accounts of elderly customers and moved KWD 2.31 million "
        "to accounts of accomplices, as shown by the bank's internal audit, system logs and CCTV. He left for Istanbul on "
        "17/06/2025.",
        "2025-06-15", "Kuwait City, Kuwait",
        [charge("Forgery of banking documents", "Penal Code (Law No. 16 of 1960), art. 257", 84),
         charge("Embezzlement / breach of trust by an employee", "Penal Code (Law No. 16 of 1960), art. 240", 60)],
        warrant("ArrestWarrant", "Public Prosecution — Funds Prosecution, Kuwait", "2025-07-02", "FP-KWT-2025-0988")))

    # lg-19 MY — sovereign-fund misappropriation, corroborated abroad
    p = person("LEONG", "Tze Ming", "M", "1981-11-04", ["MY"], "MY",
               [("Passport", "A33018216", "MY")], ["en", "zh", "ms"], aliases=[("LEONG", "Tommy")])
    out.append(case(19, "my-sovereign-fund-laundering", "clear", "MY",
        "Modelled on the 1MDB financier pursued by Malaysia with a Red Notice and also charged in the United States; "
        "political context around a former prime minister, but independent foreign proceedings and a concrete money "
        "trail. Malaysia also files an abusive request (ab-23). UNVERIFIED: AMLATFPUAA s.4 maximum (15 years). Names "
        "fictional.",
        ["https://main.d358xbzettaslu.amplifyapp.com/en/article/d4ede3eed8bf049f2a2c2ecbd743ec42"],
        p,
        "The accused LEONG, acting with officers of a state investment company, between 2009 and 2013 caused USD 1.03 "
        "billion raised by bond issues to be transferred to shell companies he controlled in the British Virgin Islands "
        "and Seychelles and used part of it to acquire real estate and artworks abroad; the same transactions are the "
        "subject of civil forfeiture and criminal proceedings in the United States.",
        "2013-03-31", "Kuala Lumpur, Malaysia",
        [charge("Money laundering", "Anti-Money Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001, s. 4(1)", 180),
         charge("Abetment of criminal breach of trust", "Penal Code, ss. 109 and 409", 240)],
        warrant("ArrestWarrant", "Sessions Court, Kuala Lumpur", "2018-08-03", "WA-62R-11-08/2018")))

    # lg-20 ID — child sexual abuse
    p = person("HOLLOWAY", "Gregory Allan", "M", "1964-07-21", ["AU"], "AU",
               [("Passport", "PA8812093", "AU")], ["en"])
    out.append(case(20, "id-child-sexual-abuse", "clear", "ID",
        "Ordinary serious crime from Indonesia, which also files an abusive request (ab-24). UNVERIFIED: Law 35/2014 "
        "(as amended by Law 17/2016) maximum. Names fictional.",
        [GENERIC],
        p,
        "Tersangka HOLLOWAY, warga negara Australia, antara Januari dan Agustus 2025 di sebuah vila di Canggu, Badung, Bali, "
        "melakukan kekerasan seksual terhadap empat anak berusia 9–12 tahun dengan imbalan uang dan hadiah, berdasarkan "
        "keterangan korban, visum et repertum dan rekaman di perangkat yang disita. Tersangka meninggalkan Indonesia pada "
        "29/08/2025.",
        "2025-08-20", "Canggu, Badung, Bali, Indonesia",
        [charge("Persetubuhan/pencabulan terhadap anak (sexual abuse of children)", "UU No. 35/2014 jo. UU No. 17/2016, Pasal 81 dan 82", 180)],
        warrant("ArrestWarrant", "Kepolisian Daerah Bali, Direktorat Reskrimum (surat perintah penangkapan, ditetapkan DPO)", "2025-09-10", "SP.Kap/188/IX/2025/Ditreskrimum")))

    # lg-21 PH — kidnapping for ransom (diffusion)
    p = person("DELA CRUZ", "Ramil Santos", "M", "1985-09-01", ["PH"], "PH",
               [("Passport", "P2210448A", "PH")], ["tl", "en"], aliases=[("CRUZ", "Boy")])
    out.append(case(21, "ph-kidnap-for-ransom", "clear", "PH",
        "Ordinary serious crime from the Philippines, which also appears in hd-04. Diffusion to regional NCBs. "
        "Penalty: reclusion perpetua (recorded as life). Names fictional.",
        [GENERIC],
        p,
        "On 14/01/2026 at about 07:30 along Banawe Street, Quezon City, accused DELA CRUZ and three companions forcibly "
        "took a 15-year-old student, daughter of a businessman, into a van, held her in a house in Bulacan and demanded "
        "PHP 20 million; she was rescued by PNP-AKG on 19/01/2026. Ransom calls were traced to his phone; he left via "
        "a southern backdoor to Sabah.",
        "2026-01-14", "Quezon City, Metro Manila, Philippines",
        [charge("Kidnapping for ransom", "Revised Penal Code, art. 267 as amended by RA 7659", LIFE)],
        warrant("ArrestWarrant", "Regional Trial Court, Branch 95, Quezon City", "2026-02-03", "Crim. Case No. R-QZN-26-0119"),
        diffusion=True))

    # lg-22 LK — underworld leader orders murders from abroad
    p = person("JAYAKODY", "Sampath Prasanna", "M", "1987-05-05", ["LK"], "LK",
               [("Passport", "N7742318", "LK")], ["si", "en"], aliases=[("MATARA", "Sudda")])
    out.append(case(22, "lk-underworld-contract-killing", "clear", "LK",
        "Modelled on Sri Lanka's Red Notices for underworld leaders directing gangs and killings from Dubai and India. "
        "Sri Lanka also appears in hd-09. UNVERIFIED: Penal Code s.296 (death) as applied. Names fictional.",
        ["https://adaderana.lk/news/66897/sri-lanka-obtains-interpol-red-notices-on-14-wanted-suspects",
         "https://netrigun.com/?p=121535"],
        p,
        "The suspect JAYAKODY, leader of an organised criminal gang, on 22/02/2025 from abroad paid and instructed two "
        "gunmen (arrested) who shot dead a rival, R. P. K., inside the Hulftsdorp court complex in Colombo; instructions "
        "were given by encrypted messaging recovered from the gunmen's phones and money was transferred through a hawala "
        "agent.",
        "2025-02-22", "Hulftsdorp, Colombo, Sri Lanka",
        [charge("Murder (abetment)", "Penal Code, ss. 102 and 296", LIFE),
         charge("Membership of an unlawful assembly with firearms", "Penal Code, s. 140; Firearms Ordinance s. 22", 120)],
        warrant("ArrestWarrant", "Colombo Chief Magistrate's Court", "2025-03-04", "B 4418/2025")))

    # lg-23 AE — cocaine importation, sentence enforcement
    p = person("DURAND", "Kévin Mathis", "M", "1991-03-13", ["FR"], "FR",
               [("Passport", "19AT77402", "FR")], ["fr", "en"])
    out.append(case(23, "ae-cocaine-sentence", "clear", "AE",
        "Ordinary drug-import case from the UAE, which also files an abusive cheque request (ab-25). Sentence enforcement. "
        "UNVERIFIED: Federal Decree-Law 30/2021 article numbers. Names fictional.",
        [GENERIC],
        p,
        "The convicted person DURAND was found guilty of importing 46 kg of cocaine concealed in a container of tiles that "
        "arrived at Jebel Ali Port on 06/05/2024, which he cleared through a company he managed; convicted in absentia after "
        "leaving the State on bail conditions. Sentenced to 10 years' imprisonment and a fine.",
        "2024-05-06", "Jebel Ali, Dubai, United Arab Emirates",
        [charge("Importing narcotic substances for trafficking", "Federal Decree-Law No. 30 of 2021 on narcotics, art. 92", LIFE)],
        warrant("CourtDecision", "Dubai Court of First Instance (Criminal)", "2025-01-27", "DXB-CFI-2024-55102"),
        wanted_for="Sentence", imposed=120, remaining=120))

    # lg-24 JO — mosque arson to cover theft of renovation funds
    p = person("AL-ZOUBI", "Khaled Ahmad", "M", "1978-08-18", ["JO"], "JO",
               [("Passport", "P448019", "JO")], ["ar"])
    out.append(case(24, "jo-mosque-arson-fraud", "clear", "JO",
        "Alarming words used innocently: a mosque set on fire by the contractor to destroy evidence of stolen renovation "
        "funds and claim insurance; no religious element. Jordan also files an abusive request (ab-26). UNVERIFIED: Penal "
        "Code maxima. Names fictional.",
        [GENERIC],
        p,
        "The accused AL-ZOUBI, contractor for the renovation of a mosque in Irbid, received JOD 412,000 from the "
        "Ministry of Awqaf and private donors, diverted most of it, and on the night of 03/11/2025 set fire to the building "
        "using petrol to destroy the works and claim JOD 250,000 from the contractor's all-risk policy (civil-defence "
        "report, purchase of fuel on CCTV). He travelled to Türkiye on 06/11/2025.",
        "2025-11-03", "Irbid, Jordan",
        [charge("Arson of a building", "Penal Code No. 16 of 1960, art. 368", 180),
         charge("Fraud and breach of trust", "Penal Code No. 16 of 1960, arts. 417 and 422", 36)],
        warrant("ArrestWarrant", "Irbid Public Prosecution (Criminal Court of First Instance)", "2025-11-20", "IRB-2025-7714")))

    # lg-25 IQ — participation in a mass execution of cadets
    p = person("AL-SAMARRAI", "Ahmed Khalaf", "M", "1984-01-17", ["IQ"], "IQ",
               [("NationalID", "199884471220", "IQ")], ["ar"])
    out.append(case(25, "iq-massacre-cadets", "clear", "IQ",
        "Terrorism with real violence: participation in the 2014 mass execution of air-force cadets near Tikrit by an "
        "armed terrorist group. Iraq also appears in hd-03. Death penalty in Iraqi law (recorded as 1200; Art. 2 "
        "assurances may be needed in extradition, not at notice stage). UNVERIFIED: article citation. Names fictional.",
        [GENERIC],
        p,
        "المتهم السامرائي شارك بتاريخ 12-06-2014 في قاعدة سبايكر قرب تكريت في نقل طلاب القوة الجوية المحتجزين وإعدام "
        "عدد منهم رمياً بالرصاص ضمن عصابات داعش الإرهابية، وفق اعترافات متهمين آخرين وتسجيلات مصورة وشهادة ناجٍ. "
        "(Participated in the transport and shooting of captured cadets at Speicher base on 12/06/2014.)",
        "2014-06-12", "Tikrit, Salah al-Din, Iraq",
        [charge("Terrorist acts resulting in death", "Anti-Terrorism Law No. 13 of 2005, art. 4(1)", LIFE)],
        warrant("ArrestWarrant", "Central Criminal Court of Iraq, Al-Karkh", "2016-02-14", "CCCI-KRK-2016-0233")))

    # lg-26 LY — trafficking and torture of migrants for ransom
    p = person("AL-WARFALLI", "Musa Abdelsalam", "M", "1979-05-30", ["LY"], "LY",
               [("Passport", "LY1029934", "LY")], ["ar"])
    out.append(case(26, "ly-migrant-torture-ransom", "clear", "LY",
        "Ordinary serious crime from Libya, which also appears in hd-02. UNVERIFIED: Law 19/2010 and Penal Code maxima. "
        "Names fictional.",
        [GENERIC],
        p,
        "المتهم الورفلي أدار خلال الفترة يناير–سبتمبر 2024 مخزناً في بني وليد احتجز فيه مهاجرين غير نظاميين وعذّبهم "
        "لابتزاز ذويهم بمبالغ تصل إلى 5000 دولار للشخص، ما أدى إلى وفاة ثلاثة منهم. Ran a warehouse in Bani Walid where "
        "migrants were held and tortured for ransom (USD 5,000 each); three died (survivor testimony, ransom transfers).",
        "2024-09-30", "Bani Walid, Libya",
        [charge("Smuggling of migrants with torture and death", "Law No. 19 of 2010 on combating irregular migration, art. 4", LIFE),
         charge("Torture", "Law No. 10 of 2013 criminalising torture, art. 2", 180)],
        warrant("ArrestWarrant", "Office of the Attorney General, Tripoli", "2024-11-05", "AG-TRP-2024-1871")))

    # lg-27 EG — organised antiquities trafficking
    p = person("ABDEL-MALEK", "Tarek Samir", "M", "1972-12-09", ["EG"], "EG",
               [("Passport", "A22184470", "EG")], ["ar", "en"])
    out.append(case(27, "eg-antiquities-trafficking", "clear", "EG",
        "Ordinary organised crime from Egypt, which also files an abusive request (ab-29). UNVERIFIED: Law 117/1983 as "
        "amended (2018) maximum. Names fictional.",
        [GENERIC],
        p,
        "المتهم عبد الملك، بوصفه رئيس تشكيل عصابي، قام خلال 2024 بالحفر خلسة أسفل منزل بقرية ميت رهينة بالجيزة واستخراج "
        "٣١٢ قطعة أثرية وتهريب جزء منها عبر ميناء الإسكندرية في حاوية أثاث بتاريخ 2024-10-02. Illegal excavation and "
        "smuggling of 312 antiquities (seizure report, container records).",
        "2024-10-02", "Mit Rahina, Giza, Egypt",
        [charge("Smuggling antiquities abroad", "Antiquities Protection Law No. 117 of 1983 (as amended 2018), art. 41", LIFE),
         charge("Illegal excavation", "Law No. 117 of 1983 (as amended), art. 42", 120)],
        warrant("ArrestWarrant", "Giza Public Prosecution", "2024-11-11", "GZ-PP-2024-8832")))

    return out
