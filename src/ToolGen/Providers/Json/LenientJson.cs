using System;
using System.Text.Json;

namespace ToolGen.Providers.Json;

/// <summary>
/// Reads the argument text a model wrote, leniently: every codec takes a call's arguments through here, whether the
/// wire carries them as a JSON string (OpenAI) or as an object (Anthropic, Gemini, MCP, and open-model servers' quirk).
/// </summary>
internal static class LenientJson
{
    /// <summary>
    /// The UTF-8 bytes of the arguments the model wrote: a string's unescaped content, or (open-model quirk)
    /// the text of an object or other value as it stands in the message. <c>null</c> means no arguments.
    /// </summary>
    internal static ReadOnlyMemory<byte> ReadArguments(ref Utf8JsonReader reader, ReadOnlySpan<byte> message)
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
    internal static ReadOnlyMemory<byte> UnescapeLeniently(ReadOnlySpan<byte> escaped)
    {
        var output = new byte[escaped.Length];
        return new ReadOnlyMemory<byte>(output, 0, UnescapeLeniently(escaped, output));
    }

    /// <summary>
    /// <see cref="UnescapeLeniently(ReadOnlySpan{byte})"/> into a caller's buffer of at least
    /// <paramref name="escaped"/>'s length (unescaping never makes a JSON string longer); the stream readers use it.
    /// </summary>
    /// <returns>The bytes written.</returns>
    internal static int UnescapeLeniently(ReadOnlySpan<byte> escaped, Span<byte> output)
    {
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

                    o += WriteUtf8(code, output.Slice(o));
                    break;
                default: // '"', '\\', '/'
                    output[o++] = e;
                    break;
            }
        }

        return o;
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
    private static int WriteUtf8(int code, Span<byte> output)
    {
        if (code < 0x80)
        {
            output[0] = (byte)code;
            return 1;
        }

        if (code < 0x800)
        {
            output[0] = (byte)(0xC0 | (code >> 6));
            output[1] = (byte)(0x80 | (code & 0x3F));
            return 2;
        }

        if (code < 0x10000)
        {
            output[0] = (byte)(0xE0 | (code >> 12));
            output[1] = (byte)(0x80 | ((code >> 6) & 0x3F));
            output[2] = (byte)(0x80 | (code & 0x3F));
            return 3;
        }

        output[0] = (byte)(0xF0 | (code >> 18));
        output[1] = (byte)(0x80 | ((code >> 12) & 0x3F));
        output[2] = (byte)(0x80 | ((code >> 6) & 0x3F));
        output[3] = (byte)(0x80 | (code & 0x3F));
        return 4;
    }
}
