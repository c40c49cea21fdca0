using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
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
    private const int Rounds = 61;
    private const double BatchMilliseconds = 8;

    public static IReadOnlyList<InterleavedRow> Run()
    {
        var toolGen = (IToolSet)new BenchTools();
        var handWritten = new HandWrittenTools(new BenchTools());
        var meai = new MeaiDispatcher(MeaiTools.Create(new BenchTools()));
        var setups = new List<(CallSample Sample, (string Name, Func<ValueTask> Run)[] Paths)>();
        foreach (var sample in Calls.All)
        {
            var call = sample.ToToolCall();
            setups.Add((sample, new (string Name, Func<ValueTask> Run)[]
            {
                ("HandWritten", () => Discard(handWritten.InvokeAsync(call))),
                ("ToolGen", () => Discard(toolGen.InvokeAsync(call))),
                ("MEAI", () => Discard(meai.InvokeAsync(Calls.CallId, sample.Name, sample.Utf8))),
            }));
        }

        var medians = Medians(setups.Select(s => s.Paths.Select(p => p.Run).ToArray()).ToList());
        var rows = new List<InterleavedRow>();
        for (var i = 0; i < setups.Count; i++)
        {
            var (sample, m) = (setups[i].Sample, medians[i]);
            rows.Add(new InterleavedRow(sample.Key, m[0], m[1], m[2]));
            Console.WriteLine($"{sample.Key}: CPU ns/op HandWritten {m[0]:F0}, ToolGen {m[1]:F0} ({m[1] / m[0]:F2}x), MEAI {m[2]:F0} ({m[2] / m[0]:F2}x)");
        }

        return rows;
    }

    /// <summary>
    /// The median CPU time per operation (ns) of each path of each setup: every path warmed first, then each setup's
    /// paths alternate in batches of about <see cref="BatchMilliseconds"/>, <see cref="Rounds"/> times.
    /// </summary>
    internal static List<double[]> Medians(IReadOnlyList<Func<ValueTask>[]> setups)
    {
        // Warm every path of every tool first, then give the runtime a moment with nothing new to compile, so
        // that tiered compilation has promoted all of them before any is measured (new tier-0 code elsewhere
        // postpones promotion, which would otherwise favour whichever path happened to warm up first).
        foreach (var paths in setups)
        {
            foreach (var path in paths)
            {
                var deadline = ThreadCpuMilliseconds() + 300;
                while (ThreadCpuMilliseconds() < deadline)
                {
                    Time(path, 64);
                }
            }
        }

        Thread.Sleep(1500);
        var result = new List<double[]>();
        foreach (var paths in setups)
        {
            // Size each path's batch to about BatchMilliseconds.
            var batch = new int[paths.Length];
            for (var p = 0; p < paths.Length; p++)
            {
                var ops = 64;
                var spent = Time(paths[p], ops);
                while (spent < BatchMilliseconds / 4)
                {
                    ops *= 2;
                    spent = Time(paths[p], ops);
                }

                batch[p] = Math.Max(1, (int)(ops * BatchMilliseconds / Math.Max(spent, 0.001)));
            }

            var perOp = paths.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < paths.Length; k++)
                {
                    var p = (round + k) % paths.Length;
                    perOp[p].Add(Time(paths[p], batch[p]) * 1e6 / batch[p]);
                }
            }

            result.Add(perOp.Select(ColdStart.Median).ToArray());
        }

        return result;
    }

    internal static ValueTask Discard<T>(ValueTask<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            _ = task.Result;
            return default;
        }

        return new ValueTask(task.AsTask());
    }

    internal static double Time(Func<ValueTask> run, int ops)
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

    internal static double ThreadCpuMilliseconds()
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
