using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ToolGen.Benchmarks;
using ToolGen.Benchmarks.HandWritten;
using ToolGen.Benchmarks.Tools;

// ../AotToolGen's program by hand: print the OpenAI `tools` array (a constant here), run one call of each of the four
// tools as a model sends it, print each result.
var watch = Stopwatch.StartNew();
var stdout = Console.OpenStandardOutput();
stdout.Write(ToolsJson.Utf8);
stdout.Write("\n"u8);
var toolsJsonMicroseconds = watch.Elapsed.TotalMicroseconds;

var limit = new Utf8Limit(new BenchTools(), new ShapeTools());
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
    var text = limit.Invoke(call[0], Encoding.UTF8.GetBytes(call[1]), out var isError);
    Console.WriteLine(call[0] + " -> " + (isError ? "ERROR " : string.Empty) + text);
    failed += isError ? 1 : 0;
}

Console.Error.WriteLine("definitions-us 0.0");
Console.Error.WriteLine("tools-json-us " + toolsJsonMicroseconds.ToString("F1", CultureInfo.InvariantCulture));
return failed;

namespace ToolGen
{
    /// <summary>Stands in for ToolGen's attribute, so that ../Tools/BenchTools.cs compiles here unchanged and without ToolGen.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    internal sealed class ToolAttribute : Attribute
    {
        public ToolAttribute(string name) => Name = name;

        public string Name { get; }
    }
}
