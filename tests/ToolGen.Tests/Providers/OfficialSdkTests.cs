using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;
using ToolGen.Providers;
using ToolGen.Tests.Chat;
using AnthropicModels = Anthropic.Models.Messages;

#pragma warning disable OPENAI001 // The Responses types of the OpenAI SDK are marked experimental.

namespace ToolGen.Tests.Providers;

/// <summary>
/// The codecs' JSON checked against model types nobody here wrote: the official OpenAI .NET SDK 2.15.0 and Anthropic .NET
/// SDK 13.14.0 read what the codecs write, and the codecs read what the SDKs write.
/// </summary>
public class OfficialSdkTests
{
    private static string Body(ChatCodec codec, ChatRequest request) => Encoding.UTF8.GetString(codec.WriteRequest(request));

    private static ChatRequest Request(ChatCodec codec) => new()
    {
        Model = "m",
        Messages = new[] { codec.WriteUserMessage("Weather in Paris?") },
        Tools = ChatTools.ToolDefinitions,
        AnswerFormat = new ChatAnswerFormat("weather", "A report.", """{"type":"object","properties":{"c":{"type":"number"}},"required":["c"],"additionalProperties":false}""", true),
    };

    // ---------------------------------------------------------------- OpenAI Chat Completions

    [Fact]
    public void OpenAI_sdk_reads_the_chat_completions_request()
    {
        var options = ModelReaderWriter.Read<ChatCompletionOptions>(BinaryData.FromString(Body(ChatCompletionsCodec.Default, Request(ChatCompletionsCodec.Default))))!;

        Assert.Equal(ChatTools.ToolDefinitions.Count, options.Tools.Count);
        var weather = options.Tools.Single(t => t.FunctionName == "get_weather");
        Assert.True(weather.FunctionSchemaIsStrict);
        Assert.Equal(ChatTools.ToolDefinitions.Single(d => d.Name == "get_weather").StrictParametersSchema, weather.FunctionParameters.ToString());
        Assert.NotNull(options.ResponseFormat);
    }

    [Fact]
    public void OpenAI_sdk_reads_the_messages_the_codec_writes()
    {
        var codec = ChatCompletionsCodec.Default;
        var assistant = ModelReaderWriter.Read<ChatMessage>(BinaryData.FromString(
            codec.WriteAssistantTurn(null, new[] { new ToolCall("call_1", "get_weather", """{"city":"Paris"}""") })[0]));
        var tool = ModelReaderWriter.Read<ChatMessage>(BinaryData.FromString(
            codec.WriteToolResults(new[] { new ToolCall("call_1", "get_weather", "{}") }, new[] { ToolResult.Success("call_1", "sunny") })[0]));

        var call = Assert.Single(Assert.IsType<AssistantChatMessage>(assistant).ToolCalls);
        Assert.Equal("call_1", call.Id);
        Assert.Equal("""{"city":"Paris"}""", call.FunctionArguments.ToString());
        var toolMessage = Assert.IsType<ToolChatMessage>(tool);
        Assert.Equal("call_1", toolMessage.ToolCallId);
        Assert.Equal("sunny", toolMessage.Content[0].Text);
    }

    [Fact]
    public void The_codec_reads_a_completion_the_OpenAI_sdk_writes()
    {
        var completion = OpenAIChatModelFactory.ChatCompletion(
            id: "chatcmpl-1",
            finishReason: ChatFinishReason.ToolCalls,
            toolCalls: new[]
            {
                ChatToolCall.CreateFunctionToolCall("call_a", "get_weather", BinaryData.FromString("""{"city":"Paris"}""")),
                ChatToolCall.CreateFunctionToolCall("call_b", "get_weather", BinaryData.FromString("""{"city":"Rome"}""")),
            },
            role: ChatMessageRole.Assistant,
            model: "gpt-4o",
            usage: OpenAIChatModelFactory.ChatTokenUsage(outputTokenCount: 7, inputTokenCount: 11, totalTokenCount: 18));
        var json = ModelReaderWriter.Write(completion).ToArray();

        var turn = ChatCompletionsCodec.Default.ReadResponse(json);

        Assert.Equal(new[] { "call_a", "call_b" }, turn.ToolCalls.Select(c => c.Id));
        Assert.Equal("""{"city":"Rome"}""", turn.ToolCalls[1].ArgumentsText);
        Assert.Equal("tool_calls", turn.FinishReason);
        Assert.Equal(11, turn.Usage!.InputTokens);
        Assert.Equal(7, turn.Usage.OutputTokens);
    }

    // ---------------------------------------------------------------- OpenAI Responses

