using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace ToolGen.Generated;

/// <summary>
/// Reads one JSON value of a scalar type from a <see cref="Utf8JsonReader"/> positioned on it. Each method
/// returns <see langword="false"/> when the token is not of that type or does not fit; the generated reader
/// then records an error and goes on with the next property.
/// </summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonArgs
{
    /// <summary>The reader options every generated argument reader uses: strict JSON, depth bounded by <see cref="ToolCallLimits.MaxDepth"/>.</summary>
    public static JsonReaderOptions ReaderOptions => new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = ToolCallLimits.MaxDepth,
    };

    /// <summary>Whether arguments exceed <see cref="ToolCallLimits.MaxArgumentBytes"/>.</summary>
    /// <param name="json">The arguments.</param>
    public static bool IsTooLarge(ReadOnlySpan<byte> json) => json.Length > ToolCallLimits.MaxArgumentBytes;

    /// <summary>The arguments of a call that sent none: an empty object.</summary>
    public static ReadOnlySpan<byte> EmptyObject => new byte[] { (byte)'{', (byte)'}' };

    /// <summary>Whether a call's arguments are empty or only white space, which some models send for no arguments.</summary>
    /// <param name="json">The arguments.</param>
    public static bool IsBlank(ReadOnlySpan<byte> json)
    {
        foreach (var b in json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a string.</summary>
    public static bool TryReadString(ref Utf8JsonReader reader, out string value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            value = reader.GetString()!;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Reads a string of exactly one character.</summary>
    public static bool TryReadChar(ref Utf8JsonReader reader, out char value)
    {
        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        if (!TryCopyShortString(ref reader, buffer, out var length) || length != 1)
        {
            return false;
        }

        value = buffer[0];
        return true;
    }

    // Dates, times and single characters are short: read them into a stack buffer, not a new string.
    private const int ShortText = 64;

    /// <summary>Copies a string token of at most <see cref="ShortText"/> characters into <paramref name="buffer"/>.</summary>
    private static bool TryCopyShortString(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        // An escaped or multi-byte text is never longer in UTF-16 than in UTF-8 bytes.
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes > buffer.Length)
        {
            return false;
        }

        length = reader.CopyString(buffer);
        return true;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Reads an integer that fits in <see cref="sbyte"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) is an integer too.</summary>
    public static bool TryReadSByte(ref Utf8JsonReader reader, out sbyte value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetSByte(out value))
        {
            return true;
        }

        if (!TryReadSigned(ref reader, sbyte.MinValue, sbyte.MaxValue, out var number))
        {
            return false;
        }

        value = (sbyte)number;
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="byte"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) and <c>-0</c> are integers too.</summary>
    public static bool TryReadByte(ref Utf8JsonReader reader, out byte value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetByte(out value))
        {
            return true;
        }

        if (!TryReadUnsigned(ref reader, byte.MaxValue, out var number))
        {
            return false;
        }

        value = (byte)number;
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="short"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) is an integer too.</summary>
    public static bool TryReadInt16(ref Utf8JsonReader reader, out short value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt16(out value))
        {
            return true;
        }

        if (!TryReadSigned(ref reader, short.MinValue, short.MaxValue, out var number))
        {
            return false;
        }

        value = (short)number;
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="ushort"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) and <c>-0</c> are integers too.</summary>
    public static bool TryReadUInt16(ref Utf8JsonReader reader, out ushort value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt16(out value))
        {
            return true;
        }

        if (!TryReadUnsigned(ref reader, ushort.MaxValue, out var number))
        {
            return false;
        }

        value = (ushort)number;
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="int"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) is an integer too.</summary>
    public static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value))
        {
            return true;
        }

        if (!TryReadSigned(ref reader, int.MinValue, int.MaxValue, out var number))
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="uint"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) and <c>-0</c> are integers too.</summary>
    public static bool TryReadUInt32(ref Utf8JsonReader reader, out uint value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out value))
        {
            return true;
        }

        if (!TryReadUnsigned(ref reader, uint.MaxValue, out var number))
        {
            return false;
        }

        value = (uint)number;
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="IntPtr"/> on this platform; a zero fraction (<c>2.0</c>, <c>1e1</c>) is an integer too.</summary>
    public static bool TryReadIntPtr(ref Utf8JsonReader reader, out IntPtr value)
    {
        value = default;
        var min = IntPtr.Size == 4 ? int.MinValue : long.MinValue;
        var max = IntPtr.Size == 4 ? int.MaxValue : long.MaxValue;
        if (!TryReadSigned(ref reader, min, max, out var number))
        {
            return false;
        }

        value = new IntPtr(number);
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="long"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) is an integer too.</summary>
    public static bool TryReadInt64(ref Utf8JsonReader reader, out long value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value) ||
            TryReadSigned(ref reader, long.MinValue, long.MaxValue, out value);
    }

    /// <summary>Reads an integer that fits in <see cref="ulong"/>; a zero fraction (<c>2.0</c>, <c>1e1</c>) and <c>-0</c> are integers too.</summary>
    public static bool TryReadUInt64(ref Utf8JsonReader reader, out ulong value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out value) ||
            TryReadUnsigned(ref reader, ulong.MaxValue, out value);
    }

    private static bool TryReadSigned(ref Utf8JsonReader reader, long min, long max, out long value)
    {
        value = default;
        if (!TryReadIntegral(ref reader, out var negative, out var magnitude))
        {
            return false;
        }

        if (!negative)
        {
            if (magnitude > (ulong)max)
            {
                return false;
            }

            value = (long)magnitude;
            return true;
        }

        // -9223372036854775808 has no positive counterpart in long.
        if (magnitude > (ulong)long.MaxValue + 1)
        {
            return false;
        }

        value = magnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)magnitude;
        return value >= min;
    }

    private static bool TryReadUnsigned(ref Utf8JsonReader reader, ulong max, out ulong value)
    {
        value = default;
        if (!TryReadIntegral(ref reader, out var negative, out var magnitude) || (negative && magnitude != 0) || magnitude > max)
        {
            return false;
        }

        value = magnitude;
        return true;
    }

    /// <summary>
    /// Reads a JSON number whose value is an integer (JSON Schema: "a number with a zero fractional part"): <c>2</c>,
    /// <c>2.0</c>, <c>1e1</c>, <c>20E-1</c>, <c>-0</c>. False for a fraction and for a magnitude beyond <see cref="ulong"/>.
    /// The reader has already checked the JSON grammar, <c>-?int(.frac)?([eE][+-]?digits)?</c>.
    /// </summary>
    private static bool TryReadIntegral(ref Utf8JsonReader reader, out bool negative, out ulong magnitude)
    {
        negative = false;
        magnitude = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        var i = 0;
        if (text[i] == (byte)'-')
        {
            negative = true;
            i++;
        }

        // The digits of the integer and the fraction parts, as one run with a gap at the dot.
        var intStart = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        var intEnd = i;
        var fracStart = i;
        var fracEnd = i;
        if (i < text.Length && text[i] == (byte)'.')
        {
            fracStart = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            fracEnd = i;
        }

        // The exponent, saturated: past a few hundred it only decides "too large" or "a fraction".
        long exponent = 0;
        if (i < text.Length && (text[i] == (byte)'e' || text[i] == (byte)'E'))
        {
            i++;
            var negativeExponent = false;
            if (text[i] == (byte)'+' || text[i] == (byte)'-')
            {
                negativeExponent = text[i] == (byte)'-';
                i++;
            }

            for (; i < text.Length && IsDigit(text[i]); i++)
            {
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), 100_000);
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        // Digit k of the run (integer digits, then fraction digits).
        var intLength = intEnd - intStart;
        var length = intLength + (fracEnd - fracStart);
        var first = -1;
        var last = -1;
        for (var k = 0; k < length; k++)
        {
            if (Digit(text, k < intLength ? intStart + k : fracStart + k - intLength) != 0)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        if (first < 0)
        {
            // Zero in any spelling: 0, -0, 0.0, 0e5.
            negative = false;
            return true;
        }

        // The value is digits[first..last] × 10^scale.
        var scale = exponent - (fracEnd - fracStart) + (length - 1 - last);
        if (scale < 0 || (last - first + 1) + scale > 20)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var digit = (ulong)Digit(text, k < intLength ? intStart + k : fracStart + k - intLength);
            if (magnitude > (ulong.MaxValue - digit) / 10)
            {
                return false;
            }

            magnitude = magnitude * 10 + digit;
        }

        for (var k = 0; k < scale; k++)
        {
            if (magnitude > ulong.MaxValue / 10)
            {
                return false;
            }

            magnitude *= 10;
        }

        return true;
    }

    private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';

    private static int Digit(ReadOnlySpan<byte> text, int index) => text[index] - '0';

    /// <summary>Reads a finite number that fits in <see cref="float"/>.</summary>
    public static bool TryReadSingle(ref Utf8JsonReader reader, out float value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out value) && !float.IsInfinity(value);
    }

    /// <summary>Reads a finite number that fits in <see cref="double"/>.</summary>
    public static bool TryReadDouble(ref Utf8JsonReader reader, out double value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value) && !double.IsInfinity(value);
    }

    /// <summary>Reads a number that fits in <see cref="decimal"/>.</summary>
    public static bool TryReadDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out value);
    }

    /// <summary>Reads a GUID in its usual <c>8-4-4-4-12</c> form.</summary>
    public static bool TryReadGuid(ref Utf8JsonReader reader, out Guid value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out value);
    }

    /// <summary>Reads an ISO 8601 date and time.</summary>
    public static bool TryReadDateTime(ref Utf8JsonReader reader, out DateTime value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out value);
    }

    /// <summary>Reads an ISO 8601 date and time with its offset.</summary>
    public static bool TryReadDateTimeOffset(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out value);
    }

    /// <summary>
    /// Reads a duration: ISO 8601 (<c>PT1H30M</c>, what the schema's <c>format: duration</c> asks for) or
    /// the .NET form <c>1.02:30:00</c> that System.Text.Json writes.
    /// </summary>
    public static bool TryReadTimeSpan(ref Utf8JsonReader reader, out TimeSpan value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var text = reader.GetString()!;
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            // The parsers below skip white space; a value with it is not in either form.
            return false;
        }

        var negative = text[0] == '-';
        var start = negative ? 1 : 0;
        if (text.Length > start && text[start] == 'P')
        {
            return TryParseIsoDuration(text, negative, out value);
        }

        return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseIsoDuration(string text, bool negative, out TimeSpan value)
    {
        value = default;
        // Weeks (P2W) are in the ISO 8601 grammar JSON Schema uses, but not in xs:duration.
        if (text[text.Length - 1] == 'W')
        {
            var digits = text.Substring(negative ? 2 : 1, text.Length - (negative ? 3 : 2));
            if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) || weeks > 1_000_000)
            {
                return false;
            }

            value = TimeSpan.FromDays(weeks * 7.0);
            value = negative ? value.Negate() : value;
            return true;
        }

        try
        {
            value = System.Xml.XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Reads an absolute URI, with its scheme written out.</summary>
    public static bool TryReadUri(ref Utf8JsonReader reader, out Uri value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        // On Unix "/path" parses as an implicit file URI; the schema promises a scheme, so ask for one.
        var text = reader.GetString()!;
        return text.IndexOf(':') > 0 && Uri.TryCreate(text, UriKind.Absolute, out value!);
    }

#if NET6_0_OR_GREATER
    /// <summary>Reads a date, <c>yyyy-MM-dd</c>.</summary>
    public static bool TryReadDateOnly(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        return TryCopyShortString(ref reader, buffer, out var length) &&
            DateOnly.TryParseExact(buffer.Slice(0, length), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>
    /// Reads a time of day, <c>HH:mm[:ss[.fffffff]]</c>, one-digit fields allowed, as System.Text.Json reads it:
    /// a duration from 0 up to (not including) 24 hours, without a day part.
    /// </summary>
    public static bool TryReadTimeOnly(ref Utf8JsonReader reader, out TimeOnly value)
    {
        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        if (!TryCopyShortString(ref reader, buffer, out var length) || length == 0)
        {
            return false;
        }

        var text = buffer.Slice(0, length);
        var colon = text.IndexOf(':');
        var dot = text.IndexOf('.');
        if (colon <= 0 || (dot >= 0 && dot < colon) || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[length - 1]) ||
            !TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var time) ||
            time < TimeSpan.Zero || time >= TimeSpan.FromDays(1))
        {
            return false;
        }

        value = TimeOnly.FromTimeSpan(time);
        return true;
    }

#endif

    /// <summary>Reads any JSON value, null included, as a <see cref="JsonElement"/> that owns its memory.</summary>
    public static bool TryReadJsonElement(ref Utf8JsonReader reader, out JsonElement value)
    {
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>Reads any JSON value as a <see cref="System.Text.Json.Nodes.JsonNode"/>.</summary>
    public static bool TryReadJsonNode(ref Utf8JsonReader reader, out System.Text.Json.Nodes.JsonNode value)
    {
        value = System.Text.Json.Nodes.JsonNode.Parse(ref reader)!;
        return true;
    }

    /// <summary>Reads a JSON object as a <see cref="System.Text.Json.Nodes.JsonObject"/>; false on any other value.</summary>
    public static bool TryReadJsonObject(ref Utf8JsonReader reader, out System.Text.Json.Nodes.JsonObject value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            value = null!;
            return false;
        }

        value = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(ref reader)!;
        return true;
    }

    /// <summary>Reads a JSON array as a <see cref="System.Text.Json.Nodes.JsonArray"/>; false on any other value.</summary>
    public static bool TryReadJsonArray(ref Utf8JsonReader reader, out System.Text.Json.Nodes.JsonArray value)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            value = null!;
            return false;
        }

        value = (System.Text.Json.Nodes.JsonArray)System.Text.Json.Nodes.JsonNode.Parse(ref reader)!;
        return true;
    }

    /// <summary>Moves to the next property of the arguments object.</summary>
    /// <returns><see langword="true"/> on a property name; <see langword="false"/> at the end of the object.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Moves past the value of a property the tool does not take.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>
    /// Checks that nothing but white space follows the arguments object; a second value or stray text makes
    /// the reader throw <see cref="JsonException"/>, which the generated reader reports as malformed JSON.
    /// </summary>
    public static void ReadEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            // A complete, final buffer with a second top-level value throws before coming here.
        }
    }
}
