using System.Text;
using System.Text.Json;
using ToolGen.Providers;

namespace ToolGen.Tests.Providers;

// Fixtures follow docs wire-formats.md §1 (OpenAI Chat Completions) and §6 (open-weight model servers' quirks).
public class OpenAIChatCompletionsTests
{
    private const string WeatherSchema =
        """{"type":"object","properties":{"city":{"type":"string","description":"City name"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city"]}""";

    private const string WeatherStrictSchema =
        """{"type":"object","properties":{"city":{"type":"string","description":"City name"},"unit":{"type":["string","null"],"enum":["celsius","fahrenheit",null]}},"required":["city","unit"],"additionalProperties":false}""";

    private const string TagsSchema =
        """{"type":"object","properties":{"tags":{"type":"object","additionalProperties":{"type":"string"}}},"required":["tags"]}""";

    private static readonly ToolDefinition Weather =
        new("get_weather", "Current weather in a city.", WeatherSchema, WeatherStrictSchema);

    // An open dictionary has no strict form (TG0011): StrictParametersSchema is null.
    private static readonly ToolDefinition Tags =
        new("set_tags", "Sets tags.", TagsSchema, strictParametersSchema: null);

    // ---------------------------------------------------------------- WriteTools

    [Fact]
    public void WriteTools_WritesFunctionToolsInOrder()
    {
        var json = OpenAIChatCompletions.WriteTools(new[] { Weather, Tags });

        using var doc = JsonDocument.Parse(json);
        var tools = doc.RootElement;
        Assert.Equal(JsonValueKind.Array, tools.ValueKind);
        Assert.Equal(2, tools.GetArrayLength());

        var first = tools[0];
        Assert.Equal("function", first.GetProperty("type").GetString());
        var function = first.GetProperty("function");
        Assert.Equal("get_weather", function.GetProperty("name").GetString());
        Assert.Equal("Current weather in a city.", function.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Object, function.GetProperty("parameters").ValueKind);
        Assert.Equal(WeatherStrictSchema, function.GetProperty("parameters").GetRawText());
        Assert.True(function.GetProperty("strict").GetBoolean());
        Assert.Equal(new[] { "type", "function" }, first.EnumerateObject().Select(p => p.Name));

        Assert.Equal("set_tags", tools[1].GetProperty("function").GetProperty("name").GetString());
    }

    [Fact]
    public void WriteTools_Strict_UsesStrictSchemaAndFlag()
    {
        var function = ParseSingleFunction(OpenAIChatCompletions.WriteTools(new[] { Weather }, strict: true));

        Assert.Equal(WeatherStrictSchema, function.GetProperty("parameters").GetRawText());
        Assert.Equal(JsonValueKind.True, function.GetProperty("strict").ValueKind);
    }

    [Fact]
    public void WriteTools_NonStrict_UsesPlainSchemaAndOmitsStrict()
    {
        var function = ParseSingleFunction(OpenAIChatCompletions.WriteTools(new[] { Weather }, strict: false));

        Assert.Equal(WeatherSchema, function.GetProperty("parameters").GetRawText());
        Assert.False(function.TryGetProperty("strict", out _));
    }

    [Fact]
    public void WriteTools_StrictRequestedButNoStrictForm_SendsPlainSchemaNonStrict()
    {
        var json = OpenAIChatCompletions.WriteTools(new[] { Weather, Tags }, strict: true);

        using var doc = JsonDocument.Parse(json);
        var tags = doc.RootElement[1].GetProperty("function");
        Assert.Equal(TagsSchema, tags.GetProperty("parameters").GetRawText());
        Assert.False(tags.TryGetProperty("strict", out _));

        // The other tool of the same request stays strict.
        Assert.True(doc.RootElement[0].GetProperty("function").GetProperty("strict").GetBoolean());
    }

    [Fact]
    public void WriteTools_EmptyDescription_IsOmitted()
    {
        var tool = new ToolDefinition("ping", "", """{"type":"object","properties":{}}""");

        var function = ParseSingleFunction(OpenAIChatCompletions.WriteTools(new[] { tool }));

        Assert.False(function.TryGetProperty("description", out _));
        Assert.Equal("ping", function.GetProperty("name").GetString());
    }

