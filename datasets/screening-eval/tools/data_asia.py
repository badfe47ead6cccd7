"""Korean, Japanese, Thai, Indic, Greek, Armenian and Georgian traditions."""
from model import Tradition

KOREAN = Tradition(
    "korean", "Hang", ["KR"], order="FG", default_tag="pop",
    stored=["pop"], n_persons=14, store_orig_share=0.5, orig_order="FG", orig_sep="",
    fam="""
Kim | 김 | r.rr=Gim | r.mr=Kim
Lee | 이 | r.rr=I | r.mr=Yi | r.pop=Yi/Rhee | r.nk=Ri
Park | 박 | r.rr=Bak | r.mr=Pak
Choi | 최 | r.rr=Choe | r.mr=Ch'oe
Jung | 정 | r.rr=Jeong | r.mr=Chŏng | r.pop=Chung
Kang | 강 | r.rr=Gang | r.mr=Kang
Cho | 조 | r.rr=Jo | r.mr=Cho
Yoon | 윤 | r.rr=Yun | r.mr=Yun
Lim | 임 | r.rr=Im | r.mr=Im | r.pop=Yim | r.nk=Rim
Seo | 서 | r.rr=Seo | r.mr=Sŏ | r.pop=Suh
Shin | 신 | r.rr=Sin | r.mr=Sin
Kwon | 권 | r.rr=Gwon | r.mr=Kwŏn
Hwang | 황 | r.rr=Hwang | r.mr=Hwang
Ahn | 안 | r.rr=An | r.mr=An
Baek | 백 | r.rr=Baek | r.mr=Paek | r.pop=Paik
Ryu | 류 | r.rr=Ryu | r.mr=Ryu | r.pop=Yoo/Ryoo
""",
    m="""
Min-joon | 민준 | r.rr=Min-jun/Minjun | r.mr=Min-jun | c=Min Joon/Minjoon | ~=Min-jae:민재
Ji-hoon | 지훈 | r.rr=Ji-hun/Jihun | r.mr=Chi-hun | c=Ji Hoon/Jihoon | ~=Ji-ho:지호
Sung-min | 성민 | r.rr=Seong-min/Seongmin | r.mr=Sŏng-min | c=Sung Min/Sungmin | ~=Sung-jin:성진
Hyun-woo | 현우 | r.rr=Hyeon-u/Hyeonu | r.mr=Hyŏn-u | c=Hyun Woo/Hyunwoo | ~=Hyun-soo:현수
Dong-hyun | 동현 | r.rr=Dong-hyeon/Donghyeon | r.mr=Tong-hyŏn | c=Dong Hyun/Donghyun | ~=Dong-hoon:동훈
Joon-ho | 준호 | r.rr=Jun-ho/Junho | r.mr=Chun-ho | c=Joon Ho/Joonho | ~=Joon-young:준영
Young-soo | 영수 | r.rr=Yeong-su/Yeongsu | r.mr=Yŏng-su | c=Young Soo/Youngsoo | ~=Young-ho:영호
Sang-chul | 상철 | r.rr=Sang-cheol/Sangcheol | r.mr=Sang-ch'ŏl | c=Sang Chul/Sangchul | ~=Sang-hoon:상훈
Jae-won | 재원 | r.rr=Jae-won/Jaewon | r.mr=Chae-wŏn | c=Jae Won/Jaewon | ~=Jae-min:재민
Jung-ho | 정호 | r.rr=Jeong-ho/Jeongho | r.mr=Chŏng-ho | c=Jung Ho/Jungho | ~=Jung-min:정민
Kwang-soo | 광수 | r.rr=Gwang-su/Gwangsu | r.mr=Kwang-su | c=Kwang Soo/Kwangsoo | ~=Kwang-ho:광호
Byung-chul | 병철 | r.rr=Byeong-cheol/Byeongcheol | r.mr=Pyŏng-ch'ŏl | c=Byung Chul/Byungchul | ~=Byung-soo:병수
""",
    f="""
Seo-yeon | 서연 | r.rr=Seoyeon | r.mr=Sŏ-yŏn | r.pop=Suh-yeon | c=Seo Yeon | ~=Seo-young:서영
Ji-eun | 지은 | r.rr=Jieun | r.mr=Chi-ŭn | c=Ji Eun | ~=Ji-yeon:지연
Soo-jin | 수진 | r.rr=Su-jin/Sujin | r.mr=Su-jin | c=Soo Jin/Soojin | ~=Soo-jung:수정
Min-ji | 민지 | r.rr=Minji | r.mr=Min-ji | c=Min Ji | ~=Min-ju:민주
Eun-jung | 은정 | r.rr=Eun-jeong/Eunjeong | r.mr=Ŭn-jŏng | c=Eun Jung/Eunjung | ~=Eun-joo:은주
Hye-jin | 혜진 | r.rr=Hyejin | r.mr=Hye-jin | c=Hye Jin | ~=Hye-won:혜원
Young-hee | 영희 | r.rr=Yeong-hui/Yeonghui | r.mr=Yŏng-hŭi | c=Young Hee/Younghee | ~=Young-mi:영미
Mi-kyung | 미경 | r.rr=Mi-gyeong/Migyeong | r.mr=Mi-gyŏng | c=Mi Kyung/Mikyung | ~=Mi-young:미영
Ji-young | 지영 | r.rr=Ji-yeong/Jiyeong | r.mr=Chi-yŏng | c=Ji Young/Jiyoung | ~=Ji-won:지원
Sun-young | 선영 | r.rr=Seon-yeong/Seonyeong | r.mr=Sŏn-yŏng | c=Sun Young/Sunyoung | ~=Sun-hee:선희
""")

