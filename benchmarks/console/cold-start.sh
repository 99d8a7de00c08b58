#!/usr/bin/env bash
# Measures the first assessment in a fresh process: `cramps assess` on the contract example, the whole process from
# exec to exit, with the JIT, with ReadyToRun and as the Native AOT program of the native tool, and `cramps --version`
# for the runtime's own start-up.
#
#   benchmarks/console/cold-start.sh [RUNS]        (default 30 runs each, after 3 warm-up runs; needs hyperfine)
#
# "JIT" is the Release build as `dotnet build` makes it (every method compiled by the JIT at start-up). "ReadyToRun" is
#   dotnet publish src/Cramps.Console -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true
# whose assemblies carry precompiled native code. Both run through the same `dotnet` host. "Native AOT" is
#   dotnet publish src/Cramps.Console -c Release -r linux-x64 -p:PublishAot=true
# the program the native tool's linux-x64 package carries (needs the Native AOT prerequisites: clang or gcc, zlib). Warm-up runs fill the OS
# file cache, so the figures are a fresh process, not a cold disk.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-30}"
work="artifacts/cold-start"
example="tests/Cramps.Core.Tests/TestData/contract-example-request.json"
command -v hyperfine >/dev/null || { echo "cold-start.sh needs hyperfine (for example: apt-get install hyperfine)" >&2; exit 2; }

dotnet build -c Release src/Cramps.Console -nologo -v quiet >/dev/null
dotnet publish src/Cramps.Console -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/ready-to-run" -nologo -v quiet >/dev/null
jit="src/Cramps.Console/bin/Release/net10.0/cramps.dll"
r2r="$work/ready-to-run/cramps.dll"
dotnet publish src/Cramps.Console -c Release -r linux-x64 -p:PublishAot=true -o "$work/native-aot" -nologo -v quiet >/dev/null
aot="$work/native-aot/cramps"

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/cold-start.md" \
  -n "assess, JIT" "dotnet $jit assess $example" \
  -n "assess, ReadyToRun" "dotnet $r2r assess $example" \
  -n "assess, Native AOT" "$aot assess $example" \
  -n "assess (json), JIT" "dotnet $jit assess $example --format json" \
  -n "assess (json), ReadyToRun" "dotnet $r2r assess $example --format json" \
  -n "assess (json), Native AOT" "$aot assess $example --format json" \
  -n "version, JIT" "dotnet $jit --version" \
  -n "version, ReadyToRun" "dotnet $r2r --version" \
  -n "version, Native AOT" "$aot --version"
cat "$work/cold-start.md"
