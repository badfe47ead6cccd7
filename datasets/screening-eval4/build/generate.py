#!/usr/bin/env python3
"""Generate persons.csv, queries.csv, split.csv (held-out name-screening evaluation set).
Python 3 standard library only; fixed seed; byte-identical output on rerun.
Usage: python3 build/generate.py [outdir]   (default: parent folder of build/)"""
import csv
import difflib
import io
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D  # noqa: E402
import translit as TL  # noqa: E402
from sources import SRC  # noqa: E402

SEED = 20261127
R = random.Random(SEED)
LAB = {"R": "romanisation", "S": "spelling_variant", "X": "exonym_cognate", "C": "compound_particle",
       "N": "nickname", "D": "diacritics"}
PARTICLES = {"al", "el", "ben", "bin", "binti", "bint", "ibn", "ould", "ait", "de", "del", "la", "da", "dos", "das",
             "abu", "abou", "b", "bt", "md", "ul", "ur", "ud", "y", "e", "uly", "kyzy", "sae"}
WEIGHT = {"original_script": 3.0, "romanisation": 3.0, "spelling_variant": 2.5, "compound_particle": 2.5,
          "nickname": 2.0, "exonym_cognate": 1.8, "diacritics": 2.0, "mrz": 3.0, "order": 0.45, "partial": 1.5,
          "typo": 0.32}
HEAVY = {"arabic_maghreb", "indonesian", "bengali_bd", "chinese_hk", "chinese_macau", "chinese_sg_my", "thai",
         "persian"}
EAST = {"chinese_hk", "chinese_macau", "chinese_sg_my", "chinese_mainland", "chinese_taiwan", "korean", "japanese",
        "vietnamese"}
NOSPACE_ORIG = {"Hans", "Hant", "Kore", "Jpan"}


# ----------------------------------------------------------------------------------------------
def norm_tokens(s):
    s = TL.strip_diacritics(s).casefold().replace("<", " ")
    s = re.sub(r"[^\w]+", " ", s)
    s = s.replace("_", " ")
    return [t for t in s.split() if t]


def key(s):
    return " ".join(sorted(norm_tokens(s)))


class Part:
    def __init__(self, latin, sex="U", orig="", variants=None, sims=None, nat=None, extra_tokens=()):
        self.latin = latin
        self.sex = sex
        self.orig = orig
        self.variants = variants or []   # (form, label, srckey or None, sys or None)
        self.sims = sims or []
        self.nat = nat
        self.extra_tokens = set(extra_tokens)

    def tokens(self):
        t = set(norm_tokens(self.latin))
        for v in self.variants:
            t |= set(norm_tokens(v[0]))
        if self.orig:
            t |= set(norm_tokens(self.orig))
        return t | self.extra_tokens


def parse_variants(vs):
    out = []
    for item in [x for x in vs.split(";") if x.strip()]:
        form, rest = item.rsplit("=", 1)
        lab, _, src = rest.partition("@")
        out.append([form.strip(), lab.strip(), src.strip() or None, None])
    return out


def parse_entry(line):
    f = line.split("|")
    latin, sex, orig, vs, sims = f[0], f[1], f[2], f[3], f[4]
    nat = f[5] if len(f) > 5 else None
    p = Part(latin, sex, orig, parse_variants(vs), [s.strip() for s in sims.split(",") if s.strip()], nat)
    mark_systems(p)
    return p


def mark_systems(p):
    seen = set()
    for v in p.variants:
        if v[3] is None and v[1] in ("R", "D") and v[1] not in seen:
            v[3] = v[1] + "1"
            seen.add(v[1])
    dedupe(p)


def xkey(s):
    return re.sub(r"\s+", " ", s.strip()).casefold()


def dedupe(p):
    ks = {xkey(p.latin)}
    out = []
    for v in p.variants:
        k = xkey(v[0])
        if k in ks or not k:
            continue
        ks.add(k)
        out.append(v)
    p.variants = out


def lines(block):
    return [l for l in block.strip().splitlines() if l.strip()]


