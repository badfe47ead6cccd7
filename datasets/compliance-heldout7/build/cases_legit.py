"""Legitimate requests (expected: clear). Ordinary serious crimes with identifiable victims,
including requests from the same states that appear in the abusive group. Not modelled on
specific real persons; sources are the public rule texts whose criteria the request meets.
Every name, date of birth, number and reference is fictional."""
from common import NOTE, person, charge, warrant, prior, protected, case, ART83

CASES = []
add = CASES.append
N = NOTE + "Ordinary serious crime with identifiable victims; meets RPD Art. 83 criteria. "

add(case("lg-01-ru-business-partner-shot-garage", "clear", "RU", N + "Same requester as several abusive cases.", [ART83],
    person("Shevchuk", "Dmitry Vladimirovich", "M", "1979-05-22", ["RU"], "RU", [("Passport", "75 19 441907", "RU")], ["ru"]),
    "15.03.2024 около 21:10 Шевчук Д.В. в помещении гаража по ул. Таганской, 51 г. Екатеринбурга на почве возникших неприязненных "
    "отношений из-за раздела долей в совместном автосервисе произвёл три выстрела из пистолета ИЖ-79 в голову и грудь своего делового "
    "партнёра К., от которых тот скончался на месте. Оружие выброшено в пруд, обнаружено водолазами. 17.03.2024 выехал в ОАЭ.",
    "2024-03-15", "Yekaterinburg, Sverdlovsk region", "Prosecution",
    [charge("Убийство", "ч. 1 ст. 105 УК РФ", 180), charge("Незаконный оборот огнестрельного оружия", "ч. 1 ст. 222 УК РФ", 48)],
    warrant("ArrestWarrant", "Кировский районный суд г. Екатеринбурга", "2024-04-02", "3/1-188/2024")))

add(case("lg-02-ru-online-sextortion-of-minors", "clear", "RU", N, [ART83],
    person("Gorelov", "Artem Sergeevich", "M", "1995-08-03", ["RU"], "RU", [("Passport", "45 15 190774", "RU")], ["ru", "en"]),
    "В период с 2022 по 2024 г. Горелов А.С., используя аккаунты в социальных сетях под видом сверстника, склонял не менее 27 "
    "несовершеннолетних девочек 11-14 лет к направлению изображений интимного характера, после чего под угрозой их распространения "
    "требовал новых материалов и денежных переводов. Установлен по IP-адресам и платёжным данным.",
    "2024-01-31", "Moscow (online), victims in 9 regions", "Prosecution",
    [charge("Изготовление и оборот материалов с порнографическими изображениями несовершеннолетних", "п. «г» ч. 2 ст. 242.1 УК РФ", 180),
     charge("Насильственные действия сексуального характера в отношении лица младше 14 лет (дистанционно)", "п. «а» ч. 4 ст. 132 УК РФ", 240)],
    warrant("ArrestWarrant", "Мещанский районный суд г. Москвы", "2024-06-11", "3/12-907/2024")))

add(case("lg-03-cn-wife-killed-fled-via-yunnan", "clear", "CN", N + "Same requester as abusive cases.", [ART83],
    person("Huang", "Jianguo", "M", "1976-10-18", ["CN"], "CN", [("Passport", "E41907733", "CN"), ("Resident ID", "440106197610180033", "CN")], ["zh"]),
    "2024年2月11日晚，犯罪嫌疑人黄建国在广州市天河区家中因家庭纠纷持菜刀砍击其妻子王某头颈部十余刀，致其当场死亡，"
    "随后清理现场，于2月13日经云南边境非法出境至老挝。现场血迹DNA及监控录像证实。",
    "2024-02-11", "Tianhe District, Guangzhou, Guangdong", "Prosecution",
    [charge("故意杀人罪", "《中华人民共和国刑法》第二百三十二条", 1200)],
    warrant("ArrestWarrant", "广州市公安局（经广州市天河区人民检察院批准逮捕）", "2024-03-05", "穗公天捕字〔2024〕0211号")))

add(case("lg-04-cn-cross-border-telecom-fraud-call-centre", "clear", "CN", N, [ART83],
    person("Xu", "Haoran", "M", "1990-03-03", ["CN"], "CN", [("Passport", "EJ4419077", "CN")], ["zh"]),
    "2021年至2023年间，犯罪嫌疑人徐浩然在柬埔寨西哈努克省组织、领导电信网络诈骗团伙，冒充公检法人员，诈骗境内被害人1,372名，"
    "涉案金额人民币1.86亿元，资金经多层账户转移。已有26名同案人员到案并供述其组织者地位。",
    "2023-06-30", "Sihanoukville (KH), victims across China", "Prosecution",
    [charge("诈骗罪（数额特别巨大）", "《中华人民共和国刑法》第二百六十六条", 1200),
     charge("组织、领导犯罪集团", "《中华人民共和国刑法》第二十六条", 1200)],
    warrant("ArrestWarrant", "温州市公安局（经温州市人民检察院批准逮捕）", "2023-11-20", "温公捕字〔2023〕1119号")))

