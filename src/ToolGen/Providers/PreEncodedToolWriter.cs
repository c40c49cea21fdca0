using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Providers;

/// <summary>
/// Writes each provider's <c>tools</c> value around a generated set's pre-encoded parts (<see cref="IPreEncodedTools"/>):
/// the envelopes are UTF-8 literals, the name, description and schemas are the generator's bytes, all joined in a
/// pooled buffer and handed to the writer as one raw value without validation. No text is escaped and no schema is
/// read on any request, the first included. The output is the same JSON the codecs write from the definitions, except
/// that text outside ASCII is not escaped.
/// </summary>
internal static class PreEncodedToolWriter
{
    /// <summary>A Chat Completions <c>tools</c> value: <c>[{"type":"function","function":{"name":…,"description":…,"parameters":…,"strict":true}}]</c>.</summary>
    public static void WriteChatCompletions(Utf8JsonWriter writer, IPreEncodedTools set, bool strict) =>
        Write(writer, set, new Envelope(
            "["u8, "]"u8, "{\"type\":\"function\",\"function\":{"u8, ",\"parameters\":"u8, ",\"strict\":true}}"u8, "}}"u8), strict ? All : null, null);

    /// <summary>A Responses <c>tools</c> value: <c>[{"type":"function","name":…,"description":…,"parameters":…,"strict":…}]</c>, <c>strict</c> always written.</summary>
    public static void WriteResponses(Utf8JsonWriter writer, IPreEncodedTools set, bool strict) =>
        Write(writer, set, new Envelope(
            "["u8, "]"u8, "{\"type\":\"function\","u8, ",\"parameters\":"u8, ",\"strict\":true}"u8, ",\"strict\":false}"u8), strict ? All : null, null);

    /// <summary>An Anthropic <c>tools</c> value: <c>[{"name":…,"description":…,"input_schema":…,"strict":true}]</c>, strict only for the tools named in <paramref name="strictNames"/>.</summary>
    public static void WriteAnthropic(Utf8JsonWriter writer, IPreEncodedTools set, IReadOnlyList<ToolDefinition> tools, ICollection<string> strictNames) =>
        Write(writer, set, new Envelope(
            "["u8, "]"u8, "{"u8, ",\"input_schema\":"u8, ",\"strict\":true}"u8, "}"u8), strictNames.Count == 0 ? null : strictNames, tools);

    /// <summary>A Gemini <c>tools</c> value: <c>[{"functionDeclarations":[{"name":…,"description":…,"parametersJsonSchema":…}]}]</c>, plain schemas.</summary>
    public static void WriteGemini(Utf8JsonWriter writer, IPreEncodedTools set) =>
        Write(writer, set, new Envelope(
            "[{\"functionDeclarations\":["u8, "]}]"u8, "{"u8, ",\"parametersJsonSchema\":"u8, "}"u8, "}"u8), null, null);

    /// <summary>Stands for "every tool that has a strict schema" (compared by reference: an instance of its own).</summary>
    private static readonly ICollection<string> All = new HashSet<string>();

    /// <summary>
    /// Joins the array in two passes over the parts (its length, then its bytes) and writes it raw. A tool is sent strict
    /// when <paramref name="strictNames"/> is <see cref="All"/> or names it, and it has a strict schema.
    /// </summary>
    private static void Write(Utf8JsonWriter writer, IPreEncodedTools set, Envelope envelope, ICollection<string>? strictNames, IReadOnlyList<ToolDefinition>? tools)
    {
        var count = set.PreEncodedToolCount;
        var length = envelope.ArrayOpen.Length + envelope.ArrayClose.Length + Math.Max(count - 1, 0);
        for (var i = 0; i < count; i++)
        {
            var description = set.GetPreEncodedPart(i, PreEncodedToolPart.Description);
            var isStrict = IsStrict(set, i, strictNames, tools, out var schema);
            length += envelope.Open.Length + NameProperty.Length + set.GetPreEncodedPart(i, PreEncodedToolPart.Name).Length +
                (description.IsEmpty ? 0 : DescriptionProperty.Length + description.Length) +
                envelope.SchemaProperty.Length + schema.Length + (isStrict ? envelope.CloseStrict.Length : envelope.Close.Length);
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var position = 0;
            Append(rented, ref position, envelope.ArrayOpen);
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    rented[position++] = (byte)',';
                }

                var isStrict = IsStrict(set, i, strictNames, tools, out var schema);
                Append(rented, ref position, envelope.Open);
                Append(rented, ref position, NameProperty);
                Append(rented, ref position, set.GetPreEncodedPart(i, PreEncodedToolPart.Name));
                var description = set.GetPreEncodedPart(i, PreEncodedToolPart.Description);
                if (!description.IsEmpty)
                {
                    Append(rented, ref position, DescriptionProperty);
                    Append(rented, ref position, description);
                }

                Append(rented, ref position, envelope.SchemaProperty);
                Append(rented, ref position, schema);
                Append(rented, ref position, isStrict ? envelope.CloseStrict : envelope.Close);
            }

            Append(rented, ref position, envelope.ArrayClose);
            writer.WriteRawValue(new ReadOnlySpan<byte>(rented, 0, position), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ReadOnlySpan<byte> NameProperty => "\"name\":"u8;

    private static ReadOnlySpan<byte> DescriptionProperty => ",\"description\":"u8;

    private static bool IsStrict(IPreEncodedTools set, int index, ICollection<string>? strictNames, IReadOnlyList<ToolDefinition>? tools, out ReadOnlySpan<byte> schema)
    {
        if (strictNames is not null && (ReferenceEquals(strictNames, All) || strictNames.Contains(tools![index].Name)))
        {
            schema = set.GetPreEncodedPart(index, PreEncodedToolPart.StrictSchema);
            if (!schema.IsEmpty)
            {
                return true;
            }
        }

        schema = set.GetPreEncodedPart(index, PreEncodedToolPart.Schema);
        return false;
    }

    private static void Append(byte[] buffer, ref int position, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(new Span<byte>(buffer, position, bytes.Length));
        position += bytes.Length;
    }

    /// <summary>One provider's literals around the parts: the array's ends, an entry's opening, its schema's property name, and its two closings.</summary>
    private readonly ref struct Envelope
    {
        public Envelope(ReadOnlySpan<byte> arrayOpen, ReadOnlySpan<byte> arrayClose, ReadOnlySpan<byte> open, ReadOnlySpan<byte> schemaProperty, ReadOnlySpan<byte> closeStrict, ReadOnlySpan<byte> close)
        {
            ArrayOpen = arrayOpen;
            ArrayClose = arrayClose;
            Open = open;
            SchemaProperty = schemaProperty;
            CloseStrict = closeStrict;
            Close = close;
        }

        public ReadOnlySpan<byte> ArrayOpen { get; }

        public ReadOnlySpan<byte> ArrayClose { get; }

        public ReadOnlySpan<byte> Open { get; }

        public ReadOnlySpan<byte> SchemaProperty { get; }

        public ReadOnlySpan<byte> CloseStrict { get; }

        public ReadOnlySpan<byte> Close { get; }
    }
}
