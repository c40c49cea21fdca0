using System.Threading;
using System.Threading.Tasks;

namespace ToolGen.Chat;

/// <summary>
/// Asks whether a call of a tool marked <see cref="ToolAttribute.RequiresApproval"/> may run, typically by asking a person.
/// </summary>
/// <param name="call">The call the model made, with its arguments as the model wrote them (not yet validated).</param>
/// <param name="definition">The definition of the tool the call names.</param>
/// <param name="cancellationToken">Cancelled when the chat loop is.</param>
/// <returns><see langword="true"/> to run the call; <see langword="false"/> to tell the model the user declined it.</returns>
public delegate ValueTask<bool> ToolApproval(ToolCall call, ToolDefinition definition, CancellationToken cancellationToken);
