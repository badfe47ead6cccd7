#!/usr/bin/env bash
# A real FairNotice cluster on this machine, from Debian packages only (issue #16 item 4; docs/deploy.md, ADR 0034):
#   - a throwaway PostgreSQL 15 under $DIR/pg (/usr/lib/postgresql/15/bin, run as the postgres user when started as root);
#   - N app nodes (default 3) from one published Release build, each its own process on 127.0.0.1:$PORT+i, sharing the
#     database, the audit keys (created once with `fairnotice audit keygen`) and the data-protection key folder;
#   - HAProxy on 127.0.0.1:$PORT, round robin, health checks on /health/ready every second, /metrics refused;
#   - with FAIRNOTICE_CLUSTER_RELAY=1, the last node reaches PostgreSQL through a TCP relay (bench/cluster/relay.py) that
#     the fault benchmark can hold for a while: a network partition between that node and the database.
# Demo mode (the demo accounts and requests, environment Staging): this is for trying and measuring, not for production
# (docs/deploy.md describes the same topology on real machines). Any Budgets__*, Telemetry__* … variable exported before
# `start` reaches every node. No streaming replica: see docs/deploy.md "Read replica".
#
# Usage: deploy/local-cluster.sh start [--nodes N] [--no-publish] | stop | status
# Settings (environment): FAIRNOTICE_CLUSTER_DIR (/tmp/fairnotice-cluster), FAIRNOTICE_CLUSTER_PORT (5300; nodes 5301…),
# FAIRNOTICE_CLUSTER_PG_PORT (56110; the relay listens on the next port).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
DIR=${FAIRNOTICE_CLUSTER_DIR:-/tmp/fairnotice-cluster}
PORT=${FAIRNOTICE_CLUSTER_PORT:-5300}
PG_PORT=${FAIRNOTICE_CLUSTER_PG_PORT:-56110}
RELAY_PORT=$((PG_PORT + 1))
PG_BIN=/usr/lib/postgresql/15/bin
PASSWORD=${FAIRNOTICE_DEMO_PASSWORD:-FairNotice-demo-2026}
say() { echo "[cluster] $*" >&2; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
node_count() { ls -d "$DIR"/node* 2>/dev/null | wc -l; }
connection() { echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=fairnotice;Maximum Pool Size=${FAIRNOTICE_CLUSTER_POOL:-50}"; }

start_pg() {
  if [ ! -f "$DIR/pg/PG_VERSION" ]; then
    mkdir -p "$DIR/pg" && chown -R postgres "$DIR/pg" 2>/dev/null || true
    as_pg "$PG_BIN/initdb" -D "$DIR/pg" -A trust -U postgres -E UTF8 >/dev/null
    cat >>"$DIR/pg/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$DIR/pg'
max_connections = 300
shared_buffers = 256MB
fsync = on
synchronous_commit = on
EOF
  fi
  if ! as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg" -l "$DIR/pg/server.log" -w start >/dev/null
  fi
  as_pg psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'fairnotice'" | grep -q 1 \
    || as_pg psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE fairnotice" >/dev/null
}

# start_node I DB_PORT: one app node on $PORT+I.
start_node() {
  local i=$1 db_port=$2 d="$DIR/node$1"
  mkdir -p "$d"
  alive "$d/pid" && return 0
  (cd "$d" && ASPNETCORE_ENVIRONMENT=Staging Demo__Enabled=true FAIRNOTICE_DEMO_PASSWORD="$PASSWORD" \
    Database__Provider=Postgres Database__ConnectionString="$(connection "$db_port")" \
    Audit__Directory="$DIR/audit" DataProtection__KeysDirectory="$DIR/data-protection" \
    Antivirus__RunWithoutScanner=true Budgets__TrustedProxies__0=127.0.0.1 Telemetry__InstanceId="node$i" \
    Logging__Console__FormatterName=json Logging__Console__FormatterOptions__UseUtcTimestamp=true \
    exec dotnet "$DIR/app/FairNotice.Web.dll" --urls "http://127.0.0.1:$((PORT + i))" >>"$d/log.jsonl" 2>&1) &
  echo $! >"$d/pid"
}

# wait_ready URL LOG [PIDFILE]: until URL/health/ready answers 200; gives up when the process died or after 3 minutes.
wait_ready() {
  for _ in $(seq 1 180); do
    curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0
    [ -n "${3:-}" ] && ! alive "$3" && break
    sleep 1
  done
  say "not ready: $1 (log: $2)"; tail -20 "$2" >&2; return 1
}

write_haproxy() {
  local n=$1
  {
    cat <<EOF
global
    maxconn 8192
    pidfile $DIR/haproxy.pid
    stats socket $DIR/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    option redispatch
    # Only a failed connection is retried on another node: a request that reached a node is never sent twice.
    retries 2

frontend fairnotice
    bind 127.0.0.1:$PORT
    # The metrics stay on each node's own port (docs/deploy.md "Watching it").
    http-request deny deny_status 404 if { path_beg /metrics }
    # Replaced, not appended: the nodes believe them from 127.0.0.1 only (Budgets:TrustedProxies).
    http-request set-header X-Forwarded-For %[src]
    http-request set-header X-Forwarded-Proto http
    http-request del-header X-Forwarded-Host
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
EOF
    for i in $(seq 1 "$n"); do echo "    server node$i 127.0.0.1:$((PORT + i)) check"; done
    cat <<EOF

listen stats
    bind 127.0.0.1:$((PORT + 99))
    stats enable
    stats uri /
EOF
  } >"$DIR/haproxy.cfg"
}

cmd_start() {
  local n=3 publish=1
  while [ $# -gt 0 ]; do
    case "$1" in --nodes) n=$2; shift 2;; --no-publish) publish=0; shift;; *) say "unknown option $1"; exit 64;; esac
  done
  mkdir -p "$DIR"
  if [ $publish = 1 ] || [ ! -f "$DIR/app/FairNotice.Web.dll" ]; then
    say "publishing the Release build to $DIR/app and $DIR/cli"
    dotnet publish src/FairNotice.Web -c Release -nologo -v quiet -o "$DIR/app" >/dev/null
    dotnet publish src/FairNotice.Cli -c Release -nologo -v quiet -o "$DIR/cli" >/dev/null
    echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' with uncommitted changes in src')" >"$DIR/app/BUILD"
  fi
  [ -f "$DIR/audit/chain.key" ] || dotnet "$DIR/cli/fairnotice.dll" audit keygen --out "$DIR/audit" >/dev/null
  mkdir -p "$DIR/data-protection"
  say "PostgreSQL 15 on 127.0.0.1:$PG_PORT ($DIR/pg)"
  start_pg
  local last_db=$PG_PORT
  if [ "${FAIRNOTICE_CLUSTER_RELAY:-0}" = 1 ] && [ "$n" -ge 2 ]; then
    alive "$DIR/relay.pid" || { python3 "$REPO/bench/cluster/relay.py" "$RELAY_PORT" "$PG_PORT" >>"$DIR/relay.log" 2>&1 & echo $! >"$DIR/relay.pid"; }
    last_db=$RELAY_PORT
    say "node$n reaches PostgreSQL through the relay on $RELAY_PORT (pid $(cat "$DIR/relay.pid"))"
  fi
  # The first node migrates and seeds alone; the others start once it is ready.
  start_node 1 "$PG_PORT"
  wait_ready "http://127.0.0.1:$((PORT + 1))" "$DIR/node1/log.jsonl" "$DIR/node1/pid"
  for i in $(seq 2 "$n"); do start_node "$i" "$([ "$i" = "$n" ] && echo "$last_db" || echo "$PG_PORT")"; done
  for i in $(seq 2 "$n"); do wait_ready "http://127.0.0.1:$((PORT + i))" "$DIR/node$i/log.jsonl" "$DIR/node$i/pid"; done
  write_haproxy "$n"
  # A running HAProxy is kept (a node restarted under load rejoins through its health check); stop the cluster to change N.
  alive "$DIR/haproxy.pid" || haproxy -D -f "$DIR/haproxy.cfg"
  wait_ready "http://127.0.0.1:$PORT" "$DIR/haproxy.cfg"
  echo "FairNotice cluster: http://127.0.0.1:$PORT  ($n nodes on $((PORT + 1))–$((PORT + n)); HAProxy statistics http://127.0.0.1:$((PORT + 99))/;"
  echo "  PostgreSQL $(connection "$PG_PORT" | sed 's/;Maximum.*//'); demo password $PASSWORD; logs $DIR/node*/log.jsonl)"
}

