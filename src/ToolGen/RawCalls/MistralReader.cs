namespace ToolGen.RawCalls;

/// <summary>
/// Mistral: <c>[TOOL_CALLS] [{"name": …, "arguments": {…}}]</c> (tokenizers before v11, vLLM <c>mistral</c> parser), and
/// <c>[TOOL_CALLS]name{…}</c> (v11 and later), also <c>[TOOL_CALLS]name[CALL_ID]id[ARGS]{…}</c> (v13, Magistral and
/// Devstral templates). Ids are 9 alphanumerics, as Mistral's templates require.
/// </summary>
internal static class MistralReader
{
    private const string Marker = "[TOOL_CALLS]";

    public static int Read(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + Marker.Length, text.Length);
        if (p >= text.Length)
        {
            return Cut(state, start);
        }

        var c = text[p];
        if (c == '[')
        {
            var outcome = JsonCallReader.ReadArray(state, p, p + 1, text.Length, RawToolCallFormat.Mistral, out var end);
            switch (outcome)
            {
                case JsonCallReader.ArrayEnd.Closed:
                    return end;
                case JsonCallReader.ArrayEnd.Cut:
                    return Cut(state, end);
                default:
                    state.Seen(RawToolCallFormat.Mistral);
                    state.Event(RawToolCallEventKind.MissingCloseTag, end, "the call array is not closed with \"]\"");
                    return end;
            }
        }

        if (c == '{')
        {
            var close = JsonText.FindEnd(text, p, text.Length);
            if (close < 0)
            {
                return Cut(state, p);
            }

            JsonCallReader.ReadObject(state, p, close, RawToolCallFormat.Mistral, requireArguments: false);
            return close;
        }

        var q = p;
        while (q < text.Length && PythonLiteral.IsNameChar(text[q]))
        {
            q++;
        }

        var name = text.Substring(p, q - p);
        string? id = null;
        q = RawScanner.SkipSpace(text, q, text.Length);
        if (RawScanner.At(text, q, "[CALL_ID]"))
        {
            var idStart = q + "[CALL_ID]".Length;
            q = idStart;
            while (q < text.Length && char.IsLetterOrDigit(text[q]))
            {
                q++;
            }

            id = text.Substring(idStart, q - idStart);
            q = RawScanner.SkipSpace(text, q, text.Length);
        }

        if (RawScanner.At(text, q, "[ARGS]"))
        {
            q = RawScanner.SkipSpace(text, q + "[ARGS]".Length, text.Length);
        }

        if (q >= text.Length || IsCutMarker(text, q))
        {
            return Cut(state, start);
        }

        if (text[q] != '{' || name.Length == 0)
        {
            state.Seen(RawToolCallFormat.Mistral);
            state.Event(RawToolCallEventKind.MalformedCall, start, "[TOOL_CALLS] is not followed by a call: " + RawScanner.Excerpt(text, p, q + 1));
            return p;
        }

        var argsEnd = JsonText.FindEnd(text, q, text.Length);
        if (argsEnd < 0)
        {
            return Cut(state, start);
        }

        var arguments = JsonText.Utf8(text, q, argsEnd);
        if (!JsonText.IsValue(arguments, out _, out var error))
        {
            state.Seen(RawToolCallFormat.Mistral);
            state.Event(RawToolCallEventKind.MalformedJson, q, JsonText.Complaint(error) + ": the call of \"" + name + "\" was dropped");
            return argsEnd;
        }

        state.AddCall(start, RawToolCallFormat.Mistral, name, arguments, id);
        return argsEnd;
    }

    private static bool IsCutMarker(string text, int index)
    {
        var length = text.Length - index;
        return (length < "[CALL_ID]".Length && string.CompareOrdinal(text, index, "[CALL_ID]", 0, length) == 0) ||
               (length < "[ARGS]".Length && string.CompareOrdinal(text, index, "[ARGS]", 0, length) == 0);
    }

    private static int Cut(ParseState state, int position)
    {
        if (!state.Final)
        {
            return Trigger.NeedMore;
        }

        state.Seen(RawToolCallFormat.Mistral);
        state.Event(RawToolCallEventKind.TruncatedCall, position, "the text ends inside a call; it was dropped");
        return state.Text.Length;
    }
}
