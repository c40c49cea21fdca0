using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the Qwen3-Coder chat template ("<tool_call>\n<function=NAME>\n<parameter=KEY>\nVALUE\n</parameter>\n</function>\n</tool_call>",
// non-string values rendered as JSON) and vLLM's qwen3_coder / qwen3_xml parser (values typed by the tool's schema: a
// string stays a string; other types parsed as JSON, then as a Python literal, else kept as text; one line break dropped
// on each side of a value; an unclosed parameter ends at the next one).
public class Qwen3CoderTests
{
    private static readonly ToolDefinition[] Tools =
    {
        Tool("get_weather", "\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"},\"metric\":{\"type\":\"boolean\"}," +
                            "\"hours\":{\"type\":[\"array\",\"null\"]},\"opts\":{\"type\":\"object\"},\"ratio\":{\"type\":\"number\"}"),
        Tool("write_file", "\"path\":{\"type\":\"string\"},\"content\":{\"type\":\"string\"}"),
    };

    [Fact]
    public void Single_call_typed_by_the_schema()
    {
        const string text = "<tool_call>\n<function=get_weather>\n<parameter=city>\n42\n</parameter>\n<parameter=days>\n3\n</parameter>\n" +
                            "<parameter=metric>\nTrue\n</parameter>\n<parameter=hours>\n[1, 2]\n</parameter>\n<parameter=opts>\n{'a': None}\n</parameter>\n" +
                            "<parameter=ratio>\n0.5\n</parameter>\n</function>\n</tool_call>";
        var result = Parse(text, RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Equal(new[] { "get_weather {\"city\":\"42\",\"days\":3,\"metric\":true,\"hours\":[1, 2],\"opts\":{\"a\":null},\"ratio\":0.5}" }, Calls(result));
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Qwen3Coder, result.Format);
    }

    [Fact]
    public void Without_tools_values_stay_strings()
    {
        var result = Parse("<tool_call>\n<function=get_weather>\n<parameter=days>\n3\n</parameter>\n</function>\n</tool_call>");

        Assert.Equal(new[] { "get_weather {\"days\":\"3\"}" }, Calls(result));
    }

    [Fact]
    public void A_value_that_does_not_parse_as_its_type_is_kept_raw_with_an_event()
    {
        var result = Parse("<tool_call>\n<function=get_weather>\n<parameter=days>\nthree\n</parameter>\n</function>\n</tool_call>", RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Equal(new[] { "get_weather {\"days\":\"three\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.ValueKeptRaw }, Kinds(result));
        Assert.Equal("\"days\" of \"get_weather\" should be an integer but is \"three\"; kept as a string", result.Events[0].Detail);
    }

    [Fact]
    public void Multi_line_code_with_markup_characters_stays_as_written()
    {
        const string code = "if a < b && c > \"d\":\n    print('</x>')\n";
        var result = Parse("<tool_call>\n<function=write_file>\n<parameter=path>\n/tmp/a.py\n</parameter>\n<parameter=content>\n" + code + "\n</parameter>\n</function>\n</tool_call>",
            RawToolCallFormat.Qwen3Coder, Tools);

        SameJson("{\"path\":\"/tmp/a.py\",\"content\":" + System.Text.Json.JsonSerializer.Serialize(code) + "}", result.Calls[0].ArgumentsText);
    }

    [Fact]
    public void Parallel_calls_with_text_before_and_unicode()
    {
        var result = Parse(
            "Checking.\n<tool_call>\n<function=get_weather>\n<parameter=city>\nZürich 雪\n</parameter>\n</function>\n</tool_call>\n" +
            "<tool_call>\n<function=get_weather>\n<parameter=city>\n😀\n</parameter>\n</function>\n</tool_call>",
            RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Equal("get_weather {\"city\":\"Zürich 雪\"}", Calls(result)[0]);
        SameJson("{\"city\":\"😀\"}", result.Calls[1].ArgumentsText);
        Assert.Equal("Checking.", result.Content);
    }

    [Fact]
    public void Unclosed_parameter_ends_at_the_next_one()
    {
        var result = Parse("<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n<parameter=days>\n2\n</parameter>\n</function>\n</tool_call>", RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\",\"days\":2}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Text_ending_inside_a_value_is_a_truncated_call()
    {
        var result = Parse("<tool_call>\n<function=write_file>\n<parameter=path>\n/tmp/a\n</parameter>\n<parameter=content>\nhalf of", RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall, RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Missing_tool_call_close_after_a_complete_function_is_tolerated()
    {
        var result = Parse("<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n</function>\n", RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Function_without_the_tool_call_wrapper()
    {
        var result = Parse("<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n</function>", RawToolCallFormat.Qwen3Coder, Tools);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}" }, Calls(result));
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        var result = Parse("<think>\n<tool_call>\n<function=x>\n</function>\n</tool_call>\n</think>\nNo call.", RawToolCallFormat.Qwen3Coder);

        Assert.Empty(result.Calls);
        Assert.Equal("No call.", result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning, RawToolCallEventKind.CallInReasoning }, Kinds(result));
        Assert.Equal("\"<tool_call>\" inside reasoning was not read as a call", result.Events[0].Detail);
        Assert.Equal("\"<function=\" inside reasoning was not read as a call", result.Events[1].Detail);
    }
}
