using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ToolGen.Providers.Json;

/// <summary>Small JSON helpers every codec shares.</summary>
internal static class CodecJson
{
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
