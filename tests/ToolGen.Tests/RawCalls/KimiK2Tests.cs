using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the Kimi K2 chat template and tool-calling guide ("<|tool_calls_section_begin|><|tool_call_begin|>functions.NAME:IDX
// <|tool_call_argument_begin|>{…}<|tool_call_end|><|tool_calls_section_end|>"), vLLM's kimi_k2 parser (the id is
// "functions.NAME:IDX"; the singular "<|tool_call_section_begin|>" is accepted too).
public class KimiK2Tests
{
    private static string Call(string id, string json) => "<|tool_call_begin|>" + id + "<|tool_call_argument_begin|>" + json + "<|tool_call_end|>";

    [Fact]
    public void Single_call_keeps_its_id()
    {
        var result = Parse("<|tool_calls_section_begin|>" + Call("functions.get_weather:0", "{\"city\": \"Paris\"}") + "<|tool_calls_section_end|>", RawToolCallFormat.KimiK2);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Equal("functions.get_weather:0", result.Calls[0].Id);
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.KimiK2, result.Format);
    }

    [Fact]
    public void Parallel_calls_with_text_and_reasoning()
    {
        var result = Parse(
            "<think>two calls</think>Checking.<|tool_calls_section_begin|>\n" + Call("functions.a:0", "{}") + "\n" + Call("functions.b:1", "{\"s\": \"雪\\n\"}") + "\n<|tool_calls_section_end|>");

        Assert.Equal(new[] { "a {}", "b {\"s\": \"雪\\n\"}" }, Calls(result));
        Assert.Equal(new[] { "functions.a:0", "functions.b:1" }, result.Calls.Select(c => c.Id).ToArray());
        Assert.Equal("Checking.", result.Content);
        Assert.Equal("two calls", result.Reasoning);
    }

    [Fact]
    public void Name_without_prefix_and_singular_section()
    {
        var result = Parse("<|tool_call_section_begin|>" + Call("search:3", "{\"q\": 1}") + "<|tool_call_section_end|>");

        Assert.Equal(new[] { "search {\"q\": 1}" }, Calls(result));
        Assert.Equal("search:3", result.Calls[0].Id);
    }

    [Fact]
    public void Malformed_arguments_and_missing_argument_marker_are_events()
    {
        var result = Parse("<|tool_calls_section_begin|>" + Call("functions.a:0", "{x:1}") + "<|tool_call_begin|>functions.b:1{}<|tool_call_end|>" + Call("functions.c:2", "{}") + "<|tool_calls_section_end|>");

        Assert.Equal(new[] { "c {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MalformedJson, RawToolCallEventKind.MalformedCall }, Kinds(result));
    }

    [Fact]
    public void Truncated_last_call()
    {
        var result = Parse("<|tool_calls_section_begin|>" + Call("functions.a:0", "{}") + "<|tool_call_begin|>functions.b:1<|tool_call_argument_begin|>{\"q\": \"hal", RawToolCallFormat.KimiK2);

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall, RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        var result = Parse("<think><|tool_calls_section_begin|>" + Call("functions.a:0", "{}") + "<|tool_calls_section_end|></think>no");

        Assert.Empty(result.Calls);
        Assert.Equal("no", result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning, RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
