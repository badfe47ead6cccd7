"""Arabic-script and related traditions.  CANON is a common English spelling;
r.alalc = ALA-LC romanization (by hand, with diacritics), r.fr = French /
Maghrebi civil-status spelling, r.eg = Egyptian spelling (g for jim, e/o vowels),
r.gulf = Gulf passport-style spelling, r.en = further English-press spellings."""
from model import Tradition

AR_M = """
Mohammed | محمد | r.wm=Muhammad/Mohammad/Mohamad/Muhammed/Mohamed | r.alalc=Muḥammad | r.fr=Mohamed/Mouhamed | r.eg=Mohamed | r.gulf=Mohammed | ~=Mahmoud:محمود/Hamed:حامد
Ahmed | أحمد | r.en=Ahmad | r.alalc=Aḥmad | r.fr=Ahmed | r.eg=Ahmed | r.gulf=Ahmed | ~=Hamad:حمد/Hamid:حميد
Mahmoud | محمود | r.en=Mahmud | r.alalc=Maḥmūd | r.fr=Mahmoud | r.eg=Mahmoud | ~=Mohammed:محمد/Masoud:مسعود
Khaled | خالد | r.en=Khalid | r.alalc=Khālid | r.fr=Khaled | r.eg=Khaled | r.gulf=Khalid | ~=Khalil:خليل/Khalaf:خلف
Hassan | حسن | r.en=Hasan | r.alalc=Ḥasan | r.fr=Hassen | r.eg=Hassan | ~=Hussein:حسين/Hassoun:حسون
Hussein | حسين | r.en=Husayn/Hussain/Hussien | r.alalc=Ḥusayn | r.fr=Houcine/Hocine | r.eg=Hussein | r.gulf=Hussain | ~=Hassan:حسن/Hosni:حسني
Omar | عمر | r.en=Umar | r.alalc=ʻUmar | r.fr=Omar | ~=Ammar:عمار/Amr:عمرو
Abdullah | عبد الله | r.en=Abdallah | r.alalc=ʻAbd Allāh | r.fr=Abdallah/Abdellah | r.eg=Abdalla | r.gulf=Abdulla | c=Abd Allah/Abd-Allah | ~=Obaidullah:عبيد الله/Abdulilah:عبد الإله
Abdulrahman | عبد الرحمن | r.en=Abdel Rahman/Abdurrahman | r.alalc=ʻAbd al-Raḥmān | r.fr=Abderrahmane/Abderrahman | r.eg=Abdel Rahman | r.gulf=Abdulrahman | c=Abdul Rahman/Abd al-Rahman/Abd ar-Rahman/Abdelrahman | ~=Abdulrahim:عبد الرحيم/Abdulrazzaq:عبد الرزاق
Abdulaziz | عبد العزيز | r.en=Abdelaziz | r.alalc=ʻAbd al-ʻAzīz | r.fr=Abdelaziz | r.eg=Abdel Aziz | r.gulf=Abdulaziz | c=Abdul Aziz/Abd al-Aziz/Abdel-Aziz | ~=Abdulmajid:عبد المجيد/Abdulbaqi:عبد الباقي
Yousef | يوسف | r.en=Youssef/Yusuf/Yousif | r.alalc=Yūsuf | r.fr=Youssef/Youcef | r.eg=Youssef | r.gulf=Yousef | ~=Younes:يونس/Yousri:يسري
Mustafa | مصطفى | r.en=Moustafa | r.alalc=Muṣṭafá | r.fr=Mustapha | r.eg=Mostafa | ~=Mokhtar:مختار/Muntasir:منتصر
Jamal | جمال | r.alalc=Jamāl | r.fr=Djamel/Jamel | r.eg=Gamal | ~=Kamal:كمال/Jamil:جميل
Tariq | طارق | r.en=Tarek/Tareq | r.alalc=Ṭāriq | r.fr=Tarek | r.eg=Tarek | ~=Taher:طاهر/Talal:طلال
Saeed | سعيد | r.en=Said/Saied | r.alalc=Saʻīd | r.fr=Saïd | r.eg=Said | ~=Saad:سعد/Saud:سعود
Karim | كريم | r.en=Kareem | r.alalc=Karīm | r.fr=Karim | r.eg=Karim | ~=Hakim:حكيم/Kamil:كامل
Nasser | ناصر | r.en=Nasir/Naser | r.alalc=Nāṣir | r.fr=Nacer | r.eg=Nasser | ~=Nizar:نزار/Nasr:نصر
Faisal | فيصل | r.en=Faysal | r.alalc=Fayṣal | r.fr=Fayçal/Faycal | ~=Fadel:فاضل/Fadl:فضل
Walid | وليد | r.en=Waleed | r.alalc=Walīd | r.fr=Oualid | r.eg=Walid | ~=Wael:وائل/Wahid:وحيد
Rashid | رشيد | r.en=Rasheed | r.alalc=Rashīd | r.fr=Rachid | ~=Rashad:رشاد/Rajab:رجب
Majid | ماجد | r.en=Majed | r.alalc=Mājid | r.fr=Madjid | r.eg=Maged | ~=Magdy:مجدي/Mahir:ماهر
Hamza | حمزة | r.en=Hamzah | r.alalc=Ḥamzah | ~=Hamdi:حمدي/Hazem:حازم
Bilal | بلال | r.alalc=Bilāl | r.fr=Bilel | r.eg=Belal | ~=Hilal:هلال/Jalal:جلال
Saleh | صالح | r.en=Salih | r.alalc=Ṣāliḥ | r.eg=Saleh | ~=Salah:صلاح/Sabri:صبري
Abdelkader | عبد القادر | r.en=Abdul Qader/Abdulkadir | r.alalc=ʻAbd al-Qādir | r.fr=Abdelkader | c=Abd al-Qadir/Abdel Kader/Abdulqadir | ~=Abdelkarim:عبد الكريم/Abdelghani:عبد الغني
Ayman | أيمن | r.en=Aiman | r.alalc=Ayman | r.fr=Aymen | ~=Amin:أمين/Ehab:إيهاب
Salim | سليم | r.en=Saleem | r.alalc=Salīm | r.fr=Slim | r.eg=Selim | ~=Salem:سالم/Sami:سامي
Adel | عادل | r.en=Adil | r.alalc=ʻĀdil | r.fr=Adel | ~=Adnan:عدنان/Abed:عابد
Ibrahim | إبراهيم | r.en=Ebrahim | r.alalc=Ibrāhīm | r.fr=Brahim | r.eg=Ibrahim | x.exo=Abraham | ~=Ismail:إسماعيل/Ihab:إيهاب
"""

