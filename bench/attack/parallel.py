import sys; BASE=sys.argv[1]; base_ip=int(sys.argv[2]); sys.argv=['x',BASE,'none']
exec(open('/tmp/sec3/attack.py').read().split('# ---------------------------------------------------------------- access')[0])
def par(n, fn):
    with cf.ThreadPoolExecutor(n) as ex:
        return list(ex.map(fn, range(n)))
# 1. 20 filings at once from one client (budget 5/h)
c=client(f"127.0.0.{base_ip}")
def file(i):
    d,f=filing("PARFILE"+chr(65+i)); return c.post(f"{BASE}/api/redress",data=d,files=f).status_code
codes=par(20,file); print("FLOOD | 20 redress filings at once, one client (budget 5/h) |", summary(codes))
# 2. 40 follow-up guesses at once (budget 20/15 min)
c=client(f"127.0.0.{base_ip+1}")
codes=par(40,lambda i: c.post(f"{BASE}/api/redress/follow-up",json={"number":"CCF-2026-00001","code":"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-%04d"%i}).status_code)
print("FLOOD | 40 follow-up guesses at once, one client (budget 20/15 min) |", summary(codes))
# 3. 30 wrong passwords at once, one client, one account (budget 5 failures/15 min)
c=client(f"127.0.0.{base_ip+2}")
codes=par(30,lambda i: c.post(f"{BASE}/api/auth/login",json={"email":"commission"+DEMO,"password":f"wrong-{i}","twoFactorCode":"000000"}).status_code)
print("FLOOD | 30 wrong passwords at once, one client, one account (5 failures/15 min) |", summary(codes))
# 4. 4 batches of 10,000 rows at once, one account (20,000 rows/day)
acc="supervisor.fr"+DEMO
sc=as_user(acc, f"127.0.0.{base_ip+3}")
csv="name\n"+"".join(f"Person {i}\n" for i in range(10000))
codes=par(4,lambda i: sc.post(f"{BASE}/api/screening/batch",data=csv,headers={"Content-Type":"text/csv","X-Purpose":"attack parallel rows"}).status_code)
print("FLOOD | 4 batches of 10,000 rows at once, one account (20,000 rows/day) |", summary(codes))
# 5. 30 public extract calls at once: any 500?
c=client(f"127.0.0.{base_ip+4}")
codes=par(60,lambda i: c.get(f"{BASE}/notices/v1/red?resultPerPage=20&page={1+i%3}").status_code)
print("FLOOD | 60 public extract pages at once |", summary(codes))
