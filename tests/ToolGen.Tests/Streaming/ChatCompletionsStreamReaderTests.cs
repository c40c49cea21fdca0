using System.Text;
using ToolGen.Streaming;
using static ToolGen.Tests.Streaming.ChatCompletionsFixtures;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// The Chat Completions reader: the documented shape (OpenAI API reference, "The chat completion chunk object";
/// function calling guide, "Streaming": tool_calls deltas with index, id/type/name on the first, arguments appended)
/// and each quirk of wire-formats.md §1 and §6 as its own rule, every stream fed in every chunking.
/// </summary>
public sealed class ChatCompletionsStreamReaderTests
{
    private static List<string> Read(string body) => StreamKit.Read(() => new ChatCompletionsStreamReader(), body);

    private static List<string> Read(params string[] payloads) => Read(StreamKit.Sse("\n", payloads));

    [Fact]
    public void Documented_stream_text_then_a_call_then_usage()
    {
        // OpenAI function calling guide, "Streaming": the first delta of a call carries id, type and name, later
        // deltas append to arguments; stream_options.include_usage adds a last chunk with empty choices and usage.
        var updates = Read(
            Chunk("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}"),
            Chunk(Text("Let me ")),
            Chunk(Text("check.")),
            Chunk(Calls(Fragment(0, "call_DdmO9pD3xa9XTPNJ32zg2hcA", "get_weather", ""))),
            Chunk(Calls(Fragment(0, arguments: "{\"location\":"))),
            Chunk(Calls(Fragment(0, arguments: "\"Paris, France\"}"))),
            Chunk("{}", "tool_calls"),
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":82,\"completion_tokens\":18,\"total_tokens\":100}}",
            Done);
        Assert.Equal(
            new[]
            {
                "text Let me ",
                "text check.",
                "call call_DdmO9pD3xa9XTPNJ32zg2hcA get_weather {\"location\":\"Paris, France\"}",
                "finished tool_calls in 82, out 18",
            },
            updates);
    }

    [Fact]
    public void Documented_parallel_calls_on_their_own_indexes()
    {
        Assert.Equal(
            new[] { "call a get_weather {\"city\":\"Paris\"}", "call b get_time {\"tz\":\"CET\"}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, "a", "get_weather", ""))),
                Chunk(Calls(Fragment(0, arguments: "{\"city\":\"Paris\"}"))),
                Chunk(Calls(Fragment(1, "b", "get_time", ""))),
                Chunk(Calls(Fragment(1, arguments: "{\"tz\":\"CET\"}"))),
                Chunk("{}", "tool_calls"),
                Done));
    }

