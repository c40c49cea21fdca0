using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Generated;
using ToolGen.Providers;
using ToolGen.RawCalls;

namespace ToolGen.Chat;

/// <summary>
/// A small chat loop over an OpenAI-compatible <c>/v1/chat/completions</c> endpoint (OpenAI, vLLM, SGLang, Ollama,
/// llama.cpp…): it sends the conversation and the tools, runs the tool calls the model asks for (concurrently when it
/// asks for several), sends the results back, and repeats until the model answers or
/// <see cref="ChatLoopOptions.MaxSteps"/> requests have been sent.
/// </summary>
/// <remarks>
/// <para>
/// The conversation is kept in <see cref="Messages"/> as raw JSON message objects. The assistant messages that hold tool
/// calls are appended exactly as the server sent them (byte for byte), as the API requires. One exception: when a call
/// came without a usable <c>id</c> (some open-model servers send none), <see cref="OpenAIChatCompletions.ReadToolCalls(ReadOnlySpan{byte})"/>
/// makes one up (<c>call_0</c>, <c>call_1</c>…), and that id is spliced into the echoed message so that it agrees with
/// the <c>tool_call_id</c> of the result; nothing else in the message changes.
/// </para>
/// <para>
/// When a response has no <c>tool_calls</c> but its content holds calls the model wrote in its own format (the server did
/// not parse them; see <see cref="ChatLoopOptions.ReadRawToolCalls"/>), they are read with <see cref="RawToolCalls.Parse"/>
/// and run, and the assistant message kept in <see cref="Messages"/> is rewritten: the content outside the calls, and the
/// calls as <c>tool_calls</c> under the ids made up for them, so that the server's chat template renders them as calls.
/// </para>
/// <para>
/// Uses <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/> only: no reflection, safe under NativeAOT and
/// trimming. An instance is not thread-safe: run one conversation at a time on it.
/// </para>
/// </remarks>
public sealed class OpenAIChatLoop
{
    private static readonly JsonEncodedText ModelName = JsonEncodedText.Encode("model");
    private static readonly JsonEncodedText MessagesName = JsonEncodedText.Encode("messages");
    private static readonly JsonEncodedText ToolsName = JsonEncodedText.Encode("tools");
    private static readonly JsonEncodedText ParallelToolCallsName = JsonEncodedText.Encode("parallel_tool_calls");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText ContentName = JsonEncodedText.Encode("content");

    private readonly HttpClient _httpClient;
    private readonly IToolSet _tools;
    private readonly List<string> _messages = new();

    /// <summary>Creates a loop.</summary>
    /// <param name="httpClient">
    /// The client that sends the requests; its <see cref="HttpClient.BaseAddress"/> is the API root, e.g.
    /// <c>https://api.openai.com/v1/</c> (see <see cref="ChatLoopOptions.RequestPath"/>). The loop does not dispose it.
    /// </param>
    /// <param name="tools">The tools the model may call.</param>
    /// <param name="options">The model name and how to run; read at the start of each run.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OpenAIChatLoop(HttpClient httpClient, IToolSet tools, ChatLoopOptions options)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _tools = tools ?? throw new ArgumentNullException(nameof(tools));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The options this loop runs with.</summary>
    public ChatLoopOptions Options { get; }

    /// <summary>The tools the model may call.</summary>
    public IToolSet Tools => _tools;

    /// <summary>
    /// The conversation so far: one JSON object per message, in the <c>messages</c> format of Chat Completions. Runs
    /// append to it; a caller may add messages of its own (e.g. with <see cref="UserMessage(string)"/>) between runs.
    /// </summary>
    public IList<string> Messages => _messages;

    /// <summary>Builds a <c>{"role":"system","content":…}</c> message.</summary>
    /// <param name="text">The instructions.</param>
    /// <returns>The message as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string SystemMessage(string text) => TextMessage("system", text);

    /// <summary>Builds a <c>{"role":"user","content":…}</c> message.</summary>
    /// <param name="text">What the user says.</param>
    /// <returns>The message as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string UserMessage(string text) => TextMessage("user", text);

    /// <summary>Appends a system message to <see cref="Messages"/>.</summary>
    /// <param name="text">The instructions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public void AddSystemMessage(string text) => _messages.Add(SystemMessage(text));

    /// <summary>Appends a user message to <see cref="Messages"/>.</summary>
    /// <param name="text">What the user says.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public void AddUserMessage(string text) => _messages.Add(UserMessage(text));

