using ToolGen.Streaming;

namespace ToolGen.Chat;

/// <summary>One request of a chat loop run: why the model stopped, what it cost, how many calls it made.</summary>
public sealed class ChatStep
{
    /// <summary>Creates a step record.</summary>
    /// <param name="number">The 1-based request number within the run.</param>
    /// <param name="finishReason">The provider's finish reason, as sent.</param>
    /// <param name="usage">The tokens used, when reported.</param>
    /// <param name="toolCallCount">How many tool calls the response held.</param>
    public ChatStep(int number, string? finishReason, ChatUsage? usage, int toolCallCount)
    {
        Number = number;
        FinishReason = finishReason;
        Usage = usage;
        ToolCallCount = toolCallCount;
    }

    /// <summary>The 1-based request number within the run.</summary>
    public int Number { get; }

    /// <summary>The provider's finish reason, as sent (<c>tool_calls</c>, <c>stop</c>, <c>tool_use</c>, <c>STOP</c>…).</summary>
    public string? FinishReason { get; }

    /// <summary>The tokens used, when reported.</summary>
    public ChatUsage? Usage { get; }

    /// <summary>How many tool calls the response held.</summary>
    public int ToolCallCount { get; }

    /// <inheritdoc/>
    public override string ToString() => "step " + Number + ": " + (FinishReason ?? "?") + ", " + ToolCallCount + " call(s)" + (Usage is null ? string.Empty : ", " + Usage);
}
