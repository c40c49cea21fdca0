using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ToolGen.Chat;
using ToolGen.Providers;
using ToolGen.Streaming;

namespace ToolGen.Tests.Chat;

/// <summary>
/// The loop's side of streaming, independent of any provider's reader: the body is read in buffers as it arrives and fed
/// to the codec's reader, updates are published as they come, and the turn is written back with the codec's
/// WriteAssistantTurn. A test codec with a one-line-per-event reader stands in for the provider readers.
/// </summary>
public class ChatLoopStreamPlumbingTests
{
    private readonly ScriptedChatHandler _server = new();
    private readonly ChatTools _tools = new();

    [Fact]
    public async Task The_body_is_fed_in_pieces_and_the_turn_is_written_back_as_the_codec_says()
    {
        _server
            .Then(_ => Stream("text:Let me check.\ncall:c1:get_weather:{\"city\":\"Paris\"}\nfinish:tool_calls\n"))
            .Then(_ => Stream("text:It is 18.5 \ntext:°C.\nfinish:stop\n"));
        var updates = new List<ChatStreamUpdate>();
        var loop = new ChatLoop(
            new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") },
            new LineCodec(),
            _tools,
            new ChatLoopOptions { Model = "m", Stream = true, StreamUpdate = updates.Add });

        var result = await loop.SendAsync("Weather?");

        Assert.Equal("It is 18.5 °C.", result.Text);
        Assert.Equal("stop", result.FinishReason);
        Assert.Equal("tool_calls", result.StepDetails[0].FinishReason);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
        Assert.Equal(
            new[] { "TextDelta", "ToolCall", "Finished", "TextDelta", "TextDelta", "Finished" },
            updates.Select(u => u.Kind.ToString()));

        var second = _server.Request(1).GetProperty("messages");
        var assistant = second[1];
        Assert.Equal("Let me check.", assistant.GetProperty("content").GetString());
        Assert.Equal("""{"city":"Paris"}""", assistant.GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments").GetString());
        Assert.Equal("c1", second[2].GetProperty("tool_call_id").GetString());
        Assert.True(_server.Request(0).GetProperty("stream").GetBoolean());
    }

    private static HttpResponseMessage Stream(string body) => new(HttpStatusCode.OK)
    {
        Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } },
    };

    /// <summary>Chat Completions in every verb but the stream, which is read by <see cref="LineReader"/>.</summary>
    private sealed class LineCodec : ChatCodec
    {
        private static readonly ChatCompletionsCodec Inner = ChatCompletionsCodec.Default;

        public override string Name => "lines";

        public override string GetRequestPath(string model, bool stream) => Inner.GetRequestPath(model, stream);

        public override void AddHeaders(HttpRequestHeaders headers, string? apiKey) => Inner.AddHeaders(headers, apiKey);

        protected override void WriteRequestCore(Utf8JsonWriter writer, ChatRequest request) => Inner.WriteRequest(writer, request);

        protected override void WriteToolsCore(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict) => Inner.WriteTools(writer, tools, strict);

        protected override void WriteAnswerFormatCore(Utf8JsonWriter writer, ChatAnswerFormat format) => Inner.WriteAnswerFormat(writer, format);

        protected override string WriteUserMessageCore(string text) => Inner.WriteUserMessage(text);

        public override ChatTurn ReadResponse(ReadOnlySpan<byte> body) => Inner.ReadResponse(body);

        protected override IReadOnlyList<string> WriteAssistantTurnCore(string? text, IReadOnlyList<ToolCall> calls) => Inner.WriteAssistantTurn(text, calls);

        protected override IReadOnlyList<string> WriteToolResultsCore(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results) => Inner.WriteToolResults(calls, results);

        public override ChatStreamReader CreateStreamReader() => new LineReader();
    }

    /// <summary>One event per line: <c>text:…</c>, <c>call:id:name:args</c>, <c>finish:reason</c>; bytes may be cut anywhere.</summary>
    private sealed class LineReader : ChatStreamReader
    {
        private readonly List<byte> _pending = new();

        protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates)
        {
            foreach (var b in bytes)
            {
                if (b != (byte)'\n')
                {
                    _pending.Add(b);
                    continue;
                }

                var line = Encoding.UTF8.GetString(_pending.ToArray());
                _pending.Clear();
                var colon = line.IndexOf(':');
                var value = line.Substring(colon + 1);
                switch (line.Substring(0, colon))
                {
                    case "text":
                        EmitText(value, updates);
                        break;
                    case "call":
                        var parts = value.Split(':', 3);
                        EmitCall(new ToolCall(parts[0], parts[1], parts[2]), updates);
                        break;
                    default:
                        SetFinishReason(value);
                        break;
                }
            }
        }

        protected override void OnComplete(ICollection<ChatStreamUpdate> updates)
        {
        }
    }
}
