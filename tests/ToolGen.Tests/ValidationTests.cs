using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Every DataAnnotations rule: one accepted and one rejected case, with the message the model sees.</summary>
public class ValidationTests
{
    private readonly IToolSet _tools = new TravelTools();

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["rating"] = "5",
        ["factor"] = "1.5",
        ["code"] = "\"ABCDE\"",
        ["email"] = "\"ada@example.com\"",
        ["homepage"] = "\"https://example.com\"",
        ["slug"] = "\"item-42\"",
        ["user"] = "\"ada\"",
        ["pair"] = "[1,2]",
    };

    private static string Arguments(string property, string value)
    {
        var values = new Dictionary<string, string>(Valid) { [property] = value };
        return "{" + string.Join(",", values.Select(kv => $"\"{kv.Key}\":{kv.Value}")) + "}";
    }

    [Fact]
    public void All_rules_accept_valid_values()
    {
        Assert.Equal("ok", _tools.Ok("validated", Arguments("rating", "5")));
    }

    [Theory]
    [InlineData("rating", "1")]
    [InlineData("rating", "10")]
    [InlineData("factor", "0.5")]
    [InlineData("factor", "2.5")]
    [InlineData("code", "\"\"")]
    [InlineData("email", "\"a@b\"")]
    [InlineData("homepage", "\"ftp://files.example.com\"")]
    [InlineData("slug", "\"a-1\"")]
    [InlineData("user", "\"Admin\"")]
    [InlineData("pair", "[1,2,3]")]
    public void Boundary_values_are_accepted(string property, string value)
    {
        Assert.Equal("ok", _tools.Ok("validated", Arguments(property, value)));
    }

    [Theory]
    [InlineData("rating", "0", "\"rating\": must be between 1 and 10; got 0.")]
    [InlineData("rating", "11", "\"rating\": must be between 1 and 10; got 11.")]
    [InlineData("factor", "2.51", "\"factor\": must be between 0.5 and 2.5; got 2.51.")]
    [InlineData("code", "\"ABCDEF\"", "\"code\": must have at most 5 characters; got \"ABCDEF\".")]
    [InlineData("email", "\"not-an-email\"", "\"email\": must be an email address; got \"not-an-email\".")]
    [InlineData("email", "\"a@b@c\"", "\"email\": must be an email address; got \"a@b@c\".")]
    [InlineData("homepage", "\"example.com\"", "\"homepage\": must be an http, https or ftp URL; got \"example.com\".")]
    [InlineData("slug", "\"Item-42\"", "\"slug\": must match the pattern [a-z]+-[0-9]+; got \"Item-42\".")]
    [InlineData("slug", "\"item-42 extra\"", "\"slug\": must match the pattern [a-z]+-[0-9]+; got \"item-42 extra\".")]
    [InlineData("user", "\"admin\"", "\"user\": must not be \"admin\" or \"root\"; got \"admin\".")]
    [InlineData("pair", "[1]", "\"pair\": must have 2 to 3 items; got 1 item.")]
    [InlineData("pair", "[1,2,3,4]", "\"pair\": must have 2 to 3 items; got 4 items.")]
    public void Each_rule_rejects_with_a_message_naming_it(string property, string value, string problem)
    {
        Assert.Equal(
            "Invalid arguments for tool \"validated\": " + problem,
            _tools.Fails("validated", Arguments(property, value), ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Rules_on_properties_of_nested_objects_name_the_path()
    {
        Assert.Equal(
            "Invalid arguments for tool \"describe\": \"query.passengers\": must have 1 to 9 items; got 0 items.",
            _tools.Fails("describe", """{"query":{"from":"CDG","to":"JFK","passengers":[]}}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Rules_become_schema_keywords()
    {
        var schema = TravelTools.ToolDefinitions.Single(d => d.Name == "validated").ParametersSchema;
        Assert.Contains("\"rating\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":10}", schema);
        Assert.Contains("\"code\":{\"type\":\"string\",\"maxLength\":5}", schema);
        Assert.Contains("\"email\":{\"type\":\"string\",\"format\":\"email\"}", schema);
        Assert.Contains("\"slug\":{\"type\":\"string\",\"pattern\":\"^(?:[a-z]+-[0-9]+)$\"}", schema);
        Assert.Contains("\"user\":{\"type\":\"string\",\"not\":{\"enum\":[\"admin\",\"root\"]}}", schema);
        Assert.Contains("\"minItems\":2,\"maxItems\":3", schema);
    }

    [Fact]
    public void Strict_schemas_move_refused_keywords_into_descriptions()
    {
        var strict = TravelTools.ToolDefinitions.Single(d => d.Name == "validated").StrictParametersSchema!;
        Assert.Contains("\"code\":{\"type\":\"string\",\"description\":\"At most 5 characters.\"}", strict);
        Assert.Contains("\"user\":{\"type\":\"string\",\"description\":\"Must not be \\\"admin\\\" or \\\"root\\\".\"}", strict);
        Assert.Contains("\"homepage\":{\"type\":\"string\",\"description\":\"An absolute URI.\"}", strict);
        Assert.DoesNotContain("maxLength", strict);
        Assert.DoesNotContain("\"not\"", strict);
    }
}
