"""Hard requests (expected: review). Mixed facts modelled on documented public cases;
every name, date of birth, number and reference is fictional."""
from common import NOTE, person, charge, warrant, prior, protected, case

CASES = []
add = CASES.append

# 1 PE - party leader convicted of collusion, fugitive, claims persecution
add(case("hd-01-pe-party-leader-airfield-collusion-sentence", "review", "PE",
    NOTE + "Modelled on the 2023 final conviction (collusion over a regional airfield) of a Peruvian party leader who went underground and claims political persecution. Real damage to public funds vs. party-leader status and context.",
    ["https://larazon.pe/vladimir-cerron-cumple-un-ano-de-desaparecido",
     "https://gestion.pe/peru/politica/vladimir-cerron-buscaria-asilo-politico-en-la-embajada-de-bolivia-policia-nacional-del-peru-noticia/?outputType=amp"],
    person("Quispe Huamán", "Wilber Arnaldo", "M", "1970-09-16", ["PE"], "PE", [("Pasaporte", "121907744", "PE"), ("DNI", "20419077", "PE")], ["es", "qu"]),
    "El sentenciado, en su condición de Gobernador Regional, concertó en 2014 con representantes de la empresa contratista para la "
    "ejecución del proyecto de un aeródromo regional pese a informes técnicos desfavorables del Ministerio de Transportes, "
    "defraudando al Estado. Sentencia confirmada en segunda instancia: 3 años y 6 meses de pena privativa de libertad efectiva y "
    "reparación civil de S/ 800,000. Se encuentra no habido; se presume su salida del país. El sentenciado preside un partido político "
    "nacional y afirma ser perseguido.",
    "2014-06-30", "Huancayo, Junín, Perú", "Sentence",
    [charge("Colusión agravada", "Art. 384, segundo párrafo, Código Penal", 180)],
    warrant("CourtDecision", "Sala Penal de Apelaciones Transitoria Especializada en Delitos de Corrupción de Funcionarios de Junín", "2023-10-06", "Exp. 00417-2019-81-1501-JR-PE-02"),
    sentence_imposed=42, sentence_remaining=42))

# 2 PK - arson of military residence during riots, military court conviction
add(case("hd-02-pk-corps-residence-arson-military-court", "review", "PK",
    NOTE + "Modelled on the May 9, 2023 attacks on military installations after a former PM's arrest; civilians tried by military courts. Real arson/violence vs. military trial of a civilian and party context.",
    ["https://www.tribuneindia.com/news/world/pakistan-military-courts-sentence-25-civilians", "https://wikimili.com/en/May_9_riots"],
    person("Butt", "Hamza Tariq", "M", "1996-12-19", ["PK"], "PK", [("Passport", "BZ7710942", "PK"), ("CNIC", "35202-7710942-5", "PK")], ["ur", "pa", "en"]),
    "On 09.05.2023 the accused, identified by CCTV footage and photographs, was among a group that forcibly entered the residence of the "
    "Corps Commander, Lahore Cantonment, set fire to the main building and vehicles with petrol, and looted property, causing damage "
    "assessed at PKR 148 million. Tried under the Pakistan Army Act read with the Official Secrets Act by Field General Court Martial "
    "and convicted in absentia; the accused had left for Dubai on 21.05.2023.",
    "2023-05-09", "Lahore Cantonment, Punjab", "Sentence",
    [charge("Mischief by fire with intent to destroy a house", "Section 436 PPC read with Section 59 Pakistan Army Act 1952", 1200),
     charge("Rioting armed with deadly weapons", "Section 148 PPC", 36),
     charge("Terrorism (attack on public property)", "Section 7 Anti-Terrorism Act 1997", 1200)],
    warrant("CourtDecision", "Field General Court Martial (convened under Pakistan Army Act 1952)", "2024-12-21", "FGCM/LHR/2024/19"),
    sentence_imposed=120, sentence_remaining=120))

