# -*- coding: utf-8 -*-
"""Name tables for the held-out screening set (compiled 2026-11-28 from the pages in sources.csv).

Entry format: "stored|native|rom|sp|nick|sim|cog"  (fields may be left off at the end)
  stored : Latin spelling filed by a requesting office (empty for Cyrillic traditions: computed by the
           tradition's passport scheme from `native`)
  native : original-script form (for Latin-script traditions: the full-diacritic form, if any)
  rom    : other romanisations of the same name (comma list)
  sp     : customary / orthographic spelling variants of the same name
  nick   : nicknames / diminutives / standard abbreviations of the same name
  sim    : look-alike but DIFFERENT names (for nomatch similar_name)
  cog    : the same name in a cognate / exonym form used for the same person (e.g. Russian form of a
           Ukrainian name); Cyrillic items are romanised with Russian schemes
Every tradition names the source keys (sources.csv) that back each kind of variant; '(compiler)' where
no public page was found in the time available.
"""

T = []

def tr(key, **kw):
    kw['key'] = key
    T.append(kw)

# ---------------------------------------------------------------- Arabic script
tr('arabic_levant', script='Arab', nats=['SY', 'LB', 'JO', 'PS', 'IQ'], n=12, struct='arabic3', order='GF',
   src=dict(rom='ar_name', sp='ar_name', nick='ar_name', part='ar_name', conv='ar_kunya'),
   M=['Mohammed|محمد|Muhammad,Mohamed,Mohammad|Mohamad|Mohd,Md|Mahmoud,Hamed',
      'Ahmed|أحمد|Ahmad|Ahmet||Hamad,Amjad',
      'Hussein|حسين|Husayn,Husain,Hussain|Houssein||Hassan,Hassoun',
      'Hassan|حسن|Hasan|Hassane||Hussein,Hassoun',
      'Yousef|يوسف|Yusuf,Youssef,Yousif|Yusef||Younes,Yunis',
      'Khaled|خالد|Khalid|Khaleed||Khalil,Walid',
      'Omar|عمر|Umar|Omer||Ammar,Amer',
      'Mustafa|مصطفى|Mostafa,Moustafa|Mustapha||Murtada',
      'Said|سعيد|Saeed,Sa\'id|Saied||Saad,Sayed',
      'Tariq|طارق|Tareq,Tarek|Tarik||Talal',
      'Nabil|نبيل|Nabeel|||Nabih,Nadir',
      'Abdullah|عبد الله|Abd Allah,Abdallah|Abdulla||Abdulilah'],
   F=['Fatima|فاطمة|Fatimah,Fatma|Fatema||Fatiha,Fadia',
      'Maryam|مريم|Mariam|Maryem||Marwa,Maram',
      'Zainab|زينب|Zaynab,Zeinab|||Zeina,Zaina',
      'Layla|ليلى|Leila,Laila|Leyla||Lina,Lama',
      'Huda|هدى|Houda,Hoda|||Hala,Hiba',
      'Salma|سلمى|Salmah|||Salwa,Samah'],
   S=['Al-Masri|المصري|Al Masri,El Masri,Almasri|El-Masry||Al-Mansouri',
      'Al-Khatib|الخطيب|Al Khatib,El Khatib,Alkhatib|El-Khateeb||Al-Khatiri',
      'Al-Hashimi|الهاشمي|Al Hashemi,Al-Hashmi,Alhashimi|||Al-Hakimi',
      'Al-Tamimi|التميمي|At-Tamimi,Al Tamimi,Altamimi|||Al-Tikriti',
      'Haddad|حداد|Hadad|||Hammad,Haddadin',
      'Khoury|خوري|Khouri,Khuri|El Khoury||Khoudary',
      'Nasser|ناصر|Nasir,Naser|||Nassar,Nasr',
      'Al-Obeidi|العبيدي|Al-Ubaydi,Al Obaidi,Alobaidi|||Al-Oteibi',
      'Al-Jubouri|الجبوري|Al-Juburi,Al Juboori,Al-Jibouri|||Al-Jabiri',
      'Saleh|صالح|Salih|||Salah,Salem'])

tr('arabic_gulf', script='Arab', nats=['SA', 'YE', 'AE', 'KW', 'QA'], n=8, struct='arabic3', order='GF',
   src=dict(rom='ar_name', sp='ar_name', nick='ar_name', part='ar_name', conv='ar_kunya'),
   M=['Abdulrahman|عبد الرحمن|Abd al-Rahman,Abdurrahman,Abdelrahman|Abdul Rahman||Abdulrahim',
      'Faisal|فيصل|Faysal,Feisal|||Fadel',
      'Saud|سعود|Sa\'ud|Saoud||Saad,Suhail',
      'Nasser|ناصر|Nasir,Naser|||Nassar',
      'Mohammed|محمد|Muhammad,Mohamed,Mohammad|Mohamad|Mohd,Md|Mahmoud',
      'Abdulaziz|عبد العزيز|Abd al-Aziz,Abdelaziz|Abdul Aziz||Abdulmajid',
      'Salem|سالم|Salim|||Saleh,Sultan',
      'Turki|تركي|Torki|||Tariq'],
   F=['Noura|نورة|Nourah,Nora|||Nour',
      'Aisha|عائشة|A\'isha,Aysha|Ayesha||Asia',
      'Hessa|حصة|Hissa,Hussa|||Hasna',
      'Maha|مها|Mahaa|||Mona'],
   S=['Al-Qahtani|القحطاني|Al Qahtani,Alqahtani,Al-Kahtani|||Al-Kathiri',
      'Al-Zahrani|الزهراني|Az-Zahrani,Al Zahrani,Alzahrani|||Al-Zaharna',
      'Al-Dosari|الدوسري|Ad-Dawsari,Al Dossary,Aldosari|Al-Dossari||Al-Dawood',
      'Al-Shehri|الشهري|Ash-Shihri,Al Shehri,Alshehri|||Al-Shahrani',
      'Al-Ghamdi|الغامدي|Al Ghamdi,Alghamdi,Al-Ghamidi|||Al-Ghamri',
      'Al-Harbi|الحربي|Al Harbi,Alharbi|||Al-Hajri',
      'Al-Mutairi|المطيري|Al Mutairi,Almutairi,Al-Mutayri|||Al-Mutawa',
      'Al-Amoudi|العمودي|Al Amoudi,Al-Amudi|||Al-Ammari'])

