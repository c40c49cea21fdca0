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
/// Issue 17, items 3 and 4: the sizes the generator states on each definition, and the Chat Completions <c>tools</c>
/// array it pre-encodes, against what the codec writes at run time for the same definitions.
/// </summary>
public sealed class PreEncodedToolsTests
{
    public static TheoryData<string> Sets() => new(s_sets.Keys);

    private static readonly Dictionary<string, IToolSet> s_sets = new(StringComparer.Ordinal)
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
    public void The_pre_encoded_array_is_what_the_codec_writes(string name)
    {
        var set = s_sets[name];
        foreach (var strict in new[] { true, false })
        {
            var encoded = ((IPreEncodedTools)set).GetChatCompletionsTools(strict);
            Assert.False(encoded.IsEmpty);
            var written = OpenAIChatCompletions.WriteTools(set.Definitions, strict);
            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(encoded)),
                $"{name}, strict {strict}: pre-encoded {Encoding.UTF8.GetString(encoded)}, codec {written}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_definition_states_the_bytes_of_its_entry_in_the_pre_encoded_array(string name)
    {
        var set = s_sets[name];
        var encoded = ((IPreEncodedTools)set).GetChatCompletionsTools(strict: true).ToArray();
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
    public void The_writer_copies_the_pre_encoded_bytes()
    {
        var set = new WeatherTools();
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("tools");
            set.WriteChatCompletionsTools(writer);
            writer.WriteEndObject();
        }

        var expected = "{\"tools\":" + Encoding.UTF8.GetString(((IPreEncodedTools)set).GetChatCompletionsTools(strict: true)) + "}";
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void A_set_without_pre_encoded_tools_is_written_by_the_codec()
    {
        // A derived set includes its base's tools, which its generated half cannot list: the runtime writes them.
        IToolSet set = new AlarmTools();
        Assert.True(((IPreEncodedTools)set).GetChatCompletionsTools(strict: true).IsEmpty);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            set.WriteChatCompletionsTools(writer, strict: false);
        }

        Assert.Equal(OpenAIChatCompletions.WriteTools(set.Definitions, strict: false), Encoding.UTF8.GetString(buffer.WrittenSpan));

        // A wrapper is not pre-encoded either.
        var lenient = new WeatherTools().WithLenientArguments();
        buffer.Clear();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            lenient.WriteChatCompletionsTools(writer);
        }

        Assert.Equal(OpenAIChatCompletions.WriteTools(lenient.Definitions), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void An_answer_format_states_its_size()
    {
        var format = StructuredOutputs.ReviewAnswer.OutputFormat;
        var expected = "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"review_answer\",\"description\":\"A code review's outcome.\",\"schema\":" + format.StrictSchema + ",\"strict\":true}}";
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), format.EntryBytes);
        Assert.True(format.EstimatedTokens > 0);
    }
}
