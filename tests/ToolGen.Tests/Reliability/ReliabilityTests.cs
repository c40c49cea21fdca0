using System.Text;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests.Reliability;

/// <summary>
/// Issue 13: nothing a model sends escapes <see cref="IToolSet.InvokeAsync"/>; only cancellation propagates.
/// Each test here failed before the fix it covers.
/// </summary>
public class ReliabilityTests
{
    private readonly IToolSet _tools = new ReliabilityTools();

    private static ToolResult Call(IToolSet tools, string name, byte[] arguments, IServiceProvider? services = null, bool strict = false) =>
        tools.InvokeAsync(new ToolCall("c", name, arguments) { Services = services, Strict = strict }).AsTask().GetAwaiter().GetResult();

    // 1. Exceptions from a parameter type's constructor or setter.

    [Fact]
    public void A_constructor_that_throws_is_an_invalid_argument_at_its_path()
    {
        Assert.Equal(
            "Invalid arguments for tool \"add_contact\": \"contact.email\": the value was rejected by Email's constructor.",
            _tools.Fails("add_contact", """{"contact":{"name":"Ann","email":{"address":"ann"}}}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_setter_that_throws_is_an_invalid_argument_at_its_path()
    {
        Assert.Equal(
            "Invalid arguments for tool \"set_quota\": \"quota.max\": the value was rejected by Quota.Max's setter.",
            _tools.Fails("set_quota", """{"quota":{"max":-1}}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_tool_exception_from_a_constructor_shows_its_message()
    {
        Assert.Equal(
            "Invalid arguments for tool \"reserve\": \"code\": The code \"root\" is reserved; pick another.",
            _tools.Fails("reserve", """{"code":{"value":"root"}}""", ToolErrorKind.InvalidArguments));
    }

    // 2. Past the cap on reported problems, no object is built from fields that had errors.

    [Fact]
    public void Past_the_cap_on_problems_bad_objects_are_still_refused_and_never_built()
    {
        var items = string.Join(",", Enumerable.Repeat("""{"left":null,"right":1}""", 30));
        var before = Pair.Constructed;

        var message = _tools.Fails("count_pairs", "{\"pairs\":[" + items + "]}", ToolErrorKind.InvalidArguments);

        Assert.Equal(before, Pair.Constructed);
        Assert.StartsWith("Invalid arguments for tool \"count_pairs\": \"pairs[0].left\": must not be null; expected a string.", message);
        Assert.EndsWith("(and 50 more)", message);
    }

    // 3. Services.

    [Fact]
    public void A_service_provider_that_throws_is_a_tool_failure()
    {
        var result = Call(_tools, "needs_cache", Encoding.UTF8.GetBytes("""{"key":"k"}"""), new ThrowingServices());

        Assert.True(result.IsError);
        Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
        Assert.Equal("Tool \"needs_cache\" failed with InvalidOperationException. The call was well formed; retrying it unchanged may not help.", result.Content);
        Assert.IsType<InvalidOperationException>(result.Error.Exception);
    }

    [Fact]
    public void An_optional_service_that_is_missing_is_null()
    {
        Assert.Equal("k|no cache", Call(_tools, "cached", Encoding.UTF8.GetBytes("""{"key":"k"}"""), new SimpleServices()).Content);
        Assert.Equal("k|no cache", _tools.Ok("cached", """{"key":"k"}"""));
    }

    // 4. Pattern checks have a budget per call.

    [Fact]
    public void Pattern_checks_stop_when_the_call_has_used_its_time_and_say_so()
    {
        var evil = new string('a', 40) + "!";
        var items = string.Join(",", Enumerable.Repeat("{\"name\":\"" + evil + "\"}", 20));

        var message = _tools.Fails("count_tags", "{\"tags\":[" + items + "]}", ToolErrorKind.InvalidArguments);

        Assert.Contains("\"tags[9].name\": not checked: pattern checks used up the time allowed for one call; send shorter or simpler values.", message);
    }

    [Fact]
    public async Task A_cancelled_call_stops_reading_patterns_and_propagates()
    {
        var evil = new string('a', 40) + "!";
        var items = string.Join(",", Enumerable.Repeat("{\"name\":\"" + evil + "\"}", 20));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await _tools.InvokeAsync(new ToolCall("c", "count_tags", "{\"tags\":[" + items + "]}"), cancel.Token));
    }

    // 5. Many bad items cost no more than the problems reported.

    [Fact]
    public async Task Many_bad_items_allocate_little()
    {
        var json = "{\"numbers\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 200_000)) + "]}";
        var call = new ToolCall("c", "count_numbers", json);
        await _tools.InvokeAsync(call);

        // The tool set completes synchronously, so everything it allocates is on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var pending = _tools.InvokeAsync(call);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(pending.IsCompleted);
        var result = await pending;

        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        Assert.EndsWith("(and 199990 more)", result.Content);
        Assert.True(allocated < 8_000_000, $"allocated {allocated} bytes");
    }

