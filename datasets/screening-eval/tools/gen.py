#!/usr/bin/env python3
"""Compose persons.csv, queries.csv and split.csv from the hand-written name-part
lists (data_*.py) and the hand-typed romanisation tables (translit.py).

Deterministic: python3 tools/gen.py  (writes into the parent directory).
"""
import csv
import os
import random
import unicodedata
from collections import Counter, defaultdict

import translit as TL
from model import Part, Tradition
from sources import SOURCES
import data_cyr, data_latin, data_arabic, data_asia, data_han

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(20261126)

# ---------------------------------------------------------------- citations
OVERRIDE = {
    ("hebrew", "de"): "Germanised / Ashkenazi spelling of the Hebrew surname (compiler)",
    ("hebrew", "pl"): "Polish spelling of the Ashkenazi surname (compiler)",
    ("hebrew", "fr"): "French / North-African Jewish spelling (compiler)",
    ("hebrew", "es"): "Sephardic / Spanish cognate of the surname (compiler)",
    ("czech", "de"): "Germanised spelling of the Czech surname as used in Austria/Germany (compiler)",
    ("turkish", "de"): "German phonetic spelling of the Turkish name (compiler)",
    ("turkish", "ar"): "Arabic cognate of the Turkish name, common English spelling (compiler)",
    ("persian", "ar"): "Arabic cognate of the Persian name, common English spelling (compiler)",
    ("persian", "fr"): "French-style spelling (dj for j) of the Persian name (compiler)",
    ("somali", "ar"): "Arabic cognate of the Somali name, common English spelling (compiler)",
    ("armenian", "ru"): "Russian-mediated spelling of the Armenian name (compiler)",
    ("armenian", "fr"): "French-diaspora spelling of the Armenian name (compiler)",
    ("armenian", "en"): "English-language variant spelling of the Armenian name (compiler)",
    ("georgian", "ru"): "Russian-mediated spelling of the Georgian name (compiler)",
    ("georgian", "bgn"): "[S2] BGN/PCGN Georgian 1981 (ejective apostrophes), applied by hand",
    ("georgian", "fr"): "French spelling of the Georgian name (tch, dj) (compiler)",
    ("georgian", "de"): "[S4] German transcription of the Georgian name (w, sch, s, ts), applied by hand",
    ("korean", "c"): "given-name syllables as one word / two words (Korean passport rules allow both)",
}


def cite(trad, tag):
    code = trad.code
    if (code, tag) in OVERRIDE:
        return OVERRIDE[(code, tag)]
    if code.startswith("arabic") and tag == "fr":
        return SOURCES["fr_ar"]
    if tag == "ru" and code in ("ukrainian", "belarusian"):
        return SOURCES["ru_cognate"]
    return SOURCES.get(tag, tag)


def strip(s):
    return TL.strip_marks(s)


def has_marks(s):
    return strip(s) != s


# ---------------------------------------------------------------- Han parts
CH = data_han.load_chars()


def han_part(chars, style, is_family):
    """Return a Part for a string of Han characters, with forms for all systems."""
    cs = []
    i = 0
    while i < len(chars):
        if chars[i:i + 2] in CH:
            cs.append(CH[chars[i:i + 2]]); i += 2
        else:
            cs.append(CH[chars[i]]); i += 1
    simp = "".join(c["simp"] for c in cs)
    trad = "".join(c["trad"] for c in cs)

    def cap(x):
        return x[:1].upper() + x[1:]

    if is_family:
        c = cs[0]
        py_t = c["py"]
        py = strip(py_t)
        wg = c["wg"]
        wgtw = strip(wg.replace("'", "")).replace("-", "")
        if wgtw == "Ouyang":
            wgtw = "Ouyang"
        hk = c["hk"]
        mo = c["mo"]
        forms = {"pinyin": [cap(py)], "pinyin_tone": [cap(py_t)], "wg": [wg], "wgtw": [wgtw], "hk": [hk], "mo": [mo]}
    else:
        sy_py = [c["py"] for c in cs]
        py_t = cap("".join(sy_py))
        py = strip(py_t)
        wg = cap(cs[0]["wg"]) + "-" + cs[1]["wg"]
        wgtw = strip(wg.replace("'", ""))
        wgtw = wgtw.split("-")[0] + "-" + cap(wgtw.split("-")[1])
        hk = " ".join(cap(c["hk"]) for c in cs)
        forms = {"pinyin": [py], "pinyin_tone": [py_t], "wg": [wg], "wgtw": [wgtw], "hk": [hk], "mo": [hk]}
    canon = {"pinyin": forms["pinyin"][0], "wgtw": forms["wgtw"][0], "hk": forms["hk"][0], "mo": forms["mo"][0]}[style]
    p = Part(canon, simp if style == "pinyin" else trad)
    p.han = dict(simp=simp, trad=trad)
    p.hanforms = forms
    p.key = chars
    return p


class HanTradition(Tradition):
    pass


def make_han(code, style, nats, n):
    t = HanTradition(code, "Hani", nats, order="FG", n_persons=n, orig_order="FG", orig_sep="",
                     store_orig_share=0.5)
    t.style = style
    t.fam = [han_part(c, style, True) for c in data_han.FAM]
    t.m = []
    for g, near in data_han.M_GIVEN:
        p = han_part(g, style, False)
        p.nearhan = near
        t.m.append(p)
    t.f = []
    for g, near in data_han.F_GIVEN:
        p = han_part(g, style, False)
        p.nearhan = near
        t.f.append(p)
    return t