AR_F = """
Fatima | فاطمة | r.en=Fatimah/Fatema | r.alalc=Fāṭimah | r.fr=Fatma | r.eg=Fatma | ~=Fatiha:فتيحة/Faten:فاتن
Aisha | عائشة | r.en=Ayesha/Aysha | r.alalc=ʻĀʼishah | r.fr=Aicha/Aïcha | r.eg=Aisha | ~=Aida:عايدة/Afaf:عفاف
Khadija | خديجة | r.en=Khadeeja/Khadijah | r.alalc=Khadījah | r.fr=Khadidja | r.eg=Khadiga | ~=Khayriya:خيرية/Khalida:خالدة
Maryam | مريم | r.en=Mariam | r.alalc=Maryam | r.fr=Meriem/Myriam | r.eg=Mariam | ~=Maram:مرام/Mirna:ميرنا
Layla | ليلى | r.en=Leila/Laila | r.alalc=Laylá | r.fr=Leïla | r.eg=Laila | ~=Lina:لينا/Lubna:لبنى
Noura | نورة | r.en=Nora/Nourah | r.alalc=Nūrah | r.gulf=Noura | ~=Nawal:نوال/Nour:نور
Zainab | زينب | r.en=Zaynab | r.alalc=Zaynab | r.fr=Zineb/Zeineb | r.eg=Zeinab | ~=Zahra:زهرة/Zakia:زكية
Amina | أمينة | r.en=Aminah/Ameena | r.alalc=Amīnah | r.fr=Amina | ~=Amal:آمال/Amira:أميرة
Samira | سميرة | r.en=Sameera/Samirah | r.alalc=Samīrah | ~=Sumaya:سمية/Samar:سمر
Huda | هدى | r.en=Houda | r.alalc=Hudá | r.fr=Houda | r.eg=Hoda | ~=Hind:هند/Hala:هالة
Rania | رانيا | r.en=Ranya | r.alalc=Rāniyā | ~=Rana:رنا/Rasha:رشا
Salma | سلمى | r.en=Selma | r.alalc=Salmá | ~=Salwa:سلوى/Samia:سامية
Mona | منى | r.en=Muna | r.alalc=Muná | r.fr=Mouna | ~=Manal:منال/Munira:منيرة
"""

