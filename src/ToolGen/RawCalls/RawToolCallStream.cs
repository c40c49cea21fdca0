using System;
using System.Collections.Generic;

namespace ToolGen.RawCalls;

/// <summary>
/// Reads tool calls out of a model's text while it streams in: feed each text delta to <see cref="Append(string)"/>,
/// which returns the calls that delta completed, then call <see cref="Complete"/> at the end of generation. A call is
/// returned as soon as it is complete, never in part; the calls, in the end, are those <see cref="RawToolCalls.Parse"/>
/// finds in the whole text, with the same ids, however the text was cut into deltas.
/// </summary>
/// <remarks>
/// Text that may still turn out to be part of a call (a marker not yet whole, a block not yet closed) is held back from
/// <see cref="Content"/> until it is decided. A call whose end the format does not mark (a harmony message whose
/// <c>&lt;|call|&gt;</c> the server left out, a Llama call that a <c>;</c> and another call may follow) is returned
/// when the next text decides it, or by <see cref="Complete"/>. Not thread-safe.
/// </remarks>
public sealed class RawToolCallStream
{
    private readonly ParseState _state;
    private readonly System.Text.StringBuilder _text = new();
    private int _returned;
    private RawToolCallResult? _result;

    /// <summary>Creates a reader for one generation.</summary>
    /// <param name="format">The model's format, or <see cref="RawToolCallFormat.Auto"/>.</param>
    /// <param name="tools">The tools offered, when known (see <see cref="RawToolCalls.Parse"/>).</param>
    public RawToolCallStream(RawToolCallFormat format = RawToolCallFormat.Auto, IReadOnlyList<ToolDefinition>? tools = null)
    {
        _state = new ParseState(format, tools);
    }

    /// <summary>The calls returned so far, in order.</summary>
    public IReadOnlyList<ToolCall> Calls => _state.Calls.GetRange(0, Math.Min(_returned, _state.Calls.Count));

    /// <summary>The content decided so far (text outside calls and reasoning), trimmed; <see langword="null"/> when none yet.</summary>
    public string? Content => RawToolCalls.Trimmed(_state.Content);

    /// <summary>The reasoning so far, trimmed (an open <c>&lt;think&gt;</c> block is shown as it grows); <see langword="null"/> when none yet.</summary>
    public string? Reasoning => RawToolCalls.Trimmed(_state.Reasoning);

    /// <summary>What had to be tolerated so far.</summary>
    public IReadOnlyList<RawToolCallEvent> Events => _state.Events.ToArray();

    /// <summary>All the text appended so far.</summary>
    public string Text => _text.ToString();

    /// <summary>The result, once <see cref="Complete"/> has been called; until then <see langword="null"/>.</summary>
    public RawToolCallResult? Result => _result;

    /// <summary>Adds the next piece of generated text.</summary>
    /// <param name="delta">The text delta (may be empty).</param>
    /// <returns>The calls this delta completed, in order; usually none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="delta"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> was already called.</exception>
    public IReadOnlyList<ToolCall> Append(string delta)
    {
        if (delta is null)
        {
            throw new ArgumentNullException(nameof(delta));
        }

        if (_result is not null)
        {
            throw new InvalidOperationException("The stream is complete; create a new RawToolCallStream for the next generation.");
        }

        if (delta.Length == 0)
        {
            return Array.Empty<ToolCall>();
        }

        _text.Append(delta);
        _state.Text = _text.ToString();
        _state.Final = false;
        RawScanner.Run(_state);
        return TakeNew();
    }

    /// <summary>Ends the generation: reads what was held back (an unclosed last block, a call without an end marker).</summary>
    /// <returns>The calls completed by the end of the text, in order.</returns>
    public IReadOnlyList<ToolCall> Complete()
    {
        if (_result is not null)
        {
            return Array.Empty<ToolCall>();
        }

        _state.Text = _text.ToString();
        _state.Final = true;
        RawScanner.Run(_state);
        var calls = TakeNew();
        _result = RawToolCalls.ToResult(_state);
        return calls;
    }

    private IReadOnlyList<ToolCall> TakeNew()
    {
        var all = _state.Calls;
        if (all.Count <= _returned)
        {
            return Array.Empty<ToolCall>();
        }

        var fresh = all.GetRange(_returned, all.Count - _returned);
        _returned = all.Count;
        return fresh;
    }
}
