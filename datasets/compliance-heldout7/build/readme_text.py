"""Fixed prose for README.md (kept separate so build.py output is deterministic)."""

HEADER = """# data7 - independent held-out evaluation set (Red Notice / Diffusion screening)

`cases.json` holds 90 requests written the way a requesting NCB would write them, each with the
outcome a careful reviewer applying INTERPOL's rules should reach: **refuse** (abusive),
**clear** (legitimate) or **review** (genuinely hard; send to a human).

All person names, dates of birth, passport/ID numbers, warrant and case references are **fictional**.
Abusive and hard cases are *modelled on* documented public cases or patterns (1-3 source URLs each);
the facts were changed (names, places inside the same region, amounts, dates) so that no case
reproduces a real person's file. Legitimate cases are not modelled on specific real persons.

## How it was built

* Independence: nothing under `/work/main` or other worktrees was read. Inputs were
  `/work/shared/reference/interpol-rules.md`, the schema files in this folder (`model.py`,
  `validate.py`, `iso3166.py`), `earlier-case-ids.txt` (only to avoid re-using the same real persons or
  incidents as earlier sets) and public material found with the `search` tool.
* Earlier ids appear (my inference from the slugs only) to refer to, for example, the Zakir-Naik-type UAPA case, Pannun-type secession repeat,
  Ablyazov-type bank case, Browder-type repeat, Hakeem-al-Araibi-type footballer, Saakashvili-type
  ex-president, Kanter-type athlete. Those persons/incidents were avoided (where a slug was ambiguous, the pattern was kept but the model person/incident changed); new models were chosen
  (e.g. Baltic monument removal, Taiwanese legislator, Kursk-border reporters, UAE84, Novi Sad
  activists, Zhanaozen strike, PrivatBank, Cerron-type collusion, Gruevski-type asylum).
* Cases are typed in `build/cases_abusive.py`, `build/cases_legit.py`, `build/cases_hard.py` with the
  constructors of `model.py` (imported through `build/common.py`). `build/build.py` assembles
  `cases.json` and this README deterministically (fixed order, no timestamps):
  `python3 build/build.py && python3 validate.py cases.json`.
* Requests use the requesting state's own citation style and often its own language (Russian,
  Arabic, Chinese, Vietnamese, Spanish, French, Portuguese, Turkish, Serbian, Ukrainian, Macedonian,
  Azerbaijani, Uzbek, Indonesian, Korean, Persian, Slovenian, Dutch, German...). Abusive requests
  never call themselves political: the clues are in the facts (what the person actually did),
  the person's status (journalist, opposition leader, relative, refugee), the context (coup,
  armed conflict, change of government, protest), the offence (expression, membership, "false
  information", "constitutional order") and the context block (prior refusals, refugee status).
* Python 3 standard library only. `build/_srcnotes.txt` is the working log of URLs found per model.
"""

GROUPS = """## What each group tests

### refuse (abusive, 35)
* **Art. 3 political/military/religious/racial, disguised**: acts of a foreign state's officials
  (ab-01 monument removal), armed-conflict reporting (ab-21 Kursk border crossing), civilian
  politicians blamed for a belligerent's crimes (ab-03, Diffusion), secession by a foreign legislator
  (ab-05), ethnic representative body in annexed territory (ab-22), coup-era "treason" of an ousted
  government (ab-18), military court for civilian opposition (ab-24), spiritual group (ab-06).
* **Ordinary-sounding labels on expression/association**: drugs/forgery after anti-corruption
  journalism (ab-08, ab-14), "obstruction of justice" for reporting (ab-12), "constitutional order"
  from a recorded meeting (ab-11), "terrorist organisation" = advocacy committee (ab-10), cybercrime /
  false-information laws (ab-07, ab-09, ab-20, ab-33), "social discord" for a strike (ab-19),
  contempt/public disorder (ab-31), protest participation (ab-16), treason for broadcasts (ab-35).
* **Family members / associates**: brother of exiled critic re-filed as financing (ab-13), elderly
  mother of exiled activist by Diffusion (ab-17), campaign coordinator (ab-32).
* **Economic charges in a power struggle**: free-zone executive after a ruling-family succession
  feud (ab-15).
* **Refugee policy**: status recognised by a third state or UNHCR vis-a-vis the requester (ab-02,
  ab-04, ab-16).
* **UN body finding**: sentence remainder for a dual national freed in a state exchange after a WGAD
  opinion (ab-23; the request itself dismisses the WGAD opinion).
* **Repeated attempts**: prior refusal then re-filing under a different, ordinary-sounding offence
  (ab-13, ab-14) or the same facts again (ab-22).
* **RPD Art. 83 exclusions and thresholds** (no politics at all): commercial payment dispute with
  pending arbitration (ab-25), bigamy with a high maximum (ab-26), currency-repatriation rule (ab-27),
  5-month sentence (ab-28), online defamation of a restaurant (ab-29), drug consumption (ab-34).
* **Diffusions outside the notice channel**: ab-03, ab-17, ab-19.

### clear (legitimate, 38)
Murder, femicide, "honour" killing, child sexual abuse (online and contact), trafficking in persons,
kidnapping for ransom, armed robbery, large frauds with identifiable victims (pyramid, off-plan
property, crypto lending, trade-finance, boiler room, bank deposits, elderly "ore-ore" fraud),
ransomware against hospitals, drug trafficking, wildlife trafficking, smuggling with deaths.
At least one legitimate case comes from **every state that also appears with an abusive case** where
that state plausibly requests ordinary crimes (RU x2, CN x2, VN, EG, AZ, BY, TJ, PK, KG, TN, AE, RS,
GT, IR, KZ, JO, UG, CU, CM, KR, SG, ID, PH, UZ, LK; MX from the hard group), so the
requesting country alone cannot decide the outcome. Exceptions: SD (one abusive Diffusion, one hard
case), BI, NE and SI (threshold test only) have no legitimate case. Edge cases: a legitimate Diffusion (lg-32), a
refugee whose feared persecutor is a third state (lg-33), exactly six months remaining (lg-36), a
resubmission after a refusal that was only for missing data (lg-17).

### review (hard, 17)
Genuinely mixed facts: party leader finally convicted of collusion who claims persecution (hd-01);
real arson but military-court conviction of a civilian (hd-02); firework injury to an officer during
protests with a pending asylum claim (hd-03); protest front-line member accused of burning a police
post with officers inside (hd-04); religious leader accused of rape by a disciple (hd-05); genocide
suspect with refugee status (hd-06); fraud on a nationalised bank amid oligarch politics (hd-07);
torture by a former regime officer requested by the new authorities (hd-08); separatist broadcaster
also convicted abroad for arming fighters (hd-09); former PM's final corruption conviction vs asylum
granted by a third state (hd-10); protester accused of kicking a police officer (hd-11); former VP,
bomb plot plus corruption after conviction quashed (hd-12); militia commander's massacre requested by
a party to the armed conflict (hd-13); students' notebooks with infrastructure-attack plans (hd-14);
riot arson with torture-tainted confessions (hd-15); opposition ex-governor, organised crime and
laundering with foreign financial evidence (hd-16); ousted president's son, state-fund embezzlement,
asylum pending (hd-17).
"""

