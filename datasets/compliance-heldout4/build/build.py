#!/usr/bin/env python3
"""Generate ../cases.json from the case modules and validate it.

Usage:
    python3 build/build.py            # build + validate, write cases.json
    python3 build/build.py --check    # validate the existing cases.json only
    python3 build/build.py --stats    # print counts per category and requester

Validation covers: every schema field present (and no unknown keys), ISO dates that parse
and are ordered (dateOfBirth < offenceDate <= warrant.issuedOn <= 2026-11-27), ISO 3166-1
alpha-2 codes, category/expected/id-prefix consistency, unique ids, sentence fields when
wantedFor is "Sentence" (and null otherwise), the 'kind' key only for diffusions, counts
(>= 30 abusive, >= 26 legitimate, >= 12 hard), >= 25 requesting countries, and 1-3 sources
for abusive and hard cases.
"""

import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "cases.json")

LATEST = dt.date(2026, 11, 27)

# ISO 3166-1 alpha-2 (officially assigned codes).
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

PAIRS = {"abusive": ("refuse", "ab"), "legitimate": ("clear", "lg"), "hard": ("review", "hd")}
PERSON_KEYS = {"name", "sex", "dateOfBirth", "nationalities", "countryOfBirth", "aliases",
               "identityDocuments", "languages"}
CASE_KEYS = {"summaryOfFacts", "offenceDate", "offencePlace", "wantedFor", "charges",
             "sentenceImposedMonths", "sentenceRemainingMonths", "warrant"}
TOP_KEYS = {"id", "expected", "category", "requester", "note", "sources", "request", "context"}
ID_RE = re.compile(r"^(ab|lg|hd)-\d{2}-[a-z0-9-]+$")


def load_cases():
    import abusive
    import legitimate
    import hard
    return abusive.cases() + legitimate.cases() + hard.cases()


def _date(s, where, errs):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        errs.append(f"{where}: not an ISO date: {s!r}")
        return None


def check_person(p, where, errs):
    if not isinstance(p, dict):
        errs.append(f"{where}: person is not an object")
        return None
    if set(p) != PERSON_KEYS:
        errs.append(f"{where}: person keys {sorted(set(p) ^ PERSON_KEYS)} missing/unknown")
    n = p.get("name", {})
    if set(n) != {"familyName", "forenames"} or not n.get("familyName") or not n.get("forenames"):
        errs.append(f"{where}: name must have non-empty familyName and forenames")
    if p.get("sex") not in ("M", "F", "U"):
        errs.append(f"{where}: sex must be M/F/U")
    dob = _date(p.get("dateOfBirth"), f"{where}.dateOfBirth", errs)
    for c in p.get("nationalities", []) + [p.get("countryOfBirth")]:
        if c not in ISO2:
            errs.append(f"{where}: bad country code {c!r}")
    if not p.get("nationalities"):
        errs.append(f"{where}: nationalities empty")
    for a in p.get("aliases", []):
        if set(a) != {"familyName", "forenames"} or not a["familyName"] or not a["forenames"]:
            errs.append(f"{where}: bad alias {a}")
    for d in p.get("identityDocuments", []):
        if set(d) != {"type", "number", "issuingCountry"} or d.get("issuingCountry") not in ISO2 or not d.get("number"):
            errs.append(f"{where}: bad identity document {d}")
    if not isinstance(p.get("languages"), list) or not p.get("languages"):
        errs.append(f"{where}: languages must be a non-empty list")
    return dob


