"""Legitimate requests: the careful reviewer should CLEAR them (publish)."""
from common import C, P, W, ch, prior, prot, S_NOTICES, S_ART83, S_REPO, S_NEUTRAL

K = "clear"
CASES = []
add = CASES.append
S_AGN53 = "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"

# 1 Russia: robbery-murder of a pensioner
p = P("Kuznetsov", "Artyom Viktorovich", "M", "1996-03-14", "RU", ("Passport", "28 17 449102"), "ru")
add(C("lg-01-ru-pensioner-robbery-murder-tver", K, "RU",
      "Ordinary violent crime from a state that also files abusive requests; specific facts, forensic evidence, no political element.",
      [S_NOTICES, S_ART83], p,
      "11.01.2025 около 19:30 Кузнецов А.В., находясь в квартире потерпевшей Соколовой Н.П., 1941 г.р., по адресу г. Тверь, ул. Склизкова, д. 48, с целью хищения денежных средств нанёс ей не менее шести ударов молотком по голове, причинив смерть на месте, и похитил 212 000 руб. и ювелирные изделия. На месте обнаружены следы крови и отпечатки пальцев, совпавшие с дактилокартой Кузнецова. 14.01.2025 выехал через Беларусь, местонахождение неизвестно.",
      "2025-01-11", "Tver, Russian Federation",
      [ch("Убийство, сопряжённое с разбоем", "п. «з» ч. 2 ст. 105 УК РФ", 1200),
       ch("Разбой с причинением тяжкого вреда здоровью", "ч. 4 ст. 162 УК РФ", 180)],
      W("ArrestWarrant", "Заволжский районный суд г. Твери", "2025-02-03", "3/1-22/2025")))

# 2 China: ketamine lab, resubmitted with complete facts after an earlier refusal for missing data
p = P("Chen", "Weiming", "M", "1979-09-02", "CN", ("Passport", "EH3371904"), "zh en", aliases=(("Tan", "Wai Ming"),))
pr = P("Chen", "Weiming", "M", "1979-09-02", "CN", ("Passport", "EH3371904"), "zh en")
add(C("lg-02-cn-ketamine-lab-guangdong-resubmitted", K, "CN",
      "Drug manufacturing from a state with a record of political requests; the earlier refusal was for missing judicial data (no time/place/role), not for Art. 3. The resubmission now gives specific facts, seizures and roles. The prior refusal should not by itself block publication.",
      [S_NOTICES, S_ART83], p,
      "2023年5月至2024年2月，犯罪嫌疑人陈伟明伙同他人在广东省陆丰市碣石镇租用养殖场厂房，购置反应釜等设备，组织工人制造氯胺酮。2024年2月27日公安机关现场查获氯胺酮成品412.6千克、半成品及制毒原料羟亚胺1.3吨，抓获同案犯6名。同案犯供述及资金流水证实陈伟明出资并负责销售。陈伟明于2024年2月经深圳罗湖口岸出境。",
      "2024-02-27", "Lufeng, Guangdong Province, China",
      [ch("制造毒品罪", "《中华人民共和国刑法》第三百四十七条第二款第（一）项", 1200)],
      W("ArrestWarrant", "汕尾市人民检察院批准逮捕", "2024-04-18", "汕检刑捕〔2024〕117号"),
      priors=[prior("NDTF/2024/CN/1183", pr, "2024-06-02T09:15:00Z", "Request refused for insufficient judicial data: summary of facts did not state time, place or the person's role (Art. 83(2)(b)).")]))

# 3 Egypt: premeditated murder of wife
p = P("Abdel-Maksoud", "Tarek Gamal", "M", "1986-06-30", "EG", ("Passport", "A21908117"), "ar")
add(C("lg-03-eg-wife-killing-premeditated", K, "EG",
      "Domestic homicide with forensic evidence; the possible death penalty is an extradition-stage issue, not a bar to publication. Requester also files abusive requests.",
      [S_NOTICES, S_ART83], p,
      "في يوم 3/9/2024 بدائرة قسم ثان المحلة الكبرى قتل المتهم زوجته/ سارة محمود عبد الحميد عمداً مع سبق الإصرار بأن طعنها بسكين عدة طعنات في الصدر والرقبة إثر خلافات زوجية، وأثبت تقرير الصفة التشريحية سبب الوفاة، وشهد نجل المجني عليها برؤيته للواقعة، ثم فر المتهم إلى ليبيا عبر منفذ السلوم.",
      "2024-09-03", "El Mahalla El Kubra, Gharbia Governorate, Egypt",
      [ch("القتل العمد مع سبق الإصرار", "المادتان 230 و231 من قانون العقوبات", 1200)],
      W("ArrestWarrant", "نيابة ثان المحلة الكبرى الكلية", "2024-09-10", "جناية 14211 لسنة 2024")))

# 4 Saudi Arabia: off-plan housing fraud
p = P("Al-Qahtani", "Nawaf Saleh Mubarak", "M", "1981-01-21", "SA", ("Passport", "V8812053"), "ar en")
add(C("lg-04-sa-homebuyer-deposits-fraud", K, "SA",
      "Large-scale fraud with many identified victims and a paper trail; not a private dispute between two parties.",
      [S_NOTICES, S_ART83], p,
      "قام المطلوب بصفته مالك مؤسسة (دار الإعمار للتطوير العقاري) خلال الفترة 2022-2023 باستلام دفعات مقدمة من 312 مشترياً لوحدات سكنية على المخطط في حي الرمال بالرياض بلغ مجموعها (61,400,000) ريال، دون الحصول على ترخيص البيع على الخارطة ودون تنفيذ أي أعمال إنشائية، وحوّل المبالغ إلى حسابات خارجية ثم غادر المملكة في 2/2024.",
      "2023-12-31", "Riyadh, Kingdom of Saudi Arabia",
      [ch("الاحتيال المالي والاستيلاء على أموال الغير", "المادة 1 من نظام مكافحة الاحتيال المالي وخيانة الأمانة 1442هـ", 84),
       ch("غسل الأموال", "المادة 26 من نظام مكافحة غسل الأموال 1439هـ", 180)],
      W("ArrestWarrant", "النيابة العامة - دائرة الجرائم المالية بالرياض", "2024-04-03", "45/ج م/1445/3081")))

