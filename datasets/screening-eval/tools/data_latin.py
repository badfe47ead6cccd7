"""Latin-script traditions (diacritics, particles, order, exonyms, diminutives)."""
from model import Tradition

SERBIAN = Tradition(
    "serbian", "Cyrl", ["RS", "RS", "BA", "ME"], order="GF", default_tag="sr",
    n_persons=12, store_orig_share=0.5, label="serbian",
    fam="""
Jovanović | - | ~=Jovičić/Jovanov
Petrović | - | ~=Petković
Nikolić | - | ~=Nikodijević
Marković | - | ~=Marinković
Đorđević | - | ~=Dušanvić
Stojanović | - | ~=Stojković
Stanković | - | ~=Stanojević
Pavlović | - | ~=Pavličić
Živković | - | ~=Živanović
Todorović | - | ~=Tomović
Ristić | - | ~=Ristović
Mitrović | - | ~=Milovanović
Kostić | - | ~=Kosić
""",
    m="""
Đorđe | - | x.exo=George | ~=Dušan
Dragan | - | ~=Dragoljub
Zoran | - | ~=Zdravko
Milan | - | ~=Milovan
Nenad | - | n.hyp=Neša | ~=Nemanja
Goran | - | ~=Gordan
Dejan | - | ~=Damir
Miloš | - | ~=Milorad
Nikola | - | x.exo=Nicholas | ~=Nikodije
Aleksandar | - | x.exo=Alexander | n.hyp=Saša | ~=Andrija
Slobodan | - | n.hyp=Boban | ~=Slavoljub
Predrag | - | n.hyp=Peđa | ~=Petar
Nebojša | - | ~=Nedeljko
""",
    f="""
Jelena | - | x.exo=Helen | n.hyp=Jeca | ~=Jasmina
Milica | - | ~=Milena
Snežana | - | n.hyp=Sneža | ~=Slađana
Dragana | - | ~=Danijela
Ivana | - | ~=Ivona
Marija | - | x.exo=Mary | ~=Marina
Gordana | - | n.hyp=Goca | ~=Gorana
Ljiljana | - | n.hyp=Lila | ~=Ljubica
""")

SPANISH = Tradition(
    "spanish", "Latn", ["ES", "MX", "CO", "AR", "PE", "VE", "CL"], order="GF", default_tag="es",
    n_persons=14, two_forenames=0.35, label="spanish",
    fam="""
García López | - | c=García-López/Garcia Lopez/García L./Garcia | ~=Garcés López/García Lozano
Martínez Ruiz | - | c=Martínez-Ruiz/Martínez | ~=Martín Ruiz/Martínez Ríos
Fernández Gómez | - | c=Fernández-Gómez/Fernández | ~=Hernández Gómez/Fernández Gámez
Rodríguez Sánchez | - | c=Rodríguez-Sánchez/Rodríguez | ~=Domínguez Sánchez/Rodríguez Suárez
Pérez de la Cruz | - | c=Pérez De La Cruz/Pérez Delacruz/Pérez-de la Cruz/Pérez | ~=Pérez de la Torre/Peña de la Cruz
Díaz Muñoz | - | c=Díaz-Muñoz/Díaz | ~=Díez Muñoz/Díaz Muñiz
Jiménez Núñez | - | c=Jiménez-Núñez/Jiménez | ~=Jiménez Nieto/Ibáñez Núñez
Álvarez del Río | - | c=Álvarez Del Río/Álvarez-del Río/Álvarez Delrío/Álvarez | ~=Alvarado del Río
Hernández Ibáñez | - | c=Hernández-Ibáñez/Hernández | ~=Fernández Ibáñez/Hernández Ibarra
González de los Santos | - | c=González De Los Santos/González-de los Santos/González | ~=González de los Reyes/Gómez de los Santos
Sánchez Peña | - | c=Sánchez-Peña/Sánchez | ~=Suárez Peña/Sánchez Pineda
Ruiz Gutiérrez | - | c=Ruiz-Gutiérrez/Ruiz | ~=Ríos Gutiérrez/Ruiz Guerrero
Castillo Ortega | - | c=Castillo-Ortega/Castillo | ~=Castro Ortega/Castillo Ortiz
Morales Vázquez | - | c=Morales-Vázquez/Morales | ~=Moreno Vázquez/Morales Velázquez
""",
    m="""
José | - | n.hyp=Pepe | ~=Josué
Francisco | - | n.hyp=Paco/Pancho | ~=Fabricio
Manuel | - | n.hyp=Manolo | ~=Miguel
Ignacio | - | n.hyp=Nacho | ~=Horacio
Jesús | - | n.hyp=Chuy | ~=Julián
Alejandro | - | ~=Leandro
Roberto | - | n.hyp=Beto | ~=Rigoberto
Enrique | - | n.hyp=Quique | ~=Eduardo
Luis | - | ~=Luciano
Antonio | - | n.hyp=Toño | ~=Octavio
Andrés | - | ~=Adrián
Juan Carlos | - | ~=Juan Pablo
Miguel Ángel | - | ~=Miguel Andrés
""",
    f="""
María José | - | ~=María Josefa
Guadalupe | - | n.hyp=Lupe | ~=Gabriela
Concepción | - | n.hyp=Concha | ~=Consuelo
Dolores | - | n.hyp=Lola | ~=Dorotea
Rosario | - | n.hyp=Charo | ~=Rosalía
Mercedes | - | n.hyp=Merche | ~=Milagros
Lucía | - | ~=Luciana
Inés | - | ~=Irene
Ana Belén | - | ~=Ana Beatriz
""")