LEVANT = Tradition(
    "arabic_levant", "Arab", ["SY", "LB", "JO", "PS", "IQ"], order="GF", default_tag="en",
    stored=["en"], n_persons=13, two_forenames=0.6, store_orig_share=0.5, label="arabic_levant",
    m=AR_M, f=AR_F,
    fam="""
al-Khatib | الخطيب | r.en=Al-Khateeb/El Khatib | r.alalc=al-Khaṭīb | c=Alkhatib/Khatib/El-Khatib/Al Khatib | ~=al-Khattab:الخطاب
Haddad | حداد | r.en=Hadad | r.alalc=Ḥaddād | ~=Hammad:حماد
al-Najjar | النجار | r.en=El Najjar/Najar | r.alalc=al-Najjār | c=Najjar/Alnajjar/An-Najjar | ~=Nassar:نصار
al-Halabi | الحلبي | r.en=Halaby | r.alalc=al-Ḥalabī | c=Halabi/Alhalabi/El-Halabi | ~=al-Hallaq:الحلاق
Khoury | خوري | r.en=Khouri/Khuri | r.alalc=Khūrī | r.fr=El Khoury | ~=Khouly:الخولي
Darwish | درويش | r.en=Derwish | r.alalc=Darwīsh | r.fr=Darwiche | ~=Dawoud:داود
Othman | عثمان | r.en=Uthman/Osman | r.alalc=ʻUthmān
al-Zoubi | الزعبي | r.en=Al-Zu'bi/Zubi | r.alalc=al-Zuʻbī | c=Zoubi/Alzoubi/Al Zoubi | ~=al-Zaabi:الزعابي
Kassem | قاسم | r.en=Qasim/Qassem | r.alalc=Qāsim | r.fr=Kacem | ~=Kassab:قصاب
Mansour | منصور | r.en=Mansur/Mansoor | r.alalc=Manṣūr | ~=Mansi:منسي
al-Tamimi | التميمي | r.alalc=al-Tamīmī | c=Tamimi/Altamimi/At-Tamimi | ~=al-Tamini:التميني
Hijazi | حجازي | r.en=Hejazi | r.alalc=Ḥijāzī | r.eg=Hegazy | ~=Hijab:حجاب
Saliba | صليبا | r.alalc=Ṣalībā | ~=Salameh:سلامة
al-Barghouti | البرغوثي | r.en=Barghouthi | r.alalc=al-Barghūthī | c=Barghouti/Albarghouti | ~=al-Barqawi:البرقاوي
""")

