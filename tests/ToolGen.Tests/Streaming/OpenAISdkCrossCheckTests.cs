using System.ClientModel.Primitives;
using System.Text;
using OpenAI.Chat;
using OpenAI.Responses;
using ToolGen.Streaming;

#pragma warning disable OPENAI001 // the SDK marks the Responses types experimental

namespace ToolGen.Tests.Streaming;

/// <summary>
/// Cross-check against something nobody here wrote: the official OpenAI .NET SDK (2.15.0) parses each event of the
/// same streams, and what it reads (text, tool call fragments accumulated the way its own samples do, finish reason,
/// usage) must match what our readers emit.
/// </summary>
public sealed class OpenAISdkCrossCheckTests
{
    public static TheoryData<string> ChatStreams() => new()
    {
        // The documented shape only: the SDK accumulates by index, which the quirks of open-model servers defeat.
        StreamKit.Sse(
            "\r\n",
            ChatCompletionsFixtures.Chunk(ChatCompletionsFixtures.Text("Checking 🌍 ")),
            ChatCompletionsFixtures.Chunk(ChatCompletionsFixtures.Calls(ChatCompletionsFixtures.Fragment(0, "a", "get_weather", ""))),
            ChatCompletionsFixtures.Chunk(ChatCompletionsFixtures.Calls(ChatCompletionsFixtures.Fragment(0, arguments: "{\"city\":"))),
            ChatCompletionsFixtures.Chunk(ChatCompletionsFixtures.Calls(ChatCompletionsFixtures.Fragment(0, arguments: "\"Zürich\"}"))),
            ChatCompletionsFixtures.Chunk("{}", "tool_calls"),
            ChatCompletionsFixtures.Done),
        StreamKit.Sse(
            "\n",
            ChatCompletionsFixtures.Chunk("{\"role\":\"assistant\",\"content\":\"Sure: \"}"),
            ChatCompletionsFixtures.Chunk(ChatCompletionsFixtures.Calls(
                ChatCompletionsFixtures.Fragment(0, "call_a", "get_weather", "{\"city\":\"Paris\"}"),
                ChatCompletionsFixtures.Fragment(1, "call_b", "get_weather", "{\"city\":"))),
            ChatCompletionsFixtures.Chunk(ChatCompletionsFixtures.Calls(ChatCompletionsFixtures.Fragment(1, arguments: "\"Z\\u00fcrich\"}"))),
            ChatCompletionsFixtures.Chunk("{}", "tool_calls"),
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4,\"total_tokens\":13}}",
            ChatCompletionsFixtures.Done),
    };

    [Theory]
    [MemberData(nameof(ChatStreams))]
    public void Chat_completions_reads_what_the_sdk_reads(string body)
    {
        var text = new StringBuilder();
        var ids = new SortedDictionary<int, string>();
        var names = new SortedDictionary<int, string>();
        var arguments = new SortedDictionary<int, List<byte>>();
        ChatFinishReason? finish = null;
        ChatTokenUsage? usage = null;
        foreach (var data in Events(body).Where(d => d != "[DONE]"))
        {
            var update = ModelReaderWriter.Read<StreamingChatCompletionUpdate>(BinaryData.FromString(data))!;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            foreach (var call in update.ToolCallUpdates)
            {
                if (call.ToolCallId is not null)
                {
                    ids[call.Index] = call.ToolCallId;
                }

                if (call.FunctionName is not null)
                {
                    names[call.Index] = call.FunctionName;
                }

                if (!arguments.TryGetValue(call.Index, out var bytes))
                {
                    arguments[call.Index] = bytes = new List<byte>();
                }

                bytes.AddRange(call.FunctionArgumentsUpdate?.ToArray() ?? Array.Empty<byte>());
            }

            finish = update.FinishReason ?? finish;
            usage = update.Usage ?? usage;
        }

        var reader = StreamKit.ReadWhole(new ChatCompletionsStreamReader(), body);
        Assert.Equal(text.ToString(), reader.Text);
        Assert.Equal(
            ids.Keys.Select(i => ids[i] + " " + names[i] + " " + Encoding.UTF8.GetString(arguments[i].ToArray())),
            reader.ToolCalls.Select(c => c.Id + " " + c.Name + " " + c.ArgumentsText));
        Assert.Equal(ChatFinishReason.ToolCalls, finish);
        Assert.Equal("tool_calls", reader.FinishReason);
        Assert.Equal(usage?.InputTokenCount, reader.Usage?.InputTokens);
        Assert.Equal(usage?.OutputTokenCount, reader.Usage?.OutputTokens);
    }

    [Fact]
    public void Responses_reads_what_the_sdk_reads()
    {
        var body = ResponsesStreamReaderTests.DocumentedStream;
        var text = new StringBuilder();
        var calls = new List<string>();
        ResponseTokenUsage? usage = null;
        foreach (var data in Events(body))
        {
            switch (ModelReaderWriter.Read<StreamingResponseUpdate>(BinaryData.FromString(data)))
            {
                case StreamingResponseOutputTextDeltaUpdate delta:
                    text.Append(delta.Delta);
                    break;
                case StreamingResponseOutputItemDoneUpdate { Item: FunctionCallResponseItem call }:
                    calls.Add(call.CallId + " " + call.FunctionName + " " + call.FunctionArguments);
                    break;
                case StreamingResponseCompletedUpdate completed:
                    usage = completed.Response.Usage;
                    break;
            }
        }

        var reader = StreamKit.ReadWhole(new ResponsesStreamReader(), body);
        Assert.Equal(text.ToString(), reader.Text);
        Assert.Equal(calls, reader.ToolCalls.Select(c => c.Id + " " + c.Name + " " + c.ArgumentsText));
        Assert.NotEmpty(calls);
        Assert.Equal(usage!.InputTokenCount, reader.Usage!.InputTokens);
        Assert.Equal(usage.OutputTokenCount, reader.Usage.OutputTokens);
    }

    /// <summary>The data of each event, split with our framer's rules kept out of it (plain text splitting).</summary>
    private static IEnumerable<string> Events(string body) =>
        body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => string.Concat(e.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l.Substring(6))));
}
