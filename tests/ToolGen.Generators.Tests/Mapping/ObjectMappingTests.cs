namespace ToolGen.Generators.Tests.Mapping;

/// <summary>Classes, structs and records read from their properties or constructor.</summary>
public sealed class ObjectMappingTests
{
    [Fact]
    public void A_positional_record_requires_its_parameters_without_defaults()
    {
        var tool = MappedTool.Of("public int F(Point point) => 0;", "public sealed record Point(int X, int Y = 2);");
        Assert.Equal("""["x"]""", tool.Argument.GetProperty("required").GetRawText());
        Assert.Equal(2, tool.Argument.GetProperty("properties").GetProperty("y").GetProperty("default").GetInt32());
    }

    [Fact]
    public void JsonPropertyName_and_JsonIgnore_shape_the_properties()
    {
        var tool = MappedTool.Of(
            "public int F(Query query) => 0;",
            """
            public sealed class Query
            {
                [System.Text.Json.Serialization.JsonPropertyName("q")] public string Text { get; set; } = "";
                [System.Text.Json.Serialization.JsonIgnore] public int Internal { get; set; }
            }
            """);
        Assert.Equal("""{"q":{"type":"string","default":""}}""", tool.Argument.GetProperty("properties").GetRawText());
    }

    [Fact]
    public void Required_on_a_nullable_property_makes_it_required_and_not_null()
    {
        var tool = MappedTool.Of(
            "public int F(Query query) => 0;",
            "public sealed class Query { [Required] public string? Text { get; set; } }");
        Assert.Equal("""["text"]""", tool.Argument.GetProperty("required").GetRawText());
        Assert.Equal("""{"type":"string","minLength":1}""", tool.Argument.GetProperty("properties").GetProperty("text").GetRawText());
    }

    [Fact]
    public void A_recursive_type_goes_through_defs()
    {
        var tool = MappedTool.Of("public int F(Node node) => 0;", "public sealed class Node { public List<Node> Children { get; set; } = new(); }");
        Assert.True(tool.Schema.TryGetProperty("$defs", out var defs));
        Assert.True(defs.TryGetProperty("Node", out _));
    }
}
