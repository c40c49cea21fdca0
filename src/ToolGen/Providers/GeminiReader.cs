using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>Reads a Gemini <c>GenerateContentResponse</c>: <c>candidates[0].content.parts</c>, <c>finishReason</c>, <c>usageMetadata</c>.</summary>
internal static class GeminiReader
{
    private const string ErrorPrefix = "Cannot read the Gemini response: ";

    public static ChatTurn Read(ReadOnlySpan<byte> body) => CodecJson.Read(body, ErrorPrefix, ReadRoot);

    private static ChatTurn ReadRoot(ReadOnlySpan<byte> body)
    {
        var reader = CodecJson.StartRoot(body, ErrorPrefix);

        var calls = new List<ToolCall>();
        StringBuilder? text = null;
        string? finishReason = null, blockReason = null, error = null, content = null;
        ChatUsage? usage = null;
        var hasCandidates = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("candidates"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new FormatException(ErrorPrefix + "\"candidates\" is " + CodecJson.Describe(reader.TokenType) + ", expected an array.");
                }

                hasCandidates = true;
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (index++ > 0 || reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }

                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("content"u8))
                        {
                            reader.Read();
                            var start = (int)reader.TokenStartIndex;
                            ReadContent(ref reader, body, calls, ref text);
                            content = CodecJson.Utf8Text(body.Slice(start, (int)reader.BytesConsumed - start));
                        }
                        else if (reader.ValueTextEquals("finishReason"u8))
                        {
                            reader.Read();
                            finishReason = reader.TokenType == JsonTokenType.String ? reader.GetString() : CodecJson.SkipValue(ref reader);
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }
                    }
                }
            }
            else if (reader.ValueTextEquals("promptFeedback"u8))
            {
                reader.Read();
                blockReason = CodecJson.ReadStringProperty(ref reader, "blockReason"u8);
            }
            else if (reader.ValueTextEquals("usageMetadata"u8))
            {
                reader.Read();
                usage = CodecJson.ReadUsage(ref reader, "promptTokenCount"u8, "candidatesTokenCount"u8);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = CodecJson.ReadErrorMessage(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        CodecJson.EndRoot(ref reader, ErrorPrefix, error);

        if (!hasCandidates && blockReason is null)
        {
            throw new FormatException(ErrorPrefix + "it has no \"candidates\" array.");
        }

        // The model's content goes back as it came: thoughtSignature parts must return unchanged.
        var history = content is null ? Array.Empty<string>() : new[] { content };
        return new ChatTurn(text?.ToString(), calls, finishReason ?? blockReason, usage, history);
    }

    /// <summary>Reads a candidate's <c>content</c> (the reader on its <c>{</c>, left on its <c>}</c>).</summary>
    private static void ReadContent(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<ToolCall> calls, ref StringBuilder? text)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException(ErrorPrefix + "candidates[0].content is " + CodecJson.Describe(reader.TokenType) + ", expected an object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isParts = reader.ValueTextEquals("parts"u8);
            reader.Read();
            if (!isParts || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                ReadPart(ref reader, body, calls, ref text);
            }
        }
    }

    private static void ReadPart(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<ToolCall> calls, ref StringBuilder? text)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        string? partText = null;
        var thought = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                partText = reader.TokenType == JsonTokenType.String ? CodecJson.GetString(ref reader, ErrorPrefix, "parts[].text") : CodecJson.SkipValue(ref reader);
            }
            else if (reader.ValueTextEquals("thought"u8))
            {
                reader.Read();
                thought = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("functionCall"u8))
            {
                reader.Read();
                calls.Add(ReadFunctionCall(ref reader, body, calls.Count));
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (partText is not null && !thought)
        {
            (text ??= new StringBuilder()).Append(partText);
        }
    }

    private static ToolCall ReadFunctionCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException(ErrorPrefix + "a functionCall is " + CodecJson.Describe(reader.TokenType) + ", expected an object.");
        }

        string? name = null, id = null;
        var args = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("args"u8))
            {
                reader.Read();
                args = LenientJson.ReadArguments(ref reader, body);
                continue;
            }

            var isName = reader.ValueTextEquals("name"u8);
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if ((isName || isId) && reader.TokenType == JsonTokenType.String)
            {
                var value = CodecJson.GetString(ref reader, ErrorPrefix, "functionCall");
                if (isName) { name = value; } else { id = value; }
            }
            else
            {
                reader.Skip();
            }
        }

        // Stable: the same response always gives the same ids (position in the turn).
        var callId = string.IsNullOrEmpty(id) ? GeminiCodec.GeneratedIdPrefix + index.ToString(CultureInfo.InvariantCulture) : id!;
        return new ToolCall(callId, name ?? string.Empty, args);
    }


}
