using System;
using System.Text.Json;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>The Anthropic and Gemini event readers of the stream limit (see <see cref="LimitStreams"/>).</summary>
internal static partial class LimitStreams
{
    private static void AnthropicEvent(ReadOnlySpan<byte> data, LimitAccumulator acc)
    {
        var r = new Utf8JsonReader(data);
        r.Read();
        r.Read();
        r.Read();
        var start = r.ValueTextEquals("content_block_start"u8);
        var delta = !start && r.ValueTextEquals("content_block_delta"u8);
        var message = !start && !delta && r.ValueTextEquals("message_delta"u8);
        var index = -1;
        var text = false;
        var toolUse = false;
        (int, int) piece = default, id = default, name = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if ((start || delta) && r.ValueTextEquals("index"u8))
            {
                r.Read();
                index = r.GetInt32();
            }
            else if ((start && r.ValueTextEquals("content_block"u8)) || ((delta || message) && r.ValueTextEquals("delta"u8)))
            {
                r.Read();
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    if (r.ValueTextEquals("type"u8))
                    {
                        r.Read();
                        text = r.ValueTextEquals("text_delta"u8);
                        toolUse = r.ValueTextEquals("tool_use"u8);
                    }
                    else if ((delta && (r.ValueTextEquals("text"u8) || r.ValueTextEquals("partial_json"u8))) || (message && r.ValueTextEquals("stop_reason"u8)))
                    {
                        r.Read();
                        piece = r.TokenType == JsonTokenType.String ? acc.String(ref r) : default;
                    }
                    else if (start && r.ValueTextEquals("id"u8))
                    {
                        r.Read();
                        id = acc.String(ref r);
                    }
                    else if (start && r.ValueTextEquals("name"u8))
                    {
                        r.Read();
                        name = acc.String(ref r);
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

        // Each call keeps its block index; a delta finds its call by that index (searched from the newest call).
        if (start && toolUse)
        {
            acc.StartCall(id, name, index);
        }
        else if (delta && text)
        {
            acc.Text(piece);
        }
        else if (delta && acc.Find(index) is var call and >= 0)
        {
            acc.Argument(call, piece);
        }
        else if (message)
        {
            acc.Finish(piece);
        }
    }

    private static void GeminiEvent(ReadOnlySpan<byte> data, LimitAccumulator acc)
    {
        var r = new Utf8JsonReader(data);
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
                        acc.Finish(acc.String(ref r));
                    }
                    else if (r.ValueTextEquals("content"u8))
                    {
                        r.Read();
                        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                        {
                            if (r.ValueTextEquals("parts"u8))
                            {
                                r.Read();
                                GeminiParts(ref r, data, acc);
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
    }

    private static void GeminiParts(ref Utf8JsonReader r, ReadOnlySpan<byte> data, LimitAccumulator acc)
    {
        while (r.Read() && r.TokenType == JsonTokenType.StartObject)
        {
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                if (r.ValueTextEquals("text"u8))
                {
                    r.Read();
                    acc.Text(acc.String(ref r));
                }
                else if (r.ValueTextEquals("functionCall"u8))
                {
                    r.Read();
                    (int, int) id = default, name = default, args = default;
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        if (r.ValueTextEquals("id"u8))
                        {
                            r.Read();
                            id = acc.String(ref r);
                        }
                        else if (r.ValueTextEquals("name"u8))
                        {
                            r.Read();
                            name = acc.String(ref r);
                        }
                        else if (r.ValueTextEquals("args"u8))
                        {
                            r.Read();
                            var from = (int)r.TokenStartIndex;
                            r.Skip();
                            args = acc.Raw(data.Slice(from, (int)r.BytesConsumed - from));
                        }
                        else
                        {
                            r.Read();
                            r.Skip();
                        }
                    }

                    acc.Argument(acc.StartCall(id, name), args);
                }
                else
                {
                    r.Read();
                    r.Skip();
                }
            }
        }
    }
}
