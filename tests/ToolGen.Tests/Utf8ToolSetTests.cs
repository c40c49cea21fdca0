using System.Text;
using CsCheck;
using ToolGen.Tests.Differential;
using ToolGen.Tests.Fuzz;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>
/// <see cref="IUtf8ToolSet"/>, the call-object-free path every generated set implements beside <see cref="IToolSet"/>:
/// the same switch, readers and writers, so for a call in the default mode (neither strict nor lenient) without
/// services it must give the very outcome <see cref="IToolSet.InvokeAsync"/> gives, errors included.
/// </summary>
public class Utf8ToolSetTests
{
    /// <summary>Deterministic sets (no clock, counter or services), so that two calls of one payload must agree.</summary>
    private static readonly IToolSet[] s_sets =
    {
        new DifferentialTools(), new TravelTools(), new EchoTools(), new FreeJsonTools(), new WeatherTools(),
        new FailingTools(), ConversionTools.ToolSet, new Validator.SchemaTools(), new SchemaSemantics.SemanticsTools(),
        new Lenient.LenientTools(),
    };

    private static readonly (IToolSet Set, ToolDefinition Tool)[] s_tools = s_sets
        .SelectMany(set => set.Definitions.Select(tool => (set, tool)))
        .Where(t => t.tool.Name is not ("wait_forever" or "thread"))
        .ToArray();

    [Fact]
    public async Task Fuzzed_payloads_get_the_same_outcome_as_through_IToolSet()
    {
        var gen = FuzzCase.Gen(s_tools.Length);
        var differences = new List<string>();
        for (ulong i = 0; i < 3000 && differences.Count < 5; i++)
        {
            var fuzzCase = gen.Generate(new PCG(7, i), null, out _);
            var (set, tool) = s_tools[fuzzCase.Tool % s_tools.Length];
            var arguments = fuzzCase.Arguments(tool);
            var result = await set.InvokeAsync(new ToolCall("call_1", tool.Name, arguments));
            var output = await ((IUtf8ToolSet)set).InvokeUtf8Async(tool.Name, arguments);
            if (output.Content != result.Content || output.IsError != result.IsError || output.Error?.Kind != result.Error?.Kind)
            {
                differences.Add($"{tool.Name} {Encoding.UTF8.GetString(arguments)}: IToolSet {result}, IUtf8ToolSet {output}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void An_unknown_tool_lists_the_available_ones()
    {
        var output = Run(new WeatherTools(), "get_wether", "{}");
        Assert.Equal(ToolErrorKind.UnknownTool, output.Error!.Kind);
        Assert.Equal("Unknown tool \"get_wether\". Available tools: get_temperature, get_stock_price, forecast.", output.Content);
    }

    [Fact]
    public void A_derived_set_runs_its_own_and_inherited_tools()
    {
        IToolSet alarm = new AlarmTools();
        Assert.Equal("ring", Run(alarm, "ring", "{}").Content);
        Assert.Equal("waited 3", Run(alarm, "wait", """{"seconds":3}""").Content);
        Assert.Equal("7", Run(alarm, "count", """{"to":7}""").Content);
        Assert.Equal(alarm.Call("count", """{"to":"x"}""").Content, Run(alarm, "count", """{"to":"x"}""").Content);
    }

    [Fact]
    public void A_static_set_runs_async_tools()
    {
        var output = Run(ConversionTools.ToolSet, "shout", """{"text":"hi"}""");
        Assert.False(output.IsError, output.Content);
        Assert.Equal("HI", output.Content);
        Assert.Equal(ToolResult.NoContent, Run(ConversionTools.ToolSet, "ping", string.Empty).Content);
    }

    [Fact]
    public void A_tool_that_needs_services_reports_their_absence()
    {
        var output = Run(new ServiceTools(), "now", "{}");
        Assert.Equal(ToolErrorKind.MissingService, output.Error!.Kind);
        Assert.Equal(new ServiceTools().Call("now", "{}").Content, output.Content);
    }

    [Fact]
    public void A_null_name_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => ((IUtf8ToolSet)new EchoTools()).InvokeUtf8Async(null!, ReadOnlyMemory<byte>.Empty));
    }

    [Fact]
    public void An_outcome_becomes_the_same_result()
    {
        var failure = ToolOutput.Failure(new ToolError(ToolErrorKind.ToolFailed, "broke"));
        var result = failure.ToResult("call_9");
        Assert.True(result.IsError);
        Assert.Equal(("call_9", "broke"), (result.CallId, result.Content));
        Assert.Equal(failure.Content, ToolOutput.FromResult(result).Content);
        Assert.Equal("{}", ToolOutput.Success("{}").ToResult("c").Content);
    }

    private static ToolOutput Run(IToolSet set, string name, string arguments) =>
        ((IUtf8ToolSet)set).InvokeUtf8Async(name, Encoding.UTF8.GetBytes(arguments)).AsTask().GetAwaiter().GetResult();
}
