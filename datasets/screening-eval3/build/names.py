# Name-part tables per naming tradition.
# Line format:  canon|sex|original_script|variants|similar_different_names
#   sex: m / f for given names; - (any) or m / f for family names
#   variants: form:code:source;...   code r=romanisation s=spelling_variant d=diacritics
#             c=compound_particle x=exonym_cognate n=nickname   source = key in sources.SRC
#   similar_different_names: comma list of DIFFERENT names that look alike (for negatives)
# Options: order GF (given first) / FG (family first); mid = probability of a second forename
# (father's name for Arabic/Somali, second given name elsewhere); famfromgiven = family name is
# the father's given name (Tamil, Habesha, Somali grandfather); nfam = number of surnames.

T = {}

def tr(key, **kw):
    T[key] = kw

tr("arabic_egypt", script="Arab", nat=["EG"], n=10, order="GF", mid=0.6, given="""
Gamal|m|جمال|Jamal:r:eg_g;Gamaal:s:C|Kamal,Galal
Mohamed|m|محمد|Muhammad:s:muh;Mohammed:s:muh;Mohamad:s:muh;Mohd:s:muh;Mohammad:s:muh|Mahmoud,Hamed
Ahmed|m|أحمد|Ahmad:r:alalc;Ahmet:s:C|Hamed,Amged
Hassan|m|حسن|Hasan:r:alalc;Hassen:s:C|Hussein,Hassanein
Mahmoud|m|محمود|Mahmud:r:alalc;Mahmood:s:C|Hamdy,Mohamed
Mostafa|m|مصطفى|Mustafa:r:alalc;Moustafa:s:C;Mustapha:s:C|Mokhtar,Montaser
Ragab|m|رجب|Rajab:r:eg_g|Ragai,Ramadan
Abdel Rahman|m|عبد الرحمن|Abdelrahman:c:C;Abd al-Rahman:c:alalc;Abdul Rahman:c:C;Abdulrahman:c:C;Abd El Rahman:c:C;Abdurrahman:c:C|Abdel Rahim,Abdel Hamid
Sherif|m|شريف|Sharif:r:alalc;Cherif:s:fr_ar|Sharaf,Shaker
Osama|m|أسامة|Usama:r:alalc;Oussama:s:fr_ar;Ousama:s:C|Hossam,Osman
Nagwa|f|نجوى|Najwa:r:eg_g|Nagla,Nawal
Mona|f|منى|Muna:r:alalc|Manal,Maha
Gihan|f|جيهان|Jihan:r:eg_g;Jehan:s:C|Gehad,Ghada
Fatma|f|فاطمة|Fatima:r:alalc;Fatimah:s:C|Fathia,Fayza
Hoda|f|هدى|Huda:r:alalc|Hend,Hala
""", family="""
El-Sayed|-|السيد|El Sayed:c:icao_ar;Elsayed:c:icao_ar;Al-Sayyid:r:alalc;Al Sayed:c:icao_ar;Sayed:c:icao_ar|El-Said,El-Sawy
Hegazy|-|حجازي|Hijazi:r:eg_g;Hegazi:s:C;Higazy:s:C|Hegab,Hefny
Abdel Aziz|-|عبد العزيز|Abdelaziz:c:C;Abd al-Aziz:c:alalc;Abdul Aziz:c:C;Abdulaziz:c:C|Abdel Hafez,Abdel Baki
Mansour|-|منصور|Mansur:r:alalc;Mansoor:s:C|Mansy,Marzouk
Gaber|-|جابر|Jaber:r:eg_g;Jabir:r:alalc|Saber,Gabal
Naguib|-|نجيب|Najib:r:eg_g;Nagib:s:C|Nagy,Nabil
El-Masry|-|المصري|Al-Masri:r:alalc;Elmasry:c:icao_ar;El Masri:c:icao_ar;Masry:c:icao_ar|El-Mahdy,El-Maghraby
Farouk|-|فاروق|Faruq:r:alalc;Farouq:s:C;Farook:s:C|Fawzy,Fayek
Ragab|-|رجب|Rajab:r:eg_g|Ramadan,Radwan
""")

tr("arabic_maghreb", script="Arab", nat=["DZ", "MA", "TN"], n=9, order="GF", mid=0.3, bin="ben", given="""
Mohamed|m|محمد|Mohammed:s:muh;Muhammad:s:muh;Mhamed:s:C;Momo:n:fr_ar|Mahmoud,Hamid
Abdelkader|m|عبد القادر|Abdel Kader:c:fr_ar;Abd al-Qadir:c:alalc;Abdelkadir:s:fr_ar;Abdulkadir:c:C|Abdelkrim,Abdelhafid
Youcef|m|يوسف|Youssef:s:C;Yusuf:r:alalc;Yousef:s:C;Joseph:x:C|Younes,Yacine
Djamel|m|جمال|Jamal:r:alalc;Djamal:s:C;Gamal:r:eg_g|Kamel,Djalal
Rachid|m|رشيد|Rashid:r:alalc;Rachide:s:C|Rachad,Rafik
Chaouki|m|شوقي|Shawqi:r:alalc;Chawki:s:C;Shawki:s:C|Chakib,Chafik
Khaled|m|خالد|Khalid:r:alalc;Khaleid:s:C|Khalil,Walid
Hacene|m|حسن|Hassan:r:fr_ar;Hasan:r:alalc;Hacen:s:C|Hocine,Hakim
Noureddine|m|نور الدين|Nour Eddine:c:C;Nour-Eddine:c:C;Nur al-Din:c:alalc;Nouredine:s:C|Nasreddine,Kheireddine
Khadidja|f|خديجة|Khadija:r:alalc;Khadijah:s:C;Kadija:s:C|Khalida,Hadjira
Naima|f|نعيمة|Naïma:d:C;Naeema:s:C;Naeima:s:C|Nadia,Salima
Souad|f|سعاد|Suad:r:alalc;Souaad:s:C|Saadia,Souhila
Fatiha|f|فتيحة|Fatheya:s:C;Fatiha→Fatihah:s:C|Fatima,Farida
""", family="""
Benali|-|بن علي|Ben Ali:c:C;Ben-Ali:c:C;Bin Ali:c:alalc;Ibn Ali:c:alalc|Benaissa,Benalla
Bouzid|-|بوزيد|Bou Zid:c:C;Bouzide:s:C|Bouziane,Bouaziz
Amrani|-|العمراني|El Amrani:c:icao_ar;Al-Amrani:c:alalc;Elamrani:c:icao_ar|Ammari,Akrami
Haddad|-|حداد|Hadad:s:C;Al-Haddad:c:alalc|Hammad,Hadjadj
Belkacem|-|بلقاسم|Belgacem:s:C;Bel Kacem:c:C;Belkassem:s:C;Belqasim:r:alalc|Belkaid,Belhadj
Zerrouki|-|زروقي|Zerouki:s:C;Zarruqi:r:alalc|Zerhouni,Zeroual
Djebbar|-|جبار|Jabbar:r:alalc;Djabbar:s:C|Djabri,Djeddi
Abbes|-|عباس|Abbas:r:fr_ar;Abbess:s:C|Abed,Abdi
Ouali|-|والي|Wali:r:alalc;Ouali→Oualy:s:C|Ouahabi,Ouaret
""")

tr("arabic_gulf", script="Arab", nat=["AE", "SA", "QA", "KW", "OM", "BH"], n=8, order="GF", mid=0.8, bin="bin", given="""
Khalfan|m|خلفان|Khalfaan:s:C|Khalifa,Khamis
Saeed|m|سعيد|Said:r:alalc;Saed:s:C;Saeid:s:C|Saad,Saud
Abdulla|m|عبدالله|Abdullah:s:C;Abd Allah:c:alalc;Abdallah:s:C;Abdalla:s:C|Abdulhadi,Abdulilah
Rashid|m|راشد|Rashed:s:C|Rashad,Raed
Hamad|m|حمد|Hamd:s:C|Hamed,Hamdan
Mubarak|m|مبارك|Mobarak:s:C;Mubaraak:s:C|Mubarez,Mabrouk
Faisal|m|فيصل|Faysal:r:alalc;Faisel:s:C;Faycal:s:fr_ar|Fahad,Fadel
Sultan|m|سلطان|Soltan:s:C|Salman,Salem
Mariam|f|مريم|Maryam:r:alalc;Meriam:s:C|Marwa,Maram
Noura|f|نورة|Nora:s:C;Nourah:s:C;Nura:r:alalc|Nawal,Nouf
Aisha|f|عائشة|Ayesha:s:C;A'isha:r:alalc;Aysha:s:C;Aesha:s:C|Asma,Abeer
Hessa|f|حصة|Hissa:s:C;Hussa:s:C|Hind,Hasna
""", family="""
Al-Mansoori|-|المنصوري|Al Mansoori:c:icao_ar;Almansoori:c:icao_ar;Al-Mansouri:s:C;Al-Mansuri:r:alalc;Mansoori:c:icao_ar|Al-Mazrouei,Al-Marzooqi
Al-Suwaidi|-|السويدي|Al Suwaidi:c:icao_ar;Alsuwaidi:c:icao_ar;Al-Swaidi:s:C;As-Suwaydi:r:C|Al-Saadi,Al-Sudairi
Al-Shamsi|-|الشامسي|Al Shamsi:c:icao_ar;Alshamsi:c:icao_ar;Ash-Shamsi:c:C|Al-Shammari,Al-Shehhi
Al-Dosari|-|الدوسري|Al Dossary:s:C;Aldossari:c:icao_ar;Ad-Dawsari:r:C;Al-Dawsari:r:alalc|Al-Dawood,Al-Dahmani
Al-Kuwari|-|الكواري|Al Kuwari:c:icao_ar;Alkuwari:c:icao_ar;Al-Kawari:s:C|Al-Kubaisi,Al-Khater
Al-Marri|-|المري|Al Marri:c:icao_ar;Almarri:c:icao_ar;Al-Mari:s:C|Al-Mannai,Al-Muhairi
Bin Hamdan|-|بن حمدان|Bin-Hamdan:c:C;Binhamdan:c:icao_ar;Ibn Hamdan:c:alalc;Ben Hamdan:s:C|Bin Hamad,Bin Harib
Al-Balushi|-|البلوشي|Al Balushi:c:icao_ar;Al-Baloushi:s:C;Albalooshi:c:C|Al-Busaidi,Al-Barwani
""")

