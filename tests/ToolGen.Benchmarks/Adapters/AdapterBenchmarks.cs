using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;
using ToolGen.Extensions.AI;
using ToolGen.ModelContextProtocol;

namespace ToolGen.Benchmarks.Adapters;

/// <summary>
/// The host adapters of issue 14, each against what a user of that host writes without ToolGen, on the same method
/// (<c>get_weather</c>: a string, an enum and an int in, a record with an array out) and the same arguments.
/// <list type="bullet">
/// <item><c>Chat</c>: one whole <c>FunctionInvokingChatClient.GetResponseAsync</c> over a scripted inner client that
/// answers the first request with one tool call (arguments as <see cref="JsonElement"/>s, as providers give them) and
/// the second with a text answer; functions from <c>AsAIFunctions()</c> vs <c>AIFunctionFactory.Create</c>.</item>
/// <item><c>Function</c>: the part of <c>Chat</c> that differs: <c>AIFunction.InvokeAsync</c> alone, with the same
/// arguments wrapped in a fresh <c>AIFunctionArguments</c> as <c>FunctionInvokingChatClient</c> does.</item>
/// <item><c>McpCall</c>: one <c>tools/call</c> as the SDK's server runs it once the request is parsed:
/// <c>McpServerTool.InvokeAsync(RequestContext&lt;CallToolRequestParams&gt;)</c> on <c>ToolGenMcpServerTool</c> vs
/// <c>McpServerTool.Create(delegate, { UseStructuredContent = true })</c> (both answer with structured content and
/// text). JSON-RPC parsing and transport are left out: they are the same for both.</item>
/// </list>
/// The non-ToolGen path is each category's baseline, so a ToolGen ratio of 0.33 or less meets the 3× target.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AdapterBenchmarks
{
    private const string Arguments = """{"city":"Paris","unit":"Celsius","days":5}""";

    private readonly IChatClient _toolGenChat;
    private readonly IChatClient _factoryChat;
    private readonly ChatOptions _toolGenOptions;
    private readonly ChatOptions _factoryOptions;
    private readonly List<ChatMessage> _question = new() { new ChatMessage(ChatRole.User, "Weather in Paris?") };

    private readonly AIFunction _toolGenFunction;
    private readonly AIFunction _factoryFunction;
    private readonly Dictionary<string, object?> _functionArguments;

    private readonly McpServerTool _toolGenMcp;
    private readonly McpServerTool _sdkMcp;
    private readonly RequestContext<CallToolRequestParams> _request;

    public AdapterBenchmarks()
    {
        IToolSet tools = new BenchTools();
        _toolGenOptions = new ChatOptions { Tools = [tools.AsAIFunction("get_weather")] };
        _factoryOptions = new ChatOptions { Tools = [MeaiTools.Create(new BenchTools()).Single(f => f.Name == "get_weather")] };
        _toolGenFunction = (AIFunction)_toolGenOptions.Tools[0];
        _factoryFunction = (AIFunction)_factoryOptions.Tools[0];
        _functionArguments = OneCallChatClient.CallArguments;
        _toolGenChat = new FunctionInvokingChatClient(new OneCallChatClient());
        _factoryChat = new FunctionInvokingChatClient(new OneCallChatClient());

        _toolGenMcp = tools.AsMcpServerTools().Single(t => t.ProtocolTool.Name == "get_weather");
        var bench = new BenchTools();
        _sdkMcp = McpServerTool.Create(
            (Func<string, TemperatureUnit, int, WeatherReport>)bench.GetWeather,
            new McpServerToolCreateOptions { Name = "get_weather", UseStructuredContent = true });

        using var document = JsonDocument.Parse(Arguments);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var server = McpServer.Create(new StreamServerTransport(new MemoryStream(), new MemoryStream()), new McpServerOptions());
        _request = new RequestContext<CallToolRequestParams>(
            server,
            new JsonRpcRequest { Id = new RequestId(1), Method = RequestMethods.ToolsCall },
            new CallToolRequestParams { Name = "get_weather", Arguments = arguments });
    }

    [Benchmark(Baseline = true, Description = "AIFunctionFactory"), BenchmarkCategory("Chat")]
    public Task<ChatResponse> Chat_Factory() => _factoryChat.GetResponseAsync(_question, _factoryOptions);

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("Chat")]
    public Task<ChatResponse> Chat_ToolGen() => _toolGenChat.GetResponseAsync(_question, _toolGenOptions);

    [Benchmark(Baseline = true, Description = "AIFunctionFactory"), BenchmarkCategory("Function")]
    public ValueTask<object?> Function_Factory() => _factoryFunction.InvokeAsync(new AIFunctionArguments(_functionArguments));

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("Function")]
    public ValueTask<object?> Function_ToolGen() => _toolGenFunction.InvokeAsync(new AIFunctionArguments(_functionArguments));

    [Benchmark(Baseline = true, Description = "McpServerTool.Create"), BenchmarkCategory("McpCall")]
    public ValueTask<CallToolResult> Mcp_Sdk() => _sdkMcp.InvokeAsync(_request);

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("McpCall")]
    public ValueTask<CallToolResult> Mcp_ToolGen() => _toolGenMcp.InvokeAsync(_request);

    /// <summary>Checks that every path runs the tool and returns the same report; used by the <c>adapters</c> mode.</summary>
    public async Task<IReadOnlyList<string>> VerifyAsync()
    {
        var chat = new[] { await Chat_Factory(), await Chat_ToolGen() };
        var mcp = new[] { await Mcp_Sdk(), await Mcp_ToolGen() };
        return chat.Select(r => "chat: " + r.Text)
            .Concat(mcp.Select(r => "mcp: error=" + (r.IsError ?? false) + " structured=" + r.StructuredContent?.GetRawText()))
            .ToList();
    }

    /// <summary>
    /// The model side, with no network: a request whose last message carries tool results gets the answer (quoting
    /// the result it saw); any other request gets one <c>get_weather</c> call.
    /// </summary>
    private sealed class OneCallChatClient : IChatClient
    {
        internal static readonly Dictionary<string, object?> CallArguments = Parse(Arguments);

        private static Dictionary<string, object?> Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var last = messages is IList<ChatMessage> list ? list[list.Count - 1] : messages.Last();
            if (last.Role == ChatRole.Tool)
            {
                var result = (FunctionResultContent)last.Contents[0];
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "It is " + (result.Result is null ? "unknown" : "known") + ".")));
            }

            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?>(CallArguments))])));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