# Japanese parts are written in macron Hepburn; gen.py derives the passport form
# (macrons dropped), the "oh" and "ou" long-vowel spellings and Kunrei-shiki.
JAPANESE = Tradition(
    "japanese", "Jpan", ["JP"], order="GF", default_tag="hep", n_persons=13,
    store_orig_share=0.5, orig_order="FG", orig_sep="",
    fam="""
Satō | 佐藤 | ~=Saitō:斎藤
Suzuki | 鈴木 | ~=Suzumura:鈴村
Takahashi | 高橋 | ~=Takahata:高畑
Itō | 伊藤 | ~=Endō:遠藤
Watanabe | 渡辺 | ~=Watanuki:綿貫
Yamamoto | 山本 | ~=Yamaguchi:山口
Nakamura | 中村 | ~=Nakamoto:中本
Kobayashi | 小林 | ~=Kobayakawa:小早川
Katō | 加藤 | ~=Gotō:後藤
Yoshida | 吉田 | ~=Yoshino:吉野
Matsumoto | 松本 | ~=Matsumura:松村
Shimizu | 清水 | ~=Shimada:島田
Fujita | 藤田 | ~=Fujii:藤井
Chiba | 千葉 | ~=Chino:茅野
Tsuchiya | 土屋 | ~=Tsuchida:土田
Kondō | 近藤 | ~=Kudō:工藤
Ōta | 太田 | ~=Ōtsuka:大塚
""",
    m="""
Shōta | 翔太 | ~=Shōhei:翔平
Daisuke | 大輔 | ~=Daiki:大輝
Ken'ichi | 健一 | ~=Kenji:健二
Shunsuke | 俊介 | ~=Shunpei:俊平
Takuya | 拓也 | ~=Takumi:拓海
Yūichi | 雄一 | ~=Yūji:雄二
Kōji | 浩二 | ~=Kōichi:浩一
Osamu | 修 | ~=Isamu:勇
Makoto | 誠 | ~=Masato:雅人
Takashi | 隆 | ~=Takeshi:武
Jun'ichi | 純一 | ~=Jun'ya:純也
Hideki | 秀樹 | ~=Hideo:秀雄
Shūji | 修二 | ~=Shūhei:修平
""",
    f="""
Yōko | 陽子 | ~=Yūko:優子
Yumi | 由美 | ~=Yuri:由里
Keiko | 恵子 | ~=Kyōko:京子
Naoko | 直子 | ~=Nanako:奈々子
Chihiro | 千尋 | ~=Chiharu:千春
Tomoko | 智子 | ~=Tomomi:智美
Junko | 純子 | ~=Jun:純
Sachiko | 幸子 | ~=Sakiko:咲子
Mayumi | 真由美 | ~=Mayu:真由
Ryōko | 涼子 | ~=Reiko:玲子
""")

