from h import *
LG = "legitimate"; CL = "clear"

def lsrc(*s):
    return list(s)

add("lg-01-homicide-family-dispute-ru", CL, LG, "RU",
    "Ordinary homicide in a family quarrel from a country that also files abusive requests. The wording 'семейная ссора' (family dispute) must not trigger the family-matter exclusion: the offence is murder. Facts, law, court order complete. Names fictional.",
    lsrc("Criminal Code of the Russian Federation, art. 105(1) — http://www.consultant.ru/document/cons_doc_LAW_10699/"),
    P("GRISHAKOV", "Vitaliy Sergeevich", "M", "1983-11-03", ["RU"], "RU", "751204478", langs=["ru"]),
    "Обвиняемый 14.02.2025 около 23:10 в квартире по адресу: г. Екатеринбург, ул. Викулова, д. 33, в ходе семейной ссоры на почве личных неприязненных отношений нанёс своему брату не менее семи ударов ножом в область груди и живота, от которых потерпевший скончался на месте. Нож с отпечатками обвиняемого изъят. 16.02.2025 обвиняемый выехал в Республику Казахстан.",
    "2025-02-14", "ул. Викулова, г. Екатеринбург, Россия",
    [C("Убийство", "ч. 1 ст. 105 УК РФ", 180)],
    W("Верх-Исетский районный суд г. Екатеринбурга (заочное избрание меры пресечения в виде заключения под стражу)", "2025-03-20", "3/1-288/2025"))

add("lg-02-murder-victim-journalist-tr", CL, LG, "TR",
    "Ordinary murder over a parking dispute; 'the victim was a journalist' is incidental, and the NCB explicitly notes no link to the victim's profession. Turkish text. Names fictional.",
    lsrc("Türk Ceza Kanunu (5237), md. 81 — https://www.mevzuat.gov.tr/mevzuatmetin/1.5.5237.pdf"),
    P("DEMİRKOL", "Sinan", "M", "1991-07-07", ["TR"], "TR", "U22873310", langs=["tr"]),
    "Şüpheli, 03.06.2024 günü saat 21:40 sıralarında Ankara Çankaya'da bir alışveriş merkezi otoparkında park yeri tartışması nedeniyle, mesleği gazeteci olan maktul E.K.'yi ruhsatsız tabancayla göğsünden iki kez ateş ederek öldürmüş, olay yerinden kaçarak 05.06.2024'te Sarp sınır kapısından Gürcistan'a geçmiştir. Olayın maktulün mesleki faaliyetiyle bir ilgisi yoktur; güvenlik kamerası kayıtları ve tanık beyanları mevcuttur.",
    "2024-06-03", "Çankaya, Ankara, Türkiye",
    [C("Kasten öldürme", "TCK md. 81/1", LIFE),
     C("Ruhsatsız silah taşıma", "6136 sayılı Kanun md. 13/1", 36)],
    W("Ankara 4. Sulh Ceza Hakimliği — yakalama kararı", "2024-06-05", "2024/5512 D.İş"))

add("lg-03-methamphetamine-trafficking-cn", CL, LG, "CN",
    "Ordinary cross-border drug trafficking from a country that also files abusive requests. Chinese text; quantities, route and dates specified. Names fictional.",
    lsrc("Criminal Law of the PRC, art. 347 — http://www.npc.gov.cn/"),
    P("LUO", "Jianhua", "M", "1982-04-16", ["CN"], "CN", "E41120987", langs=["zh"]),
    "犯罪嫌疑人于2024年3月至9月间，伙同他人先后五次从缅甸走私甲基苯丙胺（冰毒）共计23.6公斤，经云南省瑞丽市入境，藏匿于运输水果的货车夹层内运往广东省深圳市贩卖。2024年9月14日同伙在深圳被抓获，缴获冰毒8.2公斤，犯罪嫌疑人潜逃至老挝。",
    "2024-09-14", "云南省瑞丽市 / 广东省深圳市",
    [C("走私、贩卖、运输毒品罪（甲基苯丙胺五十克以上）", "《中华人民共和国刑法》第347条第2款第(1)项 (Art. 347(2)(1) Criminal Law of the PRC)", LIFE)],
    W("德宏州公安局（经瑞丽市人民检察院批准逮捕）", "2024-11-04", "德公(禁)捕字[2024]第0412号"))

