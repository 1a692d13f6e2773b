#!/usr/bin/env bash
# Cold `schemelang build` wall and CPU time per example: a new process each run, the output folder emptied before each.
# Usage: bench/build-time/measure.sh [runs] [scheme...]   (default 10 runs of every example; prints min and median)
# Which schemelang (SCHEMELANG_CLI):
#   unset  the CLI published with src/SchemeLang.Cli/Properties/PublishProfiles/ReadyToRun.pubxml;
#   tool   the .NET tool, packed and installed from the package folder as README's Install section says;
#   a path that schemelang (the CLI as built, a tool installed elsewhere).
# The script takes /tmp/dotnet.lock itself (for each dotnet command, then for all the timing, so nothing else builds
# meanwhile): do not run it under flock.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
shift || true
schemes=("$@")
[ ${#schemes[@]} -gt 0 ] || schemes=(examples/*.scheme)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "${SCHEMELANG_CLI:-}" in
  "")
    flock /tmp/dotnet.lock dotnet publish src/SchemeLang.Cli -p:PublishProfile=ReadyToRun -o "$work/publish" >/dev/null
    cli=$work/publish/schemelang
    ;;
  tool)
    flock /tmp/dotnet.lock dotnet pack src/SchemeLang.Cli -c Release -o "$work/packages" >/dev/null
    flock /tmp/dotnet.lock dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" schemelang >/dev/null
    cli=$work/tools/schemelang
    ;;
  *)
    cli=$SCHEMELANG_CLI
    ;;
esac
out=$work/out
mkdir -p "$out"
exec 9>>/tmp/dotnet.lock
flock 9
echo "$cli; load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
for scheme in "${schemes[@]}"; do
  walls=()
  cpus=()
  peaks=()
  for _ in $(seq "$runs"); do
    rm -rf "${out:?}"/*
    # %e wall seconds, %U+%S CPU seconds of the process and its threads, %M its peak resident set in KB.
    read -r wall user system peak < <(/usr/bin/time -f '%e %U %S %M' "$cli" build "$scheme" --out "$out" 2>&1 >/dev/null | tail -1)
    walls+=("$wall")
    peaks+=("$peak")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
  done
  sorted_walls=($(printf '%s\n' "${walls[@]}" | sort -n))
  sorted_cpus=($(printf '%s\n' "${cpus[@]}" | sort -n))
  sorted_peaks=($(printf '%s\n' "${peaks[@]}" | sort -n))
  printf '%-42s wall min %5.2f s median %5.2f s max %5.2f s   CPU min %5.2f s median %5.2f s   peak max %4d MB\n' "$(basename "$scheme")" \
    "${sorted_walls[0]}" "${sorted_walls[$(( runs / 2 ))]}" "${sorted_walls[-1]}" "${sorted_cpus[0]}" "${sorted_cpus[$(( runs / 2 ))]}" \
    $(( ${sorted_peaks[-1]} / 1024 ))
done
echo "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
