#!/usr/bin/env python3
"""Build persons.csv, queries.csv, split.csv for the screening evaluation set 3.
Standard library only; fixed seed; output is byte-identical on every run."""
import csv
import os
import random
import sys
import unicodedata

sys.dont_write_bytecode = True
from names import T  # noqa: E402
from sources import SRC  # noqa: E402

SEED = 20261127
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_MATCH = 900
TARGET_NOMATCH = 600

CODE = {"r": "romanisation", "s": "spelling_variant", "d": "diacritics", "c": "compound_particle",
        "x": "exonym_cognate", "n": "nickname"}
# sources whose variants form a consistent system: all parts of a name are converted together
SYSTEMS = {"bgn_ru", "fr_ru", "de_ru", "pl_ru", "cz_ru", "icao_cyr", "ua_rom", "wg", "geo", "so",
           "th_rtgs2", "id_eyd", "jp_oh", "jp_oh2", "arm", "arm_sur", "arm_kri", "icao", "alalc",
           "eg_g", "fa_ic", "he_sp", "he_chaim", "he_isaac", "fr_ar", "cn_sur", "my_cn", "ko_ibs"}
GROUP_ALIAS = {"arm_sur": "arm", "arm_kri": "arm", "he_chaim": "he", "he_isaac": "he", "he_sp": "he",
               "jp_oh": "oh", "jp_oh2": "oh"}
MOHAMMAD_BD = "Mohammad|m|মোহাম্মদ|Md.:s:muh;Mohd.:s:muh;Muhammad:s:muh;Mohammed:s:muh|"


def after_arrow(x):
    return x.split("→")[-1].strip()


def parse(block):
    out = []
    for line in block.strip().splitlines():
        if not line.strip():
            continue
        f = line.split("|")
        while len(f) < 5:
            f.append("")
        canon, sex, orig, var, sims = f[:5]
        vs = []
        for v in var.split(";"):
            if not v.strip():
                continue
            form, code, src = v.rsplit(":", 2)
            form = after_arrow(form)
            sysk = None
            if "@" in src:
                src, sysk = src.split("@")
            elif src in SYSTEMS:
                sysk = GROUP_ALIAS.get(src, src)
            assert code in CODE, (line, code)
            assert src in SRC, (line, src)
            if form != canon:
                vs.append((form, code, src, sysk))
        ss = [after_arrow(x) for x in sims.split(",") if x.strip()]
        out.append({"canon": canon, "sex": sex, "orig": orig, "var": vs, "sims": ss})
    return out


def western(entries):
    res = []
    for e in entries:
        w = [v for v in e["var"] if v[2] in ("arm", "arm_kri", "arm_sur")]
        if not w:
            res.append(e)
            continue
        wf, code, src, sk = w[0]
        nv = [(e["canon"], "r", src, "arm")] + [v for v in e["var"] if v[0] != wf]
        res.append({"canon": wf, "sex": e["sex"], "orig": e["orig"], "var": nv, "sims": e["sims"]})
    return res


def fem_ru(e):
    return {"canon": e["canon"] + "a", "sex": "f", "orig": e["orig"] + "а" if e["orig"] else "",
            "var": [(f + "a", c, s, k) for f, c, s, k in e["var"]], "sims": [x + "a" for x in e["sims"]]}


def strip_diacritics(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("Ɗ", "D").replace("ɗ", "d")
    s = s.replace("ƙ", "k").replace("Ƙ", "K").replace("ɓ", "b").replace("Ɓ", "B")
    n = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in n if not unicodedata.combining(ch))


MRZ_MAP = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "ß": "SS", "Þ": "TH"}


def mrz_part(s):
    s = s.upper()
    out = []
    for ch in s:
        if ch in MRZ_MAP:
            out.append(MRZ_MAP[ch])
        else:
            out.append(strip_diacritics(ch))
    s = "".join(out).upper()
    res = []
    for ch in s:
        if "A" <= ch <= "Z":
            res.append(ch)
        elif ch in " -":
            res.append("<")
        # apostrophes, dots: omitted
    return "".join(res).strip("<")


def norm(s):
    s = strip_diacritics(s).lower()
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return " ".join(s.split())


class Person:
    pass


