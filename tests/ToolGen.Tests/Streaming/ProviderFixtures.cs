using ToolGen.Streaming;
using static ToolGen.Tests.Streaming.ChatCompletionsFixtures;

namespace ToolGen.Tests.Streaming;

/// <summary>One rich stream per provider (reasoning, multi-byte text, two calls), for the chunking property.</summary>
internal static class ProviderFixtures
{
    public static IEnumerable<string> Names => new[] { "chat", "anthropic", "responses", "gemini", "gemini-array", "gemini-parts" };

    public static (Func<ChatStreamReader> Create, string Body) For(string provider) => provider switch
    {
        "chat" => (() => new ChatCompletionsStreamReader(), StreamKit.Sse(
            "\r\n",
            Chunk("{\"reasoning_content\":\"Hmm, 天気.\"}"),
            Chunk(Text("Checking 🌍 ")),
            Chunk(Calls(Fragment(0, "a", "get_weather", "{\"city\":"))),
            Chunk(Calls(Fragment(0, arguments: "\"Zürich\"}"))),
            Chunk(Calls(Fragment(0, "b", "get_time", ""))),
            Chunk(Calls(Fragment(1, arguments: "{\"tz\":\"CET\"}"))),
            Chunk("{}", "tool_calls"),
            Done)),
        "anthropic" => (() => new AnthropicStreamReader(), AnthropicStreamReaderTests.ToolUseStream.Replace("San Francisco", "Zürich 🌍", StringComparison.Ordinal)),
        "responses" => (() => new ResponsesStreamReader(), ResponsesStreamReaderTests.DocumentedStream.Replace("Paris", "Zürich 🌍", StringComparison.Ordinal)),
        "gemini" => (() => new GeminiStreamReader(), GeminiStreamReaderTests.DocumentedStream.Replace("Paris", "Zürich 🌍", StringComparison.Ordinal)),
        "gemini-array" => (() => new GeminiStreamReader(), "[" + string.Join(
            ",\r\n",
            GeminiStreamReaderTests.DocumentedStream.Split("\r\n\r\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e.Substring("data: ".Length))) + "]"),
        "gemini-parts" => (() => new GeminiStreamReader(), GeminiStreamReaderTests.PartialStream),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