# ---------------------------------------------------------------- Cyrillic traditions
def cyr_part(cyr, sex, extra, sims, scheme):
    words = cyr.split()
    if scheme == "ru":
        filed = " ".join(TL.ru_icao(w) for w in words)
        systems = [("bgn", TL.ru_bgn, "BGN_RU"), ("fr", TL.ru_fr, "RU_FR_DE"), ("de", TL.ru_de, "RU_FR_DE"),
                   ("iso9", TL.ru_iso9, None)]
    elif scheme == "ua":
        filed = " ".join(TL.ua_nat(w) for w in words)
        systems = [("uaold", TL.ua_old, "UA")]
    elif scheme == "by":
        filed = " ".join(TL.by_nat(w) for w in words)
        systems = [("bybgn", TL.by_bgn, None)]
    elif scheme == "sr":
        filed = " ".join(TL.sr_lat(w) for w in words)
        systems = [("srdj", lambda w: TL.sr_dj(TL.sr_lat(w)), None), ("sreng", lambda w: TL.sr_eng(TL.sr_lat(w)), None),
                   ("srd", lambda w: TL.strip_diacritics(TL.sr_lat(w)), None)]
    elif scheme == "bg":
        filed = " ".join(TL.bg_str(w) for w in words)
        systems = [("bgbgn", TL.bg_bgn, None), ("bgde", TL.bg_de, None)]
    variants = []
    for name, fn, src in systems:
        form = " ".join(fn(w) for w in words)
        lab = "R"
        if name in ("srd",):
            lab = "D"
        if name in ("srdj",):
            lab = "S"
        variants.append([form, lab, src, name])
    for v in parse_variants(extra):
        variants.append(v)
    p = Part(filed, sex, cyr, variants, sims)
    # ICAO MRZ-form token (e.g. Serbian Đ -> D) so the conflict index knows it
    p.extra_tokens |= set(norm_tokens(TL.strip_diacritics(filed)))
    dedupe(p)
    return p


def cyr_pools(given_block, family_block, scheme, fem_rule=True):
    given, fam = [], []
    for l in lines(given_block):
        f = l.split("|")
        given.append(cyr_part(f[0], f[1], f[2], [s for s in f[3].split(",") if s.strip()], scheme))
    for l in lines(family_block):
        f = l.split("|")
        cyr, sex, extra, sims = f[0], f[1], f[2], [s for s in f[3].split(",") if s.strip()]
        if sex == "U" and fem_rule and scheme in ("ru", "bg") and re.search("(ов|ев|ёв|ин)$", cyr):
            fam.append(cyr_part(cyr, "M", extra, sims, scheme))
            fam.append(cyr_part(cyr + "а", "F", "", [s + "a" for s in sims], scheme))
        else:
            fam.append(cyr_part(cyr, sex, extra, sims, scheme))
    return given, fam


# ---------------------------------------------------------------- Chinese
# (trad, simp, pinyin, Wade-Giles, HK Cantonese, Macau Cantonese, Hokkien/Teochew/Hakka customary)
CN_SURNAMES = [
    ("陳", "陈", "Chen", "Ch'en", "Chan", "Chan", "Tan"),
    ("黃", "黄", "Huang", "Huang", "Wong", "Vong", "Ng"),
    ("李", "李", "Li", "Li", "Lee", "Lei", "Lee"),
    ("張", "张", "Zhang", "Chang", "Cheung", "Cheong", "Teo"),
    ("林", "林", "Lin", "Lin", "Lam", "Lam", "Lim"),
    ("劉", "刘", "Liu", "Liu", "Lau", "Lao", "Lau"),
    ("楊", "杨", "Yang", "Yang", "Yeung", "Ieong", "Yeo"),
    ("吳", "吴", "Wu", "Wu", "Ng", "Ng", "Goh"),
    ("周", "周", "Zhou", "Chou", "Chow", "Chao", "Chew"),
    ("郭", "郭", "Guo", "Kuo", "Kwok", "Kuok", "Quek"),
    ("梁", "梁", "Liang", "Liang", "Leung", "Leong", "Neo"),
    ("何", "何", "He", "Ho", "Ho", "Ho", "Ho"),
    ("許", "许", "Xu", "Hsu", "Hui", "Hoi", "Koh"),
    ("蔡", "蔡", "Cai", "Ts'ai", "Choi", "Choi", "Chua"),
    ("鄭", "郑", "Zheng", "Cheng", "Cheng", "Cheang", "Tay"),
    ("謝", "谢", "Xie", "Hsieh", "Tse", "Che", "Chia"),
    ("羅", "罗", "Luo", "Lo", "Law", "Lo", "Loh"),
    ("馬", "马", "Ma", "Ma", "Ma", "Ma", "Beh"),
]
CN_GIVEN = [
    ("偉", "伟", "wei", "wei", "Wai", "Vai", "Wee"), ("文", "文", "wen", "wen", "Man", "Man", "Boon"),
    ("明", "明", "ming", "ming", "Ming", "Meng", "Beng"), ("華", "华", "hua", "hua", "Wah", "Va", "Hua"),
    ("國", "国", "guo", "kuo", "Kwok", "Kuok", "Kok"), ("強", "强", "qiang", "ch'iang", "Keung", "Keong", "Kiong"),
    ("傑", "杰", "jie", "chieh", "Kit", "Kit", "Kiat"), ("嘉", "嘉", "jia", "chia", "Ka", "Ka", "Ka"),
    ("輝", "辉", "hui", "hui", "Fai", "Fai", "Hui"), ("玲", "玲", "ling", "ling", "Ling", "Leng", "Leng"),
    ("美", "美", "mei", "mei", "Mei", "Mei", "Bee"), ("芳", "芳", "fang", "fang", "Fong", "Fong", "Hong"),
    ("志", "志", "zhi", "chih", "Chi", "Chi", "Chee"), ("俊", "俊", "jun", "chün", "Chun", "Chon", "Choon"),
    ("建", "建", "jian", "chien", "Kin", "Kin", "Kian"), ("德", "德", "de", "te", "Tak", "Tak", "Teck"),
    ("成", "成", "cheng", "ch'eng", "Shing", "Seng", "Seng"), ("安", "安", "an", "an", "On", "On", "Ann"),
    ("秀", "秀", "xiu", "hsiu", "Sau", "Sao", "Siew"), ("麗", "丽", "li", "li", "Lai", "Lai", "Lay"),
    ("金", "金", "jin", "chin", "Kam", "Kam", "Kim"), ("海", "海", "hai", "hai", "Hoi", "Hoi", "Hai"),
    ("龍", "龙", "long", "lung", "Lung", "Long", "Leong"), ("榮", "荣", "rong", "jung", "Wing", "Weng", "Eng"),
    ("祥", "祥", "xiang", "hsiang", "Cheung", "Cheong", "Siang"), ("清", "清", "qing", "ch'ing", "Ching", "Cheng", "Cheng"),
    ("福", "福", "fu", "fu", "Fuk", "Fok", "Hock"), ("興", "兴", "xing", "hsing", "Hing", "Heng", "Heng"),
    ("順", "顺", "shun", "shun", "Shun", "Son", "Soon"), ("雲", "云", "yun", "yün", "Wan", "Van", "Hoon"),
]
SYS_IDX = {"py": 2, "wg": 3, "hk": 4, "mo": 5, "hok": 6}
CN_CFG = {
    "chinese_hk": dict(sys="hk", chars="trad", nats=["HK"], n=13, alt=[("py", "R"), ("mo", "S")], eng=0.6),
    "chinese_macau": dict(sys="mo", chars="trad", nats=["MO"], n=12, alt=[("py", "R"), ("hk", "S")], eng=0.5),
    "chinese_sg_my": dict(sys="hok", chars="simp", nats=["SG", "MY"], n=13, alt=[("py", "R")], eng=0.5),
    "chinese_mainland": dict(sys="py", chars="simp", nats=["CN"], n=6, alt=[("wg", "R")], eng=0.0),
    "chinese_taiwan": dict(sys="wg", chars="trad", nats=["TW"], n=5, alt=[("py", "R"), ("wga", "R")], eng=0.0),
}
ENG_NAMES = {"M": ["Peter", "Kelvin", "Raymond", "Kenneth", "Vincent", "Eric", "Jacky", "Alan", "Ivan", "Dennis",
                   "Patrick", "Gary"],
             "F": ["Winnie", "Carmen", "Mandy", "Karen", "Ivy", "Joyce", "Alice", "Cindy", "Grace", "Vivian",
                   "Stella", "Peggy"]}
