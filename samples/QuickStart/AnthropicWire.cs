using System.Collections.Generic;
using System.Text.Json;

namespace QuickStart;

/// <summary>Anthropic Messages (<c>/v1/messages</c>): tool_use blocks with an object input, tool_result blocks in the next user message.</summary>
internal sealed class AnthropicWire : ScriptedWire
{
    public override string IdPrefix => "toolu_scripted_";

    public override bool Accepts(string path) => path.EndsWith("/messages", System.StringComparison.Ordinal);

    public override ScriptedConversation Read(JsonElement request, string path)
    {
        var conversation = new ScriptedConversation { Model = Required(request, "model") };
        if (!request.TryGetProperty("max_tokens", out _))
        {
            conversation.Problem = "max_tokens: Field required";
        }

        if (request.TryGetProperty("tools", out var tools))
        {
            foreach (var tool in tools.EnumerateArray())
            {
                conversation.Offered.Add(Required(tool, "name"));
            }
        }

        foreach (var message in request.GetProperty("messages").EnumerateArray())
        {
            if (message.GetProperty("content") is not { ValueKind: JsonValueKind.Array } blocks)
            {
                continue;
            }

            foreach (var block in blocks.EnumerateArray())
            {
                switch (block.GetProperty("type").GetString())
                {
                    case "tool_use":
                        if (block.GetProperty("input").ValueKind != JsonValueKind.Object)
                        {
                            conversation.Problem = "tool_use.input: Input should be a valid dictionary";
                        }

                        conversation.Called(Required(block, "id"), Required(block, "name"));
                        break;
                    case "tool_result":
                        conversation.Answered(Required(block, "tool_use_id"), Required(block, "content"));
                        break;
                }
            }
        }

        return conversation;
    }

    public override string Write(string model, ScriptedStep step, int number) => WriteJson(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", "msg_scripted_" + number);
        writer.WriteString("type", "message");
        writer.WriteString("role", "assistant");
        writer.WriteString("model", model);
        writer.WriteStartArray("content");
        if (step.Text is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "text");
            writer.WriteString("text", step.Text);
            writer.WriteEndObject();
        }

        foreach (var call in step.ToolCalls)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "tool_use");
            writer.WriteString("id", call.Id);
            writer.WriteString("name", call.Name);
            writer.WritePropertyName("input");
            writer.WriteRawValue(call.Arguments);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("stop_reason", step.Text is null ? "tool_use" : "end_turn");
        writer.WriteNull("stop_sequence");
        writer.WriteStartObject("usage");
        writer.WriteNumber("input_tokens", 100 * number);
        writer.WriteNumber("output_tokens", 20);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public override string WriteStream(string model, ScriptedStep step, int number)
    {
        // Recorded streams often have no event: lines; the codec dispatches on the JSON "type" field, so none are written.
        var events = new List<(string?, string)>
        {
            (null, WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "message_start");
                w.WriteStartObject("message");
                w.WriteString("id", "msg_scripted_" + number);
                w.WriteString("type", "message");
                w.WriteString("role", "assistant");
                w.WriteString("model", model);
                w.WriteStartArray("content");
                w.WriteEndArray();
                w.WriteStartObject("usage");
                w.WriteNumber("input_tokens", 100 * number);
                w.WriteNumber("output_tokens", 1);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            })),
        };

        var index = 0;
        if (step.Text is not null)
        {
            events.Add((null, $$$"""{"type":"content_block_start","index":{{{index}}},"content_block":{"type":"text","text":""}}"""));
            AddDeltas(events, index, "text_delta", "text", step.Text);
            events.Add((null, $$"""{"type":"content_block_stop","index":{{index}}}"""));
            index++;
        }

        foreach (var call in step.ToolCalls)
        {
            var blockIndex = index++;
            events.Add((null, WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "content_block_start");
                w.WriteNumber("index", blockIndex);
                w.WriteStartObject("content_block");
                w.WriteString("type", "tool_use");
                w.WriteString("id", call.Id);
                w.WriteString("name", call.Name);
                w.WriteStartObject("input");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            })));
            AddDeltas(events, blockIndex, "input_json_delta", "partial_json", call.Arguments);
            events.Add((null, $$"""{"type":"content_block_stop","index":{{blockIndex}}}"""));
        }

        var stop = step.Text is null ? "tool_use" : "end_turn";
        events.Add((null, $$$"""{"type":"message_delta","delta":{"stop_reason":"{{{stop}}}","stop_sequence":null},"usage":{"output_tokens":20}}"""));
        events.Add((null, """{"type":"message_stop"}"""));
        return Sse(events);
    }

    /// <summary>Two <c>content_block_delta</c> events that carry <paramref name="value"/> cut in two.</summary>
    private static void AddDeltas(List<(string?, string)> events, int index, string type, string field, string value)
    {
        var (first, second) = Halves(value);
        foreach (var part in new[] { first, second })
        {
            events.Add((null, WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "content_block_delta");
                w.WriteNumber("index", index);
                w.WriteStartObject("delta");
                w.WriteString("type", type);
                w.WriteString(field, part);
                w.WriteEndObject();
                w.WriteEndObject();
            })));
        }
    }
}
