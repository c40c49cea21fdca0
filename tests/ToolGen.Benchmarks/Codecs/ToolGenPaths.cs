using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;
using ToolGen.Providers;
using ToolGen.Streaming;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// ToolGen's side of each <c>codecs</c> row: a codec's <c>ReadResponse</c>, a fresh stream reader fed the whole body,
/// and <c>WriteRequest</c> with the four <see cref="BenchTools"/> definitions (strict) and the conversation of
/// <see cref="Conversation"/> as the codec's own message strings, written once as the chat loop keeps them.
/// </summary>
internal sealed class ToolGenPaths
{
    private readonly Dictionary<ChatCodec, string[]> _messages = new();

    public ToolGenPaths()
    {
        var first = CodecFixtures.First;
        var second = CodecFixtures.Second;
        var calls = new[] { new ToolCall("call_a", first.Name, first.ArgumentsJson), new ToolCall("call_b", second.Name, second.ArgumentsJson) };
        var results = new[] { ToolResult.Success("call_a", Conversation.FirstResult), ToolResult.Success("call_b", Conversation.SecondResult) };
        foreach (var codec in new ChatCodec[] { ChatCompletionsCodec.Default, ResponsesCodec.Default, AnthropicCodec.Default, GeminiCodec.Default })
        {
            var messages = new List<string> { codec.WriteUserMessage(Conversation.Question) };
            messages.AddRange(codec.WriteAssistantTurn(null, calls));
            messages.AddRange(codec.WriteToolResults(calls, results));
            _messages[codec] = messages.ToArray();
        }
    }

    /// <summary>The conversation as <paramref name="codec"/>'s message strings.</summary>
    public IReadOnlyList<string> Messages(ChatCodec codec) => _messages[codec];

    public static IReadOnlyList<ToolCall> Read(ChatCodec codec, byte[] body) => codec.ReadResponse(body).ToolCalls;

    /// <summary>The reader after the whole body; its calls are <see cref="ChatStreamReader.ToolCalls"/>.</summary>
    public static ChatStreamReader ReadStream(ChatCodec codec, byte[] body, List<ChatStreamUpdate> updates)
    {
        var reader = codec.CreateStreamReader();
        reader.Feed(body, updates);
        reader.Complete(updates);
        return reader;
    }

    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private Utf8JsonWriter? _writer;

    /// <summary>What the chat loop does: <c>WriteRequest(request)</c>, a fresh byte array per request.</summary>
    public byte[] Write(ChatCodec codec) => codec.WriteRequest(Request(codec));

    /// <summary>
    /// The same body through <c>WriteRequest(Utf8JsonWriter, request)</c> into a buffer and writer kept from one request
    /// to the next (public API, not what the chat loop does today); returns the body's bytes, valid until the next call.
    /// </summary>
    public ReadOnlyMemory<byte> WriteReused(ChatCodec codec)
    {
        _buffer.ResetWrittenCount();
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(_buffer);
        }
        else
        {
            _writer.Reset(_buffer);
        }

        codec.WriteRequest(_writer, Request(codec));
        _writer.Flush();
        return _buffer.WrittenMemory;
    }

    private ChatRequest Request(ChatCodec codec) => new()
    {
        Model = codec is AnthropicCodec ? SdkRequests.AnthropicModel : SdkRequests.Model,
        Messages = _messages[codec],
        Tools = BenchTools.ToolDefinitions,
        Strict = true,
    };
}
