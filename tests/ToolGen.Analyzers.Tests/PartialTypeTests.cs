namespace ToolGen.Analyzers.Tests;

/// <summary>TG0002: the type holding tools, and every type enclosing it, must be partial; reported once, on the holder's name.</summary>
public class PartialTypeTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task A_class_that_is_not_partial_is_reported_on_its_name()
    {
        const string source = """
            public class {|#0:WeatherTools|}
            {
                [Tool] public string Forecast(string city) => city;
                [Tool] public string Alerts(string city) => city;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.TypeNotPartial).WithArguments("WeatherTools", "'WeatherTools'"));
    }

    [Fact]
    public Task An_enclosing_type_that_is_not_partial_is_named_in_the_message()
    {
        const string source = """
            public class Outer
            {
                public class {|#0:Inner|}
                {
                    [Tool] public string Ping() => "pong";
                }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.TypeNotPartial).WithArguments("Outer.Inner", "'Outer' and 'Inner'"));
    }

    [Fact]
    public Task Only_the_types_that_lack_partial_are_listed()
    {
        const string source = """
            public class A
            {
                public partial class B
                {
                    public struct {|#0:C|}
                    {
                        [Tool] public string Ping() => "pong";
                    }
                }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.TypeNotPartial).WithArguments("A.B.C", "'A' and 'C'"));
    }

    [Fact]
    public Task Records_structs_and_static_classes_are_reported_too()
    {
        const string source = """
            public record {|TG0002:RecordTools|}
            {
                [Tool] public string Ping() => "pong";
            }

            public record struct {|TG0002:RecordStructTools|}
            {
                [Tool] public string Ping() => "pong";
            }

            public static class {|TG0002:StaticTools|}
            {
                [Tool] public static string Ping() => "pong";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Partial_holders_in_partial_enclosing_types_are_silent()
    {
        const string source = """
            public partial class Outer
            {
                public partial record Inner
                {
                    [Tool] public string Ping() => "pong";
                }

                public partial struct Value
                {
                    [Tool] public string Ping() => "pong";
                }
            }

            public static partial class StaticTools
            {
                [Tool] public static string Ping() => "pong";
            }

            public class NoTools
            {
                public string Ping() => "pong";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
