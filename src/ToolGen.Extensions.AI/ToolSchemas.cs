using System;
using System.Collections.Generic;
using System.Text.Json;
using ToolGen.Hosting;

namespace ToolGen.Extensions.AI;

/// <summary>
/// The schemas of one tool, parsed once from the generated text and shared by its function and its declaration,
/// with what the argument writer needs to know about each top-level parameter.
/// </summary>
internal sealed class ToolSchemas
{
    private readonly Dictionary<string, bool> _acceptsString;

    public ToolSchemas(ToolDefinition definition, bool strict)
    {
        Definition = definition;
        Strict = strict && definition.StrictParametersSchema is not null;
        Parameters = Parse(Strict ? definition.StrictParametersSchema! : definition.ParametersSchema);
        Return = definition.ReturnSchema is null ? null : Parse(definition.ReturnSchema);
        AdditionalProperties = ReadAdditionalProperties(definition, Strict);
        _acceptsString = ReadStringParameters(Parameters);
        Names = EncodedNames.FromSchema(Parameters);
    }

    public ToolDefinition Definition { get; }

    /// <summary>Whether the tool is offered with its strict schema (and its calls read strictly).</summary>
    public bool Strict { get; }

    public JsonElement Parameters { get; }

    public JsonElement? Return { get; }

    public IReadOnlyDictionary<string, object?> AdditionalProperties { get; }

    /// <summary>The declared parameter names, encoded once for the argument buffer.</summary>
    public EncodedNames Names { get; }

    /// <summary>
    /// Whether a string given for <paramref name="parameter"/> is meant as a string: the schema allows strings, says
    /// nothing about the type (free JSON, <c>anyOf</c>), or does not know the parameter. Otherwise a string is taken as
    /// the JSON text of the value (<c>"42"</c> for an integer).
    /// </summary>
    public bool AcceptsString(string parameter) =>
        !_acceptsString.TryGetValue(parameter, out var accepts) || accepts;

    /// <summary>
    /// <c>"strict"</c>, always; then the title and hints that <c>[Tool]</c> sets, under their MCP names
    /// (<c>title</c>, <c>readOnlyHint</c>, …), for hosts that show or act on them. Provider clients read only
    /// <c>"strict"</c>.
    /// </summary>
    private static Dictionary<string, object?> ReadAdditionalProperties(ToolDefinition definition, bool strict)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["strict"] = strict };
        Add(properties, "title", definition.Title);
        Add(properties, "readOnlyHint", definition.ReadOnlyHint);
        Add(properties, "destructiveHint", definition.DestructiveHint);
        Add(properties, "idempotentHint", definition.IdempotentHint);
        Add(properties, "openWorldHint", definition.OpenWorldHint);
        return properties;
    }

    private static void Add(Dictionary<string, object?> properties, string key, object? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static Dictionary<string, bool> ReadStringParameters(JsonElement schema)
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (schema.ValueKind != JsonValueKind.Object ||
            !schema.TryGetProperty("properties", out var properties) ||
            properties.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var property in properties.EnumerateObject())
        {
            result[property.Name] = AllowsString(property.Value);
        }

        return result;
    }

    private static bool AllowsString(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return true;
        }

        switch (type.ValueKind)
        {
            case JsonValueKind.String:
                return type.ValueEquals("string");
            case JsonValueKind.Array:
                foreach (var item in type.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.ValueEquals("string"))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }
}
