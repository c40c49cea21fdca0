using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ToolGen;

/// <summary>A set of tools: their definitions and a dispatcher that runs a call by name.</summary>
/// <remarks>ToolGen implements this interface on every partial type that holds <see cref="ToolAttribute"/> methods.</remarks>
public interface IToolSet
{
    /// <summary>The definitions of the tools in this set, in declaration order.</summary>
    IReadOnlyList<ToolDefinition> Definitions { get; }

    /// <summary>
    /// Runs one tool call. Bad input from the model (an unknown tool, malformed or invalid arguments) and
    /// exceptions thrown by the tool never escape: they come back as a <see cref="ToolResult"/> whose
    /// <see cref="ToolResult.IsError"/> is <see langword="true"/>, with a message the model can act on.
    /// </summary>
    /// <param name="call">The call as the model sent it.</param>
    /// <param name="cancellationToken">Cancels the tool; cancellation propagates as <see cref="System.OperationCanceledException"/>.</param>
    ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default);
}
