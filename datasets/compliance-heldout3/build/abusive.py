from h import *
AB = "abusive"; RF = "refuse"

# 01 lèse-majesté (TR)
add("ab-01-insult-president-tr", RF, AB, "TR",
    "Modelled on the August 2017 detention in Barcelona of a Swedish-Turkish writer/journalist (Hamza Yalçın) on a Turkish Red Notice: charged with insulting the President (TCK 299) over a magazine article and with 'terrorist propaganda' for other articles; Interpol removed the notice in February 2018 (Dagens ETC). Lèse-majesté + speech relabelled as terrorism propaganda; contains the explicit negation 'bu dava siyasi değildir'. Names fictional.",
    ["https://stockholmcf.org/turkish-swedish-writer-detained-in-spain-upon-terrorism-charge-and-insulting-turkeys-erdogan",
     "https://etc.se/utrikes/turkiet-utnyttjar-interpol-att-straffa-kritiker-utomlands"],
    P("YILDIRANOĞLU", "Cemal Hakkı", "M", "1958-03-02", ["TR", "SE"], "TR", "U19473620", "TR", langs=["tr", "sv"]),
    "Şüpheli, Nisan 2025'te Odak benzeri bir dergide yayımlanan makalesinde Cumhurbaşkanı'nı 'diktatör' ve 'hırsız' olarak nitelendirerek alenen hakaret etmiş; aynı derginin diğer sayılarındaki yazılarında silahlı terör örgütünün cebir, şiddet ve tehdit yöntemlerini meşru gösterecek şekilde propaganda yapmıştır. Şüpheli 1984'ten beri yurt dışında yaşamaktadır. Bu dava siyasi değildir; şüpheli adi suçlardan aranmaktadır.",
    "2025-04-10", "İstanbul, Türkiye",
    [C("Cumhurbaşkanına alenen hakaret", "TCK md. 299/1-2 (5237 sayılı Türk Ceza Kanunu)", 56),
     C("Terör örgütü propagandası (basın yayın yoluyla)", "3713 sayılı Terörle Mücadele Kanunu md. 7/2", 90)],
    W("İstanbul 2. Sulh Ceza Hakimliği (yakalama kararı)", "2025-06-03", "2025/412 D.İş"))

# 02 retrial after acquittal, revolutionary organisation (TR)
add("ab-02-retrial-after-acquittal-tr", RF, AB, "TR",
    "Modelled on the case of a German-Turkish writer (Doğan Akhanlı) arrested in Granada in August 2017 on a Turkish Red Notice: a 1989 Istanbul exchange-office robbery-murder attributed to a THKP-C-derived 'revolutionary organisation'; acquitted in 2011, acquittal reversed by the Court of Cassation because he 'was a member of a terror organisation at the time'; Interpol suspended the notice and Spain refused extradition. Decades-old facts, retrial after acquittal, membership of a revolutionary organisation; citizenship revoked in 1998. Requester calls it ordinary crime. Names fictional.",
    ["http://bianet.org/english/politics/189332-interior-ministry-passes-judgements-on-akhanli-interpol-removes-red-notice",
     "https://hurriyetdailynews.com/spain-refuses-to-extradite-author-to-turkey-120857"],
    P("KARAHANLI", "Orhan Erdal", "M", "1957-09-14", ["DE"], "TR", "C4F7K2L91", "DE", langs=["tr", "de"]),
    "Sanık, 20.10.1989 tarihinde İstanbul Fatih'te bir döviz bürosuna yapılan silahlı soygunda, o tarihte faaliyet gösteren THKP-C türevi yasadışı örgüt adına hareket eden iki kişiyle birlikte işyeri sahibinin ateşli silahla öldürülmesine iştirak etmiştir. İstanbul 11. Ağır Ceza Mahkemesi 12.10.2011 tarihinde beraat kararı vermiş, Yargıtay kararı 'sanığın suç tarihinde örgüt üyesi olduğu' gerekçesiyle bozmuştur. Sanık 1991'den beri yurt dışında olup Türk vatandaşlığı 1998 yılında kaybettirilmiştir. Yağma ve adam öldürme adi suçlardır.",
    "1989-10-20", "Fatih, İstanbul, Türkiye",
    [C("Örgüt adına nitelikli yağma ve kasten öldürme (Anayasal düzeni cebren değiştirme amacıyla)", "765 sayılı (mülga) TCK md. 146/1 ve md. 450", LIFE)],
    W("İstanbul 11. Ağır Ceza Mahkemesi", "2013-10-21", "2013/77 Esas"))

# 03 secession advocacy, repeated after two refusals (IN)
p03 = P("BHULLARWAL", "Jaswinder Singh", "M", "1967-02-14", ["US", "CA"], "IN", "588204117", "US", langs=["pa", "en", "hi"])
add("ab-03-secession-referendum-repeat-in", RF, AB, "IN",
    "Modelled on India's Red Notice requests against the founder/legal adviser of Sikhs for Justice (Gurpatwant Singh Pannun): a first request (2018) rejected in 2019, a second (21 May 2021) rejected in 2022 by the CCF, which found a 'clear political dimension', insufficient evidence of terrorist involvement and concerns about misuse of UAPA. Advocacy of secession (online 'referendum', flags) written as 'sovereignty and integrity' without the words political/opposition. Uses context.priorRefusals (two earlier refusals). Names fictional; the prior-refusal reference numbers are fictional.",
    ["https://www.grossmanyoung.com/interpol-blog/interpol-reject-indias-red-notice-request-for-gurpatwant-singh-pannun/",
     "https://theprint.in/world/no-new-red-corner-notice-sought-by-india-for-pannun-since-interpol-rejected-2nd-request-2-yrs-ago/2324636"],
    p03,
    "अभियुक्त एक गैरकानूनी घोषित संगठन का संस्थापक और 'कानूनी सलाहकार' है। उसने 2020–2021 के दौरान विदेश से ऑनलाइन 'जनमत संग्रह' अभियान चलाया, पंजाब को भारत संघ से अलग करने की माँग वाले वीडियो जारी किए और सरकारी भवनों पर अलगाववादी झंडा फहराने वालों के लिए नकद इनाम की घोषणा की। ये गतिविधियाँ भारत की संप्रभुता और अखंडता के विरुद्ध हैं तथा युवाओं को कट्टरपंथ की ओर प्रेरित करती हैं।",
    "2020-08-14", "Online (from North America); effects in Punjab, India",
    [C("Unlawful activity — advocating cession of a part of the territory of India", "Unlawful Activities (Prevention) Act 1967, s.13(1)", 84),
     C("Membership of a terrorist gang or organisation", "UAPA 1967, s.20", LIFE),
     C("Sedition", "s.124A Indian Penal Code 1860", LIFE)],
    W("Special Court (NIA), S.A.S. Nagar (Mohali), Punjab — non-bailable warrant", "2021-02-03", "NIA/RC-19/2019/NIA/DLI"),
    prior=[R("2019/RN-44710", p03, "2019-06-30", "Art. 3 — predominantly political (advocacy of secession); no ordinary-law criminal element substantiated"),
           R("2021/RN-22104", p03, "2022-08-10", "Art. 3 / Art. 2 — clear political dimension; 'terrorist nature' and active involvement not substantiated (CCF)")])

# 04 self-determination movement leader; refugee in France (DZ)
p04 = P("AMZIANE", "Aksil Hend", "M", "1951-03-05", ["DZ"], "DZ", "198273645", langs=["kab", "fr", "ar"])
add("ab-04-selfdetermination-refugee-dz", RF, AB, "DZ",
    "Modelled on Algeria's international arrest warrants (2021–2022) against the president of the Movement for the Self-Determination of Kabylie (MAK, Ferhat Mehenni), who has lived in France as a recognised refugee for about twenty years; MAK was classified as terrorist by Algeria in 2021. Algeria also linked him to the August 2021 lynching of Djamel Bensmaïl; that element is deliberately absent here so that the request rests on advocacy and 'atteinte à l'unité nationale'. Refugee policy applies (context.protected, persecution feared from DZ). Names fictional.",
    ["https://jeuneafrique.com/1223687/politique/lalgerie-lance-un-mandat-darret-contre-le-chef-du-mak-ferhat-mehenni",
     "https://www.echoroukonline.com/ferhat-mehenni-condamne-a-la-perpetuite"],
    p04,
    "Le mis en cause, président d'une organisation classée terroriste en 2021, dirige depuis l'étranger une entreprise visant à porter atteinte à l'unité nationale et à l'intégrité du territoire : appels publics répétés à l'« autodétermination » d'une région du pays diffusés sur les réseaux sociaux, proclamation d'un « gouvernement provisoire » et collecte de fonds auprès de la diaspora. L'enquête a établi des contacts et des versements d'argent avec des parties étrangères hostiles à l'Algérie.",
    "2021-05-18", "Tizi Ouzou, Algérie (déclarations faites depuis Paris, France)",
    [C("Création et direction d'un groupe terroriste", "Art. 87 bis 3 du Code pénal algérien", LIFE),
     C("Atteinte à l'unité nationale et à l'intégrité du territoire", "Art. 79 du Code pénal algérien", 120)],
    W("Juge d'instruction, Tribunal de Sidi M'hamed, Alger — mandat d'arrêt international", "2021-08-26", "MAI/2021/118"),
    protected=[PR(p04, "Refugee", ["DZ"])])

