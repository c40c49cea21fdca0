using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ToolGen.Providers;

/// <summary>
/// Lowers a JSON schema to the OpenAPI 3.0 subset of Gemini's <c>parameters</c> (and <c>responseSchema</c>), for endpoints
/// that do not take <c>parametersJsonSchema</c>: <c>$ref</c> inlined (recursion refused, the subset has no references),
/// <c>["T","null"]</c> and <c>anyOf</c> with <c>null</c> turned into <c>nullable</c>, enums kept only when they hold strings,
/// <c>const</c> a one-value enum, and keywords outside the subset dropped (<c>additionalProperties</c>, <c>default</c>,
/// <c>$schema</c>, <c>allOf</c>…).
/// </summary>
internal static class GeminiSchemaLowering
{
    private static readonly HashSet<string> CopiedAsIs = new(StringComparer.Ordinal)
    {
        "format", "description", "title", "required", "minItems", "maxItems", "minimum", "maximum",
        "minLength", "maxLength", "pattern", "propertyOrdering", "minProperties", "maxProperties",
    };

    /// <exception cref="ArgumentException">The schema is recursive, has a reference that does not resolve, or is not JSON.</exception>
    public static void Write(Utf8JsonWriter writer, string schema, string owner)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(schema);
        try
        {
            var defs = CollectDefinitions(bytes);
            var lowering = new Lowering(bytes, defs, owner);
            lowering.WriteSchema(writer, Properties(bytes, 0, bytes.Length), new List<string>());
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The schema of " + owner + " is not valid JSON: " + ex.Message, "tools", ex);
        }
    }

    /// <summary>The properties of the object at <paramref name="start"/>, each as its name and the slice of its value.</summary>
    private static List<(string Name, int Start, int Length)> Properties(byte[] json, int start, int length)
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(json, start, length));
        reader.Read();
        var list = new List<(string, int, int)>();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return list;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            list.Add((name, start + valueStart, (int)reader.BytesConsumed - valueStart));
        }

        return list;
    }

    private static Dictionary<string, (int Start, int Length)> CollectDefinitions(byte[] json)
    {
        var defs = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (name, start, length) in Properties(json, 0, json.Length))
        {
            if (name is "$defs" or "definitions")
            {
                var prefix = name == "$defs" ? "#/$defs/" : "#/definitions/";
                foreach (var (def, defStart, defLength) in Properties(json, start, length))
                {
                    defs[prefix + def] = (defStart, defLength);
                }
            }
        }

        return defs;
    }

    private sealed class Lowering
    {
        private readonly byte[] _json;
        private readonly Dictionary<string, (int Start, int Length)> _defs;
        private readonly string _owner;

        public Lowering(byte[] json, Dictionary<string, (int Start, int Length)> defs, string owner)
        {
            _json = json;
            _defs = defs;
            _owner = owner;
        }

        public void WriteSchema(Utf8JsonWriter writer, List<(string Name, int Start, int Length)> schema, List<string> refStack)
        {
            foreach (var (name, start, length) in schema)
            {
                if (name == "$ref")
                {
                    var target = String(start, length);
                    if (refStack.Contains(target))
                    {
                        throw new ArgumentException(
                            "The schema of " + _owner + " is recursive (" + target + " refers back to itself), which Gemini's OpenAPI-subset \"parameters\" cannot express: use \"parametersJsonSchema\" (GeminiCodec's default).",
                            "tools");
                    }

                    if (!_defs.TryGetValue(target, out var def))
                    {
                        throw new ArgumentException("The schema of " + _owner + " refers to \"" + target + "\", which it does not define.", "tools");
                    }

                    // The referenced schema, with the sibling keywords of the $ref (a description) taking precedence.
                    var merged = Properties(_json, def.Start, def.Length);
                    merged.RemoveAll(p => schema.Exists(s => s.Name == p.Name && s.Name != "$ref"));
                    merged.AddRange(schema.FindAll(s => s.Name != "$ref"));
                    refStack.Add(target);
                    WriteSchema(writer, merged, refStack);
                    refStack.RemoveAt(refStack.Count - 1);
                    return;
                }
            }

            writer.WriteStartObject();
            var nullable = false;
            string? type = null;
            List<(string Name, int Start, int Length)>? single = null;
            var description = default((int Start, int Length)?);
            foreach (var (name, start, length) in schema)
            {
                switch (name)
                {
                    case "type":
                        type = LowerType(start, length, ref nullable);
                        break;
                    case "anyOf":
                    case "oneOf":
                        var members = NonNullMembers(start, length, ref nullable);
                        if (members.Count == 1)
                        {
                            single = Properties(_json, members[0].Start, members[0].Length);
                        }
                        else
                        {
                            writer.WriteStartArray("anyOf");
                            foreach (var member in members)
                            {
                                WriteSchema(writer, Properties(_json, member.Start, member.Length), refStack);
                            }

                            writer.WriteEndArray();
                        }

                        break;
                    case "enum":
                        WriteEnum(writer, start, length, ref nullable);
                        break;
                    case "const":
                        var constReader = Reader(start, length);
                        if (constReader.TokenType == JsonTokenType.String)
                        {
                            writer.WriteStartArray("enum");
                            writer.WriteStringValue(constReader.GetString());
                            writer.WriteEndArray();
                        }

                        break;
                    case "properties":
                        writer.WriteStartObject("properties");
                        foreach (var (property, propertyStart, propertyLength) in Properties(_json, start, length))
                        {
                            writer.WritePropertyName(property);
                            WriteSchema(writer, Properties(_json, propertyStart, propertyLength), refStack);
                        }

                        writer.WriteEndObject();
                        break;
                    case "items":
                        writer.WritePropertyName("items");
                        WriteSchema(writer, Properties(_json, start, length), refStack);
                        break;
                    case "description":
                        description = (start, length);
                        break;
                    default:
                        if (CopiedAsIs.Contains(name))
                        {
                            writer.WritePropertyName(name);
                            writer.WriteRawValue(new ReadOnlySpan<byte>(_json, start, length));
                        }

                        break; // additionalProperties, default, $schema, $defs, allOf, examples…: outside the subset
                }
            }

            if (type is not null)
            {
                writer.WriteString("type", type);
            }

            if (description is { } d)
            {
                writer.WritePropertyName("description");
                writer.WriteRawValue(new ReadOnlySpan<byte>(_json, d.Start, d.Length));
            }

            if (nullable)
            {
                writer.WriteBoolean("nullable", true);
            }

            if (single is not null)
            {
                // anyOf [T, null]: T's keywords in place, so that the result is T with nullable.
                single.RemoveAll(p => schema.Exists(s => s.Name == p.Name));
                WriteMembers(writer, single, refStack);
            }

            writer.WriteEndObject();
        }

        /// <summary>Writes the keywords of a schema into the object already open (used to merge a lone anyOf member).</summary>
        private void WriteMembers(Utf8JsonWriter writer, List<(string Name, int Start, int Length)> schema, List<string> refStack)
        {
            var buffer = new System.IO.MemoryStream();
            using (var inner = new Utf8JsonWriter(buffer))
            {
                WriteSchema(inner, schema, refStack);
            }

            var reader = new Utf8JsonReader(buffer.ToArray());
            reader.Read();
            var bytes = buffer.ToArray();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                writer.WritePropertyName(name);
                writer.WriteRawValue(new ReadOnlySpan<byte>(bytes, start, (int)reader.BytesConsumed - start));
            }
        }

        private string? LowerType(int start, int length, ref bool nullable)
        {
            var reader = Reader(start, length);
            if (reader.TokenType == JsonTokenType.String)
            {
                var type = reader.GetString();
                if (type == "null")
                {
                    nullable = true;
                    return null;
                }

                return type;
            }

            string? first = null;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                var type = reader.GetString();
                if (type == "null")
                {
                    nullable = true;
                }
                else
                {
                    first ??= type;
                }
            }

            return first;
        }

        private List<(int Start, int Length)> NonNullMembers(int start, int length, ref bool nullable)
        {
            var members = new List<(int, int)>();
            var reader = Reader(start, length);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return members;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var memberStart = (int)reader.TokenStartIndex;
                reader.Skip();
                var memberLength = (int)reader.BytesConsumed - memberStart;
                var member = Properties(_json, start + memberStart, memberLength);
                if (member.Count == 1 && member[0].Name == "type" && String(member[0].Start, member[0].Length) == "null")
                {
                    nullable = true;
                }
                else
                {
                    members.Add((start + memberStart, memberLength));
                }
            }

            return members;
        }

        /// <summary>Gemini's enums hold strings: a <c>null</c> member becomes <c>nullable</c>; an enum of other values is dropped.</summary>
        private void WriteEnum(Utf8JsonWriter writer, int start, int length, ref bool nullable)
        {
            var values = new List<string>();
            var reader = Reader(start, length);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    nullable = true;
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    values.Add(reader.GetString()!);
                }
                else
                {
                    reader.Skip();
                    return;
                }
            }

            writer.WriteStartArray("enum");
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        private Utf8JsonReader Reader(int start, int length)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_json, start, length));
            reader.Read();
            return reader;
        }

        private string String(int start, int length)
        {
            var reader = Reader(start, length);
            return reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
        }
    }
}
