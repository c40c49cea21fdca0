using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// Issue 18's eight shapes, from the tool name and the UTF-8 arguments to the result text, through the three
/// paths of <see cref="ShapePaths"/>; the hand-written limit is each shape's baseline.
/// </summary>
[MemoryDiagnoser]
public class ShapeBenchmarks
{
    private readonly ShapePaths _paths = new();
    private CallSample _sample = ShapeCalls.All[0];
    private IToolSet _set = null!;

    public static IEnumerable<string> Shapes => ShapeCalls.All.Select(s => s.Key);

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = ShapeCalls.All[0].Key;

    [GlobalSetup]
    public void Setup()
    {
        _sample = ShapeCalls.All.Single(s => s.Key == Shape);
        _set = _paths.SetOf(_sample);
    }

    [Benchmark(Baseline = true)]
    public string Limit() => _paths.Limit(_sample);

    [Benchmark]
    public string ToolGen() => ShapePaths.ToolGen(_set, _sample);

    [Benchmark]
    public string ToolGenUtf8() => ShapePaths.ToolGenUtf8((IUtf8ToolSet)_set, _sample);

    [Benchmark]
    public ValueTask<string> MEAI() => _paths.Meai(_sample);
}
