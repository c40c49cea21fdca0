using System;
using System.Text;

namespace ToolGen.Benchmarks.Tools;

/// <summary>One tool call as a model sends it: the tool name and the UTF-8 bytes of its arguments.</summary>
/// <param name="Key">A short key for tables and category names.</param>
/// <param name="Name">The tool name.</param>
/// <param name="ArgumentsJson">The arguments, exactly as an OpenAI model writes them (compact JSON).</param>
public sealed record CallSample(string Key, string Name, string ArgumentsJson)
{
    /// <summary>The arguments as UTF-8 bytes, what a provider codec hands over.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = Encoding.UTF8.GetBytes(ArgumentsJson);

    /// <summary>The call as ToolGen's codecs deliver it.</summary>
    public ToolCall ToToolCall() => new("call_abc123", Name, Utf8);
}

/// <summary>The four representative calls of issue 7.</summary>
public static class Calls
{
    public const string CallId = "call_abc123";

    /// <summary>Tool 1: one string in, a decimal out.</summary>
    public static readonly CallSample StockPrice = new("StockPrice", "get_stock_price", """{"symbol":"MSFT"}""");

    /// <summary>Tool 2: a string, an enum and an optional int in; a record with an array out.</summary>
    public static readonly CallSample Weather = new("Weather", "get_weather", """{"city":"Paris","unit":"Celsius","days":5}""");

    /// <summary>Tool 3: a record with a DateOnly, a nullable int and a List&lt;string&gt; in; text out.</summary>
    public static readonly CallSample BookTable = new(
        "BookTable",
        "book_table",
        """{"reservation":{"restaurant":"Chez Panisse","date":"2025-06-14","partySize":4,"requests":["window seat","vegetarian menu"]}}""");

    /// <summary>Tool 4: five parameters, the last an optional array, in; an array of ids out.</summary>
    public static readonly CallSample SearchProducts = new(
        "SearchProducts",
        "search_products",
        """{"query":"wireless headphones","minPrice":50,"maxPrice":199.99,"inStock":true,"tags":["bluetooth","noise-cancelling"]}""");

    public static readonly CallSample[] All = { StockPrice, Weather, BookTable, SearchProducts };
}
