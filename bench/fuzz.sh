#!/usr/bin/env bash
# The long fuzz run (issue #12 item 5, docs/fuzzing.md): every fuzz target, one at a time, with FAIRNOTICE_FUZZ_CASES
# cases each (100,000 unless set), on the same seeded generators as the fast slice in the normal suite. Writes
# bench/results/fuzz-<date>.md and bench/results/fuzz-latest.md (cases, failures, seed, seconds per target) and keeps
# each target's output under bench/results/fuzz-logs/ when it fails. Exit code 1 when any target fails.
# Usage: bench/fuzz.sh [target …]   (targets by name, e.g. api.screening csv.web; default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
CASES="${FAIRNOTICE_FUZZ_CASES:-100000}"
ARGS="$*"
STAMP="$(date -u +%Y%m%d-%H%M)"
TSV="$(mktemp)"
say() { echo "[fuzz] $*" >&2; }

# target name → test project and method (the whole-command CLI targets are capped at 5,000 cases: see docs/fuzzing.md).
TARGETS=(
  "domain.name-normaliser|Domain|FairNotice.Domain.Tests.Fuzz.NameFuzzTests.NameNormaliser_AnyString_GivesLowerAsciiPartsStably"
  "domain.screening-query|Domain|FairNotice.Domain.Tests.Fuzz.NameFuzzTests.Screening_AnyQuery_SearchesWithoutException"
  "uploads.checks|Web|FairNotice.Web.Tests.Fuzz.UploadFuzzTests.UploadChecks_HostileFiles_NeverThrowAndNeverPassActiveContent"
  "csv.cli|Cli|FairNotice.Cli.Tests.Fuzz.ScreenCsvFuzzTests.ScreenSteps_HostileCsv_NeverThrow"
  "api.screening|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.Screening_HostileBodies_AnswerBelow500"
  "api.notices|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.Notices_HostileBodies_AnswerBelow500"
  "api.screening-batch-json|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.ScreeningBatch_HostileJson_AnswersBelow500"
  "csv.web|Web|FairNotice.Web.Tests.Fuzz.CsvFuzzTests.ScreeningBatch_HostileCsv_AnswersBelow500"
  "api.pre-check|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.PreCheck_HostileBodies_AnswerBelow500"
  "api.redress-filing|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.RedressFiling_HostileForms_AnswerBelow500"
  "api.redress-follow-up|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.RedressFollowUp_HostileBodies_AnswerBelow500"
  "api.sign-in|Web|FairNotice.Web.Tests.Fuzz.ApiFuzzTests.SignIn_HostileBodies_AnswerBelow500"
  "domain.election-record|Cli|FairNotice.Cli.Tests.Fuzz.ElectionRecordFuzzTests.ElectionRecord_Mutated_ParsesOrRefusesAndVerifies"
  "cli.election-verify|Cli|FairNotice.Cli.Tests.Fuzz.ElectionRecordFuzzTests.ElectionVerify_MutatedRecord_AnswersAnExitCode"
  "cli.screen-command|Cli|FairNotice.Cli.Tests.Fuzz.ScreenCsvFuzzTests.ScreenCommand_HostileCsv_ExitsWithACode"
)

say "building the test projects (Release)"
for p in Domain Web Cli; do
  dotnet build "tests/FairNotice.$p.Tests" -c Release -nologo -v quiet >/dev/null || { say "build failed: $p"; exit 2; }
done

OUT="bench/results/fuzz-$STAMP.md"
# Rewritten after each target, so an interrupted run still leaves what it measured.
report() {
  {
    echo "# Fuzz run $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "\`bench/fuzz.sh $ARGS\` with FAIRNOTICE_FUZZ_CASES=$CASES (docs/fuzzing.md). Machine: $(nproc) cores, $(uname -sr), .NET $(dotnet --version);"
    echo "load average when written: $(cut -d' ' -f1-3 /proc/loadavg). A failure is an unhandled exception, a 5xx, a 400 that names no field,"
    echo "an error the host logged, or a broken property; the seed reproduces every case (FAIRNOTICE_FUZZ_SEED)."
    echo
    echo "| target | cases | failures | seed | seconds | cases/s |"
    echo "|---|---:|---:|---:|---:|---:|"
    awk -F'\t' '{ rate = ($5 > 0) ? sprintf("%.0f", $2 / $5) : "?"; printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, rate }' "$TSV"
  } >"$OUT"
  cp "$OUT" bench/results/fuzz-latest.md
}

mkdir -p bench/results/fuzz-logs
failed=0
for entry in "${TARGETS[@]}"; do
  IFS='|' read -r name project method <<<"$entry"
  if [ $# -gt 0 ] && [[ ! " $* " == *" $name "* ]]; then continue; fi
  say "$name: $CASES cases"
  log="$(mktemp)"
  if ! FAIRNOTICE_FUZZ_CASES="$CASES" FAIRNOTICE_FUZZ_RESULTS="$TSV" \
      "tests/FairNotice.$project.Tests/bin/Release/net10.0/FairNotice.$project.Tests" -method "$method" >"$log" 2>&1; then
    failed=1
    cp "$log" "bench/results/fuzz-logs/$name-$STAMP.log"
    say "$name FAILED: bench/results/fuzz-logs/$name-$STAMP.log"
    grep -q "^$name	" "$TSV" || printf '%s\t%s\t%s\t%s\t%s\n' "$name" "?" "crashed" "?" "?" >>"$TSV"
  fi
  tail -n 1 "$TSV" >&2
  rm -f "$log"
  report
done

rm -f "$TSV"
say "wrote $OUT"
exit $failed
