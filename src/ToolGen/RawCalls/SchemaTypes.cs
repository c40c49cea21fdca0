using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.RawCalls;

/// <summary>The JSON types a tool's schema allows for each parameter: what formats that write every value as text (Qwen3-Coder, GLM) need to type them.</summary>
internal static class SchemaTypes
{
    [Flags]
    public enum Types
    {
        None = 0,
        String = 1,
        Integer = 2,
        Number = 4,
        Boolean = 8,
        Object = 16,
        Array = 32,
        Null = 64,

        /// <summary>The schema does not say (a <c>$ref</c>, an empty schema).</summary>
        Any = 128,
    }

    public sealed class Properties
    {
        private readonly Dictionary<string, Types> _types = new(StringComparer.Ordinal);

        public void Set(string name, Types types) => _types[name] = types;

        /// <summary>The types of a parameter; <see langword="null"/> when the schema has no such property.</summary>
        public Types? Of(string name) => _types.TryGetValue(name, out var types) ? types : null;
    }

    public static Properties Read(string schema)
    {
        var properties = new Properties();
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(schema));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return properties;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isProperties = reader.ValueTextEquals("properties"u8);
                reader.Read();
                if (!isProperties || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Set(name, TypesOf(ref reader));
                }
            }
        }
        catch (JsonException)
        {
            // A schema that is not JSON types nothing; values stay as the model wrote them.
        }

        return properties;
    }

    private static Types TypesOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return Types.Any;
        }

        var types = Types.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    types |= Named(reader.GetString());
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        types |= reader.TokenType == JsonTokenType.String ? Named(reader.GetString()) : Types.None;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("anyOf"u8) || reader.ValueTextEquals("oneOf"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    types |= TypesOf(ref reader);
                }
            }
            else if (reader.ValueTextEquals("enum"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    types |= reader.TokenType switch
                    {
                        JsonTokenType.String => Types.String,
                        JsonTokenType.Number => Types.Number,
                        JsonTokenType.True or JsonTokenType.False => Types.Boolean,
                        JsonTokenType.Null => Types.Null,
                        _ => Types.Any,
                    };
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("$ref"u8))
            {
                reader.Read();
                types |= Types.Any;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return types == Types.None ? Types.Any : types;
    }

    private static Types Named(string? name) => name switch
    {
        "string" => Types.String,
        "integer" => Types.Integer,
        "number" => Types.Number,
        "boolean" => Types.Boolean,
        "object" => Types.Object,
        "array" => Types.Array,
        "null" => Types.Null,
        _ => Types.Any,
    };
}
