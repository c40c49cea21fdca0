using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToolGen.RawCalls;

/// <summary>JSON helpers over text: where a value ends, whether it is valid, and a writer for arguments built from other syntaxes.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    /// <summary>
    /// The index after the object or array that opens at <paramref name="start"/>, by bracket counting outside strings;
    /// -1 when the text up to <paramref name="limit"/> does not close it.
    /// </summary>
    public static int FindEnd(string text, int start, int limit)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                case '[':
                    depth++;
                    break;
                case '}':
                case ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>The UTF-8 bytes of <c>text[start..end)</c>, without an intermediate string.</summary>
    public static byte[] Utf8(string text, int start, int end)
    {
#if NET
        var span = text.AsSpan(start, end - start);
        var bytes = new byte[Encoding.UTF8.GetByteCount(span)];
        Encoding.UTF8.GetBytes(span, bytes);
        return bytes;
#else
        return Encoding.UTF8.GetBytes(text.Substring(start, end - start));
#endif
    }

    /// <summary>Whether <paramref name="utf8"/> is exactly one JSON value (surrounding white space allowed).</summary>
    public static bool IsValue(ReadOnlySpan<byte> utf8, out JsonTokenType first, out string? error)
    {
        first = JsonTokenType.None;
        error = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read())
            {
                error = "empty";
                return false;
            }

            first = reader.TokenType;
            reader.Skip();
            if (reader.Read())
            {
                error = "text after the JSON value";
                return false;
            }

            return true;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    public static bool IsValue(string text, out JsonTokenType first)
    {
        if (!MayBeValue(text))
        {
            first = JsonTokenType.None;
            return false;
        }

        return IsValue(Encoding.UTF8.GetBytes(text), out first, out _);
    }

    /// <summary>
    /// Whether the text may be JSON by its first character: bare words (<c>Paris</c>, <c>東京</c>) are common in the formats
    /// that spell values out, and asking the JSON reader about each would throw and catch an exception per value.
    /// </summary>
    public static bool MayBeValue(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '{' or '[' or '"' or '-' or 't' or 'f' or 'n' || (c >= '0' && c <= '9');
        }

        return false;
    }

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, WriterOptions);

    /// <summary>A short form of a JSON reader's complaint, without the byte positions that mean nothing to a reader of the text.</summary>
    public static string Complaint(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "invalid JSON";
        }

        var cut = message!.IndexOf(" LineNumber", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut).TrimEnd() : message;
    }
}
