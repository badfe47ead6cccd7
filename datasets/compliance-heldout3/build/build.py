import json, datetime, collections, re, sys
sys.path.insert(0, '.')
import h, abusive, hard, legit
cases = h.CASES

EXTRA = {
 "lg-22-embezzlement-money-laundering-sa": " Forgery-law article number and its maximum are UNVERIFIED.",
 "ab-06-journalist-inabsentia-eg": " Statutory maximum for arts. 280/282 as encoded here is UNVERIFIED (15 years = sentence imposed).",
 "ab-10-journalist-relabelled-fraud-repeat-az": " Penalty maxima for AR CM 320.2 and 318.1 UNVERIFIED.",
 "hd-05-former-intel-official-embezzlement-diffusion-sa": " Saudi statutory citations and maxima UNVERIFIED.",
 "hd-08-unrest-opposition-terror-firearms-et": " Firearms proclamation article number and maximum UNVERIFIED.",
 "hd-11-violent-unrest-arson-coordination-kz": " Kazakh penalty maxima for arts. 272(1) and 202(2) UNVERIFIED.",
}
for c in h.CASES:
    if c["id"] in EXTRA: c["note"] += EXTRA[c["id"]]
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
ISO2 = set("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK".split())
def d(s): return datetime.date.fromisoformat(s)
def chk_person(p, where):
    for k in ["name","sex","dateOfBirth","nationalities","countryOfBirth","aliases","identityDocuments","languages"]:
        assert k in p, (where, k)
    assert set(p["name"]) == {"familyName","forenames"}, where
    d(p["dateOfBirth"])
    for n in p["nationalities"] + [p["countryOfBirth"]] + [x["issuingCountry"] for x in p["identityDocuments"]]:
        assert n in ISO2, (where, n)
    assert p["sex"] in ("M","F"), where
for c in cases:
    w = c["id"]
    for k in ["id","expected","category","requester","note","sources","request","context"]:
        assert k in c, (w,k)
    assert c["requester"] in ISO2, w
    assert 1 <= len(c["sources"]) <= 3, w
    assert (c["category"], c["expected"]) in {("abusive","refuse"),("legitimate","clear"),("hard","review")}, w
    r = c["request"]; assert r["colour"] in ("Red","Diffusion","Blue","Yellow"), w
    chk_person(r["person"], w)
    cs = r["case"]
    for k in ["summaryOfFacts","offenceDate","offencePlace","wantedFor","charges","sentenceImposedMonths","sentenceRemainingMonths","warrant"]:
        assert k in cs, (w,k)
    od = d(cs["offenceDate"]); wd = d(cs["warrant"]["issuedOn"])
    assert wd >= od, (w, "warrant before offence")
    assert wd <= datetime.date(2026,11,27), w
    assert d(r["person"]["dateOfBirth"]) < od, (w, "born after offence")
    assert cs["wantedFor"] in ("Prosecution","Sentence"), w
    if cs["wantedFor"] == "Sentence":
        assert isinstance(cs["sentenceImposedMonths"], int) and isinstance(cs["sentenceRemainingMonths"], int), w
    else:
        assert cs["sentenceImposedMonths"] is None and cs["sentenceRemainingMonths"] is None, w
    assert cs["charges"], w
    for ch in cs["charges"]:
        assert set(ch) == {"description","law","maximumPenaltyMonths"}, w
        assert isinstance(ch["maximumPenaltyMonths"], int), w
    assert set(cs["warrant"]) == {"kind","issuingAuthority","issuedOn","reference"}, w
    ctx = c["context"]; assert set(ctx) == {"priorRefusals","protected"}, w
    for pr in ctx["priorRefusals"]:
        assert pr["status"] == "Refused"; chk_person(pr["person"], w)
        assert re.match(r"\d{4}-\d\d-\d\dT00:00:00Z$", pr["decidedAt"])
    for pt in ctx["protected"]:
        assert pt["kind"] in ("Refugee","Asylum","CommissionMeasure"); chk_person(pt["person"], w)
        assert all(x in ISO2 for x in pt["fearedPersecutionBy"])
json.dump({"cases": cases}, open("../cases.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
json.load(open("../cases.json",encoding="utf-8"))
cnt = collections.Counter((c["category"], c["expected"]) for c in cases)
print(len(cases), dict(cnt))
print("requesters:", dict(collections.Counter(c["requester"] for c in cases)))
print("prior:", [c["id"] for c in cases if c["context"]["priorRefusals"]])
print("protected:", [c["id"] for c in cases if c["context"]["protected"]])
print("sentence:", [c["id"] for c in cases if c["request"]["case"]["wantedFor"]=="Sentence"])
