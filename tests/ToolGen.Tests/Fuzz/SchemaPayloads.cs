using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ToolGen.Tests.Fuzz;

/// <summary>
/// Plausible arguments for a tool, made from its <c>ParametersSchema</c> with a random source: the seeds that
/// mutations then break, so that fuzzing reaches deep into each reader instead of failing at the first token.
/// </summary>
internal static class SchemaPayloads
{
    public static JsonNode? Value(JsonElement schema, JsonElement root, Random random, int depth = 0)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/').Last();
            return depth > 4 ? null : Value(root.GetProperty("$defs").GetProperty(name), root, random, depth + 1);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var items = values.EnumerateArray().ToArray();
            return JsonNode.Parse(items[random.Next(items.Length)].GetRawText());
        }

        var type = schema.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().First().GetString() : t.GetString()
            : null;
        switch (type)
        {
            case "string":
                return JsonValue.Create(Text(schema, random));
            case "integer":
                var min = schema.TryGetProperty("minimum", out var lo) && lo.TryGetInt64(out var l) ? l : -1000;
                var max = schema.TryGetProperty("maximum", out var hi) && hi.TryGetInt64(out var h) ? h : 1000;
                return JsonValue.Create(min + (long)(random.NextDouble() * Math.Min(max - min, 1_000_000)));
            case "number":
                return JsonValue.Create(Math.Round(random.NextDouble() * 200 - 100, 3));
            case "boolean":
                return JsonValue.Create(random.Next(2) == 1);
            case "array":
                var array = new JsonArray();
                var count = random.Next(depth > 3 ? 1 : 4);
                for (var i = 0; i < count && schema.TryGetProperty("items", out var item); i++)
                {
                    array.Add(Value(item, root, random, depth + 1));
                }

                return array;
            case "object":
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        if (random.Next(4) != 0 || IsRequired(schema, property.Name))
                        {
                            result[property.Name] = Value(property.Value, root, random, depth + 1);
                        }
                    }
                }
                else if (schema.TryGetProperty("additionalProperties", out var values2) && values2.ValueKind == JsonValueKind.Object)
                {
                    var keys = schema.TryGetProperty("propertyNames", out var names) ? names.GetProperty("enum").EnumerateArray().Select(k => k.GetString()!).ToArray() : new[] { "a", "b", "c" };
                    foreach (var key in keys.Take(random.Next(keys.Length + 1)))
                    {
                        result[key] = Value(values2, root, random, depth + 1);
                    }
                }

                return result;
            default:
                // Free JSON.
                return JsonNode.Parse(random.Next(3) switch { 0 => "{\"k\":[1,\"x\",null]}", 1 => "[true,2.5]", _ => "\"any\"" });
        }
    }

    private static bool IsRequired(JsonElement schema, string name) =>
        schema.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == name);

    private static string Text(JsonElement schema, Random random)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var text = format switch
        {
            "uuid" => new Guid(random.Next(), 1, 2, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }).ToString(),
            "date-time" => "2024-05-01T10:00:00Z",
            "date" => "2024-05-01",
            "time" => "14:30:00",
            "duration" => "PT1H30M",
            "uri" => "https://example.com/a?b=" + random.Next(100).ToString(CultureInfo.InvariantCulture),
            "email" => "a" + random.Next(100).ToString(CultureInfo.InvariantCulture) + "@example.com",
            _ => new string('x', Math.Max(1, random.Next(8))),
        };
        if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
        {
            text = text.Substring(0, maxLength.GetInt32());
        }

        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            text = text.PadRight(minLength.GetInt32(), 'y');
        }

        return text;
    }
}
