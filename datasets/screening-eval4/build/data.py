# Name-part data.  Entry format:  "Latin|sex|original script|variants|lookalikes[|nat]"
#   variants: "form=L@SRC;form=L"  L: R romanisation, S spelling_variant, X exonym_cognate,
#             C compound_particle, N nickname, D diacritics.  @SRC = key in sources.SRC
#   lookalikes: different real names that look similar (used for nomatch similar_name)
#   sex: M / F / U (surnames usable for both)
# Fictional persons are random combinations of these common parts.

T = {}

T["arabic_maghreb"] = dict(script="Arab", nats=["DZ", "MA", "TN"], n=14, order="W", given="""
Youcef|M|يوسف|Yusuf=R@YOUSEF;Youssef=S;Yousef=S@YOUSEF;Youssouf=S@YOUSSOUF;Joseph=X|Younes,Youba
Mohamed|M|محمد|Muhammad=R@MUHAMMAD;Mohammed=S@MUHAMMAD;Mohamad=S@MUHAMMAD|Mahmoud,Hamed
Hacene|M|حسن|Hassan=S@HASAN_LB;Hasan=R@HASAN_LB;Hassen=S;Hacène=D|Hocine,Hassani
Hocine|M|حسين|Hussein=S@HUSSEIN;Husayn=R@HUSSEIN;Houcine=S;Houssein=S@HUSSEIN|Hacene,Houari
Mustapha|M|مصطفى|Mustafa=R@MUSTAPHA;Moustapha=S@MUSTAPHA;Mostefa=S;Mostafa=S@MUSTAPHA|Mokhtar,Mourad
Abdelkader|M|عبد القادر|Abd al-Qadir=R@ABDQ;Abdul Kader=C;Abd El Kader=C@ABDK;Abdel Kader=C|Abdelkarim,Abdelhak
Rachid|M|رشيد|Rashid=R;Rasheed=S;Rachide=S|Rachad,Rafik
Mourad|M|مراد|Murad=R;Mourade=S|Mouloud,Mounir
Djamel|M|جمال|Jamal=R;Djamal=S;Jamel=S|Djamil,Kamel
Noureddine|M|نور الدين|Nour Eddine=C;Nur al-Din=R;Nourredine=S;Nouredine=S;Nuruddin=C|Nasreddine,Fakhreddine
Khaled|M|خالد|Khalid=R;Khaleed=S|Khalil,Khalfa
Said|M|سعيد|Saïd=D;Saeed=S;Sa'id=R|Saad,Sadek
Brahim|M|إبراهيم|Ibrahim=S;Ebrahim=S;Brahime=S|Rahim,Salim
Karim|M|كريم|Kareem=S;Krim=S|Kamil,Karam
Amine|M|أمين|Amin=R;Ameen=S|Amir,Amrane
Farid|M|فريد|Fareed=S;Farîd=D|Fares,Fadil
Samir|M|سمير|Sameer=S;Smir=S|Samy,Sabri
Abdelaziz|M|عبد العزيز|Abd al-Aziz=R;Abdul Aziz=C;Abdel Aziz=C|Abdelhafid,Abdelmalek
Fatima|F|فاطمة|Fatma=S@FATIMA;Fatema=S;Fatimah=S@FATIMA|Fatiha,Faiza
Khadidja|F|خديجة|Khadija=R;Khadeeja=S;Khedidja=S|Khalida,Hadjira
Aicha|F|عائشة|Aïcha=D@AISHA;Aisha=R@AISHA;Ayesha=S@AISHA|Assia,Aida
Naima|F|نعيمة|Naïma=D;Na'ima=R;Naeema=S|Nadia,Naila
Zineb|F|زينب|Zaynab=R;Zeinab=S;Zainab=S|Zina,Zoubida
Samira|F|سميرة|Sameera=S;Smira=S|Samia,Sabrina
Djamila|F|جميلة|Jamila=R;Djemila=S;Jamilah=S|Dalila,Kamila
Malika|F|مليكة|Maleeka=S;Malikah=S|Malak,Mabrouka
Karima|F|كريمة|Kareema=S;Krima=S|Hakima,Rahima
""", family="""
Benali|U|بن علي|Ben Ali=C@AR_BIN;Ben-Ali=C;Bin Ali=C@AR_BIN;Ibn Ali=C|Benaissa,Benamar
Benmoussa|U|بن موسى|Ben Moussa=C;Ben Musa=C;Benmousa=S|Benmansour,Bensalah
Belkacem|U|بلقاسم|Belkassem=S;Belgacem=S;Bel Kacem=C;Belqasim=R|Belkadi,Belhocine
Boumediene|U|بومدين|Boumedienne=S;Boumedien=S;Bou Mediene=C|Boumaza,Boudiaf
Ould Abdallah|U|ولد عبد الله|Ould Abdellahi=S;Ould-Abdallah=C;Ouldabdallah=C;Weld Abdallah=S|Ould Abdi,Ould Ahmed|MR
Ait Ahmed|U|آيت أحمد|Aït Ahmed=D@AIT;Ait-Ahmed=C@AIT;Aitahmed=C;Ait Ahmad=S|Ait Hamou,Ait Amar
Ait Said|U|آيت سعيد|Aït Saïd=D@AIT;Ait-Said=C@AIT;Aitsaid=C;Ait Saeed=S|Ait Saada,Ait Salem
Haddad|U|حداد|Hadad=S;Al-Haddad=C;El Haddad=C|Hammad,Hamdad
Cherif|U|شريف|Chérif=D;Sharif=R;Sherif=S|Chergui,Cheriet
Mebarki|U|مباركي|Mbarki=S;Mubaraki=R;Mebarqi=S|Meziani,Mebarek
Amrani|U|العمراني|El Amrani=C;Al-Amrani=C;Elamrani=C|Amraoui,Alami|MA
Bennani|U|بناني|Benani=S;Ben Nani=C|Bennouna,Benmansour|MA
Belhadj|U|بلحاج|Bel Hadj=C;Belhaj=S;Bel Haj=C|Belhadi,Belaid
Mansouri|U|المنصوري|El Mansouri=C;Al-Mansuri=R;Mansuri=S|Mansour,Masmoudi
Bouchareb|U|بوشارب|Bou Chareb=C;Boucharb=S;Busharib=R|Bouchama,Boukhari
""")

T["arabic_egypt"] = dict(script="Arab", nats=["EG"], n=5, order="W", given="""
Gamal|M|جمال|Jamal=R;Gamaal=S|Gamil,Kamal
Mahmoud|M|محمود|Mahmud=R;Mahmood=S|Mamdouh,Masoud
Tarek|M|طارق|Tariq=R;Tarik=S;Tareq=S|Tamer,Talaat
Hossam|M|حسام|Husam=R;Hussam=S|Hesham,Haitham
Walid|M|وليد|Waleed=S;Walied=S|Wael,Wahid
Hany|M|هاني|Hani=R;Hanie=S|Hamdy,Hazem
Abdel Rahman|M|عبد الرحمن|Abdelrahman=C;Abd al-Rahman=R;Abdul Rahman=C;Abdurrahman=C|Abdel Rahim,Abdel Hamid
Shaimaa|F|شيماء|Shaima=R;Shaymaa=S|Shahira,Shadia
Heba|F|هبة|Hiba=R;Hebah=S|Hoda,Hala
Doaa|F|دعاء|Du'a=R;Doa=S;Duaa=S|Dalia,Dina
Marwa|F|مروة|Marwah=S;Marouá=D|Manal,Mervat
""", family="""
El-Sayed|U|السيد|Elsayed=C;Al-Sayyid=R;El Sayed=C;Sayed=C|El-Sharif,El-Sawy
Abdel Fattah|U|عبد الفتاح|Abdelfattah=C;Abd al-Fattah=R;Abdul Fattah=C|Abdel Ghaffar,Abdel Latif
Mansour|U|منصور|Mansur=R;Mansoor=S|Mansy,Maatouk
Hegazy|U|حجازي|Hijazi=R;Higazi=S;Hegazi=S|Hegab,Heikal
Fahmy|U|فهمي|Fahmi=R;Fahmey=S|Fathy,Fawzy
El-Masry|U|المصري|Elmasry=C;Al-Masri=R;Masri=C|El-Mahdy,El-Marsafy
Shehata|U|شحاتة|Shihata=R;Shehatah=S|Shehab,Shawky
Soliman|U|سليمان|Sulayman=R;Suleiman=S;Sleiman=S|Salama,Selim
Naguib|U|نجيب|Najib=R;Nagib=S|Nagy,Nabih
""")