add("lg-04-taxi-driver-murder-eg", CL, LG, "EG",
    "Ordinary robbery-murder from Egypt (which also files abusive requests). Arabic text; court-issued order. Names fictional.",
    lsrc("Egyptian Penal Code (Law 58/1937), arts. 230, 234"),
    P("HASSANEIN", "Mostafa Ashraf", "M", "1996-02-01", ["EG"], "EG", "A30911874", langs=["ar"]),
    "قام المتهم في الساعة 1:30 صباح يوم 12/8/2024 بمنطقة مدينة نصر بالقاهرة بقتل سائق سيارة أجرة عمداً مع سبق الإصرار بأن طعنه بسكين في رقبته بقصد سرقة السيارة، وقد ضُبطت السيارة لاحقاً بحوزة شريكه الذي اعترف تفصيلياً، وأثبت تقرير الطب الشرعي سبب الوفاة. هرب المتهم إلى ليبيا عبر منفذ السلوم.",
    "2024-08-12", "مدينة نصر، القاهرة، مصر",
    [C("القتل العمد مع سبق الإصرار المقترن بجناية السرقة", "المادتان 230 و234/2 من قانون العقوبات المصري", LIFE)],
    W("محكمة جنايات القاهرة — أمر بالقبض (بناءً على طلب النيابة العامة)", "2024-10-06", "جناية 9912/2024 مدينة نصر"))

add("lg-05-ponzi-investment-fraud-az", CL, LG, "AZ",
    "Ordinary large-scale investment fraud from Azerbaijan (which also files abusive requests). Azerbaijani text with victims and amounts. Names fictional.",
    lsrc("Criminal Code of the Republic of Azerbaijan, art. 178.4 — https://e-qanun.az/framework/46947"),
    P("QULİYEV", "Elnur Fikrət oğlu", "M", "1988-10-10", ["AZ"], "AZ", "C03318742", langs=["az", "ru"]),
    "Təqsirləndirilən şəxs 2021-ci ilin martından 2023-cü ilin iyununadək 'investisiya platforması' adı altında 1 240 vətəndaşdan aylıq 12% gəlir vəd etməklə ümumilikdə 8,3 milyon manat vəsait toplamış, əvvəlki investorlara ödənişləri yeni daxilolmalar hesabına aparmış, 2023-cü il iyulun 2-də vəsaitin qalığını kriptovalyutaya çevirərək ölkəni tərk etmişdir.",
    "2023-07-02", "Bakı, Azərbaycan",
    [C("Fırıldaqçılıq (xüsusilə külli miqdarda ziyan vurmaqla)", "AR Cinayət Məcəlləsi, maddə 178.4", 144)],
    W("Bakı şəhəri Nəsimi rayon məhkəməsi — həbs qətimkan tədbiri (qiyabi)", "2023-11-10", "4(004)-902/2023"))

add("lg-06-military-equipment-theft-resale-kz", CL, LG, "KZ",
    "Ordinary theft for profit. 'Military equipment stolen for resale' and 'military unit' sound like military-offence triggers but the offence is large-scale theft by a civilian contractor. Names fictional.",
    lsrc("Criminal Code of the Republic of Kazakhstan, art. 188 — https://adilet.zan.kz/rus/docs/K1400000226"),
    P("SEITKALI", "Nurlan Bolatuly", "M", "1990-12-24", ["KZ"], "KZ", "N14420931", langs=["kk", "ru"]),
    "Обвиняемый, работая кладовщиком по гражданско-правовому договору на складе воинской части в г. Конаев, в период с марта по июнь 2024 года тайно похитил 46 приборов ночного видения и 12 тепловизионных прицелов, которые продал через интернет-площадку частным покупателям, причинив ущерб на сумму 61 млн тенге. Айыпталушы әскери жабдықты сату үшін ұрлаған.",
    "2024-06-20", "г. Конаев, Алматинская область, Казахстан",
    [C("Кража в особо крупном размере", "п. 2 ч. 4 ст. 188 УК Республики Казахстан", 120)],
    W("Следственный суд Алматинской области (санкция на арест)", "2024-08-01", "1914-24-00-1к/87"))

add("lg-07-human-trafficking-sexual-exploitation-uz", CL, LG, "UZ",
    "Ordinary human trafficking for sexual exploitation from Uzbekistan (which also files abusive requests). Uzbek (Latin) text; victims counted, route and dates given. Names fictional.",
    lsrc("O‘zbekiston Respublikasi Jinoyat kodeksi, 135-modda — https://lex.uz/docs/111457"),
    P("XOLMATOV", "Bahodir Ergashevich", "M", "1979-08-11", ["UZ"], "UZ", "FA3381204", langs=["uz", "ru"]),
    "Ayblanuvchi 2023-yil fevral–noyabr oylarida Toshkent shahrida yuqori maoshli ish va'da qilib 9 nafar ayolni, shu jumladan 2 nafar voyaga yetmaganni, Dubay shahriga olib chiqqan, ularning pasportlarini tortib olgan va zo'ravonlik bilan majburiy fohishalikka jalb qilgan. Jabrlanuvchilarning ko'rsatmalari va bank o'tkazmalari mavjud.",
    "2023-11-30", "Toshkent, O‘zbekiston / Dubay, BAA",
    [C("Odam savdosi (voyaga yetmaganlarga nisbatan, chet elga olib chiqish bilan)", "O‘zbekiston Respublikasi Jinoyat kodeksi, 135-modda 3-qism", 144)],
    W("Toshkent shahar jinoyat ishlari bo‘yicha sudi — qamoqqa olish to‘g‘risida ajrim", "2024-02-12", "1-1001-2402/44"))