THAI = Tradition(
    "thai", "Thai", ["TH"], order="GF", default_tag="pp", stored=["pp"], n_persons=13,
    store_orig_share=0.5,
    fam="""
Srisuk | ศรีสุข | r.rtgs=Sisuk | r.pp=Srisook | ~=Srisawat:ศรีสวัสดิ์
Sukprasert | สุขประเสริฐ | r.rtgs=Sukprasoet | r.pp=Sookprasert | ~=Sukpraserm:สุขเพิ่ม
Thongdee | ทองดี | r.rtgs=Thongdi | r.pp=Tongdee | ~=Thongkham:ทองคำ
Saetang | แซ่ตั้ง | r.rtgs=Sae Tang | c=Sae-tang/Sae Tang | ~=Saetia:แซ่เตีย
Saelim | แซ่ลิ้ม | r.rtgs=Sae Lim | c=Sae-lim/Sae Lim | ~=Saeung:แซ่อึ้ง
Rattanakul | รัตนกุล | r.rtgs=Rattanakun | r.pp=Ratanakul | ~=Rattanawong:รัตนวงศ์
Boonmee | บุญมี | r.rtgs=Bunmi | r.pp=Boonmi | ~=Boonma:บุญมา
Kaewkla | แก้วกล้า | r.rtgs=Kaeokla | ~=Kaewmanee:แก้วมณี
Wongsuwan | วงศ์สุวรรณ | r.rtgs=Wongsuwan | r.pp=Vongsuwan | ~=Wongsawat:วงศ์สวัสดิ์
Phromma | พรหมมา | r.rtgs=Phromma | r.pp=Promma | ~=Phrommin:พรหมมินทร์
Inkaew | อินทร์แก้ว | r.rtgs=Inkaeo | ~=Inthong:อินทอง
Phetcharat | เพชรรัตน์ | r.rtgs=Phetcharat | r.pp=Petcharat | ~=Phetchara:เพชรา
Chaiporn | ชัยพร | r.rtgs=Chaiphon | ~=Chaiprasert:ชัยประเสริฐ
""",
    m="""
Somchai | สมชาย | r.rtgs=Somchai | ~=Somchit:สมจิต
Somsak | สมศักดิ์ | r.rtgs=Somsak | ~=Somsri:สมศรี
Prasert | ประเสริฐ | r.rtgs=Prasoet | ~=Prasit:ประสิทธิ์
Wichai | วิชัย | r.rtgs=Wichai | r.pp=Vichai | ~=Wichit:วิชิต
Surasak | สุรศักดิ์ | r.rtgs=Surasak | ~=Surachai:สุรชัย
Thanakorn | ธนากร | r.rtgs=Thanakon | r.pp=Tanakorn | ~=Thanakrit:ธนกฤต
Chatchai | ชาติชาย | r.rtgs=Chatchai | r.pp=Chartchai | ~=Chaiwat:ชัยวัฒน์
Nattapong | ณัฐพงศ์ | r.rtgs=Natthaphong | r.pp=Nuttapong/Nattaphong | ~=Nattawut:ณัฐวุฒิ
Kittisak | กิตติศักดิ์ | r.rtgs=Kittisak | ~=Kittipong:กิตติพงศ์
Supachai | ศุภชัย | r.rtgs=Suphachai | ~=Supachok:ศุภโชค
Pongsakorn | พงศกร | r.rtgs=Phongsakon | r.pp=Pongsakon | ~=Pongsathorn:พงศธร
""",
    f="""
Siriporn | ศิริพร | r.rtgs=Siriphon | r.pp=Siriphorn | ~=Siriwan:ศิริวรรณ
Kanokwan | กนกวรรณ | r.rtgs=Kanokwan | ~=Kannika:กรรณิการ์
Wanida | วนิดา | r.rtgs=Wanida | r.pp=Vanida | ~=Wannisa:วรรณิสา
Pornthip | พรทิพย์ | r.rtgs=Phonthip | r.pp=Porntip | ~=Pornpimol:พรพิมล
Suda | สุดา | r.rtgs=Suda | ~=Sudarat:สุดารัตน์
Malee | มาลี | r.rtgs=Mali | ~=Malai:มาลัย
Rattana | รัตนา | r.rtgs=Rattana | r.pp=Ratana | ~=Rattiya:รัตติยา
Arunee | อรุณี | r.rtgs=Aruni | ~=Arunrat:อรุณรัตน์
Sunisa | สุนิสา | r.rtgs=Sunisa | ~=Sunida:สุนิดา
""")

