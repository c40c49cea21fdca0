namespace ToolGen.Analyzers.Tests;

/// <summary>
/// TG0005: two tools of one set with one name. The generator keeps the first (in declaration order, among tools
/// without an error), so the later ones are reported, on their name argument or method name.
/// </summary>
public class DuplicateNameTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task The_second_explicit_name_is_reported_on_its_argument()
    {
        const string source = """
            public partial class SearchTools
            {
                [Tool("search")] public string Find(string text) => text;
                [Tool({|#0:"search"|})] public string Lookup(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.DuplicateToolName).WithArguments("search", "Lookup", "Find", "SearchTools"));
    }

    [Fact]
    public Task A_derived_name_that_collides_is_reported_on_the_method_name()
    {
        const string source = """
            public partial class SearchTools
            {
                [Tool("search")] public string Find(string text) => text;
                [Tool] public string {|TG0005:Search|}(string text) => text;
                [Tool] public string {|TG0005:SearchAsync|}(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Partial_declarations_in_two_files_are_one_set_in_file_order()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<ToolGen.Generators.Analyzers.ToolAnalyzer, DefaultVerifier>();
        TestProject.Configure(test);
        test.TestState.Sources.Add(("/0/A.cs", """
            public partial class SearchTools
            {
                [Tool("search")] public string Find(string text) => text;
            }
            """));
        test.TestState.Sources.Add(("/0/B.cs", """
            public partial class SearchTools
            {
                [Tool({|TG0005:"search"|})] public string Lookup(string text) => text;
            }
            """));
        test.DisabledDiagnostics.Add(DiagnosticDescriptors.MissingDescriptionId);
        return test.RunAsync();
    }

    [Fact]
    public Task A_tool_with_an_error_does_not_take_its_name()
    {
        // The generator leaves out the first (TG0001), so it generates the second: no TG0005.
        const string source = """
            public partial class SearchTools
            {
                [Tool("search")] public string Find({|TG0001:object|} filter) => "";
                [Tool("search")] public string Lookup(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Equal_names_in_different_types_are_different_sets()
    {
        const string source = """
            public partial class A
            {
                [Tool] public string Search(string text) => text;

                public partial class Nested
                {
                    [Tool] public string Search(string text) => text;
                }
            }

            public partial class B
            {
                [Tool] public string Search(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Names_differ_by_case()
    {
        const string source = """
            public partial class Tools
            {
                [Tool("Search")] public string A(string text) => text;
                [Tool("search")] public string B(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task A_type_that_is_not_partial_reports_no_duplicates()
    {
        // Nothing of the type is generated, so nothing collides; TG0002 says what to do first.
        const string source = """
            public class {|TG0002:Tools|}
            {
                [Tool("search")] public string A(string text) => text;
                [Tool("search")] public string B(string text) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
