"""Abusive requests (expected "refuse"). Each is modelled on a documented case or pattern
found with the search tool; persons, dates of birth, numbers and references are fictional."""

from helpers import person, charge, warrant, prior, protected, case

LIFE = 1200


def cases():
    out = []

    # ab-01 VE — exiled opposition leader, "instigation of armed action" for a statement
    p = person("ARVELAEZ MONTILLA", "Gustavo Enrique", "M", "1971-04-29", ["VE"], "VE",
               [("Passport", "143820577", "VE")], ["es", "en"])
    out.append(case(1, "ve-exile-leader-instigation", "refuse", "VE",
        "Modelled on Venezuela's request for a Red Notice against an exiled opposition leader living in Madrid "
        "after he publicly endorsed a foreign politician's call for military intervention (charges: instigation of "
        "armed action, treason, conspiracy, association). Pure speech relabelled as treason/organised crime; "
        "requester asserts the case is not political. UNVERIFIED: exact articles and maxima of the Venezuelan Penal "
        "Code and LOCDOFT. Names fictional.",
        ["https://nxnoticias.com/venezuela-solicito-a-la-interpol-una-notificacion-roja-para-detener-a-leopoldo-lopez",
         "https://colombiaopina.com.co/index.php/2024/11/12/interpol-rechaza-solicitud-de-alerta-roja-contra-lider-opositor-venezolano-edmundo-gonzalez/"],
        p,
        "El ciudadano ARVELAEZ MONTILLA, residenciado en Madrid, Reino de España, mediante declaraciones difundidas "
        "el 14/03/2025 a través de redes sociales y medios de comunicación extranjeros, manifestó su acuerdo con una "
        "propuesta de intervención militar extranjera contra la República Bolivariana de Venezuela, instigando así a "
        "acciones armadas contra las instituciones legítimamente constituidas. Dicha conducta, concertada con otros "
        "factores en el exterior, configura los delitos de traición a la patria y asociación. Se deja constancia de que "
        "el presente caso no reviste carácter político: se trata de delitos comunes previstos en la legislación penal.",
        "2025-03-14", "Caracas, Venezuela (declaraciones difundidas desde Madrid, España)",
        [charge("Traición a la patria", "Código Penal, art. 128", 360),
         charge("Instigación a acciones armadas / conspiración", "Código Penal, art. 132", 240),
         charge("Asociación para delinquir", "Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo, art. 37", 120)],
        warrant("ArrestWarrant", "Tribunal Primero de Primera Instancia en Funciones de Control con Competencia en Casos Vinculados con Delitos Asociados al Terrorismo, Caracas",
                "2025-04-02", "TPC-TERR-2025-0318")))

    # ab-02 VE — shadow legislature leaders; diffusion; asylum in Spain
    p = person("FIGUEREDO LANZ", "Marisela del Valle", "F", "1963-09-11", ["VE"], "VE",
               [("Passport", "118430295", "VE")], ["es"])
    out.append(case(2, "ve-shadow-assembly-diffusion", "refuse", "VE",
        "Modelled on Venezuela's 2023 request for 'red alerts' against the three women elected to lead the exiled "
        "opposition-controlled National Assembly (charges: money laundering, treason, usurpation of functions); the "
        "president said she had political asylum in Spain. Sent as a diffusion. Money-laundering label over a purely "
        "political act; refugee policy also engaged. UNVERIFIED: article numbers and maxima. Names fictional.",
        ["https://uk.news.yahoo.com/venezuela-targets-opposition-figures-interpol-223618186.html",
         "https://lite.verity.news/venezuela-targets-new-opposition-leaders-with-interpol-warrants"],
        p,
        "La ciudadana FIGUEREDO LANZ, cuyo período como diputada culminó en enero de 2021, se atribuyó el 05/01/2023 la "
        "presidencia de una supuesta 'comisión delegada' de la Asamblea Nacional, usurpando funciones públicas, y desde "
        "el exterior pretendió disponer de activos de la República depositados en bancos extranjeros, legitimando así "
        "capitales. Se solicita su localización y detención preventiva con fines de extradición.",
        "2023-01-05", "Caracas, Venezuela",
        [charge("Usurpación de funciones", "Código Penal, art. 213", 24),
         charge("Legitimación de capitales", "Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo, art. 35", 180),
         charge("Traición a la patria", "Código Penal, art. 128", 360)],
        warrant("ArrestWarrant", "Tribunal Especial Primero de Primera Instancia en Funciones de Control, Área Metropolitana de Caracas",
                "2023-01-14", "TE1C-2023-0041"),
        diffusion=True,
        prot=[protected(p, ["VE"], "Refugee", True)]))

    # ab-03 VE — "organ trafficking" with no concrete facts
    p = person("SALAVERRIA PONCE", "Mauricio Javier", "M", "1976-02-17", ["VE"], "VE",
               [("Passport", "092214781", "VE"), ("NationalID", "V-12884301", "VE")], ["es", "en"])
    out.append(case(3, "ve-doctor-no-facts", "refuse", "VE",
        "Modelled on the Venezuelan doctor in Florida arrested on a Red Notice alleging human-organ trafficking for "
        "which prosecutors provided little if any evidence (WLRN report on Venezuelan asylum seekers). Pattern: "
        "request citing no concrete facts (no victim, no act, no place beyond the country). UNVERIFIED: the statutory "
        "basis and maximum. Names fictional.",
        ["https://www.wlrn.org/show/latin-america-report/2019-04-29/red-alert-venezuelans-fleeing-their-regime-say-interpol-notices-derail-asylum"],
        p,
        "El ciudadano SALAVERRIA PONCE se encuentra presuntamente incurso en la comisión de delitos graves contra la salud "
        "pública, entre ellos tráfico de órganos humanos, en perjuicio de pacientes por determinar. Los hechos se encuentran "
        "en fase de investigación y los elementos de convicción constan en el expediente. El investigado se ausentó del país.",
        "2024-01-01", "Venezuela",
        [charge("Tráfico de órganos", "Ley sobre Donación y Trasplante de Órganos, Tejidos y Células", 180)],
        warrant("ArrestWarrant", "Tribunal Quinto de Control del Circuito Judicial Penal del estado Carabobo",
                "2025-07-21", "5C-2025-11904")))

    # ab-04 VE — exiled banker, "economic war" / boycott
    p = person("OBREGON TALAVERA", "Rafael Antonio", "M", "1960-12-03", ["VE", "ES"], "VE",
               [("Passport", "077301264", "VE"), ("Passport", "PAF418220", "ES")], ["es"])
    out.append(case(4, "ve-banker-economic-war", "refuse", "VE",
        "Modelled on Venezuela's complaint that INTERPOL kept refusing its Red Notice requests against bankers after "
        "bank interventions, and on the 'economic war' framing of prosecutions of exiled businessmen. Pattern: "
        "'economic sabotage'/boycott and currency offences against an exiled businessman after the state seized his bank. "
        "UNVERIFIED: Ley de Precios Justos / banking-law articles and maxima. Names fictional.",
        ["https://www.rednoticelawjournal.com/2011/05/venezuela-complained-interpol-responded-whats-next/"],
        p,
        "El ciudadano OBREGON TALAVERA, expresidente de la junta directiva de Banco Federal Andino C.A., intervenido por "
        "la SUDEBAN el 18/06/2024, participó en acciones de boicot y desestabilización de la economía nacional en el marco "
        "de la guerra económica contra el pueblo venezolano, favoreciendo la fuga de divisas y la especulación. Tras la "
        "intervención se trasladó al Reino de España.",
        "2024-06-18", "Caracas, Venezuela",
        [charge("Boicot y desestabilización económica", "Decreto-Ley Orgánica de Precios Justos, art. 55", 120),
         charge("Apropiación o distracción de recursos", "Ley de Instituciones del Sector Bancario, art. 216", 180)],
        warrant("ArrestWarrant", "Tribunal Décimo de Control del Área Metropolitana de Caracas", "2024-09-09", "10C-2024-7780")))

    # ab-05 BO — former president charged by interim government with terrorism/sedition
    p = person("QUISPE MAMANI", "Eusebio", "M", "1958-10-26", ["BO"], "BO",
               [("Passport", "BO5521870", "BO")], ["es", "ay"])
    out.append(case(5, "bo-former-president-terrorism", "refuse", "BO",
        "Modelled on the Bolivian interim government's 2019-2020 moves to have INTERPOL detain the former president, "
        "who had fled to Mexico, for 'terrorism and sedition' on the basis of an audio urging supporters to blockade "
        "cities; the interior minister said 'not for political reasons, not for persecution'. Former office holder "
        "prosecuted by successors; blockade speech relabelled as terrorism. UNVERIFIED: Bolivian Penal Code maxima. "
        "Names fictional.",
        ["http://watsupeurope.com/news/bolivias-interim-govt-calls-on-interpol-to-detain-former-president-evo-morales/",
         "https://imagenpoblana.mx/20/01/08/un-ministro-boliviano-anuncia-la-orden-internacional-de-captura-contra-evo-morales",
         "https://bsnorrell.blogspot.com/2019/11/bolivia-evo-morales-rejects-interpol.html"],
        p,
        "El expresidente del Estado QUISPE MAMANI, mediante comunicación telefónica difundida el 20/11/2019, instruyó a "
        "dirigentes afines realizar bloqueos para cercar las ciudades e impedir el abastecimiento de alimentos, con el fin "
        "de provocar zozobra en la población y forzar su retorno al poder. No se trata de una persecución política sino de "
        "terrorismo.",
        "2019-11-20", "Cochabamba / La Paz, Bolivia",
        [charge("Terrorismo", "Código Penal, art. 133", 240),
         charge("Sedición", "Código Penal, art. 123", 36),
         charge("Financiamiento al terrorismo", "Código Penal, art. 133 bis", 240)],
        warrant("ArrestWarrant", "Juzgado de Instrucción Penal Anticorrupción y contra la Violencia hacia la Mujer Primero de La Paz",
                "2019-12-18", "JIP-LP-2019-5562")))

    # ab-06 EC — former president, kidnapping of opponent; repeated after refusal
    p = person("VALAREZO CEDEÑO", "Ramiro Esteban", "M", "1963-04-06", ["EC"], "EC",
               [("DiplomaticPassport", "D0004471", "EC"), ("Passport", "A4410263", "EC")], ["es", "fr", "en"])
    out.append(case(6, "ec-former-president-repeat", "refuse", "EC",
        "Modelled on Ecuador's requests concerning a former president living in Belgium for the 2012 kidnapping of an "
        "opposition politician in Bogotá: INTERPOL refused the first request (reported as lacking valid evidence and "
        "predominantly political) and the victim then pressed a new request after the indictment. Pattern: repeated "
        "attempt after refusal, former office holder ('desde la Presidencia'). UNVERIFIED: applicable article (1971 "
        "Penal Code 'plagio') and maximum. Names fictional.",
        ["https://cuencahighlife.com/inerpol-refuses-to-issue-an-international-arrest-warrant-for-correa/",
         "https://notimundo.com.ec/presentan-nueva-peticion-para-que-ecuador-pida-a-interpol-arresto-de-correa",
         "https://radiohc.cu/en/noticias/internacionales/174712-interpol-rejects-ecuadors-red-alert-request-against-rafael-correa-over-lack-of-evidence"],
        p,
        "El procesado VALAREZO CEDEÑO, en su calidad de entonces Presidente de la República, habría dispuesto desde la "
        "Presidencia, a través de la Secretaría de Inteligencia, la privación de libertad del exasambleísta opositor "
        "H. B. en Bogotá, Colombia, el 13/08/2012, quien fue liberado por la policía colombiana tras hora y media. Ha sido "
        "llamado a juicio y declarado prófugo. La presente solicitud contiene nuevos elementos respecto de la anterior.",
        "2012-08-13", "Bogotá, Colombia",
        [charge("Plagio (secuestro)", "Código Penal (1971), art. 188", 144),
         charge("Asociación ilícita", "Código Penal (1971), art. 369", 72)],
        warrant("ArrestWarrant", "Corte Nacional de Justicia, Jueza Nacional de la Sala Penal", "2018-11-07", "CNJ-17721-2018-00023"),
        priors=[prior("2018/RN-63127", p, "2018-12-05T00:00:00Z",
                      "Art. 3 — predominantly political; insufficient facts linking the person")]))

    # ab-07 GT — former Attorney General, exile with asylum
    p = person("ALVARADO CHOC", "Herminia Beatriz", "F", "1955-09-27", ["GT"], "GT",
               [("Passport", "234517890", "GT")], ["es", "en"])
    out.append(case(7, "gt-former-attorney-general", "refuse", "GT",
        "Modelled on Guatemala's pursuit of a former Attorney General (2014-2018) who tried to run for president and "
        "went into exile with asylum in the United States: arrest warrant for embezzlement/fraud over the purchase of a "
        "building for the Public Ministry, on a complaint by a self-styled anti-terrorism foundation, and a request for "
        "an international red alert. Former office holder; recognised refugee from the requesting state. UNVERIFIED: "
        "Guatemalan Penal Code maxima. Names fictional.",
        ["https://www.laprensagrafica.com/internacional/Juez-pide-orden-de-captura-internacional-contra-Thelma-Aldana---20190602-0163.html",
         "https://d1softballnews.com/mp-processes-an-international-arrest-warrant-against-former-prosecutor-thelma-aldana-prensa-libre/"],
        p,
        "La sindicada ALVARADO CHOC, en su calidad de entonces Fiscal General y Jefa del Ministerio Público, autorizó en "
        "diciembre de 2017 la adquisición de un inmueble en la zona 5 de la Ciudad de Guatemala por Q35 millones sin "
        "observar la Ley de Contrataciones del Estado, en perjuicio del patrimonio del Ministerio Público. Salió del país "
        "en marzo de 2019 y fue declarada rebelde.",
        "2017-12-20", "Ciudad de Guatemala, Guatemala",
        [charge("Peculado por sustracción en forma continuada", "Código Penal, art. 445", 120),
         charge("Casos especiales de defraudación / fraude", "Código Penal, art. 450", 72)],
        warrant("ArrestWarrant", "Juzgado Décimo de Primera Instancia Penal, Narcoactividad y Delitos contra el Ambiente",
                "2019-03-18", "C-01077-2019-00211"),
        prot=[protected(p, ["GT"], "Refugee", True)]))

    # ab-08 GT — sociologist/activist, laundering via NGO funds
    p = person("DE PAZ ESCOBAR", "Ana Lucrecia", "F", "1960-06-14", ["GT"], "GT",
               [("Passport", "198604471", "GT")], ["es"])
    out.append(case(8, "gt-activist-ngo-funds", "refuse", "GT",
        "Modelled on the FECI's red-alert request against an exiled sociologist and political activist prosecuted over "
        "an association's international-cooperation funds; INTERPOL blocked the data after finding a political "
        "persecution. Pattern: activist relabelled with money laundering. UNVERIFIED: Ley contra el Lavado de Dinero "
        "maximum. Names fictional.",
        ["https://prensacomunitaria.org/2024/03/interpol-suspende-alerta-roja-solicitada-por-feci-contra-carmen-rosa-de-leon/"],
        p,
        "La sindicada DE PAZ ESCOBAR, representante legal de una asociación civil, recibió entre 2019 y 2021 fondos de la "
        "cooperación internacional que habrían sido destinados a fines distintos de los autorizados, incluido el "
        "financiamiento de actividades de incidencia política, configurándose lavado de dinero y asociación ilícita.",
        "2021-06-30", "Ciudad de Guatemala, Guatemala",
        [charge("Lavado de dinero u otros activos", "Decreto 67-2001, art. 2", 240),
         charge("Asociación ilícita", "Decreto 21-2006 (Ley contra la Delincuencia Organizada), art. 4", 96)],
        warrant("ArrestWarrant", "Juzgado Séptimo de Primera Instancia Penal", "2024-02-26", "C-01076-2024-00088")))

    # ab-09 HN — deposed president, pure political offences
    p = person("ZAVALA ORDÓÑEZ", "Mario Rolando", "M", "1952-09-20", ["HN"], "HN",
               [("DiplomaticPassport", "DH000117", "HN")], ["es"])
    out.append(case(9, "hn-deposed-president-treason", "refuse", "HN",
        "Modelled on INTERPOL's 2009 public refusal of Honduras' Red Notice request against the deposed president "
        "(abuse of authority, usurpation of functions, offences against the form of government, treason): INTERPOL "
        "found the charges political with no ordinary-law element and noted that the authorities had prevented his "
        "plane from landing instead of arresting him. UNVERIFIED: 1983 Honduran Penal Code article numbers and maxima. "
        "Names fictional.",
        ["https://informador.mx/Internacional/Interpol-niega-a-Honduras-poner-a-Zelaya-en-busqueda-y-captura-internacional-20090707-0176.html",
         "https://solo-opiniones.com/interpol-no-acepta-peticion-de-honduras-por-zelaya"],
        p,
        "El ciudadano ZAVALA ORDÓÑEZ, mientras ejercía la Presidencia de la República, ordenó la realización de una "
        "consulta popular declarada ilegal por los tribunales, desobedeció resoluciones judiciales y pretendió alterar la "
        "forma de gobierno, atribuyéndose funciones que no le correspondían, en particular el 25/06/2009 al ordenar la distribución del material de la consulta pese a la orden judicial de suspensión.",
        "2009-06-25", "Tegucigalpa, Honduras",
        [charge("Delitos contra la forma de gobierno", "Código Penal (1983), art. 328", 240),
         charge("Traición a la patria", "Código Penal (1983), art. 310", 240),
         charge("Abuso de autoridad", "Código Penal (1983), art. 349", 36),
         charge("Usurpación de funciones", "Código Penal (1983), art. 354", 36)],
        warrant("ArrestWarrant", "Corte Suprema de Justicia, Juez Natural designado", "2009-06-26", "CSJ-JN-2009-001")))

    # ab-10 NI — journalist, "menoscabo a la integridad nacional", diffusion
    p = person("MONTENEGRO ARAGÓN", "Xiomara Lissette", "F", "1984-08-02", ["NI"], "NI",
               [("Passport", "C01849277", "NI")], ["es"])
    out.append(case(10, "ni-journalist-false-news-diffusion", "refuse", "NI",
        "Modelled on a Managua judge's 2022 order sending to INTERPOL the names of two La Prensa employees (a "
        "journalist and an administrator) charged with conspiracy to undermine national integrity and spreading false "
        "news through ICT, the victim being 'the State of Nicaragua and Nicaraguan society'. UNVERIFIED: Ley 1042 / "
        "Penal Code maxima. Names fictional.",
        ["https://dolartoday.com/daniel-ortega-pretende-usar-interpol-para-perseguir-opositores-mas-alla-de-sus-fronteras/",
         "https://latin-american.news/nicaraguan-opponents-call-on-interpol-to-be-careful-with-the-signings-made-by-the-ortega-murillo-dictatorship"],
        p,
        "La acusada MONTENEGRO ARAGÓN, redactora de un medio escrito, publicó entre mayo y agosto de 2022 informaciones "
        "falsas sobre la situación del país a través de plataformas digitales, en concierto con otras personas, con el "
        "propósito de menoscabar la integridad nacional. Víctima: el Estado de Nicaragua y la sociedad nicaragüense. "
        "Se presume que ha abandonado el país.",
        "2022-08-15", "Managua, Nicaragua",
        [charge("Conspiración para cometer menoscabo a la integridad nacional", "Código Penal, art. 410 y Ley 1055", 180),
         charge("Propagación de noticias falsas a través de las TIC", "Ley 1042 (Ley Especial de Ciberdelitos), art. 30", 60)],
        warrant("ArrestWarrant", "Juzgado Quinto Distrito Penal de Audiencia de Managua", "2022-09-30", "JQDPA-MGA-012388-2022"),
        diffusion=True))

    # ab-11 NI — businessman, money laundering / tax fraud after seizure of company
    p = person("HUETE BELLORÍN", "Mauricio Andrés", "M", "1969-01-22", ["NI", "MX"], "NI",
               [("Passport", "C00718834", "NI"), ("Passport", "G48120377", "MX")], ["es", "en"])
    out.append(case(11, "ni-businessman-company-seized", "refuse", "NI",
        "Modelled on the Nicaraguan Supreme Court's 2022 request that INTERPOL arrest a Mexican-Nicaraguan businessman "
        "for 'money laundering, tax fraud and other offences' after police took over his lending company and buildings, "
        "and on the earlier case of a democracy-NGO president accused of aggravated fraud who called the case political. "
        "Pattern: raiding / confiscation dressed as financial crime. UNVERIFIED: maxima. Names fictional.",
        ["https://dolartoday.com/daniel-ortega-pretende-usar-interpol-para-perseguir-opositores-mas-alla-de-sus-fronteras/",
         "https://dariomedios.com/interpol-organizacion-ortega-perseguir-opositores/"],
        p,
        "El acusado HUETE BELLORÍN, propietario de la financiera PRESTAMAS S.A., ocupada por la Policía Nacional el "
        "03/08/2022, habría omitido declarar ingresos y dado apariencia de legalidad a fondos cuyo origen no justificó, "
        "defraudando al fisco. Los bienes de la empresa quedaron bajo administración del Estado.",
        "2022-08-03", "Managua, Nicaragua",
        [charge("Lavado de dinero, bienes o activos", "Código Penal, art. 282", 180),
         charge("Defraudación tributaria", "Código Tributario (Ley 562), art. 98", 60)],
        warrant("ArrestWarrant", "Corte Suprema de Justicia, Sala de lo Penal", "2022-08-19", "CSJ-SP-0871-2022")))

    # ab-12 RW — former ambassador, sexual offences already investigated abroad; repeated
    p = person("MUGABO", "Théoneste", "M", "1962-05-15", ["RW"], "RW",
               [("Passport", "PC1048821", "RW")], ["rw", "fr", "en"])
    out.append(case(12, "rw-former-ambassador-repeat", "refuse", "RW",
        "Modelled on Rwanda's Red Notice against a former ambassador to the US and UN who fell out with the president: "
        "rape/sexual-harassment allegations about conduct in the US, where law enforcement had investigated and "
        "declined to prosecute; the CCF found a predominant political dimension and the notice was cancelled in 2021. "
        "Here the requester comes back with a relabelled charge. UNVERIFIED: Law 68/2018 article numbers and maxima. "
        "Names fictional.",
        ["https://www.rednoticemonitor.com/post/rwanda-joins-list-of-regimes-abusing-interpol-systems",
         "https://www.rednoticemonitor.com/post/human-rights-watch-calls-on-countries-to-vet-all-interpol-red-notices-from-rwanda-to-prevent-abuse"],
        p,
        "While serving as Ambassador, the suspect MUGABO used his authority over a subordinate member of the mission staff "
        "to demand sexual favours and sexually harassed her repeatedly between 2012 and 2014 at the official residence. "
        "The Prosecution has gathered new testimony. This request is based on harassment and abuse of office and is "
        "distinct from any earlier request.",
        "2014-03-01", "New York, United States of America",
        [charge("Sexual harassment", "Law No 68/2018 determining offences and penalties in general, art. 136", 24),
         charge("Abuse of functions", "Law No 54/2018 on fighting corruption, art. 15", 84)],
        warrant("ArrestWarrant", "Primary Court of Nyarugenge", "2025-10-06", "RP-NYA-01512/2025"),
        priors=[prior("2020/RN-37742", p, "2021-04-30T00:00:00Z",
                      "Cancelled after CCF review — predominant political dimension (rape allegation)")]))

    # ab-13 BI — journalist accused of complicity in 2015 coup attempt
    p = person("NDIKUMANA", "Arsène", "M", "1966-12-02", ["BI"], "BI",
               [("Passport", "OP0183377", "BI")], ["rn", "fr"])
    out.append(case(13, "bi-journalist-coup-complicity", "refuse", "BI",
        "Modelled on Burundi's attempt to extradite from Belgium the director of an independent newspaper for alleged "
        "complicity in the May 2015 coup attempt, based on phone calls with one of the generals; HRW called the "
        "allegations absurd, and the Attorney General had publicly blamed journalists and independent radios. "
        "UNVERIFIED: Burundian Penal Code 2009 article numbers and maxima. Names fictional.",
        ["https://apnews.com/775b3cb1420c4c07b649254e9019619d",
         "http://www.afrikareporter.com/burundi-arrest-warrants-issued-for-coup-and-protest-masterminds/"],
        p,
        "Le nommé NDIKUMANA, directeur d'un journal, a entretenu le 12 mai 2015 des communications téléphoniques avec "
        "l'un des officiers auteurs de la tentative de coup d'État du 13 mai 2015 et a, par ses publications, soutenu "
        "le mouvement insurrectionnel contre les institutions. Il s'est soustrait à la justice en se rendant en Belgique.",
        "2015-05-12", "Bujumbura, Burundi",
        [charge("Complicité d'attentat contre l'autorité de l'État (coup d'État)", "Code pénal (2009), art. 607", LIFE),
         charge("Participation à un mouvement insurrectionnel", "Code pénal (2009), art. 612", 240)],
        warrant("ArrestWarrant", "Procureur Général de la République, Bujumbura", "2015-11-20", "RMP 151/2015/PGR")))

    # ab-14 CM — diaspora Anglophone activist, vague "hate messages" and "fund-raising"
    p = person("NKWETTA", "Emmanuel Fru", "M", "1979-03-30", ["CM"], "CM",
               [("Passport", "0A7714260", "CM")], ["en", "fr"], aliases=[("FRU", "Emma")])
    out.append(case(14, "cm-diaspora-activist-vague", "refuse", "CM",
        "Modelled on the Cameroon government's published list of Anglophone diaspora activists (Belgium, Norway, USA, "
        "Austria, Nigeria, South Africa) wanted for 'hate messages' on social media and fund-raising, and the later "
        "airport wanted list of activists who took part in protest marches abroad. No concrete violent act, victim, "
        "date or transfer is described. UNVERIFIED: Penal Code / Law 2014/028 maxima. Names fictional.",
        ["http://www.camer.be/68812/1:6/cameroun-mandat-daarrat-international-contre-14-sacessionnistes-cameroon.html",
         "https://thesunnewspaper.cm/cameroon-not-safe-for-anglophone-activists-abroad"],
        p,
        "Le nommé NKWETTA, résidant à l'étranger, mène des campagnes soutenues de haine et de peur sur les réseaux "
        "sociaux, incite les jeunes des régions du Nord-Ouest et du Sud-Ouest à prendre les armes contre l'État et "
        "organise des collectes de fonds au profit de la cause sécessionniste. Il a participé à des marches de protestation "
        "qui ternissent l'image du pays.",
        "2018-01-01", "Régions du Nord-Ouest et du Sud-Ouest, Cameroun",
        [charge("Sécession", "Code pénal, art. 111", LIFE),
         charge("Apologie et financement d'actes de terrorisme", "Loi n°2014/028 du 23 décembre 2014, art. 3", LIFE),
         charge("Hostilité contre la patrie", "Code pénal, art. 102", LIFE)],
        warrant("ArrestWarrant", "Tribunal Militaire de Yaoundé, Juge d'instruction", "2018-06-20", "MA-TMY-2018-0614")))

    # ab-15 SD — former PM of transitional government, "genocide", "undermining constitutional order"
    p = person("EL-TAYEB", "Abdelrahim Mohamed", "M", "1956-01-01", ["SD", "GB"], "SD",
               [("Passport", "P03318826", "SD"), ("Passport", "549902113", "GB")], ["ar", "en"])
    out.append(case(15, "sd-former-pm-genocide-label", "refuse", "SD",
        "Modelled on the Port Sudan Attorney General's 2024 Red Notice requests for 16 civilian leaders of the anti-war "
        "Taqaddum coalition, including the former transitional Prime Minister, on charges of undermining the "
        "constitutional order, waging war against the state and genocide, for signing a declaration with the RSF. "
        "Alarming label ('genocide') over a political act; former office holder. UNVERIFIED: Criminal Act 1991 "
        "maxima. Names fictional.",
        ["https://sudantribune.com/article291318",
         "https://wallafricajournal.com/sudan-requests-interpol-red-notices-for-hamdok-and-16"],
        p,
        "المتهم الطيب، رئيس الوزراء السابق للحكومة الانتقالية، وقّع بتاريخ 2024-01-02 في أديس أبابا إعلاناً سياسياً مع "
        "قيادة قوات الدعم السريع المتمردة، موفّراً غطاءً سياسياً لجرائمها، بما في ذلك الإبادة الجماعية في دارفور، "
        "ومحرّضاً ضد الدولة. The accused, former Prime Minister, signed in Addis Ababa a political declaration with the "
        "rebel militia's leadership, thereby providing political cover for its crimes including genocide.",
        "2024-01-02", "Addis Ababa, Ethiopia",
        [charge("Undermining the constitutional order", "Criminal Act 1991, s. 50", LIFE),
         charge("Waging war against the State", "Criminal Act 1991, s. 51", LIFE),
         charge("Genocide (abetment)", "Criminal Act 1991, s. 187A", LIFE)],
        warrant("ArrestWarrant", "Committee for Investigation of Crimes of the Rebellion, Public Prosecution, Port Sudan",
                "2024-09-15", "PSP/TAQ/2024/016")))

    # ab-16 KG — media co-founder; refused once as political, relabelled as extremism financing
    p = person("ZHUNUSHEV", "Timur Rustamovich", "M", "1985-07-08", ["KG"], "KG",
               [("Passport", "AC4417502", "KG")], ["ky", "ru", "en"])
    out.append(case(16, "kg-media-founder-repeat", "refuse", "KG",
        "Modelled on INTERPOL's refusal (reported 31 October, year inferred as 2025 — UNVERIFIED), as politically motivated, of Kyrgyzstan's Red Notice request for the exiled "
        "co-founder of the independent outlet Kloop after a court declared the outlet 'extremist'; the notice was "
        "nevertheless visible in some national systems. Here the requester returns with 'financing of extremist "
        "activity' and laundering of grant money. UNVERIFIED: Kyrgyz Criminal Code article numbers and maxima. "
        "Names fictional.",
        ["https://www.intellinews.com/interpol-rejected-kyrgyzstan-journalist-arrest-request-as-political-says-occrp-409279/?source=cee-telecoms-media-it-newswatch",
         "http://new.24-kg.com/english/349386__Interpol_rejects_Kyrgyzstans_request_for_arrest_of_Rinat_Tuhvatshin"],
        p,
        "Жунушев Т.Р., являясь соучредителем интернет-издания, признанного решением Октябрьского районного суда г. Бишкек "
        "экстремистским, в период 2022-2025 гг. получал иностранные гранты и направлял их на финансирование деятельности "
        "экстремистской организации, а также легализовал указанные средства. Данный запрос основан на новых "
        "финансовых эпизодах и не связан с журналистской деятельностью.",
        "2025-06-30", "Бишкек, Кыргызская Республика",
        [charge("Финансирование экстремистской деятельности", "Уголовный кодекс КР, ст. 316", 120),
         charge("Легализация (отмывание) преступных доходов", "Уголовный кодекс КР, ст. 200", 120)],
        warrant("ArrestWarrant", "Первомайский районный суд г. Бишкек", "2026-02-11", "УД-2026-02-0117"),
        priors=[prior("2025/RN-118902", p, "2025-10-31T00:00:00Z",
                      "Art. 3 — predominantly political (extremism charges against journalist)")]))

    # ab-17 GE — former president, repeated after refusal
    p = person("BERIDZE", "Levan", "M", "1967-12-21", ["GE", "UA"], "GE",
               [("Passport", "07BB44812", "GE"), ("Passport", "FB552107", "UA")], ["ka", "en", "uk", "ru"])
    out.append(case(17, "ge-former-president-repeat", "refuse", "GE",
        "Modelled on Georgia's Red Notice requests for its former president (exceeding official powers in the dispersal "
        "of the 7 November 2007 protests and the raid on a TV station, and misspending GEL 8.83 million of public funds); "
        "INTERPOL refused in 2015 and the Prosecutor's Office announced it would ask again. Pattern: former office holder "
        "('while President'); repeated attempt. UNVERIFIED: Criminal Code maxima. Names fictional.",
        ["https://en.vestikavkaza.ru/analysis/Interpol-refuses-to-put-Saakashvili-on-international-wanted-list.html",
         "http://messenger.com.ge/issues/3426_august_3_2015/3426_gvanca_kezera.html",
         "https://sputnikglobe.com/20150801/1025297341.html"],
        p,
        "While President of Georgia, the accused BERIDZE exceeded his official powers by ordering the violent dispersal "
        "of a rally on 7 November 2007 and the seizure of a television company, and between September 2009 and February "
        "2013 spent GEL 8.83 million of State budget funds on personal purposes (hotels, cosmetic treatments, gifts). "
        "The present request is supplemented with the full case file.",
        "2013-02-28", "Tbilisi, Georgia",
        [charge("Embezzlement", "Criminal Code of Georgia, art. 182", 132),
         charge("Exceeding official powers", "Criminal Code of Georgia, art. 333", 96)],
        warrant("CourtDecision", "Tbilisi City Court", "2014-08-02", "1/3562-14"),
        priors=[prior("2014/RN-55903", p, "2015-07-29T00:00:00Z", "Art. 3 — predominantly political")]))

    # ab-18 AM — former prosecutor-general, 2008 post-election crackdown
    p = person("HOVHANNISYAN", "Vardan Karenovich", "M", "1957-08-04", ["AM", "RU"], "AM",
               [("Passport", "AR0451123", "AM"), ("Passport", "721440918", "RU")], ["hy", "ru"])
    out.append(case(18, "am-former-prosecutor-general", "refuse", "AM",
        "Modelled on Armenia's bid to put a former Prosecutor-General on INTERPOL's wanted list for official forgery and "
        "abetting concealment/falsification of evidence connected to the 2008 post-election crackdown; a leaked "
        "document indicated INTERPOL refused, seeing political persecution. Former office holder prosecuted by the "
        "successor government. UNVERIFIED: 2003 Criminal Code article numbers and maxima. Names fictional.",
        ["https://rferl.org/amp/armenia-prosecutor-general-criminal-charges-interpol/31155205.html",
         "https://www.azatutyun.am/a/31154942.html"],
        p,
        "Being the then Prosecutor-General, HOVHANNISYAN, in March-June 2008, in order to conceal the circumstances of "
        "the deaths during the events of 1-2 March 2008 in Yerevan, gave instructions to subordinate investigators to "
        "alter procedural documents and abetted the falsification of evidence and the concealment of particularly grave "
        "crimes.",
        "2008-06-30", "Yerevan, Armenia",
        [charge("Official forgery", "Criminal Code of the Republic of Armenia (2003), art. 314", 24),
         charge("Abetting concealment of a particularly grave crime", "Criminal Code (2003), arts. 38, 334", 72),
         charge("Abetting falsification of evidence", "Criminal Code (2003), arts. 38, 348", 60)],
        warrant("ArrestWarrant", "Anti-Corruption Court of the Republic of Armenia", "2020-11-12", "ԱՔ/0112/06/20")))

    # ab-19 TN — former president sentenced in absentia, sentence enforcement
    p = person("BEN SLIMANE", "Hédi", "M", "1949-07-07", ["TN", "FR"], "TN",
               [("Passport", "X0981320", "TN")], ["ar", "fr"])
    out.append(case(19, "tn-former-president-sentence", "refuse", "TN",
        "Modelled on the international warrant and 4-year in-absentia sentence against Tunisia's former interim president "
        "for 'attack on the external security of the State' after statements made in France; he said INTERPOL confirmed "
        "no Red Notice existed. Sentence-enforcement request for a pure political offence. UNVERIFIED: Penal Code "
        "article; the content and date of the statements in Paris are invented for the case. Names fictional.",
        ["https://letemps.news/?p=31791", "https://africanmanager.com/marzouki-affirme-quinterpol-na-pas-emis-de-notice-rouge-a-son-encontre/"],
        p,
        "L'ancien président BEN SLIMANE a été condamné par défaut le 22/12/2021 à quatre ans d'emprisonnement avec "
        "exécution immédiate pour atteinte à la sûreté extérieure de l'État, pour avoir, lors de déclarations publiques "
        "à Paris le 09/10/2021, appelé les autorités étrangères à cesser tout soutien à la Tunisie et à l'organisation "
        "d'un sommet international sur son sol.",
        "2021-10-09", "Paris, France",
        [charge("Atteinte à la sûreté extérieure de l'État", "Code pénal, art. 61 bis", 144)],
        warrant("CourtDecision", "Tribunal de première instance de Tunis, chambre criminelle", "2021-12-22", "TPI-TN-2021-33418"),
        wanted_for="Sentence", imposed=48, remaining=48))

    # ab-20 TN — activist, "terrorist cell" for a video
    p = person("BOUDHINA", "Wassim", "M", "1988-02-19", ["TN"], "TN",
               [("Passport", "Y2290471", "TN")], ["ar", "fr", "en"])
    out.append(case(20, "tn-activist-terrorist-cell", "refuse", "TN",
        "Modelled on the Tunisian judiciary's 2024 request to place on INTERPOL lists an activist living in the United "
        "States who, in a video, criticised state institutions and called for votes for an imprisoned opposition "
        "candidate; charges of conspiracy against state security and attempting to form a terrorist cell. UNVERIFIED: "
        "Organic Law 2015-26 article numbers and maxima. Names fictional.",
        ["https://clamreport.com/story/tunisian-judiciary-targets-activist-thamer-badida-with-interpol-request-amid-election-tensions.Sy06BN3RA.html"],
        p,
        "Le nommé BOUDHINA, fondateur d'un parti, a diffusé le 28/09/2024 une vidéo incitant les habitants à s'en prendre "
        "les uns aux autres et à la désobéissance civile, portant atteinte à l'autorité de l'État, et a tenté de constituer "
        "une entente en vue de commettre des infractions terroristes.",
        "2024-09-28", "Tunis, Tunisie",
        [charge("Complot contre la sûreté intérieure de l'État", "Code pénal, art. 68", LIFE),
         charge("Tentative de formation d'une entente terroriste", "Loi organique n°2015-26, art. 32", 144)],
        warrant("ArrestWarrant", "Pôle judiciaire de lutte contre le terrorisme, Tunis", "2024-10-02", "PJT-2024-9931")))

    # ab-21 MR — opposition-financing businessman; CCF deleted; returns with laundering
    p = person("OULD BEBBAH", "Mohamed Lemine", "M", "1958-05-05", ["MR"], "MR",
               [("Passport", "B01177480", "MR")], ["ar", "fr"])
    out.append(case(21, "mr-businessman-opponent-repeat", "refuse", "MR",
        "Modelled on INTERPOL's 2018 cancellation of Mauritania's Red Notices against an opposition-funding businessman "
        "and his associate, warrants for corruption issued in 2017 (the CCF found a predominant political dimension). "
        "Repeated attempt with a laundering label. UNVERIFIED: anti-corruption law articles and maxima. Names fictional.",
        ["https://bourdon-associes.com/mauritanie-interpol-annule-le-mandat-darret-contre-lhomme-daffaires-et-opposant-mohamed-ould-bouamatou",
         "https://www.ouestaf.com/mauritanie-annulation-dun-mandat-darret-international-contre-deux-opposants/"],
        p,
        "Le nommé OULD BEBBAH a, entre janvier et mars 2017, remis des sommes d'argent à des sénateurs afin d'influencer "
        "leur vote sur un projet de révision constitutionnelle, puis a dissimulé l'origine de ces fonds par l'intermédiaire "
        "de sociétés de son groupe. La présente demande porte sur le blanchiment, distinct des faits antérieurs.",
        "2017-03-17", "Nouakchott, Mauritanie",
        [charge("Corruption d'agents publics", "Loi n°2016-014 relative à la lutte contre la corruption, art. 3", 120),
         charge("Blanchiment de capitaux", "Loi n°2019-017 relative à la lutte contre le blanchiment, art. 4", 120)],
        warrant("ArrestWarrant", "Juge d'instruction, Pôle anti-corruption, Tribunal de Nouakchott Ouest", "2025-05-19", "PAC-NKTW-2025-041"),
        priors=[prior("2017/RN-88231", p, "2018-11-16T00:00:00Z",
                      "Deleted after CCF review — predominant political dimension")]))

    # ab-22 KW — blogger; pretext weapons charge + tweets; asylum seeker
    p = person("AL-MUTAIRI", "Saad Hamad", "M", "1986-11-14", ["KW"], "KW",
               [("Passport", "K02244118", "KW")], ["ar", "en"])
    out.append(case(22, "kw-blogger-weapons-pretext", "refuse", "KW",
        "Modelled on Kuwait's Red Notice against a dissident blogger living in Sarajevo: charged repeatedly for tweets "
        "about the Emir and sentenced in absentia, the red notice was said to concern weapons possession; the UN Human "
        "Rights Council urged Bosnia to halt extradition; he and his partner sought asylum. Pretext ordinary charge "
        "bundled with speech offences; asylum seeker. UNVERIFIED: Law 31/1970 and arms-law maxima. Names fictional.",
        ["https://saudipress.com/interpol-arrest-warrant-allegedly-targeting-kuwaiti-princess-and-partner-on-political-grounds",
         "https://acquiaprod.middleeasteye.net/news/kuwait-princess-interpol-warrant-used-politically-target"],
        p,
        "The convicted person AL-MUTAIRI was sentenced in absentia for publicly challenging the rights and authority of "
        "His Highness the Emir through posts on the X platform on 03/05/2018 and for possession of an unlicensed firearm "
        "found during a search of a residence in Al-Jahra on 10/05/2018. الطعن علناً في حقوق الأمير وسلطته. "
        "The sentence is final.",
        "2018-05-10", "Al-Jahra, Kuwait",
        [charge("Publicly challenging the rights and authority of the Emir", "Law No. 31 of 1970, art. 25", 60),
         charge("Possession of an unlicensed firearm", "Law No. 13 of 1991 on arms and ammunition, art. 1", 36)],
        warrant("CourtDecision", "Court of Appeal, Criminal Division, Kuwait", "2019-11-26", "2019/4418 جنايات"),
        wanted_for="Sentence", imposed=60, remaining=60,
        prot=[protected(p, ["KW"], "AsylumSeeker", True)]))

    # ab-23 MY — foreign journalist; refused 2015; now honour offence sentence
    p = person("HARTLEY-DAWES", "Fiona Margaret", "F", "1959-03-07", ["GB"], "MT",
               [("Passport", "533018742", "GB")], ["en"])
    out.append(case(23, "my-journalist-defamation-repeat", "refuse", "MY",
        "Modelled on Malaysia's Red Notice requests against a British investigative journalist who exposed the 1MDB "
        "affair: refused by INTERPOL in August 2015 (Penal Code s.124B/124I, 'activities detrimental to parliamentary "
        "democracy'); later a 2-year in-absentia sentence for defaming a royal consort in her book, and further "
        "requests reported refused. Repeated attempt; honour/defamation offence. Penalty maxima from the sources "
        "(s.124B 20 years; s.500 2 years). Names fictional.",
        ["https://malaysiakini.com/news/310347",
         "https://www.freemalaysiatoday.com/category/nation/2024/03/14/we-can-only-get-our-hands-on-you-if-youre-in-malaysia-rewcastle-brown-told/",
         "https://kaplanmarino.com/news/interpol-rejects-malaysias-red-notice-request-for-uk-journalist"],
        p,
        "The convicted person HARTLEY-DAWES was sentenced in absentia by the Sessions Court to two years' imprisonment for "
        "criminal defamation of a member of a State royal household through statements published in a book distributed "
        "in Kuala Terengganu from 2018. She failed to appear despite a warrant of arrest.",
        "2018-09-01", "Kuala Terengganu, Malaysia",
        [charge("Criminal defamation", "Penal Code (Act 574), s. 500", 24)],
        warrant("CourtDecision", "Sessions Court, Kuala Terengganu", "2024-02-06", "KT-62D-9-09/2021"),
        wanted_for="Sentence", imposed=24, remaining=24,
        priors=[prior("2015/RN-70516", p, "2015-08-09T00:00:00Z",
                      "Art. 3 — predominantly political (s.124B/124I charges against journalist)")]))

    # ab-24 ID — separatist leader, refugee in UK, notice deleted 2012
    p = person("WAKERKWA", "Yeremias", "M", "1975-01-10", ["GB"], "ID",
               [("Passport", "560211348", "GB")], ["en", "id"], aliases=[("WAKERKWA", "Yeri")])
    out.append(case(24, "id-separatist-refugee", "refuse", "ID",
        "Modelled on Indonesia's Red Notice against the Oxford-based West Papuan independence leader (murder and arson "
        "over a 2000 attack on a police station; escaped prison in 2002), granted asylum in the UK and later "
        "naturalised; the CCF deleted the notice in 2012 as predominantly political. Recognised refugee from the "
        "requesting state, plus earlier deletion. UNVERIFIED: KUHP maxima as cited. Names fictional.",
        ["https://www.bbc.co.uk/news/uk-19149678", "https://www.fairtrials.org/articles/case-studies/benny-wenda/"],
        p,
        "Tersangka WAKERKWA pada tanggal 07/12/2000 menghasut massa untuk menyerang Markas Kepolisian Sektor Abepura, Jayapura, "
        "yang mengakibatkan meninggalnya anggota Polri dan terbakarnya bangunan. Tersangka melarikan diri dari tahanan pada "
        "tahun 2002. (The suspect incited a crowd to attack the Abepura police post, causing deaths and arson; he escaped "
        "custody in 2002.)",
        "2000-12-07", "Abepura, Jayapura, Papua, Indonesia",
        [charge("Pembunuhan berencana (premeditated murder)", "KUHP, Pasal 340", LIFE),
         charge("Pembakaran (arson)", "KUHP, Pasal 187", 144),
         charge("Penghasutan (incitement)", "KUHP, Pasal 160", 72)],
        warrant("ArrestWarrant", "Pengadilan Negeri Jayapura", "2011-03-14", "PN-JPR/2011/Pid/0098"),
        priors=[prior("2011/RN-22874", p, "2012-08-06T00:00:00Z",
                      "Deleted after CCF review — predominantly political")],
        prot=[protected(p, ["ID"], "Refugee", True)]))

    # ab-25 AE — single security cheque for a car loan, dressed as fraud
    p = person("PEREIRA", "Sandra Louise", "F", "1981-06-26", ["GB"], "GB",
               [("Passport", "548221907", "GB")], ["en"])
    out.append(case(25, "ae-security-cheque-loan", "refuse", "AE",
        "Modelled on UAE Red Notices for bounced security cheques handed to banks when taking out loans (e.g. a British "
        "woman detained in Italy over ~EUR 15,000 of car-loan debt); CCF practice requires at least USD 10,000 or "
        "repeated cheques plus fraudulent intent. Private debt dressed as fraud. UNVERIFIED: current decree-law article "
        "and maximum (old Penal Code art. 401 carried up to 3 years). Names fictional.",
        ["https://dhirubhai.net/pulse/interpol-bounced-cheque-cases-roger-gherson",
         "https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/challenging-interpol-red-notices-what-do-the-ccfs-decisions-tell-us-part-four-unfunded-or-bounced-cheques"],
        p,
        "The accused PEREIRA, in bad faith and with intent to defraud, issued cheque no. 000417 dated 01/02/2024 for "
        "AED 31,800 drawn on her account at a Dubai bank in favour of the complainant finance company, which was returned "
        "unpaid for insufficient funds on 05/02/2024. The accused left the State in January 2024 following termination of "
        "her employment. The cheque was provided as security for an auto-finance facility.",
        "2024-02-05", "Dubai, United Arab Emirates",
        [charge("Issuing a cheque in bad faith without sufficient funds", "Federal Decree-Law No. 50 of 2022 (Commercial Transactions), art. 643", 24),
         charge("Fraud", "Federal Decree-Law No. 31 of 2021 (Penal Code), art. 451", 36)],
        warrant("ArrestWarrant", "Dubai Public Prosecution", "2024-04-11", "DXB-PP-2024-22918")))

    # ab-26 JO — parental "abduction of a minor" with foreign custody order
    p = person("HADDAD", "Rania Suleiman", "F", "1987-10-03", ["JO", "CA"], "JO",
               [("Passport", "R512844", "JO"), ("Passport", "AK229031", "CA")], ["ar", "en"])
    out.append(case(26, "jo-minor-removal-custody", "refuse", "JO",
        "Modelled on the pattern of Red Notices used in international parental abduction disputes: INTERPOL's 2022 "
        "policy bars Red Notices where courts of two countries have issued conflicting custody rulings with both parents "
        "participating (or Hague proceedings are under way). The request avoids family words ('removal of a minor "
        "from the guardian'). UNVERIFIED: Jordanian Penal Code article and maximum. Names fictional.",
        ["https://rednoticetrack.com/interpol-and-parental-child-abduction",
         "https://otherside.law/zh/challenge-interpol-red-yellow-notices-parental-child-abduction"],
        p,
        "The wanted person HADDAD removed the minor Y. H. (born 2018) from the territory of the Kingdom via Queen Alia "
        "International Airport on 14/07/2025 without the consent of the lawful guardian, in violation of a travel-ban order "
        "of the Sharia Court of West Amman, and is retaining the minor abroad. خطف قاصر وإبعاده. The minor's whereabouts "
        "are believed to be in Toronto, where separate proceedings were opened by the wanted person.",
        "2025-07-14", "Amman, Jordan",
        [charge("Abduction of a minor", "Penal Code No. 16 of 1960, art. 291", 36)],
        warrant("ArrestWarrant", "Amman Magistrate Court (Criminal)", "2025-08-20", "AMC-2025-31177")))

    # ab-27 LB — shareholder dispute abroad turned into theft/fraud
    p = person("VAN DER MERWE", "Pieter Johannes", "M", "1966-02-08", ["ZA"], "ZA",
               [("Passport", "A05517264", "ZA")], ["en", "af"])
    out.append(case(27, "lb-mining-board-dispute", "refuse", "LB",
        "Modelled on Red Notices requested by Lebanon (and a diffusion by Russia) against South African board members of "
        "an international mining company for 'theft' and 'fraud' arising out of a commercial dispute with a Russian "
        "businessman; INTERPOL blocked and then the CCF deleted the data. Private dispute dressed as crime; no link to "
        "the requesting state beyond the complainant. UNVERIFIED: Lebanese Penal Code articles and maxima. Names fictional.",
        ["https://kaarls-strafrechtadvocaten.nl/english/interpol-red-notice-and-diffusion-removal-request/removal-of-interpol-alerts-a-few-examples/",
         "https://removerednotice.com/grounds-for-deletion-commercial-disputes"],
        p,
        "Le nommé VAN DER MERWE, administrateur d'une société minière, a participé le 15/03/2023 à une décision du conseil "
        "d'administration diluant la participation du plaignant, actionnaire, et s'est ainsi approprié frauduleusement les "
        "actions et dividendes de celui-ci. Une procédure arbitrale est en cours entre les parties.",
        "2023-03-15", "Johannesburg, Afrique du Sud",
        [charge("Escroquerie", "Code pénal libanais, art. 655", 36),
         charge("Vol", "Code pénal libanais, art. 635", 36)],
        warrant("ArrestWarrant", "Juge d'instruction de Beyrouth", "2023-07-04", "BEY-JI-2023-1183")))

    # ab-28 SA — businessman in dispute with princes
    p = person("AL-KHARABSHEH", "Faris Mahmoud", "M", "1969-04-12", ["JO"], "JO",
               [("Passport", "N118720", "JO")], ["ar", "en"])
    out.append(case(28, "sa-business-vendetta", "refuse", "SA",
        "Modelled on a Saudi Red Notice against a Jordanian businessman in a high-profile commercial dispute with two "
        "senior princes, withdrawn after two years as not compliant with INTERPOL's rules (he said it was a business "
        "vendetta). Private dispute dressed as fraud/breach of trust; civil proceedings pending in London. UNVERIFIED: "
        "Saudi anti-fraud law article and maximum. Names fictional.",
        ["https://arabiadeserta.com/?p=413", "https://removerednotice.com/grounds-for-deletion-commercial-disputes"],
        p,
        "The accused AL-KHARABSHEH, as managing partner of a joint venture established with companies belonging to the "
        "complainants, misappropriated partnership funds and breached the trust placed in him by failing to account for "
        "investments made between 2011 and 2013. The matter is also the subject of civil claims before the courts of "
        "London.",
        "2013-06-30", "Riyadh, Saudi Arabia",
        [charge("Breach of trust", "Anti-Fraud and Breach of Trust Law (Royal Decree M/79), art. 2", 60),
         charge("Fraud", "Anti-Fraud and Breach of Trust Law (Royal Decree M/79), art. 1", 84)],
        warrant("ArrestWarrant", "Bureau of Investigation and Public Prosecution, Riyadh", "2014-01-19", "BIPP-RYD-1435-3316")))

    # ab-29 EG — film "contempt of religion"
    p = person("MASSOUD", "Nabil Fawzi", "M", "1957-01-20", ["US", "EG"], "EG",
               [("Passport", "488210377", "US")], ["ar", "en"])
    out.append(case(29, "eg-contempt-of-religion-film", "refuse", "EG",
        "Modelled on Egypt's 2012 Red Notice request against eight defendants involved in producing an amateur film "
        "insulting Islam and the Prophet (charges: harming national unity, defamation of the Islamic religion). Religious "
        "offence (Art. 3). UNVERIFIED: Penal Code art. 98(f) maximum. Names fictional.",
        ["https://elderofziyon.blogspot.com/2012/09/egypt-wants-interpol-to-enforce-sharia.html",
         "https://www.rednoticelawjournal.com/2013/02/interpol-and-religion/"],
        p,
        "المتهم مسعود شارك في إنتاج ونشر فيلم على شبكة الإنترنت بتاريخ 2012-07-01 يتضمن ازدراءً للدين الإسلامي وإساءة "
        "للرسول، مما أضر بالوحدة الوطنية وأثار الفتنة. The accused participated in producing and publishing online a film "
        "containing contempt of the Islamic religion, harming national unity.",
        "2012-07-01", "Cairo, Egypt (publication online)",
        [charge("Contempt of a heavenly religion", "Penal Code, art. 98(f)", 60),
         charge("Harming national unity and social peace", "Penal Code, art. 102 bis", 60)],
        warrant("ArrestWarrant", "Supreme State Security Prosecution, Cairo", "2012-09-18", "SSSP-2012-1311")))

    # ab-30 MM — officer who left the army after the coup: desertion/treason
    p = person("KYAW", "Zin Min", "M", "1990-09-09", ["MM"], "MM",
               [("Passport", "MF662801", "MM"), ("NationalID", "12/ThaGaKa(N)118840", "MM")], ["my", "en"])
    out.append(case(30, "mm-officer-desertion", "refuse", "MM",
        "Modelled on the Myanmar military's requests to INTERPOL after the 2021 coup (INTERPOL said it will not assist "
        "with notices for political opponents or in the context of a coup d'état) and on INTERPOL's categorical exclusion "
        "of purely military offences such as desertion. UNVERIFIED: Defence Services Act section and maxima. Names "
        "fictional.",
        ["https://rednoticetrack.com/interpol-and-military-offences",
         "https://bnionline.net/en/news/interpol-turns-down-myanmar-junta-request-counter-terrorism?category=All"],
        p,
        "Captain KYAW, an officer of Light Infantry Battalion 356, absented himself from his unit without permission on "
        "12/03/2021, took with him his service identity documents, publicly joined the so-called Civil Disobedience "
        "Movement through social media, and crossed into Thailand, thereby committing desertion and high treason against "
        "the State.",
        "2021-03-12", "Myawaddy, Kayin State, Myanmar",
        [charge("Desertion", "Defence Services Act 1959, s. 36", 84),
         charge("High treason", "Penal Code, s. 122", LIFE),
         charge("Incitement against the Tatmadaw", "Penal Code, s. 505A", 36)],
        warrant("ArrestWarrant", "Military Tribunal, South-Eastern Command", "2021-06-01", "SEC/MT/2021/118")))

    # ab-31 MM — membership of a designated "terrorist" opposition government
    p = person("THANT", "Hnin Wai", "F", "1978-02-27", ["MM"], "MM",
               [("Passport", "MC503914", "MM")], ["my", "en"])
    out.append(case(31, "mm-nug-membership", "refuse", "MM",
        "Modelled on the Myanmar junta's appeal to INTERPOL and regional bodies to act against members of the National "
        "Unity Government it had designated 'terrorist', which INTERPOL declined (no assistance for political opponents "
        "or in the context of a coup). Pattern: membership of a banned organisation relabelled as terrorism, no act of "
        "violence attributed. UNVERIFIED: Counter-Terrorism Law 2014 sections and maxima. Names fictional.",
        ["https://thethaiger.com/news/world/interpol-turns-down-myanmar-militarys-request-to-assist-them-counter-terrorism",
         "https://borneobulletin.com.bn/myanmar-asks-interpol-to-help-fight-extremism-global-body-says-it-will-not-interfere-2/"],
        p,
        "Daw THANT accepted appointment as a deputy minister of a group declared a terrorist organisation on 08/05/2021, "
        "delivered online speeches supporting it and promoted the sale of its so-called bonds, thereby being a member of "
        "and financing a terrorist group.",
        "2021-05-08", "Yangon, Myanmar",
        [charge("Membership of a terrorist group", "Counter-Terrorism Law 2014, s. 49", 120),
         charge("Financing of terrorism", "Counter-Terrorism Law 2014, s. 50(j)", LIFE)],
        warrant("ArrestWarrant", "Yangon Region Police Force, Special Branch (with court sanction)", "2021-11-22", "YGN-SB-2021-0773")))

    # ab-32 GQ — foreign anti-corruption lawyer accused of financing a coup
    p = person("DELORME", "Jean-Baptiste", "M", "1955-05-18", ["FR"], "FR",
               [("Passport", "15CV88213", "FR")], ["fr", "en", "es"])
    out.append(case(32, "gq-lawyer-coup-financing", "refuse", "GQ",
        "Modelled on the Malabo court's warrants against 16 people including a French lawyer who led the 'ill-gotten "
        "gains' prosecution of the president's son and a former head of an anti-corruption NGO, for 'money laundering and "
        "terrorism financing' linked to an alleged 2017 coup attempt. Retaliation against a lawyer; no concrete transfer "
        "described. UNVERIFIED: Equatoguinean law references and maxima. Names fictional.",
        ["https://africaradio.com/actualite-105965-mandat-d-arret-de-la-guinee-equatoriale-contre-un-avocat-francais",
         "https://pambazuka.org/fr/guin%C3%A9e-equatoriale-teodorin-obiang-nest-plus-vis%C3%A9-par-un-mandat-darr%C3%AAt-international"],
        p,
        "El ciudadano francés DELORME está implicado en la financiación de la tentativa de golpe de Estado frustrada en "
        "diciembre de 2017 contra las instituciones de la República, mediante el blanqueo de capitales y la financiación "
        "del terrorismo. Se le invitó a comparecer voluntariamente y no lo hizo, por lo que se le considera rebelde.",
        "2017-12-27", "Malabo, Guinea Ecuatorial",
        [charge("Blanqueo de capitales", "Ley 3/2007 de Prevención del Blanqueo de Capitales, art. 20", 180),
         charge("Financiación del terrorismo", "Ley 3/2007, art. 21", 240)],
        warrant("ArrestWarrant", "Tribunal de Instrucción de Malabo", "2018-07-12", "TIM-2018-0164")))

    # ab-33 OM — adultery / leaving marital home
    p = person("AL-BALUSHI", "Maryam Khalfan", "F", "1994-12-01", ["OM"], "OM",
               [("Passport", "OM1442076", "OM")], ["ar", "en"])
    out.append(case(33, "om-adultery-cultural-norms", "refuse", "OM",
        "Pattern case: offences raising controversial issues of behavioural or cultural norms and family matters are "
        "excluded by RPD Art. 83 (practitioners list adultery, honour offences). Modelled on that exclusion, not on a "
        "single named case. UNVERIFIED: Omani Penal Code (Royal Decree 7/2018) article and maximum. Names fictional.",
        ["https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/",
         "https://removerednotice.com/grounds-for-deletion-commercial-disputes"],
        p,
        "The accused AL-BALUSHI, a married woman, maintained an unlawful relationship with a man who is not her husband, "
        "as established by messages and the complaint of the husband dated 02/02/2026, and left the Sultanate with him on "
        "09/02/2026 via Muscat International Airport.",
        "2026-02-02", "Muscat, Oman",
        [charge("Adultery (zina)", "Penal Code (Royal Decree 7/2018), art. 259", 36)],
        warrant("ArrestWarrant", "Public Prosecution, Muscat", "2026-03-01", "MCT-PP-2026-0512")))

    return out
