#!/usr/bin/env bash
# One command for the screening benchmark: starts a throwaway PostgreSQL 15 for the pg_trgm baseline, runs the
# whole benchmark in Release, prints the table and writes bench/results/screening-<date>.md (and screening-latest.md).
# Arguments pass through, e.g.: bench/run.sh --persons 100000 --queries 1000000 --pg-sample 2000 --scan-sample 200
# The election benchmark (issues #6, #17): bench/run.sh --elections  (per-ballot costs, then 1,000 signed ballots < 10 s and a
# 196-member, 13-post record < 1 min verified on the cores; writes bench/results/elections-<date>.md)
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "[bench] $*"; }
need_apt() { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
# shellcheck source=tests/throwaway-postgres.sh
. tests/throwaway-postgres.sh
if [ -z "${FAIRNOTICE_TEST_PG:-}" ] && [[ " $* " != *" --elections "* ]]; then start_throwaway_postgres; fi
dotnet run -c Release --project bench/FairNotice.Bench -- "$@"
