using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace QuickStart;

/// <summary>A call the scripted model makes.</summary>
internal sealed record ScriptedCall(string Id, string Name, string Arguments);

/// <summary>The scripted model's move: calls, or an answer.</summary>
internal sealed class ScriptedStep
{
    private ScriptedStep(IReadOnlyList<ScriptedCall> calls, string? text)
    {
        ToolCalls = calls;
        Text = text;
    }

    public IReadOnlyList<ScriptedCall> ToolCalls { get; }

    public string? Text { get; }

    public static ScriptedStep Calls(params ScriptedCall[] calls) => new(calls, null);

    public static ScriptedStep Answer(string text) => new(Array.Empty<ScriptedCall>(), text);
}

/// <summary>What a request told the scripted model, whatever the provider's format.</summary>
internal sealed class ScriptedConversation
{
    public string Model { get; set; } = string.Empty;

    public HashSet<string> Offered { get; } = new(StringComparer.Ordinal);

    /// <summary>The id → name of every call the model made so far.</summary>
    public Dictionary<string, string> CallNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The last result of each tool, by tool name.</summary>
    public Dictionary<string, string> Results { get; } = new(StringComparer.Ordinal);

    public List<string> Unanswered { get; } = new();

    /// <summary>Set when the request is one a real server would refuse.</summary>
    public string? Problem { get; set; }

    public void Called(string id, string name)
    {
        CallNames[id] = name;
        Unanswered.Add(id);
    }

    public void Answered(string id, string content)
    {
        if (!CallNames.TryGetValue(id, out var name))
        {
            Problem ??= "A result answers \"" + id + "\", which no call of the model has.";
            return;
        }

        Unanswered.Remove(id);
        Results[name] = content;
    }
}

/// <summary>One provider's wire format as the scripted model speaks it: reading a request, writing a response plain or as server-sent events.</summary>
internal abstract class ScriptedWire
{
    /// <summary>The prefix of the call ids this provider's model makes.</summary>
    public virtual string IdPrefix => "call_";

    public abstract bool Accepts(string path);

    public virtual bool IsStreamed(JsonElement request, string path) =>
        request.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    public abstract ScriptedConversation Read(JsonElement request, string path);

    public abstract string Write(string model, ScriptedStep step, int number);

    public abstract string WriteStream(string model, ScriptedStep step, int number);

    public static ScriptedWire For(string provider) => provider switch
    {
        "responses" => new ResponsesWire(),
        "anthropic" => new AnthropicWire(),
        "gemini" => new GeminiWire(),
        _ => new ChatCompletionsWire(),
    };

    public static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Server-sent events: each <c>(event, data)</c> as an optional <c>event:</c> line and a <c>data:</c> line.</summary>
    protected static string Sse(IEnumerable<(string? Event, string Data)> events)
    {
        var text = new StringBuilder();
        foreach (var (name, data) in events)
        {
            if (name is not null)
            {
                text.Append("event: ").Append(name).Append('\n');
            }

            text.Append("data: ").Append(data).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>Cuts a text in two, as a model streams it.</summary>
    protected static (string First, string Second) Halves(string text) => (text.Substring(0, text.Length / 2), text.Substring(text.Length / 2));

    protected static string Required(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new KeyNotFoundException("\"" + property + "\"");
}
