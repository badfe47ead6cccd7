"""Validate cases.json against the exact schema of the brief.

Usage:  python3 build/validate.py [path/to/cases.json]
Exit code 1 and a list of errors when anything is wrong.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from iso3166 import CODES  # noqa: E402

MAX_DATE = dt.date(2026, 11, 27)
PAIRS = {"refuse": "abusive", "clear": "legitimate", "review": "hard"}
PREFIX = {"abusive": "ab", "legitimate": "lg", "hard": "hd"}
CASE_KEYS = {"id", "expected", "category", "requester", "note", "sources", "request", "context"}
PERSON_KEYS = {"name", "sex", "dateOfBirth", "nationalities", "countryOfBirth", "aliases",
               "identityDocuments", "languages"}
CASEBLOCK_KEYS = {"summaryOfFacts", "offenceDate", "offencePlace", "wantedFor", "charges",
                  "sentenceImposedMonths", "sentenceRemainingMonths", "warrant"}
WARRANT_KEYS = {"kind", "issuingAuthority", "issuedOn", "reference"}
MIN_COUNTS = {"abusive": 30, "legitimate": 30, "hard": 12}


def _date(s, where, errs):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        errs.append(f"{where}: not an ISO date: {s!r}")
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        errs.append(f"{where}: invalid date {s!r}")
        return None


def _nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_person(p, where, errs):
    if not isinstance(p, dict):
        errs.append(f"{where}: person is not an object")
        return None
    if set(p) != PERSON_KEYS:
        errs.append(f"{where}: person keys {sorted(p)} != {sorted(PERSON_KEYS)}")
    name = p.get("name", {})
    if not isinstance(name, dict) or set(name) != {"familyName", "forenames"} or \
            not all(_nonempty_str(name.get(k)) for k in ("familyName", "forenames")):
        errs.append(f"{where}: bad name {name!r}")
    if p.get("sex") not in ("M", "F", "U"):
        errs.append(f"{where}: bad sex {p.get('sex')!r}")
    dob = _date(p.get("dateOfBirth"), f"{where}.dateOfBirth", errs)
    nats = p.get("nationalities")
    if not isinstance(nats, list) or not nats or any(n not in CODES for n in nats):
        errs.append(f"{where}: bad nationalities {nats!r}")
    if p.get("countryOfBirth") not in CODES:
        errs.append(f"{where}: bad countryOfBirth {p.get('countryOfBirth')!r}")
    al = p.get("aliases")
    if not isinstance(al, list) or any(
            not isinstance(a, dict) or set(a) != {"familyName", "forenames"}
            or not all(_nonempty_str(a.get(k)) for k in ("familyName", "forenames")) for a in al):
        errs.append(f"{where}: bad aliases {al!r}")
    docs = p.get("identityDocuments")
    if not isinstance(docs, list) or any(
            not isinstance(d, dict) or set(d) != {"type", "number", "issuingCountry"}
            or not _nonempty_str(d.get("type")) or not _nonempty_str(d.get("number"))
            or d.get("issuingCountry") not in CODES for d in docs):
        errs.append(f"{where}: bad identityDocuments {docs!r}")
    langs = p.get("languages")
    if not isinstance(langs, list) or not langs or any(
            not isinstance(x, str) or not re.fullmatch(r"[a-z]{2,3}", x) for x in langs):
        errs.append(f"{where}: bad languages {langs!r}")
    return dob


def check_case(c, errs, seen):
    cid = c.get("id", "<no id>") if isinstance(c, dict) else "<not an object>"
    w = f"case {cid}"
    if not isinstance(c, dict):
        errs.append(f"{w}: not an object")
        return
    if set(c) != CASE_KEYS:
        errs.append(f"{w}: keys {sorted(c)} != {sorted(CASE_KEYS)}")
    if cid in seen:
        errs.append(f"{w}: duplicate id")
    seen.add(cid)
    exp, cat = c.get("expected"), c.get("category")
    if exp not in PAIRS or PAIRS[exp] != cat:
        errs.append(f"{w}: expected/category pair {exp!r}/{cat!r} invalid")
    elif not re.fullmatch(PREFIX[cat] + r"-\d{2}-[a-z0-9]+(-[a-z0-9]+)*", cid):
        errs.append(f"{w}: id does not match {PREFIX[cat]}-NN-slug")
    if c.get("requester") not in CODES:
        errs.append(f"{w}: bad requester {c.get('requester')!r}")
    note = c.get("note")
    if not _nonempty_str(note) or "fictional" not in note.lower():
        errs.append(f"{w}: note must be non-empty and say names are fictional")
    src = c.get("sources")
    if not isinstance(src, list) or not 1 <= len(src) <= 3 or any(
            not isinstance(s, str) or not re.match(r"https?://", s) for s in src):
        errs.append(f"{w}: sources must be 1-3 URLs")
    elif len(set(src)) != len(src):
        errs.append(f"{w}: duplicate source")

    req = c.get("request", {})
    if not isinstance(req, dict):
        errs.append(f"{w}: request not an object")
        return
    allowed = {"colour", "person", "case"} | ({"kind"} if "kind" in req else set())
    if set(req) != allowed:
        errs.append(f"{w}: request keys {sorted(req)}")
    if req.get("colour") != "Red":
        errs.append(f"{w}: colour must be 'Red'")
    if "kind" in req and req["kind"] != "Diffusion":
        errs.append(f"{w}: kind present but not 'Diffusion'")
    dob = check_person(req.get("person"), f"{w}.request.person", errs)

    k = req.get("case", {})
    if not isinstance(k, dict) or set(k) != CASEBLOCK_KEYS:
        errs.append(f"{w}: case keys {sorted(k) if isinstance(k, dict) else k!r}")
        return
    if not _nonempty_str(k.get("summaryOfFacts")) or not _nonempty_str(k.get("offencePlace")):
        errs.append(f"{w}: empty summaryOfFacts/offencePlace")
    od = _date(k.get("offenceDate"), f"{w}.offenceDate", errs)
    wf = k.get("wantedFor")
    if wf not in ("Prosecution", "Sentence"):
        errs.append(f"{w}: bad wantedFor {wf!r}")
    ch = k.get("charges")
    if not isinstance(ch, list) or not ch:
        errs.append(f"{w}: charges must be a non-empty list")
    else:
        for i, x in enumerate(ch):
            if not isinstance(x, dict) or set(x) != {"description", "law", "maximumPenaltyMonths"} \
                    or not _nonempty_str(x.get("description")) or not _nonempty_str(x.get("law")) \
                    or not _is_int(x.get("maximumPenaltyMonths")) \
                    or not 1 <= x["maximumPenaltyMonths"] <= 1200:
                errs.append(f"{w}: bad charge #{i} {x!r}")
    si, sr = k.get("sentenceImposedMonths"), k.get("sentenceRemainingMonths")
    if wf == "Sentence":
        if not _is_int(si) or not _is_int(sr) or si <= 0 or sr < 0 or sr > si:
            errs.append(f"{w}: Sentence needs integer sentenceImposedMonths >= sentenceRemainingMonths >= 0")
    elif wf == "Prosecution" and (si is not None or sr is not None):
        errs.append(f"{w}: Prosecution must have null sentence fields")
    wa = k.get("warrant")
    if not isinstance(wa, dict) or set(wa) != WARRANT_KEYS:
        errs.append(f"{w}: warrant keys {wa!r}")
    else:
        if wa.get("kind") not in ("ArrestWarrant", "CourtDecision"):
            errs.append(f"{w}: bad warrant kind {wa.get('kind')!r}")
        if not _nonempty_str(wa.get("issuingAuthority")) or not _nonempty_str(wa.get("reference")):
            errs.append(f"{w}: empty warrant authority/reference")
        wd = _date(wa.get("issuedOn"), f"{w}.warrant.issuedOn", errs)
        if dob and od and not dob < od:
            errs.append(f"{w}: dateOfBirth {dob} not before offenceDate {od}")
        if od and wd and not od <= wd:
            errs.append(f"{w}: offenceDate {od} after warrant issuedOn {wd}")
        if wd and wd > MAX_DATE:
            errs.append(f"{w}: warrant issuedOn {wd} after {MAX_DATE}")

    ctx = c.get("context")
    if not isinstance(ctx, dict) or set(ctx) != {"priorRefusals", "protected"}:
        errs.append(f"{w}: context keys {ctx!r}")
        return
    for i, pr in enumerate(ctx["priorRefusals"]):
        pw = f"{w}.priorRefusals[{i}]"
        if not isinstance(pr, dict) or set(pr) != {"reference", "status", "person", "decidedAt", "reason"}:
            errs.append(f"{pw}: keys {pr!r}")
            continue
        if pr["status"] != "Refused" or not _nonempty_str(pr["reference"]) or not _nonempty_str(pr["reason"]):
            errs.append(f"{pw}: bad status/reference/reason")
        check_person(pr["person"], pw + ".person", errs)
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}Z", str(pr["decidedAt"]))
        if not m:
            errs.append(f"{pw}: decidedAt not ISO datetime UTC")
        else:
            d = _date(m.group(1), pw + ".decidedAt", errs)
            if d and d > MAX_DATE:
                errs.append(f"{pw}: decidedAt in the future")
    for i, pt in enumerate(ctx["protected"]):
        pw = f"{w}.protected[{i}]"
        if not isinstance(pt, dict) or set(pt) != {"person", "kind", "fearedPersecutionBy", "confirmed"}:
            errs.append(f"{pw}: keys {pt!r}")
            continue
        check_person(pt["person"], pw + ".person", errs)
        if pt["kind"] not in ("Refugee", "Asylum"):
            errs.append(f"{pw}: bad kind")
        fp = pt["fearedPersecutionBy"]
        if not isinstance(fp, list) or not fp or any(x not in CODES for x in fp):
            errs.append(f"{pw}: bad fearedPersecutionBy")
        if not isinstance(pt["confirmed"], bool):
            errs.append(f"{pw}: confirmed must be boolean")


def validate(data):
    errs = []
    if not isinstance(data, dict) or set(data) != {"cases"} or not isinstance(data["cases"], list):
        return ["top level must be {\"cases\": [...]}"]
    seen = set()
    for c in data["cases"]:
        check_case(c, errs, seen)
    cats = Counter(c.get("category") for c in data["cases"] if isinstance(c, dict))
    for cat, n in MIN_COUNTS.items():
        if cats[cat] < n:
            errs.append(f"only {cats[cat]} {cat} cases (need {n})")
    reqs = {c.get("requester") for c in data["cases"] if isinstance(c, dict)}
    if len(reqs) < 25:
        errs.append(f"only {len(reqs)} requesting members (need 25)")
    return errs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "cases.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    errs = validate(data)
    for e in errs:
        print("ERROR:", e)
    cats = Counter(c["category"] for c in data["cases"])
    print(f"{len(data['cases'])} cases: {dict(cats)}; "
          f"{len({c['requester'] for c in data['cases']})} requesting members")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