tr("arabic_levant", script="Arab", nat=["SY", "LB", "JO", "IQ", "PS"], n=7, order="GF", mid=0.4, bin="ibn", given="""
Qassem|m|قاسم|Kassem:s:C;Qasim:r:alalc;Kasem:s:C;Gassim:s:C|Qais,Hashem
Hussein|m|حسين|Husayn:r:alalc;Hussain:s:C;Houssein:s:fr_ar;Hosein:r:fa_ic|Hassan,Hosni
Khalil|m|خليل|Khaleel:s:C;Halil:x:C|Khaled,Jalil
Ziad|m|زياد|Ziyad:r:alalc;Ziyed:s:C|Zaid,Riyad
Tariq|m|طارق|Tarek:s:C;Tareq:s:C;Tarik:s:C|Talal,Tamer
Walid|m|وليد|Waleed:s:C;Oualid:s:fr_ar|Khalid,Wael
Bassam|m|بسام|Basam:s:C|Hisham,Hussam
Rania|f|رانيا|Ranya:s:C|Rana,Randa
Samira|f|سميرة|Sameera:s:C;Samirah:s:C|Samia,Sahar
Layla|f|ليلى|Leila:s:C;Laila:s:C;Leyla:s:C|Lama,Lina
Hala|f|هالة|Halah:s:C|Hana,Hiba
""", family="""
Khoury|-|خوري|Khouri:s:C;Khuri:r:alalc;El Khoury:c:C;El-Khoury:c:C|Khalil,Kurdi
Abu Zeid|-|أبو زيد|Abouzeid:c:C;Abu Zaid:s:C;Abu Zayd:r:alalc;Abuzeid:c:C|Abu Saad,Abu Zaher
Al-Tikriti|-|التكريتي|Al Tikriti:c:icao_ar;Altikriti:c:icao_ar;At-Tikriti:c:C|Al-Tamimi,Al-Taie
Nasrallah|-|نصر الله|Nasr Allah:c:alalc;Nasrala:s:C;Nasralla:s:C|Nasser,Nassar
Abdel Hadi|-|عبد الهادي|Abdelhadi:c:C;Abd al-Hadi:c:alalc;Abdul Hadi:c:C;Abdulhadi:c:C|Abdel Hamid,Abdel Halim
Saleh|-|صالح|Salih:r:alalc;Saleh→Salleh:s:C|Salah,Salem
Mahfouz|-|محفوظ|Mahfuz:r:alalc;Mahfoudh:s:C|Mahmoud,Marouf
Haddad|-|حداد|Hadad:s:C;Al-Haddad:c:alalc|Hammad,Hamdan
""")

tr("persian", script="Arab", nat=["IR", "AF"], n=9, order="GF", mid=0.0, given="""
Mohammad-Reza|m|محمدرضا|Mohammadreza:c:fa_mitre;Mohammad Reza:c:fa_mitre;Mohamad Reza:s:C;Muhammad Riza:r:C|Mohammad-Ali,Mohammad-Hadi
Hossein|m|حسین|Hosein:r:fa_ic;Hussein:r:C;Husayn:r:alalc;Hosseyn:s:C|Hassan,Mohsen
Gholamreza|m|غلامرضا|Gholam Reza:c:fa_mitre;Qolamreza:r:fa_mitre;Gholam-Reza:c:C;Ghulam Reza:r:C|Gholamhossein,Gholamali
Khosrow|m|خسرو|Khosro:s:C;Khosrau:s:C;Khusraw:r:C|Khashayar,Kourosh
Abdolrahman|m|عبدالرحمن|Abdorrahman:c:fa_ic;Abdol Rahman:c:C;Abdolrahaman:s:C|Abdolrahim,Abdolhamid
Mehdi|m|مهدی|Mahdi:r:alalc;Mehdy:s:C|Majid,Mehran
Ghasem|m|قاسم|Qasem:r:fa_mitre;Ghassem:s:C;Qassem:s:C|Hashem,Ghader
Shamsoddin|m|شمس‌الدین|Shamseddin:s:C;Shams al-Din:c:alalc;Shamsedin:s:C;Shams-od-Din:c:C|Shahabeddin,Salahoddin
Fatemeh|f|فاطمه|Fateme:s:C;Fatima:x:C;Fatemeh→Fatemah:s:C|Fereshteh,Farideh
Maryam|f|مریم|Mariam:s:C;Mariyam:s:C|Marjan,Mahnaz
Shirin|f|شیرین|Shireen:s:C;Chirine:s:C|Shahin,Shideh
Nasrin|f|نسرین|Nasreen:s:C|Nasim,Nazanin
""", family="""
Hosseini|-|حسینی|Hoseini:r:fa_ic;Husseini:s:C;Hosseyni:s:C;Husaini:s:C|Hassani,Hosseinzadeh
Mohammadi|-|محمدی|Mohamadi:s:C;Muhammadi:s:C;Mohammady:s:C|Mahmoudi,Mohammadian
Rezaei|-|رضایی|Rezaee:s:C;Rezai:s:C;Rezayi:s:C;Rezaie:s:C|Rezvani,Razavi
Ghorbani|-|قربانی|Qorbani:r:fa_mitre;Ghorbany:s:C;Gorbani:s:C|Ghobadi,Gharibi
Khodabandeh|-|خدابنده|Khoda Bandeh:c:C;Khodabande:s:C|Khodadadi,Khodayari
Hashemzadeh|-|هاشم‌زاده|Hashem-Zadeh:c:fa_mitre;Hashem Zadeh:c:fa_mitre;Hashemzade:s:C|Hashemi,Ghasemzadeh
Mousavi|-|موسوی|Musavi:r:C;Moosavi:s:C;Mousawi:s:C|Mosavat,Mostafavi
Jafari|-|جعفری|Jafary:s:C;Ja'fari:r:C;Djafari:s:C;Jaafari:s:C|Jabbari,Jahani
""")

tr("hebrew", script="Hebr", nat=["IL"], n=8, order="GF", mid=0.0, given="""
Chaim|m|חיים|Haim:r:he_chaim;Hayim:r:he_chaim;Chayim:r:he_chaim;Khaim:r:he_sp|Chanan,Hanoch
Yitzhak|m|יצחק|Yitzchak:r:he_isaac;Itzhak:r:he_isaac;Yitshak:r:he_isaac;Isaac:x:he_isaac|Yisrael,Yitro
Tzvi|m|צבי|Zvi:r:he_sp;Tsvi:r:he_sp;Zwi:s:C|Tzion,Tzur
Menachem|m|מנחם|Menahem:r:he_sp;Menakhem:r:he_sp|Nachum,Menashe
Yaakov|m|יעקב|Ya'akov:r:C;Yakov:s:C;Jacob:x:C|Yaniv,Yoav
Shlomo|m|שלמה|Shelomo:s:C;Solomon:x:C|Shalom,Shmuel
Yehuda|m|יהודה|Yehudah:r:he_sp;Judah:x:C|Yehoshua,Yedidya
Chana|f|חנה|Hana:r:he_sp;Hannah:s:he_chaim;Chanah:r:he_sp;Khana:r:he_sp|Chava,Hila
Tzipora|f|ציפורה|Tzippora:s:C;Zipora:r:he_sp;Tsipora:r:he_sp;Tziporah:r:he_sp|Tzila,Tzofia
Rivka|f|רבקה|Rivkah:r:he_sp;Rebecca:x:he_sp;Rivca:s:C|Rina,Rachel
Michal|f|מיכל|Mikhal:r:he_sp|Michaela,Miriam
""", family="""
Mizrahi|-|מזרחי|Mizrachi:r:he_sp;Mizrakhi:r:he_sp|Mazor,Mimran
Katz|-|כץ|Kats:r:he_sp;Kac:s:C|Kahana,Karp
Ashkenazi|-|אשכנזי|Ashkenazy:s:C;Aschkenasi:s:C|Ashkar,Avishai
Ben-David|-|בן דוד|Ben David:c:C;Bendavid:c:C|Ben-Dov,Ben-Haim
Tzur|-|צור|Tsur:r:he_sp;Zur:r:he_sp|Tzuk,Tal
Hazan|-|חזן|Chazan:r:he_sp;Khazan:r:he_sp;Hazzan:s:C|Hanan,Haziza
Yitzhaki|-|יצחקי|Yitzchaki:r:he_isaac;Itzhaki:r:he_isaac;Itzchaki:r:he_isaac|Yehezkeli,Yisraeli
Peretz|-|פרץ|Perez:r:he_sp;Perets:r:he_sp|Peres,Perry
""")

