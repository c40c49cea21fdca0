using System.Text;
using System.Text.Json;
using ToolGen.Providers;
using ToolGen.Tests.Chat;

namespace ToolGen.Tests.Providers;

// Shapes from wire-formats.md §4 and the fixtures' documentation sections (ProviderFixtures).
public class GeminiCodecTests
{
    private static readonly GeminiCodec Codec = GeminiCodec.Default;
    private static readonly GeminiCodec Lowered = new() { UseOpenApiParameters = true };

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Body(GeminiCodec codec, ChatRequest request) => Parse(Encoding.UTF8.GetString(codec.WriteRequest(request)));

    private static JsonElement LowerOne(string schema) =>
        Body(Lowered, new ChatRequest { Model = "m", Tools = new[] { new ToolDefinition("t", "", schema) } })
            .GetProperty("tools")[0].GetProperty("functionDeclarations")[0].GetProperty("parameters");

    [Fact]
    public void Function_declarations_carry_parametersJsonSchema_by_default()
    {
        var body = Body(Codec, new ChatRequest { Model = "gemini-2.5-flash", Tools = ChatTools.ToolDefinitions, Instructions = "Be brief." });

        var declarations = body.GetProperty("tools")[0].GetProperty("functionDeclarations");
        Assert.Equal(ChatTools.ToolDefinitions.Count, declarations.GetArrayLength());
        foreach (var declaration in declarations.EnumerateArray())
        {
            Assert.True(declaration.TryGetProperty("parametersJsonSchema", out _));
            Assert.False(declaration.TryGetProperty("parameters", out _)); // mutually exclusive
        }

        Assert.Equal("Be brief.", body.GetProperty("systemInstruction").GetProperty("parts")[0].GetProperty("text").GetString());
        Assert.False(body.TryGetProperty("model", out _));
        Assert.Equal("models/gemini-2.5-flash:generateContent", Codec.GetRequestPath("gemini-2.5-flash", stream: false));
        Assert.Equal("models/gemini-2.5-flash:streamGenerateContent?alt=sse", Codec.GetRequestPath("models/gemini-2.5-flash", stream: true));
    }

