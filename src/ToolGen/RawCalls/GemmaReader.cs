using System.IO;
using System.Text.Json;

namespace ToolGen.RawCalls;

/// <summary>
/// FunctionGemma (its chat template, Google's "FunctionGemma formatting" guide, vLLM's <c>functiongemma</c> parser):
/// <c>&lt;start_function_call&gt;call:NAME{key:&lt;escape&gt;text&lt;escape&gt;,n:1,flag:true,list:[…],obj:{…}}&lt;end_function_call&gt;</c>;
/// strings between <c>&lt;escape&gt;</c> tokens, other values bare. Gemma 4 writes the same grammar between
/// <c>&lt;|tool_call&gt;</c> and <c>&lt;tool_call|&gt;</c> with <c>&lt;|"|&gt;</c> around strings (as its chat template has it; verify
/// against the template of the model you serve).
/// </summary>
internal static class GemmaReader
{
    public static int ReadFunctionGemma(ParseState state, int start) =>
        Read(state, start, "<start_function_call>", "<end_function_call>", "<escape>");

    public static int ReadGemma4(ParseState state, int start) =>
        Read(state, start, "<|tool_call>", "<tool_call|>", "<|\"|>");

    private static int Read(ParseState state, int start, string open, string close, string quote)
    {
        var text = state.Text;
        var bodyStart = start + open.Length;
        var closeAt = text.IndexOf(close, bodyStart, System.StringComparison.Ordinal);
        if (closeAt < 0 && !state.Final)
        {
            return Trigger.NeedMore;
        }

        var cut = closeAt < 0;
        var limit = cut ? text.Length : closeAt;
        var end = cut ? text.Length : closeAt + close.Length;
        state.Seen(RawToolCallFormat.Gemma);
        var p = RawScanner.SkipSpace(text, bodyStart, limit);
        var read = false;
        while (p < limit)
        {
            var callStart = p;
            if (RawScanner.At(text, p, "call:"))
            {
                p += "call:".Length;
            }

            var nameStart = p;
            while (p < limit && PythonLiteral.IsNameChar(text[p]))
            {
                p++;
            }

            var name = text.Substring(nameStart, p - nameStart);
            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit || text[p] != '{')
            {
                Fail(state, callStart, cut && p >= limit, "expected \"call:NAME{\"");
                return end;
            }

            byte[] arguments;
            ReadStatus status;
            string error;
            using (var stream = new MemoryStream())
            {
                using (var writer = JsonText.CreateWriter(stream))
                {
                    status = ReadObject(state, text, ref p, limit, quote, writer, out error);
                }

                arguments = stream.ToArray();
            }

            if (status != ReadStatus.Ok)
            {
                Fail(state, callStart, cut && status == ReadStatus.Cut, error);
                return end;
            }

            state.AddCall(callStart, RawToolCallFormat.Gemma, name, arguments);
            read = true;
            p = RawScanner.SkipSpace(text, p, limit);
            if (p < limit && text[p] == ',')
            {
                p = RawScanner.SkipSpace(text, p + 1, limit);
            }
        }

        if (cut && read)
        {
            state.Event(RawToolCallEventKind.MissingCloseTag, start, close + " missing");
        }
        else if (!read)
        {
            Fail(state, start, cut, "an empty call block");
        }

        return end;
    }

    private static void Fail(ParseState state, int position, bool cut, string error)
    {
        if (cut)
        {
            state.Event(RawToolCallEventKind.TruncatedCall, position, "the text ends inside a call; it was dropped");
        }
        else
        {
            state.Event(RawToolCallEventKind.MalformedCall, position, (error.Length == 0 ? "unreadable call" : error) + "; the call was dropped");
        }
    }

    private static ReadStatus ReadObject(ParseState state, string text, ref int p, int limit, string quote, Utf8JsonWriter writer, out string error)
    {
        error = string.Empty;
        p++;
        writer.WriteStartObject();
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] == '}')
            {
                p++;
                writer.WriteEndObject();
                return ReadStatus.Ok;
            }

            if (text[p] == ',')
            {
                p++;
                continue;
            }

            string key;
            if (RawScanner.At(text, p, quote))
            {
                var keyEnd = RawScanner.IndexOf(text, quote, p + quote.Length, limit);
                if (keyEnd < 0)
                {
                    return ReadStatus.Cut;
                }

                key = text.Substring(p + quote.Length, keyEnd - p - quote.Length);
                p = keyEnd + quote.Length;
            }
            else
            {
                var keyStart = p;
                while (p < limit && text[p] != ':' && text[p] != '}' && text[p] != ',')
                {
                    p++;
                }

                if (p >= limit)
                {
                    return ReadStatus.Cut;
                }

                key = text.Substring(keyStart, p - keyStart).Trim();
            }

            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] != ':' || key.Length == 0)
            {
                error = "expected \"key:value\"";
                return ReadStatus.Bad;
            }

            p++;
            writer.WritePropertyName(key);
            var status = ReadValue(state, text, ref p, limit, quote, writer, key, out error);
            if (status != ReadStatus.Ok)
            {
                return status;
            }
        }
    }

    private static ReadStatus ReadValue(ParseState state, string text, ref int p, int limit, string quote, Utf8JsonWriter writer, string key, out string error)
    {
        error = string.Empty;
        p = RawScanner.SkipSpace(text, p, limit);
        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        if (RawScanner.At(text, p, quote))
        {
            var close = RawScanner.IndexOf(text, quote, p + quote.Length, limit);
            if (close < 0)
            {
                return ReadStatus.Cut;
            }

            writer.WriteStringValue(text.Substring(p + quote.Length, close - p - quote.Length));
            p = close + quote.Length;
            return ReadStatus.Ok;
        }

        if (text[p] == '{')
        {
            return ReadObject(state, text, ref p, limit, quote, writer, out error);
        }

        if (text[p] == '[')
        {
            p++;
            writer.WriteStartArray();
            while (true)
            {
                p = RawScanner.SkipSpace(text, p, limit);
                if (p >= limit)
                {
                    return ReadStatus.Cut;
                }

                if (text[p] == ']')
                {
                    p++;
                    writer.WriteEndArray();
                    return ReadStatus.Ok;
                }

                if (text[p] == ',')
                {
                    p++;
                    continue;
                }

                var status = ReadValue(state, text, ref p, limit, quote, writer, key, out error);
                if (status != ReadStatus.Ok)
                {
                    return status;
                }
            }
        }

        var start = p;
        while (p < limit && text[p] != ',' && text[p] != '}' && text[p] != ']')
        {
            p++;
        }

        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        var bare = text.Substring(start, p - start).Trim();
        if (bare.Length == 0)
        {
            error = "a value is missing";
            return ReadStatus.Bad;
        }

        if (JsonText.IsValue(bare, out var first) && first is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
        {
            writer.WriteRawValue(bare);
        }
        else
        {
            state.Event(RawToolCallEventKind.ValueKeptRaw, start, "\"" + key + "\" is \"" + bare + "\", not between " + quote + " tokens; kept as a string");
            writer.WriteStringValue(bare);
        }

        return ReadStatus.Ok;
    }
}