# 3 GE - firework injury to police officer during protests; asylum claim pending
add(case("hd-03-ge-protester-firework-injured-officer-asylum-pending", "review", "GE",
    NOTE + "Modelled on the Nov-Dec 2024 Tbilisi protest prosecutions: a specific injury to a riot officer by pyrotechnics (ordinary violence) vs. a protest context where courts later down-graded 'group violence' charges; asylum claim not yet decided.",
    ["https://civil.ge/archives/641156", "https://civil.ge/?p=698450"],
    person("Beridze", "Giorgi", "M", "2001-07-02", ["GE"], "GE", [("Passport", "14AR41907", "GE")], ["ka", "en", "ru"]),
    "On 29.11.2024 at about 23:30, during the rally on Rustaveli Avenue, the accused fired a pyrotechnic device directly at an employee "
    "of the Special Tasks Department, who sustained a burn to the leg and face injuries; identified from video recordings. He also took "
    "part in erecting barricades and throwing objects at the Parliament building. Left Georgia for Germany on 20.12.2024.",
    "2024-11-29", "Rustaveli Avenue, Tbilisi", "Prosecution",
    [charge("Attack on a police officer in connection with official activity", "Art. 353¹(1) Criminal Code of Georgia", 84),
     charge("Participation in group violence", "Art. 225(2) Criminal Code of Georgia", 72)],
    warrant("ArrestWarrant", "Tbilisi City Court", "2025-01-09", "10a/4471-25"),
    protections=[protected(person("Beridze", "Giorgi", "M", "2001-07-02", ["GE"], "GE", [("Aufenthaltsgestattung", "DE-AG-2025-771904", "DE")], ["ka"]),
                           "Asylum", ["GE"], False)]))

# 4 CO - protest front-line member: terrorism + attempted homicide of police
add(case("hd-04-co-front-line-protester-cai-fire-police-injured", "review", "CO",
    NOTE + "Modelled on 2021 national-strike prosecutions of 'Primera Línea' members (terrorism, attempted homicide of police); some were clearly violent, others arbitrary arrests of visible spokespeople.",
    ["https://1-e8259.azureedge.net/news/2021/8/14/as-colombian-protests-dissipate-activists-hit-by-wave-of-arrests",
     "https://highpointdaily.com/colombia-they-ask-to-release-prisoners-in-social-outbreak-of-2021/"],
    person("Cárdenas Rojas", "Brayan Stiven", "M", "2000-04-12", ["CO"], "CO", [("Pasaporte", "AX914077", "CO"), ("Cédula", "1019140772", "CO")], ["es"]),
    "El 28 de mayo de 2021, en el sector de Puerto Resistencia (Cali), el indiciado, integrante de un grupo de 'primera línea', participó "
    "en el incendio del CAI de Puerto Rellena con ocho policías en su interior, lanzando artefactos incendiarios; dos uniformados sufrieron "
    "quemaduras de segundo grado. Es además señalado de coordinar bloqueos viales durante 30 días. Salió del país por Ipiales en 2022.",
    "2021-05-28", "Cali, Valle del Cauca", "Prosecution",
    [charge("Terrorismo", "Art. 343 Código Penal (Ley 599 de 2000)", 270),
     charge("Tentativa de homicidio agravado", "Arts. 27, 103 y 104 Código Penal", 250),
     charge("Obstrucción a vías públicas que afecten el orden público", "Art. 353A Código Penal", 96)],
    warrant("ArrestWarrant", "Juzgado 21 Penal Municipal con Función de Control de Garantías de Cali", "2021-09-16", "760016000193202114471")))

# 5 IN - religious leader, rape of disciple, claims religious persecution
add(case("hd-05-in-ashram-head-rape-disciple-fled", "review", "IN",
    NOTE + "Modelled on the case of an Indian self-styled godman charged with rape of a disciple (2010 case, charges framed 2018) who fled and claims religious persecution; identifiable victim vs. claimed religious character.",
    ["https://www.vice.com/en/article/karnataka-police-says-it-cant-serve-a-notice-to-a-rape-accused-godman-because-hes-on-a-spiritual-tour/",
     "https://scroll.in/latest/944479/nithyananda-case-police-say-religious-leader-fled-abroad-mea-claims-it-has-no-formal-information"],
    person("Ramaswamy", "Arunachalam", "M", "1977-01-01", ["IN"], "IN", [("Passport", "Z4419077", "IN")], ["ta", "kn", "en"], [("Swami", "Jnanananda")]),
    "The accused, head of a religious trust running ashrams in Karnataka and Gujarat, repeatedly raped a woman disciple (a foreign "
    "national) between 2004 and 2009 at the Bidadi ashram under the pretext of spiritual initiation, and with co-accused destroyed "
    "evidence. Charges framed by the Sessions Court in 2018; bail cancelled by the High Court after he absconded. The accused publicly "
    "claims persecution of his faith and has proclaimed an independent 'Hindu nation' abroad.",
    "2009-12-31", "Bidadi, Ramanagara district, Karnataka", "Prosecution",
    [charge("Rape", "Section 376 Indian Penal Code", 1200), charge("Cheating", "Section 420 IPC", 84),
     charge("Causing disappearance of evidence", "Section 201 IPC", 84)],
    warrant("ArrestWarrant", "Principal District and Sessions Court, Ramanagara", "2020-02-12", "S.C. No. 41/2018 NBW")))