T["arabic_levant"] = dict(script="Arab", nats=["SY", "LB", "JO", "PS"], n=5, order="W", given="""
Fadi|M|فادي|Fady=S;Fadie=S|Fadel,Fouad
Ziad|M|زياد|Ziyad=R;Zeyad=S|Zaid,Zuhair
Rami|M|رامي|Ramy=S;Ramee=S|Rabih,Ramez
Elias|M|إلياس|Ilyas=R;Elie=X;Elyas=S|Issa,Eyad
Khalil|M|خليل|Kalil=S;Khaleel=S|Jalil,Khalifa
Nabil|M|نبيل|Nabeel=S|Nabih,Nadim
Nour|F|نور|Nur=R;Noor=S|Noura,Nouha
Rana|F|رنا|Ranaa=S|Rania,Rasha
Lina|F|لينا|Leena=S|Lama,Lana
Hala|F|هالة|Halah=S|Hana,Hamida
Rania|F|رانيا|Raniya=R;Ranya=S|Randa,Raghda
""", family="""
Khoury|U|خوري|Khouri=S;Khuri=R;El Khoury=C;El-Khoury=C|Khodr,Khalaf
Nassar|U|نصار|Nasar=S;Nassar=S|Nasser,Nassif
Saleh|U|صالح|Salih=R;Salah=S|Salem,Salha
Abu Khalil|U|أبو خليل|Abukhalil=C;Aboukhalil=C;Abou Khalil=C;Abu-Khalil=C|Abu Khalaf,Abu Hamad
Hamdan|U|حمدان|Hamdane=S|Hamdi,Hamadeh
Qassem|U|قاسم|Kassem=S;Qasim=R;Kassim=S|Qassab,Kassab
Darwish|U|درويش|Darwich=S;Darwiche=S;Darwisch=S|Darraj,Darwaza
Sabbagh|U|صباغ|Sabbag=S;Sabagh=S;Al-Sabbagh=C|Sabbah,Sabra
Atallah|U|عطا الله|Ata Allah=C;Attallah=S;Atalla=S|Abdallah,Ataya
Hourani|U|الحوراني|Al-Hourani=C;Haurani=R;El Hourani=C|Harb,Hilal
""")

T["arabic_gulf"] = dict(script="Arab", nats=["SA", "AE", "KW", "QA", "OM"], n=5, order="W", given="""
Abdullah|M|عبد الله|Abdallah=S;Abd Allah=C;Abdulla=S|Abdulhadi,Abdulmalik
Faisal|M|فيصل|Faysal=R;Feisal=S;Faisel=S|Fahad,Fawaz
Khalifa|M|خليفة|Khalifah=S;Khaleefa=S|Khalfan,Khalid
Mubarak|M|مبارك|Mobarak=S;Mubarik=S|Munir,Mabrouk
Nasser|M|ناصر|Nasir=R;Naser=S|Nasr,Nazir
Majid|M|ماجد|Majed=S;Maajid=S|Maher,Mazin
Sultan|M|سلطان|Soltan=S;Sultaan=S|Salman,Suhail
Noura|F|نورة|Nora=S;Nura=R;Nourah=S|Nouf,Nawal
Latifa|F|لطيفة|Latifah=S;Lateefa=S|Lamya,Lubna
Hessa|F|حصة|Hissa=R;Hessah=S|Hind,Hanan
Shaikha|F|شيخة|Sheikha=S;Shaykha=R|Shamma,Shahad
""", family="""
Al Mansoori|U|المنصوري|Al-Mansouri=C;Almansoori=C;Mansoori=C;Al Mansuri=R|Al Marzooqi,Al Mazrouei
Al Dosari|U|الدوسري|Al-Dossary=S;Aldosari=C;Al Dawsari=R|Al Dhaheri,Al Darmaki
Al Qahtani|U|القحطاني|Al-Kahtani=S;Alqahtani=C;Al Gahtani=S|Al Qasimi,Al Qubaisi
Al Ghamdi|U|الغامدي|Alghamdi=C;Al-Ghamedi=S;Ghamdi=C|Al Ghanim,Al Ghazali
Al Otaibi|U|العتيبي|Al-Utaybi=R;Alotaibi=C;Al-Oteibi=S|Al Obaidi,Al Ajmi
Al Harthy|U|الحارثي|Al-Harthi=R;Alharthy=C;Harthi=C|Al Harbi,Al Hashmi
Al Kaabi|U|الكعبي|Al-Ka'bi=R;Alkaabi=C;Al Kabi=S|Al Kathiri,Al Kubaisi
Al Suwaidi|U|السويدي|Al-Suwaydi=R;Alsuwaidi=C;Al Swaidi=S|Al Sulaiti,Al Sayegh
""")

T["persian"] = dict(script="Arab", nats=["IR"], n=13, order="W", given="""
Hossein|M|حسین|Hosein=S@HUSSEIN;Hosseyn=S;Hussein=X@HUSSEIN;Husayn=R@HUSSEIN;Hosayn=R@HUSSEIN|Hassan,Hesam
Mohammad|M|محمد|Mohammed=S@MUHAMMAD;Muhammad=R@MUHAMMAD;Mohamad=S@MUHAMMAD|Mahmoud,Mehdi
Reza|M|رضا|Riza=S;Rida=X;Rezā=D|Rahim,Rasoul
Mohammad Reza|M|محمدرضا|Mohammadreza=C;Mohammad-Reza=C;Mohamadreza=C;Muhammad Riza=R|Mohammad Hadi,Mohammad Ali
Gholamreza|M|غلامرضا|Gholam Reza=C@FA_MITRE;Qolamreza=R@FA_MITRE;Gholam-Reza=C|Gholamhossein,Gholamali
Abdolreza|M|عبدالرضا|Abdorreza=C;Abd ol-Reza=C;Abdulreza=S;Abd al-Rida=R|Abdolhamid,Abdolrahim
Nasrollah|M|نصرالله|Nasr-ollah=C;Nasrallah=X;Nasr Allah=C;Nasrolah=S|Nematollah,Nasser
Mehdi|M|مهدی|Mahdi=R;Mehdy=S|Mehran,Majid
Javad|M|جواد|Jawad=R;Djavad=S|Jalal,Jamshid
Saeed|M|سعید|Saeid=S;Said=R;Sa'id=R|Sadegh,Saman
Kourosh|M|کوروش|Kurosh=R;Koorosh=S;Cyrus=X|Kambiz,Keyvan
Dariush|M|داریوش|Daryush=R;Daryoush=S;Darius=X|Davoud,Danial
Fatemeh|F|فاطمه|Fateme=S;Fatima=X@FATIMA;Fatemah=S|Farzaneh,Fereshteh
Zahra|F|زهرا|Zahraa=S;Zehra=S|Zohreh,Zari
Leila|F|لیلا|Leyla=S;Layla=S;Laila=S|Lida,Laleh
Shirin|F|شیرین|Shireen=S;Sirin=S|Shiva,Shahrzad
Farzaneh|F|فرزانه|Farzane=S;Farzanah=S|Farideh,Faranak
Maryam|F|مریم|Mariam=S;Mariyam=S|Marzieh,Mahsa
""", family="""
Hosseinzadeh|U|حسین‌زاده|Hossein Zadeh=C@FA_MITRE;Hossein-Zadeh=C;Hoseinzadeh=S;Hosseinzade=S|Hassanzadeh,Hosseinpour
Alizadeh|U|علی‌زاده|Ali Zadeh=C;Ali-Zadeh=C;Alizade=S;Alizada=X|Alavi,Aliabadi
Rezaei|U|رضایی|Rezaee=S;Rezai=S;Rezayi=S;Rezaie=S|Rezvani,Razavi
Mohammadi|U|محمدی|Mohamadi=S;Muhammadi=R;Mohammady=S|Mahmoudi,Mohammadian
Karimi|U|کریمی|Karimy=S;Kerimi=S|Kazemi,Karami
Hosseini|U|حسینی|Hoseini=S;Husseini=X;Hosseyni=S;Husaini=R|Hassani,Hashemi
Jafari|U|جعفری|Ja'fari=R;Jafary=S;Jaafari=S|Jabbari,Jalali
Ghorbani|U|قربانی|Qorbani=R;Ghorbany=S;Gorbani=S|Ghaffari,Ghasemi
Sadeghi|U|صادقی|Sadeqi=R;Sadeghy=S|Sadri,Saeedi
Mousavi|U|موسوی|Musavi=R;Moussavi=S;Moosavi=S;Mousawi=S|Movahedi,Moradi
Khosravi|U|خسروی|Khosrawi=S;Khosravy=S;Khusravi=R|Khorasani,Khodadadi
Tehrani|U|تهرانی|Tehrany=S;Tihrani=R|Tabrizi,Taheri
""")

