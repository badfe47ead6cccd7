"""Hard requests (expected: review): mixed pictures a careful reviewer would send to a human.
Names, numbers and references are fictional."""
from common import person, charge, warrant, prior, protected, case, LIFE

P, C, W = person, charge, warrant


def cases():
    out = []
    add = out.append

    add(case(
        "hd-01-ml-journalist-disappearance-ousted-presidents-son", "review", "ML",
        "Modelled on the international warrant sought after Mali's 2020 coup against a son of the "
        "ousted president over the 2016 disappearance of an investigative journalist: a grave "
        "violent crime, but the warrant came from the new military authorities and targets the old "
        "ruling family. Fictional names.",
        ["https://actuvision.com/?p=94381",
         "https://www.maliweb.net/societe/justice/affaire-birama-toure-aucune-notice-rouge-dinterpol-nexiste-contre-karim-keita-2935218.html",
         "http://bamada.net/le-mali-requiert-un-mandat-darret-international-contre-le-fils-de-lancien-president-keita"],
        P("COULIBALY", "Boubacar Mamadou", "M", "1979-03-12", ["ML"], "ML",
          [("Passeport diplomatique", "D0044172", "ML")], ["fr", "bm"]),
        "Le 29 janvier 2016 à Bamako, un journaliste d'investigation d'un hebdomadaire local, qui "
        "préparait un article mettant en cause l'inculpé, a été enlevé et détenu dans un local des "
        "services de sécurité où il aurait été torturé; il n'a plus été revu depuis. Des témoins "
        "désignent l'inculpé, alors député et président d'une commission parlementaire, comme "
        "commanditaire. L'inculpé réside en Côte d'Ivoire depuis août 2020.",
        "2016-01-29", "Bamako, Mali", "Prosecution",
        [C("Enlèvement et séquestration de personne suivis de tortures", "Code pénal malien, art. 237 et 240", LIFE),
         C("Complicité d'assassinat", "Code pénal malien, art. 24 et 199", LIFE)],
        W("ArrestWarrant", "Juge d'instruction, Tribunal de grande instance de la Commune IV du District de Bamako",
          "2021-07-05", "Mandat d'arrêt international n° 0018/CAB-2/2021")))

    add(case(
        "hd-02-ci-former-speaker-residence-embezzlement-sentence", "review", "CI",
        "Modelled on the 20-year in-absentia sentence of a former prime minister and declared "
        "presidential candidate for receiving embezzled public funds to buy his residence; the "
        "African Court had ordered the warrant suspended. Fallen-official pattern with a real "
        "financial allegation. Fictional names.",
        ["https://information.tv5monde.com/afrique/cote-d-ivoire-guillaume-soro-condamne-20-ans-de-prison-357181",
         "https://www.jeuneafrique.com/1219479/politique/guillaume-soro-francois-bozize-agbeyome-kodjo-ces-africains-poursuivis-pour-tentative-de-putsch-ou-destabilisation-2-3/",
         "https://observateurcitoyen.net/article/des-mandats-darret-lances-contre-guillaume-soro-et-trois-de-ses-proches"],
        P("KONÉ", "Siaka Drissa", "M", "1972-05-08", ["CI"], "CI",
          [("Passeport", "20AB44178", "CI")], ["fr", "dyu"]),
        "En 2007 à Abidjan, l'intéressé, alors Premier ministre, a acquis par l'intermédiaire d'une "
        "société civile immobilière une résidence d'une valeur de 1,5 milliard de francs CFA "
        "financée par des fonds du Trésor public, et a dissimulé l'origine de ces fonds. Condamné "
        "par défaut à vingt ans d'emprisonnement et 4,5 milliards de FCFA d'amende.",
        "2007-12-31", "Abidjan, Côte d'Ivoire", "Sentence",
        [C("Recel de détournement de deniers publics", "Code pénal ivoirien (loi n° 2019-574), art. 110 et 473", 240),
         C("Blanchiment de capitaux", "Loi n° 2016-992 relative à la lutte contre le blanchiment de capitaux et le financement du terrorisme", 84)],
        W("CourtDecision", "Tribunal de première instance d'Abidjan-Plateau (jugement par défaut)", "2020-04-28",
          "Jugement correctionnel n° 1122/2020"),
        sentence_imposed=240, sentence_remaining=240))

    add(case(
        "hd-03-iq-vice-president-bodyguards-attacks", "review", "IQ",
        "Modelled on the 2012 Red Notice for Iraq's fugitive Sunni vice-president, accused of "
        "directing bodyguards' bombings and assassinations amid a sectarian political crisis; "
        "confessions reportedly obtained under duress. Real violence vs. political predominance. "
        "Fictional names.",
        ["https://english.alarabiya.net/articles/2012%2F05%2F08%2F212840",
         "http://naharnet.com/stories/en/39505",
         "https://dailycaller.com/2012/05/11/interpol-issues-red-notice-for-iraqi-vp/"],
        P("AL-DULAIMI", "Rafid Hamid Mahmoud", "M", "1955-07-01", ["IQ"], "IQ",
          [("Passport", "A7441827", "IQ")], ["ar", "en", "tr"]),
        "Between 2006 and 2011 in Baghdad, the accused, then holding high office, directed and "
        "financed members of his protection detail who carried out bombings and assassinations of "
        "judges, officials and security personnel, including a car bomb in November 2011; three "
        "bodyguards confessed. The accused left for the Kurdistan Region and then abroad.",
        "2011-11-30", "Baghdad, Iraq", "Prosecution",
        [C("Terrorist acts (directing and financing)", "Arts. 2 and 4(1) Anti-Terrorism Law No. 13 of 2005", LIFE),
         C("Premeditated murder", "Art. 406 Iraqi Penal Code No. 111 of 1969", LIFE)],
        W("ArrestWarrant", "Central Criminal Court of Iraq – Judicial Investigative Authority", "2011-12-19", "CCCI/2011/5371")))

    m4 = P("WRÓBLEWSKI", "Tomasz Piotr", "M", "1976-09-30", ["PL"], "PL",
           [("Paszport", "EM1187740", "PL")], ["pl", "en", "hu"])
    add(case(
        "hd-04-pl-former-deputy-minister-victims-fund-asylum-hu", "review", "PL",
        "Modelled on the former Polish deputy justice minister charged with 11 offences over a "
        "victims' fund, granted asylum by Hungary in December 2024 while a European Arrest Warrant "
        "was pending: documented fraud allegations in an EU state vs. asylum from another EU state "
        "(refugee-policy conditions formally met). Fictional names.",
        ["https://tvpworld.com/85071106/budapest-court-upholds-decision-to-grant-fugitive-polish-mp-asylum-despite-arrest-warrant",
         "https://voiceofserbia.net/hungary-grants-rare-political-asylum-to-fugitive-polish-pis-lawmaker-6714.html",
         "https://www.post-truth.eu/2024/12/23/european-commission-gives-hungary-60-days-to-hand-over-polish-conservative-opposition-mp-accused-of-corruption/"],
        m4,
        "W latach 2019-2023, jako sekretarz stanu nadzorujący fundusz celowy na rzecz pokrzywdzonych "
        "przestępstwem, podejrzany działając w zorganizowanej grupie przestępczej ustawiał konkursy "
        "dotacyjne na rzecz wybranych podmiotów niespełniających wymogów, doprowadzając Skarb Państwa "
        "do niekorzystnego rozporządzenia mieniem w kwocie ok. 112 mln zł (11 zarzutów).",
        "2023-10-31", "Warszawa, Polska", "Prosecution",
        [C("Udział w zorganizowanej grupie przestępczej", "art. 258 § 1 Kodeksu karnego", 60),
         C("Przekroczenie uprawnień przez funkcjonariusza publicznego w celu osiągnięcia korzyści majątkowej", "art. 231 § 2 Kodeksu karnego", 120),
         C("Oszustwo w odniesieniu do mienia znacznej wartości", "art. 286 § 1 w zw. z art. 294 § 1 Kodeksu karnego", 120)],
        W("ArrestWarrant", "Sąd Okręgowy w Warszawie (europejski nakaz aresztowania)", "2024-12-19", "VIII Kop 219/24"),
        protections=[protected(m4, "Asylum", ["PL"], True)]))

    m5 = P("OLIVEIRA SANTOS", "Cleiton Aparecido", "M", "1981-01-09", ["BR"], "BR",
           [("Passaporte", "GA771204", "BR"), ("CPF", "771.204.338-19", "BR")], ["pt", "es"])
    add(case(
        "hd-05-br-jan8-storming-convict-asylum-claim-ar", "review", "BR",
        "Modelled on the 8 January 2023 storming of Brazil's seats of power: convicts sentenced to "
        "up to 17 years (coup d'état, violent abolition of the rule of law, qualified damage) who fled "
        "to Argentina and claimed refuge. Mixed political offences and real property destruction; "
        "asylum claim unconfirmed. Fictional names.",
        ["https://batimes.com.ar/news/latin-america/brazil-asks-argentina-for-help-in-locating-bolsonaro-coup-fugitives.phtml",
         "https://www1.folha.uol.com.br/internacional/en/world/2024/06/brazilian-police-are-compiling-a-list-of-fugitives-from-january-8th-to-request-their-extradition-to-argentina.shtml",
         "https://lnginnorthernbc.ca/2024/11/16/argentina-issues-arrest-warrants-against-8-1-fugitives-11-15-2024-power"],
        m5,
        "Em 8 de janeiro de 2023, em Brasília, o condenado integrou a turba que invadiu e depredou o "
        "Palácio do Planalto, o Congresso Nacional e o Supremo Tribunal Federal, tendo sido filmado "
        "quebrando vidraças e mobiliário tombado do Palácio do Planalto, com o objetivo declarado de "
        "provocar intervenção militar e depor o governo eleito.",
        "2023-01-08", "Praça dos Três Poderes, Brasília (DF), Brasil", "Sentence",
        [C("Golpe de Estado", "art. 359-M Código Penal", 144),
         C("Abolição violenta do Estado Democrático de Direito", "art. 359-L Código Penal", 96),
         C("Dano qualificado pela violência e grave ameaça, contra patrimônio da União", "art. 163, parágrafo único, I, III e IV, Código Penal", 36),
         C("Deterioração de patrimônio tombado", "art. 62, I, Lei nº 9.605/1998", 36),
         C("Associação criminosa armada", "art. 288, parágrafo único, Código Penal", 54)],
        W("CourtDecision", "Supremo Tribunal Federal (Plenário) – AP 1.502/DF", "2023-12-14", "Mandado de prisão 1502/2023-STF"),
        sentence_imposed=204, sentence_remaining=200,
        protections=[protected(m5, "Asylum", ["BR"], False)]))

    add(case(
        "hd-06-co-peace-deal-defector-commander-2001-crimes", "review", "CO",
        "Modelled on Red Notices re-activated in 2021 for ex-FARC commanders who signed then "
        "abandoned the 2016 peace deal: grave crimes (homicide of protected persons, forced "
        "disappearance, recruitment) committed within an armed conflict and previously suspended "
        "under transitional justice. Fictional names.",
        ["https://www.thestar.com.my/news/world/2021/08/05/interpol-red-notices-re-issued-for-top-ex-farc-boss-ivan-marquez-colombia-says",
         "https://wsau.com/2021/08/16/colombia-reissues-interpol-red-notices-for-three-more-ex-farc/",
         "https://analisisurbano.org/reactivan-la-circular-roja-contra-el-jefe-de-las-disidencias-de-las-farc-ivan-marquez/153533"],
        P("CASTAÑO RENDÓN", "Álvaro de Jesús", "M", "1961-02-20", ["CO"], "CO",
          [("Cédula", "70.441.827", "CO")], ["es"], aliases=[("ROMERO", "Alias")]),
        "Entre 2001 y 2002, en su condición de comandante de un bloque de la guerrilla, el "
        "requerido ordenó la ejecución de cinco concejales y de dos campesinos acusados de "
        "colaborar con el Ejército en el departamento del Caquetá, así como el reclutamiento de 31 "
        "menores de edad. Tras suscribir el Acuerdo Final de 2016 abandonó el proceso en 2019 y "
        "reanudó la actividad armada desde territorio venezolano.",
        "2002-12-31", "Departamento del Caquetá, Colombia", "Prosecution",
        [C("Homicidio en persona protegida", "art. 135 Código Penal (Ley 599 de 2000)", 600),
         C("Desaparición forzada agravada", "arts. 165 y 166 Código Penal", 600),
         C("Reclutamiento ilícito", "art. 162 Código Penal", 180)],
        W("ArrestWarrant", "Fiscalía General de la Nación – Dirección Especializada contra Violaciones a los DD.HH. (orden avalada por juez de garantías)",
          "2021-08-04", "Orden de captura 110016000000-2021-00077")))

    add(case(
        "hd-07-ua-occupation-official-children-deportation", "review", "UA",
        "Modelled on Ukrainian war-crime suspicions against occupation officials for deporting "
        "children from a Kherson children's home (violation of the laws and customs of war): a "
        "processable international crime, but charged in absentia against an official of the "
        "opposing side during an ongoing armed conflict. Fictional names.",
        ["https://jurist.org/news/2023/07/ukraine-charges-russias-politician-with-war-crimes-over-alleged-deportation-of-orphans",
         "https://global.espreso.tv/ukraine-files-first-charges-against-russia-for-deporting-kherson-orphans",
         "https://unn.ua/en/news/deportation-of-children-from-kherson-case-sent-to-court-sanctioned-state-duma-deputy-among-the-accused"],
        P("SEMENCHUK", "Iryna Volodymyrivna", "F", "1974-11-11", ["UA", "RU"], "UA",
          [("Passport", "FK441827", "UA")], ["uk", "ru"]),
        "У жовтні-листопаді 2022 року підозрювана, обіймаючи посаду «начальника управління охорони "
        "здоров'я» окупаційної адміністрації Херсонської області, організувала незаконне "
        "переміщення 46 дітей віком від 1 до 4 років з Херсонського обласного будинку дитини на "
        "тимчасово окупований Кримський півострів без згоди законних представників.",
        "2022-11-10", "Херсон, Україна", "Prosecution",
        [C("Порушення законів та звичаїв війни (депортація дітей)", "ч. 2 ст. 28, ч. 1 ст. 438 КК України", 144)],
        W("ArrestWarrant", "Херсонський міський суд Херсонської області", "2023-07-21", "Ухвала in absentia № 766/7712/23")))

    add(case(
        "hd-08-cf-former-president-guard-prison-crimes", "review", "CF",
        "Modelled on the Special Criminal Court (hybrid national/international court) warrant for "
        "a former president over crimes against humanity by his presidential guard in a prison and "
        "training centre (2009-2013); he now leads an armed rebel coalition. Processable "
        "international crimes entangled with armed politics. Fictional names.",
        ["https://malikonews.com/?p=13271",
         "https://sahel-intelligence.com/34050-centrafrique-un-mandat-darret-international-contre-francois-bozize.html",
         "https://africaho.bj/article/centrafrique-un-mandat-darret-international-lance-contre-lancien-president-francois-bozize/"],
        P("NGAKOLA", "Jean-Baptiste", "M", "1947-10-14", ["CF"], "GA",
          [("Passeport diplomatique", "CD000417", "CF")], ["fr", "sg"]),
        "Entre février 2009 et le 23 mars 2013, des éléments de la Garde présidentielle et d'autres "
        "services de sécurité placés sous l'autorité de l'intéressé, alors chef de l'État, ont "
        "commis à la prison civile et au centre d'instruction militaire de B. des exécutions "
        "sommaires, tortures, disparitions forcées et détentions arbitraires; indices graves et "
        "concordants de sa responsabilité en qualité de supérieur hiérarchique et chef militaire.",
        "2013-03-23", "Bossembélé, Ombella-M'Poko, République centrafricaine", "Prosecution",
        [C("Crimes contre l'humanité (meurtre, torture, disparitions forcées)", "Code pénal centrafricain, art. 153; loi organique n° 15-003 portant création de la CPS", LIFE)],
        W("ArrestWarrant", "Cour pénale spéciale, Cabinet d'instruction", "2024-02-27", "Mandat d'arrêt international CPS/CI/2024/003")))

    m9 = P("HUANG", "Jianguo", "M", "1964-06-18", ["CN"], "CN",
           [("Passport", "G44182716", "CN")], ["zh", "en"])
    add(case(
        "hd-09-cn-state-bank-branch-chief-embezzlement-fox-hunt", "review", "CN",
        "Pattern from Safeguard Defenders / HRW reporting on 'Fox Hunt' and 'Sky Net': a genuine "
        "embezzlement allegation against a former state-bank manager, but relatives in China are "
        "being pressured to induce return and an asylum claim is pending. Fictional names.",
        ["https://vdocuments.site/fa-no-room-to-run.html",
         "https://www.hrw.org/news/2017/09/24/letter-hrw-interpol-secretary-general-stock"],
        m9,
        "2012年至2016年，犯罪嫌疑人利用担任某国有商业银行广东省分行支行行长的职务便利，"
        "伙同他人虚构贷款项目，侵吞银行资金人民币2.37亿元，并通过地下钱庄转移至境外。"
        "2016年12月持因私护照出境至美国，其在国内的亲属已被要求劝其回国投案。",
        "2016-11-30", "广州市 (Guangzhou), Guangdong, China", "Prosecution",
        [C("贪污罪 (embezzlement by a state functionary)", "《中华人民共和国刑法》第三百八十二条、第三百八十三条", LIFE),
         C("洗钱罪", "《中华人民共和国刑法》第一百九十一条", 120)],
        W("ArrestWarrant", "广州市人民检察院 (approved arrest)", "2017-03-02", "穗检捕〔2017〕66号"),
        protections=[protected(m9, "Asylum", ["CN"], False)]))

    m10 = P("RIVAS PORTILLO", "Kevin Alexander", "M", "1997-12-05", ["SV"], "SV",
            [("DUI", "05891274-1", "SV")], ["es"])
    add(case(
        "hd-10-sv-gang-homicide-recognised-refugee-mx", "review", "SV",
        "Hard case between the refugee policy and an ordinary violent crime: a gang homicide "
        "charge, resting on one cooperating witness, against a man recognised as a refugee in "
        "Mexico after mass arrests under El Salvador's state of exception. The policy applies 'in "
        "general'; a serious non-political crime would normally have excluded refugee status "
        "(1951 Convention Art. 1F(b)), so a human must reconcile the two. Fictional names.",
        ["https://www.fidh.org/en/region/americas/el-salvador/el-salvador-the-persecution-of-human-rights-defenders-reaches-a-new",
         "https://www.daily8.com/en/article/baf116773b66500c139aef7157ba3520"],
        m10,
        "El 26 de marzo de 2022 en el cantón Las Delicias, Santa Tecla, La Libertad, el imputado, "
        "identificado como miembro de una clica de la pandilla, participó junto con otros tres en "
        "el homicidio de un vendedor ambulante, según declaración de un testigo criteriado. "
        "El imputado abandonó el país en abril de 2022 durante el régimen de excepción.",
        "2022-03-26", "Cantón Las Delicias, Santa Tecla, La Libertad, El Salvador", "Prosecution",
        [C("Homicidio agravado", "arts. 128 y 129 Código Penal", 600),
         C("Agrupaciones ilícitas", "art. 345 Código Penal", 120)],
        W("ArrestWarrant", "Juzgado Especializado de Instrucción de Santa Tecla", "2022-06-30", "Ref. 301-2022-JEI-ST"),
        protections=[protected(m10, "Refugee", ["SV"], True)]))

    add(case(
        "hd-11-hk-2019-airport-sit-in-assault-on-reporter", "review", "HK",
        "Modelled on the August 2019 airport protest during which a mainland reporter was tied up "
        "and beaten (co-defendants convicted of rioting and assault in 2021): real violence against "
        "a person within a mass political protest. Fictional names.",
        ["https://www.scmp.com/news/hong-kong/law-and-crime/article/3116612/hong-kong-protests-three-convicted-rioting-and-other",
         "https://www.theonlinecitizen.com/2021/01/08/hong-kong-protesters-jailed-for-airport-assault-on-mainland-reporter/",
         "http://www.chinadaily.com.cn/a/202101/09/WS5ff82b31a31024ad0baa174e.html"],
        P("LEUNG", "Chun-hei", "M", "1996-03-23", ["HK", "GB"], "HK",
          [("BN(O) Passport", "5331874420", "GB")], ["yue", "en"]),
        "On 13-14 August 2019 at the Departure Hall, Terminal 1, Hong Kong International Airport, "
        "the accused took part in a riot and, together with others, restrained a man with cable "
        "ties on a luggage trolley and punched and kicked him for about 50 minutes, causing actual "
        "bodily harm. Identified through media footage; left Hong Kong in 2020.",
        "2019-08-14", "Terminal 1, Hong Kong International Airport", "Prosecution",
        [C("Riot", "s. 19 Public Order Ordinance (Cap. 245)", 120),
         C("Assault occasioning actual bodily harm", "s. 39 Offences against the Person Ordinance (Cap. 212)", 36),
         C("False imprisonment", "Common law", LIFE)],
        W("ArrestWarrant", "West Kowloon Magistrates' Courts", "2020-11-12", "WKCC 4419/2020")))

    add(case(
        "hd-12-ke-finance-bill-protest-parliament-arson", "review", "KE",
        "Modelled on the 25 June 2024 storming and partial burning of Kenya's Parliament during "
        "anti-Finance Bill protests, after which the government said protesters would face "
        "terrorism charges: real arson of a public building vs. a political protest and a stretched "
        "terrorism label. Fictional names.",
        ["https://www.tuko.co.ke/kenya/553167-parliament-catches-fire-protesters-engage-police-running-battles/",
         "https://eastleighvoice.co.ke/national/78129/there-was-a-second-attempt-to-invade-parliament,-says-interior-cs-kindiki?amp=1",
         "https://www.standardmedia.co.ke/business/central/article/2001527446/government-to-charge-illegal-protestors-with-terrorism"],
        P("OTIENO", "Brian Ochieng", "M", "2001-08-30", ["KE"], "KE",
          [("National ID", "3441827 4", "KE")], ["sw", "en", "luo"]),
        "On 25 June 2024 at Parliament Buildings, Parliament Road, Nairobi, the accused was among "
        "protesters who breached the security perimeter; CCTV shows him pouring petrol and setting "
        "fire to the chamber annex and a police vehicle, endangering the lives of members and staff. "
        "He travelled to Uganda on 3 July 2024.",
        "2024-06-25", "Parliament Buildings, Nairobi, Kenya", "Prosecution",
        [C("Commission of a terrorist act", "s. 4(1) Prevention of Terrorism Act, 2012", 360),
         C("Arson", "s. 332(a) Penal Code (Cap. 63)", LIFE),
         C("Malicious damage to property", "s. 339(1) Penal Code (Cap. 63)", 60)],
        W("ArrestWarrant", "Chief Magistrate's Court, Milimani", "2024-07-15", "MCCR/E1881/2024"),
        diffusion=True))

    add(case(
        "hd-13-mz-runner-up-post-election-protests-incitement", "review", "MZ",
        "Modelled on the charges of incitement to terrorism against the runner-up of Mozambique's "
        "2024 presidential election who led months of protests in which about 400 people died: an "
        "opposition leader charged for speech, against a background of real deaths and destruction. "
        "Fictional names.",
        ["https://clubofmozambique.com/news/mozambique-mondlane-charged-with-incitement-to-terrorism-aim-report-287575",
         "https://africanreviewer.com/mozambiques-opposition-chief-mondlane-faces-terrorism-charges/",
         "https://www.africanews.com/2024/11/20/mozambique-opposition-leader-venancio-mondlane-faces-legal-action"],
        P("MACUÁCUA", "Ernesto Fabião", "M", "1974-04-16", ["MZ"], "MZ",
          [("Passaporte", "AB0441827", "MZ")], ["pt", "ts"]),
        "Entre 21 de Outubro de 2024 e Março de 2025, o arguido, a partir do estrangeiro e através "
        "de transmissões em directo nas redes sociais, convocou paralisações e manifestações "
        "violentas contra os resultados eleitorais, incitando à barricada de estradas e ao ataque "
        "a esquadras e instalações públicas, de que resultaram mortes e destruição avultada.",
        "2025-03-31", "Maputo e todo o território nacional, Moçambique", "Prosecution",
        [C("Instigação pública a um crime", "Código Penal (Lei n.º 24/2019), art. 384", 36),
         C("Incitamento ao terrorismo", "Lei n.º 13/2022 de Prevenção, Repressão e Combate ao Terrorismo, art. 21", 144),
         C("Incitamento à desobediência colectiva", "Código Penal, art. 388", 24)],
        W("ArrestWarrant", "Tribunal Judicial da Cidade de Maputo, 9.ª Secção", "2025-06-10", "Proc. n.º 441/25-C")))

    add(case(
        "hd-14-dj-tycoon-grenade-attacks-intercepts", "review", "DJ",
        "Modelled on the in-absentia terrorism conviction of a Djiboutian tycoon and former ally "
        "of the president over 2009 grenade attacks, which an English High Court later found rested "
        "on misdated intercepts: terrorism with explosives vs. a political rival and doubtful "
        "evidence. Fictional names.",
        ["https://www.byrneandpartners.com/news/show/republic-of-djibouti-gibson-dunn-and-kroll-severely-criticised-by-high-court-for-campaign-to-crush-innocent-businessman",
         "https://en.goobjoog.com/uk-investigates-djiboutis-terrorism-claim/",
         "https://www.theeastafrican.co.ke/news/London-court-to-decide-if-Djibouti-tycoon-was-framed/-/2558/2631260/-/27u8re/-/index.html"],
        P("WARSAMEH", "Abdillahi Houmed", "M", "1961-12-25", ["DJ", "FR"], "ET",
          [("Passeport", "09FR44172", "FR")], ["fr", "so", "ar", "en"]),
        "Dans la nuit du 4 au 5 mars 2009 à Djibouti-ville, plusieurs grenades ont explosé, dont une "
        "dans un supermarché et une devant un commissariat. Les écoutes téléphoniques établissent "
        "que l'accusé, homme d'affaires résidant à Dubaï, a commandité et financé ces attentats par "
        "l'intermédiaire de deux frères. Condamné par défaut à quinze ans de réclusion criminelle.",
        "2009-03-05", "Djibouti-ville, République de Djibouti", "Sentence",
        [C("Actes de terrorisme par usage d'engins explosifs", "Code pénal de Djibouti, art. 154 et 155", LIFE)],
        W("CourtDecision", "Cour criminelle de Djibouti (arrêt par défaut)", "2010-06-30", "Arrêt n° 12/CC/2010"),
        sentence_imposed=180, sentence_remaining=180))

    add(case(
        "hd-15-ro-sentence-remaining-four-months", "review", "RO",
        "Threshold edge case: sentence imposed (10 months) meets the six-month rule but only four "
        "months remain to be served; the RPD wording ('and/or') is ambiguous and the secondary "
        "sources differ. Fictional names.",
        ["https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/",
         "https://interpollawfirm.com/faq/what-is-an-interpol-red-notice/"],
        P("DUMITRESCU", "Florin Cătălin", "M", "1985-02-02", ["RO"], "RO",
          [("Carte de identitate", "RX441827", "RO"), ("Pașaport", "054418277", "RO")], ["ro", "it"]),
        "În perioada martie-iunie 2021, în municipiul Iași, inculpatul a indus în eroare 14 "
        "persoane prin anunțuri online de vânzare a unor telefoane mobile inexistente, obținând "
        "suma de 21.300 lei. Condamnat definitiv la 10 luni închisoare; a executat 6 luni în arest "
        "preventiv, restul de 4 luni neexecutat; se sustrage executării în Italia.",
        "2021-06-30", "Iași, România", "Sentence",
        [C("Înșelăciune", "art. 244 alin. (1) Cod penal", 36)],
        W("CourtDecision", "Judecătoria Iași – mandat de executare a pedepsei închisorii", "2024-11-05", "MEPI nr. 1881/2024"),
        sentence_imposed=10, sentence_remaining=4))

    return out