GULF = Tradition(
    "arabic_gulf", "Arab", ["SA", "AE", "KW", "QA", "OM", "YE", "BH"], order="GF", default_tag="en",
    stored=["gulf", "en"], n_persons=13, two_forenames=0.8, store_orig_share=0.5, label="arabic_gulf",
    m=AR_M, f=AR_F,
    fam="""
Al-Qahtani | القحطاني | r.en=Al Qahtani/Al-Kahtani | r.alalc=al-Qaḥṭānī | c=Alqahtani/Qahtani/Al Qahtany | ~=Al-Qasimi:القاسمي
Al-Otaibi | العتيبي | r.en=Al Otaibi/Al-Oteibi | r.alalc=al-ʻUtaybī | c=Alotaibi/Otaibi | ~=Al-Utaiba:العتيبة
Al-Dosari | الدوسري | r.en=Al Dossary/Al-Dossari | r.alalc=al-Dawsarī | c=Aldosari/Dosari/Aldossary | ~=Al-Dosiri:الدويسري
Al-Ghamdi | الغامدي | r.en=Al Ghamdi | r.alalc=al-Ghāmidī | c=Alghamdi/Ghamdi | ~=Al-Ghamri:الغمري
Al-Shammari | الشمري | r.en=Al Shammari/Al-Shamari | r.alalc=al-Shammarī | c=Alshammari/Shammari/Ash-Shammari | ~=Al-Shamrani:الشمراني
Al-Zahrani | الزهراني | r.en=Al Zahrani | r.alalc=al-Zahrānī | c=Alzahrani/Zahrani/Az-Zahrani | ~=Al-Zahrawi:الزهراوي
Al-Marri | المري | r.en=Al Marri/Al-Murry | r.alalc=al-Marrī | c=Almarri/Marri | ~=Al-Muhairi:المهيري
Al-Kaabi | الكعبي | r.en=Al Kaabi/Al-Ka'bi | r.alalc=al-Kaʻbī | c=Alkaabi/Kaabi | ~=Al-Kabisi:الكبيسي
Al-Mansoori | المنصوري | r.en=Al Mansouri/Al-Mansuri | r.alalc=al-Manṣūrī | c=Almansoori/Mansoori | ~=Al-Mazrouei:المزروعي
Al-Suwaidi | السويدي | r.en=Al Suwaidi/Al-Sweidi | r.alalc=al-Suwaydī | c=Alsuwaidi/Suwaidi | ~=Al-Sudairi:السديري
Al-Harbi | الحربي | r.en=Al Harbi | r.alalc=al-Ḥarbī | c=Alharbi/Harbi | ~=Al-Hajri:الهاجري
Al-Enezi | العنزي | r.en=Al-Anazi/Al Enazi | r.alalc=al-ʻAnazī | c=Alanazi/Enezi | ~=Al-Azmi:العازمي
Al-Balushi | البلوشي | r.en=Al Baloushi/Al-Bloushi | r.alalc=al-Balūshī | c=Albalushi/Balushi | ~=Al-Busaidi:البوسعيدي
""")

EGYPT = Tradition(
    "arabic_egypt", "Arab", ["EG", "EG", "SD"], order="GF", default_tag="en",
    stored=["eg", "en"], n_persons=13, two_forenames=0.75, store_orig_share=0.5, label="arabic_egypt",
    m=AR_M, f=AR_F,
    fam="""
Abdel Fattah | عبد الفتاح | r.en=Abdul Fattah | r.alalc=ʻAbd al-Fattāḥ | c=Abdelfattah/Abd al-Fattah/Abd El Fattah | ~=Abdel Ghaffar:عبد الغفار
Hegazy | حجازي | r.en=Hijazi/Higazi | r.alalc=Ḥijāzī | ~=Hegab:حجاب
El-Shenawy | الشناوي | r.en=El Shennawy/Shinawi | r.alalc=al-Shinnāwī | c=Elshenawy/Shenawy/Al-Shinnawi | ~=El-Shazly:الشاذلي
Ragab | رجب | r.en=Rajab | r.alalc=Rajab | ~=Ragheb:راغب
Naguib | نجيب | r.en=Najib/Nagib | r.alalc=Najīb | ~=Nagy:ناجي
Farouk | فاروق | r.en=Faruq/Farooq | r.alalc=Fārūq | ~=Fawzy:فوزي
Soliman | سليمان | r.en=Suleiman/Sulayman/Soleiman | r.alalc=Sulaymān | ~=Salman:سلمان
El-Sayed | السيد | r.en=Elsayed/El Sayed | r.alalc=al-Sayyid | c=Elsayed/Sayed/Al-Sayyid | ~=El-Sawy:الصاوي
Shehata | شحاتة | r.en=Shihata/Shahata | r.alalc=Shiḥātah | ~=Shehab:شهاب
Abdel Hamid | عبد الحميد | r.en=Abdul Hamid | r.alalc=ʻAbd al-Ḥamīd | c=Abdelhamid/Abd al-Hamid/Abd El Hamid | ~=Abdel Majid:عبد المجيد
El-Gammal | الجمال | r.en=Al-Jammal | r.alalc=al-Jammāl | c=Elgammal/Gammal/El Gamal | ~=El-Gamil:الجميل
Awad | عوض | r.en=Ewad | r.alalc=ʻAwaḍ | ~=Awadallah:عوض الله
El-Banna | البنا | r.en=Al-Banna | r.alalc=al-Bannāʼ | c=Elbanna/Banna | ~=El-Bahnasy:البهنسي
""")

