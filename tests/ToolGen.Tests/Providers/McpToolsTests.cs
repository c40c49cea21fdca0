using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ToolGen.Providers;
using ToolGen.Tests.Chat;

namespace ToolGen.Tests.Providers;

// modelcontextprotocol.io/specification/2025-11-25/server/tools ("Listing Tools", "Calling Tools", "Error Handling"), and
// the official C# SDK's protocol types (ModelContextProtocol.Core 2.4.0) reading what the codec writes.
public class McpToolsTests
{
    private static readonly ToolDefinition Weather = new(
        "get_weather",
        "Gets the weather.",
        """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""",
        returnSchema: """{"type":"object","properties":{"celsius":{"type":"number"}}}""");

    [Fact]
    public void The_sdk_reads_the_tools_list()
    {
        var json = McpTools.WriteToolsList(ChatTools.ToolDefinitions.Append(Weather).Append(new ToolDefinition("count", "", """{"type":"object"}""", returnSchema: """{"type":"integer"}""")));

        var result = JsonSerializer.Deserialize<ListToolsResult>(json, McpJsonUtilities.DefaultOptions)!;

        Assert.Equal(ChatTools.ToolDefinitions.Count + 2, result.Tools.Count);
        var weather = result.Tools.Single(t => t.Name == "get_weather" && t.Description == "Gets the weather.");
        Assert.Equal("object", weather.InputSchema.GetProperty("type").GetString());
        Assert.Equal("number", weather.OutputSchema!.Value.GetProperty("properties").GetProperty("celsius").GetProperty("type").GetString());
        Assert.Null(result.Tools.Single(t => t.Name == "count").OutputSchema); // not object-rooted: not declared
    }

    [Fact]
    public void The_codec_reads_call_params_the_sdk_writes()
    {
        var sdk = new CallToolRequestParams
        {
            Name = "get_weather",
            Arguments = new Dictionary<string, JsonElement> { ["city"] = JsonDocument.Parse("\"Paris\"").RootElement },
        };
        var json = JsonSerializer.Serialize(sdk, McpJsonUtilities.DefaultOptions);

        var call = McpTools.ReadCallParams(json);

        Assert.Equal("get_weather", call.Name);
        Assert.Equal("Paris", JsonDocument.Parse(call.ArgumentsText).RootElement.GetProperty("city").GetString());
    }

    [Fact]
    public void A_whole_json_rpc_request_gives_its_id_to_the_call()
    {
        var call = McpTools.ReadCallParams("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get_weather","arguments":{"location":"New York"}}}""");

        Assert.Equal("2", call.Id);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("""{"location":"New York"}""", call.ArgumentsText);
    }

    [Fact]
    public void A_call_without_name_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => McpTools.ReadCallParams("""{"arguments":{}}"""));
        Assert.Throws<FormatException>(() => McpTools.ReadCallParams("""{"name":"x","arguments":{"""));
    }

    [Fact]
    public void Failures_are_results_with_isError_and_success_carries_structured_content()
    {
        var failed = JsonSerializer.Deserialize<CallToolResult>(
            McpTools.WriteCallResult(ToolResult.Failure("1", new ToolError(ToolErrorKind.InvalidArguments, "city: required.")), Weather),
            McpJsonUtilities.DefaultOptions)!;
        Assert.True(failed.IsError);
        Assert.Equal("city: required.", Assert.IsType<TextContentBlock>(Assert.Single(failed.Content)).Text);
        Assert.Null(failed.StructuredContent);

        var json = McpTools.WriteCallResult(ToolResult.Success("1", """{"celsius":18.5}"""), Weather);
        var ok = JsonSerializer.Deserialize<CallToolResult>(json, McpJsonUtilities.DefaultOptions)!;
        Assert.False(ok.IsError);
        Assert.Equal("""{"celsius":18.5}""", Assert.IsType<TextContentBlock>(Assert.Single(ok.Content)).Text);
        Assert.Equal(18.5, ok.StructuredContent!.Value.GetProperty("celsius").GetDouble());

        var plain = JsonSerializer.Deserialize<CallToolResult>(McpTools.WriteCallResult(ToolResult.Success("1", "hello"), null), McpJsonUtilities.DefaultOptions)!;
        Assert.Null(plain.StructuredContent);
    }

    [Fact]
    public void A_client_reads_results_back()
    {
        var failed = McpTools.ReadCallResult("""{"content":[{"type":"text","text":"Invalid departure date: must be in the future."}],"isError":true}"""u8, "c1");
        Assert.True(failed.IsError);
        Assert.Equal("c1", failed.CallId);
        Assert.Equal("Invalid departure date: must be in the future.", failed.Content);

        var ok = McpTools.ReadCallResult("""{"content":[],"structuredContent":{"temperature":22.5}}"""u8, "c2");
        Assert.False(ok.IsError);
        Assert.Equal("""{"temperature":22.5}""", ok.Content);
    }
}
