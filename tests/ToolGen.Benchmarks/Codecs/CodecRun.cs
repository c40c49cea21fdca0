using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.Dispatch;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The <c>codecs</c> mode: <see cref="CodecVerify"/> first (nothing is measured if the two sides disagree), then the
/// interleaved thread-CPU-time run of every category (the SDK and ToolGen alternating in ~8 ms batches, 61 rounds,
/// medians; bytes per call from this thread's allocation counter), then <see cref="CodecBenchmarks"/> under
/// BenchmarkDotNet with the suite's job (1 launch, 4 warm-up and 15 measured iterations of 250 ms; <c>--quick</c>: 2 and
/// 5). <c>TOOLGEN_CODECS_INTERLEAVED_ONLY=1</c> stops after the interleaved run. Not part of <c>all</c>.
/// </summary>
internal static class CodecRun
{
    private const int Rounds = 61;
    private const double BatchMilliseconds = 8;

    public static int Run(string artifacts, bool quick)
    {
        var bench = new CodecBenchmarks();
        if (CodecVerify.Run(bench) != 0)
        {
            Console.Error.WriteLine("codecs: the SDK and ToolGen read or write different things; not measuring them");
            return 1;
        }

        Interleaved(bench);
        if (Environment.GetEnvironmentVariable("TOOLGEN_CODECS_INTERLEAVED_ONLY") == "1")
        {
            return 0;
        }

        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 2 : 4)
            .WithIterationCount(quick ? 5 : 15)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId(quick ? "Quick" : "Bench");
        var config = DefaultConfig.Instance.AddJob(job).WithArtifactsPath(artifacts).WithOptions(ConfigOptions.DisableLogFile);
        BenchmarkRunner.Run<CodecBenchmarks>(config);
        return 0;
    }

    private static void Interleaved(CodecBenchmarks b)
    {
        var categories = new (string Category, (string Name, Func<int> Run)[] Paths)[]
        {
            ("ReadChat", [("SDK", b.ReadChat_Sdk), ("ToolGen", b.ReadChat_ToolGen), ("ToolGen calls only", b.ReadChat_ToolGenCallsOnly)]),
            ("ReadResponses", [("SDK", b.ReadResponses_Sdk), ("ToolGen", b.ReadResponses_ToolGen)]),
            ("ReadAnthropic", [("SDK", b.ReadAnthropic_Sdk), ("ToolGen", b.ReadAnthropic_ToolGen), ("SDK input as parsed", b.ReadAnthropic_SdkInputAsParsed)]),
            ("ReadGemini", [("ToolGen", b.ReadGemini_ToolGen)]),
            ("StreamChat", [("SDK", b.StreamChat_Sdk), ("ToolGen", b.StreamChat_ToolGen)]),
            ("StreamResponses", [("SDK", b.StreamResponses_Sdk), ("ToolGen", b.StreamResponses_ToolGen)]),
            ("StreamAnthropic", [("SDK", b.StreamAnthropic_Sdk), ("ToolGen", b.StreamAnthropic_ToolGen)]),
            ("StreamGemini", [("ToolGen", b.StreamGemini_ToolGen)]),
            ("WriteChat", [("SDK", b.WriteChat_Sdk), ("ToolGen", b.WriteChat_ToolGen), ("ToolGen reused writer", b.WriteChat_ToolGenReusedWriter)]),
            ("WriteResponses", [("SDK", b.WriteResponses_Sdk), ("ToolGen", b.WriteResponses_ToolGen), ("ToolGen reused writer", b.WriteResponses_ToolGenReusedWriter)]),
            ("WriteAnthropic", [("SDK", () => (int)b.WriteAnthropic_Sdk()), ("ToolGen", b.WriteAnthropic_ToolGen)]),
            ("WriteGemini", [("ToolGen", b.WriteGemini_ToolGen)]),
        };

        // Warm every path, then a pause with nothing new to compile, so tiered compilation has promoted them all.
        foreach (var path in categories.SelectMany(c => c.Paths))
        {
            var deadline = Dispatch.Interleaved.ThreadCpuMilliseconds() + 300;
            while (Dispatch.Interleaved.ThreadCpuMilliseconds() < deadline)
            {
                Time(path.Run, 64);
            }
        }

        Thread.Sleep(1500);
        foreach (var (category, paths) in categories)
        {
            var batch = paths.Select(p => BatchSize(p.Run)).ToArray();
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
            var bytes = paths.Select(p => BytesPerCall(p.Run)).ToArray();
            var line = string.Join(", ", paths.Select((p, i) => FormattableString.Invariant($"{p.Name} {medians[i]:F0} ns {bytes[i]} B")));
            for (var i = 1; i < paths.Length && paths[0].Name == "SDK"; i++)
            {
                line += FormattableString.Invariant($"; {paths[i].Name}/SDK: time {medians[i] / medians[0]:F2} ({medians[0] / medians[i]:F2}x faster), bytes {(double)bytes[i] / bytes[0]:F3}");
            }

            Console.WriteLine($"codecs interleaved: {category,-16} {line}");
        }
    }

    internal static double Time(Func<int> run, int ops) => Dispatch.Interleaved.Time(() => { run(); return default(ValueTask); }, ops);

    internal static int BatchSize(Func<int> run)
    {
        var ops = 16;
        var spent = Time(run, ops);
        while (spent < BatchMilliseconds / 4)
        {
            ops *= 2;
            spent = Time(run, ops);
        }

        return Math.Max(1, (int)(ops * BatchMilliseconds / Math.Max(spent, 0.001)));
    }

    internal static long BytesPerCall(Func<int> run, int calls = 1024)
    {
        run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            run();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }
}
