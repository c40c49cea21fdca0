using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// The Gemini reader against the Gemini API reference ("Generating content": streamGenerateContent with alt=sse, each
/// event a GenerateContentResponse), the "Function calling" guide (functionCall parts with name and args, parallel
/// calls) and "Thought signatures" (the signature on the first function call part, or on the last text part; in a
/// stream it may come in a part with empty text), in every chunking.
/// </summary>
public sealed class GeminiStreamReaderTests
{
    internal static readonly string DocumentedStream = StreamKit.Sse(
        "\r\n",
        """{"candidates": [{"content": {"parts": [{"text": "I should check both cities.", "thought": true}],"role": "model"},"index": 0}],"usageMetadata": {"promptTokenCount": 30,"totalTokenCount": 30},"modelVersion": "gemini-3-pro-preview"}""",
        """{"candidates": [{"content": {"parts": [{"text": "Let me look "}],"role": "model"},"index": 0}],"modelVersion": "gemini-3-pro-preview"}""",
        """{"candidates": [{"content": {"parts": [{"text": "that up."}],"role": "model"},"index": 0}]}""",
        """{"candidates": [{"content": {"parts": [{"functionCall": {"name": "get_weather","args": {"location": "Paris"}},"thoughtSignature": "Q2lBS0hTZ0JHcjE="},{"functionCall": {"name": "get_weather","args": {"location": "London"}}}],"role": "model"},"finishReason": "STOP","index": 0}],"usageMetadata": {"promptTokenCount": 30,"candidatesTokenCount": 25,"totalTokenCount": 80,"thoughtsTokenCount": 25}}""");

    private static List<string> Read(string body) => StreamKit.Read(() => new GeminiStreamReader(), body);

    private static string Data(params string[] payloads) => StreamKit.Sse("\n", payloads);

    [Fact]
    public void Documented_stream_thoughts_text_and_parallel_calls()
    {
        Assert.Equal(
            new[]
            {
                "reasoning I should check both cities.",
                "text Let me look ",
                "text that up.",
                "call call_0 get_weather {\"location\": \"Paris\"}",
                "call call_1 get_weather {\"location\": \"London\"}",
                "finished STOP in 30, out 25",
            },
            Read(DocumentedStream));
    }

    [Fact]
    public void Thought_signatures_are_kept_by_call_id_and_for_text()
    {
        var reader = StreamKit.ReadWhole(new GeminiStreamReader(), DocumentedStream);
        Assert.Equal("Q2lBS0hTZ0JHcjE=", Assert.Single(reader.ThoughtSignatures, p => p.Key == "call_0").Value);
        Assert.False(reader.ThoughtSignatures.ContainsKey("call_1"));

        var text = StreamKit.ReadWhole(new GeminiStreamReader(), Data(
            """{"candidates":[{"content":{"parts":[{"text":"Hello"}],"role":"model"}}]}""",
            """{"candidates":[{"content":{"parts":[{"text":"","thoughtSignature":"c2lnLXRleHQ="}],"role":"model"},"finishReason":"STOP"}]}"""));
        Assert.Equal("c2lnLXRleHQ=", text.TextThoughtSignature);
        Assert.Equal("Hello", text.Text);
    }

    [Fact]
    public void Server_ids_are_kept_and_made_up_ids_never_repeat_them()
    {
        Assert.Equal(
            new[] { "call call_1 f {\"a\":1}", "call call_1_2 g {}", "finished STOP -" },
            Read(Data(
                """{"candidates":[{"content":{"parts":[{"functionCall":{"id":"call_1","name":"f","args":{"a":1}}}]}}]}""",
                """{"candidates":[{"content":{"parts":[{"functionCall":{"name":"g"}}]},"finishReason":"STOP"}]}""")));
    }

    [Fact]
    public void Each_call_is_emitted_as_soon_as_its_chunk_is_read()
    {
        var reader = new GeminiStreamReader();
        var updates = new List<ChatStreamUpdate>();
        reader.Feed("data: {\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"f\",\"args\":{}}}]}}]}\n\n"u8, updates);
        Assert.Equal("f({})", Assert.Single(reader.ToolCalls).ToString());
    }