    [Fact]
    public void WriteTools_DescriptionWithQuotesAndUnicode_RoundTrips()
    {
        const string description = "Books a \"seat\" — Zürich → 東京, <b>fast</b>\nSecond line.";
        var tool = new ToolDefinition("book", description, """{"type":"object","properties":{}}""");

        var function = ParseSingleFunction(OpenAIChatCompletions.WriteTools(new[] { tool }));

        Assert.Equal(description, function.GetProperty("description").GetString());
    }

    [Fact]
    public void WriteTools_IntoRequestBody_ProducesWireFormatRequest()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("model", "gpt-4o");
            writer.WriteStartArray("messages");
            writer.WriteStartObject();
            writer.WriteString("role", "user");
            writer.WriteString("content", "Weather in Paris?");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WritePropertyName("tools");
            OpenAIChatCompletions.WriteTools(writer, new[] { Weather });
            writer.WriteString("tool_choice", "auto");
            writer.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("auto", root.GetProperty("tool_choice").GetString());
        Assert.Equal("get_weather", root.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.Equal(
            OpenAIChatCompletions.WriteTools(new[] { Weather }),
            root.GetProperty("tools").GetRawText());
    }

    [Fact]
    public void WriteTools_NoTools_WritesEmptyArray()
    {
        Assert.Equal("[]", OpenAIChatCompletions.WriteTools(Array.Empty<ToolDefinition>()));
    }

