#!/usr/bin/env bash
# Regenerates the committed screenshots of the 评分标准 pages (schemelang doc) and of 004's score report
# (schemelang score --format html), each taken by headless chromium at 1280 px.
# Usage: docs/pages/screenshots.sh   (needs chromium and fonts-noto-cjk, as .ci/run installs them)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/pages
work=$(mktemp -d)
for example in 001-nanchang-working-funds 004-huaning-employee-insurance 000-zhuji-outsourcing; do
  dotnet run --project src/SchemeLang.Cli -c Release -- doc "examples/$example.scheme" --out "$work/$example.html" >/dev/null
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size=1280,2600 --screenshot="$out/$example.png" "file://$work/$example.html" 2>/dev/null
done
dotnet run --project src/SchemeLang.Cli -c Release -- score examples/004-huaning-employee-insurance.scheme \
  --data examples/004-huaning-employee-insurance.data.json --format html > "$work/report.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1280,2200 --screenshot="$out/004-huaning-employee-insurance.report.png" "file://$work/report.html" 2>/dev/null
rm -rf "$work"
