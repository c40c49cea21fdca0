using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>Reads an Anthropic message: its <c>content</c> blocks, <c>stop_reason</c> and <c>usage</c>.</summary>
internal static class AnthropicReader
{
    private const string ErrorPrefix = "Cannot read the Anthropic Messages response: ";

    public static ChatTurn Read(ReadOnlySpan<byte> body, AnthropicCodec codec)
    {
        return CodecJson.Read(body, ErrorPrefix, b => ReadRoot(b, codec));
    }

    private static ChatTurn ReadRoot(ReadOnlySpan<byte> body, AnthropicCodec codec)
    {
        var reader = CodecJson.StartRoot(body, ErrorPrefix);

        var calls = new List<ToolCall>();
        StringBuilder? text = null;
        string? stopReason = null, error = null, content = null;
        var missingId = false;
        ChatUsage? usage = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new FormatException(ErrorPrefix + "\"content\" is " + CodecJson.Describe(reader.TokenType) + ", expected an array of blocks.");
                }

                var start = (int)reader.TokenStartIndex;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    missingId |= ReadBlock(ref reader, body, calls, ref text);
                }

                content = CodecJson.Utf8Text(body.Slice(start, (int)reader.BytesConsumed - start));
            }
            else if (reader.ValueTextEquals("stop_reason"u8))
            {
                reader.Read();
                stopReason = reader.TokenType == JsonTokenType.String ? reader.GetString() : CodecJson.SkipValue(ref reader);
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

        if (content is null)
        {
            throw new FormatException(ErrorPrefix + "it has no \"content\" array.");
        }

        // The blocks go back as they came (thinking signatures must); when an id had to be made up, they are rebuilt so that
        // the tool_use id and the tool_result agree.
        var history = missingId
            ? codec.WriteAssistantTurn(text?.ToString(), calls)
            : new[] { "{\"role\":\"assistant\",\"content\":" + content + "}" };
        return new ChatTurn(text?.ToString(), calls, stopReason, usage, history);
    }

    /// <summary>Reads one content block; returns whether a tool_use block had no id (one was made up).</summary>
    private static bool ReadBlock(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, List<ToolCall> calls, ref StringBuilder? text)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }

        string? type = null, id = null, name = null, blockText = null;
        var input = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("input"u8))
            {
                reader.Read();
                input = LenientJson.ReadArguments(ref reader, body);
                continue;
            }

            var which = reader.ValueTextEquals("type"u8) ? 0 : reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("name"u8) ? 2 : reader.ValueTextEquals("text"u8) ? 3 : -1;
            reader.Read();
            if (which < 0 || reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                continue;
            }

            var value = CodecJson.GetString(ref reader, ErrorPrefix, "content[]");
            switch (which)
            {
                case 0: type = value; break;
                case 1: id = value; break;
                case 2: name = value; break;
                default: blockText = value; break;
            }
        }

        if (type == "text" && blockText is not null)
        {
            (text ??= new StringBuilder()).Append(blockText);
        }
        else if (type == "tool_use")
        {
            var missing = string.IsNullOrEmpty(id);
            calls.Add(new ToolCall(missing ? "toolu_" + calls.Count.ToString(CultureInfo.InvariantCulture) : id!, name ?? string.Empty, input));
            return missing;
        }

        return false;
    }


}
