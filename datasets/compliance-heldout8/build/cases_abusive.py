"""Abusive requests: the careful reviewer should REFUSE."""
from common import (C, P, W, ch, prior, prot, S_ART83, S_NEUTRAL, S_REFUGEE, S_FT2018, S_FH,
                    S_REPO, S_POLITICAL, S_COMMERCIAL, S_MILITARY, S_DIFFUSION, S_RU_MEASURES,
                    S_FPC, S_USREPORTS, S_BUSINESS, S_PACE2019)

R = "refuse"
CASES = []
add = CASES.append

# 1 Russia: anti-war graffiti as "vandalism motivated by political hatred" (Diffusion)
p = P("Lavrentyev", "Gleb Arkadyevich", "M", "1994-02-17", "RU", ("Passport", "75 4418203"), "ru en")
add(C("ab-01-ru-antiwar-graffiti-vandalism-diffusion", R, "RU",
      "Modelled on Russian prosecutions of people who painted anti-war slogans and then left (e.g. a Moscow metro graffiti case followed by detention in Armenia). The 'vandalism' is a painted slogan about the war; the aggravating element is the political motive itself. Predominantly political expression; diffusion from an NCB under heightened supervision.",
      ["https://www.azatutyun.am/a/32292266.html", S_RU_MEASURES, S_POLITICAL], p,
      "Гражданин Лаврентьев Г.А. 14.09.2022 около 02:40 на платформе станции метро «Кунцевская» г. Москвы с использованием аэрозольной краски нанёс на облицовку стены надпись объёмом 2,1 кв.м., содержащую высказывания, порочащие действия Вооружённых Сил Российской Федерации в ходе СВО, чем причинил ГУП «Московский метрополитен» ущерб на сумму 18 400 руб. Деяние совершено по мотивам идеологической вражды к социальной группе «военнослужащие». После возбуждения уголовного дела выехал в Республику Армения, объявлен в межгосударственный розыск.",
      "2022-09-14", "Moscow, Kuntsevskaya metro station, Russian Federation",
      [ch("Вандализм, совершённый по мотивам идеологической ненависти или вражды", "ст. 214 ч. 2 УК РФ", 36)],
      W("ArrestWarrant", "Дорогомиловский районный суд г. Москвы", "2023-03-02", "3/1-0211/2023"),
      diffusion=True))

# 2 Russia: small donation to a Ukrainian charity = treason
p = P("Zhiltsova", "Alina Romanovna", "F", "1991-07-30", ["RU", "US"], ("Passport", "72 0931177"), "ru en",
      docs_extra=(("Passport", "A61739204", "US"),))
add(C("ab-02-ru-charity-donation-treason", R, "RU",
      "Modelled on the treason prosecution of a dual national for a small donation to a Ukrainian humanitarian charity. 'Financial assistance to a foreign state' under Art. 275 is a pure offence against the state; the underlying act is a USD 51 donation. Refuse under Art. 3.",
      ["https://www.rferl.org/a/russia-emigres-fear-host-countries-return/32531185.html", S_RU_MEASURES, S_NEUTRAL], p,
      "Гражданка Жильцова А.Р., имея гражданство иностранного государства, 24.02.2024, находясь за пределами РФ, посредством банковской карты перечислила денежные средства в сумме 51 доллар США на счёт благотворительной организации, зарегистрированной на Украине, которая, по данным следствия, осуществляет закупку тактической медицины и снаряжения для ВСУ, то есть оказала финансовую помощь иностранному государству в деятельности, направленной против безопасности Российской Федерации.",
      "2024-02-24", "Outside the Russian Federation (online transfer)",
      [ch("Государственная измена в форме оказания финансовой помощи иностранному государству", "ст. 275 УК РФ", 1200)],
      W("ArrestWarrant", "Лефортовский районный суд г. Москвы", "2024-06-11", "3/2-0417/2024")))

# 3 China: Tibetan monk sharing photographs = inciting separatism
p = P("Dorje", "Lobsang Tsering", "M", "1989-03-05", "CN", ("Passport", "EJ4471093"), "bo zh", cob="CN",
      aliases=(("Luosang", "Cilie"),))
add(C("ab-03-cn-tibetan-monk-photos-separatism", R, "CN",
      "Modelled on Chinese 'inciting separatism' prosecutions of Tibetans for sharing images of the Dalai Lama and commemorating self-immolations. The conduct is religious and political expression; the offence (Art. 103(2)) is a pure offence against the state. Refuse.",
      [S_FH, "https://www.hrw.org/news/2017/09/24/letter-hrw-interpol-secretary-general-stock", S_NEUTRAL], p,
      "犯罪嫌疑人洛桑次列（藏名Lobsang Tsering Dorje），甘孜州某寺院僧人。2023年3月至8月期间，利用微信群“雪域之声”多次转发达赖喇嘛图像及讲话音频共计64条，并组织在寺院内为自焚者举行诵经活动，煽动分裂国家、破坏国家统一。2023年9月经尼泊尔非法出境，现藏匿于境外。",
      "2023-08-20", "Garze Prefecture, Sichuan Province, China",
      [ch("煽动分裂国家罪", "《中华人民共和国刑法》第一百零三条第二款", 180),
       ch("偷越国（边）境罪", "《中华人民共和国刑法》第三百二十二条", 12)],
      W("ArrestWarrant", "甘孜藏族自治州公安局（经检察院批准）", "2023-11-06", "甘公（国保）捕字〔2023〕0419号")))

# 4 China (Hong Kong): overseas "parliament" election organiser
p = P("Kwan", "Hoi-ying Cherry", "F", "1997-11-21", "CN", ("HKSAR Passport", "KJ0825513"), "zh en", cob="HK")
add(C("ab-04-cn-hk-overseas-parliament-subversion", R, "CN",
      "Modelled on the Hong Kong National Security Law warrants and HK$1 million bounties against overseas activists (2023-2025), including those linked to an overseas 'Hong Kong Parliament' vote. Organising an online vote and lobbying foreign governments are political acts; NSL Arts. 22/29 are pure offences against the state.",
      ["https://www.ffhr.cz/post/hong-kong-issues-arrest-warrants-bounties-for-eight-overseas-activists",
       "https://freespeechunion.org/hong-kong-places-bounty-on-british-based-pro-democracy-activists", S_NEUTRAL], p,
      "Between 1 September 2024 and 30 January 2025, while residing in the United Kingdom, the subject acted as a member of the organising committee of a so-called 'Hong Kong Parliament' and arranged an online 'election' in which overseas residents voted for 'members', with the declared aim of drafting a 'constitution' to replace the Basic Law. She also addressed foreign legislators urging sanctions against HKSAR judges and prosecutors. The conduct is intended to subvert the State power and the HKSAR's constitutional order.",
      "2025-01-30", "London, United Kingdom and online (effects in Hong Kong SAR)",
      [ch("Subversion", "Art. 22, Law of the PRC on Safeguarding National Security in the HKSAR", 1200),
       ch("Collusion with a foreign country or external elements to endanger national security",
          "Art. 29, Law of the PRC on Safeguarding National Security in the HKSAR", 1200)],
      W("ArrestWarrant", "West Kowloon Magistrates' Courts (National Security designated magistrate)", "2025-07-25", "WKCC NS 2025/117")))