# 5 Iran: acid attack
p = P("Moradi", "Saeed Ali", "M", "1994-04-04", "IR", ("Passport", "P93318071"), "fa")
add(C("lg-05-ir-acid-attack-former-fiancee", K, "IR",
      "Serious violent crime against a woman, with witnesses and medical evidence; requester has abusive record but this is an ordinary-law crime. Qisas/retribution sentencing is an extradition-stage Art. 2 question, not a bar to processing.",
      [S_NOTICES, S_REPO], p,
      "متهم سعید مرادی در تاریخ ۱۴۰۳/۰۲/۱۸ حوالی ساعت ۸ صبح در خیابان وکیل‌آباد مشهد به دلیل بهم خوردن نامزدی، اسید سولفوریک را بر صورت و دست خانم م.ر. پاشیده که منجر به نابینایی یک چشم و سوختگی درجه سه گردیده است. دوربین‌های مداربسته و دو شاهد عینی وقوع جرم را تأیید کرده‌اند. متهم از طریق مرز بازرگان به ترکیه گریخته است.",
      "2024-05-07", "Mashhad, Khorasan Razavi, Islamic Republic of Iran",
      [ch("ایراد صدمه عمدی با اسید", "ماده واحده قانون تشدید مجازات اسیدپاشی ۱۳۹۸ و ماده ۲۹۰ ق.م.ا", 300)],
      W("ArrestWarrant", "دادسرای عمومی و انقلاب مشهد - شعبه ۱۲ بازپرسی", "2024-06-02", "۱۴۰۳-۴۴۱۹۲۸")))

# 6 Türkiye: femicide
p = P("Demir", "Oğuzhan", "M", "1988-08-08", "TR", ("Pasaport", "U19947735"), "tr")
add(C("lg-06-tr-femicide-ex-husband-izmir", K, "TR",
      "Homicide of a former spouse with CCTV and ballistic evidence; Türkiye files many political requests but this one is purely ordinary.",
      [S_NOTICES, S_ART83], p,
      "Şüpheli, 22.03.2025 tarihinde saat 17:40 sıralarında İzmir Karşıyaka'da boşandığı eşi Elif Demir'i çalıştığı kuaför salonunun önünde ruhsatsız tabanca ile başına ve göğsüne ateş ederek öldürmüş, olay güvenlik kameralarınca kaydedilmiştir. Şüpheli aynı gece Çeşme'den tekneyle Yunanistan'a kaçmıştır.",
      "2025-03-22", "Karşıyaka, İzmir, Türkiye",
      [ch("Kasten öldürme (boşandığı eşe karşı)", "TCK m. 82/1-d", 1200),
       ch("Ruhsatsız silah taşıma", "6136 sayılı Kanun m. 13", 60)],
      W("ArrestWarrant", "Karşıyaka 2. Sulh Ceza Hakimliği", "2025-03-24", "2025/1877 D.İş")))

# 7 Belarus: counterfeit cancer drugs
p = P("Hrynevich", "Andrei Pavlavich", "M", "1983-12-19", "BY", ("Passport", "MC2281093"), "be ru")
add(C("lg-07-by-counterfeit-oncology-drugs", K, "BY",
      "Counterfeit medicines harming patients: ordinary serious crime from a state under heightened scrutiny. Nothing suggests political status of the person (pharmacy wholesaler).",
      [S_NOTICES, S_ART83], p,
      "Грыневіч А.П., кіраўнік ТАА «ФармЛогістык», у перыяд са студзеня 2023 па чэрвень 2024 г. арганізаваў закупку і рэалізацыю ў аптэчную сетку 4 870 упаковак фальсіфікаваных супрацьпухлінных прэпаратаў (трастузумаб), якія не ўтрымлівалі дзеючага рэчыва; выяўлена 37 пацыентаў, якія атрымлівалі прэпарат. Даход склаў 1,9 млн BYN.",
      "2024-06-30", "Minsk, Republic of Belarus",
      [ch("Махлярства ў асабліва буйным памеры", "арт. 209 ч. 4 КК Рэспублікі Беларусь", 120),
       ch("Абарот фальсіфікаваных лекавых сродкаў", "арт. 333-2 КК Рэспублікі Беларусь", 120)],
      W("ArrestWarrant", "Следчы камітэт Рэспублікі Беларусь, санкцыя пракурора г. Мінска", "2024-09-05", "№ 24181001377")))

# 8 Venezuela: gang extortion and homicide
p = P("Guerrero Rondón", "Yonaiker José", "M", "1997-05-12", "VE", ("Cédula", "V-25.771.903"), "es",
      aliases=(("Guerrero", "El Flaco"),))
add(C("lg-08-ve-extortion-gang-homicide-aragua", K, "VE",
      "Transnational gang extortion and homicide; requester files political requests, but facts here are ordinary organised crime with victims and forensic evidence.",
      [S_NOTICES, S_ART83], p,
      "El ciudadano GUERRERO RONDÓN, alias 'El Flaco', integrante de la estructura criminal denominada 'Tren de Aragua', el 17-08-2024 en el sector San Vicente de Maracay, en compañía de otros sujetos, dio muerte con arma de fuego al comerciante Luis Alberto Pérez (52) por negarse a pagar la 'vacuna' semanal exigida a los comercios de la zona. Peritajes balísticos y testigos lo identifican. Huyó hacia Colombia por Cúcuta.",
      "2024-08-17", "Maracay, estado Aragua, Venezuela",
      [ch("Homicidio calificado con alevosía y por motivos fútiles", "Art. 406 numeral 1 Código Penal", 360),
       ch("Extorsión", "Art. 16 Ley contra el Secuestro y la Extorsión", 180),
       ch("Asociación para delinquir", "Art. 37 LOCDOFT", 120)],
      W("ArrestWarrant", "Tribunal Tercero de Primera Instancia en Funciones de Control del Circuito Judicial Penal del estado Aragua", "2024-09-09", "3C-21.877-2024")))

# 9 Nicaragua: teacher, child sexual abuse
p = P("Mairena Téllez", "Osmar Antonio", "M", "1978-02-03", "NI", ("Pasaporte", "C01882047"), "es")
add(C("lg-09-ni-teacher-child-sexual-abuse", K, "NI",
      "Child sexual abuse with medical evidence and victim statements; from a state that also files abusive requests, but the person has no political profile.",
      [S_NOTICES, S_ART83], p,
      "El acusado, docente de educación primaria en la comarca Los Cedros, Masaya, entre marzo y octubre de 2024 abusó sexualmente en reiteradas ocasiones de tres alumnas de 9 y 10 años dentro del aula después del horario de clases. Dictámenes médico-legales y entrevistas forenses de las víctimas lo identifican. Salió del país hacia Costa Rica por Peñas Blancas el 20-10-2024.",
      "2024-10-15", "Masaya, Nicaragua",
      [ch("Violación agravada a menor de catorce años", "Arts. 168 y 169 Código Penal (Ley 641)", 240),
       ch("Abuso sexual", "Art. 172 Código Penal", 120)],
      W("ArrestWarrant", "Juzgado de Distrito Especializado en Violencia de Masaya", "2024-11-04", "000932-ORM5-2024-VD")))

