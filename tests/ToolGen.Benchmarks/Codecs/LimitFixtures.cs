using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The bodies of the <c>codecs-limit</c> stage: for each provider a non-streamed response with <see cref="Count"/> tool
/// calls and usage, and an SSE stream of a turn with a short text and the same calls (arguments split into 6-character
/// fragments, as the services send a few tokens per event). The envelopes are those of <see cref="CodecFixtures"/>
/// (each provider's API reference, ../shared/wire-formats.md); the arguments cycle through four shapes with a few
/// properties, numbers, arrays, escaped quotes, backslashes and newlines, and non-ASCII text (Latin, CJK, an emoji).
/// </summary>
internal static class LimitFixtures
{
    public const int Count = 40;
    public const string Text = "Let me look all of that up.";

    /// <summary>The calls every reader must extract, in order: (name, arguments); ids come from <see cref="Id"/>.</summary>
    public static readonly (string Name, string Arguments)[] Calls = BuildCalls();

    public static string Id(string prefix, int i) => prefix + i.ToString("D2", CultureInfo.InvariantCulture) + "xK9fQ2";

    public static readonly byte[] ChatCompletions = Utf8(
        "{\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":\"chat.completion\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\"," +
        "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" +
        Join(i => "{\"id\":\"" + Id("call_", i) + "\",\"type\":\"function\",\"function\":{\"name\":\"" + Calls[i].Name + "\",\"arguments\":" + Str(Calls[i].Arguments) + "}}") + "]," +
        "\"refusal\":null,\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}]," +
        "\"usage\":{\"prompt_tokens\":412,\"completion_tokens\":1861,\"total_tokens\":2273," +
        "\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0}," +
        "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}," +
        "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_f9f4fb6dbf\"}");

    public static readonly byte[] Responses = Utf8(
        "{\"id\":\"resp_67ccd2bed1ec8190b14f964abc054267\",\"object\":\"response\",\"created_at\":1741476542,\"status\":\"completed\"," +
        "\"error\":null,\"incomplete_details\":null,\"model\":\"gpt-4.1-2025-04-14\",\"output\":[" + Join(ResponsesCall) + "]," +
        "\"parallel_tool_calls\":true,\"tool_choice\":\"auto\",\"tools\":[],\"store\":true,\"temperature\":1.0,\"top_p\":1.0,\"truncation\":\"disabled\"," +
        "\"usage\":{\"input_tokens\":412,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":1861,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":2273}}");

    public static readonly byte[] Anthropic = Utf8(
        "{\"id\":\"msg_01Aq9w938a90dw8q\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[" +
        Join(i => "{\"type\":\"tool_use\",\"id\":\"" + Id("toolu_", i) + "\",\"name\":\"" + Calls[i].Name + "\",\"input\":" + Calls[i].Arguments + "}") + "]," +
        "\"stop_reason\":\"tool_use\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":412,\"output_tokens\":1861}}");

