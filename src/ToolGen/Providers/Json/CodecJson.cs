using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers.Json;

/// <summary>Reads a whole response body.</summary>
internal delegate T BodyReader<T>(ReadOnlySpan<byte> body);

/// <summary>Small JSON helpers every codec shares.</summary>
internal static class CodecJson
{
    /// <summary>Reads a body past its byte order mark; malformed JSON becomes a <see cref="FormatException"/> that names the format.</summary>
    public static T Read<T>(ReadOnlySpan<byte> body, string errorPrefix, BodyReader<T> read)
    {
        try
        {
            return read(SkipByteOrderMark(body));
        }
        catch (JsonException ex)
        {
            throw new FormatException(errorPrefix + "it is not valid JSON (" + ex.Message + ")", ex);
        }
    }

    /// <summary>Reads the root's <c>{</c>; anything else is a format error.</summary>
    public static Utf8JsonReader StartRoot(ReadOnlySpan<byte> body, string errorPrefix)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException(errorPrefix + "expected a JSON object, found " + Describe(reader.TokenType) + ".");
        }

        return reader;
    }

    /// <summary>
    /// After the root's properties: reads past the root (malformed trailing text throws), and turns an error body the
    /// server sent with a success status into a format error.
    /// </summary>
    public static void EndRoot(ref Utf8JsonReader reader, string errorPrefix, string? error)
    {
        reader.Read();
        if (error is not null)
        {
            throw new FormatException(errorPrefix + "the server returned an error: " + error);
        }
    }

    /// <summary>The message of an <c>error</c> value (the reader on it): <see langword="null"/> for <c>null</c>, its <c>message</c> or the string itself.</summary>
    public static string? ReadErrorMessage(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadStringProperty(ref reader, "message"u8) ?? "(no message)";

    /// <summary>A string property of the object the reader is on (the string itself when the reader is on one); ends on the value's last token.</summary>
    public static string? ReadStringProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TokenType == JsonTokenType.String ? reader.GetString() : SkipValue(ref reader);
        }

        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(property);
            reader.Read();
            if (match && reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    /// <summary>A message <c>{"role":…,"{list}":[…]}</c> (Anthropic <c>content</c> blocks, Gemini <c>parts</c>) as JSON text.</summary>
    public static string WriteMessage(string role, string list, Action<Utf8JsonWriter> writeItems) => WriteString(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteStartArray(list);
        writeItems(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>A usage object (the reader on its value, left on its last token): the two token counts under the provider's names.</summary>
    public static ChatUsage? ReadUsage(ref Utf8JsonReader reader, ReadOnlySpan<byte> inputName, ReadOnlySpan<byte> outputName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        long? input = null, output = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isInput = reader.ValueTextEquals(inputName);
            var isOutput = reader.ValueTextEquals(outputName);
            reader.Read();
            if (isInput)
            {
                input = GetInt64(ref reader);
            }
            else if (isOutput)
            {
                output = GetInt64(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ChatUsage(input, output);
    }

    /// <summary>Skips the value the reader is on; <see langword="null"/>, for a switch arm that keeps nothing.</summary>
    public static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    /// <summary>The tools, refusing a <see langword="null"/> definition as the writers are enumerating them.</summary>
    public static IEnumerable<ToolDefinition> Checked(IEnumerable<ToolDefinition> tools)
    {
        foreach (var tool in tools)
        {
            yield return tool ?? throw new ArgumentException("The tools contain a null definition.", nameof(tools));
        }
    }

    /// <summary>Writes a tool's <c>name</c> and, when it has one, its <c>description</c>.</summary>
    public static void WriteNameAndDescription(Utf8JsonWriter writer, ToolDefinition tool)
    {
        writer.WriteString("name", tool.Name);
        if (tool.Description.Length > 0)
        {
            writer.WriteString("description", tool.Description);
        }
    }

    /// <summary>Writes an array property of conversation items kept as JSON text (they go back exactly as they are).</summary>
    public static void WriteItems(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteRawValue(item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a call's arguments as a JSON object (Anthropic <c>input</c>, Gemini <c>args</c>): <c>{}</c> when they are not one.</summary>
    public static void WriteArgumentsObject(Utf8JsonWriter writer, ReadOnlyMemory<byte> arguments)
    {
        if (IsObject(arguments.Span))
        {
            writer.WriteRawValue(arguments.Span);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
    }

    public static string WriteString(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static byte[] WriteBytes(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>A body read as bytes may start with a UTF-8 byte order mark, which the reader refuses.</summary>
    public static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> json) =>
        json.StartsWith("\uFEFF"u8) ? json.Slice(3) : json;

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>
    /// Writes a schema the generator (or a user) wrote as JSON text. Validation stays on: a hand-built definition with a
    /// broken schema fails here, naming the tool, rather than as an opaque 400 from the server.
    /// </summary>
    public static void WriteSchema(Utf8JsonWriter writer, string schema, string owner)
    {
        try
        {
            writer.WriteRawValue(schema);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The schema of " + owner + " is not valid JSON: " + ex.Message, "tools", ex);
        }
    }

    /// <summary>Whether the bytes are one JSON object (arguments that can go back as an object).</summary>
    public static bool IsObject(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether the text is one JSON value of any kind.</summary>
    public static bool IsJson(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A string token's value; text that is not valid UTF-8 is a format error naming where it was.</summary>
    public static string GetString(ref Utf8JsonReader reader, string errorPrefix, string path)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException(errorPrefix + path + " is not valid text: " + ex.Message, ex);
        }
    }

    /// <summary>UTF-8 bytes as a string, without an intermediate array where the target has the span overload.</summary>
    public static string Utf8Text(ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(bytes.ToArray());
#else
        return Encoding.UTF8.GetString(bytes);
#endif
    }

    /// <summary>An integer token's value, or <see langword="null"/> when it is not one.</summary>
    public static long? GetInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    /// <summary>The raw text of the value the reader is on (an object or array is skipped to its end).</summary>
    public static string RawValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(json.Slice(start, (int)reader.BytesConsumed - start).ToArray());
    }
}
