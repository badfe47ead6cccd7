"""Small constructors so that case definitions stay compact and uniform.

Every constructor returns plain dicts in the exact schema of cases.json.
All names, dates of birth, document numbers and references are fictional.
"""

CATEGORY_FOR = {"refuse": "abusive", "clear": "legitimate", "review": "hard"}
PREFIX_FOR = {"abusive": "ab", "legitimate": "lg", "hard": "hd"}


def person(family, forenames, sex, dob, nats, cob, docs, langs, aliases=()):
    """docs: list of (type, number, issuingCountry); aliases: list of (family, forenames)."""
    return {
        "name": {"familyName": family, "forenames": forenames},
        "sex": sex,
        "dateOfBirth": dob,
        "nationalities": list(nats),
        "countryOfBirth": cob,
        "aliases": [{"familyName": a, "forenames": b} for a, b in aliases],
        "identityDocuments": [
            {"type": t, "number": n, "issuingCountry": c} for t, n, c in docs
        ],
        "languages": list(langs),
    }


def charge(description, law, max_months):
    return {"description": description, "law": law, "maximumPenaltyMonths": max_months}


def warrant(kind, authority, issued_on, reference):
    return {"kind": kind, "issuingAuthority": authority, "issuedOn": issued_on, "reference": reference}


def prior(reference, person_, decided_at, reason, status="Refused"):
    return {"reference": reference, "status": status, "person": person_,
            "decidedAt": decided_at, "reason": reason}


def protected(person_, feared_by, kind="Refugee", confirmed=True):
    return {"person": person_, "kind": kind, "fearedPersecutionBy": list(feared_by),
            "confirmed": confirmed}


def case(num, slug, expected, requester, note, sources, p, facts, offence_date, offence_place,
         charges, warrant_, wanted_for="Prosecution", imposed=None, remaining=None,
         diffusion=False, priors=(), prot=()):
    category = CATEGORY_FOR[expected]
    request = {"colour": "Red"}
    if diffusion:
        request["kind"] = "Diffusion"
    request["person"] = p
    request["case"] = {
        "summaryOfFacts": facts,
        "offenceDate": offence_date,
        "offencePlace": offence_place,
        "wantedFor": wanted_for,
        "charges": list(charges),
        "sentenceImposedMonths": imposed,
        "sentenceRemainingMonths": remaining,
        "warrant": warrant_,
    }
    return {
        "id": f"{PREFIX_FOR[category]}-{num:02d}-{slug}",
        "expected": expected,
        "category": category,
        "requester": requester,
        "note": note,
        "sources": list(sources),
        "request": request,
        "context": {"priorRefusals": list(priors), "protected": list(prot)},
    }