# Part.key must be settable for Han parts
Part.key = property(lambda self: getattr(self, "_key", self.canon), lambda self, v: setattr(self, "_key", v))

CH_MAIN = make_han("chinese_mainland", "pinyin", ["CN"], 14)
CH_TW = make_han("chinese_taiwan", "wgtw", ["TW"], 13)
CH_HK = make_han("chinese_hk_macau", "hk", ["HK", "HK", "MO"], 13)

TRADITIONS = [data_cyr.RUSSIAN, data_cyr.UKRAINIAN, data_cyr.BELARUSIAN, data_cyr.BULGARIAN, data_latin.SERBIAN,
              data_arabic.LEVANT, data_arabic.GULF, data_arabic.EGYPT, data_arabic.MAGHREB, data_arabic.PERSIAN,
              data_latin.TURKISH, CH_MAIN, CH_TW, CH_HK, data_asia.KOREAN, data_asia.JAPANESE,
              data_latin.VIETNAMESE, data_arabic.HEBREW, data_asia.GREEK, data_asia.ARMENIAN, data_asia.GEORGIAN,
              data_asia.HINDI, data_asia.BENGALI, data_latin.SPANISH, data_latin.PORTUGUESE, data_arabic.SOMALI,
              data_latin.POLISH, data_latin.CZECH, data_latin.HUNGARIAN, data_asia.THAI]

CYR_TRADS = {"russian", "ukrainian", "belarusian", "bulgarian"}
LATIN_ORTHO = {"serbian", "spanish", "portuguese", "polish", "czech", "hungarian", "turkish", "vietnamese"}

# ---------------------------------------------------------------- Japanese forms
KUNREI = [("sha", "sya"), ("shu", "syu"), ("sho", "syo"), ("shi", "si"), ("chi", "ti"), ("cha", "tya"),
          ("chu", "tyu"), ("cho", "tyo"), ("tsu", "tu"), ("fu", "hu"), ("ja", "zya"), ("ju", "zyu"),
          ("jo", "zyo"), ("ji", "zi")]


def jp_forms(macron):
    low = macron
    plain = strip(low).replace("'", "")
    oh = low.replace("ō", "oh").replace("Ō", "Oh").replace("ū", "u").replace("Ū", "U")
    oh = strip(oh).replace("'", "")
    ou = low.replace("ō", "ou").replace("Ō", "Ou").replace("ū", "uu").replace("Ū", "Uu")
    ou = strip(ou).replace("'", "")
    k = low.lower()
    for a, b in KUNREI:
        k = k.replace(a, b)
    k = k.replace("ō", "ô").replace("ū", "û")
    k = k[:1].upper() + k[1:]
    apost = strip(low) if "'" in low else None
    return {"hep": plain, "hep_macron": low, "hep_oh": oh, "hep_ou": ou, "kunrei": k, "hep_apos": apost}


# ---------------------------------------------------------------- spelling of parts
def rom_forms(trad, part):
    """tag -> list of Latin spellings for kind 'r' (romanisation), including the filed one."""
    if trad.code in CYR_TRADS:
        return {s: [trad.translit(part.canon, s)] for s in trad.systems}
    if isinstance(trad, HanTradition):
        f = dict(part.hanforms)
        f.pop("pinyin_tone", None)
        if trad.style != "mo":
            pass
        return f
    if trad.code == "japanese":
        jf = jp_forms(part.canon)
        return {"hep": [jf["hep"]], "hep_oh": [jf["hep_oh"]], "hep_ou": [jf["hep_ou"]], "kunrei": [jf["kunrei"]]}
    out = defaultdict(list)
    out[trad.default_tag].append(part.canon)
    for v, tag in part.variants("r"):
        if v not in out[tag]:
            out[tag].append(v)
    return dict(out)


def stored_spelling(trad, part, person_sys):
    if trad.code in CYR_TRADS:
        return trad.translit(part.canon, person_sys)
    if isinstance(trad, HanTradition):
        return part.hanforms[person_sys][0]
    if trad.code == "japanese":
        return jp_forms(part.canon)["hep"]
    if trad.code == "serbian":
        return part.canon
    f = rom_forms(trad, part)
    if person_sys in f:
        return f[person_sys][0]
    return part.canon


def orig_of(trad, part):
    if trad.code in CYR_TRADS:
        return part.canon
    if trad.code == "serbian":
        return TL.sr_cyr(part.canon)
    if trad.code in LATIN_ORTHO or trad.code == "somali":
        return None
    return part.orig


# ---------------------------------------------------------------- persons
from model import parse_line
KUMAR = parse_line("Kumar | कुमार | r.iast=Kumār", "en")
MOHAMMAD_BN = [x for x in data_asia.BENGALI.m if x.canon == "Mohammad"][0]


