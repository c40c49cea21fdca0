using System;
using System.Text.Json;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The limit for a non-streamed response: one forward <see cref="Utf8JsonReader"/> pass over the whole body (everything
/// not needed is skipped, which still tokenizes and validates it) that extracts each call's id, name and arguments and
/// the finish reason. Ids, names, the finish reason and raw objects (Anthropic <c>input</c>, Gemini <c>args</c>) are
/// slices of the body when they hold no escape; a string argument (Chat Completions, Responses) is unescaped into an
/// array of its own, or sliced when it has no escape. Nothing else is read (no usage, no text, no history item).
/// </summary>
internal static class LimitPlain
{
    public static LimitResult Chat(byte[] body)
    {
        var result = new LimitResult();
        var r = new Utf8JsonReader(body);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (!r.ValueTextEquals("choices"u8))
            {
                r.Read();
                r.Skip();
                continue;
            }

            r.Read();
            var first = true;
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (!first)
                {
                    r.Skip();
                    continue;
                }

                first = false;
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    if (r.ValueTextEquals("message"u8))
                    {
                        r.Read();
                        ChatMessage(ref r, body, result);
                    }
                    else if (r.ValueTextEquals("finish_reason"u8))
                    {
                        r.Read();
                        result.FinishReason = Slice(ref r, body);
                    }
                    else
                    {
                        r.Read();
                        r.Skip();
                    }
                }
            }
        }

        return result;
    }

    private static void ChatMessage(ref Utf8JsonReader r, byte[] body, LimitResult result)
    {
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (!r.ValueTextEquals("tool_calls"u8))
            {
                r.Read();
                r.Skip();
                continue;
            }

            r.Read();
            while (r.Read() && r.TokenType == JsonTokenType.StartObject)
            {
                ReadOnlyMemory<byte> id = default, name = default, arguments = default;
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    if (r.ValueTextEquals("id"u8))
                    {
                        r.Read();
                        id = Slice(ref r, body);
                    }
                    else if (r.ValueTextEquals("function"u8))
                    {
                        r.Read();
                        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                        {
                            if (r.ValueTextEquals("name"u8))
                            {
                                r.Read();
                                name = Slice(ref r, body);
                            }
                            else if (r.ValueTextEquals("arguments"u8))
                            {
                                r.Read();
                                arguments = Slice(ref r, body);
                            }
                            else
                            {
                                r.Read();
                                r.Skip();
                            }
                        }
                    }
                    else
                    {
                        r.Read();
                        r.Skip();
                    }
                }

                result.Add(new LimitCall(id, name, arguments));
            }
        }
    }

    public static LimitResult Responses(byte[] body)
    {
        var result = new LimitResult();
        var r = new Utf8JsonReader(body);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("status"u8))
            {
                r.Read();
                result.FinishReason = Slice(ref r, body);
            }
            else if (r.ValueTextEquals("output"u8))
            {
                r.Read();
                while (r.Read() && r.TokenType == JsonTokenType.StartObject)
                {
                    var call = false;
                    ReadOnlyMemory<byte> id = default, name = default, arguments = default;
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        if (r.ValueTextEquals("type"u8))
                        {
                            r.Read();
                            call = r.ValueTextEquals("function_call"u8);
                        }
                        else if (r.ValueTextEquals("call_id"u8))
                        {
                            r.Read();
                            id = Slice(ref r, body);
                        }
                        else if (r.ValueTextEquals("name"u8))
                        {
                            r.Read();
                            name = Slice(ref r, body);
                        }
                        else if (r.ValueTextEquals("arguments"u8))
                        {
                            r.Read();
                            arguments = Slice(ref r, body);
                        }
                        else
                        {
                            r.Read();
                            r.Skip();
                        }
                    }

                    if (call)
                    {
                        result.Add(new LimitCall(id, name, arguments));
                    }
                }
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }

        return result;
    }

    public static LimitResult Anthropic(byte[] body)
    {
        var result = new LimitResult();
        var r = new Utf8JsonReader(body);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("stop_reason"u8))
            {
                r.Read();
                result.FinishReason = Slice(ref r, body);
            }
            else if (r.ValueTextEquals("content"u8))
            {
                r.Read();
                while (r.Read() && r.TokenType == JsonTokenType.StartObject)
                {
                    var call = false;
                    ReadOnlyMemory<byte> id = default, name = default, input = default;
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        if (r.ValueTextEquals("type"u8))
                        {
                            r.Read();
                            call = r.ValueTextEquals("tool_use"u8);
                        }
                        else if (r.ValueTextEquals("id"u8))
                        {
                            r.Read();
                            id = Slice(ref r, body);
                        }
                        else if (r.ValueTextEquals("name"u8))
                        {
                            r.Read();
                            name = Slice(ref r, body);
                        }
                        else if (r.ValueTextEquals("input"u8))
                        {
                            r.Read();
                            input = Raw(ref r, body);
                        }
                        else
                        {
                            r.Read();
                            r.Skip();
                        }
                    }

                    if (call)
                    {
                        result.Add(new LimitCall(id, name, input));
                    }
                }
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }

        return result;
    }

    public static LimitResult Gemini(byte[] body)
    {
        var result = new LimitResult();
        var r = new Utf8JsonReader(body);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (!r.ValueTextEquals("candidates"u8))
            {
                r.Read();
                r.Skip();
                continue;
            }

            r.Read();
            var first = true;
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (!first)
                {
                    r.Skip();
                    continue;
                }

                first = false;
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    if (r.ValueTextEquals("finishReason"u8))
                    {
                        r.Read();
                        result.FinishReason = Slice(ref r, body);
                    }
                    else if (r.ValueTextEquals("content"u8))
                    {
                        r.Read();
                        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                        {
                            if (r.ValueTextEquals("parts"u8))
                            {
                                r.Read();
                                GeminiParts(ref r, body, result);
                            }
                            else
                            {
                                r.Read();
                                r.Skip();
                            }
                        }
                    }
                    else
                    {
                        r.Read();
                        r.Skip();
                    }
                }
            }
        }

        return result;
    }

    private static void GeminiParts(ref Utf8JsonReader r, byte[] body, LimitResult result)
    {
        while (r.Read() && r.TokenType == JsonTokenType.StartObject)
        {
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                if (!r.ValueTextEquals("functionCall"u8))
                {
                    r.Read();
                    r.Skip();
                    continue;
                }

                r.Read();
                ReadOnlyMemory<byte> id = default, name = default, args = default;
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    if (r.ValueTextEquals("id"u8))
                    {
                        r.Read();
                        id = Slice(ref r, body);
                    }
                    else if (r.ValueTextEquals("name"u8))
                    {
                        r.Read();
                        name = Slice(ref r, body);
                    }
                    else if (r.ValueTextEquals("args"u8))
                    {
                        r.Read();
                        args = Raw(ref r, body);
                    }
                    else
                    {
                        r.Read();
                        r.Skip();
                    }
                }

                result.Add(new LimitCall(id, name, args));
            }
        }
    }

    /// <summary>A string's UTF-8: a slice of the body when it has no escape, else unescaped into its own array.</summary>
    internal static ReadOnlyMemory<byte> Slice(ref Utf8JsonReader r, byte[] body)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            return default;
        }

        if (!r.ValueIsEscaped)
        {
            return body.AsMemory((int)r.TokenStartIndex + 1, r.ValueSpan.Length);
        }

        var bytes = new byte[r.ValueSpan.Length];
        return bytes.AsMemory(0, r.CopyString(bytes));
    }

    /// <summary>An object or array's raw bytes, as a slice of the body (the reader is left on its end token).</summary>
    internal static ReadOnlyMemory<byte> Raw(ref Utf8JsonReader r, byte[] body)
    {
        var start = (int)r.TokenStartIndex;
        r.Skip();
        return body.AsMemory(start, (int)r.BytesConsumed - start);
    }
}
