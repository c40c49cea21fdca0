using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ToolGen.ModelContextProtocol.Tests;

/// <summary>
/// <see cref="ToolGenMcpServerTool.InvokeAsync"/> called directly with a constructed request (as the benchmarks do):
/// the raw argument copy with the SDK's dictionary, another dictionary type and names that need escaping.
/// </summary>
public class DirectCallTests
{
    private static readonly McpServer Server =
        McpServer.Create(new StreamServerTransport(new MemoryStream(), new MemoryStream()), new McpServerOptions());

    private static ToolGenMcpServerTool Tool(string name) =>
        ((IToolSet)new MapTools()).AsMcpServerTools().OfType<ToolGenMcpServerTool>().Single(t => t.ProtocolTool.Name == name);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static ValueTask<CallToolResult> Call(string name, IDictionary<string, JsonElement>? arguments) =>
        Tool(name).InvokeAsync(new RequestContext<CallToolRequestParams>(
            Server,
            new JsonRpcRequest { Id = new RequestId(7), Method = RequestMethods.ToolsCall },
            new CallToolRequestParams { Name = name, Arguments = arguments }));

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    [Fact]
    public async Task Sdk_dictionary_arguments_are_copied_and_the_result_is_structured()
    {
        var result = await Call("locate", new Dictionary<string, JsonElement> { ["city"] = Json("\"Par\\u0069s\"") });
        Assert.NotEqual(true, result.IsError);
        Assert.Equal("""{"lat":48.8566,"lon":2.3522}""", result.StructuredContent!.Value.GetRawText());
        Assert.Equal("""{"lat":48.8566,"lon":2.3522}""", Text(result));
    }

    [Fact]
    public async Task Other_dictionaries_names_that_need_escaping_and_undefined_values_are_read()
    {
        var arguments = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["a"] = Json("2"),
            ["b"] = Json("3"),
            ["note\"1"] = default,
        };
        var result = await Call("add", arguments);
        Assert.NotEqual(true, result.IsError);
        Assert.Equal("""{"result":5}""", result.StructuredContent!.Value.GetRawText());
        Assert.Equal("""{"result":5}""", Text(result));
    }

    [Fact]
    public async Task No_arguments_reach_the_reader_as_missing()
    {
        var result = await Call("add", null);
        Assert.True(result.IsError);
        Assert.StartsWith("Invalid arguments for tool \"add\": ", Text(result), StringComparison.Ordinal);
    }
}
