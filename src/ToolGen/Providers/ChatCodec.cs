using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text.Json;
using ToolGen.Providers.Json;
using ToolGen.Streaming;

namespace ToolGen.Providers;

/// <summary>
/// One provider's wire format, as the chat loop sees it: every codec has the same verbs under the same names. A codec
/// knows the shape of the JSON and the endpoint's path and headers; it sends nothing (the loop owns HTTP).
/// </summary>
/// <remarks>
/// The conversation is kept as a list of JSON items in the provider's own format (Chat Completions messages,
/// Responses input items, Anthropic messages, Gemini contents), so that what the server sent comes back to it
/// unchanged (reasoning blocks, signatures, ids). Codecs use <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/> only: safe under NativeAOT and trimming. Instances are immutable once configured and
/// may be shared.
/// </remarks>
public abstract class ChatCodec
{
    /// <summary>The name of the format in messages, e.g. <c>chat completions</c>, <c>responses</c>, <c>anthropic messages</c>, <c>gemini</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The request path, relative to the API root (e.g. <c>chat/completions</c> under <c>https://api.openai.com/v1/</c>).</summary>
    /// <param name="model">The model name (Gemini puts it in the path).</param>
    /// <param name="stream">Whether the response is to be streamed.</param>
    /// <returns>The relative path.</returns>
    public abstract string GetRequestPath(string model, bool stream);

    /// <summary>Adds the provider's authentication and version headers.</summary>
    /// <param name="headers">The request's headers.</param>
    /// <param name="apiKey">The key, or <see langword="null"/> to send none.</param>
    public abstract void AddHeaders(HttpRequestHeaders headers, string? apiKey);

    /// <summary>Writes a whole request body: model, instructions, conversation, tools, answer format and options.</summary>
    /// <param name="writer">The writer of the body.</param>
    /// <param name="request">What to ask.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tool definition is <see langword="null"/>, or a schema is not valid JSON (or, for Gemini's lowered form, is recursive).</exception>
    public void WriteRequest(Utf8JsonWriter writer, ChatRequest request) =>
        WriteRequestCore(NotNull(writer, nameof(writer)), NotNull(request, nameof(request)));

    /// <summary>
    /// Writes the property (or properties) that offer <paramref name="tools"/> into the request object being written
    /// (Chat Completions, Responses, Anthropic: <c>tools</c>; Gemini: <c>tools[0].functionDeclarations</c>).
    /// </summary>
    /// <param name="writer">The writer, inside the request object.</param>
    /// <param name="tools">The tools, in order.</param>
    /// <param name="strict">Whether tools that have a strict form may be sent strict.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tool definition is <see langword="null"/>, or a schema is not valid JSON.</exception>
    public void WriteTools(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict) =>
        WriteToolsCore(NotNull(writer, nameof(writer)), NotNull(tools, nameof(tools)), strict);

    /// <summary>
    /// Writes the tools property like <see cref="WriteTools"/>, around the generator's pre-encoded parts when
    /// <paramref name="preEncoded"/> covers exactly <paramref name="tools"/> and this codec's options have a pre-encoded
    /// form; else from the definitions.
    /// </summary>
    internal void WriteRequestTools(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict, IPreEncodedTools? preEncoded)
    {
        if (preEncoded is null || tools.Count == 0 || preEncoded.PreEncodedToolCount != tools.Count || !TryWritePreEncodedTools(writer, preEncoded, tools, strict))
        {
            WriteTools(writer, tools, strict);
        }
    }

    /// <summary>Writes the tools property around pre-encoded parts that cover <paramref name="tools"/>; <see langword="false"/>, having written nothing, when this codec has no pre-encoded form (the default, or an option that needs the definitions).</summary>
    private protected virtual bool TryWritePreEncodedTools(Utf8JsonWriter writer, IPreEncodedTools preEncoded, IReadOnlyList<ToolDefinition> tools, bool strict) => false;

