using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;
using ToolGen.Providers;
using AnthropicModels = Anthropic.Models.Messages;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The Anthropic request as a user of the Anthropic SDK 13.14.0 gets it: <c>MessageCreateParams</c> built with the four
/// tools (each <c>InputSchema</c> read from the tool's schema string, <c>strict</c> on the tools ToolGen's codec marks
/// strict, so both bodies say the same) and the conversation as <c>MessageParam</c>s kept from one request to the next,
/// then the body the SDK's client would send. The SDK keeps that step internal (<c>ParamsBase.BodyContent()</c>, which
/// the client calls before sending); it is called here through <see cref="UnsafeAccessorAttribute"/>, at the cost of a
/// direct call, and the content is copied to <see cref="Stream.Null"/> so that a lazily serialized body is written too.
/// </summary>
internal sealed class SdkAnthropicRequest
{
    private readonly IReadOnlyList<ToolDefinition> _tools = BenchTools.ToolDefinitions;
    private readonly IReadOnlyCollection<string> _strict = AnthropicCodec.Default.GetStrictToolNames(BenchTools.ToolDefinitions, true);
    private readonly List<AnthropicModels::MessageParam> _messages;

    public SdkAnthropicRequest(IEnumerable<string> codecMessages)
    {
        // The same five turns ToolGen sends, as the SDK's objects (what a user of the SDK holds in the history).
        _messages = codecMessages.Select(m => JsonSerializer.Deserialize<AnthropicModels::MessageParam>(m)!).ToList();
    }

    public HttpContent Write()
    {
        var tools = new List<AnthropicModels::ToolUnion>(_tools.Count);
        foreach (var tool in _tools)
        {
            var strict = _strict.Contains(tool.Name);
            var schema = strict ? tool.StrictParametersSchema ?? tool.ParametersSchema : tool.ParametersSchema;
            tools.Add(new AnthropicModels::Tool
            {
                Name = tool.Name,
                Description = tool.Description,
                InputSchema = JsonSerializer.Deserialize<AnthropicModels::InputSchema>(schema)!,
                Strict = strict ? true : null,
            });
        }

        var parameters = new AnthropicModels::MessageCreateParams
        {
            Model = SdkRequests.AnthropicModel,
            MaxTokens = AnthropicCodec.DefaultMaxTokens,
            Messages = _messages,
            Tools = tools,
        };
        var content = BodyContent(parameters)!;
        content.CopyTo(Stream.Null, null, default);
        return content;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "BodyContent")]
    private static extern HttpContent? BodyContent(AnthropicModels::MessageCreateParams parameters);
}