# 05 blasphemy tweets (SA)
add("ab-05-blasphemy-tweets-sa", RF, AB, "SA",
    "Modelled on the 2012 case of a young Saudi columnist (Hamza Kashgari) who tweeted about the Prophet on the Mawlid, fled, was detained in Kuala Lumpur and deported to Saudi Arabia; Malaysian police first cited an Interpol request, Interpol denied its system was used (UNVERIFIED whether any Interpol message existed). Blasphemy/apostasy, religious character; dates moved to 2024. Warrant issued by the prosecution, not a court. Names fictional.",
    ["http://boingboing.net/2012/02/12/interpol-accused-after-saudi-a.html",
     "https://www.dailynewsegypt.com/2012/02/12/malaysia-deports-saudi-journalist-in-twitter-row/"],
    P("AL-HARBASH", "Yazan Fahd", "M", "1989-01-24", ["SA"], "SA", "Q4417720", langs=["ar", "en"]),
    "نشر المتهم عبر حسابه في منصة إكس بتاريخ 15 سبتمبر 2024، بمناسبة المولد النبوي، ثلاث تغريدات تضمنت إساءة إلى الذات النبوية الشريفة ومساساً بالثوابت الدينية والنظام العام، وتداولها آلاف المستخدمين، ثم غادر المملكة قبل استدعائه. الأفعال تشكل جريمة معلوماتية وجريمة تعزيرية.",
    "2024-09-15", "جدة، المملكة العربية السعودية",
    [C("إنتاج ما من شأنه المساس بالنظام العام والقيم الدينية عبر الشبكة المعلوماتية", "نظام مكافحة الجرائم المعلوماتية (1428هـ)، المادة 6(1)", 60),
     C("الإساءة إلى الذات النبوية (تعزير، قد تصل إلى القتل تعزيراً)", "الشريعة الإسلامية — عقوبة تعزيرية غير مقننة", LIFE)],
    W("النيابة العامة — دائرة جدة (أمر قبض)", "2024-09-20", "1446/ن ع/3321"))

# 06 journalist, fabricated 'torture' conviction (EG)
add("ab-06-journalist-inabsentia-eg", RF, AB, "EG",
    "Modelled on the June 2015 detention in Berlin of an Al Jazeera Arabic presenter (Ahmed Mansour) on an Egyptian warrant: 15-year in-absentia sentence (2014) for allegedly torturing a lawyer in Tahrir Square in 2011; he carried a document showing Interpol had rejected Egypt's request; German prosecutors released him. Ordinary-crime label (torture) over a journalist of a channel the state campaigned against. SentenceEnforcement. Names fictional.",
    ["https://pressgazette.co.uk/al-jazeera-journalist-imprisoned-in-germany-after-egypt-arrest-request/",
     "https://egyptianstreets.com/2015/06/21/al-jazeera-reporter-held-in-germany-freed/"],
    P("ABDEL-MAQSOUD", "Hazem Ragab", "M", "1963-06-11", ["EG", "GB"], "EG", "A09124455", "EG", langs=["ar", "en"]),
    "صدر ضد المحكوم عليه حكم غيابي بالسجن المشدد خمس عشرة سنة لقيامه بالاشتراك مع آخرين، في 3 فبراير 2011 بميدان التحرير، بالقبض على أحد المحامين واحتجازه دون أمر من السلطات المختصة وتعذيبه بدنياً. المحكوم عليه يعمل مقدماً للبرامج في قناة فضائية أجنبية تبث من الخارج.",
    "2011-02-03", "ميدان التحرير، القاهرة، مصر",
    [C("القبض على شخص وحبسه بدون أمر وتعذيبه بدنياً", "المادتان 280 و282 من قانون العقوبات المصري", 180)],
    W("محكمة جنايات القاهرة (حكم غيابي)", "2014-05-04", "جناية 1131/2013 قصر النيل"),
    wanted="Sentence", imposed=180, remaining=180)

# 07 banned Islamic party membership (TJ)
add("ab-07-party-membership-extremism-tj", RF, AB, "TJ",
    "Modelled on Tajikistan's Red Notice against a member of the political council of the banned Islamic Renaissance Party of Tajikistan (Mirzorahim Kuzov), arrested at Athens airport in October 2017 after attending an OSCE human-rights conference in Warsaw; the notice against the party leader (Muhiddin Kabiri) was removed in 2018. Membership of a party banned as 'terrorist-extremist' in 2015 + unparticularised link to the 2015 'mutiny'. Penalty ranges UNVERIFIED. Names fictional.",
    ["https://www.aljazeera.com/news/2017/10/28/tajikistan-uses-interpol-red-notice-on-mirzorahim-kuzov/",
     "https://www.rferl.org/a/tajikistan-islamic-renaissance-party-leader-kabiri-interpol/29076658.html"],
    P("ZUVAYDOV", "Shamsiddin Mirzoevich", "M", "1967-04-19", ["TJ"], "TJ", "400918273", langs=["tg", "ru", "fa"]),
    "Обвиняемый, являясь членом политического совета запрещённой решением Верховного суда Республики Таджикистан от 29.09.2015 террористическо-экстремистской организации, после её запрета продолжил участие в её деятельности за рубежом: выступал на международных конференциях и в социальных сетях с призывами к изменению конституционного строя, поддерживал связь с членами организации. По данным следствия, причастен к подготовке вооружённого мятежа в сентябре 2015 года.",
    "2015-09-29", "г. Душанбе, Республика Таджикистан",
    [C("Участие в деятельности экстремистской организации", "ч. 2 ст. 307.3 УК Республики Таджикистан", 96),
     C("Публичные призывы к насильственному изменению конституционного строя", "ч. 2 ст. 307 УК Республики Таджикистан", 180)],
    W("Генеральная прокуратура Республики Таджикистан (постановление о заключении под стражу, санкция прокурора)", "2016-02-11", "ГП-14/2016-077"))

# 08 Karakalpak activists (UZ)
add("ab-08-constitutional-order-karakalpak-uz", RF, AB, "UZ",
    "Modelled on the Karakalpak diaspora activists detained in Almaty in September–October 2022 at Uzbekistan's request (HRW), accused of 'undermining the constitutional order' over the July 2022 Nukus protests against constitutional amendments removing Karakalpakstan's sovereignty/secession clause; Kazakhstan refused them asylum; four later obtained US asylum. No personal violence alleged; 'foreign forces' narrative. Uzbek legal citations' penalty ranges UNVERIFIED. Names fictional.",
    ["https://timesca.com/hrw-says-kazakhstan-authorities-should-not-deport-karakalpak-activists-to-uzbekistan/",
     "https://bureau.kz/en/news/kazakhstan-refuses-to-grant/"],
    P("TÓREMURAT-ULÍ", "Jaqsılıq Bazarbay", "M", "1975-11-02", ["UZ"], "UZ", "FA4120776", langs=["kaa", "uz", "ru", "kk"]),
    "Ayblanuvchi 2022-yil iyun–iyul oylarida Qozog‘iston hududidan turib ijtimoiy tarmoqlarda Qoraqalpog‘iston Respublikasining «suverenitetini himoya qilish» bahonasida aholini O‘zbekiston Respublikasi Konstitutsiyasiga kiritilayotgan o‘zgartishlarga qarshi chiqishga va ruxsatsiz ommaviy yig‘inlarga chaqirgan, «tashqi kuchlar» vakillari bilan aloqada bo‘lgan. Ushbu harakatlar 2022-yil 1–2-iyul kunlari Nukus shahridagi tartibsizliklarga sabab bo‘lgan.",
    "2022-06-27", "Nukus, Qoraqalpog‘iston (online, Almaty, Kazakhstan)",
    [C("Konstitutsiyaviy tuzumga tajovuz qilish", "O‘zbekiston Respublikasi Jinoyat kodeksi, 159-modda 4-qism", 240),
     C("Ommaviy tartibsizliklarga chaqirish", "O‘zbekiston Respublikasi Jinoyat kodeksi, 244-modda 2-qism", 120)],
    W("Qoraqalpog‘iston Respublikasi jinoyat ishlari bo‘yicha sudi (qamoqqa olish to‘g‘risida ajrim)", "2022-08-15", "1-2201-22/118"))

