import sys; BASE=sys.argv[1]; sys.argv=['x',BASE,'none']
exec(open('/tmp/sec3/attack.py').read().split('# ---------------------------------------------------------------- access')[0])
aud=as_user("auditor"+DEMO)
r=aud.get(f"{BASE}/api/audit",params={"take":500})
j=r.json(); items=j.get("entries", j.get("items", j if isinstance(j,list) else []))
print(r.status_code, type(j), list(j.keys())[:10] if isinstance(j,dict) else len(j))
acts={}
for e in items:
    a=e.get("action"); acts[a]=acts.get(a,0)+1
print(sorted(acts.items(), key=lambda x:-x[1])[:25])
for e in items:
    if e.get("action") in ("redress.follow_up","access.throttled"): print(json.dumps(e)[:300])