DOUBTS = """## Doubtful points (reviewer judgement) and UNVERIFIED items

* **Expected outcomes are my judgement**, applying the rules summarised in
  `/work/shared/reference/interpol-rules.md` (Art. 2, 3, RPD Art. 34, 83, refugee policy). They are not
  INTERPOL decisions. Where the real-world outcome is known to me only from the search excerpts (e.g.
  that INTERPOL cancelled a notice), it is not relied on.
* **ab-15 (RAK free-zone executive)**: pleaded as ordinary embezzlement with an amount; the refusal rests
  on context (succession feud, loyalty to a rival, review ordered by the new ruler's court). A reviewer
  could argue for *review*. Source pages are advocacy sites (Detained in Dubai / rulingrak), partisan.
* **ab-22 (Crimean Tatar leader)**: the request alleges two deaths and 80 injured; refusal rests on Art. 3
  (ethnic representative body, territory annexed, events before annexation under another state's law)
  and on a prior refusal. Could be argued *review* by someone who weighs the violence.
* **ab-24 (military court, firearms)**: includes a firearms count; refusal rests on the military
  court for a civilian, acts abroad and the rendition pattern. Borderline with *review*.
* **ab-18 (Niger)**: the model (Rhissa Ag Boula) also set up an armed "resistance council"; the case
  facts were limited to statements to keep it abusive.
* **ab-29 (Korean online defamation)** and **ab-34 (Singapore drug consumption)**: classification as
  excluded categories follows practitioner summaries of the GS's non-exhaustive list (honour offences,
  personal-use drugs). The list itself is not public: UNVERIFIED.
* **ab-27 (currency repatriation)**: treated as an administrative-regulation offence (Art. 83(1)(a)(i));
  the article and penalty of the Uzbek Criminal Code cited are illustrative: UNVERIFIED.
* **lg-17**: a resubmission after a refusal for incomplete data is expected to *clear*; an engine that
  refuses every repeat request will fail it deliberately.
* **lg-33**: refugee status exists but the feared persecutor (ER) is not the requester (DE): *clear*.
* **hd-03, hd-17**: asylum is pending (`confirmed: false`); the refugee policy requires confirmed status.
* **hd-10**: asylum confirmed vis-a-vis the requester, but the conviction is a final ordinary corruption
  conviction in a country later in EU accession talks; policy says "in general" - hence *review* rather
  than *refuse*.
* **Legal citations**: article numbers and maximum penalties of foreign codes were written from the
  excerpts and general knowledge; several are approximate or illustrative (e.g. Burundi, Niger, Sudan,
  Uganda UPDF Act, Maldives, Tajik, Kyrgyz, Uzbek and Cuban articles; Vietnamese Art. 117 maximum;
  PECA s. 26-A maximum). Treat all statute numbers and maxima as **UNVERIFIED**; they were chosen so that
  the threshold outcome is the intended one (only ab-28 is meant to fail a threshold).
* Life imprisonment and death penalty are encoded as `maximumPenaltyMonths = 1200` (the schema maximum).
* Court and warrant references follow each country's style but are invented; where a style was not
  known, a plausible pattern was used.
* Source quality: some URLs are aggregator/mirror pages (e.g. wikimili, blogspot, regional news
  re-posts, advocacy sites). They were kept because the excerpt returned by the search tool states the
  facts relied on; the primary reports (Reuters, AP, HRW) are named in them. Legitimate cases cite the
  public summaries of RPD Art. 83 (ngm.com.au) because they are not modelled on a specific case.
* The hard cases are the set most open to disagreement; each note says which facts pull each way.
"""