# 09 exiled YouTuber, 'calls against the state' and 'mass riots' (AZ)
add("ab-09-public-calls-mass-riots-az", RF, AB, "AZ",
    "Modelled on Azerbaijan's September 2020 announcement that it had applied for Interpol red notices against seven political émigrés (bloggers/YouTube activists in Europe) charged with 'open calls against the state from abroad' and incitement to mass riots in the case of a blogger forcibly returned from Ukraine (OC Media). Peaceful protest and online criticism reworded as 'mass riots'. Penalty ranges UNVERIFIED. Names fictional.",
    ["https://oc-media.org/azerbaijan-seeks-arrest-of-critics-abroad/",
     "https://www.opendemocracy.net/en/odr/revenge-by-red-notice-how-azerbaijan-targets-its-critics-abroad/"],
    P("ŞAHVƏLİYEV", "Rüstəm Elçin oğlu", "M", "1986-08-30", ["AZ"], "AZ", "C01934772", langs=["az", "ru", "de"]),
    "Təqsirləndirilən şəxs 2019–2020-ci illərdə Almaniya Federativ Respublikasında yaşayaraq idarə etdiyi YouTube kanalı vasitəsilə Azərbaycan Respublikasının konstitusiya quruluşunu zorla dəyişdirməyə açıq çağırışlar etmiş, vətəndaşları kütləvi iğtişaşlara və hakimiyyət nümayəndələrinin qanuni tələblərinə tabe olmamağa çağırmış, Avropa paytaxtlarında icazəsiz aksiyalar təşkil etmişdir. Əməllər xarici dövlətin ərazisindən törədilmişdir.",
    "2020-01-15", "Bakı, Azərbaycan (onlayn, Almaniyadan)",
    [C("Xarici dövlətin ərazisindən dövlətə qarşı açıq çağırışlar", "AR Cinayət Məcəlləsi, maddə 281.2", 96),
     C("Kütləvi iğtişaşlara çağırış", "AR Cinayət Məcəlləsi, maddə 220.2", 36)],
    W("Bakı şəhəri Səbail rayon məhkəməsi (həbs qətimkan tədbiri, qiyabi)", "2020-09-08", "1(001)-614/2020"))

# 10 journalist relabelled as fraudster; repeated after refusal (AZ)
p10 = P("HÜSEYNZADƏ", "Tofiq Rasim oğlu", "M", "1968-12-01", ["NL"], "AZ", "NWK8R21P4", "NL", langs=["az", "nl", "ru"])
add("ab-10-journalist-relabelled-fraud-repeat-az", RF, AB, "AZ",
    "Modelled on the October 2017 detention in Kyiv of an Azerbaijani opposition journalist (Fikret Huseynli), granted asylum by the Netherlands in 2008 and now a Dutch citizen, on an Azerbaijani alert for 'fraud, falsification of official documents and illegal border crossing' (RFE/RL). Mislabel: thin ordinary-crime labels with no victims, amounts or dates; explicit 'purely criminal matter'. The prior refusal is FICTIONAL scaffolding (the real Interpol outcome is UNVERIFIED); because he naturalised in the asylum state, the refugee policy would not apply (CCF practice noted in the reference file), so the repeated request is the key signal. Names fictional.",
    ["https://www.rferl.org/a/azerbaijan-ukraine-interpol-alert-huseynli-baku-abuse/28804385.html",
     "https://www.opendemocracy.net/en/odr/revenge-by-red-notice-how-azerbaijan-targets-its-critics-abroad/"],
    p10,
    "Subject, during 2004–2006, fraudulently obtained money from citizens by promising employment abroad, used falsified official documents and in 2008 illegally crossed the State border of the Republic of Azerbaijan. NCB remark: this is a purely criminal matter with no connection to the professional activity of the subject.",
    "2006-01-01", "Bakı, Azərbaycan",
    [C("Fırıldaqçılıq (təkrar, qabaqcadan əlbir olan şəxslər qrupu tərəfindən)", "AR Cinayət Məcəlləsi, maddə 178.2", 60),
     C("Rəsmi sənədlərin saxtalaşdırılması", "AR CM maddə 320.2", 36),
     C("Dövlət sərhədini qanunsuz keçmə", "AR CM maddə 318.1", 24)],
    W("Bakı şəhəri Nəsimi rayon məhkəməsi", "2017-07-20", "4(006)-211/2017"),
    prior=[R("2017/DIF-08812", p10, "2018-02-14", "Art. 3 / Art. 2 — charges insufficiently particularised; predominantly connected to the person's journalistic activity; asylum previously granted")])

# 11 Hong Kong NSL bounty, 'collusion with foreign forces' (requester CN; HK is a sub-bureau)
p11 = P("CHEUK", "Wing-sze", "F", "1999-02-17", ["CN"], "CN", "K08813342", "CN", aliases=[{"familyName": "CHEUK", "forenames": "Winsy"}], langs=["yue", "en", "zh"])
add("ab-11-collusion-foreign-forces-hk", RF, AB, "CN",
    "Modelled on the Hong Kong national security police arrest warrants with HK$1 million bounties (July and December 2023) against overseas activists accused of 'collusion with foreign forces' (NSL Art. 29) and 'incitement to secession' for lobbying foreign governments for sanctions; several live in the UK/US and at least one was granted UK asylum. Hong Kong is a sub-bureau of the Chinese NCB, so requester is CN (Hong Kong passport shown as issued by CN). No words political/opposition/protest. context.protected = asylum granted by the UK. Names fictional.",
    ["https://mothership.sg/2023/07/hong-kong-police-bounty-activists",
     "https://www.straitstimes.com/asia/east-asia/us-uk-hit-out-at-hong-kong-bounty-offers-for-5-wanted-activists",
     "https://federalcharacter.com/?p=50024"],
    p11,
    "疑犯自2020年7月起潛逃海外，其後多次要求外國政府、國會及國際組織對香港特別行政區及中央人民政府官員、法官及檢控人員實施所謂「制裁」，並在網上發起聯署、眾籌及直播，煽動他人分裂國家，嚴重危害國家安全。警方已就其懸紅港幣100萬元。",
    "2023-03-01", "香港特別行政區（行為在英國倫敦作出）",
    [C("勾結外國或者境外勢力危害國家安全罪", "《中華人民共和國香港特別行政區維護國家安全法》第29條", LIFE),
     C("煽動分裂國家罪", "《香港國安法》第21條", 120)],
    W("西九龍裁判法院 (West Kowloon Magistrates' Courts) — 拘捕令", "2023-07-03", "NSL-WKMC-2023-08"),
    protected=[PR(p11, "Asylum", ["CN"])])

# 12 banned spiritual movement, 'cult organisation' (CN)
add("ab-12-cult-organisation-art300-cn", RF, AB, "CN",
    "Modelled on China's 1999 request to Interpol to arrest the leader of Falun Gong, which Interpol rejected as political/religious 'in the absence of any information about ordinary law crime' (BBC, 3 Aug 1999), and on continuing Art. 300 prosecutions of practitioners (UK Home Office CPIN 2020). Religious membership/dissemination framed as 'undermining implementation of the law'; contains the negation '本案系普通刑事案件'. Names fictional.",
    ["http://news.bbc.co.uk/2/hi/asia-pacific/410779.stm",
     "https://docslib.org/doc/11313881/china-falun-gong"],
    P("QIAO", "Suyun", "F", "1970-07-08", ["CN"], "CN", "E73320918", langs=["zh"]),
    "犯罪嫌疑人系邪教组织骨干成员。2023年至2024年间，其在境外组织、利用该邪教组织，通过网络直播和印制宣传品向境内传播邪教信息，蛊惑群众，组织境内人员聚集练功，破坏国家法律、行政法规实施，情节特别严重。本案系普通刑事案件，不涉及宗教信仰自由问题。",
    "2024-05-13", "辽宁省沈阳市（信息从境外发布）",
    [C("组织、利用邪教组织破坏法律实施罪（情节特别严重）", "Art. 300 §1 of the Criminal Law of the PRC (《中华人民共和国刑法》第三百条第一款)", LIFE)],
    W("沈阳市公安局（经沈阳市人民检察院批准逮捕）", "2024-08-20", "沈公(国保)捕字[2024]第0117号"))

