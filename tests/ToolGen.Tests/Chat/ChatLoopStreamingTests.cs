using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ToolGen.Chat;
using ToolGen.Providers;
using ToolGen.Streaming;

namespace ToolGen.Tests.Chat;

/// <summary>
/// The loop's streaming path over each codec, against scripted server-sent-event bodies served in 7-byte reads.
/// NOTE FOR THE MERGE: these tests need the real stream readers of branch h15-stream (ChatCompletionsStreamReader,
/// ResponsesStreamReader, AnthropicStreamReader, GeminiStreamReader); with the placeholders of
/// src/ToolGen/Streaming/StreamReaderPlaceholders.cs they fail with NotSupportedException.
/// </summary>
public class ChatLoopStreamingTests
{
    private readonly ScriptedChatHandler _server = new();
    private readonly ChatTools _tools = new();

    // platform.openai.com/docs/api-reference/chat-streaming ("The chat completion chunk object") and the function calling
    // guide's streaming section: the first tool_calls delta has index, id, type and name; later ones append arguments.
    private const string OpenAICall = """
        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_abc","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}]}

        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]},"finish_reason":null}]}

        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]},"finish_reason":null}]}

        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}

        data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}

        data: [DONE]


        """;

    private const string OpenAIAnswer = """
        data: {"id":"chatcmpl-2","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"It is 18.5 "},"finish_reason":null}]}

        data: {"id":"chatcmpl-2","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"°C in Paris."},"finish_reason":null}]}

        data: {"id":"chatcmpl-2","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

        data: [DONE]


        """;

    // platform.openai.com/docs/api-reference/responses-streaming: output_item.added, function_call_arguments.delta/done,
    // output_item.done, response.completed; text arrives as response.output_text.delta.
    private const string ResponsesCall = """
        event: response.output_item.added
        data: {"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"","status":"in_progress"}}

        event: response.function_call_arguments.delta
        data: {"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"{\"city\":"}

        event: response.function_call_arguments.delta
        data: {"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":0,"delta":"\"Paris\"}"}

        event: response.function_call_arguments.done
        data: {"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":0,"arguments":"{\"city\":\"Paris\"}"}

        event: response.output_item.done
        data: {"type":"response.output_item.done","output_index":0,"item":{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}","status":"completed"}}

        event: response.completed
        data: {"type":"response.completed","response":{"id":"resp_1","object":"response","status":"completed","output":[{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather","arguments":"{\"city\":\"Paris\"}","status":"completed"}],"usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15}}}


        """;

    private const string ResponsesAnswer = """
        event: response.output_text.delta
        data: {"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":"It is 18.5 "}

        event: response.output_text.delta
        data: {"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":"°C in Paris."}

        event: response.completed
        data: {"type":"response.completed","response":{"id":"resp_2","object":"response","status":"completed","output":[{"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"It is 18.5 °C in Paris.","annotations":[]}]}],"usage":{"input_tokens":20,"output_tokens":8,"total_tokens":28}}}


        """;

    // docs.anthropic.com/en/docs/build-with-claude/streaming ("Streaming request with tool use").
    private const string AnthropicCall = """
        event: message_start
        data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}

        event: content_block_start
        data: {"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{}}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"city\":"}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":" \"Paris\"}"}}

        event: content_block_stop
        data: {"type":"content_block_stop","index":0}

        event: message_delta
        data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":15}}

        event: message_stop
        data: {"type":"message_stop"}


        """;

    private const string AnthropicAnswer = """
        event: message_start
        data: {"type":"message_start","message":{"id":"msg_2","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":20,"output_tokens":1}}}

        event: content_block_start
        data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"It is 18.5 "}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"°C in Paris."}}

        event: content_block_stop
        data: {"type":"content_block_stop","index":0}

        event: message_delta
        data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":8}}

        event: message_stop
        data: {"type":"message_stop"}


        """;

    // ai.google.dev/api/generate-content#method:-models.streamgeneratecontent with alt=sse: each event a GenerateContentResponse.
    private const string GeminiCall = """
        data: {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"id":"g1","name":"get_weather","args":{"city":"Paris"}}}]},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5}}


        """;

    private const string GeminiAnswer = """
        data: {"candidates":[{"content":{"role":"model","parts":[{"text":"It is 18.5 "}]},"index":0}]}

        data: {"candidates":[{"content":{"role":"model","parts":[{"text":"°C in Paris."}]},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":20,"candidatesTokenCount":8}}


        """;

    public static TheoryData<string> Providers => ProviderScript.Names;

    private static (string Call, string Answer, string Id) Stream(string provider) => provider switch
    {
        "openai" => (OpenAICall, OpenAIAnswer, "call_abc"),
        "responses" => (ResponsesCall, ResponsesAnswer, "call_1"),
        "anthropic" => (AnthropicCall, AnthropicAnswer, "toolu_1"),
        _ => (GeminiCall, GeminiAnswer, "g1"),
    };