    [Fact]
    public void WriteTools_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.WriteTools(null!));
        Assert.Throws<ArgumentException>(() => OpenAIChatCompletions.WriteTools(new ToolDefinition[] { null! }));

        // A hand-built definition whose schema is not JSON fails here rather than as a server 400.
        var broken = new ToolDefinition("broken", "Broken.", """{"type":"object",""");
        var ex = Assert.Throws<ArgumentException>(() => OpenAIChatCompletions.WriteTools(new[] { broken }));
        Assert.Contains("\"broken\"", ex.Message);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    // ---------------------------------------------------------------- ReadToolCalls

    // A complete response as the API returns it (finish_reason "tool_calls"), extra fields included.
    private const string WeatherResponse = """
        {
          "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
          "object": "chat.completion",
          "created": 1741570283,
          "model": "gpt-4o-2024-08-06",
          "choices": [
            {
              "index": 0,
              "message": {
                "role": "assistant",
                "content": null,
                "tool_calls": [
                  {
                    "id": "call_abc",
                    "type": "function",
                    "function": {
                      "name": "get_weather",
                      "arguments": "{\"city\":\"Paris\"}"
                    }
                  }
                ],
                "refusal": null,
                "annotations": []
              },
              "logprobs": null,
              "finish_reason": "tool_calls"
            }
          ],
          "usage": {
            "prompt_tokens": 82,
            "completion_tokens": 17,
            "total_tokens": 99,
            "prompt_tokens_details": { "cached_tokens": 0, "audio_tokens": 0 }
          },
          "service_tier": "default",
          "system_fingerprint": "fp_fc9f1d7035"
        }
        """;

    [Fact]
    public void ReadToolCalls_FromFullResponse()
    {
        var calls = OpenAIChatCompletions.ReadToolCalls(WeatherResponse);

        var call = Assert.Single(calls);
        Assert.Equal("call_abc", call.Id);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"city":"Paris"}""", call.ArgumentsText);
    }

    [Fact]
    public void ReadToolCalls_FromUtf8Bytes()
    {
        var calls = OpenAIChatCompletions.ReadToolCalls(Encoding.UTF8.GetBytes(WeatherResponse));

        Assert.Equal("call_abc", Assert.Single(calls).Id);
    }

    [Fact]
    public void Readers_SkipUtf8ByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(WeatherResponse)).ToArray();

        Assert.Equal("call_abc", Assert.Single(OpenAIChatCompletions.ReadToolCalls(bytes)).Id);
        Assert.Null(OpenAIChatCompletions.ReadContent(bytes));
        Assert.Equal("tool_calls", OpenAIChatCompletions.ReadFinishReason(bytes));
    }

    [Fact]
    public void ReadToolCalls_FromBareAssistantMessage()
    {
        var calls = OpenAIChatCompletions.ReadToolCalls(
            """{"role":"assistant","content":null,"tool_calls":[{"id":"call_abc","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]}"""u8);

        var call = Assert.Single(calls);
        Assert.Equal("call_abc", call.Id);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"city":"Paris"}""", call.ArgumentsText);
    }

    [Fact]
    public void ReadToolCalls_ArgumentsWithEscapesAndUnicode_AreUnescapedToExactBytes()
    {
        // The arguments string, as JSON text, escapes quotes, a newline and a tab (white space of the inner JSON),
        // \u00e3, an escaped surrogate pair (😀), a raw non-ASCII character, and the inner JSON's own escapes
        // (\n, \t, \" and \\ inside its string), which must survive as escapes.
        const string message = """
            {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"note",
             "arguments":"{\n\t\"city\":\"S\u00e3o Paulo\",\"text\":\"line1\\nline2\\ttab \\\"q\\\" \\\\ \ud83d\ude00 東京\"\n}"}}]}
            """;

        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(message));

        const string expected = "{\n\t\"city\":\"São Paulo\",\"text\":\"line1\\nline2\\ttab \\\"q\\\" \\\\ 😀 東京\"\n}";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), call.Arguments.ToArray());

        // The inner JSON is what the model meant: an object whose text holds a quote and a backslash.
        using var inner = JsonDocument.Parse(call.Arguments);
        Assert.Equal("São Paulo", inner.RootElement.GetProperty("city").GetString());
        Assert.Equal("line1\nline2\ttab \"q\" \\ 😀 東京", inner.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void ReadToolCalls_UnescapedArguments_AreCopiedAsIs()
    {
        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(
            """{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"count","arguments":"42"}}]}"""));

        Assert.Equal("42", call.ArgumentsText);
    }

    [Fact]
    public void ReadToolCalls_InvalidJsonArguments_ArePreservedVerbatim()
    {
        // The model stopped mid-object and used single quotes: not our job to judge, the dispatcher reports it.
        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(
            """{"role":"assistant","content":null,"tool_calls":[{"id":"call_x","type":"function","function":{"name":"get_weather","arguments":"{'city': \"Par"}}]}"""));

        Assert.Equal("{'city': \"Par", call.ArgumentsText);
    }

    [Fact]
    public void ReadToolCalls_ArgumentsAsObject_TakesTheObjectText()
    {
        // §6 quirk: some open-model servers send arguments as an object instead of a string.
        const string message = """
            {"role":"assistant","content":null,"tool_calls":[{"id":"call_o","type":"function",
              "function":{"name":"get_weather","arguments": {"city": "Paris", "days": [1, 2], "unit": null} }}]}
            """;

        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(message));

        Assert.Equal("""{"city": "Paris", "days": [1, 2], "unit": null}""", call.ArgumentsText);
    }

    [Fact]
    public void ReadToolCalls_MissingNullOrEmptyArguments_AreEmpty()
    {
        const string message = """
            {"role":"assistant","tool_calls":[
              {"id":"a","type":"function","function":{"name":"now"}},
              {"id":"b","type":"function","function":{"name":"now","arguments":null}},
              {"id":"c","type":"function","function":{"name":"now","arguments":""}}]}
            """;

        var calls = OpenAIChatCompletions.ReadToolCalls(message);

        Assert.Equal(3, calls.Count);
        Assert.All(calls, call => Assert.True(call.Arguments.IsEmpty));
    }

    [Fact]
    public void ReadToolCalls_MissingOrEmptyId_GetsStableMadeUpId()
    {
        // §6 quirk: missing or empty id. Made-up ids follow the call's position.
        const string response = """
            {"object":"chat.completion","model":"qwen2.5-7b-instruct","choices":[{"index":0,"finish_reason":"tool_calls",
             "message":{"role":"assistant","content":null,"tool_calls":[
               {"type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
               {"id":"","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}},
               {"id":null,"type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}},
               {"id":"chatcmpl-tool-7f3a","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Bern\"}"}}]}}]}
            """;

        var first = OpenAIChatCompletions.ReadToolCalls(response);
        var second = OpenAIChatCompletions.ReadToolCalls(response);

        Assert.Equal(new[] { "call_0", "call_1", "call_2", "chatcmpl-tool-7f3a" }, first.Select(c => c.Id));
        Assert.Equal(first.Select(c => c.Id), second.Select(c => c.Id));
        Assert.Equal(4, first.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void ReadToolCalls_MadeUpIds_NeverCollideWithRealOnes()
    {
        // A server that sends "call_1" itself and leaves the second call without an id.
        const string message = """
            {"role":"assistant","tool_calls":[
              {"id":"call_1","type":"function","function":{"name":"a","arguments":"{}"}},
              {"type":"function","function":{"name":"b","arguments":"{}"}},
              {"id":"call_1_2","type":"function","function":{"name":"c","arguments":"{}"}}]}
            """;

        var calls = OpenAIChatCompletions.ReadToolCalls(message);

        Assert.Equal(new[] { "call_1", "call_1_3", "call_1_2" }, calls.Select(c => c.Id));
    }

    [Fact]
    public void ReadToolCalls_NumericId_IsTakenAsText()
    {
        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(
            """{"role":"assistant","tool_calls":[{"id":17,"type":"function","function":{"name":"now","arguments":"{}"}}]}"""));

        Assert.Equal("17", call.Id);
    }

    [Fact]
    public void ReadToolCalls_SeveralCalls_InOrder()
    {
        // Parallel tool calls (parallel_tool_calls: true), one response.
        const string response = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,
             "message":{"role":"assistant","content":null,"tool_calls":[
              {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
              {"id":"call_2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Tokyo\"}"}},
              {"id":"call_3","type":"function","function":{"name":"get_stock_price","arguments":"{\"symbol\":\"AAPL\"}"}}]},
             "finish_reason":"tool_calls"}]}
            """;

        var calls = OpenAIChatCompletions.ReadToolCalls(response);

        Assert.Equal(new[] { "call_1", "call_2", "call_3" }, calls.Select(c => c.Id));
        Assert.Equal(new[] { "get_weather", "get_weather", "get_stock_price" }, calls.Select(c => c.Name));
        Assert.Equal(
            new[] { """{"city":"Paris"}""", """{"city":"Tokyo"}""", """{"symbol":"AAPL"}""" },
            calls.Select(c => c.ArgumentsText));
    }

    [Fact]
    public void ReadToolCalls_UnknownPropertiesEverywhere_AreSkipped()
    {
        const string response = """
            {"x":{"a":[1,{"b":null}]},"object":{"choices":"no"},"message":["no"],"error":null,"choices":[{"extra":[{"message":"not this"}],"index":0,
             "message":{"role":"assistant","reasoning_content":"Let me think {\"tool_calls\":[]}","tool_calls":[
              {"index":0,"id":"call_1","type":"function","extra":{"function":{"name":"wrong"}},
               "function":{"name":"get_weather","x":[true],"arguments":"{}","y":{}}}]}}],"z":"zz"}
            """;

        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(response));

        Assert.Equal("get_weather", call.Name);
        Assert.Equal("{}", call.ArgumentsText);
    }

    [Fact]
    public void ReadToolCalls_OnlyFirstChoiceIsRead()
    {
        const string response = """
            {"choices":[
              {"index":0,"message":{"role":"assistant","content":"Hi."},"finish_reason":"stop"},
              {"index":1,"message":{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"x","arguments":"{}"}}]},"finish_reason":"tool_calls"}]}
            """;

        Assert.Empty(OpenAIChatCompletions.ReadToolCalls(response));
        Assert.Equal("stop", OpenAIChatCompletions.ReadFinishReason(response));
    }

    [Theory]
    [InlineData("""{"id":"chatcmpl-2","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"It is sunny.","refusal":null},"finish_reason":"stop"}]}""")]
    [InlineData("""{"role":"assistant","content":"It is sunny."}""")]
    [InlineData("""{"role":"assistant","content":"It is sunny.","tool_calls":null}""")]
    [InlineData("""{"role":"assistant","content":null,"tool_calls":[]}""")]
    [InlineData("""{"id":"chatcmpl-3","object":"chat.completion","choices":[]}""")]
    [InlineData("""{"choices":null}""")]
    [InlineData("""{"choices":[{"index":0,"message":null,"finish_reason":"content_filter"}]}""")]
    public void ReadToolCalls_NoToolCalls_ReturnsEmpty(string json)
    {
        Assert.Empty(OpenAIChatCompletions.ReadToolCalls(json));
    }

    [Fact]
    public void ReadToolCalls_OllamaNativeResponse_ReadsTopLevelMessage()
    {
        // Ollama's own /api/chat: a top-level "message", arguments as an object, no id.
        const string response = """
            {"model":"llama3.1","created_at":"2025-01-01T00:00:00Z","message":{"role":"assistant","content":"",
             "tool_calls":[{"function":{"name":"get_weather","arguments":{"city":"Paris"}}}]},"done_reason":"stop","done":true}
            """;

        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(response));

        Assert.Equal("call_0", call.Id);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"city":"Paris"}""", call.ArgumentsText);
        Assert.Null(OpenAIChatCompletions.ReadFinishReason(response));
    }

    [Fact]
    public void ReadToolCalls_LoneSurrogateEscape_BecomesReplacementCharacter()
    {
        // CopyString refuses a lone surrogate; the codec keeps the rest of what the model wrote.
        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(
            """{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"echo","arguments":"{\"t\":\"a\ud800b\\n\u00e9\"}"}}]}"""));

        Assert.Equal(Encoding.UTF8.GetBytes("{\"t\":\"a\uFFFDb\\né\"}"), call.Arguments.ToArray());
    }

    [Fact]
    public void ReadToolCalls_InvalidUtf8InArguments_IsKeptVerbatim()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"echo\",\"arguments\":\"{\\\"t\\\":\\\"");
        var suffix = """\"}"}}]}"""u8.ToArray();
        var json = prefix.Concat(new byte[] { 0xC3, 0x28 }).Concat(suffix).ToArray();

        var call = Assert.Single(OpenAIChatCompletions.ReadToolCalls(json));

        Assert.Equal(new byte[] { (byte)'{', (byte)'"', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' }, call.Arguments.ToArray());
    }

    // ---------------------------------------------------------------- malformed envelopes

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","tool_calls":[""", "not valid JSON")]
    [InlineData("""{"role":"assistant"} trailing""", "not valid JSON")]
    [InlineData("""[{"role":"assistant"}]""", "expected a JSON object")]
    [InlineData("\"hello\"", "expected a JSON object")]
    [InlineData("""{"choices":{"message":{}}}""", "\"choices\" is an object, expected an array")]
    [InlineData("""{"choices":"none"}""", "\"choices\" is a string, expected an array")]
    [InlineData("""{"choices":[42]}""", "choices[0] is a number, expected an object")]
    [InlineData("""{"choices":[{"message":"hi"}]}""", "choices[0].message is a string, expected an object")]
    [InlineData("""{"choices":[{"index":0,"delta":{"content":"Hi"}}]}""", "choices[0] has no \"message\"")]
    [InlineData("""{"role":"assistant","tool_calls":{"id":"c"}}""", "tool_calls is an object, expected an array")]
    [InlineData("""{"role":"assistant","tool_calls":["get_weather"]}""", "tool_calls[0] is a string, expected an object")]
    [InlineData("""{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"arguments":"{}"}}]}""", "tool_calls[0] has no function name")]
    [InlineData("""{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"","arguments":"{}"}}]}""", "tool_calls[0] has no function name")]
    [InlineData("""{"role":"assistant","tool_calls":[{"id":"c","type":"function"}]}""", "tool_calls[0] has no function name")]
    [InlineData("""{"choices":[{"message":{"tool_calls":[{"id":"a","function":{"name":"x"}},{"id":"b","function":{"name":7}}]}}]}""", "choices[0].message.tool_calls[1].function.name is a number, expected a string")]
    [InlineData("""{"role":"assistant","tool_calls":[{"id":"c","function":"get_weather"}]}""", "tool_calls[0].function is a string, expected an object")]
    [InlineData("""{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","code":"invalid_api_key"}}""", "server returned an error: Incorrect API key provided.")]
    [InlineData("""{"object":"error","message":"\"auto\" tool choice requires --enable-auto-tool-choice","type":"BadRequestError","code":400}""", "server returned an error: \"auto\" tool choice requires")]
    public void ReadToolCalls_MalformedEnvelope_ThrowsFormatException(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => OpenAIChatCompletions.ReadToolCalls(json));

        Assert.Contains(expected, ex.Message);
        Assert.StartsWith("Cannot read the OpenAI Chat Completions response: ", ex.Message);
    }

    [Fact]
    public void ReadToolCalls_NotJson_WrapsJsonException()
    {
        var ex = Assert.Throws<FormatException>(() => OpenAIChatCompletions.ReadToolCalls("{\"choices\": [tru"));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public void Readers_NullString_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.ReadToolCalls((string)null!));
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.ReadContent((string)null!));
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.ReadFinishReason((string)null!));
    }

    // ---------------------------------------------------------------- content and finish_reason

    [Fact]
    public void ReadContentAndFinishReason_TextAnswer()
    {
        const string response = """
            {"id":"chatcmpl-4","object":"chat.completion","created":1741570283,"model":"gpt-4o",
             "choices":[{"index":0,"message":{"role":"assistant","content":"It is 18 °C and sunny in Paris.","refusal":null,"annotations":[]},
                         "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":120,"completion_tokens":12,"total_tokens":132}}
            """;

        Assert.Equal("It is 18 °C and sunny in Paris.", OpenAIChatCompletions.ReadContent(response));
        Assert.Equal("stop", OpenAIChatCompletions.ReadFinishReason(response));
        Assert.Empty(OpenAIChatCompletions.ReadToolCalls(response));
    }

    [Fact]
    public void ReadContentAndFinishReason_ToolCallAnswer()
    {
        Assert.Null(OpenAIChatCompletions.ReadContent(WeatherResponse));
        Assert.Equal("tool_calls", OpenAIChatCompletions.ReadFinishReason(WeatherResponse));
        Assert.Equal("tool_calls", OpenAIChatCompletions.ReadFinishReason(Encoding.UTF8.GetBytes(WeatherResponse)));
    }

    [Fact]
    public void ReadContent_TextBesideToolCalls()
    {
        const string message = """
            {"role":"assistant","content":"Let me check the weather.","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]}
            """;

        Assert.Equal("Let me check the weather.", OpenAIChatCompletions.ReadContent(message));
        Assert.Single(OpenAIChatCompletions.ReadToolCalls(message));
    }

    [Fact]
    public void ReadContent_ArrayOfParts_IsJoined()
    {
        const string message = """
            {"role":"assistant","content":[{"type":"text","text":"Hello, "},{"type":"image_url","image_url":{"url":"x"}},{"type":"text","text":"world."}]}
            """;

        Assert.Equal("Hello, world.", OpenAIChatCompletions.ReadContent(message));
    }

    [Fact]
    public void ReadContent_EscapesAreDecoded()
    {
        Assert.Equal("a \"b\"\n😀", OpenAIChatCompletions.ReadContent("""{"role":"assistant","content":"a \"b\"\n\ud83d\ude00"}"""));
    }

    [Theory]
    [InlineData("""{"role":"assistant","content":null,"tool_calls":[]}""")]
    [InlineData("""{"role":"assistant"}""")]
    [InlineData("""{"choices":[]}""")]
    public void ReadContent_None_IsNull(string json)
    {
        Assert.Null(OpenAIChatCompletions.ReadContent(json));
    }

    [Theory]
    [InlineData("""{"role":"assistant","content":"Hi."}""")]
    [InlineData("""{"choices":[{"index":0,"message":{"role":"assistant","content":"Hi."},"finish_reason":null}]}""")]
    [InlineData("""{"choices":[]}""")]
    public void ReadFinishReason_None_IsNull(string json)
    {
        Assert.Null(OpenAIChatCompletions.ReadFinishReason(json));
    }

    [Fact]
    public void ReadFinishReason_StreamingChunk_IsRead()
    {
        // The last chunk of a stream has a delta and a finish_reason; only the message readers refuse it.
        const string chunk = """{"id":"chatcmpl-5","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""";

        Assert.Equal("tool_calls", OpenAIChatCompletions.ReadFinishReason(chunk));
        Assert.Throws<FormatException>(() => OpenAIChatCompletions.ReadContent(chunk));
    }

    [Fact]
    public void ReadContent_MalformedContent_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => OpenAIChatCompletions.ReadContent("""{"role":"assistant","content":42}"""));

        Assert.Contains("content is a number", ex.Message);
    }

    // ---------------------------------------------------------------- WriteToolResult

    [Fact]
    public void WriteToolResult_Success()
    {
        var result = ToolResult.Success("call_abc", """{"temperature":18,"unit":"celsius"}""");

        var json = OpenAIChatCompletions.WriteToolResult(result);

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(new[] { "role", "tool_call_id", "content" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("tool", root.GetProperty("role").GetString());
        Assert.Equal("call_abc", root.GetProperty("tool_call_id").GetString());

        // content is a string holding the JSON text, as §1 requires.
        Assert.Equal(JsonValueKind.String, root.GetProperty("content").ValueKind);
        Assert.Equal(result.Content, root.GetProperty("content").GetString());
    }

    [Fact]
    public void WriteToolResult_Error_SendsTheMessageAsContent()
    {
        var error = new ToolError(ToolErrorKind.InvalidArguments, "\"unit\": expected one of \"celsius\", \"fahrenheit\"; got \"kelvin\"");
        var result = ToolResult.Failure("call_abc", error);

        var json = OpenAIChatCompletions.WriteToolResult(result);

        using var doc = JsonDocument.Parse(json);
        Assert.Equal("tool", doc.RootElement.GetProperty("role").GetString());
        Assert.Equal("call_abc", doc.RootElement.GetProperty("tool_call_id").GetString());
        Assert.Equal(error.Message, doc.RootElement.GetProperty("content").GetString());
        Assert.Equal(3, doc.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void WriteToolResult_TextWithControlCharactersAndUnicode_RoundTrips()
    {
        var result = ToolResult.Success("call_ü", "Line 1\nLine 2\t\"quoted\" \\ </script> 東京 😀 \u0001");

        using var doc = JsonDocument.Parse(OpenAIChatCompletions.WriteToolResult(result));

        Assert.Equal(result.Content, doc.RootElement.GetProperty("content").GetString());
        Assert.Equal("call_ü", doc.RootElement.GetProperty("tool_call_id").GetString());
    }

    [Fact]
    public void WriteToolResult_IntoMessagesArray_AfterTheAssistantMessage()
    {
        // A full round trip: read calls, answer each, write the results into the next request's messages.
        var calls = OpenAIChatCompletions.ReadToolCalls(WeatherResponse);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var call in calls)
            {
                OpenAIChatCompletions.WriteToolResult(writer, ToolResult.Success(call.Id, "{\"temperature\":18}"));
            }

            writer.WriteEndArray();
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        var message = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("call_abc", message.GetProperty("tool_call_id").GetString());
    }

    [Fact]
    public void WriteToolResult_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.WriteToolResult(null!));
        using var writer = new Utf8JsonWriter(new MemoryStream());
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.WriteToolResult(writer, null!));
        Assert.Throws<ArgumentNullException>(() => OpenAIChatCompletions.WriteToolResult(null!, ToolResult.Success("c", "x")));
    }

    private static JsonElement ParseSingleFunction(string toolsJson)
    {
        using var doc = JsonDocument.Parse(toolsJson);
        return Assert.Single(doc.RootElement.EnumerateArray()).GetProperty("function").Clone();
    }
}