# 10 Tajikistan: taxi driver murdered for his car
p = P("Sharipov", "Bakhtiyor Rahmonovich", "M", "1999-10-17", "TJ", ("Passport", "401118273"), "tg ru")
add(C("lg-10-tj-taxi-driver-murder-car-theft", K, "TJ",
      "Robbery-murder from a state known for abusive requests against opposition members; this person has no political link and the facts are forensic.",
      [S_NOTICES, S_ART83], p,
      "Шарипов Б.Р. 02.04.2025 дар ноҳияи Рӯдакӣ ронандаи такси Раҳимов С.-ро ба ҷои хилват бурда, бо корд 11 маротиба зада кушт ва автомашинаи «Opel Astra»-и ӯро рабуда, дар бозори Ҳисор фурӯхт. Мошин бо изҳои ангуштони ӯ ёфт шуд. 05.04.2025 тавассути фурудгоҳи Душанбе ба Федератсияи Россия баромад.",
      "2025-04-02", "Rudaki district, Tajikistan",
      [ch("Куштор бо мақсади ғоратгарӣ", "м. 104 қ. 2 б. «з» ҚҶ ҶТ", 300),
       ch("Ғоратгарӣ", "м. 249 қ. 4 ҚҶ ҶТ", 180)],
      W("ArrestWarrant", "Прокурори ноҳияи Рӯдакӣ (бо иҷозати суд)", "2025-04-21", "ПР-77/2025")))

# 11 Azerbaijan: fake jobs abroad
p = P("Mammadli", "Ramil Vagif oglu", "M", "1987-07-07", "AZ", ("Passport", "C01887315"), "az ru en")
add(C("lg-11-az-fake-jobs-abroad-fraud", K, "AZ",
      "Recruitment fraud with 140 identified victims; the requester has an abusive record but no journalist/opposition link exists and the facts are documented.",
      [S_NOTICES, S_ART83], p,
      "Məmmədli R.V. 2023-cü ilin mart-dekabr aylarında 'Global Career Group' adlı qeydiyyatsız agentlik vasitəsilə 140 nəfərə Polşa və Almaniyada işə düzəltmə vədi ilə hər birindən 3000-5000 manat, cəmi 498 000 manat almış, saxta iş dəvətnamələri təqdim etmiş və 2024-cü ilin yanvarında ölkəni tərk etmişdir.",
      "2023-12-31", "Baku, Republic of Azerbaijan",
      [ch("Xüsusilə külli miqdarda dələduzluq", "Cinayət Məcəlləsinin 178.4-cü maddəsi", 144),
       ch("Sənədi saxtalaşdırma", "Cinayət Məcəlləsinin 320.1-ci maddəsi", 24)],
      W("ArrestWarrant", "Bakı şəhəri Nəsimi Rayon Məhkəməsi", "2024-03-12", "4(006)-411/2024")))

# 12 Vietnam: online gambling ring, laundering
p = P("Nguyễn", "Văn Hùng", "M", "1985-01-30", "VN", ("Passport", "C8812045"), "vi en")
add(C("lg-12-vn-online-gambling-laundering-ring", K, "VN",
      "Organised illegal gambling and laundering on an industrial scale; Vietnam also files political requests (Art. 117), but this charge is ordinary.",
      [S_NOTICES, S_ART83], p,
      "Từ tháng 1/2022 đến tháng 5/2024, Nguyễn Văn Hùng cầm đầu đường dây tổ chức đánh bạc qua mạng với máy chủ đặt tại Campuchia, thu hút hơn 62.000 tài khoản tham gia với tổng số tiền giao dịch khoảng 9.800 tỷ đồng; sử dụng 311 tài khoản ngân hàng thuê mướn để rửa tiền. Ngày 20/5/2024 công an triệt phá đường dây, bắt 28 đối tượng; Hùng đã xuất cảnh trước đó.",
      "2024-05-20", "Ho Chi Minh City, Viet Nam",
      [ch("Tổ chức đánh bạc", "Điều 322 Bộ luật Hình sự 2015", 120),
       ch("Rửa tiền", "Điều 324 Bộ luật Hình sự 2015", 180)],
      W("ArrestWarrant", "Cơ quan CSĐT Công an TP. Hồ Chí Minh (phê chuẩn VKSND)", "2024-07-01", "1144/QĐ-CSHS")))

# 13 Thailand: forced labour on fishing trawler
p = P("Thongdee", "Somchai", "M", "1972-11-11", "TH", ("Passport", "AB7781290"), "th en")
add(C("lg-13-th-trawler-forced-labour-trafficking", K, "TH",
      "Trafficking in persons for forced labour at sea, with rescued victims' testimony; Thailand also files lèse-majesté requests but this is ordinary serious crime.",
      [S_NOTICES, S_ART83], p,
      "ระหว่างเดือนมกราคม 2566 ถึงกุมภาพันธ์ 2567 ผู้ต้องหาในฐานะไต้ก๋งเรือประมง 'ศรีสมุทร 9' ได้กักขังแรงงานชาวเมียนมา 14 คน ให้ทำงานบนเรือวันละ 20 ชั่วโมงโดยไม่จ่ายค่าจ้าง ยึดเอกสารประจำตัว และทำร้ายร่างกาย เป็นเหตุให้ลูกเรือ 1 คนเสียชีวิต เจ้าหน้าที่ช่วยเหลือผู้เสียหายได้ที่ท่าเรือสงขลา ผู้ต้องหาหลบหนีไปมาเลเซีย",
      "2024-02-14", "Songkhla, Thailand (at sea, Gulf of Thailand)",
      [ch("ค้ามนุษย์เป็นเหตุให้ผู้ถูกกระทำถึงแก่ความตาย", "พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551 มาตรา 6 และ 52", 1200)],
      W("ArrestWarrant", "ศาลอาญาคดีค้ามนุษย์", "2024-04-29", "หมายจับที่ คม.จ 44/2567")))

# 14 Pakistan: wife murder, fled to UK
p = P("Rasheed", "Kamran Ali", "M", "1990-05-15", ["PK", "GB"], ("Passport", "AG5518820"), "ur pa en",
      docs_extra=(("Passport", "558213977", "GB"),))