# Armenian: Eastern canon; the Western tradition is derived in build.py by swapping canon with
# the first variant whose source is arm/arm_kri/arm_sur.
ARM_GIVEN = """
Hakob|m|Հակոբ|Hagop:r:arm;Akop:r:C@ru;Jacob:x:C|Hayk,Harut
Petros|m|Պետրոս|Bedros:r:arm;Petro:s:C|Poghos,Parouyr
Grigor|m|Գրիգոր|Krikor:r:arm_kri;Grigori:s:C|Gurgen,Gagik
Gevorg|m|Գևորգ|Kevork:r:arm;Gevork:s:C;Georgi:x:C|Gegham,Garegin
Karapet|m|Կարապետ|Garabed:r:arm_sur;Garabet:s:C|Karen,Karlen
Tigran|m|Տիգրան|Dikran:r:arm;Tigranes:x:C|Tiran,Vigen
Vardan|m|Վարդան|Vartan:r:arm;Vardanes:x:C|Vardges,Varuzhan
Khachatur|m|Խաչատուր|Khachadour:r:arm;Khachatour:s:C|Khoren,Khosrov
Anahit|f|Անահիտ|Anahid:r:arm|Anush,Ani
Siranush|f|Սիրանուշ|Siranoush:r:arm;Siranouch:s:C|Sirvard,Seda
Gayane|f|Գայանե|Kayane:r:arm;Gayaneh:s:C|Gohar,Karine
"""
ARM_FAMILY = """
Petrosyan|-|Պետրոսյան|Bedrosian:r:arm_sur;Petrosian:r:arm_sur;Petrossian:s:C|Poghosyan,Pashinyan
Grigoryan|-|Գրիգորյան|Krikorian:r:arm;Grigorian:s:C|Gasparyan,Galstyan
Hakobyan|-|Հակոբյան|Hagopian:r:arm;Akopyan:r:C@ru;Akopian:r:C@ru|Harutyunyan,Hambardzumyan
Karapetyan|-|Կարապետյան|Garabedian:r:arm_sur;Karapetian:s:C|Karakhanyan,Kirakosyan
Gevorgyan|-|Գևորգյան|Kevorkian:r:arm;Gevorkyan:r:C@ru;Gevorkian:s:C|Gabrielyan,Ghazaryan
Vardanyan|-|Վարդանյան|Vartanian:r:arm;Vardanian:s:C|Vardazaryan,Avetisyan
Khachatryan|-|Խաչատրյան|Khachadourian:r:arm;Khachatrian:s:C|Khachikyan,Khalatyan
Sargsyan|-|Սարգսյան|Sarkissian:r:arm;Sargsian:s:C;Sarkisyan:r:C@ru|Simonyan,Sahakyan
"""
tr("armenian_eastern", script="Armn", nat=["AM", "RU"], n=5, order="GF", mid=0.0, given=ARM_GIVEN, family=ARM_FAMILY)
tr("armenian_western", script="Armn", nat=["LB", "SY", "FR", "US"], n=5, order="GF", mid=0.0, given=ARM_GIVEN, family=ARM_FAMILY, western=True)

tr("georgian", script="Geor", nat=["GE"], n=6, order="GF", mid=0.0, given="""
Giorgi|m|გიორგი|George:x:C;Georgi:s:C;Giorgos→Gia:n:C|Gia→Gela,Gigla
Zurab|m|ზურაბ|Zurabi:s:C|Zviad,Zaza
Davit|m|დავით|David:x:C;Dato:n:C|Dachi,Demna
Kakha|m|კახა|K'akha:r:geo|Kakhi,Kaha→Khvicha
Paata|m|პაატა|P'aat'a:r:geo|Paliko,Pavle
Irakli|m|ირაკლი|Iraklii:r:icao_ru;Irakliy:r:bgn_ru|Ilia,Ioseb
Tamar|f|თამარ|Tamara:x:C;T'amar:r:geo|Tamta,Tatia
Ketevan|f|ქეთევან|Keti:n:C;K'et'evan:r:geo;Ketevani:s:C|Keso,Khatuna
Nino|f|ნინო|Nina:x:C|Nana,Nona
""", family="""
Kapanadze|-|კაპანაძე|K'ap'anadze:r:geo|Kakabadze,Kalandadze
Tsiklauri|-|წიკლაური|Ts'iklauri:r:geo;Ziklauri:s:C|Tsintsadze,Tsertsvadze
Kvaratskhelia|-|კვარაცხელია|K'varatskhelia:r:geo;Kvaratskheliya:s:C|Kvirikashvili,Kvaliashvili
Tsereteli|-|წერეთელი|Ts'ereteli:r:geo;Zereteli:r:de_ru|Tsertsvadze,Tsulukidze
Javakhishvili|-|ჯავახიშვილი|Dzhavakhishvili:r:icao_ru;Djavakhichvili:r:fr_ru|Jashi,Japaridze
Beridze|-|ბერიძე|Beridse:s:C|Beradze,Berishvili
Gelashvili|-|გელაშვილი|Gelaschwili:r:de_ru;Gelachvili:r:fr_ru|Gelovani,Gegechkori
""")

# Russian: canon = ICAO Doc 9303 (passports since 2013).  Feminine surnames derived by +a.
tr("russian", script="Cyrl", nat=["RU"], n=11, order="GF", mid=0.0, femrule="ru", given="""
Aleksei|m|Алексей|Aleksey:r:bgn_ru;Alekseï:r:fr_ru;Alexei:r:de_ru;Aleksiej:r:pl_ru;Alexej:r:cz_ru;Alexey:s:C|Aleksandr,Arsenii
Dmitrii|m|Дмитрий|Dmitriy:r:bgn_ru;Dmitri:r:fr_ru;Dmitrij:r:pl_ru;Dmitry:s:C;Dima:n:ru_dim|Demid,Denis
Sergei|m|Сергей|Sergey:r:bgn_ru;Sergueï:r:fr_ru;Siergiej:r:pl_ru;Sergej:r:cz_ru|Semen,Stepan
Mikhail|m|Михаил|Mikhaïl:r:fr_ru;Michail:r:de_ru;Michaił:r:pl_ru;Misha:n:ru_dim;Michael:x:C|Makar,Mark
Vladimir|m|Владимир|Wladimir:r:de_ru;Władimir:r:pl_ru;Vova:n:ru_dim|Vladislav,Vadim
Iurii|m|Юрий|Yuriy:r:bgn_ru;Yuri:s:C;Iouri:r:fr_ru;Juri:r:de_ru;Jurij:r:pl_ru|Iakov,Ilia
Evgenii|m|Евгений|Yevgeniy:r:bgn_ru;Evgueni:r:fr_ru;Jewgeni:r:de_ru;Jewgienij:r:pl_ru;Jevgenij:r:cz_ru;Evgeny:s:C|Efim,Egor
Nikolai|m|Николай|Nikolay:r:bgn_ru;Nikolaï:r:fr_ru;Nikołaj:r:pl_ru;Nikolaj:r:cz_ru;Kolya:n:ru_dim2|Nikita,Nikon
Ekaterina|f|Екатерина|Yekaterina:r:bgn_ru;Iekaterina:r:fr_ru;Jekaterina:r:de_ru;Jekatierina:r:pl_ru;Jekatěrina:r:cz_ru;Katya:n:C|Elizaveta,Evgeniia
Iuliia|f|Юлия|Yuliya:r:bgn_ru;Ioulia:r:fr_ru;Julija:r:de_ru;Yulia:s:C|Iana,Liliia
Tatiana|f|Татьяна|Tat'yana:r:bgn_ru;Tatyana:s:C;Tatjana:r:de_ru;Taťána:r:cz_ru;Tanya:n:C|Taisiia,Tamara
Natalia|f|Наталья|Natal'ya:r:bgn_ru;Natalya:s:C;Natalja:r:de_ru;Natasha:n:C|Nadezhda,Nataliia→Nonna
""", family="""
Shcherbakov|-|Щербаков|Chtcherbakov:r:fr_ru;Schtscherbakow:r:de_ru;Szczerbakow:r:pl_ru;Ščerbakov:r:cz_ru|Sherbatov,Shcherbinin
Zhukov|-|Жуков|Joukov:r:fr_ru;Schukow:r:de_ru;Żukow:r:pl_ru;Žukov:r:cz_ru|Zhuravlev,Zhurov
Chernyshev|-|Чернышёв|Chernyshov:s:C;Tchernychev:r:fr_ru;Tschernyschow:r:de_ru;Czernyszow:r:pl_ru;Černyšov:r:cz_ru|Chernyakov,Chernov
Solovev|-|Соловьёв|Solovyov:s:C;Soloviev:r:fr_ru;Solowjow:r:de_ru;Sołowjow:r:pl_ru;Solovjov:r:cz_ru|Solovei,Sokolov
Kuznetsov|-|Кузнецов|Kouznetsov:r:fr_ru;Kusnezow:r:de_ru;Kuzniecow:r:pl_ru;Kuzněcov:r:cz_ru|Kuzmin,Kuzovkov
Vorobev|-|Воробьёв|Vorobyov:s:C;Vorobiev:r:fr_ru;Worobjow:r:de_ru;Vorobjov:r:cz_ru|Voronov,Vorontsov
Khokhlov|-|Хохлов|Chochlow:r:de_ru;Chochłow:r:pl_ru;Chochlov:r:cz_ru;Hohlov:s:C|Khlopov,Kholodov
Zaitsev|-|Зайцев|Zaytsev:r:bgn_ru;Zaïtsev:r:fr_ru;Saizew:r:de_ru;Zajcew:r:pl_ru;Zajcev:r:cz_ru|Zakharov,Zuev
Iakovlev|-|Яковлев|Yakovlev:r:bgn_ru;Jakowlew:r:de_ru;Jakovlev:r:cz_ru|Iakushev,Iakunin
Ershov|-|Ершов|Yershov:r:bgn_ru;Ierchov:r:fr_ru;Jerschow:r:de_ru;Jerszow:r:pl_ru|Ermakov,Eremin
""")