tr('egyptian', script='Arab', nats=['EG'], n=6, struct='arabic3', order='GF',
   src=dict(rom='ar_name', sp='(compiler)', nick='ar_name', part='ar_name', conv='ar_kunya'),
   M=['Mohamed|محمد|Muhammad,Mohammed,Mohammad|Mohamad|Mohd,Md|Mahmoud',
      'Gamal|جمال|Jamal|||Kamal,Galal',
      'Mahmoud|محمود|Mahmud,Mahmood|||Mohamed',
      'Ahmed|أحمد|Ahmad|||Hamad',
      'Ragab|رجب|Rajab|||Ragheb',
      'Hany|هاني|Hani|||Hamdy',
      'Sherif|شريف|Sharif|Cherif||Shawky'],
   F=['Fatma|فاطمة|Fatima,Fatimah|||Fathia',
      'Zeinab|زينب|Zainab,Zaynab|||Zeina',
      'Hoda|هدى|Huda,Houda|||Hala',
      'Nagwa|نجوى|Najwa|||Nagla'],
   S=['El-Sayed|السيد|Al-Sayyid,El Sayed,Elsayed|||El-Sawy',
      'Hegazy|حجازي|Hijazi,Hegazi,Higazi|||Hegab',
      'Gaber|جابر|Jaber,Jabir|||Gabr',
      'Shehata|شحاتة|Shahata,Shihata|||Shehab',
      'Fahmy|فهمي|Fahmi|||Fathy',
      'Abdel Fattah|عبد الفتاح|Abd al-Fattah,Abdelfattah,Abdul Fattah|||Abdel Ghaffar'])

tr('maghrebi', script='Arab', nats=['DZ', 'MA', 'TN'], n=9, struct='arabic3', order='GF',
   src=dict(rom='dz_slane', sp='dz_names', nick='ar_name', part='ar_name', conv='dz_names'),
   M=['Mohamed|محمد|Muhammad,Mohammed|Mohammad|Med|Mahmoud',
      'Hocine|حسين|Hussein,Husayn,Houcine|Hossine||Hacene,Lahcen',
      'Hacene|حسن|Hassan,Hasan|Hassene||Hocine,Lahcen',
      'Youcef|يوسف|Youssef,Yusuf,Yousef|||Younes',
      'Djamel|جمال|Jamal,Jamel|||Kamel,Djalal',
      'Rachid|رشيد|Rashid,Rasheed|||Rachad',
      'Mourad|مراد|Murad|||Mouloud',
      'Abdelkader|عبد القادر|Abd al-Qadir,Abdul Qadir,Abdelkadir|Abdel Kader||Abdelkrim',
      'Idir|إيدير|Idyr|||Idris',
      'Noureddine|نور الدين|Nur al-Din,Nour Eddine,Nuruddin|Nourredine||Nasreddine'],
   F=['Khadidja|خديجة|Khadija,Khadijah,Khedija|||Khalida',
      'Meriem|مريم|Maryam,Mariam|||Marwa',
      'Samira|سميرة|Sameera|||Samia',
      'Nadia|نادية|Nadiya|||Naima'],
   S=['Benali|بن علي|Ben Ali,Bin Ali,Ben-Ali|||Benaissa',
      'Belkacem|بلقاسم|Belqasim|Belgacem,Belkassem||Belkadi',
      'Boumediene|بومدين|Boumedienne,Boumedine|||Boumaza',
      'Cherif|شريف|Sharif,Chrif|||Chergui',
      'Mansouri|منصوري|Mansuri,El Mansouri|||Mahsouri',
      'Amrani|عمراني|El Amrani,Amrany|||Amraoui',
      'Benmoussa|بن موسى|Ben Moussa,Bin Musa,Ben-Moussa|||Benmansour',
      'Saidi|سعيدي|Saïdi,Saeedi|||Sadi',
      'Ait Ahmed|آيت أحمد|Aït Ahmed,Ait-Ahmed|Aitahmed||Ait Hamou'])

tr('persian', script='Arab', nats=['IR'], n=8, struct='gf', order='GF',
   src=dict(rom='fa_ic', sp='fa_mitre', nick='(compiler)', part='fa_mitre', conv='fa_mitre', cog='fa_browne'),
   M=['Mohammad|محمد|Mohamad,Muhammad|Mohammed||Mahmoud',
      'Hossein|حسین|Hosein,Husayn|Hosseyn||Hassan|Hussein,Husayn',
      'Mohammad Reza|محمد رضا|Mohammadreza,Mohammad-Reza|Mohamad Reza||Mohammad Hadi',
      'Mehdi|مهدی|Mahdi|Mehdy||Majid',
      'Majid|مجید|Madjid|Majeed||Mehdi,Hamid',
      'Farhad|فرهاد|Farhaad|||Farshad',
      'Reza|رضا|Riza|||Raza|Rida',
      'Amir|امیر|Ameer|||Amin',
      'Babak|بابک|Baabak|||Babek'],
   F=['Maryam|مریم|Mariam|||Marzieh',
      'Zahra|زهرا|Zahrah|||Zohreh',
      'Fatemeh|فاطمه|Fatemah||||Fataneh|Fatima',
      'Narges|نرگس|Nargis|||Nasrin',
      'Shirin|شیرین|Shireen|||Shahin'],
   S=['Hosseini|حسینی|Hoseini,Husseini|Hosseiny||Hassani',
      'Mohammadi|محمدی|Mohamadi,Muhammadi|||Mahmoudi',
      'Rezaei|رضایی|Rezaee,Rezai,Rezayi|||Razavi',
      'Karimi|کریمی|Karimy|||Karami',
      'Jafari|جعفری|Ja\'fari,Djafari|Jafary||Jaberi',
      'Ghorbani|قربانی|Qorbani|Ghorbany||Ghobadi',
      'Heidari|حیدری|Heydari,Haidari,Haydari|||Hedayati',
      'Hosseinzadeh|حسین‌زاده|Hoseinzadeh,Hossein Zadeh,Hossein-Zadeh|Hosseinzade||Hassanzadeh',
      'Alizadeh|علیزاده|Ali Zadeh,Ali-Zadeh|Alizade||Azizadeh'])

tr('pashto_dari', script='Arab', nats=['AF'], n=6, struct='gf', order='GF',
   src=dict(rom='fa_ic', sp='(compiler)', nick='(compiler)', part='ar_name2', conv='(compiler)'),
   M=['Abdul Rahim|عبدالرحیم|Abdurrahim,Abd al-Rahim|Abdul Raheem,Abdulrahim||Abdul Rahman',
      'Nasrullah|نصرالله|Nasrollah,Nasr Ullah|Nasrallah||Nasir',
      'Zabihullah|ذبیح‌الله|Zabihollah,Zabiullah|Zabi Ullah||Zainullah',
      'Hekmatullah|حکمت‌الله|Hikmatullah,Hekmat Ullah|||Hamdullah',
      'Ahmad Shah|احمد شاه|Ahmadshah,Ahmad-Shah|Ahmed Shah||Ahmad Khan',
      'Wali|ولی|Vali|Walli||Wahid'],
   F=['Malalai|ملالۍ|Malalay|||Malika',
      'Zarghona|زرغونه|Zarghuna|Zarghoona||Zarmina',
      'Fawzia|فوزیه|Fauzia,Fowzia|||Farzana'],
   S=['Ahmadzai|احمدزی|Ahmadzay,Ahmedzai|||Ahmadi',
      'Popalzai|پوپلزی|Popalzay,Popolzai|||Popal',
      'Stanikzai|ستانکزی|Stanekzai,Stanakzai|||Sahakzai',
      'Noorzai|نورزی|Nurzai,Noorzay|||Noori',
      'Mohmand|مومند|Momand|||Mahmand',
      'Safi|صافی|Saafi|||Sadiqi'])

