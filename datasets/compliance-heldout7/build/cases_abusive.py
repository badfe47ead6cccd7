"""Abusive requests (expected: refuse). Each is modelled on a documented public case
or pattern (see sources); every name, date of birth, number and reference is fictional."""
from common import NOTE, person, charge, warrant, prior, protected, case, ART83_EXCL, ART83_DISGUISED, CCF_PRIVATE

CASES = []
add = CASES.append

# 1 RU - foreign official wanted for removing Soviet war memorials
add(case("ab-01-ru-baltic-official-memorial-removal", "refuse", "RU",
    NOTE + "Pattern: Russia placing Baltic ministers/MPs on its wanted list for dismantling Soviet-era monuments on their own territory (Art. 3, foreign-state official acts).",
    ["https://rferl.org/amp/russia-estonia-latvia-officials-wanted-list/32817723.html",
     "https://english.elpais.com/international/2024-02-13/russia-puts-leader-of-nato-member-estonia-on-a-wanted-list-over-removal-of-soviet-era-monuments.html"],
    person("Kaasik", "Maarja Liis", "F", "1977-06-14", ["EE"], "EE", [("Passport", "KE7731904", "EE")], ["et", "en", "ru"]),
    "В период с 12.08.2022 по 30.11.2023 гражданка Эстонской Республики КААСИК М.Л., занимая должность министра в правительстве Эстонии, "
    "организовала принятие решения и руководство работами по демонтажу и перемещению памятника воинам Красной Армии (танк Т-34) и "
    "воинских захоронений в г. Нарва, чем осквернила места погребения защитников Отечества и уничтожила объекты культурного наследия. "
    "Действия совершены публично, из побуждений ненависти к памяти о Великой Отечественной войне.",
    "2022-08-16", "Narva, Estonia", "Prosecution",
    [charge("Уничтожение или повреждение воинских захоронений, памятников, посвященных защитникам Отечества", "ст. 243.4 ч. 2 УК РФ", 60)],
    warrant("ArrestWarrant", "Басманный районный суд г. Москвы", "2023-12-20", "3/12-4471/2023")))

# 2 VN - blogger with UNHCR refugee status in Thailand
add(case("ab-02-vn-blogger-refugee-livestreams", "refuse", "VN",
    NOTE + "Modelled on the pattern of Vietnamese bloggers who fled to Thailand, obtained UNHCR refugee status and were charged with anti-state propaganda for YouTube/Facebook criticism.",
    ["https://www.bangkokpost.com/learning/advanced/2894182/vietnam-jails-blogger-snatched-from-thailand",
     "https://rsf.org/en/vietnam-fails-reveal-fate-blogger-abducted-thailand"],
    person("Tran", "Van Khiem", "M", "1983-02-09", ["VN"], "VN", [("Passport", "C4418207", "VN"), ("National ID", "040083001942", "VN")], ["vi"], [("Khiem", "Tran Van")]),
    "Từ năm 2019 đến tháng 3/2024, đối tượng Trần Văn Khiêm đã sử dụng kênh YouTube (khoảng 110.000 người theo dõi) và nhóm Facebook do "
    "đối tượng quản trị để thực hiện 214 buổi phát trực tiếp, đăng tải bài viết có nội dung xuyên tạc, bịa đặt về đời tư lãnh đạo Đảng, "
    "Nhà nước, gây hoang mang trong nhân dân, kêu gọi tham gia các hoạt động gây rối. Đối tượng hiện cư trú bất hợp pháp tại Vương quốc Thái Lan.",
    "2024-03-15", "Hà Tĩnh province (online publication)", "Prosecution",
    [charge("Làm, tàng trữ, phát tán hoặc tuyên truyền thông tin, tài liệu, vật phẩm nhằm chống Nhà nước", "Điều 117 Bộ luật Hình sự 2015", 240)],
    warrant("ArrestWarrant", "Cơ quan An ninh điều tra Công an tỉnh Hà Tĩnh (phê chuẩn VKSND tỉnh)", "2024-05-02", "112/QĐ-ANĐT"),
    protections=[protected(person("Tran", "Van Khiem", "M", "1983-02-09", ["VN"], "VN", [("UNHCR certificate", "BKK-23-C41907", "TH")], ["vi"]),
                           "Refugee", ["VN"], True)]))

# 3 SD - civilian coalition leader, Diffusion, armed-conflict context
add(case("ab-03-sd-civilian-coalition-leader-diffusion", "refuse", "SD",
    NOTE + "Modelled on Sudan's 2024 requests for Red Notices against leaders of the Taqaddum civilian coalition, accused of war crimes and undermining the constitutional order for political support of the RSF.",
    ["https://sudantribune.com/article291318", "https://wallafricajournal.com/sudan-requests-interpol-red-notices-for-hamdok-and-16"],
    person("Abdelrahim", "Nasreldin Osman", "M", "1962-11-03", ["SD"], "SD", [("Passport", "P09918422", "SD")], ["ar", "en"]),
    "المتهم قيادي في تنسيق سياسي مدني يقيم بالخارج، وقد وفّر منذ أبريل 2023 غطاءً سياسياً وإعلامياً لميليشيا الدعم السريع المتمردة عبر "
    "تصريحات ومؤتمرات صحفية في نيروبي وأديس أبابا، وحرّض على الدولة، مما يجعله شريكاً في الجرائم المرتكبة من قبل الميليشيا "
    "بما في ذلك الإبادة الجماعية والتهجير القسري. لجنة التحقيق الوطنية تملك مقاطع وتصريحات تثبت ذلك.",
    "2023-06-01", "Nairobi, Kenya and Addis Ababa, Ethiopia (statements); Khartoum State", "Prosecution",
    [charge("تقويض النظام الدستوري", "المادة 50 القانون الجنائي السوداني لسنة 1991", 1200),
     charge("إثارة الحرب ضد الدولة", "المادة 51 القانون الجنائي 1991", 1200),
     charge("جرائم الحرب والإبادة الجماعية (بالاشتراك)", "المواد 186-188 القانون الجنائي 1991", 1200)],
    warrant("ArrestWarrant", "النيابة العامة - لجنة التحقيق في جرائم وانتهاكات القانون الوطني والدولي، بورتسودان", "2024-04-03", "LJ/PS/2024/0416"),
    diffusion=True))

