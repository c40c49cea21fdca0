using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the Hermes 2 Pro / Qwen 2.5 / Qwen 3 chat templates (each call rendered as
// "<tool_call>\n{\"name\": ..., \"arguments\": ...}\n</tool_call>"), and vLLM's hermes tool parser (text before the first
// block is content; an unclosed last block is read at the end of generation).
public class HermesTests
{
    [Fact]
    public void Single_call()
    {
        var result = Parse("<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>", RawToolCallFormat.Hermes);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Null(result.Content);
        Assert.Null(result.Reasoning);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Hermes, result.Format);
        Assert.StartsWith("call_", result.Calls[0].Id, StringComparison.Ordinal);
        Assert.Equal(21, result.Calls[0].Id.Length);
    }

    [Fact]
    public void Parallel_calls_with_text_before_between_and_after()
    {
        const string text = "Let me check both.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>\nand\n" +
                            "<tool_call>\n{\"name\": \"get_time\", \"arguments\": {\"zone\": \"CET\"}}\n</tool_call>\nOne moment.";
        var result = Parse(text, RawToolCallFormat.Hermes);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}", "get_time {\"zone\": \"CET\"}" }, Calls(result));
        Assert.Equal("Let me check both.\n\nand\n\nOne moment.", result.Content);
        Assert.NotEqual(result.Calls[0].Id, result.Calls[1].Id);
    }

    [Fact]
    public void Ids_are_stable_and_depend_on_position_name_and_arguments()
    {
        const string text = "<tool_call>{\"name\": \"f\", \"arguments\": {}}</tool_call><tool_call>{\"name\": \"f\", \"arguments\": {}}</tool_call>";
        var first = RawToolCalls.Parse(text);
        var second = RawToolCalls.Parse(text);

        Assert.Equal(first.Calls[0].Id, second.Calls[0].Id);
        Assert.NotEqual(first.Calls[0].Id, first.Calls[1].Id);
    }

    [Fact]
    public void Unclosed_last_block_is_read_at_the_end_of_generation()
    {
        var result = Parse("<tool_call>\n{\"name\": \"get_time\", \"arguments\": {\"zone\": \"UTC\"}}\n", RawToolCallFormat.Hermes);

        Assert.Equal(new[] { "get_time {\"zone\": \"UTC\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void A_block_not_closed_before_the_next_one_ends_there()
    {
        var result = Parse("<tool_call>{\"name\": \"a\", \"arguments\": {}}\n<tool_call>{\"name\": \"b\", \"arguments\": {}}</tool_call>");

        Assert.Equal(new[] { "a {}", "b {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Truncated_json_is_an_event_not_a_call()
    {
        var result = Parse("Checking.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Par", RawToolCallFormat.Hermes);

        Assert.Empty(result.Calls);
        Assert.Equal("Checking.", result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall, RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Malformed_json_is_dropped_with_an_event_and_the_next_call_is_kept()
    {
        var result = Parse(
            "<tool_call>\n{\"name\": \"a\", \"arguments\": {\"x\": 1,}}\n</tool_call>\n<tool_call>\n{\"name\": \"b\", \"arguments\": {}}\n</tool_call>",
            RawToolCallFormat.Hermes);

        Assert.Equal(new[] { "b {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MalformedJson }, Kinds(result));
        Assert.Equal(12, result.Events[0].Position);
    }

    [Fact]
    public void Unicode_and_escapes_are_kept_as_written()
    {
        var result = Parse("<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Z\\u00fcrich \\\"Nord\\\" 雪 😀\\n\"}}\n</tool_call>");

        Assert.Equal("{\"city\": \"Z\\u00fcrich \\\"Nord\\\" 雪 😀\\n\"}", result.Calls[0].ArgumentsText);
        SameJson("{\"city\":\"Zürich \\\"Nord\\\" 雪 😀\\n\"}", result.Calls[0].ArgumentsText);
    }

    [Fact]
    public void Arguments_given_as_a_json_string_are_decoded()
    {
        // Seen from small models: "arguments" as a string holding JSON, as in the OpenAI wire format.
        var result = Parse("<tool_call>{\"name\": \"get_weather\", \"arguments\": \"{\\\"city\\\": \\\"Paris\\\"}\"}</tool_call>");

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.ArgumentsRepaired }, Kinds(result));
    }

    [Fact]
    public void Missing_arguments_are_an_empty_object_and_a_missing_name_is_an_event()
    {
        var result = Parse("<tool_call>{\"name\": \"get_time\"}</tool_call><tool_call>{\"arguments\": {}}</tool_call>");

        Assert.Equal(new[] { "get_time {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingName }, Kinds(result));
    }

    [Fact]
    public void Unknown_tool_is_kept_and_reported_when_tools_are_given()
    {
        var result = Parse("<tool_call>{\"name\": \"get_wether\", \"arguments\": {}}</tool_call>", RawToolCallFormat.Hermes, WeatherTools);

        Assert.Equal(new[] { "get_wether {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.UnknownToolName }, Kinds(result));
        Assert.Equal("\"get_wether\" is not one of the tools given; the call was kept", result.Events[0].Detail);
    }

    [Fact]
    public void Calls_inside_think_are_reasoning_not_calls()
    {
        // Qwen 3 thinking mode: <think>…</think> before the answer.
        var result = Parse(
            "<think>\nI could use <tool_call>{\"name\": \"x\", \"arguments\": {}}</tool_call> here.\n</think>\n\n" +
            "<tool_call>\n{\"name\": \"get_time\", \"arguments\": {}}\n</tool_call>");

        Assert.Equal(new[] { "get_time {}" }, Calls(result));
        Assert.Equal("I could use <tool_call>{\"name\": \"x\", \"arguments\": {}}</tool_call> here.", result.Reasoning);
        Assert.Null(result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }

    [Fact]
    public void An_array_in_a_block_holds_several_calls()
    {
        // Granite 3.0 writes "<tool_call>[…]" (vLLM's granite parser accepts both markers).
        var result = Parse("<tool_call>[{\"name\": \"a\", \"arguments\": {\"n\": 1}}, {\"name\": \"b\", \"arguments\": {}}]</tool_call>");

        Assert.Equal(new[] { "a {\"n\": 1}", "b {}" }, Calls(result));
    }

    [Fact]
    public void Text_after_the_json_in_a_closed_block_is_skipped_with_an_event()
    {
        var result = Parse("<tool_call>{\"name\": \"a\", \"arguments\": {}} oops</tool_call>");

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.SkippedText }, Kinds(result));
    }

    [Fact]
    public void Openai_shaped_objects_are_read_too()
    {
        var result = Parse("<tool_call>{\"type\": \"function\", \"function\": {\"name\": \"a\", \"arguments\": {\"k\": [1, 2]}}}</tool_call>");

        Assert.Equal(new[] { "a {\"k\": [1, 2]}" }, Calls(result));
    }
}