add(case("lg-05-vn-trafficking-women-forced-marriage", "clear", "VN", N + "Same requester as an abusive case.", [ART83],
    person("Nguyen", "Thi Hoa", "F", "1985-07-07", ["VN"], "VN", [("Passport", "C7719044", "VN")], ["vi", "zh"]),
    "Từ tháng 01/2022 đến tháng 8/2023, Nguyễn Thị Hoa cùng đồng phạm lừa 11 phụ nữ (trong đó có 3 người dưới 16 tuổi) tại Nghệ An, "
    "Thanh Hóa sang Trung Quốc với hứa hẹn việc làm, rồi bán cho người khác để ép kết hôn với giá 80-120 triệu đồng mỗi người. "
    "Các nạn nhân đã được giải cứu và lời khai thống nhất.",
    "2023-08-15", "Nghệ An province / Guangxi (CN)", "Prosecution",
    [charge("Mua bán người", "Điều 150 khoản 3 Bộ luật Hình sự 2015", 240),
     charge("Mua bán người dưới 16 tuổi", "Điều 151 khoản 3 Bộ luật Hình sự 2015", 1200)],
    warrant("ArrestWarrant", "Cơ quan CSĐT Công an tỉnh Nghệ An (phê chuẩn VKSND tỉnh Nghệ An)", "2023-10-09", "214/QĐ-CSHS")))

add(case("lg-06-eg-jeweller-robbery-murder-sentence", "clear", "EG", N + "Same requester as abusive cases.", [ART83],
    person("Ragab", "Sherif Adel", "M", "1989-02-14", ["EG"], "EG", [("Passport", "A20917744", "EG")], ["ar"]),
    "قام المحكوم عليه بتاريخ 2021/11/04 بالاشتراك مع آخر بالسطو المسلح على محل مجوهرات بمنطقة الموسكي، وأطلق النار على صاحب المحل "
    "فأرداه قتيلاً، واستولى على مشغولات ذهبية وزنها 2.3 كجم. ضبط الشريك واعترف، وحكم على المتهم غيابياً ثم حضورياً بالسجن المؤبد، "
    "وهرب أثناء نقله إلى المستشفى.",
    "2021-11-04", "El Mosky, Cairo", "Sentence",
    [charge("القتل العمد المقترن بجناية السرقة بالإكراه", "المادة 234 فقرة 2 قانون العقوبات", 1200)],
    warrant("CourtDecision", "محكمة جنايات القاهرة - الدائرة 11", "2023-01-22", "جناية رقم 7719 لسنة 2021 الموسكي"),
    sentence_imposed=300, sentence_remaining=276))

add(case("lg-07-az-heroin-from-border-network", "clear", "AZ", N + "Same requester as an abusive case.", [ART83],
    person("Mammadli", "Ramil Agil oglu", "M", "1983-11-21", ["AZ"], "AZ", [("Passport", "C01907743", "AZ")], ["az", "ru", "fa"]),
    "Məmmədli Ramil Aqil oğlu 2023-cü ilin aprel-oktyabr aylarında mütəşəkkil dəstə tərkibində İran İslam Respublikasından Astara "
    "rayonu ərazisindən ümumi çəkisi 38,6 kq heroin Azərbaycana keçirmiş və Bakı şəhərində satışını təşkil etmişdir. Dəstənin 5 üzvü "
    "həbs edilmiş, telefon danışıqları və pul köçürmələri ilə sübut olunur.",
    "2023-10-20", "Astara district and Baku", "Prosecution",
    [charge("Narkotik vasitələrin mütəşəkkil dəstə tərəfindən qaçaqmalçılığı", "CM-in 206.3.2-ci maddəsi", 144),
     charge("Narkotik vasitələrin külli miqdarda satışı", "CM-in 234.4.3-cü maddəsi", 144)],
    warrant("ArrestWarrant", "Bakı şəhəri Səbail Rayon Məhkəməsi", "2023-12-14", "4(001)-4407/2023")))

add(case("lg-08-by-swimming-coach-abuse-of-pupils", "clear", "BY", N + "Same requester as an abusive case.", [ART83],
    person("Zhuk", "Viktar Mikalaevich", "M", "1974-01-25", ["BY"], "BY", [("Passport", "MP2190774", "BY")], ["ru", "be"]),
    "Жук В.Н., работая тренером по плаванию ДЮСШ, в период 2019-2023 гг. во время сборов и в раздевалке бассейна совершал "
    "развратные действия и насильственные действия сексуального характера в отношении пяти воспитанниц в возрасте 10-13 лет. "
    "Показания потерпевших, заключения экспертиз, переписка в мессенджере. Выехал в Польшу в ноябре 2023 г.",
    "2023-10-28", "Mogilev, Republic of Belarus", "Prosecution",
    [charge("Насильственные действия сексуального характера в отношении малолетних", "ч. 3 ст. 167 УК Республики Беларусь", 300)],
    warrant("ArrestWarrant", "Следственный комитет Республики Беларусь (санкция прокурора Могилёвской области)", "2023-12-01", "20231700412")))

add(case("lg-09-tj-heroin-courier-network-organiser", "clear", "TJ", N + "Same requester as an abusive case.", [ART83],
    person("Nazarov", "Farrukh Abdulloevich", "M", "1986-04-17", ["TJ"], "TJ", [("Passport", "401907731", "TJ")], ["tg", "ru", "fa"]),
    "Назаров Ф.А. в 2022-2023 гг. организовал преступную группу, которая через р. Пяндж переправила из Афганистана 61 кг героина и "
    "23 кг гашиша, используя курьеров; часть партии изъята в Вахдате 14.07.2023. Связь подтверждена изъятыми телефонами курьеров.",
    "2023-07-14", "Vahdat and Panj districts, Tajikistan", "Prosecution",
    [charge("Незаконный оборот наркотических средств в особо крупном размере, совершённый организованной группой", "ч. 3 ст. 200 УК РТ", 300),
     charge("Контрабанда наркотических средств", "ч. 4 ст. 289 УК РТ", 240)],
    warrant("ArrestWarrant", "Агентство по контролю за наркотиками при Президенте РТ (санкция прокурора)", "2023-08-22", "АКН-2023-4419")))

