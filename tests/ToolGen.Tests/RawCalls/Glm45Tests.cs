using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the GLM-4.5 / 4.6 chat template ("<tool_call>NAME\n<arg_key>K</arg_key>\n<arg_value>V</arg_value>\n…</tool_call>",
// non-string values rendered with tojson), and vLLM's glm45 parser (values of non-string parameters parsed as JSON, or as
// a Python literal; reasoning in <think>).
public class Glm45Tests
{
    [Fact]
    public void Single_call_typed_by_the_schema()
    {
        var result = Parse(
            "<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Beijing</arg_value>\n<arg_key>days</arg_key>\n<arg_value>2</arg_value>\n</tool_call>",
            RawToolCallFormat.Glm45, WeatherTools);

        Assert.Equal(new[] { "get_weather {\"city\":\"Beijing\",\"days\":2}" }, Calls(result));
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Glm45, result.Format);
    }

    [Fact]
    public void Without_a_schema_values_that_are_json_are_parsed()
    {
        var result = Parse("<tool_call>f\n<arg_key>n</arg_key>\n<arg_value>2</arg_value>\n<arg_key>s</arg_key>\n<arg_value>two words</arg_value>\n<arg_key>l</arg_key>\n<arg_value>[1,\"a\"]</arg_value>\n</tool_call>");

        Assert.Equal(new[] { "f {\"n\":2,\"s\":\"two words\",\"l\":[1,\"a\"]}" }, Calls(result));
    }

    [Fact]
    public void A_string_parameter_that_looks_like_a_number_stays_a_string()
    {
        var result = Parse("<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>2</arg_value>\n</tool_call>", RawToolCallFormat.Glm45, WeatherTools);

        Assert.Equal(new[] { "get_weather {\"city\":\"2\"}" }, Calls(result));
    }

    [Fact]
    public void Parallel_calls_reasoning_and_text()
    {
        var result = Parse(
            "<think>Need both.</think>Checking.\n<tool_call>get_time\n</tool_call>\n<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>東京 \"x\"</arg_value>\n</tool_call>",
            RawToolCallFormat.Glm45, WeatherTools);

        Assert.Equal(new[] { "get_time {}", "get_weather {\"city\":\"東京 \\\"x\\\"\"}" }, Calls(result));
        Assert.Equal("Need both.", result.Reasoning);
        Assert.Equal("Checking.", result.Content);
    }

    [Fact]
    public void Bad_boolean_is_kept_raw()
    {
        var result = Parse("<tool_call>get_weather\n<arg_key>metric</arg_key>\n<arg_value>yes</arg_value>\n</tool_call>", RawToolCallFormat.Glm45, WeatherTools);

        Assert.Equal(new[] { "get_weather {\"metric\":\"yes\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.ValueKeptRaw }, Kinds(result));
    }

    [Fact]
    public void Key_without_value_is_malformed()
    {
        var result = Parse("<tool_call>get_weather\n<arg_key>city</arg_key>\n</tool_call>", RawToolCallFormat.Glm45);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(result));
    }

    [Fact]
    public void Truncated_call_is_an_event()
    {
        var result = Parse("<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>Par", RawToolCallFormat.Glm45);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall, RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Unknown_tool_is_reported()
    {
        var result = Parse("<tool_call>get_wether\n</tool_call>", RawToolCallFormat.Glm45, WeatherTools);

        Assert.Equal(new[] { "get_wether {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.UnknownToolName }, Kinds(result));
    }
}