PORTUGUESE = Tradition(
    "portuguese", "Latn", ["BR", "BR", "PT", "AO", "MZ", "CV"], order="GF", default_tag="pt",
    n_persons=13, two_forenames=0.4, label="portuguese",
    fam="""
da Silva Santos | - | c=Silva Santos/Da Silva Santos/dos Santos/Santos | ~=da Silva Souto/da Silveira Santos
de Oliveira Costa | - | c=Oliveira Costa/De Oliveira Costa/Costa | ~=de Oliveira Cunha/de Almeida Costa
Pereira de Souza | - | c=Pereira Souza/Pereira De Souza/Souza | s=Pereira de Sousa | ~=Pereira de Sá/Pereira de Moura
Rodrigues Ferreira | - | c=Ferreira | ~=Rodrigues Ferraz/Henriques Ferreira
Gonçalves Lima | - | c=Lima | ~=Gonçalves Lins/Gonçalves Leite
do Nascimento Alves | - | c=Nascimento Alves/Do Nascimento Alves/Alves | ~=do Nascimento Aires
Carvalho Ribeiro | - | c=Ribeiro | ~=Carvalho Ribas/Carneiro Ribeiro
de Araújo Martins | - | c=Araújo Martins/De Araújo Martins/Martins | ~=de Araújo Marques
da Conceição Gomes | - | c=Conceição Gomes/Da Conceição Gomes/Gomes | ~=da Conceição Góis
de Almeida Lopes | - | c=Almeida Lopes/Lopes | ~=de Almeida Lobo
Magalhães de Mattos | - | c=Magalhães Mattos/Mattos | s=Magalhães de Matos | ~=Magalhães de Moraes
Cardoso Teixeira | - | c=Teixeira | ~=Cardoso Tavares/Cardoso Teles
""",
    m="""
João | - | x.exo=John | ~=Joel
José | - | n.hyp=Zé | ~=Josué
Antônio | - | s.pt_pt=António | n.hyp=Toninho | ~=Antero
Francisco | - | n.hyp=Chico | ~=Frederico
Luís | - | s=Luiz | ~=Lauro
Thiago | - | s=Tiago | ~=Tomás
Rafael | - | s=Raphael | ~=Renato
Sebastião | - | n.hyp=Tião | ~=Silvestre
Eduardo | - | n.hyp=Dudu | ~=Edmundo
Gonçalo | - | ~=Gaspar
João Pedro | - | ~=João Paulo
Carlos Alberto | - | ~=Carlos Augusto
""",
    f="""
Maria Aparecida | - | n.hyp=Cida | ~=Maria Amélia
Francisca | - | n.hyp=Chica | ~=Fabíola
Antônia | - | s.pt_pt=Antónia | ~=Augusta
Adriana | - | ~=Adriele
Juliana | - | ~=Júlia
Márcia | - | ~=Mírian
Fernanda | - | ~=Fabiana
Inês | - | ~=Irene
Maria da Conceição | - | n.hyp=São | ~=Maria da Consolação
""")

