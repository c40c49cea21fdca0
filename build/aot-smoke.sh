#!/usr/bin/env bash
# NativeAOT smoke test: publishes samples/QuickStart with PublishAot, fails on any trim (IL2xxx) or AOT (IL3xxx)
# warning, runs the native binary (scripted model, no network) and checks that the whole round trip happened, then
# runs it once per provider codec, whole and streamed, each time also asking for a typed answer (--typed).
#
#   bash build/aot-smoke.sh            # artifacts in artifacts/aot/
#   AOT_ARTIFACTS=/tmp/aot bash build/aot-smoke.sh
#
# The publish is `dotnet publish samples/QuickStart -c Release -r linux-x64 -p:PublishAot=true`. The global property
# also reaches the projects QuickStart references from source; their netstandard2.0 parts set PublishAot back to false
# (TreatAsLocalProperty), which avoids NETSDK1207.
#
# Needs the .NET SDK and a native toolchain (clang, or gcc, which the ILCompiler falls back to) with zlib's headers;
# Microsoft.DotNet.ILCompiler comes from NuGet during restore.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${AOT_ARTIFACTS:-$root/artifacts/aot}"
out="$artifacts/QuickStart"
publish_log="$artifacts/publish.log"
run_log="$artifacts/run.log"
project="$root/samples/QuickStart"
rid=linux-x64

fail() {
    echo "aot-smoke: FAILED: $*" >&2
    exit 1
}

if command -v clang >/dev/null 2>&1; then
    echo "aot-smoke: native linker: $(command -v clang) ($(clang --version | head -n 1))"
elif command -v gcc >/dev/null 2>&1; then
    echo "aot-smoke: native linker: $(command -v gcc) (no clang on PATH; the ILCompiler falls back to gcc)"
else
    fail "no clang or gcc on PATH; install clang and zlib1g-dev (apt-get install -y clang zlib1g-dev)"
fi

rm -rf "$out"
mkdir -p "$out"
# Start from a clean intermediate folder so that the compiler and ILC run (and warn) every time.
rm -rf "$project/obj/Release/net10.0/$rid" "$project/bin/Release/net10.0/$rid"

echo "aot-smoke: dotnet publish samples/QuickStart -c Release -r $rid -p:PublishAot=true -o $out"
start=$(date +%s%N)
set +e
dotnet publish "$project" -c Release -r "$rid" -p:PublishAot=true -o "$out" >"$publish_log" 2>&1
status=$?
set -e
publish_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# Trim and AOT analysis warnings (or errors, under TreatWarningsAsErrors), from the C# analyzers or from ILC.
il_warnings=$(grep -E '\bIL[23][0-9]{3}\b' "$publish_log" | sed -E 's/ \[[^]]*\.csproj[^]]*\]$//' | sort -u || true)
if [ -n "$il_warnings" ]; then
    echo "aot-smoke: trim/AOT warnings:" >&2
    echo "$il_warnings" >&2
    fail "$(echo "$il_warnings" | wc -l) IL2xxx/IL3xxx warning(s) in the publish (log: $publish_log)"
fi
if [ "$status" -ne 0 ]; then
    tail -n 40 "$publish_log" >&2
    fail "dotnet publish exited with $status (log: $publish_log)"
fi
echo "aot-smoke: published in $(awk "BEGIN { printf \"%.1f\", $publish_ms / 1000 }") s with no IL2xxx/IL3xxx warning"

binary="$out/QuickStart"
[ -x "$binary" ] || fail "no native binary at $binary"

start=$(date +%s%N)
set +e
(cd "$artifacts" && env -u TOOLGEN_ENDPOINT "$binary") >"$run_log" 2>&1
status=$?
set -e
run_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$status" -ne 0 ]; then
    cat "$run_log" >&2
    fail "the native QuickStart exited with $status"
fi

missing=0
expect() {
    if ! grep -qF -- "$1" "$run_log"; then
        echo "aot-smoke: missing from the output: $1" >&2
        missing=$((missing + 1))
    fi
}
expect '"name": "get_weather"'
expect '"name": "plan_trip"'
expect '-> get_weather {"city":"Paris","unit":"celsius"}'
expect '<- get_weather: {"city":"Paris","temperature":14,"unit":"celsius","conditions":"light rain","humidityPercent":81}'
expect '<- get_stock_price: 415.26'
if [ -e /usr/share/zoneinfo/Europe/Paris ] || [ -n "${TZDIR:-}" ]; then
    expect '<- convert_time: {"fromZone":"Asia/Tokyo","fromTime":"2025-03-14T09:00:00+09:00","toZone":"Europe/Paris","toTime":"2025-03-14T01:00:00+01:00"'
    expect 'is at 01:00 on 14 March in Paris'
else
    echo "aot-smoke: no time zone database on this machine: convert_time is expected to report that"
    expect '<- convert_time [error: ToolFailed]: Tool "convert_time" failed: This machine has no time zone database'
fi
expect '<- plan_trip: {"legs":[{"from":"Paris","to":"Nice","nights":2,"cost":455}'
expect '"estimatedCost":1440'
expect '== Final answer (after 4 requests, 4 tool calls, finish_reason stop) =='
expect 'Here is your briefing. Paris: 14 °C, light rain, humidity 81%. MSFT last traded at $415.26.'
expect 'Trip: Paris -> Nice -> Lyon -> Geneva -> Paris, 6 nights, about 1440 EUR against a budget of 1600 EUR.'
if grep -qF '[error: ' "$run_log" && [ -e /usr/share/zoneinfo/Europe/Paris ]; then
    grep -F '[error: ' "$run_log" >&2
    missing=$((missing + 1))
fi
if [ "$missing" -ne 0 ]; then
    echo "---- output of the native QuickStart ----" >&2
    cat "$run_log" >&2
    fail "$missing expected line(s) missing from the native run"
fi

# The same round trip through every codec, whole and streamed (each provider's scripted model speaks its own wire
# format), then a typed answer (TripSummary, repaired once), so that no codec, stream reader or generated answer
# reader needs anything NativeAOT cannot give.
for provider in openai responses anthropic gemini; do
    for stream in "" --stream; do
        log="$artifacts/run-$provider${stream:+-stream}.log"
        set +e
        (cd "$artifacts" && env -u TOOLGEN_ENDPOINT "$binary" --provider "$provider" $stream --typed) >"$log" 2>&1
        status=$?
        set -e
        if [ "$status" -ne 0 ] || ! grep -qF 'Trip: Paris -> Nice -> Lyon -> Geneva -> Paris, 6 nights' "$log" \
            || ! grep -qF 'Typed answer: trip_summary (read after 2 attempts)' "$log"; then
            cat "$log" >&2
            fail "the native QuickStart --provider $provider $stream --typed did not finish its round trip (exit $status)"
        fi
        echo "aot-smoke: --provider $provider $stream --typed: round trip and typed answer OK"
    done
done

size=$(stat -c %s "$binary")
echo "aot-smoke: ran the native binary in ${run_ms} ms: round trip OK (output: $run_log)"
echo "aot-smoke: binary size: $size bytes ($(awk "BEGIN { printf \"%.2f\", $size / 1048576 }") MB) at $binary"
echo "aot-smoke: PASSED"