add(C("lg-14-pk-wife-murder-fled-abroad", K, "PK",
      "Domestic homicide of a British-Pakistani woman; autopsy and witness evidence; the husband fled to the UK. Ordinary crime; the awkward Urdu FIR wording ('honour') does not make it cultural.",
      [S_NOTICES, S_ART83], p,
      "As per FIR No. 388/2025 P.S. Saddar Jhelum, on 19.07.2025 the accused strangled his wife Mst. Ayesha Kamran (aged 27) at their house in Village Kala Gujran after a dispute over her wish to return to the UK, and tried to stage the death as a fall. The post-mortem report confirms manual strangulation; the victim's mother and a neighbour are eyewitnesses to the quarrel. The accused flew to Manchester on 21.07.2025.",
      "2025-07-19", "Jhelum, Punjab, Pakistan",
      [ch("Qatl-e-amd (intentional murder)", "S. 302 Pakistan Penal Code", 1200)],
      W("ArrestWarrant", "Sessions Court Jhelum", "2025-08-04", "Crl. Misc. 1121/2025")))

# 15 United States: darknet fentanyl vendor
p = P("Whitaker", "Cody James", "M", "1993-10-06", "US", ("Passport", "587731026"), "en")
add(C("lg-15-us-darknet-fentanyl-vendor", K, "US",
      "Drug trafficking causing death; federal indictment with undercover purchases.",
      [S_NOTICES, S_ART83], p,
      "Between February 2023 and August 2024 the defendant operated the darknet vendor account 'BlueBarnMeds', selling counterfeit oxycodone pills containing fentanyl to over 2,100 customers in 38 states. Undercover agents made 9 controlled purchases; one customer in Ohio died on 03/11/2024 after ingesting pills traced to the defendant's shipments. He left the United States for Mexico in September 2024.",
      "2024-08-31", "Columbus, Ohio, United States",
      [ch("Conspiracy to distribute fentanyl resulting in death", "21 U.S.C. §§ 841(a)(1), (b)(1)(C), 846", 1200),
       ch("Money laundering conspiracy", "18 U.S.C. § 1956(h)", 240)],
      W("ArrestWarrant", "U.S. District Court for the Southern District of Ohio", "2024-10-22", "2:24-cr-00198")))

# 16 UK: courier fraud against the elderly
p = P("Mensah-Hart", "Jordan Kwame", "M", "1995-12-01", "GB", ("Passport", "551998273"), "en")
add(C("lg-16-gb-courier-fraud-elderly-victims", K, "GB",
      "Organised fraud with 63 elderly victims and phone attribution evidence.",
      [S_NOTICES, S_ART83], p,
      "Between 1 March 2023 and 30 April 2024 the suspect directed a courier-fraud network that telephoned elderly victims posing as police officers, persuading them to hand over cash and bank cards to couriers. 63 victims aged 71-94 across London and Kent lost £1.48 million. Telephone attribution, cell-site data and a courier's evidence identify him as controller. He flew to Dubai on 2 May 2024.",
      "2024-04-30", "London and Kent, United Kingdom",
      [ch("Conspiracy to commit fraud by false representation", "s.1 Criminal Law Act 1977; s.2 Fraud Act 2006", 120),
       ch("Money laundering", "s.327 Proceeds of Crime Act 2002", 168)],
      W("ArrestWarrant", "Westminster Magistrates' Court", "2024-06-19", "WMC/2024/3377")))

# 17 France: rape of a minor (Diffusion)
p = P("Marchetti", "Julien Paul", "M", "1984-04-18", "FR", ("Passeport", "20CK18822"), "fr it")
add(C("lg-17-fr-rape-of-minor-fled-diffusion", K, "FR",
      "Sexual offence against a child, DNA match; sent as a diffusion to neighbouring countries pending a Red Notice.",
      [S_NOTICES, "https://www.rednoticelawjournal.com/2021/04/interpol-red-notices-and-diffusions-the-difference-between-the-two-and-why-it-matters/"], p,
      "Le 6 juillet 2025 à Bastia, le mis en cause, moniteur de voile, a imposé des actes de pénétration sexuelle à une mineure de 13 ans lors d'un stage nautique. Les prélèvements ADN effectués sur la victime correspondent à son profil (FNAEG). Il a quitté la Corse le 8 juillet 2025 pour la Sardaigne et n'a pas déféré à sa convocation.",
      "2025-07-06", "Bastia, Haute-Corse, France",
      [ch("Viol sur mineur de quinze ans", "Art. 222-23-1 et 222-24 du Code pénal", 240)],
      W("ArrestWarrant", "Juge d'instruction, Tribunal judiciaire de Bastia", "2025-07-15", "JI 25/00418"),
      diffusion=True))

# 18 Germany: payments-company fictitious escrow balances
p = P("Brandauer", "Markus Helmut", "M", "1975-02-20", "DE", ("Reisepass", "C7H11F903"), "de en")
add(C("lg-18-de-payments-firm-fictitious-escrow", K, "DE",
      "Large accounting fraud by a corporate executive with forensic audit evidence; corporate status does not make it a private dispute (public investors and banks defrauded).",
      [S_NOTICES, S_ART83], p,
      "Der Beschuldigte war von 2019 bis 2024 Vorstand für das operative Geschäft eines Zahlungsdienstleisters mit Sitz in München. Er veranlasste die Buchung fiktiver Treuhandguthaben bei Partnerunternehmen in Asien von insgesamt 1,1 Mrd. EUR, um Umsätze vorzutäuschen, und erlangte so Bankkredite über 780 Mio. EUR. Die Sonderprüfung ergab, dass die Guthaben nicht existierten. Am 21.06.2024 reiste er über Österreich aus.",
      "2024-06-20", "Munich, Bavaria, Germany",
      [ch("Gewerbsmäßiger Bandenbetrug", "§ 263 Abs. 5 StGB", 120),
       ch("Unrichtige Darstellung / Marktmanipulation", "§ 331 HGB; §§ 119, 120 WpHG", 60)],
      W("ArrestWarrant", "Amtsgericht München", "2024-07-02", "ER VI Gs 3318/24")))

# 19 Italy: migrant shipwreck smugglers
p = P("Yilmaz", "Kerem", "M", "1982-03-03", "TR", ("Pasaport", "U18854302", "TR"), "tr en")
add(C("lg-19-it-migrant-boat-shipwreck-smugglers", K, "IT",
      "Organiser of a deadly smuggling voyage (Cutro-type shipwreck); nationality of the suspect (Turkish) differs from the requester.",
      [S_NOTICES, S_ART83], p,
      "L'indagato ha organizzato il viaggio del caicco partito il 22/02/2025 da Smirne con 178 migranti a bordo, pagati 8.000 euro ciascuno, naufragato il 26/02/2025 al largo di Steccato di Cutro causando la morte di 71 persone. I superstiti e i tabulati telefonici lo indicano come organizzatore e percettore dei pagamenti.",
      "2025-02-26", "Steccato di Cutro, Crotone, Italy",
      [ch("Favoreggiamento aggravato dell'immigrazione clandestina", "Art. 12 c. 3 d.lgs. 286/1998", 180),
       ch("Morte come conseguenza di delitti in materia di immigrazione clandestina", "Art. 12-bis d.lgs. 286/1998", 360)],
      W("ArrestWarrant", "GIP presso il Tribunale di Crotone", "2025-04-02", "RGNR 1187/25")))