T["bengali_bd"] = dict(script="Beng", nats=["BD"], n=13, order="W", given="""
Abul|M|আবুল|Abool=S|Abdul,Abid
Kamal|M|কামাল|Kamaal=S;Komol=S|Kamrul,Kalam
Rafiqul|M|রফিকুল|Rafikul=S;Rofiqul=S;Rafiq-ul=C|Rabiul,Rakibul
Shahidul|M|শহিদুল|Shohidul=S;Shahid-ul=C;Shahidool=S|Shafiqul,Shariful
Aminul|M|আমিনুল|Aminool=S;Amin-ul=C|Amirul,Azizul
Nazrul|M|নজরুল|Nozrul=S;Nazrool=S|Nurul,Najmul
Mizanur|M|মিজানুর|Mizan Ur=C;Mizan-ur=C;Mizanoor=S|Mostafizur,Mahfuzur
Habibur|M|হাবিবুর|Habib-ur=C;Habibor=S;Hobibur=S|Hafizur,Harunur
Anwar|M|আনোয়ার|Anowar=S;Anwer=S;Anoar=S|Ansar,Akbar
Jahangir|M|জাহাঙ্গীর|Jahangeer=S;Jahangiir=S|Jahirul,Jamir
Shirin|F|শিরিন|Shireen=S;Sirin=S|Sharmin,Shimul
Nasrin|F|নাসরিন|Nasreen=S;Nasrine=S|Nazneen,Nargis
Rokeya|F|রোকেয়া|Rokeia=S;Rokaiya=S;Ruqaiya=X|Rebeka,Rehana
Fatema|F|ফাতেমা|Fatima=S@FATIMA;Fatama=S|Farhana,Fahima
Taslima|F|তাসলিমা|Tasleema=S;Toslima=S|Tahmina,Tasnim
Shamima|F|শামীমা|Shameema=S;Samima=S|Shahana,Shamsun
""", family="""
Hossain|U|হোসেন|Hossen=S;Hussain=S@BD;Hosain=S@HUSSEIN;Hossein=S@HUSSEIN;Husain=S@HUSSEIN|Hasan,Hasnat
Rahman|U|রহমান|Rahaman=S;Rohman=S;Rehman=S|Rahim,Rahat
Islam|U|ইসলাম|Eslam=S;Islaam=S|Aslam,Ismail
Uddin|U|উদ্দিন|Uddeen=S;Udin=S;Ud-din=C;Ud Din=C|Ullah,Uzzaman
Haque|U|হক|Hoque=S@BD;Haq=S@BD;Huq=S|Hakim,Hai
Chowdhury|U|চৌধুরী|Choudhury=S;Chowdhuri=S;Chaudhuri=S|Chakladar,Chisty
Ahmed|U|আহমেদ|Ahmad=S@BD;Ahammed=S|Ahsan,Ahad
Akter|F|আক্তার|Akhter=S;Akhtar=S;Aktar=S|Akanda,Alam
Khatun|F|খাতুন|Khatoon=S;Khaton=S|Khanam,Khan
Miah|M|মিয়া|Mia=S;Miya=S;Mian=S|Mir,Mridha
Sarker|U|সরকার|Sarkar=S;Sircar=S;Sorkar=S|Sardar,Sikder
Talukder|U|তালুকদার|Talukdar=S;Taluqdar=S|Tarafder,Tapadar
Bhuiyan|U|ভূঁইয়া|Bhuiya=S;Bhuyan=S;Bhuiyan=S|Biswas,Bepari
""")
MOHAMMAD_BD = "Mohammad|M|মোহাম্মদ|Md.=S@MD;Md=S@MUHAMMAD;MD=S@MD;Mohammed=S@MUHAMMAD;Muhammad=S@MUHAMMAD|"

T["bengali_in"] = dict(script="Beng", nats=["IN"], n=5, order="W", given="""
Sourav|M|সৌরভ|Saurav=S;Sourabh=S;Saurabh=S;Shourav=S|Gourav,Subhra
Subhash|M|সুভাষ|Subhas=S;Shubhash=S|Subhankar,Subrata
Debashis|M|দেবাশিস|Debasish=S;Debashish=S;Debasis=S|Debabrata,Debojit
Anirban|M|অনির্বাণ|Anirbaan=S;Onirban=S|Anindya,Arindam
Abhijit|M|অভিজিৎ|Avijit=S;Abhijeet=S;Obhijit=S|Abhishek,Amarjit
Moushumi|F|মৌসুমী|Mousumi=S;Mausumi=S|Madhumita,Moumita
Tanushree|F|তনুশ্রী|Tanusree=S;Tanushri=S;Tanusri=S|Tanuja,Tanima
Rupa|F|রূপা|Roopa=S;Rupaa=S|Ruma,Rupali
Sudipta|F|সুদীপ্তা|Sudeepta=S;Shudipta=S|Sudeshna,Sumita
""", family="""
Chatterjee|U|চট্টোপাধ্যায়|Chattopadhyay=S@CHATTERJEE;Chatterji=S@CHATTERJEE;Chattopadhyaya=S|Chaturvedi,Chattaraj
Banerjee|U|বন্দ্যোপাধ্যায়|Bandyopadhyay=S@BANERJEE;Banerji=S;Bandopadhyay=S@BANERJEE|Banik,Barman
Mukherjee|U|মুখোপাধ্যায়|Mukhopadhyay=S@MUKHERJEE;Mukherji=S@MUKHERJEE;Mukerjee=S|Mullick,Mondal
Ganguly|U|গঙ্গোপাধ্যায়|Gangopadhyay=S;Ganguli=S;Gangooly=S|Gain,Guha
Bose|U|বসু|Basu=S;Boshu=S|Boral,Bhowmik
Ghosh|U|ঘোষ|Ghose=S;Ghosch=S|Ghoshal,Ghatak
Dutta|U|দত্ত|Datta=S;Dutt=S|Dey,Dhar
Chakraborty|U|চক্রবর্তী|Chakrabarti=S;Chakravarty=S;Chakraborti=S|Chanda,Chaki
""")

T["hindi"] = dict(script="Deva", nats=["IN"], n=5, order="W", given="""
Rajesh|M|राजेश|Rājeś=D;Rajeshh=S|Rakesh,Ramesh
Suresh|M|सुरेश|Sureś=D;Sooresh=S|Naresh,Umesh
Vikas|M|विकास|Vikash=S;Vikaas=S;Vikās=D|Vikram,Vishal
Deepak|M|दीपक|Dipak=S;Deepakk=S|Deepesh,Dinesh
Sanjay|M|संजय|Sanjai=S;Sañjay=D|Sanjeev,Sanjit
Vijay|M|विजय|Vijai=S;Vijey=S|Vinay,Vijendra
Pooja|F|पूजा|Puja=S;Pūjā=D|Pallavi,Poonam
Sunita|F|सुनीता|Suneeta=S;Sunītā=D|Sunaina,Savita
Lakshmi|F|लक्ष्मी|Laxmi=S;Lakshmee=S;Lakṣmī=D|Lalita,Lata
""", family="""
Sharma|U|शर्मा|Sarma=S;Sharmā=D|Shukla,Sharan
Srivastava|U|श्रीवास्तव|Shrivastava=S;Srivastav=S;Shrivastav=S|Shastri,Sinha
Agarwal|U|अग्रवाल|Agrawal=S;Aggarwal=S;Agarwala=S|Agnihotri,Ahluwalia
Verma|U|वर्मा|Varma=S;Vermā=D|Varshney,Vora
Tiwari|U|तिवारी|Tewari=S;Tiwary=S;Tiwārī=D|Tripathi,Tyagi
Mishra|U|मिश्र|Misra=S;Mishr=S|Mehra,Mittal
Chaudhary|U|चौधरी|Choudhary=S;Chaudhari=S;Chowdhary=S|Chauhan,Chaturvedi
Yadav|U|यादव|Yadava=S;Yādav=D|Yagnik,Yogi
""")
KUMAR = "Kumar|M|कुमार|Kumār=D|Kishor,Kamal"

T["tamil"] = dict(script="Taml", nats=["IN", "LK", "MY"], n=5, order="W", given="""
Murugan|M|முருகன்|Murukan=S|Muthu,Murali
Ramasamy|M|ராமசாமி|Ramaswamy=S;Ramasami=S;Ramaswami=S|Ramanathan,Rajasekar
Subramaniam|M|சுப்பிரமணியம்|Subramanian=S;Subramaniyam=S;Subramanyam=S|Subbiah,Sundaram
Krishnan|M|கிருஷ்ணன்|Kirushnan=S;Krishnen=S|Kannan,Krishnamurthy
Selvaraj|M|செல்வராஜ்|Selvarajah=S;Selvarasa=S|Selvam,Sivaraj
Sivakumar|M|சிவகுமார்|Shivakumar=S;Sivakumaar=S|Sivaraman,Sathyakumar
Lakshmi|F|லட்சுமி|Letchumy=S;Latchumi=S;Lakshmy=S|Lalitha,Lavanya
Kavitha|F|கவிதா|Kavita=S;Kavithaa=S|Kalaivani,Kamala
Meenakshi|F|மீனாட்சி|Minakshi=S;Meenatchi=S|Meena,Menaka
Revathi|F|ரேவதி|Revathy=S;Rewathi=S|Renuka,Rekha
""", family="""
Karuppiah|U|கருப்பையா|Karuppaiah=S;Karupiah=S|Karunanidhi,Kaliappan
Thangaraj|U|தங்கராஜ்|Thangarajah=S;Tangaraj=S|Thangavel,Thiagarajan
Perumal|U|பெருமாள்|Perumaal=S;Perumall=S|Periyasamy,Ponnusamy
Natarajan|U|நடராஜன்|Nadarajah=S;Natarajah=S|Narayanan,Nagarajan
Gopal|U|கோபால்|Gopaal=S;Kopal=S|Govind,Ganesan
Velu|U|வேலு|Veloo=S;Vellu=S|Venu,Vellaiyan
""")

T["urdu"] = dict(script="Arab", nats=["PK"], n=5, order="W", given="""
Asif|M|آصف|Aasif=S;Asaf=S|Atif,Arif
Imran|M|عمران|Imraan=S;Emran=S|Irfan,Inam
Tariq|M|طارق|Tarik=S;Tareq=S|Talib,Taqi
Naveed|M|نوید|Navid=S;Naveid=S|Nadeem,Nasir
Waqas|M|وقاص|Waqqas=S;Waqaas=S|Waqar,Wasim
Javed|M|جاوید|Javaid=S;Jawed=S;Javeed=S|Jawad,Junaid
Ayesha|F|عائشہ|Aisha=S@AISHA;Aysha=S@AISHA;Ayeshah=S|Amna,Asma
Sana|F|ثنا|Sanaa=S;Sanah=S|Saba,Sara
Rabia|F|رابعہ|Rabiya=S;Rabiah=S|Rafia,Rubina
""", family="""
Qureshi|U|قریشی|Qureshy=S;Quraishi=S;Kureishi=S;Qurashi=S|Qazi,Qadri
Siddiqui|U|صدیقی|Siddiqi=S;Siddique=S;Sidiqui=S|Sadiq,Saeedi
Chaudhry|U|چودھری|Chaudhary=S;Choudhry=S;Chaudhri=S|Cheema,Chughtai
Rizvi|U|رضوی|Rizwi=S;Rizavi=S|Rizwan,Rashidi
Naqvi|U|نقوی|Naqavi=S;Naqwi=S|Nawaz,Niazi
Iqbal|U|اقبال|Ikbal=S;Iqbaal=S|Ishaq,Ijaz
Malik|U|ملک|Mallick=S;Malick=S|Mirza,Maqbool
""")
MUHAMMAD_PK = "Muhammad|M|محمد|Mohammad=S@MUHAMMAD;Mohd=S@MUHAMMAD;Muhammed=S@MUHAMMAD|"