# 13 lèse-majesté, asylum in France (TH)
p13 = P("SIRIWATTHANAKUL", "Panya", "M", "1960-10-23", ["TH"], "TH", "AA7654321", langs=["th", "fr"])
add("ab-13-lese-majeste-s112-th", RF, AB, "TH",
    "Modelled on Thailand's requests (2015–2017) to France and Laos to return lèse-majesté (Criminal Code s.112) suspects who had fled after the 2014 coup, three of whom had political asylum in France; s.112 carries up to 15 years per count. Lèse-majesté + Computer Crime Act; context.protected = asylum granted by France. Names fictional.",
    ["http://www.asiaone.com/asia/thailand-seeks-french-help-capturing-lese-majeste-exiles",
     "https://www.benarnews.org/english/news/thai/death-threat-02062017165508.html"],
    p13,
    "ผู้ต้องหาจัดรายการวิทยุออนไลน์จากต่างประเทศ มีเนื้อหาหมิ่นประมาท ดูหมิ่น และแสดงความอาฆาตมาดร้ายต่อพระมหากษัตริย์ ระหว่างปี 2565–2567 รวม 14 ตอน / The suspect hosted 14 online radio programmes from abroad (2022–2024) defaming, insulting and threatening the King, and imported the recordings into a computer system accessible in Thailand.",
    "2023-12-05", "Bangkok, Thailand (broadcasts from Paris, France)",
    [C("Defamation, insult or threat to the King (per count)", "s.112 Criminal Code", 180),
     C("Importing into a computer system data that is an offence against national security", "Computer-Related Crime Act B.E. 2550 (2007), s.14(3)", 60)],
    W("Criminal Court, Ratchadaphisek, Bangkok", "2024-02-27", "Jor.1102/2567"),
    protected=[PR(p13, "Asylum", ["TH"])])

# 14 'propaganda against the state', UNHCR refugee in Thailand (VN)
p14 = P("ĐOÀN", "Văn Khải", "M", "1981-05-30", ["VN"], "VN", "C1884203", langs=["vi", "th"])
add("ab-14-propaganda-art117-refugee-vn", RF, AB, "VN",
    "Modelled on a Vietnamese blogger/YouTuber (Duong Van Thai) with UNHCR refugee status in Thailand who disappeared near Bangkok in April 2023, reappeared in Vietnamese custody and was sentenced in October 2024 to 12 years under Article 117 of the Penal Code ('propaganda against the State'). context.protected = UNHCR-recognised refugee. Names fictional.",
    ["https://www.rfa.org/english/news/vietnam/thai-07202023162231.html",
     "https://www.bangkokpost.com/thailand/general/2893673/vietnam-jails-blogger-snatched-from-thailand"],
    p14,
    "Đối tượng đã thực hiện nhiều buổi phát trực tiếp trên YouTube và quản trị một nhóm Facebook, đăng tải các bài viết, video có nội dung xuyên tạc, bôi nhọ lãnh đạo Đảng, Nhà nước, đời tư cán bộ cấp cao, kích động người dân tham gia các hoạt động gây rối an ninh trật tự, nhằm chống Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
    "2022-10-01", "Pathum Thani, Thái Lan (phát tán trên không gian mạng vào Việt Nam)",
    [C("Làm, tàng trữ, phát tán hoặc tuyên truyền thông tin, tài liệu, vật phẩm nhằm chống Nhà nước CHXHCN Việt Nam", "Điều 117 Bộ luật Hình sự 2015 (sửa đổi 2017)", 240)],
    W("Cơ quan An ninh điều tra, Bộ Công an — Lệnh bắt bị can để tạm giam (VKSND tối cao phê chuẩn)", "2023-01-10", "12/LB-ANĐT"),
    protected=[PR(p14, "Refugee", ["VN"])])

# 15 human-rights lawyer, 'hoax' and 'incitement' over Papua (ID)
add("ab-15-hoax-provocation-papua-id", RF, AB, "ID",
    "Modelled on the 2019 Indonesian police move to seek an Interpol red notice against a human-rights lawyer (Veronica Koman) over tweets about the siege of a Papuan student dormitory in Surabaya, charged under the ITE Law, KUHP art. 160, Law 1/1946 and Law 40/2008; Indonesia had earlier withdrawn (2012) a red notice against a West Papua independence leader as politically motivated. 'False information' + 'provocation'; warrant is a police wanted-list (DPO), not a court order. Names fictional.",
    ["https://sulteng.antaranews.com/berita/76562/police-to-put-veronika-koman-on-most-wanted-list",
     "https://indnews.id/veronica-koman-masuk-dpo-polisi-kirim-red-notice-ke-interpol/"],
    P("TAMBUNAN", "Renata Lestari", "F", "1988-06-14", ["ID"], "ID", "C4401982", langs=["id", "en"]),
    "Tersangka melalui akun Twitter miliknya menyebarkan berita bohong (hoaks) dan konten provokatif berbahasa Indonesia dan Inggris terkait pengepungan asrama mahasiswa di Surabaya pada 16–17 Agustus 2019, yang menimbulkan keonaran dan kerusuhan di dua provinsi. Tersangka dua kali mangkir dari panggilan penyidik dan saat ini berada di luar negeri.",
    "2019-08-18", "Surabaya, Jawa Timur (melalui media sosial)",
    [C("Menyebarkan informasi untuk menimbulkan kebencian berdasarkan SARA", "Pasal 45A ayat (2) jo. Pasal 28 ayat (2) UU No. 19 Tahun 2016 tentang ITE", 72),
     C("Penghasutan di muka umum", "Pasal 160 KUHP", 72),
     C("Menyiarkan berita bohong yang menerbitkan keonaran", "Pasal 14 ayat (1) UU No. 1 Tahun 1946", 120),
     C("Diskriminasi ras dan etnis", "Pasal 16 UU No. 40 Tahun 2008", 60)],
    W("Ditreskrimsus Polda Jawa Timur — Daftar Pencarian Orang (DPO)", "2019-09-20", "DPO/58/IX/2019/Ditreskrimsus"))

# 16 critics abroad, 'abetting mutiny' and false information about the army (PK)
add("ab-16-abetting-mutiny-army-critics-pk", RF, AB, "PK",
    "Modelled on June 2023 reports that Pakistan's FIA asked Interpol for a red notice against a UK-based former army officer turned YouTuber and booked overseas journalists/anchors for 'abetting mutiny' over social-media content criticising the armed forces after 9 May 2023. (The stored copy of the journalists' FIR report is truncated at 'abetting m…'; the exact charge wording is UNVERIFIED.) 'False information' about the army + military offence label; speech only. Names fictional.",
    ["https://english.lokmat.com/international/pakistans-federal-investigation-agency-urges-interpol-to-assist-in-arresting-critics-living-abroad/",
     "https://www.realtimeindia.in/pak-urges-interpol-to-assist-in-arresting-journalists-critics-living-abroad/"],
    P("BUTT", "Saqib Naveed", "M", "1976-01-09", ["PK", "GB"], "PK", "AB7712094", "PK", langs=["ur", "pa", "en"]),
    "ملزم نے برطانیہ سے یوٹیوب چینل اور سوشل میڈیا اکاؤنٹس کے ذریعے ریاستی اداروں اور مسلح افواج کے خلاف جھوٹا، گمراہ کن اور اشتعال انگیز مواد نشر کیا، جس کا مقصد افواج کے افسران اور جوانوں کو اپنی قیادت کے خلاف بغاوت پر اکسانا اور 9 مئی 2023 کے واقعات کو ہوا دینا تھا۔",
    "2023-05-09", "Islamabad, Pakistan (content posted from London, UK)",
    [C("Abetting mutiny, or attempting to seduce a soldier from his duty", "s.131 Pakistan Penal Code 1860", LIFE),
     C("Statements conducing to public mischief", "s.505 PPC", 84),
     C("Offences against dignity of a natural person / false information", "Prevention of Electronic Crimes Act 2016, s.20", 36)],
    W("Judicial Magistrate, Islamabad — non-bailable warrant (FIR No. 231/2023, PS Ramna)", "2023-06-20", "FIR-231/2023"))