HINDI = Tradition(
    "hindi", "Deva", ["IN"], order="GF", default_tag="en", stored=["en"], n_persons=13,
    store_orig_share=0.5, two_forenames=0.0,
    fam="""
Sharma | शर्मा | r.en=Sarma | r.iast=Śarmā | ~=Sharan:शरण
Verma | वर्मा | r.en=Varma | r.iast=Varmā | ~=Vora:वोरा
Gupta | गुप्ता | r.en=Gupt | r.iast=Guptā | ~=Goyal:गोयल
Singh | सिंह | r.en=Sinh | r.iast=Siṃh | ~=Sinha:सिन्हा
Yadav | यादव | r.en=Yadava | r.iast=Yādav | ~=Yagnik:याज्ञिक
Mishra | मिश्रा | r.en=Misra | r.iast=Miśrā | ~=Mehra:मेहरा
Srivastava | श्रीवास्तव | r.en=Shrivastava/Srivastav/Shrivastav | r.iast=Śrīvāstav | ~=Shrivas:श्रीवास
Chaudhary | चौधरी | r.en=Choudhary/Chaudhari/Chowdhury | r.iast=Caudharī | ~=Chauhan:चौहान
Pandey | पांडे | r.en=Pande/Pandeya | r.iast=Pāṇḍe | ~=Pandya:पंड्या
Agarwal | अग्रवाल | r.en=Agrawal/Aggarwal | r.iast=Agravāl | ~=Agnihotri:अग्निहोत्री
Tiwari | तिवारी | r.en=Tewari/Tiwary | r.iast=Tivārī | ~=Tyagi:त्यागी
Dubey | दुबे | r.en=Dube | r.iast=Dube | ~=Dwivedi:द्विवेदी
Tripathi | त्रिपाठी | r.en=Tripathy | r.iast=Tripāṭhī | ~=Trivedi:त्रिवेदी
""",
    m="""
Rajesh | राजेश | r.iast=Rājeś | ~=Rakesh:राकेश
Suresh | सुरेश | r.iast=Sureś | ~=Naresh:नरेश
Vijay | विजय | r.en=Vijai | r.iast=Vijay | ~=Vinay:विनय
Sanjay | संजय | r.en=Sanjai | r.iast=Sañjay | ~=Sanjeev:संजीव
Anil | अनिल | r.iast=Anil | ~=Akhil:अखिल
Sunil | सुनील | r.en=Suneel | r.iast=Sunīl | ~=Sushil:सुशील
Deepak | दीपक | r.en=Dipak | r.iast=Dīpak | ~=Dilip:दिलीप
Manoj | मनोज | r.iast=Manoj | ~=Manish:मनीष
Pradeep | प्रदीप | r.en=Pradip | r.iast=Pradīp | ~=Praveen:प्रवीण
Ashok | अशोक | r.en=Asok | r.iast=Aśok | ~=Alok:आलोक
Sandeep | संदीप | r.en=Sandip | r.iast=Sandīp | ~=Sudeep:सुदीप
""",
    f="""
Priya | प्रिया | r.iast=Priyā | ~=Preeti:प्रीति
Pooja | पूजा | r.en=Puja | r.iast=Pūjā | ~=Prachi:प्राची
Sunita | सुनीता | r.en=Suneeta | r.iast=Sunītā | ~=Sangita:संगीता
Anjali | अंजलि | r.iast=Añjali | ~=Aarti:आरती
Lakshmi | लक्ष्मी | r.en=Laxmi/Lakshmee | r.iast=Lakṣmī | ~=Lalita:ललिता
Kavita | कविता | r.en=Kavitha | r.iast=Kavitā | ~=Kamala:कमला
Neha | नेहा | r.iast=Nehā | ~=Nisha:निशा
Seema | सीमा | r.en=Sima | r.iast=Sīmā | ~=Sheela:शीला
Geeta | गीता | r.en=Gita | r.iast=Gītā | ~=Gauri:गौरी
""")