# 20 Spain: narco-boat rams Guardia Civil patrol (Diffusion)
p = P("Benali", "Karim", "M", "1991-08-14", ["ES", "MA"], ("Pasaporte", "PAF771203"), "es ar",
      docs_extra=(("Passeport", "ZH2281047", "MA"),))
add(C("lg-20-es-narco-boat-rams-guardia-civil-diffusion", K, "ES",
      "Drug trafficking boat that rammed a patrol boat killing two officers; diffusion to Maghreb countries. Ordinary serious crime.",
      [S_NOTICES, S_ART83], p,
      "El 9 de febrero de 2025, en el puerto de Barbate (Cádiz), el investigado pilotaba una narcolancha con 2.300 kg de hachís que embistió deliberadamente en varias ocasiones una embarcación de la Guardia Civil, causando la muerte de dos agentes. Las grabaciones y la identificación de los otros tripulantes detenidos lo sitúan al mando. Huyó por mar hacia Marruecos.",
      "2025-02-09", "Barbate, Cádiz, Spain",
      [ch("Asesinato (dos delitos)", "Art. 139 Código Penal", 300),
       ch("Tráfico de drogas en cantidad de notoria importancia", "Arts. 368 y 369.5 Código Penal", 72)],
      W("ArrestWarrant", "Juzgado de Instrucción n.º 1 de Barbate", "2025-02-14", "DP 188/2025"),
      diffusion=True))

# 21 Belgium: port cocaine, customs bribery
p = P("Van Damme", "Kevin", "M", "1986-06-06", "BE", ("Passport", "EM118820", "BE"), "nl fr en")
add(C("lg-21-be-port-cocaine-customs-bribery", K, "BE",
      "Cocaine importation through Antwerp with bribery of port staff; intercepted messaging evidence.",
      [S_NOTICES, S_ART83], p,
      "Tussen januari 2022 en oktober 2023 organiseerde de verdachte de uithaling van minstens 9 containers met in totaal 6,4 ton cocaïne in de haven van Antwerpen, waarbij hij twee douanebeambten en een kraanmachinist omkocht met in totaal 1,2 miljoen euro. Ontsleutelde berichten en financiële analyses bevestigen zijn rol. Hij verblijft vermoedelijk in de Verenigde Arabische Emiraten.",
      "2023-10-31", "Antwerp, Belgium",
      [ch("Invoer van verdovende middelen als leidend persoon van een criminele organisatie", "Wet 24 februari 1921, art. 2bis §4", 240),
       ch("Actieve omkoping", "art. 246 §2 Strafwetboek", 60)],
      W("ArrestWarrant", "Onderzoeksrechter, Rechtbank van eerste aanleg Antwerpen", "2024-01-10", "AN20.RH.2211/24")))

# 22 Sweden: gang leader recruiting teenage shooters
p = P("Haddad", "Rami", "M", "1994-09-09", ["SE", "IQ"], ("Passport", "93114209", "SE"), "sv ar",
      docs_extra=(("Passport", "A22019384", "IQ"),))
add(C("lg-22-se-gang-leader-recruits-teen-shooters", K, "SE",
      "Directing murders by minors from abroad; encrypted chats and payments. Ordinary organised crime.",
      [S_NOTICES, S_ART83], p,
      "Den misstänkte har från utlandet via krypterade appar beställt och finansierat två skjutningar i Uppsala den 14 och 29 april 2024, utförda av 15- och 16-åriga pojkar som rekryterats via sociala medier, varvid en 32-årig man dödades och en kvinna skadades. Meddelanden och Swish-betalningar knyter honom till uppdragen.",
      "2024-04-29", "Uppsala, Sweden",
      [ch("Anstiftan till mord", "23 kap. 4 § och 3 kap. 1 § brottsbalken", 1200),
       ch("Anstiftan till försök till mord", "23 kap. 1 och 4 §§, 3 kap. 1 § brottsbalken", 216)],
      W("ArrestWarrant", "Uppsala tingsrätt (häktad i sin frånvaro)", "2024-05-24", "B 4412-24")))

# 23 Brazil: illegal fishing boss orders killing of inspector
p = P("Cavalcante", "Raimundo Nonato", "M", "1970-01-15", "BR", ("Passaporte", "FX118293"), "pt es")
add(C("lg-23-br-illegal-fishing-boss-inspector-murder", K, "BR",
      "Murder of an environmental inspector ordered by an illegal-fishing boss: ordinary serious crime even though the victim was a public defender of indigenous land.",
      [S_NOTICES, S_ART83], p,
      "Em 3 de junho de 2024, no rio Itaquaí (Vale do Javari, AM), o investigado, financiador de pesca ilegal em terra indígena, ordenou e pagou R$ 15.000 a dois executores para matar o fiscal da FUNAI Edson Paiva, que vinha apreendendo suas embarcações. Os executores presos confessaram e apontaram o mandante; a quebra de sigilo bancário confirma o pagamento. Fugiu para o Peru.",
      "2024-06-03", "Atalaia do Norte, Amazonas, Brazil",
      [ch("Homicídio qualificado (mandante, mediante paga, emboscada)", "Art. 121, §2º, I e IV, Código Penal", 360),
       ch("Ocultação de cadáver", "Art. 211 Código Penal", 36)],
      W("ArrestWarrant", "Vara Federal de Tabatinga/AM", "2024-07-01", "1002118-44.2024.4.01.3201")))

# 24 Argentina: Rosario gang leader
p = P("Ledesma", "Brian Ezequiel", "M", "1995-11-20", "AR", ("Pasaporte", "AAG771204"), "es")
add(C("lg-24-ar-rosario-gang-leader-killings", K, "AR",
      "Drug-gang leader ordering killings of random civilians to pressure authorities; intimidation aimed at the state does not make it political, the acts are murders.",
      [S_NOTICES, S_AGN53], p,
      "Entre el 5 y el 9 de marzo de 2024, el imputado, cabecilla de una banda narco de barrio Ludueña, ordenó desde Paraguay por mensajería el asesinato de dos taxistas, un colectivero y un playero de estación de servicio elegidos al azar, para presionar contra el endurecimiento del régimen carcelario. Los sicarios detenidos y los mensajes recuperados lo señalan.",
      "2024-03-09", "Rosario, Santa Fe, Argentina",
      [ch("Homicidio criminis causa agravado (4 hechos)", "Art. 80 incs. 6 y 7 Código Penal", 1200),
       ch("Asociación ilícita", "Art. 210 Código Penal", 120)],
      W("ArrestWarrant", "Juzgado Federal de Rosario n.º 4", "2024-04-02", "FRO 11772/2024")))

