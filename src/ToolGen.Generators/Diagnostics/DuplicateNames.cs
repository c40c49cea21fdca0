using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// TG0005: tools of one set that share a name. Only tools without an error count, in declaration order (syntax
/// tree order, then position), because that is what the generator keeps: the first of each name among the tools it
/// generates. Each later one gets the diagnostic, and the generator leaves it out.
/// </summary>
internal static class DuplicateNames
{
    /// <summary>A tool the generator keeps, with what a TG0005 message needs.</summary>
    public sealed record Tool(IMethodSymbol Method, string Name, Location NameLocation);

    public static IEnumerable<ToolProblem> Find(IReadOnlyList<Tool> tools, IReadOnlyDictionary<string, string> inherited, INamedTypeSymbol type, Compilation compilation)
    {
        var firstByName = new Dictionary<string, Tool>(System.StringComparer.Ordinal);
        foreach (var tool in tools)
        {
            // A base tool set answers to its names first: the derived tool is the one left out.
            if (inherited.TryGetValue(tool.Name, out var baseMethod))
            {
                yield return Problem(tool, baseMethod, type);
            }
        }

        tools = tools.Where(t => !inherited.ContainsKey(t.Name)).ToList();
        if (tools.Select(t => t.Name).Distinct(System.StringComparer.Ordinal).Count() == tools.Count)
        {
            // The common case needs no ordering, so no look at the compilation's tree list.
            yield break;
        }

        var treeOrder = compilation.SyntaxTrees.Select((tree, index) => (tree, index)).ToDictionary(p => p.tree, p => p.index);
        var ordered = tools
            .OrderBy(t => t.Method.Locations.FirstOrDefault()?.SourceTree is { } tree && treeOrder.TryGetValue(tree, out var index) ? index : int.MaxValue)
            .ThenBy(t => t.Method.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
        foreach (var tool in ordered)
        {
            if (firstByName.TryGetValue(tool.Name, out var first))
            {
                yield return Problem(tool, first.Method.Name, type);
            }
            else
            {
                firstByName.Add(tool.Name, tool);
            }
        }
    }

    private static ToolProblem Problem(Tool tool, string takenBy, INamedTypeSymbol type) => new(
        DiagnosticDescriptors.DuplicateToolName,
        tool.NameLocation,
        tool.Name,
        tool.Method.Name,
        takenBy,
        type.ToDisplayString(ContainerChecks.TypeFormat));
}