BENGALI = Tradition(
    "bengali", "Beng", ["BD", "BD", "IN"], order="GF", default_tag="en", stored=["en"], n_persons=13,
    store_orig_share=0.5, two_forenames=0.0,
    fam="""
Rahman | রহমান | r.en=Rohman/Rehman | r.iso=Rahamāna | ~=Rahim:রহিম | g=mu
Hossain | হোসেন | r.en=Hussain/Hosen/Hossen | r.iso=Hōsēna | ~=Hasan:হাসান | g=mu
Islam | ইসলাম | r.iso=Isalāma | ~=Alam:আলম | g=mu
Chowdhury | চৌধুরী | r.en=Choudhury/Chaudhuri/Chowdhuri | r.iso=Caudhurī | ~=Chakraborty:চক্রবর্তী
Akter | আক্তার | r.en=Akhter/Akhtar/Aktar | r.iso=Āktāra | ~=Akand:আকন্দ | g=mu | only=F
Khatun | খাতুন | r.en=Khatoon | r.iso=Khātuna | ~=Khanam:খানম | g=mu | only=F
Sarkar | সরকার | r.en=Sircar/Sorkar | r.iso=Sarakāra | ~=Sardar:সরদার
Mukherjee | মুখোপাধ্যায় | x.bn=Mukhopadhyay | r.en=Mukherji | ~=Majumder:মজুমদার | g=hi
Banerjee | বন্দ্যোপাধ্যায় | x.bn=Bandyopadhyay | r.en=Banerji | ~=Biswas:বিশ্বাস | g=hi
Chatterjee | চট্টোপাধ্যায় | x.bn=Chattopadhyay | r.en=Chatterji | ~=Chakrabarti:চক্রবর্তী | g=hi
Bhattacharya | ভট্টাচার্য | r.en=Bhattacharjee/Bhattacharyya | r.iso=Bhaṭṭācārya | ~=Bhowmick:ভৌমিক | g=hi
Ghosh | ঘোষ | r.en=Ghose | r.iso=Ghōṣa | ~=Goswami:গোস্বামী | g=hi
Dutta | দত্ত | r.en=Datta/Dutt | r.iso=Datta | ~=Deb:দেব | g=hi
""",
    m="""
Mohammad | মোহাম্মদ | r.wm=Muhammad/Mohammed | r.iso=Mōhāmmada | c.wm=Md./Md | ~=Mahmud:মাহমুদ | g=mu
Rafiqul | রফিকুল | r.en=Rofiqul/Rafikul | r.iso=Raphikula | ~=Rakibul:রাকিবুল | g=mu
Shahidul | শহিদুল | r.en=Shohidul/Sahidul | r.iso=Śahidula | ~=Shafiqul:শফিকুল | g=mu
Aminul | আমিনুল | r.iso=Āminula | ~=Anisul:আনিসুল | g=mu
Kamrul | কামরুল | r.iso=Kāmarula | ~=Kamal:কামাল | g=mu
Subhash | সুভাষ | r.en=Subhas/Shubhash | r.iso=Subhāṣa | ~=Subhankar:শুভঙ্কর | g=hi
Sourav | সৌরভ | r.en=Saurav/Sourabh | r.iso=Saurabha | ~=Shubham:শুভম | g=hi
Debashish | দেবাশীষ | r.en=Debasis/Debashis/Debasish | r.iso=Dēbāśīṣa | ~=Debabrata:দেবব্রত | g=hi
Partha | পার্থ | r.en=Parth | r.iso=Pārtha | ~=Pratik:প্রতীক | g=hi
Amitabha | অমিতাভ | r.en=Amitava/Amitabh | r.iso=Amitābha | ~=Amitesh:অমিতেশ | g=hi
""",
    f="""
Nasrin | নাসরিন | r.en=Nasreen | r.iso=Nāsarina | ~=Nargis:নার্গিস | g=mu
Sumaiya | সুমাইয়া | r.en=Sumaya/Sumaia | r.iso=Sumā'iẏā | ~=Sadia:সাদিয়া | g=mu
Farzana | ফারজানা | r.en=Farjana | r.iso=Phārajānā | ~=Farhana:ফারহানা | g=mu
Taslima | তাসলিমা | r.en=Tasleema | r.iso=Tāsalimā | ~=Tahmina:তাহমিনা | g=mu
Mousumi | মৌসুমী | r.en=Moushumi/Mausumi | r.iso=Mausumī | ~=Moumita:মৌমিতা | g=hi
Shahnaz | শাহনাজ | r.en=Sahnaz | r.iso=Śāhanāja | ~=Shahana:শাহানা | g=mu
Rina | রিনা | r.en=Reena | r.iso=Rinā | ~=Rima:রিমা | g=hi
""")

