using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ToolGen.Providers.Json;

namespace ToolGen.Providers;

/// <summary>
/// The tool parts of the Model Context Protocol (JSON-RPC 2.0), for serving tools without the MCP SDK: the entries of a
/// <c>tools/list</c> result, the params of a <c>tools/call</c> request, and its result with <c>isError</c>.
/// </summary>
/// <remarks>
/// A tool that fails, and (since spec 2025-11-25, SEP-1303) a call whose arguments are invalid, is answered with a result
/// whose <c>isError</c> is <see langword="true"/> and whose text tells the model what to repair: that is what
/// <see cref="WriteCallResult(Utf8JsonWriter, ToolResult, ToolDefinition?)"/> writes for a failed <see cref="ToolResult"/>.
/// JSON-RPC errors are left to the host, for protocol problems (an unknown method, a malformed request).
/// </remarks>
public static class McpTools
{
    private const string ErrorPrefix = "Cannot read the MCP tools/call request: ";

    /// <summary>Writes a <c>tools/list</c> result: <c>{"tools":[{"name":…,"description":…,"inputSchema":{…},"outputSchema":{…}}]}</c>.</summary>
    /// <remarks><c>outputSchema</c> is written only for a tool whose <see cref="ToolDefinition.ReturnSchema"/> is object-rooted (MCP requires it).</remarks>
    /// <param name="writer">The writer.</param>
    /// <param name="tools">The tools.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A schema is not valid JSON.</exception>
    public static void WriteToolsList(Utf8JsonWriter writer, IEnumerable<ToolDefinition> tools)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (tools is null)
        {
            throw new ArgumentNullException(nameof(tools));
        }

