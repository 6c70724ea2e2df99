#!/usr/bin/env bash
# The library's marginal cost in a realistic host: RealisticHost first does what real apps do before they need the
# data (a source-generated System.Text.Json round trip, a UTF-8 decode, formatted numbers and dates), then exits
# ("exit") or reads WcoKnowledgeBase.Default and prints two facts ("answer"). The same binary runs both variants in
# interleaved rounds (interleave.py); the figure is the median of the paired differences, answer minus exit.
#
# Four builds of the host, as users run it:
#   shipped  framework-dependent, as `dotnet new console` builds it, with the library's ReadyToRun copy for linux-x64
#            (the file the package ships under runtimes/linux-x64/lib/net10.0, which the host picks through deps.json)
#   il       the same app with the library as IL only (a platform the package has no precompiled copy for)
#   r2r      the app published with PublishReadyToRun for linux-x64 (app and library precompiled)
#   aot      NativeAOT, with InvariantGlobalization as the console template's aot option sets it
#
# Run by hand from anywhere (not in CI; a few minutes):
#   bash tests/WcoKnowledge.Benchmarks/startup/measure-host.sh [rounds]      # default 60 rounds (200 for aot)
# Environment:
#   MODES="shipped il r2r aot"   which builds to measure
#   OUT=dir                      where to publish and write results (default artifacts/host)
#   LIBRARY=path/to/WcoKnowledge.csproj   measure another checkout of the library (e.g. a git worktree of an older commit)
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
rounds=${1:-60}
modes=${MODES:-shipped il r2r aot}
out=${OUT:-$repo/artifacts/host}
library=${LIBRARY:-$repo/src/WcoKnowledge/WcoKnowledge.csproj}
mkdir -p "$out"
results="$out/results.txt"
# Runtime-specific restores write their own lock file, leaving the committed ones as they are.
common=(-c Release -p:NuGetLockFilePath=obj/host-packages.lock.json "-p:WcoLibraryProject=$library")

publish() { # mode -> path of the published executable
  local mode=$1 dir="$out/$1" args=()
  case $mode in
    r2r) args=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true) ;;
    aot) args=(-r linux-x64 -p:HostAot=true) ;;
  esac
  rm -rf "$dir"
  dotnet publish "$here/RealisticHost/RealisticHost.csproj" "${common[@]}" -o "$dir" "${args[@]}" \
    > "$out/publish-$mode.log" 2>&1 || { cat "$out/publish-$mode.log" >&2; exit 1; }
  if [ "$mode" = shipped ]; then
    # The package's ReadyToRun copy is crossgen2's compilation of the library's net10.0 IL for linux-x64, which is
    # what this publish makes (WcoAddReadyToRunAssemblies in WcoKnowledge.csproj runs the same publish at pack time).
    dotnet publish "$library" -c Release -f net10.0 -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -p:NuGetLockFilePath=obj/host-packages.lock.json -o "$out/library-r2r" > "$out/publish-library-r2r.log" 2>&1 \
      || { cat "$out/publish-library-r2r.log" >&2; exit 1; }
    cp "$out/library-r2r/WcoKnowledge.dll" "$dir/WcoKnowledge.dll"
  fi
  echo "$dir/RealisticHost"
}

{
  echo "# measure-host.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, SDK $(dotnet --version), library $library"
  echo "# CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); AVX-512: $(grep -qw avx512f /proc/cpuinfo && echo yes || echo no)"
} | tee "$results"

for mode in $modes; do
  app=$(publish "$mode")
  "$app" answer | grep -q "members" || { echo "RealisticHost ($mode) printed no membership figure" >&2; exit 1; }
  n=$rounds
  [ "$mode" = aot ] && n=$(( rounds > 200 ? rounds : 200 )) # a NativeAOT run takes a few ms: more rounds for a steady median
  echo "## $mode ($n interleaved rounds)" | tee -a "$results"
  python3 "$here/interleave.py" "$n" "$app exit" "$app answer" | sed "s|$out/||g" | tee -a "$results"
done
