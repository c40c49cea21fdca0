using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Budget;

/// <summary>The budget diagnostics: provider limits and size budgets checked at compile time (docs/tool-cost.md).</summary>
internal static class BudgetDiagnostics
{
    public const string StrictLimitId = "TG0018";
    public const string AnthropicSetLimitId = "TG0019";
    public const string SetBudgetId = "TG0020";

    public static readonly DiagnosticDescriptor StrictLimit = new(
        StrictLimitId,
        title: "Strict schema exceeds an OpenAI strict-mode limit",
        messageFormat: "{0} '{1}': its strict schema has {2} {3}, over OpenAI's strict-mode limit of {4} (MSBuild property {5}); the request would be refused",
        "ToolGen",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "OpenAI's strict mode caps a schema's object properties, nesting depth, enum values and total string length. The defaults are the current OpenAI figures; Azure deployments may enforce older, lower ones, set through MSBuild properties.",
        helpLinkUri: Generators.BuildConstants.HelpBase + StrictLimitId + ".md");

    public static readonly DiagnosticDescriptor AnthropicSetLimit = new(
        AnthropicSetLimitId,
        title: "Strict tools of a tool set exceed an Anthropic per-request limit",
        messageFormat: "The strict tools of '{0}' have {1} {2} together, over Anthropic's per-request limit of {3} (MSBuild property {4}); a request offering them all strict would be refused",
        "ToolGen",

        // A note: it matters only to a project that sends the whole set strict to Anthropic in one request, which can
        // make it a warning in .editorconfig.
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Anthropic's strict tool use caps, per request, the number of strict tools, the optional parameters over all their schemas and the parameters using anyOf or type arrays. The figures are configurable through MSBuild properties.",
        helpLinkUri: Generators.BuildConstants.HelpBase + AnthropicSetLimitId + ".md");

    public static readonly DiagnosticDescriptor SetBudget = new(
        SetBudgetId,
        title: "Tool definitions exceed the tool set's size budget",
        messageFormat: "The tools of '{0}' cost {1} {2} in a Chat Completions request, over the budget of {3} set by the MSBuild property {4}",
        "ToolGen",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Tool definitions are sent, and paid for in prompt tokens, on every request. A project may set a budget per tool set (ToolGenToolSetMaxBytes, ToolGenToolSetMaxTokens); this warns when a set's tools together exceed it.",
        helpLinkUri: Generators.BuildConstants.HelpBase + SetBudgetId + ".md");
}
