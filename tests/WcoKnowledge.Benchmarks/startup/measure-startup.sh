#!/usr/bin/env bash
# Whole-process startup: the time to first answer of a minimal consumer (FirstAnswer: loads
# WcoKnowledgeBase.Default and prints two facts) against an empty console app (Empty: prints the same two lines),
# both published framework-dependent for the JIT and as NativeAOT, timed in interleaved pairs so that the machine's
# drift hits both alike. Reports each app's median, the ratio of the medians and the median of the paired ratios.
#
# Run by hand, from anywhere (not in CI; it takes a few minutes):
#   bash tests/WcoKnowledge.Benchmarks/startup/measure-startup.sh [pairs]        # default 30 pairs
# Environment:
#   MODES="jit aot"      which builds to measure (default both)
#   OUT=dir              where to publish and write results (default artifacts/startup)
#   PUBLISH_ARGS="..."   extra arguments for publishing FirstAnswer, to measure a variant
#   LIBRARY_R2R=1        JIT mode: swap FirstAnswer's WcoKnowledge.dll for one compiled ReadyToRun for linux-x64, the
#                        code the package ships under runtimes/linux-x64/lib/net10.0, leaving the app itself IL-only.
#                        FirstAnswer references the project, so without this it runs the IL. The pack compiles the very
#                        IL of lib/net10.0 (WcoAddReadyToRunAssemblies in WcoKnowledge.csproj); this publish compiles a
#                        fresh build of it, which differs only in the PDB path it embeds and so in its MVID.
#   APP_LC_ALL=C         run both apps with this LC_ALL (unset: the caller's locale, as a user's app would run). Under
#                        the JIT the locale decides whether even the empty app initialises ICU (the runtime's
#                        globalization library): it does with a UTF-8 locale, and does not with LC_ALL=C (the POSIX
#                        locale, the default of many container images), which makes the empty app about 4 ms faster
#                        and so the ratio larger. The NativeAOT builds use InvariantGlobalization (see the apps'
#                        project files) and never load ICU. RESULTS.md reports both locales.
#   INTERLEAVE=0         skip the interleaved cross-check (interleave.py: 300 rounds, run when python3 (3.9+) is installed),
#                        which starts each app without a shell and in a random order within each round.
#   HYPERFINE=0          skip the hyperfine cross-check (run by default when the Debian package 'hyperfine' is
#                        installed: apt-get install -y hyperfine). hyperfine times each app in its own block (not
#                        interleaved) but starts processes more cheaply than bash, whose loop adds about 0.5 ms to
#                        every run of both apps: that matters for NativeAOT apps that start in 2 ms.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The measured apps run in the caller's locale unless APP_LC_ALL says otherwise; this script's own sorting and
# arithmetic use the C locale (LC_ALL=C on each sort and awk, digits only from $EPOCHREALTIME), so that the numbers
# parse the same everywhere.
if [ -n "${APP_LC_ALL:-}" ]; then export LC_ALL=$APP_LC_ALL; fi

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
pairs=${1:-30}
modes=${MODES:-jit aot}
out=${OUT:-$repo/artifacts/startup}
read -r -a extra <<< "${PUBLISH_ARGS:-}"
mkdir -p "$out"
results="$out/results.txt"

publish() { # mode app -> path of the published executable
  local mode=$1 app=$2 dir="$out/$1/$2" args=()
  [ "$mode" = aot ] && args=(-r linux-x64 -p:StartupAot=true) # PublishAot, set in the apps (see their .csproj)
  [ "$app" = FirstAnswer ] && args+=("${extra[@]}")
  rm -rf "$dir"
  # The runtime-specific restore writes its own lock file, leaving the committed ones as they are.
  dotnet publish "$here/$app/$app.csproj" -c Release -o "$dir" -p:NuGetLockFilePath=obj/startup-packages.lock.json \
    "${args[@]}" > "$out/publish-$mode-$app.log" 2>&1 || { cat "$out/publish-$mode-$app.log" >&2; exit 1; }
  if [ "$mode" = jit ] && [ "$app" = FirstAnswer ] && [ "${LIBRARY_R2R:-0}" = 1 ]; then
    dotnet publish "$repo/src/WcoKnowledge/WcoKnowledge.csproj" -c Release -f net10.0 -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -p:NuGetLockFilePath=obj/startup-packages.lock.json -o "$out/library-r2r" \
      > "$out/publish-library-r2r.log" 2>&1 || { cat "$out/publish-library-r2r.log" >&2; exit 1; }
    cp "$out/library-r2r/WcoKnowledge.dll" "$dir/WcoKnowledge.dll"
  fi
  echo "$dir/$app"
}

