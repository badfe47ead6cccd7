#!/usr/bin/env bash
# Load and fault benchmark of a FairNotice cluster (issue #16 item 5; ADR 0034). One command:
#   bench/cluster/run.sh [--nodes 3] [--duration 20] [--fault-duration 40] [--no-publish] [--no-faults]
# Starts a fresh cluster with deploy/local-cluster.sh (PostgreSQL 15, N nodes, HAProxy; the last node reaches the database
# through bench/cluster/relay.py), then with wrk (Debian package; one wrk per kind of request, side by side, Lua in
# bench/cluster/mix.lua):
#   1. audited reads alone (GET /api/notices, 16 connections): one node directly, then the cluster through HAProxy;
#   2. the mixed workload (screening, audited reads, draft writes, the public extract, anonymous redress filing): same;
#   3. the mixed workload on the cluster during each fault: kill -9 of a node (restarted 10 s later), a PostgreSQL restart,
#      and 10 s without network between the last node and the database (the relay holds every byte; iptables is not needed).
# After each fault: every acknowledged write (notice ids, redress numbers from 2xx answers) is looked up in the database,
# 5xx answers are checked against the fault window (none allowed from 5 s after it), `fairnotice audit verify` runs, and
# every node's screening index is checked against the database: a probe notice published before the fault and cancelled
# during it must be found by no node, and one made valid after it by every node (each node asked on its own port, for at
# most 30 s; every probe of the run is asked again after each later fault).
# Budgets are raised for the run through configuration (below): the defaults would answer 429 to a load generator.
# Writes bench/results/cluster-<date>.md and bench/results/cluster-latest.md; stops the cluster at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
NODES=3 DUR=20 FDUR=40 PUBLISH="" FAULTS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) NODES=$2; shift 2;; --duration) DUR=$2; shift 2;; --fault-duration) FDUR=$2; shift 2;;
    --no-publish) PUBLISH=--no-publish; shift;; --no-faults) FAULTS=0; shift;; *) echo "unknown option $1" >&2; exit 64;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
say() { echo "[bench-cluster] $(date -u +%H:%M:%S) $*" >&2; }

export FAIRNOTICE_CLUSTER_DIR=${FAIRNOTICE_CLUSTER_DIR:-/tmp/fairnotice-bench-cluster}
export FAIRNOTICE_CLUSTER_PORT=${FAIRNOTICE_CLUSTER_PORT:-5400}
export FAIRNOTICE_CLUSTER_PG_PORT=${FAIRNOTICE_CLUSTER_PG_PORT:-56120}
export FAIRNOTICE_CLUSTER_RELAY=1
DIR=$FAIRNOTICE_CLUSTER_DIR
LB="http://127.0.0.1:$FAIRNOTICE_CLUSTER_PORT"
NODE1="http://127.0.0.1:$((FAIRNOTICE_CLUSTER_PORT + 1))"
PG="Host=127.0.0.1;Port=$FAIRNOTICE_CLUSTER_PG_PORT;Username=postgres;Database=fairnotice"
psql_() { runuser -u postgres -- psql -h 127.0.0.1 -p "$FAIRNOTICE_CLUSTER_PG_PORT" -U postgres -d fairnotice -tAq "$@"; }

# Generous budgets for the load generator (a handful of accounts and one client address send thousands of requests a
# minute); the production defaults stay as documented in docs/budgets.md. Long-lived tokens: one sign-in per account.
for b in SignIn RedressFiling RedressFollowUp PreCheck Screening ScreeningBatch PublicExtract; do
  export "Budgets__${b}__PerClient__Permits=1000000" "Budgets__${b}__PerClient__Seconds=60"
done
for b in PreCheck Screening ScreeningBatch; do export "Budgets__${b}__PerAccount__Permits=1000000" "Budgets__${b}__PerAccount__Seconds=60"; done
export Budgets__SignInFailures__Permits=100000 Budgets__ScreeningRowsPerAccountPerDay=10000000 Sessions__AccessTokenMinutes=240
export Logging__LogLevel__Default=Warning

