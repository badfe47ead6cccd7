"""Assemble cases.json and README.md deterministically (Python 3 standard library only).

Usage (from the set's root folder):  python3 build/build.py
"""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_abusive  # noqa: E402
import cases_hard  # noqa: E402
import cases_legit  # noqa: E402

ORDER = {"abusive": 0, "legitimate": 1, "hard": 2}

# Labels the author is least sure of, with the competing reading.
LOW_CONFIDENCE = [
    ("ab-05-eg-physician-mass-trial-absentia", "refuse vs review: storming a police station is violent ordinary crime; refusal rests on the absence of any individual act in the facts, the mass in-absentia trial (Art. 2) and the prior refusal."),
    ("ab-18-ma-ex-official-whistleblower-fraud-refiled", "refuse vs review: fraud and migrant smuggling are ordinary offences on their face; refusal rests on vague facts (Art. 83(2)(b)) and the political history of the requests."),
    ("ab-19-by-volunteer-ukraine-regiment-refugee-diffusion", "refuse vs review: fighting in a foreign armed formation is military in character; a reviewer could want to know about any violent acts, but none are alleged and the person is a refugee from Belarus."),
    ("ab-28-iq-dealership-partners-breach-of-trust", "refuse vs review: breach of trust can be a genuine crime; here the facts are an accounts dispute between partners with a civil case pending."),
    ("ab-30-eg-unlicensed-floors-building-law", "refuse: administrative offence although the stated penalty meets the threshold; INTERPOL's non-exhaustive list of administrative offences is not public."),
    ("lg-32-ph-former-congressman-governor-massacre", "clear vs review: the suspect is a politician and the victim his rival; the ordinary element (nine murders, confessions, money trail) clearly predominates."),
    ("lg-33-lb-central-bank-commissions-embezzlement", "clear vs review: former senior official; the case rests on documentary evidence from several foreign investigations, not on a change of government."),
    ("hd-05-mm-resistance-fighter-police-post-bombing", "review vs refuse: violent act, but inside an armed conflict and requested by military authorities after a coup."),
    ("hd-06-vn-montagnard-refugee-commune-attacks", "review vs refuse: refugee policy 'in general' bars requests by the state of persecution; the attacks killed nine people."),
    ("hd-14-ir-refugee-family-feud-murder", "review vs refuse/clear: ordinary murder unrelated to the asylum ground, but the requester is the state of feared persecution; INTERPOL's handling of such exceptions is not public."),
    ("hd-15-ve-former-oil-minister-pdvsa-bribes", "review vs clear/refuse: independent evidence of bribery, but filed after the minister broke with the government, after an earlier refusal."),
    ("hd-16-id-patient-hospital-defamation-ite", "review: INTERPOL's position on criminal defamation is not public; likely non-compliant."),
]


def all_cases():
    cases = cases_abusive.CASES + cases_legit.CASES + cases_hard.CASES
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return sorted(cases, key=lambda c: (ORDER[c["category"]], c["id"]))


