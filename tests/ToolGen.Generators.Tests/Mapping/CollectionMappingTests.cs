using ToolGen.Generators.Model;

namespace ToolGen.Generators.Tests.Mapping;

/// <summary>Arrays, lists, sets and maps.</summary>
public sealed class CollectionMappingTests
{
    [Theory]
    [InlineData("int[]", "Array")]
    [InlineData("List<int>", "List")]
    [InlineData("IReadOnlyList<int>", "List")]
    [InlineData("IEnumerable<int>", "List")]
    [InlineData("HashSet<int>", "HashSet")]
    [InlineData("System.Collections.Immutable.ImmutableArray<int>", "ImmutableArray")]
    public void Every_collection_shape_is_an_array_of_its_items(string type, string kindName)
    {
        var kind = System.Enum.Parse<CollectionKind>(kindName);
        var tool = MappedTool.Of($"public int F({type} items) => 0;");
        Assert.Equal(kind, tool.Field.Type.Collection);
        Assert.Equal("array", tool.Argument.GetProperty("type").GetString());
        Assert.Equal("integer", tool.Argument.GetProperty("items").GetProperty("type").GetString());
        Assert.Equal(kind == CollectionKind.HashSet, tool.Argument.TryGetProperty("uniqueItems", out _));
    }

    [Fact]
    public void A_string_keyed_map_is_an_open_object_without_a_strict_form()
    {
        var tool = MappedTool.Of("public int F(Dictionary<string, double> weights) => 0;");
        Assert.Equal("""{"type":"object","additionalProperties":{"type":"number"}}""", tool.Argument.GetRawText());
        Assert.Null(tool.StrictSchema);
    }

    [Fact]
    public void Length_bounds_the_item_count()
    {
        var tool = MappedTool.Of("public int F([Length(1, 3)] string[] tags) => 0;");
        Assert.Equal(1, tool.Argument.GetProperty("minItems").GetInt32());
        Assert.Equal(3, tool.Argument.GetProperty("maxItems").GetInt32());
    }
}