deploy/local-cluster.sh stop >/dev/null 2>&1 || true
# A fresh database, keys and nodes each run; the published build is kept for --no-publish.
[ -d "$DIR" ] && find "$DIR" -mindepth 1 -maxdepth 1 ! -name app ! -name cli -exec rm -rf {} +
say "starting a fresh cluster of $NODES nodes"
deploy/local-cluster.sh start --nodes "$NODES" $PUBLISH >&2
W=$(mktemp -d /tmp/fairnotice-bench-cluster-run.XXXXXX)
trap 'deploy/local-cluster.sh stop >/dev/null 2>&1 || true' EXIT

PASSWORD=FairNotice-demo-2026
token() {
  curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$1@demo.fairnotice\",\"password\":\"$PASSWORD\",\"twoFactorCode\":\"$(oathtool --totp -b FAIRNOTICEDEMOAUTHENTICATORKEY26)\"}" \
    "$LB/api/auth/login" | jq -r .accessToken
}
T_READ=$(token reviewer); T_SCREEN=$(token ncb.gb); T_WRITE=$(token ncb.us)
for t in "$T_READ" "$T_SCREEN" "$T_WRITE"; do [ -n "$t" ] && [ "$t" != null ] || { say "a demo sign-in failed"; exit 1; }; done
python3 - "$W/doc.pdf" <<'PY'
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

declare -A CONNS=([read]=8 [screening]=4 [write]=2 [extract]=4 [redress]=2)
declare -A TOKENS=([read]=$T_READ [screening]=$T_SCREEN [write]=$T_WRITE [extract]="" [redress]="")
MIX=(screening read write extract redress)

