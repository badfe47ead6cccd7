"""Genuinely hard requests: the careful reviewer should send them to REVIEW."""
from common import (C, P, W, ch, prior, prot, S_ART83, S_NEUTRAL, S_REFUGEE, S_REPO, S_POLITICAL,
                    S_DIFFUSION, S_FH, S_PACE2019)

V = "review"
CASES = []
add = CASES.append

# 1 Nepal: former district security official, shootings of protesters, after change of government
p = P("Adhikari", "Prakash Bahadur", "M", "1970-01-12", "NP", ("Passport", "PA0771934"), "ne en hi")
add(C("hd-01-np-security-official-protest-shootings", V, "NP",
      "Modelled on the September 2025 'Gen Z' protests in Nepal, where police fire killed 19 people on the first day, the government fell, and the interim government's inquiry commission sought travel bans on the former prime minister, home minister and the Kathmandu district security chiefs. Killing protesters is grave ordinary-law violence; but the warrant comes from the successor interim government, the chain of command is disputed and the inquiry was still running. Predominance and evidence need individual review.",
      ["https://www.latestly.com/agency-news/world-news-nepals-interim-govt-imposes-travel-restriction-on-former-pm-oli-four-others-following-probe-into-gen-z-protest-violence-7134251.html",
       "https://ianslive.in/nepal-cabinet-forms-probe-panel-after-violent-protests-leave-19-dead--20250908232704", S_REPO], p,
      "The accused, then Senior Superintendent of Police in charge of security around the Federal Parliament, on 8 September 2025 between 12:30 and 14:00 ordered armed police under his command to fire live rounds at demonstrators at New Baneshwor, resulting in the deaths of 17 persons, including minors, according to the inquiry commission's findings, radio logs and post-mortem reports. He crossed into India at Kakarbhitta on 20 September 2025.",
      "2025-09-08", "New Baneshwor, Kathmandu, Nepal",
      [ch("Murder (Jyan Maarne)", "Section 177 National Penal (Code) Act 2017", 1200),
       ch("Abuse of authority resulting in death", "Section 181 National Penal (Code) Act 2017", 120)],
      W("ArrestWarrant", "Kathmandu District Court", "2026-02-10", "KDC-Cr-082-083-1147")))

# 2 Sri Lanka: protester, arson of a minister's house (Diffusion)
p = P("Perera", "Kasun Dilshan", "M", "1995-06-24", "LK", ("Passport", "N8821043"), "si en")
add(C("hd-02-lk-protester-minister-house-arson-diffusion", V, "LK",
      "Modelled on the 9 May 2022 violence in Sri Lanka, when, after ruling-party supporters attacked peaceful protest camps, crowds burned dozens of politicians' houses. Arson of a dwelling is a serious ordinary crime, but it occurred in a mass political uprising, in retaliation, and the target was chosen for political office. Predominance is genuinely contested; sent as a diffusion.",
      ["https://www.thenewsminute.com/article/violent-protests-mp-death-and-arson-top-developments-sri-lanka-163783",
       "https://www.goodmorningpost.com/world-news/asia-news/five-people-have-been-killed-and-hundreds-have-been-injured-in-the-recent-violence-in-sri-lanka-17079/", S_DIFFUSION], p,
      "On 9 May 2022 at about 21:15 the suspect, with a group of about 60 persons, broke into the residence of a State Minister at Kurunegala, poured petrol in the living rooms and set the house and three vehicles on fire, causing damage of LKR 84 million; a security guard suffered burns. CCTV footage and two witnesses identify him carrying petrol cans. He left for Italy in September 2022.",
      "2022-05-09", "Kurunegala, North Western Province, Sri Lanka",
      [ch("Mischief by fire with intent to destroy a house", "Section 419 Penal Code", 240),
       ch("Unlawful assembly with common object / rioting armed", "Sections 140, 144 and 146 Penal Code", 24),
       ch("Causing damage to public and private property", "Offences against Public Property Act No. 12 of 1982, s. 3", 240)],
      W("ArrestWarrant", "Magistrate's Court of Kurunegala", "2022-11-08", "B/2281/2022"),
      diffusion=True))