MAGHREB = Tradition(
    "arabic_maghreb", "Arab", ["MA", "DZ", "TN", "LY", "MA", "DZ"], order="GF", default_tag="en",
    stored=["fr", "en"], n_persons=13, two_forenames=0.4, store_orig_share=0.4, label="arabic_maghreb",
    m=AR_M, f=AR_F,
    fam="""
Benali | بن علي | r.en=Bin Ali | r.alalc=Bin ʻAlī | c=Ben Ali/Ben-Ali/Ibn Ali | ~=Benalla:بن علة
Belkacem | بلقاسم | r.en=Belqasim | r.alalc=Bilqāsim | r.fr=Belgacem | c=Bel Kacem/Bel-Kacem | ~=Belkadi:بلقاضي
Bouzid | بوزيد | r.en=Bu Zayd | r.alalc=Bū Zayd | c=Bou Zid/Bouzide | ~=Bouziane:بوزيان
Benaissa | بن عيسى | r.en=Bin Issa | r.alalc=Bin ʻĪsá | c=Ben Aissa/Ben Aïssa/Ibn Issa | ~=Benaziza:بن عزيزة
El Alaoui | العلوي | r.en=Al-Alawi | r.alalc=al-ʻAlawī | c=Alaoui/Elalaoui/El-Alaoui | ~=Allaoui:علاوي
El Idrissi | الإدريسي | r.en=Al-Idrisi | r.alalc=al-Idrīsī | c=Idrissi/Elidrissi/El-Idrissi | ~=Driss:إدريس
Cherkaoui | الشرقاوي | r.en=Al-Sharqawi/Sharkawi | r.alalc=al-Sharqāwī | c=Charkaoui/El Cherkaoui | ~=Chergui:الشرقي
Bouaziz | بوعزيز | r.en=Bu Aziz | r.alalc=Bū ʻAzīz | c=Bou Aziz | ~=Bouazza:بوعزة
Zeroual | زروال | r.en=Zarwal | r.alalc=Zarwāl | ~=Zerrouki:زروقي
Benyoussef | بن يوسف | r.en=Bin Yusuf | r.alalc=Bin Yūsuf | c=Ben Youssef/Ben Youcef/Ibn Yusuf | ~=Benyounes:بن يونس
Trabelsi | الطرابلسي | r.en=Tarabulsi/Al-Tarabulsi | r.alalc=al-Ṭarābulusī | c=El Trabelsi/Ettrabelsi | ~=Tabarki:الطبرقي
Bensalem | بن سالم | r.en=Bin Salem | r.alalc=Bin Sālim | c=Ben Salem/Ben-Salem | ~=Bensalah:بن صالح
Hamdaoui | حمداوي | r.en=Hamdawi | r.alalc=Ḥamdāwī | ~=Hamadouche:حمادوش
""")