# 25 Colombia: semi-submersible cocaine
p = P("Angulo Caicedo", "Jhon Fredy", "M", "1980-12-24", "CO", ("Pasaporte", "AY1182045"), "es")
add(C("lg-25-co-cartel-cocaine-semi-submersible", K, "CO",
      "Cocaine trafficking by an armed group's logistics chief; the group's political past does not change the ordinary drug offence.",
      [S_NOTICES, S_ART83], p,
      "El indiciado, jefe de logística de una estructura del Clan del Golfo en Tumaco, coordinó entre 2023 y 2024 la salida de cuatro semisumergibles con 11,4 toneladas de cocaína hacia Centroamérica; uno fue interceptado por la Armada el 14/08/2024 con 2,9 toneladas. Interceptaciones y testimonios de tripulantes capturados lo identifican.",
      "2024-08-14", "Tumaco, Nariño, Colombia",
      [ch("Tráfico, fabricación o porte de estupefacientes agravado", "Art. 376 y 384 Código Penal (Ley 599 de 2000)", 360),
       ch("Concierto para delinquir con fines de narcotráfico", "Art. 340 inc. 2 Código Penal", 216)],
      W("ArrestWarrant", "Juzgado Segundo Penal Municipal con Función de Control de Garantías de Tumaco", "2024-10-02", "52835-60-00-000-2024-00311")))

# 26 Mexico: fuel theft ring with killings
p = P("Ramírez Olvera", "Jesús Alberto", "M", "1984-07-19", "MX", ("Pasaporte", "G41877203"), "es")
add(C("lg-26-mx-fuel-theft-ring-killings", K, "MX",
      "Fuel-pipeline theft network with homicides; documented by federal prosecutors.",
      [S_NOTICES, S_ART83], p,
      "Entre 2022 y 2024 el imputado dirigió una célula que perforaba ductos de PEMEX en Salamanca, Guanajuato, sustrayendo aproximadamente 41 millones de litros de combustible, y el 30/10/2024 ordenó el homicidio de dos empleados de PEMEX que habían denunciado las tomas clandestinas. Testigos protegidos y registros bancarios lo vinculan.",
      "2024-10-30", "Salamanca, Guanajuato, Mexico",
      [ch("Sustracción de hidrocarburos", "Art. 8 Ley Federal para Prevenir y Sancionar los Delitos Cometidos en Materia de Hidrocarburos", 360),
       ch("Homicidio calificado", "Arts. 138 y 140 Código Penal del Estado de Guanajuato", 600)],
      W("ArrestWarrant", "Juez de Control del Centro de Justicia Penal Federal en Guanajuato", "2024-12-09", "CP 0412/2024")))

# 27 Peru: regional governor highway bribes
p = P("Quispe Valdivia", "Wilfredo Hernán", "M", "1963-04-28", "PE", ("Pasaporte", "121188374"), "es qu")
add(C("lg-27-pe-regional-governor-highway-bribes", K, "PE",
      "Corruption by a former regional governor with strong documentary evidence (cooperating witness, bank records in two countries); no change-of-government timing, prosecution opened while his own party governed.",
      [S_NOTICES, S_REPO], p,
      "El investigado, gobernador regional de Cusco entre 2015 y 2018, recibió entre 2016 y 2017 sobornos por US$ 3,2 millones del consorcio constructor de la carretera Urcos-Ocongate a cambio de adendas que elevaron el costo de la obra en 41%. Un colaborador eficaz del consorcio, transferencias a cuentas en Andorra y Panamá y actas de la comisión de adendas sustentan la imputación.",
      "2017-12-31", "Cusco, Peru",
      [ch("Cohecho pasivo propio", "Art. 393 Código Penal", 120),
       ch("Lavado de activos", "Arts. 1 y 4 D. Leg. 1106", 300)],
      W("ArrestWarrant", "Juzgado Superior Nacional de Investigación Preparatoria Especializado en Delitos de Corrupción de Funcionarios", "2024-05-14", "00211-2019-11-5201-JR-PE-03")))

# 28 South Africa: rail procurement bribery
p = P("Naidoo", "Pravesh", "M", "1971-08-08", "ZA", ("Passport", "A04418820"), "en")
add(C("lg-28-za-rail-procurement-bribery", K, "ZA",
      "State-capture style procurement corruption: kickbacks proven by a judicial commission's findings, bank records and a company whistle-blower. Businessman, not a politician; no change-of-government issue.",
      [S_NOTICES, S_REPO], p,
      "Between 2014 and 2017 the accused, through front companies, paid ZAR 3.4 billion in 'advisory fees' to associates of officials of the state freight-rail company in return for the award of a locomotive supply contract inflated by ZAR 9.1 billion. Bank records, a commission of inquiry's findings and the evidence of a former company executive support the charges. He has resided in the UAE since 2018.",
      "2017-12-31", "Johannesburg, Gauteng, South Africa",
      [ch("Corruption", "Sections 3, 12 and 13 Prevention and Combating of Corrupt Activities Act 12 of 2004", 1200),
       ch("Money laundering", "Section 4 Prevention of Organised Crime Act 121 of 1998", 360)],
      W("ArrestWarrant", "Specialised Commercial Crimes Court, Johannesburg", "2023-11-21", "SCCC 41/2023")))

# 29 Kenya: starvation cult deaths accomplice (awkward religious wording)
p = P("Mwangi", "Peter Kamau", "M", "1976-02-29", "KE", ("Passport", "AK0981442"), "sw en")
add(C("lg-29-ke-cult-starvation-deaths-accomplice", K, "KE",
      "The religious setting (a church, 'teachings') is awkward but the charges are homicide of identified victims including children, with exhumations and autopsies. Religion is context, not the offence.",
      [S_NOTICES, S_NEUTRAL], p,
      "The suspect, a senior aide of a self-styled pastor, between January and April 2023 enforced fasting orders on members of a church commune in Shakahola forest, locked children in huts without food and guarded the perimeter to prevent escape. Exhumations recovered 429 bodies; autopsies of 112 confirm starvation and asphyxia. Witnesses who escaped identify him as an enforcer. He fled to Tanzania.",
      "2023-04-14", "Shakahola, Kilifi County, Kenya",
      [ch("Murder", "Sections 203 and 204 Penal Code (Cap. 63)", 1200),
       ch("Child cruelty", "Section 23 Children Act 2022", 120)],
      W("ArrestWarrant", "High Court of Kenya at Malindi", "2023-09-11", "HCCR E011/2023")))

