using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using ToolGen.Generators.Analyzers;
using ToolGen.Generators.Budget;

namespace ToolGen.Analyzers.Tests;

/// <summary>
/// TG0018–TG0020: provider limits and size budgets, each fired on a source built to exceed it (at the default figure
/// where a source can reasonably reach it, else at a figure set through its MSBuild property), and quiet otherwise.
/// </summary>
public class BudgetTests
{
    /// <summary>Notes and warnings about descriptions and strict rewrites, not what these cases are about.</summary>
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId, DiagnosticDescriptors.StrictRewriteId, DiagnosticDescriptors.NoStrictFormId };

    [Fact]
    public Task An_ordinary_tool_set_is_quiet_at_the_default_limits() => VerifyAsync("""
        public partial class Weather
        {
            [Tool] public string Forecast(string city, int days = 3, string? unit = null) => city;
            [Tool] public string Alerts(string region, List<string>? kinds = null) => region;
        }
        """, null);

    [Fact]
    public Task Too_many_properties_for_the_configured_limit() => VerifyAsync(
        """
        public partial class Search
        {
            [Tool] public string {|#0:Find|}(string a, string b, string c, string d) => a;
        }
        """,
        "build_property.ToolGenStrictMaxProperties = 3",
        Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Tool", "find", "4", "object properties", "3", "ToolGenStrictMaxProperties"));

    [Fact]
    public Task Nesting_deeper_than_the_default_limit()
    {
        // Eleven levels: the arguments object, then ten nested records.
        var source = new StringBuilder("public partial class Deep\n{\n    [Tool] public string {|#0:Go|}(L1 value) => \"\";\n}\n");
        for (var i = 1; i <= 10; i++)
        {
            source.Append(i < 10 ? $"public record L{i}(L{i + 1} Next);\n" : $"public record L{i}(string Leaf);\n");
        }

        return VerifyAsync(
            source.ToString(),
            null,
            Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Tool", "go", "11", "levels of nesting", "10", "ToolGenStrictMaxDepth"));
    }

    [Fact]
    public Task Nesting_deeper_than_the_older_Azure_limit() => VerifyAsync(
        """
        public partial class Deep
        {
            [Tool] public string {|#0:Go|}(A value) => "";
        }

        public record A(B Next);
        public record B(C Next);
        public record C(D Next);
        public record D(string Leaf);
        """,
        "build_property.ToolGenStrictMaxDepth = 4",
        Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Tool", "go", "5", "levels of nesting", "4", "ToolGenStrictMaxDepth"));

    [Fact]
    public Task Too_many_enum_values_for_the_configured_limit() => VerifyAsync(
        """
        public enum Color { Red, Green, Blue, Black }

        public partial class Paint
        {
            [Tool] public string {|#0:Mix|}(Color first, Color second) => "";
        }
        """,
        "build_property.ToolGenStrictMaxEnumValues = 6",
        Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Tool", "mix", "8", "enum values", "6", "ToolGenStrictMaxEnumValues"));

    [Fact]
    public Task Too_much_text_for_the_configured_limit() => VerifyAsync(
        """
        public enum Size { Small, Large }

        public partial class Shop
        {
            [Tool] public string {|#0:Order|}(string product, Size size) => "";
        }
        """,
        "build_property.ToolGenStrictMaxStringLength = 16",
        Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Tool", "order", "21", "characters of property names, definition names and enum values", "16", "ToolGenStrictMaxStringLength"));

    [Fact]
    public Task A_large_enum_over_the_default_length_limit()
    {
        // 260 members of 60 characters: 15,600 characters in one enum of more than 250 values.
        var members = string.Join(",\n", Enumerable.Range(0, 260).Select(i => "Member" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + new string('x', 51)));
        var source = "public enum Code\n{\n" + members + "\n}\n\npublic partial class Codes\n{\n    [Tool] public string {|#0:Pick|}(Code code) => \"\";\n}\n";
        return VerifyAsync(
            source,
            null,
            Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Tool", "pick", "15600", "characters in one enum of more than 250 values", "15000", "ToolGenStrictMaxLargeEnumLength"));
    }

    [Fact]
    public Task More_strict_tools_than_Anthropic_allows_by_default()
    {
        var tools = string.Concat(Enumerable.Range(1, 21).Select(i => $"    [Tool] public string Tool{i}(string text) => text;\n"));
        return VerifyAsync(
            "public partial class {|#0:Many|}\n{\n" + tools + "}\n",
            null,
            Diagnostic(BudgetDiagnostics.AnthropicSetLimit).WithArguments("Many", "21", "strict tools", "20", "ToolGenAnthropicMaxStrictTools"));
    }

    [Fact]
    public Task More_optional_parameters_than_the_configured_limit() => VerifyAsync(
        """
        public partial class {|#0:Search|}
        {
            [Tool] public string Find(string text, int limit = 10, string? sort = null) => text;
            [Tool] public string Count(string text, bool exact = false) => text;
        }
        """,
        "build_property.ToolGenAnthropicMaxOptionalParameters = 2",
        Diagnostic(BudgetDiagnostics.AnthropicSetLimit).WithArguments("Search", "3", "optional parameters", "2", "ToolGenAnthropicMaxOptionalParameters"));

    [Fact]
    public Task More_union_parameters_than_the_configured_limit() => VerifyAsync(
        """
        public partial class {|#0:Search|}
        {
            [Tool] public string Find(string text, int? limit, string? sort) => text;
        }
        """,
        "build_property.ToolGenAnthropicMaxUnionParameters = 1",
        Diagnostic(BudgetDiagnostics.AnthropicSetLimit).WithArguments("Search", "2", "parameters using anyOf or type arrays", "1", "ToolGenAnthropicMaxUnionParameters"));

    /// <summary>
    /// 186 bytes: <c>[{"type":"function","function":{"name":"forecast","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false},"strict":true}}]</c>.
    /// </summary>
    [Fact]
    public Task A_tool_set_over_its_byte_budget() => VerifyAsync(
        """
        public partial class {|#0:Weather|}
        {
            [Tool] public string Forecast(string city) => city;
        }
        """,
        "build_property.ToolGenToolSetMaxBytes = 100",
        Diagnostic(BudgetDiagnostics.SetBudget).WithArguments("Weather", "186", "bytes", "100 bytes", "ToolGenToolSetMaxBytes"));

    [Fact]
    public Task A_tool_set_over_its_token_budget() => VerifyAsync(
        """
        public partial class {|#0:Weather|}
        {
            [Tool] public string Forecast(string city) => city;
        }
        """,
        "build_property.ToolGenToolSetMaxTokens = 10",
        Diagnostic(BudgetDiagnostics.SetBudget).WithArguments("Weather", "42", "tokens (estimated, o200k_base)", "10 tokens", "ToolGenToolSetMaxTokens"));

    [Fact]
    public Task A_budget_that_is_not_a_positive_number_is_ignored() => VerifyAsync(
        """
        public partial class Weather
        {
            [Tool] public string Forecast(string city) => city;
        }
        """,
        "build_property.ToolGenToolSetMaxBytes = lots\nbuild_property.ToolGenStrictMaxProperties = -1");

    [Fact]
    public async Task An_answer_type_over_a_strict_limit_is_reported_on_its_name()
    {
        var test = new CSharpAnalyzerTest<AnswerAnalyzer, DefaultVerifier>
        {
            TestCode = """
                [StructuredOutput]
                public partial record {|#0:Report|}(string Title, string Body, string Author);
                """,
        };
        TestProject.Configure(test);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ToolGenStrictMaxProperties = 2\n"));
        test.ExpectedDiagnostics.Add(Diagnostic(BudgetDiagnostics.StrictLimit).WithArguments("Answer type", "report", "3", "object properties", "2", "ToolGenStrictMaxProperties"));
        await test.RunAsync();
    }

    private static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor rule) => new DiagnosticResult(rule).WithLocation(0);

    private static Task VerifyAsync(string source, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ToolAnalyzer, DefaultVerifier> { TestCode = source };
        TestProject.Configure(test);
        foreach (var id in s_quiet)
        {
            test.DisabledDiagnostics.Add(id);
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
