from h import *
HD = "hard"; RV = "review"

# h01 large bank fraud; CCF deleted notice over rendition/abduction risk (IN)
add("hd-01-bank-fraud-rendition-risk-in", RV, HD, "IN",
    "HARD: modelled on the Punjab National Bank fraud fugitive (Mehul Choksi): Red Notice published 2018 at CBI/ED request, his challenge rejected 2020, then deleted by the CCF in November 2022 after an alleged abduction attempt from Antigua to Dominica (Art. 2 / fair-trial and rendition-risk reasoning); CBI called the deletion 'conjectures' and sought revision. The offence is a concrete ordinary financial crime with court warrants, so a machine should not refuse, but documented Art. 2 concerns mean it should not simply clear. Names fictional.",
    ["https://www.livemint.com/news/cbi-seeks-restoration-of-red-notice-against-mehul-choksi-11679392389691.html",
     "https://www.freepressjournal.in/business/pnb-scam-interpols-decision-to-remove-mehul-choksi-from-red-corner-notice-faulty"],
    P("PAREKH", "Hitesh Kantilal", "M", "1959-05-05", ["AG"], "IN", "AG0193377", "AG", langs=["gu", "hi", "en"]),
    "Between 2011 and January 2018 the accused, promoter of a jewellery group, conspired with officials of a public-sector bank's Brady House branch, Mumbai, to obtain 143 fraudulent Letters of Undertaking without sanctioned limits or cash margin, used to raise buyer's credit from overseas branches of Indian banks; the resulting wrongful loss to the bank is about INR 6,345 crore. Proceeds were layered through shell companies in Hong Kong and Dubai. He left India on 4 January 2018.",
    "2018-01-04", "Brady House branch, Fort, Mumbai, Maharashtra, India",
    [C("Criminal conspiracy and cheating", "s.120-B r/w s.420 Indian Penal Code 1860", 84),
     C("Criminal misconduct by public servant (abetment)", "s.13(2) r/w s.13(1)(d) Prevention of Corruption Act 1988", 120),
     C("Money laundering", "s.3 r/w s.4 Prevention of Money Laundering Act 2002", 84)],
    W("Special CBI Court, Greater Mumbai — non-bailable warrant", "2018-02-19", "RC-BS1/2018/E/0003"))

# h02 bank fraud by an opposition party leader; CCF found request compliant (MD)
add("hd-02-bank-fraud-opposition-leader-md", RV, HD, "MD",
    "HARD: modelled on the Moldovan '$1 billion bank fraud' case against a businessman who later led an opposition party (Ilan Shor), convicted in absentia to 15 years (Chișinău Court of Appeal, 13 April 2023); per Moldova's Interpol NCB head, the CCF declared Moldova's request compliant in 2021, while Russia invoked Art. 3 to decline cooperation (Gazzetta Italo-Moldova; ZdG) — the CCF decision itself is UNVERIFIED from a primary text. Ordinary economic crime with a political overlay. SentenceEnforcement; Romanian text. Names fictional.",
    ["https://gazzettaitalomoldova.md/viorel-tentiu-interpol-moldova-aberrante-la-risposta-della-russia-su-ilan-shor",
     "https://zdg.md/en/ilan-shor-left-again-for-moscow-two-days-ago-according-to-the-head-of-the-igp"],
    P("LEVINSCHI", "Marat", "M", "1987-03-06", ["MD", "IL"], "IL", "AB0442198", "MD", langs=["ro", "ru", "he"]),
    "Condamnatul, în calitate de președinte al consiliului unei bănci comerciale și beneficiar efectiv al unui grup de societăți, a organizat în perioada 2012–noiembrie 2014 acordarea de credite fără garanții reale către societăți afiliate și transferul fondurilor în conturi din străinătate, cauzând trei bănci un prejudiciu de aproximativ 13,3 miliarde lei (circa 1 miliard USD). A fost condamnat în lipsă la 15 ani închisoare.",
    "2014-11-24", "Chișinău, Republica Moldova",
    [C("Escrocherie în proporții deosebit de mari", "art. 190 alin. (5) Cod penal al Republicii Moldova", 180),
     C("Spălarea banilor în proporții deosebit de mari", "art. 243 alin. (3) lit. b) Cod penal al Republicii Moldova", 120)],
    W("Curtea de Apel Chișinău — sentință de condamnare și mandat de arestare", "2023-04-13", "1a-1112/2021"),
    wanted="Sentence", imposed=180, remaining=180)

