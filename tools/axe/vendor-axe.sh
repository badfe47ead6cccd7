#!/usr/bin/env bash
# Vendors axe-core (Deque, MPL-2.0) into the browser tests: the accessibility engine Playwright injects into every page
# the E2E suite visits (issue #15 item 6). Fetched with npm's own client from the npm registry, checked against the
# registry's integrity hash, and recorded (version, licence, source, sha256) in tests/FairNotice.E2E/axe/README.md.
# Update: ./tools/axe/vendor-axe.sh 4.14.1   (the version is pinned; nothing else is taken from the package)
set -euo pipefail
version="${1:-4.14.1}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/FairNotice.E2E/axe"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack "axe-core@$version" --silent >/dev/null   # npm checks the tarball against the registry's integrity hash
tar -xzf "axe-core-$version.tgz"
licence="$(node -p "require('./package/package.json').license")"
[ "$(node -p "require('./package/package.json').version")" = "$version" ] || { echo "version mismatch" >&2; exit 1; }

mkdir -p "$out"
cp package/axe.min.js "$out/axe.min.js"
cp package/LICENSE "$out/LICENSE"
sha="$(sha256sum "$out/axe.min.js" | cut -d' ' -f1)"
integrity="$(npm view "axe-core@$version" dist.integrity)"
cat > "$out/README.md" <<MD
# axe-core (vendored for the browser tests)

| | |
|---|---|
| Package | [axe-core](https://www.npmjs.com/package/axe-core) $version (Deque Systems) |
| Licence | $licence — see \`LICENSE\` beside this file; used unmodified, test-only (never served by the application) |
| Source | npm registry, \`npm pack axe-core@$version\` (registry integrity \`$integrity\`) |
| File | \`axe.min.js\` sha256 \`$sha\` |
| Made by | \`tools/axe/vendor-axe.sh $version\` — run it again to update; do not edit the files by hand |

Playwright injects \`axe.min.js\` into each page state the E2E suite checks (\`Accessibility.cs\`), runs the WCAG 2.0/2.1/2.2
A and AA rules and fails on any violation, of any impact.
MD
echo "axe-core $version ($licence) -> $out (sha256 $sha)"