    [Fact]
    public void A_fragment_without_index_continues_the_latest_call()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "call b g {\"y\":2}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(id: "a", name: "f", arguments: "{\"x\""))),
                Chunk(Calls(Fragment(arguments: ":1}"))),
                Chunk(Calls(Fragment(id: "b", name: "g"))),
                Chunk(Calls(Fragment(arguments: "{\"y\":2}"))),
                Chunk("{}", "tool_calls"),
                Done));
    }

    [Fact]
    public void Every_parallel_call_on_index_0_is_told_apart_by_its_id()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "call b f {\"x\":2}", "call c g {}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, "a", "f", "{\"x\":"))),
                Chunk(Calls(Fragment(0, arguments: "1}"))),
                Chunk(Calls(Fragment(0, "b", "f", "{\"x\":"))),
                Chunk(Calls(Fragment(0, arguments: "2}"))),
                Chunk(Calls(Fragment(0, "c", "g", ""))),
                Chunk("{}", "tool_calls"),
                Done));
    }

    [Fact]
    public void Every_parallel_call_on_index_0_without_ids_is_told_apart_by_its_name()
    {
        Assert.Equal(
            new[] { "call call_0 f {\"x\":1}", "call call_1 f {\"x\":2}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, name: "f", arguments: "{\"x\":1}"))),
                Chunk(Calls(Fragment(0, name: "f", arguments: "{\"x\":2}"))),
                Chunk("{}", "tool_calls")));
    }

    [Fact]
    public void A_second_calls_head_on_index_0_and_its_tail_on_index_1_stay_one_call()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "call b g {\"y\":2}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, "a", "f", "{\"x\":1}"))),
                Chunk(Calls(Fragment(0, "b", "g", ""))),
                Chunk(Calls(Fragment(1, arguments: "{\"y\""))),
                Chunk(Calls(Fragment(1, arguments: ":2}"))),
                Chunk("{}", "tool_calls"),
                Done));
    }

    [Fact]
    public void The_id_repeated_in_every_chunk_is_one_call()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "call b g {\"y\":2}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, "a", "f", ""))),
                Chunk(Calls(Fragment(0, "a", arguments: "{\"x\""))),
                Chunk(Calls(Fragment(0, "a", "f", ":1}"))),
                Chunk(Calls(Fragment(1, "b", "g", "{\"y\":2}"))),
                Chunk(Calls(Fragment(1, "b", arguments: ""))),
                Chunk("{}", "tool_calls"),
                Done));
    }

    [Fact]
    public void An_empty_tool_calls_array_in_every_delta_changes_nothing()
    {
        Assert.Equal(
            new[] { "text Hi", "call a f {}", "finished stop -" },
            Read(
                Chunk("{\"content\":\"Hi\",\"tool_calls\":[]}"),
                Chunk("{\"content\":null,\"tool_calls\":[" + Fragment(0, "a", "f", "{}") + "]}"),
                Chunk("{\"content\":null,\"tool_calls\":[]}"),
                Chunk("{\"tool_calls\":[]}", "stop"),
                Done));
    }

    [Fact]
    public void Tool_calls_sent_as_an_object_is_read_as_one_fragment()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "finished tool_calls -" },
            Read(
                Chunk("{\"tool_calls\":" + Fragment(0, "a", "f", "{\"x\"") + "}"),
                Chunk("{\"tool_calls\":" + Fragment(0, arguments: ":1}") + "}"),
                Chunk("{}", "tool_calls")));
    }

    [Fact]
    public void A_trailing_fragment_with_empty_arguments_after_the_call_completed_is_ignored()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "call b g {}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, "a", "f", "{\"x\":1}"))),
                Chunk(Calls(Fragment(1, "b", "g", ""))),
                Chunk(Calls(Fragment(0, "a", "f", ""))),
                Chunk(Calls(Fragment(0, arguments: ""))),
                Chunk("{}", "tool_calls"),
                Chunk(Calls(Fragment(1, "b", arguments: ""))),
                Chunk(Calls(Fragment(arguments: ""))),
                Done));
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("eos_token")]
    [InlineData("length")]
    public void Any_finish_reason_on_a_turn_that_holds_calls_still_returns_them(string reason)
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "finished " + reason + " -" },
            Read(Chunk(Calls(Fragment(0, "a", "f", "{\"x\":1}"))), Chunk("{}", reason), Done));
    }

    [Fact]
    public void Arguments_sent_as_an_object_are_its_raw_json()
    {
        Assert.Equal(
            new[] { "call a f {\"city\": \"Paris\", \"n\": [1, 2]}", "finished tool_calls -" },
            Read(
                Chunk("{\"tool_calls\":[{\"index\":0,\"id\":\"a\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":{\"city\": \"Paris\", \"n\": [1, 2]}}}]}"),
                Chunk("{}", "tool_calls")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \n\t")]
    public void Empty_or_whitespace_arguments_become_an_empty_object(string arguments)
    {
        Assert.Equal(
            new[] { "call a f {}", "finished tool_calls -" },
            Read(Chunk(Calls(Fragment(0, "a", "f", arguments))), Chunk("{}", "tool_calls")));
    }

    [Fact]
    public void Null_or_absent_arguments_become_an_empty_object()
    {
        Assert.Equal(
            new[] { "call a f {}", "finished tool_calls -" },
            Read(Chunk("{\"tool_calls\":[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":null}}]}"), Chunk("{}", "tool_calls")));
    }

    [Fact]
    public void Calls_without_ids_get_stable_made_up_ids_that_never_repeat_a_server_id()
    {
        var body = StreamKit.Sse(
            "\n",
            Chunk(Calls(Fragment(0, name: "f", arguments: "{}"))),
            Chunk(Calls(Fragment(1, "call_1", "g", "{}"))),
            Chunk(Calls(Fragment(2, "", "h", "{}"))),
            Chunk("{}", "tool_calls"));
        var expected = new[] { "call call_0 f {}", "call call_1 g {}", "call call_2 h {}", "finished tool_calls -" };
        Assert.Equal(expected, Read(body));
        Assert.Equal(expected, Read(body)); // the same each time the same stream is read

        Assert.Equal(
            new[] { "call call_1 f {}", "call call_1_2 g {}", "finished stop -" },
            Read(Chunk(Calls(Fragment(0, "call_1", "f", "{}"))), Chunk(Calls(Fragment(1, name: "g", arguments: "{}"))), Chunk("{}", "stop")));
    }

    [Fact]
    public void An_id_that_arrives_after_the_head_is_the_calls_id()
    {
        Assert.Equal(
            new[] { "call a f {\"x\":1}", "call b g {}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, name: "f", arguments: ""))),
                Chunk(Calls(Fragment(0, "a", arguments: "{\"x\":1}"))),
                Chunk(Calls(Fragment(1, "b", "g", "{}"))),
                Chunk("{}", "tool_calls")));
    }

    [Fact]
    public void Two_calls_under_one_id_stay_two_calls()
    {
        // A server that reuses an id: a new name under it starts a call; so does a name with arguments after it completed.
        Assert.Equal(
            new[] { "call dup f {\"a\":1}", "call dup g {\"b\":2}", "call dup g {\"c\":3}", "finished tool_calls -" },
            Read(
                Chunk(Calls(Fragment(0, "dup", "f", "{\"a\":1}"))),
                Chunk(Calls(Fragment(1, "dup", "g", "{\"b\""))),
                Chunk(Calls(Fragment(1, "dup", arguments: ":2}"))),
                Chunk("{}", "tool_calls"),
                Chunk(Calls(Fragment(2, "dup", "g", "{\"c\":3}")))));
    }

    [Fact]
    public void Reasoning_content_and_reasoning_are_reasoning()
    {
        // vLLM and DeepSeek send reasoning_content; Ollama, OpenRouter and newer vLLM send reasoning.
        var reader = new ChatCompletionsStreamReader();
        var updates = StreamKit.Read(
            () => new ChatCompletionsStreamReader(),
            StreamKit.Sse("\n", Chunk("{\"reasoning_content\":\"Think\"}"), Chunk("{\"reasoning\":\"ing.\"}"), Chunk(Text("Answer")), Chunk("{}", "stop"), Done));
        Assert.Equal(new[] { "reasoning Think", "reasoning ing.", "text Answer", "finished stop -" }, updates);
        StreamKit.ReadWhole(reader, StreamKit.Sse("\n", Chunk("{\"reasoning_content\":\"Think\"}"), Chunk("{\"reasoning\":\"ing.\"}"), Chunk(Text("Answer"))));
        Assert.Equal("Thinking.", reader.Reasoning);
        Assert.Equal("Answer", reader.Text);
    }

    [Fact]
    public void Content_as_an_array_of_parts_gives_text_and_thinking()
    {
        // Mistral's API (Magistral) streams content as parts: text parts, and thinking parts holding text parts.
        Assert.Equal(
            new[] { "reasoning Let me think", "reasoning  again.", "text The answer", "text  is 4.", "finished stop -" },
            Read(
                Chunk("{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"Let me think\"}]}]}"),
                Chunk("{\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\" again.\"}]}]}"),
                Chunk("{\"content\":[{\"type\":\"text\",\"text\":\"The answer\"},{\"type\":\"image_url\",\"image_url\":\"x\"}]}"),
                Chunk("{\"content\":\" is 4.\"}", "stop")));
    }

    [Fact]
    public void A_call_is_emitted_once_known_complete_and_never_partial()
    {
        var reader = new ChatCompletionsStreamReader();
        var updates = new List<ChatStreamUpdate>();
        void Feed(string payload) => reader.Feed(Encoding.UTF8.GetBytes("data: " + payload + "\n\n"), updates);

        Feed(Chunk(Calls(Fragment(0, "a", "f", "{\"x\":"))));
        Assert.Empty(reader.ToolCalls);
        Feed(Chunk(Calls(Fragment(0, arguments: "1}"))));
        Assert.Empty(reader.ToolCalls);
        Feed(Chunk(Calls(Fragment(1, "b", "g", "{"))));
        Assert.Equal("f({\"x\":1})", Assert.Single(reader.ToolCalls).ToString());
        Feed(Chunk(Calls(Fragment(1, arguments: "}"))));
        Feed(Done);
        Assert.Equal(2, reader.ToolCalls.Count);
        reader.Complete(updates);
        Assert.Equal(ChatStreamUpdateKind.Finished, updates[^1].Kind);
        Assert.True(reader.IsCompleted);
    }

    [Fact]
    public void A_stream_cut_before_done_still_yields_its_calls_at_complete()
    {
        Assert.Equal(new[] { "call a f {\"x\":1}", "finished - -" }, Read(Chunk(Calls(Fragment(0, "a", "f", "{\"x\":1}")))));
    }

    [Fact]
    public void Escaped_and_multi_byte_arguments_are_unescaped_to_utf8()
    {
        Assert.Equal(
            new[] { "call a f {\"city\":\"Zürich\",\"q\":\"a\\\"b\",\"e\":\"🌍\"}", "finished stop -" },
            Read(
                Chunk("{\"tool_calls\":[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"city\\\":\\\"Z\\u00fcrich\\\",\"}}]}"),
                Chunk("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"q\\\":\\\"a\\\\\\\"b\\\",\\\"e\\\":\\\"🌍\\\"}\"}}]}"),
                Chunk("{}", "stop")));
    }

    [Fact]
    public void A_lone_surrogate_escape_in_arguments_becomes_a_replacement_character()
    {
        var updates = Read(Chunk("{\"tool_calls\":[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"s\\\":\\\"\\ud83d\\\"}\"}}]}"), Chunk("{}", "stop"));
        Assert.Equal("call a f {\"s\":\"\uFFFD\"}", updates[0]);
    }

    [Fact]
    public void Choices_other_than_the_first_are_ignored()
    {
        Assert.Equal(
            new[] { "text A", "finished stop -" },
            Read(
                "{\"choices\":[{\"delta\":{\"content\":\"B\"},\"index\":1}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"}}]}",
                "{\"choices\":[{\"index\":1,\"delta\":{},\"finish_reason\":\"length\"}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"));
    }

    [Fact]
    public void Crlf_lines_keep_alive_comments_and_a_byte_order_mark_change_nothing()
    {
        var body = "\uFEFF: keep-alive\r\n\r\n" + StreamKit.Sse("\r\n", Chunk(Text("Hé")), Chunk("{}", "stop"), Done);
        Assert.Equal(new[] { "text Hé", "finished stop -" }, Read(body));
    }

    [Fact]
    public void Empty_data_lines_are_skipped()
    {
        Assert.Equal(new[] { "text A", "finished stop -" }, Read("data:\n\ndata: \n\n" + StreamKit.Sse("\n", Chunk(Text("A"), "stop"))));
    }

    [Fact]
    public void Nothing_after_done_is_read()
    {
        Assert.Equal(new[] { "text A", "finished - -" }, Read(Chunk(Text("A")), Done, Chunk(Text("B")), "not json"));
    }
}