    /// <summary>The names of the tools that <see cref="WriteTools"/> sends strict (their calls are then read strictly).</summary>
    /// <param name="tools">The tools, in order.</param>
    /// <param name="strict">Whether tools that have a strict form may be sent strict.</param>
    /// <returns>The names; empty when none is strict.</returns>
    public virtual IReadOnlyCollection<string> GetStrictToolNames(IReadOnlyList<ToolDefinition> tools, bool strict)
    {
        if (tools is null)
        {
            throw new ArgumentNullException(nameof(tools));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        if (strict)
        {
            foreach (var tool in tools)
            {
                if (tool?.StrictParametersSchema is not null)
                {
                    names.Add(tool.Name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Writes the property that asks for an answer in a JSON schema into the request object being written (Chat
    /// Completions <c>response_format</c>, Responses <c>text</c>, Anthropic <c>output_config</c>, Gemini <c>generationConfig</c>).
    /// </summary>
    /// <param name="writer">The writer, inside the request object.</param>
    /// <param name="format">The answer format.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void WriteAnswerFormat(Utf8JsonWriter writer, ChatAnswerFormat format) =>
        WriteAnswerFormatCore(NotNull(writer, nameof(writer)), NotNull(format, nameof(format)));

    /// <summary>Builds a user message in the provider's conversation format.</summary>
    /// <param name="text">What the user says.</param>
    /// <returns>The conversation item as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string WriteUserMessage(string text) => WriteUserMessageCore(NotNull(text, nameof(text)));

    /// <summary>Reads a whole (not streamed) response: calls, text, finish reason, usage, and what to keep in the conversation.</summary>
    /// <param name="body">The response body as UTF-8 JSON.</param>
    /// <returns>The turn.</returns>
    /// <exception cref="FormatException">The body is not JSON, is an error, or is not shaped as this provider answers.</exception>
    public abstract ChatTurn ReadResponse(ReadOnlySpan<byte> body);

    /// <summary>
    /// Builds the conversation items of an assistant turn from its text and calls, for a turn that did not come as one
    /// JSON document (a streamed one, or calls read out of the text). Arguments are always written the way the
    /// provider's servers accept them back (Chat Completions: a string, which Ollama requires).
    /// </summary>
    /// <param name="text">The assistant's text, or <see langword="null"/>.</param>
    /// <param name="calls">The calls, in order.</param>
    /// <returns>The conversation items as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> WriteAssistantTurn(string? text, IReadOnlyList<ToolCall> calls) =>
        WriteAssistantTurnCore(text, NotNull(calls, nameof(calls)));

    /// <summary>Builds the conversation items that send results back, each under its call's id.</summary>
    /// <param name="calls">The calls answered, in order.</param>
    /// <param name="results">Their results, in the same order.</param>
    /// <returns>The conversation items as JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lists differ in length (each result needs its call: Gemini names the function in the response).</exception>
    public IReadOnlyList<string> WriteToolResults(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results)
    {
        if (NotNull(calls, nameof(calls)).Count != NotNull(results, nameof(results)).Count)
        {
            throw new ArgumentException("Each result needs its call, in the same order.", nameof(results));
        }

        return WriteToolResultsCore(calls, results);
    }

    /// <summary>Creates the incremental reader of one streamed response of this provider.</summary>
    /// <returns>A new reader.</returns>
    public abstract ChatStreamReader CreateStreamReader();

    /// <summary>Builds the turn a completed stream reader holds.</summary>
    /// <param name="reader">A reader whose <see cref="ChatStreamReader.Complete"/> has run.</param>
    /// <returns>The turn.</returns>
    /// <remarks>
    /// The default writes the turn back with <see cref="WriteAssistantTurn"/>; a codec whose provider wants reasoning back
    /// (Anthropic thinking blocks, Gemini thought signatures) overrides it to take them from its own reader.
    /// </remarks>
    public virtual ChatTurn ReadStream(ChatStreamReader reader)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        var text = reader.Text.Length == 0 ? null : reader.Text;
        return new ChatTurn(text, reader.ToolCalls, reader.FinishReason, reader.Usage, WriteAssistantTurn(text, reader.ToolCalls));
    }

    /// <summary>The text of an error body: <c>error.message</c>, <c>error</c>, <c>message</c> or <c>detail</c>, else the body itself, shortened.</summary>
    /// <param name="body">The body of a response whose status is not a success.</param>
    /// <returns>A message for an exception.</returns>
    public virtual string ReadErrorText(ReadOnlySpan<byte> body) => ErrorBody.Text(body);

    /// <summary>Writes a whole request body (arguments checked by <see cref="WriteRequest(Utf8JsonWriter, ChatRequest)"/>).</summary>
    /// <param name="writer">The writer of the body.</param>
    /// <param name="request">What to ask.</param>
    protected abstract void WriteRequestCore(Utf8JsonWriter writer, ChatRequest request);

    /// <summary>Writes the tools property (arguments checked by <see cref="WriteTools"/>).</summary>
    /// <param name="writer">The writer, inside the request object.</param>
    /// <param name="tools">The tools, in order.</param>
    /// <param name="strict">Whether tools that have a strict form may be sent strict.</param>
    protected abstract void WriteToolsCore(Utf8JsonWriter writer, IReadOnlyList<ToolDefinition> tools, bool strict);

    /// <summary>Writes the answer format property (arguments checked by <see cref="WriteAnswerFormat"/>).</summary>
    /// <param name="writer">The writer, inside the request object.</param>
    /// <param name="format">The answer format.</param>
    protected abstract void WriteAnswerFormatCore(Utf8JsonWriter writer, ChatAnswerFormat format);

    /// <summary>Builds a user message (argument checked by <see cref="WriteUserMessage"/>).</summary>
    /// <param name="text">What the user says.</param>
    /// <returns>The conversation item as JSON text.</returns>
    protected abstract string WriteUserMessageCore(string text);

    /// <summary>Builds an assistant turn's items (arguments checked by <see cref="WriteAssistantTurn"/>).</summary>
    /// <param name="text">The assistant's text, or <see langword="null"/>.</param>
    /// <param name="calls">The calls, in order.</param>
    /// <returns>The conversation items as JSON text.</returns>
    protected abstract IReadOnlyList<string> WriteAssistantTurnCore(string? text, IReadOnlyList<ToolCall> calls);

    /// <summary>Builds the results' items (arguments checked by <see cref="WriteToolResults"/>: two lists of one length).</summary>
    /// <param name="calls">The calls answered, in order.</param>
    /// <param name="results">Their results, in the same order.</param>
    /// <returns>The conversation items as JSON text.</returns>
    protected abstract IReadOnlyList<string> WriteToolResultsCore(IReadOnlyList<ToolCall> calls, IReadOnlyList<ToolResult> results);

    private static T NotNull<T>(T value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);

    /// <summary>Writes a request body to a byte array.</summary>
    /// <param name="request">What to ask.</param>
    /// <returns>The UTF-8 JSON body.</returns>
    public byte[] WriteRequest(ChatRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return CodecJson.WriteBytes(writer => WriteRequest(writer, request));
    }
}
