namespace ToolGen.RawCalls;

/// <summary>
/// What the formats that wrap calls in begin/end markers inside a section (DeepSeek, Kimi K2) share: walking the
/// section from call to call, and finding where one call's body ends when its end marker is missing.
/// </summary>
internal static class MarkedCallSection
{
    /// <summary>Reads one call at a call marker, returning where reading goes on (or <see cref="Trigger.NeedMore"/>).</summary>
    public delegate int CallReader(ParseState state, int start, string argument);

    /// <summary>
    /// Reads the calls of a section whose opening marker ends at <paramref name="p"/>, up to <paramref name="sectionEnd"/>.
    /// Text between calls is skipped with an event; a section the text ends inside is closed with one.
    /// </summary>
    public static int Read(ParseState state, int start, int p, string callBegin, string sectionEnd, CallReader readCall, string argument)
    {
        var text = state.Text;
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, text.Length);
            if (RawScanner.At(text, p, sectionEnd))
            {
                return p + sectionEnd.Length;
            }

            if (RawScanner.At(text, p, callBegin))
            {
                var end = readCall(state, p, argument);
                if (end == Trigger.NeedMore)
                {
                    return end;
                }

                p = end;
                continue;
            }

            var next = Earliest(text, p, callBegin, sectionEnd);
            if (next < 0)
            {
                if (!state.Final)
                {
                    return Trigger.NeedMore;
                }

                if (p < text.Length)
                {
                    state.Event(RawToolCallEventKind.SkippedText, p, "text in the call section that is not a call was skipped: " + RawScanner.Excerpt(text, p, text.Length));
                }

                state.Event(RawToolCallEventKind.MissingCloseTag, start, sectionEnd + " missing");
                return text.Length;
            }

            state.Event(RawToolCallEventKind.SkippedText, p, "text in the call section that is not a call was skipped: " + RawScanner.Excerpt(text, p, next));
            p = next;
        }
    }

    /// <summary>
    /// Where the body of a call starting at <paramref name="bodyStart"/> ends: at its end marker, else (marker missing)
    /// at the next call or the section's end, else (the text ends inside it) at the end of a final text. False when the
    /// text is not final yet and more may come.
    /// </summary>
    public static bool TryFindBody(ParseState state, int bodyStart, string callEnd, string callBegin, string sectionEnd, out int bodyEnd, out int end, out bool missing, out bool cut)
    {
        var text = state.Text;
        var closeAt = text.IndexOf(callEnd, bodyStart, System.StringComparison.Ordinal);
        var other = Earliest(text, bodyStart, callBegin, sectionEnd);
        missing = cut = false;
        if (closeAt >= 0 && (other < 0 || closeAt < other))
        {
            bodyEnd = closeAt;
            end = closeAt + callEnd.Length;
            return true;
        }

        if (other >= 0)
        {
            bodyEnd = end = other;
            missing = true;
            return true;
        }

        bodyEnd = end = text.Length;
        missing = cut = true;
        return state.Final;
    }

    /// <summary>The first of two markers after <paramref name="from"/>, or -1.</summary>
    public static int Earliest(string text, int from, string a, string b)
    {
        var x = text.IndexOf(a, from, System.StringComparison.Ordinal);
        var y = text.IndexOf(b, from, System.StringComparison.Ordinal);
        return x < 0 ? y : y < 0 ? x : System.Math.Min(x, y);
    }
}
