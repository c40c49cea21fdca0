using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// Reads a streamed OpenAI Chat Completions response (<c>"stream": true</c>), as OpenAI, Azure OpenAI, vLLM, SGLang,
/// llama.cpp and Ollama send it: <c>data:</c> events holding <c>chat.completion.chunk</c> objects, then
/// <c>data: [DONE]</c>. Reads <c>choices[0].delta</c> (<c>content</c>, <c>reasoning_content</c> or
/// <c>reasoning</c>, <c>tool_calls</c>), <c>finish_reason</c>, and <c>usage</c> (sent last with
/// <c>stream_options.include_usage</c>). The quirks it absorbs are listed in docs/streaming.md.
/// </summary>
/// <remarks>
/// A call is emitted once it is known complete: when the next call starts, at <c>finish_reason</c> (whatever its
/// value, <c>stop</c> and <c>eos_token</c> included), at <c>[DONE]</c>, or at <see cref="ChatStreamReader.Complete"/>.
/// Its arguments are the UTF-8 text of the concatenated <c>arguments</c> fragments, or the raw JSON when a server
/// sent them as an object; empty or whitespace arguments become <c>{}</c>. A call without an id gets
/// <c>call_</c> and its position in the turn. An <c>error</c> object in the stream is a <see cref="FormatException"/>
/// carrying the server's message.
/// </remarks>
public sealed class ChatCompletionsStreamReader : ChatStreamReader, IStreamEvents
{
    private const string Provider = "Chat Completions";

    private readonly EventFramer _framer = new();
    private readonly ChatCompletionsCallRouter _router;
    private bool _done;

    /// <summary>Creates a reader for one streamed response.</summary>
    public ChatCompletionsStreamReader() => _router = new ChatCompletionsCallRouter(EmitCall);