def rand_dob():
    y = rng.randint(1952, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


class Person:
    pass


def make_persons():
    persons = []
    used_keys = set()
    counter = 0
    for trad in TRADITIONS:
        fams = list(trad.fam)
        rng.shuffle(fams)
        for i in range(trad.n_persons):
            sex = "M" if rng.random() < 0.68 else "F"
            fam = fams[i % len(fams)]
            if fam.only and fam.only != sex:
                sex = fam.only
            pool = trad.m if sex == "M" else trad.f
            grp = fam.group or rng.choice(sorted({x.group for x in pool if x.group} or {None}))
            pool = [x for x in pool if x.group in (None, grp)]
            for _ in range(50):
                g1 = rng.choice(pool)
                fore = [g1]
                if trad.code == "hindi" and sex == "M" and rng.random() < 0.35:
                    fore.append(KUMAR)
                elif trad.code == "bengali" and grp == "mu" and sex == "M" and g1.canon != "Mohammad" \
                        and rng.random() < 0.6:
                    fore = [MOHAMMAD_BN, g1]
                elif trad.code == "somali":
                    fore.append(rng.choice([p for p in trad.m if p is not g1]))
                elif trad.two_forenames and rng.random() < trad.two_forenames:
                    if trad.code.startswith("arabic"):
                        fore.append(rng.choice([p for p in trad.m if p is not g1]))
                    elif trad.code in ("spanish", "portuguese") and " " in g1.canon:
                        pass
                    else:
                        cand = [p for p in pool if p is not g1 and " " not in p.canon]
                        if " " not in g1.canon:
                            fore.append(rng.choice(cand))
                patr = None
                if trad.patronymic and rng.random() < trad.patronymic:
                    father = rng.choice([p for p in trad.m if p.patr])
                    patr = father.patr[0] if sex == "M" else father.patr[1]
                key = (trad.code, fam.key, tuple(p.key for p in fore), patr or "")
                if key not in used_keys and fam.key not in [p.key for p in fore]:
                    break
            used_keys.add(key)
            counter += 1
            p = Person()
            p.id = "P%04d" % counter
            p.trad = trad
            p.sex = sex
            p.fam = fam.female if (sex == "F" and fam.female) else fam
            p.fam_base = fam
            p.fore = fore
            p.patr = Part(patr, None) if patr else None
            if patr:
                p.patr.canon = patr
            y, m, d = rand_dob()
            p.dob = (y, m, d)
            p.dob_year_only = rng.random() < 0.1
            p.nat = rng.choice(trad.nats)
            p.sys = rng.choice(trad.stored) if trad.stored else trad.default_tag
            if isinstance(trad, HanTradition):
                p.sys = trad.style
                if trad.code == "chinese_hk_macau" and p.nat == "MO":
                    p.sys = "mo"
            if trad.code in LATIN_ORTHO and trad.code != "serbian":
                p.filed_stripped = rng.random() < 0.25
            elif trad.code == "serbian":
                p.filed_stripped = rng.random() < 0.2
            else:
                p.filed_stripped = False
            all_orig = all(orig_of(trad, x) for x in p.fore + [p.fam])
            p.store_orig = all_orig and trad.script != "Latn" and rng.random() < trad.store_orig_share
            p.key = key
            persons.append(p)
    return persons


def parts_of(p):
    return p.fore + ([p.patr] if p.patr else [])


def spell_part(p, part, sys=None):
    trad = p.trad
    if part is p.patr:
        if trad.code in CYR_TRADS:
            return trad.translit(part.canon, sys or p.sys)
        return part.canon
    s = stored_spelling(trad, part, sys or p.sys)
    return s


def filed(p):
    fam = spell_part(p, p.fam)
    fore = [spell_part(p, x) for x in parts_of(p)]
    if p.filed_stripped:
        fam = strip(fam) if p.trad.code != "serbian" else TL.sr_ascii(fam)
        fore = [strip(x) if p.trad.code != "serbian" else TL.sr_ascii(x) for x in fore]
    return fam, fore


def orig_name(p, fam_part=None, fore_parts=None, patr=True):
    trad = p.trad
    fam_part = fam_part or p.fam
    fore_parts = fore_parts if fore_parts is not None else p.fore
    fam = orig_of(trad, fam_part)
    fore = [orig_of(trad, x) for x in fore_parts]
    if p.patr and patr:
        fore.append(p.patr.canon)
    if fam is None or any(x is None for x in fore):
        return None
    return fam, fore


def join(trad, fam, fore, order=None):
    order = order or trad.order
    if order == "FG":
        return " ".join([fam] + fore)
    return " ".join(fore + [fam])


def join_orig(trad, fam, fore, order=None):
    order = order or trad.orig_order
    sep = trad.orig_sep
    if sep == "":
        g = "".join(fore)
        return fam + g if order == "FG" else g + fam
    if order == "FG":
        return " ".join([fam] + fore)
    return " ".join(fore + [fam])


# ---------------------------------------------------------------- typos
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for r, row in enumerate(QWERTY):
    for c, ch in enumerate(row):
        n = set()
        for dc in (-1, 1):
            if 0 <= c + dc < len(row):
                n.add(row[c + dc])
        NEIGH[ch] = "".join(sorted(n))
OCR = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("l", "I"), ("O", "0"), ("e", "c"), ("h", "b"), ("u", "v")]


