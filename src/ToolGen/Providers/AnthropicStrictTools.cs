using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Providers;

/// <summary>
/// Decides which tools go to Anthropic with <c>"strict": true</c>: a tool's strict schema must fit Anthropic's strict
/// subset, and the request as a whole must stay within the strict limits (tools, optional parameters, union parameters).
/// Tools are taken in order; one that does not fit, or would go over a limit, is sent non-strict.
/// </summary>
/// <remarks>
/// The subset follows Anthropic's strict tool use documentation and the official Python SDK's schema transform: types,
/// <c>enum</c>, <c>const</c>, <c>anyOf</c>, <c>allOf</c>, local <c>$ref</c>/<c>$defs</c> without recursion, closed objects,
/// formats date-time, time, date, duration, email, hostname, uri, ipv4, ipv6, uuid, and <c>minItems</c> 0 or 1; no
/// numeric or length bounds, no <c>pattern</c>, no <c>default</c>.
/// </remarks>
internal static class AnthropicStrictTools
{
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal)
    {
        "date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid",
    };

    public static HashSet<string> Choose(IReadOnlyList<ToolDefinition> tools, AnthropicCodec codec)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        int optional = 0, unions = 0;
        foreach (var tool in tools)
        {
            if (tool?.StrictParametersSchema is not { } schema || chosen.Count >= codec.MaxStrictTools)
            {
                continue;
            }

            if (!TryMeasure(schema, out var toolOptional, out var toolUnions))
            {
                continue;
            }

            if (optional + toolOptional > codec.MaxStrictOptionalParameters || unions + toolUnions > codec.MaxStrictUnionParameters)
            {
                continue;
            }

            optional += toolOptional;
            unions += toolUnions;
            chosen.Add(tool.Name);
        }

        return chosen;
    }

    /// <summary>Whether the schema fits the strict subset; if so, how many optional and union-typed parameters it has.</summary>
    internal static bool TryMeasure(string schema, out int optional, out int unions)
    {
        optional = unions = 0;
        try
        {
            var measure = new Measure();
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(schema));
            reader.Read();
            if (!measure.Schema(ref reader, null) || measure.HasCycle())
            {
                return false;
            }

            optional = measure.Optional;
            unions = measure.Unions;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed class Measure
    {
        private readonly Dictionary<string, HashSet<string>> _refsByDef = new(StringComparer.Ordinal);

        public int Optional { get; private set; }

        public int Unions { get; private set; }

        /// <summary>Walks one schema object (the reader on its <c>{</c>, left on its <c>}</c>); false when it leaves the subset.</summary>
        public bool Schema(ref Utf8JsonReader reader, string? def)
        {
            if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
            {
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var propertyNames = new List<string>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            var isObject = false;
            var closed = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var keyword = reader.GetString()!;
                reader.Read();
                switch (keyword)
                {
                    case "type":
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            isObject |= reader.ValueTextEquals("object"u8);
                        }
                        else
                        {
                            reader.Skip();
                        }

                        break;
                    case "description":
                    case "title":
                    case "enum":
                    case "const":
                        reader.Skip();
                        break;
                    case "format":
                        if (reader.TokenType != JsonTokenType.String || !Formats.Contains(reader.GetString()!))
                        {
                            return false;
                        }

                        break;
                    case "minItems":
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var min) || min > 1)
                        {
                            return false;
                        }

                        break;
                    case "additionalProperties":
                        if (reader.TokenType != JsonTokenType.False)
                        {
                            return false;
                        }

                        closed = true;
                        break;
                    case "required":
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            return false;
                        }

                        while (reader.Read() && reader.TokenType == JsonTokenType.String)
                        {
                            required.Add(reader.GetString()!);
                        }

                        break;
                    case "items":
                        if (!Schema(ref reader, def))
                        {
                            return false;
                        }

                        break;
                    case "anyOf":
                    case "allOf":
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            return false;
                        }

                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (!Schema(ref reader, def))
                            {
                                return false;
                            }
                        }

                        break;
                    case "$ref":
                        var target = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
                        var name = target.StartsWith("#/$defs/", StringComparison.Ordinal) ? target.Substring(8)
                            : target.StartsWith("#/definitions/", StringComparison.Ordinal) ? target.Substring(14)
                            : null;
                        if (name is null)
                        {
                            return false;
                        }

                        Refs(def ?? string.Empty).Add(name);
                        break;
                    case "properties":
                    case "$defs":
                    case "definitions":
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            return false;
                        }

                        var isProperties = keyword == "properties";
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            var key = reader.GetString()!;
                            reader.Read();
                            if (isProperties)
                            {
                                propertyNames.Add(key);
                                if (IsUnion(reader))
                                {
                                    Unions++;
                                }
                            }
                            else
                            {
                                Refs(key);
                            }

                            if (!Schema(ref reader, isProperties ? def : key))
                            {
                                return false;
                            }
                        }

                        break;
                    default:
                        return false; // pattern, minimum, maxLength, default, not, if/then/else…: outside the subset
                }
            }

            if (isObject && !closed)
            {
                return false;
            }

            foreach (var property in propertyNames)
            {
                if (!required.Contains(property))
                {
                    Optional++;
                }
            }

            return true;
        }

        /// <summary>Whether a $ref chain comes back to a definition (recursion is outside the subset).</summary>
        public bool HasCycle()
        {
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var def in _refsByDef.Keys)
            {
                if (Visit(def, state))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Visit(string def, Dictionary<string, int> state)
        {
            state.TryGetValue(def, out var s);
            if (s == 1)
            {
                return true;
            }

            if (s == 2)
            {
                return false;
            }

            state[def] = 1;
            if (_refsByDef.TryGetValue(def, out var refs))
            {
                foreach (var next in refs)
                {
                    if (Visit(next, state))
                    {
                        return true;
                    }
                }
            }

            state[def] = 2;
            return false;
        }

        private HashSet<string> Refs(string def)
        {
            if (!_refsByDef.TryGetValue(def, out var refs))
            {
                _refsByDef[def] = refs = new HashSet<string>(StringComparer.Ordinal);
            }

            return refs;
        }

        /// <summary>Whether the property schema the reader is on uses <c>anyOf</c> or a type array (looked at on a copy).</summary>
        private static bool IsUnion(Utf8JsonReader copy)
        {
            if (copy.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var depth = copy.CurrentDepth;
            while (copy.Read() && copy.CurrentDepth > depth)
            {
                if (copy.TokenType == JsonTokenType.PropertyName && copy.CurrentDepth == depth + 1)
                {
                    var isAnyOf = copy.ValueTextEquals("anyOf"u8);
                    var isType = copy.ValueTextEquals("type"u8);
                    copy.Read();
                    if (isAnyOf || (isType && copy.TokenType == JsonTokenType.StartArray))
                    {
                        return true;
                    }

                    copy.Skip();
                }
            }

            return false;
        }
    }
}
