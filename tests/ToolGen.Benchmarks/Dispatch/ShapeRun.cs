using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.Report;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// Mode <c>shapes</c> (issue 18): checks that ToolGen and the hand-written limit write the same text for each of
/// the eight payloads (and M.E.AI the same JSON value), counts each path's bytes per call exactly, times the three
/// paths interleaved in thread CPU time, optionally runs <see cref="ShapeBenchmarks"/> (<c>--bdn</c>), and prints
/// the side-by-side table (also saved as shapes.md and shapes.json in the artifacts folder).
/// </summary>
internal static class ShapeRun
{
    public static int Run(string artifacts, bool bdn, bool quick, int repeat)
    {
        var paths = new ShapePaths();
        if (!Agree(paths))
        {
            Console.Error.WriteLine("shapes: the paths disagree; not measuring them");
            return 1;
        }

        var load = ReportWriter.LoadAverage();
        var rows = new List<ShapeRow>();
        var setups = new List<Func<ValueTask>[]>();
        foreach (var sample in ShapeCalls.All)
        {
            var set = paths.SetOf(sample);
            var limitBytes = Allocated(() => paths.Limit(sample));
            var toolGenBytes = Allocated(() => ShapePaths.ToolGen(set, sample));
            var utf8Bytes = Allocated(() => ShapePaths.ToolGenUtf8((IUtf8ToolSet)set, sample));
            var meaiBytes = Allocated(() => paths.Meai(sample).AsTask().GetAwaiter().GetResult());
            rows.Add(new ShapeRow(sample.Key, sample.Name, 0, 0, 0, 0, limitBytes, toolGenBytes, utf8Bytes, meaiBytes));
            setups.Add(new Func<ValueTask>[]
            {
                () => { _ = paths.Limit(sample); return default; },
                () => { _ = ShapePaths.ToolGen(set, sample); return default; },
                () => { _ = ShapePaths.ToolGenUtf8((IUtf8ToolSet)set, sample); return default; },
                () => Interleaved.Discard(paths.Meai(sample)),
            });
        }

        // On a busy machine one interleaved run can still be skewed; several runs, each path's median of their medians.
        var runs = Enumerable.Range(0, Math.Max(1, repeat)).Select(_ => Interleaved.Medians(setups)).ToList();
        double Across(int shape, int path) => ColdStart.Median(runs.Select(r => r[shape][path]).ToList());
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = rows[i] with { LimitNs = Across(i, 0), ToolGenNs = Across(i, 1), Utf8Ns = Across(i, 2), MeaiNs = Across(i, 3) };
            Console.WriteLine($"{rows[i].Name}: IUtf8ToolSet/limit per run: " + string.Join(", ", runs.Select(r => (r[i][2] / r[i][0]).ToString("F2", CultureInfo.InvariantCulture))));
        }

        var loadAfter = ReportWriter.LoadAverage();
        IReadOnlyList<BdnRow> bdnRows = Array.Empty<BdnRow>();
        if (bdn)
        {
            bdnRows = RunBdn(System.IO.Path.Combine(artifacts, "BenchmarkDotNet"), quick);
        }

