namespace ToolGen.Chat;

/// <summary>One tool call that an <see cref="OpenAIChatLoop"/> handled, and what it sent back to the model.</summary>
public sealed class ToolInvocation
{
    /// <summary>Creates an entry of the transcript.</summary>
    /// <param name="step">The step (1-based request number) whose response held the call.</param>
    /// <param name="call">The call, as dispatched.</param>
    /// <param name="result">The result sent back to the model.</param>
    /// <param name="declined">Whether the call needed approval and did not get it (then it did not run).</param>
    public ToolInvocation(int step, ToolCall call, ToolResult result, bool declined)
    {
        Step = step;
        Call = call;
        Result = result;
        Declined = declined;
    }

    /// <summary>The step (1-based number of the request to the model) whose response held the call.</summary>
    public int Step { get; }

    /// <summary>The call, as dispatched: id, name, arguments, and <see cref="ToolCall.Strict"/> when the tool was sent strict.</summary>
    public ToolCall Call { get; }

    /// <summary>The result sent back to the model as a <c>role: tool</c> message.</summary>
    public ToolResult Result { get; }

    /// <summary>Whether the tool needed approval and did not get it: it did not run, and <see cref="Result"/> tells the model so.</summary>
    public bool Declined { get; }

    /// <inheritdoc/>
    public override string ToString() => Call + " -> " + Result;
}
