using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Providers;
using ToolGen.RawCalls;

namespace ToolGen.Chat;

/// <summary>
/// A chat loop over an OpenAI-compatible <c>/v1/chat/completions</c> endpoint (OpenAI, vLLM, SGLang, Ollama,
/// llama.cpp…): it sends the conversation and the tools, runs the tool calls the model asks for (concurrently when it
/// asks for several), sends the results back, and repeats until the model answers or
/// <see cref="ChatLoopOptions.MaxSteps"/> requests have been sent.
/// </summary>
/// <remarks>
/// <para>
/// A thin wrapper over <see cref="ChatLoop"/> with <see cref="ChatCompletionsCodec"/>: every option of <see cref="ChatLoopOptions"/> applies.
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
    private readonly ChatLoop _loop;

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
        _loop = new ChatLoop(
            httpClient ?? throw new ArgumentNullException(nameof(httpClient)),
            ChatCompletionsCodec.Default,
            tools ?? throw new ArgumentNullException(nameof(tools)),
            options ?? throw new ArgumentNullException(nameof(options)));
    }

    /// <summary>The options this loop runs with.</summary>
    public ChatLoopOptions Options => _loop.Options;

    /// <summary>The tools the model may call.</summary>
    public IToolSet Tools => _loop.Tools;

    /// <summary>
    /// The conversation so far: one JSON object per message, in the <c>messages</c> format of Chat Completions. Runs
    /// append to it; a caller may add messages of its own (e.g. with <see cref="UserMessage(string)"/>) between runs.
    /// </summary>
    public IList<string> Messages => _loop.History;

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
    public void AddSystemMessage(string text) => _loop.History.Add(SystemMessage(text));

    /// <summary>Appends a user message to <see cref="Messages"/>.</summary>
    /// <param name="text">What the user says.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public void AddUserMessage(string text) => _loop.History.Add(UserMessage(text));

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
    public Task<ChatLoopResult> RunAsync(CancellationToken cancellationToken = default) => _loop.RunAsync(cancellationToken);

    private static string TextMessage(string role, string text) =>
        ChatCompletionsCodec.TextMessage(role, text ?? throw new ArgumentNullException(nameof(text)));
}