# 6 RW - genocide suspect with refugee status in a third country
add(case("hd-06-rw-genocide-militia-leader-refugee-third-country", "review", "RW",
    NOTE + "Modelled on Rwandan genocide indictments of militia leaders found in Europe (e.g. the ETO school massacre suspect arrested in the Netherlands). Genocide is processable, but the person holds refugee status; exclusion (1951 Convention Art. 1F) not determined.",
    ["http://newtimes.co.rw/article/95077/rwanda-seeks-extradition-of-genocide-suspect-arrested-in-holland/amp",
     "https://docslib.org/doc/8684255/extraditing-genocide-suspects-from-europe-to-rwanda-issues-and"],
    person("Habyarimana", "Jean-Bosco", "M", "1971-04-04", ["RW"], "RW", [("Passport", "PC0419077", "RW")], ["rw", "fr"], [("Ntwari", "Jean")]),
    "L'accusé, chef local de la milice Interahamwe à Kicukiro, a le 11 avril 1994 dirigé l'attaque contre les réfugiés tutsi regroupés "
    "à l'école technique de Kicukiro après le départ des casques bleus, ayant entraîné la mort d'environ 2 000 personnes, et a "
    "participé à des barrières où des Tutsi étaient tués. Témoignages de 14 rescapés.",
    "1994-04-11", "Kicukiro, Kigali", "Prosecution",
    [charge("Génocide", "Loi organique n° 01/2012 art. 114; Loi n° 33bis/2003", 1200),
     charge("Crimes contre l'humanité (extermination)", "Loi n° 33bis/2003 art. 5", 1200)],
    warrant("ArrestWarrant", "Parquet général - Genocide Fugitive Tracking Unit (mandat du Tribunal de Grande Instance de Nyarugenge)", "2013-05-28", "GFTU/0419/2013"),
    protections=[protected(person("Ntwari", "Jean", "M", "1971-04-04", ["RW"], "RW", [("Travel document (refugee)", "R-N 0441907", "NO")], ["rw", "fr"]),
                           "Refugee", ["RW"], True)]))

# 7 UA - former bank executive, fraud against nationalised bank
add(case("hd-07-ua-private-bank-treasury-head-related-party-loans", "review", "UA",
    NOTE + "Modelled on the PrivatBank fraud (US$1.9bn related-party loan scheme 2013-14, confirmed by the English High Court in 2025); identifiable victim bank vs. oligarch-political context and wartime proceedings in absentia.",
    ["https://www.irishnews.com/news/uknews/2023/06/12/news/ukrainian_bank_accuses_former_owners_of_epic_fraud_at_london_trial-3342644/",
     "https://www.intellinews.com/ukraine-s-privatbank-secures-1-9bn-court-victory-against-former-owners-393633"],
    person("Dovhaliuk", "Serhii Mykolaiovych", "M", "1966-10-08", ["UA", "CY"], "UA", [("Passport", "FX441907", "UA"), ("Passport", "K00419077", "CY")], ["uk", "ru", "en"]),
    "Довгалюк С.М., обіймаючи посаду члена правління банку, у 2013-2014 роках за попередньою змовою з кінцевими власниками банку "
    "організував видачу кредитів на загальну суму понад 5,5 млрд грн пов'язаним особам, кошти за якими було переведено на рахунки "
    "офшорних компаній під виглядом передоплат за фіктивними договорами поставки. Банк націоналізовано у грудні 2016 р. Підозрюваний "
    "виїхав з України у 2017 р.; спеціальне досудове розслідування (in absentia).",
    "2014-10-31", "Dnipro, Ukraine", "Prosecution",
    [charge("Привласнення, розтрата майна в особливо великих розмірах, вчинені організованою групою", "ч. 5 ст. 191 КК України", 144),
     charge("Легалізація (відмивання) майна, одержаного злочинним шляхом", "ч. 3 ст. 209 КК України", 144)],
    warrant("ArrestWarrant", "Вищий антикорупційний суд (слідчий суддя)", "2023-03-14", "991/1907/23")))