# Ukrainian: canon = national 2010 table (used in passports).
tr("ukrainian", script="Cyrl", nat=["UA"], n=6, order="GF", mid=0.0, given="""
Oleksandr|m|Олександр|Aleksandr:x:C;Alexander:x:C;Oleksander:s:C|Oleksii,Orest
Volodymyr|m|Володимир|Vladimir:x:C;Wolodymyr:r:C|Vsevolod,Vasyl
Mykola|m|Микола|Nikolai:x:C;Mykolai:s:C|Mykhailo,Myroslav
Andrii|m|Андрій|Andriy:r:ua_rom;Andrei:x:C;Andrij:r:C|Anatolii,Arsen
Serhii|m|Сергій|Sergii:r:icao_cyr;Serhiy:r:ua_rom;Sergei:x:C|Semen,Stepan
Oleh|m|Олег|Oleg:r:icao_cyr|Olesh→Ostap,Orest
Nataliia|f|Наталія|Natalia:s:C;Nataliya:r:ua_rom;Natalya:x:C|Nadiia,Nina
Yuliia|f|Юлія|Iuliia:r:icao_cyr;Yuliya:r:ua_rom;Yulia:s:C|Yana,Liliia
Olena|f|Олена|Elena:x:C;Yelena:x:C|Olesia,Oksana
""", family="""
Hnatiuk|-|Гнатюк|Gnatiuk:r:icao_cyr;Hnatyuk:r:ua_rom;Hnatjuk:r:C|Hnatyshyn,Hrytsiuk
Shevchuk|-|Шевчук|Szewczuk:r:C;Schewtschuk:r:C;Chevtchouk:r:C|Shevchenko,Shvets
Tkachenko|-|Ткаченко|Tkatschenko:r:C;Tkaczenko:r:C;Tkatchenko:r:C|Tkachuk,Tkalenko
Havryliuk|-|Гаврилюк|Gavryliuk:r:icao_cyr;Havrylyuk:r:ua_rom;Gavrilyuk:x:C|Havrysh,Hordiienko
Kravchuk|-|Кравчук|Krawczuk:r:C;Krawtschuk:r:C;Kravtchouk:r:C|Kravets,Kravchenko
Melnyk|-|Мельник|Melnik:x:C;Mel'nyk:r:ua_rom|Melnychuk,Mazur
""")

tr("belarusian", script="Cyrl", nat=["BY"], n=4, order="GF", mid=0.0, given="""
Aliaksandr|m|Аляксандр|Alyaksandr:r:C;Aleksandr:x:C;Alexander:x:C|Aliaksei,Anatol
Siarhei|m|Сяргей|Syarhey:r:C;Sergei:x:C;Sergey:x:C|Siamion,Stsiapan
Uladzimir|m|Уладзімір|Vladimir:x:C;Uladzimer:s:C|Uladzislau,Vadzim
Volha|f|Вольга|Olga:x:C;Vol'ha:r:C|Valiantsina,Vera
Tatsiana|f|Таццяна|Tatsyana:r:C;Tatiana:x:C;Tatyana:x:C|Taisa,Tamara
""", family="""
Lukashevich|-|Лукашэвіч|Łukaszewicz:r:C;Lukaschewitsch:r:C|Lukashenka,Lukyanovich
Zhuk|-|Жук|Żuk:r:C;Schuk:r:C|Zhukau,Zhurba
Melnikau|m|Мельнікаў|Melnikov:x:C;Mielnikau:s:C|Melnichenka,Malinouski
Melnikava|f|Мельнікава|Melnikova:x:C;Mielnikava:s:C|Melnichenka,Malinouskaya
Sakalou|m|Сакалоў|Sokolov:x:C;Sakalov:s:C|Sakovich,Sadouski
Sakalova|f|Сакалова|Sokolova:x:C|Sakovich,Sadouskaya
""")

tr("chinese_mainland", script="Hans", nat=["CN"], n=7, order="FG", mid=0.0, sep="", given="""
Zhiming|m|志明|Chih-ming:r:wg;Zhi Ming:s:C;Zhi-ming:s:C|Zhiping,Zhimin
Jianguo|m|建国|Chien-kuo:r:wg;Jian Guo:s:C|Jianhua,Jiangang
Xiaodong|m|晓东|Hsiao-tung:r:wg;Xiao Dong:s:C|Xiaolong,Xiaodan
Haitao|m|海涛|Hai-t'ao:r:wg;Hai-tao:r:wg;Hai Tao:s:C|Haibo,Hailong
Junjie|m|俊杰|Chün-chieh:r:wg;Chun-chieh:r:wg;Jun Jie:s:C|Junhui,Jiejun
Zhiqiang|m|志强|Chih-ch'iang:r:wg;Chih-chiang:r:wg;Zhi Qiang:s:C|Ziqiang,Zhigang
Xiuying|f|秀英|Hsiu-ying:r:wg;Xiu Ying:s:C|Xiuyun,Xiuming
Lihua|f|丽华|Li-hua:r:wg;Li Hua:s:C|Lihong,Liping
Chunmei|f|春梅|Ch'un-mei:r:wg;Chun-mei:r:wg;Chun Mei:s:C|Chunlan,Chunmiao
""", family="""
Zhang|-|张|Chang:r:wg|Zhan,Zang
Chen|-|陈|Ch'en:r:wg|Cheng,Shen
Zhao|-|赵|Chao:r:wg|Zhou,Shao
Zhou|-|周|Chou:r:wg|Zou,Zhu
Xu|-|徐|Hsu:r:wg;Hsü:r:wg|Xue,Hu
Zheng|-|郑|Cheng:r:wg|Zeng,Zhen
Huang|-|黄|Hwang:s:cn_sur|Kuang,Hang
Liu|-|刘|Liou:s:cn_sur|Lu,Niu
""")

tr("chinese_taiwan", script="Hant", nat=["TW"], n=5, order="FG", mid=0.0, sep="", given="""
Chih-ming|m|志明|Zhiming:r:wg;Chih Ming:s:C;Chihming:s:C|Chih-wei,Chih-min
Chia-hao|m|家豪|Jiahao:r:wg;Chia Hao:s:C|Chia-hung,Chia-hsin
Chien-hung|m|建宏|Jianhong:r:wg;Chien Hung:s:C|Chien-hua,Chen-hung
Kuan-yu|m|冠宇|Guanyu:r:wg;Kuan-yü:r:wg;Kuan Yu:s:C|Kuan-ting,Kuang-yu
Shu-fen|f|淑芬|Shufen:r:wg;Shu Fen:s:C|Shu-hui,Shu-chen
Ya-ting|f|雅婷|Yating:r:wg;Ya Ting:s:C|Ya-ling,Yi-ting
Mei-ling|f|美玲|Meiling:r:wg;Mei Ling:s:C|Mei-lin,Mei-hua
""", family="""
Chang|-|張|Zhang:r:wg|Chan,Chiang
Tsai|-|蔡|Cai:r:wg;Tsay:s:C|Tsao,Chai
Hsu|-|許|Xu:r:wg;Hsü:r:wg;Shu:s:C|Hsiao,Hsueh
Cheng|-|鄭|Zheng:r:wg|Chen,Chung
Hsieh|-|謝|Xie:r:wg;Shieh:s:C|Hsueh,Hsiao
Kuo|-|郭|Guo:r:wg|Kao,Ko
""")