ENG_SIMS = {"Peter": "Petra,Pieter", "Kelvin": "Kevin,Calvin", "Raymond": "Ramon,Redmond", "Kenneth": "Kent,Kenny",
            "Vincent": "Vince,Vivien", "Eric": "Erica,Erik", "Jacky": "Jackie,Jack", "Alan": "Allan,Alana",
            "Ivan": "Ivana,Evan", "Dennis": "Denise,Denis", "Patrick": "Patricia,Pat", "Gary": "Garry,Harry",
            "Winnie": "Willie,Minnie", "Carmen": "Carmel,Carman", "Mandy": "Mindy,Sandy", "Karen": "Karin,Kieran",
            "Ivy": "Ivey,Iva", "Joyce": "Joy,Joice", "Alice": "Alicia,Elise", "Cindy": "Sindy,Candy",
            "Grace": "Gracie,Greta", "Vivian": "Vivien,Viviana", "Stella": "Stela,Estella", "Peggy": "Piggy,Peggie"}


def cn_form(tup, sysname, given=False):
    if sysname == "wga":
        s = tup[3]
    elif sysname == "wg":
        s = tup[3].replace("'", "").replace("ü", "u")
    else:
        s = tup[SYS_IDX[sysname]]
    return s


def cn_given_form(tups, sysname):
    forms = [cn_form(t, sysname) for t in tups]
    if sysname == "py":
        return "".join(forms).capitalize()
    if sysname in ("wg", "wga"):
        return "-".join(forms).capitalize()
    return " ".join(f.capitalize() for f in forms)


def cn_surname_part(tup, cfg):
    sysname = cfg["sys"]
    latin = cn_form(tup, sysname).capitalize() if sysname != "wga" else tup[3]
    orig = tup[0] if cfg["chars"] == "trad" else tup[1]
    vs = []
    for alt, lab in cfg["alt"]:
        form = cn_form(tup, alt)
        src = "CN_SURN"
        if alt == "mo":
            src = "CN_SURN_MO" if form == "Vong" else None
        vs.append([form, lab, src, alt])
    p = Part(latin, "U", orig, vs, [])
    p.extra_tokens |= {t.lower().replace("'", "") for t in tup[2:]}
    dedupe(p)
    return p