tr('kurdish', script='Arab', nats=['IQ', 'IR', 'SY'], n=4, struct='arabic3', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='ar_name', conv='(compiler)'),
   M=['Karwan|کاروان|Karwan|Karwaan||Kamran',
      'Rebwar|ڕێبوار|Rêbwar,Rebuar|||Rezwan',
      'Dilshad|دڵشاد|Dilşad|||Dilshan',
      'Hiwa|هیوا|Hewa|||Hawar',
      'Azad|ئازاد|Azaad|||Aziz'],
   F=['Shilan|شیلان|Şîlan|||Shirin',
      'Nasrin|نەسرین|Nesrîn,Nasreen|||Nazanin'],
   S=['Hawrami|هەورامی|Hewramî,Hawramy|||Harki',
      'Zebari|زێباری|Zêbarî,Zibari|||Zubeidi',
      'Kurdi|کوردی|Kurdî|||Kurda',
      'Barzinji|بەرزنجی|Berzincî,Barzanji|||Barzani'])

tr('urdu_pakistani', script='Arab', nats=['PK'], n=7, struct='gf2', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='ar_name', part='ar_name2', conv='ar_name'),
   M=['Muhammad|محمد|Mohammad,Mohammed|Muhammed|Mohd,Md|Mahmood',
      'Asif|آصف|Aasif,Asef|||Arif',
      'Tariq|طارق|Tarique,Tarik|||Taqi',
      'Zubair|زبیر|Zubayr,Zobair|Zubeir||Zuhair',
      'Naveed|نوید|Navid,Naved|||Nadeem',
      'Waqas|وقاص|Waqqas|||Waqar'],
   F=['Ayesha|عائشہ|Aisha,Aysha|||Aasma',
      'Saima|صائمہ|Saimah|||Saba',
      'Nasreen|نسرین|Nasrin|||Naheed'],
   S=['Qureshi|قریشی|Quraishi,Qureishi|Kureshi||Quddusi',
      'Chaudhry|چوہدری|Chaudhary,Choudhry|Chaudhri||Chaudhwani',
      'Malik|ملک|Malick|||Maliki',
      'Siddiqui|صدیقی|Siddiqi,Sidiqi|||Saeedi',
      'Hussain|حسین|Husain,Hussein|||Hassan',
      'Butt|بٹ|But|||Bhatti'])

# ---------------------------------------------------------------- Cyrillic (stored Latin computed by scheme)
tr('russian', script='Cyrl', nats=['RU'], n=12, struct='gf', order='GF', cyr='ru', fem='slavic',
   src=dict(rom='ru_rom', sp='ru_ye', nick='ru_dim', part='(compiler)', conv='icao_ru'),
   M=['|Александр|||Саша,Шура|Алексей',
      '|Сергей|||Серёжа|Семён',
      '|Дмитрий|||Дима,Митя|Демид',
      '|Евгений|||Женя|Евграф',
      '|Андрей|||Андрюша|Андриан',
      '|Николай|||Коля|Никита',
      '|Владимир|||Володя,Вова|Владислав',
      '|Артём|||Тёма|Артур',
      '|Пётр|||Петя|Павел',
      '|Фёдор|||Федя|Филипп',
      '|Семён|||Сёма|Сергей',
      '|Юрий|||Юра|Юлиан'],
   F=['|Елена|||Лена|Елизавета',
      '|Екатерина|||Катя|Евгения',
      '|Ольга|||Оля|Алла',
      '|Татьяна|||Таня|Тамара',
      '|Наталья|||Наташа|Надежда',
      '|Анастасия|||Настя|Анна',
      '|Юлия|||Юля|Юлиана'],
   S=['|Иванов||||Иванцов',
      '|Смирнов||||Смирнягин',
      '|Кузнецов||||Кузьмин',
      '|Соколов||||Соболев',
      '|Лебедев||||Лебеденко',
      '|Козлов||||Козырев',
      '|Новиков||||Никонов',
      '|Морозов||||Моргунов',
      '|Волков||||Вольнов',
      '|Соловьёв||||Соломин',
      '|Фёдоров||||Федотов',
      '|Егоров||||Ежов',
      '|Ермаков||||Ермолаев',
      '|Жуков||||Жутов'])

tr('ukrainian', script='Cyrl', nats=['UA'], n=6, struct='gf', order='GF', cyr='ua', fem='slavic',
   src=dict(rom='ua2010', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='ua2010', cog='ua_forms'),
   M=['|Олександр||||Олексій|Александр',
      '|Володимир||||Всеволод|Владимир',
      '|Микола||||Михайло|Николай',
      '|Сергій||||Семен|Сергей',
      '|Андрій||||Антон|Андрей',
      '|Юрій||||Юліан|Юрий',
      '|Григорій||||Гордій|Григорий'],
   F=['|Олена||||Олеся|Елена',
      '|Тетяна||||Таміла|Татьяна',
      '|Наталія||||Надія|Наталья',
      '|Ганна||||Галина|Анна'],
   S=['|Шевченко||||Шевчук',
      '|Коваленко||||Коваль',
      '|Бондаренко||||Бондар',
      '|Ткаченко||||Ткачук',
      '|Кравчук||||Кравець',
      '|Мельник||||Мельничук',
      '|Олійник||||Олешко|Олейник',
      '|Поліщук||||Поліщенко'])

tr('uzbek', script='Cyrl', nats=['UZ'], n=6, struct='gf', order='GF', cyr='uz', fem='slavic',
   src=dict(rom='uz1995', sp='uz_law', nick='(compiler)', part='(compiler)', conv='uz1995'),
   M=['|Ўткир||||Ўктам', '|Ғайрат||||Ғафур', '|Жасур||||Жамшид', '|Шерзод||||Шерали',
      '|Баҳодир||||Баҳром', '|Дилшод||||Дилмурод'],
   F=['|Гулнора||||Гулноза', '|Дилноза||||Дилфуза', '|Нодира||||Нозима', '|Зулфия||||Зухра'],
   S=['|Тўраев||||Тўхтаев', '|Қодиров||||Қосимов', '|Хасанов||||Ҳусанов', '|Юсупов||||Юнусов',
      '|Раҳимов||||Раҳмонов', '|Эргашев||||Эшматов', '|Норматов||||Нурматов'])

tr('kazakh', script='Cyrl', nats=['KZ'], n=5, struct='gf', order='GF', cyr='kz', fem='slavic',
   src=dict(rom='kz2021', sp='kz_alpha', nick='(compiler)', part='(compiler)', conv='kz_alpha'),
   M=['|Нұрлан||||Нұрбол', '|Ерлан||||Ербол', '|Асхат||||Асқар', '|Серік||||Сәкен', '|Ғалым||||Ғани'],
   F=['|Жанар||||Жанна', '|Айгүл||||Айжан', '|Динара||||Дариға'],
   S=['|Жұмабаев||||Жұмағалиев', '|Ахметов||||Әлметов', '|Сұлтанов||||Сәтбаев', '|Нұрғалиев||||Нұрмағанбетов',
      '|Омаров||||Оспанов', '|Ермеков||||Ержанов'])

