using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ToolGen.RawCalls;

/// <summary>How a read of a value or a call ended.</summary>
internal enum ReadStatus
{
    Ok,

    /// <summary>The text ended inside it.</summary>
    Cut,

    /// <summary>It is not valid.</summary>
    Bad,
}

/// <summary>
/// Python literals and keyword calls, as pythonic tool calls write them (vLLM's <c>pythonic</c> parser reads them with
/// <c>ast</c>): strings in either quote style with Python escapes, triple-quoted strings, numbers, <c>True</c>,
/// <c>False</c>, <c>None</c>, lists, tuples and dicts, written out as JSON.
/// </summary>
internal static class PythonLiteral
{
    /// <summary>Reads <c>name(key=value, …)</c> from <paramref name="p"/>; the arguments come out as a JSON object.</summary>
    public static ReadStatus ReadCall(string text, ref int p, int limit, out string name, out byte[] arguments, out string error)
    {
        name = string.Empty;
        arguments = JsonText.EmptyObject;
        error = string.Empty;
        var nameStart = p;
        while (p < limit && IsNameChar(text[p]))
        {
            p++;
        }

        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        name = text.Substring(nameStart, p - nameStart);
        if (name.Length == 0 || !IsNameStart(name[0]))
        {
            error = "expected a function name";
            return ReadStatus.Bad;
        }

        p = RawScanner.SkipSpace(text, p, limit);
        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        if (text[p] != '(')
        {
            error = "expected \"(\" after \"" + name + "\"";
            return ReadStatus.Bad;
        }

        p++;
        using var stream = new MemoryStream();
        var status = ReadStatus.Ok;
        using (var writer = JsonText.CreateWriter(stream))
        {
            writer.WriteStartObject();
            while (true)
            {
                p = RawScanner.SkipSpace(text, p, limit);
                if (p >= limit)
                {
                    status = ReadStatus.Cut;
                    break;
                }

                if (text[p] == ')')
                {
                    p++;
                    break;
                }

                var keyStart = p;
                while (p < limit && (char.IsLetterOrDigit(text[p]) || text[p] == '_'))
                {
                    p++;
                }

                var key = text.Substring(keyStart, p - keyStart);
                p = RawScanner.SkipSpace(text, p, limit);
                if (p >= limit)
                {
                    status = ReadStatus.Cut;
                    break;
                }

                if (key.Length == 0 || text[p] != '=' || char.IsDigit(key[0]))
                {
                    error = "expected a keyword argument (name=value) in \"" + name + "\"";
                    status = ReadStatus.Bad;
                    break;
                }

                p++;
                writer.WritePropertyName(key);
                status = ReadValue(text, ref p, limit, writer, out error);
                if (status != ReadStatus.Ok)
                {
                    break;
                }

                p = RawScanner.SkipSpace(text, p, limit);
                if (p >= limit)
                {
                    status = ReadStatus.Cut;
                    break;
                }

                if (text[p] == ',')
                {
                    p++;
                }
                else if (text[p] != ')')
                {
                    error = "expected \",\" or \")\" in \"" + name + "\"";
                    status = ReadStatus.Bad;
                    break;
                }
            }

            if (status == ReadStatus.Ok)
            {
                writer.WriteEndObject();
            }
        }

        if (status == ReadStatus.Ok)
        {
            arguments = stream.ToArray();
        }

        return status;
    }