PERSIAN = Tradition(
    "persian", "Arab", ["IR", "IR", "IR", "AF"], order="GF", default_tag="en",
    stored=["en"], n_persons=13, two_forenames=0.2, store_orig_share=0.5,
    fam="""
Hosseini | حسینی | r.en=Hoseini/Husseini/Hosseyni | r.alalc=Ḥusaynī | ~=Hassani:حسنی
Mohammadi | محمدی | r.en=Mohammedi/Muhammadi | r.alalc=Muḥammadī | ~=Mahmoudi:محمودی
Rezaei | رضایی | r.en=Rezaee/Rezaie/Rezai | r.alalc=Riżāʼī | ~=Razavi:رضوی
Jafari | جعفری | r.en=Jaafari/Ja'fari | r.fr=Djafari | r.alalc=Jaʻfarī | ~=Jabbari:جباری
Rahimi | رحیمی | r.en=Rahimy | r.alalc=Raḥīmī | ~=Rahmani:رحمانی
Moradi | مرادی | r.en=Morady/Muradi | r.alalc=Murādī | ~=Mortazavi:مرتضوی
Sadeghi | صادقی | r.en=Sadeqi/Sadegi | r.alalc=Ṣādiqī | ~=Sadri:صدری
Ghasemi | قاسمی | r.en=Qasemi/Ghassemi/Kasemi | r.alalc=Qāsimī | ~=Ghaffari:غفاری
Heidari | حیدری | r.en=Heydari/Haidari | r.alalc=Ḥaydarī | ~=Hedayati:هدایتی
Mousavi | موسوی | r.en=Musavi/Moussavi/Mosavi | r.alalc=Mūsavī | ~=Mostafavi:مصطفوی
Hassanzadeh | حسن‌زاده | r.en=Hasanzadeh | r.alalc=Ḥasanzādah | c=Hassan-Zadeh/Hassan Zadeh | ~=Hosseinzadeh:حسین‌زاده
Ebrahimi | ابراهیمی | r.en=Ibrahimi/Ebrahimy | r.alalc=Ibrāhīmī | ~=Ebadi:عبادی
Ghorbani | قربانی | r.en=Qorbani/Gorbani | r.alalc=Qurbānī | ~=Ghobadi:قبادی
""",
    m="""
Mohammad | محمد | r.en=Mohammed/Muhammad | r.alalc=Muḥammad | ~=Mahmoud:محمود
Mohammadreza | محمدرضا | r.en=Mohammad Reza | r.alalc=Muḥammad Riżā | c=Mohammad-Reza/Mohammad Reza/Mohamadreza | ~=Mohammadali:محمدعلی
Hossein | حسین | r.en=Hosein/Hossain/Hosseyn | r.alalc=Ḥusayn | x.ar=Hussein | ~=Hassan:حسن
Reza | رضا | r.en=Riza | r.alalc=Riżā | ~=Ramin:رامین
Mehdi | مهدی | r.en=Mahdi | r.alalc=Mahdī | ~=Majid:مجید
Amir | امیر | r.en=Ameer | r.alalc=Amīr | ~=Amin:امین
Hamid | حمید | r.en=Hameed | r.alalc=Ḥamīd | ~=Hamed:حامد
Javad | جواد | r.en=Jawad | r.fr=Djavad | r.alalc=Javād | ~=Jalal:جلال
Gholamreza | غلامرضا | r.en=Qolamreza/Gholam Reza | r.alalc=Ghulām Riżā | c=Gholam-Reza/Gholam Reza | ~=Gholamhossein:غلامحسین
Mostafa | مصطفی | r.en=Mustafa/Moustafa | r.alalc=Muṣṭafá | ~=Morteza:مرتضی
Farhad | فرهاد | r.alalc=Farhād | ~=Farzad:فرزاد
Behrouz | بهروز | r.en=Behruz/Behrooz | r.alalc=Bihrūz | ~=Behzad:بهزاد
Dariush | داریوش | r.en=Daryoush/Darioush | r.alalc=Dāriyūsh | x.exo=Darius | ~=Davoud:داوود
""",
    f="""
Fatemeh | فاطمه | r.en=Fatemah/Fateme | r.alalc=Fāṭimah | x.ar=Fatima | ~=Fereshteh:فرشته
Zahra | زهرا | r.en=Zahrah | r.alalc=Zahrā | ~=Zohreh:زهره
Maryam | مریم | r.en=Mariam | r.alalc=Maryam | ~=Marjan:مرجان
Narges | نرگس | r.en=Nargess/Nargis | r.alalc=Nargis | ~=Nasrin:نسرین
Leila | لیلا | r.en=Leyla/Layla | r.alalc=Laylā | ~=Lida:لیدا
Shirin | شیرین | r.en=Shireen | r.alalc=Shīrīn | ~=Shiva:شیوا
Parisa | پریسا | r.alalc=Parīsā | ~=Parvaneh:پروانه
Mahsa | مهسا | r.alalc=Mahsā | ~=Mahnaz:مهناز
Masoumeh | معصومه | r.en=Masumeh/Massoumeh | r.alalc=Maʻṣūmah | ~=Marzieh:مرضیه
""")