        writer.WriteStartObject();
        writer.WriteStartArray("tools");
        foreach (var tool in CodecJson.Checked(tools))
        {
            writer.WriteStartObject();
            CodecJson.WriteNameAndDescription(writer, tool);

            writer.WritePropertyName("inputSchema");
            CodecJson.WriteSchema(writer, tool.ParametersSchema, "tool \"" + tool.Name + "\"");
            if (tool.ReturnSchema is { } output && IsObjectSchema(output))
            {
                writer.WritePropertyName("outputSchema");
                CodecJson.WriteSchema(writer, output, "the output of tool \"" + tool.Name + "\"");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns a <c>tools/list</c> result as JSON text (see <see cref="WriteToolsList(Utf8JsonWriter, IEnumerable{ToolDefinition})"/>).</summary>
    /// <param name="tools">The tools.</param>
    /// <returns>The result object.</returns>
    public static string WriteToolsList(IEnumerable<ToolDefinition> tools) => CodecJson.WriteString(writer => WriteToolsList(writer, tools));

    /// <summary>
    /// Reads a <c>tools/call</c> request: its params <c>{"name":…,"arguments":{…}}</c>, or the whole JSON-RPC message (whose
    /// <c>id</c> becomes the call's id).
    /// </summary>
    /// <param name="json">The params object or the JSON-RPC request, as UTF-8 JSON.</param>
    /// <returns>The call; its arguments are the <c>arguments</c> object as sent (empty when absent).</returns>
    /// <exception cref="FormatException">The input is not JSON, or has no tool name.</exception>
    public static ToolCall ReadCallParams(ReadOnlySpan<byte> json)
    {
        json = CodecJson.SkipByteOrderMark(json);
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException(ErrorPrefix + "expected a JSON object, found " + CodecJson.Describe(reader.TokenType) + ".");
            }

            string? id = null, name = null;
            var arguments = ReadOnlyMemory<byte>.Empty;
            ReadOnlyMemory<byte>? nested = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("params"u8))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    nested = json.Slice(start, (int)reader.BytesConsumed - start).ToArray();
                }
                else if (reader.ValueTextEquals("arguments"u8))
                {
                    reader.Read();
                    arguments = LenientJson.ReadArguments(ref reader, json);
                }
                else if (reader.ValueTextEquals("name"u8) || reader.ValueTextEquals("id"u8))
                {
                    var isName = reader.ValueTextEquals("name"u8);
                    reader.Read();
                    var value = reader.TokenType switch
                    {
                        JsonTokenType.String => CodecJson.GetString(ref reader, ErrorPrefix, isName ? "name" : "id"),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                        _ => null,
                    };
                    reader.Skip();
                    if (isName) { name = value; } else { id = value; }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (nested is { } parameters)
            {
                var inner = ReadCallParams(parameters.Span);
                return new ToolCall(id ?? inner.Id, inner.Name, inner.Arguments);
            }

            if (string.IsNullOrEmpty(name))
            {
                throw new FormatException(ErrorPrefix + "it has no tool \"name\".");
            }

            return new ToolCall(id ?? "mcp", name!, arguments);
        }
        catch (JsonException ex)
        {
            throw new FormatException(ErrorPrefix + "it is not valid JSON (" + ex.Message + ")", ex);
        }
    }

    /// <summary>Reads a <c>tools/call</c> request given as text.</summary>
    /// <param name="json">The params object or the JSON-RPC request.</param>
    /// <returns>The call.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The input is not JSON, or has no tool name.</exception>
    public static ToolCall ReadCallParams(string json) =>
        ReadCallParams(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    /// <summary>
    /// Writes a <c>tools/call</c> result: <c>{"content":[{"type":"text","text":…}],"isError":…}</c>, plus
    /// <c>structuredContent</c> when <paramref name="definition"/> declares an object output schema and the result is a JSON object
    /// (the same JSON stays in the text block, as the specification asks).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result; a failure is written with <c>"isError": true</c> and its message as the text.</param>
    /// <param name="definition">The tool's definition, for its output schema; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    public static void WriteCallResult(Utf8JsonWriter writer, ToolResult result, ToolDefinition? definition)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        writer.WriteStartObject();
        writer.WriteStartArray("content");
        writer.WriteStartObject();
        writer.WriteString("type", "text");
        writer.WriteString("text", result.Content);
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (!result.IsError && definition?.ReturnSchema is { } output && IsObjectSchema(output))
        {
            var content = Encoding.UTF8.GetBytes(result.Content);
            if (CodecJson.IsObject(content))
            {
                writer.WritePropertyName("structuredContent");
                writer.WriteRawValue(content);
            }
        }

        writer.WriteBoolean("isError", result.IsError);
        writer.WriteEndObject();
    }

    /// <summary>Returns a <c>tools/call</c> result as JSON text (see <see cref="WriteCallResult(Utf8JsonWriter, ToolResult, ToolDefinition?)"/>).</summary>
    /// <param name="result">The result.</param>
    /// <param name="definition">The tool's definition, for its output schema; <see langword="null"/> for none.</param>
    /// <returns>The result object.</returns>
    public static string WriteCallResult(ToolResult result, ToolDefinition? definition) =>
        CodecJson.WriteString(writer => WriteCallResult(writer, result, definition));

    /// <summary>Reads a <c>tools/call</c> result (for a client): the text blocks joined, and <c>isError</c>.</summary>
    /// <param name="json">The result object, as UTF-8 JSON.</param>
    /// <param name="callId">The id to give the result.</param>
    /// <returns>The result: a failure (<see cref="ToolErrorKind.ToolFailed"/>) when <c>isError</c> is <see langword="true"/>.</returns>
    /// <exception cref="FormatException">The input is not JSON or not an object.</exception>
    public static ToolResult ReadCallResult(ReadOnlySpan<byte> json, string callId)
    {
        json = CodecJson.SkipByteOrderMark(json);
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException("Cannot read the MCP tools/call result: expected a JSON object, found " + CodecJson.Describe(reader.TokenType) + ".");
            }

            var text = new StringBuilder();
            var isError = false;
            string? structured = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("isError"u8))
                {
                    reader.Read();
                    isError = reader.TokenType == JsonTokenType.True;
                }
                else if (reader.ValueTextEquals("structuredContent"u8))
                {
                    reader.Read();
                    structured = CodecJson.RawValue(ref reader, json);
                }
                else if (reader.ValueTextEquals("content"u8))
                {
                    reader.Read();
                    ReadTextBlocks(ref reader, text);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            var content = text.Length > 0 ? text.ToString() : structured ?? string.Empty;
            return isError
                ? ToolResult.Failure(callId, new ToolError(ToolErrorKind.ToolFailed, content))
                : ToolResult.Success(callId, content);
        }
        catch (JsonException ex)
        {
            throw new FormatException("Cannot read the MCP tools/call result: it is not valid JSON (" + ex.Message + ")", ex);
        }
    }

    private static void ReadTextBlocks(ref Utf8JsonReader reader, StringBuilder text)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if (isText && reader.TokenType == JsonTokenType.String)
                {
                    text.Append(reader.GetString());
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    private static bool IsObjectSchema(string schema)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(schema));
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("object"u8);
                }

                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
