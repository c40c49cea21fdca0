using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// What every stream reader does with one event's JSON: typed reads that turn a wrong type into a
/// <see cref="FormatException"/> naming the field, and string values unescaped straight into a <see cref="ByteBuffer"/>.
/// </summary>
internal static class StreamJson
{
    /// <summary>A reader over one event's data, positioned on its opening <c>{</c>.</summary>
    public static Utf8JsonReader Open(ReadOnlySpan<byte> data, string provider)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(provider, "an event's data is " + (reader.TokenType == JsonTokenType.None ? "empty" : Describe(reader.TokenType))
                + ", expected a JSON object: " + Excerpt(data));
        }

        return reader;
    }

    public static FormatException Error(string provider, string what) =>
        new("The " + provider + " stream is not what the server sends: " + what);

    public static FormatException NotJson(string provider, JsonException ex, ReadOnlySpan<byte> data) =>
        new("The " + provider + " stream is not what the server sends: an event's data is not valid JSON (" + ex.Message + "): " + Excerpt(data), ex);

    public static FormatException ServerError(string provider, string? message) =>
        new("The " + provider + " server reported an error in the stream: " + (string.IsNullOrEmpty(message) ? "(no message)" : message));

    /// <summary>A string value or <see langword="null"/>; any other token is a format error.</summary>
    public static string? ReadString(ref Utf8JsonReader reader, string provider, string path)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => GetString(ref reader, provider, path),
            JsonTokenType.Null => null,
            _ => throw WrongType(provider, path, reader.TokenType, "a string"),
        };
    }

    /// <summary>A string token's value.</summary>
    public static string GetString(ref Utf8JsonReader reader, string provider, string path)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            throw Error(provider, path + " is not valid text (" + ex.Message + ").");
        }
    }

    /// <summary>A whole number or <see langword="null"/>.</summary>
    public static long? ReadInt64(ref Utf8JsonReader reader, string provider, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongType(provider, path, reader.TokenType, "a number");
        }

        return reader.TryGetInt64(out var value)
            ? value
            : throw Error(provider, path + " is not a whole number.");
    }

    /// <summary>A position (<c>index</c>, <c>output_index</c>): a whole number from 0, or <see langword="null"/>.</summary>
    public static int? ReadPosition(ref Utf8JsonReader reader, string provider, string path)
    {
        var value = ReadInt64(ref reader, provider, path);
        return value is null ? null
            : value.Value is >= 0 and <= int.MaxValue ? (int)value.Value
            : throw Error(provider, path + " is " + value.Value.ToString(CultureInfo.InvariantCulture) + ", expected a position from 0.");
    }

    /// <summary><see langword="true"/> for <c>true</c>; <c>false</c> and <c>null</c> give <see langword="false"/>.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string provider, string path)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            _ => throw WrongType(provider, path, reader.TokenType, "a boolean"),
        };
    }

    /// <summary>Moves to the value of the current property and checks it opens an object (<see langword="false"/> for <c>null</c>).</summary>
    public static bool EnterObject(ref Utf8JsonReader reader, string provider, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.StartObject
            ? true
            : throw WrongType(provider, path, reader.TokenType, "an object");
    }

    /// <summary>Moves to the value of the current property and checks it opens an array (<see langword="false"/> for <c>null</c>).</summary>
    public static bool EnterArray(ref Utf8JsonReader reader, string provider, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.StartArray
            ? true
            : throw WrongType(provider, path, reader.TokenType, "an array");
    }

    /// <summary>
    /// The raw value of a top-level string property of the object the reader copy is on (dispatch on <c>type</c>
    /// wherever it stands in the object); empty when absent or not a string.
    /// </summary>
    public static ReadOnlySpan<byte> PeekString(Utf8JsonReader copy, ReadOnlySpan<byte> property)
    {
        while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
        {
            var match = copy.ValueTextEquals(property);
            copy.Read();
            if (match)
            {
                return copy.TokenType == JsonTokenType.String && !copy.ValueIsEscaped ? copy.ValueSpan : default;
            }

            copy.Skip();
        }

        return default;
    }

    /// <summary>The string value of one member of the object the reader is in (the rest is read through).</summary>
    public static string? ReadMember(ref Utf8JsonReader reader, string provider, ReadOnlySpan<byte> member, string path)
    {
        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(member))
            {
                value = ReadString(ref reader, provider, path);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return value;
    }

    /// <summary>The message of an <c>error</c> member the reader is on: an object's <c>message</c>, or a string as is.</summary>
    public static string? ErrorMessage(ref Utf8JsonReader reader, string provider)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return GetString(ref reader, provider, "error");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return ReadMember(ref reader, provider, "message"u8, "error.message");
    }

    /// <summary>The message of an error event (the reader inside its object): its <c>message</c>, or its <c>error</c>'s.</summary>
    public static string? ErrorEventMessage(ref Utf8JsonReader reader, string provider)
    {
        string? message = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                message = ReadString(ref reader, provider, "message") ?? message;
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                message = ErrorMessage(ref reader, provider) ?? message;
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return message;
    }

    /// <summary>
    /// The <c>index</c> of the object a reader copy is on (a choice or candidate; it may come after the content),
    /// 0 when absent: the turn is the first choice.
    /// </summary>
    public static long PeekIndex(Utf8JsonReader copy, string provider, string path)
    {
        while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
        {
            if (copy.ValueTextEquals("index"u8))
            {
                return ReadInt64(ref copy, provider, Member(path, ".index")) ?? 0;
            }

            SkipValue(ref copy);
        }

        return 0;
    }

    /// <summary>
    /// A usage object (the reader inside it): the first of <paramref name="input"/> / <paramref name="inputAlias"/>
    /// and of <paramref name="output"/> / <paramref name="outputAlias"/> present; other members are skipped.
    /// </summary>
    public static ChatUsage ReadUsage(
        ref Utf8JsonReader reader, string provider, string path, string input, string output, string? inputAlias = null, string? outputAlias = null)
    {
        long? inputTokens = null;
        long? outputTokens = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(input) || (inputAlias is not null && reader.ValueTextEquals(inputAlias)))
            {
                inputTokens = ReadInt64(ref reader, provider, Member(path, "." + input)) ?? inputTokens;
            }
            else if (reader.ValueTextEquals(output) || (outputAlias is not null && reader.ValueTextEquals(outputAlias)))
            {
                outputTokens = ReadInt64(ref reader, provider, Member(path, "." + output)) ?? outputTokens;
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ChatUsage(inputTokens, outputTokens);
    }

    /// <summary>Skips the value of the current property.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>
    /// Appends the UTF-8 text of the string token the reader is on, unescaped. Text the strict unescaper refuses
    /// (a lone surrogate escape, bytes that are not UTF-8) is kept as far as possible: the model wrote it.
    /// </summary>
    public static void AppendString(ref Utf8JsonReader reader, ByteBuffer buffer)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            buffer.Append(raw);
            return;
        }

        // Unescaping never makes a JSON string longer.
        try
        {
            var written = reader.CopyString(buffer.GetSpan(raw.Length));
            buffer.Advance(written);
        }
        catch (InvalidOperationException)
        {
            buffer.Advance(Providers.Json.LenientJson.UnescapeLeniently(raw, buffer.GetSpan(raw.Length)));
        }
    }

    /// <summary>Appends the JSON text of the object or array the reader is on (as it stands in the event), leaving the reader on its end.</summary>
    public static void AppendRaw(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ByteBuffer buffer)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        buffer.Append(data.Slice(start, (int)reader.BytesConsumed - start));
    }

    public static FormatException WrongType(string provider, string path, JsonTokenType token, string expected) =>
        Error(provider, path + " is " + Describe(token) + ", expected " + expected + ".");

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
    /// <c>path[index]</c>, for messages. Paths are passed down on every read, so the common ones (indexes under 8) are
    /// made once and shared: reading a chunk builds no strings for paths.
    /// </summary>
    public static string Index(string path, int index) =>
        index < 8
            ? Join(path, IndexNames[index])
            : path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary><c>path</c> then <paramref name="member"/> (such as <c>".delta"</c>), made once and shared.</summary>
    public static string Member(string path, string member) => Join(path, member);

    /// <summary>
    /// The shared <c>path + member</c>. The same two instances come back on every read (paths are the shared strings
    /// this returns, members are literals), so a small per-thread table compared by reference answers first, without
    /// hashing the text of both strings as <see cref="Paths"/> must; a miss (or a path made for an index from 8 up)
    /// falls back to <see cref="Paths"/>, which gives the same string.
    /// </summary>
    private static string Join(string path, string member)
    {
        var recent = t_recent ??= new (string, string, string)[RecentSize];
        var slot = (RuntimeHelpers.GetHashCode(path) * 31 + RuntimeHelpers.GetHashCode(member)) & (RecentSize - 1);
        ref var entry = ref recent[slot];
        if (ReferenceEquals(entry.Path, path) && ReferenceEquals(entry.Member, member))
        {
            return entry.Joined;
        }

        var joined = Paths.GetOrAdd((path, member), static key => key.Path + key.Member);
        entry = (path, member, joined);
        return joined;
    }

    private const int RecentSize = 256;

    [ThreadStatic]
    private static (string Path, string Member, string Joined)[]? t_recent;

    private static readonly string[] IndexNames = { "[0]", "[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]" };

    /// <summary>
    /// The paths made so far: bounded, since paths only grow from the readers' constant names and indexes under 8.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Path, string Member), string> Paths = new();

    /// <summary>The start of an event's data, for a message (at most 200 characters).</summary>
    public static string Excerpt(ReadOnlySpan<byte> data)
    {
        var cut = data.Length > 200 ? data.Slice(0, 200) : data;
        return Encoding.UTF8.GetString(cut.ToArray()) + (data.Length > 200 ? "…" : string.Empty);
    }
}
