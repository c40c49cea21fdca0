using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using ToolGen.Benchmarks.Dispatch;
using ToolGen.Benchmarks.Tokens;

namespace ToolGen.Benchmarks.Report;

/// <summary>Writes docs/performance.md from the stages' JSON results and the hand-written analysis in notes.md.</summary>
internal static class ReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] ToolOrder = { "StockPrice", "Weather", "BookTable", "SearchProducts" };
    private static readonly Dictionary<string, string> ToolNames = new()
    {
        ["StockPrice"] = "get_stock_price (1 string → decimal)",
        ["Weather"] = "get_weather (string, enum, optional int → record with array)",
        ["BookTable"] = "book_table (record: DateOnly, int?, List<string> → text)",
        ["SearchProducts"] = "search_products (5 parameters, optional array → int[])",
    };

    public static MachineInfo Machine(string loadBefore)
    {
        var lscpu = Run("lscpu", string.Empty);
        string Field(string name) => lscpu.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == name).Select(p => p[1].Trim()).FirstOrDefault() ?? "?";
        var commit = Run("git", "rev-parse --short HEAD").Trim();
        var dirty = Run("git", "status --porcelain --untracked-files=no").Trim().Length > 0 ? " (with uncommitted changes)" : string.Empty;
        return new MachineInfo(
            Field("Model name"),
            int.TryParse(Field("CPU(s)"), NumberStyles.Integer, Inv, out var cores) ? cores : Environment.ProcessorCount,
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", Inv),
            RuntimeInformation.FrameworkDescription,
            Run("dotnet", "--version").Trim(),
            commit + dirty,
            loadBefore,
            LoadAverage());
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static string Write(AllResults r, string command, string notes)
    {
        var md = new StringBuilder();
        md.AppendLine("# Performance");
        md.AppendLine();
        md.AppendLine("<!-- Written by build/bench.sh (tests/ToolGen.Benchmarks, mode `report`); edit tests/ToolGen.Benchmarks/Report/notes.md, not this file. -->");
        md.AppendLine();
        md.AppendLine("ToolGen beside Microsoft.Extensions.AI 10.11.0 (M.E.AI) and a hand-written `Utf8JsonReader`/`Utf8JsonWriter` implementation of the same four tools (the limit), in one run. Issue 7 sets the targets.");
        md.AppendLine();
        if (r.Machine is { } m)
        {
            md.AppendLine($"- Command: `{command}`");
            md.AppendLine($"- Machine: {m.Cpu}, {m.Cores} cores (`lscpu`); load average {m.LoadBefore} at the start, {m.LoadAfter} at the end");
            md.AppendLine($"- Date: {m.DateUtc}");
            md.AppendLine($"- .NET: {m.Runtime}, SDK {m.Sdk}; commit {m.Commit}");
            md.AppendLine("- This is a shared 2-core machine: other work ran beside the benchmarks, so times are medians, and the dispatch times are cross-checked by an interleaved run timed in thread CPU time (see §1).");
            md.AppendLine();
        }

        WriteTargets(md, r);
        WriteDispatch(md, r);
        WriteDefinitions(md, r);
        WriteTokens(md, r);
        WriteGenerator(md, r);
        WriteAot(md, r);
        if (notes.Length > 0)
        {
            md.AppendLine(notes.TrimEnd());
            md.AppendLine();
        }

        return md.ToString();
    }

    // ------------------------------------------------------------------ targets

    private static void WriteTargets(StringBuilder md, AllResults r)
    {
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("Dispatch time is judged on the interleaved thread-CPU-time ratio (§1), which the load of this shared machine does not skew; BenchmarkDotNet's wall-clock ratio is given beside it. Allocations are BenchmarkDotNet's, which are exact.");
        md.AppendLine();
        md.AppendLine("| Target (issue 7) | Measured | Status |");
        md.AppendLine("|---|---|---|");
        foreach (var tool in ToolOrder)
        {
            var hand = Dispatch(r, tool, "HandWritten");
            var gen = Dispatch(r, tool, "ToolGen");
            var cpu = r.Interleaved?.FirstOrDefault(i => i.Tool == tool);
            if (hand is null || gen is null)
            {
                continue;
            }

            var ratio = gen.MedianNs / hand.MedianNs;
            var judged = cpu is null ? ratio : cpu.ToolGenNs / cpu.HandWrittenNs;
            var cpuText = cpu is null ? string.Empty : $"{X(judged)} in CPU time ({Ns(cpu.ToolGenNs)} vs {Ns(cpu.HandWrittenNs)}); ";
            md.AppendLine($"| Dispatch `{ToolName(tool)}` within 1.15× of hand-written | {cpuText}BenchmarkDotNet wall clock {X(ratio)} ({Ns(gen.MedianNs)} vs {Ns(hand.MedianNs)}) | {Status(judged <= 1.15)} |");
        }

        foreach (var tool in ToolOrder)
        {
            var hand = Dispatch(r, tool, "HandWritten");
            var gen = Dispatch(r, tool, "ToolGen");
            if (hand is null || gen is null)
            {
                continue;
            }

            md.AppendLine($"| Allocations `{ToolName(tool)}` ≤ hand-written | {gen.AllocatedBytes} B vs {hand.AllocatedBytes} B | {Status(gen.AllocatedBytes <= hand.AllocatedBytes)} |");
        }

        if (r.Cold is { } cold)
        {
            var coldRatio = cold.MeaiMedianMicroseconds / cold.ToolGenMedianMicroseconds;
            var warm = r.Bdn?.FirstOrDefault(b => b.Class == "DefinitionBenchmarks" && b.Method == "ToolGen");
            var warmText = warm is null ? string.Empty : $"; once loaded, an access takes {Ns(warm.MedianNs)} ({X(cold.MeaiMedianMicroseconds * 1e3 / warm.MedianNs, 0)} less than the cold `Create`)";
            md.AppendLine($"| Definitions with no per-process build cost, ≥ 1,000× cheaper than a cold `AIFunctionFactory.Create`: JIT | first use in a fresh process {Us(cold.ToolGenMedianMicroseconds)} vs {Us(cold.MeaiMedianMicroseconds)} = {X(coldRatio, 0)}{warmText} | {Status(coldRatio >= 1000)} |");
            var aotGen = r.Aot.FirstOrDefault(a => a.Name == "AotToolGen");
            var aotMeai = r.Aot.FirstOrDefault(a => a.Name == "AotMeai");
            if (aotGen is not null && aotMeai is not null)
            {
                var aotRatio = aotMeai.DefinitionsMicroseconds / aotGen.DefinitionsMicroseconds;
                md.AppendLine($"| … the same under NativeAOT | first use {Us(aotGen.DefinitionsMicroseconds)} vs {Us(aotMeai.DefinitionsMicroseconds)} = {X(aotRatio, 0)} | {Status(aotRatio >= 1000)} |");
            }
        }

        if (r.Tokens is { } tokens)
        {
            var gen = tokens.Rows.Sum(t => t.ToolGen);
            var meai = tokens.Rows.Sum(t => t.Meai);
            var adapter = tokens.Rows.Sum(t => t.MeaiAdapter);
            var same = tokens.Rows.All(t => Covers(t.ToolGenInformation, t.MeaiInformation));
            md.AppendLine($"| OpenAI `tools` tokens ≤ 0.85× M.E.AI's, same information | {gen} vs {meai} = {X((double)gen / meai)} (like for like, compact); vs {adapter} as M.E.AI's OpenAI adapter sends them = {X((double)gen / adapter)}; ToolGen carries {(same ? "all" : "not all")} of M.E.AI's keywords | {Status((double)gen / meai <= 0.85 && same)} (compact) |");
        }

        if (r.Generator is { } g)
        {
            md.AppendLine($"| An unrelated edit causes zero regeneration | every output step Cached/Unchanged: {(g.UnrelatedEdit.NoNewOutput ? "yes" : "no")} ({g.UnrelatedEdit.Steps.GetValueOrDefault("SourceOutput", "?")}) | {Status(g.UnrelatedEdit.NoNewOutput)} |");
        }

        md.AppendLine();
        var speed = ToolOrder
            .Select(t => r.Interleaved?.FirstOrDefault(i => i.Tool == t) is { } cpu
                ? cpu.MeaiNs / cpu.HandWrittenNs
                : Dispatch(r, t, "MEAI") is { } m && Dispatch(r, t, "HandWritten") is { } h ? m.MedianNs / h.MedianNs : double.NaN)
            .Where(v => !double.IsNaN(v))
            .ToArray();
        var memory = ToolOrder
            .Select(t => Dispatch(r, t, "MEAI") is { } m && Dispatch(r, t, "HandWritten") is { } h ? (double)m.AllocatedBytes / h.AllocatedBytes : double.NaN)
            .Where(v => !double.IsNaN(v))
            .ToArray();
        if (speed.Length > 0 && memory.Length > 0)
        {
            md.AppendLine($"For reference (issue 7 measured 5–8× and 4.7–11× before ToolGen existed): here the hand-written limit is {X(speed.Min())}–{X(speed.Max())} faster than M.E.AI per dispatch{(r.Interleaved is null ? string.Empty : " (CPU time)")} and allocates {X(memory.Min())}–{X(memory.Max())} less.");
            md.AppendLine();
        }
    }

    private static bool Covers(Information a, Information b) =>
        a.Descriptions >= b.Descriptions && a.Types >= b.Types && a.Required >= b.Required && a.Enums >= b.Enums &&
        a.Defaults >= b.Defaults && a.Ranges >= b.Ranges && a.Formats >= b.Formats && a.Items >= b.Items;

    // ------------------------------------------------------------------ sections

    private static void WriteDispatch(StringBuilder md, AllResults r)
    {
        md.AppendLine("## 1. Dispatch");
        md.AppendLine();
        md.AppendLine("One full call per operation: the tool name and the UTF-8 arguments exactly as a model sends them → parse → invoke → the result's JSON text. " +
            "ToolGen and the hand-written limit take the `ToolCall` a codec delivers and return a `ToolResult`; M.E.AI starts from the same name and bytes and does what its OpenAI chat client and `FunctionInvokingChatClient` do " +
            "(parse the arguments into a dictionary of `JsonElement`s, `new AIFunctionArguments(…)`, `AIFunction.InvokeAsync`, serialize the result to the text of the `role: tool` message). " +
            "The tool bodies are trivial and `NoInlining`, so the plumbing is what is measured. Arguments:");
        md.AppendLine();
        foreach (var sample in ToolGen.Benchmarks.Tools.Calls.All)
        {
            md.AppendLine($"- `{sample.Name}`: `{sample.ArgumentsJson}`");
        }

        md.AppendLine();
        md.AppendLine("BenchmarkDotNet 0.15.8, `MemoryDiagnoser`, one launch, 4 warm-up and 15 measured iterations of 250 ms; each tool's baseline is the hand-written limit. Ratios are of medians. " +
            "The last two columns are the interleaved cross-check: the three paths alternate in 8 ms batches for 61 rounds, each batch timed in this thread's CPU time, median per call.");
        md.AppendLine();
        md.AppendLine("| Tool | Implementation | Mean | Median | Ratio | Allocated | Alloc ratio | CPU time (interleaved) | CPU ratio |");
        md.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var tool in ToolOrder)
        {
            var hand = Dispatch(r, tool, "HandWritten");
            var cpu = r.Interleaved?.FirstOrDefault(i => i.Tool == tool);
            foreach (var impl in new[] { "HandWritten", "ToolGen", "MEAI" })
            {
                var row = Dispatch(r, tool, impl);
                if (row is null || hand is null)
                {
                    continue;
                }

                var cpuNs = cpu is null ? double.NaN : impl switch { "HandWritten" => cpu.HandWrittenNs, "ToolGen" => cpu.ToolGenNs, _ => cpu.MeaiNs };
                md.AppendLine($"| {(impl == "HandWritten" ? "`" + ToolName(tool) + "`" : string.Empty)} | {impl} | {Ns(row.MeanNs)} | {Ns(row.MedianNs)} | {X(row.MedianNs / hand.MedianNs)} | {row.AllocatedBytes} B | {X((double)row.AllocatedBytes / hand.AllocatedBytes)} | {(double.IsNaN(cpuNs) ? "–" : Ns(cpuNs))} | {(cpu is null ? "–" : X(cpuNs / cpu.HandWrittenNs))} |");
            }
        }

        md.AppendLine();
    }

    private static void WriteDefinitions(StringBuilder md, AllResults r)
    {
        md.AppendLine("## 2. Definitions");
        md.AppendLine();
        md.AppendLine("The cost of having the four tools' names, descriptions and parameter schemas. ToolGen's are compile-time constants behind `ToolDefinitions`; M.E.AI builds them with `AIFunctionFactory.Create` " +
            "(reflection over the method, a `JsonSerializerOptions` contract per parameter type, schema generation), cached per method after the first call.");
        md.AppendLine();
        var warm = r.Bdn?.Where(b => b.Class == "DefinitionBenchmarks" && b.Category == "Definitions").ToArray() ?? Array.Empty<BdnRow>();
        if (warm.Length > 0)
        {
            var baseline = warm.First(b => b.Baseline);
            md.AppendLine("Warm, in a process that has built them once (BenchmarkDotNet):");
            md.AppendLine();
            md.AppendLine("| Library | Mean | Median | Ratio | Allocated |");
            md.AppendLine("|---|--:|--:|--:|--:|");
            foreach (var row in warm)
            {
                md.AppendLine($"| {(row.Method == "MEAI" ? "M.E.AI `AIFunctionFactory.Create` ×4" : "ToolGen `ToolDefinitions`")} | {Ns(row.MeanNs)} | {Ns(row.MedianNs)} | {X(row.MedianNs / baseline.MedianNs, 0)} | {row.AllocatedBytes} B |");
            }

            md.AppendLine();
        }

        var json = r.Bdn?.Where(b => b.Class == "DefinitionBenchmarks" && b.Category == "ToolsJson").ToArray() ?? Array.Empty<BdnRow>();
        if (json.Length > 0)
        {
            var baseline = json.First(b => b.Baseline);
            md.AppendLine("Per request, the four tools written into the request body's `tools` array (BenchmarkDotNet; ToolGen: `OpenAIChatCompletions.WriteTools`, which transcodes and validates each schema string; M.E.AI: name, description and `JsonSchema.WriteTo`, as an OpenAI client writes them):");
            md.AppendLine();
            md.AppendLine("| Library | Mean | Median | Ratio | Allocated |");
            md.AppendLine("|---|--:|--:|--:|--:|");
            foreach (var row in json)
            {
                md.AppendLine($"| {(row.Method == "MEAI" ? "M.E.AI" : "ToolGen")} | {Ns(row.MeanNs)} | {Ns(row.MedianNs)} | {X(row.MedianNs / baseline.MedianNs)} | {row.AllocatedBytes} B |");
            }

            md.AppendLine();
        }

        if (r.Cold is { } cold)
        {
            md.AppendLine($"Cold, the first use in a fresh process (`ToolGen.Benchmarks cold-create`, timed with `Stopwatch` inside the process, {cold.Runs} launches of each, alternating), JIT included:");
            md.AppendLine();
            md.AppendLine("| Library | Median | Min | Ratio |");
            md.AppendLine("|---|--:|--:|--:|");
            md.AppendLine($"| ToolGen `ToolDefinitions` | {Us(cold.ToolGenMedianMicroseconds)} | {Us(cold.ToolGenMinMicroseconds)} | 1× |");
            md.AppendLine($"| M.E.AI `AIFunctionFactory.Create` ×4 | {Us(cold.MeaiMedianMicroseconds)} | {Us(cold.MeaiMinMicroseconds)} | {X(cold.MeaiMedianMicroseconds / cold.ToolGenMedianMicroseconds, 0)} |");
            md.AppendLine();
        }

        var aotGen = r.Aot.FirstOrDefault(a => a.Name == "AotToolGen");
        var aotMeai = r.Aot.FirstOrDefault(a => a.Name == "AotMeai");
        if (aotGen is not null && aotMeai is not null)
        {
            md.AppendLine($"Under NativeAOT (§5's apps, the same first use timed inside the binary, median of {aotGen.DefinitionRuns} runs): ToolGen {Us(aotGen.DefinitionsMicroseconds)}, M.E.AI {Us(aotMeai.DefinitionsMicroseconds)} ({X(aotMeai.DefinitionsMicroseconds / aotGen.DefinitionsMicroseconds, 0)}). " +
                $"Writing the OpenAI `tools` JSON after that: ToolGen {Us(aotGen.ToolsJsonMicroseconds)}, M.E.AI {Us(aotMeai.ToolsJsonMicroseconds)}.");
            md.AppendLine();
        }
    }

    private static void WriteTokens(StringBuilder md, AllResults r)
    {
        if (r.Tokens is not { } tokens)
        {
            return;
        }

        md.AppendLine("## 3. Schema size in tokens");
        md.AppendLine();
        md.AppendLine($"Each tool's entry of an OpenAI request's `tools` array, counted with Microsoft.ML.Tokenizers 2.0.1 `{tokens.Encoding}` (GPT-4o and later). " +
            "ToolGen: `OpenAIChatCompletions.WriteTools`, non-strict and strict. M.E.AI (like for like): `{\"type\":\"function\",\"function\":{\"name\",\"description\",\"parameters\": AIFunction.JsonSchema}}`, compact. " +
            "M.E.AI as sent: what Microsoft.Extensions.AI.OpenAI 10.x actually puts on the wire (its `ToolJson` round trip adds `additionalProperties: false` and writes indented). " +
            "All use the same relaxed JSON encoder. Both libraries get the same names and the same `[Description]`s.");
        md.AppendLine();
        md.AppendLine("| Tool | ToolGen | ToolGen strict | M.E.AI | ToolGen / M.E.AI | M.E.AI as sent | ToolGen / as sent |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach (var row in tokens.Rows)
        {
            md.AppendLine($"| `{row.Tool}` | {row.ToolGen} | {row.ToolGenStrict} | {row.Meai} | {X((double)row.ToolGen / row.Meai)} | {row.MeaiAdapter} | {X((double)row.ToolGen / row.MeaiAdapter)} |");
        }

        md.AppendLine($"| **all four** | **{tokens.Rows.Sum(t => t.ToolGen)}** | **{tokens.Rows.Sum(t => t.ToolGenStrict)}** | **{tokens.Rows.Sum(t => t.Meai)}** | **{X((double)tokens.Rows.Sum(t => t.ToolGen) / tokens.Rows.Sum(t => t.Meai))}** | **{tokens.Rows.Sum(t => t.MeaiAdapter)}** | **{X((double)tokens.Rows.Sum(t => t.ToolGen) / tokens.Rows.Sum(t => t.MeaiAdapter))}** |");
        md.AppendLine();
        md.AppendLine("Information carried (keywords counted in each non-strict entry; range bounds are `minimum`/`maximum`/`minLength`/… ):");
        md.AppendLine();
        md.AppendLine("| Tool | Library | descriptions | types | required | enums | defaults | range bounds | formats | items |");
        md.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var row in tokens.Rows)
        {
            foreach (var (library, info) in new[] { ("ToolGen", row.ToolGenInformation), ("M.E.AI", row.MeaiInformation) })
            {
                md.AppendLine($"| {(library == "ToolGen" ? "`" + row.Tool + "`" : string.Empty)} | {library} | {info.Descriptions} | {info.Types} | {info.Required} | {info.Enums} | {info.Defaults} | {info.Ranges} | {info.Formats} | {info.Items} |");
            }
        }

        md.AppendLine();
        md.AppendLine("<details><summary>The entries compared</summary>");
        md.AppendLine();
        foreach (var row in tokens.Rows)
        {
            md.AppendLine($"`{row.Tool}`, ToolGen ({row.ToolGen} tokens):");
            md.AppendLine("```json");
            md.AppendLine(row.ToolGenJson);
            md.AppendLine("```");
            md.AppendLine($"M.E.AI ({row.Meai} tokens):");
            md.AppendLine("```json");
            md.AppendLine(row.MeaiJson);
            md.AppendLine("```");
        }

        md.AppendLine("</details>");
        md.AppendLine();
    }

    private static void WriteGenerator(StringBuilder md, AllResults r)
    {
        if (r.Generator is not { } g)
        {
            return;
        }

        md.AppendLine("## 4. Generator and analyzers");
        md.AppendLine();
        md.AppendLine($"`ToolGen.Generators.ToolGenerator` driven by `CSharpGeneratorDriver` (Roslyn 4.14) with step tracking, over a generated compilation of {g.Tools:N0} `[Tool]` methods in {g.Types} partial types " +
            "(one file each, ten tools of mixed shapes: strings, enums, records, optional values, arrays, lists, dates, async returns) plus one file without tools. " +
            $"It generates {g.GeneratedFiles} files, {g.GeneratedChars:N0} characters ({g.GeneratedChars / Math.Max(1, g.Tools):N0} per tool); the compilation has {g.GeneratedErrors} errors after generation. " +
            "\"Floor\" is a generator that makes the same `ForAttributeWithMetadataName` lookup with a transform that only reads the method's name: what any attribute-driven generator pays.");
        md.AppendLine();
        md.AppendLine("| Scenario | ToolGen | Floor | Output steps | No new output |");
        md.AppendLine("|---|--:|--:|---|---|");
        md.AppendLine($"| Cold run, first in the process (JIT included) | {Ms(g.ColdFirstMs)} | | all New | |");
        md.AppendLine($"| Cold run, new driver and compilation, warm process (median) | {Ms(g.ColdWarmMs)} | {Ms(g.FloorColdMs)} | all New | |");
        md.AppendLine($"| Edit inside one tool method's body (median of 15) | {Ms(g.BodyEdit.MedianMs)} | {Ms(g.FloorEditMs)} | {g.BodyEdit.Steps.GetValueOrDefault("SourceOutput", "?")} | {(g.BodyEdit.NoNewOutput ? "yes" : "**no**")} |");
        md.AppendLine($"| Edit in the file without tools (median of 15) | {Ms(g.UnrelatedEdit.MedianMs)} | | {g.UnrelatedEdit.Steps.GetValueOrDefault("SourceOutput", "?")} | {(g.UnrelatedEdit.NoNewOutput ? "yes" : "**no**")} |");
        md.AppendLine($"| As an IDE runs it (no step tracking, the two generators taking turns): edit in a tool body | {Ms(g.Untracked.BodyMs)} | {Ms(g.Untracked.FloorBodyMs)} ({g.Untracked.BodyMs / g.Untracked.FloorBodyMs:F1}×) | | |");
        md.AppendLine($"| As an IDE runs it: edit in the file without tools | {Ms(g.Untracked.UnrelatedMs)} | {Ms(g.Untracked.FloorUnrelatedMs)} ({g.Untracked.UnrelatedMs / g.Untracked.FloorUnrelatedMs:F1}×) | | |");
        md.AppendLine();
        md.AppendLine("Tracked steps after the last edit of each kind (reason × outputs):");
        md.AppendLine();
        md.AppendLine("| Step | Edit in a tool body | Edit in an unrelated file |");
        md.AppendLine("|---|---|---|");
        foreach (var step in g.BodyEdit.Steps.Keys.Union(g.UnrelatedEdit.Steps.Keys).Where(s => s.StartsWith("ToolGen.", StringComparison.Ordinal) || s == "SourceOutput").OrderBy(s => s, StringComparer.Ordinal))
        {
            md.AppendLine($"| `{step}` | {g.BodyEdit.Steps.GetValueOrDefault(step, "–")} | {g.UnrelatedEdit.Steps.GetValueOrDefault(step, "–")} |");
        }

        md.AppendLine();
        md.AppendLine(g.Analyzers.Names.Count == 0
            ? "Analyzers: the generator assembly of this build has none (`ToolGen.Generators.Analyzers.ToolAnalyzer` not present), so their timing is skipped."
            : $"Analyzers ({string.Join(", ", g.Analyzers.Names.Select(n => "`" + n + "`"))}): whole compilation {Ms(g.Analyzers.FullMs)}; the semantic diagnostics of the one document being edited, as an IDE asks while typing, {Ms(g.Analyzers.DocumentMs)} (median of 5); {g.Analyzers.Diagnostics} diagnostics.");
        md.AppendLine();
    }

    private static void WriteAot(StringBuilder md, AllResults r)
    {
        if (r.Aot.Count == 0)
        {
            return;
        }

        md.AppendLine("## 5. NativeAOT");
        md.AppendLine();
        md.AppendLine("The same program twice: the four tools, print the OpenAI `tools` array, run one call of each as a model sends it, print the results. " +
            "`tests/ToolGen.Benchmarks/AotToolGen` uses ToolGen; `tests/ToolGen.Benchmarks/AotMeai` uses `AIFunctionFactory` plus the `JsonSerializerContext` it needs under NativeAOT. " +
            "Both: `dotnet publish -c Release -r linux-x64 -p:PublishAot=true` (as build/aot-smoke.sh does) with `InvariantGlobalization`.");
        md.AppendLine();
        md.AppendLine("| App | Binary size | Start to exit (median) | Min | CPU (user+sys) | Runs | IL2xxx/IL3xxx warnings | Output correct |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|---|");
        var baseline = r.Aot.FirstOrDefault(a => a.Name == "AotToolGen");
        foreach (var app in r.Aot)
        {
            var ratio = baseline is null || app == baseline ? string.Empty : $" ({X((double)app.Bytes / baseline.Bytes)})";
            var timeRatio = baseline is null || app == baseline ? string.Empty : $" ({X(app.MedianMs / baseline.MedianMs)})";
            md.AppendLine($"| {app.Name} | {app.Bytes / 1048576.0:F2} MB{ratio} | {Ms(app.MedianMs)}{timeRatio} | {Ms(app.MinMs)} | {(double.IsNaN(app.CpuMs) ? "–" : Ms(app.CpuMs))} | {app.Runs} | {app.Warnings.Count} | {(app.Ran ? "yes" : "**no**")} |");
        }

        md.AppendLine();
        md.AppendLine($"Timed with {string.Join(", ", r.Aot.Select(a => a.Timer).Distinct())}.");
        foreach (var app in r.Aot.Where(a => a.Warnings.Count > 0))
        {
            md.AppendLine();
            md.AppendLine($"{app.Name} warnings:");
            foreach (var warning in app.Warnings)
            {
                md.AppendLine($"- `{warning}`");
            }
        }

        md.AppendLine();
    }

    // ------------------------------------------------------------------ helpers

    private static BdnRow? Dispatch(AllResults r, string tool, string impl) =>
        r.Bdn?.FirstOrDefault(b => b.Class == "DispatchBenchmarks" && b.Category == tool && b.Method == impl);

    private static string ToolName(string key) => ToolNames.TryGetValue(key, out var name) ? name.Split(' ')[0] : key;

    private static string Status(bool met) => met ? "met" : "**missed**";

    private static string X(double ratio, int decimals = 2) =>
        double.IsNaN(ratio) || double.IsInfinity(ratio) ? "–" : ratio.ToString(decimals == 0 ? "N0" : "F" + decimals.ToString(Inv), Inv) + "×";

    private static string Ns(double ns) => double.IsNaN(ns) ? "–" : ns >= 10_000 ? (ns / 1000).ToString("N1", Inv) + " µs" : ns.ToString(ns < 10 ? "F2" : "N0", Inv) + " ns";

    private static string Us(double us) => double.IsNaN(us) ? "–" : us >= 10_000 ? (us / 1000).ToString("N1", Inv) + " ms" : us.ToString("N0", Inv) + " µs";

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString(ms < 100 ? "F1" : "N0", Inv) + " ms";

    private static string Run(string file, string arguments)
    {
        try
        {
            var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return string.Empty;
        }
    }
}
