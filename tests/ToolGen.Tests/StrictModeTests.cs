using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>A call made against the strict schema rejects properties the tool does not take, at every depth.</summary>
public class StrictModeTests
{
    private readonly IToolSet _tools = new TravelTools();

    private ToolResult Strict(string name, string arguments) =>
        _tools.InvokeAsync(new ToolCall("c", name, arguments) { Strict = true }).AsTask().GetAwaiter().GetResult();

    [Fact]
    public void Unknown_properties_are_errors_in_strict_mode()
    {
        var result = Strict("convert", """{"money":{"amount":1,"currency":"EUR","rate":2},"to":"USD","note":"x"}""");
        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        Assert.Equal(
            "Invalid arguments for tool \"convert\": \"money.rate\": unknown property; expected only the properties \"amount\", \"currency\". \"note\": unknown property; expected only the properties \"money\", \"to\".",
            result.Content);
    }

    [Fact]
    public void Unknown_properties_are_ignored_otherwise()
    {
        Assert.Equal("""{"amount":2,"currency":"USD"}""", _tools.Ok("convert", """{"money":{"amount":1,"currency":"EUR","rate":2},"to":"USD","note":"x"}"""));
    }

    [Fact]
    public void Strict_mode_sends_null_for_optional_values_and_the_reader_uses_defaults()
    {
        var result = Strict(
            "describe",
            """{"query":{"from":"CDG","to":"JFK","date":null,"maxStops":null,"cabin":null,"passengers":null,"airlines":null,"flex_days":null,"wanted":null}}""");
        Assert.False(result.IsError, result.Content);
        Assert.Equal("CDG>JFK 0001-01-01 stops=any Economy [] airlines=any flex=0 internal=not from the model wanted=None", result.Content);
    }
}