tr("chinese_hk", script="Hant", nat=["HK"], n=6, order="FG", mid=0.0, sep="", eng="Peter,Kelvin,Tony,Jacky,Alan,Winnie,Carrie,Ivy,Grace,Eric", given="""
Tai Man|m|大文|Tai-man:s:hk_name;Taiman:s:C;Dawen:r:C@py|Tai Ming,Tak Man
Chi Keung|m|志強|Chi-keung:s:hk_name;Chikeung:s:C;Zhiqiang:r:C@py|Chi Kin,Chi Kwong
Kwok Wah|m|國華|Kwok-wah:s:hk_name;Guohua:r:C@py|Kwok Wai,Kwok Hung
Wing Hong|m|永康|Wing-hong:s:hk_name;Yongkang:r:C@py|Wing Hang,Wai Hong
Ka Fai|m|家輝|Ka-fai:s:hk_name;Jiahui:r:C@py|Ka Wai,Ka Fat
Ka Yan|f|嘉欣|Ka-yan:s:hk_name;Jiaxin:r:C@py|Ka Yee,Ka Man
Mei Ling|f|美玲|Mei-ling:s:hk_name;Meiling:r:C@py|Mei Lin,Mei Kuen
Suk Yee|f|淑儀|Suk-yee:s:hk_name;Shuyi:r:C@py|Suk Yin,Suk Fan
""", family="""
Chan|-|陳|Chen:r:cn_sur@py;Chun:s:cn_sur|Chang,Chen→Chin
Wong|-|黃|Huang:r:cn_sur@py;Vong:r:cn_sur|Wang,Wang→Wan
Cheung|-|張|Zhang:r:cn_sur@py;Chang:r:cn_sur|Chung,Chiang
Lau|-|劉|Liu:r:cn_sur@py;Lou:s:cn_sur|Law,Lai
Chow|-|周|Zhou:r:cn_sur@py;Chau:s:cn_sur|Cho,Chao
Ng|-|吳|Wu:r:cn_sur@py;Eng:s:cn_sur|Ngai,Ngan
Yip|-|葉|Ye:r:cn_sur@py;Ip:s:cn_sur|Yim,Yiu
Lam|-|林|Lin:r:cn_sur@py;Lum:s:cn_sur|Lai,Lan
""")

tr("chinese_macau", script="Hant", nat=["MO"], n=2, order="FG", mid=0.0, sep="", given="""
Kuok Keong|m|國強|Kwok Keung:s:C;Guoqiang:r:C@py|Kuok Kei,Kuok Weng
Sio Man|f|少雯|Siu Man:s:C;Shaowen:r:C@py|Sio Lan,Sio Mei
Chi Hou|m|志豪|Chi Ho:s:C;Zhihao:r:C@py|Chi Hong,Chi Kin
""", family="""
Vong|-|黃|Wong:r:cn_sur@yue;Huang:r:cn_sur@py|Vang,Fong
Lei|-|李|Lee:r:cn_sur;Li:r:cn_sur@py|Lai,Leong
Leong|-|梁|Leung:r:C;Liang:r:C@py|Leung→Lung,Lam
Cheong|-|張|Cheung:r:C;Zhang:r:cn_sur@py|Cheang,Chong
""")

tr("chinese_sg_my", script="Hans", nat=["SG", "MY"], n=6, order="FG", mid=0.0, sep="", eng="Kelvin,Jason,Alvin,Melvin,Jasmine,Michelle,Irene,Vincent", given="""
Huat Chye|m|发财|Fa Cai:r:my_cn@py;Fa Choy:r:my_cn@yue;Huat-Chye:s:C|Huat Seng,Hock Chye
Boon Hwa|m|文华|Wenhua:r:C@py;Boon Hua:s:C|Boon Hock,Boon Kiat
Kok Keong|m|国强|Guoqiang:r:C@py;Kok Kiong:s:C|Kok Leong,Kok Wai
Chee Meng|m|志明|Zhiming:r:C@py;Chee Ming:s:C|Chee Keong,Chee Wee
Kim Swee|m|金水|Jinshui:r:C@py;Kim Sui:s:C|Kim Seng,Kim Hock
Siew Choo|f|秀珠|Xiuzhu:r:C@py;Siew Chu:s:C|Siew Ling,Siew Mei
Bee Leng|f|美玲|Meiling:r:C@py;Bee Ling:s:C|Bee Hoon,Bee Lian
""", family="""
Tan|-|陈|Chen:r:cn_sur@py;Chan:r:my_cn@yue|Tang,Tay
Lim|-|林|Lin:r:cn_sur@py;Lam:r:cn_sur@yue|Low,Loh
Ng|-|黄|Huang:r:cn_sur@py;Wee:s:cn_sur;Wong:r:cn_sur@yue|Ang,Ong
Teo|-|张|Zhang:r:cn_sur@py;Teoh:s:cn_sur;Tio:s:cn_sur|Toh,Tay
Ong|-|王|Wang:r:cn_sur@py;Heng:s:cn_sur;Wong:r:cn_sur@yue|Ang,Oon
Goh|-|吴|Wu:r:cn_sur@py;Ng:r:cn_sur|Koh,Gan
Yeo|-|杨|Yang:r:cn_sur@py;Yeung:r:cn_sur@yue|Yeoh→Yao,Yee
""")

tr("korean", script="Kore", nat=["KR"], n=8, order="FG", mid=0.0, sep="", given="""
Jae-hyun|m|재현|Jaehyeon:r:ko_ibs@rr;Jae Hyun:s:ko_ibs;Chae-hyon:r:C@mr;Jaehyun:s:ko_ibs|Jae-hoon,Jae-hyuk
Sung-ho|m|성호|Seong-ho:r:C@rr;Song-ho:r:C@mr;Sungho:s:ko_ibs;Sung Ho:s:ko_ibs|Sung-hoon,Seung-ho
Jung-hoon|m|정훈|Jeong-hun:r:C@rr;Chong-hun:r:C@mr;Junghoon:s:ko_ibs;Jung Hoon:s:ko_ibs|Jung-hwan,Jong-hoon
Young-soo|m|영수|Yeong-su:r:C@rr;Yong-su:r:C@mr;Youngsoo:s:ko_ibs;Young Soo:s:ko_ibs|Young-ho,Yong-soo→Young-sik
Ji-eun|f|지은|Jieun:s:ko_ibs;Chi-un:r:C@mr;Ji Eun:s:ko_ibs|Ji-yeon,Ji-hye
Soo-jin|f|수진|Su-jin:r:C@rr;Soojin:s:ko_ibs;Soo Jin:s:ko_ibs|Soo-min,Soo-yeon
Hye-jin|f|혜진|Hyejin:s:ko_ibs;Hye Jin:s:ko_ibs|Hye-jung,Hye-won
Min-ji|f|민지|Minji:s:ko_ibs;Min Ji:s:ko_ibs|Min-jung,Min-seo
""", family="""
Lee|-|이|Yi:r:ko_lee@mr;Rhee:r:ko_lee;I:r:ko_lee@rr;Ri:r:ko_lee;Rhie:r:ko_lee|Lim,Ryu
Park|-|박|Pak:r:ko_park@mr;Bak:r:ko_park@rr|Paek,Pyo
Kim|-|김|Gim:r:ko_ibs@rr|Kil,Ki
Choi|-|최|Choe:r:C@rr;Ch'oe:r:C@mr;Chey:s:C|Cho,Chae
Jung|-|정|Jeong:r:ko_jeong@rr;Chung:s:ko_jeong;Chong:r:ko_jeong@mr;Cheong:s:ko_jeong;Joung:s:ko_jeong;Jong:s:ko_jeong|Jang,Jin
""")

tr("japanese", script="Jpan", nat=["JP"], n=6, order="GF", mid=0.0, sep="", natfirst_orig=True, given="""
Yuko|f|優子|Yuuko:r:jp_oh2@ou;Yūko:r:C@hep|Yuka,Yoko→Yumiko
Yoko|f|洋子|Yohko:r:jp_oh2@oh;Yōko:r:C@hep;Youko:r:jp_oh2@ou|Yoshiko,Yoriko
Shota|m|翔太|Shohta:r:jp_oh2@oh;Shōta:r:C@hep;Shouta:r:jp_oh2@ou|Shogo,Shinta
Koji|m|浩二|Kohji:r:jp_oh2@oh;Kōji:r:C@hep;Kouji:r:jp_oh2@ou|Kenji,Koichi
Yuichi|m|雄一|Yuuichi:r:jp_oh2@ou;Yūichi:r:C@hep|Yoichi,Ryuichi
Junichi|m|純一|Jun'ichi:r:C;Jun-ichi:s:C|Shunichi,Junji
""", family="""
Sato|-|佐藤|Satoh:r:jp_oh2@oh;Satō:r:C@hep;Satou:r:jp_oh2@ou|Saito,Sano
Kato|-|加藤|Katoh:r:jp_oh2@oh;Katō:r:C@hep;Katou:r:jp_oh2@ou|Kudo→Kano,Kawato
Ono|-|大野|Ohno:r:jp_oh@oh;Oono:r:jp_oh2@ou;Ōno:r:C@hep|Ota→Oda,Ogino
Kono|-|河野|Kohno:r:jp_oh@oh;Kouno:r:jp_oh2@ou;Kōno:r:C@hep|Kondo,Kano
Ota|-|太田|Ohta:r:jp_oh2@oh;Oota:r:jp_oh2@ou;Ōta:r:C@hep|Oda,Oka
Ito|-|伊藤|Itoh:r:jp_oh2@oh;Itou:r:jp_oh2@ou;Itō:r:C@hep|Iida,Imai
Homma|-|本間|Honma:r:jp_hep|Hamada,Hosoda
""")

