using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

public class ToolSetTests
{
    [Fact]
    public void Combine_dispatches_to_the_set_that_defines_the_tool()
    {
        var combined = ToolSet.Combine(new WeatherTools(), ConversionTools.ToolSet);
        Assert.Equal(
            new[] { "get_temperature", "get_stock_price", "forecast", "celsius_to_fahrenheit", "shout", "ping" },
            combined.Definitions.Select(d => d.Name));
        Assert.Equal("195.25", combined.Ok("get_stock_price", """{"symbol":"AAPL"}"""));
        Assert.Equal("32", combined.Ok("celsius_to_fahrenheit", """{"celsius":0}"""));
    }

    [Fact]
    public void Combine_reports_unknown_tools_with_every_name()
    {
        var combined = ToolSet.Combine(new WeatherTools(), ConversionTools.ToolSet);
        Assert.Equal(
            "Unknown tool \"nope\". Available tools: get_temperature, get_stock_price, forecast, celsius_to_fahrenheit, shout, ping.",
            combined.Fails("nope", "{}", ToolErrorKind.UnknownTool));
    }

    [Fact]
    public void Combine_rejects_duplicate_names_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(() => ToolSet.Combine(new WeatherTools(), new WeatherTools()));
        Assert.Contains("\"get_temperature\"", error.Message);
        Assert.Contains("ToolGen.Tests.Tools.WeatherTools", error.Message);
    }

    [Fact]
    public void Combine_rejects_null_sets()
    {
        Assert.Throws<ArgumentNullException>(() => ToolSet.Combine(null!));
        Assert.Throws<ArgumentException>(() => ToolSet.Combine(new WeatherTools(), null!));
    }
}
