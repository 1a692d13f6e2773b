#!/bin/sh
# Wall time and peak memory of `schemelang score` on N records of example 004, CSV in and CSV to a file, the way a firm
# scores a year's projects: a Release build, a warm scorer cache, varied records (bench/score-memory's generator).
#
#   bench/score-throughput/measure.sh            # 1,000,000 records
#   bench/score-throughput/measure.sh 200000
set -eu
count=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${TMPDIR:-/tmp}/schemelang-throughput
mkdir -p "$work"
scheme="$root/examples/004-huaning-employee-insurance.scheme"
data="$work/004-$count.csv"

dotnet build -c Release "$root/src/SchemeLang.Cli" -v quiet -nologo >/dev/null
cli="$root/src/SchemeLang.Cli/bin/Release/net10.0/schemelang"
[ -s "$data" ] || "$root/bench/score-memory/generate-004-data.sh" "$count" csv > "$data"

# The first run compiles and caches the scheme's scorer; the measured runs load it.
"$cli" score "$scheme" --data "$root/examples/004-huaning-employee-insurance.data.json" --format csv > /dev/null

echo "records: $count ($(nproc) cores)"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s system, %M KB peak" \
    "$cli" score "$scheme" --data "$data" --format csv --out "$work/results.csv" 2>&1 >/dev/null | tail -1
done
