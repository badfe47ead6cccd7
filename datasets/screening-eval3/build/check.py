#!/usr/bin/env python3
"""Validate persons.csv / queries.csv / split.csv against the set-2 schema and print counts.
Exit status 1 if any error is found."""
import collections
import csv
import io
import os
import re
import sys
import unicodedata

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load(fn, header):
    raw = open(os.path.join(D, fn), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(fn + ": has a BOM")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        err(fn + ": bare LF line end")
    if not text.endswith("\r\n"):
        err(fn + ": last line not CRLF-terminated")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if rows[0] != header:
        err("%s: header %r" % (fn, rows[0]))
    # RFC 4180 round trip: re-serialise with minimal quoting and compare bytes
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    if buf.getvalue() != text:
        err(fn + ": not in canonical RFC 4180 minimal-quoting form")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d fields" % (fn, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


def strip(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    s = strip(s).lower()
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return " ".join(s.split())


PH = ["person_id", "tradition", "family_name", "forenames", "original_script_family",
      "original_script_forenames", "script", "sex", "date_of_birth", "nationality"]
QH = ["query_id", "person_id", "expected", "tradition", "variation", "name", "date_of_birth", "sex",
      "nationality", "source"]
SH = ["query_id", "half"]
MATCH_V = {"romanisation", "original_script", "exonym_cognate", "compound_particle", "mrz", "order", "typo",
           "diacritics", "partial", "nickname", "spelling_variant"}
NOMATCH_V = {"similar_name", "shared_surname", "same_name_other_dob"}
SCRIPTS = {"Latn", "Cyrl", "Arab", "Hebr", "Geor", "Grek", "Armn", "Deva", "Beng", "Taml", "Ethi", "Hans", "Hant",
           "Kore", "Jpan", "Telu", "Thai"}
ISO2 = set("AF AM AR BA BD BH BJ BR CN CO CY CZ DE DJ DZ EG ER ES ET FR GE GR HK HR ID IL IN IQ IR JO JP KE KR "
           "KW LB LK MA ME MO MX MY NE NG OM PE PL PS PT QA RS RU SA SG SO SY TH TN TR TW UA US VN AE BY".split())

P = load("persons.csv", PH)
Q = load("queries.csv", QH)
S = load("split.csv", SH)

pid = {}
for r in P:
    if r["person_id"] in pid:
        err("duplicate person " + r["person_id"])
    pid[r["person_id"]] = r
    if not re.fullmatch(r"P\d{4}", r["person_id"]):
        err("bad person id " + r["person_id"])
    if r["script"] not in SCRIPTS:
        err("bad script %s" % r)
    if r["sex"] not in ("M", "F"):
        err("bad sex %s" % r["person_id"])
    if not re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", r["date_of_birth"]):
        err("bad dob %s" % r["person_id"])
    if r["nationality"] not in ISO2:
        err("bad nationality %s %s" % (r["person_id"], r["nationality"]))
    if not r["family_name"]:
        err("empty family name " + r["person_id"])
    if (r["original_script_family"] == "") != (r["original_script_forenames"] == "" and r["forenames"] != "" or r["original_script_family"] == ""):
        pass
    if r["script"] == "Latn" and (r["original_script_family"] or r["original_script_forenames"]):
        err("Latin person with original script " + r["person_id"])

qid = set()
names_by_person = collections.defaultdict(set)
for r in Q:
    if r["query_id"] in qid:
        err("duplicate query " + r["query_id"])
    qid.add(r["query_id"])
    p = pid.get(r["person_id"])
    if not p:
        err("unknown person in " + r["query_id"])
        continue
    if r["tradition"] != p["tradition"]:
        err("tradition mismatch " + r["query_id"])
    if not r["name"].strip():
        err("empty name " + r["query_id"])
    if r["name"] != r["name"].strip() or "  " in r["name"]:
        err("whitespace in name " + r["query_id"])
    if not (r["source"] == "(compiler)" or "http" in r["source"]):
        err("source neither a URL citation nor (compiler): " + r["query_id"])
    if r["sex"] not in ("", "M", "F"):
        err("bad sex " + r["query_id"])
    if r["nationality"] and r["nationality"] not in ISO2:
        err("bad nationality " + r["query_id"])
    key = (r["person_id"], r["expected"], r["name"])
    if key in names_by_person:
        err("duplicate name for person " + r["query_id"])
    names_by_person[key].add(r["query_id"])
    pd = p["date_of_birth"]
    py = int(pd[:4])
    if r["expected"] == "match":
        if r["variation"] not in MATCH_V:
            err("bad match variation " + r["query_id"])
        d = r["date_of_birth"]
        if d and d not in (pd, pd[:4]):
            err("match dob differs from person " + r["query_id"])
        if len(pd) == 4 and len(d) == 10:
            err("full date for year-only person " + r["query_id"])
        if r["nationality"] and r["nationality"] != p["nationality"]:
            err("match with wrong nationality " + r["query_id"])
        if r["sex"] and r["sex"] != p["sex"]:
            err("match with wrong sex " + r["query_id"])
        if norm(r["name"]) == norm(p["forenames"] + " " + p["family_name"]) and r["variation"] not in ("order", "diacritics", "mrz"):
            warnings.append("match query equals filed name after normalisation: " + r["query_id"])
    elif r["expected"] == "nomatch":
        if r["variation"] not in NOMATCH_V:
            err("bad nomatch variation " + r["query_id"])
        d = r["date_of_birth"]
        if not d:
            err("nomatch without dob " + r["query_id"])
            continue
        gap = abs(int(d[:4]) - py)
        if r["variation"] == "same_name_other_dob":
            if not (8 <= gap <= 22 and len(d) == 10):
                err("same_name_other_dob dob rule " + r["query_id"])
        elif not (3 <= gap <= 22):
            err("nomatch dob gap rule " + r["query_id"])
        if r["variation"] != "same_name_other_dob" and norm(r["name"]) == norm(p["forenames"] + " " + p["family_name"]):
            err("similar/shared negative has the person's own name " + r["query_id"])
    else:
        err("bad expected " + r["query_id"])

# negatives must not coincide with any listed person of similar age; match queries must not be
# another person's filed name
filed = collections.defaultdict(list)
for p in P:
    full = norm(p["forenames"] + " " + p["family_name"])
    filed[full].append(p)
    filed[norm(p["family_name"] + " " + p["forenames"])].append(p)
for r in Q:
    n = norm(r["name"])
    for p in filed.get(n, []):
        if p["person_id"] == r["person_id"]:
            continue
        if r["expected"] == "match":
            err("match query %s equals filed name of other person %s" % (r["query_id"], p["person_id"]))
        elif abs(int(r["date_of_birth"][:4]) - int(p["date_of_birth"][:4])) < 3:
            err("negative %s equals listed person %s of similar age" % (r["query_id"], p["person_id"]))

# split
sq = [s["query_id"] for s in S]
if sorted(sq) != sorted(qid):
    err("split does not cover exactly the queries")
if any(s["half"] != "heldout" for s in S):
    err("split half not heldout")

# ---- counts ----
def pct(a, b):
    return "%d (%.0f %%)" % (a, 100.0 * a / b) if b else "0"

print("persons:", len(P), " traditions:", len({p["tradition"] for p in P}))
nonlatin = [p for p in P if p["script"] != "Latn"]
withorig = [p for p in nonlatin if p["original_script_family"] or p["original_script_forenames"]]
print("non-Latin-script persons:", len(nonlatin), " with original script stored:", pct(len(withorig), len(nonlatin)))
print("persons with year-only DOB:", pct(sum(len(p["date_of_birth"]) == 4 for p in P), len(P)))
M = [r for r in Q if r["expected"] == "match"]
N = [r for r in Q if r["expected"] == "nomatch"]
print("queries:", len(Q), " match:", len(M), " nomatch:", len(N))
print("match DOB full / year / empty:", pct(sum(len(r["date_of_birth"]) == 10 for r in M), len(M)),
      "/", pct(sum(len(r["date_of_birth"]) == 4 for r in M), len(M)), "/", pct(sum(r["date_of_birth"] == "" for r in M), len(M)))
print("match nationality given:", pct(sum(bool(r["nationality"]) for r in M), len(M)),
      " sex given:", pct(sum(bool(r["sex"]) for r in M), len(M)))
print("nomatch DOB full / year:", pct(sum(len(r["date_of_birth"]) == 10 for r in N), len(N)), "/",
      pct(sum(len(r["date_of_birth"]) == 4 for r in N), len(N)))
print("queries citing a public table/page:", pct(sum(r["source"] != "(compiler)" for r in M), len(M)), "of match queries")
print()
print("match queries per variation:")
for k, v in sorted(collections.Counter(r["variation"] for r in M).items(), key=lambda x: -x[1]):
    print("  %-18s %4d" % (k, v))
print("nomatch queries per variation:")
for k, v in sorted(collections.Counter(r["variation"] for r in N).items(), key=lambda x: -x[1]):
    print("  %-18s %4d" % (k, v))
print()
print("%-18s %7s %6s %8s" % ("tradition", "persons", "match", "nomatch"))
pc = collections.Counter(p["tradition"] for p in P)
mc = collections.Counter(r["tradition"] for r in M)
nc = collections.Counter(r["tradition"] for r in N)
for t in sorted(pc, key=lambda t: (-pc[t], t)):
    print("%-18s %7d %6d %8d" % (t, pc[t], mc[t], nc[t]))
print()
print("tradition x match variation:")
vs = sorted(MATCH_V)
ab = {"romanisation": "rom", "original_script": "orig", "exonym_cognate": "exo", "compound_particle": "comp",
      "mrz": "mrz", "order": "ord", "typo": "typo", "diacritics": "diac", "partial": "part", "nickname": "nick",
      "spelling_variant": "spell"}
print("%-18s " % "" + " ".join("%5s" % ab[v] for v in vs))
tv = collections.Counter((r["tradition"], r["variation"]) for r in M)
for t in sorted(pc):
    print("%-18s " % t + " ".join("%5d" % tv[(t, v)] for v in vs))
print()
if warnings:
    print("note: %d match queries differ from the filed name only by case, hyphen/space or accents "
          "(hyphenation, macrons, MRZ-like spacing)" % len(warnings))
if errors:
    for e in errors[:50]:
        print("ERROR:", e)
    print("%d errors" % len(errors))
    sys.exit(1)
print("OK: no errors")
