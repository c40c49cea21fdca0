namespace ToolGen.Analyzers.Tests;

/// <summary>TG0001: a parameter type (or a member inside it) that has no JSON shape, on the type as written.</summary>
public class UnsupportedParameterTypeTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task Object_parameter_is_reported_on_its_type_with_a_message_that_says_what_to_do()
    {
        const string source = """
            public partial class SearchTools
            {
                [Tool]
                public string Search(string text, {|#0:object|} filter) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedParameterType)
                .WithArguments("filter", "search", "'object' cannot be expressed in a JSON schema; use a concrete type, or JsonElement for free JSON"));
    }

    [Fact]
    public Task A_member_inside_an_object_is_named_by_its_path()
    {
        const string source = """
            public class Filters
            {
                public object? Extra { get; set; }
            }

            public class FlightQuery
            {
                public string From { get; set; } = "";
                public Filters Filters { get; set; } = new();
            }

            public partial class TravelTools
            {
                [Tool]
                public string Search({|#0:FlightQuery|} query) => query.From;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.UnsupportedParameterType)
                .WithArguments("query", "search", "FlightQuery.Filters.Extra: 'object?' cannot be expressed in a JSON schema; use a concrete type, or JsonElement for free JSON"));
    }

    [Fact]
    public Task Every_unsupported_kind_is_reported_once_on_its_own_type()
    {
        const string source = """
            using System.IO;

            public partial class BadTools
            {
                [Tool] public void Dynamic({|TG0001:dynamic|} value) { }
                [Tool] public void Delegate({|TG0001:Func<int>|} callback) { }
                [Tool] public void Stream({|TG0001:Stream|} data) { }
                [Tool] public void TypeParameter({|TG0001:Type|} type) { }
                [Tool] public void Tuple({|TG0001:(int A, int B)|} pair) { }
                [Tool] public void Grid({|TG0001:int[,]|} cells) { }
                [Tool] public void IntKeys({|TG0001:Dictionary<int, string>|} byId) { }
                [Tool] public void Interface({|TG0001:IDisposable|} resource) { }
                [Tool] public void ListOfObjects({|TG0001:List<object>|} items) { }
                [Tool] public void Several({|TG0001:object|} first, int fine, {|TG0001:object|} second) { }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Special_parameters_are_not_judged_as_arguments()
    {
        const string source = """
            public interface IClock { DateTime Now { get; } }

            public partial class ServiceTools
            {
                /// <summary>Now.</summary>
                [Tool]
                public string Now([FromServices] IClock clock, IServiceProvider services, ToolCallContext context, CancellationToken ct) =>
                    clock.Now.ToString("O");
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Methods_without_Tool_are_never_judged()
    {
        const string source = """
            public class Plain
            {
                public string Search(object filter, ref int count) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }
}
