using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>
/// A model's arguments are untrusted: every kind of bad input comes back as an error result whose message
/// names the argument, what was expected and what was received. Nothing throws out of InvokeAsync.
/// </summary>
public class BadInputTests
{
    private readonly IToolSet _echo = new EchoTools();
    private readonly IToolSet _weather = new WeatherTools();

    [Fact]
    public void Unknown_tool_lists_the_available_ones()
    {
        var message = _weather.Fails("get_wether", "{}", ToolErrorKind.UnknownTool);
        Assert.Equal("Unknown tool \"get_wether\". Available tools: get_temperature, get_stock_price, forecast.", message);
    }

    [Theory]
    [InlineData("{\"city\":")]
    [InlineData("{\"city\":\"Paris\"")]
    [InlineData("{city:\"Paris\"}")]
    [InlineData("{\"city\":\"Paris\",}")]
    [InlineData("{\"city\":\"Paris\"} trailing")]
    [InlineData("{\"city\":\"Paris\"}{}")]
    [InlineData("{\"city\":'Paris'}")]
    [InlineData("{\"city\":\"Paris\" /* comment */}")]
    [InlineData("\u007b\"city\":\"Par\u0001is\"}")]
    public void Malformed_json_is_reported_as_such(string arguments)
    {
        var message = _weather.Fails("get_temperature", arguments, ToolErrorKind.MalformedArguments);
        Assert.StartsWith("Invalid arguments for tool \"get_temperature\": not valid JSON (", message);
        Assert.EndsWith("Send the arguments as one JSON object.", message);
    }

    [Theory]
    [InlineData("[\"Paris\"]", "an array")]
    [InlineData("\"Paris\"", "\"Paris\"")]
    [InlineData("42", "42")]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    public void Arguments_that_are_not_an_object_name_the_expected_properties(string arguments, string received)
    {
        var message = _weather.Fails("get_temperature", arguments, ToolErrorKind.MalformedArguments);
        Assert.Equal(
            $"Invalid arguments for tool \"get_temperature\": expected a JSON object with the properties \"city\" (required), \"unit\"; got {received}.",
            message);
    }

    [Fact]
    public void Missing_required_argument()
    {
        Assert.Equal(
            "Invalid arguments for tool \"get_temperature\": \"city\": required, but missing; expected a string.",
            _weather.Fails("get_temperature", """{"unit":"Celsius"}""", ToolErrorKind.InvalidArguments));
    }

