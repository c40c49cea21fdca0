using System.Text;
using System.Text.Json.Nodes;
using ToolGen.Providers;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests.Budgets;

/// <summary>
/// Every codec writes its <c>tools</c> around a generated set's pre-encoded parts when the loop hands the set over
/// (<see cref="ChatRequest"/>'s internal <c>PreEncodedTools</c>), and the request means the same as the one written
/// from the definitions; a set that is not pre-encoded, or an option the parts do not serve, falls back to the definitions.
/// </summary>
public sealed class PreEncodedRequestTests
{
    private static readonly Dictionary<string, ChatCodec> s_codecs = new(StringComparer.Ordinal)
    {
        ["chat"] = ChatCompletionsCodec.Default,
        ["responses"] = ResponsesCodec.Default,
        ["anthropic"] = AnthropicCodec.Default,
        // Few strict tools allowed: the per-tool choice made at run time picks some tools, not all.
        ["anthropic-limited"] = new AnthropicCodec { MaxStrictTools = 1, MaxStrictOptionalParameters = 2 },
        ["gemini"] = GeminiCodec.Default,
    };

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var set in PreEncodedToolsTests.ToolSets.Keys)
        {
            foreach (var codec in s_codecs.Keys)
            {
                data.Add(set, codec, true);
                data.Add(set, codec, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_request_with_the_pre_encoded_tools_is_the_request_written_from_the_definitions(string setName, string codecName, bool strict)
    {
        var set = PreEncodedToolsTests.ToolSets[setName];
        var codec = s_codecs[codecName];
        var counting = new CountingParts((IPreEncodedTools)set);
        var written = Request(codec, set, strict, null);
        var assembled = Request(codec, set, strict, counting);

        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(assembled)),
            $"{setName}, {codecName}, strict {strict}:\npre-encoded {assembled}\ndefinitions {written}");
        Assert.True(counting.Calls >= 2 * set.Definitions.Count, "the codec did not use the pre-encoded parts");

        // The next request is the same (Anthropic's strict choice is then remembered for the set).
        Assert.Equal(assembled, Request(codec, set, strict, counting));
    }

    [Fact]
    public void The_parts_are_copied_as_the_generator_wrote_them()
    {
        IToolSet set = new TravelTools();
        var parts = (IPreEncodedTools)set;
        var index = Enumerable.Range(0, parts.PreEncodedToolCount).First(i => !parts.GetPreEncodedPart(i, PreEncodedToolPart.StrictSchema).IsEmpty);
        var body = Request(ResponsesCodec.Default, set, strict: true, parts);
        var schema = Encoding.UTF8.GetString(parts.GetPreEncodedPart(index, PreEncodedToolPart.StrictSchema));
        var name = Encoding.UTF8.GetString(parts.GetPreEncodedPart(index, PreEncodedToolPart.Name));
        Assert.Equal("\"" + set.Definitions[index].Name + "\"", name);
        Assert.Contains("\"parameters\":" + schema + ",\"strict\":true", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("responses")]
    [InlineData("anthropic")]
    [InlineData("gemini")]
    public void A_set_without_pre_encoded_tools_is_written_from_its_definitions(string codecName)
    {
        var codec = s_codecs[codecName];
        var lenient = new TravelTools().WithLenientArguments();
        Assert.False(lenient is IPreEncodedTools);

        // A set whose parts do not cover the request's tools (a derived set: none) is not used either.
        var derived = new AlarmTools();
        var counting = new CountingParts(derived);
        var body = Request(codec, derived, strict: true, counting);
        Assert.Equal(0, counting.Calls);
        Assert.Equal(Request(codec, derived, strict: true, null), body);
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("responses")]
    [InlineData("anthropic-limited")]
    [InlineData("gemini")]
    public void The_public_writer_writes_each_codec_s_tools_from_the_parts(string codecName)
    {
        var codec = s_codecs[codecName];
        IToolSet set = new TravelTools();
        foreach (var strict in new[] { true, false })
        {
            var fromParts = InObject(writer => set.WriteTools(codec, writer, strict));
            var fromDefinitions = InObject(writer => codec.WriteTools(writer, set.Definitions, strict));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fromDefinitions), JsonNode.Parse(fromParts)), $"{codecName}, strict {strict}: {fromParts}");
        }
    }

    [Fact]
    public void Gemini_s_lowered_parameters_are_written_at_run_time()
    {
        var codec = new GeminiCodec { UseOpenApiParameters = true };
        var set = new WeatherTools();
        var counting = new CountingParts(set);
        var body = Request(codec, set, strict: false, counting);
        Assert.Equal(0, counting.Calls);
        Assert.Equal(Request(codec, set, strict: false, null), body);
        Assert.Contains("\"parameters\":", body, StringComparison.Ordinal);
    }

    private static string Request(ChatCodec codec, IToolSet set, bool strict, IPreEncodedTools? preEncoded) => Encoding.UTF8.GetString(codec.WriteRequest(new ChatRequest
    {
        Model = "m",
        Tools = set.Definitions,
        Strict = strict,
        PreEncodedTools = preEncoded,
    }));

    private static string InObject(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Counts the parts a codec asks for, so a test knows the pre-encoded path ran.</summary>
    private sealed class CountingParts(IPreEncodedTools inner) : IPreEncodedTools
    {
        public int Calls { get; private set; }

        public int PreEncodedToolCount => inner.PreEncodedToolCount;

        public ReadOnlySpan<byte> GetPreEncodedPart(int index, PreEncodedToolPart part)
        {
            Calls++;
            return inner.GetPreEncodedPart(index, part);
        }
    }
}