T["pashto"] = dict(script="Arab", nats=["AF"], n=5, order="W", given="""
Zabihullah|M|ذبیح الله|Zabiullah=S;Zabihollah=S;Zabihulla=S;Zabih Ullah=C|Zahirullah,Ziaullah
Naqibullah|M|نقیب الله|Naqeebullah=S;Naqib Ullah=C;Nakibullah=S|Najibullah,Nasrullah
Hekmatullah|M|حکمت الله|Hikmatullah=S;Hekmatollah=S;Hekmat Ullah=C|Hamdullah,Hidayatullah
Gul Agha|M|گل آغا|Gulagha=C;Gul Aqa=S;Gol Agha=S|Gul Ahmad,Gul Mohammad
Abdul Rahim|M|عبدالرحیم|Abdurrahim=C;Abdul Raheem=S;Abdulrahim=C;Abd al-Rahim=R|Abdul Rashid,Abdul Rahman
Rahmatullah|M|رحمت الله|Rahmatulla=S;Rahmat Ullah=C;Rahmatollah=S|Rafiullah,Rahimullah
Zarghona|F|زرغونه|Zarghuna=S;Zarghoona=S|Zarmina,Zahra
Palwasha|F|پلوشه|Palwashah=S;Palvasha=S|Parwana,Pashtana
Malalai|F|ملالۍ|Malalay=S;Malalei=S|Mariam,Marzia
""", family="""
Noorzai|U|نورزی|Nurzai=S;Noorzay=S;Nourzai=S|Nazari,Niazi
Ahmadzai|U|احمدزی|Ahmadzay=S;Ahmadzei=S;Ahmedzai=S|Ahmadi,Alizai
Popalzai|U|پوپلزی|Popalzay=S;Popolzai=S|Poya,Parwani
Hotak|U|هوتک|Hotaki=S;Hotek=S|Hamidi,Hashimi
Stanikzai|U|ستانکزی|Stanekzai=S;Stanikzay=S|Safi,Sultani
Wardak|U|وردک|Wardag=S;Wardaki=S|Waziri,Wahidi
""")

T["somali"] = dict(script="Latn", nats=["SO"], n=5, order="W", given="""
Abdullahi|M|عبد الله|Cabdullaahi=R@SO;Abdillahi=S;Abdulahi=S|Abdulkadir,Abdirashid
Mohamed|M|محمد|Maxamed=R@SO;Mohammed=S@MUHAMMAD;Muhammad=S@MUHAMMAD|Mahad,Mukhtar
Hassan|M|حسن|Xasan=R@SO2;Hasan=S@HASAN_LB|Hashi,Haji
Abdirahman|M|عبد الرحمن|Cabdiraxmaan=R@SO;Abdurahman=S;Abdirahmaan=S|Abdirizak,Abdiweli
Yusuf|M|يوسف|Yuusuf=R@SO;Yusuuf=S|Yunis,Yasin
Omar|M|عمر|Cumar=R@SO;Umar=S|Osman,Owais
Fadumo|F|فاطمة|Faadumo=R@SO;Faduma=S@FATIMA2;Fatuma=S|Farhiyo,Fardowsa
Halima|F|حليمة|Xaliimo=R@SO;Haliimo=S;Halimo=S|Hamdi,Habiba
Asha|F|عائشة|Caasha=R@SO;Aasha=S|Anab,Amina
""", family="""
Warsame|U|ورسمه|Warsameh=S;Warsama=S|Waris,Wardhere
Farah|U|فارح|Faarax=R@SO;Fara=S|Fiqi,Fatah
Jama|U|جامع|Jaamac=R@SO2;Jaama=S;Jamac=S|Jibril,Jimale
Hersi|U|حرسي|Xirsi=R@SO;Hirsi=S|Hashi,Hared
Osman|U|عثمان|Cismaan=R@SO;Othman=X;Usman=X|Obsiye,Olad
Aden|U|آدم|Aadan=R@SO;Adan=S;Adam=X|Abdi,Awale
Dahir|U|ظاهر|Daahir=R@SO;Dhahir=S;Zahir=X|Daud,Dirie
""")

T["turkish"] = dict(script="Latn", nats=["TR"], n=5, order="W", given="""
Mehmet|M||Mehmed=S;Mehmett=S|Mesut,Metin
Hüseyin|M||Huseyin=D;Hueseyin=D@MRZ_DE;Hussein=X@HUSSEIN|Hüsnü,Hulusi
Şükrü|M||Sukru=D;Shukru=S;Schükrü=S|Şakir,Şener
Gökhan|M||Gokhan=D;Goekhan=D@MRZ_DE|Gökmen,Gürhan
Çağlar|M||Caglar=D;Chaglar=S|Çağrı,Celal
İbrahim|M||Ibrahim=D;Ibraim=S|İsmail,İlhan
Ayşe|F||Ayse=D;Aysche=S;Aisha=X@AISHA|Ayten,Aysel
Gülşen|F||Gulsen=D;Guelsen=D@MRZ_DE|Gülten,Gülay
Özlem|F||Ozlem=D;Oezlem=D@MRZ_DE|Özge,Özden
""", family="""
Öztürk|U||Ozturk=D;Oeztuerk=D@MRZ_DE|Özdemir,Öztekin
Yılmaz|U||Yilmaz=D;Yilmas=S|Yıldız,Yıldırım
Çelik|U||Celik=D;Tschelik=S;Chelik=S|Çetin,Çelebi
Şahin|U||Sahin=D;Schahin=S;Shahin=S|Şahan,Şimşek
Doğan|U||Dogan=D;Doan=S|Doğru,Duran
Kılıç|U||Kilic=D;Kilich=S|Kılınç,Keleş
Aydın|U||Aydin=D;Aidin=S|Aydoğan,Akın
Güneş|U||Gunes=D;Guenes=D@MRZ_DE|Güler,Gündüz
""")

T["vietnamese"] = dict(script="Latn", nats=["VN"], n=6, order="E", given="""
Hung|M||Hùng=D@VN|Hieu,Hoang
Tuan|M||Tuấn=D@VN|Tung,Toan
Dung|M||Dũng=D@VN|Duy,Danh
Hai|M||Hải=D@VN|Hau,Hoa
Quang|M||Quang=D|Quan,Quy
Huong|F||Hương=D@VN|Hang,Hong
Thao|F||Thảo=D@VN|Thanh,Thu
Phuong|F||Phương=D@VN|Phuc,Phung
Thuy|F||Thủy=D@VN;Thuỷ=D|Thu,Thuan
""", family="""
Nguyen|U||Nguyễn=D@VN|Nghiem,Nguy
Tran|U||Trần=D@VN|Trinh,Tan
Pham|U||Phạm=D@VN|Phan,Phung
Dang|U||Đặng=D@VN|Dam,Doan
Bui|U||Bùi=D@VN|Bach,Banh
Ngo|U||Ngô=D@VN|Nghiem,Nong
Duong|U||Dương=D@VN|Doan,Dinh
""")
VN_MID = {"M": "Van|M||Văn=D@VN|Vinh,Vu", "F": "Thi|F||Thị=D@VN|Thy,Thu"}

T["yoruba"] = dict(script="Latn", nats=["NG"], n=5, order="W", given="""
Oluwaseun|M||Olúwaṣeun=D;Seun=N|Oluwasegun,Oluwaseyi
Adebayo|M||Adébáyọ̀=D;Bayo=N|Adebola,Adeboye
Babatunde|M||Babátúndé=D;Tunde=N|Babajide,Babatope
Oluwatobi|M||Olúwatóbi=D;Tobi=N|Oluwatosin,Oluwatoyin
Olumide|M||Olúmídé=D;Mide=N|Olumuyiwa,Olamide
Olufunmilayo|F||Olúfúnmiláyọ̀=D;Funmilayo=N;Funmi=N|Olufunke,Folasade
Adebisi|F||Adébísí=D;Bisi=N|Adenike,Adesola
Oluwakemi|F||Olúwakẹ́mi=D;Kemi=N|Oluwayemisi,Oluwaseyi
Yetunde|F||Yétúndé=D;Yetty=N|Yewande,Yemisi
""", family="""
Adeyemi|U||Adéyẹmí=D|Adeyemo,Adeyinka
Ogunleye|U||Ògúnlẹ́yẹ=D|Ogunlana,Ogunbiyi
Afolabi|U||Afọlábí=D|Afolayan,Afonja
Olawale|U||Ọláwálé=D|Olawole,Olatunji
Balogun|U||Balógun=D|Bamidele,Babalola
Oyelaran|U||Oyèláràn=D|Oyewole,Oyelami
""")