# 4 BI - civil-society activist sentenced in absentia over 2015 coup attempt; refugee in Belgium
add(case("ab-04-bi-activist-coup-absentia-life", "refuse", "BI",
    NOTE + "Modelled on Burundi's Supreme Court life sentences in absentia (2020, published 2021) against exiled journalists and rights activists for the May 2015 coup attempt.",
    ["https://wtop.com/world/2021/02/burundi-sentences-34-accused-of-coup-attempt-all-in-exile/"],
    person("Nduwimana", "Prosper", "M", "1974-08-21", ["BI"], "BI", [("Passeport", "OA0451822", "BI")], ["rn", "fr"]),
    "Le nommé NDUWIMANA Prosper, président d'une association de la société civile, a participé en avril-mai 2015 à l'organisation des "
    "mouvements insurrectionnels contre le troisième mandat et, le 13 mai 2015, a soutenu publiquement sur les ondes la tentative de "
    "renversement des institutions. Il a été condamné par défaut avec 33 autres personnes, toutes en exil.",
    "2015-05-13", "Bujumbura, Burundi", "Sentence",
    [charge("Attentat tendant à porter le massacre et la dévastation; atteinte à la sûreté intérieure de l'Etat", "Art. 595 et 607 Code pénal (Loi n°1/27 du 29/12/2017)", 1200)],
    warrant("CourtDecision", "Cour suprême du Burundi, chambre judiciaire", "2020-06-23", "RPS 100/2020"),
    sentence_imposed=1200, sentence_remaining=1200,
    protections=[protected(person("Nduwimana", "Prosper", "M", "1974-08-21", ["BI"], "BI", [("Titre de séjour réfugié", "B-9041772", "BE")], ["rn", "fr"]),
                           "Refugee", ["BI"], True)]))

# 5 CN - Taiwanese legislator, secession
add(case("ab-05-cn-taiwan-legislator-civil-defence-secession", "refuse", "CN",
    NOTE + "Modelled on the 2025 Chongqing public-security investigation/wanted notice against a Taiwanese legislator for founding a civil-defence academy ('secession').",
    ["https://focustaiwan.tw/cross-strait/202511150006", "http://en.people.cn/n3/2025/1028/c90000-20382708.html"],
    person("Lin", "Cheng-hao", "M", "1982-04-30", ["TW"], "TW", [("Passport", "351208847", "TW")], ["zh", "en"]),
    "林某某系台湾地区民意代表，2022年起发起并成立所谓\u201c民防学院\u201d组织，以\u201c讲座\u201d\u201c培训\u201d\u201c户外演练\u201d为名培养暴力\u201c台独\u201d分子，"
    "长期散布分裂国家谬论，策划、组织实施分裂国家活动。重庆市公安局依法对其立案侦查。",
    "2022-09-01", "Taipei (Taiwan region)", "Prosecution",
    [charge("分裂国家罪（首要分子）", "《中华人民共和国刑法》第一百零三条第一款", 1200)],
    warrant("ArrestWarrant", "重庆市公安局（经重庆市人民检察院批准逮捕）", "2025-11-05", "渝公（国）捕字〔2025〕0317号")))

# 6 CN - Falun Gong, Art. 300
add(case("ab-06-cn-spiritual-group-leaflets-art300", "refuse", "CN",
    NOTE + "Pattern: Article 300 'using a cult organisation to undermine law enforcement' convictions of Falun Gong practitioners for leaflets/DVDs.",
    ["https://www.theepochtimes.com/opinion/26-years-later-the-persecution-of-falun-gong-practitioners-continues-5884173?ea_cnt=a&ea_med=opinion-0&ea_src=frontpage",
     "http://en.minghui.org/html/articles/2018/4/21/169440.html"],
    person("Zhou", "Meilan", "F", "1969-12-02", ["CN"], "CN", [("Passport", "E62291804", "CN"), ("Resident ID", "510107196912020046", "CN")], ["zh"]),
    "被告人周美兰2021年3月至2022年1月间，在成都市武侯区多处公交车站、居民小区散发、张贴邪教组织宣传品共计1,240份，"
    "并向他人发放存有邪教宣传内容的U盘36个，破坏国家法律实施。一审判处有期徒刑四年，宣判后被告人办理取保候审期间脱逃出境。",
    "2022-01-10", "Wuhou District, Chengdu, Sichuan", "Sentence",
    [charge("组织、利用邪教组织破坏法律实施罪", "《中华人民共和国刑法》第三百条第一款", 84)],
    warrant("CourtDecision", "成都市武侯区人民法院", "2023-02-14", "(2023)川0107刑初211号"),
    sentence_imposed=48, sentence_remaining=44))

# 7 PK - exiled investigative journalist, PECA
add(case("ab-07-pk-exiled-journalist-peca-army-posts", "refuse", "PK",
    NOTE + "Modelled on FIA Cyber Crime Wing FIRs (2025) under PECA against a US-based investigative journalist for posts and a report on the army chief's appointments; relatives allegedly disappeared.",
    ["https://pakistanpressfoundation.org/fia-registers-cases-against-three-including-journalist-ahmad-noorani-for-spreading-fake-misleading-information-regarding-jaffar-express-attack/",
     "https://tjcproject.org/pakistan-continues-to-persecute-journalist-in-exile-with-new-arrest-warrant"],
    person("Qureshi", "Adnan Farooq", "M", "1980-01-17", ["PK"], "PK", [("Passport", "AB4419302", "PK"), ("CNIC", "61101-4419302-7", "PK")], ["ur", "en"]),
    "The accused, operating verified X and YouTube accounts from abroad, knowingly disseminated fake, false and misleading information "
    "regarding the terrorist attack on a passenger train on 11.03.2025 and regarding appointments in the armed forces, glorifying a "
    "proscribed organisation and fanning insurgency, a mischievous act of subversion to damage the State of Pakistan. He failed to "
    "appear despite summons and was declared proclaimed offender.",
    "2025-03-13", "Islamabad (online, accounts operated from abroad)", "Prosecution",
    [charge("Glorification of an offence", "Section 9 PECA 2016", 84),
     charge("Cyber terrorism", "Section 10 PECA 2016", 168),
     charge("False and fake information", "Section 26-A PECA 2016 (as amended 2025)", 36)],
    warrant("ArrestWarrant", "Judicial Magistrate, Islamabad (West)", "2025-12-03", "FIR 71/2025 CCRC ISB")))

# 8 KG - anti-corruption journalist, forged-document/drug charges
add(case("ab-08-kg-investigative-journalist-forged-military-id", "refuse", "KG",
    NOTE + "Modelled on the prosecution (2022) of a Kyrgyz investigative journalist - drug and forged-document charges filed days after reports on the security chief's family.",
    ["https://occrp.org/en/investigation/signs-of-political-motivation-permeate-case-against-kyrgyz-investigative-journalist",
     "https://thediplomat.com/2022/11/kyrgyz-journalist-bolot-temirov-deported-to-russia/"],
    person("Sydykov", "Nurbek Asanovich", "M", "1979-10-05", ["KG", "RU"], "KG", [("Passport", "AC3390117", "KG"), ("Passport", "754420183", "RU")], ["ky", "ru"]),
    "Сыдыков Н.А. в 2008 году путем предоставления поддельного военного билета незаконно получил паспорт гражданина КР и дважды пересек "
    "государственную границу по указанному документу. При обыске в офисе редакции его интернет-канала 22.01.2022 обнаружено наркотическое "
    "средство (гашиш) 10,5 г. Ранее опубликовал материалы о деятельности ГП «Кыргызнефтегаз».",
    "2022-01-22", "Bishkek, Kyrgyzstan", "Prosecution",
    [charge("Подделка, изготовление, сбыт и использование поддельных документов", "ст. 378 ч. 2 УК КР", 60),
     charge("Незаконный оборот наркотических средств без цели сбыта", "ст. 284 УК КР", 60),
     charge("Незаконное пересечение государственной границы", "ст. 380 УК КР", 36)],
    warrant("ArrestWarrant", "Первомайский районный суд г. Бишкек", "2022-04-20", "ДС-1-1147/22")))

