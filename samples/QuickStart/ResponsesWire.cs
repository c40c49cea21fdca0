using System.Collections.Generic;
using System.Text.Json;

namespace QuickStart;

/// <summary>OpenAI Responses (<c>/v1/responses</c>): function_call output items, function_call_output input items.</summary>
internal sealed class ResponsesWire : ScriptedWire
{
    public override bool Accepts(string path) => path.EndsWith("/responses", System.StringComparison.Ordinal);

    public override ScriptedConversation Read(JsonElement request, string path)
    {
        var conversation = new ScriptedConversation { Model = Required(request, "model") };
        if (request.TryGetProperty("tools", out var tools))
        {
            foreach (var tool in tools.EnumerateArray())
            {
                if (!tool.TryGetProperty("strict", out _))
                {
                    conversation.Problem = "Tool \"" + Required(tool, "name") + "\" has no \"strict\": Responses would make it strict.";
                }

                conversation.Offered.Add(Required(tool, "name"));
            }
        }

        foreach (var item in request.GetProperty("input").EnumerateArray())
        {
            var type = item.TryGetProperty("type", out var t) ? t.GetString() : "message";
            if (type == "function_call")
            {
                conversation.Called(Required(item, "call_id"), Required(item, "name"));
            }
            else if (type == "function_call_output")
            {
                conversation.Answered(Required(item, "call_id"), Required(item, "output"));
            }
        }

        return conversation;
    }

    public override string Write(string model, ScriptedStep step, int number) => WriteJson(writer => WriteResponse(writer, model, step, number));

    public override string WriteStream(string model, ScriptedStep step, int number)
    {
        var events = new List<(string?, string)>();
        if (step.Text is not null)
        {
            var (first, second) = Halves(step.Text);
            foreach (var delta in new[] { first, second })
            {
                events.Add(("response.output_text.delta", WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("type", "response.output_text.delta");
                    w.WriteString("item_id", "msg_" + number);
                    w.WriteNumber("output_index", 0);
                    w.WriteNumber("content_index", 0);
                    w.WriteString("delta", delta);
                    w.WriteEndObject();
                })));
            }
        }

        for (var i = 0; i < step.ToolCalls.Count; i++)
        {
            var call = step.ToolCalls[i];
            var index = i;
            events.Add(("response.output_item.added", WriteJson(w => ItemEvent(w, "response.output_item.added", index, call, number, done: false))));
            var (first, second) = Halves(call.Arguments);
            foreach (var delta in new[] { first, second })
            {
                events.Add(("response.function_call_arguments.delta", WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("type", "response.function_call_arguments.delta");
                    w.WriteString("item_id", "fc_" + number + "_" + index);
                    w.WriteNumber("output_index", index);
                    w.WriteString("delta", delta);
                    w.WriteEndObject();
                })));
            }

            events.Add(("response.function_call_arguments.done", WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "response.function_call_arguments.done");
                w.WriteString("item_id", "fc_" + number + "_" + index);
                w.WriteNumber("output_index", index);
                w.WriteString("arguments", call.Arguments);
                w.WriteEndObject();
            })));
            events.Add(("response.output_item.done", WriteJson(w => ItemEvent(w, "response.output_item.done", index, call, number, done: true))));
        }

        events.Add(("response.completed", WriteJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "response.completed");
            w.WritePropertyName("response");
            WriteResponse(w, model, step, number);
            w.WriteEndObject();
        })));
        return Sse(events);
    }

    private static void ItemEvent(Utf8JsonWriter writer, string type, int index, ScriptedCall call, int number, bool done)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteNumber("output_index", index);
        writer.WritePropertyName("item");
        WriteCallItem(writer, call, number, index, done ? call.Arguments : string.Empty, done ? "completed" : "in_progress");
        writer.WriteEndObject();
    }

    private static void WriteCallItem(Utf8JsonWriter writer, ScriptedCall call, int number, int index, string arguments, string status)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "function_call");
        writer.WriteString("id", "fc_" + number + "_" + index);
        writer.WriteString("call_id", call.Id);
        writer.WriteString("name", call.Name);
        writer.WriteString("arguments", arguments);
        writer.WriteString("status", status);
        writer.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter writer, string model, ScriptedStep step, int number)
    {
        writer.WriteStartObject();
        writer.WriteString("id", "resp_scripted_" + number);
        writer.WriteString("object", "response");
        writer.WriteString("status", "completed");
        writer.WriteNull("error");
        writer.WriteString("model", model);
        writer.WriteStartArray("output");
        if (step.Text is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            writer.WriteString("id", "msg_" + number);
            writer.WriteString("status", "completed");
            writer.WriteString("role", "assistant");
            writer.WriteStartArray("content");
            writer.WriteStartObject();
            writer.WriteString("type", "output_text");
            writer.WriteString("text", step.Text);
            writer.WriteStartArray("annotations");
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        for (var i = 0; i < step.ToolCalls.Count; i++)
        {
            WriteCallItem(writer, step.ToolCalls[i], number, i, step.ToolCalls[i].Arguments, "completed");
        }

        writer.WriteEndArray();
        writer.WriteStartObject("usage");
        writer.WriteNumber("input_tokens", 100 * number);
        writer.WriteNumber("output_tokens", 20);
        writer.WriteNumber("total_tokens", 100 * number + 20);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
