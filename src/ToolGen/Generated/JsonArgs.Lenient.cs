using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace ToolGen.Generated;

/// <summary>A <c>JsonArgs.TryReadX</c> helper: reads one value of a scalar type from the token under the reader.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reader">The reader, on the value's token.</param>
/// <param name="value">The value read.</param>
/// <returns>Whether the token held a value of the type.</returns>
/// <remarks>Used by code that ToolGen generates; not meant to be used by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool ScalarReader<T>(ref Utf8JsonReader reader, [System.Diagnostics.CodeAnalysis.UnscopedRef] out T value);

/// <summary>
/// A generated reader of an object, collection or map: reads the value that starts at the reader's token, recording
/// every problem (with paths relative to the value) in <paramref name="errors"/>.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reader">The reader, on the value's first token.</param>
/// <param name="errors">The problems found so far, created on the first one.</param>
/// <param name="strict">Whether the call is strict (unknown properties are errors).</param>
/// <param name="lenient">Whether the call is lenient (see <see cref="ToolCall.Lenient"/>).</param>
/// <param name="value">The value read.</param>
/// <returns>Whether the value was read without a problem.</returns>
/// <remarks>
/// Used by code that ToolGen generates; not meant to be used by hand. The <c>out</c> parameters are
/// <c>[UnscopedRef]</c> (here and in <see cref="ScalarReader{T}"/>): C# 11 makes an <c>out</c> parameter scoped, and
/// code compiled under the C# 10 rules (a netstandard2.0 project on C# 10) has unscoped ones, so its generated reader
/// methods would not convert to these delegates (CS9073). An unscoped delegate parameter accepts both.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool ValueReader<T>(ref Utf8JsonReader reader, ref ArgumentErrors? errors, bool strict, bool lenient, [System.Diagnostics.CodeAnalysis.UnscopedRef] out T value);

/// <summary>The helpers of lenient reading (<see cref="ToolCall.Lenient"/>): each runs only where a value is not what the schema says.</summary>
public static partial class JsonArgs
{
    // A number or boolean longer than this, sent as a string, is not a slip worth undoing.
    private const int MaxQuotedScalar = 256;

    /// <summary>
    /// Lenient mode: reads a number or boolean sent as a string (<c>"42"</c>, <c>" 3.5 "</c>, <c>"true"</c>), or a JSON
    /// object or array sent as a string, when the string holds exactly one JSON value of that kind (white space around it
    /// allowed) and <paramref name="read"/> accepts it. The reader stays on the string.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="reader">The reader, on the token that was not of the expected kind.</param>
    /// <param name="kind">
    /// The kind the schema says: <see cref="JsonTokenType.Number"/>, <see cref="JsonTokenType.True"/> (a boolean),
    /// <see cref="JsonTokenType.StartObject"/> or <see cref="JsonTokenType.StartArray"/>.
    /// </param>
    /// <param name="read">The helper that reads the value when sent as it should be.</param>
    /// <param name="value">The value read.</param>
    public static bool TryReadQuoted<T>(ref Utf8JsonReader reader, JsonTokenType kind, ScalarReader<T> read, out T value)
    {
        value = default!;
        if (!TryUnquote(ref reader, kind, out var content))
        {
            return false;
        }

        var inner = new Utf8JsonReader(content.Span, InnerOptions(reader.CurrentState.Options.MaxDepth - reader.CurrentDepth));
        inner.Read();
        return read(ref inner, out value);
    }

    /// <summary>
    /// Whether the token under the reader is a string that holds exactly one JSON value of <paramref name="kind"/>
    /// (an object or an array), well formed, within the depth limit, with white space around it at most.
    /// </summary>
    /// <param name="reader">The reader, on the token that was not of the expected kind.</param>
    /// <param name="kind"><see cref="JsonTokenType.StartObject"/> or <see cref="JsonTokenType.StartArray"/>.</param>
    public static bool HoldsJson(ref Utf8JsonReader reader, JsonTokenType kind) => TryUnquote(ref reader, kind, out _);

    /// <summary>
    /// Lenient mode: reads the object or array that the string under the reader holds (see <see cref="HoldsJson"/>) with a
    /// generated reader, as if it had been sent directly. Problems are recorded with paths relative to the value. The
    /// reader stays on the string.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="reader">The reader, on the string.</param>
    /// <param name="kind"><see cref="JsonTokenType.StartObject"/> or <see cref="JsonTokenType.StartArray"/>.</param>
    /// <param name="errors">The problems found so far, created on the first one.</param>
    /// <param name="strict">Whether the call is strict.</param>
    /// <param name="read">The generated reader of the value.</param>
    /// <param name="value">The value read.</param>
    public static bool TryReadHeld<T>(ref Utf8JsonReader reader, JsonTokenType kind, ref ArgumentErrors? errors, bool strict, ValueReader<T> read, out T value)
    {
        value = default!;
        if (!TryUnquote(ref reader, kind, out var content))
        {
            return false;
        }

        var inner = new Utf8JsonReader(content.Span, InnerOptions(reader.CurrentState.Options.MaxDepth - reader.CurrentDepth));
        inner.Read();
        return read(ref inner, ref errors, strict, true, out value);
    }