POLISH = Tradition(
    "polish", "Latn", ["PL"], order="GF", default_tag="pl", n_persons=12, two_forenames=0.2,
    fam="""
Nowak | - | ~=Nowicki
Kowalski | - | f=Kowalska | ~=Kowalczyk
Wiśniewski | - | f=Wiśniewska | ~=Wierzbicki
Wójcik | - | ~=Wójtowicz
Kamiński | - | f=Kamińska | ~=Kamieński
Lewandowski | - | f=Lewandowska | ~=Lewicki
Szymański | - | f=Szymańska | ~=Szymczak
Woźniak | - | ~=Woźny
Dąbrowski | - | f=Dąbrowska | ~=Dobrowolski
Jankowski | - | f=Jankowska | ~=Janowski
Krawczyk | - | ~=Krawiec
Wróbel | - | ~=Wróblewski
Kozłowski | - | f=Kozłowska | ~=Kozakiewicz
Mazur | - | ~=Mazurek
""",
    m="""
Łukasz | - | x.exo=Luke | ~=Łucjan
Wojciech | - | x.exo=Adalbert | n.hyp=Wojtek | ~=Witold
Grzegorz | - | x.exo=Gregory | n.hyp=Grzesiek | ~=Gerard
Paweł | - | x.exo=Paul | ~=Patryk
Michał | - | x.exo=Michael | ~=Mikołaj
Stanisław | - | x.exo=Stanley | n.hyp=Staszek | ~=Sławomir
Krzysztof | - | x.exo=Christopher | n.hyp=Krzysiek | ~=Krystian
Tomasz | - | x.exo=Thomas | n.hyp=Tomek | ~=Tadeusz
Piotr | - | x.exo=Peter | n.hyp=Piotrek | ~=Przemysław
Marcin | - | x.exo=Martin | ~=Marek
Józef | - | x.exo=Joseph | n.hyp=Józek | ~=Julian
""",
    f="""
Katarzyna | - | x.exo=Catherine | n.hyp=Kasia | ~=Karolina
Agnieszka | - | x.exo=Agnes | n.hyp=Aga | ~=Agata
Joanna | - | n.hyp=Asia | ~=Janina
Magdalena | - | n.hyp=Magda | ~=Marlena
Małgorzata | - | x.exo=Margaret | n.hyp=Gosia | ~=Marzena
Dorota | - | x.exo=Dorothy | ~=Danuta
Jadwiga | - | x.exo=Hedwig | n.hyp=Jadzia | ~=Jolanta
Bożena | - | ~=Bogumiła
""")

