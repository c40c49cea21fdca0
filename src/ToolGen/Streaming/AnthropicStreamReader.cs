using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// Reads a streamed Anthropic Messages response (<c>"stream": true</c>; Anthropic docs, "Streaming Messages"). Events
/// are told apart by their JSON <c>type</c> (recorded streams often have no <c>event:</c> lines):
/// <c>message_start</c> (input usage), <c>content_block_start</c> (<c>text</c>, <c>tool_use</c>, <c>thinking</c>,
/// <c>redacted_thinking</c>), <c>content_block_delta</c> (<c>text_delta</c>, <c>input_json_delta</c>,
/// <c>thinking_delta</c>, <c>signature_delta</c>), <c>content_block_stop</c> (completes a tool call),
/// <c>message_delta</c> (<c>stop_reason</c>, output usage), <c>message_stop</c>, <c>ping</c>, and <c>error</c>
/// (a <see cref="FormatException"/> carrying the server's message). Other events and block types (server tools,
/// citations) are skipped.
/// </summary>
/// <remarks>
/// A tool call's arguments are its <c>partial_json</c> fragments concatenated as UTF-8; a tool without input streams
/// no fragment and gets <c>{}</c> (or the <c>input</c> of its start block when that is not empty).
/// </remarks>
public sealed class AnthropicStreamReader : ChatStreamReader, IStreamEvents
{
    private const string Provider = "Anthropic";

    private readonly EventFramer _framer = new();
    private readonly List<AnthropicBlock> _blocks = new();
    private readonly CallIdTable _ids = new();
    private readonly List<AnthropicThinkingBlock> _thinking = new();
    private long? _inputTokens;
    private long? _outputTokens;

    /// <summary>Creates a reader for one streamed response.</summary>
    public AnthropicStreamReader()
    {
    }

    /// <summary>The thinking blocks completed so far, in order: send them back unchanged with the tool calls.</summary>
    public IReadOnlyList<AnthropicThinkingBlock> ThinkingBlocks => _thinking;

