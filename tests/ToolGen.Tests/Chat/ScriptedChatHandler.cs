using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ToolGen.Tests.Chat;

/// <summary>A fake chat completions server: records each request and answers from a script.</summary>
internal sealed class ScriptedChatHandler : HttpMessageHandler
{
    private readonly Queue<Func<JsonElement, HttpResponseMessage>> _script = new();

    public List<string> Bodies { get; } = new();

    public List<Uri?> Uris { get; } = new();

    public List<AuthenticationHeaderValue?> Authorizations { get; } = new();

    public List<string?> ContentTypes { get; } = new();

    /// <summary>Each request's headers, as name → values joined by ", ".</summary>
    public List<Dictionary<string, string>> Headers { get; } = new();

    /// <summary>Answered when the script has run out; by default a failure of the test.</summary>
    public Func<JsonElement, HttpResponseMessage>? Otherwise { get; set; }

    public ScriptedChatHandler Then(string responseJson) => Then(_ => Json(responseJson));

    public ScriptedChatHandler Then(Func<JsonElement, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    public JsonElement Request(int index) => JsonDocument.Parse(Bodies[index]).RootElement;

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>A completion whose message is <paramref name="messageJson"/>, kept byte for byte.</summary>
    public static string Completion(string messageJson, string finishReason = "tool_calls") =>
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"test-model\",\"choices\":[{\"index\":0,\"message\":" +
        messageJson + ",\"logprobs\":null,\"finish_reason\":\"" + finishReason + "\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

    public static string Answer(string text) =>
        Completion("{\"role\":\"assistant\",\"content\":" + JsonSerializer.Serialize(text) + "}", "stop");

    public static string CallsMessage(params (string Id, string Name, string Arguments)[] calls) =>
        "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" +
        string.Join(",", calls.Select(c =>
            "{\"id\":\"" + c.Id + "\",\"type\":\"function\",\"function\":{\"name\":\"" + c.Name + "\",\"arguments\":" + JsonSerializer.Serialize(c.Arguments) + "}}")) +
        "]}";

    public static string Calls(params (string Id, string Name, string Arguments)[] calls) => Completion(CallsMessage(calls));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        Bodies.Add(body);
        Uris.Add(request.RequestUri);
        Authorizations.Add(request.Headers.Authorization);
        ContentTypes.Add(request.Content.Headers.ContentType?.MediaType);
        Headers.Add(request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        if (_script.Count > 0)
        {
            return _script.Dequeue()(root);
        }

        Assert.NotNull(Otherwise);
        return Otherwise!(root);
    }
}
