#!/usr/bin/env python3
"""Assemble ../README.md from the hand-written parts, check.py output and the source list."""
import collections, csv, os, subprocess, sys
B = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, B)
from sources import SRC
head = open(os.path.join(B, "readme_head.md"), encoding="utf-8").read()
tail = open(os.path.join(B, "readme_tail.md"), encoding="utf-8").read()
out = subprocess.run([sys.executable, os.path.join(B, "check.py")], capture_output=True, text=True).stdout
q = list(csv.DictReader(open(os.path.join(B, "..", "queries.csv"), encoding="utf-8")))
used = collections.Counter()
for r in q:
    for k, v in SRC.items():
        if v in r["source"]:
            used[v] += 1
lines = ["", "## Counts (output of `build/check.py`)", "", "```", out.rstrip(), "```", "",
         "## Sources (queries citing each; all looked up in this session except ALA-LC)", ""]
for k, v in SRC.items():
    if k == "C":
        continue
    n = used.get(v, 0)
    lines.append("- %s — %s" % (v, "%d queries" % n if n else "consulted for the rules; no query in the drawn sample cites it"))
only_m = sum(r["source"] == "(compiler)" and r["expected"] == "match" for r in q)
only_n = sum(r["source"] == "(compiler)" and r["expected"] == "nomatch" for r in q)
mixed = sum(r["source"] != "(compiler)" and "(compiler)" in r["source"] for r in q)
lines.append("- (compiler) — %d match queries and all %d nomatch queries; %d further match queries combine a "
             "cited form of one name part with a compiler form of another" % (only_m, only_n, mixed))
with open(os.path.join(B, "..", "README.md"), "w", encoding="utf-8") as fh:
    fh.write(head + "\n".join(lines) + "\n" + tail)
print("README written")
