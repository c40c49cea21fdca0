using System.Net;
using System.Text.Json;
using ToolGen.Chat;
using ToolGen.Providers;

namespace ToolGen.Tests.Chat;

// One loop over every codec (issue 15, item 4): the same conversation against each provider's documented shapes.
public class ChatLoopTests
{
    private readonly ScriptedChatHandler _server = new();
    private readonly ChatTools _tools = new();

    private ChatLoop CreateLoop(ProviderScript script, ChatLoopOptions? options = null, IToolSet? tools = null)
    {
        var http = new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") };
        return new ChatLoop(http, script.Codec, tools ?? _tools, options ?? new ChatLoopOptions { Model = "test-model", ApiKey = "key-1" });
    }

    private static string ExpectedResultId(ProviderScript script, string id) =>
        GeminiCodec.IsGenerated(id) && script.Name == "gemini" ? "(none) get_weather" : id;

    [Theory]
    [MemberData(nameof(ProviderScript.Names), MemberType = typeof(ProviderScript))]
    public async Task A_call_is_run_and_its_result_sent_back_under_its_id(string provider)
    {
        var script = ProviderScript.Get(provider);
        _server.Then(script.Call).Then(script.Answer);
        var steps = new List<ChatStep>();
        var loop = CreateLoop(script, new ChatLoopOptions { Model = "test-model", ApiKey = "key-1", Instructions = "Be brief.", StepCompleted = steps.Add });

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal("It is 18.5 °C in Paris.", result.Text);
        Assert.Equal(2, result.Steps);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
        var invocation = Assert.Single(result.Transcript);
        Assert.Equal(script.CallId, invocation.Call.Id);
        Assert.False(invocation.Result.IsError, invocation.Result.Content);

        // The second request holds: the user message, the assistant turn as the server sent it, the result under the call's id.
        var second = _server.Request(1);
        var conversation = second.GetProperty(script.Conversation).EnumerateArray().ToArray();
        if (provider == "openai")
        {
            // Chat Completions has no instructions field: they lead the messages as a system message.
            Assert.Equal("system", conversation[0].GetProperty("role").GetString());
            Assert.Equal("Be brief.", conversation[0].GetProperty("content").GetString());
            conversation = conversation.Skip(1).ToArray();
        }

        Assert.Equal(3, conversation.Length);
        Assert.Equal(new[] { ExpectedResultId(script, script.CallId) }, script.ResultIds(second));
        Assert.Contains("18.5", script.ResultTexts(second)[0]);
        Assert.Equal(loop.History.Take(3).Select(h => JsonDocument.Parse(h).RootElement.GetRawText()), conversation.Select(e => e.GetRawText()));

        // Usage and finish reason per step.
        Assert.Equal(2, result.StepDetails.Count);
        Assert.Equal(steps, result.StepDetails);
        Assert.Equal(1, result.StepDetails[0].ToolCallCount);
        Assert.NotNull(result.StepDetails[0].FinishReason);
        Assert.NotNull(result.StepDetails[1].Usage);
        Assert.True(result.Usage!.InputTokens > result.StepDetails[1].Usage!.InputTokens);

        // Path, key and instructions where each provider wants them.
        Assert.Equal(new Uri("http://model.test/v1/" + script.Codec.GetRequestPath("test-model", false)), _server.Uris[0]);
        var headers = _server.Headers[0];
        switch (provider)
        {
            case "anthropic":
                Assert.Equal("key-1", headers["x-api-key"]);
                Assert.Equal("2023-06-01", headers["anthropic-version"]);
                Assert.Equal("Be brief.", second.GetProperty("system").GetString());
                break;
            case "gemini":
                Assert.Equal("key-1", headers["x-goog-api-key"]);
                Assert.Equal("Be brief.", second.GetProperty("systemInstruction").GetProperty("parts")[0].GetProperty("text").GetString());
                break;
            case "responses":
                Assert.Equal("Bearer key-1", headers["Authorization"]);
                Assert.Equal("Be brief.", second.GetProperty("instructions").GetString());
                break;
            default:
                Assert.Equal("Bearer key-1", headers["Authorization"]);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(ProviderScript.Names), MemberType = typeof(ProviderScript))]
    public async Task Parallel_calls_are_answered_in_order_under_their_ids(string provider)
    {
        var script = ProviderScript.Get(provider);
        _server.Then(script.Parallel).Then(script.Answer);
        var loop = CreateLoop(script);

        var result = await loop.SendAsync("Paris and Rome?");

        Assert.Equal(script.ParallelIds, result.Transcript.Select(i => i.Call.Id));
        Assert.Equal(script.ParallelIds, script.ResultIds(_server.Request(1)));
        Assert.Equal(new[] { "Paris", "Rome" }, script.ResultTexts(_server.Request(1)).Select(t => t.Contains("Paris") ? "Paris" : "Rome"));
    }