# 9 TN - Decree-law 54 commentator
add(case("ab-09-tn-lawyer-commentator-decree-54", "refuse", "TN",
    NOTE + "Pattern: prosecutions of lawyers, journalists and trade unionists under Tunisian Decree-Law 54 (2022) for 'false information' about officials.",
    ["https://en.wikipedia.org/wiki/Decree_Law_54_(Tunisia)", "https://inkyfada.com/en/2023/07/18/free-voices-silenced-decree-54-tunisia/"],
    person("Ben Salem", "Rym", "F", "1978-03-26", ["TN"], "TN", [("Passeport", "Z0917746", "TN"), ("CIN", "05571293", "TN")], ["ar", "fr"]),
    "L'inculpée, avocate, a déclaré le 07/05/2024 lors d'une émission télévisée puis sur sa page Facebook que la situation du pays "
    "était « extraordinaire » et a remis en cause la politique migratoire du gouvernement, diffusant ainsi de fausses informations "
    "portant atteinte à la sécurité publique et visant un agent public. Elle a quitté le territoire avant sa comparution.",
    "2024-05-07", "Tunis, Tunisie", "Prosecution",
    [charge("Utilisation des systèmes d'information pour produire et diffuser de fausses nouvelles visant un agent public", "Art. 24 Décret-loi n° 2022-54 du 13/09/2022", 120)],
    warrant("ArrestWarrant", "Juge d'instruction, Tribunal de première instance de Tunis", "2024-05-20", "Instr. 14207/2024")))

# 10 AE - UAE84 style: founding an 'organisation' = terrorism, retrial after serving time
add(case("ab-10-ae-advocacy-committee-terror-organisation", "refuse", "AE",
    NOTE + "Modelled on the UAE84 mass trial (2023-2025): life sentences for founding the 'Justice and Dignity Committee', an advocacy group, re-tried on facts already judged in UAE94.",
    ["https://www.hrw.org/news/2025/03/04/uae-unfair-mass-trial-convictions-upheld", "https://ecdhr.org/?p=2099"],
    person("Al Mansoori", "Khalid Saeed", "M", "1971-09-12", ["AE"], "AE", [("Passport", "A2R118730", "AE")], ["ar", "en"]),
    "أدين المتهم غيابياً بتأسيس وإدارة تنظيم سري إرهابي يسمى «لجنة العدالة والكرامة» في الفترة من 2010 إلى 2012 بغرض "
    "ارتكاب أعمال إرهابية والاستيلاء على الحكم، وجمع أموال لصالح التنظيم. المتهم غادر الدولة قبل القبض عليه ويقيم في الخارج.",
    "2012-06-30", "Abu Dhabi, United Arab Emirates", "Sentence",
    [charge("إنشاء وتأسيس وإدارة تنظيم إرهابي", "المادة 21 من القانون الاتحادي رقم 7 لسنة 2014 بشأن مكافحة الجرائم الإرهابية", 1200)],
    warrant("CourtDecision", "محكمة استئناف أبوظبي الاتحادية - دائرة أمن الدولة", "2024-07-10", "87/2023 جزاء أمن دولة"),
    sentence_imposed=1200, sentence_remaining=1200))

# 11 RS - activists indicted on the basis of a broadcast recording of a meeting
add(case("ab-11-rs-activists-recording-constitutional-order", "refuse", "RS",
    NOTE + "Modelled on the 2025 Novi Sad indictment of 12 activists (six already abroad) for 'preparing acts against the constitutional order', based on a secretly recorded meeting before a protest.",
    ["https://ceenews.org/novi-sad-court-transfers-activists-to-house-arrest-orders-reassessment-of-detention-for-others",
     "https://fakti.bg/en/world/971177-protests-in-novi-sad-students-demand-release-of-arrested-activists"],
    person("Petrović", "Luka", "M", "1999-05-18", ["RS"], "RS", [("Pasoš", "010774512", "RS")], ["sr", "en"]),
    "Okrivljeni je dana 12.03.2025. godine u Novom Sadu, zajedno sa drugim licima, učestvovao na sastanku na kome je dogovarano da se tokom "
    "javnog skupa 15.03.2025. godine u Beogradu uđe u zgradu Narodne skupštine i RTS-a i pozove na nasilnu promenu ustavnog uređenja. "
    "Dokaz: audio-snimak sastanka. Okrivljeni je pre hapšenja napustio zemlju.",
    "2025-03-12", "Novi Sad, Republika Srbija", "Prosecution",
    [charge("Pripremanje dela protiv ustavnog uređenja i bezbednosti", "čl. 320 st. 1 Krivičnog zakonika", 60),
     charge("Pozivanje na nasilnu promenu ustavnog uređenja", "čl. 309 Krivičnog zakonika", 60)],
    warrant("ArrestWarrant", "Viši sud u Novom Sadu, sudija za prethodni postupak", "2025-05-14", "Kpp 41/2025")))

# 12 GT - columnist, 'obstruction of justice' for reporting on prosecutors
add(case("ab-12-gt-columnist-obstruction-reporting-prosecutors", "refuse", "GT",
    NOTE + "Modelled on the 2023 Guatemalan order to investigate elPeriódico journalists/columnists for 'obstruction of justice' over publications about prosecutors in the case against the paper's founder.",
    ["https://globelivemedia.com/?p=1201704", "https://latamjournalismreview.org/pt-br/news/guatemala-justica-acusa-novamente-o-jornalista-jose-ruben-zamora"],
    person("Morales Castañeda", "Ana Lucía", "F", "1981-07-07", ["GT"], "GT", [("Pasaporte", "238815502", "GT"), ("DPI", "2401 55713 0101", "GT")], ["es"]),
    "La sindicada, periodista y columnista del diario, publicó entre agosto de 2022 y marzo de 2023 columnas y notas sobre denuncias, "
    "procesos disciplinarios y resoluciones de fiscales y jueces que conocen el proceso penal contra el presidente del medio, con el fin de "
    "intimidar a los operadores de justicia y desviar la investigación. Salió del país en abril de 2023.",
    "2023-03-15", "Ciudad de Guatemala", "Prosecution",
    [charge("Obstaculización a la acción penal", "Art. 9 Ley contra la Delincuencia Organizada (Decreto 21-2006)", 72),
     charge("Asociación ilícita", "Art. 4 Decreto 21-2006", 96)],
    warrant("ArrestWarrant", "Juzgado Séptimo de Primera Instancia Penal, Narcoactividad y Delitos contra el Ambiente", "2023-06-02", "C-01076-2022-00598 OF. 2")))