# 8 SY - former detention-branch official, torture, new authorities
add(case("hd-08-sy-former-air-intelligence-prison-officer-torture", "review", "SY",
    NOTE + "Modelled on post-December 2024 Syrian warrants against former regime officials for torture/killings in detention (and earlier US/French warrants for Mezzeh). Grave ordinary crimes vs. a transitional judiciary and retribution risk.",
    ["https://newssprinters.com/index.php/world/syria-issues-arrest-warrant-for-ousted-president-al-assad/27/09/2025",
     "https://arabnews.pk/node/2582464"],
    person("Al-Hamwi", "Bassam Adib", "M", "1964-07-17", ["SY"], "SY", [("Passport", "N011907744", "SY")], ["ar"]),
    "المتهم ضابط سابق برتبة عقيد في فرع التحقيق التابع للمخابرات الجوية في مطار المزة العسكري بين 2012 و2018، أشرف على تعذيب المعتقلين "
    "بالضرب والصعق الكهربائي والتعليق، ما أدى إلى وفاة ما لا يقل عن 41 معتقلاً تم توثيق أسمائهم، بناء على شكاوى ذوي الضحايا وشهادات "
    "ناجين ووثائق الفرع. فرّ إلى خارج البلاد في كانون الأول 2024.",
    "2018-12-31", "Mezzeh military airport, Damascus", "Prosecution",
    [charge("القتل العمد", "المادة 535 قانون العقوبات السوري", 1200),
     charge("التعذيب المفضي إلى الموت", "المادة 2 من القانون رقم 16 لسنة 2022 لتجريم التعذيب", 1200)],
    warrant("ArrestWarrant", "قاضي التحقيق الأول بدمشق", "2025-09-25", "2025/1193 تحقيق")))

# 9 NG - diaspora separatist broadcaster, weapons supply (also convicted abroad)
add(case("hd-09-ng-diaspora-separatist-broadcaster-arms-supply", "review", "NG",
    NOTE + "Modelled on the Biafra separatist 'media warrior' convicted in Finland (2025) of terrorist offences, whose extradition Nigeria also sought: violent acts found by a European court vs. separatist political context and Nigerian trial conditions.",
    ["https://theblogonline.com/?p=25022", "https://thescrutinyng.com/terrorism-finnish-prosecutors-seek-six-year-jail-term-for-simon-ekpa/?amp=1"],
    person("Okonkwo", "Chukwuemeka Simon", "M", "1985-03-10", ["NG", "FI"], "NG", [("Passport", "A11907742", "NG"), ("Passport", "FP4419077", "FI")], ["ig", "en", "fi"]),
    "The defendant, from his residence abroad, between August 2021 and November 2023 used social-media broadcasts to order 'sit-at-home' "
    "lockdowns in the South-East enforced by armed men, incited attacks on security personnel, and through his contact network arranged "
    "funds for weapons, explosives and ammunition for an armed wing of a proscribed organisation; attacks in Imo and Anambra States killed "
    "police officers and civilians.",
    "2023-11-30", "Imo and Anambra States (directed from abroad)", "Prosecution",
    [charge("Provision of weapons/funds for terrorism", "Sections 21 and 24 Terrorism (Prevention and Prohibition) Act 2022", 1200),
     charge("Incitement to terrorism", "Section 26 Terrorism (Prevention and Prohibition) Act 2022", 240)],
    warrant("ArrestWarrant", "Federal High Court, Abuja", "2024-03-12", "FHC/ABJ/CR/114/2024")))

