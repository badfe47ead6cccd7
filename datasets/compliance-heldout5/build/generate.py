"""Generate ../cases.json from the case modules, then validate it.

Usage:  python3 build/generate.py      (from the data-set directory or anywhere)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_abusive  # noqa: E402
import cases_hard  # noqa: E402
import cases_legit  # noqa: E402
from validate import validate  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "cases.json")


def build():
    cases = cases_abusive.cases() + cases_legit.cases() + cases_hard.cases()
    return {"cases": cases}


def main():
    data = build()
    errors = validate(data)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", OUT, "with", len(data["cases"]), "cases")


if __name__ == "__main__":
    main()