# 13 EG - brother of exiled critic; refused once, re-filed
add(case("ab-13-eg-brother-of-exiled-critic-refiled-financing", "refuse", "EG",
    NOTE + "Pattern documented by HRW (2019) and Al Jazeera (2021): relatives of exiled Egyptian critics charged with joining a terrorist group/false news; here re-filed as financing after a refusal.",
    ["https://www.hrw.org/news/2019/11/19/egypt-families-dissidents-targeted",
     "https://www.aljazeera.com/news/2021/3/4/egypt-an-opposition-in-exile-whose-loved-ones-pay-the-price?traffic_source=KeepReading"],
    person("Abdelghani", "Hazem Mahmoud", "M", "1988-01-29", ["EG"], "EG", [("Passport", "A31907765", "EG"), ("National ID", "28801290104577", "EG")], ["ar"]),
    "المتهم شقيق المدعو/ وائل عبد الغني (مقيم بالخارج). تبين من التحريات أنه في غضون عام 2024 قام بتحويل مبالغ مالية قدرها 4,500 دولار "
    "عبر تطبيقات التحويل إلى شقيقه لتمويل قناة إلكترونية تبث أخباراً كاذبة عن مؤسسات الدولة وتدعو لتعطيل أحكام الدستور. "
    "غادر البلاد في سبتمبر 2024.",
    "2024-06-20", "Giza, Egypt (transfers to abroad)", "Prosecution",
    [charge("تمويل جماعة إرهابية", "المادة 86 مكرراً (أ) من قانون العقوبات والمادة 13 من القانون 94 لسنة 2015", 1200),
     charge("نشر أخبار كاذبة", "المادة 80 (د) من قانون العقوبات", 60)],
    warrant("ArrestWarrant", "نيابة أمن الدولة العليا", "2024-10-08", "قضية رقم 1941 لسنة 2024 حصر أمن دولة عليا"),
    priors=[prior("EG/RN/2024/7731", person("Abdel Ghany", "Hazem", "M", "1988-01-29", ["EG"], "EG", [("Passport", "A31907765", "EG")], ["ar"]),
                  "2025-02-11T09:30:00Z", "Art. 3: charges of joining a terrorist group and spreading false news based only on kinship with a critic abroad; political element predominant.")]))

# 14 AZ - graffiti on statue, first refused as hooliganism, re-filed as heroin trafficking
add(case("ab-14-az-graffiti-activist-refiled-heroin", "refuse", "AZ",
    NOTE + "Modelled on Azerbaijani youth activists arrested after graffiti on a Heydar Aliyev statue and convicted on planted heroin charges (2016; 2023 repeat); here re-filed after a refusal.",
    ["http://ehrac.org.uk/en_gb/ten-years-prison-graffiti-statue-heydar-aliyev/",
     "https://oc-media.org/activist-arrested-after-spraying-stalin-on-heydar-aliyev-statue-sentenced-to-six-years"],
    person("Hasanli", "Elvin Rauf oglu", "M", "2001-10-11", ["AZ"], "AZ", [("Passport", "C03381472", "AZ")], ["az", "ru", "en"]),
    "Həsənli Elvin Rauf oğlu 09.05.2025-ci il tarixdə saat 23:40 radələrində Bakı şəhəri, Nəsimi rayonunda yerləşən parkda olarkən "
    "aşkar edilmiş, yaşadığı evdə keçirilmiş axtarış zamanı satış məqsədilə saxladığı 1,2 kq heroin aşkar edilərək götürülmüşdür. "
    "Şəxs istintaqdan yayınaraq Gürcüstan ərazisinə keçmişdir.",
    "2025-05-09", "Nasimi district, Baku", "Prosecution",
    [charge("Narkotik vasitələrin satış məqsədilə külli miqdarda saxlanılması", "CM-in 234.4.3-cü maddəsi", 144)],
    warrant("ArrestWarrant", "Bakı şəhəri Nəsimi Rayon Məhkəməsi", "2025-06-02", "4(006)-1873/2025"),
    priors=[prior("AZ/RN/2025/0412", person("Hasanli", "Elvin", "M", "2001-10-11", ["AZ"], "AZ", [("Passport", "C03381472", "AZ")], ["az"]),
                  "2025-08-19T14:05:00Z", "Art. 3: hooliganism charge for slogans painted on a public monument of the former head of state; expression offence.")]))

# 15 AE (RAK) - free-zone executive in succession dispute, embezzlement
add(case("ab-15-ae-free-zone-executive-succession-feud", "refuse", "AE",
    NOTE + "Modelled on Ras Al Khaimah red-notice cases against former free-zone/investment executives seen as loyal to the ruler's rival brother after the 2010 succession battle.",
    ["https://www.rulingrak.com/post/target-of-red-notice-says-interpol-lets-countries-abuse-process",
     "https://www.worldtribune.com/nc-victim-of-interpol-red-notice-urges-reforms-by-new-chief/"],
    person("Benjelloun", "Karim", "M", "1963-02-25", ["US", "MA"], "MA", [("Passport", "569102477", "US"), ("Passport", "VZ1182093", "MA")], ["ar", "fr", "en"]),
    "The accused, former Chief Executive of the free trade zone authority (2004-2012) appointed under the previous Crown Prince, "
    "misappropriated authority funds by approving consultancy payments and a land transfer to companies linked to him, causing a loss "
    "estimated by the new administration at AED 9.6 million. Facts established by a post-2012 internal review ordered by the Ruler's Court.",
    "2011-12-31", "Ras Al Khaimah, United Arab Emirates", "Prosecution",
    [charge("Embezzlement of public funds", "Art. 224 Federal Penal Code (Law No. 3 of 1987)", 180),
     charge("Breach of trust", "Art. 404 Federal Penal Code", 36)],
    warrant("ArrestWarrant", "Ras Al Khaimah Public Prosecution", "2014-03-09", "RAK/PP/2014/118")))

# 16 BY - 2020 protest participant, refugee in Lithuania
add(case("ab-16-by-protest-participant-group-actions-refugee", "refuse", "BY",
    NOTE + "Pattern: Belarusian extradition/wanted requests for August 2020 post-election protest participants under Art. 342; requester is the state the person fled.",
    ["https://www.newsday24.com/belarus/russian-court-orders-extradition-of-belarusian-activist-to-minsk/",
     "https://pledgetimes.com/belarus-asked-lithuania-to-extradite-tikhanovskaya/"],
    person("Kavalchuk", "Andrei Siarheevich", "M", "1990-04-03", ["BY"], "BY", [("Passport", "MC3390417", "BY")], ["be", "ru"]),
    "Ковальчук А.С. 10.08.2020 в период с 21.00 до 23.30 в г. Бресте на пр. Машерова активно участвовал в групповых действиях, грубо "
    "нарушающих общественный порядок: блокировал движение транспорта, выкрикивал лозунги, не выполнял законные требования сотрудников "
    "милиции о прекращении участия в несанкционированном массовом мероприятии.",
    "2020-08-10", "Brest, Republic of Belarus", "Prosecution",
    [charge("Организация и подготовка действий, грубо нарушающих общественный порядок, либо активное участие в них", "ч. 1 ст. 342 УК Республики Беларусь", 48)],
    warrant("ArrestWarrant", "Следственный комитет Республики Беларусь, УСК по Брестской области (санкция прокурора)", "2021-03-02", "20201100097"),
    protections=[protected(person("Kavalchuk", "Andrei", "M", "1990-04-03", ["BY"], "BY", [("Residence permit (refugee)", "LT-P-2103388", "LT")], ["be", "ru"]),
                           "Refugee", ["BY"], True)]))

