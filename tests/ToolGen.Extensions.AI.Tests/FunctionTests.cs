using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>The functions' metadata, argument conversion, results, services and cancellation.</summary>
public class FunctionTests
{
    private readonly AssistantTools _tools = new();

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static AIFunction Function(IToolSet set, string name, bool strict = true) =>
        set.AsAIFunctions(strict).Single(f => f.Name == name);

    /// <summary>Invokes a tool with the given arguments and returns what the generated reader received and the result.</summary>
    private static async Task<(string Arguments, object? Result)> Invoke(string name, AIFunctionArguments arguments, bool strict = false)
    {
        var recording = new RecordingToolSet(new AssistantTools());
        var result = await Function(recording, name, strict).InvokeAsync(arguments);
        return (recording.Calls.Count == 0 ? "(not called)" : recording.Calls.Single().ArgumentsText, result);
    }

    [Fact]
    public void Metadata_comes_from_the_generated_definition()
    {
        IToolSet set = _tools;
        var functions = set.AsAIFunctions();

        Assert.Equal(set.Definitions.Select(d => d.Name), functions.Select(f => f.Name));
        var weather = Assert.IsType<ToolGenAIFunction>(functions.Single(f => f.Name == "get_weather"));
        var definition = set.Definitions.Single(d => d.Name == "get_weather");
        Assert.Equal("Gets the current weather of a city.", weather.Description);
        Assert.Same(definition, weather.Definition);
        Assert.NotNull(definition.StrictParametersSchema);
        Assert.Equal(Json(definition.StrictParametersSchema!).GetRawText(), weather.JsonSchema.GetRawText());
        Assert.Equal(Json(definition.ReturnSchema!).GetRawText(), weather.ReturnJsonSchema!.Value.GetRawText());
        Assert.Equal(true, weather.AdditionalProperties["strict"]);
        Assert.True(weather.Strict);
        Assert.Null(weather.UnderlyingMethod);
    }

    [Fact]
    public void Schema_is_parsed_once()
    {
        var weather = Function(_tools, "get_weather");
        Assert.Equal(weather.JsonSchema.GetRawText(), weather.JsonSchema.GetRawText());
        Assert.True(ReferenceEquals(weather.AdditionalProperties, weather.AdditionalProperties));
    }

    [Fact]
    public void Not_strict_offers_the_plain_schema_and_says_strict_false()
    {
        IToolSet set = _tools;
        var weather = Assert.IsType<ToolGenAIFunction>(Function(set, "get_weather", strict: false));
        Assert.Equal(Json(set.Definitions.Single(d => d.Name == "get_weather").ParametersSchema).GetRawText(), weather.JsonSchema.GetRawText());
        Assert.Equal(false, weather.AdditionalProperties["strict"]);
        Assert.False(weather.Strict);
    }

    [Fact]
    public void Text_results_have_no_return_schema()
    {
        Assert.Null(Function(_tools, "repeat").ReturnJsonSchema);
    }

    [Fact]
    public void Tools_that_require_approval_are_wrapped()
    {
        var delete = Function(_tools, "delete_file");
        var wrapper = Assert.IsType<ApprovalRequiredAIFunction>(delete);
        Assert.NotNull(wrapper.GetService<ToolGenAIFunction>());
        Assert.IsType<ToolGenAIFunction>(Function(_tools, "add"));
        Assert.IsType<ApprovalRequiredAIFunction>(((IToolSet)_tools).AsAIFunction("delete_file"));
    }

    [Fact]
    public void Title_and_hints_set_on_Tool_are_additional_properties_under_their_MCP_names()
    {
        var delete = Function(_tools, "delete_file");
        Assert.Equal("Delete a file", delete.AdditionalProperties["title"]);
        Assert.Equal(true, delete.AdditionalProperties["destructiveHint"]);
        Assert.Equal(false, delete.AdditionalProperties["idempotentHint"]);
        Assert.False(delete.AdditionalProperties.ContainsKey("readOnlyHint"));
        Assert.False(delete.AdditionalProperties.ContainsKey("openWorldHint"));
        Assert.Equal(["strict"], Function(_tools, "add").AdditionalProperties.Keys);
    }

