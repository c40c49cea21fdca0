namespace ToolGen.RawCalls;

/// <summary>
/// Kimi K2 (its chat template, vLLM's <c>kimi_k2</c> parser):
/// <c>&lt;|tool_calls_section_begin|&gt;&lt;|tool_call_begin|&gt;functions.NAME:0&lt;|tool_call_argument_begin|&gt;{…}&lt;|tool_call_end|&gt;&lt;|tool_calls_section_end|&gt;</c>.
/// The text <c>functions.NAME:0</c> is the call's id, as vLLM keeps it; the name is between the prefix and the index.
/// vLLM also accepts the singular <c>&lt;|tool_call_section_begin|&gt;</c>.
/// </summary>
internal static class KimiReader
{
    private const string CallBegin = "<|tool_call_begin|>";
    private const string CallEnd = "<|tool_call_end|>";
    private const string ArgumentBegin = "<|tool_call_argument_begin|>";

    public static int ReadSection(ParseState state, int start)
    {
        var text = state.Text;
        var singular = RawScanner.At(text, start, "<|tool_call_section_begin|>");
        var sectionEnd = singular ? "<|tool_call_section_end|>" : "<|tool_calls_section_end|>";
        var p = start + (singular ? "<|tool_call_section_begin|>" : "<|tool_calls_section_begin|>").Length;
        state.Seen(RawToolCallFormat.KimiK2);
        return MarkedCallSection.Read(state, start, p, CallBegin, sectionEnd, static (s, at, arg) => ReadCall(s, at, arg), sectionEnd);
    }

    public static int ReadLoneCall(ParseState state, int start)
    {
        state.Seen(RawToolCallFormat.KimiK2);
        return ReadCall(state, start, "<|tool_calls_section_end|>");
    }

    private static int ReadCall(ParseState state, int start, string sectionEnd)
    {
        var text = state.Text;
        var bodyStart = start + CallBegin.Length;
        if (!MarkedCallSection.TryFindBody(state, bodyStart, CallEnd, CallBegin, sectionEnd, out var bodyEnd, out var end, out var missing, out var cut))
        {
            return Trigger.NeedMore;
        }

        var argumentsAt = RawScanner.IndexOf(text, ArgumentBegin, bodyStart, bodyEnd);
        if (argumentsAt < 0)
        {
            state.Event(
                cut ? RawToolCallEventKind.TruncatedCall : RawToolCallEventKind.MalformedCall,
                start,
                cut ? "the text ends inside a call; it was dropped" : "no <|tool_call_argument_begin|> in the call; it was dropped");
            return end;
        }

        var id = text.Substring(bodyStart, argumentsAt - bodyStart).Trim();
        var name = id;
        var colon = name.LastIndexOf(':');
        if (colon > 0 && IsDigits(name, colon + 1))
        {
            name = name.Substring(0, colon);
        }

        var json = text.Substring(argumentsAt + ArgumentBegin.Length, bodyEnd - argumentsAt - ArgumentBegin.Length).Trim();
        var arguments = json.Length == 0 ? JsonText.EmptyObject : System.Text.Encoding.UTF8.GetBytes(json);
        if (!JsonText.IsValue(arguments, out _, out var error))
        {
            state.Event(
                cut ? RawToolCallEventKind.TruncatedCall : RawToolCallEventKind.MalformedJson,
                argumentsAt,
                cut ? "the text ends inside the call of \"" + name + "\"; it was dropped" : JsonText.Complaint(error) + ": the call of \"" + name + "\" was dropped");
            return end;
        }

        if (missing)
        {
            state.Event(RawToolCallEventKind.MissingCloseTag, start, CallEnd + " missing");
        }

        state.AddCall(start, RawToolCallFormat.KimiK2, name, arguments, id.Length == 0 ? null : id);
        return end;
    }

    private static bool IsDigits(string text, int from)
    {
        if (from >= text.Length)
        {
            return false;
        }

        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
