using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToolGen.Providers.Json;

namespace ToolGen.Providers;

/// <summary>
/// The assistant message of a chat completion as it goes back into the conversation: exactly as the server sent it,
/// except where servers would refuse it back (a made-up id spliced in; arguments sent as an object turned into a string,
/// because Ollama's OpenAI-compatible server refuses object arguments in the history).
/// </summary>
internal static class ChatCompletionsEcho
{
    /// <summary>
    /// Returns the bytes of the assistant message as they stand in the response. When the codec made up an id for a call
    /// (the server sent none, an empty one, or a non-string), that id is spliced into a copy of the message, so that the
    /// echoed message and the <c>tool_call_id</c> of the result agree; arguments sent as an object become a string;
    /// every other byte is kept.
    /// </summary>
    /// <param name="message">The message within the response (already read, so valid JSON).</param>
    /// <param name="calls">The calls the codec read from it, in order.</param>
    public static byte[] AssistantMessage(ReadOnlySpan<byte> message, IReadOnlyList<ToolCall> calls)
    {
        var edits = calls.Count == 0 ? null : FindIdEdits(message, calls);
        return edits is null ? message.ToArray() : Apply(message, edits);
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
                Edit? replaceArguments = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    hasProperties = true;
                    var isId = reader.ValueTextEquals("id"u8);
                    var isFunction = reader.ValueTextEquals("function"u8);
                    reader.Read();
                    if (isFunction && reader.TokenType == JsonTokenType.StartObject)
                    {
                        replaceArguments = FindArgumentsEdit(ref reader, message) ?? replaceArguments;
                        continue;
                    }

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

                var callEdits = new List<Edit>(2);
                if (!hasUsableId)
                {
                    callEdits.Add(replaceId ?? new Edit(
                        objectStart + 1,
                        0,
                        Concat("\"id\":"u8, Quoted(calls[index].Id), hasProperties ? ","u8 : default)));
                }

                if (replaceArguments is { } arguments)
                {
                    callEdits.Add(arguments);
                }

                callEdits.Sort((a, b) => a.Start.CompareTo(b.Start));
                if (callEdits.Count > 0)
                {
                    (edits ??= new List<Edit>()).AddRange(callEdits);
                }

                index++;
            }
        }

        return edits;
    }

    /// <summary>
    /// With the reader on a call's <c>function</c> object, finds an <c>arguments</c> value that is not a string and
    /// returns the edit that makes it one (its JSON text, quoted; <c>null</c> becomes <c>"{}"</c>). Ends on the object's <c>}</c>.
    /// </summary>
    private static Edit? FindArgumentsEdit(ref Utf8JsonReader reader, ReadOnlySpan<byte> message)
    {
        Edit? edit = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isArguments = reader.ValueTextEquals("arguments"u8);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            var isString = reader.TokenType == JsonTokenType.String;
            var isNull = reader.TokenType == JsonTokenType.Null;
            reader.Skip();
            if (isArguments && !isString)
            {
                var length = (int)reader.BytesConsumed - start;
                var text = isNull ? "{}" : Encoding.UTF8.GetString(message.Slice(start, length).ToArray());
                edit = new Edit(start, length, QuotedText(text));
            }
        }

        return edit;
    }

    /// <summary>Text as a JSON string, escaping only what JSON requires (the model's quotes stay readable as <c>\"</c>).</summary>
    private static byte[] QuotedText(string text) =>
        Concat("\""u8, JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes, "\""u8);

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
