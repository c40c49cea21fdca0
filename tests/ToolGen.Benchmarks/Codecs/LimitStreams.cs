using System;
using System.Text.Json;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The limit for a stream: SSE framing by line (single-line <c>data:</c> fields, as all four services send; <c>event:</c>
/// lines ignored, <c>[DONE]</c> skipped), one <see cref="Utf8JsonReader"/> pass over each event's data, and a
/// <see cref="LimitAccumulator"/> keeping the calls, the text and the finish reason. Events are dispatched on their
/// <c>type</c> read as the first property, as OpenAI and Anthropic send it (the codecs do not rely on the order, so
/// this is a little optimistic); the rest of every event is still read (skipped, so tokenized and validated). Chat
/// Completions calls are accumulated by <c>index</c> alone (the codec also matches ids, for servers that bend the
/// format); Responses calls are taken whole from <c>output_item.done</c> (the argument deltas are skipped); Anthropic
/// inputs are the concatenated <c>partial_json</c> fragments; Gemini <c>args</c> are copied raw. No usage is read.
/// </summary>
internal static partial class LimitStreams
{
    private delegate void EventReader(ReadOnlySpan<byte> data, LimitAccumulator acc);

    public static LimitResult Chat(byte[] body) => Frame(body, ChatEvent);

    public static LimitResult Responses(byte[] body) => Frame(body, ResponsesEvent);

    public static LimitResult Anthropic(byte[] body) => Frame(body, AnthropicEvent);

    public static LimitResult Gemini(byte[] body) => Frame(body, GeminiEvent);

    private static LimitResult Frame(byte[] body, EventReader read)
    {
        var acc = new LimitAccumulator();
        var rest = body.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest.Slice(0, end);
            rest = end < 0 ? default : rest.Slice(end + 1);
            if (line.StartsWith("data:"u8))
            {
                var data = line.Slice(line.Length > 5 && line[5] == (byte)' ' ? 6 : 5);
                if (!data.SequenceEqual("[DONE]"u8))
                {
                    read(data, acc);
                }
            }
        }

        return acc.Complete();
    }

    private static void ChatEvent(ReadOnlySpan<byte> data, LimitAccumulator acc)
    {
        var r = new Utf8JsonReader(data);
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
                    if (r.ValueTextEquals("delta"u8))
                    {
                        r.Read();
                        ChatDelta(ref r, acc);
                    }
                    else if (r.ValueTextEquals("finish_reason"u8))
                    {
                        r.Read();
                        if (r.TokenType == JsonTokenType.String)
                        {
                            acc.Finish(acc.String(ref r));
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

    private static void ChatDelta(ref Utf8JsonReader r, LimitAccumulator acc)
    {
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("content"u8))
            {
                r.Read();
                if (r.TokenType == JsonTokenType.String)
                {
                    acc.Text(acc.String(ref r));
                }
            }
            else if (r.ValueTextEquals("tool_calls"u8))
            {
                r.Read();
                while (r.Read() && r.TokenType == JsonTokenType.StartObject)
                {
                    // Fields in any order: copied as they come, applied to the call of `index` at the object's end.
                    var index = 0;
                    (int, int) id = (-1, 0), name = (-1, 0), arguments = (-1, 0);
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        if (r.ValueTextEquals("index"u8))
                        {
                            r.Read();
                            index = r.GetInt32();
                        }
                        else if (r.ValueTextEquals("id"u8))
                        {
                            r.Read();
                            id = acc.String(ref r);
                        }
                        else if (r.ValueTextEquals("function"u8))
                        {
                            r.Read();
                            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                            {
                                if (r.ValueTextEquals("name"u8))
                                {
                                    r.Read();
                                    name = acc.String(ref r);
                                }
                                else if (r.ValueTextEquals("arguments"u8))
                                {
                                    r.Read();
                                    arguments = acc.String(ref r);
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

                    while (acc.CallCount <= index)
                    {
                        acc.StartCall((0, 0), (0, 0));
                    }

                    if (id.Item1 >= 0)
                    {
                        acc.SetId(index, id);
                    }

                    if (name.Item1 >= 0)
                    {
                        acc.SetName(index, name);
                    }

                    if (arguments.Item1 >= 0)
                    {
                        acc.Argument(index, arguments);
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

    private static void ResponsesEvent(ReadOnlySpan<byte> data, LimitAccumulator acc)
    {
        var r = new Utf8JsonReader(data);
        r.Read();
        r.Read();
        r.Read();
        var delta = r.ValueTextEquals("response.output_text.delta"u8);
        var done = !delta && r.ValueTextEquals("response.output_item.done"u8);
        var completed = !delta && !done && r.ValueTextEquals("response.completed"u8);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (delta && r.ValueTextEquals("delta"u8))
            {
                r.Read();
                acc.Text(acc.String(ref r));
            }
            else if (done && r.ValueTextEquals("item"u8))
            {
                r.Read();
                var call = false;
                (int, int) id = default, name = default, arguments = default;
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
                        id = acc.String(ref r);
                    }
                    else if (r.ValueTextEquals("name"u8))
                    {
                        r.Read();
                        name = acc.String(ref r);
                    }
                    else if (r.ValueTextEquals("arguments"u8))
                    {
                        r.Read();
                        arguments = acc.String(ref r);
                    }
                    else
                    {
                        r.Read();
                        r.Skip();
                    }
                }

                if (call)
                {
                    acc.Argument(acc.StartCall(id, name), arguments);
                }
            }
            else if (completed && r.ValueTextEquals("response"u8))
            {
                r.Read();
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    if (r.ValueTextEquals("status"u8))
                    {
                        r.Read();
                        acc.Finish(acc.String(ref r));
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
