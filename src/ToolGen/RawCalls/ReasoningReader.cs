namespace ToolGen.RawCalls;

/// <summary>
/// <c>&lt;think&gt;…&lt;/think&gt;</c> (Qwen 3, DeepSeek R1, GLM, Kimi, Olmo…): reasoning, kept apart from the content;
/// call markup inside it is reported, not read.
/// </summary>
internal static class ReasoningReader
{
    private const string Open = "<think>";
    private const string Close = "</think>";

    public static int ReadThink(ParseState state, int start)
    {
        var text = state.Text;
        var bodyStart = start + Open.Length;
        var close = text.IndexOf(Close, bodyStart, System.StringComparison.Ordinal);
        if (close < 0)
        {
            if (!state.Final)
            {
                // Shown while streaming; taken back and read again when more text comes.
                Append(state, bodyStart, text.Length);
                return Trigger.NeedMore;
            }

            ReportCalls(state, bodyStart, text.Length);
            state.Event(RawToolCallEventKind.UnclosedReasoning, start, "<think> was not closed; the rest of the text was taken as reasoning");
            Append(state, bodyStart, text.Length);
            return text.Length;
        }

        ReportCalls(state, bodyStart, close);
        Append(state, bodyStart, close);
        return close + Close.Length;
    }

    /// <summary>A <c>&lt;/think&gt;</c> whose <c>&lt;think&gt;</c> was in the prompt: the content so far was reasoning.</summary>
    public static int ReadOrphanEnd(ParseState state, int start)
    {
        var before = state.Content.ToString();
        state.Content.Clear();
        ReportCalls(state, 0, 0);
        if (state.Reasoning.Length > 0 && before.Length > 0)
        {
            state.Reasoning.Append('\n');
        }

        state.Reasoning.Append(before);
        state.Event(
            RawToolCallEventKind.ReasoningWithoutStart,
            start,
            state.Calls.Count > 0
                ? "</think> without <think>: the text before it was taken as reasoning; the calls before it were kept"
                : "</think> without <think>: the text before it was taken as reasoning");
        return start + Close.Length;
    }

    private static void Append(ParseState state, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        if (state.Reasoning.Length > 0)
        {
            state.Reasoning.Append('\n');
        }

        state.AppendReasoning(state.Text, from, to - from);
    }

    private static void ReportCalls(ParseState state, int from, int to)
    {
        var text = state.Text;
        for (var i = from; i < to; i++)
        {
            if (text[i] != '<' && text[i] != '[')
            {
                continue;
            }

            foreach (var trigger in state.Triggers.All)
            {
                if (trigger.IsCallMarker && trigger.Condition is null && i + trigger.Marker.Length <= to && trigger.Matches(text, i))
                {
                    state.Event(RawToolCallEventKind.CallInReasoning, i, "\"" + trigger.Marker + "\" inside reasoning was not read as a call");
                    i += trigger.Marker.Length - 1;
                    break;
                }
            }
        }
    }
}
