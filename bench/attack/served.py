import sys; BASE=sys.argv[1]; sys.argv=['x',BASE,'none']
exec(open('/tmp/sec3/attack.py').read().split('# ---------------------------------------------------------------- access')[0])
anon=client("127.0.0.210"); ccf=as_user("commission"+DEMO)
pdf=open('/tmp/sec3/ok.pdf','rb').read(); jpg=open('/tmp/sec3/ok.jpg','rb').read()
d,f=filing("SERVEDNAMES",files={"identityDocument":("evil.html",pdf,"text/html"),"signedStatement":("x.svg",jpg,"image/svg+xml")})
r=anon.post(f"{BASE}/api/redress",data=d,files=f); print("file", r.status_code)
num=r.json()["number"]
lst=ccf.get(f"{BASE}/api/commission/requests",params={"open":"false"}).json()
items=lst if isinstance(lst,list) else lst.get("items",lst.get("requests",[]))
rid=next(i["id"] for i in items if i.get("number")==num)
det=ccf.get(f"{BASE}/api/commission/requests/{rid}").json()
for a in det.get("attachments",[]):
    g=ccf.get(f"{BASE}/api/commission/requests/{rid}/attachments/{a['id']}")
    print(a.get("fileName"), a.get("contentType"), "|", g.status_code, g.headers.get("Content-Type"), g.headers.get("X-Content-Type-Options"), g.headers.get("Content-Disposition"), g.headers.get("Cache-Control"))
