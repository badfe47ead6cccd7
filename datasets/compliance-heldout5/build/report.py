"""Print the markdown tables used in README.md (counts per category and requester,
source URL -> case ids). Usage: python3 build/report.py"""
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(os.path.dirname(HERE), "cases.json"), encoding="utf-8"))
cases = data["cases"]

cats = Counter(c["category"] for c in cases)
print("| category | expected | count |\n|---|---|---|")
for cat, exp in (("abusive", "refuse"), ("legitimate", "clear"), ("hard", "review")):
    print(f"| {cat} | {exp} | {cats[cat]} |")
print(f"| **total** | | **{len(cases)}** |\n")

per = defaultdict(Counter)
for c in cases:
    per[c["requester"]][c["category"]] += 1
print(f"{len(per)} requesting members.\n")
print("| requester | abusive | legitimate | hard | total |\n|---|---|---|---|---|")
for r in sorted(per):
    p = per[r]
    print(f"| {r} | {p['abusive']} | {p['legitimate']} | {p['hard']} | {sum(p.values())} |")
print()

kinds = Counter(("Diffusion" if c["request"].get("kind") else "Red Notice") for c in cases)
wf = Counter(c["request"]["case"]["wantedFor"] for c in cases)
pri = sum(1 for c in cases if c["context"]["priorRefusals"])
pro = sum(1 for c in cases if c["context"]["protected"])
print(f"Red Notices: {kinds['Red Notice']}, diffusions: {kinds['Diffusion']}; "
      f"prosecution: {wf['Prosecution']}, sentence: {wf['Sentence']}; "
      f"cases with prior refusals: {pri}; cases with protection status: {pro}.\n")

src = defaultdict(list)
for c in cases:
    for s in c["sources"]:
        src[s].append(c["id"])
print("| source URL | case ids |\n|---|---|")
for s in sorted(src):
    print(f"| {s} | {', '.join(src[s])} |")
