using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: the Granite 3.1+ chat template and vLLM's granite parser ("<|tool_call|>[{"name": …, "arguments": …}]"), the
// InternLM 2.5 chat template and vLLM's internlm parser ("<|action_start|><|plugin|>\n{"name": …, "parameters": …}<|action_end|>"),
// and the Jamba 1.5 chat template and vLLM's jamba parser ("<tool_calls>[…]</tool_calls>").
public class JsonBlockFormatTests
{
    [Fact]
    public void Granite_single_and_parallel()
    {
        var result = Parse("<|tool_call|>[{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}, {\"name\": \"get_time\", \"arguments\": {}}]", RawToolCallFormat.Granite);

        Assert.Equal(new[] { "get_weather {\"city\": \"Paris\"}", "get_time {}" }, Calls(result));
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Granite, result.Format);
    }

    [Fact]
    public void Granite_text_before_and_truncated()
    {
        var result = Parse("Sure.\n<|tool_call|>[{\"name\": \"a\", \"arguments\": {}}, {\"name\": \"b\"", RawToolCallFormat.Granite);

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal("Sure.", result.Content);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(result));
    }

    [Fact]
    public void Granite_malformed_element_is_an_event()
    {
        var result = Parse("<|tool_call|>[{\"name\": \"a\", \"arguments\": {,}}, {\"name\": \"b\", \"arguments\": {\"s\": \"é\\n\"}}]");

        Assert.Equal(new[] { "b {\"s\": \"é\\n\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MalformedJson }, Kinds(result));
    }

    [Fact]
    public void InternLM_single_call_with_text()
    {
        var result = Parse("I will search.<|action_start|><|plugin|>\n{\"name\": \"search\", \"parameters\": {\"query\": \"雪\"}}<|action_end|>", RawToolCallFormat.InternLM);

        Assert.Equal(new[] { "search {\"query\": \"雪\"}" }, Calls(result));
        Assert.Equal("I will search.", result.Content);
        Assert.Equal(RawToolCallFormat.InternLM, result.Format);
    }

    [Fact]
    public void InternLM_missing_end_and_truncated()
    {
        var complete = Parse("<|action_start|><|plugin|>\n{\"name\": \"a\", \"parameters\": {}}");
        Assert.Equal(new[] { "a {}" }, Calls(complete));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(complete));

        var truncated = Parse("<|action_start|><|plugin|>\n{\"name\": \"a\", \"parameters\": {\"q\"");
        Assert.Empty(truncated.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(truncated));
    }

    [Fact]
    public void Jamba_parallel_calls()
    {
        var result = Parse("<tool_calls>[{\"name\": \"a\", \"arguments\": {\"x\": true}}, {\"name\": \"b\", \"arguments\": {}}]</tool_calls>", RawToolCallFormat.Jamba);

        Assert.Equal(new[] { "a {\"x\": true}", "b {}" }, Calls(result));
        Assert.Equal(RawToolCallFormat.Jamba, result.Format);
    }

    [Fact]
    public void Jamba_garbage_in_the_block_is_an_event()
    {
        var result = Parse("<tool_calls>[{\"name\": \"a\", \"arguments\": {}}] trailing</tool_calls>");

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.SkippedText }, Kinds(result));
    }

    [Fact]
    public void Calls_inside_reasoning_are_not_calls()
    {
        var result = Parse("<think><|tool_call|>[] <tool_calls>[]</tool_calls></think><|tool_call|>[{\"name\": \"a\", \"arguments\": {}}]");

        Assert.Equal(new[] { "a {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning, RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
