#!/usr/bin/env bash
# Measures what ToolAnalyzer costs (issue 4, "Measure"): a synthetic project of 200 partial types with 10 documented
# tools each (2,000 tools, 201 files) is compiled in memory, then analyzed with CompilationWithAnalyzers /
# GetAnalyzerDiagnosticsAsync on a fresh compilation per run; the generator is timed on the same project for
# comparison. 3 warm-up runs, then the median of N runs. Results go in docs/performance.md, "Analyzer cost".
#
# Usage: build/analyzer-cost.sh [types=200] [toolsPerType=10] [runs=11]
# Per-run figures go to stderr, the summary table to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Machine: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "Command: build/analyzer-cost.sh $*"
dotnet run -c Release --project tests/ToolGen.Benchmarks.AnalyzerCost -- "$@"
