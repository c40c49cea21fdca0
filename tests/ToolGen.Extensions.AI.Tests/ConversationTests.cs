using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>The real <see cref="FunctionInvokingChatClient"/> runs ToolGen functions in a scripted conversation.</summary>
public class ConversationTests
{
    private static IEnumerable<FunctionResultContent> Results(IReadOnlyList<ChatMessage> messages) =>
        messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>();

    private static FunctionResultContent Result(IReadOnlyList<ChatMessage> messages, string callId) =>
        Results(messages).Single(r => r.CallId == callId);

    [Fact]
    public async Task Multi_step_conversation_with_parallel_calls_a_repaired_call_a_refused_approval_and_an_answer()
    {
        var tools = new AssistantTools();
        var recording = new RecordingToolSet(tools);
        string? repairText = null;
        var model = new ScriptedChatClient()
            // 1: two calls in one response.
            .ThenCall(
                ScriptedChatClient.Call("c1", "get_weather", """{"city":"Paris","unit":null}"""),
                ScriptedChatClient.Call("c2", "add", """{"a":2,"b":3}"""))
            // 2: sees both results, then makes a bad call.
            .Then((messages, _) =>
            {
                // Results are the tools' JSON text, passed through as they are.
                Assert.Equal("""{"city":"Paris","temperature":14,"unit":"Celsius"}""", Assert.IsType<string>(Result(messages, "c1").Result));
                Assert.Equal("5", Assert.IsType<string>(Result(messages, "c2").Result));
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, [ScriptedChatClient.Call("c3", "repeat", """{"text":"ab","times":9}""")]));
            })
            // 3: reads the repair text and repairs the call.
            .Then((messages, _) =>
            {
                repairText = Assert.IsType<string>(Result(messages, "c3").Result);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, [ScriptedChatClient.Call("c4", "repeat", """{"text":"ab","times":2}""")]));
            })
            // 4: asks to delete a file, which needs approval.
            .Then((messages, _) =>
            {
                Assert.Equal("abab", Result(messages, "c4").Result);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, [ScriptedChatClient.Call("c5", "delete_file", """{"path":"notes.txt"}""")]));
            })
            // 5: told the deletion was refused; answers.
            .Then((messages, _) =>
            {
                var refused = Result(messages, "c5");
                Assert.Contains("rejected", Assert.IsType<string>(refused.Result), StringComparison.OrdinalIgnoreCase);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "Paris: 14 °C. 2 + 3 = 5. abab. I did not delete notes.txt."));
            });

        using var client = new FunctionInvokingChatClient(model);
        var options = new ChatOptions { Tools = [.. recording.AsAIFunctions()] };
        var history = new List<ChatMessage> { new(ChatRole.User, "Weather in Paris, 2+3, repeat ab, then delete notes.txt.") };

        var first = await client.GetResponseAsync(history, options);

        // The approval request ends the first turn: nothing was deleted, the host must answer.
        var request = Assert.Single(first.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>());
        Assert.Equal("delete_file", Assert.IsType<FunctionCallContent>(request.ToolCall).Name);
        Assert.Empty(tools.Deleted);

        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.User, [request.CreateResponse(approved: false, reason: "Not now.")]));
        var second = await client.GetResponseAsync(history, options);

        Assert.Equal("Paris: 14 °C. 2 + 3 = 5. abab. I did not delete notes.txt.", second.Text);
        Assert.Empty(tools.Deleted);
        Assert.Equal(5, model.Requests.Count);
        // The model read exactly what ToolGen's reader says about that call.
        var direct = await ((IToolSet)new AssistantTools()).InvokeAsync(new ToolCall("x", "repeat", """{"text":"ab","times":9}""") { Strict = true });
        Assert.Equal(ToolErrorKind.InvalidArguments, direct.Error!.Kind);
        Assert.Equal(direct.Content, repairText);
        Assert.StartsWith("Invalid arguments for tool \"repeat\": \"times\": ", repairText, StringComparison.Ordinal);
        Assert.Equal(
            ["get_weather", "add", "repeat", "repeat"],
            recording.Calls.Select(c => c.Name));
        Assert.Equal(["c1", "c2", "c3", "c4"], recording.Calls.Select(c => c.Id));
    }

    [Fact]
    public async Task Approved_call_runs()
    {
        var tools = new AssistantTools();
        var model = new ScriptedChatClient()
            .ThenCall(ScriptedChatClient.Call("d1", "delete_file", """{"path":"old.log"}"""))
            .Then((messages, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, "Deleted: " + Result(messages, "d1").Result)));
        using var client = new FunctionInvokingChatClient(model);
        var options = new ChatOptions { Tools = [.. tools.AsAIFunctions()] };
        var history = new List<ChatMessage> { new(ChatRole.User, "Delete old.log") };

        var first = await client.GetResponseAsync(history, options);
        var request = Assert.Single(first.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>());
        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.User, [request.CreateResponse(approved: true)]));
        var second = await client.GetResponseAsync(history, options);

        Assert.Equal("Deleted: Done.", second.Text);
        Assert.Equal(["old.log"], tools.Deleted);
    }

    [Fact]
    public async Task Arguments_the_provider_could_not_parse_are_reported_as_malformed_not_as_missing()
    {
        var model = new ScriptedChatClient()
            .ThenCall(new FunctionCallContent("m1", "add", arguments: null)
            {
                Exception = new InvalidOperationException("Error parsing function call arguments.", new JsonException("'}' is invalid after a property name.", path: null, lineNumber: 0, bytePositionInLine: 7)),
            })
            .Then((messages, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, Assert.IsType<string>(Result(messages, "m1").Result))));
        using var client = new FunctionInvokingChatClient(model);

        var response = await client.GetResponseAsync([new(ChatRole.User, "2+3?")], new ChatOptions { Tools = [.. new AssistantTools().AsAIFunctions()] });

        Assert.Equal(
            "Invalid arguments for tool \"add\": not valid JSON ('}' is invalid after a property name.). Send the arguments as one JSON object.",
            response.Text);
    }

    [Fact]
    public async Task Services_of_the_function_invoking_client_reach_the_tool()
    {
        var services = new Services().Add<IGreeting>(new Greeting());
        var model = new ScriptedChatClient()
            .ThenCall(ScriptedChatClient.Call("g1", "greet", """{"name":"Ada"}"""))
            .Then((messages, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, (string)Result(messages, "g1").Result!)));
        using var client = new FunctionInvokingChatClient(model, functionInvocationServices: services);

        var response = await client.GetResponseAsync([new(ChatRole.User, "Greet Ada")], new ChatOptions { Tools = [.. new AssistantTools().AsAIFunctions()] });

        Assert.Equal("Hello, Ada!", response.Text);
    }

    [Fact]
    public async Task Concurrent_invocation_runs_every_call_of_a_response()
    {
        var recording = new RecordingToolSet(new AssistantTools());
        var model = new ScriptedChatClient()
            .ThenCall(
                ScriptedChatClient.Call("p1", "add", """{"a":1,"b":1}"""),
                ScriptedChatClient.Call("p2", "add", """{"a":2,"b":2}"""),
                ScriptedChatClient.Call("p3", "sum", """{"values":[0.5,0.25]}"""))
            .Then((messages, _) => new ChatResponse(new ChatMessage(
                ChatRole.Assistant,
                string.Join(",", Results(messages).OrderBy(r => r.CallId, StringComparer.Ordinal).Select(r => (string)r.Result!)))));
        using var client = new FunctionInvokingChatClient(model) { AllowConcurrentInvocation = true };

        var response = await client.GetResponseAsync([new(ChatRole.User, "sums")], new ChatOptions { Tools = [.. recording.AsAIFunctions()] });

        Assert.Equal("2,4,0.75", response.Text);
        Assert.Equal(3, recording.Calls.Count);
    }
}
