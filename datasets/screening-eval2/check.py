#!/usr/bin/env python3
"""Validate persons.csv / queries.csv / split.csv and print counts (standard library only).
Usage: python3 check.py [--markdown]   (exit status 1 if any check fails)"""
import csv
import datetime
import re
import sys
from collections import Counter, defaultdict

P_FIELDS = ["person_id", "tradition", "family_name", "forenames", "original_script_family",
            "original_script_forenames", "script", "sex", "date_of_birth", "nationality"]
Q_FIELDS = ["query_id", "person_id", "expected", "tradition", "variation", "name", "date_of_birth",
            "sex", "nationality", "source"]
S_FIELDS = ["query_id", "half"]
MATCH_V = {"romanisation", "original_script", "exonym_cognate", "compound_particle", "mrz", "order",
           "typo", "diacritics", "partial", "nickname", "spelling_variant"}
NOMATCH_V = {"similar_name", "shared_surname", "same_name_other_dob"}
SCRIPTS = {"Latn", "Cyrl", "Arab", "Hebr", "Geor", "Grek", "Armn", "Deva", "Beng", "Taml", "Ethi",
           "Hans", "Hant", "Kore", "Jpan"}

errors = []


def err(msg):
    errors.append(msg)


def load(path, fields):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        if r.fieldnames != fields:
            err("%s: header %s != %s" % (path, r.fieldnames, fields))
        return list(r)


def parse_dob(s):
    if re.fullmatch(r"\d{4}", s):
        return int(s), None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            d = datetime.date.fromisoformat(s)
            return d.year, d
        except ValueError:
            return None
    return None


persons = load("persons.csv", P_FIELDS)
queries = load("queries.csv", Q_FIELDS)
split = load("split.csv", S_FIELDS)

P = {}
for p in persons:
    pid = p["person_id"]
    if not re.fullmatch(r"S\d{4}", pid):
        err("bad person_id %s" % pid)
    if pid in P:
        err("duplicate person_id %s" % pid)
    P[pid] = p
    if not (p["family_name"] or p["forenames"]):
        err("%s: empty name" % pid)
    if p["script"] not in SCRIPTS:
        err("%s: script %s" % (pid, p["script"]))
    if p["sex"] not in ("M", "F"):
        err("%s: sex" % pid)
    if parse_dob(p["date_of_birth"]) is None:
        err("%s: dob %s" % (pid, p["date_of_birth"]))
    if not re.fullmatch(r"[A-Z]{2}", p["nationality"]):
        err("%s: nationality" % pid)
    if bool(p["original_script_family"]) != bool(p["original_script_forenames"]) and p["forenames"]:
        err("%s: original_script fields half filled" % pid)
    if p["script"] == "Latn" and p["original_script_family"]:
        err("%s: original script on a Latin-script person" % pid)

qids = set()
typo = 0
nmatch = 0
for q in queries:
    qid = q["query_id"]
    if qid in qids:
        err("duplicate query_id %s" % qid)
    qids.add(qid)
    p = P.get(q["person_id"])
    if p is None:
        err("%s: unknown person" % qid)
        continue
    if q["tradition"] != p["tradition"]:
        err("%s: tradition differs from person" % qid)
    if not q["name"].strip():
        err("%s: empty name" % qid)
    if not q["source"].strip():
        err("%s: empty source" % qid)
    if q["sex"] not in ("", "M", "F"):
        err("%s: sex" % qid)
    if q["nationality"] and not re.fullmatch(r"[A-Z]{2}", q["nationality"]):
        err("%s: nationality" % qid)
    pd = parse_dob(p["date_of_birth"])
    if q["expected"] == "match":
        nmatch += 1
        if q["variation"] not in MATCH_V:
            err("%s: variation %s not allowed for match" % (qid, q["variation"]))
        if q["variation"] == "typo":
            typo += 1
        if q["nationality"] not in ("", p["nationality"]):
            err("%s: wrong nationality on a match" % qid)
        if q["sex"] not in ("", p["sex"]):
            err("%s: wrong sex on a match" % qid)
        if q["date_of_birth"]:
            qd = parse_dob(q["date_of_birth"])
            if qd is None or qd[0] != pd[0] or (qd[1] and qd[1] != pd[1]):
                err("%s: DOB inconsistent with person" % qid)
        if q["variation"] == "mrz" and not re.fullmatch(r"[A-Z<]*<<[A-Z<]*", q["name"]):
            err("%s: MRZ form %s" % (qid, q["name"]))
    elif q["expected"] == "nomatch":
        if q["variation"] not in NOMATCH_V:
            err("%s: variation %s not allowed for nomatch" % (qid, q["variation"]))
        qd = parse_dob(q["date_of_birth"]) if q["date_of_birth"] else None
        if qd is None:
            err("%s: nomatch without a valid DOB" % qid)
        else:
            gap = abs(qd[0] - pd[0])
            lo = 8 if q["variation"] == "same_name_other_dob" else 3
            if not (lo <= gap <= 22):
                err("%s: nomatch year gap %d" % (qid, gap))
            if q["variation"] == "same_name_other_dob" and qd[1] is None:
                err("%s: same_name_other_dob needs a full date" % qid)
        if q["nationality"] not in ("", p["nationality"]):
            pass  # allowed, but generator never does it
    else:
        err("%s: expected=%s" % (qid, q["expected"]))

