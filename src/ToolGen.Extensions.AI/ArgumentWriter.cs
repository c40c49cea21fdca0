using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolGen.Extensions.AI;

/// <summary>
/// Writes the arguments of an <c>AIFunctionArguments</c> dictionary as the one UTF-8 JSON object the generated
/// reader takes, without reflection and without <see cref="JsonSerializer"/>.
/// </summary>
/// <remarks>
/// A provider's arguments arrive as <see cref="JsonElement"/> values and are copied as they are. Callers may also pass
/// <see cref="JsonNode"/>, <see cref="JsonDocument"/>, JSON text, boxed CLR primitives (numbers, booleans, strings,
/// <see cref="Guid"/>, dates, enums), arrays and lists of those, and dictionaries with string keys. A string given for
/// a parameter whose schema does not allow strings is taken as the JSON text of the value when it parses (<c>"42"</c>
/// for an integer), and stays a string otherwise, for the reader to report. Any other value is refused: writing it
/// would need reflection.
/// </remarks>
internal static class ArgumentWriter
{
    private const int MaxDepth = 64;

    /// <summary>Writes the arguments; on failure returns <see langword="false"/> and the repair text.</summary>
    public static bool TryWrite(
        IEnumerable<KeyValuePair<string, object?>> arguments,
        ToolSchemas schemas,
        out ReadOnlyMemory<byte> json,
        out string? error)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = false }))
        {
            writer.WriteStartObject();
            foreach (var argument in arguments)
            {
                if (argument.Key is null)
                {
                    continue;
                }

                writer.WritePropertyName(argument.Key);
                if (!TryWriteValue(writer, argument.Value, topLevelString: !schemas.AcceptsString(argument.Key), depth: 0, out var problem))
                {
                    json = default;
                    error = "Invalid arguments for tool \"" + schemas.Definition.Name + "\": \"" + argument.Key + "\": " + problem;
                    return false;
                }
            }

            writer.WriteEndObject();
        }

        json = new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
        error = null;
        return true;
    }

    /// <param name="writer">Where to write.</param>
    /// <param name="value">The value.</param>
    /// <param name="topLevelString">Whether a string is taken as JSON text when it parses.</param>
    /// <param name="depth">Nesting of CLR collections so far.</param>
    /// <param name="problem">Why the value cannot be written.</param>
    private static bool TryWriteValue(Utf8JsonWriter writer, object? value, bool topLevelString, int depth, out string? problem)
    {
        problem = null;
        try
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return true;
                case JsonElement element:
                    if (element.ValueKind == JsonValueKind.Undefined)
                    {
                        writer.WriteNullValue();
                        return true;
                    }

                    element.WriteTo(writer);
                    return true;
                case JsonDocument document:
                    document.RootElement.WriteTo(writer);
                    return true;
                case JsonNode node:
                    node.WriteTo(writer);
                    return true;
                case string text:
                    if (topLevelString && TryWriteJsonText(writer, text))
                    {
                        return true;
                    }

                    writer.WriteStringValue(text);
                    return true;
                case bool boolean:
                    writer.WriteBooleanValue(boolean);
                    return true;
                case int number:
                    writer.WriteNumberValue(number);
                    return true;
                case long number:
                    writer.WriteNumberValue(number);
                    return true;
                case short number:
                    writer.WriteNumberValue(number);
                    return true;
                case byte number:
                    writer.WriteNumberValue(number);
                    return true;
                case sbyte number:
                    writer.WriteNumberValue(number);
                    return true;
                case uint number:
                    writer.WriteNumberValue(number);
                    return true;
                case ulong number:
                    writer.WriteNumberValue(number);
                    return true;
                case ushort number:
                    writer.WriteNumberValue(number);
                    return true;
                case float number:
                    return TryWriteFinite(writer, number, out problem);
                case double number:
                    return TryWriteFinite(writer, number, out problem);
                case decimal number:
                    writer.WriteNumberValue(number);
                    return true;
                case char character:
                    writer.WriteStringValue(character.ToString());
                    return true;
                case Guid guid:
                    writer.WriteStringValue(guid);
                    return true;
                case DateTime dateTime:
                    writer.WriteStringValue(dateTime);
                    return true;
                case DateTimeOffset dateTimeOffset:
                    writer.WriteStringValue(dateTimeOffset);
                    return true;
                case TimeSpan timeSpan:
                    writer.WriteStringValue(timeSpan.ToString("c", CultureInfo.InvariantCulture));
                    return true;
#if NET6_0_OR_GREATER
                case DateOnly date:
                    writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    return true;
                case TimeOnly time:
                    writer.WriteStringValue(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                    return true;
#endif
                case Uri uri:
                    writer.WriteStringValue(uri.OriginalString);
                    return true;
                case Enum enumValue:
                    writer.WriteStringValue(enumValue.ToString());
                    return true;
                case IDictionary<string, object?> dictionary:
                    return TryWriteObject(writer, dictionary, depth, out problem);
                case IReadOnlyDictionary<string, object?> dictionary:
                    return TryWriteObject(writer, dictionary, depth, out problem);
                case IEnumerable sequence:
                    return TryWriteArray(writer, sequence, depth, out problem);
                default:
                    problem = "a " + value.GetType().FullName + " cannot be written as JSON without reflection; pass a JsonElement, a JsonNode, JSON text, a number, a boolean or a string.";
                    return false;
            }
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or JsonException)
        {
            problem = "the value cannot be written as JSON (" + exception.Message + ").";
            return false;
        }
    }

    private static bool TryWriteJsonText(Utf8JsonWriter writer, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            document.RootElement.WriteTo(writer);
        }

        return true;
    }

    private static bool TryWriteFinite(Utf8JsonWriter writer, double number, out string? problem)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            problem = "expected a finite number; got " + number.ToString(CultureInfo.InvariantCulture) + ".";
            return false;
        }

        problem = null;
        writer.WriteNumberValue(number);
        return true;
    }

    private static bool TryWriteFinite(Utf8JsonWriter writer, float number, out string? problem)
    {
        if (float.IsNaN(number) || float.IsInfinity(number))
        {
            problem = "expected a finite number; got " + number.ToString(CultureInfo.InvariantCulture) + ".";
            return false;
        }

        problem = null;
        writer.WriteNumberValue(number);
        return true;
    }

    private static bool TryWriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> entries, int depth, out string? problem)
    {
        if (depth >= MaxDepth)
        {
            problem = "nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels.";
            return false;
        }

        writer.WriteStartObject();
        foreach (var entry in entries)
        {
            writer.WritePropertyName(entry.Key);
            if (!TryWriteValue(writer, entry.Value, topLevelString: false, depth + 1, out problem))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        problem = null;
        return true;
    }

    private static bool TryWriteArray(Utf8JsonWriter writer, IEnumerable sequence, int depth, out string? problem)
    {
        if (depth >= MaxDepth)
        {
            problem = "nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels.";
            return false;
        }

        writer.WriteStartArray();
        foreach (var item in sequence)
        {
            if (!TryWriteValue(writer, item, topLevelString: false, depth + 1, out problem))
            {
                return false;
            }
        }

        writer.WriteEndArray();
        problem = null;
        return true;
    }
}
