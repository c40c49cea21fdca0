namespace ToolGen.Analyzers.Tests;

/// <summary>TG0003: a generic tool, a tool in a generic type or an interface, or a method generated code cannot call by name.</summary>
public class GenericToolTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task A_generic_method_is_reported_on_its_name()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string {|#0:Describe|}<T>() => typeof(T).Name;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool).WithArguments(
                "describe",
                "is generic method 'Describe<T>', whose type arguments a model cannot choose; declare a non-generic method for each type it needs"));
    }

    [Fact]
    public Task A_tool_in_a_generic_type_is_reported_on_each_tool()
    {
        const string source = """
            public partial class Repository<T>
            {
                [Tool] public int {|#0:Count|}() => 0;
                [Tool] public int {|#1:Clear|}() => 0;
            }
            """;
        const string reason = "is declared in generic type 'Repository<T>', whose type arguments a model cannot choose; move it to a non-generic partial type";
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool, 0).WithArguments("count", reason),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool, 1).WithArguments("clear", reason));
    }

    [Fact]
    public Task A_generic_enclosing_type_counts_too()
    {
        const string source = """
            public partial class Outer<T>
            {
                public partial class Inner
                {
                    [Tool] public int {|TG0003:Count|}() => 0;
                }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task A_tool_in_a_ref_struct_is_reported()
    {
        const string source = """
            public ref partial struct SpanTools
            {
                [Tool] public int {|#0:Count|}() => 0;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool).WithArguments(
                "count",
                "is declared in ref struct 'SpanTools', which cannot implement IToolSet; declare tools in a partial class, struct or record"));
    }

    [Fact]
    public Task A_tool_in_a_file_local_type_is_reported()
    {
        const string source = """
            file partial class FileTools
            {
                [Tool] public static int {|#0:Count|}() => 0;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool).WithArguments(
                "count",
                "is declared in file-local type 'FileTools', which generated code in another file cannot extend; remove 'file'"));
    }

    [Fact]
    public Task Interfaces_and_explicit_implementations_are_reported()
    {
        const string source = """
            public partial interface IPing
            {
                [Tool] string {|TG0003:Ping|}();
            }

            public interface IEcho
            {
                string Echo(string text);
            }

            public partial class Tools : IEcho
            {
                [Tool] string IEcho.{|TG0003:Echo|}(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Plain_methods_of_non_generic_types_are_silent()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public List<string> Names(List<int> ids) => new();

                public T Helper<T>(T value) => value;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
