// Internal helpers document only the parameters that need a word.
#pragma warning disable CS1573

namespace ToolGen.RawCalls;

/// <summary>
/// Pythonic calls (vLLM's <c>pythonic</c> and <c>llama4_pythonic</c> parsers; Llama 3.2 and 4 chat templates): a list
/// <c>[get_weather(city="Paris"), get_time()]</c> at the start of a line, Llama 4's
/// <c>&lt;|python_start|&gt;[…]&lt;|python_end|&gt;</c>, and Olmo 3's <c>&lt;function_calls&gt;…&lt;/function_calls&gt;</c>, which holds one
/// call per line (vLLM's <c>olmo3</c> parser) or a list. Keyword arguments only; values are Python literals.
/// </summary>
internal static class PythonicReader
{
    public static bool MayStartList(string text, int index) => RawScanner.AtLineStart(text, index);

    /// <summary>A bare list: a call list only when it opens with <c>name(</c>; each call is taken as soon as it closes.</summary>
    public static int ReadBareList(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + 1, text.Length);
        if (p >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        if (!PythonLiteral.IsNameStart(text[p]))
        {
            return Trigger.NotACall;
        }

        var q = p;
        while (q < text.Length && PythonLiteral.IsNameChar(text[q]))
        {
            q++;
        }

        q = RawScanner.SkipSpace(text, q, text.Length);
        if (q >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        if (text[q] != '(')
        {
            return Trigger.NotACall;
        }

        return ReadList(state, start, text.Length, streaming: !state.Final);
    }

    public static int ReadPythonStart(ParseState state, int start) =>
        ReadWrapped(state, start, "<|python_start|>", "<|python_end|>");

    public static int ReadFunctionCalls(ParseState state, int start) =>
        ReadWrapped(state, start, "<function_calls>", "</function_calls>");

    private static int ReadWrapped(ParseState state, int start, string open, string close)
    {
        var text = state.Text;
        var bodyStart = start + open.Length;
        var closeAt = text.IndexOf(close, bodyStart, System.StringComparison.Ordinal);
        if (closeAt < 0 && !state.Final)
        {
            return Trigger.NeedMore;
        }

        var limit = closeAt < 0 ? text.Length : closeAt;
        state.Seen(RawToolCallFormat.Pythonic);
        var p = RawScanner.SkipSpace(text, bodyStart, limit);
        if (p < limit && text[p] == '[')
        {
            p = ReadList(state, p, limit, streaming: false);
        }
        else
        {
            // One call per line (Olmo 3), or separated by commas.
            while (true)
            {
                while (p < limit && (char.IsWhiteSpace(text[p]) || text[p] == ',' || text[p] == ';'))
                {
                    p++;
                }

                if (p >= limit)
                {
                    break;
                }

                var callStart = p;
                var status = PythonLiteral.ReadCall(text, ref p, limit, out var name, out var arguments, out var error);
                if (status == ReadStatus.Ok)
                {
                    state.AddCall(callStart, RawToolCallFormat.Pythonic, name, arguments);
                    continue;
                }

                if (status == ReadStatus.Cut)
                {
                    state.Event(RawToolCallEventKind.TruncatedCall, callStart, "the text ends inside a call; it was dropped: " + RawScanner.Excerpt(text, callStart, limit));
                    p = limit;
                    break;
                }

                state.Event(RawToolCallEventKind.MalformedCall, callStart, error + "; the call was dropped: " + RawScanner.Excerpt(text, callStart, limit));
                var line = RawScanner.IndexOf(text, "\n", p, limit);
                p = line < 0 ? limit : line;
            }
        }

        var rest = RawScanner.SkipSpace(text, p, limit);
        if (rest < limit)
        {
            state.Event(RawToolCallEventKind.SkippedText, rest, "text after the calls was skipped: " + RawScanner.Excerpt(text, rest, limit));
        }

        if (closeAt < 0)
        {
            state.Event(RawToolCallEventKind.MissingCloseTag, start, close + " missing");
            return text.Length;
        }

        return closeAt + close.Length;
    }

    /// <summary>Reads the list that opens at <paramref name="start"/>.</summary>
    /// <param name="streaming">Whether reaching <paramref name="limit"/> means waiting for more text.</param>
    private static int ReadList(ParseState state, int start, int limit, bool streaming)
    {
        var text = state.Text;
        state.Seen(RawToolCallFormat.Pythonic);
        var p = start + 1;
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                if (streaming)
                {
                    return Trigger.NeedMore;
                }

                state.Event(RawToolCallEventKind.MissingCloseTag, start, "the call list is not closed with \"]\"");
                return limit;
            }

            if (text[p] == ']')
            {
                return p + 1;
            }

            var callStart = p;
            var status = PythonLiteral.ReadCall(text, ref p, limit, out var name, out var arguments, out var error);
            if (status == ReadStatus.Cut)
            {
                if (streaming)
                {
                    return Trigger.NeedMore;
                }

                state.Event(RawToolCallEventKind.TruncatedCall, callStart, "the text ends inside a call; it was dropped: " + RawScanner.Excerpt(text, callStart, limit));
                return limit;
            }

            if (status == ReadStatus.Bad)
            {
                state.Event(RawToolCallEventKind.MalformedCall, callStart, error + "; the call was dropped");
                var open = text.IndexOf('(', callStart, System.Math.Max(0, System.Math.Min(limit, p + 1) - callStart));
                if (open < 0)
                {
                    return callStart;
                }

                var end = PythonLiteral.FindEnd(text, open, limit);
                if (end < 0)
                {
                    if (streaming)
                    {
                        return Trigger.NeedMore;
                    }

                    return limit;
                }

                p = end;
            }
            else
            {
                state.AddCall(callStart, RawToolCallFormat.Pythonic, name, arguments);
            }

            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                if (streaming)
                {
                    return Trigger.NeedMore;
                }

                state.Event(RawToolCallEventKind.MissingCloseTag, start, "the call list is not closed with \"]\"");
                return limit;
            }

            if (text[p] == ',')
            {
                p++;
            }
            else if (text[p] != ']')
            {
                state.Event(RawToolCallEventKind.MissingCloseTag, start, "the call list is not closed with \"]\"");
                return p;
            }
        }
    }
}
