using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using static ToolGen.Extensions.AI.Tests.Equivalence;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// The same argument payloads through each ToolGen function and <c>AIFunctionFactory.Create</c> of the same method:
/// the same result or both an error, except the named outcome differences (rows of docs/hosts.md's table).
/// </summary>
public class EquivalenceOutcomeTests
{
    /// <summary>Payloads on which both functions agree: the same result, or both an error.</summary>
    public static TheoryData<string, string> Agreeing => new()
    {
        { "echo", """{"text":"hi"}""" },
        { "echo", """{"text":""}""" },
        { "echo", """{"text":"hi","extra":1}""" },
        { "echo", """{}""" },
        { "echo", """{"text":5}""" },
        { "multiply", """{"a":6,"b":7}""" },
        { "multiply", """{"a":6}""" },
        { "multiply", """{"a":6.5}""" },
        { "multiply", """{"a":99999999999}""" },
        { "name_shade", """{"shade":"Green"}""" },
        { "name_shade", """{"shade":"Blue","upper":true}""" },
        { "name_shade", """{"shade":"green"}""" },
        { "name_shade", """{"shade":"Purple"}""" },
        { "name_shade", """{"shade":"Red","upper":"yes"}""" },
        { "move", """{"point":{"x":1,"y":2},"dx":3}""" },
        { "move", """{"point":null,"dx":3}""" },
        { "move", """{"point":[1,2],"dx":3}""" },
        { "join", """{"words":["a","b","c"]}""" },
        { "join", """{"words":[]}""" },
        { "join", """{"words":"a"}""" },
        { "join", """{"words":["a",1]}""" },
        { "greet", """{"name":"Ada"}""" },
        { "greet", """{"name":"Ada","age":36}""" },
        { "greet", """{"name":"Ada","age":null}""" },
        { "greet", """{"name":"Ada","age":-1}""" },
        { "greet", """{"age":36}""" },
        { "describe_meeting", """{"day":"2025-03-14","start":"2025-03-14T09:30:00","length":"01:30:00"}""" },
        { "describe_meeting", """{"day":"14/03/2025","start":"2025-03-14T09:30:00","length":"01:30:00"}""" },
        { "describe_meeting", """{"day":"2025-02-30","start":"2025-03-14T09:30:00","length":"01:30:00"}""" },
        { "describe_meeting", """{"day":"2025-03-14","start":"tomorrow","length":"01:30:00"}""" },
        { "describe_meeting", """{"day":"2025-03-14","start":"2025-03-14T09:30:00","length":90}""" },
        { "file_link", """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","link":"https://example.com/a"}""" },
        { "file_link", """{"id":"0F8FAD5BD9CB469FA16570867728950E","link":"https://example.com/a"}""" },
        { "file_link", """{"id":"not-a-guid","link":"https://example.com/a"}""" },
        { "file_link", """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","link":"relative/path"}""" },
        { "file_link", """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","link":"http://[bad"}""" },
        { "tally", """{"counts":{"a":1,"b":2}}""" },
        { "tally", """{"counts":{}}""" },
        { "tally", """{"counts":{"a":1.5}}""" },
        { "tally", """{"counts":[1,2]}""" },
        { "tally", """{"counts":{"a":null}}""" },
        { "average", """{"values":[1,2,4]}""" },
        { "average", """{"values":[]}""" },
        { "average", """{"values":null}""" },
        { "list_shades", """{}""" },
        { "list_shades", """{"first":"Red","count":3}""" },
        { "list_shades", """{"first":"Blue","label":"x"}""" },
        { "list_shades", """{"label":null}""" },
        { "count_stops", """{"route":{"stops":[{"x":1,"y":2}],"note":"n"}}""" },
        { "count_stops", """{"route":{"stops":[],"note":null}}""" },
        { "count_stops", """{"route":{"stops":[]}}""" },
        { "count_stops", """{"route":{"note":"n"}}""" },
        { "lookup", """{"key":"k"}""" },
        { "lookup", """{}""" },
        { "host_greet", """{"name":"Ada"}""" },
        { "host_greet", """{"name":"Ada","services":1}""" },
    };

    [Theory]
    [MemberData(nameof(Agreeing))]
    public async Task Same_payload_gives_the_same_result_or_both_errors(string tool, string arguments)
    {
        var (toolGen, factory) = Pair(tool);
        var a = await RunToolGen(toolGen, arguments);
        var b = await RunFactory(factory, arguments);
        Assert.Equal(a.Error, b.Error);
        if (!a.Error)
        {
            Assert.True(JsonNode.DeepEquals(a.Value, b.Value), a.Value?.ToJsonString() + " vs " + b.Value?.ToJsonString());
        }
        else
        {
            // ToolGen returns its repair text as the result; the factory throws.
            Assert.Equal(a.Text, Assert.IsType<string>(await toolGen.InvokeAsync(Arguments(arguments))));
        }
    }