    [Theory]
    [InlineData("""{"city":42}""", "\"city\": expected a string; got 42.")]
    [InlineData("""{"city":["Paris"]}""", "\"city\": expected a string; got an array.")]
    [InlineData("""{"city":{"name":"Paris"}}""", "\"city\": expected a string; got an object.")]
    [InlineData("""{"city":true}""", "\"city\": expected a string; got true.")]
    public void Wrong_json_type(string arguments, string problem)
    {
        Assert.Equal(
            "Invalid arguments for tool \"get_temperature\": " + problem,
            _weather.Fails("get_temperature", arguments, ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Unknown_enum_name_lists_the_allowed_ones()
    {
        Assert.Equal(
            "Invalid arguments for tool \"get_temperature\": \"unit\": expected one of \"Celsius\", \"Fahrenheit\"; got \"kelvin\".",
            _weather.Fails("get_temperature", """{"city":"Paris","unit":"kelvin"}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void An_enum_sent_as_its_number_is_refused()
    {
        Assert.Contains(
            "\"unit\": expected one of \"Celsius\", \"Fahrenheit\"; got 1.",
            _weather.Fails("get_temperature", """{"city":"Paris","unit":1}""", ToolErrorKind.InvalidArguments));
    }

    [Theory]
    [InlineData("""{"a":128,"b":0,"c":0,"d":0,"e":0,"f":0,"g":0,"h":0}""", "\"a\": expected an integer from -128 to 127; got 128.")]
    [InlineData("""{"a":0,"b":-1,"c":0,"d":0,"e":0,"f":0,"g":0,"h":0}""", "\"b\": expected an integer from 0 to 255; got -1.")]
    [InlineData("""{"a":0,"b":0,"c":32768,"d":0,"e":0,"f":0,"g":0,"h":0}""", "\"c\": expected an integer from -32768 to 32767; got 32768.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":65536,"e":0,"f":0,"g":0,"h":0}""", "\"d\": expected an integer from 0 to 65535; got 65536.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":0,"e":2147483648,"f":0,"g":0,"h":0}""", "\"e\": expected an integer from -2147483648 to 2147483647; got 2147483648.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":0,"e":0,"f":-1,"g":0,"h":0}""", "\"f\": expected an integer from 0 to 4294967295; got -1.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":0,"e":0,"f":0,"g":9223372036854775808,"h":0}""", "\"g\": expected an integer from -9223372036854775808 to 9223372036854775807; got 9223372036854775808.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":0,"e":0,"f":0,"g":0,"h":18446744073709551616}""", "\"h\": expected an integer from 0 to 18446744073709551615; got 18446744073709551616.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":0,"e":2.5,"f":0,"g":0,"h":0}""", "\"e\": expected an integer from -2147483648 to 2147483647; got 2.5.")]
    [InlineData("""{"a":0,"b":0,"c":0,"d":0,"e":"7","f":0,"g":0,"h":0}""", "\"e\": expected an integer from -2147483648 to 2147483647; got the string \"7\"; send the number without quotes.")]
    public void Integer_overflow_and_fractions_are_out_of_range(string arguments, string problem)
    {
        Assert.Equal("Invalid arguments for tool \"integers\": " + problem, _echo.Fails("integers", arguments, ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Reals_out_of_range_are_refused()
    {
        Assert.Equal(
            "Invalid arguments for tool \"reals\": \"f\": expected a number from -3.4028235E+38 to 3.4028235E+38; got 1e39. \"d\": expected a number from -1.7976931348623157E+308 to 1.7976931348623157E+308; got 1e309. \"m\": expected a number from -79228162514264337593543950335 to 79228162514264337593543950335; got 1e29.",
            _echo.Fails("reals", """{"f":1e39,"d":1e309,"m":1e29}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Null_for_a_non_nullable_parameter()
    {
        Assert.Equal(
            "Invalid arguments for tool \"get_temperature\": \"city\": must not be null; expected a string.",
            _weather.Fails("get_temperature", """{"city":null}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Duplicate_property()
    {
        Assert.Equal(
            "Invalid arguments for tool \"get_temperature\": \"city\": given more than once; send each property once.",
            _weather.Fails("get_temperature", """{"city":"Paris","city":"Rome"}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_char_must_be_one_character()
    {
        Assert.Equal(
            "Invalid arguments for tool \"text\": \"c\": expected a string of exactly 1 character; got \"ab\".",
            _echo.Fails("text", """{"s":"x","c":"ab","flag":true}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass_with_its_path()
    {
        var message = _echo.Fails(
            "collections",
            """{"numbers":[1,"two",3.5],"names":"a","priorities":["Low","Urgent"],"grid":[[1],[2,null]]}""",
            ToolErrorKind.InvalidArguments);
        Assert.Equal(
            "Invalid arguments for tool \"collections\": " +
            "\"numbers[1]\": expected an integer from -2147483648 to 2147483647; got \"two\". " +
            "\"numbers[2]\": expected an integer from -2147483648 to 2147483647; got 3.5. " +
            "\"names\": expected an array; got \"a\". " +
            "\"priorities[1]\": expected one of \"Low\", \"Normal\", \"High\"; got \"Urgent\". " +
            "\"grid[1][1]\": must not be null; expected an integer from -2147483648 to 2147483647.",
            message);
    }

    [Fact]
    public void Long_received_values_are_cut()
    {
        var longCity = new string('x', 200);
        var message = _weather.Fails("get_temperature", $$"""{"city":"Paris","unit":"{{longCity}}"}""", ToolErrorKind.InvalidArguments);
        Assert.Contains("got \"" + new string('x', 40) + "\"…", message);
        Assert.True(message.Length < 200, message);
    }

    [Fact]
    public void The_number_of_problems_listed_is_bounded()
    {
        var numbers = string.Join(",", Enumerable.Repeat("\"x\"", 50));
        var message = _echo.Fails("range", $$"""{"start":"a","count":[{{numbers}}]}""", ToolErrorKind.InvalidArguments);
        Assert.Contains("\"start\"", message);
        Assert.Contains("\"count\": expected an integer", message);
    }

    [Fact]
    public void Too_deep_json_is_refused_without_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var message = _weather.Fails("get_temperature", "{\"city\":\"Paris\",\"extra\":" + deep + "}", ToolErrorKind.MalformedArguments);
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused()
    {
        var bytes = new byte[] { (byte)'{', (byte)'"', (byte)'c', (byte)'i', (byte)'t', (byte)'y', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' };
        var result = await _weather.InvokeAsync(new ToolCall("c", "get_temperature", bytes));
        Assert.True(result.IsError);
        Assert.Equal(ToolErrorKind.MalformedArguments, result.Error!.Kind);
    }

    [Fact]
    public void A_bad_call_never_reaches_the_method()
    {
        var tools = new WeatherTools();
        ((IToolSet)tools).Call("get_temperature", """{"city":7}""");
        ((IToolSet)tools).Call("get_temperature", "not json");
        Assert.Equal(0, tools.Calls);
        ((IToolSet)tools).Call("get_temperature", """{"city":"Oslo"}""");
        Assert.Equal(1, tools.Calls);
    }

    [Fact]
    public void Methods_not_marked_as_tools_cannot_be_called()
    {
        var message = _weather.Fails("calls", "{}", ToolErrorKind.UnknownTool);
        Assert.StartsWith("Unknown tool \"calls\"", message);
        _weather.Fails("GetTemperature", "{}", ToolErrorKind.UnknownTool);
        _weather.Fails("ToString", "{}", ToolErrorKind.UnknownTool);
    }
}

/// <summary>The configurable limits; a collection of its own because it changes process-wide settings.</summary>
[Collection(nameof(LimitTests))]
public class LimitTests
{
    [Fact]
    public void Arguments_over_the_size_limit_are_refused_before_reading()
    {
        var previous = ToolCallLimits.MaxArgumentBytes;
        try
        {
            ToolCallLimits.MaxArgumentBytes = 64;
            var message = new Tools.WeatherTools().Fails("get_temperature", "{\"city\":\"" + new string('x', 100) + "\"}", ToolErrorKind.MalformedArguments);
            Assert.Equal("Invalid arguments for tool \"get_temperature\": 111 bytes is more than the 64 allowed. Send shorter arguments.", message);
        }
        finally
        {
            ToolCallLimits.MaxArgumentBytes = previous;
        }
    }

    [Fact]
    public void Limits_must_be_sensible()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ToolCallLimits.MaxArgumentBytes = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => ToolCallLimits.MaxDepth = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => ToolCallLimits.MaxDepth = 5000);
    }
}

/// <summary>Runs alone: the limits are process-wide, and other tests must not see them lowered.</summary>
[CollectionDefinition(nameof(LimitTests), DisableParallelization = true)]
public class LimitTestsCollection
{
}
