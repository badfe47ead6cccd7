#!/usr/bin/env python3
"""Consistency check for the screening evaluation set (standard library only).

    python3 datasets/screening-eval/check.py

Checks: headers, ids unique, every query's person exists, controlled
vocabularies, ISO dates (YYYY-MM-DD or YYYY) that exist, ISO 3166-1 alpha-2
shape of nationalities, sex in {M,F,""}, match/nomatch rules (a nomatch query
with a date never carries the person's date; a same_name_other_dob query always
carries a date), split complete and by person, about 50/50 per tradition; then
prints counts per tradition x variation x expected.  Exit status 1 on any error.
"""
import csv
import datetime
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

PERSON_COLS = ["person_id", "tradition", "family_name", "forenames", "original_script_family",
               "original_script_forenames", "script", "sex", "date_of_birth", "nationality"]
QUERY_COLS = ["query_id", "person_id", "expected", "tradition", "variation", "name", "date_of_birth", "sex",
              "nationality", "source"]
SPLIT_COLS = ["query_id", "half"]

MATCH_VARIATIONS = {"romanisation", "original_script", "exonym_cognate", "compound_particle", "mrz", "order",
                    "typo", "diacritics", "partial", "nickname", "spelling_variant"}
NOMATCH_VARIATIONS = {"similar_name", "shared_surname", "same_name_other_dob"}
SCRIPTS = {"Latn", "Cyrl", "Arab", "Hani", "Hang", "Jpan", "Hebr", "Grek", "Armn", "Geor", "Deva", "Beng", "Thai"}
MIN_TRADITIONS = 15

errors = []


def err(msg):
    errors.append(msg)


def read(name, cols):
    path = os.path.join(HERE, name)
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        if r.fieldnames != cols:
            err("%s: header %r, expected %r" % (name, r.fieldnames, cols))
        rows = list(r)
    for i, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            err("%s line %d: wrong number of fields" % (name, i))
    return rows


def valid_date(s):
    if re.fullmatch(r"\d{4}", s):
        return 1900 <= int(s) <= 2026
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            d = datetime.date.fromisoformat(s)
        except ValueError:
            return False
        return 1900 <= d.year <= 2026
    return False


