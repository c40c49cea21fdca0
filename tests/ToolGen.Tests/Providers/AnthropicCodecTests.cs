using System.Text;
using System.Text.Json;
using ToolGen.Providers;
using ToolGen.Tests.Chat;

namespace ToolGen.Tests.Providers;

// Shapes from wire-formats.md §3 and the fixtures' documentation sections (ProviderFixtures).
public class AnthropicCodecTests
{
    private static readonly AnthropicCodec Codec = AnthropicCodec.Default;

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Body(ChatRequest request, AnthropicCodec? codec = null) =>
        Parse(Encoding.UTF8.GetString((codec ?? Codec).WriteRequest(request)));

    private const string StrictSchema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}""";

    [Fact]
    public void Tools_have_input_schema_and_strict_only_where_the_subset_fits()
    {
        var tools = Body(new ChatRequest { Model = "m", Tools = ChatTools.ToolDefinitions }).GetProperty("tools");

        foreach (var tool in tools.EnumerateArray())
        {
            Assert.Equal("object", tool.GetProperty("input_schema").GetProperty("type").GetString());
            Assert.False(tool.TryGetProperty("parameters", out _));
        }

        var weather = tools.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "get_weather");
        Assert.True(weather.GetProperty("strict").GetBoolean());
        var label = tools.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "label");
        Assert.False(label.TryGetProperty("strict", out _));
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"n":{"type":"integer","minimum":1}},"required":["n"],"additionalProperties":false}""")] // numeric bound
    [InlineData("""{"type":"object","properties":{"s":{"type":"string","pattern":"^a"}},"required":["s"],"additionalProperties":false}""")] // pattern
    [InlineData("""{"type":"object","properties":{"s":{"type":"string","format":"color"}},"required":["s"],"additionalProperties":false}""")] // format outside the list
    [InlineData("""{"type":"object","properties":{"a":{"type":"array","minItems":2}},"required":["a"],"additionalProperties":false}""")] // minItems > 1
    [InlineData("""{"type":"object","properties":{"n":{"$ref":"#/$defs/node"}},"required":["n"],"additionalProperties":false,"$defs":{"node":{"type":"object","properties":{"next":{"$ref":"#/$defs/node"}},"required":["next"],"additionalProperties":false}}}""")] // recursion
    [InlineData("""{"type":"object","properties":{"s":{"type":"string"}},"required":["s"]}""")] // open object
    public void A_schema_outside_the_strict_subset_is_sent_non_strict(string strictSchema)
    {
        var tool = new ToolDefinition("t", "d", """{"type":"object"}""", strictSchema);

        var written = Body(new ChatRequest { Model = "m", Tools = new[] { tool } }).GetProperty("tools")[0];

        Assert.False(written.TryGetProperty("strict", out _));
        Assert.Equal("""{"type":"object"}""", written.GetProperty("input_schema").GetRawText());
    }

    [Fact]
    public void Request_level_limits_are_kept_tool_by_tool()
    {
        // 3 tools of 2 union parameters each, with a limit of 5 unions: the third goes non-strict. And at most 2 strict tools.
        const string TwoUnions = """{"type":"object","properties":{"a":{"type":["string","null"]},"b":{"anyOf":[{"type":"string"},{"type":"null"}]}},"required":["a","b"],"additionalProperties":false}""";
        var tools = Enumerable.Range(0, 3).Select(i => new ToolDefinition("t" + i, "d", """{"type":"object"}""", TwoUnions)).ToArray();
        var codec = new AnthropicCodec { MaxStrictUnionParameters = 5 };

        Assert.Equal(new[] { "t0", "t1" }, codec.GetStrictToolNames(tools, strict: true).OrderBy(n => n));
        Assert.Empty(codec.GetStrictToolNames(tools, strict: false));

        var many = Enumerable.Range(0, 25).Select(i => new ToolDefinition("t" + i, "d", """{"type":"object"}""", StrictSchema)).ToArray();
        Assert.Equal(20, Codec.GetStrictToolNames(many, strict: true).Count);

        const string Optional = """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"required":[],"additionalProperties":false}""";
        var optional = Enumerable.Range(0, 3).Select(i => new ToolDefinition("o" + i, "d", """{"type":"object"}""", Optional)).ToArray();
        Assert.Equal(2, new AnthropicCodec { MaxStrictOptionalParameters = 5 }.GetStrictToolNames(optional, strict: true).Count);
    }

    [Fact]
    public void Tool_use_blocks_are_read_with_input_as_the_arguments()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.AnthropicCall));

        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal("toolu_01A09q90qw90lq917835lq9", call.Id);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"city":"Paris"}""", call.ArgumentsText);
        Assert.Equal("I'll check the current weather in Paris for you.", turn.Text);
        Assert.Equal("tool_use", turn.FinishReason);
        Assert.Equal(472, turn.Usage!.InputTokens);

        var message = Parse(Assert.Single(turn.History));
        Assert.Equal("assistant", message.GetProperty("role").GetString());
        Assert.Equal(2, message.GetProperty("content").GetArrayLength());
    }

    [Fact]
    public void Thinking_blocks_go_back_unchanged()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.AnthropicParallelCalls));

        Assert.Equal(new[] { "toolu_a", "toolu_b" }, turn.ToolCalls.Select(c => c.Id));
        var thinking = Parse(turn.History[0]).GetProperty("content")[0];
        Assert.Equal("EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds", thinking.GetProperty("signature").GetString());
    }

    [Fact]
    public void A_tool_without_input_has_no_arguments()
    {
        var turn = Codec.ReadResponse("""{"type":"message","role":"assistant","content":[{"type":"tool_use","id":"t1","name":"now","input":{}}],"stop_reason":"tool_use"}"""u8);
        Assert.Equal("{}", Assert.Single(turn.ToolCalls).ArgumentsText);
    }

    [Fact]
    public void Results_are_tool_result_blocks_in_one_user_message_with_is_error()
    {
        var calls = new[] { new ToolCall("toolu_a", "get_weather", "{}"), new ToolCall("toolu_b", "get_weather", "{}") };
        var results = new[]
        {
            ToolResult.Success("toolu_a", """{"celsius":18.5}"""),
            ToolResult.Failure("toolu_b", new ToolError(ToolErrorKind.InvalidArguments, "city is required")),
        };

        var message = Parse(Assert.Single(Codec.WriteToolResults(calls, results)));

        Assert.Equal("user", message.GetProperty("role").GetString());
        var blocks = message.GetProperty("content");
        Assert.Equal("tool_result", blocks[0].GetProperty("type").GetString());
        Assert.Equal("toolu_a", blocks[0].GetProperty("tool_use_id").GetString());
        Assert.False(blocks[0].TryGetProperty("is_error", out _));
        Assert.True(blocks[1].GetProperty("is_error").GetBoolean());
        Assert.Equal("city is required", blocks[1].GetProperty("content").GetString());
    }

    [Fact]
    public void Request_has_max_tokens_system_output_config_and_parallel_switch()
    {
        var body = Body(new ChatRequest
        {
            Model = "claude-sonnet-4-5",
            Instructions = "Be brief.",
            Messages = new[] { Codec.WriteUserMessage("Hi") },
            Tools = ChatTools.ToolDefinitions,
            ParallelToolCalls = false,
            AnswerFormat = new ChatAnswerFormat("w", "", """{"type":"object"}""", true),
        });

        Assert.Equal(AnthropicCodec.DefaultMaxTokens, body.GetProperty("max_tokens").GetInt32());
        Assert.Equal("Be brief.", body.GetProperty("system").GetString());
        Assert.True(body.GetProperty("tool_choice").GetProperty("disable_parallel_tool_use").GetBoolean());
        var format = body.GetProperty("output_config").GetProperty("format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("object", format.GetProperty("schema").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(ProviderFixtures.AnthropicError, "Overloaded")]
    [InlineData("""{"type":"message","role":"assistant"}""", "no \"content\"")]
    [InlineData("""{"content":"text"}""", "expected an array of blocks")]
    public void Bad_responses_are_format_errors(string body, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Codec.ReadResponse(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(expected, ex.Message);
    }
}