T["hausa"] = dict(script="Latn", nats=["NG", "NE"], n=5, order="W", given="""
Abubakar|M||Abubakr=S;Abu Bakar=C;Abubakar Sadiq=S|Abdullahi,Aliyu
Usman|M||Uthman=X;Othman=X;Usmanu=S|Umar,Uba
Aminu|M||Aminou=S;Aminu=S|Aliyu,Auwal
Sani|M||Saani=S|Salisu,Sanusi
Lawal|M||Lawan=S;Lawali=S|Labaran,Lamido
Danjuma|M||Dan Juma=C;Danjumma=S|Danladi,Danmusa
Hauwa|F||Hawa=S;Hawwa=S|Hafsat,Hadiza
Zainab|F||Zainabu=S;Zaynab=S|Zulai,Zara
Aishatu|F||Aisha=S@AISHA;Aishat=S@AISHA|Asabe,Amina
""", family="""
Bello|U||Belo=S|Bala,Bashir
Yakubu|U||Yaqub=X;Yakub=S|Yahaya,Yaro
Suleiman|U||Sulaiman=S;Suleman=S|Salisu,Shehu
Garba|U||Garuba=S|Gambo,Gidado
Musa|U||Moussa=S;Mousa=S;Moses=X|Muktar,Magaji
Ibrahim|U||Ibrahima=S;Ebrahim=S|Idris,Isah
""")

T["malay"] = dict(script="Latn", nats=["MY", "BN"], n=5, order="W", given="""
Ahmad|M||Ahmed=S|Azman,Amran
Muhammad|M||Mohammad=S@MUHAMMAD;Mohd=S@MUHAMMAD;Muhamad=S@MUHAMMAD;Mohamed=S@MUHAMMAD|Muhaimin,Mustakim
Hafiz|M||Hafeez=S;Hafidz=S|Hazim,Harith
Faizal|M||Faisal=S;Faizall=S|Fadzil,Faiz
Zulkifli|M||Zulkifly=S;Zulkefli=S;Dzulkifli=S|Zulkarnain,Zulfikar
Nurul|F||Nur Ul=C;Noorul=S|Nuraini,Nurlina
Aishah|F||Aisyah=S@AISHA;Aisha=S@AISHA|Aida,Asmah
Nor Azlina|F||Norazlina=C;Noor Azlina=S;Nor Azleena=S|Nor Azlin,Nor Aziah
Fatimah|F||Fatima=S@FATIMA;Fatemah=S|Fauziah,Farhana
""", family="""
Ismail|U||Ismael=S;Ismaail=S|Ishak,Idris
Hassan|U||Hasan=S@HASAN_LB|Hashim,Hussin
Yusof|U||Yusoff=S;Yusuf=S;Yousof=S|Yunus,Yaacob
Othman|U||Osman=S;Uthman=S|Omar,Onn
Ibrahim|U||Ibrahem=S|Idris,Ishak
Abdullah|U||Abdulla=S;Abdallah=S|Abdul Latif,Abdul Hamid
""")

T["indonesian"] = dict(script="Latn", nats=["ID"], n=13, order="W", given="""
Sutrisno|M||Soetrisno=S@IND|Sutarno,Sudarsono
Budi|M||Boedi=S@IND|Bagus,Budiman
Agus|M||Agoes=S@IND|Agung,Argo
Suryadi|M||Soerjadi=S@IND;Suryadie=S|Suryana,Suryanto
Cahyo|M||Tjahjo=S@IND2|Candra,Catur
Joko|M||Djoko=S@IND2;Jaka=S|Jono,Johan
Yudi|M||Joedi=S@IND2;Yudhi=S|Yadi,Yuda
Sutarman|M||Soetarman=S@IND|Sutardi,Sukarman
Haryanto|M||Harjanto=S@IND2|Hariyono,Harsono
Kusnadi|M||Koesnadi=S@IND|Kusnandar,Kuswadi
Suparman|M||Soeparman=S@IND|Suparmin,Sudarman
Wahyudi|M||Wahjoedi=S@IND2|Wahyono,Waluyo
Cokro|M||Tjokro=S@IND2|Cipto,Cokorda
Sujatmiko|M||Soedjatmiko=S@IND;Sudjatmiko=S@IND2|Sulistyo,Sugiharto
Junaidi|M||Djunaidi=S@IND2;Djoenaidi=S@IND|Juanda,Jumadi
Syarifuddin|M||Sjarifuddin=S@IND2;Syarifudin=S;Sjarifoedin=S@IND|Syamsuddin,Saifuddin
Suwarni|F||Soewarni=S@IND|Suwarti,Sumarni
Suryani|F||Soerjani=S@IND|Suryati,Sulastri
Yuliani|F||Joeliani=S@IND2|Yulianti,Yuniarti
Nurhayati|F||Noerhajati=S@IND|Nurhasanah,Nuraini
Sukarni|F||Soekarni=S@IND|Sukarti,Sutarni
Wahyuni|F||Wahjoeni=S@IND2|Wahyuningsih,Widyastuti
""", family="""
Santoso|U||Santosa=S;Santoso=S|Susanto,Sunarto
Kusumo|U||Koesoemo=S@IND;Kusuma=S|Kurniawan,Kustiono
Purnomo|U||Poernomo=S@IND|Purwanto,Prayitno
Wijaya|U||Widjaja=S@IND2;Widjaya=S;Wijaja=S|Wijono,Winata
Rusdi|U||Roesdi=S@IND|Rudi,Rusli
Nugroho|U||Noegroho=S@IND|Nugraha,Notonegoro
Hidayat|U||Hidajat=S@IND2|Hidayah,Hadiyat
Suryono|U||Soerjono=S@IND|Suryanto,Suyono
""")

T["thai"] = dict(script="Thai", nats=["TH"], n=12, order="W", given="""
Somchai|M|สมชาย|Somchay=S|Somchit,Somsak
Prasert|M|ประเสริฐ|Prasoet=R@RTGS|Prasit,Prasong
Wichai|M|วิชัย|Vichai=S;Vichay=S|Wichit,Wichian
Supachai|M|ศุภชัย|Suphachai=R@RTGS;Supachay=S|Sutthichai,Suphot
Thanawat|M|ธนวัฒน์|Tanawat=S;Thanawatt=S|Thanakorn,Thanapon
Kittisak|M|กิตติศักดิ์|Kitisak=S;Kittisuk=S|Kittipong,Kittichai
Anurak|M|อนุรักษ์|Anurug=S;Anuruk=S|Anuwat,Anucha
Chatchai|M|ฉัตรชัย|Chatchay=S;Chadchai=S|Chanchai,Chaiwat
Pornthip|F|พรทิพย์|Phonthip=R@RTGS;Porntip=S|Pornpimol,Porntiwa
Siriporn|F|ศิริพร|Siriphon=R@RTGS;Siripron=S|Sirirat,Siripong
Napaporn|F|นภาพร|Naphaphon=R@RTGS;Napaphorn=S|Nattaporn,Napasorn
Kanokwan|F|กนกวรรณ|Kanogwan=S;Kanokwun=S|Kanyarat,Kanokporn
Chutima|F|ชุติมา|Chootima=S;Chutimaa=S|Chuleeporn,Chanida
Wanida|F|วนิดา|Vanida=S;Wanidaa=S|Wannapa,Waraporn
""", family="""
Boonmee|U|บุญมี|Bunmi=R@RTGS;Boonmi=S|Boonma,Boonsri
Srisuk|U|ศรีสุข|Sisuk=R@RTGS;Srisook=S|Srisai,Srisawat
Chaiyaporn|U|ชัยพร|Chaiyaphon=R@RTGS;Chaiyapon=S|Chaiyasit,Chaiwong
Thongdee|U|ทองดี|Thongdi=R@RTGS;Tongdee=S|Thongchai,Thongkham
Kaewmanee|U|แก้วมณี|Kaeomani=R@RTGS;Kaewmani=S|Kaewkla,Kaewsai
Jaidee|U|ใจดี|Chaidi=R@RTGS;Jaidi=S|Jaiyen,Jaisamut
Saetang|U|แซ่ตั้ง|Sae Tang=C;Sae-tang=C;Saetung=S|Saeheng,Saeung
Saelim|U|แซ่ลิ้ม|Sae Lim=C;Sae-lim=C|Saeoung,Saejung
Wongsawat|U|วงศ์สวัสดิ์|Wongsawad=S;Vongsawat=S|Wongsuwan,Wongsakul
Phromma|U|พรหมมา|Promma=S;Phrommaa=S|Phromsiri,Phongphan
Suwannarat|U|สุวรรณรัตน์|Suwanarat=S;Suvannarat=S|Suwannasri,Suwanwong
Rattanakorn|U|รัตนากร|Rattanakon=R@RTGS;Ratanakorn=S|Rattanapong,Rattanasiri
""")

