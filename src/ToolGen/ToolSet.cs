using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Generated;

namespace ToolGen;

/// <summary>Builds tool sets out of other tool sets.</summary>
public static class ToolSet
{
    /// <summary>
    /// Combines several tool sets into one that dispatches each call to the set that defines the tool.
    /// </summary>
    /// <param name="toolSets">The sets to combine, in the order their definitions are listed.</param>
    /// <returns>A tool set holding every tool of <paramref name="toolSets"/>.</returns>
    /// <exception cref="ArgumentException">Two sets define a tool of the same name.</exception>
    public static IToolSet Combine(params IToolSet[] toolSets)
    {
        if (toolSets is null)
        {
            throw new ArgumentNullException(nameof(toolSets));
        }

        return new CombinedToolSet(toolSets);
    }

    private sealed class CombinedToolSet : IToolSet
    {
        private readonly Dictionary<string, IToolSet> _byName = new(StringComparer.Ordinal);
        private readonly ToolDefinition[] _definitions;

        public CombinedToolSet(IToolSet[] toolSets)
        {
            var definitions = new List<ToolDefinition>();
            foreach (var set in toolSets)
            {
                if (set is null)
                {
                    throw new ArgumentException("A tool set to combine is null.", nameof(toolSets));
                }

                foreach (var definition in set.Definitions)
                {
                    if (_byName.TryGetValue(definition.Name, out var existing))
                    {
                        throw new ArgumentException(
                            $"Two tool sets define a tool named \"{definition.Name}\": {existing.GetType().FullName} and {set.GetType().FullName}. " +
                            "Rename one of them with [Tool(\"another_name\")].",
                            nameof(toolSets));
                    }

                    _byName.Add(definition.Name, set);
                    definitions.Add(definition);
                }
            }

            _definitions = definitions.ToArray();
        }

        public IReadOnlyList<ToolDefinition> Definitions => _definitions;

        public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
        {
            if (call is null)
            {
                throw new ArgumentNullException(nameof(call));
            }

            return _byName.TryGetValue(call.Name, out var set)
                ? set.InvokeAsync(call, cancellationToken)
                : new ValueTask<ToolResult>(ToolDispatch.UnknownTool(call, _definitions));
        }
    }
}