add("lg-08-heroin-trafficking-tj", CL, LG, "TJ",
    "Ordinary narcotics trafficking from Tajikistan (which also files abusive requests). Russian text. Penalty maximum UNVERIFIED. Names fictional.",
    lsrc("Criminal Code of the Republic of Tajikistan, art. 200 — https://www.unodc.org/ (UNODC SHERLOC legislation database)"),
    P("SAFAROV", "Jamshed Nurovich", "M", "1984-01-19", ["TJ"], "TJ", "400733918", langs=["tg", "ru"]),
    "12.05.2024 на 45-м км автодороги Душанбе–Худжанд сотрудниками Агентства по контролю за наркотиками в тайнике автомашины Toyota Camry, принадлежащей обвиняемому, обнаружено 11,8 кг героина. Обвиняемый скрылся с места задержания, 20.05.2024 незаконно пересёк границу с Российской Федерацией через Кыргызстан.",
    "2024-05-12", "Варзобский район, Республика Таджикистан",
    [C("Незаконный оборот наркотических средств в особо крупном размере с целью сбыта", "ч. 3 ст. 200 УК Республики Таджикистан", 240)],
    W("Суд района Варзоб — постановление об избрании меры пресечения (заочно)", "2024-06-01", "1-114/2024"))

add("lg-09-shrine-burglary-manuscripts-ir", CL, LG, "IR",
    "Ordinary aggravated burglary/theft of cultural property from Iran (which also files abusive requests). 'Religious building burgled' is innocent context. Persian text. Names fictional.",
    lsrc("Islamic Penal Code of Iran (Ta'zirat), arts. 656 and 558 — https://www.unodc.org/ (SHERLOC)"),
    P("MOHTASHAMI", "Behrouz", "M", "1977-03-21", ["IR"], "IR", "K22094418", langs=["fa"]),
    "متهم در شب ۱۲ مهر ۱۴۰۳ (۳ اکتبر ۲۰۲۴) با همدستی دو نفر دیگر با شکستن قفل درِ ورودی بقعه یک امامزاده در اصفهان وارد شده و دو نسخه خطی قرآن متعلق به دوره صفوی و اشیای طلای وقفی به ارزش تقریبی ۴۲ میلیارد ریال را سرقت کرده و سپس نسخه‌ها را برای فروش به یک دلال در استانبول منتقل نموده است. همدستان دستگیر و اعتراف کرده‌اند.",
    "2024-10-03", "اصفهان، ایران",
    [C("سرقت شبانه با شکستن حرز توسط چند نفر", "ماده ۶۵۶ قانون مجازات اسلامی (تعزیرات)", 42),
     C("سرقت اموال تاریخی-فرهنگی از اماکن مذهبی", "ماده ۵۵۸ قانون مجازات اسلامی (تعزیرات)", 120)],
    W("شعبه ۱۰۲ دادگاه کیفری دو اصفهان — قرار جلب", "2024-11-02", "۱۴۰۳۱۰۲۲۷۷"))

add("lg-10-politicians-driver-robbed-pk", CL, LG, "PK",
    "Ordinary armed robbery with injury from Pakistan (which also files abusive requests). 'A politician's driver was robbed' is incidental. Urdu text. Names fictional.",
    lsrc("Pakistan Penal Code 1860, ss.392, 394 — https://www.pakistani.org/pakistan/legislation/1860/actXLVof1860.html"),
    P("CHAUDHRY", "Waqas Munir", "M", "1995-06-06", ["PK"], "PK", "AK3318820", langs=["ur", "pa"]),
    "ملزم نے 18 مارچ 2025 کو رات تقریباً 10 بجے لاہور کے علاقے گلبرگ میں ایک صوبائی وزیر کے ڈرائیور کو اسلحہ کے زور پر روک کر سرکاری گاڑی، موبائل فون اور ساٹھ ہزار روپے نقدی چھین لی؛ مزاحمت پر فائرنگ سے ڈرائیور کی ٹانگ زخمی ہوئی۔ سی سی ٹی وی فوٹیج اور برآمد شدہ گاڑی پر فنگر پرنٹس سے ملزم کی شناخت ہوئی۔ ملزم دبئی فرار ہو گیا۔",
    "2025-03-18", "Gulberg, Lahore, Punjab, Pakistan",
    [C("Robbery with voluntarily causing hurt", "s.394 Pakistan Penal Code", LIFE),
     C("Robbery", "s.392 Pakistan Penal Code", 120)],
    W("Judicial Magistrate Section 30, Lahore — warrant of arrest", "2025-04-10", "FIR-611/2025 PS Gulberg"))