CZECH = Tradition(
    "czech", "Latn", ["CZ", "CZ", "SK"], order="GF", default_tag="cs", n_persons=12, two_forenames=0.1,
    fam="""
Novák | - | f=Nováková | x.de=Nowak | ~=Novotný
Dvořák | - | f=Dvořáková | x.de=Dworschak/Dworak | ~=Dvorský
Černý | - | f=Černá | x.de=Tscherny | ~=Čermák
Procházka | - | f=Procházková | x.de=Prochaska | ~=Prokop
Kučera | - | f=Kučerová | x.de=Kutschera | ~=Kubíček
Veselý | - | f=Veselá | x.de=Wessely | ~=Vesecký
Horák | - | f=Horáková | ~=Horký
Němec | - | f=Němcová | ~=Němeček
Pospíšil | - | f=Pospíšilová | x.de=Pospischil | ~=Pospíchal
Hájek | - | f=Hájková | x.de=Hayek | ~=Hájný
Jelínek | - | f=Jelínková | x.de=Jellinek | ~=Jedlička
Král | - | f=Králová | ~=Králík
Růžička | - | f=Růžičková | ~=Rybička
Kolář | - | f=Kolářová | x.de=Kollar | ~=Kolman
""",
    m="""
Jiří | - | x.exo=George | n.hyp=Jirka | ~=Jindřich
Jan | - | x.exo=John | n.hyp=Honza | ~=Jakub
Tomáš | - | x.exo=Thomas | ~=Tobiáš
Lukáš | - | x.exo=Luke | ~=Ludvík
Pavel | - | x.exo=Paul | ~=Patrik
Jaroslav | - | n.hyp=Jarda | ~=Jaromír
Miroslav | - | n.hyp=Mirek | ~=Miloslav
Zdeněk | - | n.hyp=Zdenda | ~=Zbyněk
Václav | - | x.exo=Wenceslas | n.hyp=Vašek | ~=Vladimír
Josef | - | x.exo=Joseph | n.hyp=Pepa | ~=Jonáš
Vojtěch | - | x.exo=Adalbert | n.hyp=Vojta | ~=Vít
""",
    f="""
Kateřina | - | x.exo=Catherine | n.hyp=Katka | ~=Karolína
Petra | - | ~=Pavla
Lucie | - | n.hyp=Lucka | ~=Ludmila
Věra | - | n.hyp=Věrka | ~=Vendula
Markéta | - | x.exo=Margaret | ~=Martina
Hana | - | n.hyp=Hanka | ~=Hedvika
Alena | - | n.hyp=Alenka | ~=Alžběta
Jana | - | n.hyp=Janička | ~=Jarmila
""")

HUNGARIAN = Tradition(
    "hungarian", "Latn", ["HU", "HU", "RO", "SK"], order="FG", default_tag="hu", n_persons=12,
    two_forenames=0.15,
    fam="""
Nagy | - | ~=Nádas
Kovács | - | ~=Kocsis
Tóth | - | ~=Török
Szabó | - | ~=Szalai
Horváth | - | ~=Hornyák
Varga | - | ~=Vass
Kiss | - | ~=Kozma
Németh | - | ~=Nemes
Farkas | - | ~=Fazekas
Balogh | - | ~=Bálint
Takács | - | ~=Tarján
Juhász | - | ~=Jakab
Mészáros | - | ~=Mészöly
Szőke | - | ~=Szűcs
""",
    m="""
László | - | x.exo=Leslie | n.hyp=Laci | ~=Lajos
István | - | x.exo=Stephen | n.hyp=Pista | ~=Iván
Ferenc | - | x.exo=Francis | n.hyp=Feri | ~=Ferdinánd
József | - | x.exo=Joseph | n.hyp=Józsi | ~=Jenő
János | - | x.exo=John | n.hyp=Jancsi | ~=Jakab
György | - | x.exo=George | n.hyp=Gyuri | ~=Géza
Sándor | - | x.exo=Alexander | n.hyp=Sanyi | ~=Sámuel
Mihály | - | x.exo=Michael | n.hyp=Misi | ~=Miklós
Gábor | - | x.exo=Gabriel | n.hyp=Gabi | ~=Gáspár
Zoltán | - | n.hyp=Zoli | ~=Zsolt
Tamás | - | x.exo=Thomas | n.hyp=Tomi | ~=Tibor
""",
    f="""
Katalin | - | x.exo=Catherine | n.hyp=Kati | ~=Karolina
Erzsébet | - | x.exo=Elizabeth | n.hyp=Erzsi | ~=Erika
Mária | - | x.exo=Mary | n.hyp=Mari | ~=Márta
Ilona | - | x.exo=Helen | n.hyp=Ica | ~=Ildikó
Zsuzsanna | - | x.exo=Susan | n.hyp=Zsuzsa | ~=Zsófia
Éva | - | x.exo=Eve | n.hyp=Évi | ~=Edit
Krisztina | - | x.exo=Christine | n.hyp=Kriszti | ~=Kinga
""")