tr('kyrgyz', script='Cyrl', nats=['KG'], n=4, struct='gf', order='GF', cyr='kg', fem='slavic',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='icao_wiki'),
   M=['|Азамат||||Айбек', '|Бакыт||||Бакай', '|Эрмек||||Эрлан', '|Талант||||Таалай'],
   F=['|Жылдыз||||Жылдызкан', '|Чынара||||Чолпон', '|Гүлнара||||Гүлзат'],
   S=['|Осмонов||||Осмоналиев', '|Мамытов||||Маматов', '|Абдыкадыров||||Абдыраев', '|Жумабеков||||Жумалиев',
      '|Токтогулов||||Токтосунов'])

tr('tajik', script='Cyrl', nats=['TJ'], n=4, struct='gf', order='GF', cyr='tj', fem='slavic',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['|Фарҳод||||Фаррух', '|Рустам||||Руслан', '|Ҷамшед||||Ҷамол', '|Сафар||||Сафо', '|Бахтиёр||||Бахром'],
   F=['|Зарина||||Зарема', '|Нигина||||Нигора', '|Мавзуна||||Мавлуда'],
   S=['|Раҳимов||||Раҳмонов', '|Назаров||||Нозимов', '|Шарипов||||Шукуров', '|Ҷӯраев||||Ҷумаев',
      '|Саидов||||Содиқов', '|Қурбонов||||Қодиров'])

tr('mongolian', script='Cyrl', nats=['MN'], n=3, struct='patro2', order='GF', cyr='mn',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['|Батбаяр||||Батболд', '|Ганбаатар||||Ганбат', '|Сүхбаатар||||Сүхбат', '|Мөнхбат||||Мөнхбаяр',
      '|Бат-Эрдэнэ||||Бат-Очир'],
   F=['|Оюунчимэг||||Оюунцэцэг', '|Болормаа||||Болорцэцэг', '|Сарантуяа||||Сарангэрэл'],
   S=['|Ганболд||||Ганбат', '|Дорж||||Доржготов', '|Батсүх||||Батсайхан', '|Цэрэн||||Цэнд'])

tr('serbian', script='Cyrl', nats=['RS', 'BA', 'ME'], n=3, struct='gf', order='GF', cyr='sr',
   src=dict(rom='interscript', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='icao_wiki'),
   M=['|Милош||||Милан', '|Драган||||Драгољуб', '|Ненад||||Немања', '|Предраг||||Петар'],
   F=['|Јована||||Јованка', '|Снежана||||Слађана'],
   S=['|Јовановић||||Јованчевић', '|Петровић||||Петронијевић', '|Николић||||Никодијевић',
      '|Ђорђевић||||Ђурђевић', '|Марковић||||Маринковић'])

# ---------------------------------------------------------------- Turkic Latin
tr('turkish', script='Latn', nats=['TR'], n=5, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Mehmet|||Mehmed||Mahmut', 'Mustafa|||Mustapha||Muzaffer', 'Hüseyin|||Huseyin||Hasan',
      'Emre|||||Emin', 'Gökhan|||Gokhan||Gürkan', 'Çağlar|||Caglar||Çağrı'],
   F=['Ayşe|||Ayse||Aysel', 'Fatma|||||Fadime', 'Şükran|||Sukran||Şükriye'],
   S=['Yılmaz|||Yilmaz||Yıldız', 'Kaya|||||Kara', 'Demir|||||Demirci', 'Şahin|||Sahin||Şimşek',
      'Çelik|||Celik||Çetin', 'Öztürk|||Ozturk||Özkök'])

# ---------------------------------------------------------------- Han / East Asia
tr('chinese_mainland', script='Hans', nats=['CN'], n=9, struct='fg', order='FG',
   src=dict(rom='wadegiles', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='wadegiles'),
   M=['Jianguo|建国|Chien-kuo|Jian Guo,Jian-Guo||Jianhua', 'Zhiqiang|志强|Chih-ch\'iang,Chih-chiang|Zhi Qiang,Zhi-Qiang||Ziqiang',
      'Haitao|海涛|Hai-t\'ao,Hai-tao|Hai Tao||Haitian', 'Xiaoming|晓明|Hsiao-ming|Xiao Ming,Xiao-Ming||Xiaomin',
      'Junjie|俊杰|Chün-chieh,Chun-chieh|Jun Jie,Jun-Jie||Junji', 'Wei|伟|Wei|||Wen'],
   F=['Xiuying|秀英|Hsiu-ying|Xiu Ying,Xiu-Ying||Xiuyun', 'Jing|静|Ching|||Ting', 'Fang|芳|Fang|||Feng',
      'Meiling|美玲|Mei-ling|Mei Ling||Meilin'],
   S=['Wang|王|Wang|||Wan', 'Zhang|张|Chang|||Zhuang', 'Liu|刘|Liu|||Lu', 'Chen|陈|Ch\'en,Chen|||Cheng',
      'Zhao|赵|Chao|||Zhou', 'Zhou|周|Chou|||Zou', 'Huang|黄|Huang|||Hua', 'Wu|吴|Wu|||Hu',
      'Yang|杨|Yang|||Yan'])

tr('chinese_taiwan', script='Hant', nats=['TW'], n=4, struct='fg', order='FG',
   src=dict(rom='wadegiles', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='wadegiles'),
   M=['Chih-Ming|志明|Zhiming,Chih-ming|Chih Ming,Chihming||Chih-Min', 'Chia-Hao|家豪|Jiahao,Chia-hao|Chia Hao||Chia-Hsiang',
      'Tsung-Han|宗翰|Zonghan,Tsung-han|Tsung Han||Tsung-Hsien'],
   F=['Shu-Fen|淑芬|Shufen,Shu-fen|Shu Fen||Shu-Hui', 'Yi-Chun|怡君|Yijun,I-chün,Yi-chun|Yi Chun||Yi-Ching',
      'Mei-Ling|美玲|Meiling,Mei-ling|Mei Ling||Mei-Lin'],
   S=['Chang|張|Zhang|||Chuang', 'Lin|林|Lin|||Ling', 'Tsai|蔡|Cai,Ts\'ai|||Tsao', 'Huang|黃|Huang|||Hung',
      'Chen|陳|Ch\'en|||Cheng', 'Hsu|許|Xu,Hsü|||Hsieh'])

tr('chinese_hk', script='Hant', nats=['HK'], n=4, struct='fg', order='FG',
   src=dict(rom='hk_names', sp='hk_rom', nick='(compiler)', part='(compiler)', conv='hk_names'),
   M=['Ka Ming|家明|Jiaming|Ka-ming,Kaming||Ka Wing', 'Chi Wai|志偉|Zhiwei|Chi-wai||Chi Kwan',
      'Kwok Keung|國強|Guoqiang|Kwok-keung||Kwok Wing', 'Wai Man|偉文|Weiwen|Wai-man||Wai Ming'],
   F=['Ka Yan|嘉欣|Jiaxin|Ka-yan||Ka Yee', 'Mei Ling|美玲|Meiling|Mei-ling||Mei Lin'],
   S=['Chan|陳|Chen|||Cheng', 'Wong|黃|Huang|||Hong', 'Cheung|張|Zhang|||Chung', 'Leung|梁|Liang|||Lung',
      'Lau|劉|Liu|||Lai', 'Lam|林|Lin|Lum||Lan'])

