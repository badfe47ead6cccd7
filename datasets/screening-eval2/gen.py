#!/usr/bin/env python3
"""Generate persons.csv, queries.csv, split.csv deterministically (seed fixed).
Standard library only.  Run:  python3 gen.py"""
import csv
import random
import re
import unicodedata
from collections import Counter, defaultdict

from names_data import T, COUNTS
from sources import SOURCES
from translit import SYSTEMS

SEED = 20261127
rng = random.Random(SEED)

KIND = {"r": "romanisation", "s": "spelling_variant", "d": "diacritics",
        "c": "exonym_cognate", "p": "compound_particle"}


# ------------------------------------------------------------------ parsing
class Part:
    def __init__(self, std, orig="", variants=None, nicks=None, sims=None):
        self.std = std
        self.orig = orig
        self.variants = variants or []   # (kind, value, srckey)
        self.nicks = nicks or []         # (value, srckey)
        self.sims = sims or []
        self.auto = {}                   # system -> (form, srckey)

    def forms(self):
        f = [self.std] + [v for _, v, _ in self.variants] + [n for n, _ in self.nicks]
        f += [v for v, _ in self.auto.values()]
        if self.orig:
            f.append(self.orig)
        return f

    def __repr__(self):
        return "Part(%s)" % self.std


def parse(entry, trad):
    fields = entry.split("|") + [""] * 5
    std, orig, var, nick, sim = [x.strip() for x in fields[:5]]
    src = trad["src"]
    variants = []
    for tok in [t.strip() for t in var.split(",") if t.strip()]:
        k, v = tok.split(":", 1)
        if "@" in v:
            v, sk = v.rsplit("@", 1)
        else:
            sk = src.get(k, "compiler")
        variants.append((k, v.strip(), sk))
    nicks = []
    for tok in [t.strip() for t in nick.split(",") if t.strip()]:
        if "@" in tok:
            v, sk = tok.rsplit("@", 1)
        else:
            v, sk = tok, src.get("n", "compiler")
        nicks.append((v, sk))
    sims = [s.strip() for s in sim.split(",") if s.strip()]
    p = Part(std, orig, variants, nicks, sims)
    for sysname, sk in trad.get("auto", []):
        if orig:
            form = SYSTEMS[sysname](orig)
            if form != std and form not in [v for _, v, _ in variants]:
                p.auto[sysname] = (form, sk)
    return p


def fem_form(word):
    for m, f in (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ow", "owa"), ("ew", "ewa")):
        if word.endswith(m):
            return word[:-len(m)] + f
    return None


def fem_part(p, trad):
    fs = fem_form(p.std)
    if not fs:
        return None
    orig = p.orig + "а" if p.orig else ""
    variants = []
    for k, v, sk in p.variants:
        fv = fem_form(v)
        if fv:
            variants.append((k, fv, sk))
    sims = [fem_form(s) for s in p.sims if fem_form(s)]
    q = Part(fs, orig, variants, [], sims)
    for sysname, sk in trad.get("auto", []):
        if orig:
            form = SYSTEMS[sysname](orig)
            if form != fs:
                q.auto[sysname] = (form, sk)
    return q


for code, tr in T.items():
    for key in ("sur", "sur_m", "sur_f", "male", "female", "single", "patr_m", "patr_f"):
        if key in tr:
            tr[key] = [parse(e, tr) for e in tr[key]]
    if tr.get("fem_rule") and "sur" in tr:
        tr["sur_m"] = tr["sur"]
        tr["sur_f"] = [x for x in (fem_part(p, tr) for p in tr["sur"]) if x]
    elif "sur" in tr:
        tr["sur_m"] = tr["sur"]
        tr["sur_f"] = tr["sur"]
    for k in ("mid_m", "mid_f"):
        if k in tr:
            std, orig = tr[k].split("|")
            tr[k] = Part(std, "", [("d", orig, tr["src"]["d"])])


# ------------------------------------------------------------------ normalisation
SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o",
                         "ß": "ss", "æ": "ae", "œ": "oe", "‘": "", "’": "", "ʻ": "", "'": "",
                         "`": "", "ʼ": "", "-": " ", "<": " ", ".": " ", ",": " "})


def norm(s):
    s = s.translate(SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s.lower()).strip()


