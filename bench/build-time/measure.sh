#!/usr/bin/env bash
# Cold `schemelang build` wall time per example: a new process each run, the CLI published ReadyToRun.
# Usage: bench/build-time/measure.sh [runs]   (default 10; prints min and median seconds per example)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
cli=$(mktemp -d)/schemelang
out=$(mktemp -d)
dotnet publish src/SchemeLang.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$(dirname "$cli")" >/dev/null
for scheme in examples/*.scheme; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$cli" build "$scheme" --out "$out" >/dev/null
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-42s min %5d ms  median %5d ms\n' "$(basename "$scheme")" "${sorted[0]}" "${sorted[$(( runs / 2 ))]}"
done
