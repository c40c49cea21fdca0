namespace ToolGen.Analyzers.Tests;

/// <summary>TG0008: a tool or parameter that tells the model nothing, on its name.</summary>
public class DescriptionTests
{
    [Fact]
    public Task A_tool_and_its_parameters_without_docs_are_each_reported()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string {|#0:Search|}(string {|#1:text|}, int {|#2:limit|}, CancellationToken ct) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.ToolWithoutDescription, 0).WithArguments("search"),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.ParameterWithoutDescription, 1).WithArguments("text", "search"),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.ParameterWithoutDescription, 2).WithArguments("limit", "search"));
    }

    [Fact]
    public Task Only_the_undocumented_parameter_is_reported()
    {
        const string source = """
            public partial class Tools
            {
                /// <summary>Searches.</summary>
                /// <param name="text">What to find.</param>
                [Tool] public string Search(string text, int {|TG0008:limit|}) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Every_source_of_a_description_counts()
    {
        const string source = """
            public partial class Tools
            {
                [Tool(Description = "Searches.")]
                public string A([Description("What to find.")] string text) => text;

                [Tool, Description("Searches.")]
                public string B([Description("What to find.")] string text) => text;

                /// <summary>
                /// Searches <see cref="string"/> values.
                /// </summary>
                /// <param name="text">What to <c>find</c>.</param>
                [Tool]
                public string C(string text) => text;

                /// <summary>Now.</summary>
                [Tool]
                public string D(CancellationToken ct, IServiceProvider services, ToolCallContext context) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Blank_descriptions_count_as_none()
    {
        const string source = """
            public partial class Tools
            {
                /// <summary>   </summary>
                /// <param name="text"></param>
                [Tool] public string {|TG0008:A|}(string {|TG0008:text|}) => text;

                [Tool(Description = " ")] public string {|TG0008:B|}([Description("")] string {|TG0008:text|}) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Severity_can_be_configured_in_editorconfig()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<ToolGen.Generators.Analyzers.ToolAnalyzer, DefaultVerifier>
        {
            TestCode = """
                public partial class Tools
                {
                    [Tool] public string Search(string text) => text;
                }
                """,
        };
        TestProject.Configure(test);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.TG0008.severity = none
            """));
        return test.RunAsync();
    }
}
