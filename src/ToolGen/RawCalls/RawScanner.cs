using System;

namespace ToolGen.RawCalls;

/// <summary>
/// The loop over a text: copies ordinary text to the content, and hands each trigger to its reader. Every decision
/// about a construct depends only on the text from its start up to its end, so a streamed read that stops before an
/// undecided construct and reads it again later finds what a read of the whole text finds.
/// </summary>
internal static class RawScanner
{
    public static void Run(ParseState state)
    {
        state.RollBack();
        var text = state.Text;
        var triggers = state.Triggers;
        while (true)
        {
            var start = state.Position;
            var index = Find(text, start, triggers, out var trigger);
            if (trigger is null)
            {
                var stop = state.Final ? text.Length : HoldBack(text, start, triggers);
                state.Content.Append(text, start, stop - start);
                state.Position = stop;
                return;
            }

            state.Content.Append(text, start, index - start);
            state.Position = index;
            int calls = state.Calls.Count, events = state.Events.Count, content = state.Content.Length, reasoning = state.Reasoning.Length;
            var detected = state.Detected;
            var end = trigger.Read(state, index);
            if (end == Trigger.NeedMore && !state.Final)
            {
                state.SetCheckpoint(index, calls, events, content, reasoning, detected);
                return;
            }

            if (end <= index)
            {
                // Ordinary text after all (a reader never asks for more once the text is final).
                state.Content.Append(text[index]);
                end = index + 1;
            }

            state.Position = end;
        }
    }

    private static int Find(string text, int start, TriggerSet triggers, out Trigger? found)
    {
        // The earliest word trigger bounds the search for the others.
        var limit = text.Length;
        found = null;
        foreach (var word in triggers.Words)
        {
            var at = start < limit ? text.IndexOf(word.Marker, start, limit - start, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                limit = at;
                found = word;
            }
        }

        var firsts = triggers.FirstChars;
        for (var i = start < limit ? text.IndexOfAny(firsts, start, limit - start) : -1; i >= 0; i = i + 1 < limit ? text.IndexOfAny(firsts, i + 1, limit - i - 1) : -1)
        {
            foreach (var trigger in triggers.StartingWith(text[i]))
            {
                if (trigger.Matches(text, i))
                {
                    found = trigger;
                    return i;
                }
            }
        }

        return found is null ? -1 : limit;
    }

    /// <summary>Where a marker may begin that the text cuts off: the content stops there until more text comes.</summary>
    private static int HoldBack(string text, int start, TriggerSet triggers)
    {
        for (var i = Math.Max(start, text.Length - 40); i < text.Length; i++)
        {
            foreach (var trigger in triggers.All)
            {
                if (trigger.IsCutAt(text, i))
                {
                    return i;
                }
            }
        }

        return text.Length;
    }

    /// <summary>Whether only spaces and tabs stand between the start of the line (or text) and <paramref name="index"/>.</summary>
    public static bool AtLineStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                return true;
            }

            if (c != ' ' && c != '\t')
            {
                // After a closing marker (">") a call may follow directly: "</think>[f()]".
                return c == '>';
            }
        }

        return true;
    }

    public static int SkipSpace(string text, int index, int limit)
    {
        while (index < limit && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    public static bool At(string text, int index, string marker) =>
        index + marker.Length <= text.Length && string.CompareOrdinal(text, index, marker, 0, marker.Length) == 0;

    /// <summary>Like <see cref="string.IndexOf(string, int, StringComparison)"/> (ordinal) but bounded by <paramref name="limit"/>.</summary>
    public static int IndexOf(string text, string marker, int start, int limit)
    {
        if (start >= limit)
        {
            return -1;
        }

        var found = text.IndexOf(marker, start, limit - start, StringComparison.Ordinal);
        return found;
    }

    public static string Excerpt(string text, int start, int end)
    {
        const int Max = 80;
        end = Math.Min(end, text.Length);
        if (end <= start)
        {
            return string.Empty;
        }

        return end - start <= Max ? text.Substring(start, end - start) : text.Substring(start, Max) + "…";
    }
}
