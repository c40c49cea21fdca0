// TEMPORARY: stand-ins for the stream readers built on branch h15-stream, so that the codecs compile before the merge.
// The lead deletes this file when merging the real ChatCompletionsStreamReader, ResponsesStreamReader,
// AnthropicStreamReader and GeminiStreamReader.
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
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder: the Anthropic stream reader arrives with branch h15-stream.");

    protected override void OnComplete(ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder.");
}

internal sealed class GeminiStreamReader : ChatStreamReader
{
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder: the Gemini stream reader arrives with branch h15-stream.");

    protected override void OnComplete(ICollection<ChatStreamUpdate> updates) => throw new NotSupportedException("Placeholder.");
}
