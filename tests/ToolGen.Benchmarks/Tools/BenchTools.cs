using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;

namespace ToolGen.Benchmarks.Tools;

/// <summary>The temperature scale of a forecast.</summary>
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius.</summary>
    Celsius,

    /// <summary>Degrees Fahrenheit.</summary>
    Fahrenheit,
}

/// <summary>What <see cref="BenchTools.GetWeather"/> returns: a record holding an array.</summary>
/// <param name="City">The city asked for.</param>
/// <param name="Unit">The scale of <paramref name="Highs"/>.</param>
/// <param name="Highs">One daily high per forecast day.</param>
public sealed record WeatherReport(string City, TemperatureUnit Unit, double[] Highs);

/// <summary>The argument of <see cref="BenchTools.BookTable"/>: a record with a DateOnly, a nullable int and a List.</summary>
/// <param name="Restaurant">The restaurant.</param>
/// <param name="Date">The day.</param>
/// <param name="PartySize">The number of guests.</param>
/// <param name="Requests">Special requests.</param>
public sealed record Reservation(
    [property: Description("Name of the restaurant")] string Restaurant,
    [property: Description("Day of the reservation")] DateOnly Date,
    [property: Description("Number of guests; the restaurant's usual table size when omitted")] int? PartySize,
    [property: Description("Dietary needs or other requests")] List<string> Requests);

/// <summary>
/// The four representative tools of issue 7, written once. ToolGen generates their definitions, argument
/// readers and dispatcher; <see cref="Meai.MeaiTools"/> wraps the very same methods with
/// <c>AIFunctionFactory.Create</c>; <see cref="HandWritten.HandWrittenTools"/> calls them from hand-written
/// reading and writing code. The bodies are trivial on purpose: the benchmarks measure the plumbing.
/// Each is <c>NoInlining</c>, as a real tool (which does I/O) would be in effect: otherwise the JIT inlines a
/// trivial body into whichever dispatcher happens to be small enough and, by escape analysis, stack-allocates
/// the result there and not elsewhere, which measures the JIT's inlining budget rather than the dispatchers.
/// </summary>
public sealed partial class BenchTools
{
    private static readonly double[] s_highs = { 21.5, 23.0, 19.25, 18.0, 22.75, 24.5, 20.0, 17.5, 16.25, 19.0, 21.0, 22.0, 23.5, 25.0 };

    /// <summary>Tool 1: one string in, a decimal out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("get_stock_price")]
    [Description("Gets the latest price of a stock in USD.")]
    public decimal GetStockPrice([Description("Ticker symbol, e.g. MSFT")] string symbol) =>
        symbol.Length == 4 ? 512.34m : 195.25m;

    /// <summary>Tool 2: a string, an enum and an optional int in, a record with an array out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("get_weather")]
    [Description("Gets the daily high temperatures forecast for a city.")]
    public WeatherReport GetWeather(
        [Description("City name, e.g. Paris")] string city,
        [Description("Temperature unit")] TemperatureUnit unit,
        [Description("Number of days to forecast"), Range(1, 14)] int days = 3) =>
        new(city, unit, s_highs.AsSpan(0, Math.Clamp(days, 1, 14)).ToArray());

    /// <summary>Tool 3: a record holding a DateOnly, a nullable int and a List&lt;string&gt; in, text out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("book_table")]
    [Description("Books a table at a restaurant.")]
    public string BookTable([Description("What to book")] Reservation reservation) =>
        reservation.Requests.Count == 0 && reservation.PartySize is null
            ? "Booked."
            : "Booked, requests noted.";

    /// <summary>Tool 4: five parameters, the last an optional array, in; an array of ids out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
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
