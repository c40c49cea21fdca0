using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>
/// A tool set derived from another includes its base's tools, and which tools a call reaches does not depend on the
/// static type it is made through (docs/contributing/architecture.md, "Inheritance").
/// </summary>
public class InheritanceTests
{
    [Fact]
    public void A_derived_set_lists_its_own_tools_then_its_bases()
    {
        Assert.Equal(new[] { "wait", "count", "label" }, TimerTools.ToolDefinitions.Select(d => d.Name));
        Assert.Equal(new[] { "ring", "wait", "count", "label" }, AlarmTools.ToolDefinitions.Select(d => d.Name));
        Assert.Equal(new[] { "count", "label" }, CounterTools.ToolDefinitions.Select(d => d.Name));
        Assert.Equal(AlarmTools.ToolDefinitions.Select(d => d.Name), ((IToolSet)new AlarmTools()).Definitions.Select(d => d.Name));
    }

    [Fact]
    public void Every_tool_is_reached_through_the_class_the_base_class_and_the_interface()
    {
        var alarm = new AlarmTools();
        foreach (var (name, arguments, expected) in new[] { ("ring", "{}", "ring"), ("wait", """{"seconds":2}""", "waited 2"), ("count", """{"to":3}""", "3"), ("label", "{}", "AlarmTools") })
        {
            Assert.Equal(expected, Text(alarm.InvokeAsync(new ToolCall("1", name, arguments))));
            Assert.Equal(expected, Text(((TimerTools)alarm).InvokeAsync(new ToolCall("1", name, arguments))));
            Assert.Equal(expected, Text(((CounterTools)alarm).InvokeAsync(new ToolCall("1", name, arguments))));
            Assert.Equal(expected, ((IToolSet)alarm).Ok(name, arguments));
        }
    }

    [Fact]
    public void An_unknown_name_lists_every_tool_the_object_has()
    {
        var message = new AlarmTools().Fails("nope", "{}", ToolErrorKind.UnknownTool);
        Assert.Equal("Unknown tool \"nope\". Available tools: ring, wait, count, label.", message);
    }

    [Fact]
    public void A_base_object_does_not_answer_to_derived_tools()
    {
        new CounterTools().Fails("wait", """{"seconds":1}""", ToolErrorKind.UnknownTool);
    }

    private static string Text(ValueTask<ToolResult> pending)
    {
        var result = pending.AsTask().GetAwaiter().GetResult();
        Assert.False(result.IsError, result.Content);
        return result.Content;
    }
}

/// <summary>Tools of a mutable struct run on the instance itself, as a direct call would.</summary>
public class StructToolTests
{
    [Fact]
    public void A_struct_tool_changes_the_boxed_instance_it_is_called_through()
    {
        IToolSet tally = new TallyTools();
        Assert.Equal("2", tally.Ok("add", """{"by":2}"""));
        Assert.Equal("5", tally.Ok("add", """{"by":3}"""));
    }
}
