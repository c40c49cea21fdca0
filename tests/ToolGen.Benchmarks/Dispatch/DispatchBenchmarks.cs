using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ToolGen.Benchmarks.HandWritten;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// One full call per operation: tool name + UTF-8 arguments as a model sends them → parse → invoke → result
/// text. ToolGen and the hand-written limit take the <see cref="ToolCall"/> a codec delivers and return a
/// <see cref="ToolResult"/>; M.E.AI starts from the same name and bytes and ends with the text of the
/// <c>role: tool</c> message (see <see cref="MeaiDispatcher"/>). One category per tool; the hand-written limit is
/// each category's baseline.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DispatchBenchmarks
{
    private readonly IToolSet _toolGen = new BenchTools();
    private readonly IToolSet _handWritten = new HandWrittenTools(new BenchTools());
    private readonly MeaiDispatcher _meai = new(MeaiTools.Create(new BenchTools()));

    private readonly ToolCall _stockPrice = Calls.StockPrice.ToToolCall();
    private readonly ToolCall _weather = Calls.Weather.ToToolCall();
    private readonly ToolCall _bookTable = Calls.BookTable.ToToolCall();
    private readonly ToolCall _searchProducts = Calls.SearchProducts.ToToolCall();

    // ---- Tool 1: one string in, a decimal out

    [Benchmark(Baseline = true, Description = "HandWritten"), BenchmarkCategory("StockPrice")]
    public ValueTask<ToolResult> StockPrice_HandWritten() => _handWritten.InvokeAsync(_stockPrice);

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("StockPrice")]
    public ValueTask<ToolResult> StockPrice_ToolGen() => _toolGen.InvokeAsync(_stockPrice);

    [Benchmark(Description = "MEAI"), BenchmarkCategory("StockPrice")]
    public ValueTask<string> StockPrice_Meai() => _meai.InvokeAsync(Calls.CallId, Calls.StockPrice.Name, Calls.StockPrice.Utf8);

    // ---- Tool 2: a string, an enum and an optional int in, a record with an array out

    [Benchmark(Baseline = true, Description = "HandWritten"), BenchmarkCategory("Weather")]
    public ValueTask<ToolResult> Weather_HandWritten() => _handWritten.InvokeAsync(_weather);

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("Weather")]
    public ValueTask<ToolResult> Weather_ToolGen() => _toolGen.InvokeAsync(_weather);

    [Benchmark(Description = "MEAI"), BenchmarkCategory("Weather")]
    public ValueTask<string> Weather_Meai() => _meai.InvokeAsync(Calls.CallId, Calls.Weather.Name, Calls.Weather.Utf8);

    // ---- Tool 3: a record with a DateOnly, a nullable int and a List<string> in, text out

    [Benchmark(Baseline = true, Description = "HandWritten"), BenchmarkCategory("BookTable")]
    public ValueTask<ToolResult> BookTable_HandWritten() => _handWritten.InvokeAsync(_bookTable);

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("BookTable")]
    public ValueTask<ToolResult> BookTable_ToolGen() => _toolGen.InvokeAsync(_bookTable);

    [Benchmark(Description = "MEAI"), BenchmarkCategory("BookTable")]
    public ValueTask<string> BookTable_Meai() => _meai.InvokeAsync(Calls.CallId, Calls.BookTable.Name, Calls.BookTable.Utf8);

    // ---- Tool 4: five parameters, the last an optional array, in; an array out

    [Benchmark(Baseline = true, Description = "HandWritten"), BenchmarkCategory("SearchProducts")]
    public ValueTask<ToolResult> SearchProducts_HandWritten() => _handWritten.InvokeAsync(_searchProducts);

    [Benchmark(Description = "ToolGen"), BenchmarkCategory("SearchProducts")]
    public ValueTask<ToolResult> SearchProducts_ToolGen() => _toolGen.InvokeAsync(_searchProducts);

    [Benchmark(Description = "MEAI"), BenchmarkCategory("SearchProducts")]
    public ValueTask<string> SearchProducts_Meai() => _meai.InvokeAsync(Calls.CallId, Calls.SearchProducts.Name, Calls.SearchProducts.Utf8);
}
