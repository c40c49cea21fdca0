using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: Google's FunctionGemma formatting guide and chat template ("<start_function_call>call:NAME{key:<escape>text<escape>,n:1}<end_function_call>",
// every string between <escape> tokens, other values bare), vLLM's functiongemma parser, llama.cpp's FunctionGemma format;
// the Gemma 4 variant ("<|tool_call>call:NAME{k:<|\"|>v<|\"|>}<tool_call|>") as its chat template writes it.
public class GemmaTests
{
    [Fact]
    public void Single_call_with_typed_values()
    {
        var result = Parse("<start_function_call>call:get_weather{city:<escape>Paris, FR<escape>,days:3,metric:true,ratio:-0.5,none:null}<end_function_call>", RawToolCallFormat.Gemma);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris, FR\",\"days\":3,\"metric\":true,\"ratio\":-0.5,\"none\":null}" }, Calls(result));
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Gemma, result.Format);
    }

    [Fact]
    public void Nested_objects_arrays_and_markup_in_strings()
    {
        var result = Parse("<start_function_call>call:f{o:{k:<escape>{a}, [b] \"c\"<escape>},l:[1,<escape>x<escape>,[true]]}<end_function_call>");

        Assert.Equal(new[] { "f {\"o\":{\"k\":\"{a}, [b] \\\"c\\\"\"},\"l\":[1,\"x\",[true]]}" }, Calls(result));
    }

    [Fact]
    public void Parallel_calls_with_text_and_unicode()
    {
        var result = Parse("Okay.<start_function_call>call:a{}<end_function_call><start_function_call>call:b{s:<escape>雪 é<escape>}<end_function_call>Done.");

        Assert.Equal(new[] { "a {}", "b {\"s\":\"雪 é\"}" }, Calls(result));
        Assert.Equal("Okay.Done.", result.Content);
    }

    [Fact]
    public void Bare_word_is_kept_raw_with_an_event()
    {
        var result = Parse("<start_function_call>call:f{city:Paris}<end_function_call>", RawToolCallFormat.Gemma);

        Assert.Equal(new[] { "f {\"city\":\"Paris\"}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.ValueKeptRaw }, Kinds(result));
    }

    [Fact]
    public void Missing_end_token_after_a_complete_call()
    {
        // <start_function_response> is a stop sequence: the end token may be all that is missing.
        var result = Parse("<start_function_call>call:f{n:1}", RawToolCallFormat.Gemma);

        Assert.Equal(new[] { "f {\"n\":1}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.MissingCloseTag }, Kinds(result));
    }

    [Fact]
    public void Truncated_and_malformed_calls_are_events()
    {
        var truncated = Parse("<start_function_call>call:f{s:<escape>half", RawToolCallFormat.Gemma);
        Assert.Empty(truncated.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(truncated));

        var malformed = Parse("<start_function_call>f(x=1)<end_function_call>", RawToolCallFormat.Gemma);
        Assert.Empty(malformed.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(malformed));
    }

    [Fact]
    public void A_missing_value_in_a_list_is_malformed()
    {
        // Found by the mutation test: this once looped for ever.
        var result = Parse("<start_function_call>call:f{l:[1}]}<end_function_call>", RawToolCallFormat.Gemma);

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedCall }, Kinds(result));
    }

    [Fact]
    public void Gemma4_markers()
    {
        var result = Parse("<|tool_call>call:get_weather{city:<|\"|>London<|\"|>,days:2}<tool_call|>");

        Assert.Equal(new[] { "get_weather {\"city\":\"London\",\"days\":2}" }, Calls(result));
    }

    [Fact]
    public void Call_inside_reasoning_is_not_a_call()
    {
        var result = Parse("<think><start_function_call>call:f{}<end_function_call></think>ok");

        Assert.Empty(result.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.CallInReasoning }, Kinds(result));
    }
}
