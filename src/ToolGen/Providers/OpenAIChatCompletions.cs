using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ToolGen.Providers;

/// <summary>
/// Reads and writes the tool-calling parts of the OpenAI Chat Completions API (<c>/v1/chat/completions</c>),
/// which vLLM, SGLang, Ollama and llama.cpp also serve: the request's <c>tools</c>, the tool calls of a
/// response, and the <c>role: tool</c> messages that carry results back.
/// </summary>
/// <remarks>
/// Built on <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/> only: no reflection, safe under
/// NativeAOT and trimming. The readers accept a whole chat completion (<c>{"choices":[{"message":…}]}</c>,
/// of which <c>choices[0]</c> is read), a bare assistant message (<c>{"role":"assistant","tool_calls":[…]}</c>),
/// or Ollama's native <c>/api/chat</c> response (<c>{"message":{…}}</c>). Unknown properties are skipped.
/// </remarks>
public static partial class OpenAIChatCompletions
{
    // The default encoder is kept for everything written here: the text goes over HTTP to a JSON parser,
    // which undoes the escapes, so the model sees the same characters either way.
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText FunctionName = JsonEncodedText.Encode("function");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText ParametersName = JsonEncodedText.Encode("parameters");
    private static readonly JsonEncodedText StrictName = JsonEncodedText.Encode("strict");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText ToolCallIdName = JsonEncodedText.Encode("tool_call_id");
    private static readonly JsonEncodedText ContentName = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText ToolValue = JsonEncodedText.Encode("tool");

    private const string ErrorPrefix = "Cannot read the OpenAI Chat Completions response: ";

    /// <summary>
    /// Writes the value of a request's <c>tools</c> property: a JSON array with one
    /// <c>{"type":"function","function":{"name":…,"description":…,"parameters":{…},"strict":true}}</c> per tool.
    /// Call <see cref="Utf8JsonWriter.WritePropertyName(string)"/> with <c>"tools"</c> first.
    /// </summary>
    /// <param name="writer">The writer of the request body.</param>
    /// <param name="tools">The tools to offer the model, in the order given.</param>
    /// <param name="strict">
    /// When <see langword="true"/>, each tool that has a <see cref="ToolDefinition.StrictParametersSchema"/> is
    /// sent with that schema and <c>"strict":true</c>; a tool without one is sent non-strict with its
    /// <see cref="ToolDefinition.ParametersSchema"/>. When <see langword="false"/>, every tool is sent non-strict.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="tools"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tools"/> holds a <see langword="null"/> definition, or a schema that is not valid JSON.</exception>
    public static void WriteTools(Utf8JsonWriter writer, IEnumerable<ToolDefinition> tools, bool strict = true)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (tools is null)
        {
            throw new ArgumentNullException(nameof(tools));
        }

        writer.WriteStartArray();
        foreach (var tool in tools)
        {
            if (tool is null)
            {
                throw new ArgumentException("The tools contain a null definition.", nameof(tools));
            }

            WriteTool(writer, tool, strict);
        }

