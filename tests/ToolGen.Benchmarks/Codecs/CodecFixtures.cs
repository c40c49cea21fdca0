using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The response bodies the <c>codecs</c> stage reads: for each provider one non-streamed response with two tool calls
/// (<c>get_weather</c> and <c>search_products</c> of <see cref="Calls"/>) and usage, and one recorded SSE stream of a turn
/// with a short text and the same two calls. Shapes follow each provider's API reference (../shared/wire-formats.md);
/// the streams split text and arguments into small fragments, as the services do (a few tokens per event).
/// </summary>
internal static class CodecFixtures
{
    public const string Text = "Let me check the weather and the catalog.";
    public static readonly CallSample First = Calls.Weather;
    public static readonly CallSample Second = Calls.SearchProducts;

    /// <summary>The calls every reader must extract, in order: (id, name, arguments).</summary>
    public static (string Id, string Name, string Arguments)[] Expected(string firstId, string secondId) =>
        [(firstId, First.Name, First.ArgumentsJson), (secondId, Second.Name, Second.ArgumentsJson)];

    // ------------------------------------------------------------------ non-streamed

    public static readonly byte[] ChatCompletions = Utf8(
        "{\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":\"chat.completion\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\"," +
        "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" +
        "{\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":" + Str(First.ArgumentsJson) + "}}," +
        "{\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"search_products\",\"arguments\":" + Str(Second.ArgumentsJson) + "}}]," +
        "\"refusal\":null,\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}]," +
        "\"usage\":{\"prompt_tokens\":412,\"completion_tokens\":61,\"total_tokens\":473," +
        "\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0}," +
        "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}," +
        "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_f9f4fb6dbf\"}");

    public static readonly byte[] Responses = Utf8(
        "{\"id\":\"resp_67ccd2bed1ec8190b14f964abc054267\",\"object\":\"response\",\"created_at\":1741476542,\"status\":\"completed\"," +
        "\"error\":null,\"incomplete_details\":null,\"model\":\"gpt-4.1-2025-04-14\",\"output\":[" +
        "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_a\",\"name\":\"get_weather\",\"arguments\":" + Str(First.ArgumentsJson) + ",\"status\":\"completed\"}," +
        "{\"type\":\"function_call\",\"id\":\"fc_2\",\"call_id\":\"call_b\",\"name\":\"search_products\",\"arguments\":" + Str(Second.ArgumentsJson) + ",\"status\":\"completed\"}]," +
        "\"parallel_tool_calls\":true,\"tool_choice\":\"auto\",\"tools\":[],\"store\":true,\"temperature\":1.0,\"top_p\":1.0,\"truncation\":\"disabled\"," +
        "\"usage\":{\"input_tokens\":412,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":61,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":473}}");

    public static readonly byte[] Anthropic = Utf8(
        "{\"id\":\"msg_01Aq9w938a90dw8q\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\"," +
        "\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_a\",\"name\":\"get_weather\",\"input\":" + First.ArgumentsJson + "}," +
        "{\"type\":\"tool_use\",\"id\":\"toolu_b\",\"name\":\"search_products\",\"input\":" + Second.ArgumentsJson + "}]," +
        "\"stop_reason\":\"tool_use\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":412,\"output_tokens\":61}}");

    public static readonly byte[] Gemini = Utf8(
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[" +
        "{\"functionCall\":{\"id\":\"g1\",\"name\":\"get_weather\",\"args\":" + First.ArgumentsJson + "}}," +
        "{\"functionCall\":{\"id\":\"g2\",\"name\":\"search_products\",\"args\":" + Second.ArgumentsJson + "}}]}," +
        "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":412,\"candidatesTokenCount\":61,\"totalTokenCount\":473}," +
        "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"abc\"}");

    // ------------------------------------------------------------------ streamed

    public static readonly byte[] ChatCompletionsStream = Utf8(Sse(ChatChunks()));

    public static readonly byte[] ResponsesStream = Utf8(Sse(ResponsesEvents()));

    public static readonly byte[] AnthropicStream = Utf8(Sse(AnthropicEvents()));

    public static readonly byte[] GeminiStream = Utf8(Sse(GeminiChunks()));

    /// <summary>The data of each event of an SSE body, split as plain text (what an SDK's SSE reader hands its parser).</summary>
    public static List<byte[]> EventData(byte[] body)
    {
        var events = new List<byte[]>();
        foreach (var block in Encoding.UTF8.GetString(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal) && line != "data: [DONE]")
                {
                    events.Add(Encoding.UTF8.GetBytes(line.Substring(6)));
                }
            }
        }

        return events;
    }

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

        var index = 0;
        foreach (var (id, sample) in new[] { ("call_a", First), ("call_b", Second) })
        {
            yield return (null, Chunk("{\"tool_calls\":[{\"index\":" + index + ",\"id\":\"" + id + "\",\"type\":\"function\",\"function\":{\"name\":\"" + sample.Name + "\",\"arguments\":\"\"}}]}"));
            foreach (var piece in Pieces(sample.ArgumentsJson, 6))
            {
                yield return (null, Chunk("{\"tool_calls\":[{\"index\":" + index + ",\"function\":{\"arguments\":" + Str(piece) + "}}]}"));
            }

            index++;
        }

        yield return (null, Chunk("{}", "tool_calls"));
        yield return (null, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_f9f4fb6dbf\",\"choices\":[],\"usage\":{\"prompt_tokens\":412,\"completion_tokens\":61,\"total_tokens\":473}}");
        yield return (null, "[DONE]");
    }

    private static IEnumerable<(string? Event, string Data)> ResponsesEvents()
    {
        var seq = 0;
        (string?, string) E(string type, string rest) => (type, "{\"type\":\"" + type + "\",\"sequence_number\":" + seq++ + "," + rest + "}");
        const string Response = "\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1741476542,\"model\":\"gpt-4.1-2025-04-14\",\"error\":null,\"incomplete_details\":null,\"parallel_tool_calls\":true,\"tool_choice\":\"auto\",\"tools\":[]";
        var message = "{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":" + Str(Text) + ",\"annotations\":[]}]}";
        string Call(string id, string callId, CallSample s, string status, string args) =>
            "{\"type\":\"function_call\",\"id\":\"" + id + "\",\"call_id\":\"" + callId + "\",\"name\":\"" + s.Name + "\",\"arguments\":" + Str(args) + ",\"status\":\"" + status + "\"}";

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
        var output = 1;
        foreach (var (id, callId, sample) in new[] { ("fc_1", "call_a", First), ("fc_2", "call_b", Second) })
        {
            yield return E("response.output_item.added", "\"output_index\":" + output + ",\"item\":" + Call(id, callId, sample, "in_progress", string.Empty));
            foreach (var piece in Pieces(sample.ArgumentsJson, 6))
            {
                yield return E("response.function_call_arguments.delta", "\"item_id\":\"" + id + "\",\"output_index\":" + output + ",\"delta\":" + Str(piece));
            }

            yield return E("response.function_call_arguments.done", "\"item_id\":\"" + id + "\",\"output_index\":" + output + ",\"arguments\":" + Str(sample.ArgumentsJson));
            yield return E("response.output_item.done", "\"output_index\":" + output + ",\"item\":" + Call(id, callId, sample, "completed", sample.ArgumentsJson));
            output++;
        }

        yield return E("response.completed", "\"response\":{" + Response + ",\"status\":\"completed\",\"output\":[" + message + "," +
            Call("fc_1", "call_a", First, "completed", First.ArgumentsJson) + "," + Call("fc_2", "call_b", Second, "completed", Second.ArgumentsJson) + "]," +
            "\"usage\":{\"input_tokens\":412,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":61,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":473}}");
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
        var index = 1;
        foreach (var (id, sample) in new[] { ("toolu_a", First), ("toolu_b", Second) })
        {
            yield return ("content_block_start", "{\"type\":\"content_block_start\",\"index\":" + index + ",\"content_block\":{\"type\":\"tool_use\",\"id\":\"" + id + "\",\"name\":\"" + sample.Name + "\",\"input\":{}}}");
            yield return ("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}");
            foreach (var piece in Pieces(sample.ArgumentsJson, 6))
            {
                yield return ("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":" + Str(piece) + "}}");
            }

            yield return ("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
            index++;
        }

        yield return ("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":61}}");
        yield return ("message_stop", "{\"type\":\"message_stop\"}");
    }

    private static IEnumerable<(string? Event, string Data)> GeminiChunks()
    {
        const string Tail = "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"abc\"}";
        foreach (var piece in Pieces(Text, 12))
        {
            yield return (null, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":" + Str(piece) + "}]},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":412,\"totalTokenCount\":412}," + Tail);
        }

        // Gemini streams each call whole, in the last chunk with the finish reason and the final usage.
        yield return (null, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[" +
            "{\"functionCall\":{\"id\":\"g1\",\"name\":\"get_weather\",\"args\":" + First.ArgumentsJson + "}}," +
            "{\"functionCall\":{\"id\":\"g2\",\"name\":\"search_products\",\"args\":" + Second.ArgumentsJson + "}}]}," +
            "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":412,\"candidatesTokenCount\":61,\"totalTokenCount\":473}," + Tail);
    }

    internal static string Sse(IEnumerable<(string? Event, string Data)> events)
    {
        var body = new StringBuilder();
        foreach (var (name, data) in events)
        {
            if (name is not null)
            {
                body.Append("event: ").Append(name).Append('\n');
            }

            body.Append("data: ").Append(data).Append("\n\n");
        }

        return body.ToString();
    }

    private static IEnumerable<string> Pieces(string text, int size)
    {
        for (var at = 0; at < text.Length; at += size)
        {
            yield return text.Substring(at, Math.Min(size, text.Length - at));
        }
    }

    // Escaped as the services escape: \" and \\, non-ASCII kept.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Str(string value) => JsonSerializer.Serialize(value, Relaxed);

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
