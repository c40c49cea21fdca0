using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// The Responses reader against OpenAI's function calling guide ("Streaming": output_item.added, then
/// function_call_arguments.delta / .done, then output_item.done) and the API reference "Streaming events"
/// (response.output_text.delta, response.completed, response.incomplete, response.failed, error), in every chunking.
/// </summary>
public sealed class ResponsesStreamReaderTests
{
    internal static readonly string DocumentedStream = Sse(
        ("response.created", """{"type":"response.created","sequence_number":0,"response":{"id":"resp_1234xyz","object":"response","status":"in_progress","output":[],"usage":null}}"""),
        ("response.output_item.added", """{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"id":"msg_1","type":"message","status":"in_progress","content":[],"role":"assistant"}}"""),
        ("response.output_text.delta", """{"type":"response.output_text.delta","sequence_number":2,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Checking ","logprobs":[]}"""),
        ("response.output_text.delta", """{"type":"response.output_text.delta","sequence_number":3,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Paris.","logprobs":[]}"""),
        ("response.output_item.added", """{"type":"response.output_item.added","response_id":"resp_1234xyz","output_index":1,"item":{"type":"function_call","id":"fc_1234xyz","call_id":"call_1234xyz","name":"get_weather","arguments":""}}"""),
        ("response.function_call_arguments.delta", """{"type":"response.function_call_arguments.delta","response_id":"resp_1234xyz","item_id":"fc_1234xyz","output_index":1,"delta":"{\""}"""),
        ("response.function_call_arguments.delta", """{"type":"response.function_call_arguments.delta","response_id":"resp_1234xyz","item_id":"fc_1234xyz","output_index":1,"delta":"location"}"""),
        ("response.function_call_arguments.delta", """{"type":"response.function_call_arguments.delta","response_id":"resp_1234xyz","item_id":"fc_1234xyz","output_index":1,"delta":"\":\""}"""),
        ("response.function_call_arguments.delta", """{"type":"response.function_call_arguments.delta","response_id":"resp_1234xyz","item_id":"fc_1234xyz","output_index":1,"delta":"Paris, France"}"""),
        ("response.function_call_arguments.delta", """{"type":"response.function_call_arguments.delta","response_id":"resp_1234xyz","item_id":"fc_1234xyz","output_index":1,"delta":"\"}"}"""),
        ("response.function_call_arguments.done", """{"type":"response.function_call_arguments.done","response_id":"resp_1234xyz","item_id":"fc_1234xyz","output_index":1,"arguments":"{\"location\":\"Paris, France\"}"}"""),
        ("response.output_item.done", """{"type":"response.output_item.done","response_id":"resp_1234xyz","output_index":1,"item":{"type":"function_call","id":"fc_1234xyz","call_id":"call_1234xyz","name":"get_weather","arguments":"{\"location\":\"Paris, France\"}"}}"""),
        ("response.completed", """{"type":"response.completed","sequence_number":20,"response":{"id":"resp_1234xyz","status":"completed","error":null,"incomplete_details":null,"output":[{"id":"msg_1","type":"message","content":[{"type":"output_text","text":"Checking Paris."}]},{"type":"function_call","id":"fc_1234xyz","call_id":"call_1234xyz","name":"get_weather","arguments":"{\"location\":\"Paris, France\"}","status":"completed"}],"usage":{"input_tokens":36,"input_tokens_details":{"cached_tokens":0},"output_tokens":87,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":123}}}"""));

    private static List<string> Read(string body) => StreamKit.Read(() => new ResponsesStreamReader(), body);

    private static string Sse(params (string Event, string Data)[] events) =>
        string.Concat(events.Select(e => "event: " + e.Event + "\ndata: " + e.Data + "\n\n"));

    private static string Data(params string[] payloads) => StreamKit.Sse("\n", payloads);

    [Fact]
    public void Documented_stream_text_then_a_call_then_completed()
    {
        Assert.Equal(
            new[] { "text Checking ", "text Paris.", "call call_1234xyz get_weather {\"location\":\"Paris, France\"}", "finished completed in 36, out 87" },
            Read(DocumentedStream));
    }