tr('chinese_hokkien_sea', script='Hans', nats=['SG', 'MY'], n=7, struct='fg', order='FG',
   src=dict(rom='sg_dialect', sp='sg_rom', nick='(compiler)', part='(compiler)', conv='my_chinese'),
   M=['Chee Meng|志明|Zhiming|Chee-Meng||Chee Keong', 'Kok Hua|国华|Guohua|Kok-Hua,Kok Hwa||Kok Leong',
      'Wee Keong|伟强|Weiqiang|Wee-Keong||Wee Kiat', 'Boon Hua|文华|Wenhua|Boon-Hua||Boon Huat'],
   F=['Bee Ling|美玲|Meiling|Bee-Ling||Bee Lian', 'Siew Choo|秀珠|Xiuzhu|Siew-Choo||Siew Chin'],
   S=['Tan|陈|Chen|||Tang', 'Lim|林|Lin|||Lian', 'Ng|黄|Huang|||Ang', 'Goh|吴|Wu|||Koh',
      'Ong|王|Wang|||Ang', 'Chua|蔡|Cai|||Chia', 'Teo|张|Zhang|||Toh'])

tr('korean', script='Kore', nats=['KR', 'KP'], n=7, struct='fg', order='FG',
   src=dict(rom='ko_names', sp='ko_pass', nick='(compiler)', part='ko_ibs', conv='ko_names'),
   M=['Young-soo|영수|Yeong-su,Yŏng-su,Yong-su|Youngsoo,Young Soo||Young-ho', 'Sung-ho|성호|Seong-ho,Sŏng-ho|Sungho,Sung Ho||Sung-hoon',
      'Jung-hoon|정훈|Jeong-hun,Chŏng-hun|Junghoon,Jung Hoon||Jung-hwan', 'Hyun-woo|현우|Hyeon-u,Hyŏn-u|Hyunwoo,Hyun Woo||Hyun-soo',
      'Ji-hoon|지훈|Ji-hun,Chi-hun|Jihoon,Ji Hoon||Ji-hwan'],
   F=['Eun-jung|은정|Eun-jeong,Ŭn-jŏng|Eunjung,Eun Jung||Eun-ji', 'Soo-jin|수진|Su-jin|Soojin,Soo Jin||Soo-min',
      'Mi-young|미영|Mi-yeong,Mi-yŏng|Miyoung,Mi Young||Mi-kyung'],
   S=['Kim|김|Gim|||Kang', 'Lee|이|Yi,I|Rhee||Leem', 'Park|박|Bak,Pak|||Pyo', 'Choi|최|Choe|Choy||Cho',
      'Jung|정|Jeong,Chŏng|Chung||Jang', 'Yoon|윤|Yun|Youn||Yu', 'Lim|임|Im|Yim||Min'])

tr('japanese', script='Jpan', nats=['JP'], n=4, struct='fg', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Shota|翔太|Shōta|Shohta||Shoji', 'Koji|浩二|Kōji|Kohji||Kenji', 'Daisuke|大輔|Daisuke|||Daiki',
      'Junichi|純一|Jun\'ichi,Jun-ichi|||Junpei'],
   F=['Yuko|裕子|Yūko|Yuuko,Yuko||Yuki', 'Yoko|洋子|Yōko|Yohko||Yoshiko'],
   S=['Sato|佐藤|Satō|Satoh||Saito', 'Ito|伊藤|Itō|Itoh||Iwata', 'Kato|加藤|Katō|Katoh||Kudo',
      'Ono|大野|Ōno|Ohno||Ogino', 'Takahashi|高橋|Takahasi|||Takashima'])

tr('vietnamese', script='Latn', nats=['VN'], n=6, struct='fg', order='FG',
   src=dict(rom='vi_names', sp='(compiler)', nick='(compiler)', part='vi_pass', conv='vi_names'),
   M=['Van Hung|Văn Hùng||||Van Hong', 'Duc Thang|Đức Thắng|Duc Thang|||Duc Thanh', 'Minh Tuan|Minh Tuấn||||Minh Toan',
      'Quoc Bao|Quốc Bảo||||Quoc Binh', 'Van Nam|Văn Nam||||Van Lam'],
   F=['Thi Lan|Thị Lan||||Thi Loan', 'Thi Huong|Thị Hương||||Thi Hang', 'Ngoc Anh|Ngọc Anh||||Ngoc Ha'],
   S=['Nguyen|Nguyễn||||Nguy', 'Tran|Trần||||Trinh', 'Le|Lê||||Ly', 'Pham|Phạm||||Phan',
      'Hoang|Hoàng|Huynh|||Ho', 'Vu|Vũ|Vo|||Vuong'])

tr('thai', script='Thai', nats=['TH'], n=4, struct='gf', order='GF',
   src=dict(rom='th_rtgs', sp='th_rtgs', nick='(compiler)', part='(compiler)', conv='th_names'),
   M=['Somchai||Somchay|||Somsak', 'Somsak||Somsack|||Somchai', 'Prasert||Prasoet|||Prasit', 'Wichai||Vichai,Wichay|||Wichit'],
   F=['Siriporn||Siriphon,Siripohn|||Sirirat', 'Malee||Mali|||Manee'],
   S=['Srisuk||Sisuk|||Srisuwan', 'Saetang||Sae-tang,Sae Tang|||Saelim', 'Rattanakorn||Rattanakon|||Rattanaporn',
      'Boonmee||Bunmi|||Boonma', 'Thongdee||Thongdi|||Thongkham'])

tr('khmer', script='Khmr', nats=['KH'], n=3, struct='fg', order='FG',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='th_names'),
   M=['Dara|||||Darith', 'Vannak||Vanak|||Vanna', 'Sophal|||||Sopheak'],
   F=['Sophea||Sopheap|||Sopheak', 'Bopha||Bophar|||Borey'],
   S=['Sok|||||Sam', 'Chan|||||Chhay', 'Heng|||||Hong', 'Keo|||||Kem', 'Meas||Mias|||Men'])

tr('burmese', script='Mymr', nats=['MM'], n=4, struct='mono', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='my_names', conv='my_names2'),
   M=['Aung Kyaw Moe||Aung Kyaw Mo|||Aung Kyaw Min', 'Kyaw Zin Htet|||||Kyaw Zin Htun', 'Nay Lin Aung||Nay Linn Aung|||Nay Lin Oo',
      'Zaw Min Tun||Zaw Min Htun|||Zaw Min Thu'],
   F=['Khin Mar Win||Khin Mar Winn|||Khin Mar Wai', 'Su Myat Noe|||||Su Myat Mon'],
   S=[])

