#!/usr/bin/env python3
"""Check given-names.csv: header, columns, kinds, ISO 639-1 codes, no duplicate rows,
every group has >= 2 forms, every row has an http(s) URL. Prints counts per language/kind.
Exit status 1 on any error."""
import csv, os, re, sys
from collections import Counter, defaultdict

ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz
ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv
mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw
sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
ve vi vo wa wo xh yi yo za zh zu""".split())
HEADER = ["group", "form", "language", "kind", "source"]
KINDS = {"standard", "diminutive"}
GROUP_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
URL_RE = re.compile(r"^https?://\S+$")

def main(path=None):
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), "given-names.csv")
    errors, seen = [], set()
    forms = defaultdict(set)
    counts = Counter()
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        header = next(r, None)
        if header != HEADER:
            errors.append(f"bad header: {header}")
        for n, row in enumerate(r, 2):
            if len(row) != 5:
                errors.append(f"line {n}: {len(row)} columns"); continue
            group, form, lang, kind, src = row
            if not GROUP_RE.match(group): errors.append(f"line {n}: bad group {group!r}")
            if not form.strip() or form != form.strip(): errors.append(f"line {n}: bad form {form!r}")
            if lang not in ISO639_1: errors.append(f"line {n}: bad language {lang!r}")
            if kind not in KINDS: errors.append(f"line {n}: bad kind {kind!r}")
            if not URL_RE.match(src): errors.append(f"line {n}: bad source {src!r}")
            key = (group, form, lang, kind)
            if key in seen: errors.append(f"line {n}: duplicate row {key}")
            seen.add(key)
            forms[group].add((form.lower(), lang))
            counts[(lang, kind)] += 1
    for g, fs in forms.items():
        if len({f for f, _ in fs}) < 2 and len(fs) < 2:
            errors.append(f"group {g!r} has fewer than 2 forms")
    langs = sorted({l for l, _ in counts})
    print(f"{len(seen)} rows, {len(forms)} groups, {len(langs)} languages")
    for l in langs:
        print(f"  {l}: standard {counts[(l, 'standard')]}, diminutive {counts[(l, 'diminutive')]}")
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
