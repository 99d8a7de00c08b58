#!/usr/bin/env bash
# Measures `cramps batch` throughput and peak memory against its floor, in one run:
#
#   benchmarks/console/batch-throughput.sh [LINES] [RUNS]      (defaults: 100000 lines, 3 runs of each)
#
# "assess" is the console's batch pipeline as `cramps batch` runs it: read, then parse, evaluate and serialize on every
# core, then write in input order. "echo" is the floor: the same pipeline (the same reader, chunks, workers, parser,
# error lines and writer) but each valid request is only written back as request JSON, not evaluated. Both run from the
# benchmark executable; "cramps batch" is the shipped console on the same input, for reference. Input is the seeded
# generator's NDJSON, output goes to /dev/null. Lines/s is the pipeline's own rate (start-up excluded); wall time, CPU
# time and peak memory (maximum resident set size) are the whole process's, from GNU time. Each figure is the median of
# the runs, and the modes alternate so that a change in the machine's load hits all of them alike.
set -euo pipefail
cd "$(dirname "$0")/../.."
lines="${1:-100000}"
runs="${2:-3}"
work="artifacts/batch-throughput"
mkdir -p "$work"

dotnet build -c Release benchmarks/Cramps.Core.Benchmarks -nologo -v quiet >/dev/null
bench=(dotnet benchmarks/Cramps.Core.Benchmarks/bin/Release/net10.0/Cramps.Core.Benchmarks.dll)
cramps=(dotnet src/Cramps.Console/bin/Release/net10.0/cramps.dll)
requests="$work/requests-$lines.ndjson"
[ -s "$requests" ] || "${bench[@]}" generate "$lines" >"$requests"

# run NAME COMMAND...: one timed run, appending "name lines/s wall cpu rss-KiB" to the results.
run() {
  local name="$1"; shift
  local started=$SECONDS rate
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" --input "$requests" >/dev/null 2>"$work/stderr.txt" || [ $? -eq 1 ]
  rate=$(sed -nE 's/.* ([0-9]+) lines\/s$/\1/p' "$work/stderr.txt")
  if [ -z "$rate" ]; then
    # cramps batch reports no rate when stderr is not a terminal: take the lines over the wall time.
    rate=$(awk -v n="$lines" -v w="$(tail -n 1 "$work/time.txt" | cut -d' ' -f1)" 'BEGIN { printf "%.0f", n / w }')
  fi
  # GNU time puts "Command exited with non-zero status 1" first when any line was invalid: its figures are the last line.
  read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
  echo "$name $rate $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $rss" >>"$work/results.txt"
  echo "  $name: $rate lines/s, ${wall} s wall, $((rss / 1024)) MiB peak ($((SECONDS - started)) s)" >&2
}

: >"$work/results.txt"
echo "$lines lines ($(wc -c <"$requests") bytes), $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for i in $(seq "$runs"); do
  run echo "${bench[@]}" batch echo
  run assess "${bench[@]}" batch assess
  run "cramps-batch" "${cramps[@]}" batch
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { awk -v m="$1" -v f="$2" '$1 == m { print $f }' "$work/results.txt" | median; }

echo
echo "| mode | lines/s | of the floor | wall time | CPU time | peak memory (max RSS) |"
echo "|---|---:|---:|---:|---:|---:|"
floor=$(field echo 2)
for mode in echo assess cramps-batch; do
  rate=$(field "$mode" 2)
  printf '| %s | %s | %s | %s s | %s s | %s MiB |\n' "$mode" "$rate" \
    "$(awk -v r="$rate" -v f="$floor" 'BEGIN { printf "%.0f %%", 100 * r / f }')" \
    "$(field "$mode" 3)" "$(field "$mode" 4)" "$(awk -v k="$(field "$mode" 5)" 'BEGIN { printf "%.0f", k / 1024 }')"
done
