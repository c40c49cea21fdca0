using System.Text.Json;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Objects, records, maps, sets, formats, [Flags] and free JSON: read, written and described alike.</summary>
public class TypeModelTests
{
    private readonly IToolSet _tools = new TravelTools();

    private static ToolDefinition Definition(string name) => TravelTools.ToolDefinitions.Single(d => d.Name == name);

    private const string Query = """
        {"query":{"from":"CDG","to":"JFK","date":"2026-07-01","maxStops":1,"cabin":"business",
                  "passengers":[{"name":"Ada Lovelace","age":36},{"name":"Alan Turing","age":41,"loyaltyNumber":"X1"}],
                  "airlines":["AF","DL"],"flex_days":2,"wanted":["Wifi","Meals"]}}
        """;

    [Fact]
    public void Reads_a_class_with_required_init_settable_and_renamed_properties()
    {
        Assert.Equal(
            "CDG>JFK 2026-07-01 stops=1 Business [Ada Lovelace/36/-;Alan Turing/41/X1] airlines=AF,DL flex=2 internal=not from the model wanted=Wifi, Meals",
            _tools.Ok("describe", Query));
    }

    [Fact]
    public void Left_out_properties_keep_their_initial_values()
    {
        Assert.Equal(
            "CDG>JFK 0001-01-01 stops=any Economy [] airlines=any flex=0 internal=not from the model wanted=None",
            _tools.Ok("describe", """{"query":{"from":"CDG","to":"JFK"}}"""));
    }

    [Fact]
    public void Ignored_properties_cannot_be_set_by_the_model()
    {
        Assert.Contains("internal=not from the model", _tools.Ok("describe", """{"query":{"from":"CDG","to":"JFK","internal":"hacked","Internal":"hacked"}}"""));
    }

    [Fact]
    public void Writes_records_with_nested_records_formats_and_flags()
    {
        var json = _tools.Ok("search_flights", Query);
        Assert.Equal(
            """[{"number":"CDGJFK1","departs":"2026-07-01T09:30:00+00:00","duration":"PT1H35M","price":{"amount":200,"currency":"EUR"},"amenities":["Wifi","Meals"],"summary":"CDGJFK1 200 EUR"}]""",
            json);
    }

    [Fact]
    public void Errors_inside_objects_name_the_full_path()
    {
        var message = _tools.Fails(
            "describe",
            """{"query":{"from":"PARIS","to":"JFK","passengers":[{"name":"A","age":30},{"name":"B","age":150},{"age":"x"}],"cabin":"first"}}""",
            ToolErrorKind.InvalidArguments);
        Assert.Equal(
            "Invalid arguments for tool \"describe\": " +
            "\"query.from\": must have exactly 3 characters; got \"PARIS\". " +
            "\"query.passengers[1].age\": must be between 0 and 120; got 150. " +
            "\"query.passengers[2].age\": expected an integer from -2147483648 to 2147483647; got \"x\". " +
            "\"query.passengers[2].name\": required, but missing; expected a string. " +
            "\"query.cabin\": expected one of \"Economy\", \"PremiumEconomy\", \"business\"; got \"first\".",
            message);
    }