# 10 MK - former PM convicted of abuse of office; asylum granted by a third state
add(case("hd-10-mk-former-pm-abuse-of-office-asylum-third-state", "review", "MK",
    NOTE + "Modelled on the former North Macedonian PM who fled a two-year corruption sentence in 2018 and was granted asylum in Hungary. Final conviction for an ordinary offence vs. recognised asylum vis-à-vis the requesting state.",
    ["https://www.britishherald.com/2018/11/15/1832/?amp=1",
     "https://en.news-front.su/2018/11/21/macedonia-s-ex-pm-gruevski-claims-he-s-been-granted-asylum-in-hungary"],
    person("Trajkovski", "Zoran", "M", "1969-08-31", ["MK"], "MK", [("Пасош", "M1190774", "MK")], ["mk", "en"]),
    "Осудениот, во својство на Претседател на Владата, во 2012 година злоупотребил службена положба и овластување со тоа што незаконски "
    "влијаел врз набавка на луксузно службено возило по цена од 600.000 евра, со што прибавил корист за себе. Осуден на 2 години затвор "
    "(правосилно 2018). Не се јавил на издржување казна и ја напуштил државата. Се водат уште три постапки за корупција.",
    "2012-12-31", "Skopje", "Sentence",
    [charge("Злоупотреба на службената положба и овластување", "член 353 Кривичен законик", 120)],
    warrant("CourtDecision", "Основен кривичен суд Скопје", "2018-11-12", "К-ОЈО 14/17"),
    sentence_imposed=24, sentence_remaining=24,
    protections=[protected(person("Trajkovski", "Zoran", "M", "1969-08-31", ["MK"], "MK", [("Menekült kártya", "HU-MK-2018-1190", "HU")], ["mk"]),
                           "Refugee", ["MK"], True)]))

# 11 BY - 2020 protester accused of violence against police, wanted via Russia
add(case("hd-11-by-protester-violence-against-police-zhlobin", "review", "BY",
    NOTE + "Modelled on Belarusian requests (extradition from Russia, 2021-22) of 2020 protest participants accused of violence against police - concrete violence alleged vs. crackdown context and torture risk.",
    ["https://ria24.today/news/rossiya-soglasilas-vydat-belorussii/11497034",
     "https://www.newsday24.com/belarus/russian-court-orders-extradition-of-belarusian-activist-to-minsk/"],
    person("Lapitski", "Dzmitry Iharavich", "M", "1987-11-14", ["BY"], "BY", [("Passport", "HB4419077", "BY")], ["be", "ru"]),
    "Лапицкий Д.И. 10.08.2020 около 22.40 в г. Жлобине во время незаконного массового мероприятия умышленно нанёс сотруднику Жлобинского "
    "РОВД не менее двух ударов ногой по туловищу и бросил в служебный автомобиль камень, повредив лобовое стекло, в связи с выполнением "
    "сотрудником служебных обязанностей по охране общественного порядка. Потерпевшему причинены лёгкие телесные повреждения.",
    "2020-08-10", "Zhlobin, Gomel region", "Prosecution",
    [charge("Насилие либо угроза применения насилия в отношении сотрудника органов внутренних дел", "ч. 2 ст. 364 УК Республики Беларусь", 72)],
    warrant("ArrestWarrant", "Следственный комитет Республики Беларусь (санкция прокурора Гомельской области)", "2020-11-19", "20201310441")))

# 12 MV - former vice-president: bomb on presidential boat + corruption
add(case("hd-12-mv-former-vice-president-speedboat-blast-resort-fund", "review", "MV",
    NOTE + "Modelled on the Maldivian former VP accused of the 2015 presidential speedboat blast and of resort-lease corruption, earlier conviction quashed, fled by tugboat in 2019; serious violence and corruption vs. repeated political reversals.",
    ["https://www.deccanherald.com/national/former-maldivian-vp-enters-india-illegally-detained-751273.html", "https://avas.mv/en/67998"],
    person("Rasheed", "Ahmed Mausoom", "M", "1982-03-01", ["MV"], "MV", [("Passport", "E01190774", "MV")], ["dv", "en"]),
    "The accused, then Vice-President, on 28.09.2015 conspired with security officers to plant an explosive device under the President's "
    "seat on the presidential speedboat; the blast injured the First Lady and two aides. Separately, while Minister of Tourism he "
    "misappropriated USD 79 million in resort lease payments via a state company. An earlier conviction was quashed by the Supreme Court "
    "and a retrial ordered; the accused left the country in breach of a travel ban.",
    "2015-09-28", "Malé, Maldives", "Prosecution",
    [charge("Act of terrorism (attempt on life of the President)", "Section 6 Anti-Terrorism Act 10/2015", 300),
     charge("Embezzlement of state funds", "Section 12 Anti-Corruption Act 2/2000", 120),
     charge("Money laundering", "Section 53 Prevention of Money Laundering Act 10/2014", 180)],
    warrant("ArrestWarrant", "Criminal Court of the Maldives", "2019-08-04", "Cr-C/2019/441")))