SOMALI = Tradition(
    "somali", "Latn", ["SO", "SO", "KE", "ET", "DJ"], order="GF", default_tag="en",
    stored=["en"], n_persons=13, two_forenames=1.0, store_orig_share=0.0,
    # Somali persons: given + father's + grandfather's name; the last is filed as family name.
    fam="""
Hassan | - | r.so=Xasan | r.en=Hasan | ~=Hussein:-
Farah | - | r.so=Faarax | r.en=Farax | ~=Fahiye:-
Warsame | - | r.so=Warsame | r.it=Uarsame | r.en=Warsama | ~=Warfaa:-
Jama | - | r.so=Jaamac | r.it=Giama | r.en=Jaama | ~=Jimale:-
Guled | - | r.so=Guuleed | r.en=Guleid/Gulled | ~=Gure:-
Nur | - | r.so=Nuur | r.en=Noor | ~=Nuh:-
Adan | - | r.so=Aadan | r.en=Aden | ~=Abshir:-
Hirsi | - | r.so=Xirsi | r.en=Hersi | ~=Hirad:-
Duale | - | r.so=Ducaale | r.en=Dualeh | ~=Dubad:-
Shire | - | r.so=Shire | r.en=Sheere | ~=Shirwa:-
Mohamud | - | r.so=Maxamuud | r.en=Mahamud/Mahmoud | ~=Mohamed:-
Egal | - | r.so=Cigaal | r.en=Igal | ~=Elmi:-
Osman | - | r.so=Cismaan | r.en=Usman | ~=Ossoble:-
""",
    m="""
Mohamed | - | r.so=Maxamed | r.wm=Mohammed/Mahamed | ~=Mohamud:-
Abdi | - | r.so=Cabdi | ~=Awil:-
Ali | - | r.so=Cali | ~=Aweys:-
Omar | - | r.so=Cumar | r.en=Umar | ~=Ammar:-
Ahmed | - | r.so=Axmed | r.en=Ahmad | ~=Hamid:-
Yusuf | - | r.so=Yuusuf | r.en=Yousuf | ~=Yonis:-
Ismail | - | r.so=Ismaaciil | r.en=Ismael | ~=Ishaq:-
Abdullahi | - | r.so=Cabdullaahi | r.en=Abdillahi/Abdulahi | ~=Abdulkadir:-
Abdirahman | - | r.so=Cabdiraxmaan | r.en=Abdurahman/Abdirahmaan | ~=Abdirashid:-
Hussein | - | r.so=Xuseen | r.en=Husein/Hussen | ~=Hassan:-
Muse | - | r.so=Muuse | r.en=Musa | ~=Mumin:-
Dahir | - | r.so=Daahir | r.en=Tahir | ~=Dayib:-
""",
    f="""
Fadumo | - | r.so=Faadumo | r.en=Fatuma | x.ar=Fatima | ~=Fardowsa:-
Asha | - | r.so=Caasha | x.ar=Aisha | ~=Anab:-
Halima | - | r.so=Xaliimo | r.en=Halimo | ~=Hamdi:-
Hodan | - | r.so=Hodan | ~=Hibaq:-
Sahra | - | r.so=Sahra | x.ar=Zahra | ~=Sagal:-
Maryan | - | r.so=Maryan | x.ar=Mariam | ~=Marwo:-
Khadija | - | r.so=Khadiija | r.en=Hadija | ~=Khadra:-
Deeqa | - | r.so=Deeqa | r.en=Deka | ~=Degan:-
Ubah | - | r.so=Ubax | ~=Ugbaad:-
""")

