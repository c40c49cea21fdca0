namespace ToolGen.Analyzers.Tests;

/// <summary>TG0007: a result that cannot be written as JSON, on the return type (the awaited type of a Task).</summary>
public class ReturnTypeTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task An_object_result_is_reported_on_the_return_type()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public {|#0:object|} Lookup(string key) => key;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedReturnType)
                .WithArguments("lookup", "'object' cannot be expressed in a JSON schema; use a concrete type, or JsonElement for free JSON"));
    }

    [Fact]
    public Task Awaited_results_are_reported_on_the_type_argument()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public Task<{|TG0007:object|}> A() => Task.FromResult<object>(1);
                [Tool] public ValueTask<{|TG0007:Func<int>|}> B() => default;
                [Tool] public System.Threading.Tasks.Task<{|TG0007:IDisposable|}> C() => null!;
                [Tool] public {|TG0007:IAsyncEnumerable<int>|} D() => null!;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Every_supported_return_shape_is_silent()
    {
        const string source = """
            public record Result(string Name, int Count);

            public partial class Tools
            {
                [Tool] public void A() { }
                [Tool] public string B() => "";
                [Tool] public int C() => 0;
                [Tool] public Result D() => new("a", 1);
                [Tool] public List<Result> E() => new();
                [Tool] public Task F() => Task.CompletedTask;
                [Tool] public Task<string> G() => Task.FromResult("");
                [Tool] public ValueTask H() => default;
                [Tool] public ValueTask<Result?> I() => default;
                [Tool] public async Task<int[]> J() { await Task.Yield(); return new int[0]; }
                [Tool] public Dictionary<string, int> K() => new();
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