def strip_diacritics(s):
    s2 = unicodedata.normalize("NFKD", s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L",
                                                                   "đ": "d", "Đ": "D"})))
    return unicodedata.normalize("NFC", "".join(ch for ch in s2 if not unicodedata.combining(ch)))


def part_keys(p):
    """normalised joined forms of a part (spaces removed)"""
    return {norm(f).replace(" ", "") for f in p.forms()} | {norm(strip_diacritics(f)).replace(" ", "") for f in p.forms()}


# ------------------------------------------------------------------ persons
class Person:
    pass


def rand_dob():
    y = rng.randint(1956, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if rng.random() < 0.10:
        return y, None, None
    return y, m, d


def fmt_dob(y, m, d):
    return "%04d" % y if m is None else "%04d-%02d-%02d" % (y, m, d)


def build_person(tr, sex):
    code = tr["code"]
    fpart, spart = [], []
    if code == "id":
        cands = [p for p in tr["single"] if tr["single_sex"][p.std] == sex]
        spart = [rng.choice(cands)]
        return fpart, spart
    given_list = tr["male"] if sex == "M" else tr["female"]
    if code == "bn":   # keep Muslim/Hindu given names and surnames consistent
        grp = tr["groups"]
        s_pick = rng.choice(tr["sur_m"])
        g_ok = [p for p in given_list if grp[p.std] & grp[s_pick.std]]
        given = rng.choice(g_ok)
        fpart = [given]
        if sex == "M" and "mu" in grp[s_pick.std] and "mu" in grp[given.std] and rng.random() < 0.5:
            fpart.insert(0, Part("Md.", "মোঃ", [("s", "Mohammad", "bn_name"), ("s", "Mohammed", "bn_name"),
                                                ("s", "Muhammad", "bn_name"), ("s", "Md", "bn_name")]))
        return fpart, [s_pick]
    given = rng.choice(given_list)
    if code in ("so",):
        father = rng.choice([p for p in tr["male"] if p is not given])
        gf = rng.choice([p for p in tr["male"] if p not in (given, father)])
        return [given, father], [gf]
    if code in ("am", "ta"):
        father = rng.choice([p for p in tr["male"] if p is not given])
        return [given], [father]
    fpart = [given]
    if code == "vi":
        mid = tr["mid_m"] if sex == "M" else tr["mid_f"]
        if rng.random() < 0.7:
            fpart = [mid, given]
    if code in ("es", "pt") and rng.random() < 0.35:
        g2 = rng.choice([p for p in given_list if p is not given])
        fpart.append(g2)
    if code == "ro" and rng.random() < 0.15:
        fpart.append(rng.choice([p for p in given_list if p is not given]))
    if code == "ru" and rng.random() < 0.5:
        fpart.append(rng.choice(tr["patr_m"] if sex == "M" else tr["patr_f"]))
    if code.startswith("ar_") and rng.random() < 0.45:
        fpart.append(rng.choice([p for p in tr["male"] if p is not given]))
    if code == "ur" and sex == "M" and rng.random() < 0.4:
        fpart.insert(0, Part("Muhammad", "محمد", [("s", "Mohammad", "guide"), ("s", "Mohammed", "guide")]))
    if code == "hi" and sex == "M" and rng.random() < 0.3:
        fpart.append(Part("Kumar", "कुमार"))
    sl = tr["sur_m"] if sex == "M" else tr["sur_f"]
    if code == "kk" and sex == "F":
        sl = [p for p in sl if not p.std.endswith("uly")]
    s1 = rng.choice(sl)
    spart = [s1]
    if code == "es" and rng.random() < 0.7:
        spart.append(rng.choice([p for p in sl if p is not s1 and " " not in p.std]))
    if code == "pt" and rng.random() < 0.5:
        spart.insert(0, rng.choice([p for p in sl if p is not s1]))
    return fpart, spart


def std_name(tr, fparts, sparts, forms=None, order=None):
    forms = forms or {}
    f = [forms.get(id(p), p.std) for p in fparts]
    s = [forms.get(id(p), p.std) for p in sparts]
    order = order or tr["order"]
    toks = (s + f) if order == "FG" else (f + s)
    return " ".join(t for t in toks if t)


def person_index(p):
    """For rendering checks: list of (kind, set_of_keys) per part."""
    idx = []
    for q in p.fparts:
        idx.append(("F", part_keys(q)))
    for q in p.sparts:
        idx.append(("S", part_keys(q)))
    return idx


def is_rendering(name, person):
    """True if every token of `name` is covered by the person's name parts (any legit form),
    covering at least the family part and (if the person has forenames) a forename."""
    toks = norm(name).split()
    if not toks:
        return False
    idx = person.index
    n = len(toks)
    # dp over positions: set of (hasF, hasS)
    reach = {0: {(False, False)}}
    for i in range(n):
        if i not in reach:
            continue
        for j in range(i + 1, min(n, i + 4) + 1):
            key = "".join(toks[i:j])
            kinds = {k for k, keys in idx if key in keys}
            # initials like "S" (Tamil) count as covering the part they abbreviate
            if j == i + 1 and len(key) == 1:
                kinds |= {k for k, keys in idx if any(x.startswith(key) for x in keys)}
            if kinds:
                for hf, hs in reach[i]:
                    for k in kinds:
                        reach.setdefault(j, set()).add((hf or k == "F", hs or k == "S"))
    if n not in reach:
        return False
    need_f = bool(person.fparts)
    return any(hs and (hf or not need_f) for hf, hs in reach[n])


persons = []
pid = 0
for code, cnt in COUNTS.items():
    tr = T[code]
    made = 0
    tries = 0
    while made < cnt and tries < 500:
        tries += 1
        sex = "M" if rng.random() < 0.55 else "F"
        if code == "id":
            sex = "M" if rng.random() < 0.6 else "F"
        fparts, sparts = build_person(tr, sex)
        p = Person()
        p.tr, p.sex, p.fparts, p.sparts = tr, sex, fparts, sparts
        p.index = person_index(p)
        name = std_name(tr, fparts, sparts)
        clash = False
        for o in persons:
            if is_rendering(name, o) or is_rendering(std_name(o.tr, o.fparts, o.sparts), p):
                clash = True
                break
        if clash:
            continue
        pid += 1
        made += 1
        p.pid = "S%04d" % pid
        p.dob = rand_dob()
        p.nat = rng.choice(tr["nats"])
        p.std = name
        p.show_orig = (tr["script"] != "Latn" and all(q.orig for q in fparts + sparts)
                       and rng.random() < 0.4)
        persons.append(p)


# ------------------------------------------------------------------ query helpers
def join_orig(tr, p):
    f = [q.orig for q in p.fparts]
    s = [q.orig for q in p.sparts]
    if tr["code"] in ("zh", "yue", "ja"):
        return "".join(s + f)
    if tr["code"] == "ko":
        return "".join(s) + "".join(f)
    if tr["code"] == "id":
        return None
    return " ".join(f + s)


MRZ_MAP = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "ß": "SS", "Þ": "TH",
           "Œ": "OE", "Ĳ": "IJ", "ẞ": "SS"}