tr("vietnamese", script="Latn", nat=["VN"], n=6, order="FG", mid=0.0, diac_src="vi_name", given="""
Văn Thành|m||Van-Thanh:s:C|Văn Thắng,Văn Tâm
Văn Hùng|m||Van-Hung:s:C|Văn Dũng,Văn Hoàng
Minh Tuấn|m||Minh-Tuan:s:C|Minh Tâm,Minh Triết
Quốc Bảo|m||Quoc-Bao:s:C|Quốc Bình,Quốc Khánh
Đức Anh|m||Duc-Anh:s:C|Đức Minh,Đức Huy
Thị Hương|f||Thi-Huong:s:C|Thị Hằng,Thị Hoa
Thị Lan|f||Thi-Lan:s:C|Thị Loan,Thị Liên
Ngọc Ánh|f||Ngoc-Anh:s:C|Ngọc Hân,Ngọc Mai
""", family="""
Nguyễn|-||Nguien:s:C;Nguyên:d:C|Ngô,Nghiêm
Trần|-|||Trịnh,Tạ
Phạm|-|||Phan,Phùng
Đặng|-|||Đoàn,Đinh
Bùi|-|||Bạch,Bế
Dương|-|||Đường→Đàm,Doãn
Hoàng|-|||Hà,Hồ
""")

tr("turkish", script="Latn", nat=["TR", "DE"], n=6, order="GF", mid=0.0, given="""
Şükrü|m||Sukru:d:icao;Schükrü:s:C|Şakir,Şevket
Mehmet|m||Muhammet:s:muh;Mehmed:s:muh;Muhammad:x:muh|Mesut,Metin
Hüseyin|m||Huseyin:d:icao;Hussein:x:C|Hasan,Hüsnü
Çağlar|m||Caglar:d:icao;Chaglar:s:C|Cağatay→Çağatay,Cihan
Oğuz|m||Oguz:d:icao;Oghuz:s:C|Orhan,Okan
Gülşen|f||Gulsen:d:icao;Gülschen:s:C|Gülsüm,Gülay
Ayşe|f||Ayse:d:icao;Aysche:s:C;Aisha:x:C|Ayla,Aynur
Özlem|f||Ozlem:d:icao|Özge,Özden
""", family="""
Öztürk|-||Ozturk:d:icao;Oeztuerk:d:icao|Özkan,Öztekin
Çelik|-||Celik:d:icao;Tschelik:s:C|Çetin,Çolak
Yılmaz|-||Yilmaz:d:icao;Yilmas:s:C|Yıldız,Yalçın
Şahin|-||Sahin:d:icao|Şahan,Şimşek
Doğan|-||Dogan:d:icao;Doghan:s:C|Duran,Doğru
Aydın|-||Aydin:d:icao|Aydoğan,Akın
Güneş|-||Gunes:d:icao;Guenes:d:icao|Güler,Gündüz
""")

tr("greek", script="Grek", nat=["GR", "CY"], n=6, order="GF", mid=0.0, given="""
Ioannis|m|Ιωάννης|Giannis:n:greek;Yiannis:n:greek;Yannis:n:greek;John:x:greek|Iosif,Ioakeim
Georgios|m|Γεώργιος|Giorgos:n:C;Yiorgos:n:C;George:x:elot|Gerasimos,Grigorios
Nikolaos|m|Νικόλαος|Nicolas:s:elot;Nikos:n:C;Nicholas:x:C|Nikiforos,Nikitas
Dimitrios|m|Δημήτριος|Demetrios:r:C;Dimitris:n:C;Dhimitrios:r:C|Diomidis,Damianos
Christos|m|Χρήστος|Hristos:r:C;Khristos:r:C;Chrestos:r:C|Chrysanthos,Charalampos
Evangelos|m|Ευάγγελος|Evaggelos:r:C;Vangelis:n:C;Euangelos:r:C|Evgenios,Evstathios
Aikaterini|f|Αικατερίνη|Ekaterini:r:C;Katerina:n:C;Aikaterina:s:C|Aikaterini→Agathi,Anastasia
Vasiliki|f|Βασιλική|Vassiliki:s:C;Vasiliky:s:C|Varvara,Vasilia→Vaia
Sofia|f|Σοφία|Sophia:r:C|Sotiria,Stella
""", family="""
Papadopoulos|m|Παπαδόπουλος|Papadopulos:r:C|Papadakis,Papanikolaou
Papadopoulou|f|Παπαδοπούλου|Papadopulu:r:C|Papadaki,Papanikolaou
Oikonomou|-|Οικονόμου|Economou:r:C;Ekonomou:r:C;Iconomou:r:C|Oikonomidis,Nikolaou
Chatzidakis|m|Χατζηδάκης|Hatzidakis:r:C;Hadjidakis:r:C;Khatzidakis:r:C|Chatzigeorgiou,Chatzis
Chatzidaki|f|Χατζηδάκη|Hatzidaki:r:C;Hadjidaki:r:C|Chatzigeorgiou,Chatzi
Vlachos|m|Βλάχος|Vlahos:r:C;Vlakhos:r:C|Vlastos,Vlachakis
Vlachou|f|Βλάχου|Vlahou:r:C;Vlakhou:r:C|Vlastou,Vlachaki
Konstantinou|-|Κωνσταντίνου|Constantinou:r:C;Konstandinou:r:C|Konstantinidis,Kontogiannis
""")

tr("ethiopic", script="Ethi", nat=["ET", "ER"], n=6, order="GF", mid=0.0, famfromgiven=True, given="""
Tesfaye|m|ተስፋዬ|Tesfay:s:C;Tesfaie:s:C|Tesfamariam,Tesfamichael
Gebremedhin|m|ገብረመድኅን|Gebre Medhin:c:eth_entry;G. Medhin:c:eth_entry;Gebre-Medhin:c:C;G/Medhin:c:C;Ghebremedhin:s:C|Gebremariam,Gebrehiwot
Woldemariam|m|ወልደማርያም|Wolde Mariam:c:eth_entry;W. Mariam:c:eth_entry;Wolde-Mariam:c:C;W/Mariam:c:C;Weldemariam:s:C|Woldegiorgis,Woldesenbet
Alemayehu|m|አለማየሁ|Alemayehou:s:C;Alemayahu:s:C|Alemu,Alemseged
Berhane|m|ብርሃነ|Birhane:s:C;Brhane:s:C|Berihun,Bereket
Kebede|m|ከበደ|Kebbede:s:C;Kebedde:s:C|Kebret,Kidane
Tewodros|m|ቴዎድሮስ|Tewodross:s:C;Theodros:s:C;Tedros:n:C|Tekle,Tesema
Haile|m|ኃይሌ|Hailé:d:C;Hayle:s:C|Hailu,Habte
Tsehay|f|ፀሐይ|Tsehai:s:C;Tsehaye:s:C;Tsahay:s:C|Tsige,Tsion
Almaz|f|አልማዝ||Alem,Aster
Senait|f|ሰናይት|Senayt:s:C;Sennait:s:C|Selam,Semira
Meseret|f|መሰረት|Messeret:s:C;Meserat:s:C|Mestawet,Meron
""", family="")

tr("somali", script="Latn", nat=["SO", "DJ", "KE"], n=6, order="GF", mid=1.0, famfromgiven=True, given="""
Mohamed|m||Maxamed:r:so;Mohammed:s:muh;Mahamed:s:muh;Mohamad:s:muh|Mohamud,Ahmed
Abdi|m||Cabdi:r:so|Abdo→Abdulle,Aden
Hassan|m||Xasan:r:so;Hasan:s:C|Hussein,Haashi→Hashi
Hussein|m||Xuseen:r:so;Hussen:s:so;Houssein:r:so;Husein:s:C|Hassan,Hirsi
Abdirashid|m||Cabdirashiid:r:so;Abdirachid:r:so;Abdirascid:r:so;Abdi Rashid:c:C|Abdirahman,Abdirizak
Nur|m||Nuur:r:so;Noor:s:so;Nour:r:so|Nuh,Nurow→Nuradin
Omar|m||Cumar:r:so;Umar:s:C|Osman,Ammar
Abdullahi|m||Cabdullaahi:r:so;Abdillahi:s:C;Abdulahi:s:C|Abdulkadir,Abdiaziz
Elmi|m||Cilmi:r:so|Egal,Ismail
Farah|m||Faarax:r:so;Fara:s:C|Farhan,Fahad
Duale|m||Ducaale:r:so;Dualeh:s:C|Dahir,Diriye
Fadumo|f||Faadumo:r:so;Fatuma:s:C;Fatima:x:C|Farhia,Faiza
Amina|f||Aamina:r:so;Aminah:s:C|Asha,Anisa
Hawa|f||Xaawo:r:so;Hawo:s:C;Hawaa:s:C|Hodan,Halima
Ayan|f||Ayaan:r:so|Ayla→Anab,Ubah
""", family="")

tr("hausa", script="Latn", nat=["NG", "NE"], n=4, order="GF", mid=0.3, given="""
Muhammadu|m||Muhammad:s:muh;Mohammed:s:muh;Mamman:n:C|Mahmuda→Mahmud,Mustapha
Abubakar|m||Abubakr:s:C;Abu Bakar:c:C;Aboubacar:s:C;Aboubakar:s:C|Abdulkarim,Auwalu
Usman|m||Usmanu:s:C;Ousmane:s:C;Othman:x:C|Umar,Yusuf
Danjuma|m||Ɗanjuma:d:C;Dan Juma:c:C|Danladi,Dantata
Garba|m|||Gambo,Galadima
Hauwa|f||Hawwa:s:C;Hawa:s:C|Halima,Habiba
Zainab|f||Zaynab:s:C;Zainabu:s:C|Zuwaira,Zulai
""", family="""
Bello|-||Belo:s:C|Bala,Baba
Abdullahi|-||Abdallah:s:C;Abdulahi:s:C|Abdulkadir,Abdulrahman
Yusuf|-||Yusufu:s:C;Yousouf:s:C|Yunusa,Yakubu
Danjuma|-||Ɗanjuma:d:C;Dan Juma:c:C|Danladi,Dankwambo
Sani|-||Saani:s:C|Salihu,Samaila
""")