# Wall-clock microseconds of one run into $us, output discarded. $EPOCHREALTIME (bash 5) reads the clock in
# the shell itself, and no command substitution wraps the run, so only the app's own fork and exec are timed.
run_us() {
  local start=$EPOCHREALTIME
  "$1" > /dev/null
  local end=$EPOCHREALTIME
  # Digits only: bash writes the fraction with the locale's decimal separator, a comma in many locales.
  us=$(( ${end//[!0-9]/} - ${start//[!0-9]/} ))
}

median() { LC_ALL=C sort -n | LC_ALL=C awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

{
  echo "# measure-startup.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $pairs pairs, $(nproc) cores, $(dotnet --version) SDK, apps run with LANG=${LANG:-(unset)} LC_ALL=${LC_ALL:-(unset)}"
  [ ${#extra[@]} -gt 0 ] && echo "# FirstAnswer published with: ${extra[*]}"
  [ "${LIBRARY_R2R:-0}" = 1 ] && echo "# JIT: FirstAnswer runs the library compiled ReadyToRun (linux-x64)"
  printf '%-5s %14s %20s %18s %20s\n' mode "empty (ms)" "first answer (ms)" "ratio of medians" "median pair ratio"
} | tee "$results"

for mode in $modes; do
  empty=$(publish "$mode" Empty)
  first=$(publish "$mode" FirstAnswer)
  "$first" | grep -q "members" || { echo "FirstAnswer ($mode) printed no membership figure" >&2; exit 1; }
  for _ in 1 2 3 4 5; do "$empty" > /dev/null; "$first" > /dev/null; done # warm the file cache

  : > "$out/$mode-pairs.tsv"
  for ((i = 1; i <= pairs; i++)); do
    # Alternate which app goes first, so neither always runs right after the other.
    if (( i % 2 )); then
      run_us "$empty"; e=$us; run_us "$first"; f=$us
    else
      run_us "$first"; f=$us; run_us "$empty"; e=$us
    fi
    printf '%s\t%s\n' "$e" "$f" >> "$out/$mode-pairs.tsv"
  done

  e_med=$(cut -f1 "$out/$mode-pairs.tsv" | median)
  f_med=$(cut -f2 "$out/$mode-pairs.tsv" | median)
  pair_ratio=$(LC_ALL=C awk '{ printf "%.4f\n", $2 / $1 }' "$out/$mode-pairs.tsv" | median)
  LC_ALL=C awk -v m="$mode" -v e="$e_med" -v f="$f_med" -v p="$pair_ratio" \
    'BEGIN { printf "%-5s %14.1f %20.1f %17.2fx %19.2fx\n", m, e / 1000, f / 1000, f / e, p }' | tee -a "$results"

  if [ "${INTERLEAVE:-1}" = 1 ] && command -v python3 > /dev/null; then
    # Interleaved rounds without a shell between the clock readings (see interleave.py).
    rounds=300
    python3 "$here/interleave.py" "$rounds" "$empty" "$first" > "$out/$mode-interleaved.txt"
    LC_ALL=C awk -v m="$mode" -v r="$rounds" 'NR == 1 { e = $1 } NR == 2 { printf "%-5s interleaved medians (%d rounds): empty %.2f ms, first answer %.2f ms, ratio %.2fx\n", m, r, e, $1, $1 / e }' \
      "$out/$mode-interleaved.txt" | tee -a "$results"
  fi

  if [ "${HYPERFINE:-1}" = 1 ] && command -v hyperfine > /dev/null; then
    # At least 200 runs each: a NativeAOT app runs in about 2 ms, where 30 runs leave the median noisy.
    runs=$(( pairs > 200 ? pairs : 200 ))
    hyperfine -N --warmup 20 --runs "$runs" --export-json "$out/$mode-hyperfine.json" "$empty" "$first" > "$out/$mode-hyperfine.txt" 2>&1
    grep -o '"median": *[0-9.e-]*' "$out/$mode-hyperfine.json" | LC_ALL=C awk -v m="$mode" -F': *' \
      -v r="$runs" '{ v[NR] = $2 } END { printf "%-5s hyperfine medians (%d runs each): empty %.2f ms, first answer %.2f ms, ratio %.2fx\n", m, r, v[1] * 1000, v[2] * 1000, v[2] / v[1] }' | tee -a "$results"
  fi
done
echo "Raw pairs (microseconds, empty then first answer): $out/<mode>-pairs.tsv; summary: $results"
