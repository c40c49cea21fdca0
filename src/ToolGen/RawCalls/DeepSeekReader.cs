namespace ToolGen.RawCalls;

/// <summary>
/// DeepSeek V3 and R1 (their chat templates, vLLM's <c>deepseek_v3</c> parser):
/// <c>&lt;｜tool▁calls▁begin｜&gt;&lt;｜tool▁call▁begin｜&gt;function&lt;｜tool▁sep｜&gt;NAME\n```json\n{…}\n```&lt;｜tool▁call▁end｜&gt;&lt;｜tool▁calls▁end｜&gt;</c>;
/// DeepSeek V3.1 (vLLM's <c>deepseek_v31</c>): <c>&lt;｜tool▁call▁begin｜&gt;NAME&lt;｜tool▁sep｜&gt;{…}&lt;｜tool▁call▁end｜&gt;</c>. The markers use
/// the full-width bar U+FF5C and U+2581; the same markers with an ASCII bar are accepted too.
/// </summary>
internal static class DeepSeekReader
{
    private const string Bar = "\uFF5C";

    public static int ReadSection(ParseState state, int start)
    {
        var text = state.Text;
        var bar = text.Substring(start + 1, 1);
        var callBegin = Marker("tool\u2581call\u2581begin", bar);
        var sectionEnd = Marker("tool\u2581calls\u2581end", bar);
        var p = start + Marker("tool\u2581calls\u2581begin", bar).Length;
        state.Seen(RawToolCallFormat.DeepSeek);
        return MarkedCallSection.Read(state, start, p, callBegin, sectionEnd, static (s, at, arg) => ReadCall(s, at, arg), bar);
    }

    /// <summary>A call marker without the section marker around it.</summary>
    public static int ReadLoneCall(ParseState state, int start)
    {
        var bar = state.Text.Substring(start + 1, 1);
        state.Seen(RawToolCallFormat.DeepSeek);
        return ReadCall(state, start, bar);
    }

    private static int ReadCall(ParseState state, int start, string bar)
    {
        var text = state.Text;
        var callBegin = Marker("tool\u2581call\u2581begin", bar);
        var callEnd = Marker("tool\u2581call\u2581end", bar);
        var sectionEnd = Marker("tool\u2581calls\u2581end", bar);
        var sep = Marker("tool\u2581sep", bar);
        var bodyStart = start + callBegin.Length;
        if (!MarkedCallSection.TryFindBody(state, bodyStart, callEnd, callBegin, sectionEnd, out var bodyEnd, out var end, out var missing, out var cut))
        {
            return Trigger.NeedMore;
        }

        var sepAt = RawScanner.IndexOf(text, sep, bodyStart, bodyEnd);
        if (sepAt < 0)
        {
            Fail(state, start, cut, "no " + sep + " in the call");
            return end;
        }

        var head = text.Substring(bodyStart, sepAt - bodyStart).Trim();
        var after = sepAt + sep.Length;
        string name;
        int json;
        if (head == "function")
        {
            // V3: the name on the line after the separator, then a fenced JSON block.
            var newline = RawScanner.IndexOf(text, "\n", after, bodyEnd);
            name = text.Substring(after, (newline < 0 ? bodyEnd : newline) - after).Trim();
            json = newline < 0 ? -1 : RawScanner.IndexOf(text, "{", newline, bodyEnd);
        }
        else
        {
            name = head;
            json = RawScanner.IndexOf(text, "{", after, bodyEnd);
        }

        if (json < 0)
        {
            Fail(state, start, cut, "no JSON arguments in the call of \"" + name + "\"");
            return end;
        }

        var jsonEnd = JsonText.FindEnd(text, json, bodyEnd);
        if (jsonEnd < 0)
        {
            if (cut)
            {
                Fail(state, start, cut, string.Empty);
            }
            else
            {
                state.Event(RawToolCallEventKind.MalformedJson, json, "the arguments of \"" + name + "\" are not closed; the call was dropped");
            }

            return end;
        }

        var arguments = JsonText.Utf8(text, json, jsonEnd);
        if (!JsonText.IsValue(arguments, out _, out var error))
        {
            state.Event(RawToolCallEventKind.MalformedJson, json, JsonText.Complaint(error) + ": the call of \"" + name + "\" was dropped");
            return end;
        }

        if (missing)
        {
            state.Event(RawToolCallEventKind.MissingCloseTag, start, callEnd + " missing");
        }

        state.AddCall(start, RawToolCallFormat.DeepSeek, name, arguments);
        return end;
    }

    private static string Marker(string name, string bar) => "<" + bar + name + bar + ">";

    private static void Fail(ParseState state, int position, bool cut, string error)
    {
        if (cut)
        {
            state.Event(RawToolCallEventKind.TruncatedCall, position, "the text ends inside a call; it was dropped");
        }
        else
        {
            state.Event(RawToolCallEventKind.MalformedCall, position, error + "; the call was dropped");
        }
    }

    internal static string FullWidthBar => Bar;
}