T["korean"] = dict(script="Kore", nats=["KR"], n=6, order="E", given="""
Young-soo|M|영수|Yeong-su=R@KR;Yeongsu=R;Yong-su=R;Youngsoo=S@KR|Young-ho,Young-jun
Min-jun|M|민준|Minjun=S@KR;Min-joon=S@KR;Min-chun=R|Min-jae,Min-ho
Ji-hoon|M|지훈|Ji-hun=R@KR;Jihoon=S@KR;Chi-hun=R|Ji-hwan,Ji-ho
Hyun-woo|M|현우|Hyeon-u=R@KR;Hyunwoo=S@KR;Hyŏn-u=D|Hyun-soo,Hyun-jun
Sung-ho|M|성호|Seong-ho=R;Sungho=S@KR;Sŏng-ho=D|Sung-hoon,Sung-min
Dong-hyun|M|동현|Dong-hyeon=R@KR;Donghyun=S@KR;Tong-hyŏn=R|Dong-hoon,Dong-wook
Seo-yeon|F|서연|Suh-yeon=S;Seoyeon=S@KR;Sŏ-yŏn=D;So-yon=R|Seo-yun,Seo-hyun
Su-jin|F|수진|Soo-jin=S@KR;Sujin=S@KR|Su-ji,Su-bin
Eun-ji|F|은지|Eunji=S@KR;Ŭn-ji=D;Un-ji=R|Eun-jin,Eun-hye
Kyung-min|F|경민|Gyeong-min=R@KR;Kyungmin=S@KR;Kyŏng-min=D|Kyung-mi,Kyung-hee
Mi-kyung|F|미경|Mi-gyeong=R@KR;Mikyung=S@KR;Mi-kyŏng=D|Mi-sook,Mi-young
""", family="""
Kim|U|김|Gim=R@KR|Kil,Kum
Lee|U|이|Yi=R@KR;Rhee=S@KR;Ri=S|Yeo,Lew
Park|U|박|Bak=R@KR;Pak=S@KR|Pang,Paik
Choi|U|최|Choe=R@KR;Chwe=S|Cho,Chae
Jung|U|정|Jeong=R@KR;Chung=S@KR;Chong=R|Jang,Jin
Kang|U|강|Gang=R@KR|Kwak,Kong
Yoon|U|윤|Yun=R@KR;Youn=S@KR|Yoo,Yeon
Lim|U|임|Im=R@KR;Yim=S@KR;Rim=S|Min,Nam
""")

T["japanese"] = dict(script="Jpan", nats=["JP"], n=6, order="E", given="""
Kenichi|M|健一|Ken'ichi=S;Ken-ichi=S|Kenji,Kenta
Shota|M|翔太|Shōta=D@JP_K;Shohta=S;Shouta=S;Syota=R@JP_K|Shohei,Shogo
Koji|M|浩二|Kōji=D@JP_K;Kohji=S;Kouji=S;Kozi=R@JP_K|Koichi,Kohei
Ryo|M|亮|Ryō=D@JP_K;Ryoh=S;Ryou=S|Ryu,Ryota
Junichi|M|純一|Jun'ichi=S;Jun-ichi=S;Zyunichi=R@JP_K|Junji,Junpei
Yusuke|M|祐介|Yūsuke=D@JP_K;Yuusuke=S|Yosuke,Keisuke
Yoko|F|洋子|Yōko=D@JP_K;Yohko=S@JP;Youko=S@JP|Yoshiko,Yuka
Yuko|F|裕子|Yūko=D@JP_K;Yuuko=S|Yukiko,Yuki
Shoko|F|翔子|Shōko=D@JP_K;Shohko=S;Shouko=S;Syoko=R@JP_K|Shiho,Sachiko
Kyoko|F|京子|Kyōko=D@JP_K;Kyohko=S;Kyouko=S|Keiko,Kyoka
""", family="""
Sato|U|佐藤|Satō=D@JP_K;Satoh=S@JP;Satou=S@JP|Sano,Sado
Kato|U|加藤|Katō=D@JP_K;Katoh=S@JP;Katou=S@JP|Kano,Kado
Ito|U|伊藤|Itō=D@JP_K;Itoh=S@JP;Itou=S@JP|Ida,Imai
Ono|U|大野|Ōno=D@JP_K;Ohno=S@JP;Oono=S@JP|Oda,Ota
Kudo|U|工藤|Kudō=D@JP_K;Kudoh=S@JP;Kudou=S@JP|Kubo,Kuno
Saito|U|斎藤|Saitō=D@JP_K;Saitoh=S@JP;Saitou=S@JP|Sakai,Saeki
Goto|U|後藤|Gotō=D@JP_K;Gotoh=S@JP;Gotou=S@JP|Goda,Gomi
Endo|U|遠藤|Endō=D@JP_K;Endoh=S@JP;Endou=S@JP|Enomoto,Ebina
""")

T["greek"] = dict(script="Grek", nats=["GR", "CY"], n=5, order="W", given="""
Georgios|M|Γεώργιος|Yeoryios=S;George=X;Giorgos=N;Yorgos=N|Gerasimos,Grigorios
Ioannis|M|Ιωάννης|Giannis=N@GR2;Yiannis=N@GR2;Yannis=N@GR2;John=X@GR2|Ioakeim,Iosif
Dimitrios|M|Δημήτριος|Demetrios=S;Dimitris=N|Dionysios,Dimosthenis
Konstantinos|M|Κωνσταντίνος|Constantinos=S;Kostas=N;Constantine=X|Kosmas,Kyriakos
Nikolaos|M|Νικόλαος|Nikos=N;Nicholas=X;Nicolaos=S|Nikitas,Nikiforos
Aikaterini|F|Αικατερίνη|Ekaterini=S;Katerina=N;Catherine=X|Aglaia,Akrivi
Eleni|F|Ελένη|Helen=X;Elena=S|Elpida,Eirini
Panagiota|F|Παναγιώτα|Panayiota=S;Giota=N;Yiota=N|Paraskevi,Pagona
Sofia|F|Σοφία|Sophia=S;Sofía=D|Sotiria,Stella
""", family="""
Papadopoulos|M|Παπαδόπουλος|Papadopulos=S;Papadopoulos=S|Papadakis,Papadimitriou
Oikonomou|U|Οικονόμου|Economou=S;Ikonomou=S|Oikonomidis,Orfanou
Chatzidakis|M|Χατζηδάκης|Hatzidakis=S;Hadjidakis=S|Chatzakis,Chatzopoulos
Evangelou|U|Ευαγγέλου|Euaggelou=R@GR;Evaggelou=R|Evangelidis,Efthymiou
Theodoridis|M|Θεοδωρίδης|Theodorides=S;Thodoridis=S|Theodorou,Theocharis
Christodoulou|U|Χριστοδούλου|Hristodoulou=S;Christodulu=S|Christofi,Christidis
Mavridou|F|Μαυρίδου|Mavridu=S;Mavrithou=S|Mavromati,Mavrou
Kostopoulou|F|Κωστοπούλου|Costopoulou=S;Kostopulu=S|Konstantopoulou,Kotsopoulou
""")

T["hebrew"] = dict(script="Hebr", nats=["IL"], n=5, order="W", given="""
Yitzhak|M|יצחק|Itzhak=S;Yitzchak=S;Isaac=X;Itzik=N|Yitzhar,Yishai
Avraham|M|אברהם|Abraham=X;Avrohom=S;Avi=N|Avshalom,Aviram
Moshe|M|משה|Moses=X;Moishe=S|Menashe,Meir
Yosef|M|יוסף|Joseph=X;Yossef=S;Yossi=N|Yoav,Yona
Chaim|M|חיים|Haim=S;Hayim=S;Chayim=S|Chanan,Hagai
Shlomo|M|שלמה|Solomon=X;Schlomo=S|Shmuel,Shalom
Rivka|F|רבקה|Rebecca=X;Rivkah=S|Rina,Reut
Tzipora|F|ציפורה|Zipora=S;Tsipora=S;Tzippy=N|Tzila,Tova
Yael|F|יעל|Jael=X;Yaël=D|Yaara,Yafa
""", family="""
Cohen|U|כהן|Kohen=S@COHEN;Cohn=S@COHEN;Kohn=S@COHEN|Caspi,Carmi
Levi|U|לוי|Levy=S;Lewi=S|Lev,Lavi
Mizrahi|U|מזרחי|Mizrachi=S;Misrahi=S|Malka,Marzouk
Peretz|U|פרץ|Perez=S;Perets=S|Peres,Pereg
Shapira|U|שפירא|Shapiro=S;Schapira=S|Shafir,Shamir
Ben-David|U|בן דוד|Ben David=C;Bendavid=C|Ben-Dor,Ben-Ami
Katz|U|כץ|Kats=S;Kac=S|Kaplan,Katan
Azoulay|U|אזולאי|Azulay=S;Azoulai=S|Amsalem,Abutbul
""")

ARM_GIVEN = """
Hovhannes|M|Հովհաննես|Hovannes=S;Ovanes=S;Ogannes=S;John=X|Hovsep,Hovik
Grigor|M|Գրիգոր|Krikor=S;Grigori=X;Gregory=X|Garnik,Gurgen
Hakob|M|Հակոբ|Hagop=S;Akop=S;Hakop=S;Jacob=X|Hayk,Hamlet
Tigran|M|Տիգրան|Dikran=S;Tigranes=X|Tatul,Taron
Vardan|M|Վարդան|Vartan=S;Vardanes=X|Vahan,Varuzhan
Karapet|M|Կարապետ|Garabed=S;Karapeti=S|Karen,Kamo
Anahit|F|Անահիտ|Anahid=S;Anait=S|Ani,Anush
Lusine|F|Լուսինե|Lucine=S;Lusineh=S|Lilit,Lusya
Armine|F|Արմինե|Armineh=S;Armina=S|Arpine,Astghik
"""
ARM_FAMILY = """
Grigoryan|U|Գրիգորյան|Krikorian=S;Grigorian=S@ARM|Ghukasyan,Galstyan
Petrosyan|U|Պետրոսյան|Bedrosian=S;Petrosian=S@ARM2;Petrossian=S|Poghosyan,Papoyan
Hakobyan|U|Հակոբյան|Hagopian=S;Akopyan=S;Akopian=S@ARM|Hambardzumyan,Hovsepyan
Sargsyan|U|Սարգսյան|Sarkisian=S;Sargsian=S@ARM;Sarkisyan=S|Sahakyan,Safaryan
Gevorgyan|U|Գևորգյան|Kevorkian=S;Gevorkyan=S;Gevorgian=S@ARM|Galstyan,Ghazaryan
Khachatryan|U|Խաչատրյան|Khachadourian=S;Khachaturyan=S;Khachatrian=S@ARM|Khachikyan,Khanamiryan
Vardanyan|U|Վարդանյան|Vartanian=S;Vardanian=S@ARM|Vardazaryan,Vasilyan
Karapetyan|U|Կարապետյան|Garabedian=S@ARM2;Karapetian=S@ARM|Karakhanyan,Kirakosyan
"""
T["armenian_eastern"] = dict(script="Armn", nats=["AM"], n=5, order="W", given=ARM_GIVEN, family=ARM_FAMILY)
T["armenian_western"] = dict(script="Armn", nats=["LB", "SY", "US", "FR"], n=5, order="W", given=ARM_GIVEN,
                             family=ARM_FAMILY, western=True)

