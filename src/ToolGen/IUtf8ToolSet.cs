using System;
using System.Threading;
using System.Threading.Tasks;

namespace ToolGen;

/// <summary>
/// A tool set's dispatcher without the <see cref="ToolCall"/> and <see cref="ToolResult"/> objects: the tool name
/// and the UTF-8 arguments in, a <see cref="ToolOutput"/> struct out. ToolGen implements it (explicitly) beside
/// <see cref="IToolSet"/> on every generated tool set, for hosts that keep the call id themselves and want no
/// allocation per call beyond the result text.
/// </summary>
/// <remarks>
/// A call made this way is read in the default mode (neither <see cref="ToolCall.Strict"/> nor
/// <see cref="ToolCall.Lenient"/>) and carries no services: a tool that takes services or a
/// <see cref="ToolCallContext"/> sees a call with an empty id and no <see cref="ToolCall.Services"/>; use
/// <see cref="IToolSet.InvokeAsync"/> for those. Errors are the same as <see cref="IToolSet.InvokeAsync"/>'s.
/// </remarks>
public interface IUtf8ToolSet
{
    /// <summary>Runs one tool call; bad arguments and tool failures come back as error outcomes.</summary>
    /// <param name="name">The tool name.</param>
    /// <param name="arguments">The arguments' UTF-8 JSON, as the model sent them.</param>
    /// <param name="cancellationToken">Cancels the tool; cancellation propagates as <see cref="OperationCanceledException"/>.</param>
    ValueTask<ToolOutput> InvokeUtf8Async(string name, ReadOnlyMemory<byte> arguments, CancellationToken cancellationToken = default);
}
