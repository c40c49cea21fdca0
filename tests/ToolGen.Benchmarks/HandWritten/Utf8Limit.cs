using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.HandWritten;

/// <summary>
/// The limit of issue 18: the eight tools of <see cref="ShapeCalls"/> written by hand as well as we can, with no
/// contract to honour but "tool name and UTF-8 arguments in, result text out". No <see cref="ToolCall"/> or
/// <see cref="ToolResult"/>; a <c>switch</c> on the name; a <see cref="Utf8JsonReader"/> loop straight into locals
/// with pre-encoded property names; strings made once by <c>GetString</c> (which unescapes only when the value has
/// escapes); dates, numbers and enums read from the bytes (no intermediate string); arrays, lists and dictionaries
/// allocated once at their exact size after the elements were gathered into a per-thread scratch array; results
/// written by one per-thread <see cref="Utf8JsonWriter"/> over a reused buffer with pre-encoded property names.
/// Bad input gets a short message and none of ToolGen's bookkeeping (duplicates, every problem in one pass,
/// strict and lenient modes, size and depth limits), so it is a lower bound, not an equal.
/// </summary>
public sealed partial class Utf8Limit
{
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = s_encoder, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly BenchTools _bench;
    private readonly ShapeTools _shapes;

    public Utf8Limit(BenchTools bench, ShapeTools shapes)
    {
        _bench = bench;
        _shapes = shapes;
    }

    /// <summary>Runs one call.</summary>
    /// <param name="name">The tool name.</param>
    /// <param name="arguments">The arguments' UTF-8 JSON.</param>
    /// <param name="isError">Whether the text returned is an error message rather than the result.</param>
    /// <returns>The result's JSON text, or the error message.</returns>
    public string Invoke(string name, ReadOnlySpan<byte> arguments, out bool isError)
    {
        isError = false;
        try
        {
            var reader = new Utf8JsonReader(arguments);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Invalid(name, "expected an object", out isError);
            }

            string? result = name switch
            {
                "get_stock_price" => StockPrice(ref reader),
                "get_weather" => Weather(ref reader),
                "book_table" => BookTable(ref reader),
                "search_products" => SearchProducts(ref reader),
                "schedule_meeting" => ScheduleMeeting(ref reader),
                "send_email" => SendEmail(ref reader),
                "find_places" => FindPlaces(ref reader),
                "plan_route" => PlanRoute(ref reader),
                _ => null,
            };
            if (result is null)
            {
                isError = true;
                return name is "get_stock_price" or "get_weather" or "book_table" or "search_products" or "schedule_meeting"
                    or "send_email" or "find_places" or "plan_route"
                    ? "Invalid arguments for " + name + "."
                    : "Unknown tool " + name + ".";
            }

            return result;
        }
        catch (JsonException ex)
        {
            return Invalid(name, ex.Message, out isError);
        }
    }

    private static string Invalid(string name, string problem, out bool isError)
    {
        isError = true;
        return "Invalid arguments for " + name + ": " + problem + ".";
    }

    // ---- Reading helpers: each expects the reader on the value's first token and returns false on a wrong type.

    private static bool String(ref Utf8JsonReader reader, out string value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null!;
        return value is not null;
    }

    /// <summary>Skips a property the tool does not take (the reader is on its name).</summary>
    private static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>A <c>yyyy-MM-dd</c> date straight from the bytes; an escaped value is unescaped on the stack first.</summary>
    private static bool Date(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return ParseDate(reader.ValueSpan, out value);
        }

        Span<byte> unescaped = stackalloc byte[32];
        return reader.ValueSpan.Length <= 64 && reader.CopyString(unescaped) is var length && ParseDate(unescaped.Slice(0, length), out value);
    }

    private static bool ParseDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text.Slice(0, 4), out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>An array of strings, gathered in a per-thread scratch array and copied once into an exactly sized one.</summary>
    private static bool Strings(ref Utf8JsonReader reader, out string[] value)
    {
        value = null!;
        if (!Gather(ref reader, out var count))
        {
            return false;
        }

        value = count == 0 ? Array.Empty<string>() : Scratch<string>.Take(count);
        return true;
    }

    /// <summary>The same into a <see cref="List{T}"/> of exactly the right capacity.</summary>
    private static bool StringList(ref Utf8JsonReader reader, out List<string> value)
    {
        value = null!;
        if (!Gather(ref reader, out var count))
        {
            return false;
        }

        value = new List<string>(count);
        CollectionsMarshal.SetCount(value, count);
        Scratch<string>.MoveTo(CollectionsMarshal.AsSpan(value));
        return true;
    }

    private static bool Gather(ref Utf8JsonReader reader, out int count)
    {
        count = 0;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                Scratch<string>.Clear(count);
                return false;
            }

            Scratch<string>.Set(count++, reader.GetString()!);
        }

        return true;
    }

    // ---- Writing

    private static Utf8JsonWriter RentWriter()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, s_writerOptions);
        writer.Reset(buffer);
        return writer;
    }

    private static string Text(Utf8JsonWriter writer)
    {
        writer.Flush();
        return Encoding.UTF8.GetString(t_buffer!.WrittenSpan);
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, s_encoder);

    private static void Number(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException("not a JSON number");
        }

        writer.WriteNumberValue(value);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A per-thread scratch array for gathering elements before the exactly sized copy.</summary>
    private static class Scratch<T>
    {
        [ThreadStatic]
        private static T[]? t_items;

        public static void Set(int index, T item)
        {
            var items = t_items ??= new T[16];
            if (index == items.Length)
            {
                Array.Resize(ref t_items, items.Length * 2);
                items = t_items;
            }

            items[index] = item;
        }

        public static T Get(int index) => t_items![index];

        public static T[] Take(int count)
        {
            var result = new T[count];
            MoveTo(result);
            return result;
        }

        public static void MoveTo(Span<T> target)
        {
            var source = t_items.AsSpan(0, target.Length);
            source.CopyTo(target);
            source.Clear();
        }

        public static void Clear(int count) => t_items.AsSpan(0, count).Clear();
    }
}
