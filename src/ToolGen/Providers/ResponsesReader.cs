using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>Reads a Responses API response object: its <c>output</c> items, <c>status</c> and <c>usage</c>.</summary>
internal static class ResponsesReader
{
    private const string ErrorPrefix = "Cannot read the OpenAI Responses response: ";

    public static ChatTurn Read(ReadOnlySpan<byte> body) => CodecJson.Read(body, ErrorPrefix, ReadRoot);

    private static ChatTurn ReadRoot(ReadOnlySpan<byte> body)
    {
        var reader = CodecJson.StartRoot(body, ErrorPrefix);

        var calls = new List<ToolCall>();
        var history = new List<string>();
        StringBuilder? text = null;
        string? status = null, incompleteReason = null, error = null;
        ChatUsage? usage = null;
        var hasOutput = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("output"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new FormatException(ErrorPrefix + "\"output\" is " + CodecJson.Describe(reader.TokenType) + ", expected an array.");
                }

                hasOutput = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    ReadItem(ref reader, body, calls, ref text);
                    history.Add(CodecJson.Utf8Text(body.Slice(start, (int)reader.BytesConsumed - start)));
                }
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = reader.TokenType == JsonTokenType.String ? reader.GetString() : CodecJson.SkipValue(ref reader);
            }
            else if (reader.ValueTextEquals("incomplete_details"u8))
            {
                reader.Read();
                incompleteReason = CodecJson.ReadStringProperty(ref reader, "reason"u8);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = CodecJson.ReadErrorMessage(ref reader);
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                reader.Read();
                usage = CodecJson.ReadUsage(ref reader, "input_tokens"u8, "output_tokens"u8);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        CodecJson.EndRoot(ref reader, ErrorPrefix, error);

        if (!hasOutput)
        {
            throw new FormatException(ErrorPrefix + "it has no \"output\" array.");
        }

        return new ChatTurn(text?.ToString(), calls, incompleteReason ?? status, usage, history);
    }

    /// <summary>Reads one output item; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    private static void ReadItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<ToolCall> calls, ref StringBuilder? text)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException(ErrorPrefix + "output[" + calls.Count.ToString(CultureInfo.InvariantCulture) + "] is " + CodecJson.Describe(reader.TokenType) + ", expected an object.");
        }

        var type = ItemType.Other;
        string? callId = null, id = null, name = null;
        var arguments = ReadOnlyMemory<byte>.Empty;
        StringBuilder? itemText = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = ReadType(ref reader);
            }
            else if (reader.ValueTextEquals("call_id"u8) || reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("name"u8))
            {
                var which = reader.ValueTextEquals("call_id"u8) ? 0 : reader.ValueTextEquals("id"u8) ? 1 : 2;
                reader.Read();
                var value = reader.TokenType == JsonTokenType.String ? CodecJson.GetString(ref reader, ErrorPrefix, "output[].name") : CodecJson.SkipValue(ref reader);
                if (which == 0) { callId = value; } else if (which == 1) { id = value; } else { name = value; }
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read();
                arguments = LenientJson.ReadArguments(ref reader, body);
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                itemText = ReadContent(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (type == ItemType.FunctionCall)
        {
            var callIdOrId = string.IsNullOrEmpty(callId) ? id : callId;
            calls.Add(new ToolCall(string.IsNullOrEmpty(callIdOrId) ? "call_" + calls.Count.ToString(CultureInfo.InvariantCulture) : callIdOrId!, name ?? string.Empty, arguments));
        }
        else if (type == ItemType.Message && itemText is not null)
        {
            (text ??= new StringBuilder()).Append(itemText);
        }
    }

    private enum ItemType
    {
        Other,
        FunctionCall,
        Message,
    }

    /// <summary>An item's <c>type</c>, compared as UTF-8; any other string is still decoded, so that invalid text fails as before.</summary>
    private static ItemType ReadType(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return ItemType.Other;
        }

        if (reader.ValueTextEquals("function_call"u8))
        {
            return ItemType.FunctionCall;
        }

        if (reader.ValueTextEquals("message"u8))
        {
            return ItemType.Message;
        }

        _ = reader.GetString();
        return ItemType.Other;
    }

    /// <summary>The text of a message item's <c>content</c>: its <c>output_text</c> parts (a string content as is).</summary>
    private static StringBuilder? ReadContent(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new StringBuilder(CodecJson.GetString(ref reader, ErrorPrefix, "output[].content"));
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        StringBuilder? text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            string? partType = null, partText = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                var isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if ((isType || isText) && reader.TokenType == JsonTokenType.String)
                {
                    var value = CodecJson.GetString(ref reader, ErrorPrefix, "output[].content[]");
                    if (isType) { partType = value; } else { partText = value; }
                }
                else
                {
                    reader.Skip();
                }
            }

            if (partText is not null && (partType is null || partType == "output_text"))
            {
                (text ??= new StringBuilder()).Append(partText);
            }
        }

        return text;
    }
}