    /// <summary>
    /// The key under which lenient mode matches an enum name: the name without <c>_</c>, <c>-</c> and spaces, in lower
    /// case (invariant), so <c>very_high</c>, <c>very-high</c>, <c>VERY HIGH</c> and <c>VeryHigh</c> share one key.
    /// The generator computes the members' keys the same way.
    /// </summary>
    /// <param name="name">The name as sent.</param>
    public static string NameKey(string? name)
    {
        if (name is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('_' or '-' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lenient mode, before reading: the arguments without what models wrap around them. Removes a markdown code fence
    /// (<c>```json</c> … <c>```</c>), unwraps arguments sent as a JSON string that holds an object, and drops stray text
    /// after the object's closing brace. Arguments without any of these come back unchanged.
    /// </summary>
    /// <param name="json">The arguments as sent.</param>
    public static ReadOnlySpan<byte> Unwrap(ReadOnlySpan<byte> json)
    {
        var text = TrimSpace(json);
        var changed = false;
        if (text.Length >= 3 && text[0] == (byte)'`' && text[1] == (byte)'`' && text[2] == (byte)'`')
        {
            // The opening fence and its info string (json, JSON, …): the rest of its line.
            var newline = text.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                text = text.Slice(newline + 1);
            }
            else
            {
                var i = 3;
                while (i < text.Length && IsAsciiLetter((char)text[i]))
                {
                    i++;
                }

                text = text.Slice(i);
            }

            text = TrimSpace(text);
            if (text.Length >= 3 && text[text.Length - 1] == (byte)'`' && text[text.Length - 2] == (byte)'`' && text[text.Length - 3] == (byte)'`')
            {
                text = TrimSpace(text.Slice(0, text.Length - 3));
            }

            changed = true;
        }

        if (text.Length > 0 && text[0] == (byte)'"' && TryStringContent(text, out var content))
        {
            // Arguments encoded twice: a JSON string that holds the object.
            var trimmed = TrimSpace(content);
            if (trimmed.Length > 0 && trimmed[0] == (byte)'{')
            {
                text = trimmed;
                changed = true;
            }
        }

        if (text.Length > 0 && text[0] == (byte)'{')
        {
            var end = EndOfObject(text);
            if (end > 0 && end < text.Length)
            {
                // Stray text after the object: a second closing brace, a note, a special token.
                text = text.Slice(0, end);
                changed = true;
            }
        }

        return changed ? text : json;
    }

    /// <summary>The content of the single JSON string that <paramref name="text"/> is, as UTF-8.</summary>
    private static bool TryStringContent(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> content)
    {
        content = default;
        var reader = new Utf8JsonReader(text, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            var value = reader.GetString()!;
            if (reader.Read())
            {
                return false;
            }

            content = Encoding.UTF8.GetBytes(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The index just past the brace that closes the object <paramref name="text"/> starts with, or -1.</summary>
    private static int EndOfObject(ReadOnlySpan<byte> text)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            switch (b)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                case (byte)'}' or (byte)']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<byte> TrimSpace(ReadOnlySpan<byte> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsonSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsonSpace(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    private static bool IsJsonSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>
    /// The content of the string under the reader, without white space around it, when it is exactly one well-formed
    /// JSON value of <paramref name="kind"/> (valid text throughout, within what is left of the depth limit).
    /// </summary>
    private static bool TryUnquote(ref Utf8JsonReader reader, JsonTokenType kind, out ReadOnlyMemory<byte> content)
    {
        content = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var isScalar = kind is JsonTokenType.Number or JsonTokenType.True;
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (isScalar && length > MaxQuotedScalar)
        {
            return false;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && !CanStart(reader.ValueSpan, kind))
        {
            // The common case of a plain string ("x" for a number): refused without copying it.
            return false;
        }

        // What is left of the depth limit below the string: the reader's own limit is what was left for it, so a value
        // inside a string inside a string still counts against the one limit of the call.
        var depth = reader.CurrentState.Options.MaxDepth - reader.CurrentDepth;
        if (depth < 1)
        {
            return false;
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Not valid text: the error branch reports it with its path.
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var start = 0;
        var end = bytes.Length;
        while (start < end && IsJsonSpace(bytes[start]))
        {
            start++;
        }

        while (end > start && IsJsonSpace(bytes[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        var probe = new Utf8JsonReader(bytes.AsSpan(start, end - start), InnerOptions(depth));
        try
        {
            if (!probe.Read() || !IsKind(probe.TokenType, kind))
            {
                return false;
            }

            if (!isScalar)
            {
                CheckValueText(probe);
                probe.Skip();
            }

            if (probe.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        content = new ReadOnlyMemory<byte>(bytes, start, end - start);
        return true;
    }

    /// <summary>Whether unescaped string content, past white space, starts as a value of <paramref name="kind"/> can.</summary>
    private static bool CanStart(ReadOnlySpan<byte> text, JsonTokenType kind)
    {
        var i = 0;
        while (i < text.Length && IsJsonSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return false;
        }

        var b = text[i];
        return kind switch
        {
            JsonTokenType.Number => b == (byte)'-' || IsDigit(b),
            JsonTokenType.True => b is (byte)'t' or (byte)'f',
            JsonTokenType.StartArray => b == (byte)'[',
            JsonTokenType.StartObject => b == (byte)'{',
            _ => false,
        };
    }

    private static bool IsKind(JsonTokenType token, JsonTokenType kind) =>
        kind == JsonTokenType.True ? token is JsonTokenType.True or JsonTokenType.False : token == kind;

    /// <summary>Options for reading what a string holds, within <paramref name="depth"/>, what is left of the limit below the string.</summary>
    private static JsonReaderOptions InnerOptions(int depth) => new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = Math.Max(1, depth),
    };
}