def cn_given_part(tups, cfg, sex):
    sysname = cfg["sys"]
    latin = cn_given_form(tups, sysname)
    orig = "".join(t[0] if cfg["chars"] == "trad" else t[1] for t in tups)
    vs = [[cn_given_form(tups, alt), lab, None, alt] for alt, lab in cfg["alt"]]
    if sysname in ("hk", "mo", "hok"):
        vs.append([latin.replace(" ", "-").capitalize(), "S", "HK_NAME" if sysname == "hk" else None, None])
        vs.append([latin.replace(" ", ""), "S", None, None])
    p = Part(latin, sex, orig, vs, [])
    for t in tups:
        p.extra_tokens |= {x.lower().replace("'", "") for x in t[2:]}
    dedupe(p)
    p.cn = tups
    return p


# ---------------------------------------------------------------- pools
def build_pools():
    pools = {}
    for trad, cfg in D.T.items():
        given = [parse_entry(l) for l in lines(cfg["given"])]
        fam = [parse_entry(l) for l in lines(cfg["family"])]
        if cfg.get("western"):
            for p in given + fam:
                western_swap(p, p in fam)
        pools[trad] = dict(cfg=cfg, given=given, family=fam)
    for trad, gb, fb, sch, script, nats, n in [
            ("russian", D.RU_GIVEN, D.RU_FAMILY, "ru", "Cyrl", ["RU"], 6),
            ("ukrainian", D.UA_GIVEN, D.UA_FAMILY, "ua", "Cyrl", ["UA"], 5),
            ("belarusian", D.BY_GIVEN, D.BY_FAMILY, "by", "Cyrl", ["BY"], 5),
            ("serbian", D.SR_GIVEN, D.SR_FAMILY, "sr", "Cyrl", ["RS"], 5),
            ("bulgarian", D.BG_GIVEN, D.BG_FAMILY, "bg", "Cyrl", ["BG"], 5)]:
        g, f = cyr_pools(gb, fb, sch)
        pools[trad] = dict(cfg=dict(script=script, nats=nats, n=n, order="W"), given=g, family=f)
    for trad, c in CN_CFG.items():
        pools[trad] = dict(cfg=dict(script="Hant" if c["chars"] == "trad" else "Hans", nats=c["nats"], n=c["n"],
                                    order="E", cn=c), given=[], family=[])
    return pools


def western_swap(p, is_family):
    alt = next((v for v in p.variants if v[1] == "S"), None)
    if not alt:
        return
    old = p.latin
    p.variants.remove(alt)
    p.latin = alt[0]
    p.variants.insert(0, [old, "S", None, None])
    if is_family and p.orig.endswith("յան"):
        p.orig = p.orig[:-3] + "եան"
    dedupe(p)


# ---------------------------------------------------------------- persons
class Person:
    pass


