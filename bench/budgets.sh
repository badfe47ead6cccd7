#!/usr/bin/env bash
# Load script for the request budgets (issue #12 item 1): starts the server with the production defaults (demo accounts,
# a throwaway SQLite database, 127.0.0.1 as the trusted proxy so that X-Forwarded-For stands for many clients), then for
# each budget has an attacker go far past it while a legitimate user keeps working. Writes
# bench/results/budgets-<date>.md and bench/results/budgets-latest.md. Usage: bench/budgets.sh [--port 5091]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=5091
[ "${1:-}" = "--port" ] && PORT="$2"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
PASSWORD="FairNotice-demo-2026"
say() { echo "[budgets] $*" >&2; }

say "building (Release)"
dotnet build src/FairNotice.Web -c Release -nologo -v quiet >/dev/null
say "starting the server on $BASE"
(cd src/FairNotice.Web && ASPNETCORE_ENVIRONMENT=Development Database__Provider=Sqlite Database__ConnectionString="Data Source=$WORK/bench.db" \
  Budgets__TrustedProxies__0=127.0.0.1 Logging__LogLevel__Default=Warning FAIRNOTICE_DEMO_PASSWORD="$PASSWORD" \
  exec dotnet bin/Release/net10.0/FairNotice.Web.dll --urls "$BASE" >"$WORK/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/health/ready" >/dev/null || { cat "$WORK/server.log"; exit 1; }

# status <client-ip> <curl args...>: prints the HTTP status only.
status() { local ip="$1"; shift; curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: $ip" "$@"; }
# totp: the demo accounts' authenticator code for the current 30-second step (RFC 6238; ADR 0017). A code is accepted once
# per account and step, so each account below signs in once, and the legitimate sign-ins rotate over unused accounts.
DEMO_KEY="FAIRNOTICEDEMOAUTHENTICATORKEY26"
totp() { python3 -c 'import base64,hmac,struct,sys,time
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),"sha1").digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$DEMO_KEY"; }
login_body() { printf '{"email":"%s@demo.fairnotice","password":"%s","twoFactorCode":"%s"}' "$1" "$PASSWORD" "$(totp)"; }
token() { curl -s -H "X-Forwarded-For: 192.0.2.$((RANDOM % 250 + 1))" -H 'Content-Type: application/json' \
  -d "$(login_body "$1")" "$BASE/api/auth/login" | jq -r .accessToken; }
# A small but real PDF (one blank page, a correct cross-reference table): uploads are parsed, not only sniffed (ADR 0012).
python3 - "$WORK/doc.pdf" <<'PY'
import sys
objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
pdf, offsets = "%PDF-1.4\n", []
for i, o in enumerate(objs):
    offsets.append(len(pdf)); pdf += f"{i + 1} 0 obj\n{o}\nendobj\n"
xref = len(pdf)
pdf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
pdf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
open(sys.argv[1], "w", encoding="ascii").write(pdf)
PY
# notice <family name> <n>: a different person each n (the pre-check's own budget, 5 per person a day, matches spellings).
notice() { printf '{"colour":"Red","person":{"name":{"familyName":"%s","forenames":"Ana"},"sex":"F","dateOfBirth":"%d","nationalities":["FR"]},"case":{"summaryOfFacts":"Fraud in Lyon.","charges":[]}}' "$1" $((1925 + $2)); }

ROWS=()
# run <name> <limit> <attacker requests> <attacker command> <legitimate requests> <legitimate command>; commands get the index in $i.
run() {
  local name="$1" limit="$2" n="$3" attack="$4" m="$5" legit="$6"
  local ok=0 limited=0 other=0 legit_ok=0 legit_limited=0 legit_other=0 start end code
  start=$(date +%s.%N)
  for i in $(seq 1 "$n"); do
    code=$(eval "$attack")
    case "$code" in 429) limited=$((limited + 1));; 2??|401|404) ok=$((ok + 1));; *) other=$((other + 1));; esac
    # The legitimate user works in between, after the attacker has spent the budget.
    if [ "$i" -eq "$n" ] || [ $((i % (n / m + 1))) -eq 0 ]; then
      code=$(eval "$legit")
      case "$code" in 429) legit_limited=$((legit_limited + 1));; 2??) legit_ok=$((legit_ok + 1));; *) legit_other=$((legit_other + 1)); say "$name: the legitimate request got $code";; esac
    fi
  done
  end=$(date +%s.%N)
  local verdict="holds"
  [ "$ok" -gt "$limit" ] && verdict="BROKEN: more than the budget got through"
  [ "$legit_limited" -gt 0 ] && verdict="BROKEN: the legitimate user was refused"
  [ "$legit_other" -gt 0 ] && verdict="BROKEN: the legitimate request failed (not a budget: see the log)"
  [ "$limited" -eq 0 ] && verdict="BROKEN: nothing refused"
  ROWS+=("| $name | $limit | $n | $ok | $limited | $other | $legit_ok / $((legit_ok + legit_limited + legit_other)) | $(printf '%.1f' "$(echo "$end - $start" | bc)") s | $verdict |")
  say "$name: attacker $ok answered, $limited refused (429), $other other; legitimate $legit_ok ok, $legit_limited refused — $verdict"
}

