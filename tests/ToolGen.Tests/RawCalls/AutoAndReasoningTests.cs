using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Detection across formats (RawToolCallFormat.Auto) and reasoning handling shared by all formats (<think>…</think> as
// Qwen 3, DeepSeek R1, GLM, Kimi and Olmo write it; templates that open <think> in the prompt leave only </think>).
public class AutoAndReasoningTests
{
    [Theory]
    [InlineData("<tool_call>{\"name\": \"f\", \"arguments\": {}}</tool_call>", RawToolCallFormat.Hermes)]
    [InlineData("<tool_call>\n<function=f>\n</function>\n</tool_call>", RawToolCallFormat.Qwen3Coder)]
    [InlineData("<tool_call>f\n</tool_call>", RawToolCallFormat.Glm45)]
    [InlineData("{\"name\": \"f\", \"parameters\": {}}", RawToolCallFormat.Llama3Json)]
    [InlineData("[TOOL_CALLS]f{}", RawToolCallFormat.Mistral)]
    [InlineData("[f()]", RawToolCallFormat.Pythonic)]
    [InlineData("<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>f<｜tool▁sep｜>{}<｜tool▁call▁end｜><｜tool▁calls▁end｜>", RawToolCallFormat.DeepSeek)]
    [InlineData("<|tool_call|>[{\"name\": \"f\", \"arguments\": {}}]", RawToolCallFormat.Granite)]
    [InlineData("<|action_start|><|plugin|>{\"name\": \"f\", \"parameters\": {}}<|action_end|>", RawToolCallFormat.InternLM)]
    [InlineData("<tool_calls>[{\"name\": \"f\", \"arguments\": {}}]</tool_calls>", RawToolCallFormat.Jamba)]
    [InlineData("<|channel|>commentary to=functions.f <|constrain|>json<|message|>{}<|call|>", RawToolCallFormat.Harmony)]
    [InlineData("<start_function_call>call:f{}<end_function_call>", RawToolCallFormat.Gemma)]
    [InlineData("<|tool_calls_section_begin|><|tool_call_begin|>functions.f:0<|tool_call_argument_begin|>{}<|tool_call_end|><|tool_calls_section_end|>", RawToolCallFormat.KimiK2)]
    public void Auto_detects_each_format(string text, RawToolCallFormat format)
    {
        var auto = Parse(text);
        var named = Parse(text, format);

        Assert.Equal(format, auto.Format);
        Assert.Equal(new[] { "f {}" }, Calls(auto));
        Assert.Equal(Describe(named.Calls), Describe(auto.Calls));
    }

    [Fact]
    public void Plain_text_has_no_calls_no_format_and_no_events()
    {
        const string text = "The answer is 42. Use f(x) = [a, b] {c} <b>bold</b> today.";
        var result = Parse(text);

        Assert.Empty(result.Calls);
        Assert.Equal(text, result.Content);
        Assert.Equal(RawToolCallFormat.Auto, result.Format);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void A_named_format_ignores_the_markers_of_others()
    {
        var result = Parse("[TOOL_CALLS]f{}", RawToolCallFormat.Hermes);

        Assert.Empty(result.Calls);
        Assert.Equal("[TOOL_CALLS]f{}", result.Content);
    }

    [Fact]
    public void Empty_text()
    {
        var result = Parse(string.Empty);

        Assert.Empty(result.Calls);
        Assert.Null(result.Content);
        Assert.Null(result.Reasoning);
    }

    [Fact]
    public void Unclosed_think_is_all_reasoning_with_an_event()
    {
        var result = Parse("<think>Still thinking about <tool_call>");

        Assert.Empty(result.Calls);
        Assert.Equal("Still thinking about <tool_call>", result.Reasoning);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning, RawToolCallEventKind.UnclosedReasoning }, Kinds(result));
    }

    [Fact]
    public void Reasoning_is_shown_while_it_streams()
    {
        var stream = new RawToolCallStream();
        stream.Append("<think>Step one");
        Assert.Equal("Step one", stream.Reasoning);
        Assert.Null(stream.Content);

        stream.Append(".</think>Answer");
        Assert.Equal("Step one.", stream.Reasoning);
        Assert.Equal("Answer", stream.Content);
    }

    [Fact]
    public void Stream_returns_each_call_as_soon_as_it_is_complete()
    {
        var stream = new RawToolCallStream(RawToolCallFormat.Mistral);

        Assert.Empty(stream.Append("[TOOL_CALLS] [{\"name\": \"a\", \"arguments\": {}"));
        Assert.Equal(new[] { "a" }, stream.Append("}").Select(c => c.Name));
        Assert.Empty(stream.Append(", "));
        Assert.Empty(stream.Append("{\"name\": \"b\", \"arguments\": {\"x\""));
        Assert.Equal(new[] { "b" }, stream.Append(": 1}}]").Select(c => c.Name));
        Assert.Empty(stream.Complete());
        Assert.Equal(new[] { "a", "b" }, stream.Calls.Select(c => c.Name));
        Assert.Empty(stream.Result!.Events);
    }

    [Fact]
    public void Stream_holds_back_a_cut_marker_from_the_content()
    {
        var stream = new RawToolCallStream();
        stream.Append("Checking.<tool_c");
        Assert.Equal("Checking.", stream.Content);

        var calls = stream.Append("all>{\"name\": \"f\", \"arguments\": {}}</tool_call>");
        Assert.Equal(new[] { "f" }, calls.Select(c => c.Name));
        Assert.Equal("Checking.", stream.Content);
    }

    [Fact]
    public void Stream_rejects_appends_after_complete()
    {
        var stream = new RawToolCallStream();
        stream.Complete();

        Assert.Throws<InvalidOperationException>(() => stream.Append("x"));
        Assert.Empty(stream.Complete());
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => RawToolCalls.Parse(null!));
    }
}