def main():
    persons = read("persons.csv", PERSON_COLS)
    queries = read("queries.csv", QUERY_COLS)
    split = read("split.csv", SPLIT_COLS)

    pid = {}
    for p in persons:
        if p["person_id"] in pid:
            err("duplicate person_id %s" % p["person_id"])
        pid[p["person_id"]] = p
        if not p["family_name"].strip() or not p["forenames"].strip():
            err("%s: empty name" % p["person_id"])
        if p["script"] not in SCRIPTS:
            err("%s: script %r" % (p["person_id"], p["script"]))
        if p["sex"] not in ("M", "F"):
            err("%s: sex %r" % (p["person_id"], p["sex"]))
        if not valid_date(p["date_of_birth"]):
            err("%s: date %r" % (p["person_id"], p["date_of_birth"]))
        if not re.fullmatch(r"[A-Z]{2}", p["nationality"]):
            err("%s: nationality %r" % (p["person_id"], p["nationality"]))
        if bool(p["original_script_family"]) != bool(p["original_script_forenames"]):
            err("%s: original script half filled" % p["person_id"])
        if p["original_script_family"] and p["script"] == "Latn":
            err("%s: original script given for a Latin-script person" % p["person_id"])
    keys = Counter((p["tradition"], p["family_name"], p["forenames"], p["date_of_birth"]) for p in persons)
    for k, n in keys.items():
        if n > 1:
            err("duplicate person record %r" % (k,))

    qid = {}
    for q in queries:
        i = q["query_id"]
        if i in qid:
            err("duplicate query_id %s" % i)
        qid[i] = q
        p = pid.get(q["person_id"])
        if p is None:
            err("%s: unknown person %s" % (i, q["person_id"]))
            continue
        if q["tradition"] != p["tradition"]:
            err("%s: tradition %s differs from person's %s" % (i, q["tradition"], p["tradition"]))
        if q["expected"] not in ("match", "nomatch"):
            err("%s: expected %r" % (i, q["expected"]))
        vocab = MATCH_VARIATIONS if q["expected"] == "match" else NOMATCH_VARIATIONS
        if q["variation"] not in vocab:
            err("%s: variation %r not allowed for %s" % (i, q["variation"], q["expected"]))
        if not q["name"].strip():
            err("%s: empty name" % i)
        if q["name"] != q["name"].strip() or "  " in q["name"]:
            err("%s: stray whitespace in name %r" % (i, q["name"]))
        if not q["source"].strip():
            err("%s: empty source" % i)
        if q["date_of_birth"] and not valid_date(q["date_of_birth"]):
            err("%s: date %r" % (i, q["date_of_birth"]))
        if q["sex"] not in ("", "M", "F"):
            err("%s: sex %r" % (i, q["sex"]))
        if q["sex"] and q["sex"] != p["sex"]:
            err("%s: query sex differs from the person's" % i)
        if q["nationality"] and not re.fullmatch(r"[A-Z]{2}", q["nationality"]):
            err("%s: nationality %r" % (i, q["nationality"]))
        pd, qd = p["date_of_birth"], q["date_of_birth"]
        if q["expected"] == "match":
            if qd and not (qd == pd or qd == pd[:4] or (len(pd) == 4 and qd[:4] == pd)):
                err("%s: match query date %s inconsistent with person %s" % (i, qd, pd))
            if q["nationality"] and q["nationality"] != p["nationality"]:
                err("%s: match query nationality differs" % i)
        else:
            if qd and qd[:4] == pd[:4]:
                err("%s: nomatch query carries the person's birth year" % i)
            if q["variation"] == "same_name_other_dob" and not qd:
                err("%s: same_name_other_dob without a date" % i)
        if q["expected"] == "match" and q["variation"] != "order" and q["name"].strip().lower() in (
                ("%s %s" % (p["forenames"], p["family_name"])).lower(),
                ("%s %s" % (p["family_name"], p["forenames"])).lower()):
            err("%s: match query identical to the filed name" % i)

    half = {}
    for s in split:
        if s["query_id"] not in qid:
            err("split: unknown query %s" % s["query_id"])
        if s["half"] not in ("dev", "heldout"):
            err("split: half %r" % s["half"])
        if s["query_id"] in half:
            err("split: duplicate %s" % s["query_id"])
        half[s["query_id"]] = s["half"]
    missing = set(qid) - set(half)
    if missing:
        err("split: %d queries without a half" % len(missing))
    person_half = defaultdict(set)
    for i, h in half.items():
        if i in qid:
            person_half[qid[i]["person_id"]].add(h)
    for p, hs in person_half.items():
        if len(hs) > 1:
            err("split: person %s in both halves" % p)

    # ---------------------------------------------------------- counts
    trads = sorted({p["tradition"] for p in persons})
    if len(trads) < MIN_TRADITIONS:
        err("only %d traditions" % len(trads))
    exp = Counter(q["expected"] for q in queries)
    if exp["match"] < 1000 or exp["nomatch"] < 1000:
        err("need >= 1000 match and nomatch queries, have %r" % dict(exp))
    print("persons: %d   queries: %d (match %d, nomatch %d)   traditions: %d" % (
        len(persons), len(queries), exp["match"], exp["nomatch"], len(trads)))
    orig = sum(1 for p in persons if p["original_script_family"])
    nonlatin = sum(1 for p in persons if p["script"] != "Latn")
    print("non-Latin-script persons: %d, of which stored with original script: %d" % (nonlatin, orig))
    qd = sum(1 for q in queries if q["date_of_birth"])
    print("queries with a date of birth: %d (%.0f%%), year only: %d" % (
        qd, 100.0 * qd / len(queries), sum(1 for q in queries if len(q["date_of_birth"]) == 4)))

    # split balance
    print("\nsplit by tradition (persons dev/heldout):")
    for t in trads:
        ps = [p for p in persons if p["tradition"] == t]
        c = Counter(next(iter(person_half.get(p["person_id"], {"?"}))) for p in ps)
        if abs(c["dev"] - c["heldout"]) > 1:
            err("split unbalanced for %s: %r" % (t, dict(c)))
        print("  %-20s persons %3d  dev %2d  heldout %2d" % (t, len(ps), c["dev"], c["heldout"]))
    hq = Counter(half.values())
    print("queries: dev %d, heldout %d" % (hq["dev"], hq["heldout"]))

    variations = sorted(MATCH_VARIATIONS) + sorted(NOMATCH_VARIATIONS)
    short = {"romanisation": "rom", "original_script": "orig", "exonym_cognate": "exo", "compound_particle": "cmp",
             "mrz": "mrz", "order": "ord", "typo": "typo", "diacritics": "diac", "partial": "part",
             "nickname": "nick", "spelling_variant": "spell", "similar_name": "SIM", "shared_surname": "SUR",
             "same_name_other_dob": "NAMESAKE"}
    cnt = Counter((q["tradition"], q["variation"]) for q in queries)
    print("\ncounts per tradition x variation (match variations lower case, nomatch upper case):")
    print("%-20s" % "tradition" + "".join("%6s" % short[v][:6] for v in variations) + "  match nomat")
    for t in trads:
        m = sum(1 for q in queries if q["tradition"] == t and q["expected"] == "match")
        n = sum(1 for q in queries if q["tradition"] == t and q["expected"] == "nomatch")
        print("%-20s" % t + "".join("%6d" % cnt[(t, v)] for v in variations) + "  %5d %5d" % (m, n))
    print("%-20s" % "TOTAL" + "".join("%6d" % sum(cnt[(t, v)] for t in trads) for v in variations)
          + "  %5d %5d" % (exp["match"], exp["nomatch"]))

    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
