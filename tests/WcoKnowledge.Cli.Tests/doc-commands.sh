#!/usr/bin/env bash
# Runs every command that the documentation shows for the wco tool or the console sample, and fails when one of them
# does not exit as documented: a reader who copies a command from README.md, docs/*.md, CONTRIBUTING.md, a package's
# PACKAGE.md or the "Examples:" of `wco <command> --help` should get an answer, not an error. CI runs it in .ci/run
# after the sample step, against the installed native tool and the sample built in Release against the package:
#   bash tests/WcoKnowledge.Cli.Tests/doc-commands.sh artifacts/tools/wco \
#     samples/WcoKnowledge.Samples.Console/bin/Release/net10.0/WcoKnowledge.Samples.Console.dll
# The first argument may also be a command prefix, split at spaces, so that a local run needs no NativeAOT publish:
#   bash tests/WcoKnowledge.Cli.Tests/doc-commands.sh "dotnet src/WcoKnowledge.Cli/bin/Release/net10.0/WcoKnowledge.Cli.dll" ...
#
# What counts as a command (CONTRIBUTING.md, "Documentation", says the same for doc authors):
# - in a fenced block labelled sh, bash, shell or console (or unlabelled), a line that starts with `wco` or with
#   `dotnet run --project samples/WcoKnowledge.Samples.Console` (or `src/WcoKnowledge.Cli`, the tool run from source);
#   a leading `$ ` prompt is dropped, and in a console block only prompted lines are commands (the rest is output);
# - in prose, an inline code span that starts with `wco ` and a subcommand the tool lists (or an option), or with one
#   of the `dotnet run --project` forms above;
# - each example of `wco --help` and of `wco <command> --help`.
# Placeholders are not commands: anything holding `<`, `…` or `...` is skipped and counted.
# A command must exit 0 unless the doc author says otherwise with an HTML comment, either alone on a line before a
# fenced block (it covers every command of that block) or on the same line as the inline span(s) it covers:
#   <!-- doc-commands: exit 1 -->           the command must exit with exactly this code
#   <!-- doc-commands: skip <reason> -->    not run; the reason is printed
# A marker that covers no command is an error, so that a misplaced one cannot silently stop checking anything.
#
# Each command runs through `bash -c` (pipes and redirections work, with pipefail) in a fresh temporary directory, so
# that the files it writes land there, with stdin from /dev/null. There `wco` is a function that runs the tool under
# test, and the sample's `dotnet run --project ... [-c Release] [--]` is replaced by `dotnet <sample dll>` (CI has
# built it already; a `dotnet run` per command would rebuild-check the project every time). A documented
# `dotnet pack ... && dotnet run --project <sample>` runs only its second half: CI packed the library already.
# The docs' "your own dataset" file, my-dataset.json, is the tool's own JSON export (a dataset file, see
# docs/json-output.md), copied into the directory of each command that names it.
# Environment: OUT=dir keeps the directories and outputs there (default: a temporary directory, removed at the end).
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: doc-commands.sh <wco executable, or a command prefix such as \"dotnet path/WcoKnowledge.Cli.dll\"> <WcoKnowledge.Samples.Console.dll>" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)

# Commands run in other directories: every word of the tool's prefix that names an existing file becomes absolute.
absolute() { if [ -e "$1" ]; then echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; else echo "$1"; fi; }
if [ -f "$1" ]; then
  wco_cmd=("$(absolute "$1")")
else
  read -r -a words <<< "$1"
  wco_cmd=()
  for word in "${words[@]}"; do wco_cmd+=("$(absolute "$word")"); done
fi
sample_dll=$(absolute "$2")
[ -f "$sample_dll" ] || { echo "doc-commands: the sample's dll $2 does not exist (build samples/WcoKnowledge.Samples.Console in Release)" >&2; exit 2; }
if ! "${wco_cmd[@]}" --version > /dev/null 2>&1; then
  echo "doc-commands: '$1' --version does not run" >&2
  exit 2
fi

if [ -n "${OUT:-}" ]; then out=$OUT; mkdir -p "$out"; rm -rf "$out"/cmd[0-9]*; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
out=$(cd "$out" && pwd)

# What the child shells define: `wco` and `wco_sample`, both quoted with %q so that paths survive.
printf -v wco_q '%q ' "${wco_cmd[@]}"
printf -v sample_q '%q' "$sample_dll"
prelude="set -o pipefail; wco() { ${wco_q}\"\$@\"; }; wco_sample() { dotnet $sample_q \"\$@\"; };"

# --- The tool's own examples: the subcommands from the "Commands:" of `wco --help`, then each one's "Examples:". ---
"${wco_cmd[@]}" --help > "$out/help.txt" 2>&1
subcommands=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' "$out/help.txt")
if [ -z "$subcommands" ]; then
  echo "doc-commands: found no subcommands under 'Commands:' in wco --help" >&2
  exit 1
fi
echo "wco subcommands (from wco --help): $(echo $subcommands)"