# 17 TJ - elderly mother of exiled activist, Diffusion
add(case("ab-17-tj-mother-of-exiled-activist-diffusion", "refuse", "TJ",
    NOTE + "Pattern documented in 2017 and 2023 (HRW, FPC): Tajik authorities detaining and charging relatives of exiled Group 24 / National Alliance activists after protests abroad.",
    ["https://rights2all.org/index.php/2023/10/06/detaining-relatives-of-exiled-activists-tajikistans-crackdown-on-dissent/",
     "https://fpc.org.uk/tajikistan-placing-pressure-political-exiles-targeting-relatives/"],
    person("Rahimova", "Gulbahor Saidovna", "F", "1954-03-08", ["TJ"], "TJ", [("Passport", "401188753", "TJ")], ["tg", "ru"]),
    "Рахимова Г.С. в период 2022-2023 гг., зная о членстве своего сына в запрещённой экстремистской организации, не сообщила об этом "
    "органам, получала от него денежные переводы и передавала сведения о его местонахождении, тем самым содействуя деятельности организации. "
    "В октябре 2023 г. выехала в Российскую Федерацию.",
    "2023-09-30", "Kulob, Khatlon region, Tajikistan", "Prosecution",
    [charge("Участие в деятельности экстремистской организации", "ч. 2 ст. 307(3) УК Республики Таджикистан", 96),
     charge("Недонесение о преступлении", "ст. 347 УК РТ", 24)],
    warrant("ArrestWarrant", "Прокуратура Хатлонской области", "2023-11-06", "ПХ-2023/1104"),
    diffusion=True))

# 18 NE - post-coup treason against ousted government's minister
add(case("ab-18-ne-ousted-government-minister-treason", "refuse", "NE",
    NOTE + "Modelled on Niger's post-coup (2023-2024) arrest warrants and nationality withdrawal for ministers of the ousted government and organisers of a 'resistance council' abroad.",
    ["https://blueprint.ng/niger-panic-as-military-junta-gives-fresh-terrifying-order/",
     "https://plenglish.com/news/2024/10/11/officials-of-former-government-stripped-of-niger-nationality/?page=2"],
    person("Maïga", "Issoufou Alkassoum", "M", "1966-01-01", ["NE"], "NE", [("Passeport", "10PC44719", "NE")], ["fr", "ha"]),
    "L'intéressé, ancien ministre du gouvernement déchu, a depuis l'étranger appelé à la résistance contre le Conseil national pour la "
    "sauvegarde de la patrie, a sollicité une intervention militaire étrangère et a démoralisé l'armée par des déclarations dans les médias "
    "internationaux, actes de nature à troubler la paix publique et à porter atteinte à la défense nationale.",
    "2023-08-09", "Niamey / à l'étranger", "Prosecution",
    [charge("Haute trahison", "Art. 78 Code pénal du Niger", 1200),
     charge("Complot contre l'autorité de l'Etat", "Art. 79 Code pénal", 360)],
    warrant("ArrestWarrant", "Doyen des juges d'instruction, Tribunal de grande instance hors classe de Niamey", "2023-09-11", "RP 2023/0881 - RI 114/2023")))

# 19 KZ - oil strike organiser, Diffusion
add(case("ab-19-kz-oil-strike-organiser-discord-diffusion", "refuse", "KZ",
    NOTE + "Modelled on the prosecutions following the 2011 Zhanaozen oil-workers' strike (union lawyers and activists convicted of 'inciting social discord').",
    ["https://lefteast.org/zhanaozen-worker-organisation-and-repression/", "https://zhanaozen.eu/"],
    person("Zhaksylykov", "Erlan Kairatuly", "M", "1976-09-19", ["KZ"], "KZ", [("Passport", "N11907341", "KZ"), ("IIN", "760919300415", "KZ")], ["kk", "ru"]),
    "Жаксылыков Е.К., являясь неформальным лидером бастующих работников нефтедобывающего предприятия, в период с мая по декабрь 2011 г. "
    "на митингах и в интернете выступал с речами, направленными на возбуждение социальной розни между работниками и руководством, "
    "призывал к продолжению незаконной забастовки. Скрывается за пределами РК.",
    "2011-12-16", "Zhanaozen, Mangystau region, Kazakhstan", "Prosecution",
    [charge("Возбуждение социальной розни", "ст. 174 ч. 1 УК РК", 84)],
    warrant("ArrestWarrant", "Специализированный следственный суд г. Жанаозен", "2012-02-27", "1-2012/114"),
    diffusion=True))

# 20 JO - cybercrime law, journalist abroad
add(case("ab-20-jo-satirical-columnist-cybercrime-strife", "refuse", "JO",
    NOTE + "Pattern: prosecutions under Jordan's 2023 Cybercrime Law (Arts. 15, 17) of journalists and activists for posts criticising government policy.",
    ["https://rsf.org/en/jordan-s-cybercrime-law-tool-repressing-journalists",
     "https://amnestyusa.org/press-releases/jordan-new-cybercrimes-law-stifling-freedom-of-expression-one-year-on"],
    person("Al-Khasawneh", "Bashar Nayef", "M", "1975-12-21", ["JO"], "JO", [("Passport", "R733190", "JO")], ["ar", "en"]),
    "قام المشتكى عليه بتاريخ 2024/05/03 بنشر مقال ساخر على حسابه في منصة (X) ينتقد فيه تعامل الحكومة مع إضراب سائقي الشاحنات، "
    "مما شكل إثارة للنعرات والفتنة وتهديداً للسلم المجتمعي. غادر المملكة قبل تبليغه.",
    "2024-05-03", "Amman, Jordan (online)", "Prosecution",
    [charge("إثارة الفتنة والنعرات وتهديد السلم المجتمعي عبر الشبكة المعلوماتية", "المادة 17 من قانون الجرائم الإلكترونية رقم 17 لسنة 2023", 36)],
    warrant("ArrestWarrant", "مدعي عام عمان - محكمة صلح جزاء عمان", "2024-06-12", "2024/8817")))