# load NAME URL SECONDS KIND[:CONNECTIONS]...: one wrk per kind, side by side; waits for all.
load() {
  local name=$1 url=$2 secs=$3; shift 3
  local pids=() spec kind c
  mkdir -p "$W/$name"
  for spec in "$@"; do
    kind=${spec%%:*}; c=${spec#*:}; [ "$c" = "$spec" ] && c=${CONNS[$kind]}
    KIND=$kind TOKEN=${TOKENS[$kind]} OUT="$W/$name" PDF="$W/doc.pdf" \
      wrk -t1 -c"$c" -d"${secs}s" --timeout 10s -s bench/cluster/mix.lua "$url" >"$W/$name/$kind.out" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
  cut -d' ' -f1 /proc/loadavg >"$W/$name/loadavg"
}

# rows NAME LABEL: one table row per kind from the wrk JSON lines.
rows() {
  local name=$1 label=$2 f load
  load=$(cat "$W/$name/loadavg" 2>/dev/null || echo "?")
  for f in "$W/$name"/*.out; do
    grep -h '^{' "$f" | tail -1 | jq -r --arg l "$label" --arg load "$load" \
      '"| \($l) | \(.kind) | \(.requests / .seconds | floor) | \(.p50_ms) | \(.p99_ms) | \(.ok) | \(.client_errors) | \(.throttled) | \(.server_errors) | \(.socket_errors) | \($load) |"'
  done
}

# acknowledged NAME: "ids acknowledged / found in the database" for the draft writes and the redress filings.
acknowledged() {
  local name=$1 ids numbers acked_w found_w acked_r found_r
  ids=$(cat "$W/$name"/write-ids-*.txt 2>/dev/null | sort -u)
  numbers=$(cat "$W/$name"/redress-ids-*.txt 2>/dev/null | sort -u)
  acked_w=$(echo -n "$ids" | grep -c . || true); acked_r=$(echo -n "$numbers" | grep -c . || true)
  found_w=0; found_r=0
  if [ "$acked_w" -gt 0 ]; then
    echo "$ids" >"$W/$name/acked-writes.txt"
    found_w=$(psql_ -c "CREATE TEMP TABLE a(id text); COPY a FROM STDIN; SELECT count(*) FROM a JOIN \"Notices\" n ON n.\"Id\"::text = a.id;" <"$W/$name/acked-writes.txt" | tail -1)
  fi
  if [ "$acked_r" -gt 0 ]; then
    echo "$numbers" >"$W/$name/acked-redress.txt"
    found_r=$(psql_ -c "CREATE TEMP TABLE a(id text); COPY a FROM STDIN; SELECT count(*) FROM a JOIN \"RedressRequests\" r ON r.\"Number\" = a.id;" <"$W/$name/acked-redress.txt" | tail -1)
  fi
  echo "$acked_w $found_w $acked_r $found_r"
}

verify_audit() {
  local out rc=0
  out=$(dotnet "$DIR/cli/fairnotice.dll" audit verify --provider Postgres --connection "$PG" --key-file "$DIR/audit/chain.key" \
    --heads "$DIR/audit/heads" --public-key "$DIR/audit/head-signing.pub.pem" 2>&1) || rc=$?
  echo "exit $rc: $(echo "$out" | grep -m1 -oE '[0-9,]+ entries, [^.]*\.' || echo "$out" | grep -v '^\s*$' | tail -1 | tr '|' '/' | cut -c1-160)"
}

# --- Every node's screening index against the database (issue #16 item 5) ---
# Probe notices with family names far apart (screening is fuzzy: PROBEA would find PROBEB), published as ncb.us and the
# reviewer, screened for as ncb.gb on each node's own port. GONE: cancelled (no node may find them); LIVE: valid (every
# node must). Each entry is "id name".
PROBE_NAMES=(KALVARENKO MORTIMBALE QUISTERNAU ZOLLINGRAD BRAXENWOLD FENDRIKOVA HOLMSTRAVE JURGENWALT PELLAQUORN VOSKRIDANE)
PROBE_N=0 GONE=() LIVE=()
# call METHOD URL TOKEN [BODY] [IDEMPOTENCY-KEY]: prints "CODE FILE" (the answer's body in FILE).
call() {
  local f; f=$(mktemp "$W/call.XXXXXX")
  local code
  code=$(curl -s -m 10 -o "$f" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    -H 'X-Purpose: bench: index check' ${5:+-H "Idempotency-Key: $5"} ${4:+-d "$4"} "$2" || true)
  echo "${code:-000} $f"
}
# until_ok METHOD URL TOKEN [BODY] [KEY]: retries (a write made during a fault meets 503s and cut connections) until a 2xx,
# or a 409 whose notice already is in the wanted state (an earlier attempt was accepted, its answer lost), for 60 s.
until_ok() {
  local deadline=$(($(date +%s) + 60)) code f
  while :; do
    read -r code f < <(call "$@")
    case $code in 2??) cat "$f"; return 0;; 409) cat "$f"; return 0;; esac
    [ "$(date +%s)" -ge "$deadline" ] && { say "gave up after 60 s: $1 $2 (last answer $code)"; return 1; }
    sleep 0.5
  done
}
# publish_probe N: a new notice made valid, named after probe N (it runs in a subshell: the caller counts); prints "id name".
publish_probe() {
  local name=${PROBE_NAMES[$(($1 % ${#PROBE_NAMES[@]}))]} body id
  # Each probe is its own case (its own date of birth and warrant reference): the same warrant reference or date of birth
  # with the same facts makes a later probe a DUPLICATE-REQUEST of an earlier one, which a one-step Publish does not clear.
  local dob; dob=$(printf '19%02d-03-14' $((50 + $1 % 40)))
  body=$(jq -nc --arg n "$name" --arg dob "$dob" --arg ref "MA-2021-$((4570 + $1))-$$" '{colour:"Red",submit:true,person:{name:{familyName:$n,forenames:"Teodor"},originalScriptName:{familyName:$n},
    aliases:[],sex:"M",dateOfBirth:$dob,placeOfBirth:"Lyon",countryOfBirth:"FR",nationalities:["FR"],
    identityDocuments:[{type:"Passport",number:("12AB" + ($dob | gsub("-";"") | .[2:])),issuingCountry:"FR"}],languages:["FRA"]},
    case:{summaryOfFacts:"Between January 2019 and March 2021 in Lyon the person ran a fake investment scheme and took EUR 4.2 million from 310 savers.",
      offenceDate:"2019-01 to 2021-03",offencePlace:"Lyon, France",wantedFor:"Prosecution",
      charges:[{description:"Organised fraud",law:"Code penal art. 313-2",maximumPenaltyMonths:120}],
      warrant:{kind:"ArrestWarrant",issuingAuthority:"Tribunal judiciaire de Lyon",issuedOn:"2021-06-02",reference:$ref}},restrictedCountries:[]}')
  id=$(until_ok POST "$LB/api/notices" "$T_WRITE" "$body" "probe-$1-$name-$$" | jq -r '.id // empty') || true
  [ -n "$id" ] || { say "probe $name could not be created"; return 0; }
  until_ok POST "$LB/api/notices/$id/review" "$T_READ" '{"decision":"Publish","reason":"Complete and within the rules (bench probe)."}' >/dev/null
  echo "$id $name"
}
cancel_probe() { until_ok POST "$LB/api/notices/$1/actions" "$T_READ" '{"action":"Cancel","reason":"Cancelled by the Secretariat (bench probe)."}' >/dev/null; }
# finds URL ID NAME: yes / no / error (the node did not answer the screening).
finds() {
  local code f
  read -r code f < <(call POST "$1/api/screening" "$T_SCREEN" "{\"name\":\"Teodor $3\",\"purpose\":\"bench index check\"}")
  [ "$code" = 200 ] || { echo error; return; }
  jq -e --arg id "$2" '[.hits[]?.noticeId] | index($id) != null' "$f" >/dev/null && echo yes || echo no
}
# index_check: asks every node, for at most 30 s, until none finds a cancelled probe and each finds every valid one.
index_check() {
  local t0 deadline bad i url p r
  t0=$(date +%s%N); deadline=$(($(date +%s) + 30))
  while :; do
    bad=""
    for i in $(seq 1 "$NODES"); do
      url="http://127.0.0.1:$((FAIRNOTICE_CLUSTER_PORT + i))"
      for p in "${GONE[@]}"; do r=$(finds "$url" ${p% *} "${p#* }"); [ "$r" = no ] || bad="$bad node$i finds cancelled ${p#* } ($r);"; done
      for p in "${LIVE[@]}"; do r=$(finds "$url" ${p% *} "${p#* }"); [ "$r" = yes ] || bad="$bad node$i misses valid ${p#* } ($r);"; done
    done
    if [ -z "$bad" ]; then
      echo "all $NODES nodes agree after $(( ($(date +%s%N) - t0) / 1000000 )) ms (${#GONE[@]} cancelled absent, ${#LIVE[@]} valid present)"
      return
    fi
    [ "$(date +%s)" -ge "$deadline" ] && { echo "DISAGREE after 30 s:$bad"; return; }
    sleep 0.2
  done
}

FSYNC=$(/usr/lib/postgresql/15/bin/pg_test_fsync -s 1 -f "$DIR/fsync.test" 2>/dev/null | grep -m1 -E '^\s+fdatasync' | awk '{print $4, "µs"}'; rm -f "$DIR/fsync.test")
say "warm-up (10 s mixed on the cluster)"
load warmup "$LB" 10 "${MIX[@]}"
TABLE=()
say "audited reads alone: one node ($NODE1), then the cluster ($LB)"
load reads-1 "$NODE1" "$DUR" read:16; TABLE+=("$(rows reads-1 "1 node, reads alone")")
load reads-n "$LB" "$DUR" read:16; TABLE+=("$(rows reads-n "$NODES nodes, reads alone")")
say "mixed workload: one node, then the cluster"
load mixed-1 "$NODE1" "$DUR" "${MIX[@]}"; TABLE+=("$(rows mixed-1 "1 node, mixed")")
load mixed-n "$LB" "$DUR" "${MIX[@]}"; TABLE+=("$(rows mixed-n "$NODES nodes, mixed")")
A_MIXED=$(acknowledged mixed-n); A_MIXED1=$(acknowledged mixed-1)
AUDIT_BASE=$(verify_audit)
say "audit after the load runs: $AUDIT_BASE"
# The check itself, without a fault: one probe cancelled, one valid.
PROBE_N=$((PROBE_N + 1)); read -r pid pname < <(publish_probe "$PROBE_N") || true; [ -n "$pid" ] && cancel_probe "$pid" && GONE+=("$pid $pname")
PROBE_N=$((PROBE_N + 1)); read -r pid pname < <(publish_probe "$PROBE_N") || true; [ -n "$pid" ] && LIVE+=("$pid $pname")
INDEX_BASE=$(index_check)
say "screening indexes after the load runs: $INDEX_BASE"

FAULT_ROWS=()
# fault NAME DESCRIPTION ACTION: mixed load on the cluster for FDUR s, the action 10 s in (it returns when recovered).
fault() {
  local name=$1 what=$2 action=$3 t0 t1 late total socket ack verify k c before probe pname canceller index
  say "fault: $what"
  load "$name" "$LB" "$FDUR" "${MIX[@]}" &
  local loader=$!
  before=$(date +%s)
  # A notice valid before the fault, cancelled while it lasts (retried through 503s), must vanish from every node.
  PROBE_N=$((PROBE_N + 1)); read -r probe pname < <(publish_probe "$PROBE_N") || true
  sleep $((10 - ($(date +%s) - before) > 0 ? 10 - ($(date +%s) - before) : 0))
  ( sleep 1; [ -n "$probe" ] && cancel_probe "$probe" ) &
  canceller=$!
  t0=$(date +%s); $action; t1=$(date +%s)
  if wait "$canceller"; then GONE+=("$probe $pname"); elif [ -n "$probe" ]; then LIVE+=("$probe $pname"); fi
  wait "$loader" || true
  sleep 2
  # And one made valid after it must appear on every node.
  PROBE_N=$((PROBE_N + 1)); read -r probe pname < <(publish_probe "$PROBE_N") || true
  [ -n "$probe" ] && LIVE+=("$probe $pname")
  index=$(index_check)
  TABLE+=("$(rows "$name" "fault: $what")")
  total=$(cat "$W/$name"/*-5xx-*.txt 2>/dev/null | grep -c . || true)
  late=""
  for k in "${MIX[@]}"; do
    c=$(cat "$W/$name"/$k-5xx-*.txt 2>/dev/null | awk -v lim=$((t1 + 5)) -v start="$t0" '$1 > lim || $1 < start' | grep -c . || true)
    [ "$c" -gt 0 ] && late="$late $k $c"
  done
  late=${late:- none}
  socket=$(for f in "$W/$name"/*.out; do grep -h '^{' "$f" | tail -1 | jq .socket_errors; done | paste -sd+ | bc)
  ack=$(acknowledged "$name"); verify=$(verify_audit)
  read -r aw fw ar fr <<<"$ack"
  FAULT_ROWS+=("| $what | $((t1 - t0)) s | $total | $late | $socket | $fw / $aw | $fr / $ar | $verify | $index |")
  say "$what: window $((t1 - t0)) s, 5xx $total (outside the window + 5 s: $late), socket errors $socket, writes $fw/$aw, redress $fr/$ar, audit $verify, index $index"
}
kill_node() {
  local pid; pid=$(cat "$DIR/node2/pid"); kill -9 "$pid"; sleep 10
  deploy/local-cluster.sh start --nodes "$NODES" --no-publish >/dev/null 2>&1
}
restart_pg() { runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$DIR/pg" -m fast -w restart >/dev/null; }
partition() { kill -USR1 "$(cat "$DIR/relay.pid")"; sleep 10; kill -USR2 "$(cat "$DIR/relay.pid")"; }
if [ "$FAULTS" = 1 ]; then
  fault kill "kill -9 node2, restarted after 10 s" kill_node
  fault pg "PostgreSQL restart (fast)" restart_pg
  fault net "node$NODES cut from PostgreSQL for 10 s (relay held)" partition
fi

STAMP=$(date -u +%Y%m%d-%H%M)
OUT="bench/results/cluster-$STAMP.md"
read -r aw fw ar fr <<<"$A_MIXED"; read -r aw1 fw1 ar1 fr1 <<<"$A_MIXED1"
{
  echo "# Cluster load and fault benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "\`bench/cluster/run.sh\`; the nodes run the build published from commit $(cat "$DIR/app/BUILD" 2>/dev/null || echo '(unknown: published before BUILD was recorded)'):"
  echo "$NODES nodes (published Release build, environment Staging with demo data) behind HAProxy $(haproxy -v 2>/dev/null | head -1 | awk '{print $3}') on one PostgreSQL 15,"
  echo "all on this machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), shared with other builds: the 1-minute load"
  echo "average is given for each run (above 2 means other processes took CPU from this run; compare runs of similar load only)."
  echo "PostgreSQL with fsync and synchronous_commit on; this disk's fdatasync of one 8 kB write: $FSYNC (pg_test_fsync)."
  echo "Load generator: wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}') (Debian), one process per kind, one thread each, bench/cluster/mix.lua;"
  echo "connections: reads ${CONNS[read]}, screening ${CONNS[screening]}, writes ${CONNS[write]}, extract ${CONNS[extract]}, redress ${CONNS[redress]} (\"reads alone\": 16)."
  echo "Runs of $DUR s (faults: $FDUR s, the fault 10 s in), after a 10 s warm-up. \"1 node\" is node1's own port (no HAProxy)."
  echo
  echo "**Budgets were raised for this run through configuration** (\`Budgets__*__Permits=1000000\` a minute, rows per day 10⁷, tokens"
  echo "240 min): the shipped budgets (docs/budgets.md) would answer 429 to a load generator that uses three accounts."
  echo
  echo "Kinds: \`read\` = GET /api/notices?scope=all&pageSize=20 as reviewer with X-Purpose (audited); \`screening\` = POST /api/screening"
  echo "as ncb.gb; \`write\` = POST /api/notices (a draft, Idempotency-Key) as ncb.us; \`extract\` = GET /notices/v1/red (anonymous);"
  echo "\`redress\` = POST /api/redress, multipart with two one-page PDFs (anonymous)."
  echo
  echo "| Run | Kind | Requests/s | p50 ms | p99 ms | 2xx | 4xx | 429 | 5xx | Socket errors | Load average at end |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${TABLE[@]}"
  echo
  echo "Acknowledged writes found afterwards: mixed on 1 node: drafts $fw1 / $aw1, redress $fr1 / $ar1; mixed on the cluster: drafts $fw / $aw, redress $fr / $ar."
  echo "Audit trail after the load runs: \`$AUDIT_BASE\`."
  echo "Every node's screening index after the load runs (one probe cancelled, one made valid, each node on its own port): $INDEX_BASE."
  if [ "$FAULTS" = 1 ]; then
    echo
    echo "## Faults under the mixed load"
    echo
    echo "Window: from the fault to recovery (node restarted and ready, \`pg_ctl restart\` returned, relay released). 5xx are"
    echo "timed to the second by the Lua script; socket errors (wrk's connect/read/timeout, 10 s timeout) carry no time."
    echo
    echo "Every node's index: a probe notice published before the fault and cancelled during it (retried through the fault's"
    echo "errors) must be found by no node, one made valid after it by every node, and so must every probe of the earlier"
    echo "checks; each node is asked on its own port (not through HAProxy) until all agree, for at most 30 s."
    echo
    echo "| Fault | Window | 5xx | 5xx outside window + 5 s | Socket errors | Drafts acknowledged: found / acked | Redress: found / acked | \`audit verify\` after | Every node's screening index after |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${FAULT_ROWS[@]}"
  fi
} >"$OUT"
cp "$OUT" bench/results/cluster-latest.md
say "wrote $OUT (raw wrk outputs, acknowledged ids and 5xx times in $W)"
cat "$OUT"
