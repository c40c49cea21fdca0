using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ToolGen.Generators.Budget;

/// <summary>
/// The limits the budget diagnostics check, each an MSBuild property the analyzer reads (the ToolGen package marks them
/// <c>CompilerVisibleProperty</c>); a property that is unset or not a positive integer keeps the default. Defaults are
/// the current OpenAI strict-mode figures (older docs and Azure deployments: 100 properties, depth 5, 500 enum values,
/// 15,000 characters, 7,500 for one large enum) and Anthropic's per-request strict tool-use limits.
/// </summary>
internal sealed record BudgetLimits(
    int MaxProperties = 5000,
    int MaxDepth = 10,
    int MaxEnumValues = 1000,
    int MaxStringLength = 120_000,
    int MaxLargeEnumLength = 15_000,
    int MaxStrictTools = 20,
    int MaxOptionalParameters = 24,
    int MaxUnionParameters = 16,
    int? ToolSetMaxBytes = null,
    int? ToolSetMaxTokens = null)
{
    /// <summary>A string enum with more values than this is also held to <see cref="MaxLargeEnumLength"/>.</summary>
    public const int LargeEnumValues = 250;

    public const string Prefix = "build_property.ToolGen";

    public static BudgetLimits Read(AnalyzerConfigOptions options)
    {
        var defaults = new BudgetLimits();
        return new BudgetLimits(
            Int(options, "StrictMaxProperties") ?? defaults.MaxProperties,
            Int(options, "StrictMaxDepth") ?? defaults.MaxDepth,
            Int(options, "StrictMaxEnumValues") ?? defaults.MaxEnumValues,
            Int(options, "StrictMaxStringLength") ?? defaults.MaxStringLength,
            Int(options, "StrictMaxLargeEnumLength") ?? defaults.MaxLargeEnumLength,
            Int(options, "AnthropicMaxStrictTools") ?? defaults.MaxStrictTools,
            Int(options, "AnthropicMaxOptionalParameters") ?? defaults.MaxOptionalParameters,
            Int(options, "AnthropicMaxUnionParameters") ?? defaults.MaxUnionParameters,
            Int(options, "ToolSetMaxBytes"),
            Int(options, "ToolSetMaxTokens"));
    }

    private static int? Int(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var text) &&
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
