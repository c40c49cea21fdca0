using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>Reading the envelope of a chat completion: where the message and the first choice lie, and error bodies.</summary>
public static partial class OpenAIChatCompletions
{
    /// <summary>An <see cref="Envelope.MessageStart"/> for a first choice that has no message (a streaming chunk).</summary>
    private const int NoMessageInChoice = -2;

    // ---------------------------------------------------------------- reading: the envelope

    /// <summary>Where the assistant message and the first choice lie in the input (start -1 when absent).</summary>
    private readonly struct Envelope
    {
        public Envelope(int messageStart, int messageLength, string messagePath, int choiceStart, int choiceLength)
        {
            MessageStart = messageStart;
            MessageLength = messageLength;
            MessagePath = messagePath;
            ChoiceStart = choiceStart;
            ChoiceLength = choiceLength;
        }

        public int MessageStart { get; }

        public int MessageLength { get; }

        /// <summary>The JSON path of the message, for error messages: empty for a bare message.</summary>
        public string MessagePath { get; }

        public int ChoiceStart { get; }

        public int ChoiceLength { get; }
    }

    /// <summary>
    /// What <see cref="ReadTurn"/> needs beside the message, noted by <see cref="Locate(ReadOnlySpan{byte}, ref EnvelopeExtras)"/>
    /// in its one pass so that the turn is not read again: where the first choice's last string <c>finish_reason</c>
    /// lies (start -1 when none), and the usage, read as the root's <c>usage</c>, <c>prompt_eval_count</c> and <c>eval_count</c>.
    /// </summary>
    private struct EnvelopeExtras
    {
        public int ReasonStart;
        public int ReasonLength;
        public long? InputTokens;
        public long? OutputTokens;
        public bool HasUsage;
    }

    private static Envelope Locate(ReadOnlySpan<byte> json)
    {
        var extras = default(EnvelopeExtras);
        return Locate(json, ref extras);
    }

    /// <summary>
    /// Reads the whole input once (so that malformed JSON anywhere is reported) and finds the message:
    /// <c>choices[0].message</c> of a completion, <c>message</c> of an Ollama <c>/api/chat</c> response,
    /// or the root object itself.
    /// </summary>
    private static Envelope Locate(ReadOnlySpan<byte> json, ref EnvelopeExtras extras)
    {
        extras.ReasonStart = -1;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed("expected a JSON object (a chat completion or an assistant message), found " + Describe(reader.TokenType) + ".");
        }