    [Fact]
    public void Without_alt_sse_the_json_array_body_gives_the_same_updates()
    {
        // streamGenerateContent without alt=sse answers one JSON array of GenerateContentResponse objects.
        var events = DocumentedStream.Split("\r\n\r\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e.Substring("data: ".Length));
        var array = "[" + string.Join(",\r\n", events) + "]";
        Assert.Equal(Read(DocumentedStream), Read(array));
    }

    [Fact]
    public void A_blocked_prompt_finishes_with_its_block_reason()
    {
        Assert.Equal(
            new[] { "finished SAFETY in 7, out ?" },
            Read(Data("""{"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[]},"usageMetadata":{"promptTokenCount":7}}""")));
    }

    [Fact]
    public void Other_candidates_and_other_parts_are_skipped()
    {
        Assert.Equal(
            new[] { "text A", "finished STOP -" },
            Read(Data(
                """{"candidates":[{"index":1,"content":{"parts":[{"text":"B"}]}},{"content":{"parts":[{"executableCode":{"language":"PYTHON","code":"print(1)"}},{"text":"A"}]},"index":0}]}""",
                """{"candidates":[{"content":{"parts":[]},"finishReason":"STOP"}]}""")));
    }

    [Theory]
    [InlineData("""{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}""", "Resource has been exhausted")]
    [InlineData("""{"error":{"code":500,"message":"An internal error has occurred.","status":"INTERNAL"}}""", "An internal error has occurred.")]
    public void An_error_carries_the_servers_message(string payload, string message)
    {
        var ex = StreamKit.Fails(() => new GeminiStreamReader(), Data(payload));
        Assert.IsType<FormatException>(ex);
        Assert.Contains("Gemini server reported an error in the stream: " + message, ex.Message);

        var arrayBody = StreamKit.Fails(() => new GeminiStreamReader(), "[" + payload + "]");
        Assert.Contains(message, arrayBody.Message);
    }

    [Theory]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":"a""", "not valid JSON")]
    [InlineData("""{"candidates":{}}""", "candidates is an object, expected an array")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":1}]}}]}""", "parts[0].text is a number, expected a string")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"text":"a","thought":"yes"}]}}]}""", "thought is a string, expected a boolean")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"name":"f","args":"{}"}}]}}]}""", "functionCall.args is a string, expected an object")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"args":{}}}]}}]}""", "functionCall has no name")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"willContinue":true}}]}}]}""", "streamed in parts (partialArgs) has no name")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"name":"f","partialArgs":[{"stringValue":"x"}]}}]}}]}""", "partialArgs[0] has no jsonPath")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"name":"f","partialArgs":[{"jsonPath":"a","stringValue":"x"}]}}]}}]}""", "jsonPath \"a\" is not a path")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"name":"f","partialArgs":[{"jsonPath":"$.a","numberValue":"1"}]}}]}}]}""", "numberValue is a string, expected a number")]
    [InlineData("""{"candidates":[{"content":{"parts":[{"functionCall":{"name":"f","partialArgs":[{"jsonPath":"$.a","numberValue":1},{"jsonPath":"$.a.b","numberValue":2}]}}]}}]}""", "names a member of a value that is not an object")]
    [InlineData("""{"usageMetadata":{"promptTokenCount":"3"}}""", "promptTokenCount is a string, expected a number")]
    public void Broken_responses_say_what_is_wrong(string payload, string expected)
    {
        var ex = StreamKit.Fails(() => new GeminiStreamReader(), Data(payload));
        Assert.IsType<FormatException>(ex);
        Assert.Contains(expected, ex.Message);
        Assert.Contains("Gemini", ex.Message);
    }

    /// <summary>
    /// Vertex AI streamFunctionCallArguments (FunctionCall.partialArgs / willContinue and PartialArg in the API
    /// reference: "the partial argument value of the function call", a JSON path per value, strings continued with
    /// willContinue): a head with the name and willContinue, parts with partialArgs, an empty closing functionCall.
    /// </summary>
    internal static readonly string PartialStream = StreamKit.Sse(
        "\n",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"set_light","willContinue":true},"thoughtSignature":"c2ln"}]}}]}""",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"partialArgs":[{"jsonPath":"$.location","stringValue":"Boston","willContinue":true}],"willContinue":true}}]}}]}""",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"partialArgs":[{"jsonPath":"$.location","stringValue":", MA \u00e9"}],"willContinue":true}}]}}]}""",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"partialArgs":[{"jsonPath":"$.brightness","numberValue":50},{"jsonPath":"$.on","boolValue":true},{"jsonPath":"$['rooms'][1].name","stringValue":"hall"},{"jsonPath":"$.note","nullValue":"NULL_VALUE"}],"willContinue":true}}]}}]}""",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{}}]}}]}""",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"get_time","willContinue":true}}]}}]}""",
        """{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{}}]},"finishReason":"STOP"}]}""");

    [Fact]
    public void A_call_streamed_in_parts_is_gathered_by_json_path_and_emitted_at_its_closing_part()
    {
        Assert.Equal(
            new[]
            {
                "call call_0 set_light {\"location\":\"Boston, MA é\",\"brightness\":50,\"on\":true,\"rooms\":[null,{\"name\":\"hall\"}],\"note\":null}",
                "call call_1 get_time {}",
                "finished STOP -",
            },
            Read(PartialStream));
        var reader = StreamKit.ReadWhole(new GeminiStreamReader(), PartialStream);
        Assert.Equal("c2ln", reader.ThoughtSignatures["call_0"]);
    }

    [Fact]
    public void A_call_in_parts_is_pending_until_its_closing_part()
    {
        var reader = new GeminiStreamReader();
        var updates = new List<ChatStreamUpdate>();
        var events = PartialStream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < 4; i++)
        {
            reader.Feed(System.Text.Encoding.UTF8.GetBytes(events[i] + "\n\n"), updates);
        }

        Assert.Empty(reader.ToolCalls);
        reader.Feed(System.Text.Encoding.UTF8.GetBytes(events[4] + "\n\n"), updates);
        Assert.Single(reader.ToolCalls);
    }

    [Fact]
    public void A_call_in_parts_the_stream_never_closed_is_emitted_at_complete()
    {
        var events = PartialStream.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[] { "call call_0 set_light {\"location\":\"Boston\"}", "finished - -" },
            Read(events[0] + "\n\n" + events[1] + "\n\n"));
    }

    [Fact]
    public void A_json_array_body_cut_off_is_a_format_exception()
    {
        var ex = StreamKit.Fails(() => new GeminiStreamReader(), "[{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]}}]},\r\n{\"candidates\":[");
        Assert.IsType<FormatException>(ex);
        Assert.Contains("cut off", ex.Message);
    }
}
