using System;
using System.Collections.Generic;
using System.Text.Json;

namespace QuickStart;

/// <summary>
/// Gemini (<c>models/{model}:generateContent</c>): functionCall parts without ids (as Gemini 2.5 sends them), functionResponse
/// parts matched by name, each response an object.
/// </summary>
internal sealed class GeminiWire : ScriptedWire
{
    public override string IdPrefix => string.Empty;

    public override bool Accepts(string path) => path.Contains(":generateContent", StringComparison.Ordinal) || path.Contains(":streamGenerateContent", StringComparison.Ordinal);

    public override bool IsStreamed(JsonElement request, string path) => path.Contains(":streamGenerateContent", StringComparison.Ordinal);

    public override ScriptedConversation Read(JsonElement request, string path)
    {
        var models = path.IndexOf("/models/", StringComparison.Ordinal) + "/models/".Length;
        var conversation = new ScriptedConversation { Model = path.Substring(models, path.IndexOf(':', models) - models) };
        if (request.TryGetProperty("tools", out var tools))
        {
            foreach (var declaration in tools[0].GetProperty("functionDeclarations").EnumerateArray())
            {
                if (declaration.TryGetProperty("parameters", out _) && declaration.TryGetProperty("parametersJsonSchema", out _))
                {
                    conversation.Problem = "parameters and parametersJsonSchema are mutually exclusive.";
                }

                conversation.Offered.Add(Required(declaration, "name"));
            }
        }

        // Gemini pairs calls and responses by name (and order), not by id.
        var pending = 0;
        foreach (var content in request.GetProperty("contents").EnumerateArray())
        {
            foreach (var part in content.GetProperty("parts").EnumerateArray())
            {
                if (part.TryGetProperty("functionCall", out var call))
                {
                    var name = Required(call, "name");
                    conversation.Called(name + "#" + pending++, name);
                }
                else if (part.TryGetProperty("functionResponse", out var response))
                {
                    var body = response.GetProperty("response");
                    if (body.ValueKind != JsonValueKind.Object)
                    {
                        conversation.Problem = "functionResponse.response must be an object.";
                        continue;
                    }

                    var name = Required(response, "name");
                    var id = conversation.Unanswered.Find(u => u.StartsWith(name + "#", StringComparison.Ordinal)) ?? name;
                    conversation.Answered(id, Unwrap(body));
                }
            }
        }

        return conversation;
    }

    /// <summary>A result the client wrapped as <c>{"result": …}</c> is read back as the value itself.</summary>
    private static string Unwrap(JsonElement response)
    {
        if (response.TryGetProperty("result", out var result) && CountProperties(response) == 1)
        {
            return result.ValueKind == JsonValueKind.String ? result.GetString()! : result.GetRawText();
        }

        return response.TryGetProperty("error", out var error) ? "error: " + error.GetRawText() : response.GetRawText();
    }

    private static int CountProperties(JsonElement element)
    {
        var count = 0;
        foreach (var _ in element.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    public override string Write(string model, ScriptedStep step, int number) => WriteChunk(step.Text, step.ToolCalls, number, finished: true);

    public override string WriteStream(string model, ScriptedStep step, int number)
    {
        var events = new List<(string?, string)>();
        if (step.Text is not null)
        {
            var (first, second) = Halves(step.Text);
            events.Add((null, WriteChunk(first, Array.Empty<ScriptedCall>(), number, finished: false)));
            events.Add((null, WriteChunk(second, Array.Empty<ScriptedCall>(), number, finished: true)));
        }
        else
        {
            events.Add((null, WriteChunk(null, step.ToolCalls, number, finished: true)));
        }

        return Sse(events);
    }

    private static string WriteChunk(string? text, IReadOnlyList<ScriptedCall> calls, int number, bool finished) => WriteJson(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("candidates");
        writer.WriteStartObject();
        writer.WriteStartObject("content");
        writer.WriteString("role", "model");
        writer.WriteStartArray("parts");
        if (text is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        foreach (var call in calls)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("functionCall");
            writer.WriteString("name", call.Name);
            writer.WritePropertyName("args");
            writer.WriteRawValue(call.Arguments);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        if (finished)
        {
            writer.WriteString("finishReason", "STOP");
        }

        writer.WriteNumber("index", 0);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("usageMetadata");
        writer.WriteNumber("promptTokenCount", 100 * number);
        writer.WriteNumber("candidatesTokenCount", 20);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}
