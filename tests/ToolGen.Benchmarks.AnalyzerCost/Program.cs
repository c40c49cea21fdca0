using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Benchmarks.AnalyzerCost;
using ToolGen.Generators;
using ToolGen.Generators.Analyzers;

// Part of the benchmark suite (a measurement program, not a test: timing never goes into tests).
// Usage: ToolGen.Benchmarks.AnalyzerCost [types=200] [toolsPerType=10] [runs=11]
var types = args.Length > 0 ? int.Parse(args[0]) : 200;
var toolsPerType = args.Length > 1 ? int.Parse(args[1]) : 10;
var runs = args.Length > 2 ? int.Parse(args[2]) : 11;

var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
var trees = SyntheticProject.Files(types, toolsPerType)
    .Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path))
    .ToImmutableArray();

// The running framework's assemblies serve as references; the ToolGen runtime provides [Tool].
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
    .Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .Append(MetadataReference.CreateFromFile(typeof(ToolGen.ToolAttribute).Assembly.Location))
    .ToImmutableArray();

// A fresh compilation per run, so each run binds from scratch as a new build would; parsing is shared and not timed.
CSharpCompilation Fresh() => CSharpCompilation.Create(
    "Bench",
    trees,
    references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

var compile = new List<double>();
var analyzeWall = new List<double>();
var analyzerOwn = new List<double>();
var generate = new List<double>();
var reported = ImmutableArray<Diagnostic>.Empty;
const int warmUps = 3;
for (var run = 0; run < warmUps + runs; run++)
{
    // The first runs warm up the JIT (tiered compilation re-optimises hot code in the background) and are not counted. Each phase starts from a collected heap, so that one phase's
    // garbage is not paid for in the next (on two cores the spread was 3-5x without this).
    Settle();
    var stopwatch = Stopwatch.StartNew();
    var errors = Fresh().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    var compileMs = stopwatch.Elapsed.TotalMilliseconds;
    if (errors > 0)
    {
        throw new InvalidOperationException($"The synthetic project has {errors} compiler errors.");
    }

    var analyzer = new ToolAnalyzer();
    var options = new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
        onAnalyzerException: null,
        concurrentAnalysis: true,
        logAnalyzerExecutionTime: true);
    var withAnalyzers = Fresh().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
    Settle();
    stopwatch.Restart();
    reported = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var wallMs = stopwatch.Elapsed.TotalMilliseconds;
    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

    Settle();
    stopwatch.Restart();
    CSharpGeneratorDriver.Create(new[] { new ToolGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
        .RunGenerators(Fresh());
    var generateMs = stopwatch.Elapsed.TotalMilliseconds;

    Console.Error.WriteLine($"run {run}: compile {compileMs:F0}, analyze {wallMs:F0}, analyzer own {telemetry.ExecutionTime.TotalMilliseconds:F0}, generate {generateMs:F0}");
    if (run >= warmUps)
    {
        compile.Add(compileMs);
        analyzeWall.Add(wallMs);
        analyzerOwn.Add(telemetry.ExecutionTime.TotalMilliseconds);
        generate.Add(generateMs);
    }
}

static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

var byId = reported.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}");
Console.WriteLine($"Project: {types} types × {toolsPerType} tools = {types * toolsPerType} tools, {trees.Length} files; {runs} runs after {warmUps} warm-ups; median (min–max) in ms.");
Console.WriteLine($"Reported by the analyzer: {string.Join(", ", byId)}");
Console.WriteLine();
Console.WriteLine("| what | median ms | min–max ms |");
Console.WriteLine("|---|---|---|");
void Row(string what, List<double> values) => Console.WriteLine($"| {what} | {Median(values):F0} | {values.Min():F0}–{values.Max():F0} |");
Row("compiler alone: `GetDiagnostics()` on a fresh compilation", compile);
Row("`GetAnalyzerDiagnosticsAsync` on a fresh compilation (wall, includes the binding the analyzer drives)", analyzeWall);
Row("ToolAnalyzer's own execution time (analyzer telemetry, summed over threads)", analyzerOwn);
Row("generator run (`RunGenerators`, parse + validate + emit) on a fresh compilation", generate);