def make_typo(s):
    letters = []
    for m in __import__("re").finditer(r"[A-Za-z]{4,}", s):
        letters.extend(range(m.start() + 1, m.end() - 1))
    if len(letters) < 2:
        return None, None
    kind = rng.choice(["neighbour", "neighbour", "transpose", "drop", "double", "ocr"])
    i = rng.choice(letters)
    c = s[i]
    if kind == "neighbour" and c.lower() in NEIGH:
        r = rng.choice(NEIGH[c.lower()])
        r = r.upper() if c.isupper() else r
        return s[:i] + r + s[i + 1:], "QWERTY-neighbour substitution"
    if kind == "transpose" and s[i + 1:i + 2].isalpha() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2:], "adjacent transposition"
    if kind == "drop":
        return s[:i] + s[i + 1:], "dropped letter"
    if kind == "double":
        return s[:i] + c + s[i:], "doubled letter"
    if kind == "ocr":
        for a, b in OCR:
            j = s.find(a, 1)
            if j > 0 and a not in ("O",):
                return s[:j] + b + s[j + len(a):], "OCR confusion %s->%s" % (a, b)
    r = rng.choice(NEIGH.get(c.lower(), "e") or "e")
    return s[:i] + r + s[i + 1:], "QWERTY-neighbour substitution"


REGION_TAGS = {
    "arabic_levant": {"en", "alalc", "fr", "wm"},
    "arabic_gulf": {"en", "alalc", "gulf", "wm"},
    "arabic_egypt": {"en", "alalc", "eg", "wm"},
    "arabic_maghreb": {"en", "alalc", "fr", "wm"},
}

C_SOURCE = {
    "arabic": "compound name written differently: article al-/el-/ash- joined, spaced, assimilated or dropped; Abd/Abdul/Abdel + name one word or two (compiler)",
    "persian": "compound Persian name/surname written as one word, hyphenated or as two words (-zadeh, Mohammad Reza) (compiler)",
    "spanish": "compound Spanish surname: hyphenated, particle de/del/de la capitalised or joined, or only the first (paternal) surname (compiler)",
    "portuguese": "Portuguese surname with particle da/de/do/dos dropped or capitalised, or only the last surname (compiler)",
    "hebrew": "Ben- patronymic surname written separately, hyphenated or joined (compiler)",
    "thai": "Sae- (Chinese-Thai clan prefix) surname written joined, hyphenated or separately (compiler)",
    "korean": "Korean given name written as one word or two words (passport rules allow hyphen or no space) (compiler)",
    "bengali": "Bangladeshi abbreviation Md. for Mohammad (compiler)",
}


# ---------------------------------------------------------------- match candidates
def pick(lst):
    return rng.choice(lst) if lst else None


