using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ToolGen;

/// <summary>Ways to change how a tool set reads its calls.</summary>
public static class ToolSetExtensions
{
    /// <summary>
    /// A tool set that runs every call of <paramref name="toolSet"/> in lenient mode (<see cref="ToolCall.Lenient"/>):
    /// numbers, booleans, objects and arrays sent as strings, enum names in another separator style, and arguments in a
    /// code fence or followed by stray text are read as meant instead of refused. Strict calls stay strict. The
    /// definitions and schemas are those of <paramref name="toolSet"/>.
    /// </summary>
    /// <param name="toolSet">The tool set.</param>
    /// <returns>The lenient tool set (<paramref name="toolSet"/> itself when it is one already).</returns>
    public static IToolSet WithLenientArguments(this IToolSet toolSet)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        return toolSet is LenientToolSet ? toolSet : new LenientToolSet(toolSet);
    }

    private sealed class LenientToolSet : IToolSet
    {
        private readonly IToolSet _inner;

        public LenientToolSet(IToolSet inner) => _inner = inner;

        public IReadOnlyList<ToolDefinition> Definitions => _inner.Definitions;

        public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
        {
            if (call is null)
            {
                throw new ArgumentNullException(nameof(call));
            }

            return _inner.InvokeAsync(call.AsLenient(), cancellationToken);
        }
    }
}