tr('indonesian', script='Latn', nats=['ID'], n=4, struct='mono', order='GF',
   src=dict(rom='id_names', sp='id_names', nick='(compiler)', part='id_names2', conv='id_names2'),
   M=['Sutrisno||Soetrisno|||Sutarno', 'Wahyudi||Wahjudi|||Wahyono', 'Cahyono||Tjahjono|||Cahyadi', 'Budi Santoso||Boedi Santoso|||Budi Susanto'],
   F=['Sri Wahyuni||Sri Wahjuni|||Sri Wahyuningsih', 'Siti Aminah|||||Siti Amanah'],
   S=[])

tr('malay', script='Latn', nats=['MY', 'BN'], n=3, struct='malay', order='GF',
   src=dict(rom='ar_name', sp='ar_name', nick='ar_name', part='ar_name', conv='ar_name'),
   M=['Ahmad||Ahmed|||Ahmadi', 'Mohd Faizal||Muhammad Faizal,Mohamad Faizal|Mohd. Faizal||Mohd Faizul', 'Hafiz||Hafeez|||Hakim'],
   F=['Nur Aisyah||Nur Aishah,Noor Aisyah|Nur Aisya||Nur Aina', 'Siti Hajar|||||Siti Hawa'],
   S=['Ismail||Ismael|||Ishak', 'Hassan||Hasan|||Hassim', 'Abdullah||Abdulla|||Abdul Latif', 'Othman||Osman,Uthman|||Omar'])

tr('filipino', script='Latn', nats=['PH'], n=4, struct='filipino', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='es_names', conv='(compiler)'),
   M=['Jose|José|||Pepe,Joey|Josue', 'Eduardo||||Eddie,Edwin|Edgardo', 'Roberto||||Bobby,Obet|Rogelio', 'Ferdinand||||Ferdie|Fermin'],
   F=['Maria Cristina|María Cristina||Ma. Cristina|Tina|Maria Carmina', 'Jocelyn||||Joy|Jolina', 'Rosario||||Charing,Rose|Rosalinda'],
   S=['Santos|||||Santiago', 'Reyes|||||Reyna', 'Bautista|||||Baltazar', 'Dela Cruz||De la Cruz,Delacruz|||De la Torre',
      'Mendoza|||||Medina', 'De Guzman||Guzman,DeGuzman|||De Gracia'])

# ---------------------------------------------------------------- South Asia
tr('hindi', script='Deva', nats=['IN'], n=6, struct='gfmid', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='ta_init', conv='ta_init'),
   M=['Rajesh|राजेश||||Rakesh,Ramesh', 'Suresh|सुरेश||||Naresh', 'Amit|अमित||||Amrit,Sumit',
      'Vikram|विक्रम||Vickram||Vikas', 'Sanjay|संजय|Sanjai|||Sanjeev', 'Anil|अनिल||||Sunil,Akhil'],
   F=['Sunita|सुनीता|Sunitha|Suneeta||Sumita', 'Pooja|पूजा|Puja|||Prerna', 'Priyanka|प्रियंका||||Priyamvada'],
   S=['Sharma|शर्मा|Sarma|||Verma', 'Verma|वर्मा|Varma|||Vora', 'Gupta|गुप्ता||||Goyal', 'Yadav|यादव|Yadava|||Jadhav',
      'Srivastava|श्रीवास्तव|Shrivastava,Srivastav|||Shrivas', 'Chaudhary|चौधरी|Choudhary,Chaudhari|||Chauhan'],
   MID=['Kumar|कुमार'])

tr('bengali', script='Beng', nats=['IN', 'BD'], n=4, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)', cog='(compiler)'),
   M=['Sourav|সৌরভ|Saurav,Sourabh|Saurabh||Gourav', 'Debashish|দেবাশীষ|Debasish,Debashis|Debasis||Debabrata',
      'Partha|পার্থ|Partho|||Pritam', 'Abdul Karim|আব্দুল করিম|Abdulkarim,Abdul Kareem|||Abdul Rahim'],
   F=['Mitali|মিতালী|Mitaly|||Mithila', 'Rupa|রূপা|Roopa|||Rima'],
   S=['Chatterjee|চট্টোপাধ্যায়||Chatterji||Chakraborty|Chattopadhyay,Chattopadhyaya',
      'Banerjee|বন্দ্যোপাধ্যায়||Banerji||Bhattacharjee|Bandyopadhyay',
      'Mukherjee|মুখোপাধ্যায়||Mukherji||Majumdar|Mukhopadhyay',
      'Hossain|হোসেন|Hossen,Hussain|Hosen||Hassan', 'Rahman|রহমান|Rehman|Rahaman||Rahim'])

tr('tamil', script='Taml', nats=['IN', 'LK'], n=5, struct='patro2', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='ta_init', conv='ta_init2'),
   M=['Murugan|முருகன்|Murukan|||Murugesan', 'Senthil|செந்தில்|Sendhil|||Selvam', 'Saravanan|சரவணன்||||Sivanandan',
      'Karthik|கார்த்திக்|Karthick,Kartik|||Kathir', 'Rajkumar|ராஜ்குமார்|Raj Kumar,Rajakumar|||Rajkamal'],
   F=['Lakshmi|லட்சுமி|Laxmi,Lakshmy|Latchumi||Lalitha', 'Kavitha|கவிதா|Kavita|||Kavya', 'Priya|பிரியா|Piriya|||Priyanka'],
   S=['Subramanian|சுப்பிரமணியன்|Subramaniam,Subramanyam|Subramaniyan||Sivaraman', 'Ramasamy|ராமசாமி|Ramaswamy,Ramasami|||Ramanathan',
      'Krishnan|கிருஷ்ணன்|Kirushnan|||Kannan', 'Natarajan|நடராஜன்|Nadarajan,Nataraj|||Nagarajan',
      'Arumugam|ஆறுமுகம்|Arumugham,Aarumugam|||Annamalai', 'Venkatesan|வெங்கடேசன்||||Venkataraman'])

tr('telugu', script='Telu', nats=['IN'], n=3, struct='patro2', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='ta_init', conv='ta_init'),
   M=['Venkata Ramana||Venkataramana,Venkat Ramana|||Venkata Ratnam', 'Srinivas||Srinivasa,Sreenivas|||Srinath', 'Naga Raju||Nagaraju|||Naga Babu'],
   F=['Lakshmi Devi||Laxmi Devi|||Lalitha Devi', 'Padmavathi||Padmavati|||Parvathi'],
   S=['Reddy||Reddi|||Raju', 'Naidu||Nayudu|||Nayak', 'Rao|||||Ram'])

tr('sinhalese', script='Sinh', nats=['LK'], n=3, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Chaminda||Chamindha|||Chamara', 'Nuwan||Nuvan|||Nuwantha', 'Kasun|||||Kusal'],
   F=['Dilani|||||Dilini', 'Kumari|||||Kumudu'],
   S=['Jayasuriya||Jayasooriya|||Jayasinghe', 'Wickramasinghe||Wickremesinghe,Wikramasinghe|||Wickramaratne',
      'Perera||Pereira|||Peiris', 'Bandara|||||Bandaranayake', 'Gunawardena||Gunawardana|||Gunaratne'])

