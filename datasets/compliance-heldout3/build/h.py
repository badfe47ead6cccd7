# Helper constructors for the cceval3 held-out set (test data only).
CASES = []

def P(fam, fore, sex, dob, nats, cob, docno, doccountry=None, aliases=None, langs=None):
    return {"name": {"familyName": fam, "forenames": fore}, "sex": sex, "dateOfBirth": dob,
            "nationalities": nats, "countryOfBirth": cob, "aliases": aliases or [],
            "identityDocuments": [{"type": "Passport", "number": docno,
                                   "issuingCountry": doccountry or nats[0]}],
            "languages": langs or []}

def C(desc, law, m):
    return {"description": desc, "law": law, "maximumPenaltyMonths": m}

def W(auth, on, ref, kind="ArrestWarrant"):
    return {"kind": kind, "issuingAuthority": auth, "issuedOn": on, "reference": ref}

def R(ref, person, decided, reason):
    return {"reference": ref, "status": "Refused", "person": person,
            "decidedAt": decided + "T00:00:00Z", "reason": reason}

def PR(person, kind, by, confirmed=True):
    return {"person": person, "kind": kind, "fearedPersecutionBy": by, "confirmed": confirmed}

def add(id, expected, category, requester, note, sources, person, facts, odate, oplace, charges,
        warrant, wanted="Prosecution", imposed=None, remaining=None, colour="Red",
        prior=None, protected=None):
    CASES.append({"id": id, "expected": expected, "category": category, "requester": requester,
                  "note": note, "sources": sources,
                  "request": {**({"kind": "Diffusion", "colour": "Red"} if colour == "Diffusion" else {"colour": colour}), "person": person,
                              "case": {"summaryOfFacts": facts, "offenceDate": odate,
                                       "offencePlace": oplace, "wantedFor": wanted,
                                       "charges": charges,
                                       "sentenceImposedMonths": imposed,
                                       "sentenceRemainingMonths": remaining,
                                       "warrant": warrant}},
                  "context": {"priorRefusals": prior or [], "protected": protected or []}})

LIFE = 1200  # convention in this set: life imprisonment / death penalty encoded as 1200 months
