using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.HandWritten;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// The first call of each of the eight shapes in a fresh JIT process (mode <c>shapes-cold-call PATH</c>, timed with
/// <see cref="Stopwatch"/> inside the process, JIT included), over several launches alternating between the paths
/// (mode <c>shapes-cold [RUNS]</c>). Each process makes the eight first calls in order, so the first shape also pays
/// what every later call shares (the reader's and writer's own first use) on both sides alike.
/// </summary>
internal static class ShapeCold
{
    private static readonly string[] s_paths = { "Limit", "ToolGenUtf8", "ToolGen" };

    /// <summary>In a fresh process: the microseconds of each shape's first call, one line.</summary>
    public static int Measure(string path)
    {
        var samples = ShapeCalls.All;
        var times = new double[samples.Length];
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var ilBytes = System.Runtime.JitInfo.GetCompiledILBytes();
        var length = 0;
        switch (path)
        {
            case "Limit":
                var limit = new Utf8Limit(new BenchTools(), new ShapeTools());
                for (var i = 0; i < samples.Length; i++)
                {
                    var watch = Stopwatch.StartNew();
                    length += limit.Invoke(samples[i].Name, samples[i].Utf8.Span, out _).Length;
                    times[i] = watch.Elapsed.TotalMicroseconds;
                }

                break;
            case "ToolGenUtf8":
            case "ToolGen":
                IToolSet bench = new BenchTools(), shapes = new ShapeTools();
                for (var i = 0; i < samples.Length; i++)
                {
                    var set = i < Calls.All.Length ? bench : shapes;
                    var watch = Stopwatch.StartNew();
                    length += (path == "ToolGen" ? ShapePaths.ToolGen(set, samples[i]) : ShapePaths.ToolGenUtf8((IUtf8ToolSet)set, samples[i])).Length;
                    times[i] = watch.Elapsed.TotalMicroseconds;
                }

                break;
            default:
                Console.Error.WriteLine("shapes-cold-call: expected Limit, ToolGenUtf8 or ToolGen");
                return 2;
        }

        // What the JIT did during the eight first calls (methods, IL bytes, milliseconds), after the times and a checksum.
        Console.WriteLine(string.Join(" ", times.Select(t => t.ToString("F1", CultureInfo.InvariantCulture))) + " " + length.ToString(CultureInfo.InvariantCulture)
            + FormattableString.Invariant($" {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} {System.Runtime.JitInfo.GetCompiledILBytes() - ilBytes} {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F1}"));
        return 0;
    }

    /// <summary>Launches <paramref name="runs"/> processes per path, alternating, and prints the median first call of each shape.</summary>
    public static IReadOnlyList<ShapeColdRow> Run(int runs)
    {
        var times = s_paths.ToDictionary(p => p, _ => new List<double[]>());
        for (var r = 0; r < runs; r++)
        {
            foreach (var path in s_paths)
            {
                times[path].Add(Launch(path));
            }
        }

        var rows = new List<ShapeColdRow>();
        for (var i = 0; i < ShapeCalls.All.Length; i++)
        {
            double Median(string path) => ColdStart.Median(times[path].Select(t => t[i]).ToList());
            rows.Add(new ShapeColdRow(ShapeCalls.All[i].Name, Median("Limit"), Median("ToolGenUtf8"), Median("ToolGen")));
        }

        var n = ShapeCalls.All.Length;
        double Total(string path) => ColdStart.Median(times[path].Select(t => t.Take(n).Sum()).ToList());
        rows.Add(new ShapeColdRow("all eight", Total("Limit"), Total("ToolGenUtf8"), Total("ToolGen")));
        double Jit(string path, int field) => ColdStart.Median(times[path].Select(t => t[n + field]).ToList());
        rows.Add(new ShapeColdRow("JIT: methods compiled", Jit("Limit", 0), Jit("ToolGenUtf8", 0), Jit("ToolGen", 0)));
        rows.Add(new ShapeColdRow("JIT: IL bytes compiled", Jit("Limit", 1), Jit("ToolGenUtf8", 1), Jit("ToolGen", 1)));
        rows.Add(new ShapeColdRow("JIT: milliseconds", Jit("Limit", 2) * 1000, Jit("ToolGenUtf8", 2) * 1000, Jit("ToolGen", 2) * 1000));
        foreach (var row in rows)
        {
            Console.WriteLine($"cold first call {row.Tool}: Limit {row.LimitMicroseconds:F0} µs, IUtf8ToolSet {row.Utf8Microseconds:F0} µs ({row.Utf8Microseconds / row.LimitMicroseconds:F2}x), IToolSet {row.ToolGenMicroseconds:F0} µs ({row.ToolGenMicroseconds / row.LimitMicroseconds:F2}x)");
        }

        return rows;
    }

    private static double[] Launch(string path)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ShapeCold).Assembly.Location);
        }

        info.ArgumentList.Add("shapes-cold-call");
        info.ArgumentList.Add(path);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + self);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"shapes-cold-call {path} exited with {process.ExitCode}: {output}");
        }

        // The eight times, then (after the checksum) JIT methods, IL bytes and JIT milliseconds.
        var fields = output.Trim().Split(' ');
        return fields.Take(ShapeCalls.All.Length).Concat(fields.Skip(ShapeCalls.All.Length + 1)).Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
    }
}

internal sealed record ShapeColdRow(string Tool, double LimitMicroseconds, double Utf8Microseconds, double ToolGenMicroseconds);