# ---------------------------------------------------------------- Africa
tr('amharic_tigrinya', script='Ethi', nats=['ET', 'ER'], n=6, struct='patro3', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='habesha', conv='habesha'),
   M=['Abebe|አበበ||||Abera', 'Kebede|ከበደ||||Kedir', 'Tesfaye|ተስፋዬ|Tesfay,Tesfai|||Tefera',
      'Girma|ግርማ||||Gizaw', 'Haile|ኃይሌ|Hayle|||Hailu', 'Mulugeta|ሙሉጌታ|Mulugetta|||Mulualem',
      'Yohannes|ዮሐንስ|Yohanes|||Yonas', 'Berhane|ብርሃነ|Birhane|||Bereket'],
   F=['Almaz|አልማዝ||||Alem', 'Tsehay|ፀሐይ|Tsehai,Tsehaye|||Tsega', 'Meseret|መሰረት||||Mestawet'],
   S=[])

tr('somali', script='Latn', nats=['SO', 'DJ'], n=5, struct='patro3', order='GF',
   src=dict(rom='so_names', sp='so_names', nick='(compiler)', part='so_conv', conv='so_conv'),
   M=['Mohamed|Maxamed|Mohammed,Mahamed|Maxamed|Moha|Mohamud', 'Abdi|Cabdi|Abdy|Cabdi||Abdulle', 'Hassan|Xasan|Hasan|Xasan||Hussein',
      'Hussein|Xuseen|Hussen,Houssein|Xuseen||Hassan', 'Omar|Cumar|Umar|Cumar||Osman', 'Ali|Cali|Aly|Cali||Aden',
      'Abdirahman|Cabdiraxmaan|Abdi Rahman,Abdurahman|Cabdiraxmaan||Abdirashid', 'Nur|Nuur|Noor,Nour|Nuur||Nuh'],
   F=['Fadumo|Faadumo|Fatuma,Fadumaa|Faadumo||Fardowsa', 'Hodan|Hodan|Hoodan|||Hibaaq', 'Amina|Aamina|Aaminah|Aamina||Asha'],
   S=[])

tr('hausa', script='Latn', nats=['NG', 'NE'], n=4, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)', cog='(compiler)'),
   M=['Abubakar||Abubakr|Abu Bakar||Abdulkadir|Aboubacar', 'Usman||Uthman|Usmanu||Umar|Ousmane', 'Aminu|||||Amadu',
      'Ibrahim||Ibraheem|||Idris|Ibrahima', 'Musa|||||Mustapha|Moussa'],
   F=['Hauwa||Hawa|||Hafsat|Haoua', 'Aishatu||Aisha|||Asabe|Aissatou'],
   S=['Danjuma|Ɗanjuma|Dan Juma|||Danladi', 'Bello|||||Balla', 'Garba|||||Gambo', 'Abdullahi||Abdallahi|||Abdulmalik',
      'Lawal|||||Lawan', 'Yakubu|||||Yahaya|Yacouba'])

tr('yoruba', script='Latn', nats=['NG', 'BJ'], n=4, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Oluwaseun|Olúwaṣeun|||Seun,Sheun|Oluwasegun', 'Adebayo|Adébáyọ̀|||Bayo|Adebola', 'Olumide|Olúmidé|||Mide|Olumuyiwa',
      'Oluwafemi|Olúwafẹ́mi|||Femi|Oluwaseyi'],
   F=['Folasade|Fọláṣadé||Folashade|Sade|Folake', 'Temitope|Tèmítọ́pẹ́|||Tope|Temitayo'],
   S=['Adeyemi|Adéyẹmí||||Adeyemo', 'Ogunleye|Ògúnlẹ́yẹ||||Ogunleke', 'Balogun|Balógun||||Bakare',
      'Adewale|Adéwálé||||Adewole', 'Oyelaran|Oyèláràn||||Oyelade'])

# ---------------------------------------------------------------- Caucasus, Greek, Hebrew
tr('georgian', script='Geor', nats=['GE'], n=4, struct='gf', order='GF',
   src=dict(rom='ka_nat', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='ka_nat', cog='(compiler)'),
   M=['Giorgi|გიორგი|||Gia|Gela|Georgiy,Georgy', 'Davit|დავით|||Data,Dato|Dachi|David', 'Levan|ლევან||||Lasha', 'Irakli|ირაკლი|Irak\'li|||Iakob|Irakliy'],
   F=['Nino|ნინო||||Nana|Nina', 'Tamar|თამარ||||Tamta|Tamara'],
   S=['Beridze|ბერიძე||||Berishvili', 'Kapanadze|კაპანაძე|K\'ap\'anadze|||Kakabadze', 'Gelashvili|გელაშვილი||||Gogoladze',
      'Maisuradze|მაისურაძე||||Mamaladze', 'Lomidze|ლომიძე||||Lominadze', 'Tsiklauri|წიკლაური|Ts\'iklauri|||Tsiklashvili'])

tr('armenian', script='Armn', nats=['AM'], n=4, struct='gf', order='GF',
   src=dict(rom='hy_rom', sp='hy_rom', nick='(compiler)', part='(compiler)', conv='hy_rom', cog='(compiler)'),
   M=['Hovhannes|Հովհաննես|Hovannes|Ohannes||Hovsep|Ovanes', 'Grigor|Գրիգոր||Krikor||Gevorg|Grigoriy', 'Armen|Արմեն||||Arsen',
      'Tigran|Տիգրան||Dikran||Tatul'],
   F=['Anahit|Անահիտ|Anahid|||Anush', 'Gayane|Գայանե|Gayaneh|||Gohar'],
   S=['Petrosyan|Պետրոսյան|Petrosian|Bedrosian||Poghosyan|Petrosov', 'Grigoryan|Գրիգորյան|Grigorian|Krikorian||Gevorgyan',
      'Hakobyan|Հակոբյան|Hakobian|Hagopian||Harutyunyan|Akopyan', 'Sargsyan|Սարգսյան|Sargsian|Sarkissian||Sahakyan|Sarkisyan',
      'Avetisyan|Ավետիսյան|Avetisian|Avedisian||Avagyan'])

tr('greek', script='Grek', nats=['GR', 'CY'], n=4, struct='gf', order='GF', fem='greek',
   src=dict(rom='el_elot', sp='el_rom', nick='el_rom', part='(compiler)', conv='el_elot', cog='el_rom'),
   M=['Georgios|Γεώργιος||Yorgos|Giorgos|Gerasimos|George', 'Konstantinos|Κωνσταντίνος|Konstandinos|Constantinos|Kostas|Kosmas|Constantine',
      'Dimitrios|Δημήτριος||Demetrios|Dimitris|Dionysios', 'Ioannis|Ιωάννης||Yiannis|Giannis,Yannis|Iosif|John'],
   F=['Eleni|Ελένη||Helene|Lena|Elpida|Helen', 'Maria|Μαρία||||Marina'],
   S=['Papadopoulos|Παπαδόπουλος||||Papadakis', 'Vlachos|Βλάχος|Vlahos|||Vlachakis', 'Nikolaidis|Νικολαΐδης|Nicolaides|||Nikolaou',
      'Karagiannis|Καραγιάννης|Karayannis|||Karamanlis', 'Oikonomou|Οικονόμου|Economou,Ikonomou|||Oikonomidis'])

