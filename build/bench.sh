#!/usr/bin/env bash
# Runs the benchmark suite of issue 7 and rewrites docs/performance.md:
#   1. builds tests/ToolGen.Benchmarks (Release);
#   2. publishes the two NativeAOT apps (tests/ToolGen.Benchmarks/AotToolGen, .../AotMeai) for linux-x64, keeps every
#      IL2xxx/IL3xxx warning, records the binary size, runs each once and times start-to-exit (hyperfine, else a loop);
#   3. runs `ToolGen.Benchmarks all`: verify the three dispatch paths agree, schema tokens, cold definitions in fresh
#      processes, the generator over 1,000 tools, the interleaved CPU-time dispatch cross-check, BenchmarkDotNet
#      (dispatch and warm definitions, a short job), then writes docs/performance.md.
# Takes about 10 minutes on a 2-core machine. Options: --quick (a shorter BenchmarkDotNet job, for trying the script).
# Raw results stay in artifacts/bench/ (git-ignored); `dotnet tests/ToolGen.Benchmarks/bin/Release/net10.0/ToolGen.Benchmarks.dll
# report --artifacts artifacts/bench --doc docs/performance.md` rewrites the page from them without measuring again.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
art="$root/artifacts/bench"
rid=linux-x64
aot_runs=50
quick=()
for arg in "$@"; do
    case "$arg" in
        --quick) quick=(--quick) ;;
        *) echo "bench: unknown option $arg" >&2; exit 2 ;;
    esac
done

started=$(date +%s)
say() { echo "bench: $* ($(( $(date +%s) - started )) s)"; }

rm -rf "$art"
mkdir -p "$art/aot" docs

# Start-to-exit times come from hyperfine when it is there or apt can install it; otherwise from a bash loop.
if ! command -v hyperfine >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing hyperfine"
    apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
fi

say "building tests/ToolGen.Benchmarks"
dotnet build tests/ToolGen.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly

for app in AotToolGen AotMeai; do
    dir="$art/aot/$app"
    out="$dir/publish"
    mkdir -p "$dir"
    say "publishing $app (NativeAOT, $rid)"
    t0=$(date +%s%N)
    # Warnings are collected, not fatal: counting M.E.AI's is the point.
    if ! dotnet publish "tests/ToolGen.Benchmarks/$app" -c Release -r "$rid" -p:PublishAot=true \
        -p:TreatWarningsAsErrors=false -o "$out" >"$dir/publish.log" 2>&1; then
        tail -n 30 "$dir/publish.log" >&2
        echo "bench: publishing $app failed (log: $dir/publish.log)" >&2
        exit 1
    fi
    awk "BEGIN { printf \"%.1f\", $(( $(date +%s%N) - t0 )) / 1e9 }" >"$dir/publish-seconds"
    stat -c %s "$out/$app" >"$dir/size"
    set +e
    "$out/$app" >"$dir/stdout.txt" 2>"$dir/stderr.txt"
    echo $? >"$dir/exit"
    # Nine more runs for the median of the first-use times each run prints on stderr.
    for _ in $(seq 9); do "$out/$app" >/dev/null 2>>"$dir/stderr.txt"; done
    set -e
    grep -oE 'warning IL[23][0-9]{3}:[^[]*' "$dir/publish.log" | sort -u | sed 's/^/  /' || true
done

for app in AotToolGen AotMeai; do
    dir="$art/aot/$app"
    exe="$dir/publish/$app"
    if command -v hyperfine >/dev/null 2>&1; then
        say "timing $app with hyperfine ($aot_runs runs)"
        hyperfine -N --warmup 5 --runs "$aot_runs" --export-json "$dir/hyperfine.json" "$exe" >/dev/null
    else
        say "timing $app with a bash loop (20 runs)"
        for _ in 1 2 3; do "$exe" >/dev/null 2>&1; done
        for _ in $(seq 20); do
            t0=$(date +%s%N)
            "$exe" >/dev/null 2>&1
            t1=$(date +%s%N)
            awk "BEGIN { printf \"%.3f\n\", ($t1 - $t0) / 1e6 }" >>"$dir/times.txt"
        done
    fi
done

say "measuring (tests/ToolGen.Benchmarks all)"
dotnet tests/ToolGen.Benchmarks/bin/Release/net10.0/ToolGen.Benchmarks.dll all \
    --artifacts "$art" --doc docs/performance.md --command "build/bench.sh${quick:+ ${quick[*]}}" "${quick[@]}"
say "done: docs/performance.md"
