using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI;

/// <summary>Offers ToolGen tool sets to Microsoft.Extensions.AI chat clients.</summary>
public static class ToolSetAIExtensions
{
    /// <summary>
    /// One <see cref="AIFunction"/> per tool of the set, in the order of <see cref="IToolSet.Definitions"/>. Tools that
    /// require approval (<see cref="ToolDefinition.RequiresApproval"/>) come wrapped in an
    /// <see cref="ApprovalRequiredAIFunction"/>; the others are <see cref="ToolGenAIFunction"/>s.
    /// </summary>
    /// <param name="toolSet">The tools.</param>
    /// <param name="strict">
    /// Whether tools that have a strict schema are offered with it (<c>"strict": true</c>, the OpenAI strict mode); with
    /// <see langword="false"/> every tool is offered with its plain schema and <c>"strict": false</c>.
    /// </param>
    /// <returns>The functions, for <c>ChatOptions.Tools</c>.</returns>
    public static IReadOnlyList<AIFunction> AsAIFunctions(this IToolSet toolSet, bool strict = true)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        var definitions = toolSet.Definitions;
        var functions = new AIFunction[definitions.Count];
        for (var i = 0; i < functions.Length; i++)
        {
            functions[i] = Create(toolSet, definitions[i], strict);
        }

        return functions;
    }

    /// <summary>The <see cref="AIFunction"/> of one tool of the set, wrapped in an <see cref="ApprovalRequiredAIFunction"/> when it requires approval.</summary>
    /// <param name="toolSet">The tools.</param>
    /// <param name="name">The tool's name.</param>
    /// <param name="strict">Whether the tool is offered with its strict schema when it has one.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentException">The set has no tool of that name.</exception>
    public static AIFunction AsAIFunction(this IToolSet toolSet, string name, bool strict = true)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        foreach (var definition in toolSet.Definitions)
        {
            if (string.Equals(definition.Name, name, StringComparison.Ordinal))
            {
                return Create(toolSet, definition, strict);
            }
        }

        throw new ArgumentException($"The tool set has no tool named \"{name}\".", nameof(name));
    }

    /// <summary>
    /// One schema-only <see cref="AIFunctionDeclaration"/> per tool of the set: the model is told about the tools, and
    /// the caller runs the calls it gets back.
    /// </summary>
    /// <param name="toolSet">The tools.</param>
    /// <param name="strict">Whether tools that have a strict schema are declared with it.</param>
    /// <returns>The declarations.</returns>
    public static IReadOnlyList<AIFunctionDeclaration> AsAIFunctionDeclarations(this IToolSet toolSet, bool strict = true)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        var definitions = toolSet.Definitions;
        var declarations = new AIFunctionDeclaration[definitions.Count];
        for (var i = 0; i < declarations.Length; i++)
        {
            declarations[i] = new ToolGenAIFunctionDeclaration(new ToolSchemas(definitions[i], strict));
        }

        return declarations;
    }

    private static AIFunction Create(IToolSet toolSet, ToolDefinition definition, bool strict)
    {
        var function = new ToolGenAIFunction(toolSet, new ToolSchemas(definition, strict));
        return definition.RequiresApproval ? new ApprovalRequiredAIFunction(function) : function;
    }
}