# 5 Egypt: urologist convicted in a mass trial, no individual role; prior refusal
p = P("Abdel-Rahim", "Hatem Farouk Mahmoud", "M", "1972-05-09", "EG", ("Passport", "A19904527"), "ar en")
pr = P("Abdelrahim", "Hatem Farouk", "M", "1972-05-09", "EG", ("Passport", "A19904527"), "ar en")
add(C("ab-05-eg-physician-mass-trial-absentia", R, "EG",
      "Modelled on Egyptian mass trials after the 2013 events (e.g. the Minya trials in which hundreds were sentenced in hearings lasting minutes, including a Qatar-based urologist). The facts attribute the violence collectively to 'the defendants' with no individual act by this person; a prior request was refused. Art. 2 (fair trial) and Art. 3 (context: opposition labelled 'Brotherhood').",
      ["https://www.rednoticelawjournal.com/2022/09/interpol-red-notice-egypts-red-notices-and-the-muslim-brotherhood-part-3-of-3/",
       "https://www.rednoticelawjournal.com/2022/09/interpol-red-notice-egypts-red-notices-and-the-muslim-brotherhood-part-2-of-3/"], p,
      "بتاريخ 14/8/2013 تجمهر المتهمون وعددهم 412 متهماً أمام مركز شرطة مطاي بمحافظة المنيا وقاموا باقتحامه وإتلاف محتوياته والشروع في قتل أفراد القوة، وذلك عقب فض اعتصامي رابعة العدوية والنهضة. والمحكوم عليه من ضمن المتهمين المحكوم عليهم غيابياً بالسجن المؤبد في الجناية رقم 8813 لسنة 2013 جنايات مطاي، وهو يقيم حالياً خارج البلاد.",
      "2013-08-14", "Matay, Minya Governorate, Egypt",
      [ch("التجمهر والاشتراك في اقتحام مركز شرطة والشروع في القتل", "المواد 45، 46، 234 عقوبات والمادتان 2، 3 من القانون 10 لسنة 1914", 300)],
      W("CourtDecision", "محكمة جنايات المنيا", "2015-04-20", "جناية 8813 لسنة 2013 مطاي"),
      wanted="Sentence", sentence=(300, 300),
      priors=[prior("CCF/2019/0553", pr, "2019-10-08T09:00:00Z", "Not compliant: facts do not describe the individual participation of the person; predominant political context (Art. 3) and Art. 2 concerns over the mass trial.")]))

# 6 Iran: women's-rights campaigner abroad, "encouraging corruption" over hijab videos
p = P("Ahmadzadeh", "Leila Sadat", "F", "1983-02-09", ["IR", "CA"], ("Passport", "P81770342"), "fa en fr",
      docs_extra=(("Passport", "AV118203", "CA"),))
add(C("ab-06-ir-hijab-campaign-activist-abroad-art639", R, "IR",
      "Modelled on Iran's prosecution of women who removed or campaigned against the compulsory hijab under Art. 639 ('encouraging corruption and prostitution') and on warnings that sending hijab-removal videos to an exiled campaigner is 'cooperation with a hostile government' (Art. 508). Behavioural-norm offence plus political expression; refuse.",
      ["http://www.iranobserver.org/women-protesting-against-hijab-in-iran-will-be-charged-with-inciting-prostitution-and-jailed/",
       "http://www.pressreader.com/new-zealand/nelson-mail/20190731/281814285472164",
       "https://www.iranintl.com/en/202208208541"], p,
      "متهمه لیلا سادات احمدزاده مقیم کانادا از سال ۱۴۰۱ تا ۱۴۰۳ با راه‌اندازی صفحه‌ای در اینستاگرام موسوم به «چهارشنبه‌های بی‌حجاب» زنان داخل کشور را به برداشتن حجاب در اماکن عمومی، فیلمبرداری و ارسال فیلم‌ها به وی تشویق نموده و بیش از ۹۰۰ فیلم را منتشر کرده است. همچنین با رسانه‌های فارسی‌زبان معاند مصاحبه نموده است.",
      "2024-12-31", "Online, from Toronto, Canada (effects in Tehran, Islamic Republic of Iran)",
      [ch("تشویق و ترغیب مردم به فساد و فحشا", "ماده ۶۳۹ قانون مجازات اسلامی (تعزیرات)", 120),
       ch("همکاری با دول متخاصم علیه نظام", "ماده ۵۰۸ قانون مجازات اسلامی (تعزیرات)", 120),
       ch("تبلیغ علیه نظام", "ماده ۵۰۰ قانون مجازات اسلامی (تعزیرات)", 12)],
      W("ArrestWarrant", "دادسرای عمومی و انقلاب تهران - ناحیه ۳۳ (امنیت)", "2025-03-02", "۱۴۰۳-۹۸۸۱۲۴")))

# 7 Iran: Baha'i online university lecturer
p = P("Rowhani", "Nasrin Golshan", "F", "1979-06-22", "IR", ("Passport", "P90311582"), "fa en")
add(C("ab-07-ir-bahai-online-university-propaganda", R, "IR",
      "Modelled on the prosecution of Baha'i educators of the informal online Baha'i university. Teaching members of a barred religious minority is religious activity relabelled as 'propaganda' and 'educational activity contrary to Islamic law'. Art. 3 (religious) and Art. 2.",
      [S_FH, S_NEUTRAL, S_REPO], p,
      "متهمه نسرین گلشن روحانی از اعضای تشکیلات فرقه ضاله بهائیت، از سال ۱۳۹۹ تا ۱۴۰۲ به صورت برخط در مؤسسه غیرقانونی موسوم به «مؤسسه علمی آزاد» به جوانان بهائی تدریس نموده و با برگزاری جلسات موسوم به «ضیافت» به تبلیغ انحرافی مغایر با شرع مقدس اسلام پرداخته است. متهمه در سال ۱۴۰۲ به صورت غیرقانونی از مرز بازرگان خارج شده است.",
      "2023-04-15", "Shiraz, Fars Province, Islamic Republic of Iran",
      [ch("فعالیت آموزشی یا تبلیغی انحرافی مخل به شرع مقدس اسلام", "ماده ۵۰۰ مکرر قانون مجازات اسلامی (اصلاحی ۱۳۹۹)", 60),
       ch("تبلیغ علیه نظام", "ماده ۵۰۰ قانون مجازات اسلامی (تعزیرات)", 12)],
      W("ArrestWarrant", "دادسرای عمومی و انقلاب شیراز", "2023-09-02", "۱۴۰۲-۱۰۶۴۴۸")))

# 8 Bahrain: cleric's tweets
p = P("Al-Sitri", "Jaafar Hasan Mahdi", "M", "1966-01-18", "BH", ("Passport", "2388109"), "ar en")
add(C("ab-08-bh-cleric-tweets-brotherly-state", R, "BH",
      "Modelled on Bahrain's prosecutions in absentia of exiled Shia clerics and activists for social-media posts (insulting a 'brotherly state', inciting hatred of the regime), and on NGO concerns about Bahraini Red Notices. Pure expression offences; the only facts are tweets.",
      ["http://edit.hrw.org/news/2022/02/14/joint-ngo-letter-interpol-regarding-bahraini-red-notices",
       "https://www.rednoticemonitor.com/post/is-interpol-being-corrupted-by-bahrain"], p,
      "قام المتهم خلال الفترة من يناير حتى مايو 2023 بنشر تغريدات عبر حسابه في منصة (إكس) من خارج المملكة، تضمنت عبارات من شأنها الإساءة إلى دولة شقيقة وقيادتها، وتحريض الجمهور على كراهية نظام الحكم والازدراء به، وإذاعة أخبار كاذبة من شأنها الإضرار بالمصلحة الوطنية. وقد صدر بحقه حكم غيابي بالسجن خمس سنوات.",
      "2023-05-31", "Online, from outside Bahrain (effects in Manama)",
      [ch("التحريض على كراهية نظام الحكم والازدراء به", "المادة 165 من قانون العقوبات البحريني", 60),
       ch("العيب في حق دولة أجنبية شقيقة", "المادة 215 من قانون العقوبات", 24),
       ch("إذاعة أخبار كاذبة عمداً", "المادة 168 من قانون العقوبات", 24)],
      W("CourtDecision", "المحكمة الكبرى الجنائية الرابعة", "2024-02-12", "1/2023/14567/07"),
      wanted="Sentence", sentence=(60, 60)))

