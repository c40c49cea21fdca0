using System.Text;
using System.Text.Json;
using ToolGen.Providers;
using ToolGen.Tests.Chat;

namespace ToolGen.Tests.Providers;

// Shapes from wire-formats.md §2 and the fixtures' documentation sections (ProviderFixtures).
public class ResponsesCodecTests
{
    private static readonly ResponsesCodec Codec = ResponsesCodec.Default;

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static string WriteTools(IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        var body = Encoding.UTF8.GetString(Codec.WriteRequest(new ChatRequest { Model = "m", Tools = tools, Strict = strict }));
        return Parse(body).GetProperty("tools").GetRawText();
    }

    [Fact]
    public void Tools_are_flat_and_strict_is_always_written()
    {
        var tools = Parse(WriteTools(ChatTools.ToolDefinitions, strict: true));
        foreach (var tool in tools.EnumerateArray())
        {
            Assert.Equal("function", tool.GetProperty("type").GetString());
            Assert.False(tool.TryGetProperty("function", out _));
            Assert.Equal(JsonValueKind.Object, tool.GetProperty("parameters").ValueKind);
            Assert.True(tool.TryGetProperty("strict", out _), tool.GetRawText());
        }

        // The open dictionary tool has no strict form: it goes non-strict, explicitly (absent would mean strict).
        var label = tools.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "label");
        Assert.False(label.GetProperty("strict").GetBoolean());
        var weather = tools.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "get_weather");
        Assert.True(weather.GetProperty("strict").GetBoolean());

        var lenient = Parse(WriteTools(ChatTools.ToolDefinitions, strict: false));
        Assert.All(lenient.EnumerateArray(), t => Assert.False(t.GetProperty("strict").GetBoolean()));
    }

    [Fact]
    public void A_function_call_item_is_read_by_call_id()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.ResponsesCall));

        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal("call_unLAR8MvFNptuiZK6K6HCy5k", call.Id);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"city":"Paris"}""", call.ArgumentsText);
        Assert.Null(turn.Text);
        Assert.Equal("completed", turn.FinishReason);
        Assert.Equal(291, turn.Usage!.InputTokens);
        Assert.Equal(23, turn.Usage.OutputTokens);

        // The output item goes back as an input item, unchanged.
        var item = Parse(Assert.Single(turn.History));
        Assert.Equal("fc_67ca09c6bedc8190a7abfec07b1a1332096610f474011cc0", item.GetProperty("id").GetString());
    }

    [Fact]
    public void Parallel_calls_and_reasoning_items_keep_their_order()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.ResponsesParallelCalls));

        Assert.Equal(new[] { "call_a", "call_b" }, turn.ToolCalls.Select(c => c.Id));
        Assert.Equal(new[] { "reasoning", "function_call", "function_call" }, turn.History.Select(h => Parse(h).GetProperty("type").GetString()));
    }

    [Fact]
    public void A_message_item_is_the_answer_text()
    {
        var turn = Codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.ResponsesAnswer));

        Assert.Empty(turn.ToolCalls);
        Assert.Equal("It is 18.5 °C in Paris.", turn.Text);
    }

    [Fact]
    public void Results_go_back_as_function_call_output_items()
    {
        var calls = new[] { new ToolCall("call_1", "get_weather", "{}") };
        var results = new[] { ToolResult.Failure("call_1", new ToolError(ToolErrorKind.InvalidArguments, "city is required")) };

        var item = Parse(Assert.Single(Codec.WriteToolResults(calls, results)));

        Assert.Equal("function_call_output", item.GetProperty("type").GetString());
        Assert.Equal("call_1", item.GetProperty("call_id").GetString());
        Assert.Equal("city is required", item.GetProperty("output").GetString());
    }

    [Fact]
    public void A_streamed_turn_is_written_as_items_with_string_arguments()
    {
        var items = Codec.WriteAssistantTurn("Let me see.", new[] { new ToolCall("call_1", "get_weather", """{"city":"Paris"}""") });

        Assert.Equal("assistant", Parse(items[0]).GetProperty("role").GetString());
        var call = Parse(items[1]);
        Assert.Equal("function_call", call.GetProperty("type").GetString());
        Assert.Equal("""{"city":"Paris"}""", call.GetProperty("arguments").GetString());
    }

    [Fact]
    public void Answer_format_is_text_format_json_schema()
    {
        var format = new ChatAnswerFormat("weather", "A report.", """{"type":"object"}""", strict: true);
        var body = Parse(Encoding.UTF8.GetString(Codec.WriteRequest(new ChatRequest { Model = "m", AnswerFormat = format, Instructions = "Be brief." })));

        var written = body.GetProperty("text").GetProperty("format");
        Assert.Equal("json_schema", written.GetProperty("type").GetString());
        Assert.Equal("weather", written.GetProperty("name").GetString());
        Assert.True(written.GetProperty("strict").GetBoolean());
        Assert.Equal("object", written.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("Be brief.", body.GetProperty("instructions").GetString());
    }

    [Theory]
    [InlineData("""{"id":"r","status":"failed","error":{"code":"server_error","message":"The model failed."},"output":[]}""", "The model failed.")]
    [InlineData("""{"id":"r","status":"completed"}""", "no \"output\"")]
    [InlineData("""{"output":[tru""", "not valid JSON")]
    [InlineData("""[]""", "expected a JSON object")]
    public void Bad_responses_are_format_errors(string body, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Codec.ReadResponse(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Incomplete_responses_report_the_reason()
    {
        var turn = Codec.ReadResponse("""{"status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"output":[]}"""u8);
        Assert.Equal("max_output_tokens", turn.FinishReason);
    }
}
