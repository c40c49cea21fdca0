using System.Text.Json.Nodes;

namespace ToolGen.Tests.Lenient;

/// <summary>
/// Lenient mode against the corpus (<see cref="LenientCorpus"/>): each mistake is read as meant or refused with a
/// message that names the path, what was expected and what was received; normal mode refuses every one of them.
/// </summary>
public class LenientModeTests
{
    private static readonly IToolSet s_tools = new LenientTools();

    [Fact]
    public void The_corpus_has_at_least_200_mistakes()
    {
        Assert.True(LenientCorpus.All.Count >= 200, $"{LenientCorpus.All.Count} cases");
        Assert.Equal(LenientCorpus.All.Count, LenientCorpus.All.Select(c => c.Tool + "\n" + c.Payload).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(LenientCorpus.Indexes), MemberType = typeof(LenientCorpus))]
    public void Lenient_mode_reads_the_mistake_as_meant_or_refuses_it_with_path_expected_and_received(int index)
    {
        var c = LenientCorpus.All[index];
        var result = Call(c, lenient: true);
        if (c.Intended is not null)
        {
            Assert.False(result.IsError, $"{c}: expected {c.Intended}, got the error {result.Content}");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Intended), JsonNode.Parse(result.Content)), $"{c}: expected {c.Intended}, got {result.Content}");
            return;
        }

        Assert.True(result.IsError, $"{c}: expected an error, got {result.Content}");
        if (c.Path is null)
        {
            // The arguments as a whole: not one JSON object even after trimming what models wrap around it.
            Assert.Contains("Invalid arguments for tool \"" + c.Tool + "\": ", result.Content);
            return;
        }

        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        Assert.Contains($"\"{c.Path}\": expected {c.Expected}; got {c.Received}.", result.Content);
    }

    [Theory]
    [MemberData(nameof(LenientCorpus.Indexes), MemberType = typeof(LenientCorpus))]
    public void Normal_mode_refuses_the_mistake_with_path_expected_and_received(int index)
    {
        var c = LenientCorpus.All[index];
        var result = Call(c, lenient: false);
        Assert.True(result.IsError, $"{c}: expected an error, got {result.Content}");
        if (c.NormalText is not null)
        {
            Assert.Contains(c.NormalText, result.Content);
            return;
        }

        if (c.Path is null)
        {
            Assert.Equal(ToolErrorKind.MalformedArguments, result.Error!.Kind);
            return;
        }

        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        var (path, expected, received) = c.Normal ?? (c.Path, c.Expected!, c.Received!);
        var problem = $"\"{path}\": expected {expected}; got ";
        if (c.Intended is null && c.Normal is null)
        {
            Assert.Contains(problem + received + ".", result.Content);
        }
        else
        {
            // What lenient mode reads, normal mode refuses with a hint at the fix.
            var quoted = problem + "the string " + received + "; send ";
            var misspelt = problem + received + "; did you mean \"";
            Assert.True(result.Content.Contains(quoted, StringComparison.Ordinal) || result.Content.Contains(misspelt, StringComparison.Ordinal), $"{c}: {result.Content}");
        }
    }

    private static ToolResult Call(LenientCase c, bool lenient) =>
        s_tools.InvokeAsync(new ToolCall("call_1", c.Tool, c.Payload) { Lenient = lenient }).AsTask().GetAwaiter().GetResult();
}

/// <summary>How lenient mode is turned on, what it leaves alone, and how it meets strict mode.</summary>
public class LenientSwitchTests
{
    private static readonly IToolSet s_tools = new LenientTools();

    [Fact]
    public async Task A_set_wrapped_with_WithLenientArguments_reads_every_call_leniently()
    {
        var lenient = s_tools.WithLenientArguments();

        var result = await lenient.InvokeAsync(new ToolCall("c1", "int_value", """{"value":"42"}"""));

        Assert.False(result.IsError, result.Content);
        Assert.Equal("42", result.Content);
        Assert.Equal("c1", result.CallId);
        Assert.Same(s_tools.Definitions, lenient.Definitions);
        Assert.Same(lenient, lenient.WithLenientArguments());
    }

    [Fact]
    public async Task The_wrapper_keeps_the_rest_of_the_call()
    {
        var services = new ServiceCollectionStub();
        ToolCall? seen = null;
        var lenient = new Recorder(call => seen = call).WithLenientArguments();

        await lenient.InvokeAsync(new ToolCall("c1", "x", """{"a":1}""") { Services = services, Strict = true });

        Assert.NotNull(seen);
        Assert.True(seen!.Lenient);
        Assert.True(seen.Strict);
        Assert.Same(services, seen.Services);
        Assert.Equal("c1", seen.Id);
        Assert.Equal("""{"a":1}""", seen.ArgumentsText);
    }