GREEK = Tradition(
    "greek", "Grek", ["GR", "GR", "CY"], order="GF", default_tag="elot", stored=["elot"], n_persons=13,
    store_orig_share=0.5,
    fam="""
Papadopoulos | Παπαδόπουλος | f=Papadopoulou:Παπαδοπούλου | ~=Papadakis:Παπαδάκης
Papageorgiou | Παπαγεωργίου | r.ph=Papayeorgiou/Papagiorgiou | ~=Papagiannis:Παπαγιάννης
Georgiou | Γεωργίου | r.ph=Yeorgiou/Giorgiou | ~=Georgiadis:Γεωργιάδης
Nikolaou | Νικολάου | r.cy=Nicolaou | ~=Nikolaidis:Νικολαΐδης
Oikonomou | Οικονόμου | r.ph=Ikonomou | r.cy=Economou | ~=Oikonomidis:Οικονομίδης
Karagiannis | Καραγιάννης | r.ph=Karayannis/Karayiannis | f=Karagianni:Καραγιάννη | ~=Karagiorgis:Καραγιώργης
Dimitriou | Δημητρίου | r.cy=Demetriou | ~=Dimitrakopoulos:Δημητρακόπουλος
Konstantinidis | Κωνσταντινίδης | r.cy=Constantinides | r.ph=Konstantinides | f=Konstantinidou:Κωνσταντινίδου | ~=Konstantopoulos:Κωνσταντόπουλος
Vlachos | Βλάχος | r.ph=Vlahos | f=Vlachou:Βλάχου | ~=Vlachakis:Βλαχάκης
Christodoulou | Χριστοδούλου | r.ph=Hristodoulou | ~=Christofi:Χριστοφή
Antoniou | Αντωνίου | r.ph=Andoniou | ~=Antonopoulos:Αντωνόπουλος
Ioannou | Ιωάννου | ~=Ioannidis:Ιωαννίδης
Stavropoulos | Σταυρόπουλος | f=Stavropoulou:Σταυροπούλου | ~=Stavrou:Σταύρου
Mavridis | Μαυρίδης | r.cy=Mavrides | f=Mavridou:Μαυρίδου | ~=Mavrakis:Μαυράκης
""",
    m="""
Georgios | Γεώργιος | r.ph=Yeorgios | n.hyp=Giorgos/Yorgos | x.exo=George | ~=Gerasimos:Γεράσιμος
Ioannis | Ιωάννης | n.hyp=Giannis/Yannis | x.exo=John | ~=Iakovos:Ιάκωβος
Konstantinos | Κωνσταντίνος | r.cy=Constantinos | n.hyp=Kostas/Costas | x.exo=Constantine | ~=Kyriakos:Κυριάκος
Dimitrios | Δημήτριος | r.cy=Demetrios | n.hyp=Dimitris/Mitsos | x.exo=Demetrius | ~=Dionysios:Διονύσιος
Nikolaos | Νικόλαος | r.cy=Nicolaos | n.hyp=Nikos | x.exo=Nicholas | ~=Nikiforos:Νικηφόρος
Panagiotis | Παναγιώτης | r.ph=Panayiotis/Panayotis | n.hyp=Panos/Takis | ~=Pantelis:Παντελής
Athanasios | Αθανάσιος | r.ph=Athanassios | n.hyp=Thanasis/Thanos | ~=Anastasios:Αναστάσιος
Vasileios | Βασίλειος | r.ph=Vasilios/Vassilios | n.hyp=Vasilis | x.exo=Basil | ~=Vlasios:Βλάσιος
Christos | Χρήστος | r.ph=Hristos | ~=Christoforos:Χριστόφορος
Evangelos | Ευάγγελος | r.ph=Evaggelos | n.hyp=Vangelis | ~=Evgenios:Ευγένιος
Michail | Μιχαήλ | r.ph=Mihail | n.hyp=Michalis/Mihalis | x.exo=Michael | ~=Miltiadis:Μιλτιάδης
Spyridon | Σπυρίδων | r.ph=Spiridon | n.hyp=Spyros/Spiros | ~=Stavros:Σταύρος
""",
    f="""
Maria | Μαρία | ~=Marina:Μαρίνα
Eleni | Ελένη | x.exo=Helen | n.hyp=Lena | ~=Evgenia:Ευγενία
Aikaterini | Αικατερίνη | r.ph=Ekaterini | n.hyp=Katerina | x.exo=Catherine | ~=Angeliki:Αγγελική
Sofia | Σοφία | r.ph=Sophia | ~=Sotiria:Σωτηρία
Anastasia | Αναστασία | n.hyp=Natasa | ~=Athanasia:Αθανασία
Vasiliki | Βασιλική | r.ph=Vassiliki | n.hyp=Vaso/Vicky | ~=Varvara:Βαρβάρα
Dimitra | Δήμητρα | r.cy=Demetra | ~=Despina:Δέσποινα
Christina | Χριστίνα | r.ph=Hristina | ~=Chrysoula:Χρυσούλα
Paraskevi | Παρασκευή | n.hyp=Voula/Evi | ~=Panagiota:Παναγιώτα
""")

