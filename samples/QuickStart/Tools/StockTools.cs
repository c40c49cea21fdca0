using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using ToolGen;

namespace QuickStart.Tools;

/// <summary>
/// Market data tools. A static class: ToolGen gives it a static <c>ToolSet</c> property instead of implementing
/// <see cref="IToolSet"/> on an instance.
/// </summary>
public static partial class StockTools
{
    private static readonly Dictionary<string, decimal> Prices = new()
    {
        ["AAPL"] = 227.48m,
        ["MSFT"] = 415.26m,
        ["NVDA"] = 131.38m,
        ["GOOGL"] = 171.05m,
        ["AMZN"] = 186.51m,
    };

    /// <summary>Gets the latest trade price of a stock, in US dollars.</summary>
    /// <param name="symbol">Ticker symbol in capitals, e.g. MSFT.</param>
    [Tool("get_stock_price")]
    public static decimal GetStockPrice([RegularExpression("[A-Z]{1,5}")] string symbol) =>
        Prices.TryGetValue(symbol, out var price)
            ? price
            : throw new ToolException("No quote for \"" + symbol + "\". Known symbols: " + string.Join(", ", Prices.Keys) + ".");
}