# 9 Saudi Arabia: sister of an exiled critic, money transfers = terror financing (Diffusion)
p = P("Al-Harbi", "Reem Saad Abdullah", "F", "1993-09-14", "SA", ("Passport", "V5522801"), "ar en")
add(C("ab-09-sa-sister-of-exile-transfers-terror-financing-diffusion", R, "SA",
      "Modelled on Saudi pressure on relatives of exiled critics (Freedom House case study on Saudi Arabia; collateral targeting of family members). The 'terrorist' is the brother, an online critic; the 'financing' is family remittances. Relative-of-critic pattern; Art. 3.",
      [S_FH, "https://www.adhrb.org/2025/05/saudi-arabias-new-interpol-office-a-dangerous-expansion-of-transnational-repression"], p,
      "قامت المطلوبة خلال الفترة من 2021 إلى 2023 بتحويل مبالغ مالية بلغ مجموعها (84,000) ريال إلى شقيقها المقيم في كندا والمصنف لدى الجهات المختصة بسبب نشره عبر حساباته في مواقع التواصل مواد تمس النظام العام والوحدة الوطنية، مع علمها بنشاطه، وتواصلت معه عبر تطبيقات مشفرة، ثم غادرت المملكة إلى تركيا.",
      "2023-06-30", "Riyadh, Kingdom of Saudi Arabia",
      [ch("تمويل شخص يقوم بجرائم إرهابية", "المادة 47 من نظام مكافحة جرائم الإرهاب وتمويله 1439هـ", 300),
       ch("التواصل مع جهات معادية", "المادة 34 من نظام مكافحة جرائم الإرهاب وتمويله", 120)],
      W("ArrestWarrant", "النيابة العامة - دائرة قضايا أمن الدولة", "2024-01-09", "44/ن ع/1445/221"),
      diffusion=True))

# 10 Venezuela: poll witness who published tally sheets; asylum in Spain
p = P("Marcano Lugo", "Daniela Carolina", "F", "1985-03-27", "VE", ("Pasaporte", "154881903"), "es en")
add(C("ab-10-ve-poll-witness-actas-usurpation-asylee", R, "VE",
      "Modelled on the September 2024 warrants after the disputed presidential election (usurpation, forgery of public documents, instigation to disobedience) over the publication of opposition tally sheets (actas). The person collected and published tallies; she holds asylum in Spain. Predominantly political; refugee policy also applies.",
      ["https://elimpulso.com/2024/09/02/tribunal-emite-la-orden-de-aprehension-contra-edmundo-gonzalez-2sep",
       "https://uk.news.yahoo.com/venezuela-targets-opposition-figures-interpol-223618186.html", S_REFUGEE], p,
      "La ciudadana MARCANO LUGO, en su condición de coordinadora de testigos del denominado 'Comando con Venezuela' en el estado Bolívar, recopiló, digitalizó y publicó en un portal web no autorizado por el Consejo Nacional Electoral 1.318 supuestas actas de escrutinio de la elección presidencial del 28-07-2024, atribuyéndose funciones propias del Poder Electoral y desconociendo los resultados oficiales, instigando a la población a la desobediencia de las leyes. Salió del país por el estado Táchira en agosto de 2024.",
      "2024-07-29", "Ciudad Bolívar, estado Bolívar, Venezuela",
      [ch("Usurpación de funciones", "Art. 213 Código Penal", 60),
       ch("Forjamiento de documento público", "Art. 319 Código Penal", 72),
       ch("Instigación a la desobediencia de las leyes", "Art. 283 Código Penal", 72),
       ch("Asociación para delinquir", "Art. 37 Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo", 120)],
      W("ArrestWarrant", "Juzgado Primero de Primera Instancia en Funciones de Control con Competencia en Casos Vinculados con Delitos Asociados al Terrorismo", "2024-09-20", "AMC-1C-2024-0771"),
      protections=[prot(p, "Asylum", ["VE"], True)]))

# 11 Nicaragua: feminist NGO director, foreign grants = laundering
p = P("Urbina Castillo", "Xiomara de los Ángeles", "F", "1969-10-04", "NI", ("Pasaporte", "C02155831"), "es en")
add(C("ab-11-ni-feminist-ngo-grants-laundering", R, "NI",
      "Modelled on Nicaragua's post-2018 closure of NGOs and prosecution of their directors (foreign-funding rules relabelled as money laundering), documented by the UN Group of Experts (GHREN). The 'illicit origin' of funds is foreign donor grants to a registered women's-rights NGO. Art. 3 / Art. 2.",
      ["https://informenicaragua.org/en/systematic-violation/",
       "https://www.pressreader.com/usa/the-atlanta-journal-constitution/20230221/281805698113842"], p,
      "La acusada, en su calidad de directora ejecutiva de la Asociación de Mujeres 'Las Maribios' (personalidad jurídica cancelada mediante Decreto A.N. 8822/2022), recibió entre 2019 y 2022 transferencias de organismos extranjeros por US$ 412.300, sin registrarse como agente extranjero y destinándolas a actividades de desestabilización y campañas contra el Estado, ocultando el verdadero destino de los fondos.",
      "2022-06-30", "León, Nicaragua",
      [ch("Lavado de dinero, bienes o activos", "Art. 282 Código Penal (Ley 641)", 180),
       ch("Menoscabo a la integridad nacional", "Art. 410 Código Penal, reformado por Ley 1055", 180)],
      W("ArrestWarrant", "Juzgado Décimo Distrito Penal de Audiencia de Managua", "2023-03-14", "001417-ORM4-2023-PN")))

# 12 Thailand: 2020 rally speaker, section 112, refugee in Germany, earlier refusal
p = P("Srisawat", "Pimchanok", "F", "1998-08-12", "TH", ("Passport", "AA4402917"), "th en de")
pr = P("Srisawat", "Pimchanok", "F", "1998-08-12", "TH", ("Passport", "AA4402917"), "th en de")
add(C("ab-12-th-rally-speaker-s112-refugee-repeat", R, "TH",
      "Modelled on the revival of section 112 (lèse-majesté) prosecutions against speakers at the 2020-2021 youth protests calling for monarchy reform, and on Thailand's stated policy of hunting 112 suspects abroad. The facts are a rally speech and posts; the person is a recognised refugee in Germany and an earlier request for her was refused.",
      ["https://rightscorridor.com/thai-activists-could-face-lese-majeste-charges-for-insulting-king/",
       "https://asiancorrespondent.com/2015/01/thai-junta-hunts-down-lese-majeste-fugitives-abroad/", S_REFUGEE], p,
      "ผู้ต้องหาได้ขึ้นปราศรัยบนเวทีการชุมนุมที่ท้องสนามหลวงเมื่อวันที่ 19 กันยายน 2563 โดยมีเนื้อหาจาบจ้วง ดูหมิ่น และเรียกร้องให้ปฏิรูปสถาบันพระมหากษัตริย์ และต่อมาระหว่างปี 2566-2567 ได้โพสต์ข้อความและคลิปวิดีโอในเฟซบุ๊กจำนวน 12 รายการที่มีเนื้อหาดูหมิ่นและแสดงความอาฆาตมาดร้ายต่อพระมหากษัตริย์ ผู้ต้องหาพำนักอยู่ในสหพันธ์สาธารณรัฐเยอรมนี",
      "2024-03-20", "Bangkok (Sanam Luang) and online, Thailand",
      [ch("หมิ่นประมาท ดูหมิ่น หรือแสดงความอาฆาตมาดร้ายพระมหากษัตริย์", "ประมวลกฎหมายอาญา มาตรา 112", 180),
       ch("ยุยงปลุกปั่น", "ประมวลกฎหมายอาญา มาตรา 116", 84),
       ch("นำเข้าสู่ระบบคอมพิวเตอร์ซึ่งข้อมูลอันเป็นความผิดเกี่ยวกับความมั่นคง", "พ.ร.บ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2550 มาตรา 14(3)", 60)],
      W("ArrestWarrant", "ศาลอาญา กรุงเทพมหานคร", "2024-06-18", "หมายจับที่ 1022/2567"),
      priors=[prior("NDTF/2022/TH/0381", pr, "2022-05-17T14:20:00Z", "Request refused: offences under sections 112 and 116 of the Criminal Code arising from a protest speech are of a predominantly political character (Art. 3).")],
      protections=[prot(p, "Refugee", ["TH"], True)]))