# 13 SD - RSF field commander, killings in Darfur; requester party to conflict
add(case("hd-13-sd-paramilitary-commander-el-geneina-killings", "review", "SD",
    NOTE + "Modelled on Sudanese prosecutions (2024) of Rapid Support Forces members for killings in the current war; grave crimes against civilians (processable) vs. a requesting authority that is a party to the armed conflict.",
    ["https://sudanevents.com/?p=30608", "https://sudantribune.com/article291318"],
    person("Adam Yagoub", "Ibrahim Mousa", "M", "1984-05-05", ["SD"], "SD", [("Passport", "P07719044", "SD")], ["ar"]),
    "المتهم قائد ميداني برتبة عقيد في ميليشيا الدعم السريع قاد في يونيو 2023 القوة التي هاجمت أحياء الجبل والمدارس بمدينة الجنينة "
    "وأمر بقتل مدنيين من قبيلة المساليت، وثّقت الشكاوى أسماء 112 ضحية وشهادات ناجين ومقاطع مصورة نشرتها الميليشيا نفسها.",
    "2023-06-15", "El Geneina, West Darfur", "Prosecution",
    [charge("القتل العمد", "المادة 130 القانون الجنائي 1991", 1200),
     charge("الجرائم ضد الإنسانية", "المادة 186 القانون الجنائي 1991", 1200)],
    warrant("ArrestWarrant", "النيابة العامة - لجنة التحقيق في جرائم وانتهاكات القانون الوطني والدولي", "2024-05-20", "LJ/WD/2024/0907")))

# 14 RS - students; notebooks with plans for attacks on infrastructure
add(case("hd-14-rs-student-notebooks-infrastructure-blockade-plans", "review", "RS",
    NOTE + "Modelled on the June 2025 arrests of Serbian students accused of planning road blockades and attacks on critical infrastructure (notebooks seized, one partial admission) amid the anti-corruption protest movement.",
    ["https://drina.com/student-arrests-violent-regime-change-serbia"],
    person("Jovanović", "Nemanja", "M", "2003-02-21", ["RS"], "RS", [("Pasoš", "011904477", "RS")], ["sr", "en"]),
    "Okrivljeni je 20. i 21.06.2025. u prostorijama Elektrotehničkog i Građevinskog fakulteta u Beogradu, sa još sedam lica, planirao "
    "blokade puteva i napade na objekte kritične infrastrukture (trafostanice, železnička signalizacija) radi nasilne promene vlasti. "
    "Kod saokrivljenog pronađene su sveske sa skicama i spiskom materijala za paljenje; jedan saokrivljeni je delimično priznao. "
    "Okrivljeni je napustio zemlju 30.06.2025.",
    "2025-06-21", "Beograd", "Prosecution",
    [charge("Terorizam (pripremanje)", "čl. 391 i 320 Krivičnog zakonika", 120),
     charge("Udruživanje radi vršenja krivičnih dela protiv ustavnog uređenja", "čl. 319 Krivičnog zakonika", 96)],
    warrant("ArrestWarrant", "Viši sud u Beogradu, Posebno odeljenje", "2025-07-08", "Kpp Po1 22/2025")))

# 15 KZ - oil-town riot participant, arson of administrative building; torture allegations
add(case("hd-15-kz-oil-town-riot-arson-akimat-confession-disputed", "review", "KZ",
    NOTE + "Modelled on the December 2011 Zhanaozen riot prosecutions: arson of public buildings occurred, but convictions relied on confessions co-defendants said were obtained under torture.",
    ["https://lefteast.org/zhanaozen-worker-organisation-and-repression/", "https://zhanaozen.eu/"],
    person("Sarsenbayev", "Nurlan Beketovich", "M", "1984-06-27", ["KZ"], "KZ", [("Passport", "N09177430", "KZ"), ("IIN", "840627300771", "KZ")], ["kk", "ru"]),
    "Сарсенбаев Н.Б. 16.12.2011 в составе толпы участвовал в массовых беспорядках на центральной площади г. Жанаозен, лично поджёг "
    "здание акимата и офис нефтедобывающей компании с помощью бутылок с горючей смесью, что подтверждается показаниями двух "
    "соучастников и видеозаписью. Соучастники впоследствии заявили об отказе от показаний, сославшись на применение насилия.",
    "2011-12-16", "Zhanaozen, Mangystau region", "Sentence",
    [charge("Участие в массовых беспорядках, сопровождавшихся поджогами", "ч. 2 ст. 241 УК РК (1997)", 96),
     charge("Умышленное уничтожение чужого имущества путём поджога", "ч. 2 ст. 187 УК РК (1997)", 96)],
    warrant("CourtDecision", "Актауский городской суд", "2012-06-04", "1-2012/411"),
    sentence_imposed=84, sentence_remaining=80))

