namespace ToolGen.RawCalls;

/// <summary>Formats that put JSON calls after or between their own markers: Granite, InternLM, Jamba.</summary>
internal static class JsonBlockReaders
{
    /// <summary>Granite 3.1+: <c>&lt;|tool_call|&gt;[{"name": …, "arguments": {…}}]</c>, no close marker (vLLM <c>granite</c> parser).</summary>
    public static int ReadGranite(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + "<|tool_call|>".Length, text.Length);
        if (p >= text.Length)
        {
            return Cut(state, start);
        }

        if (text[p] == '[')
        {
            var outcome = JsonCallReader.ReadArray(state, p, p + 1, text.Length, RawToolCallFormat.Granite, out var end);
            switch (outcome)
            {
                case JsonCallReader.ArrayEnd.Closed:
                    return end;
                case JsonCallReader.ArrayEnd.Cut:
                    return Cut(state, end);
                default:
                    state.Seen(RawToolCallFormat.Granite);
                    state.Event(RawToolCallEventKind.MissingCloseTag, end, "the call array is not closed with \"]\"");
                    return end;
            }
        }

        if (text[p] == '{')
        {
            var close = JsonText.FindEnd(text, p, text.Length);
            if (close < 0)
            {
                return Cut(state, p);
            }

            JsonCallReader.ReadObject(state, p, close, RawToolCallFormat.Granite, requireArguments: false);
            return close;
        }

        state.Seen(RawToolCallFormat.Granite);
        state.Event(RawToolCallEventKind.MalformedCall, start, "<|tool_call|> is not followed by JSON");
        return p;
    }

    /// <summary>InternLM 2.5: <c>&lt;|action_start|&gt;&lt;|plugin|&gt;{…}&lt;|action_end|&gt;</c> (its chat template; vLLM <c>internlm</c>).</summary>
    public static int ReadInternLM(ParseState state, int start) =>
        ReadBetween(state, start, "<|action_start|><|plugin|>", "<|action_end|>", RawToolCallFormat.InternLM);

    /// <summary>Jamba: <c>&lt;tool_calls&gt;[…]&lt;/tool_calls&gt;</c> (its chat template; vLLM <c>jamba</c>).</summary>
    public static int ReadJamba(ParseState state, int start) =>
        ReadBetween(state, start, "<tool_calls>", "</tool_calls>", RawToolCallFormat.Jamba);

    private static int ReadBetween(ParseState state, int start, string open, string close, RawToolCallFormat format)
    {
        var text = state.Text;
        var bodyStart = start + open.Length;
        var closeAt = text.IndexOf(close, bodyStart, System.StringComparison.Ordinal);
        if (closeAt < 0 && !state.Final)
        {
            return Trigger.NeedMore;
        }

        var cut = closeAt < 0;
        var bodyEnd = cut ? text.Length : closeAt;
        var calls = state.Calls.Count;
        var stop = TagBlockReader.ReadJsonBody(state, bodyStart, bodyEnd, format, cut);
        state.Seen(format);
        if (cut)
        {
            if (state.Calls.Count > calls)
            {
                state.Event(RawToolCallEventKind.MissingCloseTag, start, close + " missing");
            }

            return stop > bodyStart ? stop : bodyEnd;
        }

        var rest = RawScanner.SkipSpace(text, stop, bodyEnd);
        if (rest < bodyEnd)
        {
            state.Event(RawToolCallEventKind.SkippedText, rest, "text in the call block that is not a call was skipped: " + RawScanner.Excerpt(text, rest, bodyEnd));
        }

        return closeAt + close.Length;
    }

    private static int Cut(ParseState state, int position)
    {
        if (!state.Final)
        {
            return Trigger.NeedMore;
        }

        state.Seen(RawToolCallFormat.Granite);
        state.Event(RawToolCallEventKind.TruncatedCall, position, "the text ends inside a call; it was dropped");
        return state.Text.Length;
    }
}
