import sys; BASE=sys.argv[1]; sys.argv=['x',BASE,'none']
exec(open('/tmp/sec3/attack.py').read().split('# ---------------------------------------------------------------- access')[0])
who=sys.argv[0] if False else "reviewer2"+DEMO
codes=[]
for a in range(40,46):
    c=client(f"127.0.0.{a}")
    for i in range(5):
        codes.append(c.post(f"{BASE}/api/auth/login",json={"email":who,"password":f"wrong-{a}-{i}","twoFactorCode":"000000"}).status_code)
print("attacker, 6 addresses x 5 wrong passwords:", summary(codes))
time.sleep(1)
r=client("127.0.0.60").post(f"{BASE}/api/auth/login",json={"email":who,"password":PW,"twoFactorCode":totp()})
print("legitimate reviewer2 from a fresh address:", r.status_code, r.text[:200])
time.sleep(65)
r=client("127.0.0.61").post(f"{BASE}/api/auth/login",json={"email":who,"password":PW,"twoFactorCode":totp()})
print("legitimate reviewer2 65 s later:", r.status_code)
