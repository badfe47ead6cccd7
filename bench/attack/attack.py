#!/usr/bin/env python3
"""Re-attack of issue #12's fixes against a running server (h-sec3, 2026-11-28). Usage: attack.py BASE_HTTPS [sections...]
Prints one line per check: RESULT | what | detail."""
import json, subprocess, sys, time, uuid, concurrent.futures as cf
import requests, urllib3
from requests.adapters import HTTPAdapter
urllib3.disable_warnings()

BASE = sys.argv[1]
ONLY = set(sys.argv[2:])
DEMO = "@demo.fairnotice"
PW = "FairNotice-demo-2026"
KEY = "FAIRNOTICEDEMOAUTHENTICATORKEY26"
results = []


class Source(HTTPAdapter):
    def __init__(self, ip, **kw):
        self.ip = ip
        super().__init__(**kw)

    def init_poolmanager(self, *a, **kw):
        kw["source_address"] = (self.ip, 0)
        return super().init_poolmanager(*a, **kw)


def client(ip="127.0.0.1"):
    s = requests.Session()
    s.verify = False
    s.trust_env = False
    s.mount("https://", Source(ip))
    s.mount("http://", Source(ip))
    return s


def report(ok, what, detail):
    line = f"{'PASS' if ok else 'FAIL'} | {what} | {detail}"
    results.append(line)
    print(line, flush=True)


def totp(offset=0):
    return subprocess.check_output(["oathtool", "--totp", "-b", KEY, f"--now=@{int(time.time()) + offset}"]).decode().strip()


_tokens = {}


def login(email, ip="127.0.0.1"):
    if email in _tokens:
        return _tokens[email]
    c = client(ip)
    for attempt in range(4):
        r = c.post(f"{BASE}/api/auth/login", json={"email": email, "password": PW, "twoFactorCode": totp()})
        if r.status_code == 200:
            _tokens[email] = r.json()["accessToken"]
            return _tokens[email]
        time.sleep(31)  # a TOTP code is accepted once per account and step
    raise SystemExit(f"cannot sign in {email}: {r.status_code} {r.text[:200]}")


def as_user(email, ip="127.0.0.1"):
    c = client(ip)
    c.headers["Authorization"] = "Bearer " + login(email)
    return c


def red_notice(family, submit=True, dob="1975-03-14", passport=None):
    return {
        "colour": "Red",
        "person": {"name": {"familyName": family, "forenames": "Marc"}, "aliases": [], "sex": "M", "dateOfBirth": dob, "placeOfBirth": "Lyon",
                   "countryOfBirth": "FR", "nationalities": ["FR"],
                   "identityDocuments": [{"type": "Passport", "number": passport or ("P" + uuid.uuid4().hex[:8].upper()), "issuingCountry": "FR"}],
                   "languages": ["FRA"]},
        "case": {"summaryOfFacts": f"Between January 2019 and March 2021 in Lyon the person {family} ran a fake investment scheme and took EUR 4.2 million from 310 savers.",
                 "offenceDate": "2019-01 to 2021-03", "offencePlace": "Lyon, France", "wantedFor": "Prosecution",
                 "charges": [{"description": "Organised fraud", "law": "Code penal art. 313-2", "maximumPenaltyMonths": 120}],
                 "warrant": {"kind": "ArrestWarrant", "issuingAuthority": "Tribunal judiciaire de Lyon", "issuedOn": "2021-06-02",
                             "reference": "MA-" + uuid.uuid4().hex[:8]}},
        "restrictedCountries": [], "submit": submit,
    }


def filing(family="ATTACK", files=None, **fields):
    data = {"type": "Access", "language": "en", "familyName": family, "forenames": "Jane", "contactEmail": "jane@example.org",
            "statement": "I ask what data the organisation holds about me and why."}
    data.update(fields)
    pdf = open("/tmp/sec3/ok.pdf", "rb").read()
    f = files if files is not None else {"identityDocument": ("id.pdf", pdf, "application/pdf"), "signedStatement": ("s.pdf", pdf, "application/pdf")}
    return data, f


