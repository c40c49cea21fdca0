using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Emit;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Budget;

/// <summary>
/// The budget diagnostics (TG0018–TG0020), computed from the models the analyzers already read: the schema trees are
/// the ones the generator writes, measured rather than parsed back.
/// </summary>
internal static class BudgetChecks
{
    /// <summary>TG0018 for each OpenAI strict-mode limit a tool's or an answer's strict schema exceeds.</summary>
    public static IEnumerable<ToolProblem> StrictLimits(SchemaNode? strict, string kind, string name, Location location, BudgetLimits limits)
    {
        if (strict is null)
        {
            yield break;
        }

        var stats = SchemaStats.Of(strict);
        var checks = new (int Value, int Limit, string What, string Property)[]
        {
            (stats.Properties, limits.MaxProperties, "object properties", "ToolGenStrictMaxProperties"),
            (stats.Depth, limits.MaxDepth, "levels of nesting", "ToolGenStrictMaxDepth"),
            (stats.EnumValues, limits.MaxEnumValues, "enum values", "ToolGenStrictMaxEnumValues"),
            (stats.StringLength, limits.MaxStringLength, "characters of property names, definition names and enum values", "ToolGenStrictMaxStringLength"),
            (stats.LargestEnumLength, limits.MaxLargeEnumLength, $"characters in one enum of more than {BudgetLimits.LargeEnumValues} values", "ToolGenStrictMaxLargeEnumLength"),
        };
        foreach (var (value, limit, what, property) in checks)
        {
            if (value > limit)
            {
                yield return new ToolProblem(BudgetDiagnostics.StrictLimit, location, kind, name, Number(value), what, Number(limit), property);
            }
        }
    }

    /// <summary>TG0018 for each tool a type generates (on the tool's name), then TG0019 and TG0020 for the set (on the type's).</summary>
    public static IEnumerable<ToolProblem> ToolSet(INamedTypeSymbol type, IReadOnlyList<(ToolModel Tool, Location Location)> tools, BudgetLimits limits)
    {
        var display = type.ToDisplayString(ContainerChecks.TypeFormat);
        var location = ToolSyntax.Identifier(type);
        var measureSize = limits.ToolSetMaxBytes is not null || limits.ToolSetMaxTokens is not null;
        int strictTools = 0, optional = 0, unions = 0, bytes = 2, tokens = 0;
        for (var i = 0; i < tools.Count; i++)
        {
            var tool = tools[i].Tool;
            var strict = SchemaEmitter.ParametersNode(tool, SchemaMode.Strict);
            foreach (var problem in StrictLimits(strict, "Tool", tool.Name, tools[i].Location, limits))
            {
                yield return problem;
            }

            if (measureSize)
            {
                // Only when a budget asks: the entry is what the generator states as the definition's size.
                var sent = strict is null ? SchemaEmitter.Parameters(tool, SchemaMode.Input)! : SchemaWriter.Write(strict);
                var cost = ToolCost.OfTool(tool.Name, tool.Description, sent, strict is null ? null : sent);
                bytes += cost.Bytes + (i > 0 ? 1 : 0);
                tokens += cost.Tokens;
            }

            if (strict is not null)
            {
                // Anthropic's parameters are the tool's own: counted from the model, on the form where each is largest.
                // Optional ones are those the plain schema leaves out of "required"; unions are those the strict schema
                // makes nullable (a type array, or anyOf around a reference), which is every optional or nullable one.
                strictTools++;
                foreach (var parameter in tool.Parameters)
                {
                    if (parameter.Field is { } field)
                    {
                        optional += field.IsRequired ? 0 : 1;
                        unions += !field.IsRequired || field.Type.IsNullable ? 1 : 0;
                    }
                }
            }
        }

        var checks = new (int Value, int Limit, string What, string Property)[]
        {
            (strictTools, limits.MaxStrictTools, "strict tools", "ToolGenAnthropicMaxStrictTools"),
            (optional, limits.MaxOptionalParameters, "optional parameters", "ToolGenAnthropicMaxOptionalParameters"),
            (unions, limits.MaxUnionParameters, "parameters using anyOf or type arrays", "ToolGenAnthropicMaxUnionParameters"),
        };
        foreach (var (value, limit, what, property) in checks)
        {
            if (value > limit)
            {
                yield return new ToolProblem(BudgetDiagnostics.AnthropicSetLimit, location, display, Number(value), what, Number(limit), property);
            }
        }

        if (limits.ToolSetMaxBytes is { } maxBytes && bytes > maxBytes)
        {
            yield return new ToolProblem(BudgetDiagnostics.SetBudget, location, display, Number(bytes), "bytes", Number(maxBytes) + " bytes", "ToolGenToolSetMaxBytes");
        }

        if (limits.ToolSetMaxTokens is { } maxTokens && tokens > maxTokens)
        {
            yield return new ToolProblem(BudgetDiagnostics.SetBudget, location, display, Number(tokens), "tokens (estimated, o200k_base)", Number(maxTokens) + " tokens", "ToolGenToolSetMaxTokens");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
