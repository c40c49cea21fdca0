using System;

namespace ToolGen.Streaming;

/// <summary>
/// Unescapes a JSON string that <see cref="System.Text.Json.Utf8JsonReader.CopyString(Span{byte})"/> refused: bytes
/// that are not UTF-8 are copied as they are and a lone UTF-16 surrogate becomes U+FFFD (the reader has already
/// checked the escapes' syntax). Argument fragments are the model's text: kept, not refused.
/// </summary>
internal static class JsonUnescaper
{
    public static void AppendLeniently(ReadOnlySpan<byte> escaped, ByteBuffer buffer)
    {
        var output = buffer.GetSpan(escaped.Length);
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
                    var code = Hex4(escaped, i);
                    i += 4;
                    if (code is >= 0xD800 and <= 0xDBFF && i + 6 <= escaped.Length && escaped[i] == (byte)'\\' && escaped[i + 1] == (byte)'u'
                        && Hex4(escaped, i + 2) is var low and >= 0xDC00 and <= 0xDFFF)
                    {
                        i += 6;
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    else if (code is >= 0xD800 and <= 0xDFFF)
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

        buffer.Advance(o);
    }

    /// <summary>Four hex digits at <paramref name="start"/> (the JSON reader has checked they are there).</summary>
    private static int Hex4(ReadOnlySpan<byte> text, int start)
    {
        var value = 0;
        for (var k = start; k < start + 4 && k < text.Length; k++)
        {
            var c = text[k];
            value = (value << 4) | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value;
    }

    /// <summary>Writes a code point as UTF-8: at most 4 bytes, never more than the 6 of its escape.</summary>
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
