namespace ToolGen.RawCalls;

/// <summary>
/// Llama 3.1, 3.2, 3.3 (their chat templates and vLLM's <c>llama3_json</c> parser): <c>{"name": …, "parameters": {…}}</c>
/// (or <c>"arguments"</c>), optionally after <c>&lt;|python_tag|&gt;</c>, several separated by <c>;</c>; and the Llama 3.1
/// built-in tools form <c>&lt;|python_tag|&gt;brave_search.call(query="…")</c>. Code for <c>code_interpreter</c> after the tag
/// is not a call and stays in the content.
/// </summary>
internal static class LlamaReader
{
    private const string PythonTag = "<|python_tag|>";

    public static bool MayStartObject(string text, int index) => true;

    public static bool MayStartArray(string text, int index) => RawScanner.AtLineStart(text, index);

    public static int ReadPythonTag(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + PythonTag.Length, text.Length);
        if (p >= text.Length)
        {
            if (!state.Final)
            {
                return Trigger.NeedMore;
            }

            state.Seen(RawToolCallFormat.Llama3Json);
            state.Event(RawToolCallEventKind.TruncatedCall, start, "nothing after <|python_tag|>");
            return text.Length;
        }

        if (text[p] == '{')
        {
            return ReadObjects(state, p, requireArguments: false);
        }

        if (text[p] == '[')
        {
            var end = ReadArrayAt(state, p);
            return end == Trigger.NotACall ? p : end;
        }

        // Built-in tools: brave_search.call(query="…"), wolfram_alpha.call(query="…").
        var q = p;
        while (q < text.Length && PythonLiteral.IsNameChar(text[q]))
        {
            q++;
        }

        if (q >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        var head = text.Substring(p, q - p);
        if (!head.EndsWith(".call", System.StringComparison.Ordinal) || text[q] != '(')
        {
            return Trigger.NotACall;
        }

        var r = p;
        var status = PythonLiteral.ReadCall(text, ref r, text.Length, out var name, out var arguments, out var error);
        switch (status)
        {
            case ReadStatus.Cut:
                if (!state.Final)
                {
                    return Trigger.NeedMore;
                }

                state.Seen(RawToolCallFormat.Llama3Json);
                state.Event(RawToolCallEventKind.TruncatedCall, p, "the text ends inside the call of \"" + head + "\"; it was dropped");
                return text.Length;
            case ReadStatus.Bad:
                state.Seen(RawToolCallFormat.Llama3Json);
                state.Event(RawToolCallEventKind.MalformedCall, p, error + "; the call was dropped");
                var end = PythonLiteral.FindEnd(text, q, text.Length);
                return end < 0 ? text.Length : end;
        }

        state.AddCall(p, RawToolCallFormat.Llama3Json, name.Substring(0, name.Length - ".call".Length), arguments);
        return r;
    }

    /// <summary>A bare <c>{"name": …}</c> in the text: a call only when it has a name and arguments.</summary>
    public static int ReadBareObject(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + 1, text.Length);
        if (p >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        return text[p] == '"' ? ReadObjects(state, start, requireArguments: true) : Trigger.NotACall;
    }

    /// <summary>A bare <c>[{"name": …}, …]</c> at the start of a line.</summary>
    public static int ReadBareArray(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + 1, text.Length);
        if (p >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        return text[p] == '{' ? ReadArrayAt(state, start) : Trigger.NotACall;
    }

    private static int ReadArrayAt(ParseState state, int start)
    {
        var text = state.Text;
        var first = RawScanner.SkipSpace(text, start + 1, text.Length);
        if (first >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        if (text[first] != '{')
        {
            return Trigger.NotACall;
        }

        var firstEnd = JsonText.FindEnd(text, first, text.Length);
        if (firstEnd < 0)
        {
            if (!state.Final)
            {
                return Trigger.NeedMore;
            }

            if (!LooksLikeCall(text, first))
            {
                return Trigger.NotACall;
            }

            state.Seen(RawToolCallFormat.Llama3Json);
            state.Event(RawToolCallEventKind.TruncatedCall, first, "the text ends inside a call; it was dropped");
            return text.Length;
        }

        if (JsonCallReader.ReadObject(state, first, firstEnd, RawToolCallFormat.Llama3Json, requireArguments: true) == JsonCallReader.Outcome.NotACall)
        {
            return Trigger.NotACall;
        }

        var outcome = JsonCallReader.ReadArray(state, start, firstEnd, text.Length, RawToolCallFormat.Llama3Json, out var end);
        switch (outcome)
        {
            case JsonCallReader.ArrayEnd.Closed:
                return end;
            case JsonCallReader.ArrayEnd.Cut:
                if (!state.Final)
                {
                    return Trigger.NeedMore;
                }

                state.Event(RawToolCallEventKind.TruncatedCall, end, "the text ends inside the call array");
                return text.Length;
            default:
                state.Event(RawToolCallEventKind.MissingCloseTag, end, "the call array is not closed with \"]\"");
                return end;
        }
    }

    /// <summary>Reads <c>{…}</c> objects separated by <c>;</c> from <paramref name="p"/>.</summary>
    private static int ReadObjects(ParseState state, int p, bool requireArguments)
    {
        var text = state.Text;
        var first = true;
        while (true)
        {
            var close = JsonText.FindEnd(text, p, text.Length);
            if (close < 0)
            {
                if (!state.Final)
                {
                    return Trigger.NeedMore;
                }

                if (requireArguments && !LooksLikeCall(text, p))
                {
                    return first ? Trigger.NotACall : p;
                }

                state.Seen(RawToolCallFormat.Llama3Json);
                state.Event(RawToolCallEventKind.TruncatedCall, p, "the text ends inside a call; it was dropped: " + RawScanner.Excerpt(text, p, text.Length));
                return text.Length;
            }

            var outcome = JsonCallReader.ReadObject(state, p, close, RawToolCallFormat.Llama3Json, requireArguments);
            if (outcome == JsonCallReader.Outcome.NotACall)
            {
                return first ? Trigger.NotACall : p;
            }

            first = false;
            var q = RawScanner.SkipSpace(text, close, text.Length);
            if (q >= text.Length)
            {
                // A ";" and another call may follow.
                return state.Final ? close : Trigger.NeedMore;
            }

            if (text[q] != ';')
            {
                return close;
            }

            var r = RawScanner.SkipSpace(text, q + 1, text.Length);
            if (r >= text.Length)
            {
                return state.Final ? r : Trigger.NeedMore;
            }

            if (text[r] != '{')
            {
                return q + 1;
            }

            p = r;
        }
    }

    private static bool LooksLikeCall(string text, int start)
    {
        var head = RawScanner.IndexOf(text, "\"name\"", start, System.Math.Min(text.Length, start + 64));
        return head >= 0 && (text.IndexOf("\"parameters\"", start, System.StringComparison.Ordinal) >= 0 ||
                             text.IndexOf("\"arguments\"", start, System.StringComparison.Ordinal) >= 0);
    }

    /// <summary><c>&lt;|eom_id|&gt;</c> and <c>&lt;|eot_id|&gt;</c>, when the server left them in the text: structure, not content.</summary>
    public static int ReadEndToken(ParseState state, int start) => start + "<|eom_id|>".Length;
}