add(case("lg-10-pk-schoolboy-kidnapped-for-ransom", "clear", "PK", N + "Same requester as abusive cases.", [ART83],
    person("Afridi", "Gul Zaman", "M", "1981-12-12", ["PK"], "PK", [("Passport", "CV1190774", "PK"), ("CNIC", "17301-1190774-1", "PK")], ["ps", "ur"]),
    "On 03.02.2024 the accused with three accomplices abducted a 9-year-old schoolboy from outside his school in Hayatabad, Peshawar, "
    "held him for 19 days and demanded PKR 50 million ransom from his father; PKR 12 million was paid. The child was recovered by CTD; two "
    "accomplices arrested; call data records and ransom pick-up CCTV identify the accused, who fled to Afghanistan and then Turkey.",
    "2024-02-03", "Hayatabad, Peshawar, Khyber Pakhtunkhwa", "Prosecution",
    [charge("Kidnapping or abducting for extorting property (ransom)", "Section 365-A PPC", 1200)],
    warrant("ArrestWarrant", "Anti-Terrorism Court-II, Peshawar", "2024-04-10", "FIR 88/2024 PS CTD Peshawar")))

add(case("lg-11-kg-investment-pyramid-9000-depositors", "clear", "KG", N + "Same requester as an abusive case.", [ART83],
    person("Osmonova", "Aizada Bakytovna", "F", "1988-09-09", ["KG"], "KG", [("Passport", "AC4419077", "KG")], ["ky", "ru"]),
    "Осмонова А.Б. в 2021-2023 гг., будучи учредителем ОсОО «Алтын Инвест Групп», привлекла денежные средства 9 214 граждан под "
    "обещание доходности 10% в месяц, не осуществляя реальной деятельности и выплачивая «доход» за счёт новых вкладчиков. "
    "Ущерб - 1,9 млрд сомов. Выехала в ОАЭ 02.06.2023.",
    "2023-06-01", "Bishkek and Osh", "Prosecution",
    [charge("Мошенничество в особо крупном размере", "ч. 3 ст. 209 УК КР", 120),
     charge("Создание и руководство финансовой пирамидой", "ст. 221 УК КР", 120)],
    warrant("ArrestWarrant", "Октябрьский районный суд г. Бишкек", "2023-07-05", "ДС-1-2207/23")))

add(case("lg-12-tn-post-office-armed-robbery-sentence", "clear", "TN", N + "Same requester as an abusive case.", [ART83],
    person("Jebali", "Mohamed Amine", "M", "1992-05-30", ["TN"], "TN", [("Passeport", "X4419770", "TN")], ["ar", "fr"]),
    "Le condamné, armé d'un fusil de chasse à canon scié, a braqué le 19/09/2022 le bureau de poste de Sidi Hassine avec deux complices, "
    "blessé par balle un agent de sécurité et emporté 214 000 dinars. Condamné par défaut puis contradictoirement en appel; évadé du "
    "territoire par voie maritime vers l'Italie.",
    "2022-09-19", "Sidi Hassine, Tunis", "Sentence",
    [charge("Vol qualifié avec usage d'arme", "Art. 260 Code pénal tunisien", 1200),
     charge("Tentative de meurtre", "Art. 59 et 201 Code pénal", 1200)],
    warrant("CourtDecision", "Cour d'appel de Tunis, chambre criminelle", "2024-02-26", "Aff. n° 4419/2023"),
    sentence_imposed=240, sentence_remaining=240))

add(case("lg-13-ae-off-plan-property-fraud-buyers", "clear", "AE", N + "Same requester as abusive cases.", [ART83],
    person("Varma", "Suresh Kumar", "M", "1972-02-08", ["IN"], "IN", [("Passport", "U4419077", "IN")], ["en", "hi", "ml"]),
    "The accused, owner of a real-estate developer, between 2020 and 2022 sold 318 off-plan units in a project for which no building "
    "permit existed, collected AED 142 million from buyers into accounts not registered as escrow, and transferred AED 96 million "
    "abroad. 211 buyers filed complaints; escrow audit by the Land Department confirms the diversion.",
    "2022-11-30", "Dubai, United Arab Emirates", "Prosecution",
    [charge("Fraud", "Art. 451 Federal Decree-Law No. 31 of 2021 (Penal Code)", 36),
     charge("Money laundering", "Art. 2 Federal Decree-Law No. 20 of 2018", 120),
     charge("Receiving off-plan payments outside escrow", "Art. 16 Dubai Law No. 8 of 2007", 36)],
    warrant("ArrestWarrant", "Dubai Public Prosecution", "2023-03-02", "DXB/PP/2023/11907")))

add(case("lg-14-rs-port-cocaine-container-clan", "clear", "RS", N + "Same requester as abusive and hard cases.", [ART83],
    person("Kovačević", "Dragan", "M", "1980-06-06", ["RS", "ME"], "RS", [("Pasoš", "010441907", "RS"), ("Pasoš", "ME1190774", "ME")], ["sr", "en", "es"]),
    "Okrivljeni je kao pripadnik organizovane kriminalne grupe 2023. godine organizovao prevoz 1.270 kg kokaina iz Ekvadora u "
    "kontejneru sa bananama do luke u Antverpenu i dalje do Srbije; deo pošiljke zaplenjen 11.11.2023. Dokazi: SKY ECC poruke, "
    "finansijski tragovi, iskazi saradnika.",
    "2023-11-11", "Beograd / Antwerpen (BE)", "Prosecution",
    [charge("Neovlašćena proizvodnja i stavljanje u promet opojnih droga (organizovana grupa)", "čl. 246 st. 3 Krivičnog zakonika", 180)],
    warrant("ArrestWarrant", "Viši sud u Beogradu, Posebno odeljenje za organizovani kriminal", "2024-01-15", "Kpp Po1 3/2024")))

