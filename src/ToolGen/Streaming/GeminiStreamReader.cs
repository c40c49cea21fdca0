using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// Reads a streamed Gemini response (<c>models/*:streamGenerateContent?alt=sse</c>; API reference,
/// "Generating content": each event a <c>GenerateContentResponse</c>), or the same endpoint without <c>alt=sse</c>,
/// which streams one JSON array of those responses. Reads <c>candidates[0].content.parts[]</c>: <c>text</c> (answer),
/// <c>text</c> with <c>thought: true</c> (reasoning), <c>functionCall</c> (<c>name</c>, <c>args</c>, <c>id</c>) and
/// <c>thoughtSignature</c>; <c>finishReason</c> (or <c>promptFeedback.blockReason</c>); <c>usageMetadata</c>.
/// An <c>error</c> object is a <see cref="FormatException"/> carrying the server's message.
/// </summary>
/// <remarks>
/// The Gemini API sends each function call whole in one part, so a call is emitted as soon as its part is read; its
/// arguments are the raw JSON of <c>args</c> (<c>{}</c> when absent). A call without <c>id</c> gets <c>call_</c> and its
/// position in the turn. With Vertex AI's <c>streamFunctionCallArguments</c> (which the Gemini API does not support) a
/// call comes in parts: a head with <c>name</c> and <c>willContinue: true</c>, parts whose <c>partialArgs</c> give
/// values by JSON path (strings continued with <c>willContinue</c>), and an empty closing <c>functionCall</c>; the
/// call is emitted at that closing part (or at <c>finishReason</c>, a new call, or the end of the stream), its
/// arguments the object the paths build.
/// </remarks>
public sealed class GeminiStreamReader : ChatStreamReader, IStreamEvents
{
    private const string Provider = "Gemini";

    private readonly EventFramer _framer = new();
    private readonly CallIdTable _ids = new();
    private readonly Dictionary<string, string> _signatures = new(StringComparer.Ordinal);
    private readonly StreamedCall _scratch = new();
    private PendingCall? _partial;

    /// <summary>Creates a reader for one streamed response.</summary>
    public GeminiStreamReader()
    {
    }

    /// <summary>
    /// The <c>thoughtSignature</c> of each function call part that carried one, by call id (the id the call was
    /// emitted with): send it back unchanged on that <c>functionCall</c> part, as Gemini 3 requires.
    /// </summary>
    public IReadOnlyDictionary<string, string> ThoughtSignatures => _signatures;

    /// <summary>The last <c>thoughtSignature</c> carried by a part that is not a function call (a text part), if any.</summary>
    public string? TextThoughtSignature { get; private set; }

    /// <inheritdoc/>
    protected override void OnBytes(ReadOnlySpan<byte> bytes, ICollection<ChatStreamUpdate> updates)
    {
        _framer.Feed(bytes, this, Provider, updates);
    }

    /// <inheritdoc/>
    protected override void OnComplete(ICollection<ChatStreamUpdate> updates)
    {
        _framer.End(this, Provider, updates);
        if (_partial is not null)
        {
            FinishPartial(updates); // the stream ended without the closing part
        }
    }

    /// <inheritdoc/>
    void IStreamEvents.Read(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates) => ReadResponse(data, updates);

