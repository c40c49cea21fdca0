using System;
using System.Collections.Generic;
using System.Text;

namespace ToolGen.Streaming;

/// <summary>
/// Reads one streamed response of a provider: feed it the bytes of the HTTP body as they arrive, in any chunking, and
/// it yields text deltas as they come and each tool call once it is complete; at the end it holds the whole turn
/// (<see cref="Text"/>, <see cref="ToolCalls"/>, <see cref="FinishReason"/>, <see cref="Usage"/>).
/// Each provider's codec creates its own reader; one reader serves one response. Not thread-safe.
/// </summary>
public abstract class ChatStreamReader
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _reasoning = new();
    private readonly List<ToolCall> _calls = new();

    /// <summary>The answer's text so far (the concatenated text deltas); empty when none.</summary>
    public string Text => _text.ToString();

    /// <summary>The reasoning so far, kept apart from <see cref="Text"/>; empty when none.</summary>
    public string Reasoning => _reasoning.ToString();

    /// <summary>The tool calls completed so far, in the order the stream completed them.</summary>
    public IReadOnlyList<ToolCall> ToolCalls => _calls;

    /// <summary>The finish reason, once the stream gave it.</summary>
    public string? FinishReason { get; private set; }

    /// <summary>The usage, once the stream reported it.</summary>
    public ChatUsage? Usage { get; private set; }

    /// <summary><see langword="true"/> once <see cref="Complete(ICollection{ChatStreamUpdate})"/> has run.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>Reads the next bytes of the response body.</summary>
    /// <param name="bytes">The bytes, cut anywhere (inside a line, a UTF-8 sequence or a JSON token).</param>
    /// <param name="updates">Receives what these bytes completed, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The reader was already completed.</exception>
    /// <exception cref="FormatException">The stream is not what this provider sends (the message says where).</exception>
    public void Feed(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates)
    {
        if (updates is null)
        {
            throw new ArgumentNullException(nameof(updates));
        }

        if (IsCompleted)
        {
            throw new InvalidOperationException("This stream reader was already completed; create one reader per response.");
        }

        OnBytes(bytes, updates);
    }

    /// <summary>Ends the response: yields what was still pending (a call the stream never closed, the end of the turn).</summary>
    /// <param name="updates">Receives what was pending, in order; it ends with one <see cref="ChatStreamUpdateKind.Finished"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The reader was already completed.</exception>
    public void Complete(ICollection<ChatStreamUpdate> updates)
    {
        if (updates is null)
        {
            throw new ArgumentNullException(nameof(updates));
        }

        if (IsCompleted)
        {
            throw new InvalidOperationException("This stream reader was already completed.");
        }

        OnComplete(updates);
        IsCompleted = true;
        updates.Add(ChatStreamUpdate.Finished(FinishReason, Usage));
    }

    /// <summary>Reads bytes of the body; the subclass frames them and reports through the <c>Emit…</c> methods.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="updates">Where updates go.</param>
    protected abstract void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates);

    /// <summary>The body ended: emit what is pending. The <see cref="ChatStreamUpdateKind.Finished"/> update is added by the caller.</summary>
    /// <param name="updates">Where updates go.</param>
    protected abstract void OnComplete(ICollection<ChatStreamUpdate> updates);

    /// <summary>Reports a piece of answer text.</summary>
    /// <param name="text">The delta; nothing is reported when empty.</param>
    /// <param name="updates">Where updates go.</param>
    protected void EmitText(string? text, ICollection<ChatStreamUpdate> updates)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _text.Append(text);
            updates.Add(ChatStreamUpdate.TextDelta(text!));
        }
    }

    /// <summary>Reports a piece of reasoning.</summary>
    /// <param name="text">The delta; nothing is reported when empty.</param>
    /// <param name="updates">Where updates go.</param>
    protected void EmitReasoning(string? text, ICollection<ChatStreamUpdate> updates)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _reasoning.Append(text);
            updates.Add(ChatStreamUpdate.ReasoningDelta(text!));
        }
    }

    /// <summary>Reports a complete call.</summary>
    /// <param name="call">The call.</param>
    /// <param name="updates">Where updates go.</param>
    protected void EmitCall(ToolCall call, ICollection<ChatStreamUpdate> updates)
    {
        _calls.Add(call ?? throw new ArgumentNullException(nameof(call)));
        updates.Add(ChatStreamUpdate.Call(call));
    }

    /// <summary>Records the finish reason (the last one given wins).</summary>
    /// <param name="reason">The reason.</param>
    protected void SetFinishReason(string? reason)
    {
        if (reason is not null)
        {
            FinishReason = reason;
        }
    }

    /// <summary>Records the usage (the last one reported wins).</summary>
    /// <param name="usage">The usage.</param>
    protected void SetUsage(ChatUsage? usage)
    {
        if (usage is not null)
        {
            Usage = usage;
        }
    }
}
