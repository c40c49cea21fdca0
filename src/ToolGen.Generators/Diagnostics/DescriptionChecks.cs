using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// TG0008: whether a tool and its parameters tell the model what they are, from the same sources, in the same
/// order, as the descriptions the tool reader writes into the schema.
/// </summary>
internal static class DescriptionChecks
{
    /// <summary>
    /// TG0008 for the tool and each undocumented parameter. Every one carries the whole method's stub plan, so fixing
    /// any of them, or all at once, writes the same doc comment.
    /// </summary>
    public static IEnumerable<ToolProblem> Problems(IMethodSymbol method, AttributeData attribute, string name, DocComments docs, KnownSymbols known)
    {
        var undocumented = method.Parameters
            .Where(p => ToolReader.SpecialRole(p, known) is null && !ParameterHasDescription(p, docs, known))
            .ToList();
        var missingSummary = !ToolHasDescription(method, attribute, docs, known);
        if (!missingSummary && undocumented.Count == 0)
        {
            yield break;
        }

        var plan = ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.MissingSummary, missingSummary ? "true" : "false")
            .Add(FixProperties.UndocumentedParameters, string.Join(FixProperties.Separator.ToString(), undocumented.Select(p => p.Name)));
        if (missingSummary)
        {
            yield return new ToolProblem(DiagnosticDescriptors.ToolWithoutDescription, ToolSyntax.Identifier(method), plan, name);
        }

        foreach (var parameter in undocumented)
        {
            yield return new ToolProblem(DiagnosticDescriptors.ParameterWithoutDescription, ToolSyntax.Identifier(parameter), plan, parameter.Name, name);
        }
    }

    /// <summary><c>[Tool(Description = "…")]</c>, <c>[Description]</c>, or the doc comment's <c>&lt;summary&gt;</c>.</summary>
    private static bool ToolHasDescription(IMethodSymbol method, AttributeData attribute, DocComments docs, KnownSymbols known)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Description" && argument.Value.Value is string text && !IsBlank(text))
            {
                return true;
            }
        }

        return !IsBlank(Descriptions.FromAttribute(method, known)) || !IsBlank(docs.Summary);
    }

    /// <summary><c>[Description]</c> on the parameter, or its <c>&lt;param&gt;</c> in the method's doc comment.</summary>
    private static bool ParameterHasDescription(IParameterSymbol parameter, DocComments docs, KnownSymbols known) =>
        !IsBlank(Descriptions.FromAttribute(parameter, known)) || !IsBlank(docs.Parameter(parameter.Name));

    // An empty description is sent as no description: the model learns nothing from it.
    private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;
}
