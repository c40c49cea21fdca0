using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Streaming;
using ToolGen.RawCalls;

namespace ToolGen.Chat;

/// <summary>How a <see cref="ChatLoop"/> (or an <see cref="OpenAIChatLoop"/>) talks to the model and runs tools.</summary>
public sealed class ChatLoopOptions
{
    /// <summary>The default of <see cref="MaxSteps"/>.</summary>
    public const int DefaultMaxSteps = 8;

    /// <summary>The default of <see cref="RequestPath"/>.</summary>
    public const string DefaultRequestPath = "chat/completions";

    /// <summary>The model name sent as the request's <c>model</c>, e.g. <c>gpt-4o-mini</c> or <c>Qwen/Qwen2.5-7B-Instruct</c>. Required.</summary>
    public string Model { get; set; } = string.Empty;

    /// <summary>
    /// Where requests go, relative to the <see cref="System.Net.Http.HttpClient.BaseAddress"/> (or absolute).
    /// The default, <c>chat/completions</c>, suits a base address that ends with <c>/v1/</c>
    /// (e.g. <c>https://api.openai.com/v1/</c> or <c>http://localhost:8000/v1/</c>; keep the trailing slash).
    /// A <see cref="ChatLoop"/> over another codec uses the codec's own path (<see cref="Providers.ChatCodec.GetRequestPath"/>,
    /// e.g. <c>messages</c> or <c>models/{model}:generateContent</c>) unless this is set to something other than the default.
    /// </summary>
    public string RequestPath { get; set; } = DefaultRequestPath;

    /// <summary>
    /// When set, sent as <c>Authorization: Bearer …</c> on each request. Leave <see langword="null"/> for servers
    /// that need no key, or when the <see cref="System.Net.Http.HttpClient"/> already sends one.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The most requests sent to the model in one <see cref="OpenAIChatLoop.RunAsync(System.Threading.CancellationToken)"/>;
    /// at least 1. When the model still asks for tools in the last one, the loop runs them, appends their results and
    /// returns with <see cref="ChatLoopResult.StepLimitReached"/> set. Default <see cref="DefaultMaxSteps"/>.
    /// </summary>
    public int MaxSteps { get; set; } = DefaultMaxSteps;

    /// <summary>
    /// Whether tools that have a <see cref="ToolDefinition.StrictParametersSchema"/> are sent in OpenAI strict mode
    /// (<c>"strict":true</c>); their calls are then read strictly (<see cref="ToolCall.Strict"/>). Default <see langword="true"/>.
    /// Some compatible servers reject or ignore strict mode; set <see langword="false"/> for them.
    /// </summary>
    public bool Strict { get; set; } = true;

    /// <summary>
    /// When set, sent as the request's <c>parallel_tool_calls</c>; when <see langword="null"/> (the default) the property
    /// is left out and the server's default applies.
    /// </summary>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>
    /// Asked before each call of a tool whose <see cref="ToolDefinition.RequiresApproval"/> is set. When <see langword="null"/>,
    /// such calls are not run and the model is told that they need an approval this host cannot ask for.
    /// </summary>
    public ToolApproval? Approve { get; set; }

    /// <summary>
    /// Called after the tool calls of each response have run, before their results are sent to the model, with those
    /// calls in the model's order: for logging, or for showing progress while the model is slow to answer.
    /// </summary>
    public Action<IReadOnlyList<ToolInvocation>>? ToolCallsCompleted { get; set; }

    /// <summary>
    /// When a response has no <c>tool_calls</c>, read the calls that the model may have written in its content in its own
    /// format (an open-weight model whose server did not parse them: vLLM without <c>--tool-call-parser</c>, llama.cpp
    /// without <c>--jinja</c>…), and run them. The format to read, <see cref="RawToolCallFormat.Auto"/> (the default) to
    /// detect it; <see langword="null"/> to take the content as the answer whatever it holds.
    /// </summary>
    public RawToolCallFormat? ReadRawToolCalls { get; set; } = RawToolCallFormat.Auto;

