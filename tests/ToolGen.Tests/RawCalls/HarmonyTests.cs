using ToolGen.RawCalls;
using static ToolGen.Tests.RawCalls.Raw;

namespace ToolGen.Tests.RawCalls;

// Source: OpenAI's harmony format (openai/harmony, the gpt-oss model card): assistant messages
// "<|start|>assistant<|channel|>CHANNEL [to=functions.NAME] [<|constrain|>json]<|message|>BODY<|end|>|<|call|>|<|return|>";
// "analysis" is the chain of thought, "final" the answer; <|call|> and <|return|> are stop tokens (often left out of the text);
// wire-formats.md §6 (leaks of channel text into names and content on smaller servers).
public class HarmonyTests
{
    [Fact]
    public void Analysis_then_call()
    {
        const string text = "<|channel|>analysis<|message|>Need the weather.<|end|><|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{\"city\":\"Paris\"}<|call|>";
        var result = Parse(text, RawToolCallFormat.Harmony);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}" }, Calls(result));
        Assert.Equal("Need the weather.", result.Reasoning);
        Assert.Null(result.Content);
        Assert.Empty(result.Events);
        Assert.Equal(RawToolCallFormat.Harmony, result.Format);
    }

    [Fact]
    public void Recipient_in_the_role_part_and_no_call_token()
    {
        var result = Parse("<|start|>assistant to=functions.get_time<|channel|>commentary json<|message|>{\"zone\": \"東京\"}");

        Assert.Equal(new[] { "get_time {\"zone\": \"東京\"}" }, Calls(result));
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Final_channel_is_content()
    {
        var result = Parse("<|channel|>analysis<|message|>Simple.<|end|><|start|>assistant<|channel|>final<|message|>It is 18 °C.<|return|>");

        Assert.Empty(result.Calls);
        Assert.Equal("It is 18 °C.", result.Content);
        Assert.Equal("Simple.", result.Reasoning);
    }

    [Fact]
    public void Parallel_calls_and_preamble()
    {
        var result = Parse(
            "<|channel|>commentary<|message|>Checking both.<|end|>" +
            "<|start|>assistant<|channel|>commentary to=functions.a <|constrain|>json<|message|>{}<|call|>" +
            "<|start|>assistant<|channel|>commentary to=functions.b <|constrain|>json<|message|>{\"q\":\"\\\"x\\\"\"}<|call|>");

        Assert.Equal(new[] { "a {}", "b {\"q\":\"\\\"x\\\"\"}" }, Calls(result));
        Assert.Equal("Checking both.", result.Content);
    }

    [Fact]
    public void Special_tokens_stripped_by_the_server()
    {
        // With skip_special_tokens the tokens vanish and the header runs into the body.
        var result = Parse("commentary to=functions.get_weather json{\"city\":\"Paris\"}", RawToolCallFormat.Harmony);

        Assert.Equal(new[] { "get_weather {\"city\":\"Paris\"}" }, Calls(result));
        Assert.Equal("commentary", result.Content);
    }

    [Fact]
    public void Recipient_text_with_tokens_rendered_as_text_in_content()
    {
        var result = Parse("I will call it: to=functions.get_time <|constrain|>json<|message|>{}<|call|>");

        Assert.Equal(new[] { "get_time {}" }, Calls(result));
        Assert.Equal("I will call it:", result.Content);
    }

    [Fact]
    public void Malformed_and_truncated_bodies_are_events()
    {
        var malformed = Parse("<|channel|>commentary to=functions.a <|constrain|>json<|message|>{city: Paris}<|call|>");
        Assert.Empty(malformed.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.MalformedJson }, Kinds(malformed));

        var truncated = Parse("<|channel|>commentary to=functions.a <|constrain|>json<|message|>{\"city\": \"Pa");
        Assert.Empty(truncated.Calls);
        Assert.Equal(new[] { RawToolCallEventKind.TruncatedCall }, Kinds(truncated));
    }

    [Fact]
    public void A_header_without_a_message_is_ordinary_text()
    {
        var result = Parse("<|channel|>commentary and nothing else", RawToolCallFormat.Harmony);

        Assert.Empty(result.Calls);
        Assert.Equal("<|channel|>commentary and nothing else", result.Content);
    }

    [Fact]
    public void Calls_in_the_analysis_text_are_not_calls()
    {
        var result = Parse("<|channel|>analysis<|message|>Maybe to=functions.x {\"a\":1}?<|end|><|start|>assistant<|channel|>final<|message|>No.<|return|>");

        Assert.Empty(result.Calls);
        Assert.Equal("Maybe to=functions.x {\"a\":1}?", result.Reasoning);
        Assert.Equal("No.", result.Content);
    }

    [Fact]
    public void A_leaked_channel_in_the_name_is_cleaned()
    {
        // wire-formats.md §6: names such as "get_weather<|channel|>commentary".
        var result = Parse("<tool_call>{\"name\": \"get_weather<|channel|>commentary\", \"arguments\": {}}</tool_call>");

        Assert.Equal(new[] { "get_weather {}" }, Calls(result));
        Assert.Equal(new[] { RawToolCallEventKind.NameCleaned }, Kinds(result));
    }
}