def mrz_clean(s, plain=False):
    s = s.upper().replace("ı", "I")
    out = []
    for ch in s:
        if not plain and ch in MRZ_MAP:
            out.append(MRZ_MAP[ch])
        else:
            out.append(ch)
    s = strip_diacritics("".join(out)).upper()
    s = s.replace("Ł", "L").replace("Đ", "D")
    s = re.sub(r"[‘’ʻ'`ʼ.]", "", s)
    s = re.sub(r"[\s\-]+", "<", s.strip())
    return re.sub(r"[^A-Z<]", "", s)


KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
                             ["w", "e", "r", "t", "y", "u", "i", "o", "p", "o", "s", "d", "f", "g", "h", "j", "k",
                              "l", "k", "x", "c", "v", "b", "n", "m", "n"])}


def make_typo(name):
    toks = name.split(" ")
    cands = [i for i, t in enumerate(toks) if len(t) >= 5 and t.isalpha() and t.isascii()]
    if not cands:
        return None
    i = rng.choice(cands)
    t = toks[i]
    pos = rng.randint(1, len(t) - 2)
    op = rng.choice(["sub", "del", "dup", "swap"])
    if op == "sub":
        c = t[pos].lower()
        t2 = t[:pos] + KEYB.get(c, c) + t[pos + 1:]
    elif op == "del":
        t2 = t[:pos] + t[pos + 1:]
    elif op == "dup":
        t2 = t[:pos] + t[pos] + t[pos:]
    else:
        t2 = t[:pos] + t[pos + 1] + t[pos] + t[pos + 2:]
    if t2 == t:
        return None
    toks[i] = t2
    return " ".join(toks)