add("lg-11-child-sexual-abuse-pocso-in", CL, LG, "IN",
    "Ordinary child sexual abuse from India. Hindi text; medical evidence and s.164 statement cited. Names fictional.",
    lsrc("Protection of Children from Sexual Offences Act 2012, s.6 — https://www.indiacode.nic.in/"),
    P("SHARMA", "Devendra Kumar", "M", "1981-10-14", ["IN"], "IN", "Z4410922", langs=["hi", "en"]),
    "अभियुक्त ने जनवरी 2024 से जून 2024 के बीच जयपुर के मालवीय नगर स्थित अपने घर पर ट्यूशन शिक्षक के रूप में 11 वर्षीय छात्रा के साथ बार-बार गंभीर प्रवेशन लैंगिक हमला किया। चिकित्सीय परीक्षण रिपोर्ट और पीड़िता के धारा 164 दं.प्र.सं. के बयान से घटना की पुष्टि हुई। प्राथमिकी दर्ज होते ही अभियुक्त 2 जुलाई 2024 को दुबई भाग गया।",
    "2024-06-28", "Malviya Nagar, Jaipur, Rajasthan, India",
    [C("Aggravated penetrative sexual assault on a child", "s.6 Protection of Children from Sexual Offences Act 2012", LIFE)],
    W("Special Court (POCSO Act), Jaipur Metropolitan-I — non-bailable warrant", "2024-08-09", "FIR-318/2024 PS Malviya Nagar"))

add("lg-12-heroin-trawler-lk", CL, LG, "LK",
    "Ordinary maritime heroin trafficking from Sri Lanka. English NCB text. Names fictional.",
    lsrc("Poisons, Opium and Dangerous Drugs Ordinance (Sri Lanka), s.54A"),
    P("FERNANDO", "Mahesh Nuwan", "M", "1980-03-03", ["LK"], "LK", "N7718203", langs=["si", "en"]),
    "On 14 January 2025 Police Narcotic Bureau and Navy officers intercepted the multi-day fishing trawler 'Sanduni-3' about 60 nautical miles south of Dondra Head and seized 96.4 kg of heroin packed in 88 parcels. The accused, the registered owner of the vessel, financed the shipment, arranged the mid-sea transfer from a foreign dhow and paid the crew, who have confessed. He left for the Maldives on 15 January 2025.",
    "2025-01-14", "Off Dondra Head, Southern Province, Sri Lanka",
    [C("Trafficking and possession of heroin", "s.54A Poisons, Opium and Dangerous Drugs Ordinance (as amended by Act No. 41 of 2022)", LIFE)],
    W("High Court of Colombo — warrant of arrest", "2025-02-03", "HC/MC/0219/2025"))

add("lg-13-scam-compound-trafficking-kh", CL, LG, "KH",
    "Ordinary human trafficking/forced criminality in an online-scam compound, from Cambodia (which also files abusive requests). French text. Penalty maximum UNVERIFIED. Names fictional.",
    lsrc("Loi cambodgienne sur la répression de la traite des êtres humains et de l'exploitation sexuelle (2008), art. 15–16"),
    P("HENG", "Sovannarith", "M", "1986-09-21", ["KH"], "KH", "N01933847", langs=["km", "zh", "en"]),
    "Entre mars et novembre 2023, le mis en cause, gérant d'un complexe à Sihanoukville, a recruté par de fausses offres d'emploi publiées en ligne 37 ressortissants étrangers, les a retenus en confisquant leurs passeports et les a contraints, sous la menace et les coups, à commettre des escroqueries en ligne, avec 'amendes' et revente à d'autres complexes. Libérations par la police le 28/11/2023; le mis en cause s'est enfui au Laos.",
    "2023-11-28", "Sihanoukville, Preah Sihanouk, Cambodge",
    [C("Traite des êtres humains aux fins d'exploitation (avec circonstances aggravantes)", "Art. 15 et 16 Loi sur la répression de la traite des êtres humains et de l'exploitation sexuelle (2008)", 180)],
    W("Tribunal de première instance de la province de Preah Sihanouk — mandat d'arrêt", "2024-01-22", "MA-PSH-2024/031"))

