using System.Text.Json;

namespace ToolGen.Tests.Streaming;

/// <summary>Builds Chat Completions stream chunks (the "chat completion chunk object" of OpenAI's API reference).</summary>
internal static class ChatCompletionsFixtures
{
    public static string Chunk(string delta, string? finishReason = null) =>
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1727000000,\"model\":\"m\",\"system_fingerprint\":null,"
        + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
        + (finishReason is null ? "null" : "\"" + finishReason + "\"") + "}]}";

    /// <summary>A delta holding tool call fragments.</summary>
    public static string Calls(params string[] fragments) => "{\"tool_calls\":[" + string.Join(",", fragments) + "]}";

    /// <summary>One <c>tool_calls</c> fragment; <paramref name="arguments"/> is written as a JSON string.</summary>
    public static string Fragment(int? index = null, string? id = null, string? name = null, string? arguments = null)
    {
        var parts = new List<string>();
        if (index is not null)
        {
            parts.Add("\"index\":" + index);
        }

        if (id is not null)
        {
            parts.Add("\"id\":\"" + id + "\",\"type\":\"function\"");
        }

        var function = new List<string>();
        if (name is not null)
        {
            function.Add("\"name\":\"" + name + "\"");
        }

        if (arguments is not null)
        {
            function.Add("\"arguments\":" + JsonSerializer.Serialize(arguments));
        }

        parts.Add("\"function\":{" + string.Join(",", function) + "}");
        return "{" + string.Join(",", parts) + "}";
    }

    public static string Text(string text) => "{\"content\":" + JsonSerializer.Serialize(text) + "}";

    public const string Done = "[DONE]";
}