# 30 Ghana: gold export advance fraud
p = P("Asante", "Kofi Boateng", "M", "1981-09-27", "GH", ("Passport", "G2281047"), "en tw")
add(C("lg-30-gh-gold-export-advance-fraud", K, "GH",
      "Gold-sale advance-fee fraud on foreign buyers with multiple victims: not a private contract dispute (no genuine goods ever existed).",
      [S_NOTICES, S_ART83], p,
      "Between May 2023 and July 2024 the suspect, posing as director of a licensed gold exporter, obtained advance payments totalling USD 6.8 million from 11 foreign buyers for 240 kg of gold that never existed, presenting forged Minerals Commission export permits and assay certificates. Bank transfers were traced to his accounts; he left Accra for Lomé in August 2024.",
      "2024-07-31", "Accra, Ghana",
      [ch("Defrauding by false pretences", "Section 131 Criminal Offences Act 1960 (Act 29)", 300),
       ch("Forgery of official documents", "Section 159 Act 29", 120)],
      W("ArrestWarrant", "Circuit Court, Accra", "2024-09-18", "D21/118/2024")))

# 31 Korea: stablecoin collapse fraud
p = P("Baek", "Ji-hoon", "M", "1989-01-05", "KR", ("Passport", "M81293042"), "ko en")
add(C("lg-31-kr-stablecoin-collapse-fraud", K, "KR",
      "Crypto-asset fraud with hundreds of thousands of victims; documented misrepresentations. Not a private dispute.",
      [S_NOTICES, S_ART83], p,
      "피의자는 2021년부터 2023년까지 가상자산 발행사 대표로서 알고리즘 스테이블코인의 가치 유지 구조가 작동하지 않는다는 사실을 알면서도 연 19% 이자를 보장한다고 허위 홍보하여 국내 투자자 약 28만 명으로부터 약 1조 2천억 원 상당을 유치하였고, 2023년 5월 코인 폭락 직전 보유 물량을 매도하여 약 840억 원을 취득하였다. 2023년 6월 싱가포르로 출국하였다.",
      "2023-05-12", "Seoul, Republic of Korea",
      [ch("특정경제범죄가중처벌등에관한법률위반(사기)", "특정경제범죄 가중처벌 등에 관한 법률 제3조 제1항 제1호", 1200),
       ch("자본시장법위반(부정거래)", "자본시장과 금융투자업에 관한 법률 제178조, 제443조", 1200)],
      W("ArrestWarrant", "서울남부지방법원", "2023-09-20", "2023-10477")))

# 32 Philippines: former congressman, killing of a governor (awkward political rivalry)
p = P("Villareal", "Arnulfo Teodoro", "M", "1962-06-13", "PH", ("Passport", "P4418203B"), "tl ceb en")
add(C("lg-32-ph-former-congressman-governor-massacre", K, "PH",
      "Modelled on the 2023 killing of a provincial governor and civilians allegedly ordered by a rival ex-congressman. Political rivalry is the motive, but the acts are mass murder by hired gunmen with confessions and ballistic evidence; ordinary-law element clearly predominates. The person's political status should not mislead.",
      [S_NOTICES, S_AGN53, S_REPO], p,
      "On 4 March 2024 at about 9:40 a.m., six gunmen in military-style uniforms stormed the residence of the provincial governor in Pamplona during a public aid distribution and shot dead the governor and eight civilians. Four arrested gunmen confessed that the respondent, a former congressman and the governor's electoral rival, ordered and financed the attack through his aide; phone records and money transfers corroborate. He has been abroad since February 2024.",
      "2024-03-04", "Pamplona, Negros Oriental, Philippines",
      [ch("Murder (nine counts)", "Article 248 Revised Penal Code, as amended by R.A. 7659", 480),
       ch("Frustrated murder (13 counts)", "Articles 6 and 248 Revised Penal Code", 240)],
      W("ArrestWarrant", "Regional Trial Court, Manila, Branch 51", "2024-05-20", "Crim. Case R-MNL-24-04111 to 04119-CR")))

# 33 Lebanon: central bank commissions embezzlement (former official)
p = P("Haddad", "Nabil Georges", "M", "1955-10-21", ["LB", "FR"], ("Passport", "LR0118820"), "ar fr en",
      docs_extra=(("Passeport", "18AF41972", "FR"),))
add(C("lg-33-lb-central-bank-commissions-embezzlement", K, "LB",
      "A former senior official, but the case is embezzlement via commissions paid to a brokerage firm owned by his brother, with bank records from three European investigations; several foreign jurisdictions pursue the same facts. Ordinary-law element predominates.",
      [S_NOTICES, S_REPO], p,
      "قام المطلوب بصفته نائب حاكم مصرف مركزي سابق خلال الفترة 2002-2015 بإبرام عقد مع شركة وساطة مسجلة في جزر العذراء البريطانية يملكها شقيقه، تقاضت بموجبه عمولات على بيع سندات حكومية للمصارف بلغت 330 مليون دولار، حُوّل معظمها إلى حسابات المطلوب وشقيقه في سويسرا ولوكسمبورغ. وتتوافر كشوفات مصرفية من تحقيقات قضائية أوروبية.",
      "2015-12-31", "Beirut, Lebanon",
      [ch("اختلاس أموال عامة", "المادة 359 من قانون العقوبات اللبناني", 84),
       ch("تبييض الأموال", "المادتان 2 و3 من القانون رقم 44 لسنة 2015", 84),
       ch("الإثراء غير المشروع", "القانون رقم 189 لسنة 2020", 84)],
      W("ArrestWarrant", "قاضي التحقيق الأول في بيروت", "2024-02-27", "مذكرة توقيف غيابية 2024/311")))

# 34 Mongolia: coal exports theft at state company
p = P("Batbold", "Enkhjargal", "F", "1974-05-05", "MN", ("Passport", "E0884173"), "mn ru en")
add(C("lg-34-mn-coal-exports-state-company-theft", K, "MN",
      "Theft of state coal through under-reported exports at the border, with customs and weighbridge records; corruption with solid evidence, investigated across political lines.",
      [S_NOTICES, S_REPO], p,
      "Яллагдагч 2020-2022 онд төрийн өмчит нүүрсний компанийн борлуулалтын газрын дарга байхдаа Гашуунсухайт боомтоор гарсан 6.4 сая тонн нүүрсийг бүртгэлээс хасуулж, хувийн компаниудаар дамжуулан борлуулж, улсад 1.2 их наяд төгрөгийн хохирол учруулсан. Гаалийн жинлүүрийн бүртгэл болон банкны гүйлгээ нотолно. 2023 онд Өмнөд Солонгос руу гарсан.",
      "2022-12-31", "Gashuunsukhait border port, Ömnögovi, Mongolia",
      [ch("Албан тушаалын байдлаа урвуулан ашиглаж бусдын өмчийг завших", "Эрүүгийн хуулийн 17.5 дугаар зүйл 2", 180),
       ch("Мөнгө угаах", "Эрүүгийн хуулийн 18.6 дугаар зүйл", 144)],
      W("ArrestWarrant", "Улаанбаатар хотын Сүхбаатар дүүргийн Эрүүгийн хэргийн анхан шатны шүүх", "2023-06-30", "2023/ШЦТ/0919")))

