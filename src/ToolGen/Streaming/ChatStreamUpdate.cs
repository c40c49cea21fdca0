using System;

namespace ToolGen.Streaming;

/// <summary>One thing a streamed response yielded: a text delta, a complete tool call, or the end of the turn.</summary>
public sealed class ChatStreamUpdate
{
    private ChatStreamUpdate(ChatStreamUpdateKind kind, string? text, ToolCall? toolCall, string? finishReason, ChatUsage? usage)
    {
        Kind = kind;
        Text = text;
        ToolCall = toolCall;
        FinishReason = finishReason;
        Usage = usage;
    }

    /// <summary>What this update carries.</summary>
    public ChatStreamUpdateKind Kind { get; }

    /// <summary>The text of a <see cref="ChatStreamUpdateKind.TextDelta"/> or <see cref="ChatStreamUpdateKind.ReasoningDelta"/>; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The complete call of a <see cref="ChatStreamUpdateKind.ToolCall"/>; otherwise <see langword="null"/>.</summary>
    public ToolCall? ToolCall { get; }

    /// <summary>The server's finish (stop) reason of a <see cref="ChatStreamUpdateKind.Finished"/>, when it gave one.</summary>
    public string? FinishReason { get; }

    /// <summary>The usage of a <see cref="ChatStreamUpdateKind.Finished"/>, when the server reported it.</summary>
    public ChatUsage? Usage { get; }

    /// <summary>A piece of the answer's text.</summary>
    /// <param name="text">The delta.</param>
    /// <returns>The update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ChatStreamUpdate TextDelta(string text)
        => new(ChatStreamUpdateKind.TextDelta, text ?? throw new ArgumentNullException(nameof(text)), null, null, null);

    /// <summary>A piece of the model's reasoning.</summary>
    /// <param name="text">The delta.</param>
    /// <returns>The update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ChatStreamUpdate ReasoningDelta(string text)
        => new(ChatStreamUpdateKind.ReasoningDelta, text ?? throw new ArgumentNullException(nameof(text)), null, null, null);

    /// <summary>A tool call the stream completed.</summary>
    /// <param name="call">The call.</param>
    /// <returns>The update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is <see langword="null"/>.</exception>
    public static ChatStreamUpdate Call(ToolCall call)
        => new(ChatStreamUpdateKind.ToolCall, null, call ?? throw new ArgumentNullException(nameof(call)), null, null);

    /// <summary>The end of the turn.</summary>
    /// <param name="finishReason">The server's finish reason, if any.</param>
    /// <param name="usage">The usage, if reported.</param>
    /// <returns>The update.</returns>
    public static ChatStreamUpdate Finished(string? finishReason, ChatUsage? usage)
        => new(ChatStreamUpdateKind.Finished, null, null, finishReason, usage);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ChatStreamUpdateKind.ToolCall => "call " + ToolCall,
        ChatStreamUpdateKind.Finished => "finished " + FinishReason,
        _ => Kind + " " + Text,
    };
}