def build():
    rng = random.Random(SEED)
    trads = {}
    for key, cfg in T.items():
        g = parse(cfg["given"])
        f = parse(cfg["family"]) if cfg.get("family") else []
        if cfg.get("western"):
            g, f = western(g), western(f)
        trads[key] = (cfg, g, f)

    persons = []
    seen = set()
    pid = 0
    mo_bd = parse(MOHAMMAD_BD)[0]
    for key, (cfg, G, F) in trads.items():
        made = 0
        tries = 0
        fam_used, mono_used = set(), set()
        while made < cfg["n"] and tries < 500:
            tries += 1
            has_f = any(e["sex"] == "f" for e in G)
            sex = "F" if has_f and rng.random() < 0.38 else "M"
            sx = sex.lower()
            given = [rng.choice([e for e in G if e["sex"] == sx])]
            males = [e for e in G if e["sex"] == "m"]
            mid = cfg.get("mid", 0)
            if cfg.get("midfirst") and sx == "m" and rng.random() < mid:
                given = [mo_bd] + given
            elif not cfg.get("midfirst") and rng.random() < mid:
                if key.startswith("arabic") or key == "somali":
                    cand = [e for e in males if e["canon"] != given[0]["canon"]]
                else:
                    cand = [e for e in G if e["sex"] == sx and e["canon"] != given[0]["canon"]]
                given.append(rng.choice(cand))
            used = {e["canon"] for e in given}
            if cfg.get("famfromgiven"):
                fam = [rng.choice([e for e in males if e["canon"] not in used])]
            elif cfg.get("mono") and rng.random() < cfg["mono"]:
                fam = [rng.choice([e for e in F if e["canon"] not in fam_used])]
                given = []
            else:
                pool = [e for e in F if e["sex"] in ("-", sx) and e["canon"] not in mono_used]
                fam = rng.sample(pool, cfg.get("nfam", 1))
            if cfg.get("femrule") == "ru" and sx == "f":
                fam = [fem_ru(e) for e in fam]
            eng = ""
            if cfg.get("eng") and rng.random() < 0.5:
                eng = rng.choice(cfg["eng"].split(","))
            k = (key, tuple(e["canon"] for e in given), tuple(e["canon"] for e in fam))
            if {e["canon"] for e in given} & {e["canon"] for e in fam}:
                continue
            k2 = (norm(given[0]["canon"]) if given else "", tuple(norm(e["canon"]) for e in fam))
            if k in seen or k2 in seen:
                continue
            seen.add(k)
            seen.add(k2)
            (mono_used if not given else fam_used).update(e["canon"] for e in fam)
            made += 1
            pid += 1
            p = Person()
            p.id = "P%04d" % pid
            p.trad, p.cfg, p.sex, p.given, p.fam, p.eng = key, cfg, sex, given, fam, eng
            p.G, p.F = G, F
            y = rng.randint(1955, 2004)
            if rng.random() < 0.11:
                p.dob, p.year_only = str(y), True
            else:
                p.dob, p.year_only = "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28)), False
            p.year = y
            p.nat = rng.choice(cfg["nat"])
            parts = given + fam
            p.has_orig = cfg["script"] != "Latn" and all(e["orig"] for e in parts)
            p.store_orig = p.has_orig and rng.random() < 0.5
            persons.append(p)
    return rng, persons


def forenames(p, gparts=None, eng=True):
    g = gparts if gparts is not None else [e["canon"] for e in p.given]
    if p.eng and eng:
        g = [p.eng] + g
    return " ".join(g)


def render(p, g, f, eng=True, order=None):
    """g, f: lists of strings for given parts and family parts."""
    order = order or p.cfg["order"]
    gs = " ".join(x for x in g if x)
    fs = " ".join(x for x in f if x)
    if order == "GF":
        s = " ".join(x for x in ([p.eng] if (p.eng and eng) else []) + [gs, fs] if x)
    else:  # FG; HK style puts the English name first
        s = " ".join(x for x in ([p.eng] if (p.eng and eng) else []) + [fs, gs] if x)
    return s


def natural(p):
    return render(p, [e["canon"] for e in p.given], [e["canon"] for e in p.fam])


def orig_name(p):
    sep = p.cfg.get("sep", " ")
    g = sep.join(e["orig"] for e in p.given)
    f = sep.join(e["orig"] for e in p.fam)
    if p.cfg["order"] == "FG" or p.cfg.get("natfirst_orig"):
        return sep.join(x for x in (f, g) if x)
    return " ".join(x for x in (g, f) if x)


