using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>
/// The Google Gemini format (<c>models/{model}:generateContent</c>): <c>functionDeclarations</c> with
/// <c>parametersJsonSchema</c> (or, with <see cref="UseOpenApiParameters"/>, the lowered OpenAPI-subset <c>parameters</c>),
/// <c>functionCall</c> parts read with stable generated ids when the API sends none, and <c>functionResponse</c> parts whose
/// <c>response</c> is always an object.
/// </summary>
/// <remarks>
/// The model's content goes back into the conversation as it came, so a part's <c>thoughtSignature</c> is sent back
/// unchanged (Gemini 3 requires it). Gemini has no strict mode: tools are sent with their plain schema and read leniently.
/// </remarks>
public sealed class GeminiCodec : ChatCodec
{
    /// <summary>The prefix of the ids made up for calls that came without one; such ids are not sent back to the API.</summary>
    public const string GeneratedIdPrefix = "gemini_call_";

    /// <summary>A shared instance with the default settings.</summary>
    public static GeminiCodec Default { get; } = new();

    /// <summary>
    /// Whether to send the lowered OpenAPI-subset <c>parameters</c> (and <c>responseSchema</c>) instead of
    /// <c>parametersJsonSchema</c> (and <c>responseJsonSchema</c>), for older endpoints and Vertex deployments.
    /// References are inlined and a recursive schema is refused with an <see cref="ArgumentException"/>. Default <see langword="false"/>.
    /// </summary>
    public bool UseOpenApiParameters { get; init; }

    /// <inheritdoc/>
    public override string Name => "gemini";