add("lg-14-murder-business-partner-vn", CL, LG, "VN",
    "Ordinary murder over a business dispute from Vietnam (which also files abusive requests). Vietnamese text. Names fictional.",
    lsrc("Bộ luật Hình sự 2015, Điều 123 — https://thuvienphapluat.vn/"),
    P("PHẠM", "Minh Tuấn", "M", "1985-12-02", ["VN"], "VN", "C3380119", langs=["vi"]),
    "Khoảng 22 giờ ngày 05/9/2024 tại một căn hộ ở phường Tân Phong, quận 7, TP. Hồ Chí Minh, do mâu thuẫn trong việc chia lợi nhuận kinh doanh, bị can đã dùng dao đâm nhiều nhát vào ngực ông N.V.H. (đối tác kinh doanh) khiến nạn nhân tử vong tại chỗ, sau đó xuất cảnh sang Campuchia qua cửa khẩu Mộc Bài ngày 06/9/2024. Camera an ninh và kết quả giám định ADN xác định bị can.",
    "2024-09-05", "Quận 7, TP. Hồ Chí Minh, Việt Nam",
    [C("Giết người", "Điều 123 khoản 1 Bộ luật Hình sự 2015", LIFE)],
    W("Cơ quan CSĐT Công an TP. Hồ Chí Minh — lệnh bắt bị can để tạm giam (VKSND TP.HCM phê chuẩn)", "2024-09-20", "188/LB-CSHS"))

add("lg-15-church-bombing-terrorism-id", CL, LG, "ID",
    "Terrorism with violence against worshippers (religious building is the target, not the motive category of the request); processable under INTERPOL's terrorism resolutions. Indonesian text. Names fictional.",
    lsrc("UU No. 5 Tahun 2018 tentang Pemberantasan Tindak Pidana Terorisme, Pasal 6"),
    P("SAPUTRA", "Rizky Hidayat", "M", "1997-02-25", ["ID"], "ID", "C5512098", langs=["id"]),
    "Tersangka merakit dan menyerahkan bom panci berisi paku kepada pelaku lapangan yang meledakkannya di halaman sebuah gereja di Kota Medan pada 23 Desember 2024 pukul 08:45 WIB saat ibadah, menewaskan 3 jemaat dan melukai 19 orang. Sidik jari dan jejak digital pembelian bahan peledak mengarah kepada tersangka, yang melarikan diri ke Malaysia melalui Dumai.",
    "2024-12-23", "Kota Medan, Sumatera Utara, Indonesia",
    [C("Tindak pidana terorisme yang menimbulkan korban jiwa", "Pasal 6 UU No. 5 Tahun 2018 jo. UU No. 15 Tahun 2003", LIFE)],
    W("Densus 88 AT Polri — Surat Perintah Penangkapan (penetapan Pengadilan Negeri Jakarta Timur)", "2025-01-06", "Sp.Kap/04/I/2025/Densus"))

add("lg-16-homicide-family-dispute-et", CL, LG, "ET",
    "Ordinary homicide in a family dispute from Ethiopia; 'family dispute' must not trigger the family-matter exclusion. Amharic + English. Ethiopian-calendar date converted. Names fictional.",
    lsrc("Criminal Code of the FDRE (Proclamation 414/2004), art. 539"),
    P("HAILE", "Tesfaye Girma", "M", "1979-04-30", ["ET"], "ET", "EP3319012", langs=["am", "om"]),
    "ተከሳሹ ጥር 12 ቀን 2017 ዓ.ም (20 January 2025) ከቀኑ 9 ሰዓት ገደማ በአዳማ ከተማ ቀበሌ 04 በቤተሰብ ጠብ ምክንያት ወንድሙን በስለት ሦስት ጊዜ ወግቶ ገድሏል። / During a family dispute over inherited land, the accused stabbed his brother three times with a knife; the victim died at Adama hospital. Two eyewitnesses; the accused fled to Djibouti.",
    "2025-01-20", "Adama, East Shewa Zone, Oromia, Ethiopia",
    [C("Aggravated homicide", "Art. 539 Criminal Code of the FDRE", LIFE)],
    W("East Shewa Zone High Court, Adama — warrant of arrest", "2025-02-10", "EShZHC/CR/0441/17"))

add("lg-17-cash-in-transit-robbery-zw", CL, LG, "ZW",
    "Ordinary armed robbery from Zimbabwe (which also files politically charged requests). English text. Names fictional.",
    lsrc("Criminal Law (Codification and Reform) Act [Chapter 9:23], s.126"),
    P("MOYO", "Tawanda Blessing", "M", "1988-11-11", ["ZW"], "ZW", "FN771023", langs=["sn", "en"]),
    "On 3 July 2024 at about 08:15 at Mbare, Harare, the accused and four accomplices armed with AK-pattern rifles intercepted a cash-in-transit vehicle, shot a guard in the leg and stole US$312,000. Two accomplices were arrested with part of the cash and identified the accused; his fingerprints were lifted from the getaway vehicle. He crossed into Mozambique on 5 July 2024.",
    "2024-07-03", "Mbare, Harare, Zimbabwe",
    [C("Robbery (aggravating circumstances: firearms, serious injury)", "s.126 Criminal Law (Codification and Reform) Act [Chapter 9:23]", LIFE)],
    W("Harare Magistrates' Court — warrant of arrest", "2024-07-20", "CRB MB 2211/24"))

