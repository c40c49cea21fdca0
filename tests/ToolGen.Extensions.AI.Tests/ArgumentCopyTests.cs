using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// The fast path for provider arguments (every value a <see cref="JsonElement"/>): raw UTF-8 copied into a reused
/// buffer; names that need escaping and mixed values fall back to the writer; a pending call keeps its buffer.
/// </summary>
public class ArgumentCopyTests
{
    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<(string Arguments, object? Result)> Invoke(string name, AIFunctionArguments arguments)
    {
        var recording = new RecordingToolSet(new AssistantTools());
        var result = await recording.AsAIFunction(name, strict: false).InvokeAsync(arguments);
        return (recording.Calls.Single().ArgumentsText, result);
    }

    [Fact]
    public async Task Raw_values_are_copied_byte_for_byte_with_their_escapes_and_spacing()
    {
        var (arguments, result) = await Invoke("repeat", new() { ["text"] = Json("\"a\\u0062\\n\""), ["times"] = Json("2") });
        Assert.Equal("{\"text\":\"a\\u0062\\n\",\"times\":2}", arguments);
        Assert.Equal("ab\nab\n", result);

        (arguments, _) = await Invoke("sum", new() { ["values"] = Json("[ 1 ,\n 2 ]") });
        Assert.Equal("{\"values\":[ 1 ,\n 2 ]}", arguments);
    }

    [Fact]
    public async Task Undeclared_names_are_encoded_and_reach_the_reader()
    {
        var (arguments, result) = await Invoke("add", new() { ["a"] = Json("1"), ["b"] = Json("2"), ["extra"] = Json("true"), ["é"] = Json("0") });
        Assert.Equal("""{"a":1,"b":2,"extra":true,"é":0}""", arguments);
        Assert.Equal("3", result);
    }

    [Fact]
    public async Task A_name_that_needs_escaping_falls_back_to_the_writer()
    {
        var (arguments, result) = await Invoke("add", new() { ["a"] = Json("1"), ["b"] = Json("2"), ["x\"y"] = Json("0") });
        Assert.Equal("""{"a":1,"b":2,"x\u0022y":0}""", arguments);
        Assert.Equal("3", result);
    }

    [Fact]
    public async Task Mixed_elements_and_clr_values_fall_back_to_the_writer()
    {
        var (arguments, result) = await Invoke("add", new() { ["a"] = Json("1"), ["b"] = 2 });
        Assert.Equal("""{"a":1,"b":2}""", arguments);
        Assert.Equal("3", result);
    }

    [Fact]
    public async Task An_undefined_element_is_written_as_null()
    {
        var (arguments, _) = await Invoke("get_weather", new() { ["city"] = Json("\"Rome\""), ["unit"] = default(JsonElement) });
        Assert.Equal("""{"city":"Rome","unit":null}""", arguments);
    }

    [Fact]
    public async Task A_pending_call_keeps_its_arguments_while_other_calls_run_on_the_same_thread()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gated = new GatedToolSet(new AssistantTools(), gate.Task);
        var pending = gated.AsAIFunction("add", strict: false).InvokeAsync(new() { ["a"] = Json("1"), ["b"] = Json("2") });
        Assert.False(pending.IsCompleted);

        var other = ((IToolSet)new AssistantTools()).AsAIFunction("add", strict: false);
        Assert.Equal("1000", await other.InvokeAsync(new() { ["a"] = Json("600"), ["b"] = Json("400") }));

        gate.SetResult();
        Assert.Equal("3", await pending);
        Assert.Equal("""{"a":1,"b":2}""", gated.SeenArguments);
    }

    /// <summary>Reads the call only after <c>gate</c> completes, as an asynchronous tool set may.</summary>
    private sealed class GatedToolSet(IToolSet inner, Task gate) : IToolSet
    {
        public string? SeenArguments { get; private set; }

        public IReadOnlyList<ToolDefinition> Definitions => inner.Definitions;

        public async ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
        {
            await gate;
            SeenArguments = call.ArgumentsText;
            return await inner.InvokeAsync(call, cancellationToken);
        }
    }
}
