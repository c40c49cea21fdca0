namespace ToolGen.Analyzers.Tests;

/// <summary>TG0004: ref, out, in, ref readonly and params, reported on the modifier itself.</summary>
public class ParameterModifierTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task Each_modifier_is_reported_on_the_keyword()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public void Ref({|TG0004:ref|} int count) { }
                [Tool] public void Out({|TG0004:out|} int count) { count = 0; }
                [Tool] public void In({|TG0004:in|} int count) { }
                [Tool] public void RefReadOnly({|TG0004:ref readonly|} int count) { }
                [Tool] public void Params({|TG0004:params|} string[] words) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task The_message_names_the_parameter_the_tool_and_the_modifier()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string Join({|#0:params|} string[] words) => string.Join(" ", words);
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.ParameterModifier).WithArguments("words", "join", "params"));
    }

    [Fact]
    public Task A_special_parameter_passed_by_reference_is_still_reported()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public void Wait({|TG0004:in|} CancellationToken ct) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task An_unsupported_type_behind_a_modifier_is_reported_as_well()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public void Many({|TG0004:params|} {|TG0001:object[]|} values) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Plain_parameters_and_this_are_silent()
    {
        const string source = """
            public static partial class Extensions
            {
                [Tool] public static string Shout(this string text, int times = 1) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, new[] { DiagnosticDescriptors.MissingDescriptionId, DiagnosticDescriptors.StrictRewriteId });
    }
}