add(case("lg-15-gt-femicide-partner-stabbed", "clear", "GT", N + "Same requester as an abusive case.", [ART83],
    person("López Ajanel", "Edwin Rolando", "M", "1991-03-19", ["GT"], "GT", [("Pasaporte", "239904471", "GT"), ("DPI", "2741 90774 0901", "GT")], ["es", "quc"]),
    "El sindicado, el 08/01/2024 en el interior de la vivienda ubicada en zona 3 de Quetzaltenango, en el marco de relaciones desiguales "
    "de poder, dio muerte a su conviviente K.M.T. (24 años) con 14 heridas de arma blanca, en presencia de los hijos menores de ambos. "
    "Huyó hacia México por Tecún Umán.",
    "2024-01-08", "Quetzaltenango, Guatemala", "Prosecution",
    [charge("Femicidio", "Art. 6 Ley contra el Femicidio y otras Formas de Violencia contra la Mujer (Decreto 22-2008)", 600)],
    warrant("ArrestWarrant", "Juzgado de Primera Instancia Penal de Delitos de Femicidio, Quetzaltenango", "2024-01-19", "09001-2024-00044")))

add(case("lg-16-ir-abduction-and-rape-of-minor", "clear", "IR", N + "Same requester as an abusive case.", [ART83],
    person("Rostami", "Hamid", "M", "1987-08-28", ["IR"], "IR", [("Passport", "X41907733", "IR")], ["fa"]),
    "متهم در تاریخ 1402/08/12 دختر 12 ساله‌ای را در مسیر مدرسه با خودروی پراید به زور سوار کرده، به باغی در حومه شیراز برده و مورد "
    "تجاوز قرار داده است. آزمایش DNA، تصاویر دوربین و شهادت شهود هویت وی را تأیید می‌کند. متهم از طریق مرز بازرگان به ترکیه گریخته است.",
    "2023-11-03", "Shiraz, Fars province", "Prosecution",
    [charge("آدم‌ربایی", "ماده 621 قانون مجازات اسلامی (تعزیرات)", 180),
     charge("تجاوز به عنف", "ماده 224 قانون مجازات اسلامی 1392", 1200)],
    warrant("ArrestWarrant", "دادسرای عمومی و انقلاب شیراز - بازپرسی شعبه 4", "2023-11-20", "140292000441907")))

add(case("lg-17-kz-bank-manager-client-deposits-resubmitted", "clear", "KZ", N + "A prior request for the same person was refused only for an incomplete summary of facts; this resubmission is complete.", [ART83],
    person("Ibraimova", "Saule Temirkhanovna", "F", "1983-04-22", ["KZ"], "KZ", [("Passport", "N11904477", "KZ"), ("IIN", "830422400339", "KZ")], ["kk", "ru"]),
    "Ибраимова С.Т., являясь управляющей филиалом АО «Народный банк» в г. Караганда, в период с 04.01.2022 по 30.09.2023 путём "
    "подделки распоряжений о закрытии срочных депозитов похитила денежные средства 63 клиентов (преимущественно пенсионеров) на "
    "общую сумму 1,14 млрд тенге, переводя их на счета подконтрольных лиц. Подтверждено внутренним аудитом и почерковедческой экспертизой.",
    "2023-09-30", "Karaganda, Kazakhstan", "Prosecution",
    [charge("Присвоение или растрата вверенного чужого имущества в особо крупном размере", "п. 2 ч. 4 ст. 189 УК РК", 120),
     charge("Подделка документов", "ч. 3 ст. 385 УК РК", 36)],
    warrant("ArrestWarrant", "Следственный суд г. Караганды", "2023-10-25", "3510-23-00-1/4419"),
    priors=[prior("KZ/RN/2024/0119", person("Ibraimova", "Saule", "F", "1983-04-22", ["KZ"], "KZ", [("Passport", "N11904477", "KZ")], ["kk", "ru"]),
                  "2024-03-06T08:15:00Z", "Art. 83(2)(b)(i): summary of facts did not state the time, place and the person's specific acts; NCB invited to resubmit.")]))

add(case("lg-18-jo-sister-killed-honour-motive", "clear", "JO", N + "Same requester as an abusive case.", [ART83],
    person("Al-Zoubi", "Omar Khaled", "M", "1997-10-02", ["JO"], "JO", [("Passport", "S190774", "JO")], ["ar"]),
    "أقدم المشتكى عليه بتاريخ 2024/02/17 على قتل شقيقته (27 عاماً) داخل منزل العائلة في الزرقاء بإطلاق ثلاث رصاصات عليها بذريعة "
    "«الشرف»، وفرّ إلى خارج المملكة عبر معبر جابر. التقرير الطبي الشرعي وأقوال الشهود والسلاح المضبوط تثبت الواقعة.",
    "2024-02-17", "Zarqa, Jordan", "Prosecution",
    [charge("القتل العمد", "المادة 328 قانون العقوبات الأردني رقم 16 لسنة 1960", 1200)],
    warrant("ArrestWarrant", "مدعي عام محكمة الجنايات الكبرى", "2024-03-03", "2024/1907 جنايات كبرى")))

