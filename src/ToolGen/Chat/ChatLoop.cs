using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Providers;
using ToolGen.RawCalls;

namespace ToolGen.Chat;

/// <summary>
/// One chat loop over any provider's format (<see cref="ChatCompletionsCodec"/>, <see cref="ResponsesCodec"/>,
/// <see cref="AnthropicCodec"/>, <see cref="GeminiCodec"/>), streamed or not: it sends the conversation and the tools,
/// runs the calls the model asks for (concurrently, within <see cref="ChatLoopOptions.MaxConcurrentToolCalls"/>),
/// sends the results back under their ids, and repeats until the model answers or <see cref="ChatLoopOptions.MaxSteps"/>
/// requests have been sent.
/// </summary>
/// <remarks>
/// <para>
/// The codec owns the wire format, the loop owns HTTP: retries on 429/503/529 honouring <c>Retry-After</c>
/// (<see cref="ChatLoopOptions.MaxRetries"/>, <see cref="ChatLoopOptions.RetryDelay"/>), a per-request timeout, and
/// cancellation. <see cref="History"/> holds the conversation in the codec's own item format; what the server sent is
/// kept as it came wherever the provider wants it back unchanged.
/// </para>
/// <para>
/// Bad calls are answered to the model, never thrown: an unknown tool, arguments that do not fit, a tool that throws, a
/// call without a name, an id used twice in one response. Approval is decided per call
/// (<see cref="ChatLoopOptions.RequiresApproval"/> sees the arguments). An instance is not thread-safe.
/// </para>
/// </remarks>
public sealed class ChatLoop
{
    private readonly HttpClient _httpClient;
    private readonly List<string> _history = new();

    /// <summary>Creates a loop.</summary>
    /// <param name="httpClient">The client; its <see cref="HttpClient.BaseAddress"/> is the API root (e.g. <c>https://api.anthropic.com/v1/</c>). Not disposed by the loop.</param>
    /// <param name="codec">The provider's format.</param>
    /// <param name="tools">The tools the model may call.</param>
    /// <param name="options">The model name and how to run; read at the start of each run.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ChatLoop(HttpClient httpClient, ChatCodec codec, IToolSet tools, ChatLoopOptions options)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        Codec = codec ?? throw new ArgumentNullException(nameof(codec));
        Tools = tools ?? throw new ArgumentNullException(nameof(tools));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The provider's format.</summary>
    public ChatCodec Codec { get; }

    /// <summary>The tools the model may call.</summary>
    public IToolSet Tools { get; }

    /// <summary>The options this loop runs with.</summary>
    public ChatLoopOptions Options { get; }

    /// <summary>The conversation so far: one JSON item per entry, in the codec's format. A caller may add items between runs.</summary>
    public IList<string> History => _history;