# 13 Cambodia: CNRP activist, poem about the PM; UNHCR refugee in Thailand
p = P("Sok", "Vannak", "M", "1987-01-09", "KH", ("Passport", "N01577342"), "km th")
add(C("ab-13-kh-poem-prime-minister-incitement-refugee", R, "KH",
      "Modelled on the 2021 case of a CNRP activist in Thailand whose Facebook poem calling the prime minister a traitor led to an arrest order and his deportation. The only facts are a poem and comments; the person is a UNHCR-recognised refugee. Art. 3; refugee policy.",
      ["https://www.benarnews.org/english/news/thai/activists-arrested-11102021181417.html",
       "https://cambojanews.com/facing-death-threats-cnrp-exiles-in-thailand-seek-safer-refuge/", S_REFUGEE], p,
      "ជនសង្ស័យ សុខ វណ្ណៈ ជាអតីតសកម្មជនគណបក្សដែលត្រូវបានរំលាយ បានបង្ហោះកំណាព្យមួយលើបណ្តាញហ្វេសប៊ុក នៅថ្ងៃទី ៩ ខែតុលា ឆ្នាំ ២០២៤ ដោយចោទប្រកាន់នាយករដ្ឋមន្ត្រីថាជាជនក្បត់ជាតិ និងអំពាវនាវឲ្យប្រជាពលរដ្ឋងើបឈរប្រឆាំង ដែលបង្កឲ្យមានភាពចលាចលដល់សន្តិសុខសង្គម។ (Posted a poem on Facebook on 9 October 2024 calling the Prime Minister a traitor and calling on citizens to rise up, causing serious disturbance to social security.)",
      "2024-10-09", "Online, from Bangkok, Thailand (effects in Phnom Penh, Cambodia)",
      [ch("ញុះញង់ឲ្យប្រព្រឹត្តបទឧក្រិដ្ឋ (Incitement to commit a felony)", "មាត្រា ៤៩៤ និង ៤៩៥ ក្រមព្រហ្មទណ្ឌ (Arts. 494-495 Criminal Code)", 24)],
      W("ArrestWarrant", "សាលាដំបូងរាជធានីភ្នំពេញ (Phnom Penh Municipal Court)", "2024-10-21", "ដ.ក. 1187/2024"),
      protections=[prot(p, "Refugee", ["KH"], True)]))

# 14 Pakistan: Baloch rights organiser, sit-in under ATA
p = P("Baloch", "Sammi Gul", "F", "1998-04-02", "PK", ("Passport", "BK8819024"), "ur bal en")
add(C("ab-14-pk-baloch-sit-in-organiser-ata", R, "PK",
      "Modelled on anti-terrorism FIRs against organisers of the Baloch rights movement's sit-ins and long marches against enforced disappearances. The conduct is organising a protest sit-in and speeches; the terrorism label rests on 'creating fear' and road blocking. Art. 3.",
      [S_FH, S_POLITICAL], p,
      "As per FIR No. 211/2024 P.S. Civil Lines Quetta, the accused along with 40/50 unknown persons organised an unlawful sit-in at Hockey Chowk from 27.07.2024 to 11.08.2024, delivered inflammatory speeches against state institutions and the security forces, blocked the main road and created a sense of fear and insecurity in the public, thereby committing terrorism. The accused has since left Pakistan and is reported in Oman.",
      "2024-08-11", "Quetta, Balochistan, Pakistan",
      [ch("Act of terrorism (creating a sense of fear and insecurity)", "Ss. 6/7 Anti-Terrorism Act 1997", 168),
       ch("Statements conducing to public mischief", "S. 505 Pakistan Penal Code", 84),
       ch("Rioting / unlawful assembly", "Ss. 147/149 PPC", 24)],
      W("ArrestWarrant", "Anti-Terrorism Court-I Quetta", "2024-12-02", "ATC-I/QTA/Misc/1412/2024")))

# 15 Sri Lanka: Tamil diaspora commemoration organiser under PTA
p = P("Sivarasa", "Tharshan", "M", "1983-11-27", ["LK", "CA"], ("Passport", "N7811025"), "ta en",
      docs_extra=(("Passport", "AK902317", "CA"),))
add(C("ab-15-lk-tamil-commemoration-pta", R, "LK",
      "Modelled on Prevention of Terrorism Act arrests and warrants against Tamils for commemorating war dead (Maaveerar Naal) and diaspora activism. The acts are commemoration events and online posts; no violence is alleged. Expression/assembly within a post-conflict political context.",
      [S_FH, S_POLITICAL], p,
      "The suspect, a Canadian-resident Sri Lankan national, between 20 and 27 November 2023 organised through social media and funded the holding of commemoration events at Mullivaikkal and Kopay in which photographs and flags of the proscribed LTTE were displayed, and posted speeches glorifying the organisation, with intent to revive a proscribed terrorist organisation and to cause communal disharmony.",
      "2023-11-27", "Mullaitivu and Jaffna districts, Sri Lanka",
      [ch("Causing or intending to cause communal disharmony / supporting a proscribed organisation", "Section 2(1)(h) Prevention of Terrorism (Temporary Provisions) Act No. 48 of 1979", 240)],
      W("ArrestWarrant", "Magistrate's Court of Mullaitivu", "2024-03-05", "B/1127/2023")))

# 16 Turkey: depositor at a closed bank and school administrator (Diffusion)
p = P("Kaplan", "Mehmet Emin", "M", "1978-02-11", "TR", ("Pasaport", "U11470392"), "tr en ru")
add(C("ab-16-tr-bank-deposit-school-admin-diffusion", R, "TR",
      "Modelled on post-2016 Turkish requests against people abroad linked to Gülen-movement schools, where 'membership' is inferred from deposits at a closed bank, children's schooling and subscriptions. INTERPOL has reportedly declined FETÖ requests as political. Facts show no violent act.",
      ["https://stockholmcf.org/interpol-denied-turkeys-2014-red-notice-request-for-gulen-former-official/",
       "https://toledoarearealtor.com/interpol-passport-red-notice-8286", S_DIFFUSION], p,
      "Şüpheli, FETÖ/PDY silahlı terör örgütünün Orta Asya yapılanmasında okul müdür yardımcısı olarak görev yapmış; örgüt liderinin talimatıyla 2014 yılında Bank Asya'daki hesabına 87.000 TL yatırarak 'destek' amaçlı hesap hareketliliği oluşturmuş, örgütle irtibatlı Kimse Yok Mu Derneği'ne düzenli bağış yapmış ve çocuklarını örgüte ait okulda okutmuştur. Halen Kazakistan'da bulunmaktadır.",
      "2016-07-15", "Ankara, Türkiye and Almaty, Kazakhstan",
      [ch("Silahlı terör örgütüne üye olmak", "TCK m. 314/2; 3713 sayılı TMK m. 5", 180)],
      W("ArrestWarrant", "Ankara 4. Sulh Ceza Hakimliği", "2017-01-19", "2017/411 D.İş"),
      diffusion=True))

# 17 Algeria: dual-national essayist, remarks on historic borders; prior refusal
p = P("Benmansour", "Rachid Larbi", "M", "1951-07-03", ["DZ", "FR"], ("Passeport", "197341177"), "ar fr",
      docs_extra=(("Passeport", "24FK77120", "FR"),))
