using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ToolGen.Generated;

/// <summary>
/// Collects every problem found in one pass over a call's arguments, so that the model can repair all of
/// them at once. Allocated only when the first problem is found: a valid call costs nothing here.
/// </summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArgumentErrors
{
    // Enough to tell a model what to fix; past this the message would only grow.
    private const int MaxProblems = 10;

    private readonly List<Problem> _problems = new();
    private int _dropped;

    private ArgumentErrors()
    {
    }

    /// <summary>How many problems are listed so far (past the limit, further ones are only counted).</summary>
    public int Count => _problems.Count;

    /// <summary>How many problems a collection holds, zero when none was created yet.</summary>
    /// <param name="errors">The collection, or null.</param>
    public static int CountOf(ArgumentErrors? errors) => errors?.Count ?? 0;

    /// <summary>
    /// Puts a path in front of the problems found since <paramref name="mark"/>. A shared reader of an
    /// object type records paths relative to the object; its caller, which knows where the object sits,
    /// prefixes them. A valid call never gets here, so it builds no path strings.
    /// </summary>
    /// <param name="mark">The <see cref="Count"/> before the object was read.</param>
    /// <param name="path">Where the object sits, e.g. <c>query</c> or <c>passengers[2]</c>.</param>
    public void Rebase(int mark, string path)
    {
        for (var i = mark; i < _problems.Count; i++)
        {
            var inner = _problems[i].Path;
            var joined = inner.Length == 0 ? path : inner[0] == '[' ? path + inner : path + "." + inner;
            _problems[i] = new Problem(joined, _problems[i].Message);
        }
    }

    /// <summary>Records a problem at a JSON path.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the value, e.g. <c>passengers[2]</c>.</param>
    /// <param name="problem">What is wrong, e.g. <c>expected a string; got 42</c>.</param>
    public static void Add(ref ArgumentErrors? errors, string path, string problem)
    {
        errors ??= new ArgumentErrors();
        if (errors._problems.Count >= MaxProblems)
        {
            errors._dropped++;
            return;
        }

        errors._problems.Add(new Problem(path, problem));
    }

    /// <summary>
    /// Records that the value under the reader is not what the parameter takes, quoting what was received,
    /// and moves the reader past that value (a whole object or array) so that reading can go on.
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="reader">The reader, on the first token of the value.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="expected">What the parameter takes, e.g. <c>an integer from 1 to 14</c>.</param>
    public static void Expected(ref ArgumentErrors? errors, ref Utf8JsonReader reader, string path, string expected)
    {
        Add(ref errors, path, "expected " + expected + "; got " + Describe(ref reader) + ".");
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }
    }

    /// <summary>Records a null sent for a value that must not be null.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="expected">What the parameter takes.</param>
    public static void NotNull(ref ArgumentErrors? errors, string path, string expected) =>
        Add(ref errors, path, "must not be null; expected " + expected + ".");

    /// <summary>Records a required property that the arguments do not have.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the property.</param>
    /// <param name="expected">What the parameter takes.</param>
    public static void Missing(ref ArgumentErrors? errors, string path, string expected) =>
        Add(ref errors, path, "required, but missing; expected " + expected + ".");

    /// <summary>Records a property given more than once.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the property.</param>
    public static void Duplicate(ref ArgumentErrors? errors, string path) =>
        Add(ref errors, path, "given more than once; send each property once.");

    /// <summary>
    /// Whether an exception from reading arguments means the input is not well-formed: a <see cref="JsonException"/>
    /// from the reader, or the <see cref="InvalidOperationException"/> that <c>GetString</c> and
    /// <c>ValueTextEquals</c> throw for invalid UTF-8 or an escaped lone surrogate (<c>"\ud800"</c>).
    /// </summary>
    /// <param name="exception">What reading threw.</param>
    public static bool IsMalformedInput(Exception exception) =>
        exception is JsonException or InvalidOperationException;

    /// <summary>The error for arguments that are not well-formed JSON (or not UTF-8).</summary>
    /// <param name="toolName">The tool that was called.</param>
    /// <param name="exception">What the JSON reader reported.</param>
    public static ToolError Malformed(string toolName, Exception exception)
    {
        var detail = exception is JsonException ? exception.Message : "a string holds invalid UTF-8 or an escaped lone surrogate";
        if (detail.IndexOf("depth", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            detail += "; the nesting limit is " + ToolCallLimits.MaxDepth.ToString(CultureInfo.InvariantCulture);
        }

        return new ToolError(
            ToolErrorKind.MalformedArguments,
            $"Invalid arguments for tool \"{toolName}\": not valid JSON ({detail}). Send the arguments as one JSON object.");
    }

    /// <summary>The error for arguments larger than <see cref="ToolCallLimits.MaxArgumentBytes"/>.</summary>
    /// <param name="toolName">The tool that was called.</param>
    /// <param name="length">The size of the arguments, in bytes.</param>
    public static ToolError TooLarge(string toolName, int length) =>
        new(
            ToolErrorKind.MalformedArguments,
            $"Invalid arguments for tool \"{toolName}\": {length.ToString(CultureInfo.InvariantCulture)} bytes is more than the {ToolCallLimits.MaxArgumentBytes.ToString(CultureInfo.InvariantCulture)} allowed. Send shorter arguments.");

    /// <summary>The error for arguments that are valid JSON but not an object.</summary>
    /// <param name="toolName">The tool that was called.</param>
    /// <param name="reader">The reader, on the first token of the arguments.</param>
    /// <param name="shape">The properties the tool takes, e.g. <c>{"city": string, "days"?: integer}</c>.</param>
    public static ToolError NotAnObject(string toolName, ref Utf8JsonReader reader, string shape) =>
        new(
            ToolErrorKind.MalformedArguments,
            $"Invalid arguments for tool \"{toolName}\": expected a JSON object {shape}; got {Describe(ref reader)}.");

    /// <summary>Turns the problems found into the error the model sees.</summary>
    /// <param name="toolName">The tool that was called.</param>
    public ToolError ToError(string toolName)
    {
        var message = new StringBuilder();
        message.Append("Invalid arguments for tool \"").Append(toolName).Append("\": ");
        for (var i = 0; i < _problems.Count; i++)
        {
            if (i > 0)
            {
                message.Append(' ');
            }

            message.Append('"').Append(_problems[i].Path).Append("\": ").Append(_problems[i].Message);
        }

        if (_dropped > 0)
        {
            message.Append(" (and ").Append(_dropped.ToString(CultureInfo.InvariantCulture)).Append(" more)");
        }

        return new ToolError(ToolErrorKind.InvalidArguments, message.ToString());
    }

    /// <summary>Records a property that the tool does not take, in strict mode.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="expected">The properties that are taken, for the message.</param>
    public static void Unknown(ref ArgumentErrors? errors, ref Utf8JsonReader reader, string expected)
    {
        Add(ref errors, reader.GetString() ?? string.Empty, "unknown property; expected only " + expected + ".");
        reader.Read();
        reader.Skip();
    }

    /// <summary>Describes the value under the reader for a message: a quoted, cut string or number, or its kind.</summary>
    private static string Describe(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var builder = new StringBuilder();
                JsonText.AppendQuoted(builder, reader.GetString() ?? string.Empty, JsonText.QuoteLimit);
                return builder.ToString();
            case JsonTokenType.Number:
                return JsonText.Cut(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()), JsonText.QuoteLimit);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return "null";
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "an array";
            default:
                return reader.TokenType.ToString();
        }
    }

    private readonly struct Problem
    {
        public Problem(string path, string message)
        {
            Path = path;
            Message = message;
        }

        public string Path { get; }

        public string Message { get; }
    }
}