# The source line that declares an example, e.g. src/WcoKnowledge.Cli/Commands/ShowCommand.cs:26, preferring the file of
# the command whose help printed it (the same example may be declared by two commands).
example_location() { # subcommand ("" for the root) example
  local sub=$1 literal files preferred file line
  literal="new(\"${2//\"/\\\"}\","
  files=$(cd "$root" && grep -lF -- "$literal" src/WcoKnowledge.Cli/Commands/*Command.cs 2>/dev/null)
  if [ -n "$sub" ]; then preferred="src/WcoKnowledge.Cli/Commands/${sub^}Command.cs"
  else preferred=$(cd "$root" && grep -lF 'new("wco", ' src/WcoKnowledge.Cli/Commands/*Command.cs | head -n 1); fi
  file=$(echo "$files" | grep -xF -- "$preferred" || echo "$files" | head -n 1)
  if [ -n "$file" ]; then
    line=$(cd "$root" && grep -nF -- "$literal" "$file" | head -n 1 | cut -d: -f1)
    echo "$file:$line (wco ${sub:+$sub }--help)"
  else
    echo "wco ${sub:+$sub }--help"
  fi
}

# Records, one per line: location <TAB> expectation (an exit code, skip:<reason> or error:<message>) <TAB> command.
records="$out/records.tsv"
: > "$records"
help_examples=0
for sub in "" $subcommands; do
  # shellcheck disable=SC2086 # an empty $sub is no argument
  "${wco_cmd[@]}" $sub --help > "$out/help-$sub.txt" 2>&1 \
    || printf 'wco %s--help\terror:the help exits %s\t\n' "${sub:+$sub }" "$?" >> "$records"
  # Examples are indented by two spaces; in the two-column layout the explanation follows after two or more spaces, in
  # the other layout it is on the next lines, indented further.
  while IFS= read -r example; do
    printf '%s\t0\t%s\n' "$(example_location "$sub" "$example")" "$example" >> "$records"
    help_examples=$((help_examples + 1))
  done < <(awk '/^Examples:/ { on = 1; next } on && /^$/ { on = 0 }
                on && /^  [^ ]/ { line = substr($0, 3); sub(/  +.*$/, "", line); print line }' "$out/help-$sub.txt")
done
if [ "$help_examples" -eq 0 ]; then
  echo "doc-commands: found no examples in the tool's --help" >&2
  exit 1
fi

# --- The Markdown files. ---
docs=(README.md CONTRIBUTING.md src/WcoKnowledge/PACKAGE.md src/WcoKnowledge.Cli/PACKAGE.md)
for doc in "$root"/docs/*.md; do docs+=("docs/$(basename "$doc")"); done
for doc in "${docs[@]}"; do
  [ -f "$root/$doc" ] || { printf '%s\terror:the file does not exist\t\n' "$doc" >> "$records"; continue; }
  awk -v file="$doc" -v subs="$(echo $subcommands | tr ' ' '|')" '
    function emit(line, expect, cmd) { printf "%s:%d\t%s\t%s\n", file, line, expect, cmd; }
    function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
    # The directive of a marker on this line, "" if none; a marker quoted in a code span (as in CONTRIBUTING.md) is
    # an example of the syntax, not a marker.
    function directive(s,   d) {
      if (!match(s, /(^|[^`])<!-- *doc-commands:.*-->/)) return ""
      d = substr(s, RSTART, RLENGTH); sub(/^.*doc-commands: */, "", d); sub(/ *-->$/, "", d)
      if (d ~ /^exit [0-9]+$/) { sub(/^exit /, "", d); return d }
      if (d ~ /^skip [^ ]/) { sub(/^skip /, "", d); return "skip:" d }
      return "error:unknown marker \"" d "\" (use \"exit N\" or \"skip <reason>\")"
    }
    # The command in s, or "": the wco tool, the sample or the tool run with dotnet run; a trailing shell comment goes.
    function command(s, inline,   c) {
      c = trim(s)
      sub(/[ \t]+#( .*)?$/, "", c)
      if (c ~ /^dotnet pack .*&& *dotnet run --project samples\/WcoKnowledge\.Samples\.Console\/?( |$)/) return c
      if (c ~ /^dotnet run --project (samples\/WcoKnowledge\.Samples\.Console|src\/WcoKnowledge\.Cli)\/?( |$)/) return c
      if (inline) return (c ~ ("^wco ((" subs ")( |$)|-)")) ? c : ""
      return (c ~ /^wco( |$)/) ? c : ""
    }
    function close_pending() {
      if (pending != "") emit(pending_line, "error:the marker is not followed by a fenced block", "")
      pending = ""
    }
    BEGIN { fence = 0; pending = "" }
    # A fence opens or closes a block; the marker waiting before it covers the block.
    /^ *```/ {
      if (!fence) {
        fence = 1; lang = trim(substr(trim($0), 4)); block = pending; block_line = pending_line; block_used = 0; pending = ""
      } else if (trim($0) == "```") {
        fence = 0
        if (block != "" && !block_used) emit(block_line, "error:the marker covers a block with no command", "")
      }
      next
    }
    fence {
      if (lang != "" && lang != "sh" && lang != "bash" && lang != "shell" && lang != "console") next
      line = trim($0)
      if (line ~ /^\$ /) line = substr(line, 3)
      else if (lang == "console") next
      c = command(line, 0)
      if (c != "") { emit(FNR, block == "" ? "0" : block, c); block_used = 1 }
      next
    }
    # A marker alone on its line waits for the next fenced block.
    trim($0) ~ /^<!-- *doc-commands:.*--> *$/ { close_pending(); pending = directive($0); pending_line = FNR; next }
    trim($0) != "" { close_pending() }
    {
      mark = directive($0); rest = $0; used = 0
      while (match(rest, /`[^`]+`/)) {
        span = substr(rest, RSTART + 1, RLENGTH - 2); rest = substr(rest, RSTART + RLENGTH)
        if ($0 ~ /^\|/) gsub(/\\\|/, "|", span)   # a table cell escapes | in code spans
        c = command(span, 1)
        if (c != "") { emit(FNR, mark == "" ? "0" : mark, c); used = 1 }
      }
      if (mark != "" && !used) emit(FNR, "error:the marker has no command on its line", "")
    }
    END { close_pending() }
  ' "$root/$doc" >> "$records"
done

# --- Run them. ---
# A fixture for the docs' "your own dataset": the tool's JSON export, which is a dataset file.
if ! (cd "$out" && "${wco_cmd[@]}" export --format json -o my-dataset.json > /dev/null); then
  echo "doc-commands: could not write my-dataset.json with wco export --format json" >&2
  exit 1
fi
echo "setup: my-dataset.json (the docs' own-dataset file) written by 'wco export --format json -o my-dataset.json'"
echo

run=0 failed=0 skipped=0 placeholders=0 n=0
failures=()
while IFS=$'\t' read -r location expect cmd; do
  n=$((n + 1))
  case $expect in
    error:*)
      echo "FAIL  $location: ${expect#error:}"
      failures+=("$location: ${expect#error:}"); failed=$((failed + 1)); continue ;;
    skip:*)
      echo "SKIP  $location: $cmd (marked: ${expect#skip:})"
      skipped=$((skipped + 1)); continue ;;
  esac
  if [[ $cmd == *'<'* || $cmd == *'…'* || $cmd == *'...'* ]]; then
    echo "SKIP  $location: $cmd (a placeholder, not a command)"
    skipped=$((skipped + 1)) placeholders=$((placeholders + 1)); continue
  fi
  # What actually runs: the sample and the tool-from-source through the functions above.
  note=""
  script=$cmd
  if [[ $script == "dotnet pack "*"&&"*"dotnet run --project samples/WcoKnowledge.Samples.Console"* ]]; then
    script="dotnet run --project samples/WcoKnowledge.Samples.Console${script#*dotnet run --project samples/WcoKnowledge.Samples.Console}"
    note=" (its 'dotnet pack ... &&' left out: CI packed the library already)"
  fi
  re='dotnet run --project (samples/WcoKnowledge\.Samples\.Console|src/WcoKnowledge\.Cli)/?( -c Release)?( --)?( |$)'
  while [[ $script =~ $re ]]; do
    if [ "${BASH_REMATCH[1]}" = src/WcoKnowledge.Cli ]; then with="wco "; else with="wco_sample "; fi
    script=${script/"${BASH_REMATCH[0]}"/$with}
  done
  dir="$out/$(printf 'cmd%03d' "$n")"
  mkdir -p "$dir"
  [[ $script == *my-dataset.json* ]] && cp "$out/my-dataset.json" "$dir/"
  (cd "$dir" && timeout 120 bash -c "$prelude $script" < /dev/null > "$dir/stdout" 2> "$dir/stderr")
  rc=$?
  [ "$rc" = 124 ] && note="$note (timed out after 120 s)"
  run=$((run + 1))
  if [ "$rc" = "$expect" ]; then
    echo "ok    exit $rc  $location: $cmd$note"
  else
    echo "FAIL  exit $rc (expected $expect)  $location: $cmd$note"
    [ "$script" = "$cmd" ] || echo "      ran: $script"
    { tail -n 8 "$dir/stderr"; tail -n 4 "$dir/stdout"; } | sed 's/^/      /'
    failures+=("$location: $cmd exits $rc, not $expect")
    failed=$((failed + 1))
  fi
done < "$records"

echo
# Every file and help text that was read, with how many commands it showed (placeholders included), zero too.
echo "found, per source:"
count_from() { awk -F'\t' -v from="$1" 'index($1, from) == 1 && $3 != ""' "$records" | wc -l; }
for doc in "${docs[@]}"; do
  printf '  %3d  %s\n' "$(count_from "$doc:")" "$doc"
done
for sub in "" $subcommands; do
  printf '  %3d  %s\n' "$(awk -F'\t' -v from="(wco ${sub:+$sub }--help)" 'index($1, from) && $3 != ""' "$records" | wc -l)" "wco ${sub:+$sub }--help"
done
echo "skipped as placeholders (holding <, … or ...): $placeholders"
if [ "$failed" -gt 0 ]; then
  echo "failed:"
  printf '  %s\n' "${failures[@]}"
fi
echo "doc commands: $run run, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
