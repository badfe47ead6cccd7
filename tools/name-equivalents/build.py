#!/usr/bin/env python3
"""Build given-names.csv from raw.txt (the hand-transcribed source notes).

raw.txt notation:
  # comment
  @ URL                      -> source for the following lines
  group lang kind form, form -> kind is s (standard) or d (diminutive)
Rows are de-duplicated on (group, form, language, kind); the first source seen is kept.
A form listed as standard for a group/language is not repeated as a diminutive of it.
"""
import csv, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {"s": "standard", "d": "diminutive"}

def main():
    rows, seen, src = [], set(), None
    with open(os.path.join(HERE, "raw.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                src = line[1:].strip()
                continue
            parts = line.split(None, 3)
            if len(parts) != 4 or parts[2] not in KIND or not src:
                sys.exit(f"raw.txt:{n}: bad line: {line}")
            groups, lang, kind, forms = parts
            for group, form in [(g, f) for g in groups.split("+") for f in forms.split(",")]:
                form = unicodedata.normalize("NFC", form.strip())
                if not form:
                    continue
                key = (group, form, lang, KIND[kind])
                if key in seen:
                    continue
                seen.add(key)
                rows.append([group, form, lang, KIND[kind], src])
    std = {(g, f, l) for g, f, l, k, _ in rows if k == "standard"}
    rows = [r for r in rows if not (r[3] == "diminutive" and (r[0], r[1], r[2]) in std)]
    rows.sort(key=lambda r: (r[0], r[2], r[3] != "standard", r[1].lower()))
    with open(os.path.join(HERE, "given-names.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group", "form", "language", "kind", "source"])
        w.writerows(rows)
    print(f"{len(rows)} rows")
    update_readme(rows)

def update_readme(rows):
    """Rewrite the counts table in README.md between the <!-- counts --> markers."""
    from collections import Counter
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    c = Counter((r[2], r[3]) for r in rows)
    langs = sorted({r[2] for r in rows})
    lines = ["<!-- counts -->",
             f"{len(rows)} rows, {len({r[0] for r in rows})} groups, {len(langs)} languages.", "",
             "| lang | standard | diminutive | total |", "|---|---:|---:|---:|"]
    for l in langs:
        s, d = c[(l, "standard")], c[(l, "diminutive")]
        lines.append(f"| {l} | {s} | {d} | {s + d} |")
    lines.append("<!-- /counts -->")
    text = open(path, encoding="utf-8").read()
    a, b = text.find("<!-- counts -->"), text.find("<!-- /counts -->")
    if a < 0 or b < 0:
        return
    text = text[:a] + "\n".join(lines) + text[b + len("<!-- /counts -->"):]
    open(path, "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main()