ARMENIAN = Tradition(
    "armenian", "Armn", ["AM", "AM", "AM", "LB", "SY", "RU", "FR"], order="GF", default_tag="hy",
    stored=["hy"], n_persons=13, store_orig_share=0.5,
    fam="""
Petrosyan | Պետրոսյան | r.w=Bedrosian | r.fr=Petrossian | r.en=Petrosian | ~=Poghosyan:Պողոսյան
Grigoryan | Գրիգորյան | r.w=Krikorian | r.en=Grigorian | ~=Gasparyan:Գասպարյան
Sargsyan | Սարգսյան | r.w=Sarkisian | r.fr=Sarkissian | r.en=Sargsian | ~=Sahakyan:Սահակյան
Harutyunyan | Հարությունյան | r.ru=Arutyunyan | r.fr=Haroutiounian | r.w=Haroutunian | ~=Hambardzumyan:Համբարձումյան
Khachatryan | Խաչատրյան | r.en=Khachatrian | r.w=Khatchadourian | r.ru=Khachaturyan | ~=Khachikyan:Խաչիկյան
Gevorgyan | Գևորգյան | r.w=Kevorkian | r.ru=Gevorkyan | ~=Galstyan:Գալստյան
Hakobyan | Հակոբյան | r.ru=Akopyan | r.w=Hagopian | r.en=Hakobian | ~=Hambaryan:Համբարյան
Avetisyan | Ավետիսյան | r.w=Avedisian | r.en=Avetissian | ~=Avagyan:Ավագյան
Karapetyan | Կարապետյան | r.w=Garabedian | r.en=Karapetian | ~=Karakhanyan:Կարախանյան
Martirosyan | Մարտիրոսյան | r.fr=Martirossian | r.w=Martirosian | ~=Markosyan:Մարկոսյան
Vardanyan | Վարդանյան | r.w=Vartanian | r.en=Vardanian | ~=Vardapetyan:Վարդապետյան
Manukyan | Մանուկյան | r.w=Manoukian | r.en=Manukian | ~=Manasyan:Մանասյան
Hovhannisyan | Հովհաննիսյան | r.ru=Oganesyan/Ovanesyan | r.w=Hovannisian/Ohanessian | ~=Hovsepyan:Հովսեփյան
Ghazaryan | Ղազարյան | r.ru=Kazaryan | r.w=Ghazarian/Kazarian | ~=Ghukasyan:Ղուկասյան
""",
    m="""
Tigran | Տիգրան | r.w=Dikran | ~=Tiran:Տիրան
Aram | Արամ | ~=Armen:Արմեն
Ashot | Աշոտ | ~=Arshak:Արշակ
Gagik | Գագիկ | r.w=Kakig | ~=Garik:Գարիկ
Davit | Դավիթ | r.ru=David | x.exo=David | ~=Derenik:Դերենիկ
Hayk | Հայկ | r.en=Haik | ~=Haykaz:Հայկազ
Vahe | Վահե | r.en=Vaheh | ~=Vahan:Վահան
Narek | Նարեկ | ~=Nerses:Ներսես
Gevorg | Գևորգ | r.w=Kevork | x.exo=George | ~=Gurgen:Գուրգեն
Artur | Արթուր | x.exo=Arthur | ~=Arsen:Արսեն
Sargis | Սարգիս | r.w=Sarkis | ~=Samvel:Սամվել
Vardan | Վարդան | r.w=Vartan | ~=Vazgen:Վազգեն
Hovhannes | Հովհաննես | r.w=Ohannes/Hovannes | r.ru=Ovanes/Oganes | x.exo=John | ~=Hovsep:Հովսեփ
""",
    f="""
Anahit | Անահիտ | r.w=Anahid | ~=Anush:Անուշ
Lilit | Լիլիթ | r.en=Lilith | ~=Lusine:Լուսինե
Gayane | Գայանե | r.w=Kayane | r.en=Gayaneh | ~=Gohar:Գոհար
Arpine | Արփինե | r.en=Arpineh | ~=Armine:Արմինե
Hasmik | Հասմիկ | r.w=Hasmig | ~=Hripsime:Հռիփսիմե
Mariam | Մարիամ | r.en=Maryam | ~=Marine:Մարինե
Shushan | Շուշան | r.en=Shoushan | ~=Shoghik:Շողիկ
Tatevik | Տաթևիկ | ~=Taguhi:Թագուհի
""")