    /// <summary>
    /// Called when calls were read from a response's content (see <see cref="ReadRawToolCalls"/>), before they run: for
    /// logging what was read and what had to be tolerated (<see cref="RawToolCallResult.Events"/>).
    /// </summary>
    public Action<RawToolCallResult>? RawToolCallsRead { get; set; }

    /// <summary>The host's services, passed to each call as <see cref="ToolCall.Services"/>.</summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>
    /// Writes more properties into each request object, after <c>model</c>, <c>messages</c> and <c>tools</c>
    /// (e.g. <c>writer.WriteNumber("temperature", 0)</c>). Each property must be written once per call.
    /// </summary>
    public Action<Utf8JsonWriter>? WriteRequestProperties { get; set; }

    /// <summary>The default of <see cref="MaxConcurrentToolCalls"/>.</summary>
    public const int DefaultMaxConcurrentToolCalls = 16;

    /// <summary>The default of <see cref="MaxRetries"/>.</summary>
    public const int DefaultMaxRetries = 2;

    /// <summary>
    /// System instructions, written where each provider wants them (a leading system message for Chat Completions,
    /// <c>instructions</c> for Responses, <c>system</c> for Anthropic, <c>systemInstruction</c> for Gemini).
    /// <see langword="null"/> (the default) for none.
    /// </summary>
    public string? Instructions { get; set; }

    /// <summary>Whether to ask for streamed responses and read them with the codec's stream reader. Default <see langword="false"/>.</summary>
    public bool Stream { get; set; }

    /// <summary>Called with each update of a streamed response (text deltas as they come, each call when complete).</summary>
    public Action<ChatStreamUpdate>? StreamUpdate { get; set; }

    /// <summary>The most tool calls of one response that run at the same time; at least 1. Default <see cref="DefaultMaxConcurrentToolCalls"/>.</summary>
    public int MaxConcurrentToolCalls { get; set; } = DefaultMaxConcurrentToolCalls;

    /// <summary>
    /// Decides, per call, whether it needs approval (through <see cref="Approve"/>) before it runs; it sees the call's
    /// arguments as the model wrote them, and the tool's definition (<see langword="null"/> for an unknown tool).
    /// When <see langword="null"/> (the default), a call needs approval when its tool is marked
    /// <see cref="ToolDefinition.RequiresApproval"/>.
    /// </summary>
    public Func<ToolCall, ToolDefinition?, bool>? RequiresApproval { get; set; }

    /// <summary>How many times a request answered HTTP 429, 503 or 529 (overloaded) is sent again; 0 for none. Default <see cref="DefaultMaxRetries"/>.</summary>
    public int MaxRetries { get; set; } = DefaultMaxRetries;

    /// <summary>
    /// The wait before retry number <c>attempt</c> (1-based), given the server's <c>Retry-After</c> (or <c>retry-after-ms</c>)
    /// when it sent one. When <see langword="null"/> (the default): the server's delay, capped at one minute, else
    /// 1, 2, 4… seconds.
    /// </summary>
    public Func<int, TimeSpan?, TimeSpan>? RetryDelay { get; set; }

    /// <summary>Waits between retries; <see langword="null"/> (the default) for <see cref="Task.Delay(TimeSpan, CancellationToken)"/>. Tests inject one that does not wait.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; set; }

    /// <summary>The longest one request may take, its body included; <see langword="null"/> (the default) for no limit besides the <see cref="System.Net.Http.HttpClient"/>'s own.</summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>The most tokens to generate per request; <see langword="null"/> for the provider's default (Anthropic requires one: 4096 is sent).</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>How many times a structured answer that cannot be read is sent back to the model with the reason, before <see cref="StructuredOutputException"/>. Default 1.</summary>
    public int StructuredOutputRetries { get; set; } = 1;

    /// <summary>Called after each request's response has been read (and its calls run): finish reason, usage, number of calls.</summary>
    public Action<ChatStep>? StepCompleted { get; set; }
}