    /// <summary>Appends a user message and runs the loop until the model answers it (see <see cref="RunAsync(CancellationToken)"/>).</summary>
    /// <param name="text">What the user says.</param>
    /// <param name="cancellationToken">Cancels the requests and the tools.</param>
    /// <returns>The model's answer, the number of steps and the tool calls made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="HttpRequestException">The endpoint answered with a status other than success; the message holds its error text.</exception>
    /// <exception cref="FormatException">The endpoint's answer is not a chat completion.</exception>
    public Task<ChatLoopResult> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        AddUserMessage(text);
        return RunAsync(cancellationToken);
    }

    /// <summary>
    /// Sends <see cref="Messages"/> and the tools to the model; while its answer holds tool calls, runs them (calls of
    /// tools that need approval go through <see cref="ChatLoopOptions.Approve"/> first), appends the assistant message
    /// and one <c>role: tool</c> message per result, and asks again. Stops when an answer holds no tool call, or after
    /// <see cref="ChatLoopOptions.MaxSteps"/> requests (then <see cref="ChatLoopResult.StepLimitReached"/> is set; no exception).
    /// </summary>
    /// <remarks>
    /// The calls of one response are started together and awaited with <see cref="Task.WhenAll(IEnumerable{Task})"/>, so
    /// asynchronous tools overlap (a synchronous tool runs to its end on the calling thread before the next starts); the
    /// results go back in the order of the calls, whatever order they finish in.
    /// Bad calls (an unknown tool, arguments that do not fit the schema, a tool that throws) are not errors of the loop:
    /// their messages go back to the model as the tool's result, so that it can repair the call. When cancelled while
    /// tools run, the step's assistant message and results are not appended, so <see cref="Messages"/> stays a valid conversation.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the requests and the tools.</param>
    /// <returns>The model's answer, the number of steps and the tool calls made.</returns>
    /// <exception cref="InvalidOperationException"><see cref="ChatLoopOptions.Model"/> is empty, <see cref="ChatLoopOptions.MaxSteps"/> is below 1, or <see cref="Messages"/> is empty.</exception>
    /// <exception cref="HttpRequestException">The endpoint answered with a status other than success; the message holds its error text.</exception>
    /// <exception cref="FormatException">The endpoint's answer is not a chat completion.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ChatLoopResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var options = Options;
        if (string.IsNullOrEmpty(options.Model))
        {
            throw new InvalidOperationException("ChatLoopOptions.Model is empty: set the model name the endpoint serves.");
        }

        if (options.MaxSteps < 1)
        {
            throw new InvalidOperationException("ChatLoopOptions.MaxSteps is " + options.MaxSteps.ToString(CultureInfo.InvariantCulture) + "; it must be at least 1.");
        }

        if (_messages.Count == 0)
        {
            throw new InvalidOperationException("There is no message to send: add a user message first.");
        }

        var definitions = _tools.Definitions;
        var byName = new Dictionary<string, ToolDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            byName[definition.Name] = definition;
        }

        var transcript = new List<ToolInvocation>();
        for (var step = 1; ; step++)
        {
            var body = await SendRequestAsync(options, definitions, cancellationToken).ConfigureAwait(false);

            var calls = OpenAIChatCompletions.ReadToolCalls(body);
            var finishReason = OpenAIChatCompletions.ReadFinishReason(body);
            var assistantMessage = Encoding.UTF8.GetString(ChatCompletionResponse.AssistantMessage(body, calls));
            if (calls.Count == 0 && options.ReadRawToolCalls is { } rawFormat &&
                OpenAIChatCompletions.ReadContent(body) is { Length: > 0 } rawText)
            {
                // The server did not parse the calls the model wrote: read them from the text, and echo them as tool_calls
                // (with the ids made up for them) so that the server's chat template renders them as calls.
                var raw = RawToolCalls.Parse(rawText, rawFormat, definitions);
                if (raw.Calls.Count > 0)
                {
                    options.RawToolCallsRead?.Invoke(raw);
                    calls = raw.Calls;
                    assistantMessage = RawCallsMessage(raw);
                }
            }

            if (calls.Count == 0)
            {
                _messages.Add(assistantMessage);
                var text = OpenAIChatCompletions.ReadContent(body) ?? string.Empty;
                return new ChatLoopResult(text, step, stepLimitReached: false, finishReason, transcript);
            }

            var invocations = await RunCallsAsync(step, calls, byName, options, cancellationToken).ConfigureAwait(false);

            options.ToolCallsCompleted?.Invoke(invocations);
            _messages.Add(assistantMessage);
            foreach (var invocation in invocations)
            {
                _messages.Add(OpenAIChatCompletions.WriteToolResult(invocation.Result));
                transcript.Add(invocation);
            }

            if (step >= options.MaxSteps)
            {
                return new ChatLoopResult(null, step, stepLimitReached: true, finishReason, transcript);
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    private async Task<byte[]> SendRequestAsync(ChatLoopOptions options, IReadOnlyList<ToolDefinition> definitions, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(WriteRequest(options, definitions));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.RequestPath ?? ChatLoopOptions.DefaultRequestPath, UriKind.RelativeOrAbsolute))
        {
            Content = content,
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }

        using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
#if NET5_0_OR_GREATER
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
        if (!response.IsSuccessStatusCode)
        {
            var message = "The chat completions endpoint answered HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) +
                (string.IsNullOrEmpty(response.ReasonPhrase) ? string.Empty : " (" + response.ReasonPhrase + ")") +
                ": " + ChatCompletionResponse.ErrorText(body);
#if NET5_0_OR_GREATER
            throw new HttpRequestException(message, null, response.StatusCode);
#else
            throw new HttpRequestException(message);
#endif
        }

        return body;
    }

    private byte[] WriteRequest(ChatLoopOptions options, IReadOnlyList<ToolDefinition> definitions)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString(ModelName, options.Model);
            writer.WriteStartArray(MessagesName);
            foreach (var message in _messages)
            {
                // Kept as they are: an assistant message must go back exactly as it came.
                writer.WriteRawValue(message);
            }

            writer.WriteEndArray();
            if (definitions.Count > 0)
            {
                writer.WritePropertyName(ToolsName);
                OpenAIChatCompletions.WriteTools(writer, definitions, options.Strict);
                if (options.ParallelToolCalls is bool parallel)
                {
                    writer.WriteBoolean(ParallelToolCallsName, parallel);
                }
            }

            options.WriteRequestProperties?.Invoke(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    // ---------------------------------------------------------------- tools

    private async Task<ToolInvocation[]> RunCallsAsync(
        int step, IReadOnlyList<ToolCall> received, Dictionary<string, ToolDefinition> byName, ChatLoopOptions options, CancellationToken cancellationToken)
    {
        var invocations = new ToolInvocation[received.Count];
        var pending = new List<Task<ToolResult>>(received.Count);
        var pendingIndex = new List<int>(received.Count);
        var calls = new ToolCall[received.Count];

        // Approvals first, one at a time in the model's order (a person may be answering); then the approved calls run together.
        for (var i = 0; i < received.Count; i++)
        {
            var original = received[i];
            byName.TryGetValue(original.Name, out var definition);
            var call = calls[i] = new ToolCall(original.Id, original.Name, original.Arguments)
            {
                Services = options.Services,
                Strict = options.Strict && definition?.StrictParametersSchema is not null,
            };

            if (definition is { RequiresApproval: true })
            {
                var approved = options.Approve is { } approve && await approve(call, definition, cancellationToken).ConfigureAwait(false);
                if (!approved)
                {
                    invocations[i] = new ToolInvocation(step, call, Declined(call, asked: options.Approve is not null), declined: true);
                    continue;
                }
            }

            pendingIndex.Add(i);
        }

        foreach (var i in pendingIndex)
        {
            pending.Add(InvokeAsync(calls[i], cancellationToken));
        }

        var results = pending.Count == 1
            ? new[] { await pending[0].ConfigureAwait(false) }
            : await Task.WhenAll(pending).ConfigureAwait(false);
        for (var k = 0; k < results.Length; k++)
        {
            var i = pendingIndex[k];
            invocations[i] = new ToolInvocation(step, calls[i], WithCallId(results[k], calls[i].Id), declined: false);
        }

        return invocations;
    }

    private async Task<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken)
    {
        try
        {
            return await _tools.InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ToolDispatch.IsToolFailure(ex, cancellationToken))
        {
            // Generated tool sets never throw for a call; a hand-written one might. The model is told, the loop goes on.
            return ToolDispatch.Failed(call, ex);
        }
    }

    /// <summary>The result must answer the call's id, whatever a hand-written tool set put in it.</summary>
    private static ToolResult WithCallId(ToolResult result, string callId)
    {
        if (result.CallId == callId)
        {
            return result;
        }

        return result.Error is { } error ? ToolResult.Failure(callId, error) : ToolResult.Success(callId, result.Content);
    }

    private static ToolResult Declined(ToolCall call, bool asked)
    {
        var message = asked
            ? "The user declined to run tool \"" + call.Name + "\"; it was not run. Do not call it again unless the user asks for it."
            : "Tool \"" + call.Name + "\" needs the user's approval, which this host cannot ask for; it was not run.";
        return ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.ToolFailed, message));
    }

    /// <summary>The assistant message for calls read from the text: the content outside them, and the calls as <c>tool_calls</c>.</summary>
    private static string RawCallsMessage(RawToolCallResult raw)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString(RoleName, "assistant");
            if (raw.Content is null)
            {
                writer.WriteNull(ContentName);
            }
            else
            {
                writer.WriteString(ContentName, raw.Content);
            }

            writer.WriteStartArray("tool_calls");
            foreach (var call in raw.Calls)
            {
                writer.WriteStartObject();
                writer.WriteString("id", call.Id);
                writer.WriteString("type", "function");
                writer.WriteStartObject("function");
                writer.WriteString("name", call.Name);
                writer.WriteString("arguments", call.Arguments.IsEmpty ? "{}" : call.ArgumentsText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static string TextMessage(string role, string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString(RoleName, role);
            writer.WriteString(ContentName, text);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