tr("yoruba", script="Latn", nat=["NG", "BJ"], n=4, order="GF", mid=0.3, given="""
Oluwaseun|m||Olúwaṣeun:d:C;Seun:n:C;Oluwaseyi→Oluseun:s:C|Oluwaseyi,Oluwasegun
Oluwatobi|m||Olúwatóbi:d:C;Tobi:n:C|Oluwatosin,Oluwatoyin
Adewale|m||Adéwálé:d:C;Wale:n:C|Adewunmi,Adeleke
Babatunde|m||Babatúndé:d:yo_names;Tunde:n:C|Babajide,Babatope
Folasade|f||Fọláṣadé:d:C;Sade:n:C|Folake,Folasayo
Oluwakemi|f||Olúwakẹ́mi:d:C;Kemi:n:C|Oluwakemisola→Oluwafemi,Oluwakanyinsola
Abimbola|f||Abímbọ́lá:d:C;Bimbo:n:C|Abiodun,Abisola
""", family="""
Adeyemi|-||Adéyẹmí:d:C|Adeyemo,Adeyinka
Ogunleye|-||Ògúnlèyé:d:C|Ogunlade,Ogunbiyi
Adebayo|-||Adébáyọ̀:d:C|Adebisi,Adebanjo
Oyelaran|-||Oyèláràn:d:C|Oyelade,Oyewole
Balogun|-||Balógun:d:C|Babalola,Bamgbose
Ajayi|-||Àjàyí:d:C;Ajai:s:C|Ajibade,Ajani
""")

tr("tamil", script="Taml", nat=["IN", "LK", "MY", "SG"], n=6, order="GF", mid=0.0, famfromgiven=True, initials=True, given="""
Senthilkumar|m|செந்தில்குமார்|Senthil Kumar:s:C|Senthilnathan,Sakthivel
Ramasamy|m|ராமசாமி|Ramaswamy:s:C;Ramasami:s:C;Ramaswami:s:C|Ramalingam,Rajasekar
Murugan|m|முருகன்|Murukan:r:C;Muruhan:s:C|Murali,Muthu
Subramanian|m|சுப்பிரமணியன்|Subramaniam:s:C;Subramanyan:s:C;Subramaniyan:s:C|Sundaram,Subbiah
Karthikeyan|m|கார்த்திகேயன்|Karthigeyan:s:C;Kartikeyan:s:C|Karthik,Kannan
Selvaraj|m|செல்வராஜ்|Selvarajah:s:C;Selvarasa:s:C|Selvam,Sivaraj
Lakshmi|f|லட்சுமி|Laxmi:s:C;Latchumi:s:C;Letchumi:s:C|Lalitha,Latha
Kavitha|f|கவிதா|Kavita:s:C|Kalpana,Kavya
Meenakshi|f|மீனாட்சி|Minakshi:s:C;Meenatchi:s:C|Meena,Mallika
""", family="")

tr("telugu", script="Telu", nat=["IN"], n=4, order="FG", mid=0.0, initials=True, given="""
Venkata Ramana|m||Venkataramana:s:C;Venkat Ramana:s:C|Venkata Rao,Venkata Ratnam
Srinivasa Rao|m||Srinivas Rao:s:C;Srinivasarao:s:C|Srinivasa Reddy,Sivarama Rao
Satyanarayana|m||Satya Narayana:s:C;Sathyanarayana:s:C|Suryanarayana,Lakshminarayana
Venkateswarlu|m||Venkateshwarlu:s:C;Venkateswaralu:s:C|Venkataiah,Veeraswamy
Padmavathi|f||Padmavati:s:C;Padma Vathi:s:C|Padmaja,Pavani
Sujatha|f||Sujata:s:C|Sunitha,Swetha
""", family="""
Kommineni|-||Komineni:s:C|Kolli,Kommu
Gollapudi|-||Golapudi:s:C|Gollapalli,Gorantla
Yarlagadda|-||Yarlagada:s:C|Yalamanchili,Yadlapalli
Pothineni|-||Potineni:s:C|Pothula,Polineni
Vemuri|-||Vemury:s:C|Vemula,Velagapudi
""")

tr("bengali_bd", script="Beng", nat=["BD"], n=4, order="GF", mid=0.5, midfirst="Mohammad", given="""
Abdur Rahman|m|আব্দুর রহমান|Abdur Rahaman:s:C;Abdul Rahman:c:C;Abdurrahman:c:C|Abdur Rahim,Abdur Razzak
Rafiqul|m|রফিকুল|Rafikul:s:C;Rofiqul:s:C|Rafiq,Rakibul
Shahidul|m|শহিদুল|Shohidul:s:C;Shahidool:s:C|Shahinur,Sahidul→Shafiqul
Anwar|m|আনোয়ার|Anowar:s:C;Anwer:s:C|Ansar,Akhtar
Nasrin|f|নাসরিন|Nasreen:s:C|Nasima,Nazma
Fatema|f|ফাতেমা|Fatima:s:C;Fatima→Fatama:s:C|Farzana,Fahima
""", family="""
Chowdhury|-|চৌধুরী|Choudhury:s:bn_chow;Chaudhuri:s:bn_chow;Chowdhuri:s:C;Choudhuri:s:C|Chakladar,Khondokar
Rahman|-|রহমান|Rahaman:s:C;Rehman:s:C|Rahim,Raihan
Hossain|-|হোসেন|Hossen:s:C;Hussain:s:C;Hosen:s:C|Hasan,Haque
Islam|-|ইসলাম|Islaam:s:C|Iqbal,Ismail
""")

tr("bengali_in", script="Beng", nat=["IN"], n=3, order="GF", mid=0.0, given="""
Sourav|m|সৌরভ|Saurav:s:C;Sourabh:s:C;Saurabh:s:C|Sourish,Soumya
Debashish|m|দেবাশিস|Debasish:s:C;Debashis:s:C;Debasis:s:C|Debabrata,Debajyoti
Sharmistha|f|শর্মিষ্ঠা|Sharmishtha:s:C;Sormistha:s:C|Sharmila,Susmita
Moumita|f|মৌমিতা|Mowmita:s:C|Madhumita,Mousumi
""", family="""
Bhattacharya|-|ভট্টাচার্য|Bhattacharjee:s:C;Bhattacharyya:s:C;Bhattacharji:s:C|Bhowmick,Bhaduri
Mukherjee|-||Mukhopadhyay:x:C;Mukerji:s:C;Mukherji:s:C|Majumdar,Mullick
Chatterjee|-||Chattopadhyay:x:C;Chatterji:s:C|Chakraborty,Chaudhuri
Banerjee|-||Bandyopadhyay:x:C;Banerji:s:C|Basu,Biswas
""")

tr("thai", script="Thai", nat=["TH"], n=5, order="GF", mid=0.0, given="""
Somchai|m|สมชาย|Somchay:s:C|Somsak,Sombat
Prasert|m|ประเสริฐ|Prasoet:r:th_rtgs2|Prasit,Prasan
Wichai|m|วิชัย|Vichai:s:C;Wichay:s:C|Wichian,Winai
Thanapol|m|ธนพล|Thanaphon:r:th_rtgs2;Tanapol:s:C;Thanapon:s:C|Thanakorn,Thanawat
Siriporn|f|ศิริพร|Siriphon:r:th_rtgs2;Siripon:s:C|Siriwan,Sirirat
Supaporn|f|สุภาพร|Suphaphon:r:th_rtgs2;Supaphorn:s:C|Supawadee,Suparat
Porntip|f|พรทิพย์|Phonthip:r:th_rtgs2;Pornthip:s:C|Pornpimol,Porntiwa
""", family="""
Srisuk|-|ศรีสุข|Sisuk:r:th_rtgs2;Srisook:s:C|Srisawat,Sriboon
Wongsawat|-|วงศ์สวัสดิ์|Wongsawad:s:C;Vongsawat:s:C|Wongsuwan,Wongsakul
Saetang|-|แซ่ตั้ง|Sae-Tang:c:C;Sae Tang:c:C;Saetung:s:C|Saelim,Saeheng
Jaidee|-|ใจดี|Chaidi:r:th_rtgs2;Jaidi:s:C|Jaiyen,Jaidet
Boonma|-|บุญมา|Bunma:r:th_rtgs2;Boonmah:s:C|Boonmee,Boonrod
Thongdee|-|ทองดี|Thongdi:r:th_rtgs2;Tongdee:s:C|Thongchai,Thongkham
Chaiprasert|-|ชัยประเสริฐ|Chaiprasoet:r:th_rtgs2|Chaiprasit,Chaiyaporn
""")