    [Fact]
    public async Task Gemini_thought_signature_goes_back_unchanged()
    {
        _server.Then(ProviderScript.Gemini.Call).Then(ProviderScript.Gemini.Answer);
        var loop = CreateLoop(ProviderScript.Gemini);

        await loop.SendAsync("Weather?");

        var modelContent = _server.Request(1).GetProperty("contents")[1];
        Assert.Equal("model", modelContent.GetProperty("role").GetString());
        Assert.Equal("CiQBVKhc7oTJ8nHZ0VqCj0bPh5qSg==", modelContent.GetProperty("parts")[0].GetProperty("thoughtSignature").GetString());
    }

    [Fact]
    public async Task A_call_without_a_name_and_an_id_used_twice_are_answered_not_thrown()
    {
        const string Message = """
            {"role":"assistant","content":null,"tool_calls":[
              {"id":"c1","type":"function","function":{"arguments":"{}"}},
              {"id":"c2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
              {"id":"c2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]}
            """;
        _server.Then(ScriptedChatHandler.Completion(Message)).Then(ScriptedChatHandler.Answer("ok"));
        var loop = CreateLoop(ProviderScript.OpenAI);

        var result = await loop.SendAsync("Go");

        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
        Assert.Contains("no tool name", result.Transcript[0].Result.Content);
        Assert.False(result.Transcript[1].Result.IsError);
        Assert.Contains("used by an earlier call", result.Transcript[2].Result.Content);
        Assert.Equal(new[] { "c1", "c2", "c2" }, ProviderScript.OpenAI.ResultIds(_server.Request(1)));
    }

    [Fact]
    public async Task Approval_is_decided_per_call_from_its_arguments()
    {
        _server.Then(ScriptedChatHandler.Calls(("a", "get_weather", """{"city":"Paris"}"""), ("b", "get_weather", """{"city":"Pyongyang"}""")))
            .Then(ScriptedChatHandler.Answer("ok"));
        var asked = new List<string>();
        var loop = CreateLoop(ProviderScript.OpenAI, new ChatLoopOptions
        {
            Model = "m",
            RequiresApproval = (call, _) => call.ArgumentsText.Contains("Pyongyang"),
            Approve = (call, _, _) =>
            {
                asked.Add(call.Id);
                return new ValueTask<bool>(false);
            },
        });

        var result = await loop.SendAsync("Go");

        Assert.Equal(new[] { "b" }, asked);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
        Assert.True(result.Transcript[1].Declined);
        Assert.False(result.Transcript[0].Declined);
    }