def flood(c, method, url, n, **kw):
    codes = []
    last = None
    for _ in range(n):
        last = c.request(method, url, **kw)
        codes.append(last.status_code)
    return codes, last


def summary(codes):
    out = {}
    for c in codes:
        out[c] = out.get(c, 0) + 1
    return ", ".join(f"{k}×{v}" for k, v in sorted(out.items()))


def section(name):
    return not ONLY or name in ONLY


# ---------------------------------------------------------------- access: anonymous, wrong country, wrong role
if section("access"):
    anon = client()
    r = anon.get(f"{BASE}/api/notices")
    report(r.status_code == 401, "anonymous GET /api/notices", f"{r.status_code}")
    r = anon.get(f"{BASE}/api/commission/requests")
    report(r.status_code == 401, "anonymous GET /api/commission/requests", f"{r.status_code}")
    fr = as_user("ncb.fr" + DEMO)
    us = as_user("ncb.us" + DEMO)
    created = fr.post(f"{BASE}/api/notices", json=red_notice("ATTACKDRAFT", submit=False))
    draft = created.json().get("id")
    r = us.get(f"{BASE}/api/notices/{draft}")
    report(r.status_code == 404, "ncb.us reads ncb.fr's draft", f"{r.status_code} (404 hides its existence)")
    r = us.put(f"{BASE}/api/notices/{draft}", json=red_notice("HIJACK", submit=False))
    report(r.status_code in (403, 404), "ncb.us edits ncb.fr's draft", f"{r.status_code}")
    r = fr.get(f"{BASE}/api/commission/requests")
    report(r.status_code == 403, "ncb.fr (NCB role) GET /api/commission/requests", f"{r.status_code}")
    r = fr.get(f"{BASE}/api/accounts")
    report(r.status_code == 403, "ncb.fr GET /api/accounts (administrator only)", f"{r.status_code}")
    aud = as_user("auditor" + DEMO)
    sub = fr.post(f"{BASE}/api/notices", json=red_notice("ATTACKROLE")).json()["id"]
    r = aud.post(f"{BASE}/api/notices/{sub}/review", json={"decision": "Publish", "reason": "auditor tries to decide"})
    report(r.status_code in (403, 404), "auditor decides a submitted request", f"{r.status_code}")
    r = fr.post(f"{BASE}/api/notices/{sub}/review", json={"decision": "Publish", "reason": "the source NCB decides its own request"})
    report(r.status_code in (403, 404), "the source NCB reviews its own request", f"{r.status_code}")
    r = anon.get(f"{BASE}/api/notices", headers={"Authorization": "Bearer " + "e30.e30.x"})
    report(r.status_code == 401, "forged bearer token", f"{r.status_code}")

