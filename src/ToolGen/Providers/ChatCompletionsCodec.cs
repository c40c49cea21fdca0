using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>
/// The OpenAI Chat Completions format (<c>/v1/chat/completions</c>), also served by vLLM, SGLang, Ollama and llama.cpp.
/// The static <see cref="OpenAIChatCompletions"/> holds the readers and writers this codec is built on.
/// </summary>
/// <remarks>
/// An assistant message goes back into the conversation as the server sent it, with two repairs: an id the codec
/// made up (a server sent none) is spliced in, and <c>arguments</c> sent as an object become a string (Ollama refuses
/// object arguments in the history).
/// </remarks>
public sealed class ChatCompletionsCodec : ChatCodec
{
    /// <summary>A shared instance.</summary>
    public static ChatCompletionsCodec Default { get; } = new();

    /// <inheritdoc/>
    public override string Name => "chat completions";

    /// <inheritdoc/>
    public override string GetRequestPath(string model, bool stream) => "chat/completions";

    /// <inheritdoc/>
    public override void AddHeaders(HttpRequestHeaders headers, string? apiKey)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        if (!string.IsNullOrEmpty(apiKey))
        {
            headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
    }

    /// <inheritdoc/>
    protected override void WriteRequestCore(Utf8JsonWriter writer, ChatRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("model", request.Model);
        // Kept as they are: an assistant message must go back exactly as it came. Instructions lead as a system message.
        CodecJson.WriteItems(
            writer,
            "messages",
            request.Instructions is null ? request.Messages : Prepend(TextMessage("system", request.Instructions), request.Messages));
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
            writer.WriteNumber("max_tokens", max);
        }

        if (request.Stream)
        {
            writer.WriteBoolean("stream", true);
            writer.WriteStartObject("stream_options");
            writer.WriteBoolean("include_usage", true);
            writer.WriteEndObject();
        }

        request.WriteExtraProperties?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    protected override void WriteToolsCore(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        writer.WritePropertyName("tools");
        OpenAIChatCompletions.WriteTools(writer, tools, strict);
    }

    /// <inheritdoc/>
    private protected override bool TryWritePreEncodedTools(Utf8JsonWriter writer, IPreEncodedTools preEncoded, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        writer.WritePropertyName("tools");
        PreEncodedToolWriter.WriteChatCompletions(writer, preEncoded, strict);
        return true;
    }

    /// <inheritdoc/>
    /// <remarks>Writes <c>"response_format":{"type":"json_schema","json_schema":{"name":…,"description":…,"schema":{…},"strict":…}}</c>.</remarks>
    protected override void WriteAnswerFormatCore(Utf8JsonWriter writer, ChatAnswerFormat format)
    {
        writer.WriteStartObject("response_format");
        writer.WriteString("type", "json_schema");
        writer.WriteStartObject("json_schema");
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
    protected override string WriteUserMessageCore(string text) => TextMessage("user", text);

    /// <inheritdoc/>
    public override ChatTurn ReadResponse(ReadOnlySpan<byte> body) => OpenAIChatCompletions.ReadTurn(body);

    /// <inheritdoc/>
    protected override IReadOnlyList<string> WriteAssistantTurnCore(string? text, IReadOnlyList<ToolCall> calls)
    {
        return new[]
        {
            CodecJson.WriteString(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("role", "assistant");
                if (text is null)
                {
                    writer.WriteNull("content");
                }
                else
                {
                    writer.WriteString("content", text);
                }

                if (calls.Count > 0)
                {
                    writer.WriteStartArray("tool_calls");
                    foreach (var call in calls)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", call.Id);
                        writer.WriteString("type", "function");
                        writer.WriteStartObject("function");
                        writer.WriteString("name", call.Name);

                        // Always a string: Ollama's server refuses object arguments in the history.
                        writer.WriteString("arguments", call.Arguments.IsEmpty ? "{}" : call.ArgumentsText);
                        writer.WriteEndObject();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }),
        };
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> WriteToolResultsCore(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results)
    {
        var messages = new string[results.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = OpenAIChatCompletions.WriteToolResult(results[i]);
        }

        return messages;
    }

    /// <inheritdoc/>
    public override ChatStreamReader CreateStreamReader() => new ChatCompletionsStreamReader();

    private static string[] Prepend(string first, IReadOnlyList<string> rest)
    {
        var all = new string[rest.Count + 1];
        all[0] = first;
        for (var i = 0; i < rest.Count; i++)
        {
            all[i + 1] = rest[i];
        }

        return all;
    }

    /// <summary>A <c>{"role":…,"content":…}</c> message.</summary>
    internal static string TextMessage(string role, string text) => CodecJson.WriteString(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteString("content", text);
        writer.WriteEndObject();
    });
}
