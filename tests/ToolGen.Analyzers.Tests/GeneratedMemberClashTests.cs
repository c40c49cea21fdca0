namespace ToolGen.Analyzers.Tests;

/// <summary>TG0012: the type already declares a member the generated half would declare again.</summary>
public class GeneratedMemberClashTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task A_member_named_ToolDefinitions_is_reported_on_each_tool()
    {
        const string source = """
            public partial class WeatherTools
            {
                public static string[] ToolDefinitions = { "weather" };

                [Tool] public string {|#0:GetWeather|}(string city) => "sunny";
                [Tool] public string {|#1:GetWind|}(string city) => "calm";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GeneratedMemberClash, 0).WithArguments("get_weather", "WeatherTools", "ToolDefinitions"),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GeneratedMemberClash, 1).WithArguments("get_wind", "WeatherTools", "ToolDefinitions"));
    }

    [Fact]
    public Task An_InvokeAsync_with_the_dispatcher_signature_is_reported()
    {
        const string source = """
            public partial class Tools
            {
                public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken) => default;

                [Tool] public int {|#0:Count|}() => 0;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GeneratedMemberClash).WithArguments("count", "Tools", "InvokeAsync"));
    }

    [Fact]
    public Task A_ToolSet_member_clashes_only_in_a_static_class()
    {
        const string source = """
            public static partial class StaticTools
            {
                public static int ToolSet => 0;

                [Tool] public static int {|#0:Count|}() => 0;
            }

            public partial class InstanceTools
            {
                public int ToolSet => 0;

                [Tool] public int Count() => 0;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.GeneratedMemberClash).WithArguments("count", "StaticTools", "ToolSet"));
    }

    [Fact]
    public Task Other_InvokeAsync_overloads_and_inherited_members_are_fine()
    {
        const string source = """
            public class Base
            {
                public static int ToolDefinitions => 0;
            }

            public partial class Tools : Base
            {
                public Task<int> InvokeAsync(string name) => Task.FromResult(0);

                [Tool] public int Count() => 0;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