add(case("lg-19-ug-ivory-pangolin-export-network", "clear", "UG", N + "Same requester as an abusive case.", [ART83],
    person("Mugisha", "Patrick Kato", "M", "1978-12-30", ["UG"], "UG", [("Passport", "A00419077", "UG")], ["en", "lg", "sw"]),
    "The accused financed and coordinated a network that between 2021 and 2023 exported 4.2 tonnes of ivory and 6.7 tonnes of pangolin "
    "scales from Entebbe in containers declared as timber; two consignments seized in Singapore and Mombasa. Co-accused convicted; "
    "financial records link the accused to the shipping company.",
    "2023-05-10", "Kampala and Entebbe", "Prosecution",
    [charge("Unlawful dealing in protected species specimens", "Section 71 Uganda Wildlife Act 2019", 1200),
     charge("Money laundering", "Section 3 Anti-Money Laundering Act 2013", 180)],
    warrant("ArrestWarrant", "Standards, Utilities and Wildlife Court, Kampala", "2023-08-01", "UWA-CR-0441/2023")))

add(case("lg-20-cu-speedboat-migrant-smuggling-deaths", "clear", "CU", N + "Same requester as an abusive case.", [ART83],
    person("Rodríguez Valdés", "Yunior", "M", "1986-02-02", ["CU", "US"], "CU", [("Pasaporte", "L441907", "CU")], ["es", "en"]),
    "El acusado organizó el 14/01/2023 la salida ilegal desde Caibarién de una lancha rápida con 23 migrantes, cobrando 8 000 USD por "
    "persona, sobrecargando la embarcación; al naufragar fallecieron 7 personas, entre ellas dos menores. Los sobrevivientes lo "
    "identificaron como organizador.",
    "2023-01-14", "Caibarién, Villa Clara", "Prosecution",
    [charge("Tráfico de personas con resultado de muerte", "Art. 347 Código Penal (Ley 151/2022)", 360)],
    warrant("ArrestWarrant", "Tribunal Provincial Popular de Villa Clara", "2023-03-09", "Exp. 441/2023")))

add(case("lg-21-cm-traders-kidnapped-ransom-adamawa", "clear", "CM", N + "Same requester as an abusive case.", [ART83],
    person("Hamadou", "Oumarou", "M", "1982-01-01", ["CM"], "CM", [("Passeport", "01441907", "CM")], ["fr", "ff", "ar"]),
    "Le nommé HAMADOU Oumarou, chef d'un gang de preneurs d'otages, a enlevé le 22/03/2023 sur l'axe Ngaoundéré-Garoua trois "
    "commerçants de bétail, les a séquestrés 17 jours et a obtenu une rançon de 32 millions FCFA; un otage a été tué. Identifié par "
    "les otages libérés et les relevés téléphoniques.",
    "2023-03-22", "Région de l'Adamaoua, Cameroun", "Prosecution",
    [charge("Enlèvement avec rançon ayant entraîné la mort", "Art. 352 Code pénal camerounais", 1200), charge("Assassinat", "Art. 276 Code pénal", 1200)],
    warrant("ArrestWarrant", "Juge d'instruction, Tribunal de grande instance de la Vina (Ngaoundéré)", "2023-06-14", "MA n° 044/2023/TGI-Vina")))

add(case("lg-22-tr-cocaine-container-mersin-sentence", "clear", "TR", N, [ART83],
    person("Aydın", "Serkan", "M", "1984-07-13", ["TR"], "TR", [("Pasaport", "U41907733", "TR"), ("T.C. Kimlik", "41907733114", "TR")], ["tr", "en"]),
    "Hükümlü, Ekvador'dan gelen muz konteyneri içinde 1.160 kg kokainin Mersin Limanı üzerinden Türkiye'ye sokulmasını organize "
    "etmiş, yakalanan 4 sanıkla birlikte örgüt yöneticisi olarak mahkûm edilmiş; karar Yargıtay'ca onanmadan önce denetimli "
    "serbestlik sırasında yurt dışına kaçmıştır.",
    "2022-06-21", "Mersin Limanı, Mersin", "Sentence",
    [charge("Uyuşturucu veya uyarıcı madde imal ve ticareti (örgüt faaliyeti)", "TCK m. 188/3-5", 360)],
    warrant("CourtDecision", "Mersin 8. Ağır Ceza Mahkemesi", "2024-04-11", "E. 2022/411, K. 2024/119"),
    sentence_imposed=270, sentence_remaining=252))

add(case("lg-23-kr-crypto-lending-platform-collapse", "clear", "KR", N + "Same requester as an abusive case.", [ART83],
    person("Choi", "Dong-hyun", "M", "1986-04-04", ["KR"], "KR", [("Passport", "M19077412", "KR")], ["ko", "en"]),
    "피의자는 가상자산 예치·대여 플랫폼 대표로서 2021년부터 2023년까지 원금 보장 및 연 12% 수익을 약속하며 약 1만 6천 명의 "
    "피해자로부터 1조 4천억원 상당의 가상자산을 예치받은 후, 이를 고위험 투자 및 개인 용도로 유용하고 출금을 중단하였다.",
    "2023-06-13", "Seoul", "Prosecution",
    [charge("특정경제범죄가중처벌등에관한법률위반(사기)", "특정경제범죄법 제3조 제1항 제1호", 1200),
     charge("유사수신행위의 규제에 관한 법률 위반", "유사수신행위법 제6조", 60)],
    warrant("ArrestWarrant", "서울남부지방법원", "2023-09-01", "2023-영장-04417")))

