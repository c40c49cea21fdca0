using System;
using System.Collections.Generic;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>One assistant turn read from a response: its calls and text, why it ended, what it cost, and what to keep in the conversation.</summary>
public sealed class ChatTurn
{
    /// <summary>Creates a turn.</summary>
    /// <param name="text">The assistant's text, or <see langword="null"/>.</param>
    /// <param name="toolCalls">The calls, in order.</param>
    /// <param name="finishReason">The provider's finish (stop) reason, or <see langword="null"/>.</param>
    /// <param name="usage">The tokens used, when reported.</param>
    /// <param name="history">The conversation items that record this turn, as JSON text in the codec's format.</param>
    /// <exception cref="ArgumentNullException"><paramref name="toolCalls"/> or <paramref name="history"/> is <see langword="null"/>.</exception>
    public ChatTurn(string? text, IReadOnlyList<ToolCall> toolCalls, string? finishReason, ChatUsage? usage, IReadOnlyList<string> history)
    {
        Text = text;
        ToolCalls = toolCalls ?? throw new ArgumentNullException(nameof(toolCalls));
        FinishReason = finishReason;
        Usage = usage;
        History = history ?? throw new ArgumentNullException(nameof(history));
    }

    /// <summary>The assistant's text (the answer, or what it said beside its calls); <see langword="null"/> when none.</summary>
    public string? Text { get; }

    /// <summary>The tool calls, in the model's order; empty for an answer.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; }

    /// <summary>The provider's finish reason as sent (<c>tool_calls</c>, <c>stop</c>, <c>tool_use</c>, <c>end_turn</c>, <c>STOP</c>, <c>completed</c>…).</summary>
    public string? FinishReason { get; }

    /// <summary>The tokens used, when reported.</summary>
    public ChatUsage? Usage { get; }

    /// <summary>The conversation items that record this turn, as the server sent them where possible.</summary>
    public IReadOnlyList<string> History { get; }
}
