using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.HandWritten;

/// <summary>
/// The limit: what a careful engineer writes by hand for the same four tools and the same contract
/// (<see cref="IToolSet"/>: a call in, a <see cref="ToolResult"/> with the result's JSON text out). A <c>switch</c>
/// on the name, a <see cref="Utf8JsonReader"/> loop straight into locals, a direct call, and a
/// <see cref="Utf8JsonWriter"/> (kept per thread) for object and array results. It rejects bad input with a
/// short generic message and does none of ToolGen's per-argument bookkeeping (duplicate detection, one-pass
/// error collection, strict mode), so it is a lower bound, not an equal.
/// </summary>
public sealed class HandWrittenTools : IToolSet
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly BenchTools _tools;

    public HandWrittenTools(BenchTools tools) => _tools = tools;

    public IReadOnlyList<ToolDefinition> Definitions => BenchTools.ToolDefinitions;

    public ValueTask<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = call.Name switch
            {
                "get_stock_price" => StockPrice(call),
                "get_weather" => Weather(call),
                "book_table" => BookTable(call),
                "search_products" => SearchProducts(call),
                _ => ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.UnknownTool, "Unknown tool " + call.Name + ".")),
            };
            return new ValueTask<ToolResult>(result);
        }
        catch (JsonException ex)
        {
            return new ValueTask<ToolResult>(Invalid(call, ex.Message));
        }
    }

    private ToolResult StockPrice(ToolCall call)
    {
        var reader = new Utf8JsonReader(call.Arguments.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Invalid(call, "expected an object");
        }

        string? symbol = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("symbol"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return Invalid(call, "symbol: expected a string");
                }

                symbol = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (symbol is null)
        {
            return Invalid(call, "symbol is required");
        }

        var price = _tools.GetStockPrice(symbol);
        return ToolResult.Success(call.Id, price.ToString(CultureInfo.InvariantCulture));
    }

    private ToolResult Weather(ToolCall call)
    {
        var reader = new Utf8JsonReader(call.Arguments.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Invalid(call, "expected an object");
        }

        string? city = null;
        TemperatureUnit? unit = null;
        var days = 3;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("city"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return Invalid(call, "city: expected a string");
                }

                city = reader.GetString();
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return Invalid(call, "unit: expected a string");
                }

                if (reader.ValueTextEquals("Celsius"u8))
                {
                    unit = TemperatureUnit.Celsius;
                }
                else if (reader.ValueTextEquals("Fahrenheit"u8))
                {
                    unit = TemperatureUnit.Fahrenheit;
                }
                else
                {
                    return Invalid(call, "unit: expected Celsius or Fahrenheit");
                }
            }
            else if (reader.ValueTextEquals("days"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out days) || days < 1 || days > 14)
                {
                    return Invalid(call, "days: expected an integer from 1 to 14");
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (city is null || unit is null)
        {
            return Invalid(call, "city and unit are required");
        }

        var report = _tools.GetWeather(city, unit.GetValueOrDefault(), days);

        var writer = RentWriter(out var buffer);
        writer.WriteStartObject();
        writer.WriteString("city"u8, report.City);
        writer.WriteString("unit"u8, report.Unit == TemperatureUnit.Celsius ? "Celsius"u8 : "Fahrenheit"u8);
        writer.WriteStartArray("highs"u8);
        foreach (var high in report.Highs)
        {
            writer.WriteNumberValue(high);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return ToolResult.Success(call.Id, ReturnWriter(writer, buffer));
    }

    private ToolResult BookTable(ToolCall call)
    {
        var reader = new Utf8JsonReader(call.Arguments.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Invalid(call, "expected an object");
        }

        Reservation? reservation = null;
        Span<char> dateText = stackalloc char[16];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("reservation"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return Invalid(call, "reservation: expected an object");
                }

                string? restaurant = null;
                DateOnly? date = null;
                int? partySize = null;
                List<string>? requests = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("restaurant"u8))
                    {
                        reader.Read();
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return Invalid(call, "reservation.restaurant: expected a string");
                        }

                        restaurant = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("date"u8))
                    {
                        reader.Read();
                        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > dateText.Length
                            || !DateOnly.TryParseExact(dateText.Slice(0, reader.CopyString(dateText)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                        {
                            return Invalid(call, "reservation.date: expected a date like 2025-07-01");
                        }

                        date = day;
                    }
                    else if (reader.ValueTextEquals("partySize"u8))
                    {
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            partySize = null;
                        }
                        else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var size))
                        {
                            partySize = size;
                        }
                        else
                        {
                            return Invalid(call, "reservation.partySize: expected an integer");
                        }
                    }
                    else if (reader.ValueTextEquals("requests"u8))
                    {
                        reader.Read();
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            return Invalid(call, "reservation.requests: expected an array");
                        }

                        requests = new List<string>();
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (reader.TokenType != JsonTokenType.String)
                            {
                                return Invalid(call, "reservation.requests: expected strings");
                            }

                            requests.Add(reader.GetString()!);
                        }
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                if (restaurant is null || date is null || requests is null)
                {
                    return Invalid(call, "reservation: restaurant, date and requests are required");
                }

                reservation = new Reservation(restaurant, date.GetValueOrDefault(), partySize, requests);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reservation is null)
        {
            return Invalid(call, "reservation is required");
        }

        return ToolResult.Success(call.Id, _tools.BookTable(reservation));
    }

    private ToolResult SearchProducts(ToolCall call)
    {
        var reader = new Utf8JsonReader(call.Arguments.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Invalid(call, "expected an object");
        }

        string? query = null;
        double? minPrice = null;
        double? maxPrice = null;
        bool? inStock = null;
        string[]? tags = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return Invalid(call, "query: expected a string");
                }

                query = reader.GetString();
            }
            else if (reader.ValueTextEquals("minPrice"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value))
                {
                    return Invalid(call, "minPrice: expected a number");
                }

                minPrice = value;
            }
            else if (reader.ValueTextEquals("maxPrice"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value))
                {
                    return Invalid(call, "maxPrice: expected a number");
                }

                maxPrice = value;
            }
            else if (reader.ValueTextEquals("inStock"u8))
            {
                reader.Read();
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    return Invalid(call, "inStock: expected a boolean");
                }

                inStock = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("tags"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    tags = null;
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return Invalid(call, "tags: expected an array");
                }

                var list = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return Invalid(call, "tags: expected strings");
                    }

                    list.Add(reader.GetString()!);
                }

                tags = list.ToArray();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (query is null || minPrice is null || maxPrice is null || inStock is null)
        {
            return Invalid(call, "query, minPrice, maxPrice and inStock are required");
        }

        var ids = _tools.SearchProducts(query, minPrice.GetValueOrDefault(), maxPrice.GetValueOrDefault(), inStock.GetValueOrDefault(), tags);

        var writer = RentWriter(out var buffer);
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            writer.WriteNumberValue(id);
        }

        writer.WriteEndArray();
        return ToolResult.Success(call.Id, ReturnWriter(writer, buffer));
    }

    private static ToolResult Invalid(ToolCall call, string problem) =>
        ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.InvalidArguments, "Invalid arguments for " + call.Name + ": " + problem + "."));

    private static Utf8JsonWriter RentWriter(out ArrayBufferWriter<byte> buffer)
    {
        buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, s_writerOptions);
        writer.Reset(buffer);
        return writer;
    }

    private static string ReturnWriter(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