pr = P("Benmansour", "Rachid", "M", "1951-07-03", ["DZ", "FR"], ("Passeport", "197341177"), "ar fr")
add(C("ab-17-dz-essayist-border-remarks-territorial-integrity-repeat", R, "DZ",
      "Modelled on the 2024-2025 prosecution of a Franco-Algerian writer for a French web-TV interview in which he said western Algeria had historically belonged to Morocco ('atteinte à l'unité nationale / à l'intégrité du territoire'). The facts are an interview; the offences protect the state's territorial narrative. An earlier request for the same remarks was refused.",
      ["https://lematindalgerie.com/voila-pourquoi-boualem-sansal-est-interpelle-a-alger/?amp=1",
       "https://www.yabiladi.com/articles/details/156500/algerie-boualem-sansal-arrete-pour.html?utm_source=rss_yabiladi"], p,
      "Le nommé Benmansour Rachid, essayiste résidant en France, a déclaré le 5 mars 2025 lors d'une émission diffusée sur une chaîne française en ligne que « toute la partie ouest de l'Algérie, de Tlemcen à Mascara, appartient historiquement au royaume voisin » et que l'État algérien est « une invention coloniale », propos relayés par des médias étrangers hostiles et portant atteinte à l'unité nationale et à l'intégrité du territoire.",
      "2025-03-05", "Paris, France (diffusion en Algérie)",
      [ch("Atteinte à l'unité nationale et à l'intégrité du territoire", "Art. 87 bis et 79 du Code pénal", 120),
       ch("Outrage à corps constitué", "Art. 146 du Code pénal", 12)],
      W("ArrestWarrant", "Pôle pénal spécialisé de Dar El Beïda - juge d'instruction", "2025-05-12", "MAI 0219/25"),
      priors=[prior("NDTF/2025/DZ/0077", pr, "2025-07-14T10:30:00Z", "Request refused under Art. 3: the charges concern statements of opinion on history and borders; predominantly political.")]))

# 18 Morocco: former intelligence official turned whistle-blower, refiled as fraud; prior refusal
p = P("El Idrissi", "Younes", "M", "1972-10-30", "MA", ("Passeport", "UK4418307"), "ar fr es de")
pr = P("Idrissi", "Younes", "M", "1972-10-30", "MA", ("Passeport", "UK4418307"), "ar fr es de")
add(C("ab-18-ma-ex-official-whistleblower-fraud-refiled", R, "MA",
      "Modelled on the 2024-2025 case of a former senior Moroccan intelligence official who reported corruption to the palace, fled to France and Spain, and became the subject of an international warrant for 'fraud' and 'facilitating illegal emigration' that his lawyers call a judicial set-up. The fraud facts here are vague (no victim, amount or date range) and follow a refused request for the same person. Coherence failure plus Art. 3 history.",
      ["https://www.reflexion.dz/le-numero-2-du-contrespionnage-marocain-demande-lasile-en-espagne",
       "https://www.daily8.com/en/hashtag/DGED", S_POLITICAL], p,
      "Le mis en cause, ancien fonctionnaire d'un service de renseignement révoqué pour faute professionnelle, est soupçonné d'avoir, à des dates indéterminées entre 2018 et 2023, perçu des sommes d'argent de plusieurs personnes en leur promettant de faciliter leur émigration vers l'Europe, et d'avoir entretenu des liens avec des réseaux d'émigration clandestine. Il diffuse par ailleurs depuis l'étranger des accusations contre de hauts responsables.",
      "2023-06-30", "Rabat et Tanger, Maroc",
      [ch("Escroquerie", "Art. 540 du Code pénal", 60),
       ch("Aide à l'émigration clandestine en bande organisée", "Art. 52 de la loi n° 02-03", 120)],
      W("ArrestWarrant", "Procureur général du Roi près la Cour d'appel de Rabat", "2024-01-15", "MR 2024/0091"),
      priors=[prior("NDTF/2024/MA/0214", pr, "2024-05-03T08:45:00Z", "Request refused: dissemination of allegations against officials and 'outrage' to constituted bodies; predominantly political (Art. 3).")]))

# 19 Belarus: volunteer in a Ukrainian unit; refugee in Poland (Diffusion)
p = P("Kavaliou", "Siarhei Uladzimiravich", "M", "1990-12-05", "BY", ("Passport", "MP3810447"), "be ru pl")
add(C("ab-19-by-volunteer-ukraine-regiment-refugee-diffusion", R, "BY",
      "Modelled on Belarusian criminal cases against citizens who joined volunteer units defending Ukraine (Art. 361-3 'participation in an armed formation on the territory of a foreign state') and the Belarusian KGB 'terrorist' lists. Military/political character; the person has refugee status in Poland. Diffusions by Belarus have been used against exiles detained in the EU.",
      ["https://reform.news/en/two-belarusians-detained-in-the-eu-in-two-days-on-interpol-notices-partyzanka",
       "https://belsat.eu/en/news/04-11-2021-belarusians-picket-interpol-office-in-warsaw/", S_MILITARY], p,
      "Кавалёў С.У. з сакавіка 2022 г. па снежань 2023 г. добраахвотна ўдзельнічаў у складзе ўзброенага фарміравання на тэрыторыі Украіны ў складзе падраздзялення, створанага з грамадзян Рэспублікі Беларусь, якое прызнана экстрэмісцкім фарміраваннем, і размяшчаў у інтэрнэце відэазвароты з заклікамі да дзеянняў супраць нацыянальнай бяспекі Рэспублікі Беларусь.",
      "2023-12-31", "Kyiv region, Ukraine (acts abroad)",
      [ch("Удзел у ўзброеным фарміраванні на тэрыторыі замежнай дзяржавы", "арт. 361-3 ч. 1 КК Рэспублікі Беларусь", 60),
       ch("Стварэнне экстрэмісцкага фарміравання або ўдзел у ім", "арт. 361-1 ч. 3 КК", 72)],
      W("ArrestWarrant", "Следчы камітэт Рэспублікі Беларусь (санкцыя пракурора г. Мінска)", "2024-02-20", "№ 23111000412"),
      diffusion=True, protections=[prot(p, "Refugee", ["BY"], True)]))

# 20 Armenia: exiled cleric, public calls to seize power; Red Notice refused, now a Diffusion
p = P("Hovsepyan", "Vardan Grigori", "M", "1971-04-14", "AM", ("Passport", "AU0418827"), "hy ru en")
pr = P("Hovsepyan", "Vardan", "M", "1971-04-14", "AM", ("Passport", "AU0418827"), "hy ru")
add(C("ab-20-am-exiled-cleric-calls-to-seize-power-diffusion-after-refusal", R, "AM",
      "Modelled on Armenia's 2025 prosecutions of senior clergy and a businessman critical of the prime minister for 'public calls to seize power' after sermons and interviews. Here a cleric abroad is pursued for sermons and a TV interview; the Red Notice was refused and the same facts are resent as a diffusion.",
      ["https://www.latimes.com/world-nation/story/2025-06-27/crowds-block-armenian-security-forces-from-arresting-a-clergyman-who-has-criticized-the-government",
       "https://wtop.com/world/2025/06/armenia-arrests-another-top-cleric-over-an-alleged-coup-plot/", S_DIFFUSION], p,
      "Մեղադրյալը՝ Հայ Առաքելական եկեղեցու թեմի առաջնորդ, 2025 թ. հունիս-օգոստոս ամիսներին Մոսկվայից տված հարցազրույցներում և քարոզներում հրապարակայնորեն կոչ է արել «ամեն գնով հեռացնել» կառավարությունը և իշխանությունը վերցնել ժողովրդի ու բանակի միջոցով, ինչը որակվել է որպես իշխանության յուրացման հրապարակային կոչ։ (Publicly called, in interviews and sermons given from Moscow, for the government to be removed 'at any cost' and power taken through the people and the army.)",
      "2025-08-31", "Moscow, Russian Federation (broadcast in Armenia)",
      [ch("Իշխանության յուրացման հրապարակային կոչեր (Public calls to seize power)", "ՀՀ քրեական օրենսգրքի 422-րդ հոդված, 1-ին մաս", 60)],
      W("ArrestWarrant", "Երևանի ընդհանուր իրավասության առաջին ատյանի դատարան (Yerevan Court of General Jurisdiction)", "2025-10-06", "ԵԴ/1187/06/25"),
      diffusion=True,
      priors=[prior("NDTF/2025/AM/0042", pr, "2025-11-20T16:00:00Z", "Red Notice request refused: statements of a religious and political figure; predominantly political and religious character (Art. 3).")]))