# 16 MX - opposition former governor: organised crime, laundering, tax fraud
add(case("hd-16-mx-opposition-former-governor-laundering", "review", "MX",
    NOTE + "Modelled on the 2021-2023 arrest warrant against an opposition state governor for organised crime, money laundering and tax fraud (FIU findings, US information) amid a federal-state immunity dispute.",
    ["https://pulsenewsmexico.com/2021/05/21/arrest-warrant-issued-for-cabeza-de-vaca/", "https://globelivemedia.com/?p=308770"],
    person("Garza Villarreal", "Rodrigo Javier", "M", "1967-09-10", ["MX"], "MX", [("Pasaporte", "G41907731", "MX")], ["es", "en"]),
    "El inculpado, exgobernador del estado, se asoció con otras personas entre 2016 y 2022 para realizar operaciones con recursos de "
    "procedencia ilícita por un monto superior a 900 millones de pesos mediante 25 empresas y 12 personas físicas, incluyendo la compra "
    "de inmuebles en Texas, con información financiera de la UIF y de autoridades estadounidenses. El inculpado afirma ser perseguido "
    "por el gobierno federal de signo contrario.",
    "2022-09-30", "Ciudad Victoria, Tamaulipas", "Prosecution",
    [charge("Delincuencia organizada", "Art. 2 fr. I Ley Federal contra la Delincuencia Organizada", 480),
     charge("Operaciones con recursos de procedencia ilícita", "Art. 400 Bis Código Penal Federal", 180),
     charge("Defraudación fiscal equiparada", "Art. 109 Código Fiscal de la Federación", 108)],
    warrant("ArrestWarrant", "Juez de Distrito Especializado en el Sistema Penal Acusatorio, Centro de Justicia Penal Federal Altiplano", "2023-02-17", "CP 411/2022")))

# 17 KG - son of ousted president: state-fund embezzlement; asylum in UK
add(case("hd-17-kg-ousted-presidents-son-development-fund", "review", "KG",
    NOTE + "Modelled on the son of Kyrgyzstan's ousted president (2010), head of a state development agency, sought for embezzlement while seeking asylum in the UK; a third state also sought him for fraud.",
    ["https://www.rferl.org/a/bakiev-son-kyrgyzstan-arrested-in-london/24737993.html",
     "http://www.independent.co.uk/news/uk/crime/met-arrests-son-of-ousted-kyrgyz-leader-8210436.html"],
    person("Temirbekov", "Azamat Kurmanovich", "M", "1978-06-09", ["KG"], "KG", [("Passport", "AN1907744", "KG")], ["ky", "ru", "en"]),
    "Темирбеков А.К., являясь руководителем Центрального агентства по развитию, инвестициям и инновациям, в 2009-2010 гг. организовал "
    "незаконную приватизацию по заниженной стоимости энергокомпании и ГЭС в пользу подконтрольных ему фирм, а также хищение 35 млн "
    "долларов США из средств, поступивших от Российской Федерации в виде кредита. Выехал из КР в апреле 2010 г. после смены власти.",
    "2010-04-07", "Bishkek", "Prosecution",
    [charge("Присвоение или растрата вверенного имущества в особо крупном размере", "ч. 3 ст. 168 УК КР (1997)", 180),
     charge("Злоупотребление должностным положением", "ч. 2 ст. 304 УК КР (1997)", 120)],
    warrant("ArrestWarrant", "Первомайский районный суд г. Бишкек", "2010-06-01", "1-0411/10"),
    protections=[protected(person("Temirbekov", "Azamat", "M", "1978-06-09", ["KG"], "KG", [("ARC (asylum seeker)", "UK-ARC-441907", "GB")], ["ky", "ru"]),
                           "Asylum", ["KG"], False)]))
