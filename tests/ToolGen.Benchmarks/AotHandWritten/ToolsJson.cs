namespace ToolGen.Benchmarks;

/// <summary>
/// The OpenAI <c>tools</c> array of the four tools, as a hand-written program holds it: a constant, the very text
/// ../AotToolGen writes with <c>OpenAIChatCompletions.WriteTools</c> (so the two programs print the same output).
/// </summary>
internal static class ToolsJson
{
    public static System.ReadOnlySpan<byte> Utf8 => """
        [{"type":"function","function":{"name":"get_stock_price","description":"Gets the latest price of a stock in USD.","parameters":{"type":"object","properties":{"symbol":{"type":"string","description":"Ticker symbol, e.g. MSFT"}},"required":["symbol"]}}},{"type":"function","function":{"name":"get_weather","description":"Gets the daily high temperatures forecast for a city.","parameters":{"type":"object","properties":{"city":{"type":"string","description":"City name, e.g. Paris"},"unit":{"type":"string","description":"Temperature unit","enum":["Celsius","Fahrenheit"]},"days":{"type":"integer","description":"Number of days to forecast","minimum":1,"maximum":14,"default":3}},"required":["city","unit"]}}},{"type":"function","function":{"name":"book_table","description":"Books a table at a restaurant.","parameters":{"type":"object","properties":{"reservation":{"type":"object","description":"What to book","properties":{"restaurant":{"type":"string","description":"Name of the restaurant"},"date":{"type":"string","description":"Day of the reservation","format":"date"},"partySize":{"type":"integer","description":"Number of guests; the restaurant's usual table size when omitted"},"requests":{"type":"array","description":"Dietary needs or other requests","items":{"type":"string"}}},"required":["restaurant","date","requests"]}},"required":["reservation"]}}},{"type":"function","function":{"name":"search_products","description":"Searches the product catalog.","parameters":{"type":"object","properties":{"query":{"type":"string","description":"Words to look for"},"minPrice":{"type":"number","description":"Lowest price in USD"},"maxPrice":{"type":"number","description":"Highest price in USD"},"inStock":{"type":"boolean","description":"Only products that are in stock"},"tags":{"type":"array","description":"Tags every result must carry","items":{"type":"string"}}},"required":["query","minPrice","maxPrice","inStock"]}}}]
        """u8;
}
