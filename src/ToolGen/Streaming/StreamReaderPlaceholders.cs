// TEMPORARY: stand-ins for the stream readers built on branch h15-stream, so that the codecs compile before the merge.
// The lead deletes this file when merging the real ChatCompletionsStreamReader, ResponsesStreamReader,
// AnthropicStreamReader (with its AnthropicThinkingBlock) and GeminiStreamReader. The members below mirror the real
// readers' public members that the codecs use to send reasoning back (Gemini thoughtSignature, Anthropic thinking).
using System;
using System.Collections.Generic;

namespace ToolGen.Streaming;

internal sealed class ChatCompletionsStreamReader : ChatStreamReader
{
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder: the Chat Completions stream reader arrives with branch h15-stream.");

    protected override void OnComplete(ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder.");
}

internal sealed class ResponsesStreamReader : ChatStreamReader
{
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder: the Responses stream reader arrives with branch h15-stream.");

    protected override void OnComplete(ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder.");
}

internal sealed class AnthropicStreamReader : ChatStreamReader
{
    public IReadOnlyList<AnthropicThinkingBlock> ThinkingBlocks { get; } = Array.Empty<AnthropicThinkingBlock>();

    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder: the Anthropic stream reader arrives with branch h15-stream.");

    protected override void OnComplete(ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder.");
}

internal sealed class GeminiStreamReader : ChatStreamReader
{
    public IReadOnlyDictionary<string, string> ThoughtSignatures { get; } = new Dictionary<string, string>();

    public string? TextThoughtSignature => null;

    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder: the Gemini stream reader arrives with branch h15-stream.");

    protected override void OnComplete(ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder.");
}

internal sealed class AnthropicThinkingBlock
{
    public string Thinking => string.Empty;

    public string Signature => string.Empty;

    public string? RedactedData => null;

    public bool IsRedacted => RedactedData is not null;
}