    [Fact]
    public async Task Strict_calls_are_not_lenient()
    {
        var result = await s_tools.InvokeAsync(new ToolCall("c1", "int_value", """{"value":"42"}""") { Lenient = true, Strict = true });

        Assert.True(result.IsError);
        Assert.Equal(
            "Invalid arguments for tool \"int_value\": \"value\": expected an integer from -2147483648 to 2147483647; got the string \"42\"; send the number without quotes.",
            result.Content);
    }

    [Theory]
    [InlineData("""{"value":"42"}""", """["42"]""")]
    [InlineData("""{"value":"true"}""", """["true"]""")]
    [InlineData("""{"value":"[1,2]"}""", """["[1,2]"]""")]
    [InlineData("""{"value":"{\"a\":1}"}""", """["{\"a\":1}"]""")]
    [InlineData("""{"value":" 42 "}""", """[" 42 "]""")]
    public async Task A_string_for_a_string_parameter_stays_as_it_is(string arguments, string echo)
    {
        foreach (var lenient in new[] { false, true })
        {
            var result = await s_tools.InvokeAsync(new ToolCall("c1", "string_value", arguments) { Lenient = lenient });
            Assert.False(result.IsError, result.Content);
            Assert.Equal(echo, result.Content);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\n\t")]
    public async Task Blank_arguments_are_no_arguments_in_both_modes(string arguments)
    {
        foreach (var lenient in new[] { false, true })
        {
            var result = await new Tools.EchoTools().InvokeAsync(new ToolCall("c1", "no_arguments", arguments) { Lenient = lenient });
            Assert.False(result.IsError, result.Content);
            Assert.Equal("none", result.Content);
        }
    }

    [Fact]
    public async Task Values_sent_as_the_schema_says_read_the_same_in_both_modes()
    {
        const string order = """{"value":{"item":"pen","quantity":2,"price":1.5,"gift":true,"priority":"VeryHigh","sizes":[1],"ship":{"city":"Oslo","zip":1},"extras":{"x":1}}}""";
        var normal = await s_tools.InvokeAsync(new ToolCall("c1", "order", order));
        var lenient = await s_tools.InvokeAsync(new ToolCall("c1", "order", order) { Lenient = true });

        Assert.False(normal.IsError, normal.Content);
        Assert.Equal(normal.Content, lenient.Content);
    }

    [Fact]
    public async Task Every_problem_of_one_payload_comes_in_one_message()
    {
        var result = await s_tools.InvokeAsync(new ToolCall("c1", "order", """{"value":{"quantity":"2","price":"x","gift":"true","priority":"very_high"}}"""));

        Assert.Equal(
            "Invalid arguments for tool \"order\": " +
            "\"value.quantity\": expected an integer from -2147483648 to 2147483647; got the string \"2\"; send the number without quotes. " +
            "\"value.price\": expected a number from -1.7976931348623157E+308 to 1.7976931348623157E+308; got \"x\". " +
            "\"value.gift\": expected true or false; got the string \"true\"; send true or false without quotes. " +
            "\"value.priority\": expected one of \"Low\", \"Medium\", \"High\", \"VeryHigh\"; got \"very_high\"; did you mean \"VeryHigh\"?",
            result.Content);
    }

    [Theory]
    [InlineData(15, "31")]
    [InlineData(16, null)]
    public async Task Values_in_strings_in_strings_count_against_the_one_depth_limit(int innerNodes, string? echo)
    {
        // {"value": "<15 nodes around: "<innerNodes nodes around {"kids":[]}>">"}: the inner string sits at depth 1 + 30,
        // and 16 more nodes (depth 34) would take the call past the limit of 64.
        static string Chain(int nodes, string innermost) =>
            string.Concat(Enumerable.Repeat("{\"kids\":[", nodes)) + innermost + string.Concat(Enumerable.Repeat("]}", nodes));
        static string Quote(string json) => System.Text.Json.JsonSerializer.Serialize(json);

        var arguments = "{\"value\":" + Quote(Chain(15, Quote(Chain(innerNodes, "{\"kids\":[]}")))) + "}";
        var result = await s_tools.InvokeAsync(new ToolCall("c1", "tree", arguments) { Lenient = true });

        if (echo is null)
        {
            Assert.True(result.IsError);
            Assert.StartsWith("Invalid arguments for tool \"tree\": \"value", result.Content);
            Assert.Contains(": expected an object; got \"{\\\"kids\\\":[{\\\"kids\\\":", result.Content);
        }
        else
        {
            Assert.False(result.IsError, result.Content);
            Assert.Equal(echo, result.Content);
        }
    }

    private sealed class ServiceCollectionStub : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    private sealed class Recorder : IToolSet
    {
        private readonly Action<ToolCall> _record;

        public Recorder(Action<ToolCall> record) => _record = record;

        public IReadOnlyList<ToolDefinition> Definitions => Array.Empty<ToolDefinition>();

        public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
        {
            _record(call);
            return new ValueTask<ToolResult>(ToolResult.Success(call.Id, "ok"));
        }
    }
}