# 21 El Salvador: reporters who interviewed gang leaders; asylum pending
p = P("Ayala Pineda", "Rodrigo Ernesto", "M", "1981-02-24", "SV", ("Pasaporte", "B01728843"), "es en")
add(C("ab-21-sv-reporters-gang-interview-illicit-association", R, "SV",
      "Modelled on the May-June 2025 reports that the Salvadoran Attorney General prepared warrants against El Faro journalists (apology for crime, illicit association) after they published interviews with gang leaders about pacts with the government. The 'association' is the journalist-source relationship. Asylum application pending (not yet confirmed).",
      ["https://elfaro.net/en/202515/el_salvador/27826/el-faro-denounces-possible-arrest-warrants-for-at-least-seven-staff-members-in-el-salvador",
       "https://apes.org.sv/?p=18305"], p,
      "El imputado, periodista, mantuvo entre enero y abril de 2025 comunicaciones y reuniones en el extranjero con cabecillas de la pandilla Barrio 18 Revolucionarios, grupo terrorista proscrito por Decreto Legislativo 458/2010, y difundió en medios digitales entrevistas en las que dichos cabecillas exaltan su estructura y atacan a las instituciones, haciendo apología del delito y colaborando con la estructura criminal.",
      "2025-04-30", "San Salvador, El Salvador (entrevistas realizadas en el extranjero)",
      [ch("Agrupaciones ilícitas", "Art. 345 Código Penal", 120),
       ch("Apología del delito", "Art. 349 Código Penal", 36)],
      W("ArrestWarrant", "Juzgado Especializado de Instrucción 'A' de San Salvador", "2025-06-06", "JEI-A-0318-2025"),
      protections=[prot(p, "Asylum", ["SV"], False)]))

# 22 South Sudan: economist critic, treason
p = P("Deng", "Majok Akol", "M", "1982-09-19", "SS", ("Passport", "R00419276"), "en ar din")
add(C("ab-22-ss-economist-critic-treason", R, "SS",
      "Modelled on South Sudan's treason prosecutions of critics who called for political change (e.g. an economist and activist detained by the security service after proposing a political transition). Treason and 'undermining the authority of the President' are pure political offences; facts are articles and a conference speech.",
      [S_FH, S_NEUTRAL], p,
      "The accused, an economist and former official of the Ministry of Finance, published in March 2025 online articles and delivered a speech at a conference in Nairobi calling for the resignation of the President and the formation of a 'citizens' transitional council', and encouraged young people to organise for regime change, thereby conspiring to overthrow the Government.",
      "2025-03-22", "Juba, South Sudan (speech delivered in Nairobi, Kenya)",
      [ch("Treason", "Section 64 Penal Code Act 2008", 1200),
       ch("Undermining authority of or insulting the President", "Section 76 Penal Code Act 2008", 12)],
      W("ArrestWarrant", "High Court of South Sudan, Juba", "2025-05-07", "HC/JUBA/CR/0112/2025")))

# 23 Burkina Faso: journalist abroad, "intelligence with a foreign power"
p = P("Ouédraogo", "Aminata Salimata", "F", "1988-05-13", "BF", ("Passeport", "B1170442"), "fr mos en")
add(C("ab-23-bf-journalist-intelligence-foreign-power", R, "BF",
      "Modelled on the Burkinabè junta's treatment of critical journalists (forced requisition, treason-type accusations) after the 2022 coups. Reporting on army abuses is labelled 'intelligence with a foreign power' and 'demoralising the troops'. Pure political/military-security offences.",
      [S_FH, S_NEUTRAL], p,
      "La nommée Ouédraogo A.S., journaliste installée à Abidjan, a entre juin 2024 et février 2025 publié sur les réseaux sociaux et transmis à des médias étrangers des informations et images relatives aux opérations des Forces de défense et de sécurité, en vue de démoraliser les troupes et de servir les intérêts d'une puissance étrangère et de groupes armés.",
      "2025-02-28", "Ouagadougou, Burkina Faso (publications depuis l'étranger)",
      [ch("Intelligence avec une puissance étrangère", "Art. 311-7 du Code pénal", 240),
       ch("Démoralisation des troupes", "Art. 311-10 du Code pénal", 120)],
      W("ArrestWarrant", "Tribunal militaire de Ouagadougou - juge d'instruction", "2025-04-03", "MA 019/TMO/2025")))

# 24 Tajikistan: Pamiri diaspora activist, refugee in Poland
p = P("Mamadnazarov", "Shohrukh Davlatshoevich", "M", "1986-03-08", "TJ", ("Passport", "403771925"), "tg ru pl")
add(C("ab-24-tj-pamiri-diaspora-criminal-community-refugee", R, "TJ",
      "Modelled on Tajikistan's pursuit of Pamiri (GBAO) diaspora activists after the 2022 Khorog events and of Group 24 members abroad (extremism labels, extradition attempts from the EU and Türkiye). Facts are online video appeals and fundraising for detainees' families; the person is a recognised refugee in Poland.",
      ["https://rferl.org/amp/tajikistan-hrw-dissidents-return-poland-lithuania-turkey-exile/32907459.html",
       "https://justicespreader.com/tajikistan-and-turkiye-should-not-return-dissidents", S_REFUGEE], p,
      "Мамадназаров Ш.Д. дар давраи моҳҳои майи 2022 то декабри 2023 дар шабакаҳои иҷтимоӣ видеомуроҷиатҳо ҷиҳати даъват ба иштирок дар ҷамъомадҳои ғайриқонунӣ дар ш. Хоруғ паҳн намуда, барои оилаҳои шахсони боздоштшуда маблағ ҷамъ овардааст ва бо ин иштирок дар фаъолияти иттиҳоди ҷиноятӣ (ҷамоаи ҷиноятӣ) ва даъватҳои оммавӣ ба сарнагун сохтани сохти конститутсионӣ содир кардааст.",
      "2023-12-31", "Khorog, GBAO, Tajikistan (acts online from Poland)",
      [ch("Ташкили иттиҳоди ҷиноятӣ (ҷамоаи ҷиноятӣ) ё иштирок дар он", "м. 187 ҚҶ ҶТ", 240),
       ch("Даъватҳои оммавӣ ба тағйир додани сохти конститутсионӣ", "м. 307 ҚҶ ҶТ", 180)],
      W("ArrestWarrant", "Суди ВМКБ / Прокуратураи генералии ҶТ", "2024-04-11", "ПГ-3-214/2024"),
      protections=[prot(p, "Refugee", ["TJ"], True)]))

