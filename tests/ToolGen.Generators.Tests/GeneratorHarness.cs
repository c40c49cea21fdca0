using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ToolGen.Generators.Model;
using Xunit.Sdk;

namespace ToolGen.Generators.Tests;

/// <summary>How a test compilation is set up: the user's language version, nullable context and documentation mode.</summary>
/// <param name="LanguageVersion">The user's C# version; C# 10 by default, the oldest that ToolGen's output must compile under.</param>
/// <param name="Nullable">The user's nullable context.</param>
/// <param name="Documentation">
/// <see cref="DocumentationMode.Parse"/> by default; <see cref="DocumentationMode.Diagnose"/> is what a project with
/// <c>GenerateDocumentationFile</c> gets (doc comment warnings on).
/// </param>
internal sealed record CompilationSettings(
    LanguageVersion LanguageVersion = LanguageVersion.CSharp10,
    NullableContextOptions Nullable = NullableContextOptions.Enable,
    DocumentationMode Documentation = DocumentationMode.Parse)
{
    public static CompilationSettings Default { get; } = new();

    public CSharpParseOptions ParseOptions => new(LanguageVersion, Documentation);

    public override string ToString() => $"{LanguageVersion}, nullable {Nullable}, docs {Documentation}";
}

/// <summary>One run of the generator over a compilation.</summary>
/// <param name="Driver">The driver after the run; run it again on an edited compilation to test caching.</param>
/// <param name="Result">What the generator produced, with its tracked steps.</param>
/// <param name="InputCompilation">The user's sources alone.</param>
/// <param name="OutputCompilation">The user's sources plus the generated ones.</param>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    CSharpCompilation InputCompilation,
    Compilation OutputCompilation)
{
    /// <summary>The single generator's result.</summary>
    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>The trees the generator added.</summary>
    public ImmutableArray<SyntaxTree> GeneratedTrees => Result.GeneratedTrees;

    /// <summary>The tool-set models the pipeline produced (the outputs of the <see cref="TrackingNames.ToolSets"/> step).</summary>
    public IReadOnlyList<ToolSetModel> ToolSets =>
        Generator.TrackedSteps.TryGetValue(TrackingNames.ToolSets, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => (ToolSetModel)o.Value).ToList()
            : Array.Empty<ToolSetModel>();

    /// <summary>Generated text by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}

/// <summary>
/// Builds compilations from source strings, runs <see cref="ToolGenerator"/> on them through a
/// <see cref="CSharpGeneratorDriver"/> with step tracking on, and checks that the result compiles as it must
/// under <c>TreatWarningsAsErrors</c>.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>
    /// The running framework's assemblies (offline, and the same as the test's own runtime: net10, which has
    /// <c>JsonStringEnumMemberNameAttribute</c>) plus the ToolGen runtime, as a user's project would reference it.
    /// </summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>The compiler options a test compilation gets: a library, the SDK's default suppressions, every warning wave on.</summary>
    public static CSharpCompilationOptions CompilationOptions(NullableContextOptions nullable) =>
        new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                warningLevel: 9999,
                deterministic: true)
            // The SDK passes /nowarn:1701,1702 (assembly unification notes: ToolGen.dll is built against net8.0).
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, CompilationSettings? settings = null)
    {
        settings ??= CompilationSettings.Default;
        var parseOptions = settings.ParseOptions;
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{i}.cs", encoding: Encoding.UTF8));
        return CSharpCompilation.Create("TestAssembly", trees, References, CompilationOptions(settings.Nullable));
    }

    public static GeneratorDriver CreateDriver(CompilationSettings? settings = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ToolGenerator().AsSourceGenerator() },
            parseOptions: (settings ?? CompilationSettings.Default).ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once on new compilation of <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(IEnumerable<string> sources, CompilationSettings? settings = null)
    {
        var compilation = CreateCompilation(sources, settings);
        return Run(CreateDriver(settings), compilation);
    }

    public static GeneratorRun Run(string source, CompilationSettings? settings = null) => Run(new[] { source }, settings);

    /// <summary>Runs <paramref name="driver"/> (new, or from an earlier run to test caching) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        var run = new GeneratorRun(driver, result, compilation, output);

        var generator = run.Generator;
        if (generator.Exception is not null)
        {
            throw new XunitException("The generator threw: " + generator.Exception);
        }

        // ToolGen reports nothing from the generator (the analyzers do), so that caching and #pragma work.
        var reported = driverDiagnostics.AddRange(result.Diagnostics).Distinct().ToList();
        if (reported.Count > 0)
        {
            throw new XunitException("The generator reported diagnostics; it must leave that to the analyzers:\n" + Describe(reported));
        }

        return run;
    }

    /// <summary>
    /// Asserts that the output compilation emits with no warning and no error, as under <c>TreatWarningsAsErrors</c>.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="generatedOnly">
    /// Check only diagnostics located in generated trees (and those with no location): for sources that, by design,
    /// carry warnings of their own (e.g. <c>string?</c> in a nullable-disabled context, CS8632).
    /// </param>
    public static void AssertCompilesClean(GeneratorRun run, bool generatedOnly = false)
    {
        var problems = EmitDiagnostics(run.OutputCompilation)
            .Where(d => !generatedOnly || d.Location.SourceTree is null || run.GeneratedTrees.Contains(d.Location.SourceTree))
            .ToList();
        if (problems.Count > 0)
        {
            throw new XunitException(
                $"The output compilation has {problems.Count} warning(s)/error(s) ({Settings(run)}):\n" + Describe(problems) + GeneratedListing(run, problems));
        }
    }

    /// <summary>
    /// Asserts that the generated code adds no warning or error to those the user's own sources already have:
    /// for invalid tools, which the generator must leave out rather than emit code that fails to compile.
    /// </summary>
    public static void AssertNoNewDiagnostics(GeneratorRun run)
    {
        var before = EmitDiagnostics(run.InputCompilation).Select(Key).ToHashSet(StringComparer.Ordinal);
        var added = EmitDiagnostics(run.OutputCompilation).Where(d => !before.Contains(Key(d))).ToList();
        if (added.Count > 0)
        {
            throw new XunitException(
                $"The generated code adds {added.Count} warning(s)/error(s) to the user's own ({Settings(run)}):\n" + Describe(added) + GeneratedListing(run, added));
        }
    }

    /// <summary>Warnings and errors from a full emit (a superset of <c>GetDiagnostics</c>: emit-only errors count too).</summary>
    public static IReadOnlyList<Diagnostic> EmitDiagnostics(Compilation compilation)
    {
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        return result.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            var where = diagnostic.Location.SourceTree is null
                ? "(no location)"
                : $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            text.Append("  ").Append(where).Append(": ").Append(diagnostic.Severity.ToString().ToLowerInvariant())
                .Append(' ').Append(diagnostic.Id).Append(": ").Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            if (diagnostic.Location.SourceTree is { } tree)
            {
                var line = tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
                text.Append("\n      | ").Append(line);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Key(Diagnostic diagnostic) =>
        diagnostic.Id + "@" + diagnostic.Location.SourceTree?.FilePath + ":" + diagnostic.Location.SourceSpan;

    private static string Settings(GeneratorRun run)
    {
        var options = (CSharpParseOptions)run.InputCompilation.SyntaxTrees.First().Options;
        return $"C# {options.LanguageVersion.ToDisplayString()}, nullable {run.InputCompilation.Options.NullableContextOptions}, docs {options.DocumentationMode}";
    }

    /// <summary>The hint names of generated files that hold a problem, so a failure says where to look.</summary>
    private static string GeneratedListing(GeneratorRun run, IEnumerable<Diagnostic> problems)
    {
        var trees = problems.Select(p => p.Location.SourceTree).Where(t => t is not null && run.GeneratedTrees.Contains(t)).Distinct().ToList();
        return trees.Count == 0 ? string.Empty : "in generated files: " + string.Join(", ", trees.Select(t => Path.GetFileName(t!.FilePath)));
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            // Only the shared framework: not the test's own dependencies (xunit, Roslyn), which a user's project lacks.
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => path, StringComparer.Ordinal);

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in trusted)
        {
            if (IsManagedAssembly(path))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(ToolAttribute).Assembly.Location));
        return references.ToImmutable();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
