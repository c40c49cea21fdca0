using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Generators;
using ToolGen.Generators.Analyzers;

namespace ToolGen.Analyzers.Tests;

/// <summary>
/// The generator and the analyzer side by side, as in a user's build: the only errors are ToolGen's, the generated
/// code compiles and runs, and it holds exactly the tools the analyzer reports no error for.
/// </summary>
public class GeneratorAgreementTests
{
    private const string Mixed = """
        namespace Demo;

        public partial class Mixed
        {
            [Tool] public string OkText(string text) => text;
            [Tool] public string BadObject(object value) => "";
            [Tool] public string BadGeneric<T>() => "";
            [Tool] public void BadRef(ref int count) { }
            [Tool("ok_text")] public string BadDuplicate(string text) => text;
            [Tool("bad name")] public string BadName() => "";
            [Tool] public object BadReturn() => "";
            [Tool] public Task<Func<int>> BadAwaited() => null!;
            [Tool] public string BadParams(params string[] words) => "";
            [Tool] public string OkNoDocs(int n) => "";
            [Tool] public double OkNotANumber(double x = double.NaN) => x;
            [Tool] public string OkDefaults(int limit = 3) => "";
            [Tool] public string OkMap(Dictionary<string, int> counts) => "";
            [Tool] public Task<string> OkAsync(CancellationToken ct) => Task.FromResult("");
        }

        public class NotPartial
        {
            [Tool] public string BadNotPartial() => "";
        }

        public partial class Generic<T>
        {
            [Tool] public string BadInGeneric() => "";
        }

        public partial interface ITools
        {
            [Tool] string BadInInterface();
        }
        """;

    [Fact]
    public async Task A_type_with_one_valid_and_one_unsupported_tool_has_only_our_error()
    {
        const string source = """
            namespace Demo;

            public partial class SearchTools
            {
                /// <summary>Searches.</summary>
                /// <param name="text">What to find.</param>
                [Tool] public string Search(string text) => text;

                /// <summary>Filters.</summary>
                /// <param name="filter">How to filter.</param>
                [Tool] public string Filter(object filter) => "";
            }
            """;
        var run = await BuildAsync(("SearchTools.cs", source));

        Assert.Empty(run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var error = Assert.Single(run.AnalyzerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("TG0001", error.Id);
        Assert.Equal(new[] { "search" }, ToolNames(run, "Demo.SearchTools"));
    }

    [Fact]
    public async Task Every_error_rule_leaves_its_tool_out_and_nothing_else()
    {
        var run = await BuildAsync(("Mixed.cs", Mixed));

        // The only errors are ours, and the generated files add not even a warning.
        Assert.Empty(run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilerDiagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true));
        Assert.All(run.AnalyzerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.StartsWith("TG", d.Id));
        Assert.Equal(
            new[] { "TG0001", "TG0002", "TG0003", "TG0004", "TG0005", "TG0006", "TG0007" },
            run.AnalyzerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().Order());

        // Each "Bad" method has an error inside its declaration (or on its type), each "Ok" one none.
        var root = run.Input.SyntaxTrees.Single(t => t.FilePath == "Mixed.cs").GetRoot();
        foreach (var method in root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
        {
            var type = method.Parent!;
            var hasError = run.AnalyzerDiagnostics.Any(d =>
                d.Severity == DiagnosticSeverity.Error &&
                (method.Span.Contains(d.Location.SourceSpan) || (d.Id == "TG0002" && type.Span.Contains(d.Location.SourceSpan))));
            Assert.True(hasError == method.Identifier.Text.StartsWith("Bad", StringComparison.Ordinal), method.Identifier.Text);
        }

        // The generated set is exactly the "Ok" tools, and the tool without a strict form (TG0011) has none.
        Assert.Equal(new[] { "ok_text", "ok_no_docs", "ok_not_a_number", "ok_defaults", "ok_map", "ok" }, ToolNames(run, "Demo.Mixed"));
        var definitions = Definitions(run, "Demo.Mixed");
        Assert.Null(definitions.Single(d => d.Name == "ok_map").StrictParametersSchema);
        Assert.All(definitions.Where(d => d.Name != "ok_map"), d => Assert.NotNull(d.StrictParametersSchema));
        Assert.Contains("TG0011", run.AnalyzerDiagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_duplicate_name_across_files_is_reported_on_the_tool_the_generator_leaves_out(bool reversed)
    {
        var first = ("A.cs", """
            namespace Demo;

            public partial class SearchTools
            {
                [Tool("search", Description = "from A")] public string Find(string text) => text;
            }
            """);
        var second = ("B.cs", """
            namespace Demo;

            public partial class SearchTools
            {
                [Tool("search", Description = "from B")] public string Lookup(string text) => text;
            }
            """);
        var run = reversed ? await BuildAsync(second, first) : await BuildAsync(first, second);

        var duplicate = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "TG0005");
        var kept = Assert.Single(Definitions(run, "Demo.SearchTools"));
        var reportedFile = duplicate.Location.SourceTree!.FilePath;
        Assert.Equal(reversed ? "A.cs" : "B.cs", reportedFile);
        Assert.Equal(reversed ? "from B" : "from A", kept.Description);
    }

    private static IReadOnlyList<string> ToolNames(Run run, string typeName) => Definitions(run, typeName).Select(d => d.Name).ToList();

    private static IReadOnlyList<ToolDefinition> Definitions(Run run, string typeName)
    {
        var type = run.Assembly.GetType(typeName, throwOnError: true)!;
        var property = type.GetProperty("ToolDefinitions", BindingFlags.Public | BindingFlags.Static)!;
        return (IReadOnlyList<ToolDefinition>)property.GetValue(null)!;
    }

    /// <summary>Parses, runs the generator, compiles, runs the analyzer on the result, and loads what compiled.</summary>
    private static async Task<Run> BuildAsync(params (string Path, string Text)[] sources)
    {
        var references = (await TestProject.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).Add(TestProject.Runtime);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path))
            .Append(CSharpSyntaxTree.ParseText(TestProject.Usings, parseOptions, "Usings.cs"));
        var input = CSharpCompilation.Create(
            "Agreement" + Guid.NewGuid().ToString("N"),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ToolGenerator().AsSourceGenerator() }, parseOptions: parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics); // the generator never reports: the analyzer does

        var analyzerDiagnostics = await output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ToolAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var compilerDiagnostics = output.GetDiagnostics();

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var assembly = new AssemblyLoadContext(input.AssemblyName, isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        return new Run(input, compilerDiagnostics, analyzerDiagnostics, assembly);
    }

    private sealed record Run(Compilation Input, ImmutableArray<Diagnostic> CompilerDiagnostics, ImmutableArray<Diagnostic> AnalyzerDiagnostics, Assembly Assembly);
}