    /// <summary>Appends a user message in the codec's format.</summary>
    /// <param name="text">What the user says.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public void AddUserMessage(string text) => _history.Add(Codec.WriteUserMessage(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Appends a user message and runs the loop until the model answers it.</summary>
    /// <param name="text">What the user says.</param>
    /// <param name="cancellationToken">Cancels the requests and the tools.</param>
    /// <returns>The model's answer, the steps and the tool calls made.</returns>
#pragma warning disable RS0026 // The SendAsync/RunAsync overloads differ by their required first parameter: no call is ambiguous.
    public Task<ChatLoopResult> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        AddUserMessage(text);
        return RunAsync(cancellationToken);
    }

    /// <summary>Appends a user message and runs the loop until the model answers it as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The answer type.</typeparam>
    /// <param name="format">The answer format of <typeparamref name="T"/> (generated for a <c>[StructuredOutput]</c> type).</param>
    /// <param name="text">What the user says.</param>
    /// <param name="cancellationToken">Cancels the requests and the tools.</param>
    /// <returns>The answer and the run.</returns>
    /// <exception cref="StructuredOutputException">No readable answer after <see cref="ChatLoopOptions.StructuredOutputRetries"/> retries, or the step limit came first.</exception>
    public Task<ChatLoopResult<T>> SendAsync<T>(StructuredOutput<T> format, string text, CancellationToken cancellationToken = default)
    {
        if (format is null)
        {
            throw new ArgumentNullException(nameof(format));
        }

        AddUserMessage(text);
        return RunAsync(format, cancellationToken);
    }

    /// <summary>
    /// Runs the loop asking for an answer in <paramref name="format"/>; reads the final answer with
    /// <see cref="StructuredOutput{T}.TryRead(ReadOnlySpan{byte}, out T, out ToolError?)"/>, and when it cannot be read, sends
    /// the reason back to the model and runs again, up to <see cref="ChatLoopOptions.StructuredOutputRetries"/> times.
    /// </summary>
    /// <typeparam name="T">The answer type.</typeparam>
    /// <param name="format">The answer format.</param>
    /// <param name="cancellationToken">Cancels the requests and the tools.</param>
    /// <returns>The answer and the last run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="StructuredOutputException">No readable answer after the retries, or the step limit came first.</exception>
    public async Task<ChatLoopResult<T>> RunAsync<T>(StructuredOutput<T> format, CancellationToken cancellationToken = default)
    {
        if (format is null)
        {
            throw new ArgumentNullException(nameof(format));
        }

        var answerFormat = ChatAnswerFormat.From(format, Options.Strict);
        for (var attempt = 1; ; attempt++)
        {
            var run = await RunCoreAsync(answerFormat, cancellationToken).ConfigureAwait(false);
            if (run.StepLimitReached || run.Text is null)
            {
                throw new StructuredOutputException(
                    "The model gave no answer in the format \"" + format.Name + "\" within " + run.Steps.ToString(CultureInfo.InvariantCulture) + " requests (ChatLoopOptions.MaxSteps).",
                    null,
                    null);
            }

            if (format.TryRead(run.Text, out var value, out var error))
            {
                return new ChatLoopResult<T>(value, run, attempt);
            }

            if (attempt > Options.StructuredOutputRetries)
            {
                throw new StructuredOutputException(
                    "The model's answer could not be read as \"" + format.Name + "\" after " + attempt.ToString(CultureInfo.InvariantCulture) + " attempt(s): " + error?.Message,
                    run.Text,
                    error);
            }

            AddUserMessage("Your answer could not be read as \"" + format.Name + "\": " + error?.Message + " Answer again with JSON that fits the schema.");
        }
    }

    /// <summary>
    /// Sends <see cref="History"/> and the tools; while the answer holds tool calls, runs them, appends the assistant turn
    /// and the results, and asks again. Stops when an answer holds no call, or after <see cref="ChatLoopOptions.MaxSteps"/>
    /// requests (then <see cref="ChatLoopResult.StepLimitReached"/> is set). When cancelled while tools run, the step's
    /// assistant turn and results are not appended, so <see cref="History"/> stays a valid conversation.
    /// </summary>
    /// <param name="cancellationToken">Cancels the requests and the tools.</param>
    /// <returns>The model's answer, the steps and the tool calls made.</returns>
    /// <exception cref="InvalidOperationException">The model name is empty, <see cref="ChatLoopOptions.MaxSteps"/> is below 1, or <see cref="History"/> is empty.</exception>
    /// <exception cref="HttpRequestException">The endpoint answered with a status other than success (after retries); the message holds its error text.</exception>
    /// <exception cref="FormatException">The endpoint's answer is not in the codec's format.</exception>
    /// <exception cref="TimeoutException">A request took longer than <see cref="ChatLoopOptions.RequestTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ChatLoopResult> RunAsync(CancellationToken cancellationToken = default) => RunCoreAsync(null, cancellationToken);
