using System.Text.Json;

namespace ToolGen.Tests.SchemaSemantics;

/// <summary>
/// docs/schema-semantics.md, row by row: what the schema says a value may be is exactly what the reader accepts
/// (and what the writer writes for results), in both directions.
/// </summary>
public class SchemaSemanticsTests
{
    private readonly IToolSet _tools = new SemanticsTools();

    private string Schema(string tool, string property)
    {
        var definition = Assert.Single(SemanticsTools.ToolDefinitions, d => d.Name == tool);
        using var document = JsonDocument.Parse(definition.ParametersSchema);
        return document.RootElement.GetProperty("properties").GetProperty(property).GetRawText();
    }

    private string? StrictSchema(string tool, string property)
    {
        var definition = Assert.Single(SemanticsTools.ToolDefinitions, d => d.Name == tool);
        using var document = JsonDocument.Parse(definition.StrictParametersSchema!);
        return document.RootElement.GetProperty("properties").GetProperty(property).GetRawText();
    }

    private string ReturnSchema(string tool) => Assert.Single(SemanticsTools.ToolDefinitions, d => d.Name == tool).ReturnSchema!;

    // 1. Integers: a number with a zero fraction is an integer (JSON Schema 2020-12, "type": "integer").

    [Theory]
    [InlineData("a", "2.0", "2|0|0|0|0|0|0|0|0")]
    [InlineData("a", "-128.000", "-128|0|0|0|0|0|0|0|0")]
    [InlineData("b", "1e1", "0|10|0|0|0|0|0|0|0")]
    [InlineData("b", "2.55E2", "0|255|0|0|0|0|0|0|0")]
    [InlineData("b", "-0", "0|0|0|0|0|0|0|0|0")]
    [InlineData("b", "-0.0e5", "0|0|0|0|0|0|0|0|0")]
    [InlineData("c", "20E-1", "0|0|2|0|0|0|0|0|0")]
    [InlineData("d", "-0", "0|0|0|0|0|0|0|0|0")]
    [InlineData("e", "1.5e3", "0|0|0|0|1500|0|0|0|0")]
    [InlineData("e", "-2147483648.0", "0|0|0|0|-2147483648|0|0|0|0")]
    [InlineData("f", "-0", "0|0|0|0|0|0|0|0|0")]
    [InlineData("f", "4294967295e0", "0|0|0|0|0|4294967295|0|0|0")]
    [InlineData("g", "-9223372036854775808.0", "0|0|0|0|0|0|-9223372036854775808|0|0")]
    [InlineData("g", "9.223372036854775807e18", "0|0|0|0|0|0|9223372036854775807|0|0")]
    [InlineData("h", "-0", "0|0|0|0|0|0|0|0|0")]
    [InlineData("h", "1.8446744073709551615E19", "0|0|0|0|0|0|0|18446744073709551615|0")]
    [InlineData("h", "1000000000000000000000e-3", "0|0|0|0|0|0|0|1000000000000000000|0")]
    [InlineData("i", "42.00", "0|0|0|0|0|0|0|0|42")]
    [InlineData("e", "0.000e-999999999999999999999", "0|0|0|0|0|0|0|0|0")]
    public void A_number_with_a_zero_fraction_is_an_integer(string name, string json, string expected) =>
        Assert.Equal(expected, _tools.Ok("integers", "{\"" + name + "\":" + json + "}"));