    // 6. Truncated is not too deep.

    [Fact]
    public void Truncated_arguments_are_reported_as_truncated()
    {
        Assert.Equal(
            "Invalid arguments for tool \"quote\": not valid JSON (the arguments end before the JSON is complete; they may have been cut off). Send the arguments as one JSON object.",
            _tools.Fails("quote", """{"symbol":""", ToolErrorKind.MalformedArguments));
    }

    [Fact]
    public void Too_deep_arguments_are_reported_as_too_deep()
    {
        var json = "{\"data\":" + new string('[', 70) + new string(']', 70) + "}";
        Assert.Equal(
            "Invalid arguments for tool \"measure\": not valid JSON (objects and arrays are nested deeper than the depth limit of 64). Send the arguments as one JSON object.",
            _tools.Fails("measure", json, ToolErrorKind.MalformedArguments));
    }

    // 7. Invalid text: one rule, with a path, wherever it appears.

    [Theory]
    [InlineData("quote", """{"symbol":"\ud800"}""", "symbol")]
    [InlineData("quote", """{"symbol":"x","extra":{"a":["\ud800"]}}""", "extra.a[0]")]
    [InlineData("quote", """{"symbol":"x","\ud800":1}""", "\\ud800")]
    [InlineData("measure", """{"data":{"a":"\udc00"}}""", "data.a")]
    [InlineData("measure_node", """{"node":[1,"\ud800"]}""", "node[1]")]
    public void A_lone_surrogate_is_refused_at_its_path(string tool, string json, string path)
    {
        Assert.Equal(
            $"Invalid arguments for tool \"{tool}\": \"{path}\": a string holds invalid UTF-8 or an escaped lone surrogate. Send valid Unicode text.",
            _tools.Fails(tool, json, ToolErrorKind.MalformedArguments));
    }

    [Fact]
    public void Invalid_utf8_is_refused_at_its_path()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"symbol\":\"x\",\"note\":\"a").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var result = Call(_tools, "quote", bytes);
        Assert.Equal(ToolErrorKind.MalformedArguments, result.Error!.Kind);
        Assert.Equal("Invalid arguments for tool \"quote\": \"note\": a string holds invalid UTF-8 or an escaped lone surrogate. Send valid Unicode text.", result.Content);
    }

    // 8. Messages.

    [Fact]
    public void Null_for_a_json_node_says_plainly_that_null_is_not_accepted()
    {
        Assert.Equal(
            "Invalid arguments for tool \"measure_node\": \"node\": must not be null; send any JSON value other than null.",
            _tools.Fails("measure_node", """{"node":null}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_property_that_differs_only_in_case_gets_a_hint()
    {
        Assert.Equal(
            "Invalid arguments for tool \"square\": \"n\": required, but missing; expected an integer from -2147483648 to 2147483647. \"N\": unknown property, ignored; did you mean \"n\"?",
            _tools.Fails("square", """{"N":3}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_property_that_differs_only_in_case_gets_a_hint_in_strict_mode()
    {
        var result = Call(_tools, "square", Encoding.UTF8.GetBytes("""{"n":2,"Label":"x"}"""), strict: true);
        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        // Strict calls must send every key (docs/schema-semantics.md), so the missing "label" is reported too.
        Assert.StartsWith("Invalid arguments for tool \"square\": \"Label\": unknown property; did you mean \"label\"? \"label\": required in strict mode", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_that_differs_only_in_case_is_still_ignored_when_the_call_is_otherwise_fine()
    {
        Assert.Equal("4", _tools.Ok("square", """{"n":2,"Label":"x"}"""));
    }

    [Fact]
    public void Map_keys_that_would_make_a_path_ambiguous_are_quoted()
    {
        Assert.Equal(
            "Invalid arguments for tool \"tally\": \"tags[\"a.b\"]\": expected an integer from -2147483648 to 2147483647; got \"x\". \"tags.plain\": expected an integer from -2147483648 to 2147483647; got true.",
            _tools.Fails("tally", """{"tags":{"a.b":"x","plain":true}}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Two_aliases_of_one_enum_key_are_reported_as_such()
    {
        Assert.Equal(
            "Invalid arguments for tool \"shades\": \"shades.Crimson\": \"Crimson\" is another name for the key \"Red\", which is already given; send each key once.",
            _tools.Fails("shades", """{"shades":{"Red":1,"Crimson":2}}""", ToolErrorKind.InvalidArguments));
    }
}