def S(key):
    return SOURCES.get(key, key)


def match_candidates(p):
    tr = p.tr
    code = tr["code"]
    allp = p.fparts + p.sparts
    C = defaultdict(list)   # variation -> [(name, source)]

    # romanisation: consistent system across parts (auto systems and per-source manual variants)
    systems = defaultdict(dict)
    for q in allp:
        for sysname, (form, sk) in q.auto.items():
            systems[("auto", sysname, sk)][id(q)] = form
        for k, v, sk in q.variants:
            if k == "r":
                systems[("r", sk, sk)].setdefault(id(q), v)
    for (typ, name_, sk), forms in systems.items():
        C["romanisation"].append((std_name(tr, p.fparts, p.sparts, forms), S(sk)))
    # per-part manual variants (s, c, p, d)
    first_given = [x for x in p.fparts if x.std not in ("Md.", "Muhammad", "Van", "Thi")][:1]
    for q in allp:
        for k, v, sk in q.variants:
            if k == "c" and q not in first_given and q not in p.sparts:
                continue   # cognates only for the person's own given name (or a family name)
            if k in ("s", "c", "p"):
                C[KIND[k]].append((std_name(tr, p.fparts, p.sparts, {id(q): v}), S(sk)))
    # diacritics: all d-variants together, else strip
    dforms = {}
    dsrc = None
    for q in allp:
        for k, v, sk in q.variants:
            if k == "d" and id(q) not in dforms:
                dforms[id(q)] = v
                dsrc = sk
    if dforms and code not in ("kk",):
        C["diacritics"].append((std_name(tr, p.fparts, p.sparts, dforms), S(dsrc)))
    stripped = strip_diacritics(p.std)
    if stripped != p.std:
        C["diacritics"].append((stripped, S(tr["src"].get("d", "compiler"))))
    if code == "kk":   # Kazakh Latin alphabet (2021) spelling of the whole name
        if dforms:
            C["romanisation"].append((std_name(tr, p.fparts, p.sparts, dforms), S("kk")))
    # nickname
    for q in [x for x in p.fparts if x.std not in ("Md.", "Muhammad", "Van", "Thi")][:1]:
        for v, sk in q.nicks:
            C["nickname"].append((std_name(tr, p.fparts, p.sparts, {id(q): v}), S(sk)))
    # original script
    if all(q.orig for q in allp):
        o = join_orig(tr, p)
        if o:
            C["original_script"].append((o, S("compiler")))
    # mrz
    forms = {}
    if tr.get("mrz_from"):
        for q in allp:
            if q.orig:
                forms[id(q)] = SYSTEMS[tr["mrz_from"]](q.orig)
    sur = " ".join(forms.get(id(q), q.std) for q in p.sparts)
    giv = " ".join(forms.get(id(q), q.std) for q in p.fparts)
    m = mrz_clean(sur, tr.get("mrz_plain")) + "<<" + mrz_clean(giv, tr.get("mrz_plain"))
    C["mrz"].append((m, S("icao")))
    # order
    if p.fparts:
        other = "GF" if tr["order"] == "FG" else "FG"
        o = std_name(tr, p.fparts, p.sparts, order=other)
        C["order"].append((o, S({"yue": "hk", "vi": "vi", "ta": "ta"}.get(code, "compiler"))))
        if other == "FG":
            C["order"].append((" ".join(q.std for q in p.sparts) + ", " + " ".join(q.std for q in p.fparts),
                               S("compiler")))
    # partial
    if len(p.fparts) >= 2:
        keep = [p.fparts[0]] if code not in ("vi", "bn", "ur") else [p.fparts[-1]]
        if code == "so":
            C["partial"].append((std_name(tr, p.fparts, []), S("guide")))
        else:
            C["partial"].append((std_name(tr, keep, p.sparts), S("compiler")))
    if len(p.sparts) >= 2:
        keep = [p.sparts[0]] if code == "es" else [p.sparts[-1]]
        C["partial"].append((std_name(tr, p.fparts, keep), S("pt" if code == "pt" else "compiler")))
    if code == "ta":
        C["partial"].append((p.sparts[0].std[0] + ". " + p.fparts[0].std, S("ta")))
    if code == "id":
        s0 = p.sparts[0].std
        C["compound_particle"].append(("FNU " + s0, S("id")))
        C["compound_particle"].append((s0 + " " + s0, S("id")))
    if code in ("ar_gulf", "ar_mag") and len(p.fparts) >= 2:
        part = {("ar_gulf", "M"): "bin", ("ar_gulf", "F"): "bint",
                ("ar_mag", "M"): "Ben", ("ar_mag", "F"): "Bent"}[(code, p.sex)]
        nm = " ".join([p.fparts[0].std, part] + [q.std for q in p.fparts[1:]] + [q.std for q in p.sparts])
        C["compound_particle"].append((nm, S("ar_lc")))
    if code == "es" and len(p.sparts) == 2:
        C["compound_particle"].append((std_name(tr, p.fparts, []) + " " + p.sparts[0].std + " y " + p.sparts[1].std,
                                       S("compiler")))
    # typo
    t = make_typo(p.std)
    if t:
        C["typo"].append((t, S("compiler")))
    # dedupe / drop identical to std
    out = {}
    for var, lst in C.items():
        seen = set()
        keep = []
        for nm, src in lst:
            nm = re.sub(r"\s+", " ", nm).strip()
            if not nm or nm == p.std or nm in seen:
                continue
            seen.add(nm)
            keep.append((nm, src))
        if keep:
            out[var] = keep
    return out