#pragma warning restore RS0026

    private async Task<ChatLoopResult> RunCoreAsync(ChatAnswerFormat? answerFormat, CancellationToken cancellationToken)
    {
        var options = Options;
        Validate(options);
        var definitions = Tools.Definitions;
        var runner = new ToolCallRunner(Tools, Codec.GetStrictToolNames(definitions, options.Strict));
        var transcript = new List<ToolInvocation>();
        var steps = new List<ChatStep>();
        var path = options.RequestPath is { Length: > 0 } custom && custom != ChatLoopOptions.DefaultRequestPath
            ? custom
            : Codec.GetRequestPath(options.Model, options.Stream);

        for (var step = 1; ; step++)
        {
            var body = Codec.WriteRequest(new ChatRequest
            {
                Model = options.Model,
                Instructions = options.Instructions,
                Messages = _history,
                Tools = definitions,
                PreEncodedTools = Tools as IPreEncodedTools,
                Strict = options.Strict,
                ParallelToolCalls = options.ParallelToolCalls,
                AnswerFormat = answerFormat,
                Stream = options.Stream,
                MaxOutputTokens = options.MaxOutputTokens,
                WriteExtraProperties = options.WriteRequestProperties,
            });
            var turn = await ChatTransport.SendAsync(_httpClient, Codec, options, body, path, cancellationToken).ConfigureAwait(false);
            turn = ReadRawCalls(turn, options, answerFormat, definitions);

            if (turn.ToolCalls.Count == 0)
            {
                Finish(steps, new ChatStep(step, turn.FinishReason, turn.Usage, 0), options);
                AddRange(turn.History);
                return new ChatLoopResult(turn.Text ?? string.Empty, step, stepLimitReached: false, turn.FinishReason, transcript) { StepDetails = steps };
            }

            var invocations = await runner.RunAsync(step, turn.ToolCalls, options, cancellationToken).ConfigureAwait(false);
            options.ToolCallsCompleted?.Invoke(invocations);

            var calls = new ToolCall[invocations.Length];
            var results = new ToolResult[invocations.Length];
            for (var i = 0; i < invocations.Length; i++)
            {
                calls[i] = invocations[i].Call;
                results[i] = invocations[i].Result;
                transcript.Add(invocations[i]);
            }

            AddRange(turn.History);
            AddRange(Codec.WriteToolResults(calls, results));
            Finish(steps, new ChatStep(step, turn.FinishReason, turn.Usage, invocations.Length), options);

            if (step >= options.MaxSteps)
            {
                return new ChatLoopResult(null, step, stepLimitReached: true, turn.FinishReason, transcript) { StepDetails = steps };
            }
        }
    }

    /// <summary>
    /// Chat Completions only: when a response has no <c>tool_calls</c> but its text holds calls the model wrote in its own
    /// format (the server did not parse them), reads them and records them as <c>tool_calls</c> under made-up ids, so that
    /// the server's chat template renders them as calls. Not done when a structured answer is asked for.
    /// </summary>
    private ChatTurn ReadRawCalls(ChatTurn turn, ChatLoopOptions options, ChatAnswerFormat? answerFormat, IReadOnlyList<ToolDefinition> definitions)
    {
        if (turn.ToolCalls.Count > 0 || answerFormat is not null || Codec is not ChatCompletionsCodec ||
            options.ReadRawToolCalls is not { } rawFormat || turn.Text is not { Length: > 0 } text)
        {
            return turn;
        }

        var raw = RawToolCalls.Parse(text, rawFormat, definitions);
        if (raw.Calls.Count == 0)
        {
            return turn;
        }

        options.RawToolCallsRead?.Invoke(raw);
        return new ChatTurn(raw.Content, raw.Calls, turn.FinishReason, turn.Usage, Codec.WriteAssistantTurn(raw.Content, raw.Calls));
    }

    private void Validate(ChatLoopOptions options)
    {
        if (string.IsNullOrEmpty(options.Model))
        {
            throw new InvalidOperationException("ChatLoopOptions.Model is empty: set the model name the endpoint serves.");
        }

        if (options.MaxSteps < 1)
        {
            throw new InvalidOperationException("ChatLoopOptions.MaxSteps is " + options.MaxSteps.ToString(CultureInfo.InvariantCulture) + "; it must be at least 1.");
        }

        if (_history.Count == 0)
        {
            throw new InvalidOperationException("There is no message to send: add a user message first.");
        }
    }

    private static void Finish(List<ChatStep> steps, ChatStep step, ChatLoopOptions options)
    {
        steps.Add(step);
        options.StepCompleted?.Invoke(step);
    }

    private void AddRange(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            _history.Add(item);
        }
    }
}
