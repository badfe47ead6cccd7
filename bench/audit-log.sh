#!/usr/bin/env bash
# Audited-read throughput (GET /api/notices as an NCB officer, demo data, PostgreSQL, Release) with the audit log chained
# inline under the global lock (Audit:Sealing=Inline, the behaviour before ADR 0033) and with background sealing (the
# default), same binary, same machine, same concurrency. Usage: bench/audit-log.sh [PG connection] [runs] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
PG="${1:-Host=127.0.0.1;Port=56000;Username=postgres}"
RUNS="${2:-3}"; SECONDS_PER_RUN="${3:-20}"; CONNECTIONS=16; THREADS=2
PORT=5093; BASE="http://127.0.0.1:$PORT"; PASSWORD="FairNotice-demo-2026"; WORK="$(mktemp -d)"
PSQL="psql"; command -v psql >/dev/null || PSQL=/usr/lib/postgresql/15/bin/psql
HOSTPORT=$(echo "$PG" | sed -n 's/.*Port=\([0-9]*\).*/\1/p'); HOSTPORT=${HOSTPORT:-5432}
say() { echo "[audit-log] $*" >&2; }
dotnet build src/FairNotice.Web -c Release -nologo -v quiet >/dev/null
DEMO_KEY="FAIRNOTICEDEMOAUTHENTICATORKEY26"
totp() { python3 -c 'import base64,hmac,struct,sys,time
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),"sha1").digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$DEMO_KEY"; }
SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
start() { # $1 = Inline | Background, $2 = database name
  "$PSQL" -h 127.0.0.1 -p "$HOSTPORT" -U postgres -qc "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2" >/dev/null
  (cd src/FairNotice.Web && ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres Database__ConnectionString="$PG;Database=$2" \
    Audit__Sealing="$1" Audit__Directory="$WORK/audit-$2" Logging__LogLevel__Default=Warning FAIRNOTICE_DEMO_PASSWORD="$PASSWORD" \
    exec dotnet bin/Release/net10.0/FairNotice.Web.dll --urls "$BASE" >"$WORK/server-$2.log" 2>&1) &
  SERVER=$!
  for _ in $(seq 1 180); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$BASE/health/ready" >/dev/null || { cat "$WORK/server-$2.log"; exit 1; }
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }
token() { curl -s -H 'Content-Type: application/json' \
  -d "{\"email\":\"ncb.fr@demo.fairnotice\",\"password\":\"$PASSWORD\",\"twoFactorCode\":\"$(totp)\"}" "$BASE/api/auth/login" | jq -r .accessToken; }
echo "| run | sealing | requests/s | p50 | p99 | non-2xx | errors |"
echo "|---|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  for mode in Inline Background; do
    db="fairnotice_bench_audit_$(echo "$mode" | tr A-Z a-z)"
    start "$mode" "$db"
    T=$(token)
    curl -fs -o /dev/null -H "Authorization: Bearer $T" "$BASE/api/notices"
    wrk -t1 -c4 -d3s -H "Authorization: Bearer $T" "$BASE/api/notices" >/dev/null # warm-up
    out=$(wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -H "Authorization: Bearer $T" "$BASE/api/notices")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}'); errs=$(echo "$out" | awk '/Socket errors/ {print $0}' | sed 's/.*Socket errors: //')
    echo "| $run | $mode | $rps | $p50 | $p99 | ${non2xx:-0} | ${errs:-none} |"
    stop
  done
done
