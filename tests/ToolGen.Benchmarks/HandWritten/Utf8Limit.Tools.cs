using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.HandWritten;

/// <summary>The eight tools' readers and writers; each returns null on bad arguments (the reader is past '{').</summary>
public sealed partial class Utf8Limit
{
    private static readonly JsonEncodedText s_city = Name("city");
    private static readonly JsonEncodedText s_unit = Name("unit");
    private static readonly JsonEncodedText s_highs = Name("highs");
    private static readonly JsonEncodedText s_category = Name("category");
    private static readonly JsonEncodedText s_names = Name("names");
    private static readonly JsonEncodedText s_stops = Name("stops");
    private static readonly JsonEncodedText s_kilometres = Name("kilometres");
    private static readonly JsonEncodedText s_mode = Name("mode");
    private static readonly JsonEncodedText s_celsius = JsonEncodedText.Encode("Celsius"u8);
    private static readonly JsonEncodedText s_fahrenheit = JsonEncodedText.Encode("Fahrenheit"u8);
    private static readonly JsonEncodedText[] s_categories =
    {
        JsonEncodedText.Encode("Museums"u8), JsonEncodedText.Encode("Parks"u8), JsonEncodedText.Encode("Food"u8), JsonEncodedText.Encode("Views"u8),
    };

    private string? StockPrice(ref Utf8JsonReader reader)
    {
        string? symbol = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("symbol"u8))
            {
                reader.Read();
                if (!String(ref reader, out symbol))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        return symbol is null ? null : _bench.GetStockPrice(symbol).ToString(CultureInfo.InvariantCulture);
    }

    private string? Weather(ref Utf8JsonReader reader)
    {
        string? city = null;
        var unit = -1;
        var days = 3;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("city"u8))
            {
                reader.Read();
                if (!String(ref reader, out city))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                reader.Read();
                unit = reader.TokenType != JsonTokenType.String ? -1
                    : reader.ValueTextEquals("Celsius"u8) ? 0
                    : reader.ValueTextEquals("Fahrenheit"u8) ? 1 : -1;
                if (unit < 0)
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("days"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null
                    && (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out days) || days < 1 || days > 14))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        if (city is null || unit < 0)
        {
            return null;
        }

        var report = _bench.GetWeather(city, (TemperatureUnit)unit, days);
        var writer = RentWriter();
        writer.WriteStartObject();
        writer.WriteString(s_city, report.City);
        writer.WriteString(s_unit, report.Unit == TemperatureUnit.Celsius ? s_celsius : s_fahrenheit);
        writer.WriteStartArray(s_highs);
        foreach (var high in report.Highs)
        {
            Number(writer, high);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return Text(writer);
    }

    private string? BookTable(ref Utf8JsonReader reader)
    {
        Reservation? reservation = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("reservation"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
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
                        if (!String(ref reader, out restaurant))
                        {
                            return null;
                        }
                    }
                    else if (reader.ValueTextEquals("date"u8))
                    {
                        reader.Read();
                        if (!Date(ref reader, out var day))
                        {
                            return null;
                        }

                        date = day;
                    }
                    else if (reader.ValueTextEquals("partySize"u8))
                    {
                        reader.Read();
                        if (!NullableInt(ref reader, out partySize))
                        {
                            return null;
                        }
                    }
                    else if (reader.ValueTextEquals("requests"u8))
                    {
                        reader.Read();
                        if (!StringList(ref reader, out requests))
                        {
                            return null;
                        }
                    }
                    else
                    {
                        Skip(ref reader);
                    }
                }

                if (restaurant is null || date is null || requests is null)
                {
                    return null;
                }

                reservation = new Reservation(restaurant, date.GetValueOrDefault(), partySize, requests);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return reservation is null ? null : _bench.BookTable(reservation);
    }

    private string? SearchProducts(ref Utf8JsonReader reader)
    {
        string? query = null;
        double minPrice = 0, maxPrice = 0;
        var seen = 0;
        var inStock = false;
        string[]? tags = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                if (!String(ref reader, out query))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("minPrice"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out minPrice))
                {
                    return null;
                }

                seen |= 1;
            }
            else if (reader.ValueTextEquals("maxPrice"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out maxPrice))
                {
                    return null;
                }

                seen |= 2;
            }
            else if (reader.ValueTextEquals("inStock"u8))
            {
                reader.Read();
                if (!Boolean(ref reader, out inStock))
                {
                    return null;
                }

                seen |= 4;
            }
            else if (reader.ValueTextEquals("tags"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null && !Strings(ref reader, out tags))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        if (query is null || seen != 7)
        {
            return null;
        }

        var ids = _bench.SearchProducts(query, minPrice, maxPrice, inStock, tags);
        var writer = RentWriter();
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            writer.WriteNumberValue(id);
        }

        writer.WriteEndArray();
        return Text(writer);
    }

    private static bool NullableInt(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }
}
