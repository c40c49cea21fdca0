using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: vLLM's pythonic and llama4_pythonic tool parsers and their chat templates (tool_chat_template_llama3.2_pythonic,
// Llama 4: "[func(a=1), g()]" with Python literals, optionally between <|python_start|> and <|python_end|>), and vLLM's
// olmo3 parser (Olmo 3: one call per line inside <function_calls>…</function_calls>).
public class PythonicTests
{
    [Fact]
    public void Single_call()
    {
        var result = Parse("[get_weather(city=\"Paris\")]", RawToolCallFormat.Pythonic);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}" }, Calls(result));
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Parallel_calls_with_python_literals()
    {
        var result = Parse(
            "[get_weather(city='San Francisco', days=3, metric=True, hours=None), get_time(), f(x=-1.5e3, l=[1, 'a', (2, 3)], d={'k': False, \"n\": {}})]",
            RawToolCallFormat.Pythonic);

        Assert.Equal(
            new[]
            {
                "get_weather {\"city\":\"San Francisco\",\"days\":3,\"metric\":true,\"hours\":null}",
                "get_time {}",
                "f {\"x\":-1.5e3,\"l\":[1,\"a\",[2,3]],\"d\":{\"k\":false,\"n\":{}}}",
            },
            Calls(result));
    }

    [Fact]
    public void String_escapes_in_both_quote_styles()
    {
        var result = Parse("[echo(a='it\\'s \\\\ \"fine\"', b=\"tab\\there\\nnew \\u00e9 \\x41 \\U0001F600\", c='''tri\"ple''')]");

        SameJson("{\"a\":\"it's \\\\ \\\"fine\\\"\",\"b\":\"tab\\there\\nnew é A 😀\",\"c\":\"tri\\\"ple\"}", result.Calls[0].ArgumentsText);
    }

    [Fact]
    public void Unicode_is_kept()
    {
        var result = Parse("[say(text=\"雪 ☃ 😀 Zürich\")]");

        SameJson("{\"text\":\"雪 ☃ 😀 Zürich\"}", result.Calls[0].ArgumentsText);
    }

    [Fact]
    public void Text_before_and_after_the_list()
    {
        var result = Parse("I will check.\n[get_time(zone=\"UTC\")]\nThen answer.");

        Assert.Equal(new[] { "get_time {\"zone\":\"UTC\"}" }, Calls(result));
        Assert.Equal("I will check.\n\nThen answer.", result.Content);
        Assert.Equal(RawToolCallFormat.Pythonic, result.Format);
    }

    [Fact]
    public void Brackets_that_are_not_calls_stay_content()
    {
        const string text = "[1, 2, 3] is a list and [see below](link) a link.\n[note] x";
        var result = Parse(text, RawToolCallFormat.Pythonic);

        Assert.Empty(result.Calls);
        Assert.Equal(text, result.Content);
    }

    [Fact]
    public void Llama4_python_start_and_end()
    {
        var result = Parse("<|python_start|>[get_weather(city=\"Paris\"), get_time()]<|python_end|>");

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}", "get_time {}" }, Calls(result));
        Assert.Null(result.Content);
    }

    [Fact]
    public void Olmo3_function_calls_one_per_line()
    {
        var result = Parse("Sure.\n<function_calls>\nget_weather(city=\"Paris\")\nget_time(zone=\"CET\")\n</function_calls>");

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}", "get_time {\"zone\":\"CET\"}" }, Calls(result));
        Assert.Equal("Sure.", result.Content);
    }

    [Fact]
    public void Truncated_list_keeps_the_complete_calls()
    {
        var result = Parse("[get_weather(city=\"Paris\"), get_time(zone=\"CE", RawToolCallFormat.Pythonic);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(result));
    }

    [Fact]
    public void Positional_argument_is_a_malformed_call_and_the_next_is_kept()
    {
        var result = Parse("[get_weather(\"Paris\"), get_time()]", RawToolCallFormat.Pythonic);

        Assert.Equal(new[] { "get_time {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(result));
        Assert.Equal(1, result.Events[0].Position);
    }

    [Fact]
    public void Unclosed_list_followed_by_text_is_an_event()
    {
        var result = Parse("[get_time() and then I stop", RawToolCallFormat.Pythonic);

        Assert.Equal(new[] { "get_time {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(result));
        Assert.Equal("and then I stop", result.Content);
    }

    [Fact]
    public void A_name_that_is_not_a_literal_is_malformed()
    {
        var result = Parse("<function_calls>\nf(x=y)\ng()\n</function_calls>");

        Assert.Equal(new[] { "g {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(result));
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        var result = Parse("<think><function_calls>f()</function_calls></think>\n[g()]");

        Assert.Equal(new[] { "g {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
