using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

// The four benchmark tools with Microsoft.Extensions.AI: print the OpenAI `tools` array, run one call of each
// tool as a model sends it (the steps of its OpenAI chat client and FunctionInvokingChatClient), print each
// result. The same program as ../AotToolGen, written with AIFunctionFactory.
var watch = Stopwatch.StartNew();
var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions)
{
    TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, AIJsonUtilities.DefaultOptions.TypeInfoResolver),
};
options.MakeReadOnly();
var target = new AotTools();
AIFunction[] functions =
{
    AIFunctionFactory.Create((Func<string, decimal>)target.GetStockPrice, "get_stock_price", serializerOptions: options),
    AIFunctionFactory.Create((Func<string, TemperatureUnit, int, WeatherReport>)target.GetWeather, "get_weather", serializerOptions: options),
    AIFunctionFactory.Create((Func<Reservation, string>)target.BookTable, "book_table", serializerOptions: options),
    AIFunctionFactory.Create((Func<string, double, double, bool, string[]?, int[]>)target.SearchProducts, "search_products", serializerOptions: options),
};
var length = 0;
foreach (var function in functions)
{
    length += function.Name.Length + function.Description.Length + function.JsonSchema.GetRawText().Length;
}

var definitionsMicroseconds = watch.Elapsed.TotalMicroseconds;
var buffer = new ArrayBufferWriter<byte>();
using (var writer = new Utf8JsonWriter(buffer))
{
    writer.WriteStartArray();
    foreach (var function in functions)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "function");
        writer.WriteStartObject("function");
        writer.WriteString("name", function.Name);
        writer.WriteString("description", function.Description);
        writer.WritePropertyName("parameters");
        function.JsonSchema.WriteTo(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
}

var toolsJsonMicroseconds = watch.Elapsed.TotalMicroseconds - definitionsMicroseconds;
Console.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));

var byName = new Dictionary<string, AIFunction>(StringComparer.Ordinal);
foreach (var function in functions)
{
    byName.Add(function.Name, function);
}

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
    string text;
    try
    {
        var callContent = FunctionCallContent.CreateFromParsedArguments(
            Encoding.UTF8.GetBytes(call[1]), "call_1", call[0], static utf8 => JsonSerializer.Deserialize(utf8, AppJsonContext.Default.IDictionaryStringObject));
        var arguments = new AIFunctionArguments(callContent.Arguments);
        var result = byName[callContent.Name].InvokeAsync(arguments).AsTask().GetAwaiter().GetResult();
        var resultContent = new FunctionResultContent(callContent.CallId, result);
        text = resultContent.Result as string ?? JsonSerializer.Serialize(resultContent.Result, options.GetTypeInfo(typeof(object)));
    }
    catch (Exception ex)
    {
        // What FunctionInvokingChatClient would catch and turn into "Error: Function failed."
        text = "ERROR " + ex.GetType().Name + ": " + ex.Message;
        failed++;
    }

    Console.WriteLine(call[0] + " -> " + text.ReplaceLineEndings(string.Empty).Replace("  ", string.Empty, StringComparison.Ordinal));
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

public sealed class AotTools
{
    private static readonly double[] s_highs = { 21.5, 23.0, 19.25, 18.0, 22.75, 24.5, 20.0, 17.5, 16.25, 19.0, 21.0, 22.0, 23.5, 25.0 };

    [Description("Gets the latest price of a stock in USD.")]
    public decimal GetStockPrice([Description("Ticker symbol, e.g. MSFT")] string symbol) =>
        symbol.Length == 4 ? 512.34m : 195.25m;

    [Description("Gets the daily high temperatures forecast for a city.")]
    public WeatherReport GetWeather(
        [Description("City name, e.g. Paris")] string city,
        [Description("Temperature unit")] TemperatureUnit unit,
        [Description("Number of days to forecast"), Range(1, 14)] int days = 3) =>
        new(city, unit, s_highs.AsSpan(0, Math.Clamp(days, 1, 14)).ToArray());

    [Description("Books a table at a restaurant.")]
    public string BookTable([Description("What to book")] Reservation reservation) =>
        reservation.Requests.Count == 0 && reservation.PartySize is null
            ? "Booked."
            : "Booked, requests noted.";

    [Description("Searches the product catalog.")]
    public int[] SearchProducts(
        [Description("Words to look for")] string query,
        [Description("Lowest price in USD")] double minPrice,
        [Description("Highest price in USD")] double maxPrice,
        [Description("Only products that are in stock")] bool inStock,
        [Description("Tags every result must carry")] string[]? tags = null) =>
        inStock && tags is { Length: > 0 } ? new[] { 1042, 1187, 2210 } : new[] { 1042, 1187, 2210, 3001 };
}

/// <summary>What NativeAOT needs to bind these tools' parameters and serialize their results.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IDictionary<string, object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(TemperatureUnit))]
[JsonSerializable(typeof(WeatherReport))]
[JsonSerializable(typeof(Reservation))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[]))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