# 3 Guinea: former minister embezzlement, post-coup special court
p = P("Camara", "Mamadou Sidiki", "M", "1961-03-03", "GN", ("Passeport", "R0198823"), "fr ff en")
add(C("hd-03-gn-former-minister-embezzlement-post-coup", V, "GN",
      "Modelled on the Guinean junta's CRIEF prosecutions of ministers of the ousted president after the 2021 coup. Embezzlement is an ordinary crime and there is audit evidence, but the special court was created by the coup authorities, proceedings have been described as expeditious and punitive, and targets are prospective electoral rivals. Timing/context vs. evidence: review.",
      ["https://sahelnews.org/post/guinea-several-former-ministers-prosecuted-by-the-courts",
       "https://voaafrica.com/a/guinea-plans-conde-prosecution/6819776.html", S_REPO], p,
      "Le nommé Camara Mamadou Sidiki, ancien ministre des Mines et de la Géologie (2018-2021), est poursuivi pour avoir, entre 2019 et 2021, ordonné le versement de 41,8 milliards GNF au titre de contrats fictifs d'études géologiques à deux sociétés dont ses proches sont actionnaires, selon le rapport d'audit de l'Inspection générale d'État du 14/03/2022 et les relevés bancaires. Il a quitté la Guinée en octobre 2021.",
      "2021-08-31", "Conakry, Guinée",
      [ch("Détournement de deniers publics", "Art. 764 du Code pénal guinéen", 240),
       ch("Blanchiment de capitaux", "Loi L/2021/0024/AN relative à la lutte contre le blanchiment, art. 5", 120)],
      W("ArrestWarrant", "Chambre d'instruction de la Cour de répression des infractions économiques et financières (CRIEF)", "2022-09-15", "MAI 031/CRIEF/2022")))

# 4 Zambia: former minister, cash and houses, after electoral change
p = P("Mwale", "Chanda Joseph", "M", "1966-09-09", "ZM", ("Passport", "ZN0418823"), "en bem ny")
add(C("hd-04-zm-former-minister-cash-properties-after-election", V, "ZM",
      "After the 2021 change of government, Zambia prosecuted several ministers of the previous government for unexplained wealth. Possession of property reasonably suspected to be proceeds of crime is an ordinary offence with tangible evidence (seized cash, houses); but selective targeting of the defeated party's leaders is alleged. Change-of-government timing requires a predominance review.",
      [S_REPO, S_POLITICAL], p,
      "The accused, Minister of Infrastructure from 2016 to 2021, was found to own 14 houses in Lusaka and Ndola and USD 1.4 million and ZMW 9 million in cash kept at a farm in Chongwe, which are disproportionate to his declared income of ZMW 1.2 million a year. The cash was seized on 12 March 2022 and forfeiture proceedings are pending. He left Zambia for South Africa on 2 April 2022.",
      "2022-03-12", "Chongwe and Lusaka, Zambia",
      [ch("Possession of property suspected of being proceeds of crime", "Section 71 Forfeiture of Proceeds of Crime Act No. 19 of 2010", 60),
       ch("Money laundering", "Section 7 Prohibition and Prevention of Money Laundering Act No. 14 of 2001", 120)],
      W("ArrestWarrant", "Subordinate Court of the First Class, Lusaka", "2022-06-20", "SSP/118/2022")))

# 5 Myanmar: resistance fighter, bombing of a police post
p = P("Kyaw", "Zin Htet", "M", "1998-01-19", "MM", ("Passport", "MG118034"), "my en")
add(C("hd-05-mm-resistance-fighter-police-post-bombing", V, "MM",
      "After the 2021 coup, the military authorities prosecute members of People's Defence Forces for attacks. A bomb attack that killed police officers is a violent act, but it was committed within an armed conflict by a resistance force recognised by the parallel government, the requester is the junta (legitimacy and military character issues), and Art. 2 risks are grave. Review, not automatic publication.",
      [S_NEUTRAL, S_REPO, S_FH], p,
      "On 17 October 2023 at about 06:10 the accused, a member of a so-called 'People's Defence Force' terrorist group, detonated a remotely triggered mine against a police vehicle near Kyauk Padaung, killing two police officers and a civilian driver and wounding four. Interrogation of an arrested accomplice and recovered detonators identify him. He is hiding in Thailand.",
      "2023-10-17", "Kyaukpadaung Township, Mandalay Region, Myanmar",
      [ch("Committing terrorist acts causing death", "Section 49(a) Counter-Terrorism Law 2014", 1200),
       ch("Murder", "Section 302 Myanmar Penal Code", 1200)],
      W("ArrestWarrant", "Mandalay Region Court (special court under martial law)", "2024-01-09", "MDY-CT 33/2024")))