    /// <summary>
    /// Payloads ToolGen refuses (with a repair text) and the factory runs: its <c>JsonSerializer</c> binding, with
    /// <c>AIJsonUtilities.DefaultOptions</c>, is more lenient, and validation attributes are not enforced.
    /// </summary>
    public static TheoryData<string, string, string, string> Differing => new()
    {
        { "outcome 1: null for a non-nullable string", "echo", """{"text":null}""", "null" },
        { "outcome 2: a number as a JSON string", "multiply", """{"a":"6"}""", "12" },
        { "outcome 2: a number as a JSON string, in a dictionary", "tally", """{"counts":{"a":"1"}}""", "1" },
        { "outcome 2: a number as a JSON string, in an array", "average", """{"values":[1,"2"]}""", "1.5" },
        { "outcome 3: [Range] not enforced by the factory", "multiply", """{"a":6,"b":11}""", "66" },
        { "outcome 4: an enum as its integer value", "name_shade", """{"shade":1}""", "\"Green\"" },
        { "outcome 5: record members matched case-insensitively", "move", """{"point":{"X":1,"Y":2},"dx":3}""", """{"x":4,"y":2}""" },
        { "outcome 6: a missing required record member becomes 0", "move", """{"point":{"x":1},"dx":3}""", """{"x":4,"y":0}""" },
        { "outcome 6: a missing required record member becomes 0, in a list", "count_stops", """{"route":{"stops":[{"x":1}],"note":null}}""", "1" },
        { "outcome 7: null inside a list of non-nullable strings", "join", """{"words":["a",null]}""", "\"a \"" },
        { "outcome 8: a date alone for a DateTime", "describe_meeting", """{"day":"2025-03-14","start":"2025-03-14","length":"01:30:00"}""", "\"2025-03-14 00:00 90\"" },
    };

    [Theory]
    [MemberData(nameof(Differing))]
    public async Task Outcome_difference_ToolGen_refuses_and_the_factory_runs(string difference, string tool, string arguments, string factoryResult)
    {
        Assert.StartsWith("outcome ", difference, StringComparison.Ordinal);
        var (toolGen, factory) = Pair(tool);
        var a = await RunToolGen(toolGen, arguments);
        var b = await RunFactory(factory, arguments);
        Assert.True(a.Error, a.Text);
        Assert.StartsWith("Invalid arguments for tool \"" + tool + "\": ", a.Text, StringComparison.Ordinal);
        Assert.False(b.Error, b.Text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(factoryResult), b.Value), b.Text);
    }

    /// <summary>Payloads ToolGen runs and the factory refuses (it throws a <c>JsonException</c>).</summary>
    public static TheoryData<string, string, string, string> Reversed => new()
    {
        { "outcome 9: an ISO 8601 duration for a TimeSpan (ToolGen also reads the \"c\" form)", "describe_meeting", """{"day":"2025-03-14","start":"2025-03-14T09:30:00","length":"PT1H30M"}""", "\"2025-03-14 09:30 90\"" },
        { "outcome 10: null for an optional enum with a default takes the default", "list_shades", """{"first":null}""", """["Green","Blue"]""" },
        { "outcome 10: null for an optional int with a default takes the default", "list_shades", """{"count":null}""", """["Green","Blue"]""" },
    };

    [Theory]
    [MemberData(nameof(Reversed))]
    public async Task Outcome_difference_ToolGen_runs_and_the_factory_refuses(string difference, string tool, string arguments, string toolGenResult)
    {
        Assert.StartsWith("outcome ", difference, StringComparison.Ordinal);
        var (toolGen, factory) = Pair(tool);
        var a = await RunToolGen(toolGen, arguments);
        var b = await RunFactory(factory, arguments);
        Assert.False(a.Error, a.Text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(toolGenResult), a.Value), a.Text);
        Assert.True(b.Error, b.Text);
        Assert.StartsWith("JsonException: ", b.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_both()
    {
        var (toolGen, factory) = Pair("lookup");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await toolGen.InvokeAsync(Arguments("""{"key":"k"}"""), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await factory.InvokeAsync(Arguments("""{"key":"k"}"""), cancelled.Token));
    }

    [Fact]
    public async Task Both_give_services_to_an_IServiceProvider_parameter()
    {
        var (toolGen, factory) = Pair("host_greet");
        Assert.Equal("Hello, Ada!", await toolGen.InvokeAsync(Arguments("""{"name":"Ada"}""")));
        Assert.Equal("Hello, Ada!", (await RunFactory(factory, """{"name":"Ada"}""")).Value!.GetValue<string>());
    }

    [Fact]
    public async Task Without_services_both_refuse_an_IServiceProvider_parameter()
    {
        var (toolGen, factory) = Pair("host_greet");
        var name = Arguments("""{"name":"Ada"}""")["name"];
        // ToolGen: a result the model can read (the host, not the call, is at fault); the factory throws.
        var text = Assert.IsType<string>(await toolGen.InvokeAsync(new AIFunctionArguments { ["name"] = name }));
        Assert.StartsWith("Tool \"host_greet\" is not available right now", text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await factory.InvokeAsync(new AIFunctionArguments { ["name"] = name }));
    }
}