def c_match(p):
    """All candidate match queries for a person: list of (variation, name, source)."""
    trad = p.trad
    out = []
    fam_f, fore_f = filed(p)
    base = join(trad, fam_f, fore_f)
    code = trad.code

    # romanisation: another system for all parts
    if code in CYR_TRADS:
        for s in trad.systems:
            if s == p.sys:
                continue
            fam = trad.translit(p.fam.canon, s)
            fore = [trad.translit(x.canon, s) for x in parts_of(p)]
            name = join(trad, fam, fore)
            if name != base:
                out.append(("romanisation", name, cite(trad, s)))
    elif isinstance(trad, HanTradition):
        systems = {"chinese_mainland": ["wg", "wgtw"], "chinese_taiwan": ["pinyin", "wg"],
                   "chinese_hk_macau": ["pinyin", "hk" if p.sys == "mo" else "wgtw"]}[code]
        for s in systems:
            fam = p.fam.hanforms[s][0]
            fore = [x.hanforms[s][0] for x in p.fore]
            name = join(trad, fam, fore)
            if name != base:
                out.append(("romanisation", name, cite(trad, s)))
    elif code == "japanese":
        for s in ["hep_oh", "hep_ou", "kunrei"]:
            fam = jp_forms(p.fam.canon)[s]
            fore = [jp_forms(x.canon)[s] for x in p.fore]
            name = join(trad, fam, fore)
            if name != base and strip(name) != strip(base) or (s == "kunrei" and name != base):
                out.append(("romanisation", name, cite(trad, s)))
    elif code not in LATIN_ORTHO:
        allp = [p.fam] + p.fore
        forms = [rom_forms(trad, x) for x in allp]
        if code in REGION_TAGS:
            forms = [{t: v for t, v in f.items() if t in REGION_TAGS[code]} for f in forms]
        tags = set()
        for f in forms:
            tags |= set(f)
        for tag in sorted(tags):
            for _ in range(2):
                sp = []
                used = set()
                changed = False
                for x, f in zip(allp, forms):
                    cur = spell_part(p, x)
                    if tag in f and [v for v in f[tag] if v != cur]:
                        v = pick([v for v in f[tag] if v != cur])
                        sp.append(v); used.add(tag); changed = True
                    else:
                        sp.append(cur)
                if changed:
                    name = join(trad, sp[0], sp[1:])
                    out.append(("romanisation", name, "; ".join(cite(trad, t) for t in sorted(used))))
        # mixed: one random other variant per part
        sp, used = [], set()
        for x, f in zip(allp, forms):
            cur = spell_part(p, x)
            opts = [(v, t) for t, vs in f.items() for v in vs if v != cur]
            if opts and rng.random() < 0.7:
                v, t = pick(opts)
                sp.append(v); used.add(t)
            else:
                sp.append(cur)
        if used:
            out.append(("romanisation", join(trad, sp[0], sp[1:]), "; ".join(cite(trad, t) for t in sorted(used))))
    # Turkish German spellings are kind r too
    if code == "turkish":
        sp, used = [], set()
        for x in [p.fam] + p.fore:
            v = [a for a, t in x.variants("r")]
            if v:
                sp.append(v[0]); used.add("de")
            else:
                sp.append(spell_part(p, x))
        if used:
            out.append(("romanisation", join(trad, sp[0], sp[1:]), cite(trad, "de")))

    # original script
    on = orig_name(p)
    if on:
        fam, fore = on
        if isinstance(trad, HanTradition):
            fam = p.fam.han["simp" if code == "chinese_mainland" else "trad"]
            fore = [x.han["simp" if code == "chinese_mainland" else "trad"] for x in p.fore]
            src = cite(trad, "han_simp" if code == "chinese_mainland" else "han_trad")
            out.append(("original_script", join_orig(trad, fam, fore), src))
            if code == "chinese_mainland":
                out.append(("original_script", p.fam.han["trad"] + "".join(x.han["trad"] for x in p.fore),
                            cite(trad, "han_trad")))
        else:
            src = "name in its own script (%s), written by the compiler" % trad.script
            out.append(("original_script", join_orig(trad, fam, fore), src))
            if trad.orig_sep == " " and code in CYR_TRADS:
                out.append(("original_script", join_orig(trad, fam, fore, order="GF"), src))

    # exonym / cognate
    for idx, x in enumerate([p.fam] + p.fore[:1]):
        for v, tag in x.variants("x"):
            if trad.code in ("ukrainian", "belarusian") and tag == "ru":
                s = rng.choice(["press", "icao"])
                v = TL.ru(v, s)
                src = SOURCES["ru_cognate" if s == "press" else "ru_cognate_icao"]
            else:
                src = cite(trad, tag)
            fam, fore = fam_f, list(fore_f)
            if idx == 0:
                fam = v
            else:
                fore[idx - 1] = v
            out.append(("exonym_cognate", join(trad, fam, fore, order="GF" if code == "hungarian" and idx else None), src))
    # Russian cognate of the whole name for Ukrainian/Belarusian
    if code in ("ukrainian", "belarusian"):
        allp = [p.fam] + p.fore
        if all(any(t == "ru" for _, t in x.variants("x")) for x in allp):
            s = rng.choice(["press", "icao"])
            vals = [TL.ru([v for v, t in x.variants("x") if t == "ru"][0], s) for x in allp]
            out.append(("exonym_cognate", join(trad, vals[0], vals[1:]),
                        SOURCES["ru_cognate" if s == "press" else "ru_cognate_icao"]))
            cyr = [[v for v, t in x.variants("x") if t == "ru"][0] for x in allp]
            if cyr != [x.canon for x in allp]:
                out.append(("exonym_cognate", join_orig(trad, cyr[0], cyr[1:], order=rng.choice(["GF", "FG"])),
                            "Russian cognate of the name written in Cyrillic, as a Russian-speaking officer would type it (compiler)"))

    # nickname
    for idx, x in enumerate(p.fore):
        for v, tag in x.variants("n"):
            if code in CYR_TRADS:
                v = trad.translit(v, p.sys)
                src = SOURCES["hyp_cyr"]
            else:
                src = cite(trad, tag)
            # a diminutive is used on its own: diminutive + family name
            out.append(("nickname", join(trad, fam_f, [v]), src))
    if code == "chinese_hk_macau":
        en = pick(data_han.ENGLISH_NAMES_M if p.sex == "M" else data_han.ENGLISH_NAMES_F)
        g = fore_f[0]
        out.append(("nickname", "%s %s %s" % (en, fam_f, g.replace(" ", "-", 1).capitalize() if rng.random() < 0.5 else g),
                    SOURCES["hk_english"]))
        out.append(("nickname", "%s, %s %s" % (fam_f.upper(), g, en), SOURCES["hk_english"]))

    # compound / particle
    for idx, x in enumerate([p.fam] + p.fore):
        for v, tag in x.variants("c"):
            fam, fore = fam_f, list(fore_f)
            if idx == 0:
                fam = v
            else:
                fore[idx - 1] = v
            src = C_SOURCE.get(trad.code.split("_")[0], "compound name written as one word / two words / hyphenated (compiler)")
            out.append(("compound_particle", join(trad, fam, fore), src))
    if code == "arabic_gulf" and len(p.fore) == 2:
        part = {"arabic_maghreb": "ben", "arabic_gulf": "bin"}.get(code, "bin")
        if p.sex == "F":
            part = "bint"
        out.append(("compound_particle", " ".join([fore_f[0], part, fore_f[1], fam_f]), SOURCES["bin"]))
    if isinstance(trad, HanTradition) or code == "korean":
        g = fore_f[0]
        if code == "korean":
            pass
        elif "-" in g:
            out.append(("compound_particle", join(trad, fam_f, [g.replace("-", "").capitalize()]), SOURCES["spacing"]))
            out.append(("compound_particle", join(trad, fam_f, [g.replace("-", " ")]), SOURCES["spacing"]))
        elif " " in g:
            out.append(("compound_particle", join(trad, fam_f, [g.replace(" ", "-", 1).capitalize()]), SOURCES["spacing"]))
        else:
            sy = p.fore[0].hanforms["pinyin"][0] if code == "chinese_mainland" else None
            # split pinyin given name at the syllable boundary of the characters
            chars = p.fore[0].key
            sylls = [strip(CH[c]["py"]) for c in chars]
            out.append(("compound_particle", join(trad, fam_f, [" ".join(s.capitalize() for s in sylls)]), SOURCES["spacing"]))
            out.append(("compound_particle", join(trad, fam_f, ["-".join(s.capitalize() for s in sylls)]), SOURCES["spacing"]))
    if code == "thai":
        pass

    # MRZ
    if code in CYR_TRADS:
        ms = trad.mrz_system
        mf = trad.translit(p.fam.canon, ms)
        mg = " ".join(trad.translit(x.canon, ms) for x in parts_of(p))
        src = SOURCES["mrz"] + ("; " + cite(trad, ms) if ms != "icao" else "")
    elif code == "serbian":
        mf, mg = p.fam.canon, " ".join(x.canon for x in p.fore)
        src = SOURCES["mrz"]
    else:
        mf, mg = fam_f, " ".join(fore_f)
        src = SOURCES["mrz"]
    mz = TL.mrz(mf, mg)
    if rng.random() < 0.3:
        mz = (mz + "<" * 39)[:39] if len(mz) < 39 else mz
    out.append(("mrz", mz, src))

    # order
    if trad.order == "GF":
        out.append(("order", join(trad, fam_f, fore_f, order="FG"), SOURCES["order"]))
        out.append(("order", "%s, %s" % (fam_f.upper(), " ".join(fore_f)), SOURCES["order"] + " (SURNAME, Given)"))
    else:
        out.append(("order", join(trad, fam_f, fore_f, order="GF"), SOURCES["order"]))
        if code == "vietnamese" and len(fore_f[0].split()) == 2:
            mid, giv = fore_f[0].split()
            out.append(("order", "%s %s %s" % (giv, fam_f, mid), SOURCES["order"] + " (given, family, middle)"))

    # typo
    t, how = make_typo(base)
    if t and t != base:
        out.append(("typo", t, SOURCES["typo"] + ": " + how))

    # diacritics
    if code in LATIN_ORTHO or code == "serbian":
        unf = join(trad, spell_part(p, p.fam), [spell_part(p, x) for x in parts_of(p)])
        if p.filed_stripped and has_marks(unf):
            out.append(("diacritics", unf, cite(trad, trad.default_tag) + " (diacritics as in the national orthography)"))
        elif has_marks(base):
            out.append(("diacritics", strip(base), SOURCES["strip"]))
            if code == "serbian" and "đ" in base.lower():
                out.append(("diacritics", TL.sr_ascii(base), SOURCES["sr_dj"]))
    elif code == "japanese":
        m = join(trad, jp_forms(p.fam.canon)["hep_macron"], [jp_forms(x.canon)["hep_macron"] for x in p.fore])
        if m != base:
            out.append(("diacritics", m, SOURCES["hep_macron"]))
        ap = [jp_forms(x.canon)["hep_apos"] for x in p.fore]
        if any(ap):
            out.append(("diacritics", join(trad, fam_f, [a or f for a, f in zip(ap, fore_f)]),
                        SOURCES["hep"] + " with syllabic-n apostrophe"))
    elif code == "chinese_mainland":
        out.append(("diacritics", join(trad, p.fam.hanforms["pinyin_tone"][0], [x.hanforms["pinyin_tone"][0] for x in p.fore]),
                    SOURCES["pinyin_tone"]))
    elif code in CYR_TRADS:
        s = "iso9" if "iso9" in trad.systems else None
        if code == "belarusian":
            s = "nat2007"
        if s and s != p.sys:
            pass  # already produced under romanisation
    # spelling variants (Portuguese)
    for idx, x in enumerate([p.fam] + p.fore):
        for v, tag in x.variants("s"):
            fam, fore = fam_f, list(fore_f)
            if idx == 0:
                fam = v
            else:
                fore[idx - 1] = v
            out.append(("spelling_variant", join(trad, fam, fore), cite(trad, tag)))

    # partial
    fp = parts_of(p)
    if len(fp) >= 2:
        i = rng.randrange(1, len(fp))
        fore = [f for j, f in enumerate(fore_f) if j != i]
        out.append(("partial", join(trad, fam_f, fore), SOURCES["partial"] + " (later forename / patronymic dropped)"))
        init = [fore_f[0][0] + "."] + fore_f[1:]
        out.append(("partial", join(trad, fam_f, init), SOURCES["partial"] + " (first forename as initial)"))
    elif trad.order == "GF" and code not in ("somali",):
        out.append(("partial", join(trad, fam_f, [fore_f[0][0] + "."]), SOURCES["partial"] + " (forename as initial)"))
    if code == "bengali" and p.fore[0].canon == "Mohammad":
        fore = ["Md."] + fore_f[1:]
        out.append(("partial", join(trad, fam_f, fore), "Bangladeshi abbreviation Md. for Mohammad (compiler)"))
    if code in ("spanish", "portuguese") and " " in p.fam.canon:
        first = p.fam.canon.split()
        # drop the maternal (Spanish: second) / keep last (Portuguese)
        pass
    return out


