using System.Text.Json.Nodes;
using static ToolGen.Extensions.AI.Tests.Equivalence;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// Each ToolGen function of <see cref="CorpusTools"/> next to <c>AIFunctionFactory.Create</c> of the same method: names,
/// descriptions and schemas after normalising. Every schema difference found is a named test below and a row of
/// docs/hosts.md's table; the outcomes of payloads are in <see cref="EquivalenceOutcomeTests"/>.
/// </summary>
public class EquivalenceTests
{
    public static readonly string[] CorpusNames =
    [
        "echo", "multiply", "name_shade", "move", "join", "greet", "describe_meeting", "file_link", "tally", "average",
        "list_shades", "count_stops", "lookup", "host_greet",
    ];

    private static readonly string[] TextTools = ["echo", "name_shade", "join", "greet", "describe_meeting", "file_link", "lookup", "host_greet"];

    [Fact]
    public void Corpus_has_fourteen_tools_and_the_same_names_and_descriptions()
    {
        var pairs = Pairs(strict: false).ToList();
        Assert.Equal(CorpusNames, pairs.Select(p => p.ToolGen.Name));
        foreach (var (toolGen, factory) in pairs)
        {
            Assert.Equal(toolGen.Name, factory.Name);
            Assert.Equal(toolGen.Description, factory.Description);
            Assert.False(string.IsNullOrEmpty(toolGen.Description));
        }
    }

    /// <summary>
    /// Normalising: property order is ignored (<see cref="JsonNode.DeepEquals"/>), and the known parameter-schema
    /// differences (1, 2, 6, 7, 8) are undone on one side; then every parameter schema is the same.
    /// </summary>
    [Fact]
    public void Parameter_schemas_are_the_same_after_normalising()
    {
        foreach (var (toolGen, factory) in Pairs(strict: false))
        {
            var expected = Node(toolGen.JsonSchema).AsObject();
            var actual = Node(factory.JsonSchema).AsObject();
            var required = actual["required"]?.AsArray().Select(n => (string)n!).ToHashSet() ?? [];
            foreach (var (name, parameter) in expected["properties"]!.AsObject())
            {
                // Difference 1: descriptions inside records (from XML docs), ToolGen only.
                foreach (var child in Children(parameter!.AsObject()))
                {
                    RemoveDescriptions(child);
                }

                // Difference 6: DateTime as a pattern (ToolGen) or format date-time (factory).
                if (parameter["pattern"] is not null && toolGen.Name == "describe_meeting" && name == "start")
                {
                    parameter.AsObject().Remove("pattern");
                    parameter["format"] = "date-time";
                }
            }

            foreach (var (name, parameter) in actual["properties"]!.AsObject())
            {
                var schema = parameter!.AsObject();
                // Difference 2: an optional nullable parameter with a null default.
                if (!required.Contains(name) && schema["default"] is null && schema.ContainsKey("default") && schema["type"] is JsonArray)
                {
                    schema["type"] = (string)schema["type"]![0]!;
                    schema.Remove("default");
                }

                // Difference 7: TimeSpan as "c" text with a comment and pattern (factory) or an ISO 8601 duration (ToolGen).
                if (schema.ContainsKey("$comment"))
                {
                    schema.Remove("$comment");
                    schema.Remove("pattern");
                    schema["format"] = "duration";
                }

                // Difference 8: a nullable record member: ["string","null"] and required (factory), "string" and optional (ToolGen).
                if (toolGen.Name == "count_stops")
                {
                    schema["properties"]!["note"] = JsonNode.Parse("""{"type":"string"}""");
                    schema["required"] = JsonNode.Parse("""["stops"]""");
                }
            }

            Assert.True(JsonNode.DeepEquals(expected, actual), toolGen.Name + ": " + expected.ToJsonString() + " vs " + actual.ToJsonString());
        }
    }