    private void ReadResponse(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates)
    {
        var reader = StreamJson.Open(data, Provider);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("candidates"u8))
            {
                if (StreamJson.EnterArray(ref reader, Provider, "candidates"))
                {
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    {
                        ReadCandidate(ref reader, data, updates, StreamJson.Index("candidates", i));
                    }
                }
            }
            else if (reader.ValueTextEquals("usageMetadata"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, "usageMetadata"))
                {
                    SetUsage(StreamJson.ReadUsage(ref reader, Provider, "usageMetadata", "promptTokenCount", "candidatesTokenCount"));
                }
            }
            else if (reader.ValueTextEquals("promptFeedback"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, "promptFeedback"))
                {
                    SetFinishReason(StreamJson.ReadMember(ref reader, Provider, "blockReason"u8, "promptFeedback.blockReason"));
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

    private void ReadCandidate(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw StreamJson.WrongType(Provider, path, reader.TokenType, "an object");
        }

        if (StreamJson.PeekIndex(reader, Provider, path) != 0)
        {
            reader.Skip(); // candidateCount > 1: the turn is candidate 0
            return;
        }

        string? finishReason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("content"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, StreamJson.Member(path, ".content")))
                {
                    ReadContent(ref reader, data, updates, StreamJson.Member(path, ".content"));
                }
            }
            else if (reader.ValueTextEquals("finishReason"u8))
            {
                finishReason = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".finishReason"));
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        SetFinishReason(finishReason);
        if (finishReason is not null && _partial is not null)
        {
            FinishPartial(updates);
        }
    }

    private void ReadContent(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("parts"u8))
            {
                if (StreamJson.EnterArray(ref reader, Provider, StreamJson.Member(path, ".parts")))
                {
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    {
                        ReadPart(ref reader, data, updates, StreamJson.Index(StreamJson.Member(path, ".parts"), i));
                    }
                }
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }
    }

    private void ReadPart(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw StreamJson.WrongType(Provider, path, reader.TokenType, "an object");
        }

        string? text = null;
        string? signature = null;
        var thought = false;
        var isCall = false;
        string? emittedId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                text = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".text"));
            }
            else if (reader.ValueTextEquals("thought"u8))
            {
                thought = StreamJson.ReadBoolean(ref reader, Provider, StreamJson.Member(path, ".thought"));
            }
            else if (reader.ValueTextEquals("thoughtSignature"u8))
            {
                signature = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".thoughtSignature"));
            }
            else if (reader.ValueTextEquals("functionCall"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, StreamJson.Member(path, ".functionCall")))
                {
                    isCall = true;
                    emittedId = ReadFunctionCall(ref reader, data, updates, StreamJson.Member(path, ".functionCall"));
                }
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        if (isCall)
        {
            // Text and a call in one part does not happen; the call is what the part is.
            if (!string.IsNullOrEmpty(signature))
            {
                if (emittedId is not null)
                {
                    _signatures[emittedId] = signature!;
                }
                else
                {
                    _partial!.Signature ??= signature;
                }
            }

            return;
        }

        if (!string.IsNullOrEmpty(signature))
        {
            TextThoughtSignature = signature;
        }

        if (thought)
        {
            EmitReasoning(text, updates);
        }
        else
        {
            EmitText(text, updates);
        }
    }

    /// <summary>
    /// Reads a <c>functionCall</c>: a whole call is emitted at once; a call streamed in parts (Vertex AI: a head with
    /// <c>name</c> and <c>willContinue</c>, parts with <c>partialArgs</c>, an empty closing <c>functionCall</c>) is
    /// gathered until its last part. Returns the id of the call emitted, or <see langword="null"/> while it is pending.
    /// </summary>
    private string? ReadFunctionCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        if (_partial is not null && !StreamJson.PeekString(reader, "name"u8).IsEmpty)
        {
            FinishPartial(updates); // a named call starts: the pending one is complete
        }

        string? id = null;
        string? name = null;
        var willContinue = false;
        _scratch.Arguments.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".name"));
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".id"));
            }
            else if (reader.ValueTextEquals("args"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    StreamJson.AppendRaw(ref reader, data, _scratch.Arguments);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw StreamJson.WrongType(Provider, StreamJson.Member(path, ".args"), reader.TokenType, "an object");
                }
            }
            else if (reader.ValueTextEquals("partialArgs"u8))
            {
                if (StreamJson.EnterArray(ref reader, Provider, StreamJson.Member(path, ".partialArgs")))
                {
                    var arguments = (_partial ??= new PendingCall()).Arguments;
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    {
                        arguments.Apply(ref reader, StreamJson.Index(StreamJson.Member(path, ".partialArgs"), i));
                    }
                }
            }
            else if (reader.ValueTextEquals("willContinue"u8))
            {
                willContinue = StreamJson.ReadBoolean(ref reader, Provider, StreamJson.Member(path, ".willContinue"));
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        if (_partial is null && !willContinue)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw StreamJson.Error(Provider, path + " has no name.");
            }

            _scratch.Name = name;
            var callId = _ids.Assign(id);
            EmitCall(_scratch.Build(callId), updates);
            return callId;
        }

        _partial ??= new PendingCall();
        _partial.Name ??= string.IsNullOrEmpty(name) ? null : name;
        _partial.Id ??= string.IsNullOrEmpty(id) ? null : id;
        return willContinue ? null : FinishPartial(updates);
    }

    /// <summary>Emits the call streamed in parts; returns its id.</summary>
    private string FinishPartial(ICollection<ChatStreamUpdate> updates)
    {
        var call = _partial!;
        _partial = null;
        if (string.IsNullOrEmpty(call.Name))
        {
            throw StreamJson.Error(Provider, "a function call streamed in parts (partialArgs) has no name.");
        }

        var callId = _ids.Assign(call.Id);
        if (!string.IsNullOrEmpty(call.Signature))
        {
            _signatures[callId] = call.Signature!;
        }

        EmitCall(new ToolCall(callId, call.Name!, call.Arguments.ToJson()), updates);
        return callId;
    }

    /// <summary>A call streamed in parts, until its last part.</summary>
    private sealed class PendingCall
    {
        public string? Name { get; set; }

        public string? Id { get; set; }

        public string? Signature { get; set; }

        public GeminiPartialArguments Arguments { get; } = new();
    }
}
