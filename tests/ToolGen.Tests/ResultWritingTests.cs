using System.Text.Json;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Return values become the JSON text the model reads; strings pass through as text.</summary>
public class ResultWritingTests
{
    private readonly IToolSet _tools = new EchoTools();

    [Theory]
    [InlineData("range", """{"start":3,"count":3}""", "[3,4,5]")]
    [InlineData("escalate", """{"priority":"Low"}""", "\"Normal\"")]
    [InlineData("maybe_priority", """{"present":true}""", "\"High\"")]
    [InlineData("maybe_priority", """{"present":false}""", "null")]
    [InlineData("initial", """{"word":"\"quoted"}""", "\"\\\"\"")]
    [InlineData("null_text", "{}", "null")]
    [InlineData("words", "{}", "[\"a \\\"b\\\"\",null,\"é\"]")]
    [InlineData("biggest", "{}", "18446744073709551615")]
    [InlineData("yes", "{}", "true")]
    [InlineData("nothing", "{}", ToolResult.NoContent)]
    public void Writes_results_as_json(string tool, string arguments, string expected)
    {
        Assert.Equal(expected, _tools.Ok(tool, arguments));
    }

    [Fact]
    public void A_string_result_is_the_text_itself()
    {
        Assert.Equal("a|b|True", _tools.Ok("text", """{"s":"a","c":"b","flag":true}"""));
    }

    [Fact]
    public void Results_the_return_schema_cannot_hold_fail_the_call()
    {
        // docs/schema-semantics.md: the ReturnSchema says number and a string enum; NaN and 42 are neither.
        Assert.Equal(
            "Tool \"not_a_number\" failed: the result holds NaN, which is not a JSON number; the result schema allows only finite numbers.",
            _tools.Fails("not_a_number", "{}", ToolErrorKind.ToolFailed));
        Assert.Equal(
            "Tool \"priority_list\" failed: the result holds the Priority value 42, which has no name; the result schema allows only the names.",
            _tools.Fails("priority_list", "{}", ToolErrorKind.ToolFailed));
    }

    [Fact]
    public void Json_results_parse()
    {
        foreach (var (tool, arguments) in new[] { ("range", """{"start":-2,"count":4}"""), ("words", "{}") })
        {
            using var document = JsonDocument.Parse(_tools.Ok(tool, arguments));
            Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        }
    }

    [Fact]
    public async Task Async_results_are_awaited()
    {
        var tools = new WeatherTools();
        var result = await ((IToolSet)tools).InvokeAsync(new ToolCall("c", "forecast", """{"city":"Paris","days":3}"""));
        Assert.False(result.IsError, result.Content);
        Assert.Equal("[20,21,22]", result.Content);
    }

    [Fact]
    public async Task Static_classes_expose_a_tool_set()
    {
        Assert.Equal("212", ConversionTools.ToolSet.Ok("celsius_to_fahrenheit", """{"celsius":100}"""));
        var shout = await ConversionTools.ToolSet.InvokeAsync(new ToolCall("c", "shout", """{"text":"hi"}"""));
        Assert.Equal("HI", shout.Content);
        Assert.Equal(ToolResult.NoContent, ConversionTools.ToolSet.Ok("ping", null));
        Assert.Same(ConversionTools.ToolDefinitions, ConversionTools.ToolSet.Definitions);
    }
}