A=198.51.100.7   # the attacker
L=203.0.113.10   # a legitimate user
say "tokens"
T_ATTACK_PRE=$(token ncb.fr); T_LEGIT_PRE=$(token ncb.de); T_ATTACK_SCR=$(token ncb.us); T_LEGIT_SCR=$(token ncb.gb)
T_ATTACK_BATCH=$(token ncb.cn); T_LEGIT_BATCH=$(token ncb.br); T_ROWS=$(token supervisor.tr)
for t in "$T_ATTACK_PRE" "$T_LEGIT_PRE" "$T_ATTACK_SCR" "$T_LEGIT_SCR" "$T_ATTACK_BATCH" "$T_LEGIT_BATCH" "$T_ROWS"; do
  [ -n "$t" ] && [ "$t" != "null" ] || { say "a demo sign-in failed (second factor?)"; exit 1; }
done
# Legitimate sign-ins during the sign-in flood: one unused account each (index i / 20 for i = 21, 42, 60).
LEGIT_SIGNIN=(ncb.au ncb.au ncb.in ncb.ru)
RECEIPT=$(curl -s -H "X-Forwarded-For: 192.0.2.200" -F type=Access -F language=en -F familyName=LEGIT -F forenames=Applicant \
  -F contactEmail=a@example.org -F "statement=I ask which data the files hold about me, please." -F "identityDocument=@$WORK/doc.pdf;type=application/pdf" \
  -F "signedStatement=@$WORK/doc.pdf;type=application/pdf" "$BASE/api/redress")
NUMBER=$(echo "$RECEIPT" | jq -r .number); CODE=$(echo "$RECEIPT" | jq -r .followUpCode)

J=(-H 'Content-Type: application/json')
run "sign-in, per client (any email)" 20 60 \
  'status $A "${J[@]}" -d "{\"email\":\"nobody$i@example.org\",\"password\":\"wrong-password-$i\"}" $BASE/api/auth/login' 3 \
  'status $L "${J[@]}" -d "$(login_body ${LEGIT_SIGNIN[$((i / 20))]})" $BASE/api/auth/login'
run "sign-in failures, per account and client (reviewer)" 5 15 \
  'status 198.51.100.8 "${J[@]}" -d "{\"email\":\"reviewer@demo.fairnotice\",\"password\":\"guess-$i-wrong\"}" $BASE/api/auth/login' 1 \
  'status 203.0.113.11 "${J[@]}" -d "$(login_body reviewer)" $BASE/api/auth/login'
run "redress filing, per client" 5 15 \
  'status $A -F type=Access -F language=en -F familyName=FLOOD$i -F forenames=X -F contactEmail=x@example.org -F "statement=Flooding the Commission with filings, number $i." -F "identityDocument=@$WORK/doc.pdf;type=application/pdf" -F "signedStatement=@$WORK/doc.pdf;type=application/pdf" $BASE/api/redress' 2 \
  'status $L -F type=Access -F language=en -F familyName=REAL$i -F forenames=Y -F contactEmail=y@example.org -F "statement=I ask which data the files hold about me, please." -F "identityDocument=@$WORK/doc.pdf;type=application/pdf" -F "signedStatement=@$WORK/doc.pdf;type=application/pdf" $BASE/api/redress'
run "redress follow-up guesses, per client" 20 200 \
  'status $A "${J[@]}" -d "{\"number\":\"$NUMBER\",\"code\":\"GUESS-$i\"}" $BASE/api/redress/follow-up' 3 \
  'status $L "${J[@]}" -d "{\"number\":\"$NUMBER\",\"code\":\"$CODE\"}" $BASE/api/redress/follow-up'
run "pre-check, per account (60/h)" 60 80 \
  'status $A "${J[@]}" -H "Authorization: Bearer $T_ATTACK_PRE" -d "$(notice PRE$i $i)" $BASE/api/compliance/assess' 3 \
  'status $L "${J[@]}" -H "Authorization: Bearer $T_LEGIT_PRE" -d "$(notice LEGIT$i $((i + 2)))" $BASE/api/compliance/assess'
run "screening, per account (120/min)" 120 200 \
  'status $A "${J[@]}" -H "Authorization: Bearer $T_ATTACK_SCR" -d "{\"name\":\"Person $i\",\"purpose\":\"bench\"}" $BASE/api/screening' 3 \
  'status $L "${J[@]}" -H "Authorization: Bearer $T_LEGIT_SCR" -d "{\"name\":\"Marc Dupont\",\"purpose\":\"border check\"}" $BASE/api/screening'
run "screening batch, per account (10/h)" 10 20 \
  'status $A "${J[@]}" -H "Authorization: Bearer $T_ATTACK_BATCH" -d "{\"purpose\":\"bench\",\"persons\":[{\"name\":\"Person $i\"}]}" $BASE/api/screening/batch' 2 \
  'status $L "${J[@]}" -H "Authorization: Bearer $T_LEGIT_BATCH" -d "{\"purpose\":\"passenger list\",\"persons\":[{\"name\":\"Marc Dupont\"}]}" $BASE/api/screening/batch'