# 25 Rwanda: refugee in Belgium, WhatsApp group = irregular armed group; repeat
p = P("Habimana", "Jean de Dieu", "M", "1975-08-21", "RW", ("Passport", "PC0447812"), "rw fr en")
pr = P("Habimana", "Jean de Dieu", "M", "1975-08-21", "RW", ("Passport", "PC0447812"), "rw fr en")
add(C("ab-25-rw-refugee-whatsapp-armed-group-repeat", R, "RW",
      "Modelled on HRW's 2023 report on Rwanda's extraterritorial repression and the Guardian/OCCRP findings on manipulated Red Notices against opponents. 'Forming an irregular armed group' rests on membership of an opposition WhatsApp group; the person is a recognised refugee in Belgium and a prior request was refused.",
      ["https://www.rednoticemonitor.com/post/human-rights-watch-calls-on-countries-to-vet-all-interpol-red-notices-from-rwanda-to-prevent-abuse",
       "https://www.rednoticemonitor.com/post/rwanda-joins-list-of-regimes-abusing-interpol-systems",
       "https://mg.co.za/africa/2022-11-08-rwanda-fed-false-intelligence-to-us-and-interpol-as-it-pursued-political-dissidents-abroad/"], p,
      "Uregwa, umuyoboke w'ishyaka ritemewe riri hanze y'igihugu, yashinze kandi ayobora itsinda ry'urubuga rwa WhatsApp 'Abaharanira Impinduka' hagati ya Mutarama 2022 na Kamena 2024, aho yashishikarije urubyiruko kwiyunga ku mutwe witwaje intwaro no kugirira nabi ubutegetsi. (Created and led a WhatsApp group in which he allegedly encouraged young people to join an armed group against the government.)",
      "2024-06-30", "Online, from Brussels, Belgium (effects in Rwanda)",
      [ch("Kurema umutwe w'ingabo utemewe n'amategeko (Formation of an irregular armed group)", "Ingingo ya 224, Itegeko No 68/2018 (Penal Code)", 300),
       ch("Gukwiza impuha (Spreading false information)", "Ingingo ya 194, Itegeko No 68/2018", 84)],
      W("ArrestWarrant", "Urukiko Rukuru, Urugereko rwihariye ruburanisha ibyaha mpuzamahanga (High Court, International Crimes Chamber)", "2024-09-16", "RP 00211/2024/HC/HCCIC"),
      priors=[prior("NDTF/2020/RW/0031", pr, "2020-07-22T11:10:00Z", "Request refused: predominant political dimension; the person is a recognised refugee (refugee policy).")],
      protections=[prot(p, "Refugee", ["RW"], True)]))

# 26 Uzbekistan: blogger insulting the president
p = P("Toshmatov", "Dilshod Anvarovich", "M", "1992-01-25", "UZ", ("Passport", "FA2219075"), "uz ru")
add(C("ab-26-uz-blogger-insulting-president", R, "UZ",
      "Modelled on Uzbek prosecutions of bloggers for online criticism of the President (Art. 158 insult/defamation of the President, including via the internet). Insulting the head of state is listed among pure political offences in INTERPOL practice.",
      [S_FPC, S_NEUTRAL], p,
      "Toshmatov D.A. 2024-yil aprel-sentyabr oylarida Telegram kanalida O'zbekiston Respublikasi Prezidentini ochiqdan-ochiq haqorat qiluvchi va obro'sizlantiruvchi 23 ta post va video joylashtirgan, shuningdek davlat hokimiyati organlariga nisbatan ishonchsizlik uyg'otuvchi yolg'on ma'lumotlar tarqatgan. Hozirda Turkiya Respublikasida.",
      "2024-09-30", "Online (Telegram), effects in Tashkent, Uzbekistan",
      [ch("O'zbekiston Respublikasi Prezidentini ochiqdan-ochiq haqorat qilish yoki tuhmat qilish (internet orqali)", "JK 158-modda 3-qism", 60),
       ch("Jamoat xavfsizligiga tahdid soluvchi materiallarni tarqatish", "JK 244-1-modda 3-qism", 96)],
      W("ArrestWarrant", "Toshkent shahar Jinoyat ishlari bo'yicha Yunusobod tuman sudi", "2024-12-18", "1-1001-2404/2024")))

# 27 Azerbaijan: Talysh ethnographer, high treason
p = P("Rzayev", "Elshan Gadir oglu", "M", "1979-04-14", "AZ", ("Passport", "C02418839"), "az ru tly")
add(C("ab-27-az-talysh-ethnographer-treason", R, "AZ",
      "Modelled on Azerbaijan's high-treason convictions of scholars who researched the Talysh language and culture with foreign institutions. The 'espionage' is ethnographic fieldwork and academic publication. Pure political offence; Art. 3.",
      [S_FPC, "https://en.hromadske.ua/posts/how-interpol-is-used-as-an-instrument-of-repression"], p,
      "Rzayev E.Q. 2021-2023-cü illərdə xarici təşkilatların sifarişi ilə Lənkəran-Astara bölgəsində etnoqrafik tədqiqat adı altında məlumat toplamış, 'Talış xalqının tarixi' adlı materiallarda Azərbaycanın ərazi bütövlüyünə qarşı separatçı fikirlər yaymış və bu məlumatları xarici dövlətin xüsusi xidmət orqanlarına ötürmüşdür.",
      "2023-10-31", "Lankaran, Republic of Azerbaijan",
      [ch("Dövlətə xəyanət", "Cinayət Məcəlləsinin 274-cü maddəsi", 1200)],
      W("ArrestWarrant", "Bakı Ağır Cinayətlər Məhkəməsi", "2024-02-06", "1(101)-219/2024")))

# 28 Iraq: business-partner dispute recast as breach of trust
p = P("Al-Jubouri", "Mustafa Kadhim Hamza", "M", "1980-11-02", "IQ", ("Passport", "A11903284"), "ar en")
add(C("ab-28-iq-dealership-partners-breach-of-trust", R, "IQ",
      "Private commercial dispute between partners in a car dealership, relabelled as breach of trust after the partnership failed; a civil claim over the same accounts is pending. Art. 83(1)(a)(iii) private dispute; CCF practice on commercial disputes.",
      [S_COMMERCIAL, S_BUSINESS, S_ART83], p,
      "المتهم شريك بنسبة 40% في معرض (الرافدين) لتجارة السيارات في بغداد/الكرادة بموجب عقد شراكة مؤرخ 2/3/2019. وعند انتهاء الشراكة في 2022 امتنع عن تسليم الشريك المشتكي حصته من أرباح بيع 31 سيارة والبالغة (412,000,000) دينار مدعياً وجود خسائر ومصاريف، وغادر العراق إلى تركيا. كما أقام المشتكي دعوى بداءة للمحاسبة ما زالت منظورة.",
      "2022-08-15", "Baghdad, Karrada district, Iraq",
      [ch("خيانة الأمانة", "المادة 453 من قانون العقوبات العراقي رقم 111 لسنة 1969", 84)],
      W("ArrestWarrant", "محكمة تحقيق الكرادة", "2023-02-19", "قرار قبض 1187/ت/2023")))

# 29 Kuwait: adult daughter who left the family home (Diffusion)
p = P("Al-Enezi", "Maha Fahad Mutlaq", "F", "2003-03-19", "KW", ("Passport", "P03372210"), "ar en")
add(C("ab-29-kw-adult-daughter-absence-from-guardian-diffusion", R, "KW",
      "Modelled on Gulf cases in which families seek the return of adult women who fled guardianship. The complaint is that an adult daughter left home and travelled without her father's consent; 'insulting' and taking her own passport are the only acts. Family matter / behavioural norms under Art. 83(1)(a).",
      [S_ART83, S_FH], p,
      "بناءً على بلاغ والد المطلوبة، فقد تغيبت المطلوبة (بالغة) عن منزل ذويها بتاريخ 9/1/2025 وغادرت البلاد دون علم وليها بعد أن أخذت جواز سفرها من خزنة المنزل، ووجهت لوالدها ألفاظاً مهينة عبر الهاتف، وهي حالياً في جورجيا. ويطلب ذووها إعادتها.",
      "2025-01-09", "Al Jahra, State of Kuwait",
      [ch("سرقة مستند (جواز سفر) من مسكن", "المادة 217 من قانون الجزاء الكويتي", 24),
       ch("السب والقذف عبر الهاتف", "المادتان 210 و209 من قانون الجزاء", 24)],
      W("ArrestWarrant", "النيابة العامة - نيابة الجهراء", "2025-01-20", "قضية 44/2025 جنح الجهراء"),
      diffusion=True))

