using System;
using System.ComponentModel;
using System.Text.Json;

namespace ToolGen.Generated;

/// <summary>
/// Reads a model's whole answer as an object with the generated reader of its type: the same size and depth limits
/// (<see cref="ToolCallLimits"/>), lenient options (<see cref="StructuredOutputOptions.Lenient"/>) and path/rule/got
/// messages as tool arguments, worded for an answer (<c>Invalid answer "weather_report": "days": …</c>).
/// </summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AnswerReading
{
    /// <summary>Reads an answer.</summary>
    /// <typeparam name="T">The answer type.</typeparam>
    /// <param name="json">The answer's UTF-8 JSON text.</param>
    /// <param name="name">The format's name, for messages.</param>
    /// <param name="shape">The properties the answer has, for the message when it is not an object.</param>
    /// <param name="readObject">The generated reader of the answer type, on the object's <c>StartObject</c>.</param>
    /// <param name="value">The answer, when read.</param>
    /// <param name="error">Why it could not be read, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the answer was read.</returns>
    public static bool Read<T>(ReadOnlySpan<byte> json, string name, string shape, ValueReader<T> readObject, out T value, out ToolError? error)
    {
        value = default!;
        if (JsonArgs.IsTooLarge(json))
        {
            error = Reword(ArgumentErrors.TooLarge(name, json.Length), name);
            return false;
        }

        var lenient = StructuredOutputOptions.Lenient;
        if (lenient)
        {
            // A code fence, the answer encoded as a string, stray text after the object: trimmed before reading.
            json = JsonArgs.Unwrap(json);
        }

        ArgumentErrors? errors = null;
        var reader = new Utf8JsonReader(json, JsonArgs.ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = Reword(ArgumentErrors.NotAnObject(name, ref reader, shape), name);
                return false;
            }

            // Not strict: a strict answer sends every optional property as null, which reads as left out anyway.
            if (!readObject(ref reader, ref errors, false, lenient, out value))
            {
                value = default!;
            }

            JsonArgs.ReadEnd(ref reader);
        }
        catch (Exception ex) when (ArgumentErrors.IsMalformedInput(ex))
        {
            value = default!;
            error = Reword(ArgumentErrors.Malformed(name, ex, json, reader.TokenStartIndex), name);
            return false;
        }

        if (ArgumentErrors.CountOf(errors) > 0)
        {
            value = default!;
            error = Reword(errors!.ToError(name, json), name);
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The argument reader's message, about an answer instead of a tool's arguments.</summary>
    private static ToolError Reword(ToolError error, string name)
    {
        var message = error.Message;
        var prefix = "Invalid arguments for tool \"" + name + "\"";
        if (message.StartsWith(prefix, StringComparison.Ordinal))
        {
            message = "Invalid answer \"" + name + "\"" + message.Substring(prefix.Length);
        }

        message = message
            .Replace("Send the arguments as one JSON object.", "Send the answer as one JSON object.")
            .Replace("Send shorter arguments.", "Send a shorter answer.")
            .Replace("the arguments end before the JSON is complete; they may have been cut off", "the answer ends before the JSON is complete; it may have been cut off");
        return new ToolError(error.Kind, message, error.Exception);
    }
}
