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
    private bool _rebasing;
    private List<(long Position, string Similar)>? _notes;

    private ArgumentErrors()
    {
    }

    /// <summary>How many problems are listed so far (past the limit, further ones are only counted).</summary>
    public int Count => _problems.Count;

    /// <summary>
    /// How many problems were found so far, those past the limit included, zero when no collection was created yet.
    /// An object reader compares it before and after reading the object's properties: any increase means the
    /// object must not be built, even when the new problems are only counted.
    /// </summary>
    /// <param name="errors">The collection, or null.</param>
    public static int CountOf(ArgumentErrors? errors) => errors is null ? 0 : errors._problems.Count + errors._dropped;

    /// <summary>Whether no further problem will be listed, only counted: then a path or a message need not be built.</summary>
    private bool IsFull => _problems.Count >= MaxProblems && !_rebasing;

    /// <summary>
    /// Whether problems found since <paramref name="mark"/> are listed and need the path of the object read; while
    /// they are rebased, paths are built even when the list is full.
    /// </summary>
    /// <param name="errors">The collection, or null.</param>
    /// <param name="mark">What <see cref="CountOf"/> returned before the object was read.</param>
    public static bool MustRebase(ArgumentErrors? errors, int mark)
    {
        if (errors is null || errors._problems.Count <= mark)
        {
            return false;
        }

        errors._rebasing = true;
        return true;
    }

    /// <summary>
    /// The path of an item, <c>path[index]</c>, or an empty string when the problem would not be listed anyway, so
    /// that thousands of bad items cost no strings.
    /// </summary>
    /// <param name="errors">The collection, or null.</param>
    /// <param name="path">The path of the array.</param>
    /// <param name="index">The item's index.</param>
    public static string Item(ArgumentErrors? errors, string path, int index) =>
        errors is { IsFull: true } ? string.Empty : string.Concat(path, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>
    /// The path of a map entry: <c>path.key</c>, or <c>path["key"]</c> when the key holds a character that would
    /// make the path ambiguous (<c>.</c>, <c>[</c>, <c>]</c>, <c>"</c>, white space) or is empty; an empty string when
    /// the problem would not be listed anyway.
    /// </summary>
    /// <param name="errors">The collection, or null.</param>
    /// <param name="path">The path of the map.</param>
    /// <param name="key">The key as sent.</param>
    public static string Key(ArgumentErrors? errors, string path, string key)
    {
        if (errors is { IsFull: true })
        {
            return string.Empty;
        }

        var builder = new StringBuilder(path);
        AppendSegment(builder, key, path.Length == 0);
        return builder.ToString();
    }

    /// <summary>Appends one property name to a path, quoted in brackets when it would make the path ambiguous.</summary>
    internal static void AppendSegment(StringBuilder builder, string name, bool first)
    {
        if (NeedsQuotes(name))
        {
            builder.Append('[');
            JsonText.AppendQuoted(builder, name, int.MaxValue);
            builder.Append(']');
            return;
        }

        if (!first)
        {
            builder.Append('.');
        }

        builder.Append(name);
    }

    private static bool NeedsQuotes(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        foreach (var c in name)
        {
            if (c is '.' or '[' or ']' or '"' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

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

        _rebasing = false;
    }

    /// <summary>
    /// Whether a further problem would be listed (not only counted): generated code checks it before working out a hint,
    /// so that thousands of bad items cost no more than before.
    /// </summary>
    /// <param name="errors">The collection, or null.</param>
    public static bool WillList(ArgumentErrors? errors) => errors is not { IsFull: true };

    /// <summary>Records a problem at a JSON path.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the value, e.g. <c>passengers[2]</c>.</param>
    /// <param name="problem">What is wrong, e.g. <c>expected a string; got 42</c>.</param>
    public static void Add(ref ArgumentErrors? errors, string path, string problem)
    {
        if (HasRoom(ref errors))
        {
            errors!._problems.Add(new Problem(path, problem));
        }
    }

    /// <summary>
    /// Creates the collection if needed and says whether a further problem will be listed; when not, counts it as
    /// dropped. Callers check this before building a message, so a payload with many problems costs little.
    /// </summary>
    private static bool HasRoom(ref ArgumentErrors? errors)
    {
        errors ??= new ArgumentErrors();
        if (errors._problems.Count >= MaxProblems)
        {
            errors._dropped++;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Records a value that broke a rule (a <c>[Range]</c>, a length, a pattern), quoting the value unless
    /// <see cref="ToolErrorOptions.QuoteReceivedValues"/> is off.
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="rule">The rule, e.g. <c>must be between 1 and 14</c>.</param>
    /// <param name="received">The value as a message quotes it.</param>
    public static void Broken(ref ArgumentErrors? errors, string path, string rule, string received)
    {
        if (HasRoom(ref errors))
        {
            errors!._problems.Add(new Problem(path, ToolErrorOptions.QuoteReceivedValues ? rule + "; got " + received + "." : rule + "."));
        }
    }

    /// <summary>
    /// Records that a parameter type's constructor or property setter threw for the values read. The model sees a
    /// <see cref="ToolException"/>'s message, an <see cref="ArgumentException"/>'s message when
    /// <see cref="ToolErrorOptions.ShowArgumentExceptionMessages"/> is on, and otherwise only what refused the value.
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the value, relative to the object being read.</param>
    /// <param name="exception">What the constructor or setter threw.</param>
    /// <param name="refusedBy">What threw, e.g. <c>Email's constructor</c> or <c>Quota.Max's setter</c>.</param>
    public static void Rejected(ref ArgumentErrors? errors, string path, Exception exception, string refusedBy)
    {
        if (!HasRoom(ref errors))
        {
            return;
        }

        string message;
        if (exception is ToolException)
        {
            message = exception.Message;
        }
        else if (exception is ArgumentException argument && ToolErrorOptions.ShowArgumentExceptionMessages)
        {
            message = ArgumentText(argument);
        }
        else
        {
            message = "the value was rejected by " + refusedBy + ".";
        }

        errors!._problems.Add(new Problem(path, message));
    }

    /// <summary>An argument exception's own text: its first line, without the "(Parameter 'x')" the runtime appends.</summary>
    private static string ArgumentText(ArgumentException exception)
    {
        var text = exception.Message;
        var newline = text.IndexOf('\n');
        if (newline >= 0)
        {
            text = text.Substring(0, newline).TrimEnd('\r');
        }

        if (exception.ParamName is { } name)
        {
            var suffix = " (Parameter '" + name + "')";
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - suffix.Length);
            }
        }

        return text;
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
        if (HasRoom(ref errors))
        {
            errors!._problems.Add(new Problem(path, ToolErrorOptions.QuoteReceivedValues
                ? "expected " + expected + "; got " + Describe(ref reader) + "."
                : "expected " + expected + "; got " + Kind(ref reader) + "."));
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }
    }

    /// <summary>
    /// As <see cref="Expected(ref ArgumentErrors?, ref Utf8JsonReader, string, string)"/>, with a hint when the value is
    /// a string that holds what the parameter takes (<c>"42"</c> for an integer, <c>"[1,2]"</c> for an array): "got the
    /// string "42"; send the number without quotes." Lenient mode (<see cref="ToolCall.Lenient"/>) accepts such values.
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="reader">The reader, on the first token of the value.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="expected">What the parameter takes.</param>
    /// <param name="quoted">
    /// Whether the value is a string holding what the parameter takes (<see cref="JsonArgs.TryReadQuoted"/>,
    /// <see cref="JsonArgs.HoldsJson"/>).
    /// </param>
    public static void Expected(ref ArgumentErrors? errors, ref Utf8JsonReader reader, string path, string expected, bool quoted)
    {
        if (!quoted || reader.TokenType != JsonTokenType.String)
        {
            Expected(ref errors, ref reader, path, expected);
            return;
        }

        if (HasRoom(ref errors))
        {
            var text = reader.GetString() ?? string.Empty;
            var received = new StringBuilder("expected ").Append(expected).Append("; got ");
            if (ToolErrorOptions.QuoteReceivedValues)
            {
                received.Append("the string ");
                JsonText.AppendQuoted(received, text, JsonText.QuoteLimit);
            }
            else
            {
                received.Append("a string");
            }

            errors!._problems.Add(new Problem(path, received.Append("; ").Append(QuotedHint(text)).Append('.').ToString()));
        }
    }

    /// <summary>How to send the value a string holds: its first character tells its kind.</summary>
    private static string QuotedHint(string text) => text.TrimStart(' ', '\t', '\r', '\n') switch
    {
        { Length: > 0 } t when t[0] == '[' => "send the array itself, not a string holding it",
        { Length: > 0 } t when t[0] == '{' => "send the object itself, not a string holding it",
        { Length: > 0 } t when t[0] is 't' or 'f' => "send true or false without quotes",
        _ => "send the number without quotes",
    };

    /// <summary>
    /// As <see cref="Expected(ref ArgumentErrors?, ref Utf8JsonReader, string, string)"/> for an enum name, with a hint
    /// when the name is another spelling of a member's (<c>very_high</c> for <c>VeryHigh</c>): "did you mean
    /// "VeryHigh"?". Lenient mode (<see cref="ToolCall.Lenient"/>) accepts such names.
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="reader">The reader, on the first token of the value.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="expected">What the parameter takes.</param>
    /// <param name="similar">The member's JSON name, or null when the value is no spelling of one.</param>
    public static void ExpectedName(ref ArgumentErrors? errors, ref Utf8JsonReader reader, string path, string expected, string? similar)
    {
        if (similar is null || reader.TokenType != JsonTokenType.String)
        {
            Expected(ref errors, ref reader, path, expected);
            return;
        }

        if (HasRoom(ref errors))
        {
            var received = ToolErrorOptions.QuoteReceivedValues ? Describe(ref reader) : "a string";
            errors!._problems.Add(new Problem(path, "expected " + expected + "; got " + received + "; did you mean \"" + similar + "\"?"));
        }
    }

    /// <summary>Records a null sent for a value that must not be null.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="expected">What the parameter takes.</param>
    public static void NotNull(ref ArgumentErrors? errors, string path, string expected)
    {
        if (HasRoom(ref errors))
        {
            // A JsonNode (not JsonNode?) takes every JSON value but null: "expected any JSON value" would contradict itself.
            errors!._problems.Add(new Problem(path, expected == AnyJsonValue
                ? "must not be null; send any JSON value other than null."
                : "must not be null; expected " + expected + "."));
        }
    }

    private const string AnyJsonValue = "any JSON value";

    /// <summary>Records a required property that the arguments do not have.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the property.</param>
    /// <param name="expected">What the parameter takes.</param>
    public static void Missing(ref ArgumentErrors? errors, string path, string expected)
    {
        if (HasRoom(ref errors))
        {
            errors!._problems.Add(new Problem(path, "required, but missing; expected " + expected + "."));
        }
    }

    /// <summary>Records a property given more than once.</summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the property.</param>
    public static void Duplicate(ref ArgumentErrors? errors, string path) =>
        Add(ref errors, path, "given more than once; send each property once.");

    /// <summary>
    /// Records a map entry whose enum key was already given, maybe under another of its names (an alias, or the
    /// same name in another case).
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="path">The JSON path of the entry.</param>
    /// <param name="key">The key as sent.</param>
    /// <param name="name">The key's own JSON name, or null when the value has none.</param>
    public static void SameKey(ref ArgumentErrors? errors, string path, string key, string? name)
    {
        if (!HasRoom(ref errors))
        {
            return;
        }

        var message = new StringBuilder();
        if (name is null || string.Equals(key, name, StringComparison.Ordinal))
        {
            message.Append("given more than once (perhaps also under another name for the same key); send each key once.");
        }
        else
        {
            JsonText.AppendQuoted(message, key, JsonText.QuoteLimit);
            message.Append(" is another name for the key ");
            JsonText.AppendQuoted(message, name, JsonText.QuoteLimit);
            message.Append(", which is already given; send each key once.");
        }

        errors!._problems.Add(new Problem(path, message.ToString()));
    }

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
        var detail = exception is JsonException ? SyntaxDetail(exception) : InvalidText;
        return new ToolError(
            ToolErrorKind.MalformedArguments,
            $"Invalid arguments for tool \"{toolName}\": not valid JSON ({detail}). Send the arguments as one JSON object.");
    }

    /// <summary>
    /// The error for arguments that are not well-formed JSON, or that hold a string that is not valid text (invalid
    /// UTF-8, an escaped lone surrogate): the first is told apart from the reader's state — cut off, nested too
    /// deep, or not JSON — and the second names the path of the string, wherever it is.
    /// </summary>
    /// <param name="toolName">The tool that was called.</param>
    /// <param name="exception">What reading threw.</param>
    /// <param name="json">The arguments.</param>
    /// <param name="position">Where the reader stood (its <c>TokenStartIndex</c>) when it threw.</param>
    public static ToolError Malformed(string toolName, Exception exception, ReadOnlySpan<byte> json, long position)
    {
        if (exception is JsonException)
        {
            return new ToolError(
                ToolErrorKind.MalformedArguments,
                $"Invalid arguments for tool \"{toolName}\": not valid JSON ({Diagnose(json, exception)}). Send the arguments as one JSON object.");
        }

        var path = PathAt(json, exception is JsonArgs.InvalidTextException text ? text.Position : position);
        if (path.Length == 0)
        {
            return Malformed(toolName, exception);
        }

        return new ToolError(
            ToolErrorKind.MalformedArguments,
            $"Invalid arguments for tool \"{toolName}\": \"{path}\": {InvalidText}. Send valid Unicode text.");
    }

    private const string InvalidText = "a string holds invalid UTF-8 or an escaped lone surrogate";

    /// <summary>What the reader's own message says, or (when values must not be quoted) only where it stopped.</summary>
    private static string SyntaxDetail(Exception exception)
    {
        if (ToolErrorOptions.QuoteReceivedValues || exception is not JsonException json)
        {
            return exception.Message;
        }

        return "not well formed at line " + ((json.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture) +
            ", byte " + ((json.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads the arguments again as a stream that may go on, with no depth limit: nesting past the limit means too
    /// deep; running out of bytes without an error means cut off; any other error is the reader's own.
    /// </summary>
    private static string Diagnose(ReadOnlySpan<byte> json, Exception exception)
    {
        var limit = ToolCallLimits.MaxDepth;
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = limit + 1,
        };
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(options));
        var deepest = -1;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > deepest)
                {
                    deepest = reader.CurrentDepth;
                    if (deepest >= limit)
                    {
                        break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            return deepest >= limit ? TooDeep(limit) : SyntaxDetail(exception);
        }

        if (deepest >= limit)
        {
            return TooDeep(limit);
        }

        // The same bytes read without error as the start of a longer stream: they stop too early.
        return "the arguments end before the JSON is complete; they may have been cut off";
    }

    private static string TooDeep(int limit) =>
        "objects and arrays are nested deeper than the depth limit of " + limit.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The JSON path of the token that starts at <paramref name="position"/>: a property name gives the property's
    /// path, a value its own. Empty when the position is not a token of the arguments object.
    /// </summary>
    private static string PathAt(ReadOnlySpan<byte> json, long position)
    {
        var reader = new Utf8JsonReader(json, JsonArgs.ReaderOptions);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var at = reader.TokenStartIndex;
                var top = frames.Count - 1;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    frames[top] = new Frame(false, 0, NameOf(ref reader));
                    if (at == position)
                    {
                        return PathOf(frames);
                    }

                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(top);
                    continue;
                }

                if (top >= 0 && frames[top].IsArray)
                {
                    frames[top] = new Frame(true, frames[top].Index + 1, null);
                }

                if (at == position)
                {
                    return PathOf(frames);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (JsonException)
        {
        }

        return string.Empty;
    }

    /// <summary>A property name as text; a name that is not valid text is shown as its bytes were written.</summary>
    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(raw);
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var builder = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    builder.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Name is not null)
            {
                AppendSegment(builder, frame.Name, builder.Length == 0);
            }
        }

        return builder.ToString();
    }

    private readonly struct Frame
    {
        public Frame(bool isArray, int index, string? name)
        {
            IsArray = isArray;
            Index = index;
            Name = name;
        }

        public bool IsArray { get; }

        public int Index { get; }

        public string? Name { get; }
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
            $"Invalid arguments for tool \"{toolName}\": expected a JSON object {shape}; got {(ToolErrorOptions.QuoteReceivedValues ? Describe(ref reader) : Kind(ref reader))}.");

    /// <summary>
    /// Turns the problems found into the error the model sees, followed by the properties that were ignored but
    /// differ from a known name only in case (<c>"N": unknown property, ignored; did you mean "n"?</c>).
    /// </summary>
    /// <param name="toolName">The tool that was called.</param>
    /// <param name="json">The arguments, to find the paths of those properties.</param>
    public ToolError ToError(string toolName, ReadOnlySpan<byte> json)
    {
        var error = ToError(toolName);
        if (_notes is null)
        {
            return error;
        }

        var message = new StringBuilder(error.Message);
        foreach (var (position, similar) in _notes)
        {
            var path = PathAt(json, position);
            message.Append(" \"").Append(path).Append("\": unknown property, ignored; did you mean \"").Append(similar).Append("\"?");
        }

        return new ToolError(error.Kind, message.ToString());
    }

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
        var name = reader.GetString() ?? string.Empty;
        var similar = SimilarName(name, expected);
        if (HasRoom(ref errors))
        {
            var message = similar is null
                ? "unknown property; expected only " + expected + "."
                : "unknown property; did you mean \"" + similar + "\"?";
            errors!._problems.Add(new Problem(PathOf(name), message));
        }

        JsonArgs.SkipValue(ref reader);
    }

    /// <summary>
    /// Moves past a property the object does not take, outside strict mode: ignored, unless its name differs from a
    /// known one only in case: that name is kept as a hint, shown only if the call fails (see
    /// <see cref="ToError(string, ReadOnlySpan{byte})"/>). Its name and value must be valid text like everything else.
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="expected">The properties that are taken, as the message lists them.</param>
    public static void Ignore(ref ArgumentErrors? errors, ref Utf8JsonReader reader, string expected)
    {
        JsonArgs.CheckText(ref reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && SimilarName(reader.ValueSpan, expected) is { } similar)
        {
            // Not a problem (the call may still succeed, as non-strict mode ignores unknown properties), but a hint
            // worth giving if it fails: the position finds the property's path then.
            errors ??= new ArgumentErrors();
            errors._notes ??= new List<(long, string)>();
            if (errors._notes.Count < MaxProblems)
            {
                errors._notes.Add((reader.TokenStartIndex, similar));
            }
        }

        JsonArgs.SkipValue(ref reader);
    }

    private static string PathOf(string name)
    {
        var builder = new StringBuilder();
        AppendSegment(builder, name, first: true);
        return builder.ToString();
    }

    /// <summary>The known name (from the "expected" list, each in quotes) that equals <paramref name="name"/> ignoring case.</summary>
    private static string? SimilarName(string name, string expected)
    {
        foreach (var (start, length) in QuotedNames(expected))
        {
            if (length == name.Length && string.Compare(expected, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return expected.Substring(start, length);
            }
        }

        return null;
    }

    /// <summary>As <see cref="SimilarName(string, string)"/>, on the raw UTF-8 of a name, comparing ASCII letters ignoring case.</summary>
    private static string? SimilarName(ReadOnlySpan<byte> name, string expected)
    {
        foreach (var (start, length) in QuotedNames(expected))
        {
            if (length != name.Length)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < length && same; i++)
            {
                var c = expected[start + i];
                var b = name[i];
                same = c < 128 && (b == c || (b | 0x20) == (c | 0x20) && (c | 0x20) is >= 'a' and <= 'z');
            }

            if (same)
            {
                return expected.Substring(start, length);
            }
        }

        return null;
    }

    private static List<(int Start, int Length)> QuotedNames(string expected)
    {
        var names = new List<(int, int)>();
        var i = 0;
        while ((i = expected.IndexOf('"', i)) >= 0)
        {
            var end = expected.IndexOf('"', i + 1);
            if (end < 0)
            {
                break;
            }

            names.Add((i + 1, end - i - 1));
            i = end + 1;
        }

        return names;
    }

    /// <summary>The kind of the value under the reader, for a message that must not quote it.</summary>
    private static string Kind(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

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
