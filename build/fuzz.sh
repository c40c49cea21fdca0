#!/usr/bin/env bash
# Fuzzes the generated argument readers (issue 13 item 4): CsCheck generates and mutates arguments for every test tool
# (tests/ToolGen.Tests/Fuzz) — truncations, byte flips, invalid UTF-8, lone surrogates, wrong JSON types at every
# position, nulls, duplicate keys, deep nesting, huge numbers, unknown properties, random JSON and bytes — and checks
# that every call returns a result for that call (nothing escapes InvokeAsync). A failure is shrunk by CsCheck to the
# smallest failing case and printed with its arguments.
#   bash build/fuzz.sh [CASES]        CASES defaults to 100000
# Prints the case count, the slowest call and the process's peak memory; fails when a case fails, when the slowest call
# took more than FUZZ_MAX_CALL_MS (default 3000) or the peak resident memory exceeds FUZZ_MAX_RSS_MB (default 1024).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cases=${1:-100000}
max_ms=${FUZZ_MAX_CALL_MS:-3000}
max_rss_mb=${FUZZ_MAX_RSS_MB:-1024}
out="$root/artifacts/fuzz"
mkdir -p "$out"
summary="$out/summary.txt"
rm -f "$summary"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/ToolGen.Tests -c Release -v q -nologo >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log"; exit 1; }

timer=()
if [ -x /usr/bin/time ]; then
    timer=(/usr/bin/time -v -o "$out/time.txt")
fi

status=0
TOOLGEN_FUZZ_CASES="$cases" TOOLGEN_FUZZ_SUMMARY="$summary" "${timer[@]}" \
    dotnet test tests/ToolGen.Tests -c Release --no-build --filter "FullyQualifiedName~FuzzTests.Random_cases_let_nothing_escape" \
    >"$out/test.log" 2>&1 || status=$?

if [ "$status" -ne 0 ] || [ ! -s "$summary" ]; then
    echo "fuzz: FAILED (log: $out/test.log)"
    grep -E "escaped|did not complete|not this call|Shrunk|seed|Failed" "$out/test.log" | head -n 40 || tail -n 40 "$out/test.log"
    exit 1
fi

echo "fuzz: $(cat "$summary")"
slowest=$(sed -E 's/.*slowest call ([0-9]+) ms.*/\1/' "$summary")
if [ "$slowest" -gt "$max_ms" ]; then
    echo "fuzz: FAILED: the slowest call took ${slowest} ms, over the bound of ${max_ms} ms"
    exit 1
fi

if [ -s "$out/time.txt" ]; then
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    echo "fuzz: peak resident memory of the test run $((rss_kb / 1024)) MiB (bound ${max_rss_mb} MiB)"
    if [ "$((rss_kb / 1024))" -gt "$max_rss_mb" ]; then
        echo "fuzz: FAILED: memory over the bound"
        exit 1
    fi
fi
echo "fuzz: ok"