WEIGHTS = {"romanisation": 4.0, "original_script": 2.2, "spelling_variant": 2.6, "compound_particle": 3.0,
           "exonym_cognate": 2.2, "nickname": 2.2, "mrz": 0.9, "order": 0.6, "diacritics": 2.6,
           "partial": 1.8, "typo": 0.6}


def pick_weighted(avail):
    tot = sum(WEIGHTS[v] for v in avail)
    r = rng.random() * tot
    for v in avail:
        r -= WEIGHTS[v]
        if r <= 0:
            return v
    return avail[-1]


def other_rendering(name, p):
    return any(is_rendering(name, o) for o in persons if o is not p)


def match_attrs(p):
    y, m, d = p.dob
    r = rng.random()
    if r < 1 / 3:
        dob = fmt_dob(y, m, d)
    elif r < 1 / 3 + 1 / 5:
        dob = "%04d" % y
    else:
        dob = ""
    nat = p.nat if rng.random() < 0.55 else ""
    sex = p.sex if rng.random() < 0.4 else ""
    return dob, sex, nat


def nomatch_dob(p, lo, hi, always_full=False):
    y = p.dob[0]
    delta = rng.randint(lo, hi) * rng.choice([-1, 1])
    ny = y + delta
    if ny > 2008:
        ny = y - abs(delta)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if always_full or rng.random() < 0.7:
        return fmt_dob(ny, m, d)
    return "%04d" % ny


queries = []
typo_count = 0
qn = 0


def add_q(p, expected, variation, name, dob, sex, nat, source):
    global qn
    qn += 1
    queries.append(dict(query_id="Q%05d" % qn, person_id=p.pid, expected=expected,
                        tradition=p.tr["code"], variation=variation, name=name,
                        date_of_birth=dob, sex=sex, nationality=nat, source=source))