    [Theory]
    [InlineData("a", "1.5", "an integer from -128 to 127")]
    [InlineData("a", "128.0", "an integer from -128 to 127")]
    [InlineData("a", "-1.29e2", "an integer from -128 to 127")]
    [InlineData("b", "-1.0", "an integer from 0 to 255")]
    [InlineData("b", "2.56e2", "an integer from 0 to 255")]
    [InlineData("e", "1e-1", "an integer from -2147483648 to 2147483647")]
    [InlineData("e", "2147483648.0", "an integer from -2147483648 to 2147483647")]
    [InlineData("e", "1.0000000000000000000000000000001", "an integer from -2147483648 to 2147483647")]
    [InlineData("e", "1e99999999999999999999", "an integer from -2147483648 to 2147483647")]
    [InlineData("f", "-1e0", "an integer from 0 to 4294967295")]
    [InlineData("g", "9.223372036854775808e18", "an integer from -9223372036854775808 to 9223372036854775807")]
    [InlineData("h", "1.8446744073709551616E19", "an integer from 0 to 18446744073709551615")]
    [InlineData("h", "123456789012345678901.0", "an integer from 0 to 18446744073709551615")]
    [InlineData("i", "0.5", "an integer from -9223372036854775808 to 9223372036854775807")]
    public void A_fraction_or_a_number_out_of_range_is_refused_naming_the_range(string name, string json, string expected) =>
        Assert.Equal(
            $"Invalid arguments for tool \"integers\": \"{name}\": expected {expected}; got {json}.",
            _tools.Fails("integers", "{\"" + name + "\":" + json + "}", ToolErrorKind.InvalidArguments));

    // 6. Reals out of range name the range.

    [Fact]
    public void Reals_out_of_range_name_the_range()
    {
        Assert.Equal(
            "Invalid arguments for tool \"reals\": \"f\": expected a number from -3.4028235E+38 to 3.4028235E+38; got 1e39. " +
            "\"d\": expected a number from -1.7976931348623157E+308 to 1.7976931348623157E+308; got -1e309. " +
            "\"m\": expected a number from -79228162514264337593543950335 to 79228162514264337593543950335; got 1e29.",
            _tools.Fails("reals", """{"f":1e39,"d":-1e309,"m":1e29}""", ToolErrorKind.InvalidArguments));
    }

    // 2. TimeOnly: a pattern, not format: time (RFC 3339 full-time requires an offset, which a TimeOnly has not).

    [Fact]
    public void TimeOnly_is_described_by_a_pattern_not_format_time()
    {
        Assert.Equal("""{"type":"string","pattern":"^([01]?[0-9]|2[0-3]):[0-5]?[0-9](:[0-5]?[0-9](\\.[0-9]{1,7})?)?$"}""", Schema("time", "value"));
        Assert.Equal("""{"type":"string","pattern":"^([01]?[0-9]|2[0-3]):[0-5]?[0-9](:[0-5]?[0-9](\\.[0-9]{1,7})?)?$"}""", StrictSchema("time", "value"));
    }

    [Theory]
    [InlineData("14:30", "14:30:00")]
    [InlineData("14:30:00", "14:30:00")]
    [InlineData("9:5:7.25", "09:05:07.25")]
    [InlineData("00:00:00", "00:00:00")]
    [InlineData("23:59:59.9999999", "23:59:59.9999999")]
    public void A_time_the_pattern_matches_is_read(string text, string expected) =>
        Assert.Equal(expected, _tools.Ok("time", "{\"value\":\"" + text + "\"}"));

    [Theory]
    [InlineData("14:30:00Z")]
    [InlineData("14:30:00+01:00")]
    [InlineData("24:00")]
    [InlineData("14:60")]
    [InlineData("14:30:60")]
    [InlineData("014:30")]
    [InlineData("14:30:00.12345678")]
    [InlineData("14:30:00.")]
    [InlineData("14")]
    [InlineData(" 14:30")]
    [InlineData("1.02:00:00")]
    public void A_time_the_pattern_refuses_is_refused(string text) =>
        Assert.Equal(
            $"Invalid arguments for tool \"time\": \"value\": expected a time of day like \"14:30:00\", without offset; got \"{text}\".",
            _tools.Fails("time", "{\"value\":\"" + text + "\"}", ToolErrorKind.InvalidArguments));

    // 3. DateTimeOffset: RFC 3339 date-time, strictly; DateTime: the same with the offset optional, as a pattern.

