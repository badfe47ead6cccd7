"""Data model and the small line format in which the name-part lists are written.

Line format (one name part per line, fields separated by " | "):
    CANON | ORIG | kind.tag=v1/v2 | ~=near1:orig1/near2 | f=FemLatin:FemOrig
CANON  Latin spelling used when the record is filed (for Cyrillic traditions:
       the Cyrillic form; Latin spellings are then produced from the tables in
       translit.py).
ORIG   the name in its own script, or "-".
kind   r = romanisation, x = exonym_cognate, n = nickname,
       c = compound_particle, d = diacritics, s = spelling_variant
tag    key into SOURCES (the citation written into queries.csv).
~=     genuinely different names that look or sound close (for negatives).
f=     female form of a surname.
"""
import re

CYR = re.compile(r"[\u0400-\u04FF]")


class Part:
    def __init__(self, canon, orig=None):
        self.canon = canon
        self.orig = orig
        self.kinds = {}          # kind -> list of (spelling, tag)
        self.near = []           # list of (latin, orig)
        self.female = None       # Part
        self.group = None        # sub-community (e.g. Muslim / Hindu Bengali names)
        self.only = None         # "F"/"M": family name used only for that sex
        self.patr = None         # (male patronymic, female patronymic) derived from this name

    @property
    def key(self):
        return self.canon

    def variants(self, kind):
        return self.kinds.get(kind, [])


def parse_line(line, default_tag):
    fields = [f.strip() for f in line.split(" | ")]
    canon = fields[0]
    orig = fields[1] if len(fields) > 1 and fields[1] not in ("-", "") else None
    p = Part(canon, orig)
    for f in fields[2:]:
        if not f:
            continue
        if f.startswith("~="):
            for item in f[2:].split("/"):
                item = item.strip()
                if not item:
                    continue
                if ":" in item:
                    a, b = item.split(":", 1)
                    p.near.append((a.strip(), b.strip() if b.strip() not in ('', '-') else None))
                else:
                    p.near.append((item, None))
        elif f.startswith("g="):
            p.group = f[2:].strip()
        elif f.startswith("only="):
            p.only = f[5:].strip()
        elif f.startswith("p="):
            p.patr = tuple(x.strip() for x in f[2:].split(":"))
        elif f.startswith("f="):
            a = f[2:]
            if ":" in a:
                lat, org = a.split(":", 1)
            else:
                lat, org = a, None
            p.female = Part(lat.strip(), (org or "").strip() or None)
        else:
            m = re.match(r"^([rxncds])(?:\.([a-z0-9_]+))?=(.*)$", f)
            if not m:
                raise ValueError("bad field %r in %r" % (f, line))
            kind, tag, vals = m.group(1), m.group(2) or default_tag, m.group(3)
            for v in vals.split("/"):
                v = v.strip()
                if v:
                    p.kinds.setdefault(kind, []).append((v, tag))
    return p


def parse_block(text, default_tag="en"):
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(parse_line(line, default_tag))
    return out


class Tradition:
    """A naming tradition: pools of name parts plus rendering rules."""

    def __init__(self, code, script, nats, order="GF", default_tag="en", fam="", m="", f="",
                 translit=None, stored=None, systems=None, ru_translit=None, orig_order=None,
                 orig_sep=" ", n_persons=12, two_forenames=0.0, patronymic=None, label=None,
                 store_orig_share=0.5, fixed_forenames=None, mrz_system=None):
        self.code = code
        self.label = label or code
        self.script = script
        self.nats = nats
        self.order = order                  # GF: given names first; FG: family name first
        self.default_tag = default_tag
        self.fam = parse_block(fam, default_tag)
        self.m = parse_block(m, default_tag)
        self.f = parse_block(f, default_tag)
        self.translit = translit            # function(cyrillic, system) for table-driven traditions
        self.stored = stored or []          # systems/tags used for the filed spelling
        self.systems = systems or []        # other systems usable for romanisation variants
        self.ru_translit = ru_translit      # for Russian cognate forms
        self.orig_order = orig_order or order
        self.orig_sep = orig_sep
        self.n_persons = n_persons
        self.two_forenames = two_forenames
        self.patronymic = patronymic
        self.store_orig_share = store_orig_share
        self.mrz_system = mrz_system

    def is_table(self):
        return self.translit is not None