    [Fact]
    public void Lowering_inlines_refs_and_turns_null_unions_into_nullable()
    {
        var parameters = LowerOne("""
            {"type":"object","additionalProperties":false,"$defs":{"place":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}},
             "properties":{
               "where":{"$ref":"#/$defs/place","description":"The place."},
               "note":{"type":["string","null"],"default":"none"},
               "unit":{"anyOf":[{"type":"string","enum":["c","f"]},{"type":"null"}]},
               "level":{"type":"integer","enum":[1,2,3],"minimum":1},
               "mode":{"const":"fast"}},
             "required":["where"]}
            """);

        Assert.False(parameters.TryGetProperty("additionalProperties", out _));
        Assert.False(parameters.TryGetProperty("$defs", out _));
        var where = parameters.GetProperty("properties").GetProperty("where");
        Assert.Equal("object", where.GetProperty("type").GetString());
        Assert.Equal("The place.", where.GetProperty("description").GetString());
        Assert.Equal("string", where.GetProperty("properties").GetProperty("city").GetProperty("type").GetString());

        var note = parameters.GetProperty("properties").GetProperty("note");
        Assert.Equal("string", note.GetProperty("type").GetString());
        Assert.True(note.GetProperty("nullable").GetBoolean());
        Assert.False(note.TryGetProperty("default", out _));

        var unit = parameters.GetProperty("properties").GetProperty("unit");
        Assert.Equal("string", unit.GetProperty("type").GetString());
        Assert.True(unit.GetProperty("nullable").GetBoolean());
        Assert.Equal(new[] { "c", "f" }, unit.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var level = parameters.GetProperty("properties").GetProperty("level");
        Assert.False(level.TryGetProperty("enum", out _)); // string-only enums
        Assert.Equal(1, level.GetProperty("minimum").GetInt32());

        Assert.Equal("fast", parameters.GetProperty("properties").GetProperty("mode").GetProperty("enum")[0].GetString());
    }

    [Fact]
    public void Lowering_refuses_recursion_with_a_clear_error()
    {
        const string Recursive = """{"type":"object","properties":{"root":{"$ref":"#/$defs/node"}},"$defs":{"node":{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#/$defs/node"}}}}}}""";

        var ex = Assert.Throws<ArgumentException>(() => LowerOne(Recursive));

        Assert.Contains("recursive", ex.Message);
        Assert.Contains("parametersJsonSchema", ex.Message);

        // The default form takes it as is.
        var body = Body(Codec, new ChatRequest { Model = "m", Tools = new[] { new ToolDefinition("t", "", Recursive) } });
        Assert.Equal(JsonValueKind.Object, body.GetProperty("tools")[0].GetProperty("functionDeclarations")[0].GetProperty("parametersJsonSchema").ValueKind);
    }

    [Fact]
    public void Calls_without_id_get_stable_generated_ids_and_the_signature_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes(ProviderFixtures.GeminiCall);
        var first = Codec.ReadResponse(bytes);
        var second = Codec.ReadResponse(bytes);

        var call = Assert.Single(first.ToolCalls);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"city":"Paris"}""", call.ArgumentsText);
        Assert.True(GeminiCodec.IsGenerated(call.Id));
        Assert.Equal(call.Id, second.ToolCalls[0].Id);
        Assert.Equal("STOP", first.FinishReason);
        Assert.Equal(71, first.Usage!.InputTokens);
        Assert.Equal(16, first.Usage.OutputTokens);

        var content = Parse(Assert.Single(first.History));
        Assert.Equal("model", content.GetProperty("role").GetString());
        Assert.Equal("CiQBVKhc7oTJ8nHZ0VqCj0bPh5qSg==", content.GetProperty("parts")[0].GetProperty("thoughtSignature").GetString());
    }

    [Fact]
    public void Parallel_calls_keep_their_ids_and_thoughts_are_not_answer_text()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.GeminiParallelCalls));

        Assert.Equal(new[] { "g1", "g2" }, turn.ToolCalls.Select(c => c.Id));
        Assert.Null(turn.Text);
    }

    [Fact]
    public void Function_responses_are_always_objects()
    {
        var calls = new[]
        {
            new ToolCall(GeminiCodec.GeneratedIdPrefix + "0", "get_weather", "{}"),
            new ToolCall("g2", "count", "{}"),
            new ToolCall("g3", "say", "{}"),
            new ToolCall("g4", "fail", "{}"),
        };
        var results = new[]
        {
            ToolResult.Success(calls[0].Id, """{"celsius":18.5}"""),
            ToolResult.Success("g2", "42"),
            ToolResult.Success("g3", "plain text"),
            ToolResult.Failure("g4", new ToolError(ToolErrorKind.ToolFailed, "boom")),
        };

        var content = Parse(Assert.Single(Codec.WriteToolResults(calls, results)));

        Assert.Equal("user", content.GetProperty("role").GetString());
        var parts = content.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("functionResponse")).ToArray();
        Assert.Equal("get_weather", parts[0].GetProperty("name").GetString());
        Assert.False(parts[0].TryGetProperty("id", out _)); // a generated id is not sent to the API
        Assert.Equal(18.5, parts[0].GetProperty("response").GetProperty("celsius").GetDouble());
        Assert.Equal("g2", parts[1].GetProperty("id").GetString());
        Assert.Equal(42, parts[1].GetProperty("response").GetProperty("result").GetInt32());
        Assert.Equal("plain text", parts[2].GetProperty("response").GetProperty("result").GetString());
        Assert.Equal("boom", parts[3].GetProperty("response").GetProperty("error").GetString());
    }

    [Fact]
    public void Answer_format_is_response_mime_type_and_schema()
    {
        var format = new ChatAnswerFormat("w", "", """{"type":"object","properties":{"a":{"type":["string","null"]}},"additionalProperties":false}""", true);

        var config = Body(Codec, new ChatRequest { Model = "m", AnswerFormat = format, MaxOutputTokens = 100 }).GetProperty("generationConfig");
        Assert.Equal("application/json", config.GetProperty("responseMimeType").GetString());
        Assert.Equal(JsonValueKind.Object, config.GetProperty("responseJsonSchema").ValueKind);
        Assert.Equal(100, config.GetProperty("maxOutputTokens").GetInt32());

        var lowered = Body(Lowered, new ChatRequest { Model = "m", AnswerFormat = format }).GetProperty("generationConfig");
        Assert.True(lowered.GetProperty("responseSchema").GetProperty("properties").GetProperty("a").GetProperty("nullable").GetBoolean());
        Assert.False(lowered.TryGetProperty("responseJsonSchema", out _));
    }

    [Theory]
    [InlineData(ProviderFixtures.GeminiError, "Invalid JSON payload received.")]
    [InlineData("""{"usageMetadata":{}}""", "no \"candidates\"")]
    [InlineData("""{"candidates":{}}""", "expected an array")]
    public void Bad_responses_are_format_errors(string body, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Codec.ReadResponse(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void A_blocked_prompt_is_an_empty_answer_with_the_block_reason()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.GeminiBlocked));
        Assert.Empty(turn.ToolCalls);
        Assert.Equal("SAFETY", turn.FinishReason);
    }
}
