using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Globalization;
using ToolGen;
using ToolGen.Providers;

// The four benchmark tools with ToolGen: print the OpenAI `tools` array, run one call of each tool as a model
// sends it, print each result. The same program as ../AotMeai, written with ToolGen.
var watch = Stopwatch.StartNew();
var definitions = AotTools.ToolDefinitions;
var length = 0;
for (var i = 0; i < definitions.Count; i++)
{
    length += definitions[i].Name.Length + definitions[i].Description.Length + definitions[i].ParametersSchema.Length;
}

var definitionsMicroseconds = watch.Elapsed.TotalMicroseconds;
// `preencoded`: the generated UTF-8 array (issue 17) instead of the codec; each path is timed in its own process.
string tools;
if (args.Length > 0 && args[0] == "preencoded")
{
    var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
    using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
    {
        new AotTools().WriteChatCompletionsTools(writer, strict: false);
    }

    tools = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
}
else
{
    tools = OpenAIChatCompletions.WriteTools(definitions, strict: false);
}

var toolsJsonMicroseconds = watch.Elapsed.TotalMicroseconds - definitionsMicroseconds;
Console.WriteLine(tools);

IToolSet set = new AotTools();
string[][] calls =
{
    new[] { "get_stock_price", """{"symbol":"MSFT"}""" },
    new[] { "get_weather", """{"city":"Paris","unit":"Celsius","days":5}""" },
    new[] { "book_table", """{"reservation":{"restaurant":"Chez Panisse","date":"2025-06-14","partySize":4,"requests":["window seat","vegetarian menu"]}}""" },
    new[] { "search_products", """{"query":"wireless headphones","minPrice":50,"maxPrice":199.99,"inStock":true,"tags":["bluetooth","noise-cancelling"]}""" },
};
var failed = 0;
foreach (var call in calls)
{
    var result = set.InvokeAsync(new ToolCall("call_1", call[0], call[1])).AsTask().GetAwaiter().GetResult();
    Console.WriteLine(call[0] + " -> " + (result.IsError ? "ERROR " : string.Empty) + result.Content);
    failed += result.IsError ? 1 : 0;
}

Console.Error.WriteLine("definitions-us " + definitionsMicroseconds.ToString("F1", CultureInfo.InvariantCulture));
Console.Error.WriteLine("tools-json-us " + toolsJsonMicroseconds.ToString("F1", CultureInfo.InvariantCulture));
Console.Error.WriteLine("definitions-length " + length.ToString(CultureInfo.InvariantCulture));
return failed;

/// <summary>The temperature scale of a forecast.</summary>
public enum TemperatureUnit
{
    Celsius,
    Fahrenheit,
}

public sealed record WeatherReport(string City, TemperatureUnit Unit, double[] Highs);

public sealed record Reservation(
    [property: Description("Name of the restaurant")] string Restaurant,
    [property: Description("Day of the reservation")] DateOnly Date,
    [property: Description("Number of guests; the restaurant's usual table size when omitted")] int? PartySize,
    [property: Description("Dietary needs or other requests")] List<string> Requests);

public sealed partial class AotTools
{
    private static readonly double[] s_highs = { 21.5, 23.0, 19.25, 18.0, 22.75, 24.5, 20.0, 17.5, 16.25, 19.0, 21.0, 22.0, 23.5, 25.0 };

    [Tool("get_stock_price")]
    [Description("Gets the latest price of a stock in USD.")]
    public decimal GetStockPrice([Description("Ticker symbol, e.g. MSFT")] string symbol) =>
        symbol.Length == 4 ? 512.34m : 195.25m;

    [Tool("get_weather")]
    [Description("Gets the daily high temperatures forecast for a city.")]
    public WeatherReport GetWeather(
        [Description("City name, e.g. Paris")] string city,
        [Description("Temperature unit")] TemperatureUnit unit,
        [Description("Number of days to forecast"), Range(1, 14)] int days = 3) =>
        new(city, unit, s_highs.AsSpan(0, Math.Clamp(days, 1, 14)).ToArray());

    [Tool("book_table")]
    [Description("Books a table at a restaurant.")]
    public string BookTable([Description("What to book")] Reservation reservation) =>
        reservation.Requests.Count == 0 && reservation.PartySize is null
            ? "Booked."
            : "Booked, requests noted.";

    [Tool("search_products")]
    [Description("Searches the product catalog.")]
    public int[] SearchProducts(
        [Description("Words to look for")] string query,
        [Description("Lowest price in USD")] double minPrice,
        [Description("Highest price in USD")] double maxPrice,
        [Description("Only products that are in stock")] bool inStock,
        [Description("Tags every result must carry")] string[]? tags = null) =>
        inStock && tags is { Length: > 0 } ? new[] { 1042, 1187, 2210 } : new[] { 1042, 1187, 2210, 3001 };
}
