using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the Llama 3.1 / 3.2 / 3.3 chat templates (JSON tool calls: {"name": …, "parameters": …}; built-in tools after
// <|python_tag|> as brave_search.call(query="…")), vLLM's llama3_json parser (optional <|python_tag|>, several calls
// separated by ";", "arguments" accepted as well as "parameters").
public class LlamaTests
{
    [Fact]
    public void Single_call_with_parameters()
    {
        var result = Parse("{\"name\": \"get_weather\", \"parameters\": {\"city\": \"Paris\"}}", RawToolCallFormat.Llama3Json);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Llama3Json, result.Format);
    }

    [Fact]
    public void After_python_tag_with_arguments_and_an_end_of_message_token()
    {
        var result = Parse("<|python_tag|>{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}<|eom_id|>");

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Null(result.Content);
    }

    [Fact]
    public void Several_calls_separated_by_semicolons()
    {
        var result = Parse(
            "<|python_tag|>{\"name\": \"a\", \"parameters\": {\"x\": 1}}; {\"name\": \"b\", \"parameters\": {}};{\"name\": \"c\", \"parameters\": {\"s\": \"; }\"}}",
            RawToolCallFormat.Llama3Json);

        Assert.Equal(new[] { "a {\"x\": 1}", "b {}", "c {\"s\": \"; }\"}" }, Calls(result));
        Assert.Null(result.Content);
    }

    [Fact]
    public void Text_before_and_after_a_bare_call()
    {
        var result = Parse("Let me look.\n{\"type\": \"function\", \"name\": \"get_time\", \"parameters\": {\"zone\": \"CET\"}}\nDone.");

        Assert.Equal(new[] { "get_time {\"zone\": \"CET\"}" }, Calls(result));
        Assert.Equal("Let me look.\n\nDone.", result.Content);
    }

    [Fact]
    public void Json_that_is_not_a_call_stays_content()
    {
        const string text = "Here is the record: {\"name\": \"Bob\", \"age\": 3} and a list [1, 2].";
        var result = Parse(text, RawToolCallFormat.Llama3Json);

        Assert.Empty(result.Calls);
        Assert.Equal(text, result.Content);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Built_in_tool_call()
    {
        var result = Parse("<|python_tag|>brave_search.call(query=\"weather in Menlo Park\")<|eom_id|>");

        Assert.Equal(new[] { "brave_search {\"query\":\"weather in Menlo Park\"}" }, Calls(result));
        Assert.Null(result.Content);
    }

    [Fact]
    public void Code_after_python_tag_is_not_a_call()
    {
        var result = Parse("<|python_tag|>print(1 + 1)", RawToolCallFormat.Llama3Json);

        Assert.Empty(result.Calls);
        Assert.Equal("<|python_tag|>print(1 + 1)", result.Content);
    }

    [Fact]
    public void Truncated_call_is_an_event()
    {
        var result = Parse("{\"name\": \"get_weather\", \"parameters\": {\"city\": \"Pa", RawToolCallFormat.Llama3Json);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(result));
    }

    [Fact]
    public void Malformed_call_after_python_tag_is_an_event()
    {
        var result = Parse("<|python_tag|>{\"name\": \"a\", \"parameters\": {\"x\": tru}}", RawToolCallFormat.Llama3Json);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedJson }, Kinds(result));
    }

    [Fact]
    public void A_json_array_of_calls_at_the_start_of_a_line()
    {
        var result = Parse("[{\"name\": \"a\", \"parameters\": {}}, {\"name\": \"b\", \"parameters\": {\"u\": \"é\"}}]", RawToolCallFormat.Llama3Json);

        Assert.Equal(new[] { "a {}", "b {\"u\": \"é\"}" }, Calls(result));
    }

    [Fact]
    public void Unicode_and_escapes()
    {
        var result = Parse("{\"name\": \"echo\", \"parameters\": {\"text\": \"tab\\tquote\\\" \\u2603 ☃ 😀\"}}");

        SameJson("{\"text\":\"tab\\tquote\\\" ☃ ☃ 😀\"}", result.Calls[0].ArgumentsText);
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        var result = Parse("<think>maybe <|python_tag|>{\"name\": \"a\", \"parameters\": {}}</think>No tool needed.");

        Assert.Empty(result.Calls);
        Assert.Equal("No tool needed.", result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
