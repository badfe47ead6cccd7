#!/usr/bin/env bash
# Runs every test on a fresh Debian machine with the .NET 10 SDK:
# domain unit tests, API tests on SQLite and on a throwaway PostgreSQL 15, browser tests in Chromium.
# Installs what is missing (Debian chromium; postgresql-15 if absent). Last line: "Tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
started=$(date +%s)
say() { echo "[test.sh] $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
finish() { # $1 passed, $2 failed, $3 exit code
  say "took $(( $(date +%s) - started )) s"
  echo "Tests: $1 passed, $2 failed"
  exit "$3"
}

apt_updated=""
need_apt() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq >/dev/null; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ -z "${FAIRNOTICE_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian chromium for the browser tests"
  need_apt chromium || { say "could not install chromium"; finish 0 1 1; }
fi

PGBIN=/usr/lib/postgresql/15/bin
pgdir=""
stop_pg() {
  if [ -n "$pgdir" ]; then
    (cd / && run_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1)
    rm -rf "$pgdir"
  fi
}
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -z "${FAIRNOTICE_TEST_PG:-}" ]; then
  if [ ! -x "$PGBIN/initdb" ]; then
    say "installing postgresql-15"
    need_apt postgresql-15 || { say "could not install PostgreSQL 15"; finish 0 1 1; }
  fi
  pgdir=$(mktemp -d /tmp/fairnotice-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdir"
  trap stop_pg EXIT
  (cd / && run_pg "$PGBIN/initdb" -D "$pgdir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null) \
    || { say "initdb failed"; finish 0 1 1; }
  port=55432
  while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
  (cd / && run_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null) \
    || { say "PostgreSQL did not start"; cat "$pgdir/server.log"; finish 0 1 1; }
  export FAIRNOTICE_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
  say "PostgreSQL 15 on port $port"
fi

say "building"
if ! dotnet build FairNotice.slnx -c Release -nologo -v quiet > /tmp/fairnotice-build.log 2>&1; then
  grep -E "error" /tmp/fairnotice-build.log | sort -u | head -50
  say "build failed (full log: /tmp/fairnotice-build.log)"
  finish 0 1 1
fi

say "testing"
log=$(mktemp)
dotnet test FairNotice.slnx -c Release --no-build -nologo 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}')
summaries=$(grep -cE '^(Passed|Failed)! ' "$log")
rm -f "$log"
passed=${passed:-0}; failed=${failed:-0}
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$summaries" -lt 4 ]; then say "expected 4 test assemblies, saw $summaries summaries"; [ "$failed" -eq 0 ] && failed=1; code=1; fi
finish "$passed" "$failed" "$code"