add("lg-18-cocaine-go-fast-ni", CL, LG, "NI",
    "Ordinary international cocaine trafficking from Nicaragua (which also files abusive requests). Spanish text. Penalty maximum UNVERIFIED. Names fictional.",
    lsrc("Código Penal de Nicaragua (Ley 641), artos. 359 y 362"),
    P("OBANDO LÓPEZ", "Kevin Josué", "M", "1992-05-15", ["NI"], "NI", "C02211874", langs=["es", "en"]),
    "El 7 de abril de 2025, a 18 millas náuticas frente a Bluefields, la Fuerza Naval interceptó una embarcación tipo 'go fast' con 1.150 kg de cocaína en 46 bultos; los dos tripulantes detenidos identificaron al acusado como propietario de la lancha y coordinador logístico del cargamento procedente de Colombia. El acusado huyó a Honduras por tierra.",
    "2025-04-07", "Frente a Bluefields, Región Autónoma de la Costa Caribe Sur, Nicaragua",
    [C("Tráfico internacional de estupefacientes", "Arto. 359 Código Penal de Nicaragua (Ley 641)", 240),
     C("Crimen organizado", "Arto. 393 Código Penal de Nicaragua (Ley 641)", 120)],
    W("Juzgado de Distrito Penal de Audiencias de Bluefields — orden de captura", "2025-04-20", "000188-0517-2025-PN"))

add("lg-19-bar-shooting-murder-rs", CL, LG, "RS",
    "Ordinary murder from Serbia. Serbian (Latin) text. Names fictional.",
    lsrc("Krivični zakonik Republike Srbije, čl. 113 — https://www.paragraf.rs/propisi/krivicni_zakonik.html"),
    P("STANKOVIĆ", "Nemanja", "M", "1993-03-30", ["RS"], "RS", "012447788", langs=["sr"]),
    "Okrivljeni je 14. marta 2025. oko 02:30 časova ispred kafića u ulici Nemanjina u Beogradu (Savski venac), nakon verbalnog sukoba, iz pištolja CZ 99 ispalio tri hica u N.N. (34), koji je preminuo na licu mesta, a zatim pobegao u Crnu Goru. Snimci video nadzora i iskazi tri svedoka.",
    "2025-03-14", "Savski venac, Beograd, Srbija",
    [C("Ubistvo", "čl. 113 Krivičnog zakonika Republike Srbije", 180),
     C("Nedozvoljena proizvodnja, držanje, nošenje i promet oružja", "čl. 348 st. 1 KZ RS", 60)],
    W("Viši sud u Beogradu — naredba o raspisivanju poternice", "2025-03-18", "Kpp-Po1 88/2025"))

add("lg-20-customs-officer-bribery-dz", CL, LG, "DZ",
    "Corruption by an official with concrete facts (amounts, period, evidence) from Algeria (which also files abusive requests). French text. Names fictional.",
    lsrc("Loi n° 06-01 du 20 février 2006 relative à la prévention et à la lutte contre la corruption, art. 25"),
    P("BENSALAH", "Mourad", "M", "1976-06-19", ["DZ"], "DZ", "198811730", langs=["ar", "fr"]),
    "Le mis en cause, inspecteur principal des douanes au port d'Oran, a sollicité et perçu entre janvier 2021 et mars 2023 des pots-de-vin totalisant 38 millions DA de trois importateurs, en contrepartie de la mainlevée de 61 conteneurs sans contrôle physique. Virements bancaires, messages WhatsApp saisis et aveux de deux importateurs. Il a quitté le territoire le 10/04/2023.",
    "2023-03-31", "Port d'Oran, Algérie",
    [C("Corruption passive d'agent public", "Art. 25 de la loi n° 06-01 relative à la prévention et à la lutte contre la corruption", 120),
     C("Blanchiment d'argent", "Art. 389 bis du Code pénal algérien", 120)],
    W("Juge d'instruction, Pôle pénal économique et financier, Tribunal de Sidi M'hamed, Alger — mandat d'arrêt international", "2024-03-05", "PPEF/2024/0311"))

add("lg-21-cannabis-resin-tonnes-ma", CL, LG, "MA",
    "Ordinary large-scale drug trafficking from Morocco. French text. Names fictional.",
    lsrc("Dahir portant loi n° 1-73-282 du 21 mai 1974 relatif à la répression de la toxicomanie, art. 2"),
    P("EL OUARDI", "Hicham", "M", "1982-01-07", ["MA"], "MA", "UA2287310", langs=["ar", "fr", "es"]),
    "Le 10/10/2024, les services de la DGSN ont saisi au port de Tanger Med 4,2 tonnes de résine de cannabis dissimulées dans un camion frigorifique chargé de poivrons à destination d'Algésiras. L'enquête, fondée sur les aveux du chauffeur et des écoutes judiciaires, établit que le mis en cause finançait et dirigeait l'organisation; il a fui vers l'Espagne.",
    "2024-10-10", "Port de Tanger Med, Maroc",
    [C("Trafic international de stupéfiants", "Art. 2 du Dahir portant loi n° 1-73-282 du 21 mai 1974", 120)],
    W("Juge d'instruction près la Cour d'appel de Tanger — mandat d'arrêt international", "2024-10-25", "MAI-TNG-2024/512"))

