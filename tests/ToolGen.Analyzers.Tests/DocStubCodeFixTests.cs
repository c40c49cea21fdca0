namespace ToolGen.Analyzers.Tests;

/// <summary>TG0008's fix: a doc stub for what is missing, at the method's indentation, keeping what is there.</summary>
public class DocStubCodeFixTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.StrictRewriteId };

    [Fact]
    public Task Adds_a_summary_and_a_param_line_per_parameter_but_not_for_special_ones()
    {
        const string before = """
            public partial class Tools
            {
                [Tool]
                public string {|TG0008:Search|}(string {|TG0008:text|}, int {|TG0008:limit|}, CancellationToken ct) => text;
            }
            """;
        const string after = """
            public partial class Tools
            {
                /// <summary>TODO: describe what this tool does.</summary>
                /// <param name="text">TODO: describe text.</param>
                /// <param name="limit">TODO: describe limit.</param>
                [Tool]
                public string Search(string text, int limit, CancellationToken ct) => text;
            }
            """;
        return CodeFixVerifier<DocStubCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Keeps_existing_docs_and_adds_the_missing_param_after_the_last_one()
    {
        const string before = """
            namespace Travel
            {
                public partial class Tools
                {
                    /// <summary>
                    /// Searches flights.
                    /// </summary>
                    /// <param name="from">Departure airport.</param>
                    /// <returns>Matching flights.</returns>
                    [Tool]
                    public string Search(string from, [Description("Arrival airport.")] string to, int {|TG0008:stops|}) => from;
                }
            }
            """;
        const string after = """
            namespace Travel
            {
                public partial class Tools
                {
                    /// <summary>
                    /// Searches flights.
                    /// </summary>
                    /// <param name="from">Departure airport.</param>
                    /// <param name="stops">TODO: describe stops.</param>
                    /// <returns>Matching flights.</returns>
                    [Tool]
                    public string Search(string from, [Description("Arrival airport.")] string to, int stops) => from;
                }
            }
            """;
        return CodeFixVerifier<DocStubCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task A_comment_without_summary_gets_one_first_and_params_after_the_summary()
    {
        const string before = """
            public partial class Tools
            {
                /// <remarks>Slow.</remarks>
                [Tool] public string {|TG0008:Search|}(string {|TG0008:text|}) => text;
            }
            """;
        const string after = """
            public partial class Tools
            {
                /// <summary>TODO: describe what this tool does.</summary>
                /// <param name="text">TODO: describe text.</param>
                /// <remarks>Slow.</remarks>
                [Tool] public string Search(string text) => text;
            }
            """;
        return CodeFixVerifier<DocStubCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task A_tool_described_by_its_attribute_gets_only_param_lines()
    {
        const string before = """
            public partial class Tools
            {
                [Tool(Description = "Searches.")]
                public string Search(string {|TG0008:text|}, string {|TG0008:@class|}) => text;
            }
            """;
        const string after = """
            public partial class Tools
            {
                /// <param name="text">TODO: describe text.</param>
                /// <param name="class">TODO: describe class.</param>
                [Tool(Description = "Searches.")]
                public string Search(string text, string @class) => text;
            }
            """;
        return CodeFixVerifier<DocStubCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Fix_all_documents_every_tool_of_the_document()
    {
        const string before = """
            public partial class Tools
            {
                [Tool] public string {|TG0008:A|}() => "a";

                /// <summary>B.</summary>
                [Tool] public string B(int {|TG0008:count|}) => "b";

                public partial class Nested
                {
                        [Tool] public string {|TG0008:C|}(string {|TG0008:text|}) => text;
                }
            }
            """;
        const string after = """
            public partial class Tools
            {
                /// <summary>TODO: describe what this tool does.</summary>
                [Tool] public string A() => "a";

                /// <summary>B.</summary>
                /// <param name="count">TODO: describe count.</param>
                [Tool] public string B(int count) => "b";

                public partial class Nested
                {
                        /// <summary>TODO: describe what this tool does.</summary>
                        /// <param name="text">TODO: describe text.</param>
                        [Tool] public string C(string text) => text;
                }
            }
            """;
        return CodeFixVerifier<DocStubCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Keeps_CRLF_line_breaks()
    {
        var before = "public partial class Tools\r\n{\r\n    [Tool] public string {|TG0008:A|}(int {|TG0008:n|}) => \"a\";\r\n}\r\n";
        var after = "public partial class Tools\r\n{\r\n    /// <summary>TODO: describe what this tool does.</summary>\r\n    /// <param name=\"n\">TODO: describe n.</param>\r\n    [Tool] public string A(int n) => \"a\";\r\n}\r\n";
        return CodeFixVerifier<DocStubCodeFix>.VerifyAsync(before, after, s_quiet);
    }
}