# 21 RU - foreign TV journalist, illegal border crossing while covering armed conflict
add(case("ab-21-ru-foreign-reporter-border-crossing-conflict-zone", "refuse", "RU",
    NOTE + "Modelled on FSB criminal cases (Aug-Oct 2024) against 14 foreign journalists who reported from the Ukrainian-held part of Kursk region (Art. 3 military context).",
    ["https://www.themoscowtimes.com/2024/09/27/russia-charges-australian-romanian-journalists-over-reporting-from-kursk-a86490",
     "https://www.swissinfo.ch/eng/russia-has-opened-criminal-cases-against-14-foreign-journalists-for-crossing-kursk-border%2C-fsb-says/87686439"],
    person("Rinaldi", "Chiara", "F", "1986-11-30", ["IT"], "IT", [("Passaporto", "YB4471902", "IT")], ["it", "en"]),
    "Иностранная гражданка РИНАЛЬДИ К. 15.08.2024, действуя в составе съёмочной группы, незаконно пересекла Государственную границу РФ "
    "из Сумской области Украины в Курскую область вместе с подразделениями ВСУ, без действительных документов и разрешения, "
    "после чего подготовила и распространила видеорепортаж из г. Суджа.",
    "2024-08-15", "Sudzha district, Kursk region", "Prosecution",
    [charge("Незаконное пересечение Государственной границы РФ", "ч. 1 ст. 322 УК РФ", 24)],
    warrant("ArrestWarrant", "Ленинский районный суд г. Курска", "2024-10-21", "3/1-211/2024")))

# 22 RU - Crimean Tatar representative body leader, 2014 rally in Crimea
add(case("ab-22-ru-crimean-tatar-leader-2014-rally-riots", "refuse", "RU",
    NOTE + "Modelled on the in-absentia conviction (2021) of the head of the Crimean Tatar Mejlis for 'mass riots' over the 26 February 2014 rally held under Ukrainian law before annexation.",
    ["https://tass.com/emergencies/1296595", "https://khpg.org/en/1608809153"],
    person("Seitumerov", "Rustem Ablaevich", "M", "1958-02-12", ["UA"], "UA", [("Passport", "FE 441907", "UA")], ["crh", "uk", "ru"]),
    "Сейтумеров Р.А., являясь председателем запрещённой на территории РФ организации, 25.02.2014 поручил своему заместителю организовать "
    "массовые беспорядки у здания Верховного Совета Автономной Республики Крым. 26.02.2014 участники беспорядков применили насилие; "
    "погибли 2 человека, пострадали более 80. Осуждён заочно.",
    "2014-02-26", "Simferopol", "Sentence",
    [charge("Организация массовых беспорядков", "ч. 1 ст. 212 УК РФ", 180),
     charge("Публичные призывы к нарушению территориальной целостности РФ", "ч. 2 ст. 280.1 УК РФ", 60)],
    warrant("CourtDecision", "Верховный суд Республики Крым", "2021-06-01", "1-7/2021"),
    sentence_imposed=72, sentence_remaining=72,
    priors=[prior("RU/RN/2020/11907", person("Seitumerov", "Rustem", "M", "1958-02-12", ["UA"], "UA", [("Passport", "FE 441907", "UA")], ["crh", "uk"]),
                  "2020-11-05T10:00:00Z", "Art. 3: requests concerning events in Crimea in February 2014 and the representative body of the Crimean Tatar people.")]))

# 23 IR - dual national released in a state exchange, UN WGAD opinion
add(case("ab-23-ir-dual-national-released-in-exchange-remainder", "refuse", "IR",
    NOTE + "Modelled on Iranian 10-year sentences for 'collaboration with a hostile government' against dual nationals later freed in a 2023 state exchange; UN WGAD found the detention arbitrary.",
    ["https://americanmilitarynews.com/2022/10/iran-releases-us-iranian-detainee-as-protests-roil-country",
     "https://docslib.org/doc/12816911/siamak-and-baquer-namazi"],
    person("Farahani", "Kourosh", "M", "1972-03-21", ["IR", "US"], "IR", [("Passport", "U41907722", "IR"), ("Passport", "553018846", "US")], ["fa", "en"]),
    "محکوم علیه به اتهام همکاری با دولت متخاصم آمریکا به ده سال حبس تعزیری محکوم شد. وی پس از گذراندن بخشی از محکومیت، در تاریخ "
    "1402/06/27 با استفاده از مرخصی و بدون تکمیل مدت حبس از کشور خارج گردید. نظر گروه کاری بازداشت خودسرانه سازمان ملل فاقد اثر "
    "حقوقی در نظام قضایی جمهوری اسلامی ایران است.",
    "2015-10-13", "Tehran, Islamic Republic of Iran", "Sentence",
    [charge("همکاری با دول متخاصم علیه جمهوری اسلامی", "ماده 508 قانون مجازات اسلامی (تعزیرات)", 120)],
    warrant("CourtDecision", "شعبه 15 دادگاه انقلاب اسلامی تهران", "2016-10-18", "9509970225500841"),
    sentence_imposed=120, sentence_remaining=24))

# 24 UG - opposition figure, military court, 'meetings abroad'
add(case("ab-24-ug-opposition-veteran-court-martial-meetings-abroad", "refuse", "UG",
    NOTE + "Modelled on the November 2024 court-martial charges against a Ugandan opposition leader renditioned from Nairobi (meetings in Geneva/Athens/Nairobi, pistols 'ordinarily the monopoly of the Defence Forces').",
    ["https://eastleighvoice.co.ke/africa/91112/uganda's-kizza-besigye-charged-with-possession-of-firearms-following-arrest-in-nairobi?amp=1",
     "https://www.monitor.co.ug/uganda/news/national/pressure-grows-over-besigye-kidnapping-4833254"],
    person("Tumusiime", "Ronald Kagaba", "M", "1961-05-09", ["UG"], "UG", [("Passport", "B0991742", "UG")], ["en", "lg"]),
    "The accused, a retired Colonel and leader of an opposition pressure group, between October 2023 and November 2024, while in Geneva, "
    "Athens and Nairobi, held meetings with others to solicit logistical support and to identify military targets in Uganda with intent "
    "to prejudice the security of the Defence Forces. To be tried before the General Court Martial.",
    "2024-11-16", "Geneva (CH), Athens (GR), Nairobi (KE)", "Prosecution",
    [charge("Offences relating to security", "Section 128(1) UPDF Act 2005", 1200),
     charge("Unlawful possession of firearms ordinarily the monopoly of the Defence Forces", "Section 119(1)(h) UPDF Act", 1200)],
    warrant("ArrestWarrant", "General Court Martial, Makindye", "2025-01-20", "GCM 0173/2024")))

# 25 ID - commercial dispute disguised as embezzlement
add(case("ab-25-id-coal-buyer-payment-dispute-embezzlement", "refuse", "ID",
    NOTE + "Pattern (RPD Art. 83(1)(a)(i), private dispute): a contract/payment dispute with pending arbitration re-labelled as embezzlement at the seller's complaint.",
    [ART83_DISGUISED, CCF_PRIVATE],
    person("Ramasamy", "Venkat", "M", "1970-08-14", ["SG"], "IN", [("Passport", "K1182297X", "SG")], ["en", "ta"]),
    "Tersangka selaku direktur PT pembeli menerima pengiriman batubara sebanyak 55.000 MT dari pelapor (PT Bara Kaltim Sejahtera) pada "
    "Maret 2023, namun hanya membayar 70% dengan alasan kualitas kalori tidak sesuai kontrak. Sisa pembayaran USD 1,42 juta tidak dilunasi. "
    "Pelapor telah mengajukan permohonan arbitrase di SIAC (No. ARB 114/23). Tersangka berdomisili di Singapura.",
    "2023-03-28", "Samarinda, East Kalimantan", "Prosecution",
    [charge("Penggelapan", "Pasal 372 KUHP", 48), charge("Penipuan", "Pasal 378 KUHP", 48)],
    warrant("ArrestWarrant", "Direktorat Reserse Kriminal Umum Polda Kalimantan Timur", "2024-02-05", "SP.Kap/17/II/2024/Ditreskrimum")))