def typo(rng, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    op = rng.choice(["drop", "double", "swap", "vowel"])
    if op == "drop":
        w2 = w[:j] + w[j + 1:]
    elif op == "double":
        w2 = w[:j] + w[j] + w[j:]
    elif op == "swap":
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        vow = "aeiou"
        ch = w[j].lower()
        if ch in vow:
            w2 = w[:j] + rng.choice([v for v in vow if v != ch]) + w[j + 1:]
        else:
            w2 = w[:j] + w[j + 1:]
    if w2 == w:
        return None
    words[i] = w2
    return " ".join(words)


def candidates(rng, p):
    """Return list of (name, variation, source_key)."""
    cands = []
    gc = [e["canon"] for e in p.given]
    fc = [e["canon"] for e in p.fam]
    parts = [("g", i, e) for i, e in enumerate(p.given)] + [("f", i, e) for i, e in enumerate(p.fam)]
    # (a) systematic conversions of the whole name: every part that has a form in the same
    #     system is converted together; alternative forms within a system give extra names
    groups = []
    for _, _, e in parts:
        for form, code, src, sk in e["var"]:
            if sk and code in ("r", "d", "s") and (sk, code) not in groups:
                groups.append((sk, code))
    for sk, code in groups:
        per = []
        for kind, i, e in parts:
            per.append([(f2, s2) for f2, c2, s2, k2 in e["var"] if k2 == sk and c2 == code])
        base_g, base_f = list(gc), list(fc)
        srcs = []
        for (kind, i, e), alts in zip(parts, per):
            if alts:
                (base_g if kind == "g" else base_f)[i] = alts[0][0]
                if alts[0][1] not in srcs:
                    srcs.append(alts[0][1])
        cands.append((render(p, base_g, base_f), CODE[code], "+".join(srcs)))
        for (kind, i, e), alts in zip(parts, per):
            for f2, s2 in alts[1:]:
                g, f = list(base_g), list(base_f)
                (g if kind == "g" else f)[i] = f2
                cands.append((render(p, g, f), CODE[code], s2))
    # (b) single-part variants (non-systematic, nicknames, cognates, compounds)
    for kind, i, e in parts:
        for form, code, src, sk in e["var"]:
            if sk and code in ("r", "d", "s"):
                continue
            if code == "n" and not (kind == "g" and i == 0):
                continue
            g, f = list(gc), list(fc)
            (g if kind == "g" else f)[i] = form
            cands.append((render(p, g, f), CODE[code], src))
    # (c) original script
    if p.has_orig:
        cands.append((orig_name(p), "original_script", "C"))
    # (d) order
    if gc and fc:
        if p.cfg["order"] == "GF":
            cands.append((render(p, gc, fc, order="FG"), "order", "C"))
        else:
            src = "hk_name" if p.trad in ("chinese_hk", "chinese_macau", "chinese_sg_my") else (
                "ko_ibs" if p.trad == "korean" else "C")
            cands.append((render(p, gc, fc, order="GF"), "order", src))
        fam_up = " ".join(fc).upper()
        cands.append((fam_up + ", " + forenames(p), "order", "hk_name" if p.eng else "C"))
    # (e) MRZ
    prim = mrz_part(" ".join(fc))
    sec = mrz_part(forenames(p)) if (gc or p.eng) else ""
    mrz = prim + "<<" + sec
    if len(mrz) > 39:
        mrz = mrz[:39].rstrip("<")
    cands.append((mrz, "mrz", "icao"))
    # (f) typo
    t = typo(rng, natural(p))
    if t:
        cands.append((t, "typo", "C"))
    # (g) diacritics, whole name
    nat = natural(p)
    if p.cfg["script"] == "Latn" and strip_diacritics(nat) != nat:
        cands.append((strip_diacritics(nat), "diacritics", p.cfg.get("diac_src", "icao")))
    # (h) partial
    trad = p.trad
    if len(p.given) >= 2 and trad != "somali" and not (p.given[0]["canon"] == "Mohammad" and trad == "bengali_bd"):
        cands.append((render(p, gc[:1], fc, eng=False), "partial", "C"))
    if trad == "bengali_bd" and p.given and p.given[0]["canon"] == "Mohammad":
        cands.append((render(p, gc[1:], fc), "partial", "muh"))
    if trad == "somali":
        cands.append((render(p, gc[:1], fc), "partial", "so_conv"))
        cands.append((render(p, gc, []), "partial", "so_conv"))
        cands.append((gc[0] + " " + gc[1] + "-" + fc[0], "compound_particle", "so_conv"))
    if p.cfg.get("nfam") == 2 and gc:
        keep = fc[:1] if trad == "spanish" else fc[-1:]
        cands.append((render(p, gc[:1], keep), "partial", "C"))
        if trad == "spanish":
            cands.append((render(p, gc, [fc[0] + "-" + fc[1]]), "compound_particle", "C"))
    if trad == "vietnamese":
        last = gc[0].split(" ")[-1]
        cands.append((" ".join([last, fc[0]]), "partial", "vi_name"))
        cands.append((" ".join([gc[0], fc[0]]), "order", "vi_name"))
    if p.eng:
        cands.append((p.eng + " " + fc[0], "partial", "hk_name"))
        cands.append((render(p, gc, fc, eng=False), "partial", "hk_name"))
    if trad == "tamil":
        cands.append((fc[0][0] + ". " + gc[0], "partial", "ta_init"))
        cands.append((gc[0] + " " + fc[0][0] + ".", "partial", "ta_init2"))
    if trad == "telugu":
        gp = gc[0].split(" ")
        if len(gp) >= 2:
            cands.append((fc[0][0] + ". " + gp[0][0] + ". " + " ".join(gp[1:]), "partial", "ta_init"))
        cands.append((fc[0][0] + ". " + gc[0], "partial", "ta_init"))
    if trad.startswith("arabic") and len(p.given) >= 2 and p.cfg.get("bin") and p.sex == "M":
        b = p.cfg["bin"]
        cands.append((" ".join([gc[0], b, gc[1]] + fc), "compound_particle", "alalc" if b == "ibn" else "C"))
    if trad == "ethiopic":
        cands.append((gc[0] + " " + fc[0], "order", "C") if False else (fc[0] + " " + gc[0], "order", "habesha"))
    # drop duplicates / no-change
    res, seen = [], {norm(nat)}
    for name, var, src in cands:
        k = norm(name) + "|" + name
        if name == nat or k in seen:
            continue
        if var == "typo" and norm(name) in {norm(c[0]) for c in cands if c[1] != "typo"}:
            continue
        seen.add(k)
        res.append((name, var, src))
    return res


WEIGHT = {"romanisation": 8, "spelling_variant": 3, "compound_particle": 5, "original_script": 3.5,
          "exonym_cognate": 2.5, "nickname": 3, "mrz": 0.6, "order": 0.7, "partial": 2.5,
          "diacritics": 3.5, "typo": 0.5}


def pick(rng, cands, k):
    bytype = {}
    for c in cands:
        bytype.setdefault(c[1], []).append(c)
    for v in bytype.values():
        rng.shuffle(v)
    chosen = []
    types = sorted(bytype)
    while len(chosen) < k and any(bytype.values()):
        avail = [t for t in types if bytype[t]]
        used = {}
        for c in chosen:
            used[c[1]] = used.get(c[1], 0) + 1
        w = [WEIGHT[t] / (1 + 2.5 * used.get(t, 0)) for t in avail]
        t = rng.choices(avail, weights=w)[0]
        chosen.append(bytype[t].pop())
    return chosen


def dob_offset(rng, p, lo, hi, full):
    d = rng.randint(lo, hi) * rng.choice([-1, 1])
    y = p.year + d
    if y > 2008:
        y = p.year - rng.randint(lo, hi)
    if full:
        return "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))
    return str(y)


def negatives(rng, p):
    """Return list of (name, variation, sex, dob)."""
    out = []
    gc = [e["canon"] for e in p.given]
    fc = [e["canon"] for e in p.fam]
    sx = p.sex
    # similar_name
    opts = []
    if p.given and p.given[-1 if p.trad == "bengali_bd" else 0]["sims"]:
        gi = len(p.given) - 1 if p.trad == "bengali_bd" else 0
        for s in p.given[gi]["sims"]:
            g = list(gc)
            g[gi] = s
            opts.append(render(p, g, fc, eng=False))
    if p.fam and p.fam[0]["sims"]:
        for s in p.fam[0]["sims"]:
            f = list(fc)
            f[0] = s
            opts.append(render(p, gc, f, eng=False))
    for o in rng.sample(opts, min(2, len(opts))):
        out.append((o, "similar_name", sx))
    # shared_surname: a different person with the same family name
    if p.fam and p.given:
        own = set()
        for e in p.given + p.fam:
            own.add(norm(e["canon"]))
            own.update(norm(v[0]) for v in e["var"])
            own.update(norm(s) for s in e["sims"])
        own.update(norm(x) for x in fc)
        ftok = set(" ".join(norm(x) for x in fc).split())
        pool = [e for e in p.G if norm(e["canon"]) not in own and e["canon"] != "Mohammad"
                and not (set(norm(e["canon"]).split()) & ftok)]
        if p.cfg.get("femrule") or any(e["sex"] in ("m", "f") for e in p.F) and not p.cfg.get("famfromgiven"):
            pool = [e for e in pool if e["sex"] == sx.lower()]
        if pool:
            e = rng.choice(pool)
            out.append((render(p, [e["canon"]], fc, eng=False), "shared_surname", e["sex"].upper()))
    # same name, other person, other date of birth
    out.append((natural(p), "same_name_other_dob", sx))
    return out


def main():
    rng, persons = build()
    qrows = []
    match_pool = {}
    for p in persons:
        match_pool[p.id] = candidates(rng, p)
    owner = {}
    for p in persons:
        names = [natural(p), render(p, [e["canon"] for e in p.given], [e["canon"] for e in p.fam],
                                     order="FG" if p.cfg["order"] == "GF" else "GF")]
        names += [c[0] for c in match_pool[p.id]]
        for n in names:
            owner.setdefault(norm(n), set()).add(p.id)
    for p in persons:
        match_pool[p.id] = [c for c in match_pool[p.id] if owner[norm(c[0])] == {p.id}]
    # allocate matches: 4 or 5 per person, weighted, then top up to the target
    chosen = {}
    for p in persons:
        k = 5 if rng.random() < 0.3 else 4
        chosen[p.id] = pick(rng, match_pool[p.id], k)
    total = sum(len(v) for v in chosen.values())
    order = list(persons)
    while total < TARGET_MATCH:
        rng.shuffle(order)
        grew = False
        for p in order:
            rest = [c for c in match_pool[p.id] if c not in chosen[p.id]]
            if rest and total < TARGET_MATCH:
                extra = pick(rng, rest, 1)
                chosen[p.id].extend(extra)
                total += 1
                grew = True
        if not grew:
            break
    while total > TARGET_MATCH:
        p = rng.choice(persons)
        if len(chosen[p.id]) > 3:
            chosen[p.id].pop(rng.randrange(len(chosen[p.id])))
            total -= 1
    neg = {}
    for p in persons:
        keep = []
        for n in negatives(rng, p):
            if n[1] != "same_name_other_dob" and norm(n[0]) in owner:
                continue
            if n[1] == "same_name_other_dob" and owner.get(norm(n[0]), {p.id}) != {p.id}:
                continue
            keep.append(n)
        neg[p.id] = keep
    ntotal = sum(len(v) for v in neg.values())
    while ntotal > TARGET_NOMATCH:
        p = rng.choice(persons)
        sims = [i for i, n in enumerate(neg[p.id]) if n[1] == "similar_name"]
        if len(neg[p.id]) > 2:
            i = sims[0] if len(sims) > 1 else rng.randrange(len(neg[p.id]))
            neg[p.id].pop(i)
            ntotal -= 1

    # assemble query rows
    all_rows = []
    for p in persons:
        for name, var, src in chosen[p.id]:
            # DOB: year-only persons get the year or nothing
            r = rng.random()
            if p.year_only:
                dob = p.dob if r < 0.5 else ""
            else:
                dob = p.dob if r < 0.35 else (str(p.year) if r < 0.55 else "")
            nat = p.nat if rng.random() < 0.54 else ""
            sex = p.sex if rng.random() < 0.45 else ""
            cite = " + ".join(SRC[k] for k in src.split("+"))
            all_rows.append([p.id, "match", p.trad, var, name, dob, sex, nat, cite])
        for name, var, nsex in neg[p.id]:
            if var == "same_name_other_dob":
                dob = dob_offset(rng, p, 8, 22, True)
            else:
                dob = dob_offset(rng, p, 3, 22, rng.random() < 0.7)
            nat = rng.choice(p.cfg["nat"]) if rng.random() < 0.5 else ""
            sex = nsex if rng.random() < 0.42 else ""
            all_rows.append([p.id, "nomatch", p.trad, var, name, dob, sex, nat, "(compiler)"])
    # interleave deterministically so that person order is not obvious
    rng.shuffle(all_rows)
    for i, r in enumerate(all_rows, 1):
        qrows.append(["Q%05d" % i] + r)

    def write(fn, header, rows):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows)

    prow = []
    for p in persons:
        ofam = " ".join(e["orig"] for e in p.fam) if p.store_orig else ""
        ofor = (p.cfg.get("sep", " ")).join(e["orig"] for e in p.given) if p.store_orig else ""
        prow.append([p.id, p.trad, " ".join(e["canon"] for e in p.fam), forenames(p), ofam, ofor,
                     p.cfg["script"], p.sex, p.dob, p.nat])
    write("persons.csv", ["person_id", "tradition", "family_name", "forenames", "original_script_family",
                          "original_script_forenames", "script", "sex", "date_of_birth", "nationality"], prow)
    write("queries.csv", ["query_id", "person_id", "expected", "tradition", "variation", "name",
                          "date_of_birth", "sex", "nationality", "source"], qrows)
    write("split.csv", ["query_id", "half"], [[q[0], "heldout"] for q in qrows])
    print("persons", len(prow), "queries", len(qrows))


if __name__ == "__main__":
    main()