    [Fact]
    public void Missing_required_object_properties_are_reported()
    {
        Assert.Equal(
            "Invalid arguments for tool \"describe\": \"query.to\": required, but missing; expected a string.",
            _tools.Fails("describe", """{"query":{"from":"CDG"}}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Positional_records_and_record_structs_round_trip()
    {
        Assert.Equal("""{"amount":21.0,"currency":"USD"}""", _tools.Ok("convert", """{"money":{"amount":10.5,"currency":"EUR"},"to":"USD"}"""));
        Assert.Contains(
            "\"money.currency\": must match the pattern [A-Z]{3}; got \"eur\".",
            _tools.Fails("convert", """{"money":{"amount":1,"currency":"eur"},"to":"USD"}""", ToolErrorKind.InvalidArguments));
        Assert.Contains(
            "\"to\": must be one of \"EUR\", \"USD\", \"GBP\"; got \"JPY\".",
            _tools.Fails("convert", """{"money":{"amount":1,"currency":"EUR"},"to":"JPY"}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Nullable_record_parameters_are_optional_without_a_default()
    {
        Assert.Equal("Ada|null|null", _tools.Ok("book_table", """{"request":{"name":"Ada"}}"""));
        Assert.Equal("Ada|4|window", _tools.Ok("book_table", """{"request":{"name":"Ada","partySize":4,"note":"window"}}"""));
        Assert.Contains("\"required\":[\"name\"]", Definition("book_table").ParametersSchema);
    }

    [Fact]
    public void Recursive_types_read_and_write_through_defs()
    {
        Assert.Equal("4", _tools.Ok("count_comments", """{"root":{"text":"a","replies":[{"text":"b","replies":[{"text":"c"}]},{"text":"d"}]}}"""));
        Assert.Equal(
            """{"text":"level 1","replies":[{"text":"leaf","replies":[],"parent":null}],"parent":null}""",
            _tools.Ok("thread", """{"depth":1}"""));
        Assert.Contains("\"$defs\":{\"Comment\":", Definition("count_comments").ParametersSchema);
        Assert.Contains("\"replies\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Comment\"}}", Definition("count_comments").ParametersSchema);
    }

    [Fact]
    public void Dictionaries_with_string_and_enum_keys()
    {
        Assert.Equal("a=1,b=2|Economy=9.5,Business=100", _tools.Ok("tags", """{"counts":{"b":2,"a":1},"prices":{"Economy":9.5,"business":100}}"""));
        Assert.Equal(
            "Invalid arguments for tool \"tags\": \"counts.a\": expected an integer from -2147483648 to 2147483647; got the string \"1\"; send the number without quotes. \"prices.First\": unknown key; expected one of \"Economy\", \"PremiumEconomy\", \"business\".",
            _tools.Fails("tags", """{"counts":{"a":"1"},"prices":{"First":1}}""", ToolErrorKind.InvalidArguments));
        Assert.Equal("""{"Economy":120,"business":12}""", _tools.Ok("seats", "{}"));
        Assert.Contains("\"counts.a\": given more than once", _tools.Fails("tags", """{"counts":{"a":1,"a":2},"prices":{}}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Every_collection_shape_reads()
    {
        Assert.Equal(
            "x,y|1,2|0.5|9|255|a,b;c",
            _tools.Ok("collections", """{"unique":["y","x"],"numbers":[1,2],"list":[0.5],"collection":[9],"bytes":[255],"nested":[["a","b"],["c"]]}"""));
    }

    [Fact]
    public void Formats_read_in_their_standard_forms()
    {
        Assert.Equal(
            "0f8fad5b-d9cb-469f-a165-70867728950e|https://example.com/a?b=c|2026-07-01T14:30:00.0000000Z|2026-07-01T14:30:00.0000000+02:00|2026-07-01|14:30:00|01:30:00",
            _tools.Ok("formats", """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","site":"https://example.com/a?b=c","at":"2026-07-01T14:30:00Z","when":"2026-07-01T14:30:00+02:00","day":"2026-07-01","time":"14:30","duration":"PT1H30M"}"""));
        Assert.EndsWith("|1.02:00:00", _tools.Ok("formats", """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","site":"https://x.org","at":"2026-07-01T14:30:00","when":"2026-07-01T14:30:00Z","day":"2026-07-01","time":"14:30:00.5","duration":"1.02:00:00"}"""));
    }

    [Theory]
    [InlineData("id", "\"not-a-guid\"", "a UUID string")]
    [InlineData("site", "\"/relative\"", "an absolute URI string")]
    [InlineData("at", "\"yesterday\"", "a date-time string like")]
    [InlineData("day", "\"01/07/2026\"", "a date string like \\\"2025-07-01\\\"")]
    [InlineData("time", "\"2pm\"", "a time of day like")]
    [InlineData("duration", "\"90 minutes\"", "an ISO 8601 duration string")]
    public void Malformed_formats_are_refused(string property, string value, string expected)
    {
        var valid = new Dictionary<string, string>
        {
            ["id"] = "\"0f8fad5b-d9cb-469f-a165-70867728950e\"", ["site"] = "\"https://x.org\"", ["at"] = "\"2026-07-01T14:30:00Z\"",
            ["when"] = "\"2026-07-01T14:30:00Z\"", ["day"] = "\"2026-07-01\"", ["time"] = "\"14:30\"", ["duration"] = "\"PT1H\"",
        };
        valid[property] = value;
        var json = "{" + string.Join(",", valid.Select(kv => $"\"{kv.Key}\":{kv.Value}")) + "}";
        var message = _tools.Fails("formats", json, ToolErrorKind.InvalidArguments);
        Assert.Contains($"\"{property}\": expected {expected.Replace("\\\"", "\"")}", message);
    }

    [Fact]
    public void Flags_travel_as_arrays_of_names()
    {
        Assert.Equal("""["Wifi","Lounge"]""", _tools.Ok("perks", """{"wanted":["Lounge"]}"""));
        Assert.Equal("""["Wifi","Meals","Lounge"]""", _tools.Ok("perks", """{"wanted":["All"]}"""));
        Assert.Equal("""["Wifi"]""", _tools.Ok("perks", """{"wanted":[]}"""));
        Assert.Contains("\"wanted[1]\": expected one of \"Wifi\", \"Meals\", \"Lounge\", \"All\"; got \"Spa\".", _tools.Fails("perks", """{"wanted":["Wifi","Spa"]}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Flags_defaults_are_kept_and_written_as_names()
    {
        Assert.Equal("""["Meals","Lounge"]""", _tools.Ok("default_perks", "{}"));
        Assert.Equal("""["Wifi"]""", _tools.Ok("default_perks", """{"wanted":["Wifi"]}"""));
        Assert.Contains("\"default\":[\"Meals\",\"Lounge\"]", Definition("default_perks").ParametersSchema);
    }

    [Fact]
    public void Free_json_is_taken_as_is()
    {
        Assert.Equal("""{"a":[1,true,null]}|[1,2]""", _tools.Ok("free", """{"anything":{"a":[1,true,null]},"node":[1,2]}"""));
        Assert.Equal("null|null", _tools.Ok("free", """{"anything":null}"""));
        Assert.Equal("""{"x":"é"}""", _tools.Ok("echo", """{"value":{"x":"é"}}"""));
        Assert.Null(Definition("free").StrictParametersSchema);
    }

    [Fact]
    public void Maps_and_free_json_have_no_strict_form()
    {
        Assert.Null(Definition("tags").StrictParametersSchema);
        Assert.NotNull(Definition("search_flights").StrictParametersSchema);
    }

    [Fact]
    public void Descriptions_come_from_properties_types_enum_members_and_record_parameters()
    {
        var schema = Definition("search_flights").ParametersSchema;
        Assert.Contains("\"from\":{\"type\":\"string\",\"description\":\"IATA code of the departure airport.\"", schema);
        Assert.Contains("\"description\":\"A traveller.\"", schema);
        Assert.Contains("\"age\":{\"type\":\"integer\",\"description\":\"Age in years.\",\"minimum\":0,\"maximum\":120}", schema);
    }

    [Fact]
    public void Result_schemas_describe_objects_with_every_property_required()
    {
        using var document = JsonDocument.Parse(Definition("search_flights").ReturnSchema!);
        var item = document.RootElement.GetProperty("items");
        Assert.Equal(
            new[] { "number", "departs", "duration", "price", "amenities", "summary" },
            item.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_schema_of_the_type_model_is_well_formed_without_duplicate_keys()
    {
        // Parsing is not enough: JsonDocument keeps the last of two equal keys without a word.
        foreach (var definition in TravelTools.ToolDefinitions.Concat(ServiceTools.ToolDefinitions))
        {
            Validator.SchemaChecks.AssertWellFormed(definition);
        }
    }
}
