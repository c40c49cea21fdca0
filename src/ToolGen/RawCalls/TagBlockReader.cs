// Internal helpers document only the parameters that need a word.
#pragma warning disable CS1573

namespace ToolGen.RawCalls;

/// <summary>
/// <c>&lt;tool_call&gt;…&lt;/tool_call&gt;</c>, shared by three families, told apart by the body: JSON (Hermes, Qwen 2.5, Qwen 3;
/// an array for Granite 3.0), <c>&lt;function=…&gt;</c> (Qwen3-Coder), or a name and <c>&lt;arg_key&gt;</c> pairs (GLM 4.5).
/// A block that is not closed ends at the next <c>&lt;tool_call&gt;</c> or at the end of the text (vLLM's hermes parser
/// accepts an unclosed last block).
/// </summary>
internal static class TagBlockReader
{
    private const string Open = "<tool_call>";
    private const string Close = "</tool_call>";

    public static int Read(ParseState state, int start)
    {
        var text = state.Text;
        var bodyStart = start + Open.Length;
        var close = text.IndexOf(Close, bodyStart, System.StringComparison.Ordinal);
        var next = text.IndexOf(Open, bodyStart, System.StringComparison.Ordinal);
        int bodyEnd, end;
        var missing = false;
        var cut = false;
        if (close >= 0 && (next < 0 || close < next))
        {
            bodyEnd = close;
            end = close + Close.Length;
        }
        else if (next >= 0)
        {
            bodyEnd = end = next;
            missing = true;
        }
        else
        {
            if (!state.Final)
            {
                return Trigger.NeedMore;
            }

            bodyEnd = end = text.Length;
            missing = cut = true;
        }

        var p = RawScanner.SkipSpace(text, bodyStart, bodyEnd);
        int stop;
        if (p >= bodyEnd)
        {
            state.Seen(Family(state));
            state.Event(cut ? RawToolCallEventKind.TruncatedCall : RawToolCallEventKind.MalformedCall, start, "an empty <tool_call> block");
            return end;
        }

        if (RawScanner.At(text, p, "<function="))
        {
            stop = XmlCallReader.ReadFunctions(state, p, bodyEnd, cut);
        }
        else if (text[p] == '{' || text[p] == '[' || RawScanner.At(text, p, "```"))
        {
            stop = ReadJsonBody(state, p, bodyEnd, RawToolCallFormat.Hermes, cut);
        }
        else
        {
            XmlCallReader.ReadGlm(state, start, p, bodyEnd, cut);
            stop = bodyEnd;
        }

        if (missing)
        {
            state.Event(RawToolCallEventKind.MissingCloseTag, start, "</tool_call> missing");

            // Text after the call in an unclosed block is ordinary text again.
            return stop < bodyEnd && stop > bodyStart ? stop : end;
        }

        var rest = RawScanner.SkipSpace(text, stop, bodyEnd);
        if (rest < bodyEnd)
        {
            state.Event(RawToolCallEventKind.SkippedText, rest, "text in a <tool_call> block after the call was skipped: " + RawScanner.Excerpt(text, rest, bodyEnd));
        }

        return end;
    }

    private static RawToolCallFormat Family(ParseState state) =>
        state.Requested is RawToolCallFormat.Qwen3Coder or RawToolCallFormat.Glm45 ? state.Requested : RawToolCallFormat.Hermes;

    /// <summary>
    /// Reads JSON call objects and arrays of them from <paramref name="p"/> (separated by white space, <c>,</c> or <c>;</c>,
    /// optionally in a <c>```json</c> fence) up to <paramref name="limit"/>.
    /// </summary>
    /// <param name="cut">Whether the text ends at <paramref name="limit"/> without the block's close marker.</param>
    /// <returns>Where reading stopped: <paramref name="limit"/>, or the start of text that is not JSON.</returns>
    public static int ReadJsonBody(ParseState state, int p, int limit, RawToolCallFormat format, bool cut)
    {
        var text = state.Text;
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, limit);
            if (p < limit && RawScanner.At(text, p, "```"))
            {
                p += 3;
                while (p < limit && char.IsLetter(text[p]))
                {
                    p++;
                }

                continue;
            }

            if (p < limit && (text[p] == ',' || text[p] == ';'))
            {
                p++;
                continue;
            }

            if (p >= limit)
            {
                return limit;
            }

            if (text[p] == '{')
            {
                var close = JsonText.FindEnd(text, p, limit);
                if (close < 0)
                {
                    state.Seen(format);
                    Unclosed(state, p, limit, cut);
                    return limit;
                }

                JsonCallReader.ReadObject(state, p, close, format, requireArguments: false);
                p = close;
            }
            else if (text[p] == '[')
            {
                var outcome = JsonCallReader.ReadArray(state, p, p + 1, limit, format, out var end);
                if (outcome == JsonCallReader.ArrayEnd.Cut)
                {
                    state.Seen(format);
                    Unclosed(state, end, limit, cut);
                    return limit;
                }

                if (outcome == JsonCallReader.ArrayEnd.Garbage)
                {
                    state.Event(RawToolCallEventKind.SkippedText, end, "text in a call array that is not a call was skipped: " + RawScanner.Excerpt(text, end, limit));
                    var arrayEnd = JsonText.FindEnd(text, p, limit);
                    return arrayEnd < 0 ? limit : arrayEnd;
                }

                p = end;
            }
            else
            {
                return p;
            }
        }
    }

    private static void Unclosed(ParseState state, int position, int limit, bool cut)
    {
        if (cut)
        {
            state.Event(RawToolCallEventKind.TruncatedCall, position, "the text ends inside a call; it was dropped: " + RawScanner.Excerpt(state.Text, position, limit));
        }
        else
        {
            state.Event(RawToolCallEventKind.MalformedJson, position, "a JSON call not closed before the end of its block was dropped: " + RawScanner.Excerpt(state.Text, position, limit));
        }
    }
}