tr("indonesian", script="Latn", nat=["ID"], n=6, order="GF", mid=0.0, mono=0.5, given="""
Joko|m||Djoko:r:id_eyd|Jaka,Juki→Joni
Wahyudi|m||Wahjudi:r:id_eyd|Wahyono,Wahyu
Cahyono|m||Tjahjono:r:id_eyd|Cahyadi,Cahya
Muhammad|m||Mochamad:s:muh;Muhamad:s:muh;Mohammad:s:muh|Mahmud,Muhaimin
Yuliana|f||Juliana:r:id_eyd|Yuliani,Yuliati
Suryani|f||Soerjani:r:id_eyd;Suriani:s:C|Suryati,Sumarni
Dewi|f||Devi:s:C|Desi,Dewanti
""", family="""
Sutrisno|-||Soetrisno:r:id_eyd|Sutrisna,Sutarno
Suharyanto|-||Soeharjanto:r:id_eyd|Suhartono,Suryanto
Supriyadi|-||Soeprijadi:r:id_eyd;Supriadi:s:C|Suprapto,Supardi
Kusnadi|-||Koesnadi:r:id_eyd|Kusnandar,Kusmadi
Setiawan|-||Setiawan→Setyawan:s:C;Setiyawan:s:C|Setiadi,Sutiawan
Purnomo|-||Poernomo:r:id_eyd|Purwanto,Prabowo
Hidayat|-||Hidajat:r:id_eyd|Hidayah,Hidayati
""")

tr("spanish", script="Latn", nat=["ES", "MX", "CO", "AR", "PE"], n=6, order="GF", mid=0.2, nfam=2, given="""
José|m||Jose:d:icao;Pepe:n:es_hyp|Josué,Joel
Francisco|m||Paco:n:es_hyp;Pancho:n:es_hyp;Curro:n:es_hyp|Federico,Fabricio
Ignacio|m||Nacho:n:es_hyp|Ismael,Isidro
Manuel|m||Manolo:n:es_hyp2|Marcelo,Miguel
Antonio|m||Toni:n:es_hyp2;Toño:n:es_hyp2|Alonso,Anselmo
Jesús|m||Jesus:d:icao|Julio,Justo
Dolores|f||Lola:n:es_hyp|Dorotea,Delia
Rosario|f||Charo:n:es_hyp2|Rosalía,Rocío
Mercedes|f||Merche:n:es_hyp2|Marcela,Micaela
Concepción|f||Concepcion:d:icao;Concha:n:C|Consuelo,Constanza
""", family="""
García|-||Garcia:d:icao|Garza,Gracia
López|-||Lopez:d:icao|Lozano,Loza
Martínez|-||Martinez:d:icao|Marín,Martín
Rodríguez|-||Rodriguez:d:icao|Ródenas,Robles
Hernández|-||Hernandez:d:icao|Herrera,Henares
Sánchez|-||Sanchez:d:icao|Sanz,Santos
Núñez|-||Nunez:d:icao;Nuñez:d:C|Muñoz,Nieto
de la Cruz|-||De La Cruz:c:C;Delacruz:c:C;Cruz:c:C|de la Torre,de la Rosa
Ibáñez|-||Ibanez:d:icao;Ybáñez:s:C|Iñiguez,Ibarra
""")

tr("portuguese", script="Latn", nat=["PT", "BR"], n=5, order="GF", mid=0.2, nfam=2, given="""
João|m||Joao:d:icao;Joan→Juan:x:C|Joaquim,Jonas
Sebastião|m||Sebastiao:d:icao;Tião:n:C|Silvério,Severino
Luís|m||Luis:d:icao;Luiz:s:C|Lucas,Lúcio
Antônio|m||Antonio:d:icao;António:s:C;Tonho:n:C|Adriano,Anselmo
Conceição|f||Conceicao:d:icao;São:n:C|Constância,Cecília
Graça|f||Graca:d:icao;Gracinha:n:C|Glória,Gabriela
""", family="""
dos Santos|-||Santos:c:C;Dos Santos:c:C|dos Anjos,dos Reis
da Silva|-||Silva:c:C;Da Silva:c:C|da Costa,da Cunha
Oliveira|-||de Oliveira:c:C|Oliva,Ornelas
Gonçalves|-||Goncalves:d:icao;Gonsalves:s:C|Guimarães,Gomes
Magalhães|-||Magalhaes:d:icao|Machado,Marques
Souza|-||Sousa:s:C;de Souza:c:C|Soares,Simões
Assunção|-||Assuncao:d:icao|Amaral,Azevedo
""")

tr("polish", script="Latn", nat=["PL"], n=4, order="GF", mid=0.0, given="""
Łukasz|m||Lukasz:d:icao;Lukas:x:C|Łucjan,Leszek
Wojciech|m||Wojtek:n:C;Voytek:s:C|Władysław,Witold
Krzysztof|m||Krzysiek:n:C;Christoph:x:C|Kazimierz,Kacper
Paweł|m||Pawel:d:icao;Paul:x:C|Patryk,Piotr
Małgorzata|f||Malgorzata:d:icao;Gosia:n:C|Magdalena,Marzena
Katarzyna|f||Kasia:n:C|Karolina,Kamila
Żaneta|f||Zaneta:d:icao|Żaklina,Jolanta
""", family="""
Wiśniewski|m||Wisniewski:d:icao;Wisnewski:s:C|Wiśniowski,Wilczewski
Wiśniewska|f||Wisniewska:d:icao|Wiśniowska,Wilczewska
Wójcik|-||Wojcik:d:icao;Woycik:s:C|Wójtowicz,Wojtczak
Zieliński|m||Zielinski:d:icao|Zieliński→Zielonka,Zawadzki
Zielińska|f||Zielinska:d:icao|Zawadzka,Zielonka
Dąbrowski|m||Dabrowski:d:icao;Dombrowski:s:C|Dobrowolski,Dąbek
Dąbrowska|f||Dabrowska:d:icao;Dombrowska:s:C|Dobrowolska,Dąbek
Szczepański|m||Szczepanski:d:icao|Szczepaniak,Szymański
Szczepańska|f||Szczepanska:d:icao|Szczepaniak,Szymańska
""")

tr("czech", script="Latn", nat=["CZ"], n=4, order="GF", mid=0.0, given="""
Jiří|m||Jiri:d:icao;Georg:x:C|Jaromír,Jindřich
Tomáš|m||Tomas:d:icao|Tadeáš,Teodor
Přemysl|m||Premysl:d:icao;Przemysl:s:C|Přemek→Prokop,Petr
Lukáš|m||Lukas:d:icao|Luboš,Ludvík
Kateřina|f||Katerina:d:icao;Katka:n:C|Karolína,Klára
Zdeňka|f||Zdenka:d:icao|Zdeňka→Zora,Zuzana
""", family="""
Dvořák|m||Dvorak:d:icao;Dworak:s:C|Dvořáček,Dobiáš
Dvořáková|f||Dvorakova:d:icao|Dvořáčková,Dobiášová
Procházka|m||Prochazka:d:icao|Procházek→Prokeš,Pospíšil
Procházková|f||Prochazkova:d:icao|Prokešová,Pospíšilová
Kučera|m||Kucera:d:icao;Kutschera:s:C|Kubera→Kubát,Kočí
Kučerová|f||Kucerova:d:icao|Kubátová,Kočová
Růžička|m||Ruzicka:d:icao|Rybička,Říha
Růžičková|f||Ruzickova:d:icao|Rybičková,Říhová
""")

tr("croatian", script="Latn", nat=["HR", "BA"], n=3, order="GF", mid=0.0, given="""
Željko|m||Zeljko:d:icao;Zheljko:s:C|Željan→Žarko,Zlatko
Josip|m||Joseph:x:C|Joško→Jure,Josif→Jakov
Marija|f||Maria:x:C;Mariia→Mara:n:C|Marina,Mirjana
Ivana|f||Iva:n:C|Ivona,Ivanka→Ilona
""", family="""
Kovačević|-||Kovacevic:d:icao;Kovachevich:s:C;Kovacevich:s:C|Kovačić,Kovač
Knežević|-||Knezevic:d:icao;Knezevich:s:C|Knežić,Kolarević
Jurić|-||Juric:d:icao;Jurich:s:C|Jurišić,Jurčić
Šimić|-||Simic:d:icao;Schimitsch:s:C|Šimunić,Šimić→Šarić
""")

tr("serbian", script="Cyrl", nat=["RS", "BA", "ME"], n=4, order="GF", mid=0.0, given="""
Miloš|m|Милош|Milos:d:icao;Milosch:s:C|Milan,Mirko
Nenad|m|Ненад||Nebojša,Nemanja
Dragan|m|Драган||Dragoljub,Dražen
Jelena|f|Јелена|Yelena:s:C;Helena:x:C|Jasna,Jovana
Ivana|f|Ивана|Iwana:s:C|Ivona,Isidora
""", family="""
Đorđević|-|Ђорђевић|Djordjevic:s:C;Dordevic:d:icao;Djordjević:s:C;Georgijević→Djordjevich:s:C|Đurić,Đokić
Petrović|-|Петровић|Petrovic:d:icao;Petrowitsch:s:C;Petrovich:s:C|Petković,Pejović
Jovanović|-|Јовановић|Jovanovic:d:icao;Yovanovitch:s:C;Jovanovich:s:C|Janković,Jovičić
Stojanović|-|Стојановић|Stojanovic:d:icao;Stoyanovich:s:C|Stanojević,Stojković
""")
