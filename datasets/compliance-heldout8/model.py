"""Small helpers that build case dictionaries in the exact schema of cases.json.

All person names, dates of birth, document numbers and references produced with
these helpers are fictional (they are typed in by hand in the cases_*.py files).
"""

CATEGORY_FOR = {"refuse": "abusive", "clear": "legitimate", "review": "hard"}


def person(family, forenames, sex, dob, nationalities, country_of_birth,
           docs, languages, aliases=()):
    """docs: iterable of (type, number, issuingCountry); aliases: iterable of (family, forenames)."""
    return {
        "name": {"familyName": family, "forenames": forenames},
        "sex": sex,
        "dateOfBirth": dob,
        "nationalities": list(nationalities),
        "countryOfBirth": country_of_birth,
        "aliases": [{"familyName": f, "forenames": g} for f, g in aliases],
        "identityDocuments": [
            {"type": t, "number": n, "issuingCountry": c} for t, n, c in docs
        ],
        "languages": list(languages),
    }


def charge(description, law, max_months):
    return {"description": description, "law": law, "maximumPenaltyMonths": max_months}


def warrant(kind, authority, issued_on, reference):
    return {"kind": kind, "issuingAuthority": authority, "issuedOn": issued_on,
            "reference": reference}


def prior(reference, person_, decided_at, reason, status="Refused"):
    return {"reference": reference, "status": status, "person": person_,
            "decidedAt": decided_at, "reason": reason}


def protected(person_, kind, feared_by, confirmed=True):
    return {"person": person_, "kind": kind, "fearedPersecutionBy": list(feared_by),
            "confirmed": confirmed}


def case(cid, expected, requester, note, sources, person_, summary, offence_date,
         offence_place, wanted_for, charges, warrant_, sentence_imposed=None,
         sentence_remaining=None, diffusion=False, priors=(), protections=()):
    request = {"colour": "Red"}
    if diffusion:
        request["kind"] = "Diffusion"
    request["person"] = person_
    request["case"] = {
        "summaryOfFacts": summary,
        "offenceDate": offence_date,
        "offencePlace": offence_place,
        "wantedFor": wanted_for,
        "charges": list(charges),
        "sentenceImposedMonths": sentence_imposed,
        "sentenceRemainingMonths": sentence_remaining,
        "warrant": warrant_,
    }
    return {
        "id": cid,
        "expected": expected,
        "category": CATEGORY_FOR[expected],
        "requester": requester,
        "note": note,
        "sources": list(sources),
        "request": request,
        "context": {"priorRefusals": list(priors), "protected": list(protections)},
    }
