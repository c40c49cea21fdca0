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
public static class OpenAIChatCompletions
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

    /// <summary>An <see cref="Envelope.MessageStart"/> for a first choice that has no message (a streaming chunk).</summary>
    private const int NoMessageInChoice = -2;

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

    // ---------------------------------------------------------------- reading: the envelope

    /// <summary>Where the assistant message and the first choice lie in the input (start -1 when absent).</summary>
    private readonly struct Envelope
    {
        public Envelope(int messageStart, int messageLength, string messagePath, int choiceStart, int choiceLength)
        {
            MessageStart = messageStart;
            MessageLength = messageLength;
            MessagePath = messagePath;
            ChoiceStart = choiceStart;
            ChoiceLength = choiceLength;
        }

        public int MessageStart { get; }

        public int MessageLength { get; }

        /// <summary>The JSON path of the message, for error messages: empty for a bare message.</summary>
        public string MessagePath { get; }

        public int ChoiceStart { get; }

        public int ChoiceLength { get; }
    }

    /// <summary>
    /// Reads the whole input once (so that malformed JSON anywhere is reported) and finds the message:
    /// <c>choices[0].message</c> of a completion, <c>message</c> of an Ollama <c>/api/chat</c> response,
    /// or the root object itself.
    /// </summary>
    private static Envelope Locate(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed("expected a JSON object (a chat completion or an assistant message), found " + Describe(reader.TokenType) + ".");
        }

        var rootStart = (int)reader.TokenStartIndex;
        var hasChoices = false;
        int choiceStart = -1, choiceLength = 0, messageStart = -1, messageLength = 0;
        int nativeMessageStart = -1, nativeMessageLength = 0;
        var isError = false;
        string? errorText = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                reader.Read();
                hasChoices = true;
                choiceStart = messageStart = -1;
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Malformed("\"choices\" is " + Describe(reader.TokenType) + ", expected an array.");
                }

                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (index++ > 0)
                    {
                        reader.Skip();
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Malformed("choices[0] is " + Describe(reader.TokenType) + ", expected an object.");
                    }

                    choiceStart = (int)reader.TokenStartIndex;
                    FindChoiceMessage(ref reader, out messageStart, out messageLength);
                    choiceLength = (int)reader.BytesConsumed - choiceStart;
                }
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    nativeMessageStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    nativeMessageLength = (int)reader.BytesConsumed - nativeMessageStart;
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    errorText = GetString(ref reader, "message"); // vLLM's error body: {"object":"error","message":"…"}
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                isError |= reader.TokenType != JsonTokenType.Null;
                errorText = ReadErrorText(ref reader) ?? errorText;
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                reader.Read();
                isError |= reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("error"u8);
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var rootLength = (int)reader.BytesConsumed - rootStart;

        // Reads past the root: throws if anything but white space follows it.
        reader.Read();

        if (isError && !hasChoices)
        {
            throw Malformed("the server returned an error" + (errorText is null ? "." : ": " + errorText));
        }

        if (hasChoices)
        {
            return new Envelope(messageStart, messageLength, "choices[0].message.", choiceStart, choiceLength);
        }

        return nativeMessageStart >= 0
            ? new Envelope(nativeMessageStart, nativeMessageLength, "message.", -1, 0)
            : new Envelope(rootStart, rootLength, string.Empty, -1, 0);
    }

    /// <summary>The message's text within the input; <see langword="false"/> when the response has no choice.</summary>
    private static bool TryGetMessage(ReadOnlySpan<byte> json, Envelope envelope, out ReadOnlySpan<byte> message)
    {
        if (envelope.MessageStart == NoMessageInChoice)
        {
            throw Malformed("choices[0] has no \"message\" object (a streaming chunk's \"delta\" must be accumulated into a message first).");
        }

        message = envelope.MessageStart < 0 ? default : json.Slice(envelope.MessageStart, envelope.MessageLength);
        return envelope.MessageStart >= 0;
    }

    /// <summary>
    /// With the reader on a choice's <c>{</c>, finds its <c>message</c> and leaves the reader on the choice's <c>}</c>.
    /// A <c>null</c> message is no message (start -1); a missing one is <see cref="NoMessageInChoice"/>, an error
    /// reported only when the message is needed.
    /// </summary>
    private static void FindChoiceMessage(ref Utf8JsonReader reader, out int start, out int length)
    {
        start = NoMessageInChoice;
        length = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            reader.Read();
            if (isMessage && reader.TokenType == JsonTokenType.StartObject)
            {
                start = (int)reader.TokenStartIndex;
                reader.Skip();
                length = (int)reader.BytesConsumed - start;
            }
            else if (isMessage && reader.TokenType == JsonTokenType.Null)
            {
                start = -1;
                length = 0;
            }
            else if (isMessage)
            {
                throw Malformed("choices[0].message is " + Describe(reader.TokenType) + ", expected an object.");
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>The text of an <c>error</c> value: a string, or an object's <c>message</c>; the reader ends on the value's last token.</summary>
    private static string? ReadErrorText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return GetString(ref reader, "error");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            reader.Read();
            if (isMessage && reader.TokenType == JsonTokenType.String)
            {
                text = GetString(ref reader, "error.message");
            }
            else
            {
                reader.Skip();
            }
        }

        return text;
    }

    private static string? ReadChoiceFinishReason(ReadOnlySpan<byte> choice)
    {
        var reader = new Utf8JsonReader(choice);
        reader.Read();
        string? reason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isReason = reader.ValueTextEquals("finish_reason"u8);
            reader.Read();
            if (isReason && reader.TokenType == JsonTokenType.String)
            {
                reason = GetString(ref reader, "choices[0].finish_reason");
            }
            else
            {
                reader.Skip();
            }
        }

        return reason;
    }

    // ---------------------------------------------------------------- reading: the message

    private static string? ReadMessageContent(ReadOnlySpan<byte> message, string path)
    {
        var reader = new Utf8JsonReader(message);
        reader.Read();
        string? content = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            content = reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => GetString(ref reader, path + "content"),
                JsonTokenType.StartArray => ReadContentParts(ref reader, path),
                _ => throw Malformed(path + "content is " + Describe(reader.TokenType) + ", expected a string, null or an array of parts."),
            };
        }

        return content;
    }

    /// <summary>Joins the <c>text</c> of each part of a content array; <see langword="null"/> when no part has text.</summary>
    private static string? ReadContentParts(ref Utf8JsonReader reader, string path)
    {
        StringBuilder? text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                (text ??= new StringBuilder()).Append(GetString(ref reader, path + "content[]"));
                continue;
            }

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
                    (text ??= new StringBuilder()).Append(GetString(ref reader, path + "content[].text"));
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return text?.ToString();
    }

    private static IReadOnlyList<ToolCall> ReadCalls(ReadOnlySpan<byte> message, string path)
    {
        var reader = new Utf8JsonReader(message);
        reader.Read();
        IReadOnlyList<ToolCall> calls = Array.Empty<ToolCall>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                calls = Array.Empty<ToolCall>();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Malformed(path + "tool_calls is " + Describe(reader.TokenType) + ", expected an array.");
            }

            var list = new List<ToolCall>();
            List<int>? madeUpIndexes = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                list.Add(ReadCall(ref reader, message, path, list.Count, out var madeUp));
                if (madeUp)
                {
                    (madeUpIndexes ??= new List<int>()).Add(list.Count - 1);
                }
            }

            calls = madeUpIndexes is null ? list : WithUniqueIds(list, madeUpIndexes);
        }

        return calls;
    }

    /// <summary>Reads one element of <c>tool_calls</c>; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    private static ToolCall ReadCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string path, int index, out bool madeUp)
    {
        madeUp = false;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed(CallPath(path, index) + " is " + Describe(reader.TokenType) + ", expected an object.");
        }

        string? id = null;
        string? name = null;
        var arguments = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType switch
                {
                    JsonTokenType.String => GetString(ref reader, CallPath(path, index) + ".id"),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                    _ => SkipValue(ref reader),
                };
            }
            else if (reader.ValueTextEquals("function"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadFunction(ref reader, message, path, index, ref name, ref arguments);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Malformed(CallPath(path, index) + ".function is " + Describe(reader.TokenType) + ", expected an object.");
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (name is null || name.Length == 0)
        {
            throw Malformed(CallPath(path, index) + " has no function name (\"function\":{\"name\":…}).");
        }

        if (id is null || id.Length == 0)
        {
            id = "call_" + index.ToString(CultureInfo.InvariantCulture);
            madeUp = true;
        }

        return new ToolCall(id, name, arguments);
    }

    /// <summary>
    /// Makes the ids the codec invented differ from every other id of the message (a server may send "call_1"
    /// itself), so that each result answers exactly one call.
    /// </summary>
    private static List<ToolCall> WithUniqueIds(List<ToolCall> calls, List<int> madeUpIndexes)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < calls.Count; i++)
        {
            if (!madeUpIndexes.Contains(i))
            {
                taken.Add(calls[i].Id);
            }
        }

        foreach (var i in madeUpIndexes)
        {
            var id = calls[i].Id;
            for (var n = 2; taken.Contains(id); n++)
            {
                id = calls[i].Id + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(id);
            if (!ReferenceEquals(id, calls[i].Id))
            {
                calls[i] = new ToolCall(id, calls[i].Name, calls[i].Arguments);
            }
        }

        return calls;
    }

    /// <summary>Reads a call's <c>function</c> object; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    private static void ReadFunction(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string path, int index, ref string? name, ref ReadOnlyMemory<byte> arguments)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    name = GetString(ref reader, CallPath(path, index) + ".function.name");
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Malformed(CallPath(path, index) + ".function.name is " + Describe(reader.TokenType) + ", expected a string.");
                }
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read();
                arguments = ReadArguments(ref reader, message);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>
    /// The UTF-8 bytes of the arguments the model wrote: a string's unescaped content, or (open-model quirk)
    /// the text of an object or other value as it stands in the message. <c>null</c> means no arguments.
    /// </summary>
    private static ReadOnlyMemory<byte> ReadArguments(ref Utf8JsonReader reader, ReadOnlySpan<byte> message)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ReadOnlyMemory<byte>.Empty;

            case JsonTokenType.String:
                if (!reader.ValueIsEscaped)
                {
                    return reader.ValueSpan.ToArray();
                }

                // Unescaping never makes a JSON string longer, so the escaped length is enough room.
                var buffer = new byte[reader.ValueSpan.Length];
                try
                {
                    var written = reader.CopyString(buffer);
                    return new ReadOnlyMemory<byte>(buffer, 0, written);
                }
                catch (InvalidOperationException)
                {
                    // A lone surrogate escape or bytes that are not UTF-8: keep what the model wrote as far as possible.
                    return UnescapeLeniently(reader.ValueSpan);
                }

            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return message.Slice(start, (int)reader.BytesConsumed - start).ToArray();

            default:
                // A number or a boolean: passed on as written; the dispatcher tells the model it is not an object.
                return reader.ValueSpan.ToArray();
        }
    }

    /// <summary>
    /// Unescapes a JSON string that <see cref="Utf8JsonReader.CopyString(Span{byte})"/> refused: bytes that are
    /// not UTF-8 are copied as they are, and a lone UTF-16 surrogate becomes U+FFFD. The reader has already
    /// checked the escapes' syntax.
    /// </summary>
    private static ReadOnlyMemory<byte> UnescapeLeniently(ReadOnlySpan<byte> escaped)
    {
        var output = new byte[escaped.Length];
        var o = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            var b = escaped[i];
            if (b != (byte)'\\' || i + 1 >= escaped.Length)
            {
                output[o++] = b;
                i++;
                continue;
            }

            var e = escaped[i + 1];
            i += 2;
            switch (e)
            {
                case (byte)'b': output[o++] = (byte)'\b'; break;
                case (byte)'f': output[o++] = (byte)'\f'; break;
                case (byte)'n': output[o++] = (byte)'\n'; break;
                case (byte)'r': output[o++] = (byte)'\r'; break;
                case (byte)'t': output[o++] = (byte)'\t'; break;
                case (byte)'u':
                    if (!TryReadHex4(escaped, i, out var code))
                    {
                        output[o++] = (byte)'\\';
                        output[o++] = e;
                        break;
                    }

                    i += 4;
                    if (code >= 0xD800 && code <= 0xDBFF
                        && i + 6 <= escaped.Length && escaped[i] == (byte)'\\' && escaped[i + 1] == (byte)'u'
                        && TryReadHex4(escaped, i + 2, out var low) && low >= 0xDC00 && low <= 0xDFFF)
                    {
                        i += 6;
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    else if (code >= 0xD800 && code <= 0xDFFF)
                    {
                        code = 0xFFFD;
                    }

                    o += WriteUtf8(code, output, o);
                    break;
                default: // '"', '\\', '/'
                    output[o++] = e;
                    break;
            }
        }

        return new ReadOnlyMemory<byte>(output, 0, o);
    }

    private static bool TryReadHex4(ReadOnlySpan<byte> text, int start, out int value)
    {
        value = 0;
        if (start + 4 > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + 4; k++)
        {
            var c = text[k];
            int digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }

    /// <summary>Writes a code point as UTF-8; at most 4 bytes, never more than the 6 of its shortest escape.</summary>
    private static int WriteUtf8(int code, byte[] output, int at)
    {
        if (code < 0x80)
        {
            output[at] = (byte)code;
            return 1;
        }

        if (code < 0x800)
        {
            output[at] = (byte)(0xC0 | (code >> 6));
            output[at + 1] = (byte)(0x80 | (code & 0x3F));
            return 2;
        }

        if (code < 0x10000)
        {
            output[at] = (byte)(0xE0 | (code >> 12));
            output[at + 1] = (byte)(0x80 | ((code >> 6) & 0x3F));
            output[at + 2] = (byte)(0x80 | (code & 0x3F));
            return 3;
        }

        output[at] = (byte)(0xF0 | (code >> 18));
        output[at + 1] = (byte)(0x80 | ((code >> 12) & 0x3F));
        output[at + 2] = (byte)(0x80 | ((code >> 6) & 0x3F));
        output[at + 3] = (byte)(0x80 | (code & 0x3F));
        return 4;
    }

    // ---------------------------------------------------------------- small helpers

    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    /// <summary>A string token's value; text that is not valid UTF-8 or UTF-16 is a format error naming where it was.</summary>
    private static string GetString(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException(ErrorPrefix + path + " is not valid text: " + ex.Message, ex);
        }
    }

    /// <summary>A body read as bytes may start with a UTF-8 byte order mark, which the reader refuses.</summary>
    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> json) =>
        json.StartsWith("\uFEFF"u8) ? json.Slice(3) : json;

    private static string CallPath(string path, int index) =>
        path + "tool_calls[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static byte[] Utf8(string json, string parameterName) =>
        Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(parameterName));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static FormatException Malformed(string what) => new(ErrorPrefix + what);

    private static FormatException NotJson(JsonException ex) =>
        new(ErrorPrefix + "it is not valid JSON (" + ex.Message + ")", ex);
}
