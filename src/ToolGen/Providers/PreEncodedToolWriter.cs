using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Providers;

/// <summary>
/// Writes each provider's tool entries around a generated set's pre-encoded parts (<see cref="IPreEncodedTools"/>): the
/// envelope's property names are encoded once here, the name, description and schema are copied as the generator wrote
/// them (<see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> without validation). The output is the same
/// JSON the codecs write from the definitions, except that text outside ASCII is not escaped.
/// </summary>
internal static class PreEncodedToolWriter
{
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Function = JsonEncodedText.Encode("function");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Parameters = JsonEncodedText.Encode("parameters");
    private static readonly JsonEncodedText InputSchema = JsonEncodedText.Encode("input_schema");
    private static readonly JsonEncodedText ParametersJsonSchema = JsonEncodedText.Encode("parametersJsonSchema");
    private static readonly JsonEncodedText FunctionDeclarations = JsonEncodedText.Encode("functionDeclarations");
    private static readonly JsonEncodedText Strict = JsonEncodedText.Encode("strict");

    /// <summary>The <c>tools</c> property name, which every codec writes before its array.</summary>
    public static readonly JsonEncodedText Tools = JsonEncodedText.Encode("tools");

    /// <summary>A Chat Completions <c>tools</c> value: <c>[{"type":"function","function":{"name":…,"description":…,"parameters":…,"strict":true}}]</c>.</summary>
    public static void WriteChatCompletions(Utf8JsonWriter writer, IPreEncodedTools set, bool strict)
    {
        writer.WriteStartArray();
        for (var i = 0; i < set.PreEncodedToolCount; i++)
        {
            writer.WriteStartObject();
            writer.WriteString(Type, Function);
            writer.WriteStartObject(Function);
            var isStrict = WriteEntry(writer, set, i, Parameters, strict);
            if (isStrict)
            {
                writer.WriteBoolean(Strict, true);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A Responses <c>tools</c> value: <c>[{"type":"function","name":…,"description":…,"parameters":…,"strict":…}]</c>, <c>strict</c> always written.</summary>
    public static void WriteResponses(Utf8JsonWriter writer, IPreEncodedTools set, bool strict)
    {
        writer.WriteStartArray();
        for (var i = 0; i < set.PreEncodedToolCount; i++)
        {
            writer.WriteStartObject();
            writer.WriteString(Type, Function);
            writer.WriteBoolean(Strict, WriteEntry(writer, set, i, Parameters, strict));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>An Anthropic <c>tools</c> value: <c>[{"name":…,"description":…,"input_schema":…,"strict":true}]</c>, strict only for the tools named in <paramref name="strictNames"/>.</summary>
    public static void WriteAnthropic(Utf8JsonWriter writer, IPreEncodedTools set, IReadOnlyList<ToolDefinition> tools, ICollection<string> strictNames)
    {
        writer.WriteStartArray();
        for (var i = 0; i < set.PreEncodedToolCount; i++)
        {
            writer.WriteStartObject();
            if (WriteEntry(writer, set, i, InputSchema, strictNames.Count > 0 && strictNames.Contains(tools[i].Name)))
            {
                writer.WriteBoolean(Strict, true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A Gemini <c>tools</c> value: <c>[{"functionDeclarations":[{"name":…,"description":…,"parametersJsonSchema":…}]}]</c>, plain schemas.</summary>
    public static void WriteGemini(Utf8JsonWriter writer, IPreEncodedTools set)
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteStartArray(FunctionDeclarations);
        for (var i = 0; i < set.PreEncodedToolCount; i++)
        {
            writer.WriteStartObject();
            WriteEntry(writer, set, i, ParametersJsonSchema, strict: false);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name":…,"description":…,"{schemaName}":…</c>: the strict schema when asked and the tool has one.</summary>
    /// <returns>Whether the strict schema was written.</returns>
    private static bool WriteEntry(Utf8JsonWriter writer, IPreEncodedTools set, int index, JsonEncodedText schemaName, bool strict)
    {
        writer.WritePropertyName(Name);
        writer.WriteRawValue(set.GetPreEncodedPart(index, PreEncodedToolPart.Name), skipInputValidation: true);
        var description = set.GetPreEncodedPart(index, PreEncodedToolPart.Description);
        if (!description.IsEmpty)
        {
            writer.WritePropertyName(Description);
            writer.WriteRawValue(description, skipInputValidation: true);
        }

        var schema = strict ? set.GetPreEncodedPart(index, PreEncodedToolPart.StrictSchema) : default;
        var isStrict = !schema.IsEmpty;
        writer.WritePropertyName(schemaName);
        writer.WriteRawValue(isStrict ? schema : set.GetPreEncodedPart(index, PreEncodedToolPart.Schema), skipInputValidation: true);
        return isStrict;
    }
}
