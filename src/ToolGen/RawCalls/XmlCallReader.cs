// Internal helpers document only the parameters that need a word.
#pragma warning disable CS1573

using System.IO;

namespace ToolGen.RawCalls;

/// <summary>
/// The XML-like call bodies: Qwen3-Coder's <c>&lt;function=name&gt;&lt;parameter=key&gt;\nvalue\n&lt;/parameter&gt;&lt;/function&gt;</c>
/// (its chat template and vLLM's <c>qwen3_coder</c> parser: one line break is dropped on each side of a value; a
/// parameter not closed ends at the next one) and GLM 4.5's <c>name\n&lt;arg_key&gt;k&lt;/arg_key&gt;\n&lt;arg_value&gt;v&lt;/arg_value&gt;</c>
/// (its chat template and vLLM's <c>glm45</c> parser).
/// </summary>
internal static class XmlCallReader
{
    private const string FunctionOpen = "<function=";
    private const string FunctionClose = "</function>";
    private const string ParameterOpen = "<parameter=";
    private const string ParameterClose = "</parameter>";

    /// <summary>Qwen3-Coder's <c>&lt;function=…&gt;</c> without the <c>&lt;tool_call&gt;</c> around it (vLLM accepts it too).</summary>
    public static int ReadBareFunction(ParseState state, int start)
    {
        var text = state.Text;
        var close = text.IndexOf(FunctionClose, start, System.StringComparison.Ordinal);
        if (close < 0 && !state.Final)
        {
            return Trigger.NeedMore;
        }

        var limit = close < 0 ? text.Length : close + FunctionClose.Length;
        ReadFunctions(state, start, limit, cut: close < 0);
        return limit;
    }

    /// <summary>Reads the <c>&lt;function=…&gt;</c> elements from <paramref name="p"/> to <paramref name="limit"/>.</summary>
    /// <param name="cut">Whether the text ends at <paramref name="limit"/> without the block's close (generation stopped).</param>
    /// <returns>Where reading stopped.</returns>
    public static int ReadFunctions(ParseState state, int p, int limit, bool cut)
    {
        var text = state.Text;
        p = RawScanner.SkipSpace(text, p, limit);
        while (p < limit && RawScanner.At(text, p, FunctionOpen))
        {
            var callStart = p;
            var nameStart = p + FunctionOpen.Length;
            var gt = RawScanner.IndexOf(text, ">", nameStart, limit);
            if (gt < 0)
            {
                Fail(state, callStart, cut, "<function= without \">\"");
                return limit;
            }

            var name = text.Substring(nameStart, gt - nameStart);
            var functionEnd = RawScanner.IndexOf(text, FunctionClose, gt + 1, limit);
            var bodyLimit = functionEnd >= 0 ? functionEnd : limit;
            var properties = state.Schema(name.Trim());
            var truncated = false;
            byte[] arguments;
            using (var stream = new MemoryStream())
            {
                using (var writer = JsonText.CreateWriter(stream))
                {
                    writer.WriteStartObject();
                    var q = gt + 1;
                    while (true)
                    {
                        var open = RawScanner.IndexOf(text, ParameterOpen, q, bodyLimit);
                        if (open < 0)
                        {
                            break;
                        }

                        var keyEnd = RawScanner.IndexOf(text, ">", open + ParameterOpen.Length, bodyLimit);
                        if (keyEnd < 0)
                        {
                            truncated = cut;
                            if (!cut)
                            {
                                state.Event(RawToolCallEventKind.SkippedText, open, "<parameter= without \">\" was skipped");
                            }

                            break;
                        }

                        var key = text.Substring(open + ParameterOpen.Length, keyEnd - open - ParameterOpen.Length).Trim();
                        var valueStart = keyEnd + 1;
                        var close = RawScanner.IndexOf(text, ParameterClose, valueStart, bodyLimit);
                        var next = RawScanner.IndexOf(text, ParameterOpen, valueStart, bodyLimit);
                        int valueEnd;
                        if (close >= 0 && (next < 0 || close < next))
                        {
                            valueEnd = close;
                            q = close + ParameterClose.Length;
                        }
                        else
                        {
                            valueEnd = next >= 0 ? next : bodyLimit;
                            q = valueEnd;
                            if (next < 0 && functionEnd < 0 && cut)
                            {
                                // The text ends inside this value: the call is incomplete.
                                truncated = true;
                                break;
                            }

                            state.Event(RawToolCallEventKind.MissingCloseTag, open, "</parameter> missing after \"" + key + "\"");
                        }

                        var value = text.Substring(valueStart, valueEnd - valueStart);
                        if (value.StartsWith("\n", System.StringComparison.Ordinal))
                        {
                            value = value.Substring(1);
                        }

                        if (value.EndsWith("\n", System.StringComparison.Ordinal))
                        {
                            value = value.Substring(0, value.Length - 1);
                        }

                        writer.WritePropertyName(key);
                        TypedValues.Write(writer, state, open, name.Trim(), key, value, properties?.Of(key), untypedAsJson: false);
                    }

                    writer.WriteEndObject();
                }

                arguments = stream.ToArray();
            }

            if (truncated || (functionEnd < 0 && cut && !ClosedAfterLastParameter(text, gt + 1, bodyLimit)))
            {
                state.Seen(RawToolCallFormat.Qwen3Coder);
                state.Event(RawToolCallEventKind.TruncatedCall, callStart, "the text ends inside the call of \"" + name.Trim() + "\"; it was dropped");
                return limit;
            }

            if (functionEnd < 0)
            {
                state.Event(RawToolCallEventKind.MissingCloseTag, callStart, "</function> missing");
            }

            state.AddCall(callStart, RawToolCallFormat.Qwen3Coder, name, arguments);
            p = functionEnd >= 0 ? RawScanner.SkipSpace(text, functionEnd + FunctionClose.Length, limit) : limit;
        }

        return p;
    }