tr('hebrew', script='Hebr', nats=['IL'], n=4, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)', cog='(compiler)'),
   M=['Yosef|יוסף|Yossef|Josef|Yossi|Yoav|Joseph', 'Moshe|משה||Moishe|Moshiko|Meir|Moses',
      'Yitzhak|יצחק|Yitzchak,Itzhak||Itzik|Yisrael|Isaac', 'Avraham|אברהם||Avrohom|Avi|Aviram|Abraham'],
   F=['Rivka|רבקה|Rivkah,Rivca||Riki|Rina|Rebecca', 'Shira|שירה|Shirah|||Shir'],
   S=['Cohen|כהן|Kohen|Cohn||Kahana', 'Levi|לוי|Levy|||Lavi', 'Mizrahi|מזרחי|Mizrachi|||Mimran', 'Friedman|פרידמן|Fridman|Freedman||Feldman',
      'Biton|ביטון|Bitton|||Bitan'])

# ---------------------------------------------------------------- Latin America, Iberia, Europe
tr('spanish_latam', script='Latn', nats=['MX', 'CO', 'VE', 'GT', 'HN', 'PE', 'SV'], n=12, struct='spanish', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='es_names', conv='es_names2'),
   M=['José Luis|||Jose Luis,Joseluis|Pepe Luis|José Ángel', 'Juan Carlos|||Juancarlos|Juanca|Juan Pablo',
      'Francisco|||Fco.|Paco,Pancho,Kiko|Federico', 'Jesús|||Jesus|Chucho,Chuy|Josué', 'Guillermo|||Guillermo|Memo|Gilberto',
      'Roberto|||Roberto|Beto|Alberto', 'Alejandro||||Alex|Leandro', 'Eduardo||||Lalo|Edgardo'],
   F=['María Guadalupe|||Ma. Guadalupe,Maria Guadalupe|Lupe|María Gabriela', 'Rosario|||Rosario|Chayo|Rosalía',
      'Dolores|||Dolores|Lola|Lourdes', 'Ana María|||Ana Maria,Anamaría|Anamari|Ana Marta'],
   S=['García|||Garcia||Garza', 'Hernández|||Hernandez||Fernández', 'López|||Lopez||Lozano', 'Martínez|||Martinez||Martín',
      'González|||Gonzalez||Gómez', 'Rodríguez|||Rodriguez||Rodas', 'Pérez|||Perez||Peña', 'Sánchez|||Sanchez||Suárez',
      'Ramírez|||Ramirez||Ramos', 'Castillo|||||Castro', 'Vargas|||||Vega', 'de la Cruz|||De La Cruz,Delacruz||de la Rosa',
      'Ortiz|||||Ortega'])

tr('portuguese_brazil', script='Latn', nats=['BR', 'PT', 'AO'], n=6, struct='portuguese', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['João|||Joao||Joaquim', 'José Carlos|||Jose Carlos|Zé Carlos|José Cláudio', 'Antônio|||António,Antonio|Toninho|Anselmo',
      'Francisco|||Francisco|Chico|Fabrício', 'Luiz Fernando|||Luís Fernando,Luis Fernando|Nando|Luiz Felipe'],
   F=['Maria das Graças|||Maria das Gracas,Maria da Graça|Graça|Maria das Dores', 'Ana Paula|||Anna Paula|Paulinha|Ana Lúcia'],
   S=['da Silva|||Silva,Da Silva||da Silveira', 'dos Santos|||Santos,Dos Santos||dos Anjos', 'de Oliveira|||Oliveira,De Oliveira||Vieira',
      'Souza|||Sousa||Soares', 'Pereira|||Pereyra||Ferreira', 'Rodrigues|||Rodriguez||Rodrigo', 'Carvalho|||Carvalhos||Carvalhal',
      'Conceição|||||Consolação'])

tr('english', script='Latn', nats=['GB', 'US', 'IE', 'AU'], n=3, struct='gf2', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='en_nick', part='(compiler)', conv='en_nick2'),
   M=['William||||Bill,Will,Billy|Willard', 'Robert||||Bob,Rob,Bobby|Rupert', 'Richard||||Rick,Dick,Rich|Reginald',
      'Edward||||Ed,Ted,Eddie|Edwin', 'James||||Jim,Jimmy|Jameson'],
   F=['Elizabeth||||Liz,Beth,Betty|Elisa', 'Margaret||||Meg,Peggy,Maggie|Marjorie'],
   S=['McDonald|||MacDonald,Mc Donald||McDowell', "O'Brien|||OBrien,O Brien||O'Byrne", 'Thompson|||||Thomson',
      'Harrison|||||Harris', 'Walsh|||||Wallace'])

tr('german', script='Latn', nats=['DE', 'AT'], n=2, struct='gf', order='GF',
   src=dict(rom='icao9303', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Jürgen|||Juergen||Jörg', 'Klaus|||Claus||Kurt', 'Hans-Peter|||Hans Peter,Hanspeter||Hans-Dieter'],
   F=['Ursula|||Ursula|Uschi|Ulrike', 'Katharina|||Katarina|Kathi,Käthe|Karolina'],
   S=['Müller|||Mueller||Möller', 'Schröder|||Schroeder||Schröter', 'Weiß|||Weiss||Weise', 'Schmidt|||Schmid||Schmitt',
      'von Bergen|||Von Bergen||von Berg'])

tr('french', script='Latn', nats=['FR', 'BE'], n=2, struct='gf', order='GF',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Jean-Pierre|||Jean Pierre,Jeanpierre|JP|Jean-Paul', 'François|||Francois||Franck', 'Jérôme|||Jerome||Jérémie'],
   F=['Hélène|||Helene||Hélèna', 'Marie-Claire|||Marie Claire,Marieclaire||Marie-Claude'],
   S=['Dupont|||Du Pont||Dupond', 'Moreau|||||Moreno', 'Girard|||||Gérard', 'Le Gall|||Legall,Le-Gall||Le Goff'])

tr('polish', script='Latn', nats=['PL'], n=2, struct='gf', order='GF', fem='polish',
   src=dict(rom='(compiler)', sp='(compiler)', nick='(compiler)', part='(compiler)', conv='(compiler)'),
   M=['Wojciech||||Wojtek|Wiesław', 'Łukasz|||||Łucjan', 'Grzegorz||||Grzesiek|Gracjan'],
   F=['Małgorzata||||Gosia,Małgosia|Magdalena', 'Agnieszka||||Aga|Agata'],
   S=['Kowalski|||||Kowalczyk', 'Wiśniewski|||Wisniewski||Wiśniowski', 'Zieliński|||Zielinski||Zielonka', 'Nowak|||Nowack||Nowicki',
      'Wójcik|||Wojcik||Wójtowicz'])