        var result = new ShapeResult(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), load, loadAfter, rows, bdnRows);
        Results.Save(artifacts, "shapes", result);
        var table = Table(result);
        System.IO.File.WriteAllText(System.IO.Path.Combine(artifacts, "shapes.md"), table);
        Console.WriteLine(table);
        return 0;
    }

    /// <summary>Mode <c>shapes-probe KEY PATH SECONDS</c>: one path of one shape in a loop, for <c>perf record</c> (with <c>DOTNET_PerfMapEnabled=1</c>).</summary>
    public static int Probe(string key, string path, double seconds)
    {
        var paths = new ShapePaths();
        var sample = ShapeCalls.All.Single(s => s.Key == key);
        var set = paths.SetOf(sample);
        Action run = path switch
        {
            "Limit" => () => paths.Limit(sample),
            "ToolGen" => () => ShapePaths.ToolGen(set, sample),
            "ToolGenUtf8" => () => ShapePaths.ToolGenUtf8((IUtf8ToolSet)set, sample),
            _ => () => paths.Meai(sample).AsTask().GetAwaiter().GetResult(),
        };
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        long calls = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                run();
            }

            calls += 1000;
        }

        Console.WriteLine($"{key} {path}: {calls} calls, {stopwatch.Elapsed.TotalMilliseconds * 1e6 / calls:F0} ns each (wall clock)");
        return 0;
    }

    private static bool Agree(ShapePaths paths)
    {
        var ok = true;
        foreach (var sample in ShapeCalls.All)
        {
            var toolGen = ShapePaths.ToolGenResult(paths.SetOf(sample), sample);
            var limit = paths.Limit(sample, out var limitError);
            var meai = paths.Meai(sample).AsTask().GetAwaiter().GetResult();
            var utf8 = ShapePaths.ToolGenOutput((IUtf8ToolSet)paths.SetOf(sample), sample);
            var same = !toolGen.IsError && !limitError && !utf8.IsError && toolGen.Content == limit && utf8.Content == limit;
            var meaiSame = Canonical(toolGen.Content) == Canonical(meai);
            Console.WriteLine($"{sample.Name}: ToolGen {(toolGen.IsError ? "ERROR " : string.Empty)}{toolGen.Content}");
            Console.WriteLine($"  limit {(limitError ? "ERROR " : string.Empty)}{limit}; ToolGen (both paths) == limit: {same}; same value as MEAI: {meaiSame}");
            ok &= same && meaiSame;
        }

        return ok;
    }

    private static string Canonical(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(doc.RootElement);
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(text);
        }
    }

    /// <summary>Bytes allocated per call on this thread, exactly (after a warm-up, averaged over 10,000 calls).</summary>
    internal static long Allocated(Action call)
    {
        // Warm up twice with a pause between, so that tiered compilation has promoted the path (tier-0 code allocates
        // what tier-1 code may keep on the stack) before counting.
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 2000; i++)
            {
                call();
            }

            System.Threading.Thread.Sleep(300);
        }

        const int N = 10_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < N; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / N;
    }

    private static IReadOnlyList<BdnRow> RunBdn(string artifacts, bool quick)
    {
        var job = Job.Default.WithLaunchCount(1).WithWarmupCount(quick ? 2 : 4).WithIterationCount(quick ? 5 : 15)
            .WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId(quick ? "Quick" : "Bench");
        var config = DefaultConfig.Instance.AddJob(job).WithArtifactsPath(artifacts).WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<ShapeBenchmarks>(config);
        return summary.Reports.Select(r => new BdnRow(
            nameof(ShapeBenchmarks),
            r.BenchmarkCase.Parameters["Shape"]?.ToString() ?? string.Empty,
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r.BenchmarkCase.Descriptor.Baseline,
            r.ResultStatistics?.Mean ?? double.NaN,
            r.ResultStatistics?.Median ?? double.NaN,
            r.ResultStatistics?.Min ?? double.NaN,
            r.ResultStatistics?.StandardDeviation ?? double.NaN,
            r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? -1)).ToList();
    }

    /// <summary>The side-by-side table of docs/performance.md's issue 18 section.</summary>
    internal static string Table(ShapeResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine($"Measured {result.DateUtc}, load average {result.LoadBefore} before the interleaved runs, {result.LoadAfter} after them.");
        md.AppendLine();
        var hasBdn = result.Bdn.Count > 0;
        md.AppendLine("| Tool | Limit | ToolGen `IToolSet` | ratio | ToolGen `IUtf8ToolSet` | ratio | M.E.AI | ratio | Limit B | `IToolSet` B | `IUtf8ToolSet` B | M.E.AI B |" + (hasBdn ? " BDN Limit | BDN `IToolSet` | BDN `IUtf8ToolSet` | BDN B (L / T / U) |" : string.Empty));
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|" + (hasBdn ? "--:|--:|--:|--:|" : string.Empty));
        foreach (var r in result.Rows)
        {
            md.Append(inv, $"| `{r.Name}` | {r.LimitNs:N0} ns | {r.ToolGenNs:N0} ns | {r.ToolGenNs / r.LimitNs:F2}× | {r.Utf8Ns:N0} ns | {r.Utf8Ns / r.LimitNs:F2}× | {r.MeaiNs:N0} ns | {r.MeaiNs / r.LimitNs:F2}× | {r.LimitBytes} | {r.ToolGenBytes} | {r.Utf8Bytes} | {r.MeaiBytes} |");
            if (hasBdn)
            {
                BdnRow? Row(string method) => result.Bdn.FirstOrDefault(b => b.Category == r.Key && b.Method == method);
                var (limit, toolGen, utf8) = (Row("Limit"), Row("ToolGen"), Row("ToolGenUtf8"));
                md.Append(limit is null || toolGen is null || utf8 is null
                    ? " | | | |"
                    : string.Create(inv, $" {limit.MedianNs:N0} ns | {toolGen.MedianNs:N0} ns ({toolGen.MedianNs / limit.MedianNs:F2}×) | {utf8.MedianNs:N0} ns ({utf8.MedianNs / limit.MedianNs:F2}×) | {limit.AllocatedBytes} / {toolGen.AllocatedBytes} / {utf8.AllocatedBytes} |"));
            }

            md.AppendLine();
        }

        return md.ToString();
    }
}

internal sealed record ShapeRow(string Key, string Name, double LimitNs, double ToolGenNs, double Utf8Ns, double MeaiNs, long LimitBytes, long ToolGenBytes, long Utf8Bytes, long MeaiBytes);

internal sealed record ShapeResult(string DateUtc, string LoadBefore, string LoadAfter, IReadOnlyList<ShapeRow> Rows, IReadOnlyList<BdnRow> Bdn);
