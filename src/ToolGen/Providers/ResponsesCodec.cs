using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>
/// The OpenAI Responses format (<c>/v1/responses</c>): flat <c>function</c> tools with <c>strict</c> always written
/// (the API makes a tool strict when it is absent), <c>function_call</c> output items read by <c>call_id</c>, and
/// <c>function_call_output</c> input items for the results.
/// </summary>
/// <remarks>
/// The conversation is a list of input items; the output items of a response (messages, reasoning, calls) go back into
/// it unchanged, as OpenAI's function-calling guide does (<c>input += response.output</c>).
/// </remarks>
public sealed class ResponsesCodec : ChatCodec
{
    /// <summary>A shared instance.</summary>
    public static ResponsesCodec Default { get; } = new();

    /// <inheritdoc/>
    public override string Name => "responses";

    /// <inheritdoc/>
    public override string GetRequestPath(string model, bool stream) => "responses";

    /// <inheritdoc/>
    public override void AddHeaders(HttpRequestHeaders headers, string? apiKey) => ChatCompletionsCodec.Default.AddHeaders(headers, apiKey);

    /// <inheritdoc/>
    protected override void WriteRequestCore(Utf8JsonWriter writer, ChatRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("model", request.Model);
        if (request.Instructions is not null)
        {
            writer.WriteString("instructions", request.Instructions);
        }

        CodecJson.WriteItems(writer, "input", request.Messages);
        if (request.Tools.Count > 0)
        {
            WriteRequestTools(writer, request.Tools, request.Strict, request.PreEncodedTools);
            if (request.ParallelToolCalls is bool parallel)
            {
                writer.WriteBoolean("parallel_tool_calls", parallel);
            }
        }

        if (request.AnswerFormat is { } format)
        {
            WriteAnswerFormat(writer, format);
        }

        if (request.MaxOutputTokens is int max)
        {
            writer.WriteNumber("max_output_tokens", max);
        }

        if (request.Stream)
        {
            writer.WriteBoolean("stream", true);
        }

        request.WriteExtraProperties?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Writes <c>"tools":[{"type":"function","name":…,"description":…,"parameters":{…},"strict":…}]</c>. <c>strict</c> is
    /// always written: when it is absent, Responses normalizes the schema to strict and makes optional parameters mandatory.
    /// </remarks>
    protected override void WriteToolsCore(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        writer.WriteStartArray("tools");
        foreach (var tool in CodecJson.Checked(tools))
        {
            var strictSchema = strict ? tool.StrictParametersSchema : null;
            writer.WriteStartObject();
            writer.WriteString("type", "function");
            CodecJson.WriteNameAndDescription(writer, tool);

            writer.WritePropertyName("parameters");
            CodecJson.WriteSchema(writer, strictSchema ?? tool.ParametersSchema, "tool \"" + tool.Name + "\"");
            writer.WriteBoolean("strict", strictSchema is not null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc/>
    private protected override bool TryWritePreEncodedTools(Utf8JsonWriter writer, IPreEncodedTools preEncoded, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        writer.WritePropertyName("tools");
        PreEncodedToolWriter.WriteResponses(writer, preEncoded, strict);
        return true;
    }

    /// <inheritdoc/>
    /// <remarks>Writes <c>"text":{"format":{"type":"json_schema","name":…,"description":…,"schema":{…},"strict":…}}</c>.</remarks>
    protected override void WriteAnswerFormatCore(Utf8JsonWriter writer, ChatAnswerFormat format)
    {
        writer.WriteStartObject("text");
        writer.WriteStartObject("format");
        writer.WriteString("type", "json_schema");
        writer.WriteString("name", format.Name);
        if (format.Description.Length > 0)
        {
            writer.WriteString("description", format.Description);
        }

        writer.WritePropertyName("schema");
        CodecJson.WriteSchema(writer, format.Schema, "answer format \"" + format.Name + "\"");
        writer.WriteBoolean("strict", format.Strict);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    protected override string WriteUserMessageCore(string text) =>
        ChatCompletionsCodec.TextMessage("user", text);

    /// <inheritdoc/>
    public override ChatTurn ReadResponse(ReadOnlySpan<byte> body) => ResponsesReader.Read(body);

    /// <inheritdoc/>
    protected override IReadOnlyList<string> WriteAssistantTurnCore(string? text, IReadOnlyList<ToolCall> calls)
    {
        var items = new List<string>(calls.Count + 1);
        if (!string.IsNullOrEmpty(text))
        {
            items.Add(ChatCompletionsCodec.TextMessage("assistant", text!));
        }

        foreach (var call in calls)
        {
            items.Add(CodecJson.WriteString(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("type", "function_call");
                writer.WriteString("call_id", call.Id);
                writer.WriteString("name", call.Name);
                writer.WriteString("arguments", call.Arguments.IsEmpty ? "{}" : call.ArgumentsText);
                writer.WriteEndObject();
            }));
        }

        return items;
    }

    /// <inheritdoc/>
    /// <remarks>One <c>{"type":"function_call_output","call_id":…,"output":…}</c> item per result; Responses has no error flag, the text says it.</remarks>
    protected override IReadOnlyList<string> WriteToolResultsCore(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results)
    {
        var items = new string[results.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var result = results[i];
            items[i] = CodecJson.WriteString(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("type", "function_call_output");
                writer.WriteString("call_id", result.CallId);
                writer.WriteString("output", result.Content);
                writer.WriteEndObject();
            });
        }

        return items;
    }

    /// <inheritdoc/>
    public override ChatStreamReader CreateStreamReader() => new ResponsesStreamReader();
}
