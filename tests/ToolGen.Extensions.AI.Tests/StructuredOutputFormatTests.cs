using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>A tip the model is asked for.</summary>
[StructuredOutput(Name = "travel_tip")]
public partial record TravelTip(string City, List<string> Sights, int? BudgetEuros = null);

/// <summary>An answer without a strict form (an open map).</summary>
[StructuredOutput]
public partial record TagCounts(Dictionary<string, int> Counts);

/// <summary>Issue 17: a generated answer format as M.E.AI's <see cref="ChatResponseFormat"/>, and a typed answer read from a response.</summary>
public class StructuredOutputFormatTests
{
    [Fact]
    public void The_format_carries_the_generated_strict_schema_name_and_description()
    {
        var format = TravelTip.OutputFormat.AsChatResponseFormat();

        Assert.Equal("travel_tip", format.SchemaName);
        Assert.Equal("A tip the model is asked for.", format.SchemaDescription);
        Assert.NotNull(format.Schema);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TravelTip.OutputFormat.StrictSchema!), JsonNode.Parse(format.Schema!.Value.GetRawText())));
    }

    [Fact]
    public void The_plain_schema_is_used_when_asked_or_when_there_is_no_strict_form()
    {
        var plain = TravelTip.OutputFormat.AsChatResponseFormat(strict: false);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TravelTip.OutputFormat.Schema), JsonNode.Parse(plain.Schema!.Value.GetRawText())));

        Assert.Null(TagCounts.OutputFormat.StrictSchema);
        var open = TagCounts.OutputFormat.AsChatResponseFormat();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TagCounts.OutputFormat.Schema), JsonNode.Parse(open.Schema!.Value.GetRawText())));
    }

    [Fact]
    public void The_schema_is_parsed_once_per_format_and_form()
    {
        Assert.Same(TravelTip.OutputFormat.AsChatResponseFormat(), TravelTip.OutputFormat.AsChatResponseFormat());
        Assert.Same(TravelTip.OutputFormat.AsChatResponseFormat(strict: false), TravelTip.OutputFormat.AsChatResponseFormat(strict: false));
        Assert.NotSame(TravelTip.OutputFormat.AsChatResponseFormat(), TravelTip.OutputFormat.AsChatResponseFormat(strict: false));
    }

    [Fact]
    public async Task A_chat_client_is_asked_for_the_format_and_its_answer_is_read_back()
    {
        using var client = new ScriptedChatClient()
            .ThenAnswer("""{"city":"Lisbon","sights":["Belém Tower"],"budgetEuros":null}""")
            .ThenAnswer("""{"city":"Lisbon","sights":"Belém Tower"}""");
        var options = new ChatOptions { ResponseFormat = TravelTip.OutputFormat.AsChatResponseFormat() };

        var first = await client.GetResponseAsync("A tip for Lisbon?", options);
        Assert.Same(options.ResponseFormat, client.Options[0]!.ResponseFormat);
        Assert.True(TravelTip.OutputFormat.TryRead(first, out var tip, out var error), error?.Message);
        Assert.Equal("Lisbon", tip.City);
        Assert.Equal(["Belém Tower"], tip.Sights);
        Assert.Null(tip.BudgetEuros);

        // A bad answer gives the message to send back, in the words of a tool argument error.
        var second = await client.GetResponseAsync("Another?", options);
        Assert.False(TravelTip.OutputFormat.TryRead(second, out _, out var bad));
        Assert.StartsWith("Invalid answer \"travel_tip\": \"sights\": expected an array", bad!.Message, StringComparison.Ordinal);
    }
}