add("lg-22-embezzlement-money-laundering-sa", CL, LG, "SA",
    "Ordinary embezzlement and money laundering by a company finance manager from Saudi Arabia. The NCB summary uses the English phrase 'politically exposed person' about a client (mislabel/alarming word); the case is commercial crime. Names fictional.",
    lsrc("Saudi Anti-Money Laundering Law (Royal Decree M/20, 1439H), art. 26 — https://laws.boe.gov.sa/"),
    P("AL-OTAIBI", "Nasser Majed", "M", "1984-08-08", ["SA"], "SA", "P2290418", langs=["ar", "en"]),
    "استولى المتهم بصفته مديراً مالياً لشركة مقاولات خاصة بالرياض على 14.6 مليون ريال عبر 37 حوالة مزورة التوقيع بين مارس 2022 وفبراير 2024، وغسل المتحصلات عبر حسابات شركات في دبي وشراء عقارات. NCB note: one of the company's clients is a politically exposed person; this has no bearing on the offence.",
    "2024-02-28", "الرياض، المملكة العربية السعودية",
    [C("غسل الأموال", "نظام مكافحة غسل الأموال (م/20 لعام 1439هـ)، المادة 26", 120),
     C("التزوير واستعماله", "نظام مكافحة التزوير (م/11 لعام 1435هـ)، المادة 6", 60)],
    W("المحكمة الجزائية بالرياض — أمر قبض", "2024-12-01", "461278912"))

add("lg-23-child-sexual-abuse-material-th", CL, LG, "TH",
    "Ordinary child sexual exploitation from Thailand. Thai + English. Penalty maxima UNVERIFIED. Names fictional.",
    lsrc("Thai Criminal Code, ss.279 and 287/2 (as amended 2015)"),
    P("RATTANAPORN", "Kittisak", "M", "1978-02-14", ["TH"], "TH", "AA4418209", langs=["th", "en"]),
    "ผู้ต้องหาล่วงละเมิดทางเพศเด็กชายอายุต่ำกว่า 15 ปี จำนวน 4 คน ที่จังหวัดเชียงใหม่ และผลิตสื่อลามกอนาจารเด็กเพื่อขายทางออนไลน์ / Between 2022 and 2024 in Chiang Mai the suspect sexually abused four boys under 15, filmed the abuse and sold 312 files through an encrypted channel; devices seized on 02/04/2024; he fled to Myanmar.",
    "2024-04-02", "Mueang Chiang Mai, Chiang Mai, Thailand",
    [C("Indecent act against a child under fifteen", "s.279 Thai Criminal Code", 180),
     C("Producing child pornography for distribution", "s.287/2 Thai Criminal Code", 120)],
    W("Chiang Mai Provincial Court — arrest warrant", "2024-04-05", "Jor.412/2567"))

add("lg-24-armed-bank-robbery-br", CL, LG, "BR",
    "Ordinary armed bank robbery with hostages from Brazil. Portuguese text. Names fictional.",
    lsrc("Código Penal brasileiro, art. 157, §2º e §2º-A — https://www.planalto.gov.br/ccivil_03/decreto-lei/del2848compilado.htm"),
    P("NASCIMENTO SOUZA", "Wellington", "M", "1989-09-01", ["BR"], "BR", "GB771044", langs=["pt", "es"]),
    "No dia 2 de maio de 2025, por volta das 10h, o acusado e mais três comparsas, armados com fuzis, renderam funcionários de agência bancária no centro de Criciúma/SC, subtraíram R$ 1,2 milhão e utilizaram dois clientes como escudo humano durante a fuga. Identificado por reconhecimento facial e por DNA no veículo abandonado, o acusado fugiu para o Paraguai.",
    "2025-05-02", "Criciúma, Santa Catarina, Brasil",
    [C("Roubo majorado (concurso de agentes, restrição de liberdade das vítimas, emprego de arma de fogo)", "Art. 157, §2º, II e V, e §2º-A, I, do Código Penal", 200)],
    W("Vara Criminal da Comarca de Criciúma — mandado de prisão preventiva", "2025-05-10", "5004321-11.2025.8.24.0020"))