        writer.WriteEndArray();
    }

    /// <summary>Returns the value of a request's <c>tools</c> property as JSON text (see <see cref="WriteTools(Utf8JsonWriter, IEnumerable{ToolDefinition}, bool)"/>).</summary>
    /// <param name="tools">The tools to offer the model, in the order given.</param>
    /// <param name="strict">Whether to send tools that have a strict schema in strict mode.</param>
    /// <returns>The JSON array, compact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tools"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tools"/> holds a <see langword="null"/> definition, or a schema that is not valid JSON.</exception>
    public static string WriteTools(IEnumerable<ToolDefinition> tools, bool strict = true)
    {
        if (tools is null)
        {
            throw new ArgumentNullException(nameof(tools));
        }

        return WriteToString(writer => WriteTools(writer, tools, strict));
    }

    /// <summary>
    /// Writes the message that returns one tool's result to the model:
    /// <c>{"role":"tool","tool_call_id":…,"content":…}</c>, an element of the request's <c>messages</c>.
    /// </summary>
    /// <remarks>
    /// Chat Completions has no error flag: a failed call's <see cref="ToolResult.Content"/> is already a message
    /// written for the model, and is sent as the content like any other.
    /// </remarks>
    /// <param name="writer">The writer of the request body.</param>
    /// <param name="result">The result to send.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    public static void WriteToolResult(Utf8JsonWriter writer, ToolResult result)
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
        writer.WriteString(RoleName, ToolValue);
        writer.WriteString(ToolCallIdName, result.CallId);
        writer.WriteString(ContentName, result.Content);
        writer.WriteEndObject();
    }

    /// <summary>Returns the <c>role: tool</c> message for one result as JSON text (see <see cref="WriteToolResult(Utf8JsonWriter, ToolResult)"/>).</summary>
    /// <param name="result">The result to send.</param>
    /// <returns>The message object, compact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string WriteToolResult(ToolResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        return WriteToString(writer => WriteToolResult(writer, result));
    }

    /// <summary>Reads the tool calls out of a chat completion or an assistant message.</summary>
    /// <remarks>
    /// Each call's arguments are the UTF-8 JSON the model wrote, unescaped from the <c>arguments</c> string and
    /// not validated (the dispatcher tells the model what is wrong with them). Quirks of open-model servers are
    /// accepted: <c>arguments</c> sent as a JSON object (its text is taken as is), missing or <c>null</c>
    /// <c>arguments</c> (no arguments), and a missing or empty <c>id</c>, replaced by <c>call_</c> and the call's
    /// position (<c>call_0</c>, <c>call_1</c>…), the same each time the same response is read.
    /// </remarks>
    /// <param name="json">The response body, or the assistant message, as UTF-8 JSON.</param>
    /// <returns>The calls in the order the model made them; empty when the message has no <c>tool_calls</c>.</returns>
    /// <exception cref="FormatException">
    /// The input is not JSON, is an error response, or is not shaped like a chat completion or a message
    /// (for instance <c>choices</c> is not an array, or a tool call has no function name).
    /// </exception>
    public static IReadOnlyList<ToolCall> ReadToolCalls(ReadOnlySpan<byte> json)
    {
        json = SkipByteOrderMark(json);
        try
        {
            var envelope = Locate(json);
            return TryGetMessage(json, envelope, out var message)
                ? ReadCalls(message, envelope.MessagePath)
                : Array.Empty<ToolCall>();
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    /// <summary>Reads the tool calls out of a chat completion or an assistant message given as text.</summary>
    /// <param name="json">The response body, or the assistant message, as JSON text.</param>
    /// <returns>The calls in the order the model made them; empty when the message has no <c>tool_calls</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The input is not JSON or not shaped like a chat completion or a message.</exception>
    /// <seealso cref="ReadToolCalls(ReadOnlySpan{byte})"/>
    public static IReadOnlyList<ToolCall> ReadToolCalls(string json) => ReadToolCalls(Utf8(json, nameof(json)));

    /// <summary>Reads the assistant's text out of a chat completion or an assistant message.</summary>
    /// <remarks>
    /// A <c>content</c> given as an array of parts (as some compatible servers send) is read as the
    /// concatenation of the parts' <c>text</c>.
    /// </remarks>
    /// <param name="json">The response body, or the assistant message, as UTF-8 JSON.</param>
    /// <returns>The text, or <see langword="null"/> when <c>content</c> is absent or <c>null</c> (as it usually is beside tool calls).</returns>
    /// <exception cref="FormatException">The input is not JSON, is an error response, or is not shaped like a chat completion or a message.</exception>
    public static string? ReadContent(ReadOnlySpan<byte> json)
    {
        json = SkipByteOrderMark(json);
        try
        {
            var envelope = Locate(json);
            return TryGetMessage(json, envelope, out var message)
                ? ReadMessageContent(message, envelope.MessagePath)
                : null;
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    /// <summary>Reads the assistant's text out of a chat completion or an assistant message given as text.</summary>
    /// <param name="json">The response body, or the assistant message, as JSON text.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The input is not JSON or not shaped like a chat completion or a message.</exception>
    /// <seealso cref="ReadContent(ReadOnlySpan{byte})"/>
    public static string? ReadContent(string json) => ReadContent(Utf8(json, nameof(json)));

    /// <summary>
    /// Reads why the model stopped: <c>choices[0].finish_reason</c>, e.g. <c>"stop"</c>, <c>"tool_calls"</c> or <c>"length"</c>.
    /// </summary>
    /// <param name="response">The response body as UTF-8 JSON.</param>
    /// <returns>
    /// The reason, or <see langword="null"/> when it is absent, <c>null</c>, or the input is a bare message
    /// (which carries none).
    /// </returns>
    /// <exception cref="FormatException">The input is not JSON, is an error response, or is not shaped like a chat completion or a message.</exception>
    public static string? ReadFinishReason(ReadOnlySpan<byte> response)
    {
        response = SkipByteOrderMark(response);
        try
        {
            var envelope = Locate(response);
            return envelope.ChoiceStart < 0
                ? null
                : ReadChoiceFinishReason(response.Slice(envelope.ChoiceStart, envelope.ChoiceLength));
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    /// <summary>Reads why the model stopped, from a response given as text.</summary>
    /// <param name="response">The response body as JSON text.</param>
    /// <returns>The reason, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The input is not JSON or not shaped like a chat completion or a message.</exception>
    /// <seealso cref="ReadFinishReason(ReadOnlySpan{byte})"/>
    public static string? ReadFinishReason(string response) => ReadFinishReason(Utf8(response, nameof(response)));

    // ---------------------------------------------------------------- writing

    private static void WriteTool(Utf8JsonWriter writer, ToolDefinition tool, bool strict)
    {
        var strictSchema = strict ? tool.StrictParametersSchema : null;

        writer.WriteStartObject();
        writer.WriteString(TypeName, FunctionName);
        writer.WriteStartObject(FunctionName);
        writer.WriteString(NameName, tool.Name);
        if (tool.Description.Length > 0)
        {
            writer.WriteString(DescriptionName, tool.Description);
        }

        writer.WritePropertyName(ParametersName);

        // The schema is JSON text that the generator wrote at compile time, so it goes in as is. Validation
        // stays on: a ToolDefinition built by hand with a broken schema then fails here, naming the problem,
        // rather than as an opaque 400 from the server; schemas are small and written once per request.
        try
        {
            writer.WriteRawValue(strictSchema ?? tool.ParametersSchema);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException(
                "The " + (strictSchema is null ? "parameters" : "strict parameters") + " schema of tool \"" + tool.Name + "\" is not valid JSON: " + ex.Message,
                "tools",
                ex);
        }
        if (strictSchema is not null)
        {
            writer.WriteBoolean(StrictName, true);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string WriteToString(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