    [Fact]
    public void Declarations_carry_the_same_schemas_and_cannot_be_invoked()
    {
        IToolSet set = _tools;
        var declarations = set.AsAIFunctionDeclarations();
        var functions = set.AsAIFunctions();
        Assert.Equal(functions.Count, declarations.Count);
        for (var i = 0; i < declarations.Count; i++)
        {
            Assert.IsNotAssignableFrom<AIFunction>(declarations[i]);
            Assert.Equal(functions[i].Name, declarations[i].Name);
            Assert.Equal(functions[i].Description, declarations[i].Description);
            Assert.Equal(functions[i].JsonSchema.GetRawText(), declarations[i].JsonSchema.GetRawText());
            Assert.Equal(functions[i].AdditionalProperties["strict"], declarations[i].AdditionalProperties["strict"]);
        }
    }

    [Fact]
    public void Unknown_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ((IToolSet)_tools).AsAIFunction("nope"));
    }

    [Fact]
    public async Task JsonElement_arguments_are_copied_as_they_are()
    {
        var (arguments, result) = await Invoke("add", new AIFunctionArguments { ["a"] = Json("2"), ["b"] = Json("40") });
        Assert.Equal("""{"a":2,"b":40}""", arguments);
        Assert.Equal("42", Assert.IsType<string>(result));
    }

    [Fact]
    public async Task JsonNode_and_JsonDocument_arguments_are_written()
    {
        using var document = JsonDocument.Parse("[1.5,2.5]");
        var (arguments, result) = await Invoke("sum", new AIFunctionArguments { ["values"] = document });
        Assert.Equal("""{"values":[1.5,2.5]}""", arguments);
        Assert.Equal("4", Assert.IsType<string>(result));

        (arguments, result) = await Invoke("sum", new AIFunctionArguments { ["values"] = new JsonArray(1, 2, 3) });
        Assert.Equal("""{"values":[1,2,3]}""", arguments);
        Assert.Equal("6", Assert.IsType<string>(result));

        (arguments, _) = await Invoke("add", new AIFunctionArguments { ["a"] = JsonValue.Create(1), ["b"] = JsonNode.Parse("2") });
        Assert.Equal("""{"a":1,"b":2}""", arguments);
    }

    [Fact]
    public async Task Json_text_for_a_non_string_parameter_is_written_raw()
    {
        var (arguments, result) = await Invoke("add", new AIFunctionArguments { ["a"] = "2", ["b"] = " 3 " });
        Assert.Equal("""{"a":2,"b":3}""", arguments);
        Assert.Equal("5", Assert.IsType<string>(result));

        (arguments, _) = await Invoke("sum", new AIFunctionArguments { ["values"] = "[1,2]" });
        Assert.Equal("""{"values":[1,2]}""", arguments);
    }

    [Fact]
    public async Task A_string_for_a_string_parameter_stays_a_string_even_when_it_looks_like_json()
    {
        var (arguments, result) = await Invoke("repeat", new AIFunctionArguments { ["text"] = "42", ["times"] = 2 });
        Assert.Equal("""{"text":"42","times":2}""", arguments);
        Assert.Equal("4242", result);
    }

    [Fact]
    public async Task Text_that_is_not_json_for_a_number_reaches_the_reader_as_a_string_and_comes_back_as_repair_text()
    {
        var (arguments, result) = await Invoke("add", new AIFunctionArguments { ["a"] = "two", ["b"] = 3 });
        Assert.Equal("""{"a":"two","b":3}""", arguments);
        var direct = await ((IToolSet)new AssistantTools()).InvokeAsync(new ToolCall("", "add", arguments));
        Assert.Equal(direct.Content, Assert.IsType<string>(result));
        Assert.StartsWith("Invalid arguments for tool \"add\": \"a\": ", (string)result!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Boxed_clr_values_are_written_directly_and_culture_free()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var (arguments, result) = await Invoke("sum", new AIFunctionArguments { ["values"] = new object[] { 1, 2L, 0.5, 0.25f, 1.25m, (short)1, (byte)1 } });
            Assert.Equal("""{"values":[1,2,0.5,0.25,1.25,1,1]}""", arguments);
            Assert.Equal("7", Assert.IsType<string>(result));

            (arguments, _) = await Invoke("get_weather", new AIFunctionArguments { ["city"] = "Oslo", ["unit"] = Unit.Fahrenheit });
            Assert.Equal("""{"city":"Oslo","unit":"Fahrenheit"}""", arguments);

            (arguments, _) = await Invoke("sum", new AIFunctionArguments { ["values"] = new List<double> { 1.5 } });
            Assert.Equal("""{"values":[1.5]}""", arguments);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task Null_is_written_as_null()
    {
        var (arguments, result) = await Invoke("get_weather", new AIFunctionArguments { ["city"] = "Rome", ["unit"] = null }, strict: true);
        Assert.Equal("""{"city":"Rome","unit":null}""", arguments);
        Assert.Equal("""{"city":"Rome","temperature":14,"unit":"Celsius"}""", Assert.IsType<string>(result));
    }

    [Fact]
    public async Task A_value_that_would_need_reflection_is_an_error_result_and_the_tool_is_not_called()
    {
        var (arguments, result) = await Invoke("repeat", new AIFunctionArguments { ["text"] = new StringBuilder("x") });
        Assert.Equal("(not called)", arguments);
        Assert.Equal(
            "Invalid arguments for tool \"repeat\": \"text\": a System.Text.StringBuilder cannot be written as JSON without reflection; pass a JsonElement, a JsonNode, JSON text, a number, a boolean or a string.",
            result);
    }

    [Fact]
    public async Task A_non_finite_number_is_an_error_result()
    {
        var (arguments, result) = await Invoke("sum", new AIFunctionArguments { ["values"] = new[] { double.NaN } });
        Assert.Equal("(not called)", arguments);
        Assert.Equal("Invalid arguments for tool \"sum\": \"values\": expected a finite number; got NaN.", result);
    }

    [Fact]
    public async Task Missing_arguments_are_reported_by_the_reader()
    {
        var (arguments, result) = await Invoke("add", new AIFunctionArguments());
        Assert.Equal("{}", arguments);
        var direct = await ((IToolSet)new AssistantTools()).InvokeAsync(new ToolCall("", "add", "{}"));
        Assert.Equal(direct.Content, result);
    }

    [Fact]
    public async Task Strict_functions_read_strictly()
    {
        var (_, result) = await Invoke("get_weather", new AIFunctionArguments { ["city"] = Json("\"Rome\"") }, strict: true);
        var direct = await ((IToolSet)new AssistantTools()).InvokeAsync(new ToolCall("", "get_weather", """{"city":"Rome"}""") { Strict = true });
        Assert.True(direct.IsError);
        Assert.Equal(direct.Content, result);

        (_, result) = await Invoke("get_weather", new AIFunctionArguments { ["city"] = Json("\"Rome\"") }, strict: false);
        Assert.StartsWith("""{"city":"Rome",""", Assert.IsType<string>(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Void_tools_return_the_no_content_text()
    {
        var tools = new AssistantTools();
        var inner = Function(tools, "delete_file").GetService<ToolGenAIFunction>()!;
        Assert.Equal(ToolResult.NoContent, await inner.InvokeAsync(new AIFunctionArguments { ["path"] = "a.txt" }));
        Assert.Equal(["a.txt"], tools.Deleted);
    }

    [Fact]
    public async Task Services_pass_through()
    {
        var greet = Function(_tools, "greet");
        var result = await greet.InvokeAsync(new AIFunctionArguments { ["name"] = "Ada" } .WithServices(new Services().Add<IGreeting>(new Greeting())));
        Assert.Equal("Hello, Ada!", result);

        var missing = await greet.InvokeAsync(new AIFunctionArguments { ["name"] = "Ada" });
        var direct = await ((IToolSet)new AssistantTools()).InvokeAsync(new ToolCall("", "greet", """{"name":"Ada"}"""));
        Assert.Equal(ToolErrorKind.MissingService, direct.Error!.Kind);
        Assert.Equal(direct.Content, missing);
    }

    [Fact]
    public async Task Cancellation_passes_through()
    {
        using var cancellation = new CancellationTokenSource();
        var task = Function(_tools, "wait_forever").InvokeAsync(new AIFunctionArguments(), cancellation.Token).AsTask();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }
}

internal static class ArgumentsExtensions
{
    public static AIFunctionArguments WithServices(this AIFunctionArguments arguments, IServiceProvider services)
    {
        arguments.Services = services;
        return arguments;
    }
}