    /// <summary>Whether the function body ends after a closed parameter (or has none), so a missing close is only the close.</summary>
    private static bool ClosedAfterLastParameter(string text, int from, int limit)
    {
        var lastOpen = -1;
        for (var i = RawScanner.IndexOf(text, ParameterOpen, from, limit); i >= 0; i = RawScanner.IndexOf(text, ParameterOpen, i + 1, limit))
        {
            lastOpen = i;
        }

        return lastOpen < 0 || RawScanner.IndexOf(text, ParameterClose, lastOpen, limit) >= 0;
    }

    private const string KeyOpen = "<arg_key>";
    private const string KeyClose = "</arg_key>";
    private const string ValueOpen = "<arg_value>";
    private const string ValueClose = "</arg_value>";

    /// <summary>Reads a GLM 4.5 call body from <paramref name="p"/> to <paramref name="limit"/>.</summary>
    public static void ReadGlm(ParseState state, int callStart, int p, int limit, bool cut)
    {
        var text = state.Text;
        var firstKey = RawScanner.IndexOf(text, KeyOpen, p, limit);
        var nameEnd = firstKey >= 0 ? firstKey : limit;
        var name = text.Substring(p, nameEnd - p).Trim();
        var newline = name.IndexOf('\n');
        if (newline >= 0)
        {
            state.Event(RawToolCallEventKind.SkippedText, p + newline, "text after the name was skipped: " + RawScanner.Excerpt(name, newline + 1, name.Length));
            name = name.Substring(0, newline).Trim();
        }

        if (cut && firstKey < 0)
        {
            Fail(state, callStart, cut, string.Empty);
            return;
        }

        var properties = state.Schema(name);
        byte[] arguments;
        using (var stream = new MemoryStream())
        {
            using (var writer = JsonText.CreateWriter(stream))
            {
                writer.WriteStartObject();
                var q = firstKey;
                while (q >= 0)
                {
                    var keyClose = RawScanner.IndexOf(text, KeyClose, q + KeyOpen.Length, limit);
                    var valueOpen = keyClose < 0 ? -1 : RawScanner.IndexOf(text, ValueOpen, keyClose + KeyClose.Length, limit);
                    var valueClose = valueOpen < 0 ? -1 : RawScanner.IndexOf(text, ValueClose, valueOpen + ValueOpen.Length, limit);
                    if (valueClose < 0)
                    {
                        Fail(state, callStart, cut, "an <arg_key> without its <arg_value>");
                        return;
                    }

                    var key = text.Substring(q + KeyOpen.Length, keyClose - q - KeyOpen.Length).Trim();
                    var value = text.Substring(valueOpen + ValueOpen.Length, valueClose - valueOpen - ValueOpen.Length);
                    writer.WritePropertyName(key);
                    TypedValues.Write(writer, state, q, name, key, value, properties?.Of(key), untypedAsJson: true);
                    q = RawScanner.IndexOf(text, KeyOpen, valueClose + ValueClose.Length, limit);
                }

                writer.WriteEndObject();
            }

            arguments = stream.ToArray();
        }

        state.AddCall(callStart, RawToolCallFormat.Glm45, name, arguments);
    }

    private static void Fail(ParseState state, int position, bool cut, string what)
    {
        if (cut)
        {
            state.Event(RawToolCallEventKind.TruncatedCall, position, "the text ends inside a call; it was dropped");
        }
        else
        {
            state.Event(RawToolCallEventKind.MalformedCall, position, what + "; the call was dropped");
        }
    }
}