    [Fact]
    public async Task Calls_run_concurrently_within_the_bound()
    {
        var probe = new ConcurrencyProbe();
        _server.Then(ScriptedChatHandler.Calls(
                ("a", "probe", "{}"), ("b", "probe", "{}"), ("c", "probe", "{}"), ("d", "probe", "{}"), ("e", "probe", "{}")))
            .Then(ScriptedChatHandler.Answer("ok"));
        var loop = CreateLoop(ProviderScript.OpenAI, new ChatLoopOptions { Model = "m", MaxConcurrentToolCalls = 2 }, probe);

        var result = await loop.SendAsync("Go");

        Assert.Equal(5, result.Transcript.Count);
        Assert.Equal(2, probe.MaxSeen);
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, ProviderScript.OpenAI.ResultIds(_server.Request(1)));
    }

    [Theory]
    [InlineData(429, "7", null, 7000)]
    [InlineData(503, null, null, 1000)]
    [InlineData(429, null, "250", 250)]
    [InlineData(529, "120", null, 60000)] // a server delay above a minute is capped by the default rule
    public async Task Rate_limits_and_overload_are_retried_after_the_servers_delay(int status, string? retryAfter, string? retryAfterMs, int expectedMs)
    {
        _server.Then(_ =>
        {
            var response = ScriptedChatHandler.Json("""{"error":{"message":"slow down"}}""", (HttpStatusCode)status);
            if (retryAfter is not null)
            {
                response.Headers.Add("Retry-After", retryAfter);
            }

            if (retryAfterMs is not null)
            {
                response.Headers.Add("retry-after-ms", retryAfterMs);
            }

            return response;
        }).Then(ScriptedChatHandler.Answer("ok"));
        var waits = new List<TimeSpan>();
        var loop = CreateLoop(ProviderScript.OpenAI, new ChatLoopOptions { Model = "m", Delay = (d, _) => { waits.Add(d); return Task.CompletedTask; } });

        var result = await loop.SendAsync("Hi");

        Assert.Equal("ok", result.Text);
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(expectedMs) }, waits);
        Assert.Equal(_server.Bodies[0], _server.Bodies[1]);
    }

    [Fact]
    public async Task Retries_stop_at_the_limit_with_the_error_text()
    {
        _server.Otherwise = _ => ScriptedChatHandler.Json(ProviderFixturesError, (HttpStatusCode)429);
        var attempts = new List<int>();
        var loop = CreateLoop(ProviderScript.Anthropic, new ChatLoopOptions
        {
            Model = "m",
            MaxRetries = 3,
            RetryDelay = (attempt, _) => { attempts.Add(attempt); return TimeSpan.Zero; },
            Delay = (_, _) => Task.CompletedTask,
        });

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => loop.SendAsync("Hi"));

        Assert.Equal(new[] { 1, 2, 3 }, attempts);
        Assert.Equal(4, _server.Bodies.Count);
        Assert.Equal("The anthropic messages endpoint answered HTTP 429 (Too Many Requests): Overloaded", ex.Message);
    }

    private const string ProviderFixturesError = ToolGen.Tests.Providers.ProviderFixtures.AnthropicError;

    [Fact]
    public async Task A_request_that_takes_too_long_is_a_timeout()
    {
        var http = new HttpClient(new HangingHandler()) { BaseAddress = new Uri("http://model.test/v1/") };
        var loop = new ChatLoop(http, ResponsesCodec.Default, _tools, new ChatLoopOptions { Model = "m", RequestTimeout = TimeSpan.FromMilliseconds(20) });

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => loop.SendAsync("Hi"));

        Assert.Contains("RequestTimeout", ex.Message);
    }

    [Fact]
    public async Task Cancellation_is_not_a_timeout()
    {
        using var cts = new CancellationTokenSource();
        var http = new HttpClient(new HangingHandler(cts)) { BaseAddress = new Uri("http://model.test/v1/") };
        var loop = new ChatLoop(http, GeminiCodec.Default, _tools, new ChatLoopOptions { Model = "m", RequestTimeout = TimeSpan.FromHours(1) });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop.SendAsync("Hi", cts.Token));
    }

    [Theory]
    [MemberData(nameof(ProviderScript.Names), MemberType = typeof(ProviderScript))]
    public async Task Step_limit_returns_with_the_calls_answered(string provider)
    {
        var script = ProviderScript.Get(provider);
        _server.Otherwise = _ => ScriptedChatHandler.Json(script.Call);
        var loop = CreateLoop(script, new ChatLoopOptions { Model = "m", MaxSteps = 2 });

        var result = await loop.SendAsync("Loop");

        Assert.True(result.StepLimitReached);
        Assert.Null(result.Text);
        Assert.Equal(2, result.Steps);
        Assert.Equal(2, result.Transcript.Count);
    }

    [Theory]
    [InlineData("responses", "{\"output\":[tru")]
    [InlineData("anthropic", "{\"type\":\"message\"}")]
    [InlineData("gemini", "[]")]
    public async Task A_malformed_response_is_a_format_error(string provider, string body)
    {
        _server.Then(body);
        var loop = CreateLoop(ProviderScript.Get(provider));

        await Assert.ThrowsAsync<FormatException>(() => loop.SendAsync("Hi"));
    }

    /// <summary>
    /// A tool set whose one tool records how many of its calls run at once. Calls wait until two run together (then all
    /// pass): with a bound of 2 the most ever seen is exactly 2, whatever the scheduling; without a bound it would be more.
    /// </summary>
    private sealed class ConcurrencyProbe : IToolSet
    {
        private readonly TaskCompletionSource _pair = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running;
        private int _maxSeen;

        public int MaxSeen => Volatile.Read(ref _maxSeen);

        public IReadOnlyList<ToolDefinition> Definitions { get; } = new[] { new ToolDefinition("probe", "Probe.", """{"type":"object","properties":{}}""") };

        public async ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
        {
            var now = Interlocked.Increment(ref _running);
            int seen;
            while (now > (seen = Volatile.Read(ref _maxSeen)) && Interlocked.CompareExchange(ref _maxSeen, now, seen) != seen)
            {
            }

            if (now >= 2)
            {
                _pair.TrySetResult();
            }

            await _pair.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            Interlocked.Decrement(ref _running);
            return ToolResult.Success(call.Id, "ok");
        }
    }

    /// <summary>Never answers: waits until the request is cancelled (optionally cancelling the caller's token once the request arrives).</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        private readonly CancellationTokenSource? _cancelOnArrival;

        public HangingHandler(CancellationTokenSource? cancelOnArrival = null) => _cancelOnArrival = cancelOnArrival;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _cancelOnArrival?.Cancel();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