# 17 blasphemy over a WhatsApp message (PK)
add("ab-17-blasphemy-295c-pk", RF, AB, "PK",
    "Modelled on Pakistani blasphemy (PPC s.295-C, mandatory death) cases over WhatsApp/Facebook messages, often after personal disputes, with families detained and mobs threatening (e.g. Christian Today 2016; Islamabad High Court 2025 inquiry into entrapment). Whether Pakistan has sought an Interpol notice in such a case is UNVERIFIED; the pattern is documented. Religious character. Names fictional.",
    ["https://christiantoday.com/article/pakistan.christian.faces.possible.execution.over.whatsapp.message/90447.htm",
     "https://www.daily8.com/en/article/61a80caee55b01d76dd29395e81be5c1"],
    P("GILL", "Shahzad Yaqub", "M", "1993-03-27", ["PK"], "PK", "BN4410987", langs=["ur", "pa"]),
    "ملزم نے ایک واٹس ایپ گروپ میں ایک نظم بھیجی جس میں نبی کریم ﷺ کی شان میں گستاخی کی گئی۔ مدعی کے ساتھ ملزم کا ذاتی تنازعہ بھی تھا۔ مقدمہ درج ہونے کے بعد ملزم ملک چھوڑ کر فرار ہو گیا۔",
    "2024-07-12", "Sarai Alamgir, District Gujrat, Punjab, Pakistan",
    [C("Use of derogatory remarks in respect of the Holy Prophet", "s.295-C Pakistan Penal Code", LIFE),
     C("Hate speech (electronic)", "Prevention of Electronic Crimes Act 2016, s.11", 84)],
    W("Court of Sessions Judge, Gujrat — proclamation under s.87 CrPC and warrant of arrest", "2024-10-02", "FIR-388/2024 PS Sarai Alamgir"))

# 18 insulting the Leader (IR)
add("ab-18-insulting-leader-art514-ir", RF, AB, "IR",
    "Modelled on Iranian prosecutions for 'insulting the Supreme Leader' (Islamic Penal Code, Ta'zir book, art. 514: six months to two years) combined with 'propaganda against the state' (art. 500) for online speech (Radio Farda; CHRI/Amad News reports). No documented Interpol request for this exact pattern — UNVERIFIED; included as a lèse-majesté variant where the maximum (24 months) sits exactly on the 2-year threshold. Names fictional.",
    ["https://en.radiofarda.com/a/iran-s-chief-judge-reiterates-need-to-separate-political-and-security-crimes/30657336.html",
     "https://amadnews.co/2024/05/15/iranian-labor-activist-gets-3-years-for-criticizing-supreme-leader-9"],
    P("KAVIANPOUR", "Nasrin", "F", "1984-09-02", ["IR"], "IR", "K31874420", langs=["fa", "en"]),
    "متهم در فاصله مهر ۱۴۰۱ تا خرداد ۱۴۰۲ با انتشار مطالب، تصاویر و ویدئو در فضای مجازی از خارج از کشور، به ساحت مقام معظم رهبری اهانت کرده و به نفع گروه‌های معاند علیه نظام جمهوری اسلامی ایران فعالیت تبلیغی نموده است.",
    "2022-10-15", "تهران، ایران (فضای مجازی)",
    [C("اهانت به مقام رهبری", "ماده ۵۱۴ قانون مجازات اسلامی (کتاب پنجم — تعزیرات)", 24),
     C("فعالیت تبلیغی علیه نظام", "ماده ۵۰۰ قانون مجازات اسلامی (کتاب پنجم — تعزیرات)", 12)],
    W("شعبه ۲۸ دادگاه انقلاب اسلامی تهران", "2023-04-11", "۱۴۰۲۰۹۱۲۳۴"))

# 19 foreign military officer for a drone strike (IR)
add("ab-19-foreign-officer-drone-strike-ir", RF, AB, "IR",
    "Modelled on Iran's June 2020 / January 2021 requests for red notices against the US President and dozens of US officials over the January 2020 drone strike in Baghdad that killed an IRGC Quds Force commander; Interpol said it 'would not consider requests of this nature' under Art. 3. Murder/terrorism labels over an act of a state's armed forces — military/political character. Names fictional.",
    ["https://jurist.org/news/2020/06/iran-issues-arrest-warrant-for-trump-over-assassination-of-qasem-soleimani",
     "https://www.newtelegraphng.com/iran-issues-arrest-warrant-for-trump-over-assassination-of-top-general/"],
    P("HOLLOWAY", "Grant Edward", "M", "1961-12-19", ["US"], "US", "641209937", langs=["en"]),
    "متهم به‌عنوان یکی از فرماندهان نظامی ایالات متحده آمریکا در طراحی، فرماندهی و اجرای حمله پهپادی مورخ ۱۳ دی ۱۳۹۸ (۳ ژانویه ۲۰۲۰) در نزدیکی فرودگاه بین‌المللی بغداد مشارکت داشته که منجر به کشته شدن یک فرمانده ارشد ایرانی و نُه نفر همراه وی شد. این اقدام جنایت تروریستی و قتل عمد است.",
    "2020-01-03", "Baghdad International Airport, Iraq",
    [C("قتل عمد", "ماده ۲۹۰ قانون مجازات اسلامی", LIFE),
     C("اقدام تروریستی", "قانون اقدام متقابل در برابر اقدامات تروریستی آمریکا در منطقه (۱۳۹۸)", LIFE)],
    W("دادسرای عمومی و انقلاب تهران", "2020-06-29", "۹۹۰۹۹۸۲۱۱۰۴۴"))

# 20 Jehovah's Witnesses 'extremism' (RU)
add("ab-20-religious-extremism-282-2-ru", RF, AB, "RU",
    "Modelled on Russian prosecutions of Jehovah's Witnesses after the Supreme Court's 20 April 2017 'extremist' ban (F18News: 16+ JWs on Russia's wanted list in 2024; Belarus refused to extradite one — RFE/RL via UDF; year UNVERIFIED, 2021 or 2024). Religious membership and worship framed as 'organising an extremist organisation'; contains the negation 'дело не носит религиозного характера'. Names fictional.",
    ["https://www.eurasiareview.com/20022024-russia-42-on-wanted-list-for-exercising-freedom-of-religion-or-belief/",
     "https://udf.name/english/soc/210321-belarus-refuses-to-extradite-russian-jehovahs-witness-wanted-for-extremism.html"],
    P("SEREBRYAKOV", "Anatoliy Petrovich", "M", "1972-01-30", ["RU"], "RU", "754481190", langs=["ru"]),
    "Обвиняемый, осознавая, что решением Верховного Суда РФ от 20.04.2017 деятельность организации признана экстремистской и запрещена, в период с 2018 по 2021 год организовывал и проводил конспиративные собрания, в том числе посредством видеоконференцсвязи, распространял литературу, вовлекал граждан в деятельность запрещённой организации. Дело не носит религиозного характера — речь идёт о нарушении уголовного закона.",
    "2021-03-14", "г. Сургут, Ханты-Мансийский автономный округ — Югра, Россия",
    [C("Организация деятельности экстремистской организации", "ч. 1 ст. 282.2 УК РФ", 120),
     C("Склонение, вербовка лица для участия в деятельности экстремистской организации", "ч. 1.1 ст. 282.2 УК РФ", 120)],
    W("Сургутский городской суд (заочное избрание меры пресечения в виде заключения под стражу)", "2022-11-02", "3/10-1184/2022"))

# 21 desertion during mobilisation (RU)
add("ab-21-desertion-mobilisation-ru", RF, AB, "RU",
    "Modelled on Russians who fled the September 2022 mobilisation to Kazakhstan and other states; Kazakhstan's interior minister said evading mobilisation is not a basis for extradition unless a criminal case exists (Kursiv, 27 Sept 2022). Purely military offence (desertion/absence during mobilisation). Penalty maxima under the 2022 amendments UNVERIFIED. Names fictional.",
    ["https://kz.kursiv.media/en/2022-09-27/kazakhstan-won-t-extradite-russians-fleeing-military-draft-in-russia",
     "https://russianfreepress.com/2022/09/27/fake-russian-media-kazakhstan-will-extradite-russians-who-evade-mobilization/?amp=1"],
    P("KUZOVLEV", "Denis Andreevich", "M", "1994-04-05", ["RU"], "RU", "758120334", langs=["ru"]),
    "Военнослужащий, призванный на военную службу по мобилизации 28.09.2022, в целях уклонения от прохождения военной службы в период мобилизации самовольно оставил место службы — войсковую часть 12345 (г. Чебаркуль) и 14.10.2022 выехал за пределы Российской Федерации через пункт пропуска «Троицк» в Республику Казахстан.",
    "2022-10-12", "г. Чебаркуль, Челябинская область, Россия",
    [C("Дезертирство в период мобилизации", "ч. 1 ст. 338 УК РФ", 180),
     C("Самовольное оставление части в период мобилизации (продолжительностью свыше одного месяца)", "ч. 5 ст. 337 УК РФ", 120)],
    W("Челябинский гарнизонный военный суд", "2023-01-19", "3/1-11/2023"))