    private static IEnumerable<JsonObject> Children(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (_, child) in properties)
            {
                yield return child!.AsObject();
            }
        }

        if (schema["items"] is JsonObject items)
        {
            yield return items;
        }
    }

    private static void RemoveDescriptions(JsonObject schema)
    {
        schema.Remove("description");
        foreach (var child in Children(schema))
        {
            RemoveDescriptions(child);
        }
    }

    [Fact]
    public void Schema_difference_1_record_member_descriptions_come_from_xml_docs_in_ToolGen_only()
    {
        var (toolGen, factory) = Pair("move");
        AssertJson("""{"type":"integer","description":"Column."}""", Node(toolGen.JsonSchema)["properties"]!["point"]!["properties"]!["x"]);
        // The factory reads [Description] only; the record's <param> docs are not seen.
        AssertJson("""{"type":"integer"}""", Node(factory.JsonSchema)["properties"]!["point"]!["properties"]!["x"]);

        (toolGen, factory) = Pair("count_stops");
        Assert.Equal("A point on a grid.", (string?)Node(toolGen.JsonSchema)["properties"]!["route"]!["properties"]!["stops"]!["items"]!["description"]);
        Assert.Null(Node(factory.JsonSchema)["properties"]!["route"]!["properties"]!["stops"]!["items"]!["description"]);
    }

    [Fact]
    public void Schema_difference_2_optional_nullable_parameter_is_plain_in_ToolGen_and_nullable_with_null_default_in_the_factory()
    {
        var (toolGen, factory) = Pair("greet");
        AssertJson("""{"type":"integer","description":"Their age, if known."}""", Node(toolGen.JsonSchema)["properties"]!["age"]);
        AssertJson("""{"type":["integer","null"],"description":"Their age, if known.","default":null}""", Node(factory.JsonSchema)["properties"]!["age"]);
        // Neither lists it as required.
        AssertJson("""["name"]""", Node(toolGen.JsonSchema)["required"]);
        AssertJson("""["name"]""", Node(factory.JsonSchema)["required"]);

        (toolGen, factory) = Pair("list_shades");
        AssertJson("""{"type":"string","description":"A label, if any."}""", Node(toolGen.JsonSchema)["properties"]!["label"]);
        AssertJson("""{"type":["string","null"],"description":"A label, if any.","default":null}""", Node(factory.JsonSchema)["properties"]!["label"]);
    }

    [Fact]
    public void Schema_difference_3_text_tools_have_no_return_schema_in_ToolGen_and_a_string_one_in_the_factory()
    {
        foreach (var name in TextTools)
        {
            var (toolGen, factory) = Pair(name);
            Assert.Null(toolGen.ReturnJsonSchema);
            AssertJson("""{"type":"string"}""", Node(factory.ReturnJsonSchema!.Value));
        }

        foreach (var name in CorpusNames.Except(TextTools).Except(["move"]))
        {
            var (toolGen, factory) = Pair(name);
            Assert.True(JsonNode.DeepEquals(Node(toolGen.ReturnJsonSchema!.Value), Node(factory.ReturnJsonSchema!.Value)), name);
        }
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
            // A tool with no strict form (a dictionary parameter: OpenAI's strict mode has no additionalProperties
            // schema) is offered plain, saying "strict": false.
            var hasStrict = toolGen.Definition.StrictParametersSchema is not null;
            Assert.Equal(toolGen.Name != "tally", hasStrict);
            Assert.Equal(hasStrict, toolGen.AdditionalProperties["strict"]);
            Assert.Equal(toolGen.Definition.StrictParametersSchema ?? toolGen.Definition.ParametersSchema, toolGen.JsonSchema.GetRawText());
            Assert.False(factory.AdditionalProperties.ContainsKey("strict"));
            Assert.NotNull(factory.UnderlyingMethod);
            Assert.Null(toolGen.UnderlyingMethod);
        }
    }

    [Fact]
    public void Schema_difference_6_DateTime_is_an_RFC_3339_pattern_in_ToolGen_and_format_date_time_in_the_factory()
    {
        var (toolGen, factory) = Pair("describe_meeting");
        var start = Node(toolGen.JsonSchema)["properties"]!["start"]!;
        Assert.Equal("string", (string?)start["type"]);
        Assert.Null(start["format"]);
        Assert.StartsWith("^[0-9]{4}-", (string?)start["pattern"], StringComparison.Ordinal);
        AssertJson("""{"type":"string","description":"When it starts.","format":"date-time"}""", Node(factory.JsonSchema)["properties"]!["start"]);
        // DateOnly, Guid and Uri are the same on both sides.
        AssertJson("""{"type":"string","description":"The day.","format":"date"}""", Node(toolGen.JsonSchema)["properties"]!["day"]);
        AssertJson("""{"type":"string","description":"The day.","format":"date"}""", Node(factory.JsonSchema)["properties"]!["day"]);
    }

    [Fact]
    public void Schema_difference_7_TimeSpan_is_an_ISO_8601_duration_in_ToolGen_and_c_format_text_in_the_factory()
    {
        var (toolGen, factory) = Pair("describe_meeting");
        AssertJson("""{"type":"string","description":"How long it lasts.","format":"duration"}""", Node(toolGen.JsonSchema)["properties"]!["length"]);
        var length = Node(factory.JsonSchema)["properties"]!["length"]!;
        Assert.Equal("Represents a System.TimeSpan value.", (string?)length["$comment"]);
        Assert.Equal("""^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$""", (string?)length["pattern"]);
    }

    [Fact]
    public void Schema_difference_8_a_nullable_record_member_is_optional_in_ToolGen_and_required_but_nullable_in_the_factory()
    {
        var (toolGen, factory) = Pair("count_stops");
        var route = Node(toolGen.JsonSchema)["properties"]!["route"]!;
        AssertJson("""{"type":"string","description":"A note, if any."}""", route["properties"]!["note"]);
        AssertJson("""["stops"]""", route["required"]);
        route = Node(factory.JsonSchema)["properties"]!["route"]!;
        AssertJson("""{"type":["string","null"]}""", route["properties"]!["note"]);
        AssertJson("""["stops","note"]""", route["required"]);
    }

    [Fact]
    public void Special_parameters_are_left_out_of_both_schemas()
    {
        foreach (var (name, left) in new[] { ("lookup", "cancellationToken"), ("host_greet", "services") })
        {
            var (toolGen, factory) = Pair(name);
            Assert.Null(Node(toolGen.JsonSchema)["properties"]![left]);
            Assert.Null(Node(factory.JsonSchema)["properties"]![left]);
        }
    }
}
