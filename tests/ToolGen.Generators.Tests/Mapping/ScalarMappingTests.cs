namespace ToolGen.Generators.Tests.Mapping;

/// <summary>Strings, numbers, booleans and the string formats.</summary>
public sealed class ScalarMappingTests
{
    [Theory]
    [InlineData("string", """{"type":"string"}""")]
    [InlineData("char", """{"type":"string","minLength":1,"maxLength":1}""")]
    [InlineData("bool", """{"type":"boolean"}""")]
    [InlineData("byte", """{"type":"integer","minimum":0,"maximum":255}""")]
    [InlineData("int", """{"type":"integer"}""")]
    [InlineData("uint", """{"type":"integer","minimum":0}""")]
    [InlineData("decimal", """{"type":"number"}""")]
    [InlineData("Guid", """{"type":"string","format":"uuid"}""")]
    [InlineData("DateTimeOffset", """{"type":"string","format":"date-time"}""")]
    [InlineData("DateOnly", """{"type":"string","format":"date"}""")]
    [InlineData("TimeSpan", """{"type":"string","format":"duration"}""")]
    [InlineData("System.Text.Json.Nodes.JsonObject", """{"type":"object"}""")]
    [InlineData("System.Text.Json.Nodes.JsonArray", """{"type":"array"}""")]
    public void Each_scalar_has_its_schema(string type, string schema)
    {
        var tool = MappedTool.Of($"public int F({type} value) => 0;");
        Assert.Equal(schema, tool.Argument.GetRawText());
    }

    [Fact]
    public void Range_and_StringLength_become_keywords()
    {
        var tool = MappedTool.Of("public int F([Range(1, 10)] int count, [StringLength(5, MinimumLength = 2)] string code) => 0;");
        Assert.Equal("""{"type":"integer","minimum":1,"maximum":10}""", tool.Argument.GetRawText());
        Assert.Equal("""{"type":"string","minLength":2,"maxLength":5}""", tool.Schema.GetProperty("properties").GetProperty("code").GetRawText());
    }

    [Fact]
    public void A_nullable_value_is_optional_and_nullable_in_the_strict_form()
    {
        var tool = MappedTool.Of("public int F(int? count) => 0;");
        Assert.False(tool.Field.IsRequired);
        Assert.Contains("\"count\":{\"type\":[\"integer\",\"null\"]}", tool.StrictSchema, System.StringComparison.Ordinal);
    }
}