for p in persons:
    tr = p.tr
    C = match_candidates(p)
    # never emit a match name that is a legit rendering of another person
    for var in list(C):
        C[var] = [(nm, s) for nm, s in C[var] if not other_rendering(nm, p)]
        if not C[var]:
            del C[var]
    chosen = []
    used_names = set()
    avail = [v for v in C if v != "typo" or typo_count < 0.05 * 1240]
    while len(chosen) < 4 and avail:
        v = pick_weighted(avail)
        avail.remove(v)
        nm, src = rng.choice(C[v])
        if nm in used_names:
            continue
        used_names.add(nm)
        chosen.append((v, nm, src))
        if v == "typo":
            typo_count += 1
    # top up with second candidates of already used variations
    if len(chosen) < 4:
        for v in sorted(C, key=lambda x: -WEIGHTS[x]):
            for nm, src in C[v]:
                if len(chosen) < 4 and nm not in used_names and v != "typo":
                    used_names.add(nm)
                    chosen.append((v, nm, src))
    for v, nm, src in chosen:
        dob, sex, nat = match_attrs(p)
        add_q(p, "match", v, nm, dob, sex, nat, src)

    # ---------------- nomatch
    def nm_attrs():
        sex = p.sex if rng.random() < 0.4 else ""
        nat = p.nat if rng.random() < 0.6 else ""
        return sex, nat

    def legit_anywhere(name):
        return any(is_rendering(name, o) for o in persons)

    made = []
    # similar_name
    opts = []
    for q in p.fparts[:1] + p.fparts[-1:] + p.sparts:
        for s in q.sims:
            if norm(s).replace(" ", "") in part_keys(q):
                continue
            opts.append(std_name(tr, p.fparts, p.sparts, {id(q): s}))
    rng.shuffle(opts)
    sim_names = [o for o in dict.fromkeys(opts) if not legit_anywhere(o)]
    # shared_surname
    shared = []
    if p.fparts and tr["code"] != "id":
        given_list = tr["male"] if p.sex == "M" else tr["female"]
        g0 = [q for q in p.fparts if q.std not in ("Md.", "Muhammad", "Van", "Thi")][0]
        for q in given_list:
            if q is g0 or (part_keys(q) & part_keys(g0)):
                continue
            nf = [q if x is g0 else x for x in p.fparts]
            nm = std_name(tr, nf, p.sparts)
            if not legit_anywhere(nm):
                shared.append(nm)
        rng.shuffle(shared)
    plan = []
    if sim_names:
        plan.append(("similar_name", sim_names.pop()))
    if shared:
        plan.append(("shared_surname", shared.pop()))
    plan.append(("same_name_other_dob", p.std))
    # a 4th slot is not used; fill up to 3 if one type was missing
    while len(plan) < 3:
        if len(sim_names) > 0:
            plan.append(("similar_name", sim_names.pop()))
        elif shared:
            plan.append(("shared_surname", shared.pop()))
        else:
            break
    for v, nm in plan:
        sex, nat = nm_attrs()
        if v == "same_name_other_dob":
            # use the filed spelling or one documented rendering of it
            cands = [(nm, S("compiler"))]
            cands += [(x, s) for x, s in C.get("romanisation", [])[:1] + C.get("spelling_variant", [])[:1]]
            nm2, _ = rng.choice(cands)
            add_q(p, "nomatch", v, nm2, nomatch_dob(p, 8, 22, always_full=True), sex, nat, S("compiler"))
        else:
            add_q(p, "nomatch", v, nm, nomatch_dob(p, 3, 22), sex, nat, S("compiler"))


# ------------------------------------------------------------------ write
def write_csv(path, fields, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)


prow = []
for p in persons:
    prow.append(dict(person_id=p.pid, tradition=p.tr["code"],
                     family_name=" ".join(q.std for q in p.sparts),
                     forenames=" ".join(q.std for q in p.fparts),
                     original_script_family=" ".join(q.orig for q in p.sparts) if p.show_orig else "",
                     original_script_forenames=(("".join if p.tr["code"] in ("zh", "yue", "ja", "ko") else " ".join)
                                                (q.orig for q in p.fparts)) if p.show_orig else "",
                     script=p.tr["script"], sex=p.sex, date_of_birth=fmt_dob(*p.dob), nationality=p.nat))
write_csv("persons.csv", ["person_id", "tradition", "family_name", "forenames", "original_script_family",
                          "original_script_forenames", "script", "sex", "date_of_birth", "nationality"], prow)
write_csv("queries.csv", ["query_id", "person_id", "expected", "tradition", "variation", "name",
                          "date_of_birth", "sex", "nationality", "source"], queries)
write_csv("split.csv", ["query_id", "half"], [dict(query_id=q["query_id"], half="heldout") for q in queries])

c = Counter((q["expected"], q["variation"]) for q in queries)
print("persons", len(persons), "queries", len(queries))
for k in sorted(c):
    print(k, c[k])