def rand_dob():
    y = R.randint(1952, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def display(p, parts_given, parts_fam, forms=None):
    """forms: dict id(part)->string override"""
    def f(part):
        return forms.get(id(part), part.latin) if forms else part.latin
    g = [f(x) for x in parts_given]
    fa = [f(x) for x in parts_fam]
    if p.trad in EAST:
        eng = [f(x) for x in p.eng]
        return " ".join(eng + fa + g)
    return " ".join(g + fa)


def make_person(pid, trad, pool):
    cfg = pool["cfg"]
    p = Person()
    p.pid, p.trad = pid, trad
    p.sex = R.choice("MF")
    p.eng = []
    p.mononym = False
    if "cn" in cfg:
        c = cfg["cn"]
        st = R.choice(CN_SURNAMES)
        gtups = R.sample(CN_GIVEN, 2)
        p.given = [cn_given_part(gtups, c, p.sex)]
        p.fam = [cn_surname_part(st, c)]
        p.cn_sur = st
        if R.random() < c["eng"]:
            e = R.choice(ENG_NAMES[p.sex])
            p.eng = [Part(e, p.sex, "", [], ENG_SIMS[e].split(","))]
    else:
        gpool = [g for g in pool["given"] if g.sex in (p.sex, "U")]
        fpool = [f for f in pool["family"] if f.sex in (p.sex, "U")]
        if not gpool:
            gpool = pool["given"]
        giv = [R.choice(gpool)]
        if trad == "bengali_bd" and p.sex == "M" and R.random() < 0.6:
            giv = [parse_entry(D.MOHAMMAD_BD)] + giv
        if trad == "urdu" and p.sex == "M" and R.random() < 0.6:
            giv = [parse_entry(D.MUHAMMAD_PK)] + giv
        if trad == "hindi" and p.sex == "M" and R.random() < 0.5:
            giv = giv + [parse_entry(D.KUMAR)]
        if trad == "vietnamese":
            giv = [parse_entry(D.VN_MID[p.sex])] + giv
        if trad in ("arabic_gulf",) and R.random() < 0.6:
            father = R.choice([g for g in pool["given"] if g.sex == "M" and g is not giv[0]])
            giv = giv + [father]
        if trad in ("arabic_maghreb", "polish", "portuguese", "greek", "persian") and R.random() < 0.15:
            second = R.choice([g for g in gpool if g is not giv[0]])
            giv = giv + [second]
        fam = [R.choice(fpool)]
        if trad == "spanish" or (trad == "portuguese" and R.random() < 0.6):
            fam = fam + [R.choice([f for f in fpool if f is not fam[0]])]
        if trad == "indonesian" and R.random() < 0.5:
            p.mononym = True
            fam = giv
            giv = []
        p.given, p.fam = giv, fam
        if trad == "indonesian" and R.random() < 0.35:
            for part in p.given + p.fam:
                old = next((v for v in part.variants if v[2] in ("IND", "IND2")), None)
                if old:
                    clone = Part(old[0], part.sex, part.orig,
                                 [[part.latin, "S", old[2], None]] + [v for v in part.variants if v is not old],
                                 part.sims, part.nat)
                    replace_part(p, part, clone)
    p.family_name = " ".join(x.latin for x in p.fam)
    p.forenames = " ".join(x.latin for x in p.given + p.eng)
    nat = next((x.nat for x in p.fam + p.given if x.nat), None)
    p.nat = nat or R.choice(cfg["nats"])
    y, m, d = rand_dob()
    p.dob_year_only = R.random() < 0.11
    p.dob = (y, m, d)
    p.script = cfg["script"]
    p.order = cfg["order"]
    return p


def replace_part(p, old, new):
    p.given = [new if x is old else x for x in p.given]
    p.fam = [new if x is old else x for x in p.fam]


def dob_str(y, m=None, d=None):
    return "%04d" % y if m is None else "%04d-%02d-%02d" % (y, m, d)


def full_orig(p):
    parts_g = [x.orig for x in p.given]
    parts_f = [x.orig for x in p.fam]
    if any(not o for o in parts_g + parts_f):
        return None
    if p.script in NOSPACE_ORIG:
        return "".join(parts_f + parts_g)
    return " ".join(parts_g + parts_f)


# ---------------------------------------------------------------- candidates
def all_parts(p):
    return p.given + p.fam + p.eng


def match_candidates(p):
    cands = []   # (name, label, srckey)
    base = display(p, p.given, p.fam)
    parts = p.given + p.fam
    # single-part replacements
    for part in parts:
        for form, lab, src, sysn in part.variants:
            if sysn and sysn not in ("R1", "D1"):
                # named transliteration systems are applied to the whole name, not mixed per part,
                # unless the person has a single name part
                if len(parts) > 1:
                    continue
            nm = display(p, p.given, p.fam, {id(part): form})
            cands.append((nm, LAB[lab], src))
    # whole-name systems
    systems = {}
    for part in parts:
        for form, lab, src, sysn in part.variants:
            if sysn:
                systems.setdefault(sysn, []).append((part, form, lab, src))
    for sysn, lst in systems.items():
        if len(lst) < 2 and sysn in ("R1", "D1"):
            continue
        forms = {id(pt): fm for pt, fm, lab, src in lst}
        srcs = [src for pt, fm, lab, src in lst]
        src = srcs[0] if all(srcs) else None
        lab = lst[0][2]
        cands.append((display(p, p.given, p.fam, forms), LAB[lab], src))
    # original script (also for persons stored in Latin only)
    fo = full_orig(p)
    if fo and p.script != "Latn":
        cands.append((fo, "original_script", None))
        if p.trad in ("chinese_hk", "chinese_macau", "chinese_taiwan"):
            simp = p.cn_sur[1] + "".join(t[1] for t in p.given[0].cn)
            if simp != fo:
                cands.append((simp, "original_script", None))
    # MRZ
    cands.append((TL.mrz(p.family_name, " ".join(x.latin for x in p.given + p.eng)), "mrz", "MRZ"))
    # order
    g = " ".join(x.latin for x in p.given)
    if g:
        if p.trad in EAST:
            eng = " ".join(x.latin for x in p.eng)
            cands.append(((eng + " " if eng else "") + g + " " + p.family_name, "order",
                          "VN_PP" if p.trad == "vietnamese" else None))
            if eng:
                cands.append((p.family_name.upper() + " " + g + ", " + eng, "order",
                              "HK_NAME" if p.trad == "chinese_hk" else None))
        else:
            cands.append((p.family_name + " " + g, "order", None))
            cands.append((p.family_name.upper() + ", " + g, "order", None))
    # partial
    if len(p.given) >= 2:
        for i in range(len(p.given)):
            rest = [x for j, x in enumerate(p.given) if j != i]
            if p.trad == "vietnamese":
                if i != 0:          # only the middle name (Van/Thi) may be dropped
                    continue
            elif i == 0 and not (p.trad in ("bengali_bd", "urdu") and p.given[0].latin in ("Mohammad", "Muhammad")):
                continue            # keep the first given name (Hindi Kumar, Gulf father's name are dropped)
            cands.append((display(p, rest, p.fam), "partial", None))
    if len(p.fam) == 2:
        keep = p.fam[:1] if p.trad == "spanish" else p.fam[1:]
        cands.append((display(p, p.given, keep), "partial", "ES" if p.trad == "spanish" else None))
        if p.trad == "spanish":
            cands.append((" ".join(x.latin for x in p.given) + " " + "-".join(x.latin for x in p.fam),
                          "compound_particle", "ES"))
    if p.eng:
        hsrc = "HK_NAME" if p.trad == "chinese_hk" else None
        cands.append((p.eng[0].latin + " " + p.family_name, "partial", hsrc))
        cands.append((p.family_name + " " + p.given[0].latin, "partial", hsrc))
    if p.trad == "chinese_sg_my":
        # dialect surname + Hanyu Pinyin given name (documented Singapore practice)
        mixed = " ".join([x.latin for x in p.eng] + [p.family_name, cn_given_form(p.given[0].cn, "py")])
        cands.append((mixed, "romanisation", "SG_MIX"))
    if p.trad == "tamil":
        cands.append((p.family_name[0] + ". " + g, "partial", None))
    if p.trad == "malay":
        cands.append((g + (" bin " if p.sex == "M" else " binti ") + p.family_name, "compound_particle", None))
        cands.append((g + (" b. " if p.sex == "M" else " bt. ") + p.family_name, "compound_particle", None))
    if p.trad == "arabic_gulf" and len(p.given) == 2:
        cands.append((p.given[0].latin + " bin " + p.given[1].latin + " " + p.family_name, "compound_particle",
                      "AR_BIN"))
    # typo
    for _ in range(3):
        t = make_typo(p)
        if t:
            cands.append((t, "typo", None))
    # diacritics (strip) when the filed name carries diacritics
    if TL.strip_diacritics(base) != base:
        cands.append((TL.strip_diacritics(base), "diacritics", "MRZ_DE"))
    # dedupe & drop ones identical to filed name
    out, seen = [], {xkey(base)}
    for c in cands:
        k = xkey(c[0])
        if k in seen or not k:
            continue
        seen.add(k)
        out.append(c)
    return out


def make_typo(p):
    parts = [x for x in p.given + p.fam if len(TL.strip_diacritics(x.latin)) >= 5 and x.latin.isascii()
             and " " not in x.latin]
    if not parts:
        return None
    part = R.choice(parts)
    w = part.latin
    n = len(w)
    op = R.choice(["swap", "del", "dup", "vowel"])
    if op == "swap":
        i = R.randint(1, n - 3)
        nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == "del":
        i = R.randint(1, n - 2)
        nw = w[:i] + w[i + 1:]
    elif op == "dup":
        i = R.randint(1, n - 2)
        nw = w[:i] + w[i] + w[i:]
    else:
        idx = [i for i in range(1, n) if w[i] in "aeiou"]
        if not idx:
            return None
        i = R.choice(idx)
        rep = {"a": "e", "e": "a", "i": "e", "o": "u", "u": "o"}[w[i]]
        nw = w[:i] + rep + w[i + 1:]
    if nw.lower() == w.lower() or set(norm_tokens(nw)) & part.tokens():
        return None
    return display(p, p.given, p.fam, {id(part): nw})


# ---------------------------------------------------------------- conflict index
class Index:
    def __init__(self, persons):
        self.persons = persons
        self.keys = {}
        for p in persons:
            p.tok_fam = set().union(*[x.tokens() for x in p.fam]) - PARTICLES
            p.tok_giv = set().union(*[x.tokens() for x in p.given + p.eng]) - PARTICLES if (p.given or p.eng) else set()
            p.tok_all = p.tok_fam | p.tok_giv
            p.orig_keys = set()
            fo = full_orig(p)
            if fo:
                p.orig_keys.add(key(fo))
                p.orig_keys.add(key("".join(x.orig for x in p.fam + p.given)))
                p.orig_keys.add(key("".join(x.orig for x in p.given + p.fam)))
            if hasattr(p, "cn_sur"):
                for sc in (0, 1):
                    p.orig_keys.add(key(p.cn_sur[sc] + "".join(t[sc] for t in p.given[0].cn)))

    def add_key(self, k, pid):
        self.keys.setdefault(k, set()).add(pid)

    def conflicts(self, name, p):
        k = key(name)
        if k in p.orig_keys:
            return True
        if k in self.keys and p.pid in self.keys[k]:
            return True
        toks = set(norm_tokens(name)) - PARTICLES
        if not toks or not toks <= p.tok_all:
            return False
        if not (toks & p.tok_fam):
            return False
        if p.tok_giv and not (toks & p.tok_giv):
            return False
        return True

    def any_conflict(self, name, exclude=None):
        for p in self.persons:
            if p is exclude:
                continue
            if self.conflicts(name, p):
                return True
        return False


# ---------------------------------------------------------------- negatives
def similar_candidates(p, pool):
    out = []
    parts = p.given + p.fam
    for part in parts:
        sims = list(part.sims)
        if not sims:
            sims = nearest(part, p, pool)
        for s in sims:
            nm = display(p, p.given, p.fam, {id(part): s})
            out.append((nm, part in p.fam))
    return out


def nearest(part, p, pool):
    if hasattr(part, "cn"):
        # swap one syllable for a different character with a similar-looking reading
        c = CN_CFG[p.trad]
        res = []
        for i in range(2):
            cur = part.cn[i]
            best = sorted(CN_GIVEN, key=lambda t: -difflib.SequenceMatcher(
                None, cn_form(t, c["sys"]).lower(), cn_form(cur, c["sys"]).lower()).ratio())
            for t in best:
                if t is cur or t in part.cn:
                    continue
                tups = list(part.cn)
                tups[i] = t
                res.append(cn_given_form(tups, c["sys"]))
                break
        return res
    if p.trad.startswith("chinese"):
        c = CN_CFG[p.trad]
        cur = cn_form(p.cn_sur, c["sys"])
        best = sorted((s for s in CN_SURNAMES if s is not p.cn_sur),
                      key=lambda t: -difflib.SequenceMatcher(None, cn_form(t, c["sys"]).lower(), cur.lower()).ratio())
        return [cn_form(t, c["sys"]).capitalize() for t in best[:3]]
    return []


def shared_candidates(p, pool):
    out = []
    if p.trad.startswith("chinese"):
        c = CN_CFG[p.trad]
        for _ in range(4):
            tups = R.sample(CN_GIVEN, 2)
            if set(tups) & set(p.given[0].cn):
                continue
            g = cn_given_part(tups, c, p.sex)
            out.append((display(p, [g], p.fam) if not p.eng else " ".join(
                [p.family_name, g.latin]), None))
        return out
    if p.mononym:
        return out
    gp = [g for g in pool["given"] if g not in p.given and g.sex in (p.sex, "U")]
    for _ in range(4):
        g = R.choice(gp)
        newg = [g] + ([x for x in p.given[1:]] if p.trad in ("vietnamese",) else [])
        if p.trad == "vietnamese":
            newg = [p.given[0], g]
        out.append((display(p, newg, p.fam), g.sex))
    return out


# ---------------------------------------------------------------- main
def main(outdir):
    pools = build_pools()
    persons = []
    pid_n = 0
    order = sorted(pools.keys())
    used_keys = set()
    for trad in order:
        pool = pools[trad]
        made = 0
        tries = 0
        while made < pool["cfg"]["n"] and tries < 500:
            tries += 1
            p = make_person("P%04d" % (pid_n + 1), trad, pool)
            k = key(display(p, p.given, p.fam))
            if k in used_keys:
                continue
            tmp = Index(persons)
            if tmp.any_conflict(display(p, p.given, p.fam)):
                continue
            # also the new person must not absorb an existing person's filed name
            tmp2 = Index([p])
            if any(tmp2.conflicts(display(q, q.given, q.fam), p) for q in persons):
                continue
            used_keys.add(k)
            persons.append(p)
            pid_n += 1
            made += 1

    # year-only DOB for 11 % of persons
    yo = set(id(p) for p in R.sample(persons, round(0.11 * len(persons))))
    for p in persons:
        p.dob_year_only = id(p) in yo

    # original script filled for ~41 % of non-Latin persons
    nonlat = [p for p in persons if p.script != "Latn"]
    R.shuffle(nonlat)
    keep_orig = set(id(p) for p in nonlat[:round(0.41 * len(nonlat))])

    idx = Index(persons)
    cand_map = {}
    for p in persons:
        idx.add_key(key(display(p, p.given, p.fam)), p.pid)
        cs = match_candidates(p)
        cand_map[p.pid] = cs
        for c in cs:
            idx.add_key(key(c[0]), p.pid)

    queries = []

    def qdob_match(p):
        y, m, d = p.dob
        r = R.random()
        if p.dob_year_only:
            return dob_str(y) if r < 0.33 else ""
        if r < 0.30:
            return dob_str(y, m, d)
        if r < 0.53:
            return dob_str(y)
        return ""

    def other_year(y, lo, hi):
        while True:
            off = R.randint(lo, hi) * R.choice((-1, 1))
            ny = y + off
            if 1935 <= ny <= 2008:
                return ny

    for p in persons:
        pool = pools[p.trad]
        heavy = p.trad in HEAVY
        k_match = 6 if heavy else 5
        # ---- match
        cs = [c for c in cand_map[p.pid] if not ambiguous_match(c[0], p, idx)]
        bylab = {}
        for c in cs:
            bylab.setdefault(c[1], []).append(c)
        for v in bylab.values():
            R.shuffle(v)
            v.sort(key=lambda c: 0 if c[2] else 1)   # prefer candidates with a public source
            v.reverse()                              # pop() takes from the end
        chosen = []
        avail = sorted(bylab.keys())
        while len(chosen) < k_match and any(bylab.values()):
            labs = [l for l in avail if bylab[l]]
            w = [WEIGHT.get(l, 1.0) * (12.0 if bylab[l][-1][2] else 1.0) *
                 (0.35 if any(c[1] == l for c in chosen) else 1.0) for l in labs]
            l = R.choices(labs, weights=w)[0]
            chosen.append(bylab[l].pop())
        for nm, lab, src in chosen:
            queries.append(dict(person=p, expected="match", variation=lab, name=nm, dob=qdob_match(p),
                                sex=p.sex if R.random() < 0.42 else "",
                                nat=p.nat if R.random() < 0.54 else "",
                                source=SRC[src] if src else "(compiler)"))
        # ---- nomatch
        n_sim = 3 if heavy else 2
        sims = similar_candidates(p, pool)
        R.shuffle(sims)
        sims.sort(key=lambda s: 0 if s[1] else 1)  # surname-swaps first, then given-swaps (stable)
        fam_first = [s for s in sims if s[1]]
        giv_first = [s for s in sims if not s[1]]
        ordered = []
        while fam_first or giv_first:
            if giv_first:
                ordered.append(giv_first.pop(0))
            if fam_first:
                ordered.append(fam_first.pop(0))
        got = 0
        seen = set()
        for nm, isfam in ordered:
            if got >= n_sim:
                break
            k = key(nm)
            if k in seen or k in idx.keys or idx.any_conflict(nm):
                continue
            seen.add(k)
            got += 1
            add_neg(queries, p, "similar_name", nm, other_year, R)
        for nm, gsex in shared_candidates(p, pool):
            k = key(nm)
            if k in seen or k in idx.keys or idx.any_conflict(nm):
                continue
            seen.add(k)
            add_neg(queries, p, "shared_surname", nm, other_year, R, sex=gsex)
            break
        nm = display(p, p.given, p.fam)
        if not idx.any_conflict(nm, exclude=p) and not (idx.keys.get(key(nm), set()) - {p.pid}):
            add_neg(queries, p, "same_name_other_dob", nm, other_year, R)

    write_all(outdir, persons, keep_orig, queries)


def ambiguous_match(name, p, idx):
    k = key(name)
    if idx.keys.get(k, set()) - {p.pid}:
        return True
    return idx.any_conflict(name, exclude=p)


def add_neg(queries, p, var, nm, other_year, R, sex=None):
    y, m, d = p.dob
    if var == "same_name_other_dob":
        ny = other_year(y, 8, 22)
        dob = dob_str(ny, R.randint(1, 12), R.randint(1, 28))
    else:
        ny = other_year(y, 3, 22)
        dob = dob_str(ny, R.randint(1, 12), R.randint(1, 28)) if R.random() < 0.7 else dob_str(ny)
    s = ""
    if R.random() < 0.42:
        s = p.sex if sex in (None, "U", p.sex) else sex
    queries.append(dict(person=p, expected="nomatch", variation=var, name=nm, dob=dob, sex=s,
                        nat=p.nat if R.random() < 0.54 else "", source="(compiler)"))


def csv_bytes(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def write_all(outdir, persons, keep_orig, queries):
    prow = [["person_id", "tradition", "family_name", "forenames", "original_script_family",
             "original_script_forenames", "script", "sex", "date_of_birth", "nationality"]]
    for p in persons:
        of = og = ""
        if id(p) in keep_orig and full_orig(p):
            of = " ".join(x.orig for x in p.fam) if p.script not in NOSPACE_ORIG else "".join(x.orig for x in p.fam)
            og = " ".join(x.orig for x in p.given) if p.script not in NOSPACE_ORIG else "".join(
                x.orig for x in p.given)
        y, m, d = p.dob
        prow.append([p.pid, p.trad, p.family_name, p.forenames, of, og, p.script, p.sex,
                     dob_str(y) if p.dob_year_only else dob_str(y, m, d), p.nat])
    qrow = [["query_id", "person_id", "expected", "tradition", "variation", "name", "date_of_birth", "sex",
             "nationality", "source"]]
    srow = [["query_id", "half"]]
    for i, q in enumerate(queries, 1):
        qid = "Q%05d" % i
        qrow.append([qid, q["person"].pid, q["expected"], q["person"].trad, q["variation"], q["name"], q["dob"],
                     q["sex"], q["nat"], q["source"]])
        srow.append([qid, "heldout"])
    for fn, rows in (("persons.csv", prow), ("queries.csv", qrow), ("split.csv", srow)):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(csv_bytes(rows))
    print("persons", len(persons), "queries", len(queries))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    main(out)
