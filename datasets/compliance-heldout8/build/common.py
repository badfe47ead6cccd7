"""Shared helpers and source URLs for the held-out set (standard library only)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import model  # noqa: E402

FICTION = " All names, dates of birth, document numbers and references in this case are fictional."

# Frequently cited public sources (rules / practice)
S_NOTICES = "https://www.interpol.int/How-we-work/Notices/About-Notices"
S_ART83 = "https://www.rednoticelawjournal.com/2019/06/red-notices-and-interpol-can-red-notices-be-issued-for-non-criminal-cases/"
S_NEUTRAL = "https://web.archive.org/web/20150316234943/https://www.interpol.int/About-INTERPOL/Legal-materials/Neutrality-Article-3-of-the-Constitution"
S_REFUGEE = "https://rednoticeabuse.com/interpol-policy-on-refugees/"
S_FT2018 = "https://www.fairtrials.org/publication/strengthening-interpol-update"
S_FH = "https://docslib.org/doc/13196120/out-of-sight-not-out-of-reach-the-global-scale-and-scope-of-transnational-repression"
S_REPO = "https://bsblaw.co.uk/blog/interpols-updated-repository-of-practice-a-welcome-step-toward-transparency"
S_POLITICAL = "https://removerednotice.com/grounds-for-deletion-political-motivation"
S_COMMERCIAL = "https://removerednotice.com/grounds-for-deletion-commercial-disputes"
S_MILITARY = "https://safewayadvisory.com/en/article-3-of-the-interpol-statute-protection-from-unlawful-prosecution/"
S_DIFFUSION = "https://rednoticemonitor.com/post/interpol-confirms-it-has-no-ability-to-block-or-withdraw-abusive-wanted-person-s-diffusions"
S_RU_MEASURES = "https://www.diplomatie.gouv.fr/en/country-files/russia/news/article/interpol-implementation-of-supervision-measures-against-russia-11-mar-2022"
S_FPC = "https://fpc.org.uk/no-shelter-introduction-harassment-activists-abroad-intelligence-services-former-soviet-union/"
S_USREPORTS = "https://rednoticemonitor.com/conflicting-accounts-on-interpol-abuse-comparing-us-government-reports/"
S_BUSINESS = "https://rednoticeabuse.com/category/businessmen"
S_PACE2019 = "http://assembly.coe.int/nw/xml/XRef/Xref-XML2HTML-en.asp?fileid=28303&lang=en"


def P(family, forenames, sex, dob, nats, doc, langs, cob=None, aliases=(), docs_extra=()):
    """doc = (type, number) issued by the first nationality, or (type, number, country)."""
    if isinstance(nats, str):
        nats = [nats]
    docs = []
    for d in (doc,) + tuple(docs_extra):
        if d is None:
            continue
        docs.append(d if len(d) == 3 else (d[0], d[1], nats[0]))
    if isinstance(langs, str):
        langs = langs.split()
    return model.person(family, forenames, sex, dob, nats, cob or nats[0], docs, langs, aliases)


def ch(desc, law, months):
    return model.charge(desc, law, months)


def W(kind, authority, issued, ref):
    return model.warrant(kind, authority, issued, ref)


def prior(ref, person_, decided, reason):
    return model.prior(ref, person_, decided, reason)


def prot(person_, kind, feared, confirmed=True):
    return model.protected(person_, kind, feared, confirmed)


def C(cid, expected, requester, note, sources, person_, summary, odate, place, charges, warrant_,
      wanted="Prosecution", sentence=None, diffusion=False, priors=(), protections=()):
    si = sr = None
    if wanted == "Sentence":
        si, sr = sentence
    return model.case(cid, expected, requester, note.rstrip() + FICTION, list(sources), person_,
                      summary, odate, place, wanted, charges, warrant_, si, sr, diffusion,
                      priors, protections)
