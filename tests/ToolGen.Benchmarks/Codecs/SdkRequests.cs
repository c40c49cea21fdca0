using System;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenAI.Chat;
using OpenAI.Responses;
using ToolGen.Benchmarks.Tools;

#pragma warning disable OPENAI001 // the SDK marks the Responses types experimental

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// A request body as a user of the OpenAI SDK gets it: the request options built with the four tools (each from its
/// name, description and strict schema string, as <c>ChatTool.CreateFunctionTool</c> takes them) and serialized by
/// <c>ModelReaderWriter.Write</c>. The conversation (a question, the assistant's two calls, their two results) is built
/// once, as a user keeps the history, and goes into every request as ToolGen's message strings do.
/// </summary>
internal sealed class SdkRequests
{
    public const string Model = "gpt-4o";
    public const string AnthropicModel = "claude-sonnet-4-5";

    private readonly IReadOnlyList<ToolDefinition> _tools = BenchTools.ToolDefinitions;
    private readonly List<ChatMessage> _chatMessages;
    private readonly List<ResponseItem> _responseItems;

    public SdkRequests()
    {
        var first = CodecFixtures.First;
        var second = CodecFixtures.Second;
        _chatMessages =
        [
            new UserChatMessage(Conversation.Question),
            new AssistantChatMessage(
            [
                ChatToolCall.CreateFunctionToolCall("call_a", first.Name, BinaryData.FromString(first.ArgumentsJson)),
                ChatToolCall.CreateFunctionToolCall("call_b", second.Name, BinaryData.FromString(second.ArgumentsJson)),
            ]),
            new ToolChatMessage("call_a", Conversation.FirstResult),
            new ToolChatMessage("call_b", Conversation.SecondResult),
        ];
        _responseItems =
        [
            ResponseItem.CreateUserMessageItem(Conversation.Question),
            ResponseItem.CreateFunctionCallItem("call_a", first.Name, BinaryData.FromString(first.ArgumentsJson)),
            ResponseItem.CreateFunctionCallItem("call_b", second.Name, BinaryData.FromString(second.ArgumentsJson)),
            ResponseItem.CreateFunctionCallOutputItem("call_a", Conversation.FirstResult),
            ResponseItem.CreateFunctionCallOutputItem("call_b", Conversation.SecondResult),
        ];
    }

    /// <summary>
    /// <c>ChatClient.CompleteChat</c> puts the messages and model into the options (internal setters) before it
    /// serializes them; the same two assignments are made here through <see cref="UnsafeAccessorAttribute"/>, which
    /// costs no more than the SDK's own call.
    /// </summary>
    public BinaryData ChatCompletions()
    {
        var options = new ChatCompletionOptions();
        foreach (var tool in _tools)
        {
            options.Tools.Add(ChatTool.CreateFunctionTool(tool.Name, tool.Description, BinaryData.FromString(tool.StrictParametersSchema ?? tool.ParametersSchema), tool.StrictParametersSchema is not null));
        }

        SetMessages(options, _chatMessages);
        SetModel(options, Model);
        return ModelReaderWriter.Write(options);
    }

    public BinaryData Responses()
    {
        var options = new CreateResponseOptions(Model, _responseItems);
        foreach (var tool in _tools)
        {
            options.Tools.Add(ResponseTool.CreateFunctionTool(tool.Name, BinaryData.FromString(tool.StrictParametersSchema ?? tool.ParametersSchema), tool.StrictParametersSchema is not null, tool.Description));
        }

        return ModelReaderWriter.Write(options);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Messages")]
    private static extern void SetMessages(ChatCompletionOptions options, IList<ChatMessage> messages);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Model")]
    private static extern void SetModel(ChatCompletionOptions options, string model);
}

/// <summary>The short conversation both sides write: a question, two calls (<see cref="CodecFixtures"/>), two results.</summary>
internal static class Conversation
{
    public const string Question = "What will the weather be in Paris, and which wireless headphones are in stock under $200?";
    public const string FirstResult = """{"city":"Paris","unit":"Celsius","highs":[18.5,19,21,20.5,17]}""";
    public const string SecondResult = "[1042,2291,3310]";
}