# ---------------------------------------------------------------- negatives
def other_dob(p, min_gap=8):
    y, m, d = p.dob
    gap = rng.randint(min_gap, 22) * rng.choice([-1, 1])
    ny = y + gap
    if ny > 2007:
        ny = y - abs(gap)
    return (ny, rng.randint(1, 12), rng.randint(1, 28))


def render_near(p, part, near):
    """Spell a near-name (latin, orig) the way the person's record spells its own parts."""
    trad = p.trad
    lat, org = near
    if trad.code in CYR_TRADS:
        return trad.translit(lat, p.sys), lat
    return lat, org


def c_nomatch(p, person_keys, trad_parts_index):
    trad = p.trad
    code = trad.code
    out = []
    fam_f, fore_f = filed(p)
    pf = parts_of(p)
    # similar_name: replace a forename by a near name
    for idx, x in enumerate(p.fore):
        nears = []
        if isinstance(trad, HanTradition):
            hp = han_part(x.nearhan, trad.style if trad.style != "mo" else "hk", False)
            style = p.sys if p.sys != "mo" else "hk"
            nears = [(hp.hanforms[style][0], hp.key)]
        else:
            nears = [render_near(p, x, n) for n in x.near]
        for lat, org in nears:
            if code in CYR_TRADS:
                k_new = org
            elif isinstance(trad, HanTradition):
                k_new = org
            elif code == "japanese":
                k_new = lat
                lat = jp_forms(lat)["hep"]
            else:
                k_new = lat
            if p.filed_stripped:
                lat = strip(lat)
            fk = list(p.key[2])
            fk[idx] = k_new
            key = (p.key[0], p.key[1], tuple(fk), p.key[3])
            if key in person_keys:
                continue
            fore = list(fore_f)
            fore[idx] = lat
            out.append(("similar_name", join(trad, fam_f, fore),
                        "different given name %s vs %s (compiler)" % (lat, fore_f[idx]), key))
    # similar_name on the family name
    for lat, org in [render_near(p, p.fam, n) for n in p.fam.near] if not isinstance(trad, HanTradition) else []:
        k_new = org if code in CYR_TRADS else lat
        if code == "japanese":
            lat = jp_forms(lat)["hep"]
        if p.filed_stripped:
            lat = strip(lat)
        key = (p.key[0], k_new, p.key[2], p.key[3])
        if key in person_keys:
            continue
        out.append(("similar_name", join(trad, lat, fore_f),
                    "different family name %s vs %s (compiler)" % (lat, fam_f), key))
    # shared surname, other forenames
    pool = trad.m if p.sex == "M" else trad.f
    for _ in range(2):
        g = rng.choice(pool)
        if g.key in [x.key for x in p.fore] or g.key in [n[0] for x in p.fore for n in x.near]:
            continue
        if any(g.key == n[0] for n in p.fore[0].near):
            continue
        fore_parts = [g] + p.fore[1:]
        key = (p.key[0], p.key[1], tuple(f.key for f in fore_parts), p.key[3])
        if key in person_keys:
            continue
        fore = [spell_part(p, f) for f in fore_parts] + ([spell_part(p, p.patr)] if p.patr else [])
        if p.filed_stripped:
            fore = [strip(f) for f in fore]
        out.append(("shared_surname", join(trad, fam_f, fore),
                    "same family name, different forename %s (compiler)" % fore[0], key))
    # namesake: same name, clearly different date of birth (query always carries a date)
    cands = [c for c in c_match(p) if c[0] in ("romanisation", "original_script", "order", "diacritics")]
    base = join(trad, fam_f, fore_f)
    cands.append(("stored", base, SOURCES["stored"]))
    for _ in range(2):
        v, name, src = pick(cands)
        out.append(("same_name_other_dob", name, src + " [namesake: same name, different date of birth]", p.key))
    return out


