using System.Text.Json;
using ToolGen.Providers;
using ToolGen.Tests.Providers;

namespace ToolGen.Tests.Chat;

/// <summary>For each provider: its codec, a response with one get_weather(Paris) call, a parallel one, an answer, and where the conversation sits in a request.</summary>
public sealed class ProviderScript
{
    private ProviderScript(string name, ChatCodec codec, string call, string callId, string parallel, string[] parallelIds, string answer, string conversation)
    {
        Name = name;
        Codec = codec;
        Call = call;
        CallId = callId;
        Parallel = parallel;
        ParallelIds = parallelIds;
        Answer = answer;
        Conversation = conversation;
    }

    public string Name { get; }

    public ChatCodec Codec { get; }

    public string Call { get; }

    public string CallId { get; }

    public string Parallel { get; }

    public string[] ParallelIds { get; }

    public string Answer { get; }

    /// <summary>The request property that holds the conversation.</summary>
    public string Conversation { get; }

    public static readonly ProviderScript OpenAI = new(
        "openai",
        ChatCompletionsCodec.Default,
        ScriptedChatHandler.Calls(("call_abc", "get_weather", """{"city":"Paris"}""")),
        "call_abc",
        ScriptedChatHandler.Calls(("call_a", "get_weather", """{"city":"Paris"}"""), ("call_b", "get_weather", """{"city":"Rome"}""")),
        new[] { "call_a", "call_b" },
        ScriptedChatHandler.Answer("It is 18.5 °C in Paris."),
        "messages");

    public static readonly ProviderScript Responses = new(
        "responses", ResponsesCodec.Default, ProviderFixtures.ResponsesCall, "call_unLAR8MvFNptuiZK6K6HCy5k",
        ProviderFixtures.ResponsesParallelCalls, new[] { "call_a", "call_b" }, ProviderFixtures.ResponsesAnswer, "input");

    public static readonly ProviderScript Anthropic = new(
        "anthropic", AnthropicCodec.Default, ProviderFixtures.AnthropicCall, "toolu_01A09q90qw90lq917835lq9",
        ProviderFixtures.AnthropicParallelCalls, new[] { "toolu_a", "toolu_b" }, ProviderFixtures.AnthropicAnswer, "messages");

    public static readonly ProviderScript Gemini = new(
        "gemini", GeminiCodec.Default, ProviderFixtures.GeminiCall, GeminiCodec.GeneratedIdPrefix + "0",
        ProviderFixtures.GeminiParallelCalls, new[] { "g1", "g2" }, ProviderFixtures.GeminiAnswer, "contents");

    public static readonly ProviderScript[] All = { OpenAI, Responses, Anthropic, Gemini };

    public static TheoryData<string> Names => new() { "openai", "responses", "anthropic", "gemini" };

    public static ProviderScript Get(string name) => All.Single(p => p.Name == name);

    /// <summary>The ids the second request sends results under, in order, read the way each provider places them.</summary>
    public string[] ResultIds(JsonElement request)
    {
        var items = request.GetProperty(Conversation).EnumerateArray().ToArray();
        return Name switch
        {
            "openai" => items.Where(m => m.GetProperty("role").GetString() == "tool").Select(m => m.GetProperty("tool_call_id").GetString()!).ToArray(),
            "responses" => items.Where(i => i.TryGetProperty("type", out var t) && t.GetString() == "function_call_output").Select(i => i.GetProperty("call_id").GetString()!).ToArray(),
            "anthropic" => items.Last().GetProperty("content").EnumerateArray().Select(b => b.GetProperty("tool_use_id").GetString()!).ToArray(),
            _ => items.Last().GetProperty("parts").EnumerateArray()
                .Select(p => p.GetProperty("functionResponse"))
                .Select(r => r.TryGetProperty("id", out var id) ? id.GetString()! : "(none) " + r.GetProperty("name").GetString())
                .ToArray(),
        };
    }

    /// <summary>The text of every result in the second request, in order.</summary>
    public string[] ResultTexts(JsonElement request)
    {
        var items = request.GetProperty(Conversation).EnumerateArray().ToArray();
        return Name switch
        {
            "openai" => items.Where(m => m.GetProperty("role").GetString() == "tool").Select(m => m.GetProperty("content").GetString()!).ToArray(),
            "responses" => items.Where(i => i.TryGetProperty("type", out var t) && t.GetString() == "function_call_output").Select(i => i.GetProperty("output").GetString()!).ToArray(),
            "anthropic" => items.Last().GetProperty("content").EnumerateArray().Select(b => b.GetProperty("content").GetString()!).ToArray(),
            _ => items.Last().GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("functionResponse").GetProperty("response").GetRawText()).ToArray(),
        };
    }
}
