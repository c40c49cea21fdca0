using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;
using ToolGen.Providers;

namespace ToolGen.Benchmarks.Tokens;

/// <summary>
/// Prompt tokens of each tool's entry in an OpenAI request's <c>tools</c> array, counted with the o200k_base
/// encoding (GPT-4o and later), for the same four tools:
/// <list type="bullet">
/// <item>ToolGen: <see cref="OpenAIChatCompletions.WriteTools(Utf8JsonWriter, IEnumerable{ToolDefinition}, bool)"/>, non-strict and strict;</item>
/// <item>M.E.AI: <c>{"type":"function","function":{"name","description","parameters": AIFunction.JsonSchema}}</c>,
/// compact, the like-for-like comparison;</item>
/// <item>M.E.AI as its OpenAI adapter (Microsoft.Extensions.AI.OpenAI 10.x) actually sends it: the schema is
/// round-tripped through its <c>ToolJson</c> type (<c>type</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties: false</c>, then the rest) by a serializer context with <c>WriteIndented = true</c>,
/// and the OpenAI SDK writes those bytes as they are. For information only.</item>
/// </list>
/// All are written with the same relaxed encoder, so that an apostrophe costs the same everywhere.
/// </summary>
internal static class SchemaTokens
{
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static TokenResult Run()
    {
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        var functions = MeaiTools.Create(new BenchTools()).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var rows = new List<TokenRow>();
        foreach (var definition in BenchTools.ToolDefinitions)
        {
            var function = functions[definition.Name];
            var toolGen = ToolGenEntry(definition, strict: false);
            var toolGenStrict = ToolGenEntry(definition, strict: true);
            var meai = MeaiEntry(function, adapterForm: false);
            var meaiAdapter = MeaiEntry(function, adapterForm: true);
            rows.Add(new TokenRow(
                definition.Name,
                tokenizer.CountTokens(toolGen),
                tokenizer.CountTokens(toolGenStrict),
                tokenizer.CountTokens(meai),
                tokenizer.CountTokens(meaiAdapter),
                toolGen,
                toolGenStrict,
                meai,
                meaiAdapter,
                Information.Of(toolGen),
                Information.Of(meai)));
        }

        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Tool}: ToolGen {row.ToolGen} (strict {row.ToolGenStrict}) vs MEAI {row.Meai} (as its OpenAI adapter sends it: {row.MeaiAdapter}) = {(double)row.ToolGen / row.Meai:F2}x");
        }

        return new TokenResult("o200k_base", rows);
    }

    private static string ToolGenEntry(ToolDefinition definition, bool strict)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_compact))
        {
            OpenAIChatCompletions.WriteTools(writer, new[] { definition }, strict);
        }

        // The array holds the one entry; its raw text is the entry exactly as written.
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement[0].GetRawText();
    }

    private static string MeaiEntry(AIFunction function, bool adapterForm)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_compact))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "function");
            writer.WriteStartObject("function");
            writer.WriteString("name", function.Name);
            writer.WriteString("description", function.Description);
            writer.WritePropertyName("parameters");
            writer.WriteRawValue(adapterForm ? AdapterParameters(function.JsonSchema) : Compact(function.JsonSchema), skipInputValidation: true);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Compact(JsonElement schema)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_compact))
        {
            schema.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>What <c>OpenAIClientExtensions.ToOpenAIFunctionParameters</c> makes of a schema (non-strict).</summary>
    private static string AdapterParameters(JsonElement schema)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_indented))
        {
            writer.WriteStartObject();
            writer.WriteString("type", schema.TryGetProperty("type", out var type) ? type.GetString() : "object");
            writer.WritePropertyName("required");
            if (schema.TryGetProperty("required", out var required))
            {
                required.WriteTo(writer);
            }
            else
            {
                writer.WriteStartArray();
                writer.WriteEndArray();
            }

            writer.WritePropertyName("properties");
            if (schema.TryGetProperty("properties", out var properties))
            {
                properties.WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }

            writer.WritePropertyName("additionalProperties");
            if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                additional.WriteTo(writer);
            }
            else
            {
                writer.WriteBooleanValue(false);
            }

            foreach (var property in schema.EnumerateObject())
            {
                if (property.Name is not ("type" or "required" or "properties" or "additionalProperties"))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>What a schema tells the model, counted by keyword, so that token counts compare like with like.</summary>
internal sealed record Information(int Descriptions, int Types, int Required, int Enums, int Defaults, int Ranges, int Formats, int Items)
{
    public static Information Of(string toolEntry)
    {
        using var document = JsonDocument.Parse(toolEntry);
        var function = document.RootElement.GetProperty("function");
        var counts = new int[8];
        if (function.TryGetProperty("description", out var description) && description.GetString()?.Length > 0)
        {
            counts[0]++;
        }

        Walk(function.GetProperty("parameters"), counts);
        return new Information(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
    }

    public override string ToString() =>
        $"{Descriptions} descriptions, {Types} types, {Required} required, {Enums} enums, {Defaults} defaults, {Ranges} range bounds, {Formats} formats";

    private static void Walk(JsonElement schema, int[] counts)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in schema.EnumerateObject())
        {
            switch (property.Name)
            {
                case "description": counts[0]++; break;
                case "type": counts[1]++; break;
                case "required": counts[2] += property.Value.GetArrayLength(); break;
                case "enum": counts[3]++; break;
                // "default": null says no more than leaving the property out of "required" does.
                case "default" when property.Value.ValueKind != JsonValueKind.Null: counts[4]++; break;
                case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "minLength" or "maxLength" or "minItems" or "maxItems": counts[5]++; break;
                case "format" or "pattern": counts[6]++; break;
                case "items": counts[7]++; Walk(property.Value, counts); break;
                case "properties" or "$defs":
                    foreach (var child in property.Value.EnumerateObject())
                    {
                        Walk(child.Value, counts);
                    }

                    break;
                case "anyOf" or "oneOf" or "allOf":
                    foreach (var child in property.Value.EnumerateArray())
                    {
                        Walk(child, counts);
                    }

                    break;
            }
        }
    }
}

internal sealed record TokenRow(
    string Tool,
    int ToolGen,
    int ToolGenStrict,
    int Meai,
    int MeaiAdapter,
    string ToolGenJson,
    string ToolGenStrictJson,
    string MeaiJson,
    string MeaiAdapterJson,
    Information ToolGenInformation,
    Information MeaiInformation);

internal sealed record TokenResult(string Encoding, IReadOnlyList<TokenRow> Rows);