# h03 state-company losses by a former official who sought asylum (VN)
p_h03 = P("LÊ", "Quang Định", "M", "1966-02-13", ["VN"], "VN", "B4421889", langs=["vi", "de"])
add("hd-03-state-company-losses-asylum-pending-vn", RV, HD, "VN",
    "HARD: modelled on a former head of a PetroVietnam construction subsidiary and former provincial vice-chairman (Trịnh Xuân Thanh), accused of ~US$150m losses, who sought asylum in Germany and was abducted from Berlin in July 2017 by Vietnamese agents (Germany expelled an intelligence officer); later sentenced to life. Real economic-crime allegations, but intra-party purge context, death-penalty exposure (embezzlement) and a pending (unconfirmed) asylum claim — human review. Names fictional.",
    ["https://www.reuters.com/article/uk-germany-vietnam-berlin-idUKKBN1AJ28W?edition-redirect=uk",
     "http://www.straitstimes.com/world/europe/germany-expels-vietnams-intelligence-officer-over-alleged-kidnap-of-vietnamese-man"],
    p_h03,
    "Bị can, nguyên Chủ tịch HĐQT một tổng công ty xây lắp thuộc tập đoàn dầu khí nhà nước, trong giai đoạn 2009–2013 đã chỉ đạo ký kết các hợp đồng tổng thầu và tạm ứng vốn trái quy định cho các dự án nhiệt điện, gây thiệt hại cho Nhà nước hơn 3.300 tỷ đồng; đồng thời cùng đồng phạm chiếm đoạt 14 tỷ đồng từ hợp đồng xây lắp. Tháng 9/2016 bị can bỏ trốn ra nước ngoài.",
    "2013-06-30", "Hà Nội, Việt Nam",
    [C("Cố ý làm trái quy định của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng", "Điều 165 Bộ luật Hình sự 1999", 240),
     C("Tham ô tài sản", "Điều 353 khoản 4 Bộ luật Hình sự 2015", LIFE)],
    W("Cơ quan CSĐT Bộ Công an — Quyết định truy nã và lệnh bắt bị can (VKSND tối cao phê chuẩn)", "2016-09-16", "TN-0917/C46"),
    protected=[PR(p_h03, "Asylum", ["VN"], confirmed=False)])

# h04 corruption charges against a former minister after a military takeover (ZW)
add("hd-04-former-minister-after-coup-zw", RV, HD, "ZW",
    "HARD: modelled on Zimbabwe's requests (2018–2020) for red notices against ex-ministers of the Mugabe government who fled during the November 2017 military takeover (e.g. Saviour Kasukuwere, Walter Mzembi, Jonathan Moyo); Interpol declined at least one under Art. 3 citing 'the status of the person... the general context of the case'. Concrete abuse-of-office facts, but charges brought by the new power holders against a rival faction. Names fictional.",
    ["https://www.thezimbabwemail.com/law-crime/interpol-declines-zimbabwe-requests-to-arrest-former-mugabe-ministers/",
     "https://zimlive.com/zimbabwe-applies-to-interpol-for-arrest-of-former-minister-mzembi"],
    P("MAVHUNGA", "Tichaona Farai", "M", "1970-09-09", ["ZW"], "ZW", "FN558120", langs=["sn", "en"]),
    "The accused, then Minister of Local Government, on 14 March 2016 directed the City of Harare to allocate 7 serviced residential stands in Borrowdale to companies owned by his associates at a fraction of their value, overriding the council's tender committee; the council suffered a prejudice of US$2.1 million. He left Zimbabwe on 15 November 2017 and did not attend court.",
    "2016-03-14", "Harare, Zimbabwe",
    [C("Criminal abuse of duty as a public officer", "s.174 Criminal Law (Codification and Reform) Act [Chapter 9:23]", 180),
     C("Fraud", "s.136 Criminal Law (Codification and Reform) Act [Chapter 9:23]", 420)],
    W("Harare Magistrates' Court — warrant of arrest", "2018-05-02", "CRB HRE P 1187/18"))

