using System;
using System.Buffers;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.IO;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;
using OpenAI.Responses;
using AnthropicModels = Anthropic.Models.Messages;

#pragma warning disable OPENAI001 // the SDK marks the Responses types experimental

namespace ToolGen.Benchmarks.Codecs;

/// <summary>One tool call as read by either side: id, name and the UTF-8 of its arguments.</summary>
internal readonly record struct ReadCall(string Id, string Name, ReadOnlyMemory<byte> Arguments);

/// <summary>
/// What a user of the official SDKs (OpenAI 2.15.0, Anthropic 13.14.0) does to get the tool calls out of a response:
/// the SDK's model type read from the body, then each call's id, name and arguments; for a stream, the SDK's update
/// type parsed per server-sent event (framed by <see cref="SseParser"/>, as the SDKs' own stream readers do) and the
/// calls' pieces accumulated as each SDK's documentation shows.
/// </summary>
internal static class SdkReaders
{
    // ------------------------------------------------------------------ non-streamed

    public static List<ReadCall> ChatCompletions(byte[] body)
    {
        var completion = ModelReaderWriter.Read<ChatCompletion>(BinaryData.FromBytes(body))!;
        var calls = new List<ReadCall>(completion.ToolCalls.Count);
        foreach (var call in completion.ToolCalls)
        {
            calls.Add(new ReadCall(call.Id, call.FunctionName, call.FunctionArguments.ToMemory()));
        }

        _ = completion.Usage.InputTokenCount;
        return calls;
    }

    public static List<ReadCall> Responses(byte[] body)
    {
        var response = ModelReaderWriter.Read<ResponseResult>(BinaryData.FromBytes(body))!;
        var calls = new List<ReadCall>(2);
        foreach (var item in response.OutputItems)
        {
            if (item is FunctionCallResponseItem call)
            {
                calls.Add(new ReadCall(call.CallId, call.FunctionName, call.FunctionArguments.ToMemory()));
            }
        }

        _ = response.Usage.InputTokenCount;
        return calls;
    }

    /// <summary>
    /// The SDK gives a <c>tool_use</c> block's <c>input</c> as parsed JSON values, so the arguments' UTF-8 (what a
    /// tool dispatcher takes) is written back from them.
    /// </summary>
    public static List<ReadCall> Anthropic(byte[] body)
    {
        var message = JsonSerializer.Deserialize<AnthropicModels::Message>(body)!;
        var calls = new List<ReadCall>(2);
        foreach (var block in message.Content)
        {
            if (block.TryPickToolUse(out var use))
            {
                calls.Add(new ReadCall(use.ID, use.Name, JsonSerializer.SerializeToUtf8Bytes(use.Input)));
            }
        }

        _ = message.Usage.InputTokens;
        return calls;
    }

    /// <summary>The same read without writing <c>input</c> back to UTF-8: the calls' inputs stay the SDK's parsed values.</summary>
    public static int AnthropicInputAsParsed(byte[] body)
    {
        var message = JsonSerializer.Deserialize<AnthropicModels::Message>(body)!;
        var n = 0;
        foreach (var block in message.Content)
        {
            if (block.TryPickToolUse(out var use))
            {
                n += use.ID.Length + use.Name.Length + use.Input.Count;
            }
        }

        _ = message.Usage.InputTokens;
        return n;
    }

    // ------------------------------------------------------------------ streamed

    public static List<ReadCall> ChatCompletionsStream(byte[] body, StringBuilder text)
    {
        // Accumulated by index, as the SDK's streaming tool-call sample does (StreamingChatToolCallsBuilder).
        var ids = new Dictionary<int, string>();
        var names = new Dictionary<int, string>();
        var arguments = new Dictionary<int, ArrayBufferWriter<byte>>();
        foreach (var item in Events(body))
        {
            var update = ModelReaderWriter.Read<StreamingChatCompletionUpdate>(item)!;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            foreach (var call in update.ToolCallUpdates)
            {
                if (call.ToolCallId is not null)
                {
                    ids[call.Index] = call.ToolCallId;
                }

                if (call.FunctionName is not null)
                {
                    names[call.Index] = call.FunctionName;
                }

                if (!arguments.TryGetValue(call.Index, out var buffer))
                {
                    arguments[call.Index] = buffer = new ArrayBufferWriter<byte>();
                }

                if (call.FunctionArgumentsUpdate is { } fragment)
                {
                    buffer.Write(fragment.ToMemory().Span);
                }
            }

            _ = update.FinishReason;
            _ = update.Usage;
        }

        var calls = new List<ReadCall>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            calls.Add(new ReadCall(ids[i], names[i], arguments[i].WrittenMemory));
        }

        return calls;
    }

    public static List<ReadCall> ResponsesStream(byte[] body, StringBuilder text)
    {
        // The SDK's output_item.done update carries the whole call: nothing to accumulate but the text.
        var calls = new List<ReadCall>(2);
        foreach (var item in Events(body))
        {
            switch (ModelReaderWriter.Read<StreamingResponseUpdate>(item))
            {
                case StreamingResponseOutputTextDeltaUpdate delta:
                    text.Append(delta.Delta);
                    break;
                case StreamingResponseOutputItemDoneUpdate { Item: FunctionCallResponseItem call }:
                    calls.Add(new ReadCall(call.CallId, call.FunctionName, call.FunctionArguments.ToMemory()));
                    break;
                case StreamingResponseCompletedUpdate completed:
                    _ = completed.Response.Usage;
                    break;
            }
        }

        return calls;
    }

    public static List<ReadCall> AnthropicStream(byte[] body, StringBuilder text)
    {
        // Accumulated by block index: content_block_start gives id and name, input_json_delta the argument fragments.
        var calls = new SortedDictionary<long, (string Id, string Name, ArrayBufferWriter<byte> Input)>();
        foreach (var item in Events(body))
        {
            var e = JsonSerializer.Deserialize<AnthropicModels::RawMessageStreamEvent>(item.ToMemory().Span)!;
            if (e.TryPickContentBlockStart(out var start))
            {
                if (start.ContentBlock.TryPickToolUse(out var use))
                {
                    calls[start.Index] = (use.ID, use.Name, new ArrayBufferWriter<byte>());
                }
            }
            else if (e.TryPickContentBlockDelta(out var delta))
            {
                if (delta.Delta.TryPickText(out var textDelta))
                {
                    text.Append(textDelta.Text);
                }
                else if (delta.Delta.TryPickInputJson(out var json))
                {
                    var buffer = calls[delta.Index].Input;
                    var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(json.PartialJson.Length));
                    buffer.Advance(Encoding.UTF8.GetBytes(json.PartialJson, span));
                }
            }
            else if (e.TryPickDelta(out var messageDelta))
            {
                _ = messageDelta.Usage.OutputTokens;
            }
        }

        var result = new List<ReadCall>(calls.Count);
        foreach (var call in calls.Values)
        {
            result.Add(new ReadCall(call.Id, call.Name, call.Input.WrittenMemory));
        }

        return result;
    }

    /// <summary>Each event's data, framed by the runtime's SSE parser; the end-of-stream <c>[DONE]</c> is skipped.</summary>
    private static IEnumerable<BinaryData> Events(byte[] body)
    {
        foreach (var item in SseParser.Create(new MemoryStream(body, writable: false), static (_, data) => data.ToArray()).Enumerate())
        {
            if (!item.Data.AsSpan().SequenceEqual("[DONE]"u8))
            {
                yield return BinaryData.FromBytes(item.Data);
            }
        }
    }
}
