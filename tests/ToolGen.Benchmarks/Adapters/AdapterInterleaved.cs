using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.Dispatch;

namespace ToolGen.Benchmarks.Adapters;

/// <summary>
/// A cross-check of the adapter BenchmarkDotNet numbers that holds up on a busy machine, as <see cref="Interleaved"/>
/// does for dispatch: in each category the two paths run in alternating batches of about 8 ms, each timed in the CPU
/// time of this thread (a thread waiting for a core is not charged), 61 rounds, medians reported; bytes per call are
/// this thread's allocations (exact).
/// </summary>
internal static class AdapterInterleaved
{
    private const int Rounds = 61;
    private const double BatchMilliseconds = 8;

    public static IReadOnlyList<AdapterInterleavedRow> Run(AdapterBenchmarks bench)
    {
        var categories = new (string Category, (string Name, Func<ValueTask> Run)[] Paths)[]
        {
            ("Chat", [("AIFunctionFactory", () => new ValueTask(bench.Chat_Factory())), ("ToolGen", () => new ValueTask(bench.Chat_ToolGen()))]),
            ("Function", [("AIFunctionFactory", () => Interleaved.Discard(bench.Function_Factory())), ("ToolGen", () => Interleaved.Discard(bench.Function_ToolGen()))]),
            ("McpCall", [("McpServerTool.Create", () => Interleaved.Discard(bench.Mcp_Sdk())), ("ToolGen", () => Interleaved.Discard(bench.Mcp_ToolGen()))]),
        };

        foreach (var (_, paths) in categories)
        {
            foreach (var path in paths)
            {
                var deadline = Interleaved.ThreadCpuMilliseconds() + 300;
                while (Interleaved.ThreadCpuMilliseconds() < deadline)
                {
                    Interleaved.Time(path.Run, 64);
                }
            }
        }

        // Nothing new to compile for a moment: tiered compilation promotes every path before any is measured.
        Thread.Sleep(1500);
        var rows = new List<AdapterInterleavedRow>();
        foreach (var (category, paths) in categories)
        {
            var batch = paths.Select(p => BatchSize(p.Run)).ToArray();
            var perOp = paths.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < paths.Length; k++)
                {
                    var p = (round + k) % paths.Length;
                    perOp[p].Add(Interleaved.Time(paths[p].Run, batch[p]) * 1e6 / batch[p]);
                }
            }

            var medians = perOp.Select(ColdStart.Median).ToArray();
            var bytes = paths.Select(p => BytesPerCall(p.Run)).ToArray();
            rows.Add(new AdapterInterleavedRow(category, paths[0].Name, medians[0], bytes[0], medians[1], bytes[1]));
            Console.WriteLine(FormattableString.Invariant(
                $"adapters interleaved: {category,-8} {paths[0].Name} {medians[0]:F0} ns {bytes[0]} B, ToolGen {medians[1]:F0} ns {bytes[1]} B: time ratio {medians[1] / medians[0]:F2} ({medians[0] / medians[1]:F2}x faster), bytes ratio {(double)bytes[1] / bytes[0]:F2}"));
        }

        return rows;
    }

    private static int BatchSize(Func<ValueTask> run)
    {
        var ops = 64;
        var spent = Interleaved.Time(run, ops);
        while (spent < BatchMilliseconds / 4)
        {
            ops *= 2;
            spent = Interleaved.Time(run, ops);
        }

        return Math.Max(1, (int)(ops * BatchMilliseconds / Math.Max(spent, 0.001)));
    }

    private static long BytesPerCall(Func<ValueTask> run)
    {
        const int Calls = 4096;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Interleaved.Time(run, Calls);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }
}

internal sealed record AdapterInterleavedRow(string Category, string Baseline, double BaselineNs, long BaselineBytes, double ToolGenNs, long ToolGenBytes);