# 6 Vietnam: Montagnard refugee accused of organising commune attacks
p = P("Y Bhiong", "Ksor", "M", "1991-05-05", "VN", ("Passport", "C1188203"), "rad vi en")
add(C("hd-06-vn-montagnard-refugee-commune-attacks", V, "VN",
      "Modelled on Vietnam's request concerning a UNHCR-recognised Montagnard activist convicted in absentia for the June 2023 Dak Lak commune attacks (nine killed). The attacks were grave violence, but the link to this person rests on the activist's advocacy group being labelled terrorist, the trial was in absentia, and he is a recognised refugee from the requesting state. Refugee policy 'in general' bars processing; the exception for serious violence needs review.",
      ["https://rfa.org/english/news/vietnam/thailand-extradite-bdap-vietnam-dak-lak-10172024135250.html",
       "https://www.voanews.com/a/thailand-sets-extradition-hearing-for-montagnard-activist-wanted-by-hanoi-/7666811.html", S_REFUGEE], p,
      "Ngày 11/6/2023, khoảng 40 đối tượng có vũ trang tấn công trụ sở UBND xã Ea Tiêu và Ea Ktur, huyện Cư Kuin, tỉnh Đắk Lắk làm 9 người chết, trong đó có 4 cán bộ công an. Kết quả điều tra xác định Y Bhiong Ksor, người sáng lập tổ chức phản động lưu vong, đã từ Thái Lan chỉ đạo, tuyển mộ và cấp tiền cho các đối tượng thực hiện vụ tấn công. Bị Tòa án nhân dân tỉnh Đắk Lắk xét xử vắng mặt, tuyên phạt 10 năm tù.",
      "2023-06-11", "Cu Kuin district, Dak Lak Province, Viet Nam",
      [ch("Khủng bố nhằm chống chính quyền nhân dân", "Điều 113 Bộ luật Hình sự 2015", 120)],
      W("CourtDecision", "Tòa án nhân dân tỉnh Đắk Lắk", "2024-01-20", "Bản án 04/2024/HS-ST"),
      wanted="Sentence", sentence=(120, 120),
      protections=[prot(p, "Refugee", ["VN"], True)]))

# 7 Ethiopia: diaspora fundraiser for an armed militia (Diffusion)
p = P("Tesfaye", "Abebe Alemu", "M", "1980-02-14", ["ET", "US"], ("Passport", "EP1188034"), "am en",
      docs_extra=(("Passport", "661183902", "US"),))
add(C("hd-07-et-diaspora-fundraiser-militia-diffusion", V, "ET",
      "Modelled on Ethiopia's terrorism prosecutions linked to the Amhara (Fano) insurgency, including diaspora media and fundraisers. Financing an armed group that attacks civilians could be terrorism financing; but the conflict is an internal armed conflict, the evidence mixes broadcasts and donations for 'humanitarian' appeals, and diaspora journalists are routinely charged on similar facts. Review the predominance and the evidence of violent end-use.",
      ["https://cpj.org/data/people/abay-zewdu-2", "https://indexoncensorship.org/tag/ethiopia/page/6", S_DIFFUSION], p,
      "ተጠርጣሪው ከመስከረም 2016 እስከ ሰኔ 2016 ዓ.ም በውጭ ሀገር ሆኖ በዩቲዩብ ቻናሉና በጎፈንድሚ ዘመቻ ለታጣቂው ቡድን 2.1 ሚሊዮን ዶላር በማሰባሰብ ለጦር መሳሪያ ግዢ እንዲውል በማስተላለፍና ታጣቂዎች በሲቪሎችና በጸጥታ ኃይሎች ላይ ጥቃት እንዲፈጽሙ በመቀስቀስ የሽብር ወንጀል ፈጽሟል። (Raised USD 2.1 million online and transferred it for weapons purchases by the armed group, and incited attacks on civilians and security forces.)",
      "2024-06-30", "Amhara Region, Ethiopia (acts from the United States)",
      [ch("የሽብር ድርጊትን በገንዘብ መደገፍ (Financing terrorist acts)", "Prevention and Suppression of Terrorism Crimes Proclamation No. 1176/2020, art. 11", 300),
       ch("ለሽብር ድርጊት ማነሳሳት (Incitement to terrorist acts)", "Proclamation No. 1176/2020, art. 5", 180)],
      W("ArrestWarrant", "Federal High Court, Lideta Division, Addis Ababa", "2024-09-12", "FHC/CT/0771/2017EC"),
      diffusion=True))

