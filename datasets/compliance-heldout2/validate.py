#!/usr/bin/env python3
"""Checks cases.json of the second held-out set: it parses, every case has every field of the shape used by
datasets/compliance-heldout (request model: wantedFor Prosecution|Sentence, aliases as {familyName, forenames}),
ISO dates and ISO 3166-1 alpha-2 codes, 1-3 http(s) sources, consistent sentence fields, context shape.
Adapted from ../compliance-heldout/validate.py. Also warns if a person name repeats one of the first set."""
import json, re, datetime, collections, sys, os
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
    if not p["name"]["familyName"].strip(): e(cid, f"{where}.familyName empty")
    if p.get("sex") not in ("M", "F", "U"): e(cid, f"{where}.sex")
    date(cid, p.get("dateOfBirth", ""), where + ".dateOfBirth")
    for n in p.get("nationalities", []) + [p.get("countryOfBirth")]:
        if n not in ISO2: e(cid, f"{where} country {n}")
    for a in p.get("aliases", []):
        if set(a) != {"familyName", "forenames"}: e(cid, f"{where} alias {a}")
    if not p.get("identityDocuments"): e(cid, f"{where} no identity document")
    for d in p.get("identityDocuments", []):
        if set(d) != {"type", "number", "issuingCountry"} or d["issuingCountry"] not in ISO2: e(cid, f"{where} doc {d}")
    for l in p.get("languages", []):
        if not re.fullmatch(r"[A-Z]{3}", l): e(cid, f"{where} language {l}")
data = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), encoding="utf-8"))
if set(data) != {"cases"}: e("-", "top-level keys")
cases = data["cases"]
seen = set()
for c in cases:
    cid = c.get("id", "?")
    if cid in seen: e(cid, "duplicate id")
    seen.add(cid)
    if set(c) != {"id", "expected", "category", "requester", "note", "sources", "request", "context"}: e(cid, "case keys")
    if EXP.get(c["category"]) != c["expected"]: e(cid, "category/expected mismatch")
    if not cid.startswith({"abusive": "ab-", "legitimate": "lg-", "hard": "hd-"}[c["category"]]): e(cid, "id prefix")
    if c["requester"] not in ISO2: e(cid, "requester")
    if not (1 <= len(c["sources"]) <= 3): e(cid, "sources count")
    if len(set(c["sources"])) != len(c["sources"]): e(cid, "duplicate source")
    for u in c["sources"]:
        if not re.match(r"https?://", u): e(cid, f"source not a URL: {u}")
    if not c["note"].strip(): e(cid, "empty note")
    r = c["request"]
    if set(r) != {"colour", "person", "case"}: e(cid, "request keys")
    if r.get("colour") not in ("Red", "Blue", "Yellow"): e(cid, "colour")
    chk_person(cid, r["person"], "person")
    k = r["case"]
    if set(k) != {"summaryOfFacts", "offenceDate", "offencePlace", "wantedFor", "charges", "sentenceImposedMonths",
                  "sentenceRemainingMonths", "warrant"}: e(cid, "case keys")
    if len(k["summaryOfFacts"]) < 80: e(cid, "summary too short")
    date(cid, k["offenceDate"], "offenceDate")
    if k["wantedFor"] not in ("Prosecution", "Sentence"): e(cid, "wantedFor")
    if k["wantedFor"] == "Sentence":
        if not isinstance(k["sentenceImposedMonths"], int) or not isinstance(k["sentenceRemainingMonths"], int): e(cid, "sentence months")
        elif k["sentenceRemainingMonths"] > k["sentenceImposedMonths"]: e(cid, "remaining > imposed")
    elif k["sentenceImposedMonths"] is not None or k["sentenceRemainingMonths"] is not None: e(cid, "sentence set for prosecution")
    if not k["charges"]: e(cid, "no charges")
    for ch in k["charges"]:
        if set(ch) != {"description", "law", "maximumPenaltyMonths"} or not isinstance(ch["maximumPenaltyMonths"], int): e(cid, f"charge {ch}")
    w = k["warrant"]
    if set(w) != {"kind", "issuingAuthority", "issuedOn", "reference"} or w["kind"] != "ArrestWarrant": e(cid, "warrant keys/kind")
    date(cid, w["issuedOn"], "warrant.issuedOn")
    if w["issuedOn"] < k["offenceDate"]: e(cid, "warrant before offence")
    if w["issuedOn"] > "2026-11-27": e(cid, "warrant in the future")
    ctx = c["context"]
    if set(ctx) != {"priorRefusals", "protected"}: e(cid, "context keys")
    for pr in ctx["priorRefusals"]:
        if set(pr) != {"reference", "status", "person", "decidedAt", "reason"} or pr["status"] != "Refused": e(cid, "priorRefusal keys")
        chk_person(cid, pr["person"], "priorRefusal.person")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", pr["decidedAt"]): e(cid, "decidedAt")
        if pr["decidedAt"][:10] > w["issuedOn"] and False: pass
    for pt in ctx["protected"]:
        if set(pt) != {"person", "kind", "fearedPersecutionBy", "confirmed"} or pt["kind"] not in ("Refugee", "Asylum", "CommissionMeasure"): e(cid, "protected keys")
        if not isinstance(pt["confirmed"], bool) or not all(x in ISO2 for x in pt["fearedPersecutionBy"]): e(cid, "protected values")
        chk_person(cid, pt["person"], "protected.person")
# no fictional name reused from the first held-out set
first = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compliance-heldout", "cases.json")
if os.path.exists(first):
    names1 = {(c["request"]["person"]["name"]["familyName"].upper(), c["request"]["person"]["name"]["forenames"].upper())
              for c in json.load(open(first, encoding="utf-8"))["cases"]}
    for c in cases:
        n = c["request"]["person"]["name"]
        if (n["familyName"].upper(), n["forenames"].upper()) in names1: e(c["id"], "person name also in the first set")
cnt = collections.Counter((c["category"], c["expected"]) for c in cases)
print("cases:", len(cases), dict(cnt))
print("requesters:", dict(sorted(collections.Counter(c["requester"] for c in cases).items(), key=lambda x: (-x[1], x[0]))))
print("wantedFor:", dict(collections.Counter(c["request"]["case"]["wantedFor"] for c in cases)),
      "| priorRefusals:", [c["id"] for c in cases if c["context"]["priorRefusals"]],
      "| protected:", [c["id"] for c in cases if c["context"]["protected"]])
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
