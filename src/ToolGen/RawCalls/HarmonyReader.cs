using System;

namespace ToolGen.RawCalls;

/// <summary>
/// gpt-oss harmony messages (OpenAI's harmony format, <c>openai/harmony</c>): <c>[&lt;|start|&gt;assistant]&lt;|channel|&gt;CHANNEL
/// [to=RECIPIENT] [&lt;|constrain|&gt;json]&lt;|message|&gt;BODY&lt;|end|&gt;|&lt;|call|&gt;|&lt;|return|&gt;</c>. A message to
/// <c>functions.NAME</c> is a call (its <c>&lt;|call|&gt;</c> is a stop token, often missing); <c>analysis</c> is reasoning,
/// <c>final</c> and <c>commentary</c> without a recipient are content. When the server stripped the special tokens, a
/// <c>to=functions.NAME … {json}</c> left in the text is still read.
/// </summary>
internal static class HarmonyReader
{
    private const string Message = "<|message|>";
    private const int MaxHeader = 400;

    public static int ReadMessage(ParseState state, int start)
    {
        var text = state.Text;
        var searchEnd = Math.Min(text.Length, start + MaxHeader + Message.Length);
        var headerEnd = RawScanner.IndexOf(text, Message, start + 1, searchEnd);
        var nextStart = RawScanner.IndexOf(text, "<|start|>", start + 1, headerEnd < 0 ? searchEnd : headerEnd);
        if (headerEnd < 0 || nextStart >= 0)
        {
            if (headerEnd < 0 && nextStart < 0 && !state.Final && searchEnd == text.Length)
            {
                return Trigger.NeedMore;
            }

            // Not a message header: ordinary text.
            return Trigger.NotACall;
        }

        var header = text.Substring(start, headerEnd - start);
        var channel = Word(header, "<|channel|>");
        var recipient = Word(header, "to=");
        var bodyStart = headerEnd + Message.Length;
        var bodyEnd = -1;
        var end = -1;
        foreach (var terminator in new[] { "<|end|>", "<|call|>", "<|return|>", "<|start|>", "<|channel|>" })
        {
            var at = text.IndexOf(terminator, bodyStart, StringComparison.Ordinal);
            if (at >= 0 && (bodyEnd < 0 || at < bodyEnd))
            {
                bodyEnd = at;
                end = terminator is "<|start|>" or "<|channel|>" ? at : at + terminator.Length;
            }
        }

        if (bodyEnd < 0)
        {
            if (!state.Final)
            {
                return Trigger.NeedMore;
            }

            // The end token is a stop token that servers usually leave out: no event.
            bodyEnd = end = text.Length;
        }

        state.Seen(RawToolCallFormat.Harmony);
        if (recipient is not null && recipient is not ("assistant" or "user" or "all"))
        {
            var p = RawScanner.SkipSpace(text, bodyStart, bodyEnd);
            var q = bodyEnd;
            while (q > p && char.IsWhiteSpace(text[q - 1]))
            {
                q--;
            }

            var bytes = JsonText.Utf8(text, p, q);
            if (q == p)
            {
                state.AddCall(start, RawToolCallFormat.Harmony, recipient, JsonText.EmptyObject);
            }
            else if (JsonText.IsValue(bytes, out var first, out var error) && first == System.Text.Json.JsonTokenType.StartObject)
            {
                state.AddCall(start, RawToolCallFormat.Harmony, recipient, bytes);
            }
            else if (bodyEnd == text.Length && JsonText.FindEnd(text, p, q) < 0 && q > p && text[p] == '{')
            {
                state.Event(RawToolCallEventKind.TruncatedCall, start, "the text ends inside the call of \"" + recipient + "\"; it was dropped");
            }
            else
            {
                state.Event(RawToolCallEventKind.MalformedJson, p, JsonText.Complaint(error) + ": the call of \"" + recipient + "\" was dropped");
            }

            return end;
        }

        if (channel == "analysis")
        {
            if (state.Reasoning.Length > 0)
            {
                state.Reasoning.Append('\n');
            }

            state.AppendReasoning(text, bodyStart, bodyEnd - bodyStart);
        }
        else
        {
            state.Content.Append(text, bodyStart, bodyEnd - bodyStart);
        }

        return end;
    }

    /// <summary>An end token outside a message: structure, not content.</summary>
    public static int ReadStrayEnd(ParseState state, int start)
    {
        var text = state.Text;
        foreach (var token in new[] { "<|end|>", "<|return|>", "<|call|>" })
        {
            if (RawScanner.At(text, start, token))
            {
                return start + token.Length;
            }
        }

        return Trigger.NotACall;
    }

    /// <summary><c>to=functions.NAME [&lt;|constrain|&gt;]json[&lt;|message|&gt;]{…}</c> with the special tokens rendered as text or stripped.</summary>
    public static int ReadPlainRecipient(ParseState state, int start)
    {
        var text = state.Text;
        var p = start + "to=".Length;
        var q = p;
        while (q < text.Length && PythonLiteral.IsNameChar(text[q]))
        {
            q++;
        }

        if (q >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        var name = text.Substring(p, q - p);
        if (name.Length <= "functions.".Length)
        {
            return Trigger.NotACall;
        }

        var r = q;
        for (var guard = 0; guard < 6; guard++)
        {
            r = RawScanner.SkipSpace(text, r, text.Length);
            var matched = false;
            foreach (var word in new[] { "<|constrain|>", "json", Message })
            {
                if (RawScanner.At(text, r, word))
                {
                    r += word.Length;
                    matched = true;
                    break;
                }

                if (!state.Final && text.Length - r < word.Length && string.CompareOrdinal(text, r, word, 0, text.Length - r) == 0)
                {
                    return Trigger.NeedMore;
                }
            }

            if (!matched)
            {
                break;
            }
        }

        if (r >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        if (text[r] != '{')
        {
            return Trigger.NotACall;
        }

        var close = JsonText.FindEnd(text, r, text.Length);
        state.Seen(RawToolCallFormat.Harmony);
        if (close < 0)
        {
            if (!state.Final)
            {
                return Trigger.NeedMore;
            }

            state.Event(RawToolCallEventKind.TruncatedCall, start, "the text ends inside the call of \"" + name + "\"; it was dropped");
            return text.Length;
        }

        var bytes = JsonText.Utf8(text, r, close);
        if (JsonText.IsValue(bytes, out _, out var error))
        {
            state.AddCall(start, RawToolCallFormat.Harmony, name, bytes);
        }
        else
        {
            state.Event(RawToolCallEventKind.MalformedJson, r, JsonText.Complaint(error) + ": the call of \"" + name + "\" was dropped");
        }

        return close;
    }

    /// <summary>The word after <paramref name="prefix"/> in a header, up to white space or the next special token.</summary>
    private static string? Word(string header, string prefix)
    {
        var at = header.IndexOf(prefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var from = at + prefix.Length;
        var to = from;
        while (to < header.Length && !char.IsWhiteSpace(header[to]) && !(header[to] == '<' && to + 1 < header.Length && header[to + 1] == '|'))
        {
            to++;
        }

        return to > from ? header.Substring(from, to - from) : null;
    }
}
