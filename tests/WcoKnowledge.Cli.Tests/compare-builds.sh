#!/usr/bin/env bash
# Runs a representative set of wco commands with two builds of the tool and fails on any difference in stdout, stderr
# or exit code: an installed `wco` (the NativeAOT one, or the portable fallback's shim) against the IL build run by
# `dotnet`, whose code is what this test project's in-process suite checks. CI runs it in the "wco tool" step of
# .ci/run for both installed builds, after installing them:
#   bash tests/WcoKnowledge.Cli.Tests/compare-builds.sh artifacts/tools/wco src/WcoKnowledge.Cli/bin/Release/net10.0/WcoKnowledge.Cli.dll
# The IL build runs twice: as built (InvariantGlobalization, as the native tool is built), and with ICU loaded in a
# German locale (LANG=de_DE.UTF-8, through a copy of its runtimeconfig.json with invariant mode off), which shows that
# neither globalization mode nor the user's culture changes any output. The second run is skipped, with a note, on a
# machine without ICU (libicu), unless REQUIRE_ICU=1 (as .ci/run sets it, except where .NET runs in invariant mode on
# purpose, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT), which makes that a failure.
# Environment: OUT=dir keeps the outputs there (default: a temporary directory, removed at the end); REQUIRE_ICU=1.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: compare-builds.sh <installed wco> <WcoKnowledge.Cli.dll of the IL build>" >&2
  exit 2
fi
tool=$1 dll=$2
here=$(cd "$(dirname "$0")" && pwd)
dataset="$here/../../src/WcoKnowledge/Data/wco-knowledge.json"
if [ -n "${OUT:-}" ]; then out=$OUT; mkdir -p "$out"; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi

# Each case is a command line as the shell would read it; the expected exit code is only what both builds must agree
# on, but a case that exits with another code than this one is reported too, so that a case cannot silently stop
# testing what it names.
cases=(
  "0|"
  "0|show pillar 3"
  "0|show pillar 3 --json"
  "0|show instrument-hs-convention"
  "0|show member BE"
  "0|show member BE --json"
  "0|search \"border management\""
  "0|search \"border management\" --json"
  "0|search \"Coopération DOUANIÈRE\" --limit 3"
  "0|search kyoto --kind instrument --json"
  "0|facts"
  "0|facts --as-of 2000-01-01 --json"
  "0|list"
  "0|list objectives --json"
  "0|sources --json"
  "0|export --format csv"
  "0|export --format markdown"
  "0|export --format json"
  "0|export --format mermaid"
  "0|export --format jsonld"
  "0|show member DE --lang fr"
  "0|--help"
  "0|search --help"
  "0|--data \"$dataset\" show region 3"
  "1|show no-such-item"
  "1|show pillar 99"
  "2|shwo pillar 3"
  "2|facts --as-of 2000-13-45"
  "2|search kyoto --limit 0"
  "3|--data /nonexistent/wco.json facts"
)

run() { # dir name command...
  local dir=$1 name=$2; shift 2
  "$@" > "$dir/$name.out" 2> "$dir/$name.err"
  echo $? > "$dir/$name.rc"
}

# The IL build with ICU: the same runtimeconfig.json with invariant mode switched off.
runtimeconfig=${dll%.dll}.runtimeconfig.json
icu_config="$out/icu.runtimeconfig.json"
sed 's/"System.Globalization.Invariant": true/"System.Globalization.Invariant": false/' "$runtimeconfig" > "$icu_config"
if ! grep -q '"System.Globalization.Invariant": false' "$icu_config"; then
  echo "compare-builds: $runtimeconfig does not set System.Globalization.Invariant to true" >&2
  exit 1
fi
variants=(il)
if env LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 dotnet exec --runtimeconfig "$icu_config" "$dll" --help > /dev/null 2>&1; then
  variants+=(il-icu-de)
elif [ "${REQUIRE_ICU:-0}" = 1 ]; then
  echo "compare-builds: the IL build does not start with ICU in a German locale (libicu missing?), and REQUIRE_ICU=1" >&2
  exit 1
else
  echo "compare-builds: note: the IL build does not start with ICU (libicu missing?); only the invariant IL build is compared"
fi

mkdir -p "$out/tool" "$out/il" "$out/il-icu-de"
failures=0
for i in "${!cases[@]}"; do
  expected=${cases[$i]%%|*}
  line=${cases[$i]#*|}
  eval "args=($line)"
  name=$(printf 'case%02d' "$i")
  run "$out/tool" "$name" "$tool" "${args[@]}"
  run "$out/il" "$name" dotnet "$dll" "${args[@]}"
  [ ${#variants[@]} -gt 1 ] && run "$out/il-icu-de" "$name" env LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 dotnet exec --runtimeconfig "$icu_config" "$dll" "${args[@]}"
  rc=$(cat "$out/tool/$name.rc")
  if [ "$rc" != "$expected" ]; then
    echo "DIFFERS: wco $line: the installed tool exits $rc, not $expected"; failures=$((failures + 1))
  fi
  for variant in "${variants[@]}"; do
    for stream in rc out err; do
      if ! cmp -s "$out/tool/$name.$stream" "$out/$variant/$name.$stream"; then
        echo "DIFFERS: wco $line: $stream of the installed tool and of the IL build ($variant):"
        diff -u "$out/tool/$name.$stream" "$out/$variant/$name.$stream" | head -n 20
        failures=$((failures + 1))
      fi
    done
  done
  [ -s "$out/tool/$name.out" ] || [ "$expected" != 0 ] || { echo "DIFFERS: wco $line printed nothing"; failures=$((failures + 1)); }
done

echo "compare-builds: ${#cases[@]} commands, installed tool against the IL build (${variants[*]}): $failures difference(s)"
[ "$failures" -eq 0 ]
