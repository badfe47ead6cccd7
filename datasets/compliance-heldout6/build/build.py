"""Regenerate ../cases.json and build/stats.md from the case modules (standard library only).

Usage:  python3 build/build.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_ab  # noqa: E402
import cases_lg  # noqa: E402
import cases_hd  # noqa: E402

# Abuse pattern(s) per abusive case (first = primary); used only for the README tables.
PATTERNS = {
    "ab-01": ["retaliation against international judicial officials", "pure political offence"],
    "ab-02": ["fallen official / opposition MP embezzlement", "repeat after refusal"],
    "ab-03": ["separatism / secession speech", "banned-organisation membership", "refugee/asylee vs persecuting state"],
    "ab-04": ["'terrorism' label for critic (membership)", "insulting the head of state"],
    "ab-05": ["religious preacher / hate-speech + terrorism label", "repeat after refusal"],
    "ab-06": ["opposition businessman, re-trial by special court", "refugee/asylee vs persecuting state"],
    "ab-07": ["insulting officials / offensive communication", "penalty below threshold"],
    "ab-08": ["human rights defender, false news", "insulting the judiciary"],
    "ab-09": ["whistleblower: tax evasion / false news", "asylum claim pending"],
    "ab-10": ["national-security law against overseas activist", "foreign collusion / sanctions advocacy"],
    "ab-11": ["online speech ('picking quarrels')", "refugee/asylee vs persecuting state", "non-judicial warrant"],
    "ab-12": ["lèse-majesté", "speech labelled glorification of terrorism"],
    "ab-13": ["family matter (maintenance)", "penalty below threshold"],
    "ab-14": ["family matter (bigamy)"],
    "ab-15": ["purely military offence (conscription)"],
    "ab-16": ["private debt / bounced security cheque"],
    "ab-17": ["false information / sedition (online)"],
    "ab-18": ["religious offence (blasphemy)", "non-judicial warrant"],
    "ab-19": ["foreign-agent / NGO funding relabelled as laundering"],
    "ab-20": ["mass riots label for planned protest", "vague facts"],
    "ab-21": ["foreign-agent / sanctions advocacy as sabotage", "opposition politician"],
    "ab-22": ["media activist, counter-terrorism court", "refugee/asylee vs persecuting state"],
    "ab-23": ["terrorism label for MP's speech", "vague facts"],
    "ab-24": ["exiled journalist, digital-security law", "refugee/asylee vs persecuting state"],
    "ab-25": ["pure political offence (collaboration / territorial integrity)"],
    "ab-26": ["opposition candidate, state security / false news"],
    "ab-27": ["online propaganda against the state", "refugee/asylee vs persecuting state", "vague facts"],
    "ab-28": ["purely military offence (desertion)", "refugee/asylee vs persecuting state"],
    "ab-29": ["commercial dispute turned criminal"],
    "ab-30": ["sentence below six months"],
    "ab-31": ["defamation / private matter", "penalty below threshold"],
    "ab-32": ["'extremism' financing for small donations", "non-judicial warrant"],
    "ab-33": ["exiled journalist, terrorism propaganda", "repeat after refusal"],
}


# Coarse abuse family per abusive case (one each), for the README summary table.
COARSE = {
    "ab-01": "pure political offence / offence against the state",
    "ab-25": "pure political offence / offence against the state",
    "ab-02": "opposition politician or fallen official",
    "ab-21": "opposition politician or fallen official",
    "ab-26": "opposition politician or fallen official",
    "ab-06": "opposition politician or fallen official",
    "ab-04": "'terrorism' / 'extremism' label",
    "ab-05": "'terrorism' / 'extremism' label",
    "ab-22": "'terrorism' / 'extremism' label",
    "ab-23": "'terrorism' / 'extremism' label",
    "ab-32": "'terrorism' / 'extremism' label",
    "ab-33": "'terrorism' / 'extremism' label",
    "ab-07": "expression: insult, false news, online speech",
    "ab-08": "expression: insult, false news, online speech",
    "ab-09": "expression: insult, false news, online speech",
    "ab-11": "expression: insult, false news, online speech",
    "ab-17": "expression: insult, false news, online speech",
    "ab-24": "expression: insult, false news, online speech",
    "ab-27": "expression: insult, false news, online speech",
    "ab-12": "lese-majeste / insulting the head of state",
    "ab-10": "foreign-agent, foreign-collusion, NGO funding",
    "ab-19": "foreign-agent, foreign-collusion, NGO funding",
    "ab-03": "separatism / secession speech",
    "ab-20": "protest labelled mass riots",
    "ab-18": "religious offence",
    "ab-15": "purely military offence",
    "ab-28": "purely military offence",
    "ab-13": "family / private matter",
    "ab-14": "family / private matter",
    "ab-16": "private debt / commercial dispute",
    "ab-29": "private debt / commercial dispute",
    "ab-30": "penalty or sentence below threshold",
    "ab-31": "penalty or sentence below threshold",
}


def main():
    cases = cases_ab.cases() + cases_lg.cases() + cases_hd.cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(os.path.dirname(HERE), "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    cat = Counter(c["category"] for c in cases)
    lines = ["# Generated counts (build/build.py)", "",
             "## By category", "", "| category | expected | n |", "|---|---|---|"]
    for k, e in (("abusive", "refuse"), ("legitimate", "clear"), ("hard", "review")):
        lines.append(f"| {k} | {e} | {cat[k]} |")
    lines.append(f"| **total** | | **{len(cases)}** |")

    lines += ["", "## By requesting member", "", "| requester | abusive | legitimate | hard | total |",
              "|---|---|---|---|---|"]
    by = {}
    for c in cases:
        by.setdefault(c["requester"], Counter())[c["category"]] += 1
    for r in sorted(by):
        b = by[r]
        lines.append(f"| {r} | {b['abusive']} | {b['legitimate']} | {b['hard']} | {sum(b.values())} |")
    lines.append(f"\n{len(by)} distinct requesting members.")

    prim, allp = Counter(), Counter()
    for c in cases:
        if c["category"] != "abusive":
            continue
        pats = PATTERNS[c["id"][:5]]
        prim[pats[0]] += 1
        for p in pats:
            allp[p] += 1
    coarse = Counter(COARSE[c["id"][:5]] for c in cases if c["category"] == "abusive")
    lines += ["", "## Abusive cases by abuse family (one per case)", "", "| family | n |", "|---|---|"]
    for p in sorted(coarse, key=lambda x: (-coarse[x], x)):
        lines.append(f"| {p} | {coarse[p]} |")
    lines += ["", "## Abusive cases by pattern (a case may carry several tags)", "",
              "| pattern | primary | any tag |", "|---|---|---|"]
    for p in sorted(allp, key=lambda x: (-allp[x], x)):
        lines.append(f"| {p} | {prim[p]} | {allp[p]} |")

    feat = Counter()
    for c in cases:
        r = c["request"]
        if r.get("kind") == "Diffusion":
            feat["diffusion"] += 1
        if r["case"]["wantedFor"] == "Sentence":
            feat["wanted to serve a sentence"] += 1
        if c["context"]["priorRefusals"]:
            feat["with priorRefusals"] += 1
        for pt in c["context"]["protected"]:
            feat[f"protected {pt['kind']} confirmed={pt['confirmed']}"] += 1
        if not r["person"]["identityDocuments"]:
            feat["no identity document"] += 1
    lines += ["", "## Other features", "", "| feature | n |", "|---|---|"]
    for k in sorted(feat):
        lines.append(f"| {k} | {feat[k]} |")

    urls = sorted({u for c in cases for u in c["sources"]})
    lines += ["", f"## Distinct source URLs: {len(urls)}", ""]
    lines += [f"- {u}" for u in urls]
    with open(os.path.join(HERE, "stats.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    # README = hand-written head + generated counts + per-case source index + hand-written tail
    counts = lines[2:lines.index(f"## Distinct source URLs: {len(urls)}")]
    counts = [("#" + l) if l.startswith("## ") else l for l in counts]
    idx = ["## Source index", "",
           f"{len(urls)} distinct URLs. Each case: id (requester, expected) - what it is modelled on - sources.", ""]
    for c in cases:
        idx.append(f"- **{c['id']}** ({c['requester']}, {c['expected']}): {c['note']}")
        for u in c["sources"]:
            idx.append(f"  - {u}")
    with open(os.path.join(HERE, "README_head.md"), encoding="utf-8") as f:
        head = f.read().rstrip("\n")
    with open(os.path.join(HERE, "README_tail.md"), encoding="utf-8") as f:
        tail = f.read().rstrip("\n")
    readme = [head, "", "## Counts", ""] + counts + [""] + idx + ["", tail, ""]
    with open(os.path.join(os.path.dirname(HERE), "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme))
    print(f"wrote {len(cases)} cases; {dict(cat)}; {len(by)} requesters; {len(urls)} source URLs")


if __name__ == "__main__":
    main()
