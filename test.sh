#!/usr/bin/env bash
# Runs every test on a fresh Debian machine with the .NET 10 SDK:
# domain unit tests, API tests on SQLite and on a throwaway PostgreSQL 15, browser tests in Chromium, and the shipped
# nginx TLS configuration in front of the app. Installs what is missing (Debian chromium, nginx; postgresql-15 and
# clamav-daemon if absent). Last line: "Tests: N passed, M failed".
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

# The virus-scan tests start their own clamd with a private signature database (no internet needed); they fail, never
# skip, without it.
if [ ! -x /usr/sbin/clamd ]; then
  say "installing Debian clamav-daemon for the virus-scan tests"
  need_apt clamav-daemon || { say "could not install clamav-daemon"; finish 0 1 1; }
fi

# shellcheck source=tests/throwaway-postgres.sh
. tests/throwaway-postgres.sh
if [ -z "${FAIRNOTICE_TEST_PG:-}" ]; then
  start_throwaway_postgres || finish 0 1 1
fi

say "building"
if ! dotnet build FairNotice.slnx -c Release -nologo -v quiet > /tmp/fairnotice-build.log 2>&1; then
  grep -E "error" /tmp/fairnotice-build.log | sort -u | head -50
  say "build failed (full log: /tmp/fairnotice-build.log)"
  finish 0 1 1
fi

# ASVS 15.2.1: a known vulnerable NuGet package (direct or transitive) fails the run; offline, say so and go on.
say "checking for vulnerable packages"
tools/supply-chain/vulnerable.sh; vuln=$?
if [ "$vuln" = 1 ]; then finish 0 1 1; elif [ "$vuln" != 0 ]; then say "vulnerability check could not run (offline?): run tools/supply-chain/vulnerable.sh before a release"; fi

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

# ASVS 12.1.1/12.1.2/12.2.1: the shipped nginx configuration in front of the built app, checked with openssl s_client.
say "checking the reverse-proxy TLS configuration (tools/proxy/tls-check.sh)"
tls_log=$(mktemp)
tools/proxy/tls-check.sh 2>&1 | tee "$tls_log"
tls_code=${PIPESTATUS[0]}
tls_line=$(grep -E '^proxy-tls: [0-9]+ passed, [0-9]+ failed' "$tls_log" | tail -1)
rm -f "$tls_log"
tls_passed=$(echo "$tls_line" | grep -Eo '[0-9]+ passed' | grep -Eo '[0-9]+'); tls_failed=$(echo "$tls_line" | grep -Eo '[0-9]+ failed' | grep -Eo '[0-9]+')
passed=$((passed + ${tls_passed:-0})); failed=$((failed + ${tls_failed:-0}))
if [ "$tls_code" -ne 0 ]; then code=1; [ "${tls_failed:-0}" -eq 0 ] && failed=$((failed + 1)); fi
if [ "$summaries" -lt 4 ]; then say "expected 4 test assemblies, saw $summaries summaries"; [ "$failed" -eq 0 ] && failed=1; code=1; fi
finish "$passed" "$failed" "$code"
