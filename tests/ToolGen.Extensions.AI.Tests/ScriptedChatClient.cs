using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// A chat client that answers from a script, one step per request, and keeps every request it saw: the model side of
/// a conversation, with no network.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse>> _steps = new();

    public List<IReadOnlyList<ChatMessage>> Requests { get; } = new();

    public List<ChatOptions?> Options { get; } = new();

    public ScriptedChatClient Then(Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> step)
    {
        _steps.Enqueue(step);
        return this;
    }

    public ScriptedChatClient ThenCall(params FunctionCallContent[] calls) =>
        Then((_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, calls.Cast<AIContent>().ToList())));

    public ScriptedChatClient ThenAnswer(string text) =>
        Then((_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var seen = messages.ToList();
        Requests.Add(seen);
        Options.Add(options);
        if (_steps.Count == 0)
        {
            throw new InvalidOperationException("The script has no step left for request " + Requests.Count + ".");
        }

        return Task.FromResult(_steps.Dequeue()(seen, options));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>A call as a provider reports it: arguments parsed into JsonElements.</summary>
    public static FunctionCallContent Call(string callId, string name, string argumentsJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(argumentsJson);
        var arguments = new Dictionary<string, object?>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return new FunctionCallContent(callId, name, arguments);
    }
}

/// <summary>Records the calls that reach the tool set, as the generated reader receives them.</summary>
public sealed class RecordingToolSet : IToolSet
{
    private readonly IToolSet _inner;

    public RecordingToolSet(IToolSet inner) => _inner = inner;

    public List<ToolCall> Calls { get; } = new();

    public IReadOnlyList<ToolDefinition> Definitions => _inner.Definitions;

    public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        lock (Calls)
        {
            // A copy: the adapters pass the arguments in a buffer that is reused once the call completes.
            Calls.Add(new ToolCall(call.Id, call.Name, call.Arguments.ToArray()) { Services = call.Services, Strict = call.Strict, Lenient = call.Lenient });
        }

        return _inner.InvokeAsync(call, cancellationToken);
    }
}
