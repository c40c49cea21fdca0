using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Parameters the host fills: services, the call context, the cancellation token.</summary>
public class SpecialParameterTests
{
    private readonly IToolSet _tools = new ServiceTools();

    [Fact]
    public async Task FromServices_parameters_are_resolved_from_the_call()
    {
        var call = new ToolCall("c1", "now", "{}") { Services = new SimpleServices().Add<IClock>(new FixedClock()) };
        var result = await _tools.InvokeAsync(call);
        Assert.Equal("2026-11-25", result.Content);
    }

    [Fact]
    public async Task A_missing_service_is_an_error_the_host_can_diagnose()
    {
        var result = await _tools.InvokeAsync(new ToolCall("c1", "now", "{}") { Services = new SimpleServices() });
        Assert.Equal(ToolErrorKind.MissingService, result.Error!.Kind);
        Assert.Equal("Tool \"now\" is not available right now: the host is missing something it needs. Do not retry this call.", result.Content);
        Assert.Contains("ToolGen.Tests.Tools.IClock", result.Error.Exception!.Message);

        var none = await _tools.InvokeAsync(new ToolCall("c1", "now", "{}"));
        Assert.Equal(ToolErrorKind.MissingService, none.Error!.Kind);
        Assert.Contains("carries no services", none.Error.Exception!.Message);
    }

    [Fact]
    public async Task Bad_arguments_are_reported_before_missing_services()
    {
        var result = await _tools.InvokeAsync(new ToolCall("c1", "now", """{"format":5}"""));
        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
    }

    [Fact]
    public async Task Context_and_service_provider_reach_the_tool()
    {
        var call = new ToolCall("call_9", "who_am_i", "{}") { Services = new SimpleServices().Add<IClock>(new FixedClock()) };
        var result = await _tools.InvokeAsync(call);
        Assert.Equal("call_9|who_am_i|True|1", result.Content);
    }

    [Fact]
    public void Special_parameters_stay_out_of_the_schema()
    {
        Assert.Equal("""{"type":"object","properties":{}}""", ServiceTools.ToolDefinitions.Single(d => d.Name == "who_am_i").ParametersSchema);
        Assert.Equal("""{"type":"object","properties":{"format":{"type":"string","default":"yyyy-MM-dd"}}}""", ServiceTools.ToolDefinitions.Single(d => d.Name == "now").ParametersSchema);
    }
}
