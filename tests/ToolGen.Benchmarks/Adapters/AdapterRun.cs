using System;
using System.Collections.Generic;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using ToolGen.Benchmarks.Dispatch;

namespace ToolGen.Benchmarks.Adapters;

/// <summary>
/// The <c>adapters</c> mode: checks that the four paths of <see cref="AdapterBenchmarks"/> run and agree, prints the
/// CPU-time cross-check of <see cref="AdapterInterleaved"/> (alone with <c>TOOLGEN_ADAPTER_INTERLEAVED_ONLY=1</c>), then runs
/// that class with BenchmarkDotNet, with the job of <c>bdn</c> (one launch, 4 warm-up and 15 measured iterations of
/// 250 ms; <c>--quick</c>: 2 and 5); <c>TOOLGEN_ADAPTER_CATEGORIES</c> (comma-separated) limits it to some categories. Not part of <c>all</c>: docs/performance.md quotes its ratios by hand.
/// </summary>
internal static class AdapterRun
{
    public static IReadOnlyList<BdnRow> Run(string artifacts, bool quick)
    {
        foreach (var line in new AdapterBenchmarks().VerifyAsync().GetAwaiter().GetResult())
        {
            Console.WriteLine("adapters: " + line);
        }

        AdapterInterleaved.Run(new AdapterBenchmarks());
        if (Environment.GetEnvironmentVariable("TOOLGEN_ADAPTER_INTERLEAVED_ONLY") == "1")
        {
            return [];
        }

        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 2 : 4)
            .WithIterationCount(quick ? 5 : 15)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId(quick ? "Quick" : "Bench");
        var config = DefaultConfig.Instance
            .AddJob(job)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        // TOOLGEN_ADAPTER_CATEGORIES=Function,McpCall runs only those categories (shorter runs on a shared machine).
        var categories = Environment.GetEnvironmentVariable("TOOLGEN_ADAPTER_CATEGORIES");
        if (!string.IsNullOrWhiteSpace(categories))
        {
            config = config.AddFilter(new AnyCategoriesFilter(categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        var summary = BenchmarkRunner.Run<AdapterBenchmarks>(config);
        var rows = new List<BdnRow>();
        foreach (var report in summary.Reports)
        {
            var benchmark = report.BenchmarkCase;
            var statistics = report.ResultStatistics;
            rows.Add(new BdnRow(
                benchmark.Descriptor.Type.Name,
                string.Join(",", benchmark.Descriptor.Categories),
                benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                benchmark.Descriptor.Baseline,
                statistics?.Mean ?? double.NaN,
                statistics?.Median ?? double.NaN,
                statistics?.Min ?? double.NaN,
                statistics?.StandardDeviation ?? double.NaN,
                report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? -1));
        }

        foreach (var row in rows)
        {
            Console.WriteLine(FormattableString.Invariant($"adapters: {row.Category,-8} {row.Method,-22} mean {row.MeanNs,10:F0} ns  median {row.MedianNs,10:F0} ns  {row.AllocatedBytes,7} B"));
        }

        return rows;
    }
}
