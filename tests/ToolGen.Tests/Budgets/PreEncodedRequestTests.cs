using System.Text;
using System.Text.Json.Nodes;
using ToolGen.Providers;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests.Budgets;

/// <summary>
/// The Chat Completions codec copies a generated set's pre-encoded <c>tools</c> array when the loop hands it over
/// (<see cref="ChatRequest"/>'s internal <c>PreEncodedTools</c>), and the request means the same as the one written
/// from the definitions.
/// </summary>
public sealed class PreEncodedRequestTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_request_with_the_pre_encoded_tools_is_the_request_written_from_the_definitions(bool strict)
    {
        var set = new TravelTools();
        var written = Request(set, strict, preEncoded: false);
        var copied = Request(set, strict, preEncoded: true);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(copied)));
        // The copy is the generator's bytes exactly (text outside ASCII not escaped), so it is not the codec's output.
        var encoded = Encoding.UTF8.GetString(((IPreEncodedTools)set).GetChatCompletionsTools(strict));
        Assert.Contains("\"tools\":" + encoded, copied, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_without_pre_encoded_tools_is_written_from_its_definitions()
    {
        var set = new TravelTools().WithLenientArguments();
        Assert.False(set is IPreEncodedTools);
        var body = Request(set, strict: true, preEncoded: true);
        Assert.Equal(
            JsonNode.Parse(OpenAIChatCompletions.WriteTools(set.Definitions, strict: true))!.ToJsonString(),
            JsonNode.Parse(body)!["tools"]!.ToJsonString());
    }

    private static string Request(IToolSet set, bool strict, bool preEncoded) => Encoding.UTF8.GetString(ChatCompletionsCodec.Default.WriteRequest(new ChatRequest
    {
        Model = "m",
        Messages = new[] { """{"role":"user","content":"hi"}""" },
        Tools = set.Definitions,
        Strict = strict,
        PreEncodedTools = preEncoded ? set as IPreEncodedTools : null,
    }));
}