    /// <inheritdoc/>
    /// <remarks><c>models/{model}:generateContent</c>, or <c>models/{model}:streamGenerateContent?alt=sse</c>, under e.g. <c>https://generativelanguage.googleapis.com/v1beta/</c>.</remarks>
    public override string GetRequestPath(string model, bool stream)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var path = model.StartsWith("models/", StringComparison.Ordinal) ? model : "models/" + model;
        return path + (stream ? ":streamGenerateContent?alt=sse" : ":generateContent");
    }

    /// <inheritdoc/>
    /// <remarks>Sends <c>x-goog-api-key</c>.</remarks>
    public override void AddHeaders(HttpRequestHeaders headers, string? apiKey)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        if (!string.IsNullOrEmpty(apiKey))
        {
            headers.TryAddWithoutValidation("x-goog-api-key", apiKey);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> GetStrictToolNames(IReadOnlyList<ToolDefinition> tools, bool strict) =>
        tools is null ? throw new ArgumentNullException(nameof(tools)) : Array.Empty<string>();

    /// <inheritdoc/>
    protected override void WriteRequestCore(Utf8JsonWriter writer, ChatRequest request)
    {
        writer.WriteStartObject();
        if (request.Instructions is not null)
        {
            writer.WriteStartObject("systemInstruction");
            writer.WriteStartArray("parts");
            writer.WriteStartObject();
            writer.WriteString("text", request.Instructions);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        CodecJson.WriteItems(writer, "contents", request.Messages);
        if (request.Tools.Count > 0)
        {
            WriteRequestTools(writer, request.Tools, request.Strict, request.PreEncodedTools);
        }

        if (request.AnswerFormat is not null || request.MaxOutputTokens is not null)
        {
            WriteGenerationConfig(writer, request.AnswerFormat, request.MaxOutputTokens);
        }

        request.WriteExtraProperties?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    /// <remarks>Writes <c>"tools":[{"functionDeclarations":[{"name":…,"description":…,"parametersJsonSchema":{…}}]}]</c>; <paramref name="strict"/> has no effect.</remarks>
    protected override void WriteToolsCore(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        writer.WriteStartArray("tools");
        writer.WriteStartObject();
        writer.WriteStartArray("functionDeclarations");
        foreach (var tool in CodecJson.Checked(tools))
        {
            writer.WriteStartObject();
            CodecJson.WriteNameAndDescription(writer, tool);
            WriteSchema(writer, "parameters", tool.ParametersSchema, "tool \"" + tool.Name + "\"");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <inheritdoc/>
    /// <remarks>Not with <see cref="UseOpenApiParameters"/>: the lowered form is built at run time from the definitions.</remarks>
    private protected override bool TryWritePreEncodedTools(Utf8JsonWriter writer, IPreEncodedTools preEncoded, IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        if (UseOpenApiParameters)
        {
            return false;
        }

        writer.WritePropertyName("tools");
        PreEncodedToolWriter.WriteGemini(writer, preEncoded);
        return true;
    }

    /// <inheritdoc/>
    /// <remarks>Writes <c>"generationConfig":{"responseMimeType":"application/json","responseJsonSchema":{…}}</c> (<c>responseSchema</c>, lowered, with <see cref="UseOpenApiParameters"/>).</remarks>
    protected override void WriteAnswerFormatCore(Utf8JsonWriter writer, ChatAnswerFormat format)
    {
        WriteGenerationConfig(writer, format ?? throw new ArgumentNullException(nameof(format)), null);
    }

    /// <inheritdoc/>
    protected override string WriteUserMessageCore(string text)
    {
        return CodecJson.WriteMessage("user", "parts", writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        });
    }

    /// <inheritdoc/>
    public override ChatTurn ReadResponse(ReadOnlySpan<byte> body) => GeminiReader.Read(body);

    /// <inheritdoc/>
    protected override IReadOnlyList<string> WriteAssistantTurnCore(string? text, IReadOnlyList<ToolCall> calls) =>
        WriteModelContent(text, null, calls, null);

    /// <inheritdoc/>
    /// <remarks>Each <c>thoughtSignature</c> the stream carried goes back on its part (Gemini 3 requires it).</remarks>
    public override ChatTurn ReadStream(ChatStreamReader reader)
    {
        if (reader is not GeminiStreamReader gemini)
        {
            return base.ReadStream(reader);
        }

        var text = gemini.Text.Length == 0 ? null : gemini.Text;
        var history = WriteModelContent(text, gemini.TextThoughtSignature, gemini.ToolCalls, gemini.ThoughtSignatures);
        return new ChatTurn(text, gemini.ToolCalls, gemini.FinishReason, gemini.Usage, history);
    }

    private static string[] WriteModelContent(
        string? text, string? textSignature, IReadOnlyList<ToolCall> calls, IReadOnlyDictionary<string, string>? signatures) => new[]
    {
        CodecJson.WriteMessage("model", "parts", writer =>
        {
            if (!string.IsNullOrEmpty(text))
            {
                writer.WriteStartObject();
                writer.WriteString("text", text);
                if (textSignature is not null)
                {
                    writer.WriteString("thoughtSignature", textSignature);
                }

                writer.WriteEndObject();
            }

            foreach (var call in calls)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("functionCall");
                writer.WriteString("name", call.Name);
                writer.WritePropertyName("args");
                CodecJson.WriteArgumentsObject(writer, call.Arguments);
                if (!IsGenerated(call.Id))
                {
                    writer.WriteString("id", call.Id);
                }

                writer.WriteEndObject();
                if (signatures is not null && signatures.TryGetValue(call.Id, out var signature))
                {
                    writer.WriteString("thoughtSignature", signature);
                }

                writer.WriteEndObject();
            }
        }),
    };

    /// <inheritdoc/>
    /// <remarks>
    /// One <c>user</c> content holding a <c>functionResponse</c> part per result, named after its call. <c>response</c> is
    /// always an object: a result that is a JSON object as is, any other result as <c>{"result":…}</c>, a failure as
    /// <c>{"error":"…"}</c>. The id goes back only when the API gave one.
    /// </remarks>
    protected override IReadOnlyList<string> WriteToolResultsCore(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results)
    {
        return new[]
        {
            CodecJson.WriteMessage("user", "parts", writer =>
            {
                for (var i = 0; i < results.Count; i++)
                {
                    WriteFunctionResponse(writer, calls[i], results[i]);
                }
            }),
        };
    }

    /// <inheritdoc/>
    public override ChatStreamReader CreateStreamReader() => new GeminiStreamReader();

    /// <summary>Whether an id was made up by this codec (the API sent none).</summary>
    /// <param name="id">A call's id.</param>
    /// <returns><see langword="true"/> for a made-up id.</returns>
    public static bool IsGenerated(string id) => id is not null && id.StartsWith(GeneratedIdPrefix, StringComparison.Ordinal);

    private static void WriteFunctionResponse(Utf8JsonWriter writer, ToolCall call, ToolResult result)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("functionResponse");
        writer.WriteString("name", call.Name);
        if (!IsGenerated(result.CallId))
        {
            writer.WriteString("id", result.CallId);
        }

        writer.WritePropertyName("response");
        writer.WriteStartObject();
        if (result.IsError)
        {
            writer.WriteString("error", result.Content);
        }
        else
        {
            var content = System.Text.Encoding.UTF8.GetBytes(result.Content);
            if (CodecJson.IsObject(content))
            {
                // The result is an object: its properties become the response's.
                var reader = new Utf8JsonReader(content);
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(new ReadOnlySpan<byte>(content, start, (int)reader.BytesConsumed - start));
                }
            }
            else if (CodecJson.IsJson(content))
            {
                writer.WritePropertyName("result");
                writer.WriteRawValue(content);
            }
            else
            {
                writer.WriteString("result", result.Content);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>{prefix}JsonSchema</c> (full JSON Schema), or with <see cref="UseOpenApiParameters"/> the lowered OpenAPI-subset
    /// <c>parameters</c> / <c>responseSchema</c>; the two are mutually exclusive.
    /// </summary>
    private void WriteSchema(Utf8JsonWriter writer, string prefix, string schema, string owner)
    {
        if (UseOpenApiParameters)
        {
            writer.WritePropertyName(prefix == "parameters" ? "parameters" : "responseSchema");
            GeminiSchemaLowering.Write(writer, schema, owner);
        }
        else
        {
            writer.WritePropertyName(prefix + "JsonSchema");
            CodecJson.WriteSchema(writer, schema, owner);
        }
    }

    private void WriteGenerationConfig(Utf8JsonWriter writer, ChatAnswerFormat? format, int? maxOutputTokens)
    {
        writer.WriteStartObject("generationConfig");
        if (maxOutputTokens is int max)
        {
            writer.WriteNumber("maxOutputTokens", max);
        }

        if (format is not null)
        {
            writer.WriteString("responseMimeType", "application/json");
            WriteSchema(writer, "response", format.Schema, "answer format \"" + format.Name + "\"");
        }

        writer.WriteEndObject();
    }
}
