#!/usr/bin/env bash
# Cold `schemelang build` wall and CPU time per example: a new process each run, the CLI published ReadyToRun
# (src/SchemeLang.Cli/Properties/PublishProfiles/ReadyToRun.pubxml), the output folder emptied before each run.
# Usage: bench/build-time/measure.sh [runs] [scheme...]   (default 10 runs of every example; prints min and median)
# Set SCHEMELANG_CLI to time another schemelang (the CLI as built, an installed tool) instead of publishing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
shift || true
schemes=("$@")
[ ${#schemes[@]} -gt 0 ] || schemes=(examples/*.scheme)
cli=${SCHEMELANG_CLI:-}
if [ -z "$cli" ]; then
  cli=$(mktemp -d)/schemelang
  flock /tmp/dotnet.lock dotnet publish src/SchemeLang.Cli -p:PublishProfile=ReadyToRun -o "$(dirname "$cli")" >/dev/null
fi
out=$(mktemp -d)
for scheme in "${schemes[@]}"; do
  walls=()
  cpus=()
  for _ in $(seq "$runs"); do
    rm -rf "${out:?}"/*
    # %e wall seconds, %U+%S CPU seconds of the process and its threads.
    read -r wall user system < <(/usr/bin/time -f '%e %U %S' "$cli" build "$scheme" --out "$out" 2>&1 >/dev/null | tail -1)
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
  done
  sorted_walls=($(printf '%s\n' "${walls[@]}" | sort -n))
  sorted_cpus=($(printf '%s\n' "${cpus[@]}" | sort -n))
  printf '%-42s wall min %5.2f s median %5.2f s   CPU min %5.2f s median %5.2f s\n' "$(basename "$scheme")" \
    "${sorted_walls[0]}" "${sorted_walls[$(( runs / 2 ))]}" "${sorted_cpus[0]}" "${sorted_cpus[$(( runs / 2 ))]}"
done