    public static readonly byte[] Gemini = Utf8(
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[" + Join(GeminiPart) + "]}," +
        "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":412,\"candidatesTokenCount\":1861,\"totalTokenCount\":2273}," +
        "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"abc\"}");

    public static readonly byte[] ChatCompletionsStream = Utf8(Sse(ChatChunks()));
    public static readonly byte[] ResponsesStream = Utf8(Sse(ResponsesEvents()));
    public static readonly byte[] AnthropicStream = Utf8(Sse(AnthropicEvents()));
    public static readonly byte[] GeminiStream = Utf8(Sse(GeminiChunks()));

    private static (string Name, string Arguments)[] BuildCalls()
    {
        var calls = new (string, string)[Count];
        for (var i = 0; i < Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            calls[i] = (i % 4) switch
            {
                0 => ("get_weather", "{\"city\":\"São Paulo " + n + "\",\"unit\":\"Celsius\",\"days\":" + (i % 7 + 1) + "}"),
                1 => ("search_products", "{\"query\":\"noise \\\"cancelling\\\" headphones " + n + "\",\"max_price\":199.99,\"tags\":[\"wireless\",\"over-ear\"],\"in_stock\":true}"),
                2 => ("book_table", "{\"restaurant\":\"Café Zürich\",\"party\":" + (i % 6 + 2) + ",\"time\":\"2025-03-10T19:30:00\",\"notes\":\"window seat — 窓側の席\\nC:\\\\menu " + n + " 🍣\"}"),
                _ => ("get_stock_price", "{\"symbol\":\"MSFT\",\"exchange\":\"NASDAQ\",\"ref\":" + n + "}"),
            };
        }

        return calls;
    }

    private static string ResponsesCall(int i) => ResponsesCall(i, "completed", Calls[i].Arguments);

    private static string ResponsesCall(int i, string status, string args) =>
        "{\"type\":\"function_call\",\"id\":\"" + Id("fc_", i) + "\",\"call_id\":\"" + Id("call_", i) + "\",\"name\":\"" + Calls[i].Name + "\",\"arguments\":" + Str(args) + ",\"status\":\"" + status + "\"}";

    private static string GeminiPart(int i) => "{\"functionCall\":{\"id\":\"" + Id("g", i) + "\",\"name\":\"" + Calls[i].Name + "\",\"args\":" + Calls[i].Arguments + "}}";

    private static IEnumerable<(string? Event, string Data)> ChatChunks()
    {
        const string Head = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_f9f4fb6dbf\",\"choices\":[{\"index\":0,\"delta\":";
        static string Chunk(string delta, string? finish = null) =>
            Head + delta + ",\"logprobs\":null,\"finish_reason\":" + (finish is null ? "null" : "\"" + finish + "\"") + "}],\"usage\":null}";

        yield return (null, Chunk("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}"));
        foreach (var piece in Pieces(Text, 6))
        {
            yield return (null, Chunk("{\"content\":" + Str(piece) + "}"));
        }

        for (var i = 0; i < Count; i++)
        {
            yield return (null, Chunk("{\"tool_calls\":[{\"index\":" + i + ",\"id\":\"" + Id("call_", i) + "\",\"type\":\"function\",\"function\":{\"name\":\"" + Calls[i].Name + "\",\"arguments\":\"\"}}]}"));
            foreach (var piece in Pieces(Calls[i].Arguments, 6))
            {
                yield return (null, Chunk("{\"tool_calls\":[{\"index\":" + i + ",\"function\":{\"arguments\":" + Str(piece) + "}}]}"));
            }
        }

        yield return (null, Chunk("{}", "tool_calls"));
        yield return (null, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_f9f4fb6dbf\",\"choices\":[],\"usage\":{\"prompt_tokens\":412,\"completion_tokens\":1861,\"total_tokens\":2273}}");
        yield return (null, "[DONE]");
    }

    private static IEnumerable<(string? Event, string Data)> ResponsesEvents()
    {
        var seq = 0;
        (string?, string) E(string type, string rest) => (type, "{\"type\":\"" + type + "\",\"sequence_number\":" + seq++ + "," + rest + "}");
        const string Response = "\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1741476542,\"model\":\"gpt-4.1-2025-04-14\",\"error\":null,\"incomplete_details\":null,\"parallel_tool_calls\":true,\"tool_choice\":\"auto\",\"tools\":[]";
        var message = "{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":" + Str(Text) + ",\"annotations\":[]}]}";

        yield return E("response.created", "\"response\":{" + Response + ",\"status\":\"in_progress\",\"output\":[],\"usage\":null}");
        yield return E("response.output_item.added", "\"output_index\":0,\"item\":{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}");
        yield return E("response.content_part.added", "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]}");
        foreach (var piece in Pieces(Text, 6))
        {
            yield return E("response.output_text.delta", "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":" + Str(piece));
        }

        yield return E("response.output_text.done", "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"text\":" + Str(Text));
        yield return E("response.content_part.done", "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":" + Str(Text) + ",\"annotations\":[]}");
        yield return E("response.output_item.done", "\"output_index\":0,\"item\":" + message);
        for (var i = 0; i < Count; i++)
        {
            var output = i + 1;
            yield return E("response.output_item.added", "\"output_index\":" + output + ",\"item\":" + ResponsesCall(i, "in_progress", string.Empty));
            foreach (var piece in Pieces(Calls[i].Arguments, 6))
            {
                yield return E("response.function_call_arguments.delta", "\"item_id\":\"" + Id("fc_", i) + "\",\"output_index\":" + output + ",\"delta\":" + Str(piece));
            }

            yield return E("response.function_call_arguments.done", "\"item_id\":\"" + Id("fc_", i) + "\",\"output_index\":" + output + ",\"arguments\":" + Str(Calls[i].Arguments));
            yield return E("response.output_item.done", "\"output_index\":" + output + ",\"item\":" + ResponsesCall(i));
        }

        yield return E("response.completed", "\"response\":{" + Response + ",\"status\":\"completed\",\"output\":[" + message + "," + Join(ResponsesCall) + "]," +
            "\"usage\":{\"input_tokens\":412,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":1861,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":2273}}");
    }

    private static IEnumerable<(string? Event, string Data)> AnthropicEvents()
    {
        yield return ("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":412,\"output_tokens\":1}}}");
        yield return ("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
        yield return ("ping", "{\"type\":\"ping\"}");
        foreach (var piece in Pieces(Text, 6))
        {
            yield return ("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":" + Str(piece) + "}}");
        }

        yield return ("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        for (var i = 0; i < Count; i++)
        {
            var index = i + 1;
            yield return ("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index + ",\"content_block\":{\"type\":\"tool_use\",\"id\":\"" + Id("toolu_", i) + "\",\"name\":\"" + Calls[i].Name + "\",\"input\":{}}}");
            yield return ("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}");
            foreach (var piece in Pieces(Calls[i].Arguments, 6))
            {
                yield return ("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":" + Str(piece) + "}}");
            }

            yield return ("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
        }

        yield return ("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":1861}}");
        yield return ("message_stop", "{\"type\":\"message_stop\"}");
    }

    private static IEnumerable<(string? Event, string Data)> GeminiChunks()
    {
        const string Tail = "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"abc\"}";
        foreach (var piece in Pieces(Text, 12))
        {
            yield return (null, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":" + Str(piece) + "}]},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":412,\"totalTokenCount\":412}," + Tail);
        }

        // Gemini streams calls whole; a long turn spreads them over several chunks (here 8 calls a chunk), the last with the finish reason.
        for (var from = 0; from < Count; from += 8)
        {
            var last = from + 8 >= Count;
            var parts = new StringBuilder();
            for (var i = from; i < Math.Min(Count, from + 8); i++)
            {
                parts.Append(i > from ? "," : string.Empty).Append(GeminiPart(i));
            }

            yield return (null, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[" + parts + "]}," + (last ? "\"finishReason\":\"STOP\"," : string.Empty) + "\"index\":0}]," +
                "\"usageMetadata\":{\"promptTokenCount\":412" + (last ? ",\"candidatesTokenCount\":1861,\"totalTokenCount\":2273" : ",\"totalTokenCount\":412") + "}," + Tail);
        }
    }

    private static string Join(Func<int, string> item)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            text.Append(i > 0 ? "," : string.Empty).Append(item(i));
        }

        return text.ToString();
    }

    // Split by UTF-16 code unit, but never between the two halves of a surrogate pair (the services split by token).
    private static IEnumerable<string> Pieces(string text, int size)
    {
        for (var at = 0; at < text.Length;)
        {
            var length = Math.Min(size, text.Length - at);
            if (at + length < text.Length && char.IsHighSurrogate(text[at + length - 1]))
            {
                length++;
            }

            yield return text.Substring(at, length);
            at += length;
        }
    }

    private static string Sse(IEnumerable<(string? Event, string Data)> events) => CodecFixtures.Sse(events);

    private static string Str(string value) => CodecFixtures.Str(value);

    private static byte[] Utf8(string text) => CodecFixtures.Utf8(text);
}
