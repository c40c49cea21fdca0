namespace ToolGen.Analyzers.Tests.UserCode;

/// <summary>
/// Ordinary C# that used to break the build or a tool silently, now reported where the user can act on it
/// (issue 12, item 3). Each case failed before: no diagnostic, a misleading one, or noise.
/// </summary>
public class UserCodeDiagnosticsTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task Two_parameters_with_one_json_name_are_reported_on_the_second()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public void Rename(string userName, string {|#0:UserName|}) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.DuplicateJsonName).WithArguments("userName", "UserName", "rename", "userName"));
    }

    [Fact]
    public Task Two_properties_with_one_json_name_make_the_type_unusable()
    {
        const string source = """
            using System.Text.Json.Serialization;

            public sealed class Query
            {
                [JsonPropertyName("x")] public int A { get; set; }
                [JsonPropertyName("X")] public int B { get; set; }
            }

            public partial class Tools
            {
                [Tool] public void Find({|#0:Query|} query) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedParameterType).WithArguments(
                "query", "find", "Query: properties 'A' and 'B' of 'Query' both have the JSON name 'X'; rename one, or give it another name with [JsonPropertyName]"));
    }

    [Fact]
    public Task Async_void_is_reported_on_the_return_type()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public async {|#0:void|} Fire() { await Task.Yield(); }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedReturnType).WithArguments(
                "fire", "'async void' cannot be awaited, so the tool's exceptions would escape to the host and its result would be reported before it ran; return 'Task' instead"));
    }

    [Fact]
    public Task A_tool_name_ending_in_a_line_feed_is_invalid()
    {
        const string source = """
            public partial class Tools
            {
                [Tool({|TG0006:"search\n"|})] public string Search(string q) => q;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Tool_on_a_local_function_or_a_lambda_is_reported()
    {
        const string source = """
            public partial class Tools
            {
                public void Run()
                {
                    [{|#0:Tool|}] static int Twice(int x) => 2 * x;
                    System.Func<int, int> f = [{|#1:Tool|}] (int x) => x;
                    _ = Twice(f(1));
                }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool, 0).WithArguments("Twice", "is a local function, which generated code cannot call; make it a method of the type"),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool, 1).WithArguments("lambda", "is a lambda, which generated code cannot call; make it a method of the type"));
    }

    [Fact]
    public Task A_generic_tool_gets_only_TG0003()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public T {|TG0003:Echo|}<T>(T value) => value;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Tool_on_a_getter_names_the_property()
    {
        const string source = """
            public partial class Tools
            {
                public int Value { [Tool] {|#0:get|}; set; }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GenericTool).WithArguments("Value", "is a property accessor; mark an ordinary method that returns or sets the value"));
    }

    [Fact]
    public Task Validation_attributes_ToolGen_does_not_enforce_are_reported()
    {
        const string source = """
            using System;
            using System.ComponentModel.DataAnnotations;

            public sealed class Window
            {
                [Range(typeof(DateTime), "2024-01-01", "2025-01-01")] public DateTime From { get; set; }
            }

            public partial class Tools
            {
                [Tool] public void Store([Base64String] string {|#0:content|}, {|#1:Window|} window) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnenforcedRule, 0).WithArguments("[Base64String]", "parameter 'content'", "store"),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnenforcedRule, 1).WithArguments("[Range(typeof(DateTime), …)]", "'Window.From' in parameter 'window'", "store"));
    }

    [Fact]
    public Task A_constructor_parameter_of_another_type_than_its_property_is_reported()
    {
        const string source = """
            using System.Collections.Generic;

            public sealed class Tagged
            {
                public Tagged(string[] tags) { Tags = tags; }
                public IReadOnlyList<string> Tags { get; }
            }

            public partial class Tools
            {
                [Tool] public int Count({|#0:Tagged|} tagged) => tagged.Tags.Count;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedParameterType).WithArguments(
                "tagged", "count", "Tagged: constructor parameter 'tags' of 'Tagged' is 'string[]' but property 'Tags' is 'IReadOnlyList<string>'; give both the same type, so that the value read can be passed on as it is"));
    }

    [Fact]
    public Task A_required_property_set_by_a_constructor_without_SetsRequiredMembers_is_reported()
    {
        const string source = """
            public sealed class Person
            {
                public Person(string name) { Name = name; }
                public required string Name { get; init; }
            }

            public partial class Tools
            {
                [Tool] public string Greet({|#0:Person|} person) => person.Name;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedParameterType).WithArguments(
                "person", "greet", "Person: required property 'Name' of 'Person' is also a parameter of its constructor, which does not set required members; mark the constructor [SetsRequiredMembers], or remove 'required'"));
    }

    [Fact]
    public Task A_malformed_doc_comment_is_reported_and_bare_ampersands_are_not()
    {
        const string source = """
            public partial class Tools
            {
                /// <summary>Adds a &lt; b and R&D numbers.
                /// <param name="a">First.</param>
                [Tool] public int {|#0:Add|}(int a) => a;

                /// <summary>Returns a < b & c.</summary>
                /// <param name="a">First.</param>
                [Tool] public bool Less(int a) => a < 2;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.MalformedDocComment).WithArguments("add"));
    }

    [Fact]
    public Task An_explicit_IToolSet_implementation_or_a_nested_type_named_like_a_generated_member_is_TG0012()
    {
        const string source = """
            using System.Collections.Generic;

            public partial class Own : IToolSet
            {
                IReadOnlyList<ToolDefinition> IToolSet.Definitions => new ToolDefinition[0];
                public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default) => default;

                [Tool] public int {|TG0012:A|}() => 1;
            }

            public partial class Nested
            {
                public sealed class ToolDefinitions { }

                [Tool] public int {|TG0012:B|}() => 1;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task A_tool_of_a_derived_set_may_not_reuse_an_inherited_tool_name()
    {
        const string source = """
            public partial class Base
            {
                [Tool] public int Count() => 1;
            }

            public partial class Derived : Base
            {
                [Tool("count")] public int Total() => 2;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            new DiagnosticResult(DiagnosticDescriptors.DuplicateToolName).WithSpan(8, 11, 8, 18).WithArguments("count", "Total", "Base.Count", "Derived"));
    }
}
