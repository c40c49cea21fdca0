using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ToolGen.Hosting;

namespace ToolGen.ModelContextProtocol;

/// <summary>
/// One ToolGen tool on an MCP server: <c>inputSchema</c> and <c>outputSchema</c> from the generated schemas, and
/// <c>tools/call</c> run by the generated argument reader and dispatcher through <see cref="IToolSet.InvokeAsync"/>.
/// Nothing reflects.
/// </summary>
/// <remarks>
/// <para>
/// Results: a tool with a result schema answers with <c>structuredContent</c> and the same JSON in a text block; other
/// tools answer with text. The output schema is always object-rooted: a result schema whose root is not an object
/// (a number, an array, a nullable object) is wrapped as <c>{"type":"object","properties":{"result":…},"required":["result"]}</c>,
/// and the structured content is wrapped the same way (<c>{"result":…}</c>).
/// </para>
/// <para>
/// Invalid or malformed arguments, a missing service and a tool that threw come back as results with
/// <c>isError: true</c> carrying ToolGen's message, so that the model can repair its call (SEP-1303); they never
/// become JSON-RPC errors. An unknown tool stays a protocol error, which the SDK reports.
/// </para>
/// </remarks>
public sealed class ToolGenMcpServerTool : McpServerTool
{
    private static readonly IReadOnlyList<object> NoMetadata = Array.Empty<object>();

    private readonly bool _wrapsResult;
    private readonly EncodedNames _names;

    internal ToolGenMcpServerTool(IToolSet toolSet, ToolDefinition definition)
    {
        ToolSet = toolSet;
        Definition = definition;

        JsonElement? outputSchema = null;
        if (definition.ReturnSchema is not null)
        {
            var returnSchema = Parse(definition.ReturnSchema);
            _wrapsResult = !IsObjectRooted(returnSchema);
            outputSchema = _wrapsResult ? WrapSchema(definition.ReturnSchema) : returnSchema;
        }

        var inputSchema = Parse(definition.ParametersSchema);
        _names = EncodedNames.FromSchema(inputSchema);
        ProtocolTool = new Tool
        {
            Name = definition.Name,
            Title = definition.Title,
            Description = definition.Description,
            InputSchema = inputSchema,
            OutputSchema = outputSchema,
            Annotations = McpToolAnnotations.From(definition),
            Meta = McpToolAnnotations.Meta(definition),
        };
    }

    /// <summary>
    /// The <c>_meta</c> key (<c>dev.toolgen/requiresApproval</c>, value <see langword="true"/>) that marks a tool declared
    /// with <c>[Tool(RequiresApproval = true)]</c> in <c>tools/list</c>. MCP has no field for approval.
    /// </summary>
    public const string RequiresApprovalMetaKey = McpToolAnnotations.RequiresApprovalKey;

    /// <summary>The tool set that runs the calls.</summary>
    public IToolSet ToolSet { get; }

    /// <summary>The generated definition of the tool.</summary>
    public ToolDefinition Definition { get; }

    /// <summary>Whether the result schema was wrapped in an object (and each result in <c>{"result":…}</c>).</summary>
    public bool WrapsResult => _wrapsResult;

    /// <inheritdoc/>
    public override Tool ProtocolTool { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata => NoMetadata;

    /// <inheritdoc/>
    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var buffer = CopyArguments(request.Params?.Arguments);
        var json = buffer?.Finish() ?? WriteArguments(request.Params?.Arguments);
        var call = new ToolCall(request.JsonRpcRequest?.Id.ToString() ?? string.Empty, Definition.Name, json)
        {
            Services = request.Services,
        };

        var pending = BufferedInvocation.InvokeAsync(ToolSet, call, buffer, cancellationToken);
        return pending.IsCompletedSuccessfully
            ? new ValueTask<CallToolResult>(ToCallToolResult(pending.Result))
            : ResultOf(pending);
    }

    private async ValueTask<CallToolResult> ResultOf(ValueTask<ToolResult> pending) =>
        ToCallToolResult(await pending.ConfigureAwait(false));

    /// <summary>The arguments as raw UTF-8; <see langword="null"/> when there are none or a name needs escaping.</summary>
    private RawArgumentBuffer? CopyArguments(IDictionary<string, JsonElement>? arguments)
    {
        if (arguments is null)
        {
            return null;
        }

        var buffer = RawArgumentBuffer.Rent();
        if (arguments is Dictionary<string, JsonElement> dictionary)
        {
            // What the SDK deserializes: its struct enumerator, not a boxed one.
            foreach (var argument in dictionary)
            {
                if (!buffer.TryAppend(argument.Key, argument.Value, _names))
                {
                    RawArgumentBuffer.Return(buffer);
                    return null;
                }
            }

            return buffer;
        }

        foreach (var argument in arguments)
        {
            if (argument.Key is null || !buffer.TryAppend(argument.Key, argument.Value, _names))
            {
                RawArgumentBuffer.Return(buffer);
                return null;
            }
        }

        return buffer;
    }

    /// <summary>Turns a ToolGen result into the MCP result this tool answers with.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The MCP result.</returns>
    public CallToolResult ToCallToolResult(ToolResult result)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (result.IsError)
        {
            return new CallToolResult
            {
                IsError = true,
                Content = new List<ContentBlock>(1) { new TextContentBlock { Text = result.Content } },
            };
        }

        if (ProtocolTool.OutputSchema is null || !TryStructure(result.Content, out var structured, out var text))
        {
            return new CallToolResult
            {
                Content = new List<ContentBlock>(1) { new TextContentBlock { Text = result.Content } },
            };
        }

        return new CallToolResult
        {
            StructuredContent = structured,
            Content = new List<ContentBlock>(1) { new TextContentBlock { Text = text } },
        };
    }

    private bool TryStructure(string content, out JsonElement structured, out string text)
    {
        // The wrapped form is built as text and parsed once: the text block carries the same JSON. Parse + Clone
        // measured faster than JsonElement.ParseValue over transcoded bytes (the document's buffers are pooled).
        text = _wrapsResult ? "{\"result\":" + content + "}" : content;
        try
        {
            using var document = JsonDocument.Parse(text);
            structured = document.RootElement.Clone();
            return structured.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            structured = default;
            text = content;
            return false;
        }
    }

    private static ReadOnlyMemory<byte> WriteArguments(IDictionary<string, JsonElement>? arguments)
    {
        if (arguments is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var argument in arguments)
            {
                writer.WritePropertyName(argument.Key);
                if (argument.Value.ValueKind == JsonValueKind.Undefined)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    argument.Value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static bool IsObjectRooted(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object &&
        schema.TryGetProperty("type", out var type) &&
        type.ValueKind == JsonValueKind.String &&
        type.ValueEquals("object");

    private static JsonElement WrapSchema(string returnSchema) =>
        Parse("{\"type\":\"object\",\"properties\":{\"result\":" + returnSchema + "},\"required\":[\"result\"]}");

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