# 22 bounced security cheque, private debt (AE)
add("ab-22-bounced-cheque-debt-ae", RF, AB, "AE",
    "Modelled on UAE red notices for bounced security cheques given to banks for personal loans (Art. 401 Federal Penal Code, then up to 3 years), e.g. a British woman detained in Italy in 2017 over an eight-year-old security cheque (Fair Trials / Corker Binning; Detained in Dubai). Private debt / administrative-commercial matter (RPD Art. 83(1)(a)). Warrant issued by the prosecution. Names fictional.",
    ["https://www.lexology.com/library/detail.aspx?g=9ebe3e21-3643-437a-b50a-57085202c506",
     "https://fairtrials.org/news/end-dubai-debt-sentence"],
    P("PEMBERTON", "Claire Louise", "F", "1979-05-22", ["GB"], "GB", "533901766", langs=["en"]),
    "The accused, former employee of a Dubai marketing company, provided security cheque No. 000214 for AED 62,000 drawn on her personal account to a lending bank when taking a personal loan in 2016. After instalments stopped, the bank presented the cheque on 03/02/2019 and it was returned for insufficient funds. The accused had left the State in 2018.",
    "2019-02-03", "Dubai, United Arab Emirates",
    [C("Issuing in bad faith a cheque without sufficient and withdrawable funds", "Art. 401 UAE Federal Penal Code (Federal Law No. 3 of 1987)", 36)],
    W("Dubai Public Prosecution — arrest order", "2019-05-10", "DXB-PP-2019-118834"))

# 23 parental child retention after separation (IN)
add("ab-23-parental-child-retention-in", RF, AB, "IN",
    "Modelled on INTERPOL/CCF practice on parental child abduction: since 2022 the General Secretariat restricts Red Notices where custody rulings conflict or Hague Convention proceedings exist, and the CCF has held Red Notices cannot override custody decisions (Otherside Law; Red Notice Track). Family/private matter. Fictional detail (stated only here): a UK court granted the mother interim custody in 2023. Names fictional.",
    ["https://otherside.law/zh/challenge-interpol-red-yellow-notices-parental-child-abduction",
     "https://rednoticetrack.com/interpol-and-parental-child-abduction"],
    P("KAPOOR", "Ritika", "F", "1987-02-03", ["GB"], "IN", "147702918", "GB", langs=["hi", "en"]),
    "अभियुक्ता ने पति-पत्नी के बीच तलाक की कार्यवाही लंबित रहते हुए अप्रैल 2023 में अपनी 6 वर्षीय पुत्री को पिता की सहमति के बिना गुरुग्राम से यूनाइटेड किंगडम ले जाकर वहीं रोक लिया और अदालत के बुलाने पर वापस नहीं लौटी। पिता की शिकायत पर अपहरण का मामला दर्ज किया गया।",
    "2023-04-02", "Gurugram, Haryana, India",
    [C("Kidnapping from lawful guardianship", "s.363 Indian Penal Code 1860 (now s.137(2) Bharatiya Nyaya Sanhita 2023)", 84)],
    W("Judicial Magistrate First Class, Gurugram — non-bailable warrant", "2023-09-12", "FIR-0211/2023 PS Sector 56"))

# 24 non-payment of child maintenance (BR)
add("ab-24-child-maintenance-abandono-br", RF, AB, "BR",
    "Pattern case: non-payment of child support is one of the family/private-matter examples practitioners give for RPD Art. 83(1)(a) (Red Notice Law Journal; see reference notes). Not modelled on a single documented Interpol case (UNVERIFIED as a specific case); written in Portuguese with Brazilian citation form. Names fictional.",
    ["https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/",
     "Código Penal brasileiro (Decreto-Lei nº 2.848/1940), art. 244 — https://www.planalto.gov.br/ccivil_03/decreto-lei/del2848compilado.htm"],
    P("ANDRADE BARRETO", "Marcelo Henrique", "M", "1980-08-17", ["BR"], "BR", "FZ482117", langs=["pt"]),
    "O acusado deixou, sem justa causa, de prover a subsistência de seus dois filhos menores de 18 anos, faltando ao pagamento da pensão alimentícia judicialmente fixada desde janeiro de 2021, acumulando débito de R$ 148.000,00, e transferiu sua residência para Portugal sem comunicar o juízo.",
    "2021-01-10", "Belo Horizonte, Minas Gerais, Brasil",
    [C("Abandono material", "Art. 244 do Código Penal brasileiro", 48)],
    W("2ª Vara Criminal da Comarca de Belo Horizonte — mandado de prisão", "2024-03-18", "0012345-67.2023.8.13.0024"))

# 25 adultery (EG)
add("ab-25-adultery-art274-eg", RF, AB, "EG",
    "Pattern case: adultery is a standard example of the family/behavioural-norm categories excluded by RPD Art. 83(1)(a) (practitioner summaries in the reference notes). Egyptian Penal Code art. 274 punishes the wife (up to 2 years) on the husband's complaint. Not modelled on a specific documented Interpol case — UNVERIFIED. Names fictional.",
    ["https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/",
     "Egyptian Penal Code (Law No. 58 of 1937), arts. 273–277"],
    P("FAWZY", "Rania Magdy", "F", "1990-12-09", ["EG"], "EG", "A21884310", langs=["ar"]),
    "ثبت ارتكاب المتهمة جريمة الزنا حال قيام الزوجية، وذلك بناءً على الشكوى المقدمة من زوجها بتاريخ 5/3/2024، وقد غادرت البلاد عقب تحرير المحضر ولم تمثل أمام النيابة.",
    "2024-02-20", "الإسكندرية، مصر",
    [C("زنا الزوجة", "المادة 274 من قانون العقوبات المصري", 24)],
    W("نيابة سيدي جابر الجزئية — أمر ضبط وإحضار", "2024-04-01", "جنح 4412/2024 سيدي جابر"))

# 26 'traitor to the homeland', sanctions advocacy, foreign agents (NI)
add("ab-26-traicion-patria-agentes-extranjeros-ni", RF, AB, "NI",
    "Modelled on Nicaragua's February 2023 declaration of 94 exiled critics (writers, journalists, human-rights defenders) as 'traitors to the homeland' and 'fugitives from justice' under Law 1055, stripping their nationality and confiscating property; Law 1055 targets those who 'applaud sanctions'. Foreign-agent/foreign-funding element (Ley 1040). Penalty figures UNVERIFIED. Names fictional.",
    ["https://nicaraguainvestiga.com/nacion/139930-parole-pueden-quitar-nacionalidad-y-bienes",
     "https://amp.milenio.com/internacional/nicaragua-declara-traidores-94-opositores-liberados"],
    P("ZELEDÓN ARAGÓN", "Mónica Isabel", "F", "1962-10-30", ["NI"], "NI", "C01288431", langs=["es"]),
    "La acusada, desde el exterior, ha realizado actos que menoscaban la independencia, la soberanía y la autodeterminación del pueblo nicaragüense: solicitó y aplaudió la imposición de sanciones contra funcionarios del Estado, y recibió financiamiento de agentes extranjeros para una asociación no inscrita conforme a la Ley de Regulación de Agentes Extranjeros. Fue declarada traidora a la patria y prófuga de la justicia.",
    "2021-06-01", "Managua, Nicaragua (actos realizados desde San José, Costa Rica)",
    [C("Conspiración para cometer menoscabo a la integridad nacional", "Artos. 410 y 412 del Código Penal de Nicaragua (Ley 641), en relación con el Arto. 1 de la Ley 1055", 180),
     C("Propagación de noticias falsas a través de las TIC", "Arto. 30 de la Ley 1042, Ley Especial de Ciberdelitos", 60)],
    W("Juzgado Décimo Distrito Penal de Audiencia de Managua", "2023-02-15", "004512-ORM4-2023-PN"))

# 27 NGO foreign funding 'Case 173' (EG)
add("ab-27-ngo-foreign-funding-eg", RF, AB, "EG",
    "Modelled on Egypt's 'Case 173/2011' against human-rights NGOs for receiving foreign funds (Penal Code art. 78 as amended in 2014 carries life imprisonment), with travel bans and asset freezes from 2016; the investigation into 20 NGOs was closed in December 2020. Foreign funding / unregistered NGO. Names fictional.",
    ["https://eipr.org/en/press/2016/03/background-case-no-173-%E2%80%9Cforeign-funding-case%E2%80%9D",
     "https://www.aljazeera.com/news/2020/12/5/case-173-egypt-closes-decade-old-ngo-foreign-funding-case"],
    P("SALAMA", "Karim Adel", "M", "1979-03-15", ["EG"], "EG", "A11872309", langs=["ar", "en", "de"]),
    "تلقى المتهم بصفته مديراً لكيان يمارس نشاطاً أهلياً دون ترخيص، أموالاً من جهات أجنبية بقصد ارتكاب أعمال ضارة بالمصلحة القومية والإخلال بالأمن والسلم العام، وذلك في الفترة من عام 2011 حتى عام 2016، بمبالغ تجاوزت مليون دولار أمريكي.",
    "2016-03-01", "القاهرة، مصر",
    [C("تلقي أموال من جهة أجنبية بقصد الإضرار بالمصلحة القومية", "المادة 78 من قانون العقوبات (المعدلة بالقرار بقانون رقم 128 لسنة 2014)", LIFE),
     C("ممارسة نشاط أهلي دون ترخيص", "القانون رقم 84 لسنة 2002 بشأن الجمعيات والمؤسسات الأهلية، المادة 76", 12)],
    W("قاضي التحقيق المنتدب — القضية رقم 173 لسنة 2011 حصر تحقيق", "2016-09-17", "173/2011"))