TURKISH = Tradition(
    "turkish", "Latn", ["TR", "TR", "TR", "DE", "CY"], order="GF", default_tag="tr", n_persons=13,
    two_forenames=0.2,
    fam="""
Yılmaz | - | ~=Yıldız
Kaya | - | ~=Kayhan
Demir | - | ~=Demirel
Şahin | - | r.de=Schahin | ~=Şahan
Çelik | - | ~=Çelebi
Yıldırım | - | ~=Yıldız
Öztürk | - | r.de=Oeztuerk | ~=Özkök
Aydın | - | ~=Aydemir
Özdemir | - | r.de=Oezdemir | ~=Özdamar
Doğan | - | ~=Duman
Kılıç | - | ~=Kılınç
Çetin | - | ~=Çetinkaya
Koç | - | ~=Koçak
Şimşek | - | ~=Şişman
Güneş | - | ~=Güner
""",
    m="""
Mehmet | - | x.ar=Muhammad/Mehmed/Mohammed | ~=Mahmut
Mustafa | - | ~=Muammer
Ahmet | - | x.ar=Ahmed/Ahmad | ~=Hamit
Hüseyin | - | x.ar=Hussein/Husein | ~=Hüsnü
Hasan | - | x.ar=Hassan | ~=Hakan
İbrahim | - | ~=İlhan
İsmail | - | ~=İsmet
Osman | - | x.ar=Othman/Uthman | ~=Orhan
Yusuf | - | x.ar=Youssef/Yousef | ~=Yunus
Murat | - | x.ar=Murad | ~=Mert
Ömer | - | x.ar=Omar | ~=Önder
Emre | - | ~=Emrah
Cengiz | - | ~=Cenk
""",
    f="""
Fatma | - | x.ar=Fatima | ~=Ferda
Ayşe | - | r.de=Aysche | x.ar=Aisha | ~=Ayten
Emine | - | x.ar=Amina | ~=Emel
Hatice | - | x.ar=Khadija | ~=Hacer
Zeynep | - | x.ar=Zainab | ~=Zehra
Elif | - | ~=Eda
Özlem | - | ~=Özge
Gülşen | - | ~=Gülten
Derya | - | ~=Deniz
""")

VIETNAMESE = Tradition(
    "vietnamese", "Latn", ["VN"], order="FG", default_tag="vi", n_persons=13,
    fam="""
Nguyễn | - | ~=Nghiêm
Trần | - | ~=Tạ
Lê | - | ~=Lưu
Phạm | - | ~=Phan
Đặng | - | ~=Đàm
Bùi | - | ~=Bạch
Đỗ | - | ~=Đoàn
Hồ | - | ~=Hà
Ngô | - | ~=Nghiêm
Dương | - | ~=Doãn
Lý | - | ~=Lâm
Trương | - | ~=Triệu
""",
    # Vietnamese forenames are written as "middle given": the middle name is part of forenames
    m="""
Văn Tuấn | - | ~=Văn Tùng
Văn Hải | - | ~=Văn Hào
Đức Long | - | ~=Đức Lộc
Văn Nam | - | ~=Văn Nhân
Minh Quang | - | ~=Minh Quân
Quốc Thắng | - | ~=Quốc Thành
Hữu Sơn | - | ~=Hữu Sang
Văn Anh | - | ~=Văn An
Thanh Minh | - | ~=Thanh Mạnh
Đức Trí | - | ~=Đức Tài
""",
    f="""
Thị Lan | - | ~=Thị Loan
Thị Hương | - | ~=Thị Hạnh
Thị Hoa | - | ~=Thị Hiền
Thùy Linh | - | ~=Thùy Liên
Thị Mai | - | ~=Thị My
Phương Thảo | - | ~=Phương Thủy
Thị Trang | - | ~=Thị Trâm
Thu Hằng | - | ~=Thu Hà
Ngọc Thúy | - | ~=Ngọc Thu
""")
