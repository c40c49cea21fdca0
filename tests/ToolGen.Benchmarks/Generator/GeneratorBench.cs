using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Generators;

namespace ToolGen.Benchmarks.Generator;

/// <summary>
/// Times <see cref="ToolGenerator"/> the way a compiler host drives it, with <see cref="CSharpGeneratorDriver"/>
/// over a generated compilation of 1,000 <c>[Tool]</c> methods in 100 partial types (one file each, with an
/// enum and a record parameter type of its own) plus one file without tools:
/// a cold run (a new driver over a new compilation), an edit inside one tool method's body, and an edit in
/// the unrelated file; for the edits it reports the reason of every tracked step, which must show no new
/// output. Analyzers found in the generator assembly are timed too; when it has none, that part is skipped.
/// </summary>
internal static class GeneratorBench
{
    private const int Types = 100;
    private const int MethodsPerType = 10;
    private const int ColdRuns = 5;
    private const int EditRuns = 15;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public static GeneratorResult Run()
    {
        var trees = new List<SyntaxTree>();
        for (var i = 0; i < Types; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ToolFile(i, bodyVariant: 0), s_parseOptions, path: $"Tools{i}.cs", encoding: Encoding.UTF8));
        }

        var unrelated = CSharpSyntaxTree.ParseText(UnrelatedFile(0), s_parseOptions, path: "Unrelated.cs", encoding: Encoding.UTF8);
        trees.Add(unrelated);
        var compilation = CSharpCompilation.Create(
            "GeneratorBench",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var sourceErrors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        // Cold: a new driver over a compilation that has bound nothing yet. The first run also pays for
        // JIT-compiling the generator; the rest show a cold driver in a warm compiler process.
        var coldTimes = new List<double>();
        GeneratorDriver driver = null!;
        GeneratorDriverRunResult? coldResult = null;
        for (var run = 0; run < ColdRuns; run++)
        {
            var fresh = compilation.Clone();
            var newDriver = CreateDriver();
            var watch = Stopwatch.StartNew();
            newDriver = newDriver.RunGenerators(fresh);
            watch.Stop();
            coldTimes.Add(watch.Elapsed.TotalMilliseconds);
            driver = newDriver;
            coldResult = newDriver.GetRunResult();
        }

        var generated = coldResult!.GeneratedTrees;
        var generatedChars = generated.Sum(t => t.Length);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _);
        var compileWatch = Stopwatch.StartNew();
        var generatedErrors = withGenerated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compileWatch.Stop();
        foreach (var error in generatedErrors.Take(5))
        {
            Console.WriteLine("  compile error: " + error);
        }

        var toolTree = trees[42];
        var bodyEdit = MeasureEdits(ref driver, ref compilation, toolTree, variant => ToolFile(42, variant));
        var unrelatedEdit = MeasureEdits(ref driver, ref compilation, unrelated, UnrelatedFile);

        var analyzers = AnalyzerTimes(compilation);

        // The floor: a generator that finds the same 1,000 methods with the same ForAttributeWithMetadataName
        // call but only reads the method's name. What ToolGen costs above it is its own Parse step.
        var floorDriver = (GeneratorDriver)CSharpGeneratorDriver.Create(
            new[] { new FloorGenerator().AsSourceGenerator() },
            parseOptions: s_parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var floorCold = new List<double>();
        for (var run = 0; run < ColdRuns; run++)
        {
            var fresh = compilation.Clone();
            var watch = Stopwatch.StartNew();
            floorDriver = floorDriver.RunGenerators(fresh);
            watch.Stop();
            floorCold.Add(watch.Elapsed.TotalMilliseconds);
            floorDriver = CSharpGeneratorDriver.Create(
                new[] { new FloorGenerator().AsSourceGenerator() },
                parseOptions: s_parseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        floorDriver = floorDriver.RunGenerators(compilation);
        var floorBody = MeasureEdits(ref floorDriver, ref compilation, toolTree, variant => ToolFile(42, variant + 100));

        // As an IDE runs generators: without step tracking, which the driver otherwise pays for on every edit (it
        // records every step's inputs and outputs). Both generators, both edit kinds, interleaved in one process.
        var ide = MeasureUntracked(compilation, toolTree, unrelated);

        var result = new GeneratorResult(
            Types * MethodsPerType,
            Types,
            sourceErrors,
            generated.Length,
            generatedChars,
            generatedErrors.Count,
            compileWatch.Elapsed.TotalMilliseconds,
            coldTimes[0],
            ColdStart.Median(coldTimes.Skip(1).ToArray()),
            bodyEdit,
            unrelatedEdit,
            analyzers,
            ColdStart.Median(floorCold.Skip(1).ToArray()),
            floorBody.MedianMs,
            ide);
        Print(result);
        return result;
    }

    /// <summary>
    /// Edit timings without step tracking, ToolGen and the floor taking turns on the same edits so that both see the
    /// same machine: the medians of <see cref="EditRuns"/> edits of each kind.
    /// </summary>
    private static UntrackedResult MeasureUntracked(CSharpCompilation compilation, SyntaxTree toolTree, SyntaxTree unrelatedTree)
    {
        var options = new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false);
        GeneratorDriver tools = CSharpGeneratorDriver.Create(new[] { new ToolGenerator().AsSourceGenerator() }, parseOptions: s_parseOptions, driverOptions: options);
        GeneratorDriver floor = CSharpGeneratorDriver.Create(new[] { new FloorGenerator().AsSourceGenerator() }, parseOptions: s_parseOptions, driverOptions: options);
        tools = tools.RunGenerators(compilation);
        floor = floor.RunGenerators(compilation);
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var (name, path, variant) in new (string, string, Func<int, string>)[]
        {
            ("body", toolTree.FilePath, run => ToolFile(42, run + 200)),
            ("unrelated", unrelatedTree.FilePath, run => UnrelatedFile(run + 200)),
        })
        {
            for (var run = 1; run <= EditRuns; run++)
            {
                var current = compilation.SyntaxTrees.First(t => t.FilePath == path);
                compilation = compilation.ReplaceSyntaxTree(current, current.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(variant(run), Encoding.UTF8)));

                // Each generator gets its own copy of the new compilation, so neither finds symbols the other bound.
                var forTools = compilation.Clone();
                var forFloor = compilation.Clone();
                var watch = Stopwatch.StartNew();
                tools = tools.RunGenerators(forTools);
                Add(times, "tools-" + name, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                floor = floor.RunGenerators(forFloor);
                Add(times, "floor-" + name, watch.Elapsed.TotalMilliseconds);
            }
        }

        return new UntrackedResult(
            ColdStart.Median(times["tools-body"]),
            ColdStart.Median(times["tools-unrelated"]),
            ColdStart.Median(times["floor-body"]),
            ColdStart.Median(times["floor-unrelated"]));

        static void Add(Dictionary<string, List<double>> times, string key, double ms) =>
            (times.TryGetValue(key, out var list) ? list : times[key] = new List<double>()).Add(ms);
    }

    /// <summary>For a profiler: one cold run, then <paramref name="edits"/> edits inside a tool body.</summary>
    public static void ProfileEdits(int edits)
    {
        var trees = Enumerable.Range(0, Types)
            .Select(i => CSharpSyntaxTree.ParseText(ToolFile(i, bodyVariant: 0), s_parseOptions, path: $"Tools{i}.cs", encoding: Encoding.UTF8))
            .ToList();
        var compilation = CSharpCompilation.Create("GeneratorBench", trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        // Untracked, as an IDE runs it: step tracking would dominate the profile.
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ToolGenerator().AsSourceGenerator() },
            parseOptions: s_parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false)).RunGenerators(compilation);
        var current = trees[42];
        var watch = Stopwatch.StartNew();
        for (var run = 1; run <= edits; run++)
        {
            var edited = current.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(ToolFile(42, run), Encoding.UTF8));
            compilation = compilation.ReplaceSyntaxTree(current, edited);
            current = edited;
            driver = driver.RunGenerators(compilation);
        }

        Console.WriteLine($"{edits} edits in {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ToolGenerator().AsSourceGenerator() },
            parseOptions: s_parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Replaces one file with successive variants, running the warm driver after each, as an IDE does.</summary>
    private static EditResult MeasureEdits(ref GeneratorDriver driver, ref CSharpCompilation compilation, SyntaxTree tree, Func<int, string> variant)
    {
        var times = new List<double>();
        var current = compilation.SyntaxTrees.First(t => t.FilePath == tree.FilePath);
        var steps = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var allQuiet = true;
        for (var run = 1; run <= EditRuns; run++)
        {
            var edited = current.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(variant(run), Encoding.UTF8));
            compilation = compilation.ReplaceSyntaxTree(current, edited);
            current = edited;
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);

            var runResult = driver.GetRunResult().Results[0];
            if (run == EditRuns)
            {
                steps.Clear();
            }

            foreach (var (name, entries) in runResult.TrackedSteps.Concat(runResult.TrackedOutputSteps))
            {
                foreach (var step in entries)
                {
                    foreach (var (_, reason) in step.Outputs)
                    {
                        if (run == EditRuns)
                        {
                            var reasons = steps.TryGetValue(name, out var found) ? found : steps[name] = new SortedDictionary<string, int>(StringComparer.Ordinal);
                            reasons[reason.ToString()] = reasons.TryGetValue(reason.ToString(), out var count) ? count + 1 : 1;
                        }

                        if (runResult.TrackedOutputSteps.ContainsKey(name) && reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                        {
                            allQuiet = false;
                        }
                    }
                }
            }
        }

        return new EditResult(
            ColdStart.Median(times),
            times.Min(),
            allQuiet,
            steps.ToDictionary(s => s.Key, s => string.Join(", ", s.Value.Select(r => $"{r.Key} ×{r.Value}"))));
    }

    private static AnalyzerResult AnalyzerTimes(CSharpCompilation compilation)
    {
        var analyzers = typeof(ToolGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            return new AnalyzerResult(Array.Empty<string>(), 0, 0, 0, 0);
        }

        var names = analyzers.Select(a => a.GetType().FullName!).ToArray();
        var fresh = compilation.Clone();
        var watch = Stopwatch.StartNew();
        var diagnostics = fresh.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        watch.Stop();
        var full = watch.Elapsed.TotalMilliseconds;

        // What the IDE does while typing: the semantic diagnostics of the one document being edited.
        var withAnalyzers = compilation.WithAnalyzers(analyzers);
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == "Tools42.cs");
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var model = compilation.GetSemanticModel(tree);
            watch.Restart();
            withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new AnalyzerResult(names, full, ColdStart.Median(times), diagnostics.Length, diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static void Print(GeneratorResult r)
    {
        Console.WriteLine($"generator: {r.Tools} tools in {r.Types} types -> {r.GeneratedFiles} files, {r.GeneratedChars:N0} chars; errors in source {r.SourceErrors}, after generation {r.GeneratedErrors}");
        Console.WriteLine($"  cold run: first {r.ColdFirstMs:F0} ms (JIT included), then median {r.ColdWarmMs:F0} ms");
        Console.WriteLine($"  edit in a tool body: median {r.BodyEdit.MedianMs:F1} ms, no new output: {r.BodyEdit.NoNewOutput}");
        foreach (var step in r.BodyEdit.Steps)
        {
            Console.WriteLine($"    {step.Key}: {step.Value}");
        }

        Console.WriteLine($"  edit in an unrelated file: median {r.UnrelatedEdit.MedianMs:F1} ms, no new output: {r.UnrelatedEdit.NoNewOutput}");
        foreach (var step in r.UnrelatedEdit.Steps)
        {
            Console.WriteLine($"    {step.Key}: {step.Value}");
        }

        Console.WriteLine($"  floor (same lookup, trivial transform): cold {r.FloorColdMs:F0} ms, edit in a tool body {r.FloorEditMs:F1} ms");
        var u = r.Untracked;
        Console.WriteLine($"  as an IDE runs it (no step tracking), median of {EditRuns}: edit in a tool body {u.BodyMs:F1} ms (floor {u.FloorBodyMs:F1} ms, {u.BodyMs / u.FloorBodyMs:F1}x), " +
            $"edit in an unrelated file {u.UnrelatedMs:F1} ms (floor {u.FloorUnrelatedMs:F1} ms, {u.UnrelatedMs / u.FloorUnrelatedMs:F1}x)");
        Console.WriteLine(r.Analyzers.Names.Count == 0
            ? "  analyzers: none in the generator assembly; skipped"
            : $"  analyzers {string.Join(", ", r.Analyzers.Names)}: whole compilation {r.Analyzers.FullMs:F0} ms, one document {r.Analyzers.DocumentMs:F1} ms, {r.Analyzers.Diagnostics} diagnostics");
    }

    private static IEnumerable<MetadataReference> References()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(ToolAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    /// <summary>One partial type with ten tools of five shapes, an enum and a record of its own.</summary>
    private static string ToolFile(int i, int bodyVariant) => $$"""
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Threading;
        using System.Threading.Tasks;
        using ToolGen;

        namespace Bench.Area{{i}};

        public enum Mode{{i}} { Fast, Balanced, Careful }

        /// <summary>Options of area {{i}}.</summary>
        /// <param name="Name">A name.</param>
        /// <param name="Limit">An optional limit.</param>
        /// <param name="Tags">Tags to match.</param>
        public sealed record Options{{i}}(string Name, int? Limit, List<string> Tags);

        public partial class Tools{{i}}
        {
            /// <summary>Gets the weather of a city.</summary>
            /// <param name="city">The city.</param>
            /// <param name="days">How many days.</param>
            [Tool]
            public string Weather{{i}}(string city, int days = 3) => city + (days + {{bodyVariant}}).ToString();

            [Tool, Description("Gets a stock price.")]
            public decimal Price{{i}}([Description("Ticker symbol")] string symbol) => symbol.Length;

            /// <summary>Searches products.</summary>
            [Tool]
            public Task<int[]> Search{{i}}(string query, double minPrice, double maxPrice, bool inStock, string[]? tags = null, CancellationToken cancellationToken = default) =>
                Task.FromResult(new[] { query.Length });

            /// <summary>Echoes options.</summary>
            [Tool]
            public Options{{i}} Echo{{i}}(Options{{i}} options) => options;

            /// <summary>Picks a mode.</summary>
            [Tool]
            public string Pick{{i}}(Mode{{i}} mode, Mode{{i}}? fallback = null) => mode.ToString() + fallback;

            /// <summary>Adds numbers.</summary>
            [Tool]
            public static long Sum{{i}}(List<long> values, DateOnly? asOf = null) => values.Count;

            /// <summary>Converts a time.</summary>
            [Tool]
            public ValueTask<string> Convert{{i}}(DateTimeOffset time, string zone, bool daylight = true) => new(zone);

            /// <summary>Books a table.</summary>
            [Tool]
            public void Book{{i}}(string restaurant, DateOnly date, int? partySize, IReadOnlyList<string>? requests = null)
            {
            }

            /// <summary>Looks up a user.</summary>
            [Tool]
            public async Task<Options{{i}}?> Lookup{{i}}(Guid id, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return null;
            }

            /// <summary>Rates an item.</summary>
            [Tool("rate_item_{{i}}")]
            public bool Rate{{i}}([Description("Stars")] byte stars, string? comment, float weight = 1.5f) => stars > 2;
        }
        """;

    private static string UnrelatedFile(int variant) => $$"""
        namespace Bench.Other;

        public static class Helpers
        {
            public static int Add(int a, int b) => a + b + {{variant}};
        }
        """;
}

internal sealed record EditResult(double MedianMs, double MinMs, bool NoNewOutput, IReadOnlyDictionary<string, string> Steps);

internal sealed record AnalyzerResult(IReadOnlyList<string> Names, double FullMs, double DocumentMs, int Diagnostics, int Warnings);

internal sealed record GeneratorResult(
    int Tools,
    int Types,
    int SourceErrors,
    int GeneratedFiles,
    int GeneratedChars,
    int GeneratedErrors,
    double CompileWithGeneratedMs,
    double ColdFirstMs,
    double ColdWarmMs,
    EditResult BodyEdit,
    EditResult UnrelatedEdit,
    AnalyzerResult Analyzers,
    double FloorColdMs,
    double FloorEditMs,
    UntrackedResult Untracked);

/// <summary>Edit medians without step tracking, as an IDE runs generators: ToolGen and the floor, per edit kind.</summary>
internal sealed record UntrackedResult(double BodyMs, double UnrelatedMs, double FloorBodyMs, double FloorUnrelatedMs);

/// <summary>
/// The least any attribute-driven generator pays for the same input: the same <c>ForAttributeWithMetadataName</c>
/// lookup, a transform that only reads the method's name, and one line of output per type.
/// </summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "ToolGen.ToolAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, _) => ctx.TargetSymbol.ContainingType.Name + "." + ctx.TargetSymbol.Name);
        context.RegisterSourceOutput(names.Collect(), static (spc, all) =>
            spc.AddSource("Floor.g.cs", "// " + all.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tools"));
    }
}