def readme(cases):
    cats = Counter(c["category"] for c in cases)
    by_req = defaultdict(Counter)
    for c in cases:
        by_req[c["requester"]][c["expected"]] += 1
    diff = [c for c in cases if c["request"].get("kind") == "Diffusion"]
    pri = [c for c in cases if c["context"]["priorRefusals"]]
    ref = [c for c in cases if c["context"]["protected"]]
    srcs = sorted({s for c in cases for s in c["sources"]})
    L = []
    a = L.append
    a("# Held-out evaluation set 8: INTERPOL Red Notice / Diffusion compliance")
    a("")
    a(f"{len(cases)} requests written the way a requesting NCB would write them, each labelled with the outcome a careful")
    a("INTERPOL reviewer should reach: `refuse` (abusive), `clear` (legitimate, publish) or `review` (genuinely hard).")
    a("")
    a("## How it was built")
    a("")
    a("- Cases are typed by hand in `build/cases_abusive.py`, `build/cases_legit.py` and `build/cases_hard.py` with the")
    a("  constructors of `model.py` (through small wrappers in `build/common.py`).")
    a("- `python3 build/build.py` assembles `cases.json` (sorted by category, then id) and this README; the output is")
    a("  deterministic (no randomness, no timestamps). Python 3 standard library only.")
    a("- Validation: `python3 validate.py cases.json` (must print no ERROR lines and exit 0).")
    a("- Summaries, charges and citations are written in the requesting state's own language and citation style where")
    a("  that is how an NCB would file them (Russian, Chinese, Arabic, Persian, Turkish, Spanish, French, Portuguese,")
    a("  Vietnamese, Tajik, Thai, Khmer, Amharic, Belarusian, Uzbek, Azerbaijani, Kinyarwanda, Greek, Korean, Mongolian,")
    a("  Swedish, Dutch, German, Italian, Polish, English).")
    a("- Abusive requests never call themselves political: the clues are the facts, the person's status, the context,")
    a("  the offence and the request's history. Abusive and hard cases cite 1-3 public sources they are modelled on;")
    a("  facts (names, places within the region, amounts, dates) were changed so that no case reproduces a real file.")
    a("- All names, dates of birth, document numbers and references are fictional.")
    a("")
    a("## Independence")
    a("")
    a("Built without reading the project's code, tests, documentation, data sets, old held-out folders or any checkout.")
    a("Inputs were only: `/work/shared/reference/interpol-rules.md`, the schema files in this folder (`model.py`,")
    a("`validate.py`, `iso3166.py`), `earlier-case-ids.txt` (used only to avoid re-using persons/incidents of earlier sets)")
    a("and public material (NGO/press reports, INTERPOL rules and practice commentary) found with a search tool.")
    a("")
    a("## Counts")
    a("")
    a("| category | expected | cases |")
    a("|---|---|---|")
    for cat, exp in (("abusive", "refuse"), ("legitimate", "clear"), ("hard", "review")):
        a(f"| {cat} | {exp} | {cats[cat]} |")
    a(f"| **total** | | **{len(cases)}** |")
    a("")
    a(f"Distinct requesting member countries: **{len(by_req)}**. Diffusions: **{len(diff)}**. Cases with prior refusals in")
    a(f"the context: **{len(pri)}**. Cases with refugee/asylum status in the context: **{len(ref)}**.")
    a("")
    a("## Per-requester table")
    a("")
    a("| requester | refuse | clear | review | total |")
    a("|---|---|---|---|---|")
    for r in sorted(by_req):
        x = by_req[r]
        a(f"| {r} | {x['refuse']} | {x['clear']} | {x['review']} | {sum(x.values())} |")
    a("")
    a("## Diffusions")
    a("")
    for c in diff:
        a(f"- `{c['id']}` ({c['requester']}, expected `{c['expected']}`)")
    a("")
    a("## Cases with prior refusals of the same person")
    a("")
    for c in pri:
        pr = c["context"]["priorRefusals"][0]
        a(f"- `{c['id']}` ({c['requester']}, expected `{c['expected']}`): {pr['reference']} - {pr['reason']}")
    a("")
    a("## Cases with refugee / asylum status in the context")
    a("")
    for c in ref:
        pt = c["context"]["protected"][0]
        conf = "confirmed" if pt["confirmed"] else "NOT confirmed (pending)"
        a(f"- `{c['id']}` ({c['requester']}, expected `{c['expected']}`): {pt['kind']}, {conf}, feared persecution by "
          f"{', '.join(pt['fearedPersecutionBy'])}")
    a("")
    a("## Labels of lower confidence")
    a("")
    for cid, why in LOW_CONFIDENCE:
        assert any(c["id"] == cid for c in cases), cid
        a(f"- `{cid}`: {why}")
    a("")
    a("## Case list")
    a("")
    a("| id | requester | expected | note (abridged) |")
    a("|---|---|---|---|")
    for c in cases:
        note = c["note"].split(" All names, dates of birth")[0]
        if len(note) > 160:
            note = note[:157].rstrip() + "..."
        a(f"| `{c['id']}` | {c['requester']} | {c['expected']} | {note.replace('|', '/')} |")
    a("")
    a("## Sources cited")
    a("")
    for s in srcs:
        a(f"- {s}")
    a("")
    return "\n".join(L)


def main():
    cases = all_cases()
    with open(os.path.join(ROOT, "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
