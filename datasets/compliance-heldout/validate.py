#!/usr/bin/env python3
"""Checks cases.json: parses, every case has every field of the agreed shape, ISO dates and codes."""
import json, re, datetime, collections, sys
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
EXP = {"abusive": "refuse", "legitimate": "clear", "hard": "review"}
errs = []
def e(cid, msg): errs.append(f"{cid}: {msg}")
def date(cid, v, f):
    try: datetime.date.fromisoformat(v)
    except Exception: e(cid, f"bad date {f}={v!r}")
def chk_person(cid, p, where):
    for k in ["name", "sex", "dateOfBirth", "nationalities", "countryOfBirth", "aliases", "identityDocuments", "languages"]:
        if k not in p: e(cid, f"{where}.{k} missing")
    if set(p.get("name", {})) != {"familyName", "forenames"}: e(cid, f"{where}.name keys")
    if p.get("sex") not in ("M", "F", "U"): e(cid, f"{where}.sex")
    date(cid, p.get("dateOfBirth", ""), where + ".dateOfBirth")
    for n in p.get("nationalities", []) + [p.get("countryOfBirth")]:
        if n not in ISO2: e(cid, f"{where} country {n}")
    for d in p.get("identityDocuments", []):
        if set(d) != {"type", "number", "issuingCountry"} or d["issuingCountry"] not in ISO2: e(cid, f"{where} doc {d}")
data = json.load(open("cases.json", encoding="utf-8"))
cases = data["cases"]
seen = set()
for c in cases:
    cid = c.get("id", "?")
    if cid in seen: e(cid, "duplicate id")
    seen.add(cid)
    for k in ["id", "expected", "category", "requester", "note", "sources", "request", "context"]:
        if k not in c: e(cid, f"{k} missing")
    if EXP.get(c["category"]) != c["expected"]: e(cid, "category/expected mismatch")
    if c["requester"] not in ISO2: e(cid, "requester")
    if not (1 <= len(c["sources"]) <= 3): e(cid, "sources count")
    if not c["note"].strip(): e(cid, "empty note")
    r = c["request"]
    if r.get("colour") not in ("Red", "Blue", "Yellow", "Diffusion"): e(cid, "colour")
    chk_person(cid, r["person"], "person")
    k = r["case"]
    for f in ["summaryOfFacts", "offenceDate", "offencePlace", "wantedFor", "charges", "sentenceImposedMonths", "sentenceRemainingMonths", "warrant"]:
        if f not in k: e(cid, f"case.{f} missing")
    date(cid, k["offenceDate"], "offenceDate")
    if k["wantedFor"] not in ("Prosecution", "SentenceEnforcement"): e(cid, "wantedFor")
    if k["wantedFor"] == "SentenceEnforcement":
        if not isinstance(k["sentenceImposedMonths"], int) or not isinstance(k["sentenceRemainingMonths"], int): e(cid, "sentence months")
        elif k["sentenceRemainingMonths"] > k["sentenceImposedMonths"]: e(cid, "remaining > imposed")
    elif k["sentenceImposedMonths"] is not None or k["sentenceRemainingMonths"] is not None: e(cid, "sentence set for prosecution")
    if not k["charges"]: e(cid, "no charges")
    for ch in k["charges"]:
        if set(ch) != {"description", "law", "maximumPenaltyMonths"} or not isinstance(ch["maximumPenaltyMonths"], int): e(cid, f"charge {ch}")
    w = k["warrant"]
    if set(w) != {"kind", "issuingAuthority", "issuedOn", "reference"}: e(cid, "warrant keys")
    date(cid, w["issuedOn"], "warrant.issuedOn")
    if w["issuedOn"] < k["offenceDate"]: e(cid, "warrant before offence")
    ctx = c["context"]
    if set(ctx) != {"priorRefusals", "protected"}: e(cid, "context keys")
    for pr in ctx["priorRefusals"]:
        if set(pr) != {"reference", "status", "person", "decidedAt", "reason"}: e(cid, "priorRefusal keys")
        chk_person(cid, pr["person"], "priorRefusal.person")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", pr["decidedAt"]): e(cid, "decidedAt")
    for pt in ctx["protected"]:
        if set(pt) != {"person", "kind", "fearedPersecutionBy", "confirmed"} or pt["kind"] not in ("Refugee", "Asylum", "CommissionMeasure"): e(cid, "protected keys")
        chk_person(cid, pt["person"], "protected.person")
cnt = collections.Counter((c["category"], c["expected"]) for c in cases)
print("cases:", len(cases), dict(cnt))
print("requesters:", dict(collections.Counter(c["requester"] for c in cases)))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
