using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ToolGen.Hosting;

namespace ToolGen.Extensions.AI;

/// <summary>
/// One ToolGen tool as a Microsoft.Extensions.AI <see cref="AIFunction"/>: the generated schemas, and a call that
/// runs the generated argument reader and dispatcher through <see cref="IToolSet.InvokeAsync"/>. Nothing reflects:
/// <see cref="AIFunction.UnderlyingMethod"/> stays <see langword="null"/>.
/// </summary>
/// <remarks>
/// <para>
/// Results come back as a <see cref="string"/>: the tool's compact JSON text for tools with a result schema, its text
/// for text tools and tools that return nothing, and the message of every error. Microsoft.Extensions.AI's provider
/// clients send a string result as it is; a parsed <see cref="JsonElement"/> would cost a parse and a copy per call
/// and be re-serialized (indented, by the OpenAI client) on the way out. <see cref="ReturnJsonSchema"/>
/// says which results are JSON. Bad arguments are <em>returned</em> as ToolGen's repair text,
/// never thrown: <c>FunctionInvokingChatClient</c> would replace an exception's message with a generic one, and the
/// model could not correct its call.
/// </para>
/// <para>
/// When the provider's argument text was not JSON, Microsoft.Extensions.AI calls the function with no arguments and
/// keeps the parse error on <see cref="FunctionInvokingChatClient.CurrentContext"/>; that call is answered as malformed
/// arguments, not as a call without arguments.
/// </para>
/// </remarks>
public sealed class ToolGenAIFunction : AIFunction
{
    private readonly ToolSchemas _schemas;

    internal ToolGenAIFunction(IToolSet toolSet, ToolSchemas schemas)
    {
        ToolSet = toolSet;
        _schemas = schemas;
    }

    /// <summary>The tool set that runs the calls.</summary>
    public IToolSet ToolSet { get; }

    /// <summary>The generated definition of the tool.</summary>
    public ToolDefinition Definition => _schemas.Definition;

    /// <summary>
    /// Whether the tool is offered with its strict schema (<see cref="ToolDefinition.StrictParametersSchema"/>): then
    /// <see cref="JsonSchema"/> is that schema, <see cref="AdditionalProperties"/> holds <c>"strict": true</c>, and calls
    /// are read strictly (<see cref="ToolCall.Strict"/>).
    /// </summary>
    public bool Strict => _schemas.Strict;

    /// <inheritdoc/>
    public override string Name => _schemas.Definition.Name;

    /// <inheritdoc/>
    public override string Description => _schemas.Definition.Description;

    /// <inheritdoc/>
    public override JsonElement JsonSchema => _schemas.Parameters;

    /// <inheritdoc/>
    public override JsonElement? ReturnJsonSchema => _schemas.Return;

    /// <summary>Holds <c>"strict"</c>: <see langword="true"/> when the tool is offered with its strict schema, <see langword="false"/> otherwise (never absent).</summary>
    public override IReadOnlyDictionary<string, object?> AdditionalProperties => _schemas.AdditionalProperties;

    /// <inheritdoc/>
    protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var context = FunctionInvokingChatClient.CurrentContext;
        var callContent = context?.CallContent is { } content && string.Equals(content.Name, Name, StringComparison.Ordinal) ? content : null;
        var callId = callContent?.CallId ?? string.Empty;

        if (callContent?.Exception is { } parseError && (arguments is null || arguments.Count == 0))
        {
            return new ValueTask<object?>(MalformedArguments(parseError));
        }

        RawArgumentBuffer? buffer = null;
        ReadOnlyMemory<byte> json;
        if (arguments is null)
        {
            json = ReadOnlyMemory<byte>.Empty;
        }
        else if ((buffer = CopyElements(arguments)) is not null)
        {
            json = buffer.Finish();
        }
        else if (!ArgumentWriter.TryWrite(arguments, _schemas, out json, out var error))
        {
            return new ValueTask<object?>(error);
        }

        var call = new ToolCall(callId, Name, json)
        {
            Services = arguments?.Services,
            Strict = _schemas.Strict,
        };

        var pending = BufferedInvocation.InvokeAsync(ToolSet, call, buffer, cancellationToken);
        return pending.IsCompletedSuccessfully
            ? new ValueTask<object?>(pending.Result.Content)
            : ContentOf(pending);
    }

    /// <summary>
    /// Copies arguments that are all <see cref="JsonElement"/>s (what providers give) as their raw UTF-8; returns
    /// <see langword="null"/> (holding nothing) for another value or a name that needs escaping, and
    /// <see cref="ArgumentWriter"/> writes them instead.
    /// </summary>
    private RawArgumentBuffer? CopyElements(AIFunctionArguments arguments)
    {
        var buffer = RawArgumentBuffer.Rent();
        foreach (var argument in arguments)
        {
            if (argument.Key is null)
            {
                continue;
            }

            if (argument.Value is not JsonElement element || !buffer.TryAppend(argument.Key, element, _schemas.Names))
            {
                RawArgumentBuffer.Return(buffer);
                return null;
            }
        }

        return buffer;
    }

    private static async ValueTask<object?> ContentOf(ValueTask<ToolResult> pending) =>
        (await pending.ConfigureAwait(false)).Content;

    private string MalformedArguments(Exception parseError)
    {
        var json = FindJsonException(parseError);
        string detail;
        if (json is null)
        {
            detail = "the provider could not parse them";
        }
        else if (ToolErrorOptions.QuoteReceivedValues || json.LineNumber is null)
        {
            detail = json.Message;
        }
        else
        {
            detail = "not well formed at line " + (json.LineNumber.Value + 1).ToString(CultureInfo.InvariantCulture) +
                ", byte " + ((json.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        }

        return "Invalid arguments for tool \"" + Name + "\": not valid JSON (" + detail + "). Send the arguments as one JSON object.";
    }

    private static JsonException? FindJsonException(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 8; depth++, exception = exception.InnerException)
        {
            if (exception is JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}
