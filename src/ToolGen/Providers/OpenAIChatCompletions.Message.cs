using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ToolGen.Providers.Json;

namespace ToolGen.Providers;

/// <summary>Reading the assistant message: its text and its tool calls.</summary>
public static partial class OpenAIChatCompletions
{
    // ---------------------------------------------------------------- reading: the message

    private static string? ReadMessageContent(ReadOnlySpan<byte> message, string path)
    {
        var reader = new Utf8JsonReader(message);
        reader.Read();
        string? content = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            content = ReadContentValue(ref reader, path);
        }

        return content;
    }

    private static string? ReadContentValue(ref Utf8JsonReader reader, string path) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => GetString(ref reader, path + "content"),
        JsonTokenType.StartArray => ReadContentParts(ref reader, path),
        _ => throw Malformed(path + "content is " + Describe(reader.TokenType) + ", expected a string, null or an array of parts."),
    };

    /// <summary>Joins the <c>text</c> of each part of a content array; <see langword="null"/> when no part has text.</summary>
    private static string? ReadContentParts(ref Utf8JsonReader reader, string path)
    {
        StringBuilder? text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                (text ??= new StringBuilder()).Append(GetString(ref reader, path + "content[]"));
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if (isText && reader.TokenType == JsonTokenType.String)
                {
                    (text ??= new StringBuilder()).Append(GetString(ref reader, path + "content[].text"));
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return text?.ToString();
    }

    private static IReadOnlyList<ToolCall> ReadCalls(ReadOnlySpan<byte> message, string path, bool allowNameless = false)
    {
        var content = new MessageContent(read: false);
        return ReadCalls(message, path, out _, ref content, allowNameless);
    }

    /// <summary>
    /// The message's text read in the same pass as its calls (when <see cref="Read"/>): the last <c>content</c>, or
    /// <see cref="Failed"/> when any <c>content</c> is malformed, for the caller to read it again alone and report it
    /// exactly as <see cref="ReadMessageContent"/> does, after the calls' own errors.
    /// </summary>
    private struct MessageContent
    {
        public MessageContent(bool read)
        {
            Read = read;
            Text = null;
            Failed = false;
        }

        public bool Read;
        public string? Text;
        public bool Failed;
    }

    /// <summary>
    /// The calls of the message's (last) <c>tool_calls</c>; <paramref name="echoAsIs"/> is <see langword="true"/> when each
    /// has a non-empty string id and only string arguments, so that <see cref="ChatCompletionsEcho"/> would change nothing.
    /// </summary>
    private static IReadOnlyList<ToolCall> ReadCalls(ReadOnlySpan<byte> message, string path, out bool echoAsIs, ref MessageContent content, bool allowNameless = false)
    {
        echoAsIs = true;
        var reader = new Utf8JsonReader(message);
        reader.Read();
        IReadOnlyList<ToolCall> calls = Array.Empty<ToolCall>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (content.Read && reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                var start = reader;
                try
                {
                    content.Text = ReadContentValue(ref reader, path);
                }
                catch (FormatException)
                {
                    reader = start;
                    reader.Skip();
                    content.Failed = true;
                }

                continue;
            }

            if (!reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                calls = Array.Empty<ToolCall>();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Malformed(path + "tool_calls is " + Describe(reader.TokenType) + ", expected an array.");
            }

            var list = new List<ToolCall>();
            List<int>? madeUpIndexes = null;
            echoAsIs = true;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                list.Add(ReadCall(ref reader, message, path, list.Count, allowNameless, out var madeUp, ref echoAsIs));
                if (madeUp)
                {
                    (madeUpIndexes ??= new List<int>()).Add(list.Count - 1);
                }
            }

            calls = madeUpIndexes is null ? list : WithUniqueIds(list, madeUpIndexes);
        }

        return calls;
    }

    /// <summary>Reads one element of <c>tool_calls</c>; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    private static ToolCall ReadCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string path, int index, bool allowNameless, out bool madeUp, ref bool echoAsIs)
    {
        madeUp = false;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed(CallPath(path, index) + " is " + Describe(reader.TokenType) + ", expected an object.");
        }

        string? id = null;
        string? name = null;
        var arguments = ReadOnlyMemory<byte>.Empty;
        var stringId = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                stringId = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0;
                id = reader.TokenType switch
                {
                    JsonTokenType.String => GetCallString(ref reader, path, index, ".id"),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                    _ => CodecJson.SkipValue(ref reader),
                };
            }
            else if (reader.ValueTextEquals("function"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadFunction(ref reader, message, path, index, ref name, ref arguments, ref echoAsIs);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Malformed(CallPath(path, index) + ".function is " + Describe(reader.TokenType) + ", expected an object.");
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if ((name is null || name.Length == 0) && !allowNameless)
        {
            throw Malformed(CallPath(path, index) + " has no function name (\"function\":{\"name\":…}).");
        }

        echoAsIs &= stringId;
        if (id is null || id.Length == 0)
        {
            id = "call_" + index.ToString(CultureInfo.InvariantCulture);
            madeUp = true;
        }

        return new ToolCall(id, name ?? string.Empty, arguments);
    }

    /// <summary>
    /// Makes the ids the codec invented differ from every other id of the message (a server may send "call_1"
    /// itself), so that each result answers exactly one call.
    /// </summary>
    private static List<ToolCall> WithUniqueIds(List<ToolCall> calls, List<int> madeUpIndexes)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < calls.Count; i++)
        {
            if (!madeUpIndexes.Contains(i))
            {
                taken.Add(calls[i].Id);
            }
        }

        foreach (var i in madeUpIndexes)
        {
            var id = calls[i].Id;
            for (var n = 2; taken.Contains(id); n++)
            {
                id = calls[i].Id + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            taken.Add(id);
            if (!ReferenceEquals(id, calls[i].Id))
            {
                calls[i] = new ToolCall(id, calls[i].Name, calls[i].Arguments);
            }
        }

        return calls;
    }

    /// <summary>Reads a call's <c>function</c> object; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    private static void ReadFunction(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> message, string path, int index, ref string? name, ref ReadOnlyMemory<byte> arguments, ref bool echoAsIs)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    name = GetCallString(ref reader, path, index, ".function.name");
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw Malformed(CallPath(path, index) + ".function.name is " + Describe(reader.TokenType) + ", expected a string.");
                }
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read();
                echoAsIs &= reader.TokenType == JsonTokenType.String;
                arguments = LenientJson.ReadArguments(ref reader, message);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    // ---------------------------------------------------------------- small helpers

    /// <summary>A string token's value; text that is not valid UTF-8 or UTF-16 is a format error naming where it was.</summary>
    private static string GetString(ref Utf8JsonReader reader, string path) => CodecJson.GetString(ref reader, ErrorPrefix, path);

    /// <summary>As <see cref="GetString"/> for a field of call <paramref name="index"/>; its path is built only for the error.</summary>
    private static string GetCallString(ref Utf8JsonReader reader, string path, int index, string field)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException(ErrorPrefix + CallPath(path, index) + field + " is not valid text: " + ex.Message, ex);
        }
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> json) => CodecJson.SkipByteOrderMark(json);

    private static string CallPath(string path, int index) =>
        path + "tool_calls[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static byte[] Utf8(string json, string parameterName) =>
        Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(parameterName));

    private static string Describe(JsonTokenType token) => CodecJson.Describe(token);

    private static FormatException Malformed(string what) => new(ErrorPrefix + what);

    private static FormatException NotJson(JsonException ex) =>
        new(ErrorPrefix + "it is not valid JSON (" + ex.Message + ")", ex);
}
