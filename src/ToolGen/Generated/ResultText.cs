using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToolGen.Generated;

/// <summary>Formats a tool's return value as the JSON text of its result.</summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResultText
{
    [ThreadStatic]
    private static PooledWriter? t_cached;

    /// <summary>The text of a string result: the string itself, since the model reads it as text.</summary>
    public static string FromString(string? value) => value ?? "null";

    /// <summary>A boolean as JSON.</summary>
    public static string FromBoolean(bool value) => value ? "true" : "false";

    /// <summary>A character as a JSON string.</summary>
    public static string FromChar(char value) => Quote(value.ToString());

    /// <summary>An integer as JSON.</summary>
    public static string FromInt64(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An unsigned integer as JSON.</summary>
    public static string FromUInt64(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal as JSON.</summary>
    public static string FromDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A float as JSON; NaN and infinities, which JSON cannot hold, fail the result (<see cref="NotANumber"/>).</summary>
    public static string FromSingle(float value) =>
        float.IsNaN(value) || float.IsInfinity(value)
            ? throw NotANumber(value.ToString(CultureInfo.InvariantCulture))
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A double as JSON; NaN and infinities, which JSON cannot hold, fail the result (<see cref="NotANumber"/>).</summary>
    public static string FromDouble(double value) =>
        double.IsNaN(value) || double.IsInfinity(value)
            ? throw NotANumber(value.ToString(CultureInfo.InvariantCulture))
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// The failure of a result that holds NaN or an infinity: the result schema says <c>number</c>, which JSON cannot
    /// spell for them, so the call fails (<see cref="ToolErrorKind.ToolFailed"/>) rather than send what the schema refuses.
    /// </summary>
    /// <param name="value">The value as .NET writes it: <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</param>
    public static ToolException NotANumber(string value) =>
        new("the result holds " + value + ", which is not a JSON number; the result schema allows only finite numbers.");

    /// <summary>
    /// The failure of a result that holds an enum value no member names (or, for a [Flags] enum, bits no single-bit
    /// member covers): the result schema lists only names, so the call fails rather than send a number.
    /// </summary>
    /// <param name="enumName">The enum's name.</param>
    /// <param name="value">The value (or the uncovered bits) as a number.</param>
    public static ToolException UnnamedEnumValue(string enumName, string value) =>
        new("the result holds the " + enumName + " value " + value + ", which has no name; the result schema allows only the names.");

    /// <summary>A string as a JSON string literal.</summary>
    public static string Quote(string value)
    {
        var writer = Rent();
        writer.Json.WriteStringValue(value);
        return Return(writer);
    }

    /// <summary>Writes a double to a JSON writer; NaN and infinities fail the result (<see cref="NotANumber"/>).</summary>
    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw NotANumber(value.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a float to a JSON writer; NaN and infinities fail the result (<see cref="NotANumber"/>).</summary>
    public static void WriteSingle(Utf8JsonWriter writer, float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            throw NotANumber(value.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a duration in ISO 8601 (<c>PT1H30M</c>), the form the schema's <c>format: duration</c> names.</summary>
    public static void WriteTimeSpan(Utf8JsonWriter writer, TimeSpan value) => writer.WriteStringValue(System.Xml.XmlConvert.ToString(value));

    /// <summary>Writes an absolute URI as given, or a relative one as its text.</summary>
    public static void WriteUri(Utf8JsonWriter writer, Uri? value) => writer.WriteStringValue(value?.OriginalString);

#if NET6_0_OR_GREATER
    /// <summary>Writes a date as <c>yyyy-MM-dd</c>, formatted on the stack.</summary>
    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> buffer = stackalloc char[16];
        value.TryFormat(buffer, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer.Slice(0, length));
    }

    /// <summary>Writes a time of day as <c>HH:mm:ss</c> with fractions when it has them, formatted on the stack.</summary>
    public static void WriteTimeOnly(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var length, "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer.Slice(0, length));
    }
#endif

    /// <summary>Writes a character as a JSON string.</summary>
    public static void WriteChar(Utf8JsonWriter writer, char value) => writer.WriteStringValue(value.ToString());

    /// <summary>Writes free JSON; a null node as JSON null.</summary>
    public static void WriteJsonNode(Utf8JsonWriter writer, System.Text.Json.Nodes.JsonNode? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    /// <summary>Writes free JSON; an element that holds nothing (<c>default</c>) as JSON null.</summary>
    public static void WriteJsonElement(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    /// <summary>A property or enum name encoded once, as the result writer escapes it, for generated writers to copy.</summary>
    /// <param name="utf8Name">The name in UTF-8.</param>
    public static JsonEncodedText Encode(ReadOnlySpan<byte> utf8Name) => JsonEncodedText.Encode(utf8Name, PooledWriter.Encoder);

    /// <summary>Takes a JSON writer for one result; give it back with <see cref="Return"/>.</summary>
    public static PooledWriter Rent()
    {
        var writer = t_cached;
        if (writer is null)
        {
            return new PooledWriter();
        }

        t_cached = null;
        return writer;
    }

    /// <summary>Returns the text written and keeps the writer for the next result on this thread.</summary>
    public static string Return(PooledWriter writer)
    {
        writer.Json.Flush();
        var text = Encoding.UTF8.GetString(writer.Buffer.WrittenArray, 0, writer.Buffer.WrittenCount);
        writer.Reset();
        t_cached = writer;
        return text;
    }

    /// <summary>A JSON writer over a growable buffer, reused across results.</summary>
    public sealed class PooledWriter
    {
        // Results are read by a model, not a browser: keep non-ASCII text and quotes readable.
        private static readonly JsonWriterOptions s_options = new()
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
            SkipValidation = true,
        };

        internal static JavaScriptEncoder Encoder => s_options.Encoder!;

        internal PooledWriter()
        {
            Buffer = new GrowableBuffer();
            Json = new Utf8JsonWriter(Buffer, s_options);
        }

        /// <summary>The JSON writer.</summary>
        public Utf8JsonWriter Json { get; }

        internal GrowableBuffer Buffer { get; }

        internal void Reset()
        {
            // A writer that grew for one huge result should not hold that memory forever.
            Buffer.Clear(shrink: Buffer.Capacity > 64 * 1024);
            Json.Reset(Buffer);
        }
    }

    internal sealed class GrowableBuffer : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[256];

        public byte[] WrittenArray => _buffer;

        public int WrittenCount { get; private set; }

        public int Capacity => _buffer.Length;

        public void Clear(bool shrink)
        {
            WrittenCount = 0;
            if (shrink)
            {
                _buffer = new byte[256];
            }
        }

        public void Advance(int count) => WrittenCount += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(WrittenCount);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(WrittenCount);
        }

        private void Ensure(int sizeHint)
        {
            if (sizeHint < 1)
            {
                sizeHint = 1;
            }

            if (_buffer.Length - WrittenCount < sizeHint)
            {
                var size = Math.Max(_buffer.Length * 2, WrittenCount + sizeHint);
                Array.Resize(ref _buffer, size);
            }
        }
    }
}