# 8 Nigeria: protester, police station arson causing officer's death
p = P("Okafor", "Chinedu Emmanuel", "M", "1997-08-30", "NG", ("Passport", "B01882047"), "en ig")
add(C("hd-08-ng-protester-police-station-arson-officer-death", V, "NG",
      "In the 2020 police-brutality protests several police stations were burned and officers killed. Arson causing death is grave violence, but it arose in a mass protest against police abuse, after the army fired on protesters, and identification rests on a single video still and a confession allegedly obtained in custody. Predominance and evidence both need review.",
      [S_POLITICAL, S_REPO, S_FH], p,
      "On 21 October 2020 at about 14:00 the suspect, in company of a mob of protesters, set ablaze the Orile Iganmu police division with petrol, during which Inspector Adewale Ogunleye was trapped and burnt to death. The suspect is identified from a video still and by the statement of a co-accused. He travelled to Ghana in December 2020.",
      "2020-10-21", "Orile Iganmu, Lagos State, Nigeria",
      [ch("Murder", "Section 223 Criminal Law of Lagos State 2015", 1200),
       ch("Arson", "Section 342 Criminal Law of Lagos State 2015", 1200)],
      W("ArrestWarrant", "High Court of Lagos State, Ikeja Division", "2021-03-18", "ID/2118C/2021")))

# 9 Peru: indigenous leader, road blockade and airport attack
p = P("Mamani Huanca", "Rolando", "M", "1977-12-02", "PE", ("Pasaporte", "121774031"), "es ay qu")
add(C("hd-09-pe-indigenous-leader-road-blockade-airport", V, "PE",
      "During the 2022-2023 protests in southern Peru, roads were blocked and an airport stormed; dozens of protesters died at the hands of security forces. Blocking roads is a protest offence, but the charge also includes leading the storming of an airport where police were injured. Leader of a protest movement, political crisis context: review for predominance.",
      [S_POLITICAL, S_REPO], p,
      "El investigado, presidente de un frente de defensa aymara, convocó y dirigió entre el 4 y el 9 de enero de 2023 el bloqueo de la carretera Puno-Desaguadero y el 7 de enero encabezó el ingreso violento de unas 2.000 personas al aeropuerto de Juliaca, donde se incendió una caseta de seguridad y resultaron heridos 14 policías. Se le atribuye la organización y financiamiento de los traslados. Salió hacia Bolivia.",
      "2023-01-09", "Juliaca and Puno, Peru",
      [ch("Disturbios agravados", "Art. 315 Código Penal", 96),
       ch("Entorpecimiento al funcionamiento de servicios públicos", "Art. 283 Código Penal", 96),
       ch("Atentado contra la seguridad común (aeropuerto)", "Art. 280 Código Penal", 120)],
      W("ArrestWarrant", "Juzgado de Investigación Preparatoria de San Román - Juliaca", "2023-06-12", "01177-2023-2-2111-JR-PE-01")))

# 10 Iran: Kurdish protester, death of a Basij member
p = P("Rahimi", "Shahab Kamal", "M", "1999-09-21", "IR", ("Passport", "P99011873"), "fa ku tr")
add(C("hd-10-ir-kurdish-protester-basij-death", V, "IR",
      "During the 2022 'Woman, Life, Freedom' protests Iran convicted protesters of killing security personnel, often on confessions alleged to be coerced, and charged 'moharebeh'. A death in a street clash is an ordinary-law element, but the charge framing (moharebeh), the protest context, minority status and Art. 2 concerns (fair trial, death penalty) make this a review case.",
      [S_FH, S_NEUTRAL, S_REPO], p,
      "متهم شهاب رحیمی در تاریخ ۱۴۰۱/۰۸/۲۴ در جریان اغتشاشات شهر سنندج به همراه چند نفر دیگر با ضربات چاقو و سنگ به یکی از نیروهای بسیج حمله کرده که منجر به فوت وی گردیده است. تصاویر دوربین‌های شهری و اعترافات هم‌پرونده‌ای مؤید حضور وی است. متهم از مرز به اقلیم کردستان عراق گریخته است.",
      "2022-11-15", "Sanandaj, Kurdistan Province, Islamic Republic of Iran",
      [ch("محاربه از طریق کشیدن سلاح به قصد ایجاد رعب", "ماده ۲۷۹ قانون مجازات اسلامی", 1200),
       ch("قتل عمدی", "ماده ۲۹۰ قانون مجازات اسلامی", 1200)],
      W("ArrestWarrant", "دادسرای عمومی و انقلاب سنندج", "2023-01-11", "۱۴۰۱-۸۸۷۳۰۲")))