    [Fact]
    public void DateTimeOffset_says_date_time_and_DateTime_a_pattern()
    {
        Assert.Equal("""{"type":"string","format":"date-time"}""", Schema("stamp", "value"));
        Assert.Equal(
            """{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$"}""",
            Schema("local", "value"));
    }

    [Theory]
    [InlineData("2024-05-01T10:00:00Z", "2024-05-01T10:00:00.0000000+00:00")]
    [InlineData("2024-05-01t10:00:00z", "2024-05-01T10:00:00.0000000+00:00")]
    [InlineData("2024-05-01T10:00:00.5+02:00", "2024-05-01T10:00:00.5000000+02:00")]
    [InlineData("2024-05-01T10:00:00.123456789-05:30", "2024-05-01T10:00:00.1234567-05:30")]
    [InlineData("2024-02-29T23:59:59+14:00", "2024-02-29T23:59:59.0000000+14:00")]
    public void DateTimeOffset_reads_RFC_3339(string text, string expected) =>
        Assert.Equal(expected, _tools.Ok("stamp", "{\"value\":\"" + text + "\"}"));

    [Theory]
    [InlineData("2024-05-01T10:00:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T10:00Z")]
    [InlineData("2024-05-01 10:00:00Z")]
    [InlineData("2024-05-01T10:00:00+0200")]
    [InlineData("2024-05-01T10:00:00.Z")]
    [InlineData("2023-02-29T10:00:00Z")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("2024-05-01T10:00:00+15:00")]
    [InlineData("2024-05-01T10:00:00Z ")]
    public void DateTimeOffset_refuses_what_RFC_3339_refuses(string text) =>
        Assert.Equal(
            $"Invalid arguments for tool \"stamp\": \"value\": expected an RFC 3339 date-time string with an offset, like \"2025-07-01T14:30:00Z\" or \"2025-07-01T14:30:00+02:00\"; got \"{text}\".",
            _tools.Fails("stamp", "{\"value\":\"" + text + "\"}", ToolErrorKind.InvalidArguments));

    [Theory]
    [InlineData("2024-05-01T10:00:00", "2024-05-01T10:00:00.0000000 Unspecified")]
    [InlineData("2024-05-01T10:00:00Z", "2024-05-01T10:00:00.0000000Z Utc")]
    [InlineData("2024-05-01t10:00:00.25z", "2024-05-01T10:00:00.2500000Z Utc")]
    [InlineData("2024-05-01T10:00:00+02:00", "2024-05-01T08:00:00.0000000Z (local)")]
    public void DateTime_reads_the_pattern_with_or_without_offset(string text, string expected) =>
        Assert.Equal(expected, _tools.Ok("local", "{\"value\":\"" + text + "\"}"));

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T10:00")]
    [InlineData("2024-05-01 10:00:00")]
    [InlineData("2024-13-01T10:00:00")]
    public void DateTime_refuses_what_the_pattern_refuses(string text) =>
        Assert.Equal(
            $"Invalid arguments for tool \"local\": \"value\": expected a date-time string like \"2025-07-01T14:30:00\" (local) or \"2025-07-01T14:30:00Z\"; got \"{text}\".",
            _tools.Fails("local", "{\"value\":\"" + text + "\"}", ToolErrorKind.InvalidArguments));

    // 4. Uri: RFC 3986 absolute URI.

    [Theory]
    [InlineData("https://example.com/a?b=c#d")]
    [InlineData("https://example.com/a%20b")]
    [InlineData("mailto:ada@example.com")]
    [InlineData("urn:isbn:0451450523")]
    [InlineData("http://[::1]:80/")]
    [InlineData("file:///tmp/x.txt")]
    public void An_RFC_3986_uri_is_read(string text) =>
        Assert.Equal(new Uri(text).AbsoluteUri, _tools.Ok("link", "{\"value\":\"" + text + "\"}"));

