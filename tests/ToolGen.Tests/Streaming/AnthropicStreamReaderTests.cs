using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// The Anthropic reader against Anthropic's "Streaming Messages" guide (event flow; "Basic streaming request";
/// "Streaming request with tool use"; "Streaming request with extended thinking"; "Error events"), every stream fed
/// in every chunking.
/// </summary>
public sealed class AnthropicStreamReaderTests
{
    /// <summary>"Streaming request with tool use", with its event: lines.</summary>
    internal const string ToolUseStream = """
        event: message_start
        data: {"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_sequence":null,"usage":{"input_tokens":472,"output_tokens":2},"content":[],"stop_reason":null}}

        event: content_block_start
        data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

        event: ping
        data: {"type": "ping"}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay, let's check the weather for San Francisco, CA:"}}

        event: content_block_stop
        data: {"type":"content_block_stop","index":0}

        event: content_block_start
        data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"get_weather","input":{}}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"location\":"}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" \"San Francisco, CA\", \"unit\": \"fahrenheit\"}"}}

        event: content_block_stop
        data: {"type":"content_block_stop","index":1}

        event: message_delta
        data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}

        event: message_stop
        data: {"type":"message_stop"}


        """;

    private static List<string> Read(string body) => StreamKit.Read(() => new AnthropicStreamReader(), body);

    [Fact]
    public void Documented_tool_use_stream()
    {
        Assert.Equal(
            new[]
            {
                "text Okay, let's check the weather for San Francisco, CA:",
                "call toolu_01T1x1fJ34qAmk2tNTrN7Up6 get_weather {\"location\": \"San Francisco, CA\", \"unit\": \"fahrenheit\"}",
                "finished tool_use in 472, out 89",
            },
            Read(ToolUseStream));
    }

    [Fact]
    public void Recorded_stream_without_event_lines_is_dispatched_on_the_json_type()
    {
        var withoutEventLines = string.Join("\n", ToolUseStream.Split('\n').Where(line => !line.StartsWith("event:", StringComparison.Ordinal)));
        Assert.Equal(Read(ToolUseStream), Read(withoutEventLines));
    }

    [Fact]
    public void The_type_is_found_wherever_it_stands_in_the_object()
    {
        Assert.Equal(
            new[] { "text Hi", "finished end_turn -" },
            Read(StreamKit.Sse(
                "\n",
                """{"index":0,"content_block":{"text":"","type":"text"},"type":"content_block_start"}""",
                """{"index":0,"delta":{"text":"Hi","type":"text_delta"},"type":"content_block_delta"}""",
                """{"delta":{"stop_reason":"end_turn"},"type":"message_delta"}""")));
    }

    [Fact]
    public void A_tool_with_no_input_streams_no_delta_and_gets_an_empty_object()
    {
        Assert.Equal(
            new[] { "call toolu_1 get_time {}", "call toolu_2 list {}", "finished tool_use -" },
            Read(StreamKit.Sse(
                "\n",
                """{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"get_time","input":{}}}""",
                """{"type":"content_block_stop","index":0}""",
                """{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_2","name":"list","input":{}}}""",
                """{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}""",
                """{"type":"content_block_stop","index":1}""",
                """{"type":"message_delta","delta":{"stop_reason":"tool_use"}}""",
                """{"type":"message_stop"}""")));
    }

    [Fact]
    public void Input_given_whole_in_the_start_block_is_kept()
    {
        Assert.Equal(
            "call toolu_1 f {\"a\":1}",
            Read(StreamKit.Sse(
                "\n",
                """{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"f","input":{"a":1}}}""",
                """{"type":"content_block_stop","index":0}"""))[0]);
    }

    [Fact]
    public void Each_call_is_emitted_at_its_content_block_stop()
    {
        var reader = new AnthropicStreamReader();
        var updates = new List<ChatStreamUpdate>();
        void Feed(string json) => reader.Feed(System.Text.Encoding.UTF8.GetBytes("data: " + json + "\n\n"), updates);
        Feed("""{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"f","input":{}}}""");
        Feed("""{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"a\":"}}""");
        Assert.Empty(reader.ToolCalls);
        Feed("""{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"1}"}}""");
        Assert.Empty(reader.ToolCalls);
        Feed("""{"type":"content_block_stop","index":0}""");
        Assert.Equal("f({\"a\":1})", Assert.Single(reader.ToolCalls).ToString());
    }

