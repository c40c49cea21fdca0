using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Definitions;

/// <summary>
/// Warm cost of obtaining the four tools' definitions (name, description, parameter schema) in a process that
/// has already built them once: ToolGen's generated constants against <c>AIFunctionFactory.Create</c>, whose
/// reflection and schema work is cached per method after the first call (the cold first call is measured in a
/// fresh process by <see cref="ColdStart"/>).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DefinitionBenchmarks
{
    private readonly BenchTools _target = new();

    [Benchmark(Baseline = true, Description = "ToolGen"), BenchmarkCategory("Definitions")]
    public int ToolGen()
    {
        var length = 0;
        foreach (var definition in BenchTools.ToolDefinitions)
        {
            length += definition.Name.Length + definition.Description.Length + definition.ParametersSchema.Length;
        }

        return length;
    }

    [Benchmark(Description = "MEAI"), BenchmarkCategory("Definitions")]
    public int Meai()
    {
        var length = 0;
        foreach (var function in MeaiTools.Create(_target))
        {
            length += function.Name.Length + function.Description.Length + function.JsonSchema.GetRawText().Length;
        }

        return length;
    }
}
