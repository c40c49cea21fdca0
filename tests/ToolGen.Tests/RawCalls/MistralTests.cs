using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: Mistral's chat templates and mistral-common tokenizers (v3: "[TOOL_CALLS] [{…}]"; v11: "[TOOL_CALLS]name{…}";
// v13 (Magistral, Devstral): "[TOOL_CALLS]name[ARGS]{…}"), vLLM's mistral tool parser, and Mistral's requirement that
// tool call ids be 9 alphanumerics.
public class MistralTests
{
    [Fact]
    public void Array_form_single_call_with_a_nine_character_id()
    {
        var result = Parse("[TOOL_CALLS] [{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}]", RawToolCallFormat.Mistral);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Matches("^[a-zA-Z0-9]{9}$", result.Calls[0].Id);
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Array_form_parallel_calls()
    {
        var result = Parse("[TOOL_CALLS] [{\"name\": \"a\", \"arguments\": {}}, {\"name\": \"b\", \"arguments\": {\"n\": 2}}]");

        Assert.Equal(new[] { "a {}", "b {\"n\": 2}" }, Calls(result));
        Assert.All(result.Calls, c => Assert.Matches("^[a-zA-Z0-9]{9}$", c.Id));
        Assert.Equal(RawToolCallFormat.Mistral, result.Format);
    }

    [Fact]
    public void Name_form_several_calls_with_text_before()
    {
        var result = Parse("Sure.[TOOL_CALLS]get_weather{\"city\": \"Paris\"}[TOOL_CALLS]get_time{}", RawToolCallFormat.Mistral);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}", "get_time {}" }, Calls(result));
        Assert.Equal("Sure.", result.Content);
    }

    [Fact]
    public void Name_form_with_call_id_and_args_markers()
    {
        var result = Parse("[TOOL_CALLS]get_weather[CALL_ID]a1b2c3d4e[ARGS]{\"city\": \"Zürich\"}[TOOL_CALLS]get_time[ARGS]{}");

        Assert.Equal(new[] { "get_weather {\"city\": \"Zürich\"}", "get_time {}" }, Calls(result));
        Assert.Equal("a1b2c3d4e", result.Calls[0].Id);
        Assert.Matches("^[a-zA-Z0-9]{9}$", result.Calls[1].Id);
    }

    [Fact]
    public void An_id_in_the_json_is_kept_when_it_has_nine_alphanumerics()
    {
        var result = Parse("[TOOL_CALLS] [{\"name\": \"a\", \"arguments\": {}, \"id\": \"Abc123xyZ\"}, {\"name\": \"b\", \"arguments\": {}, \"id\": \"call_1\"}]");

        Assert.Equal("Abc123xyZ", result.Calls[0].Id);
        Assert.Matches("^[a-zA-Z0-9]{9}$", result.Calls[1].Id);
    }

    [Fact]
    public void Truncated_array_keeps_the_complete_calls()
    {
        var result = Parse("[TOOL_CALLS] [{\"name\": \"a\", \"arguments\": {}}, {\"name\": \"b\", \"argu", RawToolCallFormat.Mistral);

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(result));
    }

    [Fact]
    public void Malformed_arguments_are_an_event()
    {
        var result = Parse("[TOOL_CALLS]get_weather{\"city\": Paris}", RawToolCallFormat.Mistral);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedJson }, Kinds(result));
    }

    [Fact]
    public void Marker_without_a_call_is_an_event_and_the_text_stays()
    {
        var result = Parse("[TOOL_CALLS] I cannot call tools.", RawToolCallFormat.Mistral);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(result));
        Assert.Equal("I cannot call tools.", result.Content);
        Assert.Equal("[TOOL_CALLS] is not followed by a call: I c", result.Events[0].Detail);
    }

    [Fact]
    public void Unicode_and_escapes()
    {
        var result = Parse("[TOOL_CALLS]note{\"text\": \"line\\nbreak \\\"q\\\" 雪\"}");

        SameJson("{\"text\":\"line\\nbreak \\\"q\\\" 雪\"}", result.Calls[0].ArgumentsText);
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        // Magistral writes its reasoning in [THINK]…[/THINK] in newer templates, <think> in older ones.
        var result = Parse("<think>[TOOL_CALLS]a{}</think>[TOOL_CALLS]b{}");

        Assert.Equal(new[] { "b {}" }, Calls(result));
        Assert.Equal("[TOOL_CALLS]a{}", result.Reasoning);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
