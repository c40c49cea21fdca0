using Microsoft.CodeAnalysis;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// TG0008: whether a tool and its parameters tell the model what they are, from the same sources, in the same
/// order, as the generator's descriptions (<see cref="ToolParser"/>).
/// </summary>
internal static class DescriptionChecks
{
    /// <summary><c>[Tool(Description = "…")]</c>, <c>[Description]</c>, or the doc comment's <c>&lt;summary&gt;</c>.</summary>
    public static bool ToolHasDescription(IMethodSymbol method, AttributeData attribute, DocComments docs)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Description" && argument.Value.Value is string text && !IsBlank(text))
            {
                return true;
            }
        }

        return !IsBlank(Descriptions.FromAttribute(method)) || !IsBlank(docs.Summary);
    }

    /// <summary><c>[Description]</c> on the parameter, or its <c>&lt;param&gt;</c> in the method's doc comment.</summary>
    public static bool ParameterHasDescription(IParameterSymbol parameter, DocComments docs) =>
        !IsBlank(Descriptions.FromAttribute(parameter)) || !IsBlank(docs.Parameter(parameter.Name));

    // An empty description is sent as no description: the model learns nothing from it.
    private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;
}
