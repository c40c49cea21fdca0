namespace ToolGen.Analyzers.Tests;

/// <summary>TG0010 (an optional parameter becomes required-nullable in strict mode) and TG0011 (no strict form).</summary>
public class StrictModeTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task An_optional_parameter_with_a_default_gets_a_note_saying_what_null_means()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string Search(string text, int {|#0:limit|} = 10, string? {|#1:sort|} = "date") => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.StrictRewrite, 0).WithArguments("limit", "search", "a null from the model means the default"),
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.StrictRewrite, 1).WithArguments(
                "sort", "search", "a null from the model is passed as null, so the default applies only to non-strict calls"));
    }

    [Fact]
    public Task Nullable_parameters_without_a_default_of_their_own_get_no_note()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string Search(string text, int? limit, string? sort = null, int? page = null, CancellationToken ct = default) => text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task An_open_map_parameter_has_no_strict_form()
    {
        // No strict form, so no strict rewrite either: TG0010 stays silent for 'limit'.
        const string source = """
            public partial class Tools
            {
                [Tool] public string Tag(string name, {|#0:Dictionary<string, int>|} counts, int limit = 3) => name;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.NoStrictForm).WithArguments("tag", "parameter 'counts'", "an open map 'Dictionary<string, int>'"));
    }

    [Fact]
    public Task Free_JSON_inside_an_object_is_named_by_its_path()
    {
        const string source = """
            using System.Text.Json;

            public class Query
            {
                public string Text { get; set; } = "";
                public Filter[] Filters { get; set; } = Array.Empty<Filter>();
            }

            public class Filter
            {
                public JsonElement Value { get; set; }
            }

            public partial class Tools
            {
                [Tool] public string Search({|#0:Query|} query) => query.Text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.NoStrictForm).WithArguments("search", "'Query.Filters.Value' in parameter 'query'", "free JSON 'JsonElement'"));
    }

    [Fact]
    public Task Only_the_first_parameter_without_a_strict_form_is_named_and_optional_ones_get_no_TG0010()
    {
        const string source = """
            using System.Text.Json.Nodes;

            public partial class Tools
            {
                [Tool] public string Free({|TG0011:JsonNode?|} node, IReadOnlyDictionary<string, string>? headers = null, int limit = 3) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Read_only_properties_are_not_sent_so_they_do_not_count()
    {
        const string source = """
            public class Query
            {
                public string Text { get; set; } = "";
                public Dictionary<string, int> Stats { get; } = new();
            }

            public partial class Tools
            {
                [Tool] public string Search(Query query) => query.Text;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Tools_of_a_type_that_is_not_partial_get_no_strict_notes()
    {
        const string source = """
            public class {|TG0002:Tools|}
            {
                [Tool] public string Search(Dictionary<string, int> counts, int limit = 3) => "";
                [Tool] public string Page(int size = 10) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task A_tool_with_an_error_gets_no_strict_notes()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string Search({|TG0001:object|} filter, Dictionary<string, int> counts, int limit = 3) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
