#!/usr/bin/env python3
"""Print the markdown tables used in README.md (counts and source index) from cases.json."""
import json
import os
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cases = json.load(open(os.path.join(ROOT, "cases.json"), encoding="utf-8"))["cases"]

cats = Counter(c["category"] for c in cases)
print("| category | expected | count |\n|---|---|---|")
for cat, exp in (("abusive", "refuse"), ("legitimate", "clear"), ("hard", "review")):
    print(f"| {cat} | {exp} | {cats[cat]} |")
print(f"| **total** | | **{len(cases)}** |\n")

print("| requester | abusive | legitimate | hard | total |\n|---|---|---|---|---|")
per = defaultdict(Counter)
for c in cases:
    per[c["requester"]][c["category"]] += 1
for k in sorted(per):
    r = per[k]
    print(f"| {k} | {r['abusive']} | {r['legitimate']} | {r['hard']} | {sum(r.values())} |")
print(f"\n{len(per)} requesting countries.\n")

src = defaultdict(list)
for c in cases:
    for s in c["sources"]:
        src[s].append(c["id"])
print("| source URL | used by |\n|---|---|")
for s in sorted(src):
    print(f"| {s} | {', '.join(src[s])} |")
