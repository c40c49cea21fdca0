using ToolGen.Streaming;
using static ToolGen.Tests.Streaming.ChatCompletionsFixtures;

namespace ToolGen.Tests.Streaming;

/// <summary>What is not a Chat Completions stream is a <see cref="FormatException"/> that says what and where, in every chunking.</summary>
public sealed class ChatCompletionsBadInputTests
{
    private static Exception Fails(params string[] payloads) =>
        StreamKit.Fails(() => new ChatCompletionsStreamReader(), StreamKit.Sse("\n", payloads));

    [Theory]
    [InlineData("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{\"choices\":{}}", "choices is an object, expected an array")]
    [InlineData("{\"choices\":[1]}", "choices[0] is a number, expected an object")]
    [InlineData("{\"choices\":[{\"delta\":{\"content\":5}}]}", "choices[0].delta.content is a number, expected a string or an array of parts")]
    [InlineData("{\"choices\":[{\"delta\":{\"content\":[\"a\"]}}]}", "choices[0].delta.content[0] is a string, expected an object")]
    [InlineData("{\"choices\":[{\"delta\":{\"content\":[{\"type\":\"text\",\"text\":5}]}}]}", "choices[0].delta.content[0].text is a number, expected a string")]
    [InlineData("{\"choices\":[{\"delta\":[]}]}", "choices[0].delta is an array, expected an object")]
    [InlineData("{\"choices\":[{\"delta\":{\"tool_calls\":\"x\"}}]}", "choices[0].delta.tool_calls is a string, expected an array")]
    [InlineData("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":\"0\"}]}}]}", "tool_calls[0].index is a string, expected a number")]
    [InlineData("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":1}}]}}]}", "function.name is a number, expected a string")]
    [InlineData("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":\"f\"}]}}]}", "function is a string, expected an object")]
    [InlineData("{\"choices\":[{\"index\":0.5,\"delta\":{}}]}", "choices[0].index is not a whole number")]
    [InlineData("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":-1}]}}]}", "tool_calls[0].index is -1, expected a position")]
    [InlineData("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":99999999999}]}}]}", "tool_calls[0].index is 99999999999")]
    [InlineData("{\"usage\":{\"prompt_tokens\":\"12\"}}", "usage.prompt_tokens is a string, expected a number")]
    public void Broken_chunks_say_what_is_wrong(string payload, string expected)
    {
        var ex = Assert.IsType<FormatException>(Fails(payload));
        Assert.Contains(expected, ex.Message);
        Assert.Contains("Chat Completions", ex.Message);
    }

    [Fact]
    public void A_truncated_last_event_is_a_format_exception_at_complete()
    {
        var ex = StreamKit.Fails(() => new ChatCompletionsStreamReader(), "data: " + Chunk(Text("a")) + "\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"b");
        Assert.IsType<FormatException>(ex);
        Assert.Contains("The Chat Completions stream ended in the middle of an event (the server stopped mid-stream)", ex.Message);
        Assert.Contains("not valid JSON", ex.Message);
    }

    [Theory]
    [InlineData("{\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\"}}", "The server had an error while processing your request.")]
    [InlineData("{\"error\":\"model overloaded\"}", "model overloaded")]
    [InlineData("{\"object\":\"error\",\"error\":{\"message\":\"m\",\"code\":500}}", ": m")]
    public void An_error_event_carries_the_servers_message(string payload, string message)
    {
        var ex = Assert.IsType<FormatException>(Fails(Chunk(Text("a")), payload));
        Assert.Contains("server reported an error", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void A_plain_json_error_body_instead_of_a_stream_is_the_servers_message()
    {
        var ex = StreamKit.Fails(() => new ChatCompletionsStreamReader(), "{\n  \"error\": {\"message\": \"Invalid API key\", \"type\": \"invalid_request_error\"}\n}\n");
        Assert.Contains("Invalid API key", ex.Message);
    }

    [Fact]
    public void Arguments_for_a_call_already_complete_are_refused_rather_than_lost()
    {
        var ex = Assert.IsType<FormatException>(Fails(
            Chunk(Calls(Fragment(0, "a", "f", "{\"x\":"))),
            Chunk(Calls(Fragment(1, "b", "g", "{}"))),
            Chunk(Calls(Fragment(0, "a", arguments: "1}")))));
        Assert.Contains("after it was complete", ex.Message);
    }

    [Fact]
    public void Feeding_after_complete_is_an_invalid_operation()
    {
        var reader = new ChatCompletionsStreamReader();
        var updates = new List<ChatStreamUpdate>();
        reader.Complete(updates);
        Assert.Throws<InvalidOperationException>(() => reader.Feed("data: x\n\n"u8, updates));
        Assert.Equal(new[] { "finished - -" }, updates.Select(StreamKit.Describe));
    }
}
