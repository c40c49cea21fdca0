using System.Collections.Generic;
using System.Text.Json;

namespace QuickStart;

/// <summary>OpenAI Chat Completions (<c>/v1/chat/completions</c>), the default of the sample.</summary>
internal sealed class ChatCompletionsWire : ScriptedWire
{
    public override bool Accepts(string path) => path.EndsWith("/chat/completions", System.StringComparison.Ordinal);

    public override ScriptedConversation Read(JsonElement request, string path)
    {
        var conversation = new ScriptedConversation { Model = Required(request, "model") };
        if (request.TryGetProperty("tools", out var tools))
        {
            foreach (var tool in tools.EnumerateArray())
            {
                conversation.Offered.Add(tool.GetProperty("function").GetProperty("name").GetString()!);
            }
        }

        foreach (var message in request.GetProperty("messages").EnumerateArray())
        {
            var role = message.GetProperty("role").GetString();
            if (role == "assistant" && message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                if (conversation.Unanswered.Count > 0)
                {
                    break;
                }

                foreach (var call in calls.EnumerateArray())
                {
                    var function = call.GetProperty("function");
                    if (function.GetProperty("arguments").ValueKind != JsonValueKind.String)
                    {
                        conversation.Problem = "Tool call arguments must be a string."; // as Ollama answers
                    }

                    conversation.Called(call.GetProperty("id").GetString()!, function.GetProperty("name").GetString()!);
                }
            }
            else if (role == "tool")
            {
                conversation.Answered(message.GetProperty("tool_call_id").GetString()!, message.GetProperty("content").GetString()!);
            }
        }

        return conversation;
    }

    public override string Write(string model, ScriptedStep step, int number) => WriteJson(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", "chatcmpl-scripted-" + number);
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", 1741939200 + number);
        writer.WriteString("model", model);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        if (step.Text is null)
        {
            writer.WriteNull("content");
            writer.WriteStartArray("tool_calls");
            foreach (var call in step.ToolCalls)
            {
                writer.WriteStartObject();
                writer.WriteString("id", call.Id);
                writer.WriteString("type", "function");
                writer.WriteStartObject("function");
                writer.WriteString("name", call.Name);
                writer.WriteString("arguments", call.Arguments); // a string holding JSON, as the API sends it
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("content", step.Text);
        }

        writer.WriteNull("refusal");
        writer.WriteEndObject();
        writer.WriteNull("logprobs");
        writer.WriteString("finish_reason", step.Text is null ? "tool_calls" : "stop");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", 100 * number);
        writer.WriteNumber("completion_tokens", 20);
        writer.WriteNumber("total_tokens", 100 * number + 20);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public override string WriteStream(string model, ScriptedStep step, int number)
    {
        var events = new List<(string?, string)>();
        string Chunk(System.Action<Utf8JsonWriter> delta, string? finish) => WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", "chatcmpl-scripted-" + number);
            writer.WriteString("object", "chat.completion.chunk");
            writer.WriteString("model", model);
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("delta");
            delta(writer);
            writer.WriteEndObject();
            if (finish is null)
            {
                writer.WriteNull("finish_reason");
            }
            else
            {
                writer.WriteString("finish_reason", finish);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

        if (step.Text is not null)
        {
            var (first, second) = Halves(step.Text);
            events.Add((null, Chunk(w => { w.WriteString("role", "assistant"); w.WriteString("content", first); }, null)));
            events.Add((null, Chunk(w => w.WriteString("content", second), null)));
        }

        for (var i = 0; i < step.ToolCalls.Count; i++)
        {
            var call = step.ToolCalls[i];
            var index = i;
            var (first, second) = Halves(call.Arguments);
            events.Add((null, Chunk(w => ToolCallDelta(w, index, call, first), null)));
            events.Add((null, Chunk(w => ToolCallDelta(w, index, null, second), null)));
        }

        events.Add((null, Chunk(_ => { }, step.Text is null ? "tool_calls" : "stop")));
        events.Add((null, "[DONE]"));
        return Sse(events);
    }

    private static void ToolCallDelta(Utf8JsonWriter writer, int index, ScriptedCall? head, string arguments)
    {
        writer.WriteStartArray("tool_calls");
        writer.WriteStartObject();
        writer.WriteNumber("index", index);
        if (head is not null)
        {
            writer.WriteString("id", head.Id);
            writer.WriteString("type", "function");
        }

        writer.WriteStartObject("function");
        if (head is not null)
        {
            writer.WriteString("name", head.Name);
        }

        writer.WriteString("arguments", arguments);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
