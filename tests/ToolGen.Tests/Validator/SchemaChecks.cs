using System.Text;
using System.Text.Json;

namespace ToolGen.Tests.Validator;

/// <summary>Checks on schema text that a parser does not make: duplicate keys.</summary>
internal static class SchemaChecks
{
    /// <summary>
    /// Walks the JSON with a <see cref="Utf8JsonReader"/> (JsonDocument keeps the last of two equal keys silently) and
    /// returns the duplicate keys found, as "path: key" lines; empty when there are none.
    /// </summary>
    public static string DuplicateKeys(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var scopes = new Stack<(HashSet<string>? Keys, string Path)>();
        var found = new List<string>();
        string? pendingKey = null;
        while (reader.Read())
        {
            var path = scopes.Count == 0 ? "$" : scopes.Peek().Path;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    scopes.Push((new HashSet<string>(StringComparer.Ordinal), pendingKey is null ? path : path + "." + pendingKey));
                    pendingKey = null;
                    break;
                case JsonTokenType.StartArray:
                    scopes.Push((null, pendingKey is null ? path + "[]" : path + "." + pendingKey + "[]"));
                    pendingKey = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scopes.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    pendingKey = reader.GetString()!;
                    if (!scopes.Peek().Keys!.Add(pendingKey))
                    {
                        found.Add(path + ": " + pendingKey);
                    }

                    break;
                default:
                    pendingKey = null;
                    break;
            }
        }

        return string.Join("\n", found);
    }

    /// <summary>
    /// Asserts what every emitted schema of a tool must be, beyond parsing: no duplicate key anywhere; the parameters
    /// an object whose "required" names only its own properties; the strict form (when there is one) the same
    /// properties in the same order, all required, closed (additionalProperties false) at every object level, and
    /// without "default"; the return schema a schema with a type, a reference, a choice or none (any value).
    /// </summary>
    public static void AssertWellFormed(ToolDefinition definition)
    {
        foreach (var (kind, text) in new[] { ("parameters", definition.ParametersSchema), ("strict", definition.StrictParametersSchema), ("returns", definition.ReturnSchema) })
        {
            if (text is not null)
            {
                Assert.True(DuplicateKeys(text) == "", $"{definition.Name} {kind} schema has duplicate keys: {DuplicateKeys(text)}");
            }
        }

        using var parameters = JsonDocument.Parse(definition.ParametersSchema);
        var root = parameters.RootElement;
        Assert.Equal("object", root.GetProperty("type").GetString());
        var names = root.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToArray() : Array.Empty<string>();
        if (root.TryGetProperty("required", out var required))
        {
            Assert.All(required.EnumerateArray(), r => Assert.Contains(r.GetString(), names));
        }

        if (definition.StrictParametersSchema is { } strictText)
        {
            using var strict = JsonDocument.Parse(strictText);
            var strictNames = strict.RootElement.TryGetProperty("properties", out var strictProperties)
                ? strictProperties.EnumerateObject().Select(p => p.Name).ToArray()
                : Array.Empty<string>();
            Assert.Equal(names, strictNames);
            AssertStrictObjects(strict.RootElement, definition.Name);
        }

        if (definition.ReturnSchema is { } returnsText)
        {
            using var returns = JsonDocument.Parse(returnsText);
            var result = returns.RootElement;
            Assert.Equal(JsonValueKind.Object, result.ValueKind);
            Assert.True(
                result.TryGetProperty("type", out _) || result.TryGetProperty("$ref", out _) || result.TryGetProperty("anyOf", out _) || !result.EnumerateObject().Any(),
                $"{definition.Name}: return schema with no type: {returnsText}");
        }
    }

    private static void AssertStrictObjects(JsonElement schema, string tool)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.False(schema.TryGetProperty("default", out _), tool + ": strict schema with a default");
                if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                {
                    Assert.Equal(
                        properties.EnumerateObject().Select(p => p.Name).ToArray(),
                        schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToArray());
                    Assert.Equal(JsonValueKind.False, schema.GetProperty("additionalProperties").ValueKind);
                    foreach (var property in properties.EnumerateObject())
                    {
                        AssertStrictObjects(property.Value, tool);
                    }
                }

                foreach (var member in schema.EnumerateObject().Where(m => m.Name is not "properties" and not "enum" and not "required"))
                {
                    AssertStrictObjects(member.Value, tool);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in schema.EnumerateArray())
                {
                    AssertStrictObjects(item, tool);
                }

                break;
        }
    }

    /// <summary>The folder that holds ToolGen.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ToolGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ToolGen.sln not found above " + AppContext.BaseDirectory);
    }
}