# h05 former intelligence official, embezzlement, via diffusion (SA)
add("hd-05-former-intel-official-embezzlement-diffusion-sa", RV, HD, "SA",
    "HARD: modelled on Saudi Arabia's 2017 diffusion (not a Red Notice) against a former senior intelligence official in Canada (Saad Aljabri), accused of corruption after a palace change; per the New York Times (reported by Alnas/Middle East Eye) an Interpol commission found it politically motivated in July 2018 and cited lack of procedural guarantees. On paper a concrete embezzlement case; context (former official after a change of power, family members detained) requires a human. colour = Diffusion. Figures are fictional. Names fictional.",
    ["https://alnas.fr/actualite/politique/interpol-rejette-la-demande-saoudienne-dextrader-son-ancien-chef-du-renseignement",
     "https://monitordooriente.com/20200707-arabia-saudita-pressiona-o-canada-a-extraditar-ex-agente/amp"],
    P("AL-ZAHRANI", "Fahd Saleh", "M", "1959-01-26", ["SA"], "SA", "P0771208", langs=["ar", "en"]),
    "استغل المتهم بحكم عمله مسؤولاً رفيعاً في جهاز أمني خلال الفترة من 2008 إلى 2017 صلاحياته في الإشراف على صندوق مخصص لبرامج مكافحة الإرهاب، فأبرم عقوداً صورية مع شركات واجهة يملكها أقاربه وحوّل منها مبالغ تقارب 3.2 مليار ريال إلى حسابات خارج المملكة، ثم غادر البلاد في مايو 2017.",
    "2017-05-17", "الرياض، المملكة العربية السعودية",
    [C("اختلاس المال العام والتربح من الوظيفة", "المرسوم الملكي رقم 43 لعام 1377هـ، المادة 2", 120),
     C("غسل الأموال", "نظام مكافحة غسل الأموال (المرسوم الملكي م/20 لعام 1439هـ)، المادة 26", 120)],
    W("النيابة العامة — أمر قبض صادر بموافقة المحكمة الجزائية المتخصصة بالرياض", "2017-10-02", "1439/ق ج/0094"),
    colour="Diffusion")

# h06 crimes against humanity by an ousted head of government (BD)
add("hd-06-crimes-against-humanity-ousted-leader-bd", RV, HD, "BD",
    "HARD: modelled on Bangladesh's 2024–2025 requests for Red Notices against the ousted Prime Minister (Sheikh Hasina) and associates, based on International Crimes Tribunal warrants for crimes against humanity over the July–August 2024 crackdown (reported 700+ deaths). Crimes against humanity are processable, but the request follows a change of government, before a tribunal previously criticised for fair-trial standards, with death-penalty exposure. Bengali text. Names fictional.",
    ["https://www.hindustantimes.com/world-news/bangladesh-govt-to-seek-interpols-help-to-repatriate-sheikh-hasina-from-india-101731236592293.html",
     "https://vnewsbd.com/ict-prosecution-wants-interpol-red-notice-against-hasina/"],
    P("RAHMAN", "Sultana Ferdousi", "F", "1947-09-28", ["BD"], "BD", "BH0012244", langs=["bn", "en"]),
    "২০২৪ সালের জুলাই–আগস্টে বৈষম্যবিরোধী ছাত্র আন্দোলন দমনে অভিযুক্ত সরকারপ্রধান হিসেবে আইনশৃঙ্খলা বাহিনীকে আন্দোলনকারীদের ওপর প্রাণঘাতী অস্ত্র ব্যবহারের নির্দেশ দেন এবং হেলিকপ্টার থেকে গুলিবর্ষণ অনুমোদন করেন; এতে ঢাকা, রংপুর ও অন্যান্য স্থানে কয়েকশ নিরস্ত্র মানুষ নিহত হন। অভিযুক্ত ৫ আগস্ট ২০২৪ দেশ ত্যাগ করেন।",
    "2024-08-05", "Dhaka and other districts, Bangladesh",
    [C("Crimes against humanity (murder, extermination) and abetment", "International Crimes (Tribunals) Act 1973, s.3(2)(a) and s.4(2)", LIFE)],
    W("International Crimes Tribunal-1, Dhaka — warrant of arrest", "2024-10-17", "ICT-BD Misc. Case No. 01/2024"))