# ---------------------------------------------------------------- assemble
PENALTY = {"typo": 4.0, "mrz": 2.5, "order": 2.5, "partial": 1.5, "romanisation": -1.5, "original_script": -1.0}


def fmt_dob(t, year_only=False):
    y, m, d = t
    return "%04d" % y if year_only else "%04d-%02d-%02d" % (y, m, d)


def main():
    persons = make_persons()
    person_keys = set(p.key for p in persons)
    # names of persons by normalised string (for a collision check of negatives)
    # every rendering a person can legitimately have (filed, all match candidates), normalised
    def norm(x):
        x = strip(x).lower().replace("<", " ").replace("-", " ").replace(",", " ").replace(".", " ").replace("'", "")
        return " ".join(sorted(x.split()))
    legit = set()
    legit_by = defaultdict(set)
    cache = {}
    for p in persons:
        fam_f, fore_f = filed(p)
        legit.add(norm(join(p.trad, fam_f, fore_f)))
        legit_by[norm(join(p.trad, fam_f, fore_f))].add(p.id)
        cache[p.id] = c_match(p)
        for c in cache[p.id]:
            legit.add(norm(c[1]))
            legit_by[norm(c[1])].add(p.id)
    ambiguous = 0
    queries = []
    var_count = defaultdict(Counter)
    target_match = 4
    target_nom = 3
    for p in persons:
        trad = p.trad
        cm = [c for c in cache[p.id] if legit_by[norm(c[1])] <= {p.id}]
        ambiguous += len(cache[p.id]) - len(cm)
        if rng.random() > 0.4:
            cm = [c for c in cm if c[0] != "typo"]
        # dedupe by name
        seen = set()
        fam_f, fore_f = filed(p)
        base = join(trad, fam_f, fore_f)
        cm2 = []
        for c in cm:
            low = c[1].lower()
            if low in seen or (low in (base.lower(), join(trad, fam_f, fore_f, order="FG" if trad.order == "GF" else "GF").lower())
                               and c[0] != "order") or (c[0] != "order" and low == base.lower()):
                continue
            seen.add(low); cm2.append(c)
        # choose: prefer variations used least so far in this tradition; typo rarely
        chosen = []
        k = target_match + (1 if rng.random() < 0.5 else 0)
        avail = list(cm2)
        while avail and len(chosen) < k:
            def score(c):
                w = var_count[trad.code][c[0]] + PENALTY.get(c[0], 0)
                return w + rng.random() * 0.9
            avail.sort(key=score)
            c = avail.pop(0)
            if c[0] not in ("romanisation", "original_script") and any(c[0] == x[0] for x in chosen) and \
                    len({x[0] for x in avail}) > 0 and \
                    any(a[0] not in {x[0] for x in chosen} for a in avail):
                # prefer a variation not yet chosen for this person
                alt = [a for a in avail if a[0] not in {x[0] for x in chosen}]
                avail.append(c)
                avail.remove(alt[0])
                c = alt[0]
            chosen.append(c)
            var_count[trad.code][c[0]] += 1
        for v, name, src in chosen:
            r = rng.random()
            if r < 0.35:
                dob = fmt_dob(p.dob, p.dob_year_only)
            elif r < 0.5:
                dob = fmt_dob(p.dob, True)
            else:
                dob = ""
            sex = p.sex if rng.random() < 0.4 else ""
            nat = p.nat if rng.random() < 0.4 else ""
            queries.append(dict(person_id=p.id, expected="match", tradition=trad.code, variation=v, name=name,
                                date_of_birth=dob, sex=sex, nationality=nat, source=src))
        # negatives
        cn = c_nomatch(p, person_keys, None)
        seen = set()
        cn2 = []
        for c in cn:
            if c[1] in seen:
                continue
            if c[0] != "same_name_other_dob" and norm(c[1]) in legit:
                continue
            seen.add(c[1]); cn2.append(c)
        chosen = []
        k = target_nom + (1 if rng.random() < 0.4 else 0)
        bytype = defaultdict(list)
        for c in cn2:
            bytype[c[0]].append(c)
        order = ["similar_name", "same_name_other_dob", "shared_surname", "similar_name", "same_name_other_dob",
                 "shared_surname"]
        rng.shuffle(order[:3])
        for t in order:
            if len(chosen) >= k:
                break
            if bytype[t]:
                c = bytype[t].pop(rng.randrange(len(bytype[t])))
                chosen.append(c)
        for v, name, src, key in chosen:
            nat = ""
            if v == "same_name_other_dob":
                nd = other_dob(p)
                dob = fmt_dob(nd, rng.random() < 0.3)
                if rng.random() < 0.35:
                    others = [n for n in sorted(set(sum((t.nats for t in TRADITIONS if t.code == trad.code), []))) if n != p.nat]
                    nat = rng.choice(others) if others else ""
                elif rng.random() < 0.4:
                    nat = p.nat
            else:
                r = rng.random()
                if r < 0.5:
                    dob = fmt_dob(other_dob(p, 3), rng.random() < 0.3)
                else:
                    dob = ""
                nat = p.nat if rng.random() < 0.35 else ""
            sex = p.sex if rng.random() < 0.4 else ""
            queries.append(dict(person_id=p.id, expected="nomatch", tradition=trad.code, variation=v, name=name,
                                date_of_birth=dob, sex=sex, nationality=nat, source=src))
    # ids
    rng.shuffle(queries)
    for i, q in enumerate(queries):
        q["query_id"] = "Q%05d" % (i + 1)
    queries.sort(key=lambda q: q["query_id"])

    # persons.csv
    with open(os.path.join(OUT, "persons.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["person_id", "tradition", "family_name", "forenames", "original_script_family",
                    "original_script_forenames", "script", "sex", "date_of_birth", "nationality"])
        for p in persons:
            fam, fore = filed(p)
            of, og = "", ""
            if p.store_orig:
                on = orig_name(p)
                if isinstance(p.trad, HanTradition):
                    k = "simp" if p.trad.code == "chinese_mainland" else "trad"
                    of, og = p.fam.han[k], "".join(x.han[k] for x in p.fore)
                else:
                    of, og = on[0], " ".join(on[1])
            w.writerow([p.id, p.trad.code, fam, " ".join(fore), of, og, p.trad.script, p.sex,
                        fmt_dob(p.dob, p.dob_year_only), p.nat])
    with open(os.path.join(OUT, "queries.csv"), "w", newline="", encoding="utf-8") as fh:
        cols = ["query_id", "person_id", "expected", "tradition", "variation", "name", "date_of_birth", "sex",
                "nationality", "source"]
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for q in queries:
            w.writerow(q)
    # split by person, stratified by tradition
    half = {}
    by_trad = defaultdict(list)
    for p in persons:
        by_trad[p.trad.code].append(p)
    for code, ps in by_trad.items():
        rng.shuffle(ps)
        first = rng.choice(["dev", "heldout"])
        second = "heldout" if first == "dev" else "dev"
        for i, p in enumerate(ps):
            half[p.id] = first if i % 2 == 0 else second
    with open(os.path.join(OUT, "split.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["query_id", "half"])
        for q in queries:
            w.writerow([q["query_id"], half[q["person_id"]]])
    print("ambiguous match candidates dropped:", ambiguous)
    print("persons", len(persons), "queries", len(queries),
          Counter(q["expected"] for q in queries))


if __name__ == "__main__":
    main()
