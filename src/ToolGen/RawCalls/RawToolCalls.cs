using System;
using System.Collections.Generic;

namespace ToolGen.RawCalls;

/// <summary>
/// Reads tool calls that an open-weight model wrote as text, in its own format, when the server did not turn them into
/// <c>tool_calls</c> (vLLM without <c>--tool-call-parser</c>, llama.cpp without <c>--jinja</c>, a wrong parser…).
/// </summary>
/// <remarks>
/// Never throws on model text: what had to be tolerated is listed in <see cref="RawToolCallResult.Events"/>.
/// No reflection and no regular expressions; safe under NativeAOT. For streamed text use <see cref="RawToolCallStream"/>,
/// which finds the same calls.
/// </remarks>
public static class RawToolCalls
{
    /// <summary>Reads the calls, the content and the reasoning out of a model's text.</summary>
    /// <param name="text">What the model wrote (a message's <c>content</c>, or the whole generated text).</param>
    /// <param name="format">The model's format, or <see cref="RawToolCallFormat.Auto"/> to find it from the markers in the text.</param>
    /// <param name="tools">
    /// The tools offered, when known: formats that write values as bare text (Qwen3-Coder, GLM) type them by each tool's
    /// schema, and a call to a tool not among them is reported (<see cref="RawToolCallEventKind.UnknownToolName"/>).
    /// </param>
    /// <returns>The calls, the content outside them, the reasoning, and the events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static RawToolCallResult Parse(string text, RawToolCallFormat format = RawToolCallFormat.Auto, IReadOnlyList<ToolDefinition>? tools = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var state = new ParseState(format, tools) { Text = text, Final = true };
        state.Content.Capacity = Math.Max(state.Content.Capacity, text.Length);
        RawScanner.Run(state);
        return ToResult(state);
    }

    internal static RawToolCallResult ToResult(ParseState state) =>
        new(state.Calls.ToArray(), Trimmed(state.Content), Trimmed(state.Reasoning), state.Events.ToArray(), state.Detected);

    /// <summary>The text without white space at either end, copied once; <see langword="null"/> when nothing is left.</summary>
    internal static string? Trimmed(System.Text.StringBuilder text)
    {
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end == start ? null : text.ToString(start, end - start);
    }
}
