using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ToolGen.Generators.Analyzers;

namespace ToolGen.Analyzers.Tests;

/// <summary>
/// TG0016 and TG0017: a <c>[StructuredOutput]</c> type the generator cannot give an answer format, reported on the
/// token to change, with the same type rules as a tool parameter.
/// </summary>
public class AnswerTypeTests
{
    [Fact]
    public Task A_valid_answer_type_is_quiet() => VerifyAsync("""
        using System.Collections.Generic;

        [StructuredOutput]
        public partial record Report(string Title, List<int> Scores, string? Note = null);

        public partial class Outer
        {
            [StructuredOutput(Name = "verdict", Description = "The verdict.")]
            public partial struct Verdict
            {
                public bool Approved { get; set; }
            }
        }
        """);

    [Fact]
    public Task A_type_that_is_not_partial_is_reported_on_its_name() => VerifyAsync(
        """
        [StructuredOutput]
        public record {|#0:Report|}(string Title);
        """,
        Diagnostic(AnswerDiagnostics.AnswerTypeShape).WithArguments("Report", "must be partial, and so must every type enclosing it: add the 'partial' modifier to 'Report'"));

    [Fact]
    public Task An_enclosing_type_that_is_not_partial_is_reported_on_its_name() => VerifyAsync(
        """
        public class {|#0:Outer|}
        {
            [StructuredOutput]
            public partial record Report(string Title);
        }
        """,
        Diagnostic(AnswerDiagnostics.AnswerTypeShape).WithArguments("Outer.Report", "must be partial, and so must every type enclosing it: add the 'partial' modifier to 'Outer'"));

    [Fact]
    public Task A_generic_type_is_reported() => VerifyAsync(
        """
        [StructuredOutput]
        public partial record {|#0:Page|}<T>(T Item);
        """,
        Diagnostic(AnswerDiagnostics.AnswerTypeShape).WithArguments("Page<T>", "is generic; its type arguments are chosen by code, not by a model, so a schema cannot be generated for it; mark a non-generic type"));

    [Fact]
    public Task A_type_nested_in_a_generic_type_is_reported() => VerifyAsync(
        """
        public partial class Holder<T>
        {
            [StructuredOutput]
            public partial record {|#0:Report|}(string Title);
        }
        """,
        Diagnostic(AnswerDiagnostics.AnswerTypeShape).WithArguments("Holder<T>.Report", "is declared in generic type 'Holder<T>'; move it to a non-generic type"));

    [Fact]
    public Task A_name_providers_refuse_is_reported_on_the_name_argument() => VerifyAsync(
        """
        [StructuredOutput(Name = {|#0:"the report"|})]
        public partial record Report(string Title);
        """,
        Diagnostic(AnswerDiagnostics.AnswerTypeShape).WithArguments("Report", "has the format name 'the report', which providers refuse: a name must match ^[a-zA-Z0-9_-]{1,64}$; set [StructuredOutput(Name = \"...\")]"));

    [Fact]
    public Task A_member_named_like_the_generated_property_is_reported_on_it() => VerifyAsync(
        """
        [StructuredOutput]
        public partial class Report
        {
            public string Title { get; set; } = "";

            public static int {|#0:OutputFormat|} => 1;
        }
        """,
        Diagnostic(AnswerDiagnostics.AnswerTypeShape).WithArguments("Report", "declares 'OutputFormat', which ToolGen generates for an answer type; rename it"));

    [Fact]
    public Task A_property_without_a_JSON_shape_is_reported_on_its_type() => VerifyAsync(
        """
        [StructuredOutput]
        public partial class Report
        {
            public string Title { get; set; } = "";

            public {|#0:object|} Extra { get; set; } = new object();
        }
        """,
        Diagnostic(AnswerDiagnostics.UnsupportedAnswerType).WithArguments("Report", "Report.Extra: 'object' cannot be expressed in a JSON schema; use a concrete type, or JsonElement for free JSON"));

    [Fact]
    public Task A_positional_parameter_without_a_JSON_shape_is_reported_on_its_type() => VerifyAsync(
        """
        [StructuredOutput]
        public partial record Report(string Title, {|#0:System.Action|} Callback);
        """,
        Diagnostic(AnswerDiagnostics.UnsupportedAnswerType).WithArguments("Report", "Report.Callback: 'Action' cannot be expressed in a JSON schema; use a string, number, bool, enum, collection, or a class or record with public properties"));

    private static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor rule) => new DiagnosticResult(rule).WithLocation(0);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<AnswerAnalyzer, DefaultVerifier> { TestCode = source };
        TestProject.Configure(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
