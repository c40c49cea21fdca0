using System.Text.Json;
using ToolGen.Chat;

namespace ToolGen.Tests.Chat;

/// <summary>The loop against a real HTTP server on the loopback interface, for each provider (issue 15, item 6).</summary>
public class ChatLoopLoopbackTests
{
    private readonly ChatTools _tools = new();

    [Theory]
    [MemberData(nameof(ProviderScript.Names), MemberType = typeof(ProviderScript))]
    public async Task A_conversation_over_a_socket_sends_every_body_the_provider_expects(string provider)
    {
        var script = ProviderScript.Get(provider);
        await using var server = new LoopbackServer();
        server.Then(script.Parallel).Then(script.Answer);
        using var http = server.CreateClient();
        var loop = new ChatLoop(http, script.Codec, _tools, new ChatLoopOptions { Model = "test-model" });

        var result = await loop.SendAsync("Paris and Rome?");

        Assert.Equal("It is 18.5 °C in Paris.", result.Text);
        Assert.Equal(2, server.Bodies.Count);
        Assert.All(server.Paths, p => Assert.Equal("/v1/" + script.Codec.GetRequestPath("test-model", stream: false), p));
        var first = JsonDocument.Parse(server.Bodies[0]).RootElement;
        Assert.Equal(1, first.GetProperty(script.Conversation).GetArrayLength());
        var second = JsonDocument.Parse(server.Bodies[1]).RootElement;
        Assert.Equal(script.ParallelIds, script.ResultIds(second));
        // user, then the assistant turn as sent (Responses: a reasoning item and two calls), then the results (OpenAI and
        // Responses: one item each; Anthropic and Gemini: one user message holding both).
        var expected = provider switch { "openai" => 4, "responses" => 6, _ => 3 };
        Assert.Equal(expected, second.GetProperty(script.Conversation).GetArrayLength());
    }

    [Fact]
    public async Task A_server_that_drops_the_connection_mid_body_is_an_error_not_a_hang()
    {
        await using var server = new LoopbackServer();
        server.ThenCutOff(ProviderScript.Anthropic.Answer, "application/json");
        using var http = server.CreateClient();
        var loop = new ChatLoop(http, ProviderScript.Anthropic.Codec, _tools, new ChatLoopOptions { Model = "m", MaxRetries = 0 });

        var ex = await Record.ExceptionAsync(() => loop.SendAsync("Hi").WaitAsync(TimeSpan.FromSeconds(30)));

        // Depending on where the connection drops, the socket reports it or the codec finds the JSON cut short: either way a
        // clear exception, at once.
        Assert.True(ex is IOException or HttpRequestException or FormatException, ex?.ToString());
    }

    [Fact]
    public async Task A_rate_limited_request_is_sent_again_over_the_socket()
    {
        await using var server = new LoopbackServer();
        server.Then("""{"error":{"message":"Rate limit reached."}}""", status: 429).Then(ProviderScript.Gemini.Answer);
        using var http = server.CreateClient();
        var waits = new List<TimeSpan>();
        var loop = new ChatLoop(http, ProviderScript.Gemini.Codec, _tools, new ChatLoopOptions
        {
            Model = "m",
            Delay = (delay, _) => { waits.Add(delay); return Task.CompletedTask; },
        });

        var result = await loop.SendAsync("Hi");

        Assert.Equal("It is 18.5 °C in Paris.", result.Text);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1) }, waits);
        Assert.Equal(server.Bodies[0], server.Bodies[1]);
    }
}
