#!/usr/bin/env bash
# Regenerates docs/screens/: each role's main pages in ar, en, es and fr at 1366x768 and 390x844, and the index
# docs/screens/README.md (issue #15 item 7). One command:  tools/screens.sh
# Runs the explicit browser test ScreensTests against a fresh demo server (Debian's Chromium, as the E2E suite does), then
# shrinks the PNGs with pngquant when it is installed (apt-get install pngquant); without it they are kept as taken.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/screens"
cd "$root"
dotnet build tests/FairNotice.E2E/FairNotice.E2E.csproj -c Release -nologo -v quiet
rm -rf "$out"
mkdir -p "$out"
(cd tests/FairNotice.E2E/bin/Release/net10.0 && FAIRNOTICE_SCREENS_OUT="$out" ./FairNotice.E2E -class FairNotice.E2E.ScreensTests -explicit only -noColor)
if command -v pngquant >/dev/null; then
  find "$out" -name '*.png' -print0 | xargs -0 -n 16 pngquant --force --skip-if-larger --ext .png --quality 65-90 --strip || true
fi
echo "$(find "$out" -name '*.png' | wc -l) pictures, $(du -sh "$out" | cut -f1), index: docs/screens/README.md"