# 28 dissolved-party vice-president, 'plot' and 'incitement' (KH)
add("ab-28-plot-incitement-dissolved-party-kh", RF, AB, "KH",
    "Modelled on the March 2019 Phnom Penh arrest warrants for exiled leaders of the dissolved Cambodia National Rescue Party for 'plotting' and 'incitement to commit a felony' after they announced their return, and the November 2019 ASEAN detentions. French as used in Cambodian legal texts; some article numbers/penalties UNVERIFIED. Names fictional.",
    ["http://upi.com/Top_News/World-News/2019/03/18/Cambodia-issues-warrants-for-exiled-opposition-party-leaders/7491552915827/",
     "https://couragefundcambodia.org/2019/03/18/2019-3-18-cambodian-court-issues-arrest-warrants-for-top-opposition-leaders"],
    P("CHHUN", "Sophorn", "F", "1958-05-15", ["KH", "US"], "KH", "N00714420", "KH", langs=["km", "en", "fr"]),
    "L'intéressée, ancienne vice-présidente d'un parti dissous par la Cour suprême en novembre 2017, a publiquement appelé depuis l'étranger les membres des forces armées à ne plus obéir aux ordres, et annoncé son retour au Cambodge le 9 novembre 2019 afin de renverser le Gouvernement royal par la mobilisation de la population.",
    "2019-08-20", "Phnom Penh, Cambodge (déclarations depuis l'étranger)",
    [C("Complot", "Art. 453 du Code pénal cambodgien (2009)", 120),
     C("Incitation à commettre un crime", "Art. 494 et 495 du Code pénal cambodgien", 24),
     C("Incitation des militaires à la désobéissance", "Art. 471 du Code pénal cambodgien", 60)],
    W("Tribunal municipal de première instance de Phnom Penh — mandat d'arrêt", "2019-09-10", "MA-2019/0917"))

# 29 diaspora TV executive, terrorism proclamation (ET)
add("ab-29-diaspora-media-terrorism-et", RF, AB, "ET",
    "Modelled on the February 2017 Ethiopian terrorism charges in absentia against the US-based head of the Oromia Media Network (Jawar Mohammed) together with opposition leaders, for broadcasts said to have fuelled protests ('creating pressure against the government', 'disrupting constitutional order'); the charges were dropped in 2018 under the reforms. Speech/journalism framed as terrorism; no act of violence attributed. Names fictional.",
    ["https://africatimes.com/2017/02/25/ethiopia-diasporan-oromo-media-head-charged-along-with-merera-berhanu/",
     "https://kichuu.com/cases-against-jawar-mohamed-dropped/"],
    P("GEMECHU", "Abdi Lemma", "M", "1986-05-12", ["US"], "ET", "593311806", "US", langs=["om", "am", "en"]),
    "ተከሳሹ በውጭ ሀገር በሚያስተዳድረው የቴሌቪዥን ጣቢያ አማካኝነት ህዝቡ በመንግስት ላይ ተቃውሞ እንዲያደርግ በመቀስቀስ፣ ሕገ መንግሥታዊ ሥርዓቱን ለማደናቀፍ በመሞከር እና በሽብርተኝነት ከተፈረጁ ድርጅቶች ጋር በመተባበር ወንጀል ፈጽሟል። / Through a satellite TV station he runs abroad, the accused encouraged the public to rise against the government, attempted to disrupt the constitutional order and cooperated with organisations designated as terrorist.",
    "2016-10-02", "Oromia Region, Ethiopia (broadcasts from Minneapolis, USA)",
    [C("Encouragement of terrorism", "Anti-Terrorism Proclamation No. 652/2009, art. 6", 240),
     C("Outrages against the Constitution or the constitutional order", "Art. 238 Criminal Code of the FDRE (Proclamation 414/2004)", LIFE)],
    W("Federal High Court, Lideta Division, Addis Ababa", "2017-02-23", "FHC-CR-188/2009 E.C."))

# 30 banned opposition movement as 'extremist' (KZ)
add("ab-30-banned-movement-extremism-kz", RF, AB, "KZ",
    "Modelled on Kazakhstan's prosecutions of supporters of the 'Democratic Choice of Kazakhstan' movement after it was declared extremist in 2018, including a journalist-activist (Zhanara Akhmetova) facing extradition from Ukraine in 2020 (Open Dialogue Foundation). Membership of a movement banned as 'extremist' + 'inciting social discord'. Names fictional.",
    ["https://en.odfoundation.eu/topic/extraditions/",
     "https://fpc.org.uk/no-shelter-introduction-harassment-activists-abroad-intelligence-services-former-soviet-union/"],
    P("ORAZBEKOVA", "Gulnar Serikqyzy", "F", "1976-02-21", ["KZ"], "KZ", "N11934872", langs=["kk", "ru", "uk"]),
    "Айыпталушы сот шешімімен экстремистік деп танылған және қызметіне тыйым салынған ұйымның қызметіне қатысқан: әлеуметтік желілерде ұйымның материалдарын таратып, азаматтарды рұқсат етілмеген митингілерге шақырған және әлеуметтік алауыздықты қоздыратын бейнежазбалар жариялаған.",
    "2018-05-10", "Алматы қ., Қазақстан (интернет арқылы, Киевтен)",
    [C("Тыйым салынған экстремистік ұйымның қызметіне қатысу", "ҚР Қылмыстық кодексінің 405-бабының 2-бөлігі", 72),
     C("Әлеуметтік алауыздықты қоздыру", "ҚР Қылмыстық кодексінің 174-бабының 1-бөлігі", 84)],
    W("Алматы қаласы Алмалы аудандық сотының тергеу судьясы", "2019-01-22", "7511-19-00-1к/114"))

# 31 Germany-based YouTuber with an old terrorism conviction, speech only (MA)
add("ab-31-youtuber-incitation-prior-conviction-ma", RF, AB, "MA",
    "Modelled on Morocco's August 2020 international arrest warrant against a German-Moroccan YouTuber (Mohamed Hajib) previously convicted in Morocco on terrorism charges, for videos 'inciting disorder'; Interpol's General Secretariat reportedly found it inadmissible (Barlamane; Alkarama). A past terrorism conviction makes the request look stronger than it is; the new conduct is speech. Article numbers partly UNVERIFIED. Names fictional.",
    ["https://barlamane.fr/maroc-allemagne-le-communique-du-mae-met-en-evidence-un-nouvel-grief-a-legard-de-berlin",
     "http://www.alkarama.org/fr/taxonomy/term/all/articles?page=33"],
    P("BENTAHAR", "Younes", "M", "1981-04-08", ["MA", "DE"], "MA", "UK3308194", "MA", langs=["ar", "fr", "de"]),
    "Le mis en cause, déjà condamné en 2010 pour des faits liés au terrorisme, diffuse depuis l'Allemagne des vidéos incitant au désordre et à la violence, portant atteinte aux constantes et institutions sacrées du Royaume et contenant des menaces à l'encontre de fonctionnaires de la Sûreté nationale.",
    "2020-07-15", "Rabat, Maroc (vidéos publiées depuis Duisburg, Allemagne)",
    [C("Apologie et incitation à commettre des actes terroristes", "Art. 218-5 du Code pénal marocain", 120),
     C("Offense envers la personne du Roi / institutions constitutionnelles", "Art. 179 du Code pénal marocain", 60)],
    W("Juge d'instruction chargé des affaires de terrorisme, Cour d'appel de Rabat (annexe de Salé)", "2020-08-14", "MAI-T-2020/233"))

