using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// Each ToolGen function of <see cref="CorpusTools"/> next to <c>AIFunctionFactory.Create</c> of the same method (by
/// reflection, which is fine in a test): names, descriptions, schemas after normalising, and the outcome of the same
/// argument payloads. Every difference found is a named expectation below and a row of docs/hosts.md's table.
/// </summary>
public class EquivalenceTests
{
    private static readonly CorpusTools Target = new();

    private static IEnumerable<(ToolGenAIFunction ToolGen, AIFunction Factory)> Pairs(bool strict)
    {
        IToolSet set = Target;
        foreach (var function in set.AsAIFunctions(strict).Cast<ToolGenAIFunction>())
        {
            var method = typeof(CorpusTools).GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Single(m => Snake(m.Name) == function.Name);
            yield return (function, AIFunctionFactory.Create(method, Target, new AIFunctionFactoryOptions { Name = function.Name }));
        }
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static (ToolGenAIFunction ToolGen, AIFunction Factory) Pair(string name, bool strict = false) =>
        Pairs(strict).Single(p => p.ToolGen.Name == name);

    private static JsonNode Node(JsonElement element) => JsonNode.Parse(element.GetRawText())!;

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), "expected " + expected + ", got " + actual?.ToJsonString());

    [Fact]
    public void Corpus_has_six_tools_and_the_same_names_and_descriptions()
    {
        var pairs = Pairs(strict: false).ToList();
        Assert.Equal(["echo", "multiply", "name_shade", "move", "join", "greet"], pairs.Select(p => p.ToolGen.Name));
        foreach (var (toolGen, factory) in pairs)
        {
            Assert.Equal(toolGen.Name, factory.Name);
            Assert.Equal(toolGen.Description, factory.Description);
            Assert.False(string.IsNullOrEmpty(toolGen.Description));
        }
    }

    /// <summary>
    /// Normalising: property order is ignored (<see cref="JsonNode.DeepEquals"/>), and the two known parameter-schema
    /// differences below are undone on one side; then every parameter schema is the same.
    /// </summary>
    [Fact]
    public void Parameter_schemas_are_the_same_after_normalising()
    {
        foreach (var (toolGen, factory) in Pairs(strict: false))
        {
            var expected = Node(toolGen.JsonSchema);
            var actual = Node(factory.JsonSchema);
            if (toolGen.Name == "move")
            {
                // Difference 1: record member descriptions (ToolGen only).
                foreach (var member in expected["properties"]!["point"]!["properties"]!.AsObject())
                {
                    member.Value!.AsObject().Remove("description");
                }
            }

            if (toolGen.Name == "greet")
            {
                // Difference 2: an optional nullable parameter with a null default.
                var age = actual["properties"]!["age"]!.AsObject();
                age["type"] = "integer";
                age.Remove("default");
            }

            Assert.True(JsonNode.DeepEquals(expected, actual), toolGen.Name + ": " + expected.ToJsonString() + " vs " + actual.ToJsonString());
        }
    }

    [Fact]
    public void Schema_difference_1_record_member_descriptions_come_from_xml_docs_in_ToolGen_only()
    {
        var (toolGen, factory) = Pair("move");
        AssertJson("""{"type":"integer","description":"Column."}""", Node(toolGen.JsonSchema)["properties"]!["point"]!["properties"]!["x"]);
        // The factory reads [Description] only; the record's <param> docs are not seen.
        AssertJson("""{"type":"integer"}""", Node(factory.JsonSchema)["properties"]!["point"]!["properties"]!["x"]);
    }

    [Fact]
    public void Schema_difference_2_optional_nullable_parameter_is_plain_integer_in_ToolGen_and_nullable_with_null_default_in_the_factory()
    {
        var (toolGen, factory) = Pair("greet");
        AssertJson("""{"type":"integer","description":"Their age, if known."}""", Node(toolGen.JsonSchema)["properties"]!["age"]);
        AssertJson("""{"type":["integer","null"],"description":"Their age, if known.","default":null}""", Node(factory.JsonSchema)["properties"]!["age"]);
        // Neither lists it as required.
        AssertJson("""["name"]""", Node(toolGen.JsonSchema)["required"]);
        AssertJson("""["name"]""", Node(factory.JsonSchema)["required"]);
    }

    [Fact]
    public void Schema_difference_3_text_tools_have_no_return_schema_in_ToolGen_and_a_string_one_in_the_factory()
    {
        foreach (var name in new[] { "echo", "name_shade", "join", "greet" })
        {
            var (toolGen, factory) = Pair(name);
            Assert.Null(toolGen.ReturnJsonSchema);
            AssertJson("""{"type":"string"}""", Node(factory.ReturnJsonSchema!.Value));
        }

        var (toolGenMultiply, factoryMultiply) = Pair("multiply");
        AssertJson("""{"type":"integer"}""", Node(toolGenMultiply.ReturnJsonSchema!.Value));
        AssertJson("""{"type":"integer"}""", Node(factoryMultiply.ReturnJsonSchema!.Value));
    }

    [Fact]
    public void Schema_difference_4_record_return_schema_carries_the_xml_doc_descriptions_in_ToolGen_only()
    {
        var (toolGen, factory) = Pair("move");
        AssertJson(
            """{"type":"object","description":"A point on a grid.","properties":{"x":{"type":"integer","description":"Column."},"y":{"type":"integer","description":"Row."}},"required":["x","y"]}""",
            Node(toolGen.ReturnJsonSchema!.Value));
        AssertJson(
            """{"type":"object","properties":{"x":{"type":"integer"},"y":{"type":"integer"}},"required":["x","y"]}""",
            Node(factory.ReturnJsonSchema!.Value));
    }

    [Fact]
    public void Schema_difference_5_strict_flag_and_strict_schema_in_ToolGen_only()
    {
        foreach (var (toolGen, factory) in Pairs(strict: true))
        {
            Assert.Equal(true, toolGen.AdditionalProperties["strict"]);
            Assert.Equal(toolGen.Definition.StrictParametersSchema, toolGen.JsonSchema.GetRawText());
            Assert.False(factory.AdditionalProperties.ContainsKey("strict"));
            Assert.NotNull(factory.UnderlyingMethod);
            Assert.Null(toolGen.UnderlyingMethod);
        }
    }

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
        { "outcome 3: [Range] not enforced by the factory", "multiply", """{"a":6,"b":11}""", "66" },
        { "outcome 4: an enum as its integer value", "name_shade", """{"shade":1}""", "\"Green\"" },
        { "outcome 5: record members matched case-insensitively", "move", """{"point":{"X":1,"Y":2},"dx":3}""", """{"x":4,"y":2}""" },
        { "outcome 6: a missing required record member becomes 0", "move", """{"point":{"x":1},"dx":3}""", """{"x":4,"y":0}""" },
        { "outcome 7: null inside a list of non-nullable strings", "join", """{"words":["a",null]}""", "\"a \"" },
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

    private static AIFunctionArguments Arguments(string json)
    {
        using var document = JsonDocument.Parse(json);
        var arguments = new AIFunctionArguments();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return arguments;
    }

    private static JsonNode? Normalise(object? result) => result switch
    {
        null => null,
        string text => JsonValue.Create(text),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => throw new InvalidOperationException("Unexpected result type " + result.GetType()),
    };

    private static async Task<(bool Error, JsonNode? Value, string Text)> RunToolGen(ToolGenAIFunction function, string json)
    {
        var direct = await function.ToolSet.InvokeAsync(new ToolCall("x", function.Name, json) { Strict = function.Strict });
        var result = await function.InvokeAsync(Arguments(json));
        // A tool with a result schema returns its JSON text; the factory returns the parsed value.
        var value = !direct.IsError && function.ReturnJsonSchema is not null
            ? JsonNode.Parse(Assert.IsType<string>(result))
            : Normalise(result);
        return (direct.IsError, value, direct.Content);
    }

    private static async Task<(bool Error, JsonNode? Value, string Text)> RunFactory(AIFunction function, string json)
    {
        try
        {
            var result = await function.InvokeAsync(Arguments(json));
            return (false, Normalise(result), Normalise(result)?.ToJsonString() ?? "null");
        }
        catch (Exception e)
        {
            return (true, null, e.GetType().Name + ": " + e.Message);
        }
    }
}