# 11 Mali: former PM, arms procurement, post-coup
p = P("Traoré", "Boubacar Sidi", "M", "1959-04-17", "ML", ("Passeport", "AA0712289"), "fr bm")
add(C("hd-11-ml-former-pm-arms-procurement-post-coup", V, "ML",
      "Modelled on the Malian transitional authorities' warrants against ministers of the pre-coup government over military procurement (including a presidential aircraft and armaments). Inflated public procurement is ordinary corruption and there is an audit report, but 'atteinte aux biens publics' prosecutions of the ousted government by a junta, combined with an added state-security charge, raise predominance and Art. 2 issues.",
      [S_REPO, S_POLITICAL, S_FH], p,
      "Le nommé Traoré, ancien Premier ministre, est poursuivi pour avoir, entre 2015 et 2020, autorisé l'attribution de gré à gré de marchés d'équipements militaires d'un montant de 136 milliards FCFA à un intermédiaire, avec des surfacturations évaluées à 29 milliards FCFA par le Bureau du Vérificateur général (rapport 2021), ainsi que pour atteinte à la sûreté de l'État. Il réside en Côte d'Ivoire.",
      "2020-08-18", "Bamako, Mali",
      [ch("Atteinte aux biens publics (détournement et favoritisme)", "Art. 106 et suivants du Code pénal malien", 240),
       ch("Atteinte à la sûreté intérieure de l'État", "Art. 44 du Code pénal malien", 120)],
      W("ArrestWarrant", "Pôle économique et financier de Bamako - juge d'instruction", "2021-09-20", "MAI 022/PEF/2021")))

# 12 Bolivia: former interior minister, tear-gas overpricing + repression
p = P("Salvatierra Rojas", "Óscar Arturo", "M", "1964-08-28", "BO", ("Pasaporte", "8841172"), "es")
add(C("hd-12-bo-former-minister-tear-gas-overpricing", V, "BO",
      "Modelled on the case of a Bolivian former interior minister of the 2019-2020 interim government, convicted in the United States of laundering bribes from a tear-gas contract. The bribery is well evidenced (foreign conviction), but the Bolivian warrant also bundles charges over the repression of protesters and was issued by the successor government that prosecuted the whole interim cabinet. Mixed: the ordinary element is strong, the context is a change of government.",
      ["https://www.dw.com/en/us-sentences-former-bolivian-minister-to-6-years-for-bribery/a-64289316",
       "https://www.telesurenglish.net/news/Former-Bolivian-de-Facto-Minister-Convicted-in-the-US-20230104-0015.html", S_REPO], p,
      "El exministro de Gobierno, entre noviembre de 2019 y abril de 2020, intervino en la adquisición de agentes químicos y material antidisturbios por Bs 38,9 millones con un sobreprecio de Bs 15,1 millones, recibiendo sobornos de la empresa proveedora, hecho por el que además fue condenado en el extranjero por lavado de dinero; asimismo se le atribuye la conducción de los operativos de Sacaba y Senkata en los que murieron 20 personas. Cumplida su pena en el extranjero, su paradero es desconocido.",
      "2020-04-30", "La Paz, Bolivia",
      [ch("Uso indebido de influencias / contratos lesivos al Estado", "Arts. 146 y 221 Código Penal", 120),
       ch("Legitimación de ganancias ilícitas", "Art. 185 bis Código Penal", 120),
       ch("Genocidio en la modalidad de masacre sangrienta", "Art. 138 Código Penal", 360)],
      W("ArrestWarrant", "Juzgado Anticorrupción y contra la Violencia hacia la Mujer 3º de La Paz", "2023-02-08", "LPZ-1811/2020")))