add(case("lg-24-sg-commodity-trader-duplicate-invoices-banks", "clear", "SG", N + "Same requester as an abusive case.", [ART83],
    person("Tan", "Kok Leong", "M", "1969-10-10", ["SG"], "SG", [("Passport", "E4419077K", "SG")], ["en", "zh"]),
    "Between 2018 and 2020 the accused, director of an oil-trading company, obtained trade-finance loans from 14 banks by presenting "
    "duplicated and fictitious bills of lading and invoices for cargoes already financed or non-existent, causing losses of about "
    "SGD 430 million when the company collapsed. He left Singapore in April 2020.",
    "2020-04-15", "Singapore", "Prosecution",
    [charge("Abetment of forgery for the purpose of cheating", "Section 468 read with Section 109 Penal Code 1871", 120),
     charge("Cheating", "Section 420 Penal Code 1871", 120)],
    warrant("ArrestWarrant", "State Courts of Singapore", "2021-01-12", "WA-400419-2021")))

add(case("lg-25-id-methamphetamine-fishing-boat", "clear", "ID", N + "Same requester as an abusive case.", [ART83],
    person("Wong", "Ah Seng", "M", "1975-05-25", ["MY"], "MY", [("Passport", "A41907733", "MY")], ["ms", "zh", "en"]),
    "Tersangka selaku pengendali jaringan mengirim 402 kg sabu (metamfetamina) dari perairan Thailand menggunakan kapal nelayan yang "
    "ditangkap di perairan Aceh Timur pada 14 Mei 2024. Tiga ABK ditangkap; komunikasi terenkripsi dan aliran dana mengarah kepada tersangka.",
    "2024-05-14", "Perairan Aceh Timur, Aceh", "Prosecution",
    [charge("Permufakatan jahat mengimpor Narkotika Golongan I", "Pasal 114 ayat (2) jo. Pasal 132 UU No. 35/2009 tentang Narkotika", 1200)],
    warrant("ArrestWarrant", "Badan Narkotika Nasional RI (Direktorat Penindakan)", "2024-06-03", "SP.Kap/44/VI/2024/BNN")))

add(case("lg-26-ph-livestream-child-sexual-exploitation", "clear", "PH", N + "Same requester as an abusive case.", [ART83],
    person("Dela Cruz", "Mylene Abad", "F", "1987-08-08", ["PH"], "PH", [("Passport", "P7719044A", "PH")], ["tl", "en", "ceb"]),
    "Accused, from 2021 to 2023, in her house in Lapu-Lapu City, caused her two nieces and a neighbour's child (aged 6 to 11) to perform "
    "sexual acts streamed live to foreign paying customers; payments of PHP 1.9 million traced through remittance centres. The children "
    "were rescued on 10.10.2023; she fled on a fishing vessel to Sabah.",
    "2023-10-10", "Lapu-Lapu City, Cebu", "Prosecution",
    [charge("Qualified trafficking in persons", "Sec. 4(a) and 6, R.A. 9208 as amended by R.A. 10364", 1200),
     charge("Online sexual abuse or exploitation of children", "Sec. 4, R.A. 11930", 1200)],
    warrant("ArrestWarrant", "Regional Trial Court, Lapu-Lapu City, Branch 27", "2023-11-06", "Crim. Case No. R-LLP-23-01907-CR")))

add(case("lg-27-uz-labour-trafficking-construction-workers", "clear", "UZ", N + "Same requester as an abusive case.", [ART83],
    person("Yusupov", "Sherzod Akmalovich", "M", "1980-03-08", ["UZ"], "UZ", [("Passport", "FA1907744", "UZ")], ["uz", "ru"]),
    "Yusupov Sh.A. 2022-2023-yillarda Samarqand viloyatidan 46 nafar fuqaroni chet elda qurilishda yuqori maosh va'da qilib jalb etib, "
    "ularning pasportlarini olib qo'ygan, maosh to'lamasdan majburiy mehnatga solgan va qarz bahonasida ushlab turgan. Jabrlanuvchilar "
    "IOM yordamida qaytarilgan.",
    "2023-05-31", "Samarkand region / abroad", "Prosecution",
    [charge("Odam savdosi (guruh tomonidan, ikki yoki undan ortiq shaxsga nisbatan)", "O'zbekiston Respublikasi JK 135-moddasi 3-qismi", 216)],
    warrant("ArrestWarrant", "Samarqand viloyati jinoyat ishlari bo'yicha sudi", "2023-08-15", "1-1401-2308/119")))

add(case("lg-28-lk-underworld-contract-killing-court-complex", "clear", "LK", N + "Same requester as an abusive case.", [ART83],
    person("Perera", "Kasun Madushanka", "M", "1990-12-01", ["LK"], "LK", [("Passport", "N4419077", "LK")], ["si", "en"]),
    "The suspect, a leader of an organised crime group operating from abroad, ordered and financed the shooting of a rival gang member "
    "inside the Hulftsdorp court complex on 19.02.2025, carried out by a gunman disguised as a lawyer; the victim died. The gunman was "
    "arrested and phone extraction records instructions and payments from the suspect.",
    "2025-02-19", "Hulftsdorp, Colombo 12", "Prosecution",
    [charge("Murder (abetment)", "Sections 296 and 102 Penal Code", 1200), charge("Conspiracy to commit murder", "Section 113A Penal Code", 1200)],
    warrant("ArrestWarrant", "Chief Magistrate's Court, Colombo", "2025-03-11", "B 19077/25")))

