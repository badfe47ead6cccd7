"""Assemble ../cases.json and ../README.md deterministically from the case files.

Usage: python3 build/build.py   (Python 3 standard library only)
"""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_abusive  # noqa: E402
import cases_legit  # noqa: E402
import cases_hard  # noqa: E402
from readme_text import HEADER, GROUPS, DOUBTS  # noqa: E402


def all_cases():
    return cases_abusive.CASES + cases_legit.CASES + cases_hard.CASES


def write_json(cases):
    with open(os.path.join(ROOT, "cases.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def md_table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(cases):
    by_exp = Counter(c["expected"] for c in cases)
    by_req = defaultdict(Counter)
    for c in cases:
        by_req[c["requester"]][c["expected"]] += 1
    req_rows = [(r, by_req[r]["refuse"], by_req[r]["clear"], by_req[r]["review"], sum(by_req[r].values()))
                for r in sorted(by_req)]
    diff = [c["id"] for c in cases if c["request"].get("kind") == "Diffusion"]
    pri = [c["id"] for c in cases if c["context"]["priorRefusals"]]
    prot = [c["id"] for c in cases if c["context"]["protected"]]
    src = defaultdict(list)
    for c in cases:
        for s in c["sources"]:
            src[s].append(c["id"])
    case_rows = [(c["id"], c["expected"], c["requester"],
                  "Diffusion" if c["request"].get("kind") else "Red Notice",
                  c["note"].replace("|", "/")) for c in cases]
    parts = [
        HEADER,
        "## Counts\n",
        f"{len(cases)} cases: refuse (abusive) {by_exp['refuse']}, clear (legitimate) {by_exp['clear']}, "
        f"review (hard) {by_exp['review']}; {len(by_req)} distinct requesting member countries.\n",
        "Diffusions (kind = Diffusion): " + ", ".join(diff) + "\n",
        "Cases with prior refusals in context: " + ", ".join(pri) + "\n",
        "Cases with refugee/asylum entries in context: " + ", ".join(prot) + "\n",
        "### Per requesting country\n",
        md_table(req_rows, ["requester", "refuse", "clear", "review", "total"]) + "\n",
        GROUPS,
        "## Case list\n",
        md_table(case_rows, ["id", "expected", "requester", "channel", "note (model / what it tests)"]) + "\n",
        "## Source index\n",
        "Every URL below was returned by the `search` tool (pages corpus) during this build; none was typed from memory. "
        "Stored copies were read only as search excerpts; the live pages were not fetched.\n",
        md_table([(u, ", ".join(ids)) for u, ids in sorted(src.items())], ["URL", "used by"]) + "\n",
        DOUBTS,
    ]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))


def main():
    cases = all_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    write_json(cases)
    write_readme(cases)
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