        var rootStart = (int)reader.TokenStartIndex;
        var hasChoices = false;
        int choiceStart = -1, choiceLength = 0, messageStart = -1, messageLength = 0;
        int nativeMessageStart = -1, nativeMessageLength = 0;
        var isError = false;
        string? errorText = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                reader.Read();
                hasChoices = true;
                choiceStart = messageStart = -1;
                extras.ReasonStart = -1;
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Malformed("\"choices\" is " + Describe(reader.TokenType) + ", expected an array.");
                }

                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (index++ > 0)
                    {
                        reader.Skip();
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Malformed("choices[0] is " + Describe(reader.TokenType) + ", expected an object.");
                    }

                    choiceStart = (int)reader.TokenStartIndex;
                    FindChoiceMessage(ref reader, out messageStart, out messageLength, ref extras);
                    choiceLength = (int)reader.BytesConsumed - choiceStart;
                }
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    nativeMessageStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    nativeMessageLength = (int)reader.BytesConsumed - nativeMessageStart;
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    errorText = GetString(ref reader, "message"); // vLLM's error body: {"object":"error","message":"…"}
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                isError |= reader.TokenType != JsonTokenType.Null;
                errorText = ReadErrorText(ref reader) ?? errorText;
            }
            else if (reader.ValueTextEquals("object"u8))
            {
                reader.Read();
                isError |= reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("error"u8);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("usage"u8) || reader.ValueTextEquals("prompt_eval_count"u8) || reader.ValueTextEquals("eval_count"u8))
            {
                ReadUsageProperty(ref reader, ref extras);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var rootLength = (int)reader.BytesConsumed - rootStart;

        // Reads past the root: throws if anything but white space follows it.
        reader.Read();

        if (isError && !hasChoices)
        {
            throw Malformed("the server returned an error" + (errorText is null ? "." : ": " + errorText));
        }

        if (hasChoices)
        {
            return new Envelope(messageStart, messageLength, "choices[0].message.", choiceStart, choiceLength);
        }

        return nativeMessageStart >= 0
            ? new Envelope(nativeMessageStart, nativeMessageLength, "message.", -1, 0)
            : new Envelope(rootStart, rootLength, string.Empty, -1, 0);
    }

    /// <summary>The message's text within the input; <see langword="false"/> when the response has no choice.</summary>
    private static bool TryGetMessage(ReadOnlySpan<byte> json, Envelope envelope, out ReadOnlySpan<byte> message)
    {
        if (envelope.MessageStart == NoMessageInChoice)
        {
            throw Malformed("choices[0] has no \"message\" object (a streaming chunk's \"delta\" must be accumulated into a message first).");
        }

        message = envelope.MessageStart < 0 ? default : json.Slice(envelope.MessageStart, envelope.MessageLength);
        return envelope.MessageStart >= 0;
    }

    /// <summary>
    /// With the reader on a choice's <c>{</c>, finds its <c>message</c> and leaves the reader on the choice's <c>}</c>.
    /// A <c>null</c> message is no message (start -1); a missing one is <see cref="NoMessageInChoice"/>, an error
    /// reported only when the message is needed.
    /// </summary>
    private static void FindChoiceMessage(ref Utf8JsonReader reader, out int start, out int length, ref EnvelopeExtras extras)
    {
        start = NoMessageInChoice;
        length = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            var isReason = !isMessage && reader.ValueTextEquals("finish_reason"u8);
            reader.Read();
            if (isReason && reader.TokenType == JsonTokenType.String)
            {
                extras.ReasonStart = (int)reader.TokenStartIndex;
                extras.ReasonLength = (int)reader.BytesConsumed - extras.ReasonStart;
                continue;
            }

            if (isMessage && reader.TokenType == JsonTokenType.StartObject)
            {
                start = (int)reader.TokenStartIndex;
                reader.Skip();
                length = (int)reader.BytesConsumed - start;
            }
            else if (isMessage && reader.TokenType == JsonTokenType.Null)
            {
                start = -1;
                length = 0;
            }
            else if (isMessage)
            {
                throw Malformed("choices[0].message is " + Describe(reader.TokenType) + ", expected an object.");
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>The text of an <c>error</c> value: a string, or an object's <c>message</c>; the reader ends on the value's last token.</summary>
    private static string? ReadErrorText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return GetString(ref reader, "error");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            reader.Read();
            if (isMessage && reader.TokenType == JsonTokenType.String)
            {
                text = GetString(ref reader, "error.message");
            }
            else
            {
                reader.Skip();
            }
        }

        return text;
    }

    private static string? ReadChoiceFinishReason(ReadOnlySpan<byte> choice)
    {
        var reader = new Utf8JsonReader(choice);
        reader.Read();
        string? reason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isReason = reader.ValueTextEquals("finish_reason"u8);
            reader.Read();
            if (isReason && reader.TokenType == JsonTokenType.String)
            {
                reason = GetString(ref reader, "choices[0].finish_reason");
            }
            else
            {
                reader.Skip();
            }
        }

        return reason;
    }


    /// <summary>
    /// Reads everything the chat loop needs from one response in one pass over the envelope: the calls (a call without a
    /// name is kept with an empty name, so that the loop answers it to the model rather than failing), the text, the
    /// finish reason and the usage.
    /// </summary>
    /// <remarks>The turn's history is the message as it stands in the response (see <see cref="ChatCompletionsEcho"/>).</remarks>
    /// <exception cref="FormatException">The response has no message (<c>"choices":[]</c>, a <c>null</c> message): there is no turn to keep.</exception>
    internal static ChatTurn ReadTurn(ReadOnlySpan<byte> response)
    {
        response = SkipByteOrderMark(response);
        try
        {
            var extras = default(EnvelopeExtras);
            var envelope = Locate(response, ref extras);
            if (!TryGetMessage(response, envelope, out var message))
            {
                throw Malformed("it has no choices[0].message object.");
            }

            var content = new MessageContent(read: true);
            var calls = ReadCalls(message, envelope.MessagePath, out var echoAsIs, ref content, allowNameless: true);
            var text = content.Failed ? ReadMessageContent(message, envelope.MessagePath) : content.Text;
            var reason = envelope.ChoiceStart < 0 || extras.ReasonStart < 0 ? null : ReadLocatedFinishReason(response.Slice(extras.ReasonStart, extras.ReasonLength));

            // Every call has a usable string id and string arguments: the message goes back as the server sent it.
            var history = echoAsIs ? CodecJson.Utf8Text(message) : Encoding.UTF8.GetString(ChatCompletionsEcho.AssistantMessage(message, calls));
            var usage = extras.HasUsage ? new ChatUsage(extras.InputTokens, extras.OutputTokens) : null;
            return new ChatTurn(text, calls, reason, usage, new[] { history });
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    /// <summary>A string token standing alone (the first choice's <c>finish_reason</c>, located by <see cref="Locate(ReadOnlySpan{byte}, ref EnvelopeExtras)"/>).</summary>
    private static string ReadLocatedFinishReason(ReadOnlySpan<byte> token)
    {
        var reader = new Utf8JsonReader(token);
        reader.Read();
        return GetString(ref reader, "choices[0].finish_reason");
    }

    /// <summary>
    /// With the reader on a root property named <c>usage</c>, <c>prompt_eval_count</c> or <c>eval_count</c>: the usage,
    /// <c>prompt_tokens</c> and <c>completion_tokens</c> (Ollama's native <c>prompt_eval_count</c>/<c>eval_count</c> too);
    /// a later property replaces what an earlier one set. The reader ends on the value's last token.
    /// </summary>
    private static void ReadUsageProperty(ref Utf8JsonReader reader, ref EnvelopeExtras extras)
    {
        if (reader.ValueTextEquals("prompt_eval_count"u8) || reader.ValueTextEquals("eval_count"u8))
        {
            var isInput = reader.ValueTextEquals("prompt_eval_count"u8);
            reader.Read();
            var value = CodecJson.GetInt64(ref reader);
            extras.HasUsage |= value is not null;
            if (isInput) { extras.InputTokens = value; } else { extras.OutputTokens = value; }
            return;
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        extras.HasUsage = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isPrompt = reader.ValueTextEquals("prompt_tokens"u8);
            var isCompletion = reader.ValueTextEquals("completion_tokens"u8);
            reader.Read();
            if (isPrompt) { extras.InputTokens = CodecJson.GetInt64(ref reader); }
            else if (isCompletion) { extras.OutputTokens = CodecJson.GetInt64(ref reader); }
            else { reader.Skip(); }
        }
    }
}
