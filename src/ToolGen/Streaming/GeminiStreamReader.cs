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
/// position in the turn. Vertex AI's partial arguments (<c>streamFunctionCallArguments</c>: <c>partialArgs</c>,
/// <c>willContinue</c>), which the Gemini API does not support, are refused with a <see cref="FormatException"/>
/// rather than read as a wrong call.
/// </remarks>
public sealed class GeminiStreamReader : ChatStreamReader, IStreamEvents
{
    private const string Provider = "Gemini";

    private readonly EventFramer _framer = new();
    private readonly CallIdTable _ids = new();
    private readonly Dictionary<string, string> _signatures = new(StringComparer.Ordinal);
    private readonly StreamedCall _scratch = new();

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
                    SetUsage(StreamJson.ReadUsage(ref reader, Provider, "usageMetadata", "promptTokenCount"u8, "candidatesTokenCount"u8));
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
                if (StreamJson.EnterObject(ref reader, Provider, path + ".content"))
                {
                    ReadContent(ref reader, data, updates, path + ".content");
                }
            }
            else if (reader.ValueTextEquals("finishReason"u8))
            {
                finishReason = StreamJson.ReadString(ref reader, Provider, path + ".finishReason");
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        SetFinishReason(finishReason);
    }

    private void ReadContent(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates, string path)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("parts"u8))
            {
                if (StreamJson.EnterArray(ref reader, Provider, path + ".parts"))
                {
                    for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    {
                        ReadPart(ref reader, data, updates, StreamJson.Index(path + ".parts", i));
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
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                text = StreamJson.ReadString(ref reader, Provider, path + ".text");
            }
            else if (reader.ValueTextEquals("thought"u8))
            {
                thought = StreamJson.ReadBoolean(ref reader, Provider, path + ".thought");
            }
            else if (reader.ValueTextEquals("thoughtSignature"u8))
            {
                signature = StreamJson.ReadString(ref reader, Provider, path + ".thoughtSignature");
            }
            else if (reader.ValueTextEquals("functionCall"u8))
            {
                if (StreamJson.EnterObject(ref reader, Provider, path + ".functionCall"))
                {
                    isCall = true;
                    id = ReadFunctionCall(ref reader, data, path + ".functionCall");
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
            var callId = _ids.Assign(id);
            if (!string.IsNullOrEmpty(signature))
            {
                _signatures[callId] = signature!;
            }

            EmitCall(_scratch.Build(callId), updates);
            _scratch.Name = null;
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

    /// <summary>Reads a whole <c>functionCall</c> into the scratch call; returns its <c>id</c>, if any.</summary>
    private string? ReadFunctionCall(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, string path)
    {
        string? id = null;
        _scratch.Name = null;
        _scratch.Arguments.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                _scratch.Name = StreamJson.ReadString(ref reader, Provider, path + ".name");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = StreamJson.ReadString(ref reader, Provider, path + ".id");
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
                    throw StreamJson.WrongType(Provider, path + ".args", reader.TokenType, "an object");
                }
            }
            else if (reader.ValueTextEquals("partialArgs"u8) || (reader.ValueTextEquals("willContinue"u8) && IsTrue(reader)))
            {
                throw StreamJson.Error(Provider, path + " streams its arguments in parts (Vertex AI streamFunctionCallArguments), which this reader does not support: leave streamFunctionCallArguments off.");
            }
            else
            {
                StreamJson.SkipValue(ref reader);
            }
        }

        if (string.IsNullOrEmpty(_scratch.Name))
        {
            throw StreamJson.Error(Provider, path + " has no name.");
        }

        _ids.Reserve(id);
        return id;
    }

    private static bool IsTrue(Utf8JsonReader copy) => copy.Read() && copy.TokenType == JsonTokenType.True;

}
