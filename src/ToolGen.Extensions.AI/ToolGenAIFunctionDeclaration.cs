using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI;

/// <summary>
/// One ToolGen tool as a schema-only <see cref="AIFunctionDeclaration"/>: the model is told about it, but
/// <c>FunctionInvokingChatClient</c> does not run it (the caller does, for example through <see cref="IToolSet.InvokeAsync"/>).
/// </summary>
public sealed class ToolGenAIFunctionDeclaration : AIFunctionDeclaration
{
    private readonly ToolSchemas _schemas;

    internal ToolGenAIFunctionDeclaration(ToolSchemas schemas)
    {
        _schemas = schemas;
    }

    /// <summary>The generated definition of the tool.</summary>
    public ToolDefinition Definition => _schemas.Definition;

    /// <summary>Whether the tool is declared with its strict schema.</summary>
    public bool Strict => _schemas.Strict;

    /// <inheritdoc/>
    public override string Name => _schemas.Definition.Name;

    /// <inheritdoc/>
    public override string Description => _schemas.Definition.Description;

    /// <inheritdoc/>
    public override JsonElement JsonSchema => _schemas.Parameters;

    /// <inheritdoc/>
    public override JsonElement? ReturnJsonSchema => _schemas.Return;

    /// <summary>Holds <c>"strict"</c>: <see langword="true"/> when the tool is declared with its strict schema, <see langword="false"/> otherwise (never absent).</summary>
    public override IReadOnlyDictionary<string, object?> AdditionalProperties => _schemas.AdditionalProperties;
}