add(case("lg-29-br-bank-vault-robbery-gang-sentence", "clear", "BR", N, [ART83],
    person("Santos Oliveira", "Marcelo", "M", "1978-06-18", ["BR"], "BR", [("Passaporte", "FZ441907", "BR"), ("CPF", "441.907.733-19", "BR")], ["pt", "es"]),
    "O condenado integrou organização criminosa que, em 13/07/2021, tomou reféns e explodiu o cofre de agência bancária em Araçatuba/SP, "
    "com uso de fuzis e drones, resultando na morte de dois civis. Condenado com trânsito em julgado; evadiu-se para o Paraguai.",
    "2021-07-13", "Araçatuba, São Paulo", "Sentence",
    [charge("Latrocínio", "Art. 157, § 3º, II, do Código Penal", 360),
     charge("Organização criminosa armada", "Art. 2º, § 2º, da Lei 12.850/2013", 96)],
    warrant("CourtDecision", "1ª Vara Criminal da Comarca de Araçatuba/SP", "2023-08-30", "Processo 1500441-07.2021.8.26.0032"),
    sentence_imposed=396, sentence_remaining=380))

add(case("lg-30-mx-express-kidnapping-cell-leader", "clear", "MX", N + "Same requester as a hard case.", [ART83],
    person("Hernández Ruiz", "José Alfredo", "M", "1988-01-15", ["MX"], "MX", [("Pasaporte", "G19077441", "MX")], ["es"]),
    "El imputado encabezó una célula que entre 2022 y 2023 privó de la libertad a 9 personas en Ecatepec y Tlalnepantla, exigiendo "
    "rescates de 200 000 a 1 500 000 pesos; una víctima fue privada de la vida. Tres integrantes detenidos lo señalan como líder; "
    "georreferencias telefónicas coinciden.",
    "2023-04-30", "Ecatepec de Morelos, Estado de México", "Prosecution",
    [charge("Secuestro agravado", "Arts. 9 y 10 Ley General para Prevenir y Sancionar los Delitos en Materia de Secuestro", 1200)],
    warrant("ArrestWarrant", "Juez de Control del Distrito Judicial de Ecatepec", "2023-06-21", "CP 441/2023")))

add(case("lg-31-za-cash-in-transit-heist-guard-killed", "clear", "ZA", N, [ART83],
    person("Mthembu", "Sipho Brian", "M", "1985-09-29", ["ZA"], "ZA", [("Passport", "A04419077", "ZA")], ["zu", "en"]),
    "On 04.04.2024 the accused, with at least eight accomplices armed with AK-47 rifles, blew open a cash-in-transit vehicle on the R23 "
    "near Heidelberg, killing one guard and wounding two, and stole R14.6 million. Cell-phone records and DNA on an abandoned getaway "
    "vehicle link the accused, who fled to Mozambique.",
    "2024-04-04", "Heidelberg, Gauteng", "Prosecution",
    [charge("Robbery with aggravating circumstances", "Section 1 Criminal Procedure Act 51/1977 read with s. 51(2) Act 105/1997", 1200),
     charge("Murder", "Common law, read with s. 51(1) Criminal Law Amendment Act 105/1997", 1200)],
    warrant("ArrestWarrant", "Heidelberg Magistrate's Court", "2024-05-07", "J50 No. 441/2024")))

add(case("lg-32-fr-murder-sentence-absconded-diffusion", "clear", "FR", N + "Sent as a wanted-person Diffusion for an ordinary crime (legitimate use of the channel).", [ART83],
    person("Benali", "Yanis", "M", "1993-04-26", ["FR", "DZ"], "FR", [("Passeport", "19AF44190", "FR"), ("CNI", "190777441907", "FR")], ["fr", "ar"]),
    "Le condamné a, le 02/06/2021 à Villeurbanne, porté onze coups de couteau à un jeune homme de 19 ans à l'issue d'une altercation "
    "liée à un trafic de stupéfiants, entraînant sa mort. Condamné par la cour d'assises à 18 ans de réclusion criminelle; il s'est "
    "soustrait à l'exécution de la peine lors d'une permission de sortir le 14/09/2025.",
    "2021-06-02", "Villeurbanne (Rhône)", "Sentence",
    [charge("Meurtre", "Art. 221-1 du Code pénal", 360)],
    warrant("CourtDecision", "Cour d'assises du Rhône", "2024-03-15", "Arrêt n° 24/0119"),
    sentence_imposed=216, sentence_remaining=168, diffusion=True))

add(case("lg-33-de-boiler-room-fraud-refugee-from-third-state", "clear", "DE", N + "The person is a recognised refugee, but persecution is feared from Eritrea, not from the requesting state; refugee policy does not apply.", [ART83],
    person("Tesfaye", "Dawit", "M", "1989-11-17", ["ER"], "ER", [("Reiseausweis für Flüchtlinge", "R1190774", "DE")], ["ti", "de", "en"]),
    "Der Beschuldigte betrieb von 2021 bis 2023 als Teil einer Tätergruppe ein Callcenter, das über gefälschte Trading-Plattformen "
    "Anleger zu Einzahlungen verleitete; mindestens 412 Geschädigte in Deutschland, Gesamtschaden ca. 21,7 Mio. EUR. Er war für die "
    "Weiterleitung der Gelder über Kryptowährungskonten verantwortlich. Er setzte sich im Mai 2024 ins Ausland ab.",
    "2023-12-31", "Frankfurt am Main / online", "Prosecution",
    [charge("Gewerbs- und bandenmäßiger Betrug", "§ 263 Abs. 5 StGB", 120), charge("Geldwäsche", "§ 261 StGB", 60)],
    warrant("ArrestWarrant", "Amtsgericht Frankfurt am Main (Ermittlungsrichter)", "2024-06-18", "931 Gs 4419/24"),
    protections=[protected(person("Tesfaye", "Dawit", "M", "1989-11-17", ["ER"], "ER", [("Reiseausweis für Flüchtlinge", "R1190774", "DE")], ["ti"]),
                           "Refugee", ["ER"], True)]))