T["georgian"] = dict(script="Geor", nats=["GE"], n=5, order="W", given="""
Giorgi|M|გიორგი|George=X;Georgi=X;Gogi=N|Gia,Gigla
Davit|M|დავით|David=X;Dato=N|Dachi,Dimitri
Levan|M|ლევან|Levani=S;Levane=S|Lasha,Leri
Zurab|M|ზურაბ|Zurabi=S;Zura=N|Zaza,Zviad
Nikoloz|M|ნიკოლოზ|Nikolozi=S;Nika=N;Nikolai=X|Nodar,Nugzar
Nino|F|ნინო|Nina=X;Ninuca=N|Nana,Nona
Tamar|F|თამარ|Tamara=X;Tamari=S;Tamuna=N|Tamta,Tea
Ketevan|F|ქეთევან|Keti=N;Ketino=N;Ketevani=S|Khatuna,Ekaterine
""", family="""
Beridze|U|ბერიძე|Beridse=S|Berishvili,Bolkvadze
Kapanadze|U|კაპანაძე|K'apanadze=R@GE;Kapanadse=S|Kobakhidze,Kakabadze
Maisuradze|U|მაისურაძე|Maisuradse=S|Mamaladze,Makharadze
Gelashvili|U|გელაშვილი|Gelaschwili=S|Gelovani,Gogishvili
Tsiklauri|U|წიკლაური|Ts'iklauri=R@GE;Ciklauri=S|Tsereteli,Tsintsadze
Kavtaradze|U|ქავთარაძე|Kavtaradse=S|Kiknadze,Katamadze
Lomidze|U|ლომიძე|Lomidse=S|Lordkipanidze,Lobzhanidze
Kharabadze|U|ხარაბაძე|Charabadze=S;Kharabadse=S|Kharaishvili,Khachidze
""")

T["kazakh"] = dict(script="Cyrl", nats=["KZ"], n=5, order="W", given="""
Nurlan|M|Нұрлан|Nūrlan=R|Nurbek,Nurzhan
Yerlan|M|Ерлан|Erlan=R|Yerbol,Yermek
Kairat|M|Қайрат|Qairat=R;Kayrat=S|Kanat,Kairbek
Askar|M|Асқар|Asqar=R;Askhar=S|Aslan,Asset
Bauyrzhan|M|Бауыржан|Bauyrjan=R;Baurzhan=S;Bauirzhan=S|Bakhytzhan,Beibut
Dauren|M|Дәурен|Däuren=R|Daulet,Daniyar
Aigerim|F|Айгерім|Aigerım=R;Aygerim=S|Aigul,Aizhan
Zhanar|F|Жанар|Janar=R|Zhanna,Zhansaya
Gulnara|F|Гүлнара|Gülnara=R|Gulmira,Gulzhan
""", family="""
Zhumabayev|M|Жұмабаев|Jūmabaev=R;Zhumabaev=S;Dzhumabaev=S|Zhumagaliev,Zhumadilov
Kassymov|M|Қасымов|Qasymov=R;Kasymov=S|Kassenov,Kaliyev
Akhmetov|M|Ахметов|Ahmetov=R|Abenov,Aitkulov
Nurlanuly|M|Нұрланұлы|Nūrlanūly=R;Nurlan uly=C;Nurlanuli=S|Nurgaliuly,Nurbekuly
Zhumabayeva|F|Жұмабаева|Jūmabaeva=R;Zhumabaeva=S;Dzhumabaeva=S|Zhumagalieva,Zhumadilova
Kassymova|F|Қасымова|Qasymova=R;Kasymova=S|Kassenova,Kaliyeva
Akhmetova|F|Ахметова|Ahmetova=R|Abenova,Aitkulova
Nurlankyzy|F|Нұрланқызы|Nūrlanqyzy=R;Nurlan kyzy=C|Nurgalikyzy,Nurbekkyzy
""")

T["uzbek"] = dict(script="Cyrl", nats=["UZ"], n=5, order="W", given="""
Khurshid|M|Хуршид|Xurshid=R;Hurshid=S|Khurram,Khusan
Utkir|M|Ўткир|Oʻtkir=R;O'tkir=R;Otkir=S|Umid,Ulugbek
Shavkat|M|Шавкат|Shaukat=S;Shavkath=S|Shakhzod,Sharof
Dilshod|M|Дилшод|Dilshad=S|Dilmurod,Diyor
Jasur|M|Жасур|Zhasur=S|Javlon,Jamshid
Gayrat|M|Ғайрат|Gʻayrat=R;G'ayrat=R;Gairat=S|Gafur,Gani
Nodira|F|Нодира|Nadira=S|Nozima,Nilufar
Gulnoza|F|Гулноза|Gulnaza=S|Gulnora,Gulchehra
Dilnoza|F|Дилноза|Dilnaza=S|Dilfuza,Dildora
""", family="""
Rakhimov|M|Раҳимов|Rahimov=R|Rashidov,Rakhmatov
Kholmatov|M|Холматов|Xolmatov=R;Holmatov=S|Kholikov,Khamidov
Kadyrov|M|Қодиров|Qodirov=R;Kodirov=S;Kadirov=S|Karimov,Kamolov
Tashmatov|M|Тошматов|Toshmatov=R|Turgunov,Toshpulatov
Rakhimova|F|Раҳимова|Rahimova=R|Rashidova,Rakhmatova
Kholmatova|F|Холматова|Xolmatova=R;Holmatova=S|Kholikova,Khamidova
Kadyrova|F|Қодирова|Qodirova=R;Kodirova=S;Kadirova=S|Karimova,Kamolova
""")

T["spanish"] = dict(script="Latn", nats=["ES", "MX", "CO", "AR"], n=6, order="W", given="""
José|M||Jose=D;Pepe=N@ES_NICK|Josué,Joel
Francisco|M||Paco=N@ES_NICK;Pancho=N@ES_NICK|Franco,Fabricio
José Luis|M||Jose Luis=D;Joseluis=C|José Lino,José Luciano
Ignacio|M||Nacho=N@ES_NICK|Isidro,Ismael
Jesús|M||Jesus=D;Chucho=N@ES_NICK;Chuy=N@ES_NICK|Jeremías,Julián
Guillermo|M||Memo=N@ES_NICK;William=X|Gilberto,Gerardo
María Dolores|F||Maria Dolores=D;Lola=N@ES_NICK|María Delia,María Dora
Concepción|F||Concepcion=D;Concha=N@ES_NICK;Conchita=N|Consuelo,Constanza
Guadalupe|F||Lupe=N@ES_NICK|Graciela,Gudelia
Rosario|F||Charo=N@ES_NICK2|Rosalía,Rosaura
""", family="""
García|U||Garcia=D|Garza,Gracia
Fernández|U||Fernandez=D;Fernandes=X|Fernán,Ferrández
Rodríguez|U||Rodriguez=D;Rodrigues=X|Rodrigo,Ródenas
Martínez|U||Martinez=D;Martins=X|Marín,Martín
González|U||Gonzalez=D;Gonçalves=X|Gonzalo,Guzmán
Sánchez|U||Sanchez=D|Sáenz,Salcedo
Pérez|U||Perez=D;Peres=X|Peña,Pereda
Jiménez|U||Jimenez=D;Giménez=S;Ximénez=S|Jaramillo,Jurado
Muñoz|U||Munoz=D@MRZ_DE|Muñiz,Muro
de la Cruz|U||De La Cruz=C;Delacruz=C;De-la-Cruz=C|de la Rosa,de la Torre
""")

T["portuguese"] = dict(script="Latn", nats=["PT", "BR"], n=5, order="W", given="""
João|M||Joao=D;Juan=X;John=X|Joaquim,Jonas
Luís|M||Luis=D;Luiz=S|Lucas,Luan
António|M||Antônio=S;Antonio=D|Antero,Aníbal
Gonçalo|M||Goncalo=D;Gonzalo=X|Gustavo,Godinho
Luísa|F||Luisa=D;Luiza=S|Lúcia,Luana
Fernanda|F||Nanda=N|Filipa,Fabiana
Margarida|F||Guida=N;Margaret=X|Marília,Madalena
""", family="""
Silva|U||da Silva=C;Da Silva=C;Dasilva=C|Silveira,Sena
Santos|U||dos Santos=C;Dos Santos=C|Sampaio,Sanches
Sousa|U||Souza=S;de Sousa=C|Soares,Sobral
Gonçalves|U||Goncalves=D|Gomes,Guimarães
Magalhães|U||Magalhaes=D;Magellan=X|Machado,Matos
Araújo|U||Araujo=D|Aragão,Arruda
Ferreira|U||Ferreyra=S|Pereira,Ferraz
""")