if nmatch and typo / nmatch > 0.06:
    err("typo share %.1f%% > 6%%" % (100 * typo / nmatch))

sq = [s["query_id"] for s in split]
if set(sq) != qids or len(sq) != len(qids):
    err("split.csv does not list every query exactly once")
if any(s["half"] != "heldout" for s in split):
    err("split.csv half must be heldout")

# ---------------------------------------------------------------- report
md = "--markdown" in sys.argv
ex = Counter(q["expected"] for q in queries)
print("persons: %d   queries: %d   match: %d   nomatch: %d" % (len(persons), len(queries), ex["match"], ex["nomatch"]))
trads = sorted({p["tradition"] for p in persons})
print("traditions: %d (%s)" % (len(trads), ", ".join(trads)))
nonlat = [p for p in persons if p["script"] != "Latn"]
withorig = [p for p in nonlat if p["original_script_family"] or p["original_script_forenames"]]
print("non-Latin persons with original script stored: %d/%d (%.0f%%)" % (len(withorig), len(nonlat),
                                                                       100 * len(withorig) / max(1, len(nonlat))))
yo = sum(1 for p in persons if re.fullmatch(r"\d{4}", p["date_of_birth"]))
print("persons with year-only DOB: %d (%.0f%%)" % (yo, 100 * yo / len(persons)))
m = [q for q in queries if q["expected"] == "match"]
full = sum(1 for q in m if re.fullmatch(r"\d{4}-\d{2}-\d{2}", q["date_of_birth"]))
year = sum(1 for q in m if re.fullmatch(r"\d{4}", q["date_of_birth"]))
print("match DOB: full %.0f%%, year %.0f%%, empty %.0f%%; sex given %.0f%%; nationality given %.0f%%; typo %.1f%%" % (
    100 * full / len(m), 100 * year / len(m), 100 * (len(m) - full - year) / len(m),
    100 * sum(1 for q in m if q["sex"]) / len(m), 100 * sum(1 for q in m if q["nationality"]) / len(m),
    100 * typo / len(m)))
src = Counter("(compiler)" if q["source"] == "(compiler)" else "cited" for q in queries)
print("source: cited %d, (compiler) %d" % (src["cited"], src["(compiler)"]))
print()
vars_ = sorted(MATCH_V) + sorted(NOMATCH_V)
tab = defaultdict(Counter)
for q in queries:
    tab[q["tradition"]][q["variation"]] += 1
abbrev = {v: v[:6] for v in vars_}
if md:
    print("| tradition | persons | " + " | ".join(vars_) + " | total |")
    print("|---|---:|" + "---:|" * (len(vars_) + 1))
else:
    print("%-8s %4s " % ("trad", "pers") + " ".join("%6s" % abbrev[v] for v in vars_) + "  total")
pc = Counter(p["tradition"] for p in persons)
for t in trads:
    row = [tab[t][v] for v in vars_]
    if md:
        print("| %s | %d | " % (t, pc[t]) + " | ".join(str(x) for x in row) + " | %d |" % sum(row))
    else:
        print("%-8s %4d " % (t, pc[t]) + " ".join("%6d" % x for x in row) + "  %5d" % sum(row))
tot = [sum(tab[t][v] for t in trads) for v in vars_]
if md:
    print("| **all** | %d | " % len(persons) + " | ".join(str(x) for x in tot) + " | %d |" % sum(tot))
else:
    print("%-8s %4d " % ("all", len(persons)) + " ".join("%6d" % x for x in tot) + "  %5d" % sum(tot))

if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
