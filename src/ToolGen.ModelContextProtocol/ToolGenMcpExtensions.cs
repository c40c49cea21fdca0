using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;

namespace ToolGen.ModelContextProtocol;

/// <summary>Puts ToolGen tool sets on a Model Context Protocol server.</summary>
public static class ToolGenMcpExtensions
{
    /// <summary>
    /// Registers every tool of the given sets on the server, each as a <see cref="ToolGenMcpServerTool"/>: generated
    /// input and output schemas, reflection-free argument reading, invalid arguments answered with <c>isError: true</c>
    /// and ToolGen's repair text.
    /// </summary>
    /// <param name="builder">The server builder (<c>services.AddMcpServer()</c>).</param>
    /// <param name="toolSets">The tool sets; their tool names must differ.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">Two sets define a tool of the same name.</exception>
    public static IMcpServerBuilder WithToolGen(this IMcpServerBuilder builder, params IToolSet[] toolSets)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (toolSets is null)
        {
            throw new ArgumentNullException(nameof(toolSets));
        }

        var combined = toolSets.Length == 1 && toolSets[0] is not null ? toolSets[0] : ToolSet.Combine(toolSets);
        return builder.WithTools(combined.AsMcpServerTools());
    }

    /// <summary>One <see cref="McpServerTool"/> per tool of the set, in the order of <see cref="IToolSet.Definitions"/>.</summary>
    /// <param name="toolSet">The tools.</param>
    /// <returns>The server tools, for <c>WithTools</c> or <c>McpServerOptions.ToolCollection</c>.</returns>
    public static IReadOnlyList<McpServerTool> AsMcpServerTools(this IToolSet toolSet)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        var definitions = toolSet.Definitions;
        var tools = new McpServerTool[definitions.Count];
        for (var i = 0; i < tools.Length; i++)
        {
            tools[i] = new ToolGenMcpServerTool(toolSet, definitions[i]);
        }

        return tools;
    }
}