def validate(cases):
    errs = []
    ids = Counter(c.get("id") for c in cases)
    for i, n in ids.items():
        if n > 1:
            errs.append(f"duplicate id {i}")
    for c in cases:
        w = c.get("id", "?")
        if set(c) != TOP_KEYS:
            errs.append(f"{w}: top-level keys {sorted(set(c) ^ TOP_KEYS)} missing/unknown")
            continue
        if not ID_RE.match(w):
            errs.append(f"{w}: bad id format")
        cat = c["category"]
        if cat not in PAIRS:
            errs.append(f"{w}: bad category {cat}")
            continue
        exp, pre = PAIRS[cat]
        if c["expected"] != exp:
            errs.append(f"{w}: category {cat} requires expected {exp}")
        if not w.startswith(pre + "-"):
            errs.append(f"{w}: id prefix does not match category {cat}")
        if c["requester"] not in ISO2:
            errs.append(f"{w}: bad requester {c['requester']}")
        if not c["note"] or "fictional" not in c["note"].lower():
            errs.append(f"{w}: note must say names are fictional")
        src = c["sources"]
        if not isinstance(src, list) or not all(isinstance(s, str) and s.startswith("http") for s in src):
            errs.append(f"{w}: sources must be a list of URLs")
        if cat in ("abusive", "hard") and not (1 <= len(src) <= 3):
            errs.append(f"{w}: abusive/hard cases need 1-3 sources")
        r = c["request"]
        allowed = {"colour", "person", "case"} | ({"kind"} if "kind" in r else set())
        if set(r) != allowed:
            errs.append(f"{w}: request keys {sorted(set(r) ^ allowed)}")
        if r.get("colour") != "Red":
            errs.append(f"{w}: colour must be Red")
        if "kind" in r and r["kind"] != "Diffusion":
            errs.append(f"{w}: kind present but not 'Diffusion'")
        dob = check_person(r.get("person"), f"{w}.person", errs)
        k = r.get("case", {})
        if set(k) != CASE_KEYS:
            errs.append(f"{w}: case keys {sorted(set(k) ^ CASE_KEYS)} missing/unknown")
            continue
        if not k["summaryOfFacts"] or not k["offencePlace"]:
            errs.append(f"{w}: empty facts/place")
        od = _date(k["offenceDate"], f"{w}.offenceDate", errs)
        wa = k["warrant"]
        if set(wa) != {"kind", "issuingAuthority", "issuedOn", "reference"} or not all(wa.values()):
            errs.append(f"{w}: warrant fields missing/empty")
        wd = _date(wa.get("issuedOn"), f"{w}.warrant.issuedOn", errs)
        if dob and od and not dob < od:
            errs.append(f"{w}: dateOfBirth must be before offenceDate")
        if od and wd and not od <= wd:
            errs.append(f"{w}: offenceDate must be <= warrant.issuedOn")
        if wd and wd > LATEST:
            errs.append(f"{w}: warrant issued after {LATEST}")
        if not k["charges"]:
            errs.append(f"{w}: no charges")
        for ch in k["charges"]:
            if set(ch) != {"description", "law", "maximumPenaltyMonths"} or not ch["description"] or not ch["law"]:
                errs.append(f"{w}: bad charge {ch}")
            m = ch.get("maximumPenaltyMonths")
            if not isinstance(m, int) or not (1 <= m <= 1200):
                errs.append(f"{w}: maximumPenaltyMonths must be int 1..1200")
        if k["wantedFor"] == "Sentence":
            a, b = k["sentenceImposedMonths"], k["sentenceRemainingMonths"]
            if not isinstance(a, int) or not isinstance(b, int) or not (0 < b <= a):
                errs.append(f"{w}: Sentence requires imposed >= remaining > 0 (ints)")
        elif k["wantedFor"] == "Prosecution":
            if k["sentenceImposedMonths"] is not None or k["sentenceRemainingMonths"] is not None:
                errs.append(f"{w}: sentence fields must be null for Prosecution")
        else:
            errs.append(f"{w}: wantedFor must be Prosecution or Sentence")
        ctx = c["context"]
        if set(ctx) != {"priorRefusals", "protected"}:
            errs.append(f"{w}: context keys")
            continue
        for pr in ctx["priorRefusals"]:
            if set(pr) != {"reference", "status", "person", "decidedAt", "reason"}:
                errs.append(f"{w}: priorRefusal keys")
            check_person(pr.get("person"), f"{w}.priorRefusals.person", errs)
            try:
                t = dt.datetime.fromisoformat(pr["decidedAt"].replace("Z", "+00:00"))
                if t.date() > LATEST:
                    errs.append(f"{w}: priorRefusal decided in the future")
            except (KeyError, ValueError):
                errs.append(f"{w}: bad decidedAt")
        for pt in ctx["protected"]:
            if set(pt) != {"person", "kind", "fearedPersecutionBy", "confirmed"}:
                errs.append(f"{w}: protected keys")
            check_person(pt.get("person"), f"{w}.protected.person", errs)
            if not all(x in ISO2 for x in pt.get("fearedPersecutionBy", [])) or not isinstance(pt.get("confirmed"), bool):
                errs.append(f"{w}: protected fearedPersecutionBy/confirmed")
    cats = Counter(c.get("category") for c in cases)
    if cats["abusive"] < 30 or cats["legitimate"] < 26 or cats["hard"] < 12:
        errs.append(f"counts too low: {dict(cats)}")
    reqs = {c.get("requester") for c in cases}
    if len(reqs) < 25:
        errs.append(f"only {len(reqs)} requesting countries")
    return errs


def stats(cases):
    cats = Counter(c["category"] for c in cases)
    print("per category:", dict(cats), "total", len(cases))
    per = Counter(c["requester"] for c in cases)
    print(f"requesting countries: {len(per)}")
    for k in sorted(per):
        row = Counter(c["category"] for c in cases if c["requester"] == k)
        print(f"  {k}: {per[k]}  ({', '.join(f'{a}={b}' for a, b in sorted(row.items()))})")
    print("diffusions:", sum(1 for c in cases if c["request"].get("kind") == "Diffusion"),
          "sentence:", sum(1 for c in cases if c["request"]["case"]["wantedFor"] == "Sentence"),
          "with priorRefusals:", sum(1 for c in cases if c["context"]["priorRefusals"]),
          "with protected:", sum(1 for c in cases if c["context"]["protected"]))


def main(argv):
    if "--check" in argv or "--stats" in argv:
        with open(OUT, encoding="utf-8") as f:
            cases = json.load(f)["cases"]
    else:
        cases = load_cases()
    errs = validate(cases)
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} validation error(s)")
        return 1
    if "--stats" in argv:
        stats(cases)
        return 0
    if "--check" not in argv:
        with open(OUT, "w", encoding="utf-8") as f:
            json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote {OUT}")
    stats(cases)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