T["polish"] = dict(script="Latn", nats=["PL"], n=5, order="W", given="""
Łukasz|M||Lukasz=D@MRZ_DE;Luke=X;Lukas=X|Łucjan,Łazarz
Krzysztof|M||Krzysiek=N@PL_NICK;Christopher=X|Krystian,Kryspin
Tomasz|M||Tomek=N@PL_NICK;Thomas=X|Tadeusz,Tobiasz
Wojciech|M||Wojtek=N;Adalbert=X|Witold,Wiesław
Stanisław|M||Stanislaw=D;Staś=N@PL_NICK;Stanislaus=X|Sławomir,Stanimir
Katarzyna|F||Kasia=N@PL_NICK2;Katherine=X|Karolina,Kamila
Małgorzata|F||Malgorzata=D;Gosia=N@PL_NICK;Margaret=X|Magdalena,Marzena
Aleksandra|F||Ola=N@PL_NICK2;Alexandra=S|Alicja,Adrianna
Elżbieta|F||Elzbieta=D;Ela=N@PL_NICK;Elizabeth=X|Emilia,Edyta
""", family="""
Wiśniewski|M||Wisniewski=D;Wischnewski=S|Wiśnicki,Wierzbicki
Wiśniewska|F||Wisniewska=D|Wierzbicka,Wiśnicka
Kowalski|M||Kowalsky=S;Kovalski=S|Kowalczyk,Kowalewski
Kowalska|F||Kovalska=S|Kowalczyk,Kowalewska
Wójcik|U||Wojcik=D|Wójtowicz,Wojtas
Dąbrowski|M||Dabrowski=D;Dombrowski=S|Dobrowolski,Dąbek
Dąbrowska|F||Dabrowska=D;Dombrowska=S|Dobrowolska,Dąbek
Woźniak|U||Wozniak=D;Vozniak=S|Woźny,Wołoszyn
Nowak|U||Novak=S|Nowik,Noworyta
Zielińska|F||Zielinska=D|Zawadzka,Zielonka
""")

# ---- Cyrillic traditions: parts given in Cyrillic; Latin forms computed in generate.py ----
# "Cyrillic|sex|extra variants (Latin, labelled)|lookalikes (Latin)"
RU_GIVEN = """
Александр|M|Alexander=X;Sasha=N@RU_NICK|Aleksei,Alexandrov
Дмитрий|M|Dima=N@RU_NICK2|Dmitrenko,Demid
Сергей|M|Seryozha=N@RU_NICK|Semyon,Severin
Андрей|M|Andrew=X|Andrian,Anatoly
Михаил|M|Misha=N@RU_NICK;Michael=X|Mikhei,Makar
Николай|M|Kolya=N;Nicholas=X|Nikita,Nikon
Владимир|M|Vova=N@RU_NICK;Volodya=N@RU_NICK|Vladislav,Vsevolod
Евгений|M|Zhenya=N;Eugene=X|Yegor,Yefim
Юрий|M|Yura=N|Yulian,Yakov
Ольга|F|Olya=N@RU_NICK|Olesya,Oksana
Наталья|F|Natasha=N@RU_NICK|Nadezhda,Nonna
Татьяна|F|Tanya=N|Taisiya,Tamara
Екатерина|F|Katya=N@RU_NICK3;Catherine=X|Elizaveta,Evgenia
Елена|F|Lena=N;Helen=X|Elina,Eleonora
Мария|F|Masha=N@RU_NICK;Maria=S|Marina,Marta
Анастасия|F|Nastya=N@RU_NICK|Anfisa,Antonina
"""
RU_FAMILY = """
Кузнецов|U||Kuzmin,Kuzovkov
Соловьёв|U||Solomin,Sokolov
Воробьёв|U||Voronov,Vorontsov
Зайцев|U||Zaikin,Zotov
Журавлёв|U||Zhuravsky,Zhukov
Щербаков|U||Shcherbatov,Shcherbinin
Яковлев|U||Yakunin,Yakimov
Ковалёв|U||Kovrov,Kovalevsky
Григорьев|U||Grishin,Grigorovich
Фёдоров|U||Fedotov,Fedoseev
Чернышёв|U||Chernov,Chernykh
Королёв|U||Korovin,Korolkov
Воронин|U||Voronkov,Voronov
"""
UA_GIVEN = """
Олександр|M|Aleksandr=X;Alexander=X|Oleksii,Olelko
Андрій|M|Andrei=X;Andriy=R|Andrian,Anatolii
Сергій|M|Sergei=X;Serhiy=R|Semen,Severyn
Юрій|M|Yuri=X;Yuriy=R|Yulian,Yakiv
Дмитро|M|Dmitri=X;Dmitro=S|Danylo,Demyd
Микола|M|Nikolai=X;Mykola=R|Mykyta,Myron
Володимир|M|Vladimir=X|Vladyslav,Vsevolod
Олена|F|Elena=X;Olenka=N|Oleksandra,Oksana
Наталія|F|Natalya=X;Nataliya=R|Nadiia,Nonna
Тетяна|F|Tatyana=X;Tetyana=R|Taisiia,Tamara
Ірина|F|Irina=X;Iryna=R|Inna,Ivanna
"""
UA_FAMILY = """
Шевченко|U|Schewtschenko=R;Chevtchenko=R|Shevchuk,Shevtsov
Коваленко|U|Kowalenko=R|Kovalchuk,Kovalev
Бондаренко|U|Bondarenka=S|Bondar,Bondarchuk
Ткаченко|U|Tkatschenko=R;Tkatchenko=R|Tkachuk,Tkach
Мельник|U|Melnik=R;Melnick=S|Melnychuk,Melnikov
Гнатюк|U|Gnatyuk=R;Hnatyuk=R|Hnativ,Hrytsiuk
Олійник|U|Oleynik=R;Oliynyk=R|Oliinychenko,Olishevsky
Поліщук|U|Polishchuk=S;Polischuk=S|Polishko,Poliakov
Кравчук|U|Krawtschuk=R|Kravets,Kravchenko
Лисенко|U|Lysenko=S;Lissenko=R|Lytvyn,Lysyuk
"""
BY_GIVEN = """
Аляксандр|M|Aleksandr=X;Alyaksandr=R|Aliaksei,Anatol
Мікалай|M|Nikolai=X;Mikalay=R|Mikhas,Mikita
Сяргей|M|Sergei=X;Syarhey=R|Symon,Stsiapan
Ігар|M|Igor=X;Ihor=X|Ivan,Ilya
Уладзімір|M|Vladimir=X;Uladzimir=S|Uladzislau,Usevalad
Святлана|F|Svetlana=X;Sviatlana=S|Stanislava,Snezhana
Алена|F|Elena=X;Alyona=R|Alesia,Alina
Вольга|F|Olga=X|Valiantsina,Vera
"""
BY_FAMILY = """
Кавалёў|M|Kovalev=X;Kavalyow=R|Kavalenka,Kavalchuk
Навіцкі|M|Novitsky=X;Navitski=S|Navumau,Nestsiarenka
Лукашэвіч|U|Lukashevich=S|Lukashenka,Lukyanchyk
Мельнікаў|M|Melnikov=X;Melnikaw=R|Melnichenka,Meliashkevich
Кавалёва|F|Kovaleva=X;Kavalyova=R|Kavalenka,Kavalchuk
Навіцкая|F|Novitskaya=X;Navitskaya=R|Navumava,Nestsiarenka
Мельнікава|F|Melnikova=X|Melnichenka,Meliashkevich
"""
SR_GIVEN = """
Ђорђе|M|George=X|Đuro,Dobrica
Милош|M|Milosh=S|Milan,Miloje
Душан|M|Dushan=S|Dušanko,Dragan
Никола|M|Nicholas=X|Nikša,Nikodije
Јован|M|John=X;Jovo=N|Jakov,Jovica
Жељко|M|Zhelko=S|Željan,Žarko
Небојша|M|Neboysha=S|Nebojan,Nenad
Јелена|F|Helen=X;Jeca=N|Jelica,Jasna
Милица|F|Milicza=S|Milena,Mirjana
Драгана|F|Gaga=N|Dragica,Danijela
Љубица|F|Ljuba=N|Ljiljana,Lela
"""
SR_FAMILY = """
Петровић|U||Petronijević,Perović
Јовановић|U||Jovičić,Janković
Николић|U||Nikšić,Nikitović
Марковић|U||Marinković,Marjanović
Ђорђевић|U||Đurović,Dorđić
Стојановић|U||Stojković,Stanojević
Илић|U||Ilijić,Isić
Павловић|U||Pavićević,Pavlić
Живковић|U||Živanović,Žikić
Ковачевић|U||Kovačić,Kostić
"""
BG_GIVEN = """
Георги|M|George=X|Gergin,Grigor
Димитър|M|Mitko=N|Dimo,Dinko
Стоян|M||Stanko,Stoil
Христо|M|Christo=R|Hristofor,Hristian
Петър|M|Peter=X|Petko,Plamen
Йордан|M|Jordan=X|Yoto,Yosif
Мария|F|Mariya=R|Marina,Mariela
Цветелина|F|Tsveti=N|Tsvetanka,Tsvetomira
Йорданка|F|Dana=N|Yoana,Yordanova
"""
BG_FAMILY = """
Петров|U||Petkov,Penchev
Георгиев|U||Gergiev,Grigorov
Димитров|U||Dimov,Dinkov
Стоянов|U||Stankov,Stoilov
Христов|U||Hristozov,Hinkov
Тодоров|U||Tonchev,Todev
Йорданов|U||Yotov,Yonchev
Ангелов|U||Angelkov,Andonov
Атанасов|U||Asenov,Avramov
"""