    [Fact]
    public void The_response_id_and_the_raw_output_items_are_kept_for_the_next_request()
    {
        var reader = StreamKit.ReadWhole(new ResponsesStreamReader(), DocumentedStream);
        Assert.Equal("resp_1234xyz", reader.ResponseId);
        Assert.Equal(
            """{"type":"function_call","id":"fc_1234xyz","call_id":"call_1234xyz","name":"get_weather","arguments":"{\"location\":\"Paris, France\"}"}""",
            System.Text.Encoding.UTF8.GetString(Assert.Single(reader.OutputItems).Span));

        var onlyCompleted = StreamKit.ReadWhole(new ResponsesStreamReader(), Data(
            """{"type":"response.completed","response":{"id":"resp_9","status":"completed","output":[{"type":"reasoning","id":"rs_1","encrypted_content":"gAAA"},{"type":"function_call","id":"fc_z","call_id":"call_z","name":"h","arguments":"{}"}]}}"""));
        Assert.Equal("resp_9", onlyCompleted.ResponseId);
        Assert.Equal(2, onlyCompleted.OutputItems.Count);
        Assert.Equal("""{"type":"reasoning","id":"rs_1","encrypted_content":"gAAA"}""", System.Text.Encoding.UTF8.GetString(onlyCompleted.OutputItems[0].Span));
    }

    [Fact]
    public void The_call_is_emitted_at_arguments_done_and_only_once()
    {
        var reader = new ResponsesStreamReader();
        var updates = new List<ChatStreamUpdate>();
        var events = DocumentedStream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var e in events)
        {
            reader.Feed(System.Text.Encoding.UTF8.GetBytes(e + "\n\n"), updates);
            if (e.Contains("function_call_arguments.done", StringComparison.Ordinal))
            {
                Assert.Single(reader.ToolCalls);
            }
            else if (!e.Contains("output_item.done", StringComparison.Ordinal) && !e.Contains("response.completed", StringComparison.Ordinal))
            {
                Assert.Empty(reader.ToolCalls);
            }
        }