# h07 war crimes by a former guerrilla commander acquitted by the ICTY (RS)
add("hd-07-war-crimes-ex-guerrilla-commander-rs", RV, HD, "RS",
    "HARD: modelled on the January 2017 arrest in France of a former KLA commander and ex-Prime Minister of Kosovo (Ramush Haradinaj) on a 2004 Serbian warrant for war crimes against civilians in 1998–99, after he had been acquitted twice by the ICTY; the French court refused extradition. War crimes are processable, but ne bis in idem, the armed-conflict/political context and Serbia–Kosovo relations require a human. Nationality code XK (user-assigned, used for Kosovo). Names fictional.",
    ["https://exit.al/en/2017/01/06/france-starts-extradition-procedure-haradinaj/",
     "https://kosovotwopointzero.com//en/france-refuses-haradinajs-extradition-serbia"],
    P("GASHI", "Driton Bekim", "M", "1968-07-03", ["XK"], "XK", "P01188234", "XK", langs=["sq", "sr", "en"]),
    "Okrivljeni je, kao komandant operativne zone tzv. OVK, u periodu od marta do septembra 1998. godine u području Dečana i Đakovice naredio i učestvovao u protivpravnom zatvaranju, mučenju i ubistvima najmanje 40 civila srpske i romske nacionalnosti, čija su tela pronađena u kanalu Radonjićko jezero.",
    "1998-09-09", "Dečani / Đakovica, Kosovo i Metohija",
    [C("Ratni zločin protiv civilnog stanovništva", "čl. 142 Krivičnog zakona SRJ (KZ SRJ)", 240),
     C("Terorizam", "čl. 125 KZ SRJ", 180)],
    W("Okružni sud u Beogradu — Veće za ratne zločine, naredba o raspisivanju poternice", "2004-11-18", "K.V. 21/2004"))

# h08 opposition politician after deadly unrest, terrorism + firearms (ET)
add("hd-08-unrest-opposition-terror-firearms-et", RV, HD, "ET",
    "HARD: modelled on the September 2020 Ethiopian charges against an opposition media-owner-turned-politician (Jawar Mohammed) and 23 others — terrorism, telecom fraud and firearms — after the deadly unrest that followed the killing of singer Hachalu Hundessa; a police officer's death was linked to the confrontation; several firearms counts were later thrown out. Violent acts during unrest plus a clear political context. Names fictional.",
    ["https://nationalpost.com/pmn/news-pmn/crime-pmn/ethiopia-files-terrorism-charges-against-leading-opposition-activist",
     "https://kichuu.com/cases-against-jawar-mohamed-dropped/"],
    P("TOLA", "Gemechis Bekele", "M", "1986-05-12", ["ET"], "ET", "EP4412098", langs=["om", "am", "en"]),
    "On 30 June 2020, after the killing of a popular singer, the accused directed his armed bodyguards and supporters to stop the transfer of the body from Addis Ababa to Ambo; in the ensuing confrontation at the Oromo Cultural Centre, Addis Ababa, a Federal Police officer was shot dead. Eleven unlicensed rifles and radio equipment were seized from vehicles under his control. ተከሳሹ ከፌዴራል ፖሊስ አባል ሞት ጋር በተያያዘ ይፈለጋል።",
    "2020-06-30", "Oromo Cultural Centre, Addis Ababa, Ethiopia",
    [C("Terrorist act causing death", "Prevention and Suppression of Terrorism Crimes Proclamation No. 1176/2020, art. 3", LIFE),
     C("Illegal possession of firearms", "Firearm Administration and Control Proclamation No. 1177/2020, art. 22", 120)],
    W("Federal High Court, Lideta Division, Addis Ababa", "2020-09-21", "FHC-CR-252/2012 E.C."))