# 13 Türkiye: local party official, riots with deaths (Kobani-type)
p = P("Aydın", "Berivan", "F", "1982-02-02", "TR", ("Pasaport", "U22081744"), "tr ku de")
add(C("hd-13-tr-local-party-official-kobani-riots-deaths", V, "TR",
      "Modelled on the Kobani trial (2014 protests, 37 deaths; pro-Kurdish politicians convicted in 2024 on incitement and membership charges, including for tweets the ECtHR found protected). Here a local party official is accused of directing youths who killed two people: violent outcome, but the evidence is a secret witness and wiretaps of party coordination, the charges include 'undermining state unity', and ECtHR case law on the same events casts doubt. Review.",
      ["https://bianet.org/haber/court-releases-32-000-page-justified-verdict-in-sweeping-case-against-pro-kurdish-politicians-308818",
       "https://www.kurdistan24.net/public/index.php/en/story/24367-Turkey-puts-108-pro-Kurdish-politicians-on-trial-over-support-for-2014-protests"], p,
      "Şüpheli, ilçe eş başkanı sıfatıyla 6-8 Ekim 2014 tarihlerinde Diyarbakır Yenişehir'de parti binasından yaptığı telefon görüşmeleriyle gençlik yapılanmasını sokağa çıkmaya yönlendirmiş; bu gruplar tarafından 7 Ekim 2014'te iki kişi öldürülmüş, bir okul ve üç kamu binası yakılmıştır. Gizli tanık 'Pınar' beyanı ve HTS kayıtları şüphelinin talimat verdiğini göstermektedir.",
      "2014-10-07", "Yenişehir, Diyarbakır, Türkiye",
      [ch("Kasten öldürmeye azmettirme (iki kişi)", "TCK m. 82 ve 38", 1200),
       ch("Devletin birliğini ve ülke bütünlüğünü bozmak", "TCK m. 302", 1200)],
      W("ArrestWarrant", "Ankara 22. Ağır Ceza Mahkemesi", "2021-01-14", "2020/414 Esas")))

# 14 Iran: recognised refugee wanted for a family-feud murder
p = P("Karimi", "Farhad Hossein", "M", "1984-07-11", "IR", ("Passport", "P88712034"), "fa de")
add(C("hd-14-ir-refugee-family-feud-murder", V, "IR",
      "A shooting in a land feud with witnesses is an ordinary-law murder, but the person is a recognised refugee in Germany (status granted for religious conversion) and the requester is the state of feared persecution. INTERPOL's refugee policy says such requests are 'in general' not processed; whether a serious ordinary crime unrelated to the asylum ground overrides it is not publicly settled. Review.",
      [S_REFUGEE, "https://www.fairtrials.org/publication/strengthening-interpol-update"], p,
      "متهم فرهاد کریمی در تاریخ ۱۴۰۱/۰۴/۱۲ در روستای قلعه‌نو شهرستان ورامین در جریان نزاع بر سر آب و زمین کشاورزی با اسلحه شکاری به سمت پسرعموی خود شلیک و موجب فوت وی گردیده است. سه شاهد عینی و گزارش پزشکی قانونی وقوع قتل را تأیید می‌کنند. متهم پس از واقعه از کشور خارج شده است.",
      "2022-07-03", "Varamin, Tehran Province, Islamic Republic of Iran",
      [ch("قتل عمدی", "ماده ۲۹۰ قانون مجازات اسلامی", 1200)],
      W("ArrestWarrant", "دادسرای عمومی و انقلاب ورامین", "2022-08-20", "۱۴۰۱-۳۳۱۸۷۲"),
      protections=[prot(p, "Refugee", ["IR"], True)]))

