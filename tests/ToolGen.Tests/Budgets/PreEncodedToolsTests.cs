using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolGen.Providers;
using ToolGen.Tests.Differential;
using ToolGen.Tests.Tools;
using ToolGen.Tests.Validator;

namespace ToolGen.Tests.Budgets;

/// <summary>
/// Issue 17, items 3 and 4: the parts the generator pre-encodes for each tool (name, description, plain and strict
/// schema) against the definitions, the sizes it states on each definition, and the Chat Completions <c>tools</c>
/// array written from the parts against what the codec writes at run time for the same definitions.
/// </summary>
public sealed class PreEncodedToolsTests
{
    public static TheoryData<string> Sets() => new(ToolSets.Keys);

    /// <summary>The generated sets every pre-encoding test runs over (<see cref="PreEncodedRequestTests"/> too).</summary>
    internal static readonly Dictionary<string, IToolSet> ToolSets = new(StringComparer.Ordinal)
    {
        ["weather"] = new WeatherTools(),
        ["travel"] = new TravelTools(),
        ["echo"] = new EchoTools(),
        ["free-json"] = new FreeJsonTools(),
        ["static"] = ConversionTools.ToolSet,
        ["differential"] = new DifferentialTools(),
        ["schema"] = new SchemaTools(),
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_part_is_the_definition_s_value_as_json(string name)
    {
        var set = ToolSets[name];
        var parts = (IPreEncodedTools)set;
        Assert.Equal(set.Definitions.Count, parts.PreEncodedToolCount);
        for (var i = 0; i < set.Definitions.Count; i++)
        {
            var definition = set.Definitions[i];
            Assert.Equal(definition.Name, JsonSerializer.Deserialize<string>(parts.GetPreEncodedPart(i, PreEncodedToolPart.Name)));
            var description = parts.GetPreEncodedPart(i, PreEncodedToolPart.Description);
            Assert.Equal(definition.Description, description.IsEmpty ? string.Empty : JsonSerializer.Deserialize<string>(description));
            Assert.Equal(definition.ParametersSchema, Encoding.UTF8.GetString(parts.GetPreEncodedPart(i, PreEncodedToolPart.Schema)));
            var strict = parts.GetPreEncodedPart(i, PreEncodedToolPart.StrictSchema);
            Assert.Equal(definition.StrictParametersSchema, strict.IsEmpty ? null : Encoding.UTF8.GetString(strict));
        }

        // Out of range: empty, never another tool's part.
        Assert.True(parts.GetPreEncodedPart(-1, PreEncodedToolPart.Name).IsEmpty);
        Assert.True(parts.GetPreEncodedPart(set.Definitions.Count, PreEncodedToolPart.Name).IsEmpty);
        Assert.True(parts.GetPreEncodedPart(0x40000000, PreEncodedToolPart.Name).IsEmpty);
        Assert.True(parts.GetPreEncodedPart(0, (PreEncodedToolPart)4).IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_array_written_from_the_parts_is_what_the_codec_writes(string name)
    {
        var set = ToolSets[name];
        foreach (var strict in new[] { true, false })
        {
            var encoded = ChatCompletionsTools(set, strict);
            var written = OpenAIChatCompletions.WriteTools(set.Definitions, strict);
            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(encoded)),
                $"{name}, strict {strict}: pre-encoded {encoded}, codec {written}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_definition_states_the_bytes_of_its_entry_in_the_pre_encoded_array(string name)
    {
        var set = ToolSets[name];
        var encoded = Encoding.UTF8.GetBytes(ChatCompletionsTools(set, strict: true));
        using var document = JsonDocument.Parse(encoded);
        var entries = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(set.Definitions.Count, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(Encoding.UTF8.GetByteCount(entries[i].GetRawText()), set.Definitions[i].EntryBytes);
            Assert.True(set.Definitions[i].EstimatedTokens > 0);
        }

        // The array is its entries, two brackets and the commas between them.
        Assert.Equal(set.Definitions.Sum(d => d.EntryBytes) + 2 + entries.Count - 1, encoded.Length);
    }

    [Fact]
    public void A_set_without_pre_encoded_tools_is_written_by_the_codec()
    {
        // A derived set includes its base's tools, which its generated half cannot list: the runtime writes them.
        IToolSet set = new AlarmTools();
        Assert.Equal(0, ((IPreEncodedTools)set).PreEncodedToolCount);
        Assert.True(((IPreEncodedTools)set).GetPreEncodedPart(0, PreEncodedToolPart.Name).IsEmpty);
        Assert.Equal(OpenAIChatCompletions.WriteTools(set.Definitions, strict: false), ChatCompletionsTools(set, strict: false));

        // A wrapper is not pre-encoded either.
        var lenient = new WeatherTools().WithLenientArguments();
        Assert.Equal(OpenAIChatCompletions.WriteTools(lenient.Definitions), ChatCompletionsTools(lenient, strict: true));
    }

    [Fact]
    public void An_answer_format_states_its_size()
    {
        var format = StructuredOutputs.ReviewAnswer.OutputFormat;
        var expected = "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"review_answer\",\"description\":\"A code review's outcome.\",\"schema\":" + format.StrictSchema + ",\"strict\":true}}";
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), format.EntryBytes);
        Assert.True(format.EstimatedTokens > 0);
    }

    /// <summary>The Chat Completions <c>tools</c> value as <see cref="PreEncodedToolsExtensions.WriteChatCompletionsTools"/> writes it.</summary>
    private static string ChatCompletionsTools(IToolSet set, bool strict)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            set.WriteChatCompletionsTools(writer, strict);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