# 32 Telegram channel admins, peaceful marches as 'mass riots' (BY)
add("ab-32-telegram-admin-mass-riots-by", RF, AB, "BY",
    "Modelled on Belarus's November 2020 criminal case and wanted-listing of the founder/editor of the NEXTA Telegram channels, accused of 'organising mass riots' (art. 293, up to 15 years) for publishing routes and calls for marches, strikes and road blocking after the August 2020 election. Peaceful protest reworded as 'mass riots'. Different person from the Tsikhanouski-era cases used in earlier sets. Names fictional.",
    ["https://pt.euronews.com/2020/11/05/administradores-do-nexta-live-acusados",
     "https://www.intellinews.com/belarusian-leaders-and-activists-put-on-russia-s-wanted-list-193686/"],
    P("LAPITSKI", "Yahor Uladzimiravich", "M", "1998-01-28", ["BY"], "BY", "MP4418207", langs=["be", "ru", "pl"]),
    "Обвиняемый, являясь администратором Telegram-канала, признанного экстремистским материалом, в период с 09.08.2020 по 31.10.2020 организовал массовые беспорядки, сопровождавшиеся блокированием транспортных коммуникаций: публиковал призывы к забастовкам и перекрытию дорог, указывал места сбора и маршруты движения несанкционированных массовых мероприятий в г. Минске.",
    "2020-08-09", "г. Минск, Республика Беларусь (действия совершены из Республики Польша)",
    [C("Организация массовых беспорядков", "ч. 1 ст. 293 УК Республики Беларусь", 180),
     C("Организация групповых действий, грубо нарушающих общественный порядок", "ч. 1 ст. 342 УК Республики Беларусь", 36)],
    W("Следственный комитет Республики Беларусь (постановление о заключении под стражу, санкция прокурора г. Минска)", "2020-11-05", "20201900118"))

# 33 protest outside a consulate abroad as 'hooliganism' (TM)
add("ab-33-consulate-protest-hooliganism-tm", RF, AB, "TM",
    "Modelled on Turkmen activists in Istanbul detained after protests outside Turkmenistan's consulate (August 2021) and on a police list of 25 Turkmen critics whom Turkey intended to deport, reportedly compiled at Ashgabat's request (Turkmen Helsinki Foundation; HRW). Peaceful protest abroad reworded as group hooliganism; extraterritorial charge. Turkmen Criminal Code article numbers UNVERIFIED. Names fictional.",
    ["https://mediazona.ca/news/2021/08/03/stambul",
     "https://turkmenistannewsgazette.com/list-of-25-turkmen-activists-in-turkey-whom-the-turkish-authorities-intend-to-deport-to-their-homeland-has-been-published/"],
    P("DURDYGELDIYEV", "Merdan Batyrovich", "M", "1988-07-16", ["TM"], "TM", "A0488213", langs=["tk", "ru", "tr"]),
    "Обвиняемый 01.08.2021 у здания Генерального консульства Туркменистана в г. Стамбуле, действуя в составе группы лиц, грубо нарушил общественный порядок, выражая явное неуважение к обществу: выкрикивал оскорбительные лозунги в адрес руководства страны и сотрудников консульства, препятствовал нормальной работе дипломатического представительства.",
    "2021-08-01", "Istanbul, Türkiye",
    [C("Хулиганство, совершённое группой лиц", "ч. 2 ст. 279 УК Туркменистана", 60),
     C("Оскорбление представителя власти", "ст. 213 УК Туркменистана", 24)],
    W("Генеральная прокуратура Туркменистана (санкция на арест)", "2021-09-10", "GP-2021-0871"))

# 34 exiled party leader's speech, repeated after refusal (PK)
p34 = P("QURESHI", "Anwar Saleem", "M", "1953-09-17", ["GB"], "PK", "761044382", "GB", langs=["ur", "en"])
add("ab-34-exiled-leader-speech-repeat-pk", RF, AB, "PK",
    "Modelled on Pakistan's Interpol requests against the London-based founder of the MQM (Altaf Hussain) over an August 2016 telephone speech followed by attacks on media offices: Interpol refused in February 2017, saying it does not intervene in political/religious matters and asking for details of the sedition charges; FIA filed a second request (Dawn). Repeated request (context.priorRefusals). The violence that followed the speech makes this close to 'hard'; the person's own conduct is speech from abroad. Names fictional; refusal reference fictional.",
    ["https://www.dawn.com/news/1338497/fonts.googleapis.com",
     "https://www.geo.tv/latest/130254-Interior-Ministry-approves-request-for-MQM-founders-red-warrant"],
    p34,
    "ملزم نے 22 اگست 2016 کو لندن سے ٹیلیفونک خطاب میں کراچی پریس کلب کے باہر جمع کارکنوں کے سامنے ملک مخالف نعرے لگوائے اور انہیں میڈیا ہاؤسز کی طرف مارچ پر اکسایا، جس کے بعد ایک نجی ٹی وی چینل کے دفتر پر حملہ ہوا۔",
    "2016-08-22", "Karachi, Sindh, Pakistan (speech by telephone from London)",
    [C("Sedition", "s.124-A Pakistan Penal Code", LIFE),
     C("Acts of terrorism — incitement", "Anti-Terrorism Act 1997, s.7 r/w s.6(2)", LIFE),
     C("Statements conducing to public mischief", "s.505 PPC", 84)],
    W("Anti-Terrorism Court No. II, Karachi — perpetual non-bailable warrant", "2016-09-15", "ATC-II/FIR-262/2016"),
    prior=[R("2017/RN-03911", p34, "2017-02-10", "Art. 3 — matter of a political and religious character; details of sedition charges requested and not provided")])

# 35 Syrian refugee in Türkiye, vague Saudi notice (SA)
p35 = P("KHATTAB", "Mahmoud Anas", "M", "1978-11-06", ["SY"], "SY", "N011238871", langs=["ar", "tr"])
add("ab-35-vague-facts-refugee-sa", RF, AB, "SA",
    "Modelled on a Syrian refugee and online critic of Saudi policy towards Syrians (Mohamad Alkayali) arrested in Türkiye in December 2024 on a Saudi Red Notice from January 2016 whose allegations lack time, place or evidence (EuroToday; Info-Today). Vague facts + protected refugee (context.protected; feared persecution from SA and SY). Names fictional.",
    ["https://eurotoday.org/mohamad-alkayali-a-syrian-refugee-targeted-by-saudi-arabias-abuse-of-interpol",
     "https://info-today.eu/2025/02/mohamad-alkayali-a-syrian-refugee-victim-of-the-weaponization-of-interpol-by-saudi-arabia"],
    p35,
    "المطلوب متهم في قضية جنائية منظورة لدى الجهات المختصة في المملكة العربية السعودية تتعلق بإساءة استخدام الشبكة المعلوماتية، وقد غادر المملكة قبل استكمال الإجراءات.",
    "2013-01-01", "المملكة العربية السعودية",
    [C("جرائم معلوماتية", "نظام مكافحة الجرائم المعلوماتية (1428هـ)", 60)],
    W("هيئة التحقيق والادعاء العام", "2015-12-20", "1437/ج م/118"),
    protected=[PR(p35, "Refugee", ["SA", "SY"])])

# 36 religious group membership alone (UZ)
add("ab-36-religious-group-membership-uz", RF, AB, "UZ",
    "Modelled on Uzbek prosecutions of Muslims for mere membership/reading circles of banned religious groups (e.g. alleged Hizb ut-Tahrir or Nursi readers); F18News (Feb 2024) lists five people wanted by Uzbekistan on Russia's wanted list for exercising freedom of religion or belief. Membership alone, no violent act; Uzbek in Cyrillic script. Penalty ranges UNVERIFIED. Names fictional.",
    ["https://www.eurasiareview.com/20022024-russia-42-on-wanted-list-for-exercising-freedom-of-religion-or-belief/",
     "https://fpc.org.uk/no-shelter-introduction-harassment-activists-abroad-intelligence-services-former-soviet-union/"],
    P("RAHMATULLAEV", "Dilshodbek Anvarovich", "M", "1985-03-12", ["UZ"], "UZ", "FA7721093", langs=["uz", "ru"]),
    "Айбланувчи 2019–2021 йилларда Андижон шаҳрида тақиқланган диний-экстремистик ташкилотнинг аъзоси бўлиб, уйида ҳафтасига бир марта «ҳалқа» машғулотларини ўтказган, ташкилот адабиётларини тарқатган ва янги аъзолар жалб қилган. Айбланувчи ҳозирда Россия Федерациясида яширинмоқда.",
    "2021-06-01", "Андижон шаҳри, Ўзбекистон",
    [C("Диний экстремистик, сепаратистик, фундаменталистик ёки бошқа тақиқланган ташкилотларни тузиш, уларга раҳбарлик қилиш, уларда иштирок этиш", "Ўзбекистон Республикаси Жиноят кодекси, 244²-модда 1-қисм", 180)],
    W("Андижон вилояти жиноят ишлари бўйича суди (эҳтиёт чораси — қамоққа олиш)", "2021-09-14", "1-1401-2101/77"))