    [Theory]
    [InlineData("https://example.com/a b")]
    [InlineData("https://exa mple.com")]
    [InlineData(@"C:\\temp\\x.txt")]
    [InlineData("https://example.com/%zz")]
    [InlineData("https://example.com/%2")]
    [InlineData("https://例え.jp/")]
    [InlineData("https://example.com/a[1]")]
    [InlineData("https://example.com/#a#b")]
    [InlineData("1http://x")]
    [InlineData("/relative")]
    public void What_RFC_3986_refuses_is_refused(string text)
    {
        var message = _tools.Fails("link", "{\"value\":\"" + text + "\"}", ToolErrorKind.InvalidArguments);
        Assert.StartsWith("Invalid arguments for tool \"link\": \"value\": expected an absolute URI string; got \"", message);
    }

    [Fact]
    public void What_System_Uri_cannot_hold_is_refused_though_RFC_3986_allows_it()
    {
        // A documented residual (docs/schema-semantics.md, uri): "http://" is an RFC 3986 URI with an empty host.
        Assert.Equal(
            "Invalid arguments for tool \"link\": \"value\": expected an absolute URI string; got \"http://\".",
            _tools.Fails("link", """{"value":"http://"}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_Url_attribute_value_must_also_be_an_RFC_3986_uri()
    {
        IToolSet travel = new ToolGen.Tests.Tools.TravelTools();
        var valid = """{"rating":1,"factor":1,"code":"a","email":"a@b","slug":"a-1","user":"u","pair":[1,2],"homepage":""";
        Assert.Equal("ok", travel.Ok("validated", valid + "\"https://example.com/a%20b\"}"));
        Assert.Equal(
            "Invalid arguments for tool \"validated\": \"homepage\": must be an http, https or ftp URL; got \"https://example.com/a b\".",
            travel.Fails("validated", valid + "\"https://example.com/a b\"}", ToolErrorKind.InvalidArguments));
    }

    // 5. uniqueItems: a set refuses a repeated item, naming it.

    [Fact]
    public void A_set_says_uniqueItems_and_refuses_a_duplicate_naming_its_index()
    {
        Assert.Equal("""{"type":"array","items":{"type":"string"},"uniqueItems":true}""", Schema("tags", "tags"));
        Assert.Equal("a,b|null", _tools.Ok("tags", """{"tags":["a","b"]}"""));
        Assert.Equal("a,A|null", _tools.Ok("tags", """{"tags":["a","A"]}"""));
        Assert.Equal("|x,x", _tools.Ok("tags", """{"tags":[],"notes":["x","x"]}"""));
        Assert.Equal(
            "Invalid arguments for tool \"tags\": \"tags[2]\": repeats item 0; the items must be unique. \"tags[3]\": repeats item 1; the items must be unique.",
            _tools.Fails("tags", """{"tags":["a","b","a","b","c"]}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void A_wrong_item_is_not_also_reported_as_a_duplicate()
    {
        Assert.Equal(
            "Invalid arguments for tool \"tags\": \"tags[1]\": expected a string; got 1. \"tags[2]\": expected a string; got 2.",
            _tools.Fails("tags", """{"tags":["a",1,2]}""", ToolErrorKind.InvalidArguments));
    }

    // 7. Strict mode: the strict schema lists every property as required, so a strict call must send each one.

    [Fact]
    public async Task A_strict_call_must_send_every_property()
    {
        var strict = Assert.Single(SemanticsTools.ToolDefinitions, d => d.Name == "options").StrictParametersSchema!;
        Assert.Contains("\"required\":[\"name\",\"count\",\"limit\"]", strict);

        var result = await _tools.InvokeAsync(new ToolCall("c", "options", """{"name":"n"}""") { Strict = true });
        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error?.Kind);
        Assert.Equal(
            "Invalid arguments for tool \"options\": \"count\": required in strict mode, but missing; expected an integer from -2147483648 to 2147483647 or null (null for no value). " +
            "\"limit\": required in strict mode, but missing; expected an integer from -2147483648 to 2147483647 or null (null for no value).",
            result.Content);

        var full = await _tools.InvokeAsync(new ToolCall("c", "options", """{"name":"n","count":null,"limit":null}""") { Strict = true });
        Assert.Equal("n|null|5", full.Content);
        Assert.Equal("n|null|5", _tools.Ok("options", """{"name":"n"}"""));
    }

    // 8. Results: what is written matches the ReturnSchema, or the call fails.

    [Fact]
    public void An_enum_value_without_a_name_fails_the_result()
    {
        Assert.Equal("""{"type":"string","enum":["Light","Dark"]}""", ReturnSchema("shade_of"));
        Assert.Equal("\"Dark\"", _tools.Ok("shade_of", """{"value":2}"""));
        Assert.Equal(
            "Tool \"shade_of\" failed: the result holds the Shade value 7, which has no name; the result schema allows only the names.",
            _tools.Fails("shade_of", """{"value":7}""", ToolErrorKind.ToolFailed));
        Assert.Equal(
            "Tool \"shade_counts\" failed: the result holds the Shade value 0, which has no name; the result schema allows only the names.",
            _tools.Fails("shade_counts", """{"value":0}""", ToolErrorKind.ToolFailed));
    }

    [Fact]
    public void Flags_bits_without_a_name_fail_the_result()
    {
        Assert.Equal("""{"type":"array","items":{"type":"string","enum":["Read","Write"]}}""", ReturnSchema("access_of"));
        Assert.Equal("[\"Read\",\"Write\"]", _tools.Ok("access_of", """{"value":3}"""));
        Assert.Equal("[]", _tools.Ok("access_of", """{"value":0}"""));
        Assert.Equal(
            "Tool \"access_of\" failed: the result holds the Access value 8, which has no name; the result schema allows only the names.",
            _tools.Fails("access_of", """{"value":9}""", ToolErrorKind.ToolFailed));
    }

    [Fact]
    public void NaN_and_infinities_fail_the_result()
    {
        Assert.Equal("""{"type":"number"}""", ReturnSchema("ratio"));
        Assert.Equal("0.5", _tools.Ok("ratio", """{"value":0.5}"""));
        Assert.Equal(
            "Tool \"ratio\" failed: the result holds NaN, which is not a JSON number; the result schema allows only finite numbers.",
            _tools.Fails("ratio", """{"value":0}""", ToolErrorKind.ToolFailed));
        Assert.Equal(
            "Tool \"ratio\" failed: the result holds -Infinity, which is not a JSON number; the result schema allows only finite numbers.",
            _tools.Fails("ratio", """{"value":-1}""", ToolErrorKind.ToolFailed));
        Assert.Equal(
            "Tool \"half\" failed: the result holds NaN, which is not a JSON number; the result schema allows only finite numbers.",
            _tools.Fails("half", """{"value":0}""", ToolErrorKind.ToolFailed));
        Assert.Equal(
            "Tool \"measure\" failed: the result holds Infinity, which is not a JSON number; the result schema allows only finite numbers.",
            _tools.Fails("measure", """{"value":0}""", ToolErrorKind.ToolFailed));
        Assert.Equal("{\"value\":2,\"shade\":\"Dark\"}", _tools.Ok("measure", """{"value":2}"""));
    }

    [Fact]
    public void A_byte_array_is_an_array_of_integers_both_ways()
    {
        Assert.Equal("""{"type":"array","items":{"type":"integer","minimum":0,"maximum":255}}""", Schema("bytes", "data"));
        Assert.Equal("""{"type":"array","items":{"type":"integer","minimum":0,"maximum":255}}""", ReturnSchema("bytes"));
        Assert.Equal("[0,1,255]", _tools.Ok("bytes", """{"data":[0,1,255]}"""));
        Assert.Equal(
            "Invalid arguments for tool \"bytes\": \"data\": expected an array; got \"AAH/\".",
            _tools.Fails("bytes", """{"data":"AAH/"}""", ToolErrorKind.InvalidArguments));
    }
}