# 15 Venezuela: former oil minister turned critic, PDVSA bribes; prior refusal
p = P("Ramos Urdaneta", "Héctor Manuel", "M", "1963-06-02", "VE", ("Pasaporte", "088192041"), "es en it")
pr = P("Ramos Urdaneta", "Héctor", "M", "1963-06-02", "VE", ("Pasaporte", "088192041"), "es")
add(C("hd-15-ve-former-oil-minister-pdvsa-bribes", V, "VE",
      "Modelled on Venezuela's pursuit of a former oil minister/PDVSA chief who became a critic in exile. There is independent evidence of PDVSA bribery (foreign proceedings, Andorran bank records), but the charges were filed only after his break with the government, an earlier request listing 'treason' was refused, and the same state files political requests. The ordinary element may predominate now the treason count is dropped: review.",
      ["https://www.rednoticelawjournal.com/2013/04/venezuela-post-chavez-more-of-the-same-interpol-abuse/",
       "https://www.wlrn.org/show/latin-america-report/2019-04-29/red-alert-venezuelans-fleeing-their-regime-say-interpol-notices-derail-asylum", S_REPO], p,
      "El ciudadano RAMOS URDANETA, en su condición de ministro y presidente de la estatal petrolera entre 2009 y 2014, otorgó contratos de suministro de taladros a empresas intermediarias que a cambio depositaron comisiones por US$ 211 millones en cuentas de la Banca Privada d'Andorra a nombre de sociedades vinculadas a su entorno, según información remitida por autoridades andorranas. Reside en Italia.",
      "2014-09-02", "Caracas, Distrito Capital, Venezuela",
      [ch("Peculado doloso propio", "Art. 54 Ley contra la Corrupción", 120),
       ch("Legitimación de capitales", "Art. 35 LOCDOFT", 180)],
      W("ArrestWarrant", "Juzgado Cuarto de Primera Instancia en Funciones de Control del Área Metropolitana de Caracas", "2022-03-30", "4C-20.447-22"),
      priors=[prior("NDTF/2018/VE/0266", pr, "2018-02-12T10:00:00Z", "Request refused: charges of treason and conspiracy of a predominantly political character (Art. 3); corruption counts not supported by specific facts.")]))

# 16 Indonesia: criminal defamation of a hospital by a patient (ITE law)
p = P("Wulandari", "Sekar Ayu", "F", "1986-11-30", "ID", ("Passport", "C2281047"), "id en")
add(C("hd-16-id-patient-hospital-defamation-ite", V, "ID",
      "Criminal defamation of a private party (a hospital) through an online complaint. INTERPOL's position on whether criminal defamation is an excluded category (private matter / expression) is not public; the maximum penalty exceeds the threshold. Labelled review rather than refuse for that reason; likely non-compliant on Art. 83(1)(c) interest and proportionality.",
      [S_ART83, S_REPO], p,
      "Tersangka pada tanggal 14 Agustus 2024 mengirim surat elektronik dan mengunggah di media sosial keluhan yang menuduh Rumah Sakit Permata Husada melakukan malapraktik dan penipuan tagihan terhadap anaknya, sehingga mencemarkan nama baik rumah sakit dan para dokternya. Laporan polisi diajukan oleh direksi rumah sakit. Tersangka kini bekerja di Singapura.",
      "2024-08-14", "Tangerang, Banten, Indonesia",
      [ch("Pencemaran nama baik melalui sistem elektronik", "Pasal 27A jo. Pasal 45 ayat (4) UU No. 1 Tahun 2024 tentang Perubahan Kedua UU ITE", 24)],
      W("ArrestWarrant", "Kepolisian Resor Metro Tangerang Kota (penetapan DPO)", "2025-01-06", "DPO/07/I/2025/Reskrim")))

# 17 Haiti: former senator, assassination of the president
p = P("Desrosiers", "Jean-Robert", "M", "1960-05-30", "HT", ("Passeport", "RD1188342"), "fr ht en")
add(C("hd-17-ht-former-senator-president-assassination", V, "HT",
      "The assassination of a head of state is a grave violent crime that INTERPOL processes (the 2021 Haiti assassination led to notices), but this suspect is a former senator and political rival, the Haitian investigation has been marked by changes of judges, contradictory indictments and allegations of political score-settling, and the evidence against him is a single co-defendant's statement. Review.",
      [S_REPO, S_POLITICAL], p,
      "Dans la nuit du 6 au 7 juillet 2021, un commando a assassiné le Président de la République en sa résidence de Pèlerin 5. L'inculpé, ancien sénateur, est accusé d'avoir participé aux réunions préparatoires tenues en juin 2021 à Pétion-Ville et d'avoir promis des postes et financements aux organisateurs, selon la déclaration d'un co-inculpé. Il a quitté Haïti pour la République dominicaine en août 2021.",
      "2021-07-07", "Pèlerin 5, Pétion-Ville, Haïti",
      [ch("Assassinat et complicité d'assassinat", "Art. 240, 241 et 45 du Code pénal haïtien", 1200),
       ch("Association de malfaiteurs", "Art. 224 du Code pénal haïtien", 180)],
      W("ArrestWarrant", "Cabinet d'instruction du Tribunal de première instance de Port-au-Prince", "2023-02-17", "Ordonnance 0211/2023")))
