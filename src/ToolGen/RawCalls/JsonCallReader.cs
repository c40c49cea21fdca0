// Internal helpers document only the parameters that need a word.
#pragma warning disable CS1573

using System;
using System.Text;
using System.Text.Json;

namespace ToolGen.RawCalls;

/// <summary>
/// Reads calls written as JSON objects, <c>{"name": …, "arguments": {…}}</c> (<c>"parameters"</c> for Llama and
/// InternLM, an OpenAI-shaped <c>{"type":"function","function":{…}}</c> too), alone or in arrays.
/// </summary>
internal static class JsonCallReader
{
    public enum Outcome
    {
        /// <summary>A call was added, or an event says why not.</summary>
        Read,

        /// <summary>Valid JSON, but no call shape (no name, or for Llama no arguments): ordinary text.</summary>
        NotACall,
    }

    /// <summary>Where an array read stopped.</summary>
    public enum ArrayEnd
    {
        Closed,
        Cut,
        Garbage,
    }

    /// <summary>Reads the object in <c>text[start..end)</c> as one call.</summary>
    /// <param name="requireArguments">Whether an object without arguments is not a call (bare Llama JSON in ordinary text).</param>
    public static Outcome ReadObject(ParseState state, int start, int end, RawToolCallFormat format, bool requireArguments)
    {
        var bytes = JsonText.Utf8(state.Text, start, end);
        string? name, id, repaired;
        byte[] arguments;
        bool hasArguments, isCall;
        try
        {
            // One pass reads and validates: the bytes are exactly one bracketed value (FindEnd), so the reader either reads
            // the whole object or throws.
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
            reader.Read();
            isCall = TryReadCall(ref reader, bytes, out name, out arguments, out id, out hasArguments, out repaired);
        }
        catch (JsonException ex)
        {
            if (requireArguments && !LooksLikeCall(state.Text, start, end))
            {
                return Outcome.NotACall;
            }

            state.Seen(format);
            state.Event(RawToolCallEventKind.MalformedJson, start, JsonText.Complaint(ex.Message) + ": " + RawScanner.Excerpt(state.Text, start, end));
            return Outcome.Read;
        }

        if (!isCall)
        {
            if (requireArguments)
            {
                return Outcome.NotACall;
            }

            state.Seen(format);
            state.Event(RawToolCallEventKind.MissingName, start, "a JSON call without a \"name\" was dropped: " + RawScanner.Excerpt(state.Text, start, end));
            return Outcome.Read;
        }

        if (requireArguments && !hasArguments)
        {
            return Outcome.NotACall;
        }

        if (repaired is not null)
        {
            state.Event(RawToolCallEventKind.ArgumentsRepaired, start, repaired);
        }

        state.AddCall(start, format, name, arguments, id);
        return Outcome.Read;
    }

    /// <summary>
    /// Reads a JSON array of call objects that opens at <paramref name="start"/>, element by element, so that in a
    /// streamed text each call is taken as soon as its object closes.
    /// </summary>
    /// <param name="start">The <c>[</c>.</param>
    /// <param name="from">Where to go on reading elements (after the <c>[</c>, or after elements already read).</param>
    /// <param name="end">After the array when closed; else where the reading stopped.</param>
    public static ArrayEnd ReadArray(ParseState state, int start, int from, int limit, RawToolCallFormat format, out int end)
    {
        var text = state.Text;
        var p = from;
        while (true)
        {
            p = RawScanner.SkipSpace(text, p, limit);
            if (p >= limit)
            {
                end = p;
                return ArrayEnd.Cut;
            }

            var c = text[p];
            if (c == ']')
            {
                end = p + 1;
                return ArrayEnd.Closed;
            }

            if (c == ',')
            {
                p++;
                continue;
            }

            if (c != '{')
            {
                end = p;
                return ArrayEnd.Garbage;
            }

            var close = JsonText.FindEnd(text, p, limit);
            if (close < 0)
            {
                end = p;
                return ArrayEnd.Cut;
            }

            ReadObject(state, p, close, format, requireArguments: false);
            p = close;
        }
    }

    private static bool LooksLikeCall(string text, int start, int end)
    {
        var head = RawScanner.IndexOf(text, "\"name\"", start, Math.Min(end, start + 64));
        return head >= 0;
    }

    private static bool TryReadCall(
        ref Utf8JsonReader reader, byte[] bytes, out string? name, out byte[] arguments, out string? id, out bool hasArguments, out string? repaired)
    {
        name = null;
        arguments = JsonText.EmptyObject;
        id = null;
        hasArguments = false;
        repaired = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    name = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("arguments"u8) || reader.ValueTextEquals("parameters"u8))
            {
                reader.Read();
                hasArguments = true;
                arguments = ReadArguments(ref reader, bytes, out repaired);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    id = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("function"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                }
                else if (TryReadCall(ref reader, bytes, out var innerName, out var innerArguments, out _, out var innerHas, out var innerRepaired))
                {
                    name = innerName;
                    arguments = innerArguments;
                    hasArguments = innerHas;
                    repaired = innerRepaired;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return !string.IsNullOrEmpty(name);
    }

    private static byte[] ReadArguments(ref Utf8JsonReader reader, byte[] bytes, out string? repaired)
    {
        repaired = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return JsonText.EmptyObject;
            case JsonTokenType.String:
            {
                var inner = reader.GetString() ?? string.Empty;
                var innerBytes = Encoding.UTF8.GetBytes(inner);
                if (inner.Trim().Length == 0)
                {
                    repaired = "empty string arguments read as {}";
                    return JsonText.EmptyObject;
                }

                if (JsonText.IsValue(innerBytes, out var first, out _) && first == JsonTokenType.StartObject)
                {
                    repaired = "arguments given as a JSON string were decoded";
                    return Encoding.UTF8.GetBytes(inner.Trim());
                }

                // Kept as written: running the call tells the model that its arguments are not an object.
                return Slice(ref reader, bytes);
            }

            default:
                return Slice(ref reader, bytes);
        }
    }

    private static byte[] Slice(ref Utf8JsonReader reader, byte[] bytes)
    {
        var from = (int)reader.TokenStartIndex;
        reader.Skip();
        var to = (int)reader.BytesConsumed;
        var result = new byte[to - from];
        Array.Copy(bytes, from, result, 0, result.Length);
        return result;
    }
}