# ---------------------------------------------------------------- headers
if section("headers"):
    anon = client()
    fr = as_user("ncb.fr" + DEMO)
    sub = fr.post(f"{BASE}/api/notices", json=red_notice("ATTACKHEADERS")).json()["id"]
    # HSTS is never sent to localhost/127.0.0.1 (ASP.NET Core's HstsOptions.ExcludedHosts): ask as the public host.
    H = {"Host": "notices.example.org"}
    for label, resp in [("page /Account/Login", anon.get(f"{BASE}/Account/Login", headers=H)),
                        ("API personal data GET /api/notices/{id}", fr.get(f"{BASE}/api/notices/{sub}", headers={"X-Purpose": "attack check", **H})),
                        ("API list GET /api/notices", fr.get(f"{BASE}/api/notices", headers=H)),
                        ("404 problem", anon.get(f"{BASE}/api/nothing-here", headers=H)),
                        ("public extract", anon.get(f"{BASE}/notices/v1/red?resultPerPage=2", headers=H))]:
        h = resp.headers
        csp = h.get("Content-Security-Policy", "")
        ok = ("script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp and h.get("X-Content-Type-Options") == "nosniff"
              and "Referrer-Policy" in h and "Permissions-Policy" in h and "max-age" in h.get("Strict-Transport-Security", ""))
        report(ok, f"headers on {label} (https)", f"{resp.status_code}; CSP={'yes' if csp else 'NO'} nosniff={h.get('X-Content-Type-Options')} "
               f"Referrer-Policy={h.get('Referrer-Policy')} HSTS={h.get('Strict-Transport-Security')} Cache-Control={h.get('Cache-Control')}")
        if "personal" in label or "list" in label:
            report("no-store" in h.get("Cache-Control", ""), f"no-store on {label}", h.get("Cache-Control"))
    host, port = BASE.replace("https://", "").rsplit(":", 1)
    http_base = f"http://{host}:{int(port) - 1}"  # start.sh: the plain-http endpoint is the https port minus one
    r = anon.get(f"{http_base}/Account/Login?ReturnUrl=%2FNotices", allow_redirects=False, headers={"Host": "attacker.example"})
    report("Strict-Transport-Security" not in r.headers and r.status_code in (308, 400), "page over plain http (no HSTS, RFC 6797 8.1; no 500)",
           f"{r.status_code} Location={r.headers.get('Location')} HSTS={r.headers.get('Strict-Transport-Security')}")
    r = anon.post(f"{http_base}/Account/Login", data={"Email": "x"}, allow_redirects=False)
    report(r.status_code == 400, "form posted over plain http", f"{r.status_code} {r.text[:80]}")
    r = anon.get(f"{BASE}/notices/v1/red?resultPerPage=2", headers={"Host": "attacker.example"})
    report("attacker.example" not in r.text and "https://notices.example.org/" in r.text, "HAL links with a forged Host", f"{r.status_code}; links from Site:PublicBaseUrl: {'https://notices.example.org/' in r.text}")
    r = anon.get(f"{BASE}/notices/v1/red?resultPerPage=2", headers={"X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "http"})
    report("attacker.example" not in r.text, "HAL links with X-Forwarded-Host", f"{r.status_code}")

# ---------------------------------------------------------------- uploads
if section("uploads"):
    anon = client("127.0.0.10")
    ccf = as_user("commission" + DEMO)
    pdf = open("/tmp/sec3/ok.pdf", "rb").read()
    for name, ctype in [("js.pdf", "application/pdf"), ("launch.pdf", "application/pdf"), ("embedded.pdf", "application/pdf"), ("annotjs.pdf", "application/pdf"),
                        ("htmlpdf.pdf", "application/pdf"), ("poly.jpg", "image/jpeg"), ("tail.jpg", "image/jpeg"), ("fake.jpg", "image/jpeg")]:
        body = open(f"/tmp/sec3/{name}", "rb").read()
        data, files = filing("UPLOAD" + name.split(".")[0].upper(), files={"identityDocument": (name.replace(".", ".html."), body, ctype), "signedStatement": ("s.pdf", pdf, "application/pdf")})
        r = anon.post(f"{BASE}/api/redress", data=data, files=files)
        if r.status_code == 201:
            number = r.json()["number"]
            lst = ccf.get(f"{BASE}/api/commission/requests", params={"open": "false"}).json()
            items = lst if isinstance(lst, list) else lst.get("items", lst.get("requests", []))
            rid = next((i["id"] for i in items if i.get("number") == number), None)
            detail = ccf.get(f"{BASE}/api/commission/requests/{rid}").json() if rid else {}
            atts = detail.get("attachments", [])
            served = []
            for a in atts:
                g = ccf.get(f"{BASE}/api/commission/requests/{rid}/attachments/{a['id']}")
                served.append(f"{a.get('fileName')}: {g.headers.get('Content-Type')} nosniff={g.headers.get('X-Content-Type-Options')} "
                              f"disp={g.headers.get('Content-Disposition', '')[:40]} html-in-body={b'<script' in g.content}")
            safe = all("nosniff=nosniff" in s and "html-in-body=False" in s for s in served) and all(".html" not in s.split(":")[0] for s in served)
            report(safe, f"upload {name} accepted", f"201 {number}; served: {served}")
        else:
            err = r.json().get("errors", {}) if r.headers.get("Content-Type", "").startswith("application/problem") else r.text[:100]
            report(r.status_code in (400, 422), f"upload {name}", f"{r.status_code} {json.dumps(err)[:160]}")

# ---------------------------------------------------------------- names, paging
if section("input"):
    anon = client("127.0.0.11")
    fr = as_user("ncb.fr" + DEMO)
    for label, name in [("RLO U+202E", "ABC\u202eDEF"), ("LRI U+2066", "ABC\u2066DEF"), ("ZWJ U+200D", "AB\u200dC"), ("NUL", "AB\u0000C"), ("BOM U+FEFF", "\ufeffABC"),
                        ("ALM U+061C", "AB\u061cC")]:
        r = fr.post(f"{BASE}/api/notices", json=red_notice(name, submit=False))
        report(r.status_code == 400, f"notice familyName with {label}", f"{r.status_code} {r.text[:120] if r.status_code != 201 else ''}")
        data, files = filing(name)
        r = anon.post(f"{BASE}/api/redress", data=data, files=files)
        report(r.status_code == 400, f"redress familyName with {label}", f"{r.status_code}")
    r = fr.post(f"{BASE}/api/notices", json={**red_notice("ALIASBIDI", submit=False), "person": {**red_notice("ALIASBIDI")["person"], "aliases": [{"familyName": "X\u202eY", "forenames": "Z"}]}})
    report(r.status_code == 400, "alias with RLO", f"{r.status_code}")
    arabic = fr.post(f"{BASE}/api/notices", json={**red_notice("HADDAD", submit=False), "person": {**red_notice("HADDAD")["person"], "originalScriptName": {"familyName": "حداد", "forenames": "مارك"}}})
    report(arabic.status_code == 201, "Arabic original-script name (must still be accepted)", f"{arabic.status_code} {arabic.text[:150] if arabic.status_code != 201 else ''}")
    for url in ["/api/notices?page=2147483647", "/api/notices?page=2147483648", "/api/notices?page=-1", "/api/notices?page=0", "/api/notices?pageSize=100000",
                "/api/notices?page=abc", "/api/notices?page=1&page=2"]:
        r = fr.get(BASE + url)
        report(r.status_code in (200, 400) and r.status_code != 500, f"paging {url}", f"{r.status_code} {r.text[:100] if r.status_code == 400 else ''}")
    for url in ["/notices/v1/red?page=2147483647", "/notices/v1/red?resultPerPage=100000", "/notices/v1/red?page=-5", "/notices/v1/red?resultPerPage=0"]:
        r = anon.get(BASE + url)
        report(r.status_code in (200, 400), f"paging {url}", f"{r.status_code} {r.text[:100] if r.status_code == 400 else ''}")
    aud = as_user("auditor" + DEMO)
    for url in ["/api/audit?take=100000", "/api/audit?take=-1", "/api/audit?before=-9223372036854775808", "/api/audit?take=2147483648"]:
        r = aud.get(BASE + url)
        report(r.status_code in (200, 400), f"paging {url}", f"{r.status_code} {r.text[:100] if r.status_code == 400 else ''}")

# ---------------------------------------------------------------- conflicting decisions
if section("race"):
    fr = as_user("ncb.fr" + DEMO)
    rv1 = as_user("reviewer" + DEMO)
    rv2 = as_user("reviewer2" + DEMO)
    statuses = []
    for i in range(8):
        nid = fr.post(f"{BASE}/api/notices", json=red_notice("RACE" + chr(65 + i) + uuid.uuid4().hex[:4].upper())).json()["id"]
        with cf.ThreadPoolExecutor(2) as ex:
            a = ex.submit(rv1.post, f"{BASE}/api/notices/{nid}/review", json={"decision": "Publish", "reason": "first reviewer, same instant"})
            b = ex.submit(rv2.post, f"{BASE}/api/notices/{nid}/review", json={"decision": "RequestInformation", "reason": "second reviewer, same instant"})
            for x in (a.result(), b.result()):
                statuses.append((x.status_code, x.headers.get("Content-Type", "")))
    codes = [s for s, _ in statuses]
    report(500 not in codes and all(t.startswith("application/problem") for s, t in statuses if s == 409), "two reviewers decide at once ×8",
           f"{summary(codes)} (decision rules may answer 400/409 to the loser; never 500)")

# ---------------------------------------------------------------- budgets
if section("budgets"):
    # redress filing: 5 accepted / hour per client
    c = client("127.0.0.20")
    codes = []
    last = None
    for i in range(7):
        data, files = filing("BUDGETFILE" + chr(65 + i))
        last = c.post(f"{BASE}/api/redress", data=data, files=files)
        codes.append(last.status_code)
    report(codes[:5] == [201] * 5 and codes[5] == 429 and "Retry-After" in last.headers, "redress filing budget (5/h)",
           f"{codes}; Retry-After={last.headers.get('Retry-After')}")
    c2 = client("127.0.0.24")
    data, files = filing("BUDGETOTHERCLIENT")
    r = c2.post(f"{BASE}/api/redress", data=data, files=files)
    report(r.status_code == 201, "another client still files", f"{r.status_code}")
    r = c.post(f"{BASE}/api/redress", data=data, files=files, headers={"X-Forwarded-For": "203.0.113.9"})
    report(r.status_code == 429, "X-Forwarded-For does not reset the budget (no trusted proxy)", f"{r.status_code}")
    # refused posts: 30 / 15 min
    c = client("127.0.0.21")
    codes, last = flood(c, "POST", f"{BASE}/api/redress", 32, data={"type": "Access"}, files={"x": ("x.txt", b"x", "text/plain")})
    report(codes[:30] == [400] * 30 and codes[30] == 429, "redress refused posts budget (30/15 min)", f"{summary(codes)}; 31st={codes[30]} Retry-After={last.headers.get('Retry-After')}")
    # follow-up: 20 / 15 min
    c = client("127.0.0.22")
    t0 = time.time()
    codes, last = flood(c, "POST", f"{BASE}/api/redress/follow-up", 25, json={"number": "CCF-2026-00001", "code": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG"})
    report(codes[:20] == [404] * 20 and set(codes[20:]) == {429}, "redress follow-up budget (20/15 min)", f"{summary(codes)} in {time.time() - t0:.1f}s; Retry-After={last.headers.get('Retry-After')}")
    # public extract: 120 / min
    c = client("127.0.0.23")
    t0 = time.time()
    codes, last = flood(c, "GET", f"{BASE}/notices/v1/red?resultPerPage=1", 125)
    report(codes.count(200) <= 120 and 429 in codes, "public extract budget (120/min)", f"{summary(codes)} in {time.time() - t0:.1f}s; Retry-After={last.headers.get('Retry-After')}")
    # screening: 120 / min per account
    sc = as_user("ncb.de" + DEMO)
    body = {"name": "John Smith", "dateOfBirth": "1970-01-01", "purpose": "attack budget check"}
    with cf.ThreadPoolExecutor(8) as ex:
        codes = list(ex.map(lambda _: sc.post(f"{BASE}/api/screening", json=body).status_code, range(130)))
    report(codes.count(200) <= 120 and 429 in codes and 500 not in codes, "screening budget (120/min per account), 8 in parallel", summary(codes))
    # batch: 10 / h per account
    bc = as_user("ncb.gb" + DEMO)
    codes = []
    for i in range(11):
        codes.append(bc.post(f"{BASE}/api/screening/batch", data="name\nJohn Smith\n", headers={"Content-Type": "text/csv", "X-Purpose": "attack batch budget"}).status_code)
    report(codes[:10] == [200] * 10 and codes[10] == 429, "screening batch budget (10/h per account)", str(codes))
    # rows per day: 20,000 per account
    rc = as_user("ncb.au" + DEMO)
    csv = "name\n" + "".join(f"Person {i}\n" for i in range(10000))
    codes = [rc.post(f"{BASE}/api/screening/batch", data=csv, headers={"Content-Type": "text/csv", "X-Purpose": "attack rows budget"}) for _ in range(3)]
    report([r.status_code for r in codes] == [200, 200, 429], "screening rows per day (20,000 per account)", f"{[r.status_code for r in codes]}; {codes[2].text[:160]}")
    big = "name\n" + "".join(f"Person {i}\n" for i in range(10001))
    r = as_user("ncb.br" + DEMO).post(f"{BASE}/api/screening/batch", data=big, headers={"Content-Type": "text/csv", "X-Purpose": "attack cap"})
    report(r.status_code == 400, "batch of 10,001 persons", f"{r.status_code} {r.text[:120]}")
    r = as_user("ncb.br" + DEMO).post(f"{BASE}/api/screening/batch", data="name\n" + "A" * (5 * 1024 * 1024), headers={"Content-Type": "text/csv", "X-Purpose": "attack cap"})
    report(r.status_code == 413, "batch body of 5 MiB", f"{r.status_code}")
    # pre-check: 60/h per account (and the domain's 5 per person per day first)
    pc = as_user("ncb.in" + DEMO)
    codes = [pc.post(f"{BASE}/api/compliance/assess", json=red_notice("PRECHECK" + chr(65 + i % 26) + str(i), submit=False)).status_code for i in range(65)]
    report(500 not in codes and 429 in codes and codes.count(200) <= 60, "pre-check flood (60/h per account)", summary(codes))

# ---------------------------------------------------------------- sign-in
if section("signin"):
    bad = {"email": "reviewer" + DEMO, "password": "wrong-password-0", "twoFactorCode": "000000"}
    c = client("127.0.0.30")
    codes, last = flood(c, "POST", f"{BASE}/api/auth/login", 7, json=bad)
    report(codes[:5] == [401] * 5 and codes[5] == 429, "sign-in failures per account and client (5/15 min)", f"{codes}; Retry-After={last.headers.get('Retry-After')}")
    time.sleep(31)
    ok = client("127.0.0.31").post(f"{BASE}/api/auth/login", json={"email": "reviewer" + DEMO, "password": PW, "twoFactorCode": totp()})
    report(ok.status_code == 200, "the reviewer from another address signs in while the attacker is refused", f"{ok.status_code}")
    # spraying: 20 different accounts / 15 min per client
    c = client("127.0.0.32")
    emails = [f"ncb.{x}{DEMO}" for x in ["fr", "us", "cn", "ru", "tr", "gb", "br", "au", "de", "in"]] + [f"supervisor.{x}{DEMO}" for x in ["fr", "us", "cn", "ru", "tr", "gb", "br", "au", "de", "in"]] + ["nobody1@example.org", "nobody2@example.org"]
    codes = [c.post(f"{BASE}/api/auth/login", json={"email": e, "password": "Spray-2026!", "twoFactorCode": "000000"}).status_code for e in emails]
    report(429 in codes[19:], "password spraying over 22 accounts from one client", str(codes))
    # timing: unknown vs known email
    c = client("127.0.0.33")
    def t(email):
        s = time.perf_counter(); c.post(f"{BASE}/api/auth/login", json={"email": email, "password": "x-wrong-y", "twoFactorCode": "000000"}); return time.perf_counter() - s
    known = sorted(t(f"auditor{DEMO}") for _ in range(4))
    unknown = sorted(t(f"ghost{i}@example.org") for i in range(4))
    report(abs(known[1] - unknown[1]) < 0.5 * max(known[1], unknown[1]), "sign-in time, known vs unknown email (median of 4)", f"known {known[1]*1000:.0f} ms, unknown {unknown[1]*1000:.0f} ms (machine under load: indicative)")
    # sign-out revokes
    c = client("127.0.0.34")
    time.sleep(31)
    tok = c.post(f"{BASE}/api/auth/login", json={"email": "elections" + DEMO, "password": PW, "twoFactorCode": totp()}).json()["accessToken"]
    h = {"Authorization": "Bearer " + tok}
    before = c.get(f"{BASE}/api/me", headers=h).status_code
    out = c.post(f"{BASE}/api/auth/logout", headers=h).status_code
    after = c.get(f"{BASE}/api/me", headers=h).status_code
    report(before == 200 and out == 204 and after == 401, "bearer token after sign-out", f"me {before} → logout {out} → me {after}")

print("\n".join(results), file=open("/tmp/sec3/attack-" + (BASE.split(":")[-1]) + "-" + "-".join(sorted(ONLY) or ["all"]) + ".txt", "w"))
