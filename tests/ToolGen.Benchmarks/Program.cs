using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ToolGen.Benchmarks.Adapters;
using ToolGen.Benchmarks.Codecs;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.Dispatch;
using ToolGen.Benchmarks.Generator;
using ToolGen.Benchmarks.Report;
using ToolGen.Benchmarks.Tokens;

namespace ToolGen.Benchmarks;

/// <summary>
/// The benchmark suite of issue 7. build/bench.sh runs <c>all</c>; each stage can also run alone:
/// <list type="table">
/// <item><term>verify</term><description>the three dispatch paths agree on every sample call</description></item>
/// <item><term>tokens</term><description>OpenAI <c>tools</c> entries in o200k_base tokens</description></item>
/// <item><term>cold [N]</term><description>definitions' first use in N fresh processes of each library</description></item>
/// <item><term>generator</term><description>the incremental generator over 1,000 tools</description></item>
/// <item><term>interleaved</term><description>dispatch in thread CPU time, the three paths alternating</description></item>
/// <item><term>bdn [--quick]</term><description>the BenchmarkDotNet classes (dispatch and warm definitions)</description></item>
/// <item><term>adapters [--quick]</term><description>the host adapters (M.E.AI chat, MCP tools/call) against
/// AIFunctionFactory and McpServerTool.Create; saved as adapters.json, not part of <c>all</c></description></item>
/// <item><term>codecs [--quick]</term><description>the provider codecs against the official OpenAI and Anthropic SDKs
/// reading the same responses and streams and writing the same request (issue 15); not part of <c>all</c></description></item>
/// <item><term>codecs-limit [--quick]</term><description>each codec reading a 40-call response and stream against a
/// hand-written Utf8JsonReader pass over the same bytes (the limit) and the SDKs' allocations (issue 15); not part of <c>all</c></description></item>
/// <item><term>tokens-estimate</term><description>the generator's token estimate against o200k_base, samples' tools (issue 17)</description></item>
/// <item><term>first-request [N]</term><description>the first strict <c>tools</c> of each codec in N fresh processes, codec against pre-encoded (issue 17)</description></item>
/// <item><term>shapes [--repeat N] [--bdn] [--quick]</term><description>issue 18: the eight shapes against the UTF-8 hand-written
/// limit and M.E.AI (agreement, exact bytes per call, interleaved CPU time, optionally BenchmarkDotNet); not part of <c>all</c></description></item>
/// <item><term>all</term><description>every stage above, then <c>report</c></description></item>
/// <item><term>report</term><description>docs/performance.md from the saved results</description></item>
/// </list>
/// Options: <c>--artifacts DIR</c> (results, default artifacts/bench), <c>--doc FILE</c>, <c>--command TEXT</c>.
/// Any other first argument goes to BenchmarkDotNet's own command line (e.g. <c>--filter *Dispatch*</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "help";
        var artifacts = Option(args, "--artifacts") ?? Path.Combine("artifacts", "bench");
        var quick = Array.IndexOf(args, "--quick") >= 0;
        switch (mode)
        {
            case "verify":
                return Verify.Run();
            case "tokens":
                Results.Save(artifacts, Results.Tokens, SchemaTokens.Run());
                return 0;
            case "tokens-estimate":
                return EstimateAccuracy.Run();
            case "first-request-create":
                return FirstRequest.Measure(args.Length > 1 ? args[1] : string.Empty);
            case "first-request":
                return FirstRequest.Run(args.Length > 1 && int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 10);
            case "cold-create":
                return ColdStart.Measure(args.Length > 1 ? args[1] : string.Empty);
            case "cold":
                Results.Save(artifacts, Results.Cold, ColdStart.Run(Runs(args)));
                return 0;
            case "generator":
                Results.Save(artifacts, Results.Generator, GeneratorBench.Run());
                return 0;
            case "generator-profile":
                GeneratorBench.ProfileEdits(Runs(args));
                return 0;
            case "interleaved":
                Results.Save(artifacts, Results.Interleaved, Interleaved.Run());
                return 0;
            case "bdn":
                Results.Save(artifacts, Results.Bdn, BdnRun.Run(Path.Combine(artifacts, "BenchmarkDotNet"), quick));
                return 0;
            case "shapes":
                return ShapeRun.Run(artifacts, Array.IndexOf(args, "--bdn") >= 0, quick, int.TryParse(Option(args, "--repeat"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var repeat) ? repeat : 1);
            case "shapes-cold-call":
                return ShapeCold.Measure(args[1]);
            case "shapes-cold":
                Results.Save(artifacts, "shapes-cold", ShapeCold.Run(Runs(args)));
                return 0;
            case "shapes-probe":
                return ShapeRun.Probe(args[1], args[2], double.Parse(args[3], CultureInfo.InvariantCulture));
            case "adapters":
                Results.Save(artifacts, "adapters", AdapterRun.Run(Path.Combine(artifacts, "BenchmarkDotNet"), quick));
                return 0;
            case "codecs":
                return CodecRun.Run(Path.Combine(artifacts, "BenchmarkDotNet"), quick);
            case "codecs-limit":
                return LimitRun.Run(Path.Combine(artifacts, "BenchmarkDotNet"), quick);
            case "all":
                return All(args, artifacts, quick);
            case "report":
                return Report(args, artifacts);
            case "help":
            case "--help":
                Console.WriteLine("modes: verify, tokens, cold [N], generator, interleaved, bdn [--quick], adapters [--quick], codecs [--quick], codecs-limit [--quick], shapes [--bdn] [--quick], all, report; options --artifacts DIR, --doc FILE, --command TEXT");
                return 0;
            default:
                BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }

    private static int All(string[] args, string artifacts, bool quick)
    {
        var loadBefore = ReportWriter.LoadAverage();
        Stage("verify");
        if (Verify.Run() != 0)
        {
            Console.Error.WriteLine("bench: the dispatch paths disagree; not measuring them");
            return 1;
        }

        Stage("tokens");
        Results.Save(artifacts, Results.Tokens, SchemaTokens.Run());
        Stage("cold definitions");
        Results.Save(artifacts, Results.Cold, ColdStart.Run(Runs(args)));
        Stage("generator");
        Results.Save(artifacts, Results.Generator, GeneratorBench.Run());
        Stage("interleaved dispatch");
        Results.Save(artifacts, Results.Interleaved, Interleaved.Run());
        Stage("BenchmarkDotNet");
        Results.Save(artifacts, Results.Bdn, BdnRun.Run(Path.Combine(artifacts, "BenchmarkDotNet"), quick));
        Results.Save(artifacts, Results.Machine, ReportWriter.Machine(loadBefore));
        return Report(args, artifacts);
    }

    private static int Report(string[] args, string artifacts)
    {
        var results = new AllResults(
            Results.Load<MachineInfo>(artifacts, Results.Machine),
            Results.Load<List<BdnRow>>(artifacts, Results.Bdn),
            Results.Load<List<InterleavedRow>>(artifacts, Results.Interleaved),
            Results.Load<TokenResult>(artifacts, Results.Tokens),
            Results.Load<ColdResult>(artifacts, Results.Cold),
            Results.Load<GeneratorResult>(artifacts, Results.Generator),
            AotResults.Load(artifacts));
        var notesPath = Path.Combine(AppContext.BaseDirectory, "Report", "notes.md");
        var notes = File.Exists(notesPath) ? File.ReadAllText(notesPath) : string.Empty;

        // Issue 18's section (mode `shapes`, measured and written by hand), after the other hand-written ones.
        var shapesPath = Path.Combine(AppContext.BaseDirectory, "Report", "shapes.md");
        if (File.Exists(shapesPath))
        {
            notes = notes.TrimEnd() + Environment.NewLine + Environment.NewLine + File.ReadAllText(shapesPath);
        }
        var markdown = ReportWriter.Write(results, Option(args, "--command") ?? "build/bench.sh", notes);
        var doc = Option(args, "--doc");
        if (doc is null)
        {
            Console.WriteLine(markdown);
        }
        else
        {
            File.WriteAllText(doc, markdown);
            Console.WriteLine("bench: wrote " + doc);
        }

        return 0;
    }

    private static void Stage(string name) => Console.WriteLine($"==> {name} ({DateTime.Now:HH:mm:ss}, load {ReportWriter.LoadAverage()})");

    private static int Runs(string[] args) =>
        int.TryParse(Option(args, "--runs") ?? (args.Length > 1 && args[0] is "cold" or "generator-profile" or "shapes-cold" ? args[1] : null), NumberStyles.Integer, CultureInfo.InvariantCulture, out var runs) ? runs : 10;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