GEORGIAN = Tradition(
    "georgian", "Geor", ["GE"], order="GF", default_tag="ge", stored=["ge"], n_persons=13,
    store_orig_share=0.5,
    fam="""
Beridze | ბერიძე | ~=Beradze:ბერაძე
Kapanadze | კაპანაძე | r.bgn=K'ap'anadze | ~=Kakabadze:კაკაბაძე
Maisuradze | მაისურაძე | r.de=Maissuradse | ~=Makharadze:მახარაძე
Lomidze | ლომიძე | r.de=Lomidse | ~=Lominadze:ლომინაძე
Gelashvili | გელაშვილი | r.de=Gelaschwili | ~=Gelovani:გელოვანი
Chkheidze | ჩხეიძე | r.bgn=Ch'kheidze | r.fr=Tchkheidze | ~=Chkhenkeli:ჩხენკელი
Tsiklauri | წიკლაური | r.bgn=Ts'iklauri | r.de=Ziklauri | ~=Tsikhelashvili:ციხელაშვილი
Khutsishvili | ხუციშვილი | r.de=Chuzischwili | ~=Khurtsidze:ხურციძე
Japaridze | ჯაფარიძე | r.ru=Dzhaparidze | r.fr=Djaparidze | ~=Javakhishvili:ჯავახიშვილი
Giorgadze | გიორგაძე | r.ru=Georgadze | ~=Giorgobiani:გიორგობიანი
Kavtaradze | ქავთარაძე | r.de=Kawtaradse | ~=Kvaratskhelia:კვარაცხელია
Mamulashvili | მამულაშვილი | r.de=Mamulaschwili | ~=Mamaladze:მამალაძე
Tabatadze | ტაბატაძე | r.bgn=T'abatadze | ~=Tsabadze:ცაბაძე
Dolidze | დოლიძე | r.de=Dolidse | ~=Dvalishvili:დვალიშვილი
""",
    m="""
Giorgi | გიორგი | r.ru=Georgiy | x.exo=George | n.hyp=Gogi/Gio | ~=Guram:გურამ
Davit | დავით | r.ru=David | x.exo=David | n.hyp=Dato | ~=Demna:დემნა
Levan | ლევან | r.de=Lewan | ~=Lasha:ლაშა
Irakli | ირაკლი | r.ru=Irakliy | ~=Ilia:ილია
Zurab | ზურაბ | r.de=Surab | n.hyp=Zura | ~=Zaza:ზაზა
Nikoloz | ნიკოლოზ | r.ru=Nikolay | n.hyp=Niko | ~=Nugzar:ნუგზარ
Vakhtang | ვახტანგ | r.de=Wachtang | n.hyp=Vakho | ~=Vazha:ვაჟა
Shota | შოთა | r.de=Schota | ~=Soso:სოსო
Tengiz | თენგიზ | r.de=Tengis | ~=Temur:თემურ
Aleksandre | ალექსანდრე | r.ru=Aleksandr | x.exo=Alexander | n.hyp=Sandro | ~=Avtandil:ავთანდილ
Mamuka | მამუკა | ~=Malkhaz:მალხაზ
""",
    f="""
Tamar | თამარ | r.ru=Tamara | n.hyp=Tamuna/Tako | ~=Tamta:თამთა
Nino | ნინო | ~=Nana:ნანა
Ketevan | ქეთევან | r.de=Ketewan | n.hyp=Keti/Ketino | ~=Khatuna:ხათუნა
Mariam | მარიამ | r.ru=Mariya | n.hyp=Mari | ~=Marina:მარინა
Natia | ნატია | r.ru=Natiya | ~=Nestan:ნესტან
Ekaterine | ეკატერინე | r.ru=Ekaterina | n.hyp=Eka | ~=Eteri:ეთერი
Salome | სალომე | ~=Sopio:სოფიო
""")