HEBREW = Tradition(
    "hebrew", "Hebr", ["IL", "IL", "IL", "FR", "US"], order="GF", default_tag="en",
    stored=["en"], n_persons=13, two_forenames=0.1, store_orig_share=0.5,
    fam="""
Cohen | כהן | r.il=Kohen | r.de=Kohn/Cohn | ~=Koren:קורן
Levi | לוי | r.en=Levy | ~=Levin:לוין
Mizrahi | מזרחי | r.en=Mizrachi | ~=Marzouk:מרזוק
Peretz | פרץ | r.en=Perets | x.es=Perez | ~=Perl:פרל
Biton | ביטון | r.en=Bitton | ~=Bitan:ביטן
Dahan | דהן | r.en=Dahhan | ~=Dayan:דיין
Friedman | פרידמן | r.il=Fridman | r.en=Freedman | ~=Feldman:פלדמן
Shapira | שפירא | r.en=Shapiro | r.de=Schapira | ~=Shaked:שקד
Katz | כץ | r.il=Kats | r.pl=Kac | ~=Katzir:קציר
Ben David | בן דוד | c=Ben-David/Bendavid | ~=Ben Dov:בן דב
Ohana | אוחנה | r.fr=Ouhana | ~=Ohayon:אוחיון
Azoulay | אזולאי | r.en=Azulay/Azoulai/Azulai | ~=Abutbul:אבוטבול
Rosenberg | רוזנברג | r.il=Rozenberg | ~=Rosenfeld:רוזנפלד
Ashkenazi | אשכנזי | r.en=Ashkenazy | ~=Ashkelony:אשקלוני
""",
    m="""
Yosef | יוסף | r.en=Yossef/Josef | x.exo=Joseph | n.hyp=Yossi | ~=Yoav:יואב
Moshe | משה | r.fr=Moïse | x.exo=Moses | n.hyp=Moishe | ~=Mordechai:מרדכי
Avraham | אברהם | x.exo=Abraham | n.hyp=Avi | ~=Avshalom:אבשלום
Yitzhak | יצחק | r.en=Yitzchak/Itzhak/Itzchak | x.exo=Isaac | n.hyp=Itzik | ~=Yisrael:ישראל
Yaakov | יעקב | r.en=Yaacov/Ya'akov/Yakov | x.exo=Jacob | n.hyp=Kobi | ~=Yakir:יקיר
Shmuel | שמואל | x.exo=Samuel | n.hyp=Shmulik | ~=Shimon:שמעון
David | דוד | n.hyp=Dudu | ~=Dov:דב
Eliyahu | אליהו | r.en=Eliahu | x.exo=Elijah | n.hyp=Eli | ~=Elisha:אלישע
Chaim | חיים | r.en=Haim/Hayim/Khaim | ~=Hanan:חנן
Meir | מאיר | r.en=Meyer/Mayer | ~=Matan:מתן
Aharon | אהרון | r.en=Aron | x.exo=Aaron | ~=Amnon:אמנון
""",
    f="""
Sarah | שרה | r.en=Sara | ~=Shira:שירה
Rivka | רבקה | r.en=Rivkah | x.exo=Rebecca | n.hyp=Riki | ~=Rina:רינה
Miriam | מרים | r.en=Miryam | ~=Michal:מיכל
Rachel | רחל | r.en=Rahel | ~=Rotem:רותם
Leah | לאה | r.en=Lea | ~=Liora:ליאורה
Tamar | תמר | ~=Talia:טליה
Yael | יעל | r.fr=Yaël | x.exo=Jael | ~=Yafit:יפית
Hadas | הדס | x.exo=Hadassah | ~=Hila:הילה
Esther | אסתר | r.il=Ester | ~=Efrat:אפרת
""")