    /// <inheritdoc/>
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates)
    {
        _framer.Feed(bytes, this, Provider, updates);
    }

    /// <inheritdoc/>
    protected override void OnComplete(ICollection<ChatStreamUpdate> updates)
    {
        _framer.End(this, Provider, updates);
        StopAll(updates);
    }

    /// <inheritdoc/>
    void IStreamEvents.Read(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates) => ReadEvent(data, updates);

    private void ReadEvent(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates)
    {
        var reader = StreamJson.Open(data, Provider);
        var type = StreamJson.PeekString(reader, "type"u8);
        if (type.SequenceEqual("content_block_delta"u8))
        {
            OnDelta(ref reader, updates);
        }
        else if (type.SequenceEqual("content_block_start"u8))
        {
            OnBlockStart(ref reader, data);
        }
        else if (type.SequenceEqual("content_block_stop"u8))
        {
            var block = FindBlock(ReadIndex(ref reader), "content_block_stop");
            if (block is not null)
            {
                Stop(block, updates);
            }
        }
        else if (type.SequenceEqual("message_start"u8))
        {
            OnMessage(ref reader, "message");
        }
        else if (type.SequenceEqual("message_delta"u8))
        {
            OnMessage(ref reader, "delta");
        }
        else if (type.SequenceEqual("message_stop"u8))
        {
            reader.Skip();
            StopAll(updates);
        }
        else if (type.SequenceEqual("error"u8))
        {
            throw StreamJson.ServerError(Provider, StreamJson.ErrorEventMessage(ref reader, Provider));
        }
        else if (type.IsEmpty)
        {
            throw StreamJson.Error(Provider, "an event has no \"type\": " + StreamJson.Excerpt(data));
        }

        else
        {
            // ping, and event types added later, as Anthropic's versioning policy asks; read through to check the JSON.
            reader.Skip();
        }
    }

    private void OnBlockStart(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        int? index = null;
        var block = new AnthropicBlock();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("index"u8))
            {
                index = StreamJson.ReadPosition(ref reader, Provider, "content_block_start.index");
            }
            else if (reader.ValueTextEquals("content_block"u8))
            {
                if (!StreamJson.EnterObject(ref reader, Provider, "content_block_start.content_block"))
                {
                    throw StreamJson.Error(Provider, "content_block_start.content_block is null.");
                }

                ReadStartBlock(ref reader, data, block);
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        block.Index = index ?? _blocks.Count;
        _blocks.Add(block);
    }

    private void ReadStartBlock(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, AnthropicBlock block)
    {
        const string Path = "content_block_start.content_block";
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                var type = StreamJson.ReadString(ref reader, Provider, Path + ".type");
                block.Kind = type switch
                {
                    "text" => AnthropicBlockKind.Text,
                    "tool_use" => AnthropicBlockKind.ToolUse,
                    "thinking" => AnthropicBlockKind.Thinking,
                    "redacted_thinking" => AnthropicBlockKind.RedactedThinking,
                    _ => AnthropicBlockKind.Other,
                };
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                block.Call.Id = StreamJson.ReadString(ref reader, Provider, Path + ".id");
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                block.Call.Name = StreamJson.ReadString(ref reader, Provider, Path + ".name");
            }
            else if (reader.ValueTextEquals("input"u8))
            {
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    StreamJson.AppendRaw(ref reader, data, block.Call.Arguments);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("thinking"u8))
            {
                block.Text.Append(StreamJson.ReadString(ref reader, Provider, Path + ".thinking"));
            }
            else if (reader.ValueTextEquals("signature"u8))
            {
                block.Signature.Append(StreamJson.ReadString(ref reader, Provider, Path + ".signature"));
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                block.Data = StreamJson.ReadString(ref reader, Provider, Path + ".data");
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        if (block.Kind == AnthropicBlockKind.ToolUse)
        {
            _ids.Reserve(block.Call.Id);
        }
    }

    private void OnDelta(ref Utf8JsonReader reader, ICollection<ChatStreamUpdate> updates)
    {
        int? index = null;
        var sawDelta = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("index"u8))
            {
                index = StreamJson.ReadPosition(ref reader, Provider, "content_block_delta.index");
            }
            else if (reader.ValueTextEquals("delta"u8))
            {
                if (!StreamJson.EnterObject(ref reader, Provider, "content_block_delta.delta"))
                {
                    continue;
                }

                // The index comes before the delta in every stream seen; without one, the latest block is meant.
                var block = FindBlock(index, "content_block_delta");
                ReadDelta(ref reader, block, updates);
                sawDelta = true;
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        if (!sawDelta)
        {
            throw StreamJson.Error(Provider, "a content_block_delta has no delta.");
        }
    }

    private void ReadDelta(ref Utf8JsonReader reader, AnthropicBlock? block, ICollection<ChatStreamUpdate> updates)
    {
        const string Path = "content_block_delta.delta";
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                var text = StreamJson.ReadString(ref reader, Provider, Path + ".text");
                if (block is null || block.Kind == AnthropicBlockKind.Text)
                {
                    EmitText(text, updates);
                }
            }
            else if (reader.ValueTextEquals("partial_json"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw StreamJson.WrongType(Provider, Path + ".partial_json", reader.TokenType, "a string");
                }

                if (block is { Kind: AnthropicBlockKind.ToolUse } && reader.ValueSpan.Length > 0)
                {
                    if (!block.HasFragments)
                    {
                        block.HasFragments = true;
                        block.Call.Arguments.Clear(); // the fragments replace the start block's (empty) input
                    }

                    if (block.Call.Emitted)
                    {
                        throw StreamJson.Error(Provider, "input_json_delta arrived for tool_use block " + block.Index + " after its content_block_stop.");
                    }

                    StreamJson.AppendString(ref reader, block.Call.Arguments);
                }
            }
            else if (reader.ValueTextEquals("thinking"u8))
            {
                var text = StreamJson.ReadString(ref reader, Provider, Path + ".thinking");
                EmitReasoning(text, updates);
                block?.Text.Append(text);
            }
            else if (reader.ValueTextEquals("signature"u8))
            {
                block?.Signature.Append(StreamJson.ReadString(ref reader, Provider, Path + ".signature"));
            }
            else
            {
                StreamJson.SkipValue(ref reader); // type, citations
            }
        }
    }

    /// <summary><c>message</c> of message_start or <c>delta</c> of message_delta, and the <c>usage</c> of either.</summary>
    private void OnMessage(ref Utf8JsonReader reader, string member)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(member))
            {
                if (StreamJson.EnterObject(ref reader, Provider, member))
                {
                    OnMessage(ref reader, "\0");
                }
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, "usage"))
                {
                    ReadUsage(ref reader);
                }
            }
            else if (reader.ValueTextEquals("stop_reason"u8))
            {
                SetFinishReason(StreamJson.ReadString(ref reader, Provider, "stop_reason"));
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }
    }

    /// <summary>message_start gives the input tokens, message_delta the output tokens so far (cumulative): each keeps the other's.</summary>
    private void ReadUsage(ref Utf8JsonReader reader)
    {
        var usage = StreamJson.ReadUsage(ref reader, Provider, "usage", "input_tokens", "output_tokens");
        _inputTokens = usage.InputTokens ?? _inputTokens;
        _outputTokens = usage.OutputTokens ?? _outputTokens;
        SetUsage(new ChatUsage(_inputTokens, _outputTokens));
    }

    private void Stop(AnthropicBlock block, ICollection<ChatStreamUpdate> updates)
    {
        if (block.Stopped)
        {
            return;
        }

        block.Stopped = true;
        switch (block.Kind)
        {
            case AnthropicBlockKind.ToolUse:
                EmitCall(block.Call.Build(_ids.Assign(block.Call.Id)), updates);
                break;
            case AnthropicBlockKind.Thinking:
                _thinking.Add(new AnthropicThinkingBlock(block.Text.ToString(), block.Signature.ToString(), null));
                break;
            case AnthropicBlockKind.RedactedThinking:
                _thinking.Add(new AnthropicThinkingBlock(string.Empty, string.Empty, block.Data ?? string.Empty));
                break;
        }
    }

    private void StopAll(ICollection<ChatStreamUpdate> updates)
    {
        foreach (var block in _blocks)
        {
            Stop(block, updates);
        }
    }

    private AnthropicBlock? FindBlock(int? index, string what)
    {
        if (index is null)
        {
            return _blocks.Count == 0 ? null : _blocks[_blocks.Count - 1];
        }

        for (var i = _blocks.Count - 1; i >= 0; i--)
        {
            if (_blocks[i].Index == index)
            {
                return _blocks[i];
            }
        }

        throw StreamJson.Error(Provider, what + " names block " + index + ", which no content_block_start opened.");
    }

    private int? ReadIndex(ref Utf8JsonReader reader)
    {
        int? index = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("index"u8))
            {
                index = StreamJson.ReadPosition(ref reader, Provider, "content_block_stop.index");
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        return index;
    }
}
