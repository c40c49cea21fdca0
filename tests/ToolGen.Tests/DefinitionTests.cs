using System.Text.Json;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Definitions: names, descriptions and schemas, as compile-time constants that parse as JSON.</summary>
public class DefinitionTests
{
    private static ToolDefinition Get(IReadOnlyList<ToolDefinition> definitions, string name) => definitions.Single(d => d.Name == name);

    [Fact]
    public void Names_default_to_snake_case_without_async()
    {
        Assert.Equal(new[] { "get_temperature", "get_stock_price", "forecast" }, WeatherTools.ToolDefinitions.Select(d => d.Name));
        Assert.Equal(new[] { "celsius_to_fahrenheit", "shout", "ping" }, ConversionTools.ToolDefinitions.Select(d => d.Name));
    }

    [Fact]
    public void Definitions_need_no_instance_and_match_the_interface()
    {
        Assert.Same(WeatherTools.ToolDefinitions, ((IToolSet)new WeatherTools()).Definitions);
    }

    [Fact]
    public void Descriptions_come_from_attributes_and_xml_docs()
    {
        var temperature = Get(WeatherTools.ToolDefinitions, "get_temperature");
        Assert.Equal("Gets the current temperature in a city.", temperature.Description);
        Assert.Equal(
            """{"type":"object","properties":{"city":{"type":"string","description":"City name, e.g. Paris."},"unit":{"type":"string","description":"The unit of the result.","enum":["Celsius","Fahrenheit"],"default":"Celsius"}},"required":["city"]}""",
            temperature.ParametersSchema);
        var price = Get(WeatherTools.ToolDefinitions, "get_stock_price");
        Assert.Equal("Latest price of a stock", price.Description);
        Assert.Contains("\"description\":\"Ticker, e.g. AAPL\"", price.ParametersSchema);
    }

    [Fact]
    public void The_strict_schema_requires_every_property_and_makes_optional_ones_nullable()
    {
        Assert.Equal(
            """{"type":"object","properties":{"city":{"type":"string","description":"City name, e.g. Paris."},"unit":{"type":["string","null"],"description":"The unit of the result. Default: \"Celsius\".","enum":["Celsius","Fahrenheit",null]}},"required":["city","unit"],"additionalProperties":false}""",
            Get(WeatherTools.ToolDefinitions, "get_temperature").StrictParametersSchema);
    }

    [Fact]
    public void Integer_schemas_carry_the_bounds_that_tell_the_model_something()
    {
        var schema = Get(EchoTools.ToolDefinitions, "integers").ParametersSchema;
        Assert.Contains("\"a\":{\"type\":\"integer\",\"minimum\":-128,\"maximum\":127}", schema);
        Assert.Contains("\"d\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":65535}", schema);
        // int and long: the full range says nothing and costs tokens; unsigned types say they are not negative.
        Assert.Contains("\"e\":{\"type\":\"integer\"}", schema);
        Assert.Contains("\"g\":{\"type\":\"integer\"}", schema);
        Assert.Contains("\"h\":{\"type\":\"integer\",\"minimum\":0}", schema);
    }

    [Fact]
    public void Nullable_and_optional_parameters_are_not_required()
    {
        var nullables = Get(EchoTools.ToolDefinitions, "nullables");
        Assert.Equal(
            """{"type":"object","properties":{"number":{"type":"integer"},"text":{"type":"string"},"priority":{"type":"string","enum":["Low","Normal","High"]}}}""",
            nullables.ParametersSchema);
        var defaults = Get(EchoTools.ToolDefinitions, "defaults").ParametersSchema;
        Assert.Contains("\"label\":{\"type\":\"string\",\"default\":\"a \\\"quoted\\\" label\"}", defaults);
        Assert.Contains("\"ratio\":{\"type\":\"number\",\"default\":-1.5}", defaults);
        Assert.DoesNotContain("\"required\"", defaults);
    }

    [Fact]
    public void Collections_are_arrays_of_their_items()
    {
        var schema = Get(EchoTools.ToolDefinitions, "collections").ParametersSchema;
        Assert.Contains("\"grid\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"", schema);
        Assert.Contains("\"required\":[\"numbers\",\"names\",\"priorities\",\"grid\"]", schema);
        var elements = Get(EchoTools.ToolDefinitions, "nullable_elements").ParametersSchema;
        Assert.Contains("\"words\":{\"type\":\"array\",\"items\":{\"type\":[\"string\",\"null\"]}}", elements);
    }

    [Fact]
    public void Special_parameters_stay_out_of_the_schema()
    {
        Assert.Equal(
            """{"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer"}},"required":["city","days"]}""",
            Get(WeatherTools.ToolDefinitions, "forecast").ParametersSchema);
    }

    [Fact]
    public void Return_schemas_describe_json_results_only()
    {
        Assert.Equal("""{"type":"array","items":{"type":"number"}}""", Get(WeatherTools.ToolDefinitions, "forecast").ReturnSchema);
        Assert.Null(Get(EchoTools.ToolDefinitions, "text").ReturnSchema);
        Assert.Null(Get(EchoTools.ToolDefinitions, "nothing").ReturnSchema);
    }

    [Fact]
    public void Every_schema_has_an_object_root_and_is_well_formed_without_duplicate_keys()
    {
        var all = WeatherTools.ToolDefinitions.Concat(EchoTools.ToolDefinitions).Concat(FailingTools.ToolDefinitions)
            .Concat(ConversionTools.ToolDefinitions).Concat(Outer.NestedTools.ToolDefinitions);
        foreach (var definition in all)
        {
            foreach (var schema in new[] { definition.ParametersSchema, definition.StrictParametersSchema! })
            {
                using var document = JsonDocument.Parse(schema);
                Assert.Equal("object", document.RootElement.GetProperty("type").GetString());
            }

            // Content, not only parsing: no duplicate keys, strict forms closed and fully required, typed results.
            Validator.SchemaChecks.AssertWellFormed(definition);
        }
    }
}