        reader.Complete(updates);
        Assert.Single(reader.ToolCalls);
    }

    [Fact]
    public void Parallel_calls_are_told_apart_by_item_id()
    {
        Assert.Equal(
            new[] { "call call_a f {\"x\":1}", "call call_b g {}", "finished completed -" },
            Read(Data(
                """{"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc_a","call_id":"call_a","name":"f","arguments":""}}""",
                """{"type":"response.output_item.added","output_index":1,"item":{"type":"function_call","id":"fc_b","call_id":"call_b","name":"g","arguments":""}}""",
                """{"type":"response.function_call_arguments.delta","item_id":"fc_a","output_index":0,"delta":"{\"x\":1}"}""",
                """{"type":"response.function_call_arguments.done","item_id":"fc_a","output_index":0,"arguments":"{\"x\":1}"}""",
                """{"type":"response.function_call_arguments.done","item_id":"fc_b","output_index":1,"arguments":""}""",
                """{"type":"response.completed","response":{"status":"completed"}}""")));
    }

    [Fact]
    public void Output_item_done_alone_completes_a_call()
    {
        Assert.Equal(
            new[] { "call call_a f {\"x\":1}", "finished - -" },
            Read(Data(
                """{"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc_a","call_id":"call_a","name":"f","arguments":""}}""",
                """{"type":"response.function_call_arguments.delta","item_id":"fc_a","output_index":0,"delta":"{\"x\":"}""",
                """{"type":"response.output_item.done","output_index":0,"item":{"type":"function_call","id":"fc_a","call_id":"call_a","name":"f","arguments":"{\"x\":1}"}}""")));
    }

    [Fact]
    public void A_call_only_in_the_completed_response_is_still_returned()
    {
        Assert.Equal(
            new[] { "call call_z h {\"q\":\"é\"}", "finished completed -" },
            Read(Data("""{"type":"response.completed","response":{"status":"completed","output":[{"type":"reasoning","id":"rs_1","summary":[]},{"type":"function_call","id":"fc_z","call_id":"call_z","name":"h","arguments":"{\"q\":\"\u00e9\"}"}]}}""")));
    }

    [Fact]
    public void A_stream_cut_after_the_deltas_yields_the_call_from_them_at_complete()
    {
        Assert.Equal(
            new[] { "call call_a f {\"x\":1}", "finished - -" },
            Read(Data(
                """{"type":"response.output_item.added","output_index":0,"item":{"type":"function_call","id":"fc_a","call_id":"call_a","name":"f","arguments":""}}""",
                """{"type":"response.function_call_arguments.delta","item_id":"fc_a","output_index":0,"delta":"{\"x\":"}""",
                """{"type":"response.function_call_arguments.delta","item_id":"fc_a","output_index":0,"delta":"1}"}""")));
    }

    [Fact]
    public void Reasoning_summaries_and_reasoning_text_are_reasoning()
    {
        Assert.Equal(
            new[] { "reasoning Plan: ", "reasoning look it up", "text Done", "finished completed -" },
            Read(Data(
                """{"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":0,"delta":"Plan: "}""",
                """{"type":"response.reasoning_text.delta","item_id":"rs_1","output_index":0,"content_index":0,"delta":"look it up"}""",
                """{"type":"response.output_text.delta","item_id":"msg_1","output_index":1,"content_index":0,"delta":"Done"}""",
                """{"type":"response.completed","response":{"status":"completed"}}""")));
    }

    [Fact]
    public void An_incomplete_response_finishes_with_its_reason()
    {
        Assert.Equal(
            new[] { "text a", "finished max_output_tokens in 5, out 16" },
            Read(Data(
                """{"type":"response.output_text.delta","delta":"a"}""",
                """{"type":"response.incomplete","response":{"status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"usage":{"input_tokens":5,"output_tokens":16}}}""")));
    }

    [Theory]
    [InlineData("""{"type":"error","code":"ERR_SOMETHING","message":"Something went wrong","param":null,"sequence_number":1}""", "Something went wrong")]
    [InlineData("""{"type":"error","error":{"type":"invalid_request_error","code":"x","message":"Bad tool"}}""", "Bad tool")]
    [InlineData("""{"type":"response.failed","response":{"id":"resp_1","status":"failed","error":{"code":"server_error","message":"The model failed to generate a response."}}}""", "The model failed to generate a response.")]
    public void Failures_carry_the_servers_message(string payload, string message)
    {
        var ex = StreamKit.Fails(() => new ResponsesStreamReader(), Data("""{"type":"response.output_text.delta","delta":"a"}""", payload));
        Assert.IsType<FormatException>(ex);
        Assert.Contains("Responses server reported an error in the stream: " + message, ex.Message);
    }

    [Theory]
    [InlineData("""{"type":"response.output_text.delta","delta":"a""", "not valid JSON")]
    [InlineData("""{"type":"response.created","response":{""", "not valid JSON")]
    [InlineData("""{"delta":"a"}""", "has no \"type\"")]
    [InlineData("""{"type":"response.output_text.delta","delta":1}""", "is a number, expected a string")]
    [InlineData("""{"type":"response.function_call_arguments.delta","item_id":"fc","delta":{}}""", "delta is an object, expected a string")]
    [InlineData("""{"type":"response.output_item.added","item":{"type":"function_call","name":"f","arguments":{}}}""", "item.arguments is an object, expected a string")]
    [InlineData("""{"type":"response.output_item.added","output_index":"0","item":{}}""", "output_index is a string, expected a number")]
    [InlineData("""{"type":"response.completed","response":{"usage":{"input_tokens":1.5}}}""", "input_tokens is not a whole number")]
    [InlineData("""{"type":"response.completed","response":{"output":[1]}}""", "response.output[0] is a number, expected an object")]
    public void Broken_events_say_what_is_wrong(string payload, string expected)
    {
        var ex = StreamKit.Fails(() => new ResponsesStreamReader(), Data(payload));
        Assert.IsType<FormatException>(ex);
        Assert.Contains(expected, ex.Message);
        Assert.Contains("Responses", ex.Message);
    }
}