    /// <summary>The JSON for a whole text that is one Python literal (e.g. <c>{'a': [1, True]}</c>); <see langword="null"/> when it is not one.</summary>
    public static byte[]? TryConvert(string text)
    {
        var first = RawScanner.SkipSpace(text, 0, text.Length);
        if (first >= text.Length || !(text[first] is '{' or '[' or '(' or '"' or '\'' || char.IsDigit(text[first]) || text[first] is '-' or '+' or '.' or 'T' or 'F' or 'N' or 't' or 'f' or 'n'))
        {
            return null;
        }

        var p = 0;
        using var stream = new MemoryStream();
        ReadStatus status;
        try
        {
            using var writer = JsonText.CreateWriter(stream);
            status = ReadValue(text, ref p, text.Length, writer, out _);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return status == ReadStatus.Ok && RawScanner.SkipSpace(text, p, text.Length) == text.Length ? stream.ToArray() : null;
    }

    public static ReadStatus ReadValue(string text, ref int p, int limit, Utf8JsonWriter writer, out string error)
    {
        error = string.Empty;
        p = RawScanner.SkipSpace(text, p, limit);
        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        var c = text[p];
        switch (c)
        {
            case '"':
            case '\'':
            {
                var status = ReadString(text, ref p, limit, out var value, out error);
                if (status == ReadStatus.Ok)
                {
                    writer.WriteStringValue(value);
                }

                return status;
            }

            case '[':
            case '(':
                return ReadSequence(text, ref p, limit, writer, c == '[' ? ']' : ')', out error);
            case '{':
                return ReadDict(text, ref p, limit, writer, out error);
        }

        if (c == '-' || c == '+' || c == '.' || char.IsDigit(c))
        {
            return ReadNumber(text, ref p, limit, writer, out error);
        }

        var start = p;
        while (p < limit && (char.IsLetterOrDigit(text[p]) || text[p] == '_'))
        {
            p++;
        }

        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        var word = text.Substring(start, p - start);
        switch (word)
        {
            case "True":
            case "true":
                writer.WriteBooleanValue(true);
                return ReadStatus.Ok;
            case "False":
            case "false":
                writer.WriteBooleanValue(false);
                return ReadStatus.Ok;
            case "None":
            case "null":
                writer.WriteNullValue();
                return ReadStatus.Ok;
        }

        error = word.Length == 0 ? "unexpected \"" + c + "\"" : "\"" + word + "\" is not a literal";
        return ReadStatus.Bad;
    }

    private static ReadStatus ReadSequence(string text, ref int p, int limit, Utf8JsonWriter writer, char close, out string error)
    {
        error = string.Empty;
        p++;
        writer.WriteStartArray();
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] == close)
            {
                p++;
                writer.WriteEndArray();
                return ReadStatus.Ok;
            }