# 26 PH - bigamy (family matter; penalty above threshold)
add(case("ab-26-ph-bigamy-overseas-second-marriage", "refuse", "PH",
    NOTE + "Pattern (RPD Art. 83(1)(a)(i), family/private matters such as bigamy): threshold met but offence excluded by category.",
    [ART83_EXCL, CCF_PRIVATE],
    person("Villanueva", "Rommel Santos", "M", "1984-06-02", ["PH"], "PH", [("Passport", "P4419027B", "PH")], ["tl", "en"]),
    "Accused, being legally married to private complainant Maricel D. Villanueva since 12 May 2009 in Quezon City, which marriage has not "
    "been legally dissolved, contracted a second marriage with one Hanna K. Lindqvist in Dubai on 20 February 2021. Complaint filed by the "
    "first wife; accused works abroad.",
    "2021-02-20", "Dubai, UAE (marriage abroad); Quezon City", "Prosecution",
    [charge("Bigamy", "Article 349, Revised Penal Code", 144)],
    warrant("ArrestWarrant", "Regional Trial Court, Quezon City, Branch 98", "2022-09-14", "Crim. Case No. R-QZN-22-04417-CR")))

# 27 UZ - currency regulation (administrative nature)
add(case("ab-27-uz-export-proceeds-not-repatriated", "refuse", "UZ",
    NOTE + "Pattern (RPD Art. 83(1)(a)(i), violations of administrative regulations): failure to repatriate export earnings treated as a crime, no victim and no link to serious/organised crime.",
    [ART83_EXCL, ART83_DISGUISED],
    person("Karimov", "Otabek Rustamovich", "M", "1981-02-17", ["UZ"], "UZ", [("Passport", "FA4471903", "UZ")], ["uz", "ru"]),
    "Karimov O.R., «Silk Textile Export» MChJ direktori sifatida 2022-yilda Turkiya kompaniyasiga eksport qilingan ip-kalava uchun "
    "412 000 AQSh dollari miqdoridagi valyuta tushumini belgilangan 180 kun ichida respublikaga qaytarmagan, valyutani tartibga solish "
    "qoidalarini buzgan. Soliq organi tekshiruvi natijasida aniqlangan.",
    "2023-01-15", "Tashkent", "Prosecution",
    [charge("Valyuta qimmatliklarini qonunga xilof ravishda chet elda saqlash / qaytarmaslik", "O'zbekiston Respublikasi JK 177-moddasi 2-qismi", 60)],
    warrant("ArrestWarrant", "Toshkent shahar Mirobod tumani jinoyat ishlari bo'yicha sudi", "2023-08-07", "1-1001-2307/441")))

# 28 SI - sentence below threshold
add(case("ab-28-si-short-sentence-driving-banned", "refuse", "SI",
    NOTE + "Pattern (RPD Art. 83(1)(b)(ii)): person sought to serve a sentence of five months, below the six-month threshold.",
    [ART83_EXCL, "https://ngm.com.au/?p=18805"],
    person("Horvat", "Matej", "M", "1994-09-23", ["SI"], "SI", [("Potni list", "PB0919447", "SI")], ["sl", "en"]),
    "Obsojeni je dne 14.04.2023 v Mariboru vozil osebni avtomobil, čeprav mu je bilo vozniško dovoljenje odvzeto, in pri tem povzročil "
    "prometno nesrečo z materialno škodo. Obsojen na kazen zapora petih mesecev, ki je ni nastopil.",
    "2023-04-14", "Maribor, Slovenija", "Sentence",
    [charge("Ogrožanje javnega prometa", "323. člen KZ-1", 36)],
    warrant("CourtDecision", "Okrajno sodišče v Mariboru", "2024-05-06", "II K 41907/2023"),
    sentence_imposed=5, sentence_remaining=5))

# 29 KR - online criminal defamation (honour offence)
add(case("ab-29-kr-online-defamation-restaurant-review", "refuse", "KR",
    NOTE + "Pattern (RPD Art. 83, 'offences related to damaging honour', behavioural-norm category): criminal defamation by online posts with a high statutory maximum.",
    [ART83_EXCL, CCF_PRIVATE],
    person("Park", "Ji-yoon", "F", "1991-01-30", ["KR"], "KR", [("Passport", "M41907332", "KR")], ["ko", "en"]),
    "피의자는 2023. 6. 경 인터넷 커뮤니티 및 블로그에 피해자가 운영하는 식당에서 식중독에 걸렸다는 취지의 글을 5회 게시하여 "
    "허위사실을 드러내어 피해자의 명예를 훼손하였다. 피해자 측은 매출 감소를 주장하며 고소하였다. 피의자는 호주로 출국하였다.",
    "2023-06-18", "Seoul (online)", "Prosecution",
    [charge("정보통신망을 이용한 허위사실 적시 명예훼손", "정보통신망 이용촉진 및 정보보호 등에 관한 법률 제70조 제2항", 84)],
    warrant("ArrestWarrant", "서울중앙지방법원", "2024-01-22", "2024-영장-00417")))

# 30 CM - diaspora activist on international wanted list for social-media advocacy
add(case("ab-30-cm-anglophone-diaspora-blogger-military-tribunal", "refuse", "CM",
    NOTE + "Modelled on Cameroon's 2018 international arrest warrants against 14 Anglophone diaspora activists for online advocacy, to be tried under the anti-terrorism law by military tribunals.",
    ["http://www.camer.be/68812/1:6/cameroun-mandat-daarrat-international-contre-14-sacessionnistes-cameroon.html",
     "https://thesunnewspaper.cm/armed-conflict-nw-sw-rages-govt-continues-target-diaspora-anglophone-activists-citizens-returning-country"],
    person("Tabe", "Godlove Enow", "M", "1980-03-15", ["CM"], "CM", [("Passport", "01199473", "CM")], ["en", "fr"]),
    "Le nommé TABE Godlove Enow, résidant en Norvège, administre une page Facebook et une chaîne YouTube par lesquelles il diffuse des "
    "messages de haine, fait l'apologie de la restauration de l'indépendance du « Southern Cameroons » et appelle les jeunes des régions "
    "du Nord-Ouest et du Sud-Ouest au boycott et à la désobéissance.",
    "2018-01-01", "Nord-Ouest et Sud-Ouest (diffusion en ligne depuis l'étranger)", "Prosecution",
    [charge("Apologie d'actes de terrorisme; sécession", "Art. 2 et 3 Loi n°2014/028 du 23/12/2014; art. 111 Code pénal", 1200)],
    warrant("ArrestWarrant", "Commissaire du Gouvernement près le Tribunal militaire de Yaoundé", "2018-06-20", "MA/TMY/2018/0114")))