    [Fact]
    public void Extended_thinking_is_reasoning_and_its_blocks_are_kept_with_their_signatures()
    {
        // "Streaming request with extended thinking": thinking_delta events, then one signature_delta before the stop.
        var body = StreamKit.Sse(
            "\n",
            """{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":10,"output_tokens":1}}}""",
            """{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Let me solve this step by step:\n\n1. First break down 27 * 453"}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"\n2. 453 = 400 + 50 + 3"}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds..."}}""",
            """{"type":"content_block_stop","index":0}""",
            """{"type":"content_block_start","index":1,"content_block":{"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4a"}}""",
            """{"type":"content_block_stop","index":1}""",
            """{"type":"content_block_start","index":2,"content_block":{"type":"text","text":""}}""",
            """{"type":"content_block_delta","index":2,"delta":{"type":"text_delta","text":"27 * 453 = 12,231"}}""",
            """{"type":"content_block_stop","index":2}""",
            """{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":100}}""",
            """{"type":"message_stop"}""");
        Assert.Equal(
            new[]
            {
                "reasoning Let me solve this step by step:\n\n1. First break down 27 * 453",
                "reasoning \n2. 453 = 400 + 50 + 3",
                "text 27 * 453 = 12,231",
                "finished end_turn in 10, out 100",
            },
            Read(body));
        var reader = StreamKit.ReadWhole(new AnthropicStreamReader(), body);
        Assert.Collection(
            reader.ThinkingBlocks,
            b =>
            {
                Assert.Equal("Let me solve this step by step:\n\n1. First break down 27 * 453\n2. 453 = 400 + 50 + 3", b.Thinking);
                Assert.Equal("EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds...", b.Signature);
                Assert.False(b.IsRedacted);
            },
            b =>
            {
                Assert.True(b.IsRedacted);
                Assert.Equal("EmwKAhgBEgy3va3pzix/LafPsn4a", b.RedactedData);
            });
    }

    [Fact]
    public void Server_tool_blocks_and_unknown_events_are_skipped()
    {
        Assert.Equal(
            new[] { "text ok", "finished end_turn -" },
            Read(StreamKit.Sse(
                "\n",
                """{"type":"content_block_start","index":0,"content_block":{"type":"server_tool_use","id":"srvtoolu_1","name":"web_search","input":{}}}""",
                """{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"query\":\"x\"}"}}""",
                """{"type":"content_block_stop","index":0}""",
                """{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}""",
                """{"type":"content_block_delta","index":1,"delta":{"type":"citations_delta","citation":{"type":"char_location"}}}""",
                """{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"ok"}}""",
                """{"type":"some_future_event","x":1}""",
                """{"type":"message_delta","delta":{"stop_reason":"end_turn"}}""")));
    }

    [Fact]
    public void A_tool_use_block_the_stream_never_stopped_is_emitted_at_complete()
    {
        Assert.Equal(
            new[] { "call toolu_1 f {\"a\":1}", "finished - -" },
            Read(StreamKit.Sse(
                "\n",
                """{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"f","input":{}}}""",
                """{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"a\":1}"}}""")));
    }

    [Fact]
    public void An_error_event_carries_the_servers_message()
    {
        // "Error events": e.g. overloaded_error during high usage, sent as an SSE event mid-stream.
        var ex = StreamKit.Fails(
            () => new AnthropicStreamReader(),
            "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n\n");
        Assert.IsType<FormatException>(ex);
        Assert.Contains("Anthropic server reported an error in the stream: Overloaded", ex.Message);
    }

    [Theory]
    [InlineData("""{"type":"message_delta","delta":{"stop_reason":"end""", "not valid JSON")]
    [InlineData("""{"type":"ping",""", "not valid JSON")]
    [InlineData("""{"index":0}""", "has no \"type\"")]
    [InlineData("""{"type":"content_block_delta","index":5,"delta":{"type":"text_delta","text":"a"}}""", "names block 5")]
    [InlineData("""{"type":"content_block_start","index":"0","content_block":{"type":"text"}}""", "index is a string, expected a number")]
    [InlineData("""{"type":"content_block_start","index":0,"content_block":[]}""", "content_block is an array, expected an object")]
    [InlineData("""{"type":"content_block_delta","delta":{"type":"input_json_delta","partial_json":{}}}""", "partial_json is an object, expected a string")]
    [InlineData("""{"type":"content_block_delta","delta":{"type":"text_delta","text":3}}""", "delta.text is a number, expected a string")]
    [InlineData("""{"type":"message_start","message":{"usage":{"input_tokens":"x"}}}""", "usage.input_tokens is a string, expected a number")]
    [InlineData("""{"type":"message_delta","delta":{"stop_reason":1}}""", "stop_reason is a number, expected a string")]
    [InlineData("""{"type":"content_block_delta","index":0}""", "has no delta")]
    public void Broken_events_say_what_is_wrong(string payload, string expected)
    {
        var ex = StreamKit.Fails(() => new AnthropicStreamReader(), StreamKit.Sse("\n", payload));
        Assert.IsType<FormatException>(ex);
        Assert.Contains(expected, ex.Message);
        Assert.Contains("Anthropic", ex.Message);
    }

    [Fact]
    public void Input_after_the_block_stopped_is_refused_rather_than_lost()
    {
        var ex = StreamKit.Fails(() => new AnthropicStreamReader(), StreamKit.Sse(
            "\n",
            """{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"f","input":{}}}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{"}}""",
            """{"type":"content_block_stop","index":0}""",
            """{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"}"}}"""));
        Assert.Contains("after its content_block_stop", ex.Message);
    }
}
