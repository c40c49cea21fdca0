using System.Net;
using System.Text;
using System.Text.Json;
using ToolGen.Chat;
using ToolGen.Providers;

namespace ToolGen.Tests.Chat;

// The request and response shapes follow wire-formats.md §1 (OpenAI Chat Completions) and §6 (open-model servers).
public class OpenAIChatLoopTests
{
    private readonly ScriptedChatHandler _server = new();
    private readonly ChatTools _tools = new();

    private OpenAIChatLoop CreateLoop(ChatLoopOptions? options = null)
    {
        var http = new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") };
        var loop = new OpenAIChatLoop(http, _tools, options ?? new ChatLoopOptions { Model = "test-model" });
        return loop;
    }

    private static string[] Roles(JsonElement request) =>
        request.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()!).ToArray();

    private static JsonElement[] ToolMessages(JsonElement request) =>
        request.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("role").GetString() == "tool").ToArray();

    // ---------------------------------------------------------------- answers without tools

    [Fact]
    public async Task Content_answer_without_tool_calls_ends_the_run_at_once()
    {
        _server.Then(ScriptedChatHandler.Answer("Hello there."));
        var loop = CreateLoop(new ChatLoopOptions { Model = "test-model", ApiKey = "sk-test" });

        var result = await loop.SendAsync("Hi!");

        Assert.Equal("Hello there.", result.Text);
        Assert.Equal(1, result.Steps);
        Assert.False(result.StepLimitReached);
        Assert.Equal("stop", result.FinishReason);
        Assert.Empty(result.Transcript);
        Assert.Empty(_tools.Ran);

        var request = _server.Request(0);
        Assert.Equal("test-model", request.GetProperty("model").GetString());
        Assert.Equal(new[] { "user" }, Roles(request));
        Assert.Equal("Hi!", request.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.Equal(
            OpenAIChatCompletions.WriteTools(ChatTools.ToolDefinitions, strict: true),
            request.GetProperty("tools").GetRawText());
        Assert.False(request.TryGetProperty("parallel_tool_calls", out _));

        Assert.Equal(new Uri("http://model.test/v1/chat/completions"), _server.Uris[0]);
        Assert.Equal("Bearer", _server.Authorizations[0]!.Scheme);
        Assert.Equal("sk-test", _server.Authorizations[0]!.Parameter);
        Assert.Equal("application/json", _server.ContentTypes[0]);

        Assert.Equal(2, loop.Messages.Count);
        Assert.Equal("""{"role":"assistant","content":"Hello there."}""", loop.Messages[1]);
    }

    [Fact]
    public async Task System_and_user_messages_are_json_built_with_escapes()
    {
        _server.Then(ScriptedChatHandler.Answer("ok"));
        var loop = CreateLoop();
        loop.AddSystemMessage("Be \"brief\".\nAlways.");

        await loop.SendAsync("Ça va? </script> \u2603");

        var messages = _server.Request(0).GetProperty("messages");
        Assert.Equal(new[] { "system", "user" }, Roles(_server.Request(0)));
        Assert.Equal("Be \"brief\".\nAlways.", messages[0].GetProperty("content").GetString());
        Assert.Equal("Ça va? </script> \u2603", messages[1].GetProperty("content").GetString());
        Assert.Equal(loop.Messages[0], OpenAIChatLoop.SystemMessage("Be \"brief\".\nAlways."));
    }

    [Fact]
    public async Task Without_tools_the_request_has_no_tools_property()
    {
        _server.Then(ScriptedChatHandler.Answer("ok"));
        var http = new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") };
        var loop = new OpenAIChatLoop(http, ToolSet.Combine(), new ChatLoopOptions { Model = "m", ParallelToolCalls = false });

        await loop.SendAsync("hi");

        Assert.False(_server.Request(0).TryGetProperty("tools", out _));
        Assert.False(_server.Request(0).TryGetProperty("parallel_tool_calls", out _));
    }

    [Fact]
    public async Task Extra_request_properties_are_written_after_the_standard_ones()
    {
        _server.Then(ScriptedChatHandler.Answer("ok"));
        var loop = CreateLoop(new ChatLoopOptions
        {
            Model = "m",
            ParallelToolCalls = true,
            WriteRequestProperties = writer => writer.WriteNumber("temperature", 0),
        });

        await loop.SendAsync("hi");

        var request = _server.Request(0);
        Assert.Equal(
            new[] { "model", "messages", "tools", "parallel_tool_calls", "temperature" },
            request.EnumerateObject().Select(p => p.Name));
        Assert.True(request.GetProperty("parallel_tool_calls").GetBoolean());
    }

    // ---------------------------------------------------------------- tool calls

    [Fact]
    public async Task Single_call_is_run_and_its_result_sent_back()
    {
        _server
            .Then(ScriptedChatHandler.Calls(("call_w1", "get_weather", """{"city":"Paris"}""")))
            .Then(ScriptedChatHandler.Answer("It is 18.5 °C and sunny in Paris."));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal("It is 18.5 °C and sunny in Paris.", result.Text);
        Assert.Equal(2, result.Steps);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);

        var invocation = Assert.Single(result.Transcript);
        Assert.Equal(1, invocation.Step);
        Assert.Equal("call_w1", invocation.Call.Id);
        Assert.Equal("get_weather", invocation.Call.Name);
        Assert.Equal("""{"city":"Paris"}""", invocation.Call.ArgumentsText);
        Assert.False(invocation.Result.IsError);
        Assert.False(invocation.Declined);
        Assert.Equal("""{"city":"Paris","celsius":18.5,"conditions":"sunny"}""", invocation.Result.Content);

        var second = _server.Request(1);
        Assert.Equal(new[] { "user", "assistant", "tool" }, Roles(second));
        var tool = ToolMessages(second)[0];
        Assert.Equal("call_w1", tool.GetProperty("tool_call_id").GetString());
        Assert.Equal(invocation.Result.Content, tool.GetProperty("content").GetString());

        // The tools go with every request.
        Assert.Equal(_server.Request(0).GetProperty("tools").GetRawText(), second.GetProperty("tools").GetRawText());
        Assert.Equal(new[] { "user", "assistant", "tool", "assistant" }, loop.Messages.Select(m => JsonDocument.Parse(m).RootElement.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Parallel_calls_run_concurrently_and_results_keep_the_call_order()
    {
        _server
            .Then(ScriptedChatHandler.Calls(
                ("call_a", "meet", """{"name":"slow","after":"fast"}"""),
                ("call_b", "meet", """{"name":"fast","after":null}""")))
            .Then(ScriptedChatHandler.Answer("Both met."));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Meet twice.");

        // Each call waits for the other to start: both succeed only when they ran at the same time.
        Assert.All(result.Transcript, i => Assert.False(i.Result.IsError, i.Result.Content));
        // The second call finished first (the first waited for it)...
        Assert.Equal(new[] { "meet fast", "meet slow" }, _tools.Ran);
        // ...but the results go back in the order of the calls.
        Assert.Equal(new[] { "call_a", "call_b" }, result.Transcript.Select(i => i.Call.Id));
        var tools = ToolMessages(_server.Request(1));
        Assert.Equal(new[] { "call_a", "call_b" }, tools.Select(t => t.GetProperty("tool_call_id").GetString()));
        Assert.Equal(new[] { "met slow", "met fast" }, tools.Select(t => t.GetProperty("content").GetString()));
    }

    [Fact]
    public async Task Unknown_tool_and_bad_arguments_go_back_to_the_model_as_tool_messages()
    {
        _server
            .Then(ScriptedChatHandler.Calls(
                ("call_1", "get_wether", """{"city":"Paris"}"""),
                ("call_2", "get_weather", """{"city":42}"""),
                ("call_3", "get_weather", """{"city":"Par""")))
            .Then(ScriptedChatHandler.Calls(("call_4", "get_weather", """{"city":"Paris"}""")))
            .Then(ScriptedChatHandler.Answer("Fixed it: 18.5 °C."));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Weather?");

        Assert.Equal("Fixed it: 18.5 °C.", result.Text);
        Assert.Equal(3, result.Steps);
        var contents = ToolMessages(_server.Request(1)).Select(t => t.GetProperty("content").GetString()).ToArray();
        Assert.Equal(3, contents.Length);
        Assert.StartsWith("Unknown tool \"get_wether\". Available tools: get_weather, meet, delete_file, probe, label.", contents[0]);
        Assert.Equal("Invalid arguments for tool \"get_weather\": \"city\": expected a string; got 42.", contents[1]);
        Assert.StartsWith("Invalid arguments for tool \"get_weather\": not valid JSON (", contents[2]);

        Assert.Equal(
            new[] { ToolErrorKind.UnknownTool, ToolErrorKind.InvalidArguments, ToolErrorKind.MalformedArguments },
            result.Transcript.Take(3).Select(i => i.Result.Error!.Kind));
        Assert.False(result.Transcript[3].Result.IsError);
        Assert.Equal(2, result.Transcript[3].Step);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
    }

    [Fact]
    public async Task Approved_call_runs()
    {
        _server
            .Then(ScriptedChatHandler.Calls(("call_d", "delete_file", """{"path":"/tmp/old.log"}""")))
            .Then(ScriptedChatHandler.Answer("Deleted."));
        var asked = new List<string>();
        var completed = new List<string>();
        var loop = CreateLoop(new ChatLoopOptions
        {
            Model = "m",
            ToolCallsCompleted = invocations => completed.AddRange(invocations.Select(i => i.Step + " " + i.Call.Name + " " + i.Result.Content)),
            Approve = (call, definition, _) =>
            {
                asked.Add(call.Id + " " + definition.Name + " " + call.ArgumentsText);
                return new ValueTask<bool>(true);
            },
        });

        var result = await loop.SendAsync("Delete the old log.");

        Assert.Equal(new[] { "call_d delete_file {\"path\":\"/tmp/old.log\"}" }, asked);
        Assert.Equal(new[] { "delete_file /tmp/old.log" }, _tools.Ran);
        Assert.Equal(new[] { "1 delete_file deleted /tmp/old.log" }, completed);
        var invocation = Assert.Single(result.Transcript);
        Assert.False(invocation.Declined);
        Assert.Equal("deleted /tmp/old.log", invocation.Result.Content);
        Assert.Equal("deleted /tmp/old.log", ToolMessages(_server.Request(1))[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Denied_call_does_not_run_and_the_model_is_told_the_user_declined()
    {
        _server
            .Then(ScriptedChatHandler.Calls(
                ("call_d", "delete_file", """{"path":"/etc/passwd"}"""),
                ("call_w", "get_weather", """{"city":"Rome"}""")))
            .Then(ScriptedChatHandler.Answer("I did not delete it."));
        var asked = 0;
        var loop = CreateLoop(new ChatLoopOptions
        {
            Model = "m",
            Approve = async (call, definition, cancellationToken) =>
            {
                asked++;
                await Task.Yield();
                return false;
            },
        });

        var result = await loop.SendAsync("Delete /etc/passwd and tell me the weather in Rome.");

        Assert.Equal(1, asked); // get_weather needs no approval
        Assert.Equal(new[] { "get_weather Rome" }, _tools.Ran);
        Assert.True(result.Transcript[0].Declined);
        Assert.True(result.Transcript[0].Result.IsError);
        Assert.False(result.Transcript[1].Declined);
        var contents = ToolMessages(_server.Request(1)).Select(t => t.GetProperty("content").GetString()).ToArray();
        Assert.Equal("The user declined to run tool \"delete_file\"; it was not run. Do not call it again unless the user asks for it.", contents[0]);
        Assert.StartsWith("{\"city\":\"Rome\"", contents[1]);
    }

    [Fact]
    public async Task Without_an_approval_callback_a_call_that_needs_one_does_not_run()
    {
        _server
            .Then(ScriptedChatHandler.Calls(("call_d", "delete_file", """{"path":"/tmp/x"}""")))
            .Then(ScriptedChatHandler.Answer("Could not."));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Delete /tmp/x.");

        Assert.Empty(_tools.Ran);
        Assert.True(Assert.Single(result.Transcript).Declined);
        Assert.Equal(
            "Tool \"delete_file\" needs the user's approval, which this host cannot ask for; it was not run.",
            ToolMessages(_server.Request(1))[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Step_limit_returns_a_result_that_says_so()
    {
        var n = 0;
        _server.Otherwise = _ => ScriptedChatHandler.Json(ScriptedChatHandler.Calls(("call_" + ++n, "get_weather", """{"city":"Oslo"}""")));
        var loop = CreateLoop(new ChatLoopOptions { Model = "m", MaxSteps = 3 });

        var result = await loop.SendAsync("Loop for ever.");

        Assert.True(result.StepLimitReached);
        Assert.Null(result.Text);
        Assert.Equal(3, result.Steps);
        Assert.Equal("tool_calls", result.FinishReason);
        Assert.Equal(3, _server.Bodies.Count);
        Assert.Equal(new[] { 1, 2, 3 }, result.Transcript.Select(i => i.Step));
        // The last step's calls ran and were answered, so the conversation can go on.
        Assert.Equal(3, _tools.Ran.Count);
        Assert.Contains("\"role\":\"tool\"", loop.Messages[^1]);
        Assert.Equal(1 + (3 * 2), loop.Messages.Count);
    }

    [Fact]
    public async Task Default_step_limit_is_eight()
    {
        _server.Otherwise = _ => ScriptedChatHandler.Json(ScriptedChatHandler.Calls(("c", "get_weather", """{"city":"Oslo"}""")));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Loop for ever.");

        Assert.Equal(8, ChatLoopOptions.DefaultMaxSteps);
        Assert.True(result.StepLimitReached);
        Assert.Equal(8, result.Steps);
        Assert.Equal(8, _server.Bodies.Count);
    }

    [Fact]
    public async Task Http_error_throws_with_the_error_text_of_the_body()
    {
        _server.Then(_ => ScriptedChatHandler.Json(
            """{"error":{"message":"Incorrect API key provided: sk-wrong.","type":"invalid_request_error","code":"invalid_api_key"}}""",
            HttpStatusCode.Unauthorized));
        var loop = CreateLoop();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => loop.SendAsync("hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("The chat completions endpoint answered HTTP 401 (Unauthorized): Incorrect API key provided: sk-wrong.", ex.Message);
    }

    [Theory]
    [InlineData("""{"object":"error","message":"model 'x' not found","code":404}""", "model 'x' not found")]
    [InlineData("""{"error":"tools not supported by this model"}""", "tools not supported by this model")]
    [InlineData("""{"detail":"Not Found"}""", "Not Found")]
    [InlineData("<html>Bad Gateway</html>", "<html>Bad Gateway</html>")]
    [InlineData("", "(empty body)")]
    public async Task Http_error_bodies_of_compatible_servers_are_read(string body, string text)
    {
        _server.Then(_ => ScriptedChatHandler.Json(body, HttpStatusCode.BadGateway));
        var loop = CreateLoop();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => loop.SendAsync("hi"));

        Assert.EndsWith(": " + text, ex.Message);
        Assert.Contains("HTTP 502", ex.Message);
    }

    [Fact]
    public async Task A_response_that_is_not_a_completion_is_a_format_error()
    {
        _server.Then("""{"choices":[]}""");
        var loop = CreateLoop();

        await Assert.ThrowsAsync<FormatException>(() => loop.SendAsync("hi"));
    }

    // ---------------------------------------------------------------- the assistant message goes back unchanged

    [Fact]
    public async Task Assistant_message_is_echoed_byte_for_byte()
    {
        // Odd spacing, escapes, key order and extra fields: none of it may change.
        const string Message =
            "{ \"role\" : \"assistant\",\n  \"content\":null, \"refusal\":null,\"annotations\":[],\n" +
            "  \"tool_calls\" : [ {\"type\":\"function\", \"id\":\"call_\\u0041bc\",\"function\":{\"arguments\":\"{\\\"city\\\": \\\"Z\\u00fcrich\\\"}\", \"name\":\"get_weather\"}} ],\n" +
            "  \"reasoning_content\":\"Caf\\u00e9 \\ud83d\\ude00 \\/ ok\"}";
        _server
            .Then(ScriptedChatHandler.Completion(Message))
            .Then(ScriptedChatHandler.Answer("done"));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Weather in Zürich?");

        Assert.Equal("get_weather Zürich", Assert.Single(_tools.Ran));
        Assert.Equal("call_Abc", result.Transcript[0].Call.Id);
        Assert.Equal(Message, loop.Messages[1]);

        var sent = Encoding.UTF8.GetBytes(_server.Bodies[1]);
        var expected = Encoding.UTF8.GetBytes("\"messages\":[" + OpenAIChatLoop.UserMessage("Weather in Zürich?") + "," + Message + ",");
        Assert.True(sent.AsSpan().IndexOf(expected) >= 0, "the request does not hold the assistant message unchanged: " + _server.Bodies[1]);
        Assert.Equal("call_Abc", ToolMessages(_server.Request(1))[0].GetProperty("tool_call_id").GetString());
    }

    [Fact]
    public async Task Missing_ids_are_made_up_and_spliced_into_the_echoed_message()
    {
        // Open-model servers sometimes send no id, an empty one, or a number (wire-formats.md §6). Arguments sent as an
        // object go back as a string: Ollama's server refuses object arguments in the history (issue 15, item 4).
        const string Message =
            """{"role":"assistant","content":"","tool_calls":[{"type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}},{"id":7,"function":{"name":"get_weather","arguments":{"city":"Oslo"}}},{"id":"keep","function":{"name":"get_weather","arguments":"{\"city\":\"Lima\"}"}}]}""";
        const string Patched =
            """{"role":"assistant","content":"","tool_calls":[{"id":"call_0","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}},{"id":"7","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}},{"id":"keep","function":{"name":"get_weather","arguments":"{\"city\":\"Lima\"}"}}]}""";
        _server
            .Then(ScriptedChatHandler.Completion(Message))
            .Then(ScriptedChatHandler.Answer("done"));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Weather?");

        Assert.Equal(new[] { "call_0", "call_1", "7", "keep" }, result.Transcript.Select(i => i.Call.Id));
        Assert.Equal(Patched, loop.Messages[1]);
        var second = _server.Request(1);
        var echoedIds = second.GetProperty("messages")[1].GetProperty("tool_calls").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        var resultIds = ToolMessages(second).Select(t => t.GetProperty("tool_call_id").GetString());
        Assert.Equal(new[] { "call_0", "call_1", "7", "keep" }, echoedIds);
        Assert.Equal(echoedIds, resultIds);
        Assert.All(result.Transcript, i => Assert.False(i.Result.IsError, i.Result.Content));
    }

    // ---------------------------------------------------------------- strict mode, services

    [Fact]
    public async Task Tools_sent_strict_are_read_strictly()
    {
        _server
            .Then(ScriptedChatHandler.Calls(
                ("c1", "probe", """{"text":"a"}"""),
                ("c2", "label", """{"labels":{"k":"v"}}""")))
            .Then(ScriptedChatHandler.Answer("ok"));
        var services = new Tools.SimpleServices();
        var loop = CreateLoop(new ChatLoopOptions { Model = "m", Services = services });

        var result = await loop.SendAsync("Probe.");

        var functions = _server.Request(0).GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function")).ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.True(functions["probe"].GetProperty("strict").GetBoolean());
        Assert.False(functions["label"].TryGetProperty("strict", out _)); // an open dictionary has no strict form
        Assert.Equal("a|strict=True|services=True", result.Transcript[0].Result.Content);
        Assert.True(result.Transcript[0].Call.Strict);
        Assert.Equal("1|strict=False", result.Transcript[1].Result.Content);
        Assert.False(result.Transcript[1].Call.Strict);
        Assert.Same(services, result.Transcript[0].Call.Services);
    }

    [Fact]
    public async Task Non_strict_option_sends_no_strict_tool_and_reads_leniently()
    {
        _server
            .Then(ScriptedChatHandler.Calls(("c1", "probe", """{"text":"a","extra":1}""")))
            .Then(ScriptedChatHandler.Answer("ok"));
        var loop = CreateLoop(new ChatLoopOptions { Model = "m", Strict = false });

        var result = await loop.SendAsync("Probe.");

        Assert.DoesNotContain("\"strict\"", _server.Request(0).GetProperty("tools").GetRawText());
        Assert.Equal(OpenAIChatCompletions.WriteTools(ChatTools.ToolDefinitions, strict: false), _server.Request(0).GetProperty("tools").GetRawText());
        Assert.Equal("a|strict=False|services=False", result.Transcript[0].Result.Content);
    }

    [Fact]
    public async Task An_unknown_property_is_an_error_only_in_strict_mode()
    {
        _server
            .Then(ScriptedChatHandler.Calls(("c1", "probe", """{"text":"a","extra":1}""")))
            .Then(ScriptedChatHandler.Answer("ok"));
        var loop = CreateLoop();

        var result = await loop.SendAsync("Probe.");

        Assert.True(result.Transcript[0].Result.IsError);
        Assert.Contains("\"extra\"", result.Transcript[0].Result.Content);
    }

    // ---------------------------------------------------------------- conversation and arguments

    [Fact]
    public async Task A_second_question_continues_the_conversation()
    {
        _server
            .Then(ScriptedChatHandler.Calls(("call_1", "get_weather", """{"city":"Paris"}""")))
            .Then(ScriptedChatHandler.Answer("18.5 °C."))
            .Then(ScriptedChatHandler.Answer("You are welcome."));
        var loop = CreateLoop();

        await loop.SendAsync("Weather in Paris?");
        var second = await loop.SendAsync("Thanks!");

        Assert.Equal("You are welcome.", second.Text);
        Assert.Equal(1, second.Steps);
        Assert.Empty(second.Transcript);
        Assert.Equal(new[] { "user", "assistant", "tool", "assistant", "user" }, Roles(_server.Request(2)));
    }

    [Fact]
    public async Task Invalid_options_are_refused_before_any_request()
    {
        var loop = CreateLoop(new ChatLoopOptions { Model = "" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => loop.SendAsync("hi"));

        loop = CreateLoop(new ChatLoopOptions { Model = "m", MaxSteps = 0 });
        await Assert.ThrowsAsync<InvalidOperationException>(() => loop.SendAsync("hi"));

        loop = CreateLoop();
        await Assert.ThrowsAsync<InvalidOperationException>(() => loop.RunAsync());

        Assert.Empty(_server.Bodies);
        Assert.Throws<ArgumentNullException>(() => new OpenAIChatLoop(null!, _tools, new ChatLoopOptions()));
        Assert.Throws<ArgumentNullException>(() => OpenAIChatLoop.UserMessage(null!));
    }

    [Fact]
    public async Task Cancellation_propagates_and_leaves_the_conversation_valid()
    {
        using var cts = new CancellationTokenSource();
        _server.Then(ScriptedChatHandler.Calls(
            ("c1", "delete_file", """{"path":"/tmp/x"}"""),
            ("c2", "meet", """{"name":"x","after":null}""")));
        var loop = CreateLoop(new ChatLoopOptions
        {
            Model = "m",
            Approve = (_, _, _) =>
            {
                cts.Cancel();
                return new ValueTask<bool>(true);
            },
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop.SendAsync("Meet.", cts.Token));

        // The step's assistant message is not kept without its results.
        Assert.Equal(new[] { "user" }, loop.Messages.Select(m => JsonDocument.Parse(m).RootElement.GetProperty("role").GetString()));
    }
}
