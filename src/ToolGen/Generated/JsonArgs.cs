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
public static partial class JsonArgs
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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

        ReadOnlySpan<byte> text = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
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

    /// <summary>
    /// Reads a date and time as the schema's pattern describes it: RFC 3339 <c>yyyy-MM-ddTHH:mm:ss[.f…]</c> with an
    /// offset (<c>Z</c>, <c>+02:00</c>) or without one (a local time), <c>T</c> and <c>Z</c> in either case. As
    /// System.Text.Json reads it: no offset gives <see cref="DateTimeKind.Unspecified"/>, <c>Z</c>
    /// <see cref="DateTimeKind.Utc"/>, another offset the local time of that instant.
    /// </summary>
    public static bool TryReadDateTime(ref Utf8JsonReader reader, out DateTime value)
    {
        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        if (!TryCopyShortString(ref reader, buffer, out var length) ||
            !TryParseRfc3339(buffer.Slice(0, length), offsetRequired: false, out var local, out var offset, out var hasOffset))
        {
            return false;
        }

        if (!hasOffset)
        {
            value = local;
            return true;
        }

        // The instant in UTC: the local time minus its offset, within the range of DateTime.
        var ticks = local.Ticks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        var utc = new DateTime(ticks, DateTimeKind.Utc);
        value = offset == TimeSpan.Zero && IsZulu(buffer.Slice(0, length)) ? utc : utc.ToLocalTime();
        return true;
    }

    /// <summary>
    /// Reads an RFC 3339 date-time (JSON Schema <c>format: date-time</c>): <c>yyyy-MM-ddTHH:mm:ss[.f…]</c> and an
    /// offset, <c>Z</c> or <c>±HH:mm</c>; <c>T</c> and <c>Z</c> in either case; digits past the seventh of a fraction
    /// are dropped. Refused, as <see cref="DateTimeOffset"/> cannot hold them: offsets beyond ±14:00, year 0, leap seconds.
    /// </summary>
    public static bool TryReadDateTimeOffset(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        if (!TryCopyShortString(ref reader, buffer, out var length) ||
            !TryParseRfc3339(buffer.Slice(0, length), offsetRequired: true, out var local, out var offset, out _) ||
            offset > TimeSpan.FromHours(14) || offset < TimeSpan.FromHours(-14))
        {
            return false;
        }

        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool IsZulu(ReadOnlySpan<char> text) => text[text.Length - 1] is 'Z' or 'z';

    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm:ss[.f…][Z|±HH:mm]</c> (RFC 3339 <c>date-time</c>; <paramref name="offsetRequired"/>
    /// false also takes it without the offset). The date must exist; hours 00–23, minutes and seconds 00–59.
    /// </summary>
    private static bool TryParseRfc3339(ReadOnlySpan<char> text, bool offsetRequired, out DateTime local, out TimeSpan offset, out bool hasOffset)
    {
        local = default;
        offset = default;
        hasOffset = false;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't') || text[13] != ':' || text[16] != ':' ||
            !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day) ||
            !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second) ||
            year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        long fraction = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var start = i;
            var scale = 1_000_000L;
            for (; i < text.Length && text[i] >= '0' && text[i] <= '9'; i++)
            {
                // Ticks are 100 ns: seven digits; the rest are dropped.
                fraction += (text[i] - '0') * scale;
                scale /= 10;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'Z' or 'z')
        {
            hasOffset = true;
            i++;
        }
        else if (i < text.Length && text[i] is '+' or '-')
        {
            if (text.Length - i != 6 || text[i + 3] != ':' || !TryDigits(text, i + 1, 2, out var offsetHours) ||
                !TryDigits(text, i + 4, 2, out var offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            {
                return false;
            }

            hasOffset = true;
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            offset = text[i] == '-' ? offset.Negate() : offset;
            i += 6;
        }

        if (i != text.Length || (offsetRequired && !hasOffset))
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            var c = text[k];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
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

    /// <summary>
    /// Reads an absolute URI as RFC 3986 (JSON Schema <c>format: uri</c>) spells it: a scheme, then only the ASCII
    /// characters RFC 3986 allows, <c>%</c> followed by two hex digits, brackets only around an IP literal host, one
    /// <c>#</c> at most; no spaces, backslashes or non-ASCII letters (send them percent-encoded). The value must also
    /// be one <see cref="Uri"/> can hold.
    /// </summary>
    public static bool TryReadUri(ref Utf8JsonReader reader, out Uri value)
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var text = reader.GetString()!;
        return IsAbsoluteUri(text) && Uri.TryCreate(text, UriKind.Absolute, out value!);
    }

    /// <summary>Whether a text is an absolute URI by the grammar of RFC 3986 (the checks <see cref="TryReadUri"/> names).</summary>
    internal static bool IsAbsoluteUri(string text)
    {
        // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
        var colon = text.IndexOf(':');
        if (colon <= 0 || !IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            var c = text[i];
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        // Brackets belong to an IP-literal host: inside the authority, which follows "//" and ends at / ? #.
        var authorityEnd = colon + 1;
        if (text.Length >= colon + 3 && text[colon + 1] == '/' && text[colon + 2] == '/')
        {
            authorityEnd = text.IndexOfAny(new[] { '/', '?', '#' }, colon + 3);
            authorityEnd = authorityEnd < 0 ? text.Length : authorityEnd;
        }

        var hashes = 0;
        for (var i = colon + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (c is '[' or ']')
            {
                if (i >= authorityEnd)
                {
                    return false;
                }
            }
            else if (c == '#')
            {
                hashes++;
            }
            else if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || "-._~:/?@!$&'()*+,;=".IndexOf(c) >= 0))
            {
                return false;
            }
        }

        return hashes <= 1;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

#if NET6_0_OR_GREATER
    /// <summary>Reads a date, <c>yyyy-MM-dd</c>.</summary>
    public static bool TryReadDateOnly(ref Utf8JsonReader reader, out DateOnly value)
    {
        // The common case, ten unescaped ASCII bytes in the strict form, straight from the bytes; anything else
        // (escapes, other lengths, non-digits, an invalid day) goes through TryParseExact, so the answers are its own.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && TryParseIsoDate(reader.ValueSpan, out value))
        {
            return true;
        }

        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        return TryCopyShortString(ref reader, buffer, out var length) &&
            DateOnly.TryParseExact(buffer.Slice(0, length), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary><c>yyyy-MM-dd</c> in ASCII digits with a day that exists; false for anything else.</summary>
    private static bool TryParseIsoDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        var year = Digit(text[0]) * 1000 + Digit(text[1]) * 100 + Digit(text[2]) * 10 + Digit(text[3]);
        var month = Digit(text[5]) * 10 + Digit(text[6]);
        var day = Digit(text[8]) * 10 + Digit(text[9]);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;

        // A non-digit makes the whole number negative (-10000 outweighs any sum of digits), which fails the checks.
        static int Digit(byte b) => (uint)(b - '0') <= 9 ? b - '0' : -10000;
    }

    /// <summary>
    /// Reads a time of day as the schema's pattern describes it, <c>H:m[:s[.fffffff]]</c>: hours 0–23, minutes and
    /// seconds 0–59, each one or two digits, one to seven digits of fraction; no offset (a <see cref="TimeOnly"/> has none).
    /// </summary>
    public static bool TryReadTimeOnly(ref Utf8JsonReader reader, out TimeOnly value)
    {
        value = default;
        Span<char> buffer = stackalloc char[ShortText];
        if (!TryCopyShortString(ref reader, buffer, out var length))
        {
            return false;
        }

        var text = buffer.Slice(0, length);
        var i = 0;
        if (!TryField(text, ref i, 23, out var hour) || i >= text.Length || text[i++] != ':' || !TryField(text, ref i, 59, out var minute))
        {
            return false;
        }

        var second = 0;
        long fraction = 0;
        if (i < text.Length)
        {
            if (text[i++] != ':' || !TryField(text, ref i, 59, out second))
            {
                return false;
            }

            if (i < text.Length)
            {
                if (text[i++] != '.' || i == text.Length || text.Length - i > 7)
                {
                    return false;
                }

                for (var scale = 1_000_000L; i < text.Length; i++, scale /= 10)
                {
                    if (text[i] < '0' || text[i] > '9')
                    {
                        return false;
                    }

                    fraction += (text[i] - '0') * scale;
                }
            }
        }

        value = new TimeOnly(new TimeSpan(hour, minute, second).Ticks + fraction);
        return true;
    }

    /// <summary>One or two digits from <paramref name="i"/>, at most <paramref name="max"/>.</summary>
    private static bool TryField(ReadOnlySpan<char> text, ref int i, int max, out int value)
    {
        value = 0;
        var start = i;
        while (i < text.Length && i - start < 2 && text[i] >= '0' && text[i] <= '9')
        {
            value = value * 10 + (text[i++] - '0');
        }

        return i > start && value <= max;
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