# h09 member of an armed and political organisation, attack on a gendarmerie post (TR)
add("hd-09-armed-group-attack-gendarmerie-tr", RV, HD, "TR",
    "HARD: terrorism charge against a member of a group that is both armed and political (PKK). INTERPOL may process terrorism requests with violent acts (AGN/53/RES/7, reference notes), but the target is a military post in an armed-conflict context and Turkey also files many abusive terrorism requests; specifics (date, place, victims, evidence) are present. Pattern case, not a single documented Interpol case — UNVERIFIED as a specific case. Names fictional.",
    ["https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution",
     "Türk Ceza Kanunu (5237), md. 82 ve md. 314; 3713 sayılı TMK md. 3 — https://www.mevzuat.gov.tr/mevzuatmetin/1.5.5237.pdf"],
    P("AKDAĞ", "Rojhat", "M", "1990-02-11", ["TR"], "TR", "U30881276", langs=["ku", "tr"]),
    "Şüpheli, silahlı terör örgütünün kırsal kadrosunda yer alarak 11.09.2016 günü saat 02:30 sıralarında Hakkari ili Yüksekova ilçesindeki jandarma karakoluna roketatar ve uzun namlulu silahlarla düzenlenen saldırıya katılmış, saldırıda iki er hayatını kaybetmiş, beş asker yaralanmıştır. Kimliği itirafçı beyanı, HTS kayıtları ve olay yerinde ele geçen DNA ile tespit edilmiştir.",
    "2016-09-11", "Yüksekova, Hakkari, Türkiye",
    [C("Terör amacıyla birden fazla kişiyi kasten öldürme", "TCK md. 82/1-a-f, 3713 sayılı TMK md. 3 ve 5", LIFE),
     C("Silahlı terör örgütüne üyelik", "TCK md. 314/2", 180)],
    W("Hakkari Sulh Ceza Hakimliği — yakalama kararı", "2017-01-09", "2017/18 D.İş"))

# h10 journalist charged with tax evasion with specifics (AZ)
add("hd-10-journalist-tax-evasion-specific-az", RV, HD, "AZ",
    "HARD: a journalist charged with ordinary tax offences with specific amounts. Modelled on the 2015 conviction of an investigative journalist (Khadija Ismayilova) for large-scale tax evasion and illegal entrepreneurship tied to running the Baku bureau of a foreign broadcaster; the ECtHR (Ismayilova v. Azerbaijan no. 4, judgment 27 Jan 2026) found the conviction arbitrary and in breach of Art. 18+10. The request text alone looks ordinary; a reviewer must weigh that judgment. Azerbaijani Criminal Code penalty maxima UNVERIFIED. Names fictional.",
    ["https://oc-media.org/journalist-khadija-ismail-wins-legal-battle-against-azerbaijan-at-echr",
     "https://app.lexploria.com/document/927769-ismayilova-v-azerbaijan-and-1-other-application"],
    P("MƏMMƏDLİ", "Nərgiz Vaqif qızı", "F", "1976-05-27", ["AZ"], "AZ", "C02290117", langs=["az", "en", "ru"]),
    "Təqsirləndirilən şəxs 2018–2022-ci illərdə xarici media təşkilatının Bakıdakı nümayəndəliyinə rəhbərlik edərkən dövlət qeydiyyatı olmadan sahibkarlıq fəaliyyəti ilə məşğul olmuş, 14 işçini mülki-hüquqi müqavilələrlə işə götürərək ödənilmiş 1 184 000 manat məbləğində gəlir üzrə gəlir vergisi və sosial sığorta haqlarını (cəmi 212 600 manat) büdcəyə ödəməmişdir. Bank çıxarışları və Vergilər Nazirliyinin səyyar yoxlama aktı ilə təsdiq edilir.",
    "2022-12-31", "Bakı, Azərbaycan",
    [C("Vergi ödəməkdən yayınma (xüsusilə külli miqdarda)", "AR Cinayət Məcəlləsi, maddə 213.2.2", 60),
     C("Qanunsuz sahibkarlıq (külli miqdarda gəlir götürməklə)", "AR Cinayət Məcəlləsi, maddə 192.2.2", 60)],
    W("Bakı şəhəri Xətai rayon məhkəməsi (qiyabi həbs)", "2023-06-14", "4(008)-377/2023"))