add("lg-25-yaba-trafficking-bd", CL, LG, "BD",
    "Ordinary large-scale methamphetamine (yaba) trafficking from Bangladesh. Bengali text. Names fictional.",
    lsrc("Narcotics Control Act 2018 (Bangladesh), s.36(1)"),
    P("MIAH", "Jashim Uddin", "M", "1986-12-15", ["BD"], "BD", "BN0918822", langs=["bn"]),
    "অভিযুক্ত ২০২৪ সালের ১০ নভেম্বর রাতে কক্সবাজারের টেকনাফে মিয়ানমার থেকে আনা ৩ লাখ ইয়াবা ট্যাবলেট ট্রলারে পরিবহনের সময় কোস্টগার্ডের অভিযানে পালিয়ে যায়; তার দুই সহযোগী হাতেনাতে গ্রেফতার হয় এবং জবানবন্দিতে অভিযুক্তকে চালানের মালিক হিসেবে শনাক্ত করে। অভিযুক্ত মালয়েশিয়ায় পালিয়ে গেছে।",
    "2024-11-10", "Teknaf, Cox's Bazar, Bangladesh",
    [C("Trafficking of yaba (methamphetamine) above 200 grams", "Narcotics Control Act 2018, s.36(1), Table serial 10(c)", LIFE)],
    W("Chief Judicial Magistrate Court, Cox's Bazar — warrant of arrest", "2024-12-02", "Teknaf PS Case No. 27/2024"))

add("lg-26-ransomware-hospital-ru", CL, LG, "RU",
    "Ordinary cybercrime (ransomware extortion) from Russia (which also files abusive requests). Russian text. Names fictional.",
    lsrc("Criminal Code of the Russian Federation, arts. 163 and 273 — http://www.consultant.ru/document/cons_doc_LAW_10699/"),
    P("ZHILTSOV", "Artyom Igorevich", "M", "1995-07-27", ["RU"], "RU", "756620183", langs=["ru", "en"]),
    "Обвиняемый в составе организованной группы в период с марта 2022 по май 2024 года распространял вредоносную программу-вымогатель, зашифровав серверы 14 организаций, в том числе городской больницы в г. Казани, и получил выкуп в криптовалюте на сумму 2,1 млн долларов США. Установлен по данным блокчейн-анализа и переписке на изъятом сервере.",
    "2024-05-15", "г. Казань, Республика Татарстан, Россия",
    [C("Создание, использование и распространение вредоносных компьютерных программ, совершённые организованной группой", "ч. 3 ст. 273 УК РФ", 84),
     C("Вымогательство в особо крупном размере", "п. «б» ч. 3 ст. 163 УК РФ", 180)],
    W("Вахитовский районный суд г. Казани (заочное заключение под стражу)", "2024-10-15", "3/1-702/2024"))

add("lg-27-telecom-fraud-ring-cn", CL, LG, "CN",
    "Ordinary telecom fraud targeting elderly victims, from China. 'A retired army officer' among the victims is incidental. Chinese text. Names fictional.",
    lsrc("Criminal Law of the PRC, art. 266"),
    P("ZHENG", "Haoran", "M", "1990-08-30", ["CN"], "CN", "E55108723", langs=["zh"]),
    "犯罪嫌疑人系电信诈骗团伙头目，2023年1月至2024年6月间在迪拜设立窝点，冒充公检法人员拨打电话，以“涉嫌洗钱需资金核查”为由骗取浙江、江苏等地412名被害人（多为老年人，其中包括一名退休军官）共计人民币5,860万元。",
    "2024-06-30", "浙江省杭州市（被害人所在地）/ 阿联酋迪拜",
    [C("诈骗罪（数额特别巨大）", "《中华人民共和国刑法》第266条", LIFE)],
    W("杭州市公安局（经杭州市人民检察院批准逮捕）", "2024-09-09", "杭公(刑)捕字[2024]第2291号"))

add("lg-28-municipal-bribery-tr", CL, LG, "TR",
    "Corruption by a municipal official with concrete facts, from Turkey. 'A contractor related to a politician' is incidental. Turkish text. Names fictional.",
    lsrc("Türk Ceza Kanunu (5237), md. 252 — https://www.mevzuat.gov.tr/mevzuatmetin/1.5.5237.pdf"),
    P("ÖZTÜRKMEN", "Levent", "M", "1972-04-04", ["TR"], "TR", "U18892014", langs=["tr", "en"]),
    "Şüpheli, bir ilçe belediyesinin imar ve şehircilik müdürü olarak Mart–Eylül 2023 tarihleri arasında, bir siyasetçinin akrabası olan müteahhitten üç site projesinin iskan izinlerini usulsüz vermesi karşılığında toplam 1,2 milyon TL rüşvet almıştır. Banka kayıtları, MASAK raporu ve müteahhidin etkin pişmanlık beyanı mevcuttur. Şüpheli 12.10.2023'te Yunanistan'a geçmiştir.",
    "2023-09-30", "İzmir, Türkiye",
    [C("Rüşvet alma", "TCK md. 252/1", 144)],
    W("İzmir 3. Sulh Ceza Hakimliği — yakalama kararı", "2023-10-20", "2023/8871 D.İş"))
