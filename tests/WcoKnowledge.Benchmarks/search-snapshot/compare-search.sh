#!/usr/bin/env bash
# Shows that a change to the search keeps every result: writes SearchSnapshot's answers with this checkout's library
# and with another checkout's (a git worktree of the commit before the change), for both library builds (net10.0 and
# netstandard2.0), and fails on any difference. By hand, not in CI; the dataset must be the same in both checkouts.
#   git worktree add ../before HEAD~1
#   bash tests/WcoKnowledge.Benchmarks/search-snapshot/compare-search.sh ../before
# Environment: OUT=dir (default artifacts/search-snapshot).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
[ $# -eq 1 ] || { echo "usage: compare-search.sh <other checkout>" >&2; exit 2; }
other=$(cd "$1" && pwd)
[ -f "$other/src/WcoKnowledge/WcoKnowledge.csproj" ] || { echo "$other is not a checkout of this repository" >&2; exit 2; }
cmp -s "$repo/src/WcoKnowledge/Data/wco-knowledge.json" "$other/src/WcoKnowledge/Data/wco-knowledge.json" \
  || { echo "the two checkouts embed different datasets: their answers cannot be compared" >&2; exit 2; }
out=${OUT:-$repo/artifacts/search-snapshot}
rm -rf "$out" && mkdir -p "$out"

differences=0
for tfm in net10.0 netstandard2.0; do
  for side in this other; do
    library=$repo/src/WcoKnowledge/WcoKnowledge.csproj
    [ "$side" = other ] && library=$other/src/WcoKnowledge/WcoKnowledge.csproj
    # A build per side: the reference to the library is a global property, so each side builds it afresh.
    dotnet run --project "$here/SearchSnapshot.csproj" -c Release -p:WcoLibraryProject="$library" \
      -p:LibTargetFramework=$tfm -- "$out/$side-$tfm.txt" > "$out/run-$side-$tfm.log" 2>&1 \
      || { cat "$out/run-$side-$tfm.log" >&2; exit 1; }
  done
  if cmp -s "$out/this-$tfm.txt" "$out/other-$tfm.txt"; then
    echo "$tfm: $(wc -l < "$out/this-$tfm.txt") results, identical"
  else
    echo "$tfm: results differ (diff $out/other-$tfm.txt $out/this-$tfm.txt):"
    diff "$out/other-$tfm.txt" "$out/this-$tfm.txt" | head -n 20 || true
    differences=1
  fi
done
exit $differences
