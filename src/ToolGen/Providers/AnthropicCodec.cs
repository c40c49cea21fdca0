using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>
/// The Anthropic Messages format (<c>/v1/messages</c>): tools with <c>input_schema</c>, <c>tool_use</c> blocks whose
/// <c>input</c> is an object, and <c>tool_result</c> blocks (with <c>is_error</c>) in the next user message.
/// </summary>
/// <remarks>
/// <c>"strict": true</c> is decided per tool: only for a tool whose strict schema fits Anthropic's strict subset, and
/// only while the request stays within <see cref="MaxStrictTools"/>, <see cref="MaxStrictOptionalParameters"/> and
/// <see cref="MaxStrictUnionParameters"/>; the other tools are sent non-strict. The assistant's content blocks go back into
/// the conversation as they came (thinking blocks and their signatures included).
/// </remarks>
public sealed class AnthropicCodec : ChatCodec
{
    /// <summary>The default of <see cref="Version"/>.</summary>
    public const string DefaultVersion = "2023-06-01";

    /// <summary>The <c>max_tokens</c> sent when the request sets none (the API requires it).</summary>
    public const int DefaultMaxTokens = 4096;

    /// <summary>A shared instance with the default settings.</summary>
    public static AnthropicCodec Default { get; } = new();

    /// <summary>The <c>anthropic-version</c> header. Default <see cref="DefaultVersion"/>.</summary>
    public string Version { get; init; } = DefaultVersion;

    /// <summary>The most tools sent strict in one request (Anthropic's documented limit: 20).</summary>
    public int MaxStrictTools { get; init; } = 20;

    /// <summary>The most optional parameters over all strict schemas of one request (documented: 24).</summary>
    public int MaxStrictOptionalParameters { get; init; } = 24;

    /// <summary>The most parameters using <c>anyOf</c> or a type array over all strict schemas of one request (documented: 16).</summary>
    public int MaxStrictUnionParameters { get; init; } = 16;

    // The strict choice for each generated set's definitions, read-only once made (see TryWritePreEncodedTools).
    private readonly ConditionalWeakTable<IReadOnlyList<ToolDefinition>, HashSet<string>> _generatedSetChoices = new();
    private ConditionalWeakTable<IReadOnlyList<ToolDefinition>, HashSet<string>>.CreateValueCallback? _choose;

    /// <inheritdoc/>
    public override string Name => "anthropic messages";

    /// <inheritdoc/>
    public override string GetRequestPath(string model, bool stream) => "messages";

    /// <inheritdoc/>
    /// <remarks>Sends <c>x-api-key</c> and <c>anthropic-version</c>.</remarks>
    public override void AddHeaders(HttpRequestHeaders headers, string? apiKey)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        if (!string.IsNullOrEmpty(apiKey))
        {
            headers.TryAddWithoutValidation("x-api-key", apiKey);
        }

