using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// Reads a streamed OpenAI Responses API response (<c>/v1/responses</c> with <c>"stream": true</c>; API reference,
/// "Streaming events"). Events are told apart by their JSON <c>type</c>: <c>response.output_text.delta</c> (text),
/// <c>response.reasoning_summary_text.delta</c> and <c>response.reasoning_text.delta</c> (reasoning),
/// <c>response.output_item.added</c> (a <c>function_call</c> item with <c>call_id</c> and <c>name</c>),
/// <c>response.function_call_arguments.delta</c> / <c>.done</c>, <c>response.output_item.done</c>,
/// <c>response.completed</c> / <c>response.incomplete</c> (status, usage, and any <c>function_call</c> item of
/// <c>output</c> not streamed before); <c>response.failed</c> and <c>error</c> are a <see cref="FormatException"/>
/// carrying the server's message. Other events are skipped.
/// </summary>
/// <remarks>
/// A call is emitted at <c>response.function_call_arguments.done</c> or <c>response.output_item.done</c>, whichever
/// comes first, with the complete <c>arguments</c> those events carry (the deltas are kept only for a stream that
/// ends without them). Its id is the <c>call_id</c> (what <c>function_call_output</c> answers), else the item id.
/// The finish reason is the response's <c>status</c>, or <c>incomplete_details.reason</c> when incomplete.
/// </remarks>
public sealed class ResponsesStreamReader : ChatStreamReader, IStreamEvents
{
    private const string Provider = "Responses";

    private readonly EventFramer _framer = new();
    private readonly List<StreamedCall> _calls = new();
    private readonly CallIdTable _ids = new();
    private readonly List<ReadOnlyMemory<byte>> _outputItems = new();

    /// <summary>Creates a reader for one streamed response.</summary>
    public ResponsesStreamReader()
    {
    }

    /// <summary>The response's <c>id</c> (from <c>response.created</c> or the final response), for <c>previous_response_id</c>.</summary>
    public string? ResponseId { get; private set; }

    /// <summary>
    /// The raw JSON of each output item, in the order the stream completed them (<c>response.output_item.done</c>, or the
    /// final response's <c>output</c> when the stream gave no item events): reasoning, message and function_call items
    /// to send back unchanged as input when the conversation is kept on the client (<c>store: false</c>).
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> OutputItems => _outputItems;

