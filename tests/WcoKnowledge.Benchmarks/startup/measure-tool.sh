#!/usr/bin/env bash
# The installed wco tool's start-up against an empty NativeAOT app (startup/Empty published with -p:StartupAot=true,
# which sets InvariantGlobalization as the console template's aot option does), in interleaved rounds (interleave.py):
#   empty        the empty NativeAOT app (the baseline of every ratio and paired difference)
#   native       the installed tool (WcoKnowledge.Cli.linux-x64, NativeAOT): `wco show pillar 3`, `wco search "border management"`
#   portable     the framework-dependent fallback (WcoKnowledge.Cli.any), run as `dotnet WcoKnowledge.Cli.dll`: the tool's
#                IL with this branch's settings (InvariantGlobalization)
#   icu          the same DLL with invariant mode off (a copy of its runtimeconfig.json), as the tool was built before
#                it became a NativeAOT tool: today's framework-dependent tool
#   native-icu   the tool published from this checkout twice, as its linux-x64 package is built (invariant) and with
#                InvariantGlobalization=false (it loads ICU at start-up): the cost of the mode the tool does not use
#   floor        what the native tool's time is made of, each NativeAOT and invariant like the empty app:
#                startup/ParseOnly parses the same two command lines with System.CommandLine and prints a fixed line (no
#                library); startup/FirstAnswer loads the built-in knowledge base and prints two facts, or with the
#                argument "search" a search's top hit (the library alone, no command line)
#
# Needs the tool packages in artifacts/packages (the "wco tool" step of .ci/run, or the commands in docs/cli.md) and
# python3 (3.9+). Run by hand from anywhere (not in CI; about three minutes with 200 rounds):
#   bash tests/WcoKnowledge.Benchmarks/startup/measure-tool.sh [rounds]      # default 200 rounds
# Environment: OUT=dir (default artifacts/tool-startup); MODES="native native-icu floor portable icu" (which builds
# to time).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
rounds=${1:-200}
modes=${MODES:-native native-icu floor portable icu}
out=${OUT:-$repo/artifacts/tool-startup}
feed=$repo/artifacts/packages
version=$(dotnet msbuild "$repo/src/WcoKnowledge.Cli" -getProperty:Version 2>/dev/null | tr -d '[:space:]')
for package in WcoKnowledge.Cli WcoKnowledge.Cli.linux-x64 WcoKnowledge.Cli.any; do
  [ -f "$feed/$package.$version.nupkg" ] || { echo "no $feed/$package.$version.nupkg: pack the tool first (docs/cli.md)" >&2; exit 1; }
done
rm -rf "$out" && mkdir -p "$out"
results="$out/results.txt"

# Publishes a NativeAOT build for linux-x64 into $out/NAME: publish NAME PROJECT MSBUILD-ARGS... Runtime-specific
# restores write their own lock file (given in the arguments), leaving the committed ones as they are.
publish() {
  local name=$1 project=$2; shift 2
  dotnet publish "$project" -c Release -r linux-x64 "$@" -o "$out/$name" > "$out/publish-$name.log" 2>&1 \
    || { cat "$out/publish-$name.log" >&2; exit 1; }
}
startup_app=(-p:StartupAot=true -p:NuGetLockFilePath=obj/startup-packages.lock.json)

publish empty "$here/Empty/Empty.csproj" "${startup_app[@]}"

# The floor apps (MODES floor): the command-line parsing alone and the library alone, published like the empty app.
if [[ " $modes " == *" floor "* ]]; then
  publish ParseOnly "$here/ParseOnly/ParseOnly.csproj" "${startup_app[@]}"
  publish FirstAnswer "$here/FirstAnswer/FirstAnswer.csproj" "${startup_app[@]}"
fi

# The tool with and without ICU (MODES native-icu), both published from this checkout, so that only the globalization
# mode differs (the installed package may come from another commit); their lock file is the pack's separate one.
if [[ " $modes " == *" native-icu "* ]]; then
  tool_app=(-p:NuGetLockFilePath=obj/tool-packages.lock.json)
  publish native-invariant "$repo/src/WcoKnowledge.Cli" "${tool_app[@]}" -p:InvariantGlobalization=true
  publish native-icu "$repo/src/WcoKnowledge.Cli" "${tool_app[@]}" -p:InvariantGlobalization=false
fi

# The tool as users get it: dotnet tool install from the local feed, which picks the NativeAOT package on linux-x64.
dotnet tool install WcoKnowledge.Cli --tool-path "$out/tools" --add-source "$feed" --version "$version" > "$out/install.log" 2>&1 \
  || { cat "$out/install.log" >&2; exit 1; }
wco=$out/tools/wco
[ -L "$wco" ] && [ ! -e "$(dirname "$(readlink -f "$wco")")/WcoKnowledge.Cli.dll" ] \
  || { echo "$wco is not the NativeAOT executable" >&2; exit 1; }

# The portable package, unpacked (a .nupkg is a zip file), and its DLL's runtimeconfig with ICU.
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$feed/WcoKnowledge.Cli.any.$version.nupkg" "$out/portable"
dll=$(find "$out/portable/tools" -name WcoKnowledge.Cli.dll | head -n 1)
sed 's/"System.Globalization.Invariant": true/"System.Globalization.Invariant": false/' "${dll%.dll}.runtimeconfig.json" > "$out/icu.runtimeconfig.json"
grep -q '"System.Globalization.Invariant": false' "$out/icu.runtimeconfig.json" \
  || { echo "the portable package's runtimeconfig.json does not set invariant mode" >&2; exit 1; }

dotnet=$(command -v dotnet) # interleave.py starts commands with posix_spawn, which does not search PATH
commands=("$out/empty/Empty")
both() { commands+=("$1 show pillar 3" "$1 search \"border management\""); } # the two timed command lines
for mode in $modes; do
  case $mode in
    native) both "$wco" ;;
    native-icu) both "$out/native-invariant/WcoKnowledge.Cli"; both "$out/native-icu/WcoKnowledge.Cli" ;;
    floor) both "$out/ParseOnly/ParseOnly"; commands+=("$out/FirstAnswer/FirstAnswer" "$out/FirstAnswer/FirstAnswer search") ;;
    portable) both "$dotnet $dll" ;;
    icu) both "$dotnet exec --runtimeconfig $out/icu.runtimeconfig.json $dll" ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
done
for command in "${commands[@]:1}"; do # every command must answer (exit status 0) before anything is timed
  eval "$command" > "$out/answer.txt" 2>&1 || { cat "$out/answer.txt" >&2; exit 1; }
done

cpu=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
avx512=$(grep -qw avx512f /proc/cpuinfo && echo yes || echo no)
{
  echo "# measure-tool.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $rounds interleaved rounds, $(nproc) cores, $cpu, AVX-512: $avx512"
  echo "# SDK $(dotnet --version), WcoKnowledge.Cli $version, LANG=${LANG:-(unset)} LC_ALL=${LC_ALL:-(unset)}"
  echo "# python3 interleave.py $rounds$(printf ' "%s"' "${commands[@]}")"
  echo "# median, ratio to the empty app's median, median paired difference from the empty app, command"
  python3 "$here/interleave.py" "$rounds" "${commands[@]}"
} | tee "$results"
echo "Summary: $results"
