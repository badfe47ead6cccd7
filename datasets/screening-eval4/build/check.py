#!/usr/bin/env python3
"""Validate persons.csv / queries.csv / split.csv against schema-of-set2.md and this set's own rules.
Exits 1 on any error; prints counts.  Usage: python3 build/check.py [datadir] [--rebuild]
--rebuild also regenerates into a temp folder and checks byte-identical output."""
import collections
import csv
import datetime
import io
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
DIR = args[0] if args else os.path.dirname(HERE)
errors = []


def err(msg):
    if len(errors) < 200:
        print("ERROR:", msg)
    errors.append(msg)


P_HDR = ["person_id", "tradition", "family_name", "forenames", "original_script_family",
         "original_script_forenames", "script", "sex", "date_of_birth", "nationality"]
Q_HDR = ["query_id", "person_id", "expected", "tradition", "variation", "name", "date_of_birth", "sex",
         "nationality", "source"]
S_HDR = ["query_id", "half"]
MATCH_V = {"romanisation", "original_script", "exonym_cognate", "compound_particle", "mrz", "order", "typo",
           "diacritics", "partial", "nickname", "spelling_variant"}
NOMATCH_V = {"similar_name", "shared_surname", "same_name_other_dob"}
SCRIPTS = {"Latn", "Cyrl", "Arab", "Hebr", "Geor", "Grek", "Armn", "Deva", "Beng", "Taml", "Ethi", "Hans", "Hant",
           "Kore", "Jpan", "Thai"}
HEAVY = ["arabic_maghreb", "indonesian", "bengali_bd", "chinese_hk", "chinese_macau", "chinese_sg_my", "thai",
         "persian"]


def read(fn, hdr):
    path = os.path.join(DIR, fn)
    if not os.path.exists(path):
        err("missing " + fn)
        return []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(fn + ": has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fn + ": not UTF-8: %s" % e)
        return []
    if re.search(r"(?<!\r)\n", text):
        err(fn + ": bare LF line ending found (CRLF required)")
    if not text.endswith("\r\n"):
        err(fn + ": last line not terminated by CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    if buf.getvalue() != text:
        err(fn + ": not in RFC 4180 minimal-quoting form (re-serialisation differs)")
    if not rows or rows[0] != hdr:
        err(fn + ": header mismatch: %r" % (rows[0] if rows else None))
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(hdr):
            err("%s line %d: %d fields" % (fn, i, len(r)))
            continue
        out.append(dict(zip(hdr, r)))
    return out


def strip_d(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def key(s):
    s = strip_d(s).casefold().replace("<", " ")
    s = re.sub(r"[^\w]+", " ", s).replace("_", " ")
    return " ".join(sorted(t for t in s.split() if t))


def parse_dob(s):
    if re.fullmatch(r"\d{4}", s):
        return int(s), None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            datetime.date.fromisoformat(s)
        except ValueError:
            return None
        return int(s[:4]), s
    return None


persons = read("persons.csv", P_HDR)
queries = read("queries.csv", Q_HDR)
split = read("split.csv", S_HDR)

P = {}
for p in persons:
    if p["person_id"] in P:
        err("duplicate person_id " + p["person_id"])
    P[p["person_id"]] = p
    if not p["tradition"] or not re.fullmatch(r"[a-z_]+", p["tradition"]):
        err("bad tradition %r" % p["tradition"])
    if not p["family_name"].strip():
        err(p["person_id"] + ": empty family_name")
    if p["script"] not in SCRIPTS:
        err(p["person_id"] + ": bad script " + p["script"])
    if p["sex"] not in ("M", "F"):
        err(p["person_id"] + ": bad sex")
    if parse_dob(p["date_of_birth"]) is None:
        err(p["person_id"] + ": bad date_of_birth " + p["date_of_birth"])
    if not re.fullmatch(r"[A-Z]{2}", p["nationality"]):
        err(p["person_id"] + ": bad nationality")
    if p["script"] == "Latn" and (p["original_script_family"] or p["original_script_forenames"]):
        err(p["person_id"] + ": Latin-script person with original script")
    if bool(p["original_script_family"]) != bool(p["original_script_forenames"]) and p["forenames"]:
        err(p["person_id"] + ": original script half filled")

filed = collections.defaultdict(set)
for p in persons:
    filed[key(p["forenames"] + " " + p["family_name"])].add(p["person_id"])
for k, ids in filed.items():
    if len(ids) > 1:
        err("persons share a normalised filed name: %s" % sorted(ids))

match_keys = collections.defaultdict(set)
for q in queries:
    if q["expected"] == "match":
        match_keys[key(q["name"])].add(q["person_id"])

qids = set()
for q in queries:
    qid = q["query_id"]
    if qid in qids:
        err("duplicate query_id " + qid)
    qids.add(qid)
    p = P.get(q["person_id"])
    if not p:
        err(qid + ": unknown person")
        continue
    if q["tradition"] != p["tradition"]:
        err(qid + ": tradition differs from person")
    if not q["name"].strip():
        err(qid + ": empty name")
    src = q["source"]
    if not (src == "(compiler)" or re.match(r"https?://\S+$", src)):
        err(qid + ": bad source %r" % src)
    pd = parse_dob(p["date_of_birth"])
    k = key(q["name"])
    if q["expected"] == "match":
        if q["variation"] not in MATCH_V:
            err(qid + ": bad match variation " + q["variation"])
        if q["sex"] not in ("", p["sex"]):
            err(qid + ": match with wrong sex")
        if q["nationality"] not in ("", p["nationality"]):
            err(qid + ": match with wrong nationality")
        if q["date_of_birth"]:
            d = parse_dob(q["date_of_birth"])
            if d is None:
                err(qid + ": bad dob")
            elif d[0] != pd[0] or (d[1] and d[1] != pd[1]):
                err(qid + ": match dob inconsistent with person")
            elif d[1] and pd[1] is None:
                err(qid + ": full dob for a year-only person")
        others = (filed.get(k, set()) | match_keys.get(k, set())) - {p["person_id"]}
        if others:
            err(qid + ": match name %r normalises to another person's name/candidate %s" % (q["name"], sorted(others)))
    elif q["expected"] == "nomatch":
        if q["variation"] not in NOMATCH_V:
            err(qid + ": bad nomatch variation " + q["variation"])
        d = parse_dob(q["date_of_birth"])
        if not q["date_of_birth"] or d is None:
            err(qid + ": nomatch without a valid dob")
            continue
        gap = abs(d[0] - pd[0])
        if q["variation"] == "same_name_other_dob":
            if not (8 <= gap <= 22) or d[1] is None:
                err(qid + ": same_name_other_dob needs a full date 8-22 years away (gap %d)" % gap)
            if key(q["name"]) != key(p["forenames"] + " " + p["family_name"]):
                err(qid + ": same_name_other_dob name differs from filed name")
            others = (filed.get(k, set()) | match_keys.get(k, set())) - {p["person_id"]}
        else:
            if not (3 <= gap <= 22):
                err(qid + ": nomatch dob gap %d outside 3-22" % gap)
            others = filed.get(k, set()) | match_keys.get(k, set())
        if others:
            err(qid + ": nomatch name %r equals a filed name/match candidate of %s" % (q["name"], sorted(others)))
    else:
        err(qid + ": bad expected " + q["expected"])

sq = [s["query_id"] for s in split]
if sorted(sq) != sorted(qids) or len(sq) != len(set(sq)):
    err("split.csv does not list every query exactly once")
if any(s["half"] != "heldout" for s in split):
    err("split.csv: half must be heldout")

# ---- size requirements
tr_p = collections.Counter(p["tradition"] for p in persons)
tr_m = collections.Counter(q["tradition"] for q in queries if q["expected"] == "match")
nm = sum(1 for q in queries if q["expected"] == "match")
nn = sum(1 for q in queries if q["expected"] == "nomatch")
if nm < 1200:
    err("fewer than 1200 match queries (%d)" % nm)
if nn < 1000:
    err("fewer than 1000 nomatch queries (%d)" % nn)
if len(tr_p) < 30:
    err("fewer than 30 traditions (%d)" % len(tr_p))
for t in HEAVY:
    if tr_p[t] < 12 or tr_m[t] < 40:
        err("weighted tradition %s: %d persons / %d match queries (need 12/40)" % (t, tr_p[t], tr_m[t]))

# ---- rebuild determinism
if "--rebuild" in sys.argv:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), td], check=True,
                       stdout=subprocess.DEVNULL)
        for fn in ("persons.csv", "queries.csv", "split.csv"):
            a = open(os.path.join(DIR, fn), "rb").read()
            b = open(os.path.join(td, fn), "rb").read()
            if a != b:
                err("rebuild differs for " + fn)
    print("rebuild: byte-identical" if not any("rebuild" in e for e in errors) else "rebuild: DIFFERS")

