using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary><c>JsonObject</c> and <c>JsonArray</c> parameters, and the key names of an enum-keyed map in its schema.</summary>
public class FreeJsonTests
{
    private readonly IToolSet _tools = new FreeJsonTools();

    [Fact]
    public void A_JsonObject_parameter_takes_any_object_and_refuses_other_values()
    {
        Assert.Equal("2", _tools.Ok("keys", """{"data":{"x":1,"y":[true]}}"""));
        var message = _tools.Fails("keys", """{"data":[1]}""", ToolErrorKind.InvalidArguments);
        Assert.Contains("\"data\": expected a JSON object", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JsonArray_parameter_takes_any_array_and_refuses_other_values()
    {
        Assert.Equal("3", _tools.Ok("items", """{"items":[1,"a",null]}"""));
        Assert.Equal("4", _tools.Ok("items", """{"items":[1,"a",null],"extra":{"k":0}}"""));
        var message = _tools.Fails("items", """{"items":{"a":1}}""", ToolErrorKind.InvalidArguments);
        Assert.Contains("\"items\": expected a JSON array", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schemas_say_object_and_array_and_have_no_strict_form()
    {
        var items = FreeJsonTools.ToolDefinitions.Single(d => d.Name == "items");
        Assert.Contains("\"items\":{\"type\":\"array\",\"description\":\"Any array.\"}", items.ParametersSchema, StringComparison.Ordinal);
        Assert.Contains("\"extra\":{\"type\":\"object\"", items.ParametersSchema, StringComparison.Ordinal);
        Assert.Null(items.StrictParametersSchema);
        Assert.Equal("{\"type\":\"object\"}", FreeJsonTools.ToolDefinitions.Single(d => d.Name == "echo").ReturnSchema);
        Assert.Equal("{\"a\":1}", _tools.Ok("echo", "{}"));
    }

    [Fact]
    public void An_enum_keyed_map_names_its_keys_in_propertyNames()
    {
        var limits = FreeJsonTools.ToolDefinitions.Single(d => d.Name == "limits");
        Assert.Contains("\"propertyNames\":{\"enum\":[\"Email\",\"Sms\"]}", limits.ParametersSchema, StringComparison.Ordinal);
        Assert.Equal("2", _tools.Ok("limits", """{"limits":{"Email":1,"Sms":2}}"""));
        _tools.Fails("limits", """{"limits":{"Fax":1}}""", ToolErrorKind.InvalidArguments);
    }
}