    /// <inheritdoc/>
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates)
    {
        _framer.Feed(bytes, this, Provider, updates);
    }

    /// <inheritdoc/>
    protected override void OnComplete(ICollection<ChatStreamUpdate> updates)
    {
        _framer.End(this, Provider, updates);
        foreach (var call in _calls)
        {
            Emit(call, updates);
        }
    }

    /// <inheritdoc/>
    void IStreamEvents.Read(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates) => ReadEvent(data, updates);

    private void ReadEvent(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates)
    {
        var reader = StreamJson.Open(data, Provider);
        var type = StreamJson.PeekString(reader, "type"u8);
        if (type.SequenceEqual("response.output_text.delta"u8))
        {
            EmitText(StreamJson.ReadMember(ref reader, Provider, "delta"u8, "response.output_text.delta.delta"), updates);
        }
        else if (type.SequenceEqual("response.reasoning_summary_text.delta"u8) || type.SequenceEqual("response.reasoning_text.delta"u8))
        {
            EmitReasoning(StreamJson.ReadMember(ref reader, Provider, "delta"u8, "reasoning delta.delta"), updates);
        }
        else if (type.SequenceEqual("response.function_call_arguments.delta"u8))
        {
            OnArguments(ref reader, updates, done: false);
        }
        else if (type.SequenceEqual("response.function_call_arguments.done"u8))
        {
            OnArguments(ref reader, updates, done: true);
        }
        else if (type.SequenceEqual("response.output_item.added"u8))
        {
            OnItemEvent(ref reader, data, updates, done: false);
        }
        else if (type.SequenceEqual("response.output_item.done"u8))
        {
            OnItemEvent(ref reader, data, updates, done: true);
        }
        else if (type.SequenceEqual("response.completed"u8) || type.SequenceEqual("response.incomplete"u8)
            || type.SequenceEqual("response.failed"u8))
        {
            OnResponse(ref reader, data, updates, final: true);
        }
        else if (type.SequenceEqual("response.created"u8))
        {
            OnResponse(ref reader, data, updates, final: false);
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
            reader.Skip(); // response.in_progress, content_part, *.done of text, and events added later
        }
    }

    /// <summary><c>response.function_call_arguments.delta</c> (appends) or <c>.done</c> (the whole arguments; emits).</summary>
    private void OnArguments(ref Utf8JsonReader reader, ICollection<ChatStreamUpdate> updates, bool done)
    {
        string? itemId = null;
        int? outputIndex = null;
        string? name = null;
        Utf8JsonReader arguments = default;
        var hasArguments = false;
        var member = done ? "arguments"u8 : "delta"u8;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("item_id"u8))
            {
                itemId = StreamJson.ReadString(ref reader, Provider, "item_id");
            }
            else if (reader.ValueTextEquals("output_index"u8))
            {
                outputIndex = StreamJson.ReadPosition(ref reader, Provider, "output_index");
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = StreamJson.ReadString(ref reader, Provider, "name");
            }
            else if (reader.ValueTextEquals(member))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw StreamJson.WrongType(Provider, done ? "arguments" : "delta", reader.TokenType, "a string");
                }

                arguments = reader;
                hasArguments = true;
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        var call = Find(itemId, outputIndex) ?? Add(itemId, outputIndex);
        if (call.Emitted)
        {
            if (!done && hasArguments && arguments.ValueSpan.Length > 0)
            {
                throw StreamJson.Error(Provider, "arguments arrived for function call item \"" + itemId + "\" after it was done.");
            }

            return;
        }

        if (string.IsNullOrEmpty(call.Name))
        {
            call.Name = name;
        }

        if (hasArguments)
        {
            if (done)
            {
                call.Arguments.Clear();
            }

            StreamJson.AppendString(ref arguments, call.Arguments);
        }

        if (done)
        {
            Emit(call, updates);
        }
    }

    /// <summary><c>response.output_item.added</c> / <c>.done</c>: the item is in <c>item</c>.</summary>
    private void OnItemEvent(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, bool done)
    {
        int? outputIndex = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("output_index"u8))
            {
                outputIndex = StreamJson.ReadPosition(ref reader, Provider, "output_index");
            }
            else if (reader.ValueTextEquals("item"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, "item"))
                {
                    if (done)
                    {
                        _outputItems.Add(Raw(reader, data));
                    }

                    ReadItem(ref reader, outputIndex, updates, done, "item");
                }
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }
    }

    /// <summary>An output item; only <c>function_call</c> items matter. The reader starts on its <c>{</c>.</summary>
    private void ReadItem(ref Utf8JsonReader reader, int? outputIndex, ICollection<ChatStreamUpdate> updates, bool done, string path)
    {
        var isCall = StreamJson.PeekString(reader, "type"u8).SequenceEqual("function_call"u8);
        if (!isCall)
        {
            reader.Skip();
            return;
        }

        string? itemId = null;
        string? callId = null;
        string? name = null;
        Utf8JsonReader arguments = default;
        var hasArguments = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                itemId = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".id"));
            }
            else if (reader.ValueTextEquals("call_id"u8))
            {
                callId = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".call_id"));
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".name"));
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    arguments = reader;
                    hasArguments = true;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw StreamJson.WrongType(Provider, StreamJson.Member(path, ".arguments"), reader.TokenType, "a string");
                }
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        var call = Find(itemId, outputIndex) ?? Add(itemId, outputIndex);
        if (call.Emitted)
        {
            return;
        }

        call.Id ??= string.IsNullOrEmpty(callId) ? null : callId;
        _ids.Reserve(call.Id);
        if (string.IsNullOrEmpty(call.Name))
        {
            call.Name = name;
        }

        if (hasArguments && (done || call.Arguments.Length == 0))
        {
            call.Arguments.Clear();
            StreamJson.AppendString(ref arguments, call.Arguments);
        }

        if (done)
        {
            Emit(call, updates);
        }
    }

    /// <summary>The JSON of the object a reader copy is on, as it stands in the event.</summary>
    private static ReadOnlyMemory<byte> Raw(Utf8JsonReader copy, ReadOnlySpan<byte> data)
    {
        var start = (int)copy.TokenStartIndex;
        copy.Skip();
        return data.Slice(start, (int)copy.BytesConsumed - start).ToArray();
    }

    /// <summary>
    /// The response object of <c>response.created</c> (its id only) or of the final <c>response.completed</c>,
    /// <c>.incomplete</c> or <c>.failed</c>.
    /// </summary>
    private void OnResponse(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, bool final)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("response"u8))
            {
                StreamJson.SkipValue(ref reader);
                continue;
            }

            if (!StreamJson.EnterObject(ref reader, Provider, "response"))
            {
                continue;
            }

            string? status = null;
            string? reason = null;
            string? error = null;
            var failed = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    ResponseId = StreamJson.ReadString(ref reader, Provider, "response.id") ?? ResponseId;
                }
                else if (!final)
                {
                    StreamJson.SkipValue(ref reader);
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    status = StreamJson.ReadString(ref reader, Provider, "response.status");
                    failed |= status == "failed";
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        failed = true;
                        error = ObjectMessage(ref reader, "response.error");
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("incomplete_details"u8))
                {
                    if (StreamJson.EnterObject(ref reader, Provider, "response.incomplete_details"))
                    {
                        reason = StreamJson.ReadMember(ref reader, Provider, "reason"u8, "response.incomplete_details.reason");
                    }
                }
                else if (reader.ValueTextEquals("usage"u8))
                {
                    if (StreamJson.EnterObject(ref reader, Provider, "response.usage"))
                    {
                        SetUsage(StreamJson.ReadUsage(ref reader, Provider, "response.usage", "input_tokens", "output_tokens"));
                    }
                }
                else if (reader.ValueTextEquals("output"u8))
                {
                    if (StreamJson.EnterArray(ref reader, Provider, "response.output"))
                    {
                        var itemsStreamed = _outputItems.Count > 0;
                        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                        {
                            var path = StreamJson.Index("response.output", i);
                            if (reader.TokenType != JsonTokenType.StartObject)
                            {
                                throw StreamJson.WrongType(Provider, path, reader.TokenType, "an object");
                            }

                            if (!itemsStreamed)
                            {
                                _outputItems.Add(Raw(reader, data));
                            }

                            // Items the stream already gave are found again by id; one it never streamed is emitted here.
                            ReadItem(ref reader, i, updates, done: true, path);
                        }
                    }
                }
                else
                {
                    StreamJson.SkipValue(ref reader);
                }
            }

            if (!final)
            {
                continue;
            }

            if (failed)
            {
                throw StreamJson.ServerError(Provider, error ?? "the response failed (status \"" + status + "\").");
            }

            SetFinishReason(reason ?? status);
        }
    }

    private void Emit(StreamedCall call, ICollection<ChatStreamUpdate> updates)
    {
        if (!call.Emitted)
        {
            EmitCall(call.Build(_ids.Assign(call.Id ?? call.ItemId)), updates);
        }
    }

    private StreamedCall? Find(string? itemId, int? outputIndex)
    {
        for (var i = _calls.Count - 1; i >= 0; i--)
        {
            var call = _calls[i];
            if (itemId is not null ? string.Equals(call.ItemId, itemId, StringComparison.Ordinal) : outputIndex is not null && call.Index == outputIndex)
            {
                return call;
            }
        }

        return null;
    }

    private StreamedCall Add(string? itemId, int? outputIndex)
    {
        var call = new StreamedCall { ItemId = itemId, Index = outputIndex };
        _calls.Add(call);
        return call;
    }

    private static string? ObjectMessage(ref Utf8JsonReader reader, string path) => StreamJson.ReadMember(ref reader, Provider, "message"u8, StreamJson.Member(path, ".message"));
}