# ---- counts
print("persons:", len(persons), " traditions:", len(tr_p))
nonlat = [p for p in persons if p["script"] != "Latn"]
withorig = [p for p in nonlat if p["original_script_family"]]
print("non-Latin-script persons: %d, original script filed for %d (%.0f%%)" % (
    len(nonlat), len(withorig), 100.0 * len(withorig) / max(1, len(nonlat))))
print("persons with year-only DOB: %d (%.0f%%)" % (
    sum(1 for p in persons if len(p["date_of_birth"]) == 4),
    100.0 * sum(1 for p in persons if len(p["date_of_birth"]) == 4) / max(1, len(persons))))
print("queries: %d  match: %d  nomatch: %d" % (len(queries), nm, nn))
cited = sum(1 for q in queries if q["expected"] == "match" and q["source"] != "(compiler)")
print("match queries citing a public source: %d (%.1f%%)" % (cited, 100.0 * cited / max(1, nm)))
mq = [q for q in queries if q["expected"] == "match"]
full = sum(1 for q in mq if len(q["date_of_birth"]) == 10)
yr = sum(1 for q in mq if len(q["date_of_birth"]) == 4)
print("match DOB: full %.0f%% / year %.0f%% / empty %.0f%%; nationality given %.0f%%; sex given %.0f%%" % (
    100.0 * full / nm, 100.0 * yr / nm, 100.0 * (nm - full - yr) / nm,
    100.0 * sum(1 for q in mq if q["nationality"]) / nm, 100.0 * sum(1 for q in mq if q["sex"]) / nm))
print("variations:")
for v, c in sorted(collections.Counter((q["expected"], q["variation"]) for q in queries).items()):
    print("  %-8s %-20s %5d" % (v[0], v[1], c))
print("per tradition (persons / match / nomatch):")
tr_n = collections.Counter(q["tradition"] for q in queries if q["expected"] == "nomatch")
for t in sorted(tr_p):
    print("  %-18s %3d %4d %4d" % (t, tr_p[t], tr_m[t], tr_n[t]))
print("errors:", len(errors))
sys.exit(1 if errors else 0)