            var status = ReadValue(text, ref p, limit, writer, out error);
            if (status != ReadStatus.Ok)
            {
                return status;
            }

            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] == ',')
            {
                p++;
            }
            else if (text[p] != close)
            {
                error = "expected \",\" or \"" + close + "\"";
                return ReadStatus.Bad;
            }
        }
    }

    private static ReadStatus ReadDict(string text, ref int p, int limit, Utf8JsonWriter writer, out string error)
    {
        error = string.Empty;
        p++;
        writer.WriteStartObject();
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] == '}')
            {
                p++;
                writer.WriteEndObject();
                return ReadStatus.Ok;
            }

            string key;
            if (text[p] == '"' || text[p] == '\'')
            {
                var status = ReadString(text, ref p, limit, out key, out error);
                if (status != ReadStatus.Ok)
                {
                    return status;
                }
            }
            else
            {
                var start = p;
                while (p < limit && (char.IsLetterOrDigit(text[p]) || text[p] == '_' || text[p] == '-' || text[p] == '.'))
                {
                    p++;
                }

                if (p >= limit)
                {
                    return ReadStatus.Cut;
                }

                key = text.Substring(start, p - start);
                if (key.Length == 0)
                {
                    error = "expected a dict key";
                    return ReadStatus.Bad;
                }
            }

            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] != ':')
            {
                error = "expected \":\" after a dict key";
                return ReadStatus.Bad;
            }

            p++;
            writer.WritePropertyName(key);
            var valueStatus = ReadValue(text, ref p, limit, writer, out error);
            if (valueStatus != ReadStatus.Ok)
            {
                return valueStatus;
            }

            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            if (text[p] == ',')
            {
                p++;
            }
            else if (text[p] != '}')
            {
                error = "expected \",\" or \"}\"";
                return ReadStatus.Bad;
            }
        }
    }

    private static ReadStatus ReadNumber(string text, ref int p, int limit, Utf8JsonWriter writer, out string error)
    {
        error = string.Empty;
        var start = p;
        while (p < limit && (char.IsDigit(text[p]) || text[p] is '-' or '+' or '.' or 'e' or 'E' or '_'))
        {
            p++;
        }

        if (p >= limit)
        {
            return ReadStatus.Cut;
        }

        var raw = text.Substring(start, p - start).Replace("_", string.Empty);
        var number = Normalize(raw);
        if (!JsonText.IsValue(number, out var first) || first != JsonTokenType.Number)
        {
            error = "\"" + raw + "\" is not a number";
            return ReadStatus.Bad;
        }

        writer.WriteRawValue(number);
        return ReadStatus.Ok;
    }

    /// <summary>Python number text as JSON: no leading <c>+</c>, a digit on each side of the point.</summary>
    private static string Normalize(string raw)
    {
        var s = raw.StartsWith("+", StringComparison.Ordinal) ? raw.Substring(1) : raw;
        var negative = s.StartsWith("-", StringComparison.Ordinal);
        var body = negative ? s.Substring(1) : s;
        if (body.StartsWith(".", StringComparison.Ordinal))
        {
            body = "0" + body;
        }

        var point = body.IndexOf('.');
        if (point >= 0 && (point + 1 == body.Length || !char.IsDigit(body[point + 1])))
        {
            body = body.Insert(point + 1, "0");
        }

        // Python allows leading zeros in floats ("01.5" is not valid Python either, but "0.5" is); JSON does not allow "00".
        return (negative ? "-" : string.Empty) + body;
    }

    /// <summary>Reads a quoted string (either quote style, triple quotes, Python escapes).</summary>
    public static ReadStatus ReadString(string text, ref int p, int limit, out string value, out string error)
    {
        value = string.Empty;
        error = string.Empty;
        var quote = text[p];
        var triple = p + 2 < limit && text[p + 1] == quote && text[p + 2] == quote;
        if (!triple && p + 2 >= limit && p + 1 < limit && text[p + 1] == quote)
        {
            // "''" at the end of the text: an empty string or the start of a triple quote.
            return ReadStatus.Cut;
        }

        p += triple ? 3 : 1;
        var builder = new StringBuilder();
        while (true)
        {
            if (p >= limit)
            {
                return ReadStatus.Cut;
            }

            var c = text[p];
            if (c == quote)
            {
                if (!triple)
                {
                    p++;
                    value = builder.ToString();
                    return ReadStatus.Ok;
                }

                if (p + 2 >= limit)
                {
                    return ReadStatus.Cut;
                }

                if (text[p + 1] == quote && text[p + 2] == quote)
                {
                    p += 3;
                    value = builder.ToString();
                    return ReadStatus.Ok;
                }

                builder.Append(c);
                p++;
                continue;
            }

            if (c == '\n' && !triple)
            {
                error = "a line break inside a string";
                return ReadStatus.Bad;
            }

            if (c != '\\')
            {
                builder.Append(c);
                p++;
                continue;
            }

            if (p + 1 >= limit)
            {
                return ReadStatus.Cut;
            }

            var e = text[p + 1];
            p += 2;
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case 'a': builder.Append('\a'); break;
                case '0': builder.Append('\0'); break;
                case '\\': builder.Append('\\'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case '\n': break;
                case 'x':
                case 'u':
                case 'U':
                {
                    var digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (p + digits > limit)
                    {
                        return ReadStatus.Cut;
                    }

                    if (!int.TryParse(text.Substring(p, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                        code < 0 || code > 0x10FFFF)
                    {
                        error = "a bad \\" + e + " escape";
                        return ReadStatus.Bad;
                    }

                    p += digits;
                    if (code >= 0xD800 && code <= 0xDFFF)
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(char.ConvertFromUtf32(code));
                    }

                    break;
                }

                default:
                    // Python keeps an unknown escape as written.
                    builder.Append('\\').Append(e);
                    break;
            }
        }
    }

    /// <summary>The index after the bracketed group that opens at <paramref name="start"/>, skipping Python strings; -1 when not closed before <paramref name="limit"/>.</summary>
    public static int FindEnd(string text, int start, int limit)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"':
                case '\'':
                    quote = c;
                    break;
                case '(':
                case '[':
                case '{':
                    depth++;
                    break;
                case ')':
                case ']':
                case '}':
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

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
}