    [Fact]
    public void OpenAI_sdk_reads_the_responses_request()
    {
        var codec = ResponsesCodec.Default;
        var request = Request(codec);
        request.Messages = new[]
        {
            codec.WriteUserMessage("Weather in Paris?"),
            codec.WriteAssistantTurn(null, new[] { new ToolCall("call_1", "get_weather", """{"city":"Paris"}""") })[0],
            codec.WriteToolResults(new[] { new ToolCall("call_1", "get_weather", "{}") }, new[] { ToolResult.Success("call_1", "sunny") })[0],
        };

        var options = ModelReaderWriter.Read<OpenAI.Responses.CreateResponseOptions>(BinaryData.FromString(Body(codec, request)))!;

        var tools = options.Tools.Cast<OpenAI.Responses.FunctionTool>().ToArray();
        Assert.Equal(ChatTools.ToolDefinitions.Count, tools.Length);
        Assert.True(tools.Single(t => t.FunctionName == "get_weather").StrictModeEnabled);
        Assert.False(tools.Single(t => t.FunctionName == "label").StrictModeEnabled);
        var items = options.InputItems.ToArray();
        Assert.Equal("call_1", Assert.IsType<OpenAI.Responses.FunctionCallResponseItem>(items[1]).CallId);
        var output = Assert.IsType<OpenAI.Responses.FunctionCallOutputResponseItem>(items[2]);
        Assert.Equal("call_1", output.CallId);
        Assert.Equal("sunny", output.FunctionOutput);
    }

    [Fact]
    public void The_codec_and_the_OpenAI_sdk_read_the_same_calls_from_a_response()
    {
        var bytes = Encoding.UTF8.GetBytes(ProviderFixtures.ResponsesParallelCalls);
        var sdk = ModelReaderWriter.Read<OpenAI.Responses.ResponseResult>(BinaryData.FromBytes(bytes))!;

        var turn = ResponsesCodec.Default.ReadResponse(bytes);

        var sdkCalls = sdk.OutputItems.OfType<OpenAI.Responses.FunctionCallResponseItem>().ToArray();
        Assert.Equal(sdkCalls.Select(c => c.CallId), turn.ToolCalls.Select(c => c.Id));
        Assert.Equal(sdkCalls.Select(c => c.FunctionArguments.ToString()), turn.ToolCalls.Select(c => c.ArgumentsText));
    }

    // ---------------------------------------------------------------- Anthropic

    [Fact]
    public void Anthropic_sdk_validates_the_tools_and_answer_format()
    {
        var codec = AnthropicCodec.Default;
        using var body = JsonDocument.Parse(Body(codec, Request(codec)));

        foreach (var element in body.RootElement.GetProperty("tools").EnumerateArray())
        {
            var tool = JsonSerializer.Deserialize<AnthropicModels::Tool>(element.GetRawText())!;
            tool.Validate();
            Assert.Equal(element.GetProperty("name").GetString(), tool.Name);
        }

        var config = JsonSerializer.Deserialize<AnthropicModels::OutputConfig>(body.RootElement.GetProperty("output_config").GetRawText())!;
        config.Validate();
        Assert.NotNull(config.Format);
    }

    [Fact]
    public void Anthropic_sdk_validates_the_messages_the_codec_writes()
    {
        var codec = AnthropicCodec.Default;
        var turn = codec.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.AnthropicParallelCalls));
        var messages = new List<string> { codec.WriteUserMessage("Weather?") };
        messages.AddRange(turn.History);
        messages.AddRange(codec.WriteAssistantTurn("Checking.", turn.ToolCalls));
        messages.AddRange(codec.WriteToolResults(turn.ToolCalls, new[]
        {
            ToolResult.Success("toolu_a", "sunny"),
            ToolResult.Failure("toolu_b", new ToolError(ToolErrorKind.ToolFailed, "boom")),
        }));

        foreach (var message in messages)
        {
            var parsed = JsonSerializer.Deserialize<AnthropicModels::MessageParam>(message)!;
            parsed.Validate();
        }
    }

    [Fact]
    public void The_codec_and_the_Anthropic_sdk_read_the_same_tool_use()
    {
        // Not Validate()d: SDK 13.14 requires a "caller" on response tool_use blocks, which the documented example predates.
        var sdk = JsonSerializer.Deserialize<AnthropicModels::Message>(ProviderFixtures.AnthropicCall)!;

        var turn = AnthropicCodec.Default.ReadResponse(Encoding.UTF8.GetBytes(ProviderFixtures.AnthropicCall));

        var uses = sdk.Content.Select(b => b.TryPickToolUse(out var use) ? use : null).Where(u => u is not null).ToArray();
        Assert.Equal(uses.Select(u => u!.ID), turn.ToolCalls.Select(c => c.Id));
        Assert.Equal(uses.Select(u => u!.Name), turn.ToolCalls.Select(c => c.Name));
        Assert.Equal("Paris", JsonDocument.Parse(turn.ToolCalls[0].ArgumentsText).RootElement.GetProperty("city").GetString());
        Assert.Equal(sdk.Usage.InputTokens, turn.Usage!.InputTokens);
    }
}