# h11 channel admin who coordinated arson during violent unrest (KZ)
add("hd-11-violent-unrest-arson-coordination-kz", RV, HD, "KZ",
    "HARD: violent acts during a protest. Modelled on Kazakhstan's January 2022 ('Qandy Qantar') prosecutions: authorities say a Telegram channel created on 4 January 2022 distributed instructions for barricades and Molotov cocktails and streamed attacks on state buildings (QazaqTV); the Almaty akimat was burned. Real violence, but peaceful protests preceded it, the state's 'attempted coup' narrative and torture allegations require a human. Names fictional.",
    ["https://qazaqtv.com/amp/en/news/society/19660-suspect-in-organizing-january-riots-arrested",
     "https://astanatimes.com/2025/01/final-verdict-delivered-in-kazakhstans-2022-january-unrest-45-sentenced"],
    P("ZHUMABEKOV", "Daniyar Asqaruly", "M", "1996-10-18", ["KZ"], "KZ", "N13377120", langs=["kk", "ru"]),
    "Обвиняемый 04.01.2022 создал Telegram-канал, в котором в течение нескольких часов разместил подробные инструкции по изготовлению бутылок с зажигательной смесью и возведению баррикад, а 05.01.2022 координировал движение группы лиц, осуществивших поджог здания акимата г. Алматы и трёх патрульных автомобилей; ущерб — 2,4 млрд тенге. Айыпталушы қаңтар оқиғалары кезінде өртеуді үйлестірді.",
    "2022-01-05", "пл. Республики, г. Алматы, Казахстан",
    [C("Организация массовых беспорядков, сопровождавшихся поджогами", "ч. 1 ст. 272 УК Республики Казахстан", 120),
     C("Умышленное уничтожение чужого имущества путём поджога", "ч. 2 ст. 202 УК Республики Казахстан", 120)],
    W("Следственный суд г. Алматы (арест заочно)", "2022-03-10", "7594-22-00-1к/201"))

# h12 former prime minister's conviction after a coup (TH)
add("hd-12-ex-pm-conviction-after-coup-th", RV, HD, "TH",
    "HARD: corruption-type conviction of a former head of government after a change of government. Modelled on the October 2008 conviction in absentia of an ex-Prime Minister ousted by the 2006 coup (Thaksin Shinawatra) to two years by the Supreme Court's Criminal Division for Holders of Political Positions under s.100 of the National Counter Corruption Act over his wife's purchase of state land (Ratchadaphisek case), after investigation by a junta-appointed committee; he called it politically motivated. Concrete facts and a court judgment, but a political context. SentenceEnforcement (24 months). Names fictional.",
    ["http://taipeitimes.com/News/world/archives/2008/10/22/2003426625",
     "https://twocircles.net/2008oct21/thai_supreme_court_jails_thaksin_two_years.html?p=111696"],
    P("CHAIWATTANA", "Surachet", "M", "1951-07-26", ["TH"], "TH", "AA0031877", langs=["th", "en"]),
    "The convicted person, while Prime Minister, allowed his spouse to enter into a contract to purchase 33 rai of land on Ratchadaphisek Road, Bangkok, at a state auction held on 30 December 2003 by a fund under the supervision of the Bank of Thailand, a State agency under his supervision, in breach of the prohibition on political office holders and spouses contracting with such agencies. Sentenced to two years' imprisonment without suspension.",
    "2003-12-30", "Bangkok, Thailand",
    [C("Political office holder (or spouse) contracting with a State agency under his supervision", "s.100 and s.122 Organic Act on Counter Corruption B.E. 2542 (1999)", 36)],
    W("Supreme Court's Criminal Division for Holders of Political Positions", "2008-10-21", "Aor.Mor.1/2550"),
    wanted="Sentence", imposed=24, remaining=24)