run "public extract, per client (120/min)" 120 200 'status $A $BASE/notices/v1/red' 3 'status $L $BASE/notices/v1/red'

say "daily screening rows: two batches of 10,000, then one more person"
python3 -c 'import json; print(json.dumps({"purpose":"passenger list","persons":[{"name":f"Passenger {i}"} for i in range(10000)]}))' >"$WORK/batch.json"
R1=$(status 192.0.2.201 "${J[@]}" -H "Authorization: Bearer $T_ROWS" --data-binary "@$WORK/batch.json" "$BASE/api/screening/batch")
R2=$(status 192.0.2.202 "${J[@]}" -H "Authorization: Bearer $T_ROWS" --data-binary "@$WORK/batch.json" "$BASE/api/screening/batch")
R3=$(status 192.0.2.203 "${J[@]}" -H "Authorization: Bearer $T_ROWS" -d '{"purpose":"bench","persons":[{"name":"One more"}]}' "$BASE/api/screening/batch")
R4=$(status 192.0.2.204 "${J[@]}" -H "Authorization: Bearer $T_LEGIT_BATCH" -d '{"purpose":"passenger list","persons":[{"name":"Marc Dupont"}]}' "$BASE/api/screening/batch")
ROWS_VERDICT="holds"; [ "$R1$R2$R3$R4" = "200200429200" ] || ROWS_VERDICT="BROKEN"
say "rows: $R1 $R2 $R3, another account $R4 — $ROWS_VERDICT"

say "size caps"
head -c 2000000 /dev/zero | tr '\0' 'x' | sed 's/^/{"colour":"Red","case":{"summaryOfFacts":"/; s/$/"}}/' >"$WORK/big.json"
S1=$(status 192.0.2.205 "${J[@]}" -H "Authorization: Bearer $T_LEGIT_PRE" --data-binary "@$WORK/big.json" "$BASE/api/notices")
head -c 20000000 /dev/urandom >"$WORK/big.pdf"
S2=$(status 192.0.2.206 -F type=Access -F language=en -F familyName=BIG -F forenames=Z -F contactEmail=z@example.org -F "statement=A very large document attached here." \
  -F "identityDocument=@$WORK/big.pdf;type=application/pdf" -F "signedStatement=@$WORK/doc.pdf;type=application/pdf" "$BASE/api/redress")
CAPS_VERDICT="holds"; [ "$S1$S2" = "413413" ] || CAPS_VERDICT="BROKEN"
say "2 MB JSON: $S1, 20 MB multipart: $S2 — $CAPS_VERDICT"

say "stopping the server: the follow-up guesses still being counted are summed up in one audit entry"
DENIED_BEFORE=$(sqlite3 "$WORK/bench.db" "select count(*) from AuditEntries where Action = 'redress.follow_up' and Outcome like 'denied%'")
kill -TERM "$SERVER"; wait "$SERVER" 2>/dev/null || true
DENIED=$(sqlite3 "$WORK/bench.db" "select group_concat(Outcome, ' | ') from AuditEntries where Action = 'redress.follow_up' and Outcome like 'denied%'")
DENIED_ROWS=$(sqlite3 "$WORK/bench.db" "select count(*) from AuditEntries where Action = 'redress.follow_up' and Outcome like 'denied%'")
AUDIT_VERDICT="holds"; [ "$DENIED_BEFORE" = "0" ] && [ "$DENIED_ROWS" = "1" ] || AUDIT_VERDICT="BROKEN"
say "follow-up audit: $DENIED_BEFORE rows while counting, $DENIED_ROWS after ($DENIED) — $AUDIT_VERDICT"

STAMP=$(date -u +%Y%m%d-%H%M)
OUT="bench/results/budgets-$STAMP.md"
{
  echo "# Request budgets under load ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "\`bench/budgets.sh\` against the server in Release with the production defaults (docs/budgets.md), SQLite, demo accounts;"
  echo "127.0.0.1 is the trusted proxy so that X-Forwarded-For names the attacker ($A) and a legitimate user ($L) apart."
  echo "Machine: $(nproc) cores, shared. \"Answered\" counts any non-429 answer (401 and 404 included: the guess was made)."
  echo
  echo "| Budget | Limit | Attacker sent | Answered | Refused (429) | Other | Legitimate ok | Time | Verdict |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "- Daily screening rows (20,000 per account): batches of 10,000 → $R1, $R2; one more person → $R3; another account → $R4 — $ROWS_VERDICT."
  echo "- Body caps: a 2 MB JSON notice → $S1; a 20 MB redress filing → $S2 — $CAPS_VERDICT."
  echo "- Audit of wrong follow-up guesses: $DENIED_BEFORE rows while the window was open; at shutdown $DENIED_ROWS entry ($DENIED) — $AUDIT_VERDICT."
} >"$OUT"
cp "$OUT" bench/results/budgets-latest.md
cat "$OUT"
grep -q BROKEN "$OUT" && exit 1 || exit 0