        headers.TryAddWithoutValidation("anthropic-version", Version);
    }

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> GetStrictToolNames(IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        if (tools is null)
        {
            throw new ArgumentNullException(nameof(tools));
        }

        return strict ? AnthropicStrictTools.Choose(tools, this) : new HashSet<string>();
    }

    /// <inheritdoc/>
    protected override void WriteRequestCore(Utf8JsonWriter writer, ChatRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("model", request.Model);
        writer.WriteNumber("max_tokens", request.MaxOutputTokens ?? DefaultMaxTokens);
        if (request.Instructions is not null)
        {
            writer.WriteString("system", request.Instructions);
        }

        CodecJson.WriteItems(writer, "messages", request.Messages);
        if (request.Tools.Count > 0)
        {
            WriteRequestTools(writer, request.Tools, request.Strict, request.PreEncodedTools);
            if (request.ParallelToolCalls == false)
            {
                writer.WriteStartObject("tool_choice");
                writer.WriteString("type", "auto");
                writer.WriteBoolean("disable_parallel_tool_use", true);
                writer.WriteEndObject();
            }
        }

        if (request.AnswerFormat is { } format)
        {
            WriteAnswerFormat(writer, format);
        }

        if (request.Stream)
        {
            writer.WriteBoolean("stream", true);
        }

        request.WriteExtraProperties?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    /// <remarks>Writes <c>"tools":[{"name":…,"description":…,"input_schema":{…},"strict":true}]</c>, <c>strict</c> only on the tools <see cref="GetStrictToolNames"/> chose.</remarks>
    protected override void WriteToolsCore(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        var strictNames = StrictNames(tools, strict);
        writer.WriteStartArray("tools");
        foreach (var tool in CodecJson.Checked(tools))
        {
            var isStrict = strictNames.Contains(tool.Name);
            writer.WriteStartObject();
            CodecJson.WriteNameAndDescription(writer, tool);

            writer.WritePropertyName("input_schema");
            CodecJson.WriteSchema(writer, isStrict ? tool.StrictParametersSchema! : tool.ParametersSchema, "tool \"" + tool.Name + "\"");
            if (isStrict)
            {
                writer.WriteBoolean("strict", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private ICollection<string> StrictNames(IReadOnlyList<ToolDefinition> tools, bool strict) =>
        strict ? AnthropicStrictTools.Choose(tools, this) : Array.Empty<string>();

    /// <inheritdoc/>
    /// <remarks>
    /// Which tools go strict is chosen here from the definitions, under this codec's limits, once per tool set: with
    /// pre-encoded parts, <paramref name="tools"/> is a generated set's definitions, one list per type that never changes.
    /// </remarks>
    private protected override bool TryWritePreEncodedTools(Utf8JsonWriter writer, IPreEncodedTools preEncoded, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        writer.WritePropertyName("tools");
        var strictNames = strict ? _generatedSetChoices.GetValue(tools, _choose ??= ChooseStrict) : (ICollection<string>)Array.Empty<string>();
        PreEncodedToolWriter.WriteAnthropic(writer, preEncoded, tools, strictNames);
        return true;
    }

    private HashSet<string> ChooseStrict(IReadOnlyList<ToolDefinition> tools) => AnthropicStrictTools.Choose(tools, this);

    /// <inheritdoc/>
    /// <remarks>Writes <c>"output_config":{"format":{"type":"json_schema","schema":{…}}}</c> (Anthropic's structured outputs; the name and strictness have no field).</remarks>
    protected override void WriteAnswerFormatCore(Utf8JsonWriter writer, ChatAnswerFormat format)
    {
        writer.WriteStartObject("output_config");
        writer.WriteStartObject("format");
        writer.WriteString("type", "json_schema");
        writer.WritePropertyName("schema");
        CodecJson.WriteSchema(writer, format.Schema, "answer format \"" + format.Name + "\"");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    protected override string WriteUserMessageCore(string text) =>
        ChatCompletionsCodec.TextMessage("user", text);

    /// <inheritdoc/>
    public override ChatTurn ReadResponse(ReadOnlySpan<byte> body) => AnthropicReader.Read(body, this);

    /// <inheritdoc/>
    /// <remarks>A text block when there is text, then one <c>tool_use</c> block per call; arguments that are not a JSON object go back as <c>{}</c>.</remarks>
    protected override IReadOnlyList<string> WriteAssistantTurnCore(string? text, IReadOnlyList<ToolCall> calls) =>
        WriteAssistantMessage(null, text, calls);

    /// <inheritdoc/>
    /// <remarks>The thinking blocks the stream carried go back first, unchanged (required with extended thinking and tool use).</remarks>
    public override ChatTurn ReadStream(ChatStreamReader reader)
    {
        if (reader is not AnthropicStreamReader anthropic || anthropic.ThinkingBlocks.Count == 0)
        {
            return base.ReadStream(reader);
        }

        var text = anthropic.Text.Length == 0 ? null : anthropic.Text;
        var history = WriteAssistantMessage(anthropic.ThinkingBlocks, text, anthropic.ToolCalls);
        return new ChatTurn(text, anthropic.ToolCalls, anthropic.FinishReason, anthropic.Usage, history);
    }

    private static string[] WriteAssistantMessage(IReadOnlyList<AnthropicThinkingBlock>? thinking, string? text, IReadOnlyList<ToolCall> calls)
    {
        return new[]
        {
            CodecJson.WriteMessage("assistant", "content", writer =>
            {
                foreach (var block in thinking ?? Array.Empty<AnthropicThinkingBlock>())
                {
                    writer.WriteStartObject();
                    if (block.IsRedacted)
                    {
                        writer.WriteString("type", "redacted_thinking");
                        writer.WriteString("data", block.RedactedData);
                    }
                    else
                    {
                        writer.WriteString("type", "thinking");
                        writer.WriteString("thinking", block.Thinking);
                        writer.WriteString("signature", block.Signature);
                    }

                    writer.WriteEndObject();
                }

                if (!string.IsNullOrEmpty(text))
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "text");
                    writer.WriteString("text", text);
                    writer.WriteEndObject();
                }

                foreach (var call in calls)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "tool_use");
                    writer.WriteString("id", call.Id);
                    writer.WriteString("name", call.Name);
                    writer.WritePropertyName("input");
                    CodecJson.WriteArgumentsObject(writer, call.Arguments);
                    writer.WriteEndObject();
                }
            }),
        };
    }

    /// <inheritdoc/>
    /// <remarks>One user message holding a <c>tool_result</c> block per result, <c>"is_error": true</c> on failures.</remarks>
    protected override IReadOnlyList<string> WriteToolResultsCore(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results)
    {
        return new[]
        {
            CodecJson.WriteMessage("user", "content", writer =>
            {
                foreach (var result in results)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "tool_result");
                    writer.WriteString("tool_use_id", result.CallId);
                    writer.WriteString("content", result.Content);
                    if (result.IsError)
                    {
                        writer.WriteBoolean("is_error", true);
                    }

                    writer.WriteEndObject();
                }
            }),
        };
    }

    /// <inheritdoc/>
    public override ChatStreamReader CreateStreamReader() => new AnthropicStreamReader();
}
