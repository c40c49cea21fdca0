using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ToolGen.Chat;

/// <summary>
/// The raw parts of a chat completion that the loop needs beside the codec's readers: the assistant message exactly as
/// the server sent it (so it can be echoed unchanged), and the text of an error body.
/// </summary>
internal static class ChatCompletionResponse
{
    private const string ErrorPrefix = "Cannot read the OpenAI Chat Completions response: ";

    /// <summary>
    /// Returns the bytes of <c>choices[0].message</c> as they stand in the response. When the codec made up an id for a
    /// call (the server sent none, an empty one, or a non-string), that id is spliced into a copy of the message, so
    /// that the echoed message and the <c>tool_call_id</c> of the result agree; every other byte is kept.
    /// </summary>
    /// <param name="response">The response body (the codec has already read it, so it is valid JSON).</param>
    /// <param name="calls">The calls the codec read from it, in order.</param>
    public static byte[] AssistantMessage(ReadOnlySpan<byte> response, IReadOnlyList<ToolCall> calls)
    {
        if (response.StartsWith("\uFEFF"u8))
        {
            response = response.Slice(3);
        }

        var message = LocateMessage(response);
        if (calls.Count == 0)
        {
            return message.ToArray();
        }

        var edits = FindIdEdits(message, calls);
        return edits is null ? message.ToArray() : Apply(message, edits);
    }

    /// <summary>The text of an error body: <c>error.message</c>, <c>error</c>, <c>message</c> or <c>detail</c>, else the body itself, shortened.</summary>
    public static string ErrorText(byte[] body)
    {
        var span = new ReadOnlySpan<byte>(body);
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span.Slice(3);
        }

        try
        {
            var reader = new Utf8JsonReader(span);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? found = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isError = reader.ValueTextEquals("error"u8);
                    var isMessage = reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("detail"u8);
                    reader.Read();
                    if (isError && reader.TokenType == JsonTokenType.StartObject)
                    {
                        found = ReadErrorObject(ref reader) ?? found;
                    }
                    else if ((isError || isMessage) && reader.TokenType == JsonTokenType.String)
                    {
                        found = isError || found is null ? reader.GetString() : found;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (!string.IsNullOrEmpty(found))
                {
                    return found!;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML page from a proxy, plain text): the body itself is the best description.
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8.
        }

        var text = Encoding.UTF8.GetString(span.ToArray()).Trim();
        const int Limit = 500;
        return text.Length == 0 ? "(empty body)" : text.Length <= Limit ? text : text.Substring(0, Limit) + "…";
    }

    private static string? ReadErrorObject(ref Utf8JsonReader reader)
    {
        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            reader.Read();
            if (isMessage && reader.TokenType == JsonTokenType.String)
            {
                text = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return text;
    }

    private static ReadOnlySpan<byte> LocateMessage(ReadOnlySpan<byte> response)
    {
        var reader = new Utf8JsonReader(response);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("choices"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    break;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isMessage = reader.ValueTextEquals("message"u8);
                    reader.Read();
                    if (isMessage && reader.TokenType == JsonTokenType.StartObject)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        return response.Slice(start, (int)reader.BytesConsumed - start);
                    }

                    reader.Skip();
                }

                break;
            }
        }

        throw new FormatException(ErrorPrefix + "it has no choices[0].message object.");
    }

    private readonly struct Edit
    {
        public Edit(int start, int length, byte[] replacement)
        {
            Start = start;
            Length = length;
            Replacement = replacement;
        }

        public int Start { get; }

        public int Length { get; }

        public byte[] Replacement { get; }
    }

    /// <summary>The edits that put each call's id into the message where the message has no usable one; <see langword="null"/> when none is needed.</summary>
    private static List<Edit>? FindIdEdits(ReadOnlySpan<byte> message, IReadOnlyList<ToolCall> calls)
    {
        List<Edit>? edits = null;
        var reader = new Utf8JsonReader(message);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            // As the codec does, a later "tool_calls" replaces an earlier one.
            edits = null;
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject || index >= calls.Count)
                {
                    reader.Skip();
                    index++;
                    continue;
                }

                var objectStart = (int)reader.TokenStartIndex;
                var hasProperties = false;
                var hasUsableId = false;
                Edit? replaceId = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    hasProperties = true;
                    var isId = reader.ValueTextEquals("id"u8);
                    reader.Read();
                    if (!isId)
                    {
                        reader.Skip();
                        continue;
                    }

                    var valueStart = (int)reader.TokenStartIndex;
                    var usable = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0;
                    reader.Skip();
                    hasUsableId = usable;
                    replaceId = usable ? null : new Edit(valueStart, (int)reader.BytesConsumed - valueStart, Quoted(calls[index].Id));
                }

                if (!hasUsableId)
                {
                    var edit = replaceId ?? new Edit(
                        objectStart + 1,
                        0,
                        Concat("\"id\":"u8, Quoted(calls[index].Id), hasProperties ? ","u8 : default));
                    (edits ??= new List<Edit>()).Add(edit);
                }

                index++;
            }
        }

        return edits;
    }

    private static byte[] Quoted(string id) => Concat("\""u8, JsonEncodedText.Encode(id).EncodedUtf8Bytes, "\""u8);

    private static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        var result = new byte[a.Length + b.Length + c.Length];
        a.CopyTo(result);
        b.CopyTo(result.AsSpan(a.Length));
        c.CopyTo(result.AsSpan(a.Length + b.Length));
        return result;
    }

    private static byte[] Apply(ReadOnlySpan<byte> message, List<Edit> edits)
    {
        var length = message.Length;
        foreach (var edit in edits)
        {
            length += edit.Replacement.Length - edit.Length;
        }

        var result = new byte[length];
        int from = 0, to = 0;
        foreach (var edit in edits)
        {
            var keep = edit.Start - from;
            message.Slice(from, keep).CopyTo(result.AsSpan(to));
            to += keep;
            edit.Replacement.CopyTo(result, to);
            to += edit.Replacement.Length;
            from = edit.Start + edit.Length;
        }

        message.Slice(from).CopyTo(result.AsSpan(to));
        return result;
    }
}
