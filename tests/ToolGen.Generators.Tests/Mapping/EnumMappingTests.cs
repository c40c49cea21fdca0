using ToolGen.Generators.Model;

namespace ToolGen.Generators.Tests.Mapping;

/// <summary>Enums: a string with the member names; [Flags] as an array of names.</summary>
public sealed class EnumMappingTests
{
    private const string Unit = "public enum Unit { Celsius, Fahrenheit }";

    [Fact]
    public void An_enum_is_a_string_of_its_member_names()
    {
        var tool = MappedTool.Of("public int F(Unit unit) => 0;", Unit);
        Assert.Equal(TypeKind.Enum, tool.Field.Type.Kind);
        Assert.Equal("""{"type":"string","enum":["Celsius","Fahrenheit"]}""", tool.Argument.GetRawText());
    }

    [Fact]
    public void JsonStringEnumMemberName_renames_a_member()
    {
        var tool = MappedTool.Of(
            "public int F(Unit unit) => 0;",
            "public enum Unit { [System.Text.Json.Serialization.JsonStringEnumMemberName(\"c\")] Celsius, Fahrenheit }");
        Assert.Equal("""["c","Fahrenheit"]""", tool.Argument.GetProperty("enum").GetRawText());
    }

    [Fact]
    public void A_default_member_is_written_by_name_and_read_by_value()
    {
        var tool = MappedTool.Of("public int F(Unit unit = Unit.Fahrenheit) => 0;", Unit);
        Assert.Equal("\"Fahrenheit\"", tool.Argument.GetProperty("default").GetRawText());
        Assert.Contains("= (global::Unit)1;", tool.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_flags_enum_is_an_array_of_names_without_None_and_without_uniqueItems()
    {
        var tool = MappedTool.Of("public int F(Days days) => 0;", "[Flags] public enum Days { None = 0, Mon = 1, Tue = 2 }");
        Assert.Equal(TypeKind.FlagsEnum, tool.Field.Type.Kind);
        Assert.Equal("""{"type":"array","items":{"type":"string","enum":["Mon","Tue"]}}""", tool.Argument.GetRawText());
    }

    [Fact]
    public void An_enum_keyed_map_names_its_keys()
    {
        var tool = MappedTool.Of("public int F(Dictionary<Unit, int> limits) => 0;", Unit);
        Assert.Equal("""{"enum":["Celsius","Fahrenheit"]}""", tool.Argument.GetProperty("propertyNames").GetRawText());
    }
}
