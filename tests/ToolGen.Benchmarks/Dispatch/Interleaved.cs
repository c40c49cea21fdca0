using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.HandWritten;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// A cross-check of the BenchmarkDotNet dispatch numbers that holds up on a busy machine: the three paths run
/// in alternating batches (so a burst of load hits all of them alike) and each batch is timed in the CPU time
/// of this thread (<c>CLOCK_THREAD_CPUTIME_ID</c>), which does not count the time the thread waits for a core.
/// </summary>
internal static class Interleaved
{
    private const int Rounds = 31;
    private const double BatchMilliseconds = 8;

    public static IReadOnlyList<InterleavedRow> Run()
    {
        var toolGen = (IToolSet)new BenchTools();
        var handWritten = new HandWrittenTools(new BenchTools());
        var meai = new MeaiDispatcher(MeaiTools.Create(new BenchTools()));
        var rows = new List<InterleavedRow>();
        foreach (var sample in Calls.All)
        {
            var call = sample.ToToolCall();
            var paths = new (string Name, Func<ValueTask> Run)[]
            {
                ("HandWritten", () => Discard(handWritten.InvokeAsync(call))),
                ("ToolGen", () => Discard(toolGen.InvokeAsync(call))),
                ("MEAI", () => Discard(meai.InvokeAsync(Calls.CallId, sample.Name, sample.Utf8))),
            };

            // Warm up past tiered compilation, and size each path's batch to about BatchMilliseconds.
            var batch = new int[paths.Length];
            for (var p = 0; p < paths.Length; p++)
            {
                var ops = 1;
                var spent = 0.0;
                var deadline = ThreadCpuMilliseconds() + 600;
                while (ThreadCpuMilliseconds() < deadline)
                {
                    spent = Time(paths[p].Run, ops);
                    ops = spent < BatchMilliseconds / 2 ? ops * 2 : ops;
                }

                batch[p] = Math.Max(1, (int)(ops * BatchMilliseconds / Math.Max(spent, 0.001)));
            }

            var perOp = paths.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < paths.Length; k++)
                {
                    var p = (round + k) % paths.Length;
                    perOp[p].Add(Time(paths[p].Run, batch[p]) * 1e6 / batch[p]);
                }
            }

            var medians = perOp.Select(ColdStart.Median).ToArray();
            rows.Add(new InterleavedRow(sample.Key, medians[0], medians[1], medians[2]));
            Console.WriteLine($"{sample.Key}: CPU ns/op HandWritten {medians[0]:F0}, ToolGen {medians[1]:F0} ({medians[1] / medians[0]:F2}x), MEAI {medians[2]:F0} ({medians[2] / medians[0]:F2}x)");
        }

        return rows;
    }

    private static ValueTask Discard<T>(ValueTask<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            _ = task.Result;
            return default;
        }

        return new ValueTask(task.AsTask());
    }

    private static double Time(Func<ValueTask> run, int ops)
    {
        var start = ThreadCpuMilliseconds();
        for (var i = 0; i < ops; i++)
        {
            var task = run();
            if (!task.IsCompletedSuccessfully)
            {
                task.AsTask().GetAwaiter().GetResult();
            }
        }

        return ThreadCpuMilliseconds() - start;
    }

    private static double ThreadCpuMilliseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

internal sealed record InterleavedRow(string Tool, double HandWrittenNs, double ToolGenNs, double MeaiNs);