    private static HttpResponseMessage Sse(string body) => new(HttpStatusCode.OK)
    {
        Content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(body.Replace("\r\n", "\n")), 7))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("text/event-stream") },
        },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_streamed_call_is_run_and_the_streamed_answer_returned(string provider)
    {
        var script = ProviderScript.Get(provider);
        var (call, answer, id) = Stream(provider);
        _server.Then(_ => Sse(call)).Then(_ => Sse(answer));
        var updates = new List<ChatStreamUpdate>();
        var http = new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") };
        var loop = new ChatLoop(http, script.Codec, _tools, new ChatLoopOptions { Model = "test-model", Stream = true, StreamUpdate = updates.Add });

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal("It is 18.5 °C in Paris.", result.Text);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
        Assert.Equal(id, Assert.Single(result.Transcript).Call.Id);
        Assert.Equal(new[] { id }, script.ResultIds(_server.Request(1)));
        Assert.Equal("It is 18.5 °C in Paris.", string.Concat(updates.Where(u => u.Kind == ChatStreamUpdateKind.TextDelta).Select(u => u.Text)));
        Assert.Equal(2, updates.Count(u => u.Kind == ChatStreamUpdateKind.Finished));

        Assert.Equal(new Uri("http://model.test/v1/" + script.Codec.GetRequestPath("test-model", stream: true)), _server.Uris[0]);
        Assert.Equal("text/event-stream", _server.Headers[0]["Accept"]);
        if (provider != "gemini")
        {
            Assert.True(_server.Request(0).GetProperty("stream").GetBoolean());
        }

        // The streamed assistant turn is written back in the form each server accepts (Chat Completions: string arguments).
        if (provider == "openai")
        {
            var echoed = _server.Request(1).GetProperty("messages")[1].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments");
            Assert.Equal(System.Text.Json.JsonValueKind.String, echoed.ValueKind);
        }
    }

    // ai.google.dev/gemini-api/docs/thought-signatures: in a stream the signature rides on the functionCall part.
    private const string GeminiSignedCall = """
        data: {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"id":"g1","name":"get_weather","args":{"city":"Paris"}},"thoughtSignature":"c2lnLWdlbWluaQ=="}]},"finishReason":"STOP","index":0}]}


        """;

    // docs.anthropic.com/en/docs/build-with-claude/extended-thinking ("Streaming thinking"): thinking_delta then signature_delta.
    private const string AnthropicThinkingCall = """
        data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":10,"output_tokens":1}}}

        data: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}}

        data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Paris first."}}

        data: {"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM"}}

        data: {"type":"content_block_stop","index":0}

        data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{}}}

        data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"city\": \"Paris\"}"}}

        data: {"type":"content_block_stop","index":1}

        data: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":15}}

        data: {"type":"message_stop"}


        """;

    [Fact]
    public async Task Gemini_stream_sends_the_thought_signature_back_on_its_part()
    {
        _server.Then(_ => Sse(GeminiSignedCall)).Then(_ => Sse(GeminiAnswer));
        var loop = new ChatLoop(new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1beta/") }, GeminiCodec.Default, _tools, new ChatLoopOptions { Model = "m", Stream = true });

        await loop.SendAsync("Weather?");

        var part = _server.Request(1).GetProperty("contents")[1].GetProperty("parts")[0];
        Assert.Equal("c2lnLWdlbWluaQ==", part.GetProperty("thoughtSignature").GetString());
        Assert.Equal("g1", part.GetProperty("functionCall").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Anthropic_stream_sends_the_thinking_block_back_first()
    {
        _server.Then(_ => Sse(AnthropicThinkingCall)).Then(_ => Sse(AnthropicAnswer));
        var loop = new ChatLoop(new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") }, AnthropicCodec.Default, _tools, new ChatLoopOptions { Model = "m", Stream = true });

        await loop.SendAsync("Weather?");

        var content = _server.Request(1).GetProperty("messages")[1].GetProperty("content");
        Assert.Equal("thinking", content[0].GetProperty("type").GetString());
        Assert.Equal("Paris first.", content[0].GetProperty("thinking").GetString());
        Assert.Equal("EqQBCgIYAhIM", content[0].GetProperty("signature").GetString());
        Assert.Equal("tool_use", content[1].GetProperty("type").GetString());
        Assert.Equal("Paris", content[1].GetProperty("input").GetProperty("city").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Streams_over_a_socket_arrive_in_pieces_and_a_cut_stream_is_an_error(string provider)
    {
        var script = ProviderScript.Get(provider);
        var (call, answer, id) = Stream(provider);
        await using var server = new LoopbackServer();
        server.ThenStream(call, pieces: 9).ThenStream(answer, pieces: 4).ThenCutOff(call, "text/event-stream");
        using var http = server.CreateClient();
        var loop = new ChatLoop(http, script.Codec, _tools, new ChatLoopOptions { Model = "test-model", Stream = true, MaxRetries = 0 });

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal("It is 18.5 °C in Paris.", result.Text);
        Assert.Equal(new[] { id }, script.ResultIds(System.Text.Json.JsonDocument.Parse(server.Bodies[1]).RootElement));

        // The third response stops halfway: whatever the reader makes of the half it got, the run ends at once, with an
        // exception or with the calls it completed answered; it never waits for bytes that will not come.
        var ex = await Record.ExceptionAsync(() => loop.SendAsync("Again?").WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(ex is null or IOException or HttpRequestException or FormatException, ex?.ToString());
    }

    /// <summary>A response body that hands out at most a few bytes per read, so that events arrive cut anywhere.</summary>
    private sealed class TrickleStream : Stream
    {
        private readonly byte[] _bytes;
        private readonly int _step;
        private int _position;

        public TrickleStream(byte[] bytes, int step)
        {
            _bytes = bytes;
            _step = step;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _bytes.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, _step), _bytes.Length - _position);
            Array.Copy(_bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
