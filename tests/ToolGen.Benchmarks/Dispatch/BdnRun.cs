using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ToolGen.Benchmarks.Definitions;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// Runs the BenchmarkDotNet classes with one job short enough for build/bench.sh's time budget on two cores:
/// one launch, 4 warm-up and 15 measured iterations of 250 ms (<c>--quick</c>: 2 and 5).
/// </summary>
internal static class BdnRun
{
    public static IReadOnlyList<BdnRow> Run(string artifacts, bool quick)
    {
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
        var rows = new List<BdnRow>();
        foreach (var type in new[] { typeof(DispatchBenchmarks), typeof(DefinitionBenchmarks) })
        {
            var summary = BenchmarkRunner.Run(type, config);
            rows.AddRange(Rows(summary));
        }

        return rows;
    }

    private static IEnumerable<BdnRow> Rows(Summary summary)
    {
        foreach (var report in summary.Reports)
        {
            var benchmark = report.BenchmarkCase;
            var statistics = report.ResultStatistics;
            yield return new BdnRow(
                benchmark.Descriptor.Type.Name,
                string.Join(",", benchmark.Descriptor.Categories),
                benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                benchmark.Descriptor.Baseline,
                statistics?.Mean ?? double.NaN,
                statistics?.Median ?? double.NaN,
                statistics?.Min ?? double.NaN,
                statistics?.StandardDeviation ?? double.NaN,
                report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? -1);
        }
    }
}

internal sealed record BdnRow(string Class, string Category, string Method, bool Baseline, double MeanNs, double MedianNs, double MinNs, double StdDevNs, long AllocatedBytes);