cmd_stop() {
  alive "$DIR/haproxy.pid" && kill "$(cat "$DIR/haproxy.pid")" || true
  for d in "$DIR"/node*; do
    [ -d "$d" ] || continue
    alive "$d/pid" && kill "$(cat "$d/pid")" || true
  done
  for d in "$DIR"/node*; do
    [ -d "$d" ] || continue
    for _ in $(seq 1 20); do alive "$d/pid" || break; sleep 0.5; done
    alive "$d/pid" && kill -9 "$(cat "$d/pid")" || true
  done
  alive "$DIR/relay.pid" && kill "$(cat "$DIR/relay.pid")" || true
  [ -f "$DIR/pg/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg" -m fast -w stop >/dev/null 2>&1 || true
  say "stopped (data kept in $DIR; rm -rf it for a fresh cluster)"
}

cmd_status() {
  local rc=0
  if [ -f "$DIR/pg/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then echo "postgresql  up    127.0.0.1:$PG_PORT"; else echo "postgresql  down"; rc=1; fi
  for d in "$DIR"/node*; do
    [ -d "$d" ] || continue
    local i=${d##*node} url state
    url="http://127.0.0.1:$((PORT + i))"
    state=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url/health/ready" || true)
    if alive "$d/pid" && [ "$state" = 200 ]; then echo "node$i       ready $url"; else echo "node$i       DOWN  $url (pid $(cat "$d/pid" 2>/dev/null), ready=$state)"; rc=1; fi
  done
  if alive "$DIR/haproxy.pid"; then echo "haproxy     up    http://127.0.0.1:$PORT"; else echo "haproxy     down"; rc=1; fi
  alive "$DIR/relay.pid" && echo "relay       up    127.0.0.1:$RELAY_PORT -> $PG_PORT"
  return $rc
}

case "${1:-}" in
  start) shift; cmd_start "$@";;
  stop) cmd_stop;;
  status) cmd_status;;
  *) echo "usage: $0 start [--nodes N] [--no-publish] | stop | status" >&2; exit 64;;
esac
