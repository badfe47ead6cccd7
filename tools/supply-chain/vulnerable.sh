#!/usr/bin/env bash
# Fails (exit 1) when any shipped project uses a NuGet package, direct or transitive, with a known vulnerability
# (nuget.org's advisory feed, GitHub Advisory Database). Run before every release and in ./test.sh; docs/dependencies.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
found=0
for p in src/FairNotice.Web/FairNotice.Web.csproj src/FairNotice.Domain/FairNotice.Domain.csproj src/FairNotice.Cli/FairNotice.Cli.csproj; do
  out=$(dotnet list "$p" package --vulnerable --include-transitive --format json)
  n=$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(len(f.get(k,[])) for p in d.get("projects",[]) for f in p.get("frameworks",[]) for k in ("topLevelPackages","transitivePackages")))')
  if printf '%s' "$out" | grep -q '"problems"'; then echo "$p: the check could not run:"; printf '%s\n' "$out" | grep -A3 '"problems"'; exit 2; fi
  if [ "$n" -gt 0 ]; then
    echo "$p: $n vulnerable package(s):"
    printf '%s' "$out" | python3 -c 'import json,sys
d=json.load(sys.stdin)
for p in d["projects"]:
  for f in p.get("frameworks",[]):
    for k in ("topLevelPackages","transitivePackages"):
      for x in f.get(k,[]):
        print("  ", x["id"], x["resolvedVersion"], ", ".join(v["severity"]+" "+v["advisoryurl"] for v in x.get("vulnerabilities",[])))'
    found=1
  else
    echo "$p: no known vulnerable package"
  fi
done
exit $found