# 30 Egypt: unlicensed extra floors (administrative)
p = P("Shalaby", "Ashraf Mamdouh Ibrahim", "M", "1967-02-07", "EG", ("Passport", "A20117834"), "ar en")
add(C("ab-30-eg-unlicensed-floors-building-law", R, "EG",
      "Administrative offence: building extra floors without a permit, prosecuted under the Building Law. No collapse, injury or corruption is alleged. Art. 83(1)(a)(iii) (violation of administrative regulations).",
      [S_ART83, S_COMMERCIAL], p,
      "قام المتهم بصفته مالك العقار رقم 14 شارع النصر بالمعمورة - الإسكندرية بإقامة أعمال بناء (دورين علويين) بدون ترخيص من الجهة الإدارية المختصة وبالمخالفة لقيود الارتفاع، وقد صدر بحقه حكم غيابي، وهو مقيم حالياً في دولة الإمارات.",
      "2021-04-10", "Al Maamoura, Alexandria, Egypt",
      [ch("إقامة أعمال بناء بدون ترخيص وبالمخالفة لقيود الارتفاع", "المواد 39 و102 من قانون البناء رقم 119 لسنة 2008", 24)],
      W("CourtDecision", "محكمة جنح المنتزه أول", "2022-11-30", "جنحة 19311 لسنة 2021"),
      wanted="Sentence", sentence=(24, 24)))

# 31 Norway: drink-driving, below threshold
p = P("Haugen", "Tor Einar", "M", "1983-05-29", "NO", ("Passport", "FD7711902"), "no en")
add(C("ab-31-no-drink-driving-below-threshold", R, "NO",
      "Ordinary offence but below the Art. 83(1)(b) penalty threshold: the offence carries a maximum of one year and no accident or injury occurred; no reason given why publication would be of particular importance to international cooperation.",
      [S_ART83, "https://amicusint.ca/red-notices-interpol-and-diffusions-faqs-part-3/"], p,
      "The suspect drove a passenger car on E6 near Skedsmo on 14 June 2025 with a blood alcohol concentration of 1.1 per mille, was stopped at a routine checkpoint, and failed to appear at the district court hearing. He has moved to Spain.",
      "2025-06-14", "Skedsmo, Viken, Norway",
      [ch("Driving under the influence of alcohol", "Road Traffic Act (vegtrafikkloven) §§ 22 and 31", 12)],
      W("ArrestWarrant", "Nedre Romerike tingrett", "2025-10-02", "25-118772MED-NERO")))

# 32 Greece: conscientious objector, insubordination
p = P("Papadakis", "Nikolaos Ioannis", "M", "1996-09-09", "GR", ("Passport", "AT1188432"), "el en")
add(C("ab-32-gr-objector-insubordination", R, "GR",
      "Modelled on Greek military-court prosecutions of conscientious objectors for insubordination after their applications for civilian service were rejected (EBCO, War Resisters' International). Purely military offence: refuse under Art. 3 whichever state requests it.",
      ["http://www.wri-irg.org/en/node/24666", "https://ebco-beoc.org/greece", S_MILITARY], p,
      "Ο κατηγορούμενος, του οποίου η αίτηση αναγνώρισης ως αντιρρησία συνείδησης απορρίφθηκε, δεν παρουσιάστηκε στη μονάδα κατάταξης κατά την ορισθείσα ημερομηνία 18-11-2024 και έκτοτε διαμένει στη Γερμανία, διαπράττοντας το αδίκημα της ανυποταξίας σε καιρό ειρήνης.",
      "2024-11-18", "Athens, Greece",
      [ch("Ανυποταξία σε καιρό ειρήνης", "Άρθρο 33 Στρατιωτικού Ποινικού Κώδικα (ν. 2287/1995)", 24)],
      W("ArrestWarrant", "Στρατοδικείο Αθηνών", "2025-03-11", "ΕΝΤ 144/2025")))

# 33 Nigeria: humanist posts, blasphemy
p = P("Danladi", "Ibrahim Sani", "M", "1990-12-12", "NG", ("Passport", "A09917433"), "ha en")
add(C("ab-33-ng-humanist-posts-blasphemy", R, "NG",
      "Modelled on the Kano prosecution of the president of the Humanist Association of Nigeria for Facebook posts deemed insulting to religion (sentenced to 24 years). Blasphemy/contempt of religion: religious offence under Art. 3 and behavioural-norm offence under Art. 83.",
      ["https://nigeriansketch.com/kano-atheist-mubarak-bala-gets-24-years-jail-term-for-blasphemy/",
       "https://humanists.international/?p=42237"], p,
      "The accused, a self-declared atheist, on diverse dates between March and May 2024 published on his Facebook page statements insulting the Holy Prophet and the religion of Islam, which were calculated to cause a breach of the public peace, and thereafter left Kano for Ghana.",
      "2024-05-20", "Kano, Kano State, Nigeria",
      [ch("Insulting or exciting contempt of religious creed", "Section 210 Penal Code (Kano State)", 24),
       ch("Inciting disturbance / breach of public peace", "Section 114 Penal Code (Kano State)", 84)],
      W("ArrestWarrant", "Kano State High Court", "2024-08-01", "K/CR/118/2024")))

# 34 Uganda: LGBT shelter director, promotion of homosexuality
p = P("Nakato", "Grace Mirembe", "F", "1991-07-07", "UG", ("Passport", "B1180391"), "lg en sw")
add(C("ab-34-ug-shelter-director-promotion-homosexuality", R, "UG",
      "Modelled on prosecutions under Uganda's Anti-Homosexuality Act 2023 for 'promotion of homosexuality' against people running shelters and support services. Behavioural/cultural-norm offence excluded by Art. 83(1)(a); Art. 2 concerns.",
      [S_ART83, S_REPO], p,
      "The suspect, director of a community organisation in Kampala, between June 2023 and March 2024 rented and operated premises as a shelter for persons engaging in homosexual acts, provided them with financial support and publicised the shelter's services on social media, thereby knowingly promoting homosexuality.",
      "2024-03-31", "Kampala, Uganda",
      [ch("Promotion of homosexuality", "Section 11 Anti-Homosexuality Act 2023", 240)],
      W("ArrestWarrant", "Chief Magistrate's Court of Buganda Road", "2024-05-09", "BR-CR-0711/2024")))

# 35 Türkiye: peace-petition academic, terrorism propaganda
p = P("Yıldırım", "Zeynep Aslı", "F", "1974-10-10", "TR", ("Pasaport", "U20937715"), "tr en de")
add(C("ab-35-tr-peace-petition-academic-propaganda", R, "TR",
      "Modelled on the prosecutions of 'Academics for Peace' signatories for terrorist propaganda over a petition calling for an end to curfew operations, and later lectures abroad; the Constitutional Court found such convictions violated free expression. Pure expression.",
      [S_USREPORTS, S_POLITICAL], p,
      "Şüpheli öğretim üyesi, 'Bu suça ortak olmayacağız' başlıklı metni imzalamış, ardından 2023 yılında Köln'de düzenlenen bir panelde bölgedeki güvenlik operasyonlarını 'katliam' olarak nitelendirip PKK/KCK terör örgütünün söylemlerini meşrulaştıran konuşma yapmış ve bu konuşmayı sosyal medya hesabından paylaşmıştır.",
      "2023-05-13", "Cologne, Germany (speech) and online",
      [ch("Terör örgütünün propagandasını yapmak", "3713 sayılı TMK m. 7/2", 60)],
      W("ArrestWarrant", "İstanbul 28. Ağır Ceza Mahkemesi", "2024-01-22", "2023/511 Esas")))