# 31 CU - artist, contempt and public disorder
add(case("ab-31-cu-performance-artist-contempt-public-disorder", "refuse", "CU",
    NOTE + "Modelled on the 'desacato'/'desórdenes públicos' cases against San Isidro Movement artists and musicians (2020-2021).",
    ["https://www.ecoi.net/en/document/2041190.html", "https://caplinnews.fiu.edu/san-isidro-movement-arrests-in-havana-resonate-in-miami/"],
    person("Pérez Lugones", "Yoandry", "M", "1989-07-26", ["CU"], "CU", [("Pasaporte", "K918847", "CU"), ("Carné de identidad", "89072613481", "CU")], ["es"]),
    "El acusado, con el propósito de desacreditar a la autoridad, el 11/07/2021 en la calle Monte, La Habana Vieja, profirió frases "
    "ofensivas contra el Presidente de la República durante una concentración, transmitida en vivo por Facebook, y llamó a los presentes "
    "a no retirarse, alterando el orden público. Salió del país en diciembre de 2021.",
    "2021-07-11", "La Habana Vieja, La Habana", "Sentence",
    [charge("Desacato", "Art. 144.2 Código Penal (Ley 62)", 36), charge("Desórdenes públicos", "Art. 200.2 Código Penal (Ley 62)", 12)],
    warrant("CourtDecision", "Tribunal Municipal Popular de La Habana Vieja", "2022-03-30", "Causa 441/2021"),
    sentence_imposed=48, sentence_remaining=48))

# 32 EG - campaign staff of prospective presidential candidate
add(case("ab-32-eg-campaign-coordinator-terrorist-group", "refuse", "EG",
    NOTE + "Modelled on the 2023 arrests of relatives and volunteers of a would-be presidential candidate (joining a terrorist group, possessing publications).",
    ["https://daraj.media/en/108543/"],
    person("El-Sayed", "Mostafa Hamdy", "M", "1993-05-04", ["EG"], "EG", [("Passport", "A29114703", "EG")], ["ar", "en"]),
    "المتهم منسق حملة جمع توكيلات لمرشح محتمل بمحافظة كفر الشيخ، انضم إلى جماعة أسست على خلاف أحكام القانون، وحاز مطبوعات تتضمن "
    "ترويجاً لأغراضها، واستخدم حساباً على شبكة المعلومات للترويج لأفكارها. سافر إلى الخارج في أكتوبر 2023.",
    "2023-09-20", "Kafr El Sheikh, Egypt", "Prosecution",
    [charge("الانضمام إلى جماعة إرهابية", "المادة 12 من القانون 94 لسنة 2015", 180),
     charge("حيازة مطبوعات تتضمن ترويجاً", "المادة 86 مكرراً قانون العقوبات", 60)],
    warrant("ArrestWarrant", "نيابة أمن الدولة العليا", "2023-10-30", "قضية رقم 2219 لسنة 2023 حصر أمن دولة عليا")))

# 33 LK - Online Safety Act against exiled YouTuber
add(case("ab-33-lk-youtuber-online-safety-act-minister", "refuse", "LK",
    NOTE + "Pattern: early use of Sri Lanka's Online Safety Act 2024 against persons accused of 'smear campaigns' about ministers.",
    ["https://ft.lk/ft_view__editorial/The-draconian-Online-Safety-Act/58-758398",
     "https://menafn.com/1107837344/Sri-Lanka-Makes-First-Arrest-Under-Controversial-Online-Safety-Act"],
    person("Wickramasinghe", "Dinesh Chaminda", "M", "1985-11-11", ["LK"], "LK", [("Passport", "N8819473", "LK"), ("NIC", "198531604477", "LK")], ["si", "en"]),
    "The suspect, operating a YouTube channel from Italy, communicated false statements of fact alleging that the Minister of Public "
    "Security had links to drug dealers and paid for violent protests, with intent to provoke a breach of the peace and to wound "
    "public confidence in the State.",
    "2024-03-04", "Colombo (online)", "Prosecution",
    [charge("Communication of false statements of fact in Sri Lanka", "Section 12, Online Safety Act No. 9 of 2024", 60),
     charge("False statement with intent to provoke a breach of the peace", "Section 20, Online Safety Act No. 9 of 2024", 60)],
    warrant("ArrestWarrant", "Chief Magistrate's Court, Colombo Fort", "2024-05-15", "B 44190/24")))

# 34 SG - drug consumption abroad / personal use
add(case("ab-34-sg-drug-consumption-positive-urine-test", "refuse", "SG",
    NOTE + "Pattern (RPD Art. 83(1)(a)(i), behavioural/cultural norms: possession or use of drugs for personal use).",
    [ART83_EXCL, "https://ngm.com.au/?p=18805"],
    person("Lim", "Wei Jie Bryan", "M", "1998-12-05", ["SG"], "SG", [("Passport", "K4190773Q", "SG"), ("NRIC", "S9841907H", "SG")], ["en", "zh"]),
    "The accused, on return from Bangkok on 02 Aug 2024, provided urine specimens which tested positive for cannabinol derivatives. "
    "He was released on bail pending charges and failed to attend the State Courts; believed to be residing in Australia.",
    "2024-08-02", "Woodlands Checkpoint, Singapore", "Prosecution",
    [charge("Consumption of a specified drug", "Section 8(b)(i) Misuse of Drugs Act 1973", 120)],
    warrant("ArrestWarrant", "State Courts of Singapore", "2024-11-19", "WA-907741-2024")))

# 35 PK - treason case against commentators abroad after protests
add(case("ab-35-pk-overseas-anchor-treason-may-protests", "refuse", "PK",
    NOTE + "Modelled on the June 2023 treason/mutiny FIR against Pakistani journalists and anchors living abroad, over commentary around the May 2023 unrest.",
    ["https://www.journalismpakistan.com/moeed-pirzada-calls-treason-case-a-scripted-plan"],
    person("Chaudhry", "Sohail Akram", "M", "1968-08-30", ["PK", "GB"], "PK", [("Passport", "AF0914773", "PK"), ("Passport", "543109872", "GB")], ["ur", "pa", "en"]),
    "The accused, a television anchor residing in the United Kingdom, through YouTube programmes between 01.05.2023 and 10.05.2023 "
    "incited hatred against the armed forces and its leadership, abetted mutiny and conspired to wage war against Pakistan by "
    "encouraging the public to march on military installations.",
    "2023-05-10", "Islamabad (broadcast from abroad)", "Prosecution",
    [charge("Waging or attempting to wage war against Pakistan", "Section 121 PPC", 1200),
     charge("Abetting mutiny", "Section 131 PPC", 1200),
     charge("Statements conducing to public mischief", "Section 505 PPC", 84)],
    warrant("ArrestWarrant", "Anti-Terrorism Court-I, Islamabad", "2023-06-20", "FIR 311/2023 PS Aabpara")))