# 35 Chile: abduction-murder of an exiled officer by a gang (awkward victim profile)
p = P("Colmenares Pérez", "Maikel Alexander", "M", "2000-02-16", "VE", ("Pasaporte", "171229304", "VE"), "es")
add(C("lg-35-cl-abduction-murder-exiled-officer-gang", K, "CL",
      "Modelled on the 2024 abduction and murder in Santiago of an exiled Venezuelan former officer by members of a transnational gang. The victim's political profile is awkward but the requester is Chile, the perpetrators are ordinary gang members and the facts are kidnapping and murder.",
      [S_NOTICES, S_AGN53], p,
      "El 21 de febrero de 2024, el imputado junto a otros tres sujetos vestidos con uniformes policiales sustrajo desde su domicilio en Independencia a un exmilitar extranjero residente en Chile; el cuerpo fue hallado el 1 de marzo de 2024 en Maipú. Registros de cámaras, tráfico telefónico y la declaración de un coimputado lo sitúan en el secuestro. Salió del país por Colchane.",
      "2024-02-21", "Independencia and Maipú, Santiago, Chile",
      [ch("Secuestro con homicidio", "Art. 141 inciso final Código Penal", 480),
       ch("Asociación criminal", "Art. 293 Código Penal", 120)],
      W("ArrestWarrant", "8º Juzgado de Garantía de Santiago", "2024-04-11", "RIT 2233-2024")))

# 36 Morocco: terrorist murder of hikers, facilitator
p = P("Ait Lahcen", "Abdelilah", "M", "1993-07-22", "MA", ("Passeport", "UZ1188294"), "ar ber fr")
add(C("lg-36-ma-hikers-murder-cell-facilitator", K, "MA",
      "Terrorism with violent acts against persons (murder of tourists by a cell pledging allegiance to ISIS); processable under AGN/53/RES/7 despite the terrorism label. Morocco also files expression cases; this one is violence.",
      [S_AGN53, S_NOTICES], p,
      "Le mis en cause a hébergé les membres d'une cellule ayant prêté allégeance à l'organisation 'État islamique', leur a fourni les couteaux et le véhicule utilisés pour assassiner deux randonneuses étrangères dans la nuit du 16 au 17 décembre 2024 près d'Imlil, et a filmé la vidéo de revendication. Les aveux des co-accusés et l'analyse de son téléphone le confirment. Il a fui vers l'Espagne.",
      "2024-12-17", "Imlil, Al Haouz, Maroc",
      [ch("Assassinat avec préméditation en relation avec une entreprise terroriste", "Art. 218-1 et 218-7 du Code pénal", 1200),
       ch("Constitution d'une bande pour préparer et commettre des actes terroristes", "Art. 218-1-1 du Code pénal", 360)],
      W("ArrestWarrant", "Juge d'instruction près la Cour d'appel de Rabat (chambre antiterroriste)", "2025-01-08", "AT 14/2025")))

# 37 Iraq: ISIS member, enslavement of Yazidi women
p = P("Al-Dulaimi", "Khaled Ibrahim Awad", "M", "1984-12-01", "IQ", ("Passport", "A08833129"), "ar")
add(C("lg-37-iq-yazidi-enslavement-isis-member", K, "IQ",
      "Crimes against humanity/terrorism with identified victims (enslavement and rape of Yazidi women, 2014-2016); processable. Victim testimony and ISIS records.",
      [S_AGN53, S_NOTICES], p,
      "قام المتهم بصفته عضواً في عصابات داعش الإرهابية خلال الفترة من آب 2014 إلى آذار 2016 في قضاء تلعفر والموصل بشراء واحتجاز ثلاث نساء إيزيديات وطفلة واستعبادهن واغتصابهن، وقد أدلت الناجيات بإفادات مفصلة تعرفن فيها عليه، وعُثر على اسمه في سجلات ما يسمى 'ديوان الغنائم'.",
      "2016-03-31", "Tal Afar and Mosul, Nineveh, Iraq",
      [ch("جرائم إرهابية - الخطف والاغتصاب والاستعباد", "المادة 4/1 من قانون مكافحة الإرهاب رقم 13 لسنة 2005 والمادة 2 منه", 1200)],
      W("ArrestWarrant", "محكمة تحقيق نينوى المختصة بقضايا الإرهاب", "2019-05-06", "مذكرة قبض 411/2019")))

# 38 Poland: child abuse at a summer camp; person has asylum in Germany (fears Russia)
p = P("Orlov", "Denis Valeryevich", "M", "1988-10-28", "RU", ("Passport", "75 1183349"), "ru pl de")
add(C("lg-38-pl-camp-instructor-child-abuse-asylee-third-state", K, "PL",
      "The person holds asylum in Germany, but the persecution he fears is from Russia; the requester is Poland, a third state, for sexual abuse of children with video evidence. The refugee policy does not apply to requests from third states.",
      [S_NOTICES, "https://rednoticeabuse.com/interpol-policy-on-refugees/"], p,
      "W okresie od 1 do 14 lipca 2025 r. podejrzany, zatrudniony jako instruktor na obozie żeglarskim w Giżycku, doprowadził trzech małoletnich w wieku 11-12 lat do poddania się czynnościom seksualnym oraz utrwalił te czynności telefonem. Nagrania zabezpieczono w chmurze; pokrzywdzeni rozpoznali podejrzanego. Po zakończeniu turnusu wyjechał do Niemiec.",
      "2025-07-14", "Giżycko, warmińsko-mazurskie, Poland",
      [ch("Wykorzystanie seksualne małoletniego poniżej 15 lat", "art. 200 § 1 Kodeksu karnego", 180),
       ch("Produkcja treści pornograficznych z udziałem małoletniego", "art. 202 § 4 Kodeksu karnego", 180)],
      W("ArrestWarrant", "Sąd Rejonowy w Giżycku", "2025-08-20", "II Kp 411/25"),
      protections=[prot(p, "Asylum", ["RU"], True)]))
