using System.Text;
using System.Text.Json;
using Anthropic.Models.Messages;
using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// Cross-check against the official Anthropic .NET SDK (13.14.0): it parses each event of the same streams, and the
/// text, tool calls (start block id and name, input_json_delta fragments joined), stop reason and usage it reads
/// must match what our reader emits.
/// </summary>
public sealed class AnthropicSdkCrossCheckTests
{
    public static TheoryData<string> Streams() => new()
    {
        AnthropicStreamReaderTests.ToolUseStream,
        ProviderFixtures.For("anthropic").Body,
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Anthropic_reads_what_the_sdk_reads(string body)
    {
        var text = new StringBuilder();
        var calls = new SortedDictionary<long, (string Id, string Name, StringBuilder Input)>();
        string? stopReason = null;
        long? input = null;
        long? output = null;
        foreach (var data in Events(body))
        {
            var e = JsonSerializer.Deserialize<RawMessageStreamEvent>(data)!;
            if (e.TryPickStart(out var start))
            {
                input = start.Message.Usage.InputTokens;
            }
            else if (e.TryPickContentBlockStart(out var blockStart) && blockStart.ContentBlock.TryPickToolUse(out var toolUse))
            {
                calls[blockStart.Index] = (toolUse.ID, toolUse.Name, new StringBuilder());
            }
            else if (e.TryPickContentBlockDelta(out var delta))
            {
                if (delta.Delta.TryPickText(out var textDelta))
                {
                    text.Append(textDelta.Text);
                }
                else if (delta.Delta.TryPickInputJson(out var json))
                {
                    calls[delta.Index].Input.Append(json.PartialJson);
                }
            }
            else if (e.TryPickDelta(out var messageDelta))
            {
                stopReason = messageDelta.Delta.StopReason?.Raw();
                output = messageDelta.Usage.OutputTokens;
            }
        }

        var reader = StreamKit.ReadWhole(new AnthropicStreamReader(), body);
        Assert.Equal(text.ToString(), reader.Text);
        Assert.Equal(
            calls.Values.Select(c => c.Id + " " + c.Name + " " + c.Input),
            reader.ToolCalls.Select(c => c.Id + " " + c.Name + " " + c.ArgumentsText));
        Assert.NotEmpty(calls);
        Assert.Equal(stopReason, reader.FinishReason);
        Assert.Equal(input, reader.Usage!.InputTokens);
        Assert.Equal(output, reader.Usage.OutputTokens);
    }

    private static IEnumerable<string> Events(string body) =>
        body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => string.Concat(e.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l.Substring(6))))
            .Where(d => d.Length > 0);
}
