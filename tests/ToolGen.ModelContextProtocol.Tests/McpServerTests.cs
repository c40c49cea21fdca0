using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ToolGen.ModelContextProtocol.Tests;

/// <summary>
/// A real MCP server (the SDK's, over its stream transport, in memory) serves ToolGen tools to the SDK's client.
/// </summary>
public sealed class McpServerTests : IAsyncLifetime
{
    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly CancellationTokenSource _stop = new();
    private ServiceProvider? _services;
    private Task? _serverRun;
    private McpClient? _client;

    private McpClient Client => _client!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICounter>(new Counter());
        services.AddMcpServer(options => options.ServerInfo = new Implementation { Name = "toolgen-test", Version = "1.0.0" })
            .WithStreamServerTransport(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream())
            .WithToolGen(new MapTools());
        _services = services.BuildServiceProvider();
        var server = _services.GetRequiredService<McpServer>();
        _serverRun = server.RunAsync(_stop.Token);

        _client = await McpClient.CreateAsync(
            new StreamClientTransport(_clientToServer.Writer.AsStream(), _serverToClient.Reader.AsStream()));
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        _stop.Cancel();
        try
        {
            await _serverRun!;
        }
        catch (OperationCanceledException)
        {
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    private static Dictionary<string, object?> Args(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
    }

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    private static string Expected(string name, string arguments)
    {
        var result = ((IToolSet)new MapTools()).InvokeAsync(new ToolCall("", name, arguments)).AsTask().GetAwaiter().GetResult();
        return result.Content;
    }

    [Fact]
    public async Task Lists_every_tool_with_its_generated_schemas()
    {
        var tools = await Client.ListToolsAsync();
        IToolSet set = new MapTools();

        Assert.Equal(set.Definitions.Select(d => d.Name), tools.Select(t => t.Name));
        foreach (var definition in set.Definitions)
        {
            var tool = tools.Single(t => t.Name == definition.Name).ProtocolTool;
            Assert.Equal(definition.Description, tool.Description);
            Assert.Equal(JsonDocument.Parse(definition.ParametersSchema).RootElement.GetRawText(), tool.InputSchema.GetRawText());
            Assert.Equal("object", tool.InputSchema.GetProperty("type").GetString());
            if (definition.ReturnSchema is null)
            {
                Assert.Null(tool.OutputSchema);
            }
            else
            {
                Assert.Equal("object", tool.OutputSchema!.Value.GetProperty("type").GetString());
            }
        }
    }

    [Fact]
    public async Task An_object_result_schema_is_the_output_schema_as_it_is()
    {
        var definition = ((IToolSet)new MapTools()).Definitions.Single(d => d.Name == "locate");
        var tool = (await Client.ListToolsAsync()).Single(t => t.Name == "locate").ProtocolTool;
        Assert.Equal(JsonDocument.Parse(definition.ReturnSchema!).RootElement.GetRawText(), tool.OutputSchema!.Value.GetRawText());
    }

    [Fact]
    public async Task A_non_object_result_schema_is_wrapped_in_result()
    {
        var definition = ((IToolSet)new MapTools()).Definitions.Single(d => d.Name == "add");
        var tool = (await Client.ListToolsAsync()).Single(t => t.Name == "add").ProtocolTool;
        Assert.Equal(
            """{"type":"object","properties":{"result":""" + definition.ReturnSchema + """},"required":["result"]}""",
            tool.OutputSchema!.Value.GetRawText());
    }

    [Fact]
    public async Task Object_results_are_structured_content_and_text()
    {
        var result = await Client.CallToolAsync("locate", Args("""{"city":"Paris"}"""));
        Assert.NotEqual(true, result.IsError);
        Assert.Equal("""{"lat":48.8566,"lon":2.3522}""", result.StructuredContent!.Value.GetRawText());
        Assert.Equal("""{"lat":48.8566,"lon":2.3522}""", Text(result));
    }

    [Fact]
    public async Task Non_object_results_are_wrapped_in_result()
    {
        var result = await Client.CallToolAsync("add", Args("""{"a":2,"b":40}"""));
        Assert.NotEqual(true, result.IsError);
        Assert.Equal("""{"result":42}""", result.StructuredContent!.Value.GetRawText());
        Assert.Equal("""{"result":42}""", Text(result));

        result = await Client.CallToolAsync("squares", Args("""{"n":3}"""));
        Assert.Equal("""{"result":[1,4,9]}""", result.StructuredContent!.Value.GetRawText());
    }

    [Fact]
    public async Task Text_results_are_text_only()
    {
        var result = await Client.CallToolAsync("hello", Args("""{"name":"MCP"}"""));
        Assert.NotEqual(true, result.IsError);
        Assert.Null(result.StructuredContent);
        Assert.Equal("Hello, MCP!", Text(result));

        result = await Client.CallToolAsync("hello", new Dictionary<string, object?>());
        Assert.Equal("Hello, world!", Text(result));
    }

    [Fact]
    public async Task Invalid_arguments_are_an_error_result_with_the_repair_text()
    {
        var result = await Client.CallToolAsync("add", Args("""{"a":"two","b":3}"""));
        Assert.True(result.IsError);
        Assert.Null(result.StructuredContent);
        Assert.Equal(Expected("add", """{"a":"two","b":3}"""), Text(result));
        Assert.StartsWith("Invalid arguments for tool \"add\": \"a\": ", Text(result), StringComparison.Ordinal);

        result = await Client.CallToolAsync("squares", Args("""{"n":11}"""));
        Assert.True(result.IsError);
        Assert.Equal(Expected("squares", """{"n":11}"""), Text(result));

        result = await Client.CallToolAsync("add", new Dictionary<string, object?>());
        Assert.True(result.IsError);
        Assert.Equal(Expected("add", "{}"), Text(result));
    }

    [Fact]
    public async Task A_tool_exception_is_an_error_result_with_its_message()
    {
        var result = await Client.CallToolAsync("locate", Args("""{"city":"Atlantis"}"""));
        Assert.True(result.IsError);
        Assert.Equal(Expected("locate", """{"city":"Atlantis"}"""), Text(result));
        Assert.Contains("Unknown city \"Atlantis\".", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tool_is_a_protocol_error()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(async () => await Client.CallToolAsync("nope", new Dictionary<string, object?>()));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_come_from_the_server()
    {
        var first = await Client.CallToolAsync("count", new Dictionary<string, object?>());
        var second = await Client.CallToolAsync("count", new Dictionary<string, object?>());
        Assert.Equal("""{"result":1}""", first.StructuredContent!.Value.GetRawText());
        Assert.Equal("""{"result":2}""", second.StructuredContent!.Value.GetRawText());
    }

    [Fact]
    public async Task Title_and_hints_from_Tool_reach_the_client()
    {
        var tools = await Client.ListToolsAsync();
        var locate = tools.Single(t => t.Name == "locate").ProtocolTool;
        Assert.Equal("Find a city", locate.Title);
        Assert.Equal("Find a city", locate.Annotations!.Title);
        Assert.True(locate.Annotations.ReadOnlyHint);
        Assert.False(locate.Annotations.OpenWorldHint);
        // Left out of [Tool]: not announced.
        Assert.Null(locate.Annotations.DestructiveHint);
        Assert.Null(locate.Annotations.IdempotentHint);
        Assert.Null(locate.Meta);

        var add = tools.Single(t => t.Name == "add").ProtocolTool;
        Assert.Null(add.Title);
        Assert.Null(add.Annotations);
        Assert.Null(add.Meta);
    }

    [Fact]
    public async Task Approval_is_announced_in_meta_and_as_destructive_unless_the_tool_says_otherwise()
    {
        var tools = await Client.ListToolsAsync();
        var forget = tools.Single(t => t.Name == "forget").ProtocolTool;
        Assert.True(forget.Annotations!.DestructiveHint);
        Assert.Null(forget.Annotations.ReadOnlyHint);
        Assert.True((bool)forget.Meta![ToolGenMcpServerTool.RequiresApprovalMetaKey]!);

        var rename = tools.Single(t => t.Name == "rename").ProtocolTool;
        Assert.False(rename.Annotations!.DestructiveHint);
        Assert.True(rename.Annotations.IdempotentHint);
        Assert.True((bool)rename.Meta![ToolGenMcpServerTool.RequiresApprovalMetaKey]!);
    }

    [Fact]
    public void Two_sets_with_the_same_tool_name_are_refused()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddMcpServer().WithToolGen(new MapTools(), new MapTools()));
    }

    [Fact]
    public void Server_tools_can_be_made_without_a_builder()
    {
        var tools = ((IToolSet)new MapTools()).AsMcpServerTools();
        var add = Assert.IsType<ToolGenMcpServerTool>(tools.Single(t => t.ProtocolTool.Name == "add"));
        Assert.True(add.WrapsResult);
        Assert.False(Assert.IsType<ToolGenMcpServerTool>(tools.Single(t => t.ProtocolTool.Name == "locate")).WrapsResult);
        Assert.Empty(add.Metadata);
    }
}
