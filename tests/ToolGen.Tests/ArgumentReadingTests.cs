using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Every supported type, read from JSON exactly as a model sends it, reaches the method intact.</summary>
public class ArgumentReadingTests
{
    private readonly IToolSet _tools = new EchoTools();

    [Fact]
    public void Reads_every_integer_type_at_its_limits()
    {
        Assert.Equal(
            "-128|255|-32768|65535|-2147483648|4294967295|-9223372036854775808|18446744073709551615",
            _tools.Ok("integers", """{"a":-128,"b":255,"c":-32768,"d":65535,"e":-2147483648,"f":4294967295,"g":-9223372036854775808,"h":18446744073709551615}"""));
    }

    [Fact]
    public void Reads_reals_with_full_precision()
    {
        Assert.Equal("1.5|0.1|79228162514264337593543950335", _tools.Ok("reals", """{"f":1.5,"d":0.1,"m":79228162514264337593543950335}"""));
        Assert.Equal("3|-2|1E-05", _tools.Ok("reals", """{"f":3,"d":-2,"m":1e-5}""").Replace("0.00001", "1E-05"));
    }

    [Fact]
    public void Reads_strings_with_escapes_chars_and_booleans()
    {
        Assert.Equal("Zürich \"ü\"\n|é|True", _tools.Ok("text", """{"s":"Z\u00fcrich \"ü\"\n","c":"é","flag":true}"""));
    }

    [Fact]
    public void Property_order_does_not_matter_and_unknown_properties_are_ignored()
    {
        Assert.Equal("x|y|False", _tools.Ok("text", """{"extra":{"deep":[1,2,{"a":null}]},"flag":false,"c":"y","s":"x","more":"ignored"}"""));
    }

    [Fact]
    public void Nullable_parameters_are_optional_and_accept_null()
    {
        Assert.Equal("null|null|null", _tools.Ok("nullables", "{}"));
        Assert.Equal("null|null|null", _tools.Ok("nullables", """{"number":null,"text":null,"priority":null}"""));
        Assert.Equal("5|hi|High", _tools.Ok("nullables", """{"number":5,"text":"hi","priority":"High"}"""));
    }

    [Fact]
    public void Optional_parameters_take_their_defaults_when_omitted_or_null()
    {
        Assert.Equal("3|a \"quoted\" label|Normal|-1.5|True", _tools.Ok("defaults", "{}"));
        Assert.Equal("3|a \"quoted\" label|Normal|-1.5|True", _tools.Ok("defaults", """{"count":null,"label":null,"priority":null,"ratio":null,"enabled":null}"""));
        Assert.Equal("7|b|High|2|False", _tools.Ok("defaults", """{"count":7,"label":"b","priority":"High","ratio":2,"enabled":false}"""));
    }

    [Fact]
    public void Enum_names_are_matched_exactly_then_ignoring_case()
    {
        Assert.Equal("null|null|Low", _tools.Ok("nullables", """{"priority":"low"}"""));
        Assert.Equal("null|null|High", _tools.Ok("nullables", """{"priority":"HIGH"}"""));
    }

    [Fact]
    public void Reads_arrays_lists_and_nested_collections()
    {
        Assert.Equal(
            "1,2,3|a,b|Low,High|0.5,1|1,2;;3",
            _tools.Ok("collections", """{"numbers":[1,2,3],"names":["a","b"],"priorities":["Low","High"],"weights":[0.5,1],"grid":[[1,2],[],[3]]}"""));
        Assert.Equal("||||", _tools.Ok("collections", """{"numbers":[],"names":[],"priorities":[],"weights":null,"grid":[]}""").Replace("null", string.Empty));
    }

    [Fact]
    public void Nullable_elements_accept_null()
    {
        Assert.Equal("1,null,3|a,null", _tools.Ok("nullable_elements", """{"values":[1,null,3],"words":["a",null]}"""));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("{}")]
    public void A_tool_without_parameters_accepts_empty_arguments(string? arguments)
    {
        Assert.Equal("none", _tools.Ok("no_arguments", arguments));
    }

    [Fact]
    public void Keyword_named_parameters_use_their_plain_names()
    {
        Assert.Equal("x2", new Outer.NestedTools().Ok("classify", """{"class":"x","event":2}"""));
        Assert.Equal("y1", new Outer.NestedTools().Ok("classify", """{"class":"y"}"""));
    }

    [Fact]
    public void The_call_id_is_echoed_in_the_result()
    {
        var result = _tools.Call("yes", "{}", id: "call_xyz");
        Assert.Equal("call_xyz", result.CallId);
    }
}
