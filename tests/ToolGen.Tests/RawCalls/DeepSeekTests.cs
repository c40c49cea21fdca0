using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the DeepSeek V3 / R1 chat templates (tool calls as "<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>NAME\n```json\n{…}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>"),
// the DeepSeek V3.1 template ("<｜tool▁call▁begin｜>NAME<｜tool▁sep｜>{…}<｜tool▁call▁end｜>"), and vLLM's deepseek_v3 / deepseek_v31 parsers.
public class DeepSeekTests
{
    private const string CallsBegin = "<｜tool▁calls▁begin｜>";
    private const string CallsEnd = "<｜tool▁calls▁end｜>";
    private const string CallBegin = "<｜tool▁call▁begin｜>";
    private const string CallEnd = "<｜tool▁call▁end｜>";
    private const string Sep = "<｜tool▁sep｜>";

    private static string V3(string name, string json) => CallBegin + "function" + Sep + name + "\n```json\n" + json + "\n```" + CallEnd;

    private static string V31(string name, string json) => CallBegin + name + Sep + json + CallEnd;

    [Fact]
    public void V3_single_call()
    {
        var result = Parse(CallsBegin + V3("get_weather", "{\"city\": \"Paris\"}") + CallsEnd, RawToolCallFormat.DeepSeek);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.DeepSeek, result.Format);
    }

    [Fact]
    public void V3_parallel_calls_with_text_before()
    {
        var result = Parse("Let me check." + CallsBegin + V3("a", "{}") + "\n" + V3("b", "{\"x\": [1]}") + CallsEnd + "<｜end▁of▁sentence｜>");

        Assert.Equal(new[] { "a {}", "b {\"x\": [1]}" }, Calls(result));
        Assert.Equal("Let me check.<｜end▁of▁sentence｜>", result.Content);
    }

    [Fact]
    public void V31_calls()
    {
        var result = Parse(CallsBegin + V31("get_weather", "{\"city\": \"東京\"}") + V31("get_time", "{}") + CallsEnd, RawToolCallFormat.DeepSeek);

        Assert.Equal(new[] { "get_weather {\"city\": \"東京\"}", "get_time {}" }, Calls(result));
    }

    [Fact]
    public void Ascii_bars_are_accepted()
    {
        var result = Parse("<|tool▁calls▁begin|><|tool▁call▁begin|>get_time<|tool▁sep|>{}<|tool▁call▁end|><|tool▁calls▁end|>");

        Assert.Equal(new[] { "get_time {}" }, Calls(result));
    }

    [Fact]
    public void R1_reasoning_before_the_calls()
    {
        // R1 opens <think> in the prompt: the text has only </think>.
        var result = Parse("The user wants weather.\n</think>\n\n" + CallsBegin + V3("get_weather", "{\"city\": \"Paris\"}") + CallsEnd);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}" }, Calls(result));
        Assert.Equal("The user wants weather.", result.Reasoning);
        Assert.Null(result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.ReasoningWithoutStart }, Kinds(result));
    }

    [Fact]
    public void Missing_section_end_and_truncated_second_call()
    {
        var result = Parse(CallsBegin + V31("a", "{}") + CallBegin + "b" + Sep + "{\"x\": ", RawToolCallFormat.DeepSeek);

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall, RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Malformed_json_and_garbage_in_the_section_are_events()
    {
        var result = Parse(CallsBegin + "noise" + V31("a", "{x}") + V31("b", "{}") + CallsEnd);

        Assert.Equal(new[] { "b {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.SkippedText, RawToolCallEventKind.MalformedJson }, Kinds(result));
    }

    [Fact]
    public void Call_without_separator_is_malformed()
    {
        var result = Parse(CallsBegin + CallBegin + "get_time{}" + CallEnd + CallsEnd);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(result));
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        var result = Parse("<think>" + CallsBegin + V31("a", "{}") + CallsEnd + "</think>Nothing to call.");

        Assert.Empty(result.Calls);
        Assert.Equal("Nothing to call.", result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning, RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