    /// <inheritdoc/>
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates)
    {
        _framer.Feed(bytes, this, Provider, updates);
    }

    /// <inheritdoc/>
    protected override void OnComplete(ICollection<ChatStreamUpdate> updates)
    {
        _framer.End(this, Provider, updates);
        _router.CompleteAll(updates);
    }

    /// <inheritdoc/>
    void IStreamEvents.Read(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates)
    {
        if (_done)
        {
            return; // nothing follows [DONE]
        }

        if (EventFramer.IsDone(data))
        {
            _done = true;
            _router.CompleteAll(updates);
            return;
        }

        ReadChunk(data, updates);
    }

    private void ReadChunk(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates)
    {
        var reader = StreamJson.Open(data, Provider);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                if (StreamJson.EnterArray(ref reader, Provider, "choices"))
                {
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    {
                        ReadChoice(ref reader, data, updates, StreamJson.Index("choices", i));
                    }
                }
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, "usage"))
                {
                    SetUsage(StreamJson.ReadUsage(ref reader, Provider, "usage", "prompt_tokens", "completion_tokens", "input_tokens", "output_tokens"));
                }
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                throw StreamJson.ServerError(Provider, StreamJson.ErrorMessage(ref reader, Provider));
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }
    }

    private void ReadChoice(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw StreamJson.WrongType(Provider, path, reader.TokenType, "an object");
        }

        if (StreamJson.PeekIndex(reader, Provider, path) != 0)
        {
            reader.Skip(); // another of n choices: the turn is choice 0
            return;
        }

        string? finishReason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("delta"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, StreamJson.Member(path, ".delta")))
                {
                    ReadDelta(ref reader, data, updates, StreamJson.Member(path, ".delta"));
                }
            }
            else if (reader.ValueTextEquals("finish_reason"u8))
            {
                finishReason = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".finish_reason"));
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        if (finishReason is not null)
        {
            // Whatever the reason (servers say "stop" or "eos_token" on a turn that holds calls), the calls are complete.
            SetFinishReason(finishReason);
            _router.CompleteAll(updates);
        }
    }

    private void ReadDelta(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadContentParts(ref reader, updates, StreamJson.Member(path, ".content"), reasoning: false);
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    EmitText(StreamJson.GetString(ref reader, Provider, StreamJson.Member(path, ".content")), updates);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw StreamJson.WrongType(Provider, StreamJson.Member(path, ".content"), reader.TokenType, "a string or an array of parts");
                }
            }
            else if (reader.ValueTextEquals("reasoning_content"u8) || reader.ValueTextEquals("reasoning"u8))
            {
                EmitReasoning(StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".reasoning_content")), updates);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    {
                        ReadToolCall(ref reader, data, updates, StreamJson.Index(StreamJson.Member(path, ".tool_calls"), i));
                    }
                }
                else if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadToolCall(ref reader, data, updates, StreamJson.Member(path, ".tool_calls")); // a server that sent one call as an object
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw StreamJson.WrongType(Provider, StreamJson.Member(path, ".tool_calls"), reader.TokenType, "an array");
                }
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }
    }

    /// <summary>
    /// <c>content</c> given as an array of parts (Mistral's API, Magistral): <c>{"type":"text","text":…}</c> parts
    /// are text, <c>{"type":"thinking","thinking":[parts]}</c> parts are reasoning; other parts are skipped. The reader
    /// starts on the array's <c>[</c> and ends on its <c>]</c>.
    /// </summary>
    private void ReadContentParts(ref Utf8JsonReader reader, ICollection<ChatStreamUpdate> updates, string path, bool reasoning)
    {
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw StreamJson.WrongType(Provider, StreamJson.Index(path, i), reader.TokenType, "an object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("text"u8))
                {
                    var text = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(StreamJson.Index(path, i), ".text"));
                    if (reasoning)
                    {
                        EmitReasoning(text, updates);
                    }
                    else
                    {
                        EmitText(text, updates);
                    }
                }
                else if (reader.ValueTextEquals("thinking"u8))
                {
                    var thinkingPath = StreamJson.Member(StreamJson.Index(path, i), ".thinking");
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        ReadContentParts(ref reader, updates, thinkingPath, reasoning: true);
                    }
                    else if (reader.TokenType == JsonTokenType.String)
                    {
                        EmitReasoning(StreamJson.GetString(ref reader, Provider, thinkingPath), updates);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    StreamJson.SkipValue(ref reader); // type, and parts of other kinds (images, references)
                }
            }
        }
    }

    /// <summary>Reads one <c>tool_calls</c> fragment; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    private void ReadToolCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw StreamJson.WrongType(Provider, path, reader.TokenType, "an object");
        }

        int? index = null;
        string? id = null;
        string? name = null;
        Utf8JsonReader arguments = default;
        var hasArguments = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("index"u8))
            {
                index = StreamJson.ReadPosition(ref reader, Provider, StreamJson.Member(path, ".index"));
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".id"));
            }
            else if (reader.ValueTextEquals("function"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, StreamJson.Member(path, ".function")))
                {
                    ReadFunction(ref reader, ref name, ref arguments, ref hasArguments, StreamJson.Member(path, ".function"));
                }
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        var call = _router.Route(id, index, name, hasArguments, updates, path);
        if (call is null || !hasArguments)
        {
            return;
        }

        if (arguments.TokenType == JsonTokenType.String)
        {
            StreamJson.AppendString(ref arguments, call.Arguments);
        }
        else
        {
            // Arguments sent as an object (llama-server, some vLLM parsers): the whole arguments, as written.
            call.Arguments.Clear();
            StreamJson.AppendRaw(ref arguments, data, call.Arguments);
        }
    }

    private static void ReadFunction(ref Utf8JsonReader reader, ref string? name, ref Utf8JsonReader arguments, ref bool hasArguments, string path)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".name"));
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                // Kept as a copy of the reader on the token: the bytes are appended once the call is known.
                arguments = reader;
                hasArguments = reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > 0;
                reader.Skip();
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }
    }

}
