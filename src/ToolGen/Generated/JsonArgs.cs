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

    /// <summary>Reads an integer that fits in <see cref="sbyte"/>.</summary>
    public static bool TryReadSByte(ref Utf8JsonReader reader, out sbyte value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetSByte(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="byte"/>.</summary>
    public static bool TryReadByte(ref Utf8JsonReader reader, out byte value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetByte(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="short"/>.</summary>
    public static bool TryReadInt16(ref Utf8JsonReader reader, out short value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt16(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="ushort"/>.</summary>
    public static bool TryReadUInt16(ref Utf8JsonReader reader, out ushort value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt16(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="int"/>.</summary>
    public static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="uint"/>.</summary>
    public static bool TryReadUInt32(ref Utf8JsonReader reader, out uint value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="IntPtr"/> on this platform.</summary>
    public static bool TryReadIntPtr(ref Utf8JsonReader reader, out IntPtr value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var number) ||
            (IntPtr.Size == 4 && (number < int.MinValue || number > int.MaxValue)))
        {
            return false;
        }

        value = new IntPtr(number);
        return true;
    }

    /// <summary>Reads an integer that fits in <see cref="long"/>.</summary>
    public static bool TryReadInt64(ref Utf8JsonReader reader, out long value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value);
    }

    /// <summary>Reads an integer that fits in <see cref="ulong"/>.</summary>
    public static bool TryReadUInt64(ref Utf8JsonReader reader, out ulong value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out value);
    }

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

    /// <summary>
    /// Thrown when a string (a value or a property name) is not valid text: invalid UTF-8 or an escaped lone
    /// surrogate. It carries where the string starts, so the error can name its path.
    /// </summary>
    internal sealed class InvalidTextException : InvalidOperationException
    {
        public InvalidTextException(long position, Exception inner)
            : base("A JSON string holds invalid UTF-8 or an escaped lone surrogate.", inner)
        {
            Position = position;
        }

        /// <summary>The <c>TokenStartIndex</c> of the string.</summary>
        public long Position { get; }
    }

    /// <summary>
    /// Checks that the string or property name under the reader is valid text, as <c>GetString</c> would, without
    /// keeping it; throws <see cref="InvalidOperationException"/> (which the generated reader reports with the
    /// string's path) when it is not. Other tokens pass.
    /// </summary>
    public static void CheckText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            return;
        }

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && IsAscii(reader.ValueSpan))
        {
            return;
        }

        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            reader.CopyString(buffer);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidTextException(reader.TokenStartIndex, e);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Checks every string and property name of the value under the reader, leaving the reader where it is; used
    /// before a value is handed to the tool whole (<see cref="JsonElement"/>, <c>JsonNode</c>) or skipped.
    /// </summary>
    private static void CheckValueText(Utf8JsonReader probe)
    {
        CheckText(ref probe);
        if (probe.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = probe.CurrentDepth;
        while (probe.Read() && probe.CurrentDepth > depth)
        {
            CheckText(ref probe);
        }
    }

    /// <summary>Reads any JSON value, null included, as a <see cref="JsonElement"/> that owns its memory.</summary>
    public static bool TryReadJsonElement(ref Utf8JsonReader reader, out JsonElement value)
    {
        CheckValueText(reader);
        value = JsonElement.ParseValue(ref reader);
        return true;
    }

    /// <summary>Reads any JSON value as a <see cref="System.Text.Json.Nodes.JsonNode"/>.</summary>
    public static bool TryReadJsonNode(ref Utf8JsonReader reader, out System.Text.Json.Nodes.JsonNode value)
    {
        CheckValueText(reader);
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

        CheckValueText(reader);
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

        CheckValueText(reader);
        value = (System.Text.Json.Nodes.JsonArray)System.Text.Json.Nodes.JsonNode.Parse(ref reader)!;
        return true;
    }

    /// <summary>Moves to the next property of the arguments object.</summary>
    /// <returns><see langword="true"/> on a property name; <see langword="false"/> at the end of the object.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>
    /// Moves past the value of a property the tool does not take. Its name and the strings inside it must still be
    /// valid text: one rule for the whole payload, read or ignored.
    /// </summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        CheckText(ref reader);
        reader.Read();
        CheckValueText(reader);
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
