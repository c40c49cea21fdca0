using System.Text;
using System.Text.Json;
using ToolGen.Chat;
using ToolGen.Providers;
using ToolGen.Tests.Providers;

namespace ToolGen.Tests.Chat;

// RunAsync<T>: the loop asks for a typed answer, reads it with StructuredOutput<T>.TryRead, and sends a reading error back once.
public class StructuredOutputLoopTests
{
    private readonly ScriptedChatHandler _server = new();
    private readonly ChatTools _tools = new();

    public sealed record Forecast(string City, double Celsius);

    private const string Schema = """{"type":"object","properties":{"city":{"type":"string"},"celsius":{"type":"number"}},"required":["city","celsius"],"additionalProperties":false}""";

    /// <summary>A hand-written stand-in for what the generator emits for a [StructuredOutput] record (issue 17).</summary>
    private static readonly StructuredOutput<Forecast> ForecastFormat = new("forecast", "A weather forecast.", Schema, Schema, ReadForecast);

    private static bool ReadForecast(ReadOnlySpan<byte> json, out Forecast value, out ToolError? error)
    {
        value = null!;
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (!root.TryGetProperty("city", out var city) || city.ValueKind != JsonValueKind.String)
            {
                error = new ToolError(ToolErrorKind.InvalidArguments, "city: required, a string.");
                return false;
            }

            if (!root.TryGetProperty("celsius", out var celsius) || celsius.ValueKind != JsonValueKind.Number)
            {
                error = new ToolError(ToolErrorKind.InvalidArguments, "celsius: required, a number.");
                return false;
            }

            value = new Forecast(city.GetString()!, celsius.GetDouble());
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = new ToolError(ToolErrorKind.MalformedArguments, "The answer is not JSON: " + ex.Message);
            return false;
        }
    }

    private ChatLoop CreateLoop(ChatCodec codec, ChatLoopOptions? options = null) =>
        new(new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") }, codec, _tools, options ?? new ChatLoopOptions { Model = "m" });

    [Fact]
    public async Task An_unreadable_answer_is_sent_back_once_with_the_reason()
    {
        _server.Then(ScriptedChatHandler.Answer("""{"city":"Paris"}"""))
            .Then(ScriptedChatHandler.Answer("""{"city":"Paris","celsius":18.5}"""));
        var loop = CreateLoop(ChatCompletionsCodec.Default);

        var result = await loop.SendAsync(ForecastFormat, "Forecast for Paris?");

        Assert.Equal(new Forecast("Paris", 18.5), result.Value);
        Assert.Equal(2, result.Attempts);
        for (var i = 0; i < 2; i++)
        {
            var format = _server.Request(i).GetProperty("response_format");
            Assert.Equal("json_schema", format.GetProperty("type").GetString());
            Assert.Equal("forecast", format.GetProperty("json_schema").GetProperty("name").GetString());
            Assert.True(format.GetProperty("json_schema").GetProperty("strict").GetBoolean());
        }

        var retry = _server.Request(1).GetProperty("messages").EnumerateArray().Last();
        Assert.Equal("user", retry.GetProperty("role").GetString());
        Assert.Contains("celsius: required, a number.", retry.GetProperty("content").GetString());
    }

    [Fact]
    public async Task After_the_retries_a_clear_exception_carries_the_answer_and_the_error()
    {
        _server.Otherwise = _ => ScriptedChatHandler.Json(ProviderFixtures.AnthropicAnswer);
        var loop = CreateLoop(AnthropicCodec.Default, new ChatLoopOptions { Model = "m", StructuredOutputRetries = 2 });

        var ex = await Assert.ThrowsAsync<StructuredOutputException>(() => loop.SendAsync(ForecastFormat, "Forecast?"));

        Assert.Equal(3, _server.Bodies.Count);
        Assert.Equal("It is 18.5 °C in Paris.", ex.Answer);
        Assert.Equal(ToolErrorKind.MalformedArguments, ex.Error!.Kind);
        Assert.Contains("after 3 attempt(s)", ex.Message);
        Assert.Equal("json_schema", _server.Request(0).GetProperty("output_config").GetProperty("format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_step_limit_before_an_answer_is_a_structured_output_exception()
    {
        _server.Otherwise = _ => ScriptedChatHandler.Json(ProviderFixtures.GeminiCall);
        var loop = CreateLoop(GeminiCodec.Default, new ChatLoopOptions { Model = "m", MaxSteps = 1 });

        var ex = await Assert.ThrowsAsync<StructuredOutputException>(() => loop.SendAsync(ForecastFormat, "Forecast?"));

        Assert.Null(ex.Answer);
        Assert.Contains("MaxSteps", ex.Message);
        Assert.Equal("application/json", _server.Request(0).GetProperty("generationConfig").GetProperty("responseMimeType").GetString());
    }

    [Fact]
    public async Task A_json_answer_is_not_mistaken_for_a_raw_tool_call()
    {
        // Llama's raw call format is a JSON object with name and parameters; with an answer format asked, JSON is the answer.
        _server.Then(ScriptedChatHandler.Answer("""{"city":"Paris","celsius":18.5,"name":"get_weather","parameters":{"city":"Paris"}}"""));
        var loop = CreateLoop(ChatCompletionsCodec.Default);

        var result = await loop.SendAsync(ForecastFormat, "Forecast?");

        Assert.Equal("Paris", result.Value.City);
        Assert.Empty(_tools.Ran);
    }

    [Fact]
    public void The_answer_format_of_each_codec_names_the_schema()
    {
        var format = ChatAnswerFormat.From(ForecastFormat);
        string Write(ChatCodec codec) => Encoding.UTF8.GetString(codec.WriteRequest(new ChatRequest { Model = "m", AnswerFormat = format }));

        Assert.Contains("\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"forecast\"", Write(ChatCompletionsCodec.Default));
        Assert.Contains("\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"forecast\"", Write(ResponsesCodec.Default));
        Assert.Contains("\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":", Write(AnthropicCodec.Default));
        Assert.Contains("\"generationConfig\":{\"responseMimeType\":\"application/json\",\"responseJsonSchema\":", Write(GeminiCodec.Default));
        Assert.False(ChatAnswerFormat.From(ForecastFormat, strict: false).Strict);
    }
}