add(case("lg-34-us-ransomware-affiliate-hospitals", "clear", "US", N, [ART83],
    person("Melnyk", "Oleksandr", "M", "1992-02-29", ["UA"], "UA", [("Passport", "FN190774", "UA")], ["uk", "ru", "en"]),
    "Between March 2022 and August 2023 the defendant, an affiliate of a ransomware-as-a-service group, gained access to networks of "
    "at least 31 U.S. victims including four hospitals, encrypted systems and extorted ransom payments totalling about USD 12.4 million; "
    "one hospital diverted ambulances for 6 days. Identified through blockchain tracing and server seizures.",
    "2023-08-31", "Multiple U.S. districts (remote intrusion)", "Prosecution",
    [charge("Conspiracy to commit computer fraud", "18 U.S.C. § 371 and § 1030", 60),
     charge("Intentional damage to a protected computer", "18 U.S.C. § 1030(a)(5)(A)", 120),
     charge("Conspiracy to commit wire fraud", "18 U.S.C. § 1349", 240)],
    warrant("ArrestWarrant", "U.S. District Court for the District of New Jersey", "2024-05-16", "Mag. No. 24-4419")))

add(case("lg-35-gb-rape-after-night-out-fled", "clear", "GB", N, [ART83],
    person("Kowalczyk", "Tomasz", "M", "1990-07-21", ["PL"], "PL", [("Passport", "EK4419077", "PL")], ["pl", "en"]),
    "On 12 March 2024 in Leeds the suspect, after offering a lift to a 22-year-old woman leaving a nightclub, drove her to an industrial "
    "estate and raped her. CCTV, ANPR data on his car and DNA recovered from the victim identify him. He left the UK by ferry two days later.",
    "2024-03-12", "Leeds, West Yorkshire", "Prosecution",
    [charge("Rape", "Section 1 Sexual Offences Act 2003", 1200)],
    warrant("ArrestWarrant", "Leeds Magistrates' Court", "2024-04-02", "WY/2024/44190")))

add(case("lg-36-nl-cocaine-port-employee-six-months-left", "clear", "NL", N + "Threshold edge: exactly six months of sentence remaining.", [ART83],
    person("de Vries", "Jeroen", "M", "1987-05-05", ["NL"], "NL", [("Paspoort", "NW4R19077", "NL")], ["nl", "en"]),
    "Veroordeelde heeft in 2021 als medewerker van een containerterminal in de haven van Rotterdam tegen betaling toegang verschaft "
    "aan uithalers, waarbij 2.300 kg cocaïne uit containers werd gehaald. Na gedeeltelijke tenuitvoerlegging is hij niet teruggekeerd "
    "van verlof; resterend strafdeel zes maanden.",
    "2021-09-14", "Rotterdam (Maasvlakte)", "Sentence",
    [charge("Opzettelijk binnen het grondgebied van Nederland brengen van cocaïne (medeplegen)", "art. 2 onder A jo. art. 10 lid 5 Opiumwet", 144)],
    warrant("CourtDecision", "Rechtbank Rotterdam", "2023-02-09", "ECLI-fict. 10/960119-21"),
    sentence_imposed=42, sentence_remaining=6))

add(case("lg-37-jp-special-fraud-ring-directed-from-abroad", "clear", "JP", N, [ART83],
    person("Kobayashi", "Takumi", "M", "1991-09-09", ["JP"], "JP", [("Passport", "TR4419077", "JP")], ["ja"]),
    "The suspect, from a base in Manila, directed 'ore-ore' special fraud in 2022-2023: callers impersonating relatives and police "
    "induced 148 elderly victims across Japan to hand over cash and cards to collectors, total loss about JPY 620 million. Collectors "
    "arrested; chat logs identify the suspect by the handle used as leader.",
    "2023-03-31", "Tokyo and other prefectures (directed from Manila)", "Prosecution",
    [charge("Fraud (organised)", "Article 246 Penal Code; Article 3 Act on Punishment of Organized Crimes", 240),
     charge("Theft (cash cards)", "Article 235 Penal Code", 120)],
    warrant("ArrestWarrant", "Tokyo Summary Court", "2023-05-18", "R5-Tokyo-4419")))

add(case("lg-38-au-meth-in-marble-slabs", "clear", "AU", N, [ART83],
    person("Nguyen", "Minh Tuan", "M", "1983-03-30", ["AU", "VN"], "VN", [("Passport", "PA4419077", "AU")], ["en", "vi"]),
    "The accused organised the importation of 186 kg of methamphetamine concealed in marble slabs shipped from Thailand to Port Botany, "
    "detected by Australian Border Force on 21.08.2023. Encrypted messages and payments link him to the consignee company; he departed "
    "Australia three days before the controlled delivery.",
    "2023-08-21", "Port Botany, New South Wales", "Prosecution",
    [charge("Importing a commercial quantity of a border controlled drug", "s. 307.1 Criminal Code Act 1995 (Cth)", 1200)],
    warrant("ArrestWarrant", "Local Court of New South Wales (Downing Centre)", "2023-09-12", "2023/00441907")))
